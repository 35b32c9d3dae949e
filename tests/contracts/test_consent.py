"""Consent records: a derived state over an append-only history; withdrawal is one audited call."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.db import DatabaseError, connection, transaction
from django.db.models import ProtectedError

from common.errors import ApplicationError
from contracts.audit import verify_chain
from contracts.jsonld import consent_to_jsonld
from contracts.models import AppendOnlyError, AuditEvent, ConsentRecord, LegalBasis, Purpose
from contracts.policy import ConsentStatus
from contracts.services.consent import (
    consent_expire_due,
    consent_invalidate,
    consent_record_create,
    consent_renew,
    consent_state,
    consent_withdraw,
)
from contracts.signals import consent_expired, consent_withdrawn

NOW = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)  # an hour after the records are given
START = NOW.date() - timedelta(days=150)
END = NOW.date() + timedelta(days=200)


@pytest.fixture
def anchor(settings: Any, tmp_path: Path) -> Path:
    settings.AUDIT_ANCHOR = tmp_path / "anchor.log"
    return settings.AUDIT_ANCHOR


@pytest.fixture
def officer(db: Any) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("olga_t", password="pw-olga-123", is_staff=True)


@pytest.fixture
def record(officer: Any, anchor: Path) -> ConsentRecord:
    return consent_record_create(
        actor=officer,
        controller_name="Acme",
        controller_contact="dpo@acme.example",
        legal_basis=LegalBasis.CONSENT,
        purposes=Purpose.objects.filter(code__in=["model-training", "academic-research"]),
        valid_from=START,
        valid_until=END,
        data_subject_categories=["customers"],
        personal_data_categories=["contact"],
        collection_method="web form",
    )


class Received:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def __call__(self, sender: Any, **kwargs: Any) -> None:
        self.calls.append(kwargs)


def test_creating_a_record_writes_its_given_event_and_audits_it(record: ConsentRecord, officer: Any) -> None:
    [event] = record.events.all()
    assert (event.kind, event.valid_from, event.valid_until, event.actor, event.actor_name) == (
        "given",
        START,
        END,
        officer,
        "olga_t",
    )
    audit = AuditEvent.objects.get(verb="consent.given")
    assert audit.object_id == str(record.pk)
    assert audit.payload["purposes"] == ["academic-research", "model-training"]
    assert consent_state(record, NOW).status is ConsentStatus.ACTIVE


@pytest.mark.parametrize(
    ("at", "status"),
    [
        (NOW - timedelta(hours=2), ConsentStatus.NOT_YET_VALID),  # before the given event existed
        (NOW, ConsentStatus.ACTIVE),
        (datetime.combine(END + timedelta(days=1), time(), UTC), ConsentStatus.EXPIRED),
    ],
)
def test_the_state_follows_the_validity_window(
    record: ConsentRecord, at: datetime, status: ConsentStatus
) -> None:
    assert consent_state(record, at).status is status


def test_withdrawal_is_one_call_that_leaves_a_complete_immutable_history(
    record: ConsentRecord, officer: Any, django_capture_on_commit_callbacks: Any
) -> None:
    received = Received()
    consent_withdrawn.connect(received)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            event = consent_withdraw(record=record, actor=officer, reason="data subject asked", at=NOW)
        with django_capture_on_commit_callbacks(execute=True):
            again = consent_withdraw(record=record, actor=officer, reason="asked twice")
    finally:
        consent_withdrawn.disconnect(received)
    assert again.pk == event.pk
    assert [e.kind for e in record.events.all()] == ["given", "withdrawn"]
    assert received.calls == [
        {
            "signal": consent_withdrawn,
            "record_id": record.pk,
            "event_id": event.pk,
            "kind": "withdrawn",
            "actor_id": officer.pk,
        }
    ]
    record.refresh_from_db()
    assert (record.withdrawn_at, record.withdrawal_reason) == (NOW, "data subject asked")
    state = consent_state(record, NOW + timedelta(seconds=1))
    assert (state.status, state.withdrawn_at, state.reason) == (
        ConsentStatus.WITHDRAWN,
        NOW,
        f"consent #{record.pk} withdrawn on {NOW.date()}",
    )
    assert (
        consent_state(record, NOW - timedelta(minutes=1)).status is ConsentStatus.ACTIVE
    )  # history, as it was
    assert list(AuditEvent.objects.filter(verb="consent.withdrawn").values_list("object_id", flat=True)) == [
        str(record.pk)
    ]
    assert verify_chain().ok
    event.reason = "edited"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        record.events.all().delete()
    with pytest.raises(ProtectedError):
        record.delete()


def test_withdrawal_needs_a_reason(record: ConsentRecord, officer: Any) -> None:
    with pytest.raises(ApplicationError, match="reason"):
        consent_withdraw(record=record, actor=officer, reason="  ")
    assert record.events.count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
def test_the_database_refuses_to_edit_consent_history(record: ConsentRecord) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute("UPDATE contracts_consentevent SET kind = 'given' WHERE record_id = %s", [record.pk])


def test_invalidation_ends_consent_and_starts_the_same_cascade(
    record: ConsentRecord, officer: Any, django_capture_on_commit_callbacks: Any
) -> None:
    received = Received()
    consent_withdrawn.connect(received)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            consent_invalidate(record=record, actor=officer, reason="evidence forged", at=NOW)
    finally:
        consent_withdrawn.disconnect(received)
    assert [c["kind"] for c in received.calls] == ["invalidated"]
    assert consent_state(record, NOW).status is ConsentStatus.INVALIDATED
    with pytest.raises(ApplicationError, match="invalidated"):
        consent_renew(record=record, actor=officer, valid_until=END + timedelta(days=365))


def test_renewal_extends_validity_and_revives_an_expired_consent(record: ConsentRecord, officer: Any) -> None:
    later = datetime.combine(END + timedelta(days=30), time(), UTC)
    new_end = END + timedelta(days=365)
    assert consent_state(record, later).status is ConsentStatus.EXPIRED
    consent_renew(record=record, actor=officer, valid_until=new_end, reason="re-confirmed")
    state = consent_state(record, later)
    assert (state.status, state.valid_until) == (ConsentStatus.ACTIVE, new_end)
    record.refresh_from_db()
    assert record.valid_until == new_end
    assert AuditEvent.objects.get(verb="consent.renewed").payload["previous_valid_until"] == END.isoformat()
    with pytest.raises(ApplicationError, match="before the start"):
        consent_renew(record=record, actor=officer, valid_until=START - timedelta(days=1))


def test_the_expiry_job_records_each_lapse_once(
    record: ConsentRecord, django_capture_on_commit_callbacks: Any
) -> None:
    received = Received()
    consent_expired.connect(received)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            assert consent_expire_due(NOW) == []
            after = datetime.combine(END + timedelta(days=1), time(), UTC)
            assert consent_expire_due(after) == [record.pk]
            assert consent_expire_due(after + timedelta(days=1)) == []
    finally:
        consent_expired.disconnect(received)
    assert [e.kind for e in record.events.all()] == ["given", "expired"]
    assert consent_state(record, after).expired_recorded_at == after
    assert len(received.calls) == 1
    assert AuditEvent.objects.filter(verb="consent.expired", actor_name="system").count() == 1


def test_special_categories_need_an_article_9_condition(officer: Any, anchor: Path) -> None:
    with pytest.raises(ApplicationError, match=r"Art\. 9"):
        consent_record_create(
            actor=officer,
            controller_name="Clinic",
            legal_basis=LegalBasis.CONSENT,
            purposes=[],
            valid_from=date(2026, 1, 1),
            special_categories=True,
        )


def test_a_record_exports_as_dpv_json_ld(record: ConsentRecord, officer: Any) -> None:
    consent_withdraw(record=record, actor=officer, reason="data subject asked", at=NOW)
    doc = consent_to_jsonld(record, NOW + timedelta(hours=1))
    assert doc["@context"]["dpv"] == "https://w3id.org/dpv#"
    assert doc["@type"] == "dpv:ConsentRecord"
    assert doc["dpv:hasLegalBasis"] == [{"@id": "eu-gdpr:A6-1-a"}]
    assert {p["dct:identifier"] for p in doc["dpv:hasPurpose"]} == {"model-training", "academic-research"}
    assert all(p["@id"].startswith("https://w3id.org/dpv#") for p in doc["dpv:hasPurpose"])
    assert doc["dpv:hasConsentStatus"] == {"@id": "dpv:ConsentWithdrawn"}
    assert [h["@type"] for h in doc["shoal:history"]] == ["dpv:ConsentGiven", "dpv:ConsentWithdrawn"]
    assert doc["dct:valid"]["dcat:endDate"] == END.isoformat()
    assert doc["dpv:hasDataSubject"] == [{"@type": "dpv:DataSubject", "rdfs:label": "customers"}]


def test_a_special_category_record_exports_its_article_9_basis(officer: Any, anchor: Path) -> None:
    rec = consent_record_create(
        actor=officer,
        controller_name="Clinic",
        legal_basis=LegalBasis.PUBLIC_TASK,
        purposes=[],
        valid_from=date(2026, 1, 1),
        special_categories=True,
        special_category_basis="research",
        special_category_types=["health"],
        notice_url="https://clinic.example/privacy",
    )
    doc = consent_to_jsonld(rec, NOW)
    assert doc["dpv:hasLegalBasis"] == [{"@id": "eu-gdpr:A6-1-e"}, {"@id": "eu-gdpr:A9-2-j"}]
    assert {"@type": "dpv:SpecialCategoryPersonalData", "rdfs:label": "health"} in doc["dpv:hasPersonalData"]
    assert doc["dpv:hasNotice"]["@id"] == "https://clinic.example/privacy"

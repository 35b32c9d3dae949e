"""The compliance admin: histories and the audit log are read-only; withdrawal and vocabulary edits are audited."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from contracts.models import AuditEvent, ConsentEvent, LegalBasis, Licence, Purpose
from contracts.services.consent import consent_record_create


@pytest.fixture
def officer_client(db: Any, settings: Any, tmp_path: Path) -> tuple[Client, Any]:
    from django.contrib.auth import get_user_model

    settings.AUDIT_ANCHOR = tmp_path / "anchor.log"
    user = get_user_model().objects.create_superuser("olga_t", "olga@example.org", "pw-olga-123")
    client = Client()
    client.force_login(user)
    return client, user


@pytest.fixture
def record(officer_client: tuple[Client, Any]) -> Any:
    return consent_record_create(
        actor=officer_client[1],
        controller_name="Acme",
        legal_basis=LegalBasis.CONSENT,
        purposes=Purpose.objects.filter(code="model-training"),
        valid_from=timezone.now().date() - timedelta(days=5),
    )


def test_history_and_audit_rows_cannot_be_added_changed_or_deleted(
    officer_client: tuple[Client, Any], record: Any
) -> None:
    client, _ = officer_client
    event = AuditEvent.objects.first()
    history = ConsentEvent.objects.first()
    assert client.get(reverse("admin:contracts_auditevent_changelist")).status_code == 200
    assert client.get(reverse("admin:contracts_auditevent_add")).status_code == 403
    assert client.get(reverse("admin:contracts_auditevent_delete", args=[event.pk])).status_code == 403
    assert (
        client.post(reverse("admin:contracts_auditevent_change", args=[event.pk]), {"verb": "x"}).status_code
        == 403
    )
    assert client.get(reverse("admin:contracts_consentevent_add")).status_code == 403
    assert client.get(reverse("admin:contracts_consentevent_delete", args=[history.pk])).status_code == 403
    assert client.get(reverse("admin:contracts_consentrecord_add")).status_code == 403
    page = client.get(reverse("admin:contracts_consentrecord_change", args=[record.pk]))
    assert page.status_code == 200
    assert b"dpv:ConsentRecord" in page.content


def test_the_withdraw_action_asks_for_a_reason_then_calls_consent_withdraw(
    officer_client: tuple[Client, Any], record: Any
) -> None:
    client, _ = officer_client
    url = reverse("admin:contracts_consentrecord_changelist")
    page = client.post(url, {"action": "withdraw_consent", ACTION_CHECKBOX_NAME: [record.pk]})
    assert page.status_code == 200 and b"Withdraw consent" in page.content
    assert not record.events.filter(kind="withdrawn").exists()
    done = client.post(
        url,
        {
            "action": "withdraw_consent",
            ACTION_CHECKBOX_NAME: [record.pk],
            "apply": "1",
            "reason": "DPO request",
        },
    )
    assert done.status_code == 302
    withdrawn = record.events.get(kind="withdrawn")
    assert (withdrawn.reason, withdrawn.actor_name) == ("DPO request", "olga_t")
    assert AuditEvent.objects.filter(verb="consent.withdrawn", actor_name="olga_t").count() == 1


def test_licence_and_purpose_edits_are_audited_and_cycles_refused(officer_client: tuple[Client, Any]) -> None:
    client, _ = officer_client
    licence = Licence.objects.get(spdx_id="CC-BY-4.0")
    url = reverse("admin:contracts_licence_change", args=[licence.pk])
    data = {
        "spdx_id": licence.spdx_id,
        "name": licence.name,
        "url": licence.url,
        "commercial_use": "on",
        "redistribution": "on",
        "derivatives": "on",
        "attribution": "on",  # model_training switched off
    }
    assert client.post(url, data).status_code == 302
    audit = AuditEvent.objects.get(verb="licence.changed")
    assert audit.payload == {
        "spdx_id": "CC-BY-4.0",
        "changed": ["model_training"],
        "flags": {"model_training": False},
    }
    parent = Purpose.objects.get(code="research-and-development")
    child = Purpose.objects.get(code="model-training")
    url = reverse("admin:contracts_purpose_change", args=[parent.pk])
    page = client.post(
        url, {"code": parent.code, "name": parent.name, "dpv_iri": parent.dpv_iri, "parent": child.pk}
    )
    assert page.status_code == 200 and b"own ancestor" in page.content
    parent.refresh_from_db()
    assert parent.parent is None
    assert not AuditEvent.objects.filter(verb="purpose.changed").exists()

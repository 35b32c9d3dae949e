"""Free-text reasons live in ``pool.Reason``, erasable; the audit log keeps their id and digest only."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse

from common.errors import ApplicationError
from contracts.models import AuditEvent
from pool.models import Reason
from pool.services.access import access_grant_revoke
from pool.services.corpora import dataset_pool
from pool.services.reasons import reason_record
from pool.services.withdrawal import dataset_withdraw
from tests.api.pooling import (
    QIS,
    grant_for,
    isolated_media,
    make_corpus,
    make_officer,
    ready_dataset,
    safe_table,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["isolated_media"]


def test_a_policy_refusal_is_kept_as_an_erasable_reason_and_withdrawal_erases_it(
    world: dict[str, Any],
) -> None:
    corpus = make_corpus()
    dataset = ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[corpus],
        frame=safe_table(1),
        quasi_identifiers=QIS,
        reported_k=3,
    )
    decisions = dataset_pool(dataset=dataset)
    assert not decisions["health"].allowed
    reason = Reason.objects.get(verb="corpus.member_refused")
    assert (reason.object_type, reason.object_id) == ("pool.dataset", str(dataset.pk))
    assert reason.text == "\n".join(decisions["health"].reasons)
    event = AuditEvent.objects.get(verb="corpus.member_refused")
    assert event.payload == {"corpus": "health", "reason_id": reason.pk, "reason_sha256": reason.sha256}
    assert "k-anonymity" not in json.dumps(list(AuditEvent.objects.values_list("payload", flat=True)))

    dataset_withdraw(dataset=dataset, user=world["alice"], reason="asked")
    reason.refresh_from_db()
    assert (reason.text, reason.salt) == ("", "")
    assert reason.erased_at is not None
    erased = AuditEvent.objects.get(verb="reason.erased")
    assert (erased.object_type, erased.object_id, erased.payload) == (
        "pool.reason",
        str(reason.pk),
        {"cause": "contributor"},
    )


def test_an_empty_reason_is_not_stored(world: dict[str, Any]) -> None:
    assert reason_record(obj=world["lab"], verb="x.y", text="  \n ") is None
    assert not Reason.objects.exists()


def test_only_a_compliance_officer_may_revoke_a_grant(world: dict[str, Any]) -> None:
    grant = grant_for(make_corpus(), world["lab"], world["consumer"])
    with pytest.raises(ApplicationError, match="Only a compliance officer"):
        access_grant_revoke(grant=grant, officer=world["consumer"])
    grant.refresh_from_db()
    assert grant.revoked_at is None and grant.is_active


def test_an_officer_erases_a_reason_in_the_admin(world: dict[str, Any]) -> None:
    officer = make_officer()
    officer.is_staff = officer.is_superuser = True
    officer.save()
    grant = grant_for(make_corpus(), world["lab"], world["consumer"])
    access_grant_revoke(grant=grant, officer=officer, reason="Asked by Zebulon Quaxfeather")
    reason = Reason.objects.get()
    client = Client()
    client.force_login(officer)
    page = client.get(reverse("admin:pool_reason_change", args=[reason.pk]))
    assert page.status_code == 200 and b"Zebulon Quaxfeather" in page.content
    response = client.post(
        reverse("admin:pool_reason_changelist"), {"action": "erase", ACTION_CHECKBOX_NAME: [reason.pk]}
    )
    assert response.status_code == 302
    reason.refresh_from_db()
    assert reason.text == "" and reason.erased_at is not None
    assert AuditEvent.objects.filter(verb="reason.erased", actor_name=officer.username).count() == 1
    assert "Quaxfeather" not in json.dumps(list(AuditEvent.objects.values_list("payload", flat=True)))

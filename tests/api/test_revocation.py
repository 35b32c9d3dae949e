"""Revocation through the API (issue 11, item 7): one's own tokens, officers' grants; both audited and
effective on the very next request. Reasons given are kept out of the audit log (item 8)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from contracts.models import AuditEvent
from pool.models import AccessGrant, ApiToken, Notice, Reason
from pool.services.corpora import corpus_build
from pool.services.tokens import token_authenticate, token_issue
from tests.api.pooling import grant_for, isolated_media, make_corpus, make_officer, safe_contribution
from tests.conftest import api_client_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["isolated_media"]

FILE = "/api/v1/corpora/health/versions/1/files/part-00000.parquet"
CANARY_NAME = "Zebulon Quaxfeather"
CANARY_PHONE = "+49 30 98765432"
CANARY_EMAIL = "zebulon.quaxfeather@canary-mail.example"
CANARY_REASON = f"Per call with {CANARY_NAME} ({CANARY_PHONE}, {CANARY_EMAIL}): contract ended."


def token_client(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def audit_payloads() -> str:
    return json.dumps(list(AuditEvent.objects.values_list("payload", flat=True)), ensure_ascii=False)


def assert_no_canary_in_audit_log() -> None:
    payloads = audit_payloads()
    for fragment in (CANARY_NAME, "Quaxfeather", CANARY_PHONE, "98765432", CANARY_EMAIL, "contract ended"):
        assert fragment not in payloads
    rows = AuditEvent.objects.values_list("actor_name", "verb", "object_type", "object_id", "purpose")
    assert "Quaxfeather" not in json.dumps(list(rows))


# --- tokens -------------------------------------------------------------------------------------------


def test_a_user_lists_only_her_own_tokens_and_never_their_secrets(world: dict[str, Any]) -> None:
    first, first_key = token_issue(user=world["alice"], name="laptop")
    _, second_key = token_issue(user=world["alice"], name="ci")
    token_issue(user=world["charlie"], name="charlie's")
    response = token_client(first_key).get("/api/v1/tokens/")
    assert response.status_code == 200
    results = response.json()["results"]
    assert [t["name"] for t in results] == ["ci", "laptop"]
    assert set(results[0]) == {
        "id",
        "name",
        "key_prefix",
        "created_at",
        "last_used_at",
        "expires_at",
        "revoked_at",
        "active",
    }
    assert results[1]["key_prefix"] == first.key_prefix and results[1]["last_used_at"] is not None
    body = response.content.decode()
    for secret in (first_key, second_key, first.digest):
        assert secret not in body


def test_a_revoked_token_is_refused_on_the_very_next_request(world: dict[str, Any]) -> None:
    token, key = token_issue(user=world["alice"])
    client = token_client(key)
    assert client.get("/api/v1/datasets/").status_code == 200
    response = client.delete(f"/api/v1/tokens/{token.pk}/")
    assert response.status_code == 204
    refused = client.get("/api/v1/datasets/")
    assert refused.status_code == 401
    assert refused.json()["message"] == "Invalid or expired token."
    token.refresh_from_db()
    assert token.revoked_at is not None
    event = AuditEvent.objects.get(verb="token.revoked")
    assert (event.object_type, event.object_id, event.actor_name) == (
        "pool.apitoken",
        str(token.pk),
        "alice_t",
    )
    assert event.payload == {"prefix": token.key_prefix, "owner": world["alice"].pk, "by_owner": True}
    # Revoking again is a no-op (no second audit row), and the revoked token stays listed.
    other = api_client_for(world["alice"])
    assert other.delete(f"/api/v1/tokens/{token.pk}/").status_code == 204
    assert AuditEvent.objects.filter(verb="token.revoked").count() == 1
    listed = {t["id"]: t for t in other.get("/api/v1/tokens/").json()["results"]}
    assert listed[token.pk]["active"] is False and listed[token.pk]["revoked_at"] is not None


def test_another_users_token_is_a_404_and_stays_active(world: dict[str, Any]) -> None:
    token, key = token_issue(user=world["alice"])
    charlie = api_client_for(world["charlie"])
    assert charlie.delete(f"/api/v1/tokens/{token.pk}/").status_code == 404
    assert charlie.get(f"/api/v1/tokens/{token.pk}/").status_code == 404
    assert token_client(key).get("/api/v1/datasets/").status_code == 200
    assert not AuditEvent.objects.filter(verb="token.revoked").exists()
    assert APIClient().get("/api/v1/tokens/").status_code == 401


def test_a_session_creates_a_token_shown_once_but_a_token_cannot_mint_another(world: dict[str, Any]) -> None:
    refused = api_client_for(world["alice"]).post("/api/v1/tokens/", {"name": "more"}, format="json")
    assert refused.status_code == 403
    assert set(refused.json()) == {"message", "extra"}
    session = APIClient()
    session.force_login(world["alice"])
    created = session.post("/api/v1/tokens/", {"name": "notebook"}, format="json")
    assert created.status_code == 201, created.content
    key = created.json()["key"]
    stored = ApiToken.objects.get(pk=created.json()["id"])
    assert stored.digest == ApiToken.hash_key(key) and stored.name == "notebook"
    assert "key" not in session.get(f"/api/v1/tokens/{stored.pk}/").json()
    assert token_client(key).get("/api/v1/datasets/").status_code == 200


def test_last_use_is_stamped_at_most_once_a_minute(world: dict[str, Any]) -> None:
    token, key = token_issue(user=world["alice"])
    assert token.last_used_at is None
    first = token_authenticate(key)
    assert first is not None and first.last_used_at is not None
    stamped = ApiToken.objects.get(pk=token.pk).last_used_at
    assert token_authenticate(key) is not None
    assert ApiToken.objects.get(pk=token.pk).last_used_at == stamped  # within the minute: no write
    earlier = timezone.now() - timedelta(seconds=61)
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=earlier)
    assert token_authenticate(key) is not None
    assert ApiToken.objects.get(pk=token.pk).last_used_at > earlier


# --- grants -------------------------------------------------------------------------------------------


@pytest.fixture
def granted(world: dict[str, Any]) -> AccessGrant:
    corpus = make_corpus(grant_days=30)
    safe_contribution(world, [corpus], org="acme", seed=1)
    assert corpus_build(corpus=corpus).status == "published"
    return grant_for(corpus, world["lab"], world["consumer"])


def test_an_officer_revokes_a_grant_and_the_next_download_is_refused(
    world: dict[str, Any], granted: AccessGrant
) -> None:
    consumer = api_client_for(world["consumer"])
    assert consumer.get(FILE).status_code == 200
    officer = api_client_for(make_officer())
    listed = officer.get("/api/v1/grants/").json()["results"]
    assert [(g["id"], g["active"]) for g in listed] == [(granted.pk, True)]

    response = officer.post(f"/api/v1/grants/{granted.pk}/revoke/", {"reason": CANARY_REASON}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["active"] is False and response.json()["revoked_at"] is not None
    assert response.json()["revoke_reason"] == CANARY_REASON

    refused = consumer.get(FILE)
    assert refused.status_code == 403
    assert consumer.head(FILE).status_code == 403

    event = AuditEvent.objects.get(verb="access_grant.revoked")
    reason = Reason.objects.get(verb="access_grant.revoked")
    assert (event.object_type, event.object_id, event.actor_name) == (
        "pool.accessgrant",
        str(granted.pk),
        "olga_t",
    )
    assert event.payload == {
        "request": granted.request_id,
        "corpus": "health",
        "organization": world["lab"].pk,
        "reason_id": reason.pk,
        "reason_sha256": reason.sha256,
    }
    assert Reason.digest(reason.salt, reason.text) == reason.sha256
    assert_no_canary_in_audit_log()
    notice = Notice.objects.get(organization=world["lab"], subject="Access to health revoked")
    assert CANARY_NAME in notice.body
    mine = consumer.get("/api/v1/grants/").json()["results"]
    assert [(g["id"], g["active"], g["revoke_reason"]) for g in mine] == [(granted.pk, False, CANARY_REASON)]
    # A second revocation changes nothing.
    assert officer.post(f"/api/v1/grants/{granted.pk}/revoke/", {}, format="json").status_code == 200
    assert AuditEvent.objects.filter(verb="access_grant.revoked").count() == 1


@pytest.mark.parametrize(("role", "expected"), [("consumer", 403), ("alice", 404), ("charlie", 404)])
def test_only_a_compliance_officer_may_revoke_and_others_grants_are_a_404(
    world: dict[str, Any], granted: AccessGrant, role: str, expected: int
) -> None:
    client = api_client_for(world[role])
    response = client.post(f"/api/v1/grants/{granted.pk}/revoke/", {}, format="json")
    assert response.status_code == expected
    assert set(response.json()) == {"message", "extra"}
    visible = {g["id"] for g in client.get("/api/v1/grants/").json()["results"]}
    assert visible == ({granted.pk} if role == "consumer" else set())
    granted.refresh_from_db()
    assert granted.revoked_at is None
    assert APIClient().post(f"/api/v1/grants/{granted.pk}/revoke/").status_code == 401


# --- free text stays out of the audit log -------------------------------------------------------------


def test_a_reject_reason_naming_a_person_reaches_the_requester_but_no_audit_row(
    world: dict[str, Any], granted: AccessGrant
) -> None:
    consumer = api_client_for(world["consumer"])
    created = consumer.post(
        "/api/v1/corpora/health/access-requests/",
        {"purpose": "model-training", "accept_terms": True},
        format="json",
    )
    assert created.status_code == 201, created.content
    request_id = created.json()["id"]

    officer = api_client_for(make_officer())
    rejected = officer.post(
        f"/api/v1/access-requests/{request_id}/reject/", {"reason": CANARY_REASON}, format="json"
    )
    assert rejected.status_code == 200, rejected.content
    assert rejected.json()["status"] == "rejected"
    assert rejected.json()["reject_reason"] == CANARY_REASON

    event = AuditEvent.objects.get(verb="access_request.rejected")
    reason = Reason.objects.get(verb="access_request.rejected")
    assert event.payload == {
        "corpus": "health",
        "auto": False,
        "reason_id": reason.pk,
        "reason_sha256": reason.sha256,
    }
    assert (reason.object_type, reason.object_id, reason.text) == (
        "pool.accessrequest",
        str(request_id),
        CANARY_REASON,
    )
    assert_no_canary_in_audit_log()
    listed = consumer.get("/api/v1/corpora/health/access-requests/").json()["results"]
    assert {r["id"]: r["reject_reason"] for r in listed}[request_id] == CANARY_REASON
    assert CANARY_EMAIL in Notice.objects.get(subject="Access to health refused").body

    from pool.services.reasons import reasons_erase

    assert reasons_erase(reasons=[reason], actor=None, cause="data_subject") == [reason.pk]
    reason.refresh_from_db()
    assert (reason.text, reason.salt, reason.erased_at is not None) == ("", "", True)
    listed = consumer.get("/api/v1/corpora/health/access-requests/").json()["results"]
    assert {r["id"]: r["reject_reason"] for r in listed}[request_id] == ""
    assert AuditEvent.objects.filter(verb="reason.erased", object_id=str(reason.pk)).exists()
    assert_no_canary_in_audit_log()

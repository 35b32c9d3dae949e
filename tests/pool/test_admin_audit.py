"""Every admin add, change and delete is audited through one hook (inlines included), with field names
and never values; grants and tokens are revoked in the admin through the audited services."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from contracts.models import AuditEvent
from pool.models import AccessGrant, Membership, Organization
from pool.services.corpora import corpus_build
from pool.services.tokens import token_issue
from tests.api.pooling import grant_for, isolated_media, make_corpus, make_officer, safe_contribution
from tests.conftest import api_client_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["isolated_media"]

CANARY = "Zebulon Quaxfeather"


@pytest.fixture
def officer(world: dict[str, Any]) -> Any:
    """A compliance officer with the admin (staff, every permission)."""
    user = make_officer()
    user.is_staff = user.is_superuser = True
    user.save()
    return user


@pytest.fixture
def admin_client(officer: Any) -> Client:
    client = Client()
    client.force_login(officer)
    return client


def organization_form(org: Organization, memberships: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    """The organisation change form as the browser posts it, with its memberships inline."""
    initial = [m for m in memberships if m.get("id")]
    data = {
        "name": org.name,
        "slug": org.slug,
        "kind": org.kind,
        "country": org.country,
        "contact_email": org.contact_email,
        "webhook_url": org.webhook_url,
        "memberships-TOTAL_FORMS": str(len(memberships)),
        "memberships-INITIAL_FORMS": str(len(initial)),
        "memberships-MIN_NUM_FORMS": "0",
        "memberships-MAX_NUM_FORMS": "1000",
        **fields,
    }
    for i, membership in enumerate(memberships):
        for key, value in membership.items():
            data[f"memberships-{i}-{key}"] = value
    return data


def admin_events() -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(verb__startswith="admin.").order_by("seq"))


def test_a_membership_added_inline_is_audited_with_field_names_only(
    world: dict[str, Any], admin_client: Client, officer: Any
) -> None:
    lab = world["lab"]
    existing = Membership.objects.get(organization=lab)
    url = reverse("admin:pool_organization_change", args=[lab.pk])
    data = organization_form(
        lab,
        [
            {"id": existing.pk, "organization": lab.pk, "user": existing.user_id, "role": existing.role},
            {"organization": lab.pk, "user": world["alice"].pk, "role": Membership.Role.CONSUMER},
        ],
        contact_email="zebulon.quaxfeather@canary-mail.example",
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[-2000:]
    added = Membership.objects.get(organization=lab, user=world["alice"])

    events = admin_events()
    assert [(e.verb, e.object_type, e.object_id) for e in events] == [
        ("admin.changed", "pool.organization", str(lab.pk)),
        ("admin.added", "pool.membership", str(added.pk)),
    ]
    assert events[0].payload == {"fields": ["contact_email"]}
    assert events[1].payload == {
        "fields": ["role", "user"],
        "parent": {"type": "pool.organization", "id": str(lab.pk)},
    }
    assert {e.actor_name for e in events} == {officer.username}
    payloads = json.dumps([e.payload for e in events])
    assert "canary-mail" not in payloads and "alice" not in payloads


def test_inline_changes_and_deletions_are_audited_with_the_rows_ids(
    world: dict[str, Any], admin_client: Client
) -> None:
    acme = world["acme"]
    alice = Membership.objects.get(organization=acme, user=world["alice"])
    bob = Membership.objects.get(organization=acme, user=world["bob"])
    url = reverse("admin:pool_organization_change", args=[acme.pk])
    data = organization_form(
        acme,
        [
            {
                "id": alice.pk,
                "organization": acme.pk,
                "user": alice.user_id,
                "role": Membership.Role.CONSUMER,
            },
            {"id": bob.pk, "organization": acme.pk, "user": bob.user_id, "role": bob.role, "DELETE": "on"},
        ],
    )
    assert admin_client.post(url, data).status_code == 302
    assert not Membership.objects.filter(pk=bob.pk).exists()
    events = admin_events()
    assert [(e.verb, e.object_type, e.object_id, e.payload.get("fields")) for e in events] == [
        ("admin.changed", "pool.organization", str(acme.pk), []),
        ("admin.changed", "pool.membership", str(alice.pk), ["role"]),
        ("admin.deleted", "pool.membership", str(bob.pk), []),
    ]


def test_adding_and_deleting_in_the_admin_are_audited(world: dict[str, Any], admin_client: Client) -> None:
    add = admin_client.post(
        reverse("admin:pool_organization_add"),
        {
            **organization_form(world["lab"], []),
            "name": CANARY,
            "slug": "canary",
            "contact_email": "c@canary.example",
        },
    )
    assert add.status_code == 302
    org = Organization.objects.get(slug="canary")
    delete = admin_client.post(reverse("admin:pool_organization_delete", args=[org.pk]), {"post": "yes"})
    assert delete.status_code == 302
    assert not Organization.objects.filter(pk=org.pk).exists()
    events = admin_events()
    assert [(e.verb, e.object_id) for e in events] == [
        ("admin.added", str(org.pk)),
        ("admin.deleted", str(org.pk)),
    ]
    assert sorted(events[0].payload["fields"]) == ["contact_email", "country", "kind", "name", "slug"]
    assert CANARY not in json.dumps([e.payload for e in events])
    # The bulk delete action goes through the same hook.
    doomed = Organization.objects.create(
        name="Doomed", slug="doomed", country="FR", contact_email="d@d.example"
    )
    bulk = admin_client.post(
        reverse("admin:pool_organization_changelist"),
        {"action": "delete_selected", ACTION_CHECKBOX_NAME: [doomed.pk], "post": "yes"},
    )
    assert bulk.status_code == 302
    assert AuditEvent.objects.filter(verb="admin.deleted", object_id=str(doomed.pk)).exists()


def test_the_admin_revokes_a_grant_through_the_service_and_downloads_stop(
    world: dict[str, Any], admin_client: Client, officer: Any
) -> None:
    corpus = make_corpus(grant_days=30)
    safe_contribution(world, [corpus], org="acme", seed=1)
    assert corpus_build(corpus=corpus).status == "published"
    grant = grant_for(corpus, world["lab"], world["consumer"])
    consumer = api_client_for(world["consumer"])
    file_url = "/api/v1/corpora/health/versions/1/files/part-00000.parquet"
    assert consumer.get(file_url).status_code == 200
    response = admin_client.post(
        reverse("admin:pool_accessgrant_changelist"), {"action": "revoke", ACTION_CHECKBOX_NAME: [grant.pk]}
    )
    assert response.status_code == 302
    grant.refresh_from_db()
    assert grant.revoked_at is not None
    assert consumer.get(file_url).status_code == 403
    event = AuditEvent.objects.get(verb="access_grant.revoked")
    assert (event.object_id, event.actor_name) == (str(grant.pk), officer.username)
    assert "reason_id" not in event.payload  # no reason given in the admin


def test_the_admin_revokes_a_token_through_the_service(world: dict[str, Any], admin_client: Client) -> None:
    token, key = token_issue(user=world["alice"])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/v1/datasets/").status_code == 200
    response = admin_client.post(
        reverse("admin:pool_apitoken_changelist"), {"action": "revoke", ACTION_CHECKBOX_NAME: [token.pk]}
    )
    assert response.status_code == 302
    assert client.get("/api/v1/datasets/").status_code == 401
    event = AuditEvent.objects.get(verb="token.revoked")
    assert event.payload == {"prefix": token.key_prefix, "owner": world["alice"].pk, "by_owner": False}


def test_a_grant_without_an_officer_cannot_be_revoked_in_the_admin(world: dict[str, Any]) -> None:
    from django.contrib.auth import get_user_model

    staff = get_user_model().objects.create_user(
        "sam_t", password="pw-sam-123", is_staff=True, is_superuser=True
    )
    client = Client()
    client.force_login(staff)
    grant = grant_for(make_corpus(), world["lab"], world["consumer"])
    client.post(
        reverse("admin:pool_accessgrant_changelist"), {"action": "revoke", ACTION_CHECKBOX_NAME: [grant.pk]}
    )
    assert AccessGrant.objects.get(pk=grant.pk).revoked_at is None
    assert not AuditEvent.objects.filter(verb="access_grant.revoked").exists()

"""Compliance officers work in the admin: they see everything, decide requests through the service."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from contracts.models import Purpose
from pool.models import AccessRequest, Corpus, Organization
from pool.services.access import access_request_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def carol(db: Any) -> Client:
    call_command("seed_demo", "--no-datasets", stdout=StringIO())
    client = Client()
    client.force_login(get_user_model().objects.get(username="carol"))
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/pool/dataset/",
        "/admin/pool/accessrequest/",
        "/admin/pool/downloadevent/",
        "/admin/contracts/auditevent/",
        "/admin/contracts/consentrecord/",
    ],
)
def test_the_demo_compliance_officer_can_see_the_audit_pages(carol: Client, url: str) -> None:
    assert carol.get(url).status_code == 200


def test_she_approves_a_request_with_an_admin_action_and_cannot_edit_it(carol: Client) -> None:
    bob = get_user_model().objects.get(username="bob")
    request = access_request_create(
        corpus=Corpus.objects.get(slug="customers-eu"),
        organization=Organization.objects.get(slug="northwind-ml"),
        user=bob,
        purpose=Purpose.objects.get(code="model-training"),
        accept_terms=True,
    )
    response = carol.post(
        "/admin/pool/accessrequest/", {"action": "approve", "_selected_action": [request.pk]}, follow=True
    )
    assert response.status_code == 200
    request.refresh_from_db()
    assert request.status == AccessRequest.Status.APPROVED
    assert request.decided_by.username == "carol"
    edit = carol.post(f"/admin/pool/accessrequest/{request.pk}/change/", {"status": "rejected"})
    assert edit.status_code == 403
    request.refresh_from_db()
    assert request.status == AccessRequest.Status.APPROVED

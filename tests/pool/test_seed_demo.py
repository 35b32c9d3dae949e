"""seed_demo builds the demo world once; running it again adds nothing."""

from __future__ import annotations

from io import StringIO
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from pool.models import Corpus, Dataset, Membership, Organization

pytestmark = pytest.mark.django_db


def test_it_is_idempotent(db: Any) -> None:
    call_command("seed_demo", stdout=StringIO())
    counts = (
        Organization.objects.count(),
        get_user_model().objects.count(),
        Corpus.objects.count(),
        Dataset.objects.count(),
    )
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert "created 0 organizations, 0 users, 0 corpora, 0 datasets" in out.getvalue()
    assert counts == (
        Organization.objects.count(),
        get_user_model().objects.count(),
        Corpus.objects.count(),
        Dataset.objects.count(),
    )
    assert counts[2] == 2
    assert counts[3] == 3


def test_it_creates_the_documented_users_and_roles(db: Any) -> None:
    call_command("seed_demo", "--no-datasets", stdout=StringIO())
    roles = {
        (m.user.username, m.organization.name, m.role)
        for m in Membership.objects.select_related("user", "organization")
    }
    assert ("alice", "Acme Legal", "contributor") in roles
    assert ("dave", "AgriCoop", "contributor") in roles
    assert ("bob", "Northwind ML", "consumer") in roles
    assert any(user == "carol" and role == "compliance" for user, _, role in roles)
    assert set(Corpus.objects.values_list("slug", "kind")) == {
        ("customers-eu", "table"),
        ("support-tickets-en", "text"),
    }
    client = Client()
    assert client.login(username="alice", password="shoal-demo")

"""Shared fixtures: Alice and Bob (contributors of Acme), Charlie (outsider org), a consumer, a licence."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

CANARY_NAME = "Zebulon Quaxfeather"
CANARY_EMAIL = "zebulon.quaxfeather@canary-mail.example"


@pytest.fixture(autouse=True)
def _fast_password_hashing(request: pytest.FixtureRequest) -> None:
    """PBKDF2 costs seconds per user on this machine; tests need hashing, not its cost."""
    if request.config.pluginmanager.hasplugin("django"):
        settings = request.getfixturevalue("settings")
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_rate_limit_counters(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test starts with empty rate-limit counters, kept in a private in-memory cache: all test
    clients share one address and reused user ids, and Redis keeps counters across runs, so shared
    counters would make a test's outcome depend on what ran in the same minute before it."""
    if not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    from django.core.cache.backends.locmem import LocMemCache
    from rest_framework.throttling import SimpleRateThrottle

    import common.throttling

    counters = LocMemCache(f"rate-limits-{request.node.nodeid}", {})
    saved = (SimpleRateThrottle.cache, common.throttling.cache)
    SimpleRateThrottle.cache = counters
    common.throttling.cache = counters
    try:
        yield
    finally:
        SimpleRateThrottle.cache, common.throttling.cache = saved
        counters.clear()


def _is_transactional(request: pytest.FixtureRequest) -> bool:
    marker = request.node.get_closest_marker("django_db")
    by_marker = bool(marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])))
    return by_marker or "transactional_db" in request.fixturenames or "live_server" in request.fixturenames


@pytest.fixture(autouse=True)
def _audit_flush_allowed(request: pytest.FixtureRequest) -> Iterator[None]:
    """Transactional tests end with a TRUNCATE of every table; on PostgreSQL the audit tables refuse
    it unless the session opts in (see contracts migration 0004). Production sessions never do."""
    if not (request.config.pluginmanager.hasplugin("django") and _is_transactional(request)):
        yield
        return
    request.getfixturevalue("transactional_db")
    yield
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET shoal.audit_maintenance = 'on'")


@pytest.fixture
def vocabulary(db: Any) -> None:
    """Licences and purposes (a data migration seeds them; a transactional test's flush removes them)."""
    from contracts.models import Licence, Purpose
    from contracts.vocabulary import seed_vocabulary

    if not Licence.objects.exists():
        seed_vocabulary(Licence, Purpose)


@pytest.fixture
def licence(vocabulary: None) -> Any:
    from contracts.models import Licence

    return Licence.objects.get(spdx_id="CDLA-Permissive-2.0")


@pytest.fixture
def world(vocabulary: None) -> dict[str, Any]:
    """Two member organisations and an outsider, with their users."""
    from django.contrib.auth import get_user_model

    from pool.models import Membership, Organization

    user_model = get_user_model()
    acme = Organization.objects.create(name="Acme", slug="acme", country="IE", contact_email="a@acme.example")
    other = Organization.objects.create(
        name="Other", slug="other", country="DE", contact_email="o@other.example"
    )
    lab = Organization.objects.create(
        name="Lab", slug="lab", kind="lab", country="NL", contact_email="l@lab.example"
    )
    alice = user_model.objects.create_user(
        "alice_t", password="pw-alice-123", first_name="Alice", last_name="T"
    )
    bob = user_model.objects.create_user("bob_t", password="pw-bob-123")
    charlie = user_model.objects.create_user("charlie_t", password="pw-charlie-123")
    consumer = user_model.objects.create_user("consumer_t", password="pw-consumer-123")
    Membership.objects.create(user=alice, organization=acme, role=Membership.Role.CONTRIBUTOR)
    Membership.objects.create(user=bob, organization=acme, role=Membership.Role.CONTRIBUTOR)
    Membership.objects.create(user=charlie, organization=other, role=Membership.Role.CONTRIBUTOR)
    Membership.objects.create(user=consumer, organization=lab, role=Membership.Role.CONSUMER)
    return {
        "acme": acme,
        "other": other,
        "lab": lab,
        "alice": alice,
        "bob": bob,
        "charlie": charlie,
        "consumer": consumer,
    }


def api_client_for(user: Any) -> Any:
    """A DRF test client authenticated with a fresh API token of ``user``."""
    from rest_framework.test import APIClient

    from pool.services.tokens import token_issue

    _, key = token_issue(user=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def customers_csv(rows: int = 20, seed: int = 3, canary: bool = True) -> bytes:
    """A small Faker customer table; row 0 carries the canary name and e-mail."""
    import csv

    from faker import Faker

    fake = Faker(["en_GB", "de_DE"])
    fake.seed_instance(seed)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["name", "email", "city", "order_date", "amount"])
    for i in range(rows):
        name, email = (CANARY_NAME, CANARY_EMAIL) if canary and i == 0 else (fake.name(), fake.email())
        writer.writerow(
            [
                name,
                email,
                fake.city(),
                fake.date_between(start_date="-1y").isoformat(),
                fake.random_int(5, 500),
            ]
        )
    return buffer.getvalue().encode()


@pytest.fixture
def upload_payload(licence: Any) -> dict[str, Any]:
    return {
        "file": SimpleUploadedFile("customers.csv", customers_csv(), content_type="text/csv"),
        "title": "Customers",
        "licence": licence.spdx_id,
        "legal_basis": "consent",
        "purposes": ["model-training"],
        "valid_from": date(2025, 1, 1).isoformat(),
    }

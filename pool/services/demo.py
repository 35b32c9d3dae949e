"""Idempotent demo data: three organisations, four users, two corpora and Faker-made datasets."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from contracts.audit import audit_log
from contracts.models import LegalBasis, Licence, Purpose
from contracts.services.consent import consent_record_create
from pool.models import Corpus, Dataset, Membership, Organization

DEMO_PASSWORD = "shoal-demo"  # noqa: S105 - documented demo credential, seeded only by seed_demo

ORGANIZATIONS = [
    {
        "slug": "acme-legal",
        "name": "Acme Legal",
        "kind": "sme",
        "country": "IE",
        "email": "data@acme-legal.example",
    },
    {
        "slug": "agricoop",
        "name": "AgriCoop",
        "kind": "sme",
        "country": "FR",
        "email": "data@agricoop.example",
    },
    {
        "slug": "northwind-ml",
        "name": "Northwind ML",
        "kind": "lab",
        "country": "NL",
        "email": "ml@northwind.example",
    },
    {
        "slug": "shoal-compliance",
        "name": "Shoal Compliance",
        "kind": "other",
        "country": "BE",
        "email": "dpo@shoal.example",
    },
]
USERS = [
    ("alice", "Alice", "Moreau", "acme-legal", Membership.Role.CONTRIBUTOR),
    ("dave", "Dave", "Keller", "agricoop", Membership.Role.CONTRIBUTOR),
    ("bob", "Bob", "Jansen", "northwind-ml", Membership.Role.CONSUMER),
    ("carol", "Carol", "Dubois", "shoal-compliance", Membership.Role.COMPLIANCE),
]
CORPORA = [
    {
        "slug": "customers-eu",
        "name": "EU customers (tables)",
        "kind": Corpus.Kind.TABLE,
        "description": "Anonymised customer and order tables from European SMEs.",
        "domain": "retail",
        "purposes": ["model-training", "academic-research"],
    },
    {
        "slug": "support-tickets-en",
        "name": "Support tickets (English text)",
        "kind": Corpus.Kind.TEXT,
        "description": "Anonymised customer-support conversations in English.",
        "domain": "customer-support",
        "purposes": ["model-training", "model-evaluation"],
    },
]


def demo_customers_csv(rows: int = 60, seed: int = 7) -> bytes:
    """Return a Faker-generated customer table (synthetic; never real people)."""
    from faker import Faker

    fake = Faker(["en_GB", "fr_FR", "de_DE"])
    fake.seed_instance(seed)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["customer", "email", "phone", "city", "country", "order_date", "amount_eur"])
    for _ in range(rows):
        writer.writerow(
            [
                fake.name(),
                fake.email(),
                fake.phone_number(),
                fake.city(),
                fake.current_country_code(),
                fake.date_between(start_date="-2y").isoformat(),
                f"{fake.pyfloat(min_value=5, max_value=900, right_digits=2):.2f}",
            ]
        )
    return buffer.getvalue().encode()


def demo_tickets_jsonl(rows: int = 40, seed: int = 11) -> bytes:
    """Return Faker-generated support tickets as JSON Lines."""
    from faker import Faker

    fake = Faker("en_GB")
    fake.seed_instance(seed)
    lines = []
    for i in range(rows):
        text = (
            f"Hello, this is {fake.name()}. My order {fake.bothify('ORD-#####')} has not arrived; "
            f"please call me on {fake.phone_number()} or write to {fake.email()}."
        )
        lines.append(json.dumps({"ticket_id": i + 1, "channel": "email", "text": text}))
    return ("\n".join(lines) + "\n").encode()


COMPLIANCE_GROUP = "Compliance officers"
#: Beyond viewing everything: consent records (the withdraw action) and the vocabulary.
COMPLIANCE_CHANGES = [("contracts", "consentrecord"), ("contracts", "licence"), ("contracts", "purpose")]


def compliance_group() -> Any:
    """The admin group of compliance officers: view every pool and contracts model, change a few."""
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name=COMPLIANCE_GROUP)
    perms = Permission.objects.filter(
        content_type__app_label__in=["pool", "contracts"], codename__startswith="view_"
    )
    changes = Permission.objects.none()
    for app_label, model in COMPLIANCE_CHANGES:
        changes |= Permission.objects.filter(content_type__app_label=app_label, codename=f"change_{model}")
    group.permissions.set(list(perms) + list(changes))
    return group


@transaction.atomic
def seed_demo(*, with_datasets: bool = True) -> dict[str, Any]:
    """Create the demo world; running it twice creates nothing new."""
    created: dict[str, int] = {"organizations": 0, "users": 0, "corpora": 0, "datasets": 0}
    orgs: dict[str, Organization] = {}
    for spec in ORGANIZATIONS:
        org, was_created = Organization.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "kind": spec["kind"],
                "country": spec["country"],
                "contact_email": spec["email"],
            },
        )
        orgs[spec["slug"]] = org
        if was_created:
            created["organizations"] += 1
            audit_log(actor=None, verb="organization.created", obj=org, payload={"seed": True})
    user_model = get_user_model()
    users = {}
    for username, first, last, org_slug, role in USERS:
        user, was_created = user_model.objects.get_or_create(
            username=username,
            defaults={"first_name": first, "last_name": last, "email": f"{username}@example.org"},
        )
        if was_created:
            user.set_password(DEMO_PASSWORD)
            user.is_staff = role == Membership.Role.COMPLIANCE
            user.save()
            if user.is_staff:
                user.groups.add(compliance_group())
            created["users"] += 1
            audit_log(actor=None, verb="user.created", obj=user, payload={"seed": True, "role": role})
        Membership.objects.get_or_create(user=user, organization=orgs[org_slug], role=role)
        users[username] = user
    for spec in CORPORA:
        corpus, was_created = Corpus.objects.get_or_create(
            slug=spec["slug"],
            defaults={k: spec[k] for k in ("name", "kind", "description", "domain")},
        )
        if was_created:
            corpus.purposes.set(Purpose.objects.filter(code__in=spec["purposes"]))
            created["corpora"] += 1
            audit_log(actor=None, verb="corpus.created", obj=corpus, payload={"seed": True})
    if with_datasets:
        created["datasets"] = _seed_datasets(orgs, users)
    return created


def _seed_datasets(orgs: dict[str, Organization], users: dict[str, Any]) -> int:
    from pool.services.datasets import dataset_upload

    specs = [
        ("acme-legal", "alice", "Acme customers 2025", "customers.csv", demo_customers_csv(), "customers-eu"),
        ("agricoop", "dave", "AgriCoop members", "members.csv", demo_customers_csv(seed=8), "customers-eu"),
        (
            "acme-legal",
            "alice",
            "Acme support tickets",
            "tickets.jsonl",
            demo_tickets_jsonl(),
            "support-tickets-en",
        ),
    ]
    made = 0
    licence = Licence.objects.get(spdx_id="CDLA-Permissive-2.0")
    for org_slug, username, title, filename, content, corpus_slug in specs:
        org = orgs[org_slug]
        if Dataset.objects.filter(organization=org, title=title).exists():
            continue
        consent = consent_record_create(
            actor=users[username],
            controller_name=org.name,
            controller_contact=org.contact_email,
            legal_basis=LegalBasis.CONSENT,
            purposes=Purpose.objects.filter(
                code__in=["model-training", "academic-research", "model-evaluation"]
            ),
            valid_from=date(2025, 1, 1),
            data_subject_categories=["customers"],
            personal_data_categories=["contact", "identity"],
            collection_method="web form",
        )
        dataset_upload(
            organization=org,
            uploaded_by=users[username],
            file=SimpleUploadedFile(filename, content),
            title=title,
            licence=licence,
            consent_record=consent,
            description="Synthetic demo data generated with Faker.",
            target_corpora=Corpus.objects.filter(slug=corpus_slug),
        )
        made += 1
    return made

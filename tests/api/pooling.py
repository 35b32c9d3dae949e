"""Helpers for pooling tests: corpora, ready contributions with real artifacts, grants, isolated media.

Shared by ``tests/pool/test_{corpora,access,downloads,withdrawal}.py`` and ``tests/api``. Data come from
seeded Faker or from small literal tables whose quasi-identifier classes the tests reason about.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from django.utils import timezone

from contracts.models import Licence, Purpose
from contracts.services.consent import consent_record_create
from pool.models import AccessGrant, AccessRequest, Corpus, Dataset, Membership, Organization
from pool.storage import sha256_of, store_file

#: The quasi-identifiers of `safe_table`, as a plan names them.
QIS = {"age": "number", "postcode": "postcode"}


@pytest.fixture
def isolated_media(settings: Any, tmp_path: Path) -> Path:
    """Point default storage at a per-test directory (version paths are deterministic and shared)."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = str(root)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(root), "base_url": None},
        },
    }
    return root


@pytest.fixture
def eager_tasks() -> Iterator[None]:
    """Run Celery tasks inline (queued on commit by the services)."""
    from config.celery import app

    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    try:
        yield
    finally:
        app.conf.task_always_eager = previous


def make_officer(username: str = "olga_t") -> Any:
    """A compliance officer of the pool operator's organisation."""
    from django.contrib.auth import get_user_model

    operator, _ = Organization.objects.get_or_create(
        slug="operator",
        defaults={"name": "Operator", "country": "BE", "contact_email": "ops@operator.example"},
    )
    user = get_user_model().objects.create_user(username, password="pw-olga-123")
    Membership.objects.create(user=user, organization=operator, role=Membership.Role.COMPLIANCE)
    return user


def make_corpus(
    slug: str = "health",
    *,
    kind: str = Corpus.Kind.TABLE,
    purposes: Sequence[str] = ("model-training",),
    k_threshold: int = 5,
    **fields: Any,
) -> Corpus:
    corpus = Corpus.objects.create(slug=slug, name=slug.title(), kind=kind, k_threshold=k_threshold, **fields)
    corpus.purposes.set(Purpose.objects.filter(code__in=purposes))
    return corpus


def ready_dataset(
    *,
    organization: Organization,
    user: Any,
    corpora: Sequence[Corpus],
    frame: pd.DataFrame | None = None,
    texts: Sequence[str] | None = None,
    quasi_identifiers: dict[str, str] | None = None,
    reported_k: int | None = None,
    licence: str = "CDLA-Permissive-2.0",
    purposes: Sequence[str] = ("model-training",),
    artifact_format: str = "parquet",
    title: str = "Contribution",
    risk_report: dict[str, Any] | None = None,
    valid_until: date | None = None,
) -> Dataset:
    """A dataset in state ``ready`` with a real artifact in storage (what the lead's pipeline leaves)."""
    consent = consent_record_create(
        actor=user,
        controller_name=organization.name,
        legal_basis="consent",
        purposes=Purpose.objects.filter(code__in=purposes),
        valid_from=date(2025, 1, 1),
        valid_until=valid_until,
    )
    dataset = Dataset.objects.create(
        organization=organization,
        uploaded_by=user,
        title=title,
        format=Dataset.Format.JSONL if artifact_format == "jsonl" else Dataset.Format.PARQUET,
        licence=Licence.objects.get(spdx_id=licence),
        consent_record=consent,
        original_filename=f"upload.{artifact_format}",
        status=Dataset.Status.ANONYMIZING,
        plan={"risk": {"quasi_identifiers": quasi_identifiers or {}}},
        risk_report=risk_report if risk_report is not None else ({"k": reported_k} if reported_k else {}),
    )
    dataset.target_corpora.set(corpora)
    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / f"data.{artifact_format}"
        if artifact_format == "jsonl":
            with local.open("w", encoding="utf-8") as fh:
                for text in texts or []:
                    fh.write(json.dumps({"text": text}) + "\n")
            rows = len(texts or [])
        elif texts is not None:
            pd.DataFrame({"id": range(len(texts)), "body": list(texts)}).to_parquet(local, index=False)
            rows = len(texts)
        else:
            assert frame is not None
            frame.to_parquet(local, index=False)
            rows = len(frame)
        stored = store_file(local, f"artifacts/{dataset.pk}/data.{artifact_format}")
        Dataset.objects.filter(pk=dataset.pk).update(
            status=Dataset.Status.READY,
            artifact=stored,
            artifact_sha256=sha256_of(local),
            artifact_size=local.stat().st_size,
            artifact_rows=rows,
            ready_at=timezone.now(),
        )
    dataset.refresh_from_db()
    return dataset


def grant_for(
    corpus: Corpus, organization: Organization, user: Any, *, purpose: str = "model-training", days: int = 30
) -> AccessGrant:
    """An approved request and its grant, written directly (the access service is tested on its own)."""
    now = timezone.now()
    request = AccessRequest.objects.create(
        corpus=corpus,
        organization=organization,
        requested_by=user,
        purpose=Purpose.objects.get(code=purpose),
        terms_accepted_at=now,
        status=AccessRequest.Status.APPROVED,
        decided_at=now,
    )
    return AccessGrant.objects.create(
        request=request,
        corpus=corpus,
        organization=organization,
        purpose=request.purpose,
        granted_at=now,
        expires_at=now + timedelta(days=days),
    )


def safe_table(seed: int, rows_per_class: int = 5) -> pd.DataFrame:
    """Rows in classes of ``rows_per_class`` over (age, postcode); Faker fills the utility columns."""
    from faker import Faker

    fake = Faker("de_DE")
    fake.seed_instance(seed)
    records = []
    for age in (34, 47):
        for postcode in ("10115", "10117"):
            for _ in range(rows_per_class):
                records.append(
                    {"age": age, "postcode": postcode, "amount": fake.random_int(5, 500), "city": "Berlin"}
                )
    return pd.DataFrame(records)


def safe_contribution(
    world: dict[str, Any], corpora: Sequence[Corpus], *, org: str, seed: int, **fields: Any
) -> Dataset:
    """A ready contribution of ``org`` (acme by alice, other by charlie) holding a k = 5 table."""
    users = {"acme": "alice", "other": "charlie"}
    return ready_dataset(
        organization=world[org],
        user=world[users[org]],
        corpora=corpora,
        frame=safe_table(seed),
        quasi_identifiers=QIS,
        reported_k=5,
        **fields,
    )

"""Records of processing activities (GDPR Art. 30): one activity per corpus, built from live data.

Each corpus is a processing activity: its purposes, the legal bases and categories declared by the
consent records of the datasets it holds or is about to hold, who receives it (organisations with a
live grant), how long data is kept, and the safeguards applied.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from contracts.models import LegalBasis, SpecialCategoryBasis
from pool.models import AccessGrant, Corpus, Dataset

# EU member states plus Iceland, Liechtenstein and Norway: recipients elsewhere mean a transfer (Art. 44).
EEA = frozenset(
    {
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    }
)

CSV_COLUMNS = [
    "activity",
    "name",
    "description",
    "controllers",
    "purposes",
    "legal_bases",
    "data_subject_categories",
    "personal_data_categories",
    "special_categories",
    "recipients",
    "third_country_transfers",
    "retention",
    "safeguards",
    "datasets",
]


def _sorted(values: set[str]) -> list[str]:
    return sorted(v for v in values if v)


def processing_records(*, now: datetime | None = None) -> list[dict[str, Any]]:
    """Return one Art. 30(1) record per corpus, ordered by slug."""
    now = now or timezone.now()
    basis_labels = dict(LegalBasis.choices)
    special_labels = dict(SpecialCategoryBasis.choices)
    records: list[dict[str, Any]] = []
    for corpus in Corpus.objects.prefetch_related("purposes").order_by("slug"):
        datasets = (
            Dataset.objects.filter(Q(corpus_versions__corpus=corpus) | Q(target_corpora=corpus))
            .exclude(status=Dataset.Status.WITHDRAWN)
            .select_related("consent_record", "organization")
            .distinct()
        )
        controllers: set[str] = set()
        bases: set[str] = set()
        subjects: set[str] = set()
        categories: set[str] = set()
        special: set[str] = set()
        for dataset in datasets:
            consent = dataset.consent_record
            controllers.add(consent.controller_name)
            bases.add(basis_labels.get(consent.legal_basis, consent.legal_basis))
            subjects.update(consent.data_subject_categories)
            categories.update(consent.personal_data_categories)
            if consent.special_categories:
                bases.add(special_labels.get(consent.special_category_basis, consent.special_category_basis))
                special.update(consent.special_category_types or ["unspecified special category"])
        grants = (
            AccessGrant.objects.filter(corpus=corpus, revoked_at__isnull=True, expires_at__gt=now)
            .select_related("organization", "purpose")
            .order_by("organization__name")
        )
        recipients = [
            f"{g.organization.name} ({g.organization.country}) for {g.purpose.code}" for g in grants
        ]
        transfers = _sorted(
            {g.organization.country for g in grants if g.organization.country.upper() not in EEA}
        )
        records.append(
            {
                "activity": f"corpus:{corpus.slug}",
                "name": corpus.name,
                "description": corpus.description,
                "controllers": _sorted(controllers),
                "purposes": [
                    {"code": p.code, "name": p.name, "dpv": p.dpv_iri} for p in corpus.purposes.all()
                ],
                "legal_bases": _sorted(bases),
                "data_subject_categories": _sorted(subjects),
                "personal_data_categories": _sorted(categories),
                "special_categories": _sorted(special),
                "recipients": recipients,
                "third_country_transfers": transfers,
                "retention": {
                    "raw_upload_days": settings.RAW_RETENTION_DAYS,
                    "access_grant_days": corpus.grant_days,
                    "summary": (
                        f"raw uploads deleted within {settings.RAW_RETENTION_DAYS} days; anonymised data kept "
                        f"while consent is in force; access grants expire after {corpus.grant_days} days"
                    ),
                },
                "safeguards": [
                    "anonymisation before pooling (direct identifiers removed or pseudonymised)",
                    f"re-identification risk threshold k >= {corpus.k_threshold}",
                    "access only through approved, expiring grants checked on every download",
                    "consent withdrawal removes the data from every corpus version",
                    "hash-chained audit log anchored outside the database",
                ],
                "datasets": datasets.count(),
            }
        )
    return records


def processing_records_csv(records: list[dict[str, Any]]) -> str:
    """Flatten records to CSV (lists joined with "; ")."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for record in records:
        row: dict[str, Any] = {}
        for column in CSV_COLUMNS:
            value = record[column]
            if column == "purposes":
                value = "; ".join(p["code"] for p in value)
            elif column == "retention":
                value = value["summary"]
            elif column == "safeguards" or isinstance(value, list):
                value = "; ".join(value)
            row[column] = value
        writer.writerow(row)
    return out.getvalue()

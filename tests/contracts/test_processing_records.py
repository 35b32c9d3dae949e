"""``export_processing_records``: each corpus as an Art. 30 processing activity, in JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from contracts.models import LegalBasis, Licence, Purpose
from contracts.services.consent import consent_record_create


@pytest.fixture
def activity(world: dict[str, Any], settings: Any, tmp_path: Path) -> dict[str, Any]:
    from pool.models import AccessGrant, AccessRequest, Corpus, Dataset, Organization

    settings.AUDIT_ANCHOR = tmp_path / "anchor.log"
    settings.RAW_RETENTION_DAYS = 21
    corpus = Corpus.objects.create(
        slug="clinic-notes", name="Clinic notes", kind="text", k_threshold=7, grant_days=90
    )
    corpus.purposes.set(Purpose.objects.filter(code__in=["academic-research"]))
    consent = consent_record_create(
        actor=world["alice"],
        controller_name="Acme",
        legal_basis=LegalBasis.CONSENT,
        purposes=Purpose.objects.filter(code="academic-research"),
        valid_from=date(2026, 1, 1),
        data_subject_categories=["patients"],
        personal_data_categories=["contact", "health notes"],
        special_categories=True,
        special_category_basis="research",
        special_category_types=["health"],
    )
    dataset = Dataset.objects.create(
        organization=world["acme"],
        title="Notes",
        format="txt",
        licence=Licence.objects.get(spdx_id="CC-BY-4.0"),
        consent_record=consent,
        original_filename="notes.txt",
    )
    dataset.target_corpora.add(corpus)
    faraway = Organization.objects.create(
        name="Far Lab", slug="far", country="US", contact_email="f@far.example"
    )
    for org, days, revoked in [(world["lab"], 30, None), (faraway, 30, None), (world["other"], -1, None)]:
        request = AccessRequest.objects.create(
            corpus=corpus,
            organization=org,
            purpose=Purpose.objects.get(code="academic-research"),
            terms_accepted_at=timezone.now(),
            status="approved",
        )
        AccessGrant.objects.create(
            request=request,
            corpus=corpus,
            organization=org,
            purpose=request.purpose,
            granted_at=timezone.now() - timedelta(days=60),
            expires_at=timezone.now() + timedelta(days=days),
            revoked_at=revoked,
        )
    return {"corpus": corpus}


def test_it_exports_each_corpus_as_a_processing_activity_in_json(
    activity: dict[str, Any], capsys: Any
) -> None:
    call_command("export_processing_records", "--format", "json")
    [record] = json.loads(capsys.readouterr().out)
    assert record["activity"] == "corpus:clinic-notes"
    assert [p["code"] for p in record["purposes"]] == ["academic-research"]
    assert record["legal_bases"] == [
        "Archiving, research or statistics (Art. 9(2)(j))",
        "Consent (Art. 6(1)(a))",
    ]
    assert record["data_subject_categories"] == ["patients"]
    assert record["personal_data_categories"] == ["contact", "health notes"]
    assert record["special_categories"] == ["health"]
    assert record["controllers"] == ["Acme"]
    assert record["recipients"] == ["Far Lab (US) for academic-research", "Lab (NL) for academic-research"]
    assert record["third_country_transfers"] == ["US"]
    assert record["retention"]["raw_upload_days"] == 21
    assert record["retention"]["access_grant_days"] == 90
    assert "re-identification risk threshold k >= 7" in record["safeguards"]
    assert record["datasets"] == 1


def test_it_exports_the_same_records_as_csv(activity: dict[str, Any], capsys: Any) -> None:
    call_command("export_processing_records", "--format", "csv")
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["activity"] == "corpus:clinic-notes"
    assert row["purposes"] == "academic-research"
    assert row["recipients"] == "Far Lab (US) for academic-research; Lab (NL) for academic-research"
    assert row["legal_bases"].endswith("Consent (Art. 6(1)(a))")
    assert "21 days" in row["retention"] and "90 days" in row["retention"]
    assert "k >= 7" in row["safeguards"]
    assert row["datasets"] == "1"

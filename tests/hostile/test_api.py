"""A representative subset of the hostile files through the user's path: ``POST /api/v1/datasets/``
with a token, the stages run in-process (Celery eager, queued on commit as in production), then the
approval for what reaches review. Each upload is a 4xx JSON error, or a dataset that ends ``failed``
with a readable reason (never "failed unexpectedly"), ``awaiting_review`` or ``ready``; never a 5xx."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.api.pooling import eager_tasks, isolated_media
from tests.conftest import api_client_for
from tests.hostile.conftest import assert_readable_reason
from tests.hostile.generators import CANARY, CANARY_EMAIL, Case, all_cases, good_csv
from tests.hostile.test_engine import KNOWN_BUGS as ENGINE_BUGS

__all__ = ["eager_tasks", "isolated_media"]  # fixtures
pytestmark = [pytest.mark.slow, pytest.mark.django_db]

#: Every file-name case, and a few of each format's worst.
SUBSET = {
    "csv-ragged-short", "csv-nul-in-head", "csv-bom-utf16le", "csv-cols-10k", "csv-line-5mb-unquoted",
    "csv-utf16le-no-bom", "csv-formula-0", "csv-delim-random-per-row", "csv-empty", "csv-rows-over-limit",
    "csv-mixed-utf8-latin1-lines", "csv-unterminated-quote-middle",
    "jsonl-truncated-last-line", "jsonl-nest-arrays-5000", "jsonl-huge-int-5000-digits",
    "jsonl-nan-infinity", "jsonl-lone-high-surrogate", "jsonl-non-object-0", "jsonl-string-1mb",
    "jsonl-duplicate-keys",
    "txt-binary-garbage", "txt-rtl-override", "txt-zalgo", "txt-utf16-no-bom", "txt-empty",
    "parquet-truncated-half", "parquet-footer-length-huge", "parquet-declared-rows-1e12",
    "parquet-nested-struct-list-map", "parquet-zero-columns", "parquet-zero-rows",
    "xlsx-not-a-zip-text", "xlsx-missing-workbook", "xlsx-sparse-xfd1048576", "xlsx-zip-bomb-ratio",
    "xlsx-xxe-sheet", "xlsx-billion-laughs-shared-strings", "xlsx-external-link",
    "xlsx-shared-string-index-out-of-range",
}  # fmt: skip

UNEXPECTED = "Processing failed unexpectedly"

#: Hostile uploads that reveal a bug: strict, so a fix makes them fail until removed from here.
KNOWN_BUGS: dict[str, str] = {
    case: f"fails as '{UNEXPECTED} (…)' instead of with a reason: {reason}"
    for case, reason in ENGINE_BUGS.items()
    if case in SUBSET
}


def api_cases() -> list[Case]:
    return [case for case in all_cases() if case.category == "names" or case.id in SUBSET]


def _params() -> list[Any]:
    return [
        pytest.param(case, id=case.id, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[case.id]))
        if case.id in KNOWN_BUGS
        else pytest.param(case, id=case.id)
        for case in api_cases()
    ]


def _payload(licence: Any, name: str, content: bytes) -> dict[str, Any]:
    return {
        "file": SimpleUploadedFile(name, content, content_type="application/octet-stream"),
        "title": "Hostile",
        "licence": licence.spdx_id,
        "legal_basis": "consent",
        "purposes": ["model-training"],
        "valid_from": date(2025, 1, 1).isoformat(),
    }


def upload_and_process(client: Any, licence: Any, case: Case, capture: Any) -> dict[str, Any]:
    """Upload ``case`` and run its stages; return what the user ends up seeing (asserting as it goes)."""
    with capture(execute=True):
        response = client.post(
            "/api/v1/datasets/", _payload(licence, case.name, case.build()), format="multipart"
        )
    assert response.status_code < 500, response.content[:500]
    body = response.json()
    if response.status_code != 201:
        assert 400 <= response.status_code < 500, response.status_code
        text = str(body)
        assert body and CANARY not in text and CANARY_EMAIL not in text, text[:300]
        return {"status": response.status_code, "body": body}
    dataset = client.get(f"/api/v1/datasets/{body['id']}/").json()
    if dataset["status"] == "awaiting_review":
        with capture(execute=True):
            approved = client.post(f"/api/v1/datasets/{body['id']}/approve/", {}, format="json")
        assert approved.status_code < 500, approved.content[:500]
        dataset = client.get(f"/api/v1/datasets/{body['id']}/").json()
    assert dataset["status"] in {"failed", "awaiting_review", "ready"}, dataset["status"]
    if dataset["status"] == "failed":
        assert_readable_reason(dataset["error_message"])
        assert not dataset["error_message"].startswith(UNEXPECTED), dataset["error_message"]
    return dataset


@pytest.mark.parametrize("case", _params())
def test_a_hostile_upload_is_refused_or_fails_with_a_reason(
    case: Case,
    world: dict[str, Any],
    licence: Any,
    eager_tasks: None,
    isolated_media: Path,
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    for name, value in case.env.items():
        monkeypatch.setenv(name, value)
    seen = upload_and_process(
        api_client_for(world["alice"]), licence, case, django_capture_on_commit_callbacks
    )
    if case.reject and "status" in seen and isinstance(seen["status"], str):
        assert seen["status"] == "failed", seen["status"]


def test_after_every_hostile_upload_a_normal_one_still_reaches_review(
    world: dict[str, Any],
    licence: Any,
    eager_tasks: None,
    isolated_media: Path,
    django_capture_on_commit_callbacks: Any,
) -> None:
    client = api_client_for(world["alice"])
    statuses = []
    for case in api_cases():
        if case.env or case.id in KNOWN_BUGS:
            continue
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/api/v1/datasets/", _payload(licence, case.name, case.build()), format="multipart"
            )
        statuses.append(response.status_code)
    assert statuses and max(statuses) < 500

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v1/datasets/", _payload(licence, "normal.csv", good_csv()), format="multipart"
        )
    assert response.status_code == 201, response.content[:500]
    dataset = client.get(f"/api/v1/datasets/{response.json()['id']}/").json()
    assert dataset["status"] == "awaiting_review", dataset["error_message"]

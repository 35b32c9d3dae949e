"""The upload → worker → artifact path over the real broker and database."""

from __future__ import annotations

import time
from typing import Any

import pyarrow.parquet as pq
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from contracts.models import AuditEvent
from pool.models import Dataset
from pool.services.datasets import dataset_approve
from tests.conftest import CANARY_NAME, api_client_for, customers_csv

pytestmark = pytest.mark.e2e


def wait_for(dataset_id: int, statuses: set[str], timeout: float = 120) -> Dataset:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        dataset = Dataset.objects.get(pk=dataset_id)
        if dataset.status in statuses:
            return dataset
        time.sleep(0.25)
    raise AssertionError(f"dataset {dataset_id} still {dataset.status} after {timeout}s")


def test_a_real_worker_turns_an_api_upload_into_an_artifact(
    celery_worker: Any, world: dict[str, Any], upload_payload: dict[str, Any]
) -> None:
    client = api_client_for(world["alice"])
    response = client.post("/api/v1/datasets/", upload_payload, format="multipart")
    assert response.status_code == 201, response.content
    dataset = wait_for(response.json()["id"], {"awaiting_review", "failed"})
    assert dataset.status == "awaiting_review", dataset.error_message
    dataset_approve(dataset=dataset, user=world["alice"])
    dataset = wait_for(dataset.pk, {"ready", "failed"})
    assert dataset.status == "ready", dataset.error_message
    assert dataset.artifact_rows == 20
    with dataset.artifact.open("rb") as fh:
        table = pq.read_table(fh)
    assert CANARY_NAME not in str(table.to_pylist())
    broker = settings.CELERY_BROKER_URL.split(":", 1)[0]
    assert broker == ("redis" if settings.REDIS_URL else "filesystem")


def test_a_real_worker_anonymises_a_large_table_in_parts(
    celery_worker: Any, world: dict[str, Any], upload_payload: dict[str, Any], settings: Any
) -> None:
    """The part tasks, the merge and the pooling go through the real broker, one after another."""
    settings.SHOAL_SPLIT_MIN_BYTES = 0
    settings.SHOAL_PART_ROWS = 25
    upload_payload["file"] = SimpleUploadedFile(
        "customers.csv", customers_csv(rows=110), content_type="text/csv"
    )
    client = api_client_for(world["alice"])
    response = client.post("/api/v1/datasets/", upload_payload, format="multipart")
    assert response.status_code == 201, response.content
    dataset = wait_for(response.json()["id"], {"awaiting_review", "failed"})
    dataset_approve(dataset=dataset, user=world["alice"])
    dataset = wait_for(dataset.pk, {"ready", "failed"})

    assert dataset.status == "ready", dataset.error_message
    assert dataset.artifact_rows == 110 and not dataset.parts.exists()
    assert AuditEvent.objects.filter(
        verb="dataset.split", object_id=str(dataset.pk), payload__parts=5
    ).exists()
    with dataset.artifact.open("rb") as fh:
        table = pq.read_table(fh)
    assert table.num_rows == 110 and CANARY_NAME not in str(table.to_pylist())

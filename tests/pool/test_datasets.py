"""Upload → process → artifact, through the service and the REST API."""

from __future__ import annotations

from datetime import date
from typing import Any

import pyarrow.parquet as pq
import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

import anonymize.pipeline
from common.errors import ApplicationError
from contracts.models import AuditEvent, Purpose
from contracts.services.consent import consent_record_create
from pool.models import Dataset
from pool.services.datasets import (
    dataset_anonymize,
    dataset_anonymize_part,
    dataset_approve,
    dataset_scan,
    dataset_upload,
)
from pool.services.withdrawal import dataset_withdraw
from tests.api.pooling import eager_tasks
from tests.conftest import CANARY_EMAIL, CANARY_NAME, api_client_for, customers_csv

__all__ = ["eager_tasks"]  # a fixture

pytestmark = pytest.mark.django_db


def upload(
    user: Any, org: Any, licence: Any, content: bytes | None = None, name: str = "customers.csv"
) -> Dataset:
    consent = consent_record_create(
        actor=user,
        controller_name=org.name,
        legal_basis="consent",
        purposes=Purpose.objects.filter(code="model-training"),
        valid_from=date(2025, 1, 1),
    )
    return dataset_upload(
        organization=org,
        uploaded_by=user,
        file=SimpleUploadedFile(name, customers_csv() if content is None else content),
        title="Customers",
        licence=licence,
        consent_record=consent,
    )


def process(dataset: Dataset, user: Any, plan: dict[str, Any] | None = None) -> Dataset:
    """Scan, approve (the proposed or an edited plan) and anonymise, as the worker would."""
    dataset_scan(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.AWAITING_REVIEW, dataset.error_message
    dataset_approve(dataset=dataset, user=user, plan=plan)
    dataset_anonymize(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    return dataset


def test_the_scan_proposes_a_plan_and_a_preview_without_raw_values(
    world: dict[str, Any], licence: Any
) -> None:
    dataset = upload(world["alice"], world["acme"], licence)
    dataset_scan(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.AWAITING_REVIEW
    kinds = {c["name"]: c["kind"] for c in dataset.plan["columns"]}
    assert kinds["name"] == "direct_identifier"
    assert kinds["email"] == "direct_identifier"
    assert kinds["amount"] == "not_personal"
    assert dataset.preview["columns"] == ["name", "email", "city", "order_date", "amount"]
    stored = str([dataset.plan, dataset.preview, dataset.pii_report, dataset.risk_report])
    assert CANARY_NAME not in stored
    assert CANARY_EMAIL not in stored


def test_approving_twice_is_refused(world: dict[str, Any], licence: Any) -> None:
    dataset = upload(world["alice"], world["acme"], licence)
    dataset_scan(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    dataset_approve(dataset=dataset, user=world["alice"])
    with pytest.raises(ApplicationError, match="Only a dataset awaiting review"):
        dataset_approve(dataset=dataset, user=world["alice"])


def test_an_edited_plan_is_applied(world: dict[str, Any], licence: Any) -> None:
    dataset = upload(world["alice"], world["acme"], licence)
    dataset_scan(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    plan = dataset.plan
    for column in plan["columns"]:
        if column["name"] == "amount":
            column["operator"] = {"name": "drop", "params": {}}
    dataset_approve(dataset=dataset, user=world["alice"], plan=plan)
    dataset_anonymize(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.READY, dataset.error_message
    table = pq.read_table(dataset.artifact.path)
    assert set(table.column("amount").to_pylist()) <= {None, ""}
    assert table.num_rows == 20


def test_a_plan_naming_unknown_columns_is_refused(world: dict[str, Any], licence: Any) -> None:
    dataset = upload(world["alice"], world["acme"], licence)
    dataset_scan(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    plan = dataset.plan
    plan["columns"].append({"name": "ghost", "kind": "not_personal", "operator": "keep"})
    with pytest.raises(ApplicationError, match="columns the dataset does not have"):
        dataset_approve(dataset=dataset, user=world["alice"], plan=plan)


def test_processing_writes_a_parquet_artifact_and_deletes_the_raw_file(
    world: dict[str, Any], licence: Any
) -> None:
    dataset = upload(world["alice"], world["acme"], licence)
    raw_name = dataset.raw_file.name
    storage = dataset.raw_file.storage
    assert storage.exists(raw_name)
    dataset = process(dataset, world["alice"])
    assert dataset.status == Dataset.Status.READY, dataset.error_message
    assert dataset.artifact_rows == 20
    assert len(dataset.artifact_sha256) == 64
    assert not storage.exists(raw_name)
    table = pq.read_table(dataset.artifact.path)
    assert table.column_names == ["name", "email", "city", "order_date", "amount"]
    dumped = str(table.to_pylist())
    assert CANARY_NAME not in dumped
    assert CANARY_EMAIL not in dumped


def test_processing_twice_does_nothing_the_second_time(world: dict[str, Any], licence: Any) -> None:
    dataset = process(upload(world["alice"], world["acme"], licence), world["alice"])
    sha = dataset.artifact_sha256
    dataset_scan(dataset_id=dataset.pk)
    dataset_anonymize(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.READY
    assert dataset.artifact_sha256 == sha


def test_a_ragged_csv_fails_with_a_readable_reason_and_no_cell_values(
    world: dict[str, Any], licence: Any
) -> None:
    content = f"name,email\n{CANARY_NAME},{CANARY_EMAIL},extra,cells\n".encode()
    dataset = upload(world["alice"], world["acme"], licence, content=content)
    dataset_scan(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.FAILED
    assert dataset.error_message
    assert CANARY_NAME not in dataset.error_message
    assert CANARY_EMAIL not in dataset.error_message


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("data.exe", b"MZ", "Unsupported file type .exe"),
        ("empty.csv", b"", "empty"),
    ],
)
def test_bad_uploads_are_refused_with_a_clear_message(
    world: dict[str, Any], licence: Any, name: str, content: bytes, message: str
) -> None:
    with pytest.raises(ApplicationError, match=message):
        upload(world["alice"], world["acme"], licence, content=content, name=name)


def test_the_api_uploads_and_shows_progress(world: dict[str, Any], upload_payload: dict[str, Any]) -> None:
    client = api_client_for(world["alice"])
    response = client.post("/api/v1/datasets/", upload_payload, format="multipart")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["status"] == "uploaded"
    assert body["organization"] == "acme"
    detail = client.get(f"/api/v1/datasets/{body['id']}/").json()
    assert detail["progress"] == 0
    assert "raw_file" not in detail


def test_the_api_hides_other_tenants_datasets(world: dict[str, Any], upload_payload: dict[str, Any]) -> None:
    created = (
        api_client_for(world["alice"]).post("/api/v1/datasets/", upload_payload, format="multipart").json()
    )
    charlie = api_client_for(world["charlie"])
    assert charlie.get(f"/api/v1/datasets/{created['id']}/").status_code == 404
    assert charlie.get("/api/v1/datasets/").json()["count"] == 0


def test_a_consumer_cannot_upload(world: dict[str, Any], upload_payload: dict[str, Any]) -> None:
    response = api_client_for(world["consumer"]).post("/api/v1/datasets/", upload_payload, format="multipart")
    assert response.status_code == 400
    assert response.json()["message"] == "You are not a contributor of that organisation."


def test_a_withdrawal_during_anonymisation_wins(
    world: dict[str, Any], licence: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import anonymize.pipeline
    from pool.services.withdrawal import dataset_withdraw

    dataset = upload(world["alice"], world["acme"], licence)
    dataset_scan(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    dataset_approve(dataset=dataset, user=world["alice"])
    real_run = anonymize.pipeline.run

    def run_then_withdraw(*args: Any, **kwargs: Any) -> Any:
        report = real_run(*args, **kwargs)
        dataset_withdraw(
            dataset=Dataset.objects.get(pk=dataset.pk), user=world["alice"], reason="erasure request"
        )
        return report

    monkeypatch.setattr(anonymize.pipeline, "run", run_then_withdraw)
    dataset_anonymize(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.WITHDRAWN
    assert not dataset.artifact_sha256
    from django.core.files.storage import default_storage

    assert not default_storage.exists(f"artifacts/{dataset.pk}/data.parquet")


# --- large tables: one task per part -------------------------------------------------------------


@pytest.fixture
def split_small(settings: Any) -> Any:
    """Split every table into parts of 40 records (a large file's behaviour on a small one)."""
    settings.SHOAL_SPLIT_MIN_BYTES = 0
    settings.SHOAL_PART_ROWS = 40
    return settings


def test_a_large_table_is_anonymised_in_parts_like_in_one_run(
    world: dict[str, Any],
    licence: Any,
    settings: Any,
    eager_tasks: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    content = customers_csv(rows=130)
    whole = process(upload(world["alice"], world["acme"], licence, content), world["alice"])
    settings.SHOAL_SPLIT_MIN_BYTES = 0
    settings.SHOAL_PART_ROWS = 40
    with django_capture_on_commit_callbacks(execute=True):
        split = process(upload(world["alice"], world["acme"], licence, content), world["alice"])
    split.refresh_from_db()  # the part tasks ran when the transaction's callbacks did

    assert split.status == Dataset.Status.READY, split.error_message
    assert split.artifact_rows == whole.artifact_rows == 130
    assert pq.read_table(split.artifact.path).equals(pq.read_table(whole.artifact.path))
    assert split.plan["risk"] == whole.plan["risk"] and split.risk_report == whole.risk_report
    assert split.pii_report["entity_counts"] == whole.pii_report["entity_counts"]
    assert split.pii_report["selfcheck"]["passed"]
    assert not split.raw_file and not split.parts.exists()  # parts merged, then discarded
    assert (
        not default_storage.exists(f"work/{split.pk}") or not default_storage.listdir(f"work/{split.pk}")[1]
    )
    verbs = list(split_audit_verbs(split))
    assert verbs.index("dataset.split") < verbs.index("dataset.ready")
    dumped = str(pq.read_table(split.artifact.path).to_pylist())
    assert CANARY_NAME not in dumped and CANARY_EMAIL not in dumped


def split_audit_verbs(dataset: Dataset) -> list[str]:
    return list(
        AuditEvent.objects.filter(object_type="pool.dataset", object_id=str(dataset.pk))
        .order_by("seq")
        .values_list("verb", flat=True)
    )


def test_a_failing_part_fails_the_dataset_and_discards_the_other_parts(
    world: dict[str, Any],
    licence: Any,
    split_small: Any,
    monkeypatch: pytest.MonkeyPatch,
    eager_tasks: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    real_run = anonymize.pipeline.run

    def third_part_breaks(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("rows", (0, 0))[0] == 80:
            raise anonymize.pipeline.InputError("a row is larger than 1 MiB")
        return real_run(*args, **kwargs)

    monkeypatch.setattr(anonymize.pipeline, "run", third_part_breaks)
    with django_capture_on_commit_callbacks(execute=True):
        dataset = process(
            upload(world["alice"], world["acme"], licence, customers_csv(rows=130)), world["alice"]
        )
    dataset.refresh_from_db()

    assert dataset.status == Dataset.Status.FAILED
    assert dataset.error_message == "a row is larger than 1 MiB"
    assert not dataset.parts.exists()
    assert (
        not default_storage.exists(f"work/{dataset.pk}")
        or not default_storage.listdir(f"work/{dataset.pk}")[1]
    )


def test_a_withdrawal_while_parts_run_discards_them(
    world: dict[str, Any], licence: Any, split_small: Any, admin_client: Any
) -> None:
    dataset = upload(world["alice"], world["acme"], licence, customers_csv(rows=130))
    dataset_scan(dataset_id=dataset.pk)
    dataset.refresh_from_db()
    dataset_approve(dataset=dataset, user=world["alice"])
    dataset_anonymize(dataset_id=dataset.pk)  # tasks not eager: the parts wait in the queue
    parts = list(dataset.parts.order_by("index"))
    assert [(p.start_row, p.stop_row) for p in parts] == [(0, 40), (40, 80), (80, 120), (120, 130)]
    page = admin_client.get(f"/admin/pool/dataset/{dataset.pk}/change/")  # officers see the parts
    assert page.status_code == 200 and page.content.decode().count("Pending") >= 4
    dataset_anonymize_part(part_id=parts[0].pk)
    assert default_storage.exists(dataset.parts.get(index=0).file)

    dataset_withdraw(
        dataset=Dataset.objects.get(pk=dataset.pk), user=world["alice"], reason="erasure request"
    )
    dataset_anonymize_part(part_id=parts[1].pk)  # a part queued before the withdrawal does nothing

    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.WITHDRAWN and not dataset.parts.exists()
    assert not default_storage.listdir(f"work/{dataset.pk}")[1]

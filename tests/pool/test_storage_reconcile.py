"""Raw uploads never outlive their need (issue 11): deleted before the next task is queued, by the
withdrawal even when the row forgot them, and by the reconcile sweep that compares storage with rows."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone
from kombu.exceptions import OperationalError

from contracts.models import AuditEvent
from pool.models import Dataset
from pool.services.datasets import dataset_approve, dataset_raw_delete
from pool.services.retention import storage_reconcile
from pool.services.withdrawal import dataset_withdraw
from tests.api.pooling import eager_tasks, isolated_media, make_corpus, safe_table
from tests.api.pooling import ready_dataset as _ready_dataset
from tests.conftest import customers_csv
from tests.pool.test_datasets import upload

__all__ = ["eager_tasks", "isolated_media"]

#: Past the sweep's grace period, so the files a test has just written count as settled.
LATER = timedelta(hours=2)


def later() -> Any:
    return timezone.now() + LATER


def ready_dataset(world: dict[str, Any]) -> Dataset:
    return _ready_dataset(
        organization=world["acme"], user=world["alice"], corpora=[make_corpus()], frame=safe_table(1)
    )


def leave_raw_file(dataset: Dataset) -> str:
    """Put back the raw upload the old code left behind: in storage, while the row says it is gone."""
    name = default_storage.save(f"raw/{dataset.pk}/upload.csv", ContentFile(customers_csv()))
    Dataset.objects.filter(pk=dataset.pk).update(raw_file="", raw_deleted_at=timezone.now())
    return name


def raw_deleted_events(dataset_id: int) -> list[dict[str, Any]]:
    return list(
        AuditEvent.objects.filter(verb="dataset.raw_deleted", object_id=str(dataset_id)).values_list(
            "payload", flat=True
        )
    )


@pytest.mark.django_db(transaction=True)  # on-commit callbacks run at each commit, as in a worker
@pytest.mark.usefixtures("isolated_media", "eager_tasks")
def test_a_broker_outage_after_anonymisation_leaves_no_raw_file(
    world: dict[str, Any], licence: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pool.tasks

    queued: list[Any] = []

    def broker_down(*args: Any, **kwargs: Any) -> None:
        queued.append(args)
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    dataset = upload(world["alice"], world["acme"], licence)  # the scan runs inline (eager)
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.AWAITING_REVIEW, dataset.error_message
    raw_name = dataset.raw_file.name
    assert default_storage.exists(raw_name)

    monkeypatch.setattr(pool.tasks.dataset_pool_task, "delay", broker_down)
    dataset_approve(dataset=dataset, user=world["alice"])  # anonymised inline (eager), as a worker would
    assert queued == [(dataset.pk,)], "the anonymisation task tried to queue the pooling, and failed"

    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.READY
    assert not default_storage.exists(raw_name)
    assert not default_storage.listdir(f"raw/{dataset.pk}")[1]
    assert dataset.raw_deleted_at is not None and not dataset.raw_file
    assert raw_deleted_events(dataset.pk) == [{"reason": "anonymised", "files": 1}]
    found = storage_reconcile(now=later())
    assert found.raw_orphans == [] and found.raw_missing == [] and found.artifact_missing == []


@pytest.mark.django_db
@pytest.mark.usefixtures("isolated_media")
def test_the_sweep_deletes_a_raw_file_left_by_a_failed_queuing(world: dict[str, Any]) -> None:
    dataset = ready_dataset(world)
    name = leave_raw_file(dataset)

    assert storage_reconcile().raw_orphans == []  # just written: within the grace period
    found = storage_reconcile(now=later())
    assert [(o.key, o.dataset, o.cause) for o in found.raw_orphans] == [(name, dataset.pk, "raw_deleted")]
    assert default_storage.exists(name), "only reported without delete"

    done = storage_reconcile(now=later(), delete=True)
    assert done.raw_deleted == [name] and done.raw_delete_failed == []
    assert not default_storage.exists(name)
    assert raw_deleted_events(dataset.pk) == [{"reason": "reconcile", "files": 1}]
    assert storage_reconcile(now=later()).raw_orphans == []


@pytest.mark.django_db
@pytest.mark.usefixtures("isolated_media")
def test_a_raw_file_storage_fails_to_delete_is_not_recorded_as_deleted(world: dict[str, Any]) -> None:
    dataset = ready_dataset(world)
    # A non-empty directory where the raw file should be: the filesystem refuses to delete it.
    blocker = default_storage.save(f"raw/{dataset.pk}/upload.csv/blocker", ContentFile(b"x"))
    Dataset.objects.filter(pk=dataset.pk).update(raw_file=f"raw/{dataset.pk}/upload.csv")
    dataset.refresh_from_db()

    assert dataset_raw_delete(dataset=dataset, reason="anonymised") is False
    dataset.refresh_from_db()
    assert dataset.raw_deleted_at is None and dataset.raw_file.name == f"raw/{dataset.pk}/upload.csv"
    assert raw_deleted_events(dataset.pk) == []

    assert default_storage.exists(dataset.raw_file.name) and not default_storage.exists(blocker)
    # The directory is empty now, so the next sweep's delete succeeds and is recorded.
    done = storage_reconcile(now=later(), delete=True)
    assert done.raw_delete_failed == []
    assert not default_storage.exists(f"raw/{dataset.pk}/upload.csv")
    dataset.refresh_from_db()
    assert dataset.raw_deleted_at is not None and not dataset.raw_file


@pytest.mark.django_db
@pytest.mark.usefixtures("isolated_media", "eager_tasks")
def test_withdrawal_deletes_a_raw_file_its_row_forgot(world: dict[str, Any]) -> None:
    dataset = ready_dataset(world)
    name, artifact = leave_raw_file(dataset), dataset.artifact.name

    dataset_withdraw(dataset=dataset, user=world["alice"], reason="erasure request")

    assert not default_storage.exists(name)
    assert not default_storage.exists(artifact)
    deleted = AuditEvent.objects.get(verb="dataset.files_deleted", object_id=str(dataset.pk))
    assert deleted.payload == {"fields": ["artifact", "raw_file"]}


@pytest.mark.django_db
@pytest.mark.usefixtures("isolated_media")
def test_the_sweep_reports_files_without_rows_and_rows_without_files(
    world: dict[str, Any], licence: Any
) -> None:
    waiting = upload(world["alice"], world["acme"], licence)  # its raw file is needed: left alone
    lost_raw = upload(world["alice"], world["acme"], licence)
    default_storage.delete(lost_raw.raw_file.name)
    lost_artifact = ready_dataset(world)
    default_storage.delete(lost_artifact.artifact.name)
    stray_raw = default_storage.save("raw/987654/upload.csv", ContentFile(customers_csv()))
    stray_artifact = default_storage.save("artifacts/987654/data.parquet", ContentFile(b"PAR1"))

    found = storage_reconcile(now=later(), delete=True)

    assert [(o.key, o.dataset, o.cause) for o in found.raw_orphans] == [(stray_raw, 987654, "no_row")]
    assert [(o.key, o.dataset, o.cause) for o in found.artifact_orphans] == [
        (stray_artifact, 987654, "no_row")
    ]
    assert [(m.dataset, m.cause) for m in found.raw_missing] == [(lost_raw.pk, "uploaded")]
    assert [(m.dataset, m.cause) for m in found.artifact_missing] == [(lost_artifact.pk, "ready")]
    assert found.raw_deleted == [stray_raw]
    assert not default_storage.exists(stray_raw)
    assert default_storage.exists(stray_artifact), "orphan artifacts are only reported"
    assert default_storage.exists(waiting.raw_file.name)
    assert raw_deleted_events(987654) == [{"reason": "reconcile", "cause": "no_row", "files": 1}]
    assert found.counts()["raw_orphans"] == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("isolated_media")
def test_the_command_reports_and_deletes_on_request(
    world: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pool.services import retention

    dataset = ready_dataset(world)
    name = leave_raw_file(dataset)
    monkeypatch.setattr(retention, "RECONCILE_GRACE", timedelta(seconds=-60))  # the command sweeps "now"
    report = io.StringIO()
    call_command("reconcile_storage", stdout=report)
    assert f"dataset {dataset.pk}  raw_deleted  {name}" in report.getvalue()
    assert "--delete" in report.getvalue()
    assert default_storage.exists(name)

    out = io.StringIO()
    call_command("reconcile_storage", "--delete", "--format", "json", stdout=out)
    result = json.loads(out.getvalue())
    assert result["counts"]["raw_orphans"] == 1 and result["raw_deleted"] == [name]
    assert not default_storage.exists(name)


@pytest.mark.django_db
@pytest.mark.usefixtures("isolated_media")
def test_the_periodic_task_deletes_orphan_raw_files_only(
    settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pool.services import retention
    from pool.tasks import storage_reconcile_task

    assert settings.CELERY_BEAT_SCHEDULE["storage-reconcile"]["task"] == "pool.tasks.storage_reconcile_task"
    stray_raw = default_storage.save("raw/987654/upload.csv", ContentFile(b"a,b\n1,2\n"))
    stray_artifact = default_storage.save("artifacts/987654/data.parquet", ContentFile(b"PAR1"))
    monkeypatch.setattr(retention, "RECONCILE_GRACE", timedelta(seconds=-60))
    storage_reconcile_task()
    assert not default_storage.exists(stray_raw)
    assert default_storage.exists(stray_artifact)


@pytest.mark.django_db
@pytest.mark.usefixtures("isolated_media")
def test_the_claims_sweep_deletes_the_raw_upload_a_killed_worker_left_beside_a_ready_dataset(
    world: dict[str, Any], licence: Any
) -> None:
    from pool.services.datasets import dataset_claims_sweep

    dataset = upload(world["alice"], world["acme"], licence)
    ready = {
        "status": Dataset.Status.READY,
        "artifact": f"artifacts/{dataset.pk}/data.parquet",
        "artifact_sha256": "0" * 64,
    }
    Dataset.objects.filter(pk=dataset.pk).update(**ready)  # the worker was killed before the delete
    name = dataset.raw_file.name
    assert dataset.raw_file.storage.exists(name)
    dataset_claims_sweep()
    dataset.refresh_from_db()
    assert not dataset.raw_file and dataset.raw_deleted_at is not None
    assert not dataset.raw_file.storage.exists(name)

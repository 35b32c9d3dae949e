"""The outputs of anonymisation: the stored artifact, the ready state, and deleting the raw file."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from contracts.audit import audit_log
from pool.models import Dataset, DatasetPart
from pool.storage import (
    sha256_of,
    storage_delete,
    store_file,
    stored_names,
)

logger = logging.getLogger(__name__)


def store_artifact(dataset: Dataset, out: Path) -> tuple[str, str, int]:
    suffix = out.suffix.lstrip(".")
    return store_file(out, f"artifacts/{dataset.pk}/data.{suffix}"), sha256_of(out), out.stat().st_size


def mark_ready(dataset: Dataset, report: Any, stored: str, sha: str, size: int, token: str) -> None:
    """The artifact is stored: make the dataset ready, delete the raw upload, then queue its pooling.

    The raw upload is deleted before anything is queued, so a broker outage cannot keep it (issue 11):
    a failed queuing leaves a ready dataset without its raw file, which the corpora refresh still
    builds in. A failed delete leaves ``raw_deleted_at`` empty; `storage_reconcile` retries it.
    """
    dataset_id = dataset.pk
    summary = json.loads(report.to_json())
    with transaction.atomic():
        finished = Dataset.objects.filter(
            pk=dataset_id, status=Dataset.Status.ANONYMIZING, claim_token=token
        ).update(
            status=Dataset.Status.READY,
            progress=100,
            artifact=stored,
            artifact_sha256=sha,
            artifact_size=size,
            artifact_rows=report.rows,
            plan=summary.get("plan") or dataset.plan,
            pii_report={k: v for k, v in summary.items() if k not in {"plan", "risk"}},
            risk_report=summary.get("risk") or dataset.risk_report,
            ready_at=timezone.now(),
            claim_token="",
            claim_expires_at=None,
        )
        if finished != 1:
            # Withdrawn (or failed) while it ran: the new artifact must not outlive that decision; but
            # a worker that took the claim over and finished first named the same file: keep that one.
            if not Dataset.objects.filter(pk=dataset_id, artifact=stored).exists():
                default_storage.delete(stored)
            return
        audit_log(actor=None, verb="dataset.ready", obj=dataset, payload={"rows": report.rows, "sha256": sha})
    dataset_raw_delete(dataset=dataset, reason="anonymised")
    from pool.tasks import dataset_pool_task

    transaction.on_commit(lambda: dataset_pool_task.delay(dataset_id), robust=True)


#: Folder of the raw uploads (``Dataset.raw_file``'s ``upload_to``); `dataset_upload` stores each
#: under ``raw/<dataset id>/``.
RAW_FOLDER = "raw"


def raw_names(dataset: Dataset) -> list[str]:
    """The storage names of ``dataset``'s raw upload: the one its row names, and any file left in its
    folder (a row cleared while its file stayed, issue 11)."""
    names = set(stored_names(f"{RAW_FOLDER}/{dataset.pk}", storage=dataset.raw_file.storage))
    if dataset.raw_file.name:
        names.add(dataset.raw_file.name)
    return sorted(names)


def dataset_raw_delete(*, dataset: Dataset, reason: str) -> bool:
    """Delete ``dataset``'s raw upload from storage, then record it (``raw_file`` cleared,
    ``raw_deleted_at`` set, audited with ``reason``, a code).

    The row says the raw upload is gone only once storage confirms it: when a delete fails the row is
    left as it was and ``False`` returned, and `storage_reconcile` tries again. Safe to run twice.
    The caller decides that the raw upload is no longer needed.
    """
    storage = dataset.raw_file.storage
    names = raw_names(dataset)
    present = [name for name in names if storage.exists(name)]
    deleted = [storage_delete(name, storage=storage) for name in names]  # try every one
    if not all(deleted):
        return False
    with transaction.atomic():
        marked = Dataset.objects.filter(pk=dataset.pk, raw_deleted_at__isnull=True).update(
            raw_file="", raw_deleted_at=timezone.now()
        )
        marked += Dataset.objects.filter(pk=dataset.pk).exclude(raw_file="").update(raw_file="")
        if marked or present:
            audit_log(
                actor=None,
                verb="dataset.raw_deleted",
                obj=Dataset(pk=dataset.pk),
                payload={"reason": reason, "files": len(present)},
            )
    return True


def discard_parts(*, dataset_id: int) -> int:
    """Delete a dataset's part files and rows (after the merge, a failure or a withdrawal)."""
    parts = list(DatasetPart.objects.filter(dataset_id=dataset_id))
    for part in parts:
        if part.file and default_storage.exists(part.file):
            default_storage.delete(part.file)
    DatasetPart.objects.filter(pk__in=[p.pk for p in parts]).delete()
    return len(parts)

"""Large tables: one task per part, then one merge (each claimed like a stage, see ``claims``)."""

from __future__ import annotations

import contextlib
import json
import logging
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from contracts.audit import audit_log
from pool.models import Dataset, DatasetPart
from pool.services.datasets.artifacts import discard_parts, mark_ready, store_artifact
from pool.services.datasets.claims import (
    Lease,
    claim_lapsed,
    count_interruption,
    fail_with,
    lease_end,
    new_token,
    required_k,
    still_held,
    take_over,
)
from pool.storage import (
    local_path,
    store_file,
    stored_path,
)

logger = logging.getLogger(__name__)


#: What a part keeps of its run report for the merge (counts and names only).
_PART_REPORT_KEYS = (
    "input_name",
    "input_format",
    "output_name",
    "rows",
    "entity_counts",
    "timings",
    "columns",
)


def splittable(dataset: Dataset) -> bool:
    """Tables at least ``SHOAL_SPLIT_MIN_BYTES`` large are counted, and split when they hold more
    than ``SHOAL_PART_ROWS`` records; text (JSONL/TXT) is always one task."""
    tables = (Dataset.Format.CSV, Dataset.Format.PARQUET, Dataset.Format.XLSX)
    size = dataset.raw_size or dataset.raw_file.size
    return dataset.format in tables and size >= settings.SHOAL_SPLIT_MIN_BYTES


def fits_one_part(dataset: Dataset) -> bool:
    """Whether the scan already counted the table's records (measuring its risk over the whole file)
    at no more than a part holds: counting them again with `plan_split`, a whole pass over the file,
    could not lead to a split, so the run goes ahead at once."""
    records = (dataset.risk_report.get("before") or {}).get("records")
    return isinstance(records, int) and records <= settings.SHOAL_PART_ROWS


def split_into_parts(
    dataset: Dataset, plan: dict[str, Any], rows: int, risk: dict[str, Any], token: str
) -> None:
    """Record the parts of ``dataset`` (its plan now has the whole table's risk levels) and queue them.

    From here the parts hold their own claims: the dataset's claim is released (no lease, no holder).
    """
    from pool.tasks import dataset_anonymize_part_task

    discard_parts(dataset_id=dataset.pk)  # left by an interrupted run that is being redone
    step = max(1, int(settings.SHOAL_PART_ROWS))
    with transaction.atomic():
        updated = Dataset.objects.filter(
            pk=dataset.pk, status=Dataset.Status.ANONYMIZING, claim_token=token
        ).update(
            plan=plan,
            risk_report=risk or dataset.risk_report,
            progress=1,
            updated_at=timezone.now(),
            claim_token="",
            claim_expires_at=None,
        )
        if not updated:
            return
        parts = DatasetPart.objects.bulk_create(
            DatasetPart(dataset=dataset, index=i, start_row=lo, stop_row=min(lo + step, rows))
            for i, lo in enumerate(range(0, rows, step))
        )
        audit_log(actor=None, verb="dataset.split", obj=dataset, payload={"parts": len(parts), "rows": rows})
        ids = [part.pk for part in parts]
        transaction.on_commit(lambda: [dataset_anonymize_part_task.delay(pk) for pk in ids], robust=True)


def _claim_part(part_id: int, task_id: str | None) -> str | None:
    """Claim a part (pending → running), or take it over from a worker that died; the interruption
    counts against its dataset's anonymisation. Returns the claim's token or None."""
    now = timezone.now()
    token = new_token(task_id)
    if DatasetPart.objects.filter(pk=part_id, status=DatasetPart.Status.PENDING).update(
        status=DatasetPart.Status.RUNNING, claim_token=token, claim_expires_at=lease_end(now), updated_at=now
    ):
        return token
    dataset_id = DatasetPart.objects.filter(pk=part_id).values_list("dataset_id", flat=True).first()
    if dataset_id is None:
        return None
    with transaction.atomic():  # the dataset row first, as a part's completion locks it
        interruptions = (
            Dataset.objects.select_for_update()
            .filter(pk=dataset_id, status=Dataset.Status.ANONYMIZING)
            .values_list("claim_interruptions", flat=True)
            .first()
        )
        lapsed = (
            DatasetPart.objects.select_for_update()
            .filter(pk=part_id, status=DatasetPart.Status.RUNNING)
            .filter(claim_lapsed(now, task_id))
            .exists()
        )
        if interruptions is None or not lapsed:
            return None
        if count_interruption(dataset_id, interruptions, "anonymisation"):
            DatasetPart.objects.filter(pk=part_id).update(
                claim_token=token, claim_expires_at=lease_end(now), updated_at=now
            )
            return token
    discard_parts(dataset_id=dataset_id)  # the dataset failed
    return None


def dataset_anonymize_part(*, part_id: int, task_id: str | None = None) -> None:
    """Anonymise one part's records into a private Parquet file; the last part queues the merge."""
    token = _claim_part(part_id, task_id)
    if token is None:
        logger.info("dataset part %s already claimed", part_id)
        return
    part = DatasetPart.objects.select_related("dataset").get(pk=part_id)
    dataset = part.dataset
    if dataset.status != Dataset.Status.ANONYMIZING:
        discard_parts(dataset_id=dataset.pk)
        return
    try:
        from anonymize.pipeline import run  # once claimed, as in `dataset_scan`

        with (
            Lease(DatasetPart, part_id, token),
            local_path(dataset.raw_file) as raw,
            tempfile.TemporaryDirectory() as tmp,
        ):
            report = run(
                raw,
                Path(tmp) / "out",
                plan=dataset.plan,
                k=required_k(dataset),
                artifact_format="parquet",
                pseudonym_key=settings.PSEUDONYM_KEY,
                rows=(part.start_row, part.stop_row),
                selfcheck=False,
            )
            if not still_held(DatasetPart, part_id, token):  # taken over: the new holder stores it
                return
            name = f"work/{dataset.pk}/part-{part.index:05d}-{part.pk}.parquet"
            stored = store_file(Path(tmp) / "out" / report.output_name, name)
    except Exception as exc:
        fail_with(dataset.pk, "anonymisation", exc)
        discard_parts(dataset_id=dataset.pk)
        return
    summary = json.loads(report.to_json())
    summary = {key: summary[key] for key in _PART_REPORT_KEYS}
    with transaction.atomic():
        # The dataset row lock serialises part completions: exactly one sees the last part done.
        status = (
            Dataset.objects.select_for_update().filter(pk=dataset.pk).values_list("status", flat=True).first()
        )
        done = status == Dataset.Status.ANONYMIZING and DatasetPart.objects.filter(
            pk=part.pk, status=DatasetPart.Status.RUNNING, claim_token=token
        ).update(
            status=DatasetPart.Status.DONE, file=stored, report=summary, claim_token="", claim_expires_at=None
        )
        if not done:
            if not DatasetPart.objects.filter(file=stored).exists():  # not the taken-over run's file
                transaction.on_commit(lambda: default_storage.delete(stored))
            return
        parts = DatasetPart.objects.filter(dataset_id=dataset.pk)
        finished, total = parts.filter(status=DatasetPart.Status.DONE).count(), parts.count()
        Dataset.objects.filter(pk=dataset.pk).update(
            progress=min(95, 5 + 90 * finished // total), updated_at=timezone.now()
        )
        if finished == total:
            from pool.tasks import dataset_finish_parts_task

            transaction.on_commit(lambda: dataset_finish_parts_task.delay(dataset.pk), robust=True)


def _claim_merge(dataset_id: int, parts: list[DatasetPart], task_id: str | None) -> str | None:
    """Claim the merge of a split dataset: every part done → merged, the dataset's claim recorded in
    the same transaction; or take over a merge whose worker died (every part merged, lease run out)."""
    token = new_token(task_id)
    statuses = {p.status for p in parts}
    if statuses == {DatasetPart.Status.DONE}:
        with transaction.atomic():
            claimed = DatasetPart.objects.filter(
                dataset_id=dataset_id, status=DatasetPart.Status.DONE
            ).update(status=DatasetPart.Status.MERGED)
            if claimed != len(parts):  # another delivery of this task is merging
                transaction.set_rollback(True)
                return None
            Dataset.objects.filter(pk=dataset_id).update(
                claim_token=token,
                claim_expires_at=lease_end(),
                claim_interruptions=0,
                updated_at=timezone.now(),
            )
        return token
    if statuses == {DatasetPart.Status.MERGED} and take_over(
        dataset_id, Dataset.Status.ANONYMIZING, token, task_id=task_id, stage="anonymisation"
    ):
        return token
    return None


def dataset_finish_parts(*, dataset_id: int, task_id: str | None = None) -> None:
    """Merge a split dataset's parts into its artifact, self-check it, and make the dataset ready."""
    dataset = Dataset.objects.get(pk=dataset_id)
    parts = list(DatasetPart.objects.filter(dataset_id=dataset_id).order_by("index"))
    if dataset.status != Dataset.Status.ANONYMIZING:
        discard_parts(dataset_id=dataset_id)
        return
    if not parts:
        return
    token = _claim_merge(dataset_id, parts, task_id)
    if token is None:
        return
    try:
        from anonymize.pipeline import finish_parts  # once claimed, as in `dataset_scan`

        with (
            Lease(Dataset, dataset_id, token),
            contextlib.ExitStack() as stack,
            tempfile.TemporaryDirectory() as tmp,
        ):
            paths = [stack.enter_context(stored_path(p.file)) for p in parts]
            report = finish_parts(
                paths,
                [p.report for p in parts],
                Path(tmp) / "out",
                plan=dataset.plan,
                risk_report=dataset.risk_report,
            )
            if not still_held(Dataset, dataset_id, token):  # taken over: the new holder stores it
                return
            stored, sha, size = store_artifact(dataset, Path(tmp) / "out" / report.output_name)
    except Exception as exc:
        fail_with(dataset_id, "anonymisation", exc, claim_token=token)
        discard_parts(dataset_id=dataset_id)
        return
    discard_parts(dataset_id=dataset_id)
    mark_ready(dataset, report, stored, sha, size, token)

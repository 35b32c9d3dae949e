"""Dataset lifecycle: upload → scan → review (approve) → anonymise → ready (DESIGN.md §3, flow 1)."""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import tempfile
import time
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from common.errors import ApplicationError
from common.logging import log_failure
from contracts.audit import audit_log
from contracts.models import ConsentRecord, Licence, Purpose
from pool.models import Corpus, Dataset, DatasetPart, Membership, Organization
from pool.storage import local_path, sha256_of, storage_delete, store_file, stored_names, stored_path

logger = logging.getLogger(__name__)

EXTENSION_FORMATS = {
    ".csv": Dataset.Format.CSV,
    ".tsv": Dataset.Format.CSV,
    ".parquet": Dataset.Format.PARQUET,
    ".xlsx": Dataset.Format.XLSX,
    ".jsonl": Dataset.Format.JSONL,
    ".txt": Dataset.Format.TXT,
}


def format_for_filename(filename: str) -> str:
    """Return the dataset format implied by a file name, or raise a readable error."""
    suffix = Path(filename).suffix.lower()
    if suffix not in EXTENSION_FORMATS:
        allowed = ", ".join(sorted(EXTENSION_FORMATS))
        raise ApplicationError(f"Unsupported file type {suffix or '(none)'}; upload one of {allowed}.")
    return EXTENSION_FORMATS[suffix]


def dataset_upload(
    *,
    organization: Organization,
    uploaded_by: Any,
    file: UploadedFile,
    title: str,
    licence: Licence,
    consent_record: ConsentRecord,
    description: str = "",
    language: str = "en",
    target_corpora: Iterable[Corpus] = (),
) -> Dataset:
    """Store a raw upload privately and queue its scan once the transaction commits."""
    fmt = format_for_filename(file.name or "")
    if file.size is None or file.size == 0:
        raise ApplicationError("The uploaded file is empty.")
    if file.size > settings.SHOAL_MAX_UPLOAD_BYTES:
        raise ApplicationError(
            f"The file is larger than the {settings.SHOAL_MAX_UPLOAD_BYTES // (1024 * 1024)} MiB limit."
        )
    with transaction.atomic():
        dataset = Dataset.objects.create(
            organization=organization,
            uploaded_by=uploaded_by,
            title=title,
            description=description,
            language=language,
            format=fmt,
            licence=licence,
            consent_record=consent_record,
            original_filename=Path(file.name).name[:255],
            raw_size=file.size,
        )
        suffix = Path(file.name).suffix.lower()
        dataset.raw_file.save(f"{dataset.pk}/upload{suffix}", file, save=False)
        try:
            dataset.save(update_fields=["raw_file"])
            dataset.target_corpora.set(list(target_corpora))
            audit_log(
                actor=uploaded_by,
                verb="dataset.uploaded",
                obj=dataset,
                payload={"format": fmt, "bytes": file.size, "organization": organization.pk},
            )
        except BaseException:
            dataset.raw_file.storage.delete(dataset.raw_file.name)  # the row rolls back; so must the file
            raise
        from pool.tasks import dataset_scan_task

        transaction.on_commit(lambda: dataset_scan_task.delay(dataset.pk))
    return dataset


def dataset_contribute(
    *,
    user: Any,
    organization: Organization | None,
    file: UploadedFile,
    title: str,
    licence: Licence,
    legal_basis: str,
    purposes: Iterable[Purpose],
    valid_from: date,
    valid_until: date | None = None,
    description: str = "",
    language: str = "en",
    target_corpora: Iterable[Corpus] = (),
) -> Dataset:
    """A contributor's upload with its consent record, as one transaction (web form and API).

    ``organization`` defaults to the user's first contributor organisation; a user who does not
    contribute to it gets a readable refusal.
    """
    from contracts.services.consent import consent_record_create
    from pool.selectors import organizations_for_user

    allowed = organizations_for_user(user, Membership.Role.CONTRIBUTOR)
    organization = organization or allowed.first()
    if organization is None or not allowed.filter(pk=organization.pk).exists():
        raise ApplicationError("You are not a contributor of that organisation.")
    with transaction.atomic():
        consent = consent_record_create(
            actor=user,
            controller_name=organization.name,
            controller_contact=organization.contact_email,
            legal_basis=legal_basis,
            purposes=purposes,
            valid_from=valid_from,
            valid_until=valid_until,
        )
        return dataset_upload(
            organization=organization,
            uploaded_by=user,
            file=file,
            title=title,
            description=description,
            language=language,
            licence=licence,
            consent_record=consent,
            target_corpora=target_corpora,
        )


def _claim(dataset_id: int, from_status: str, to_status: str) -> bool:
    """Move a dataset between states with a compare-and-set so a second worker does nothing."""
    return (
        Dataset.objects.filter(pk=dataset_id, status=from_status).update(
            status=to_status, progress=0, updated_at=timezone.now()
        )
        == 1
    )


#: States a dataset can fail from; a withdrawn or ready dataset keeps its state.
FAILABLE = (
    Dataset.Status.UPLOADED,
    Dataset.Status.SCANNING,
    Dataset.Status.AWAITING_REVIEW,
    Dataset.Status.APPROVED,
    Dataset.Status.ANONYMIZING,
)


def dataset_fail(*, dataset_id: int, reason: str, stage: str = "") -> bool:
    """Mark a dataset failed with a readable reason (never cell values).

    A dataset withdrawn meanwhile stays withdrawn; returns whether the dataset was failed.
    """
    with transaction.atomic():
        failed = Dataset.objects.filter(pk=dataset_id, status__in=FAILABLE).update(
            status=Dataset.Status.FAILED, error_message=reason[:2000], updated_at=timezone.now()
        )
        if failed:
            audit_log(actor=None, verb="dataset.failed", obj=Dataset(pk=dataset_id), payload={"stage": stage})
    return bool(failed)


def _required_k(dataset: Dataset) -> int:
    """The strictest k among the corpora the contributor chose (5 when none)."""
    thresholds = [corpus.k_threshold for corpus in dataset.target_corpora.all()]
    return max(thresholds, default=5)


class _Progress:
    """Write a stage's progress to the dataset row at most every 2 % so the UI can poll it."""

    def __init__(self, dataset_id: int) -> None:
        self.dataset_id = dataset_id
        self.last = -1

    def __call__(self, fraction: float) -> None:
        percent = max(0, min(100, int(fraction * 100)))
        if percent >= self.last + 2 or percent == 100:
            self.last = percent
            Dataset.objects.filter(pk=self.dataset_id).update(progress=percent, updated_at=timezone.now())


def _fail_with(dataset_id: int, stage: str, exc: Exception) -> None:
    """Fail a dataset with a readable reason. Engine errors are written to carry no cell values;
    anything unexpected is logged with its traceback (which may not quote cells either: the engine
    never puts values in exception messages) and shown to the user by type only."""
    from anonymize.errors import InputError, SelfCheckError

    if isinstance(exc, ApplicationError | InputError | SelfCheckError):
        reason = exc.message if isinstance(exc, ApplicationError) else str(exc)
        logger.info("%s of dataset %s rejected (%s)", stage, dataset_id, type(exc).__name__)
    else:
        log_failure(logger, exc, "%s of dataset %s failed", stage, dataset_id)
        reason = f"Processing failed unexpectedly ({type(exc).__name__}); the team has been alerted."
    dataset_fail(dataset_id=dataset_id, reason=reason, stage=stage)


def dataset_scan(*, dataset_id: int) -> None:
    """Profile the upload, propose a plan and a preview, measure risk, then await the contributor."""
    from anonymize.scan import scan

    if not _claim(dataset_id, Dataset.Status.UPLOADED, Dataset.Status.SCANNING):
        logger.info("dataset %s already claimed for scanning", dataset_id)
        return
    dataset = Dataset.objects.get(pk=dataset_id)
    try:
        with local_path(dataset.raw_file) as raw:
            result = scan(raw, k=_required_k(dataset), pseudonym_key=settings.PSEUDONYM_KEY)
    except Exception as exc:
        _fail_with(dataset_id, "scan", exc)
        return
    found = result.to_dict()
    with transaction.atomic():
        Dataset.objects.filter(pk=dataset_id, status=Dataset.Status.SCANNING).update(
            status=Dataset.Status.AWAITING_REVIEW,
            progress=100,
            plan=found["plan"],
            pii_report={"stage": "scan", "profile": found["profile"]},
            risk_report=found["risk"],
            preview=found["preview"],
        )
        audit_log(actor=None, verb="dataset.scanned", obj=dataset, payload={"format": result.format})


def dataset_preview_before(*, dataset: Dataset) -> dict[str, Any]:
    """The first raw rows, read live from the private upload for its owner's review (never stored)."""
    from anonymize.errors import InputError
    from anonymize.scan import head_rows

    if not dataset.raw_file:
        return {"columns": [], "rows": []}
    try:
        with local_path(dataset.raw_file) as raw:
            return head_rows(raw)
    except InputError:
        return {"columns": [], "rows": []}


def dataset_approve(*, dataset: Dataset, user: Any, plan: dict[str, Any] | None = None) -> Dataset:
    """Accept (optionally an edited) plan and queue the anonymisation of the whole file."""
    from anonymize.plan import Plan

    if dataset.status != Dataset.Status.AWAITING_REVIEW:
        raise ApplicationError(
            f"Only a dataset awaiting review can be approved (this one is {dataset.status})."
        )
    chosen = plan if plan is not None else dataset.plan
    try:
        parsed = Plan.from_dict(chosen)
    except (KeyError, TypeError, ValueError) as exc:
        raise ApplicationError("The plan is not valid.", {"detail": str(exc)[:300]}) from exc
    stored = Dataset.objects.values_list("plan", flat=True).get(pk=dataset.pk) or {}
    columns = {c.get("name") for c in stored.get("columns", [])}
    unknown = sorted(c.name for c in parsed.columns if c.name not in columns)
    if unknown:
        raise ApplicationError("The plan names columns the dataset does not have.", {"columns": unknown})
    with transaction.atomic():
        updated = Dataset.objects.filter(pk=dataset.pk, status=Dataset.Status.AWAITING_REVIEW).update(
            status=Dataset.Status.APPROVED, plan=parsed.to_dict(), approved_at=timezone.now(), progress=0
        )
        if updated != 1:
            raise ApplicationError("The dataset changed state meanwhile; reload and try again.")
        audit_log(actor=user, verb="dataset.approved", obj=dataset, payload={"plan_edited": plan is not None})
        from pool.tasks import dataset_anonymize_task

        transaction.on_commit(lambda: dataset_anonymize_task.delay(dataset.pk))
    dataset.refresh_from_db()
    return dataset


def plan_with_operator_choices(plan: dict[str, Any], choices: Mapping[str, str]) -> dict[str, Any]:
    """Return a copy of ``plan`` whose column operators follow the review form's ``operator:<column>``
    fields; a changed operator starts with default parameters."""
    edited = copy.deepcopy(plan or {})
    for column in edited.get("columns", []):
        choice = choices.get(f"operator:{column.get('name')}")
        current = column.get("operator") or {}
        current_name = current if isinstance(current, str) else current.get("name")
        if choice and choice != current_name:
            column["operator"] = {"name": choice, "params": {}}
    return edited


def dataset_anonymize(*, dataset_id: int) -> None:
    """Apply the approved plan to the whole file, store the artifact, delete the raw upload.

    A large table (`_splittable`) is cut into parts of ``SHOAL_PART_ROWS`` records, each anonymised by
    its own task (`dataset_anonymize_part`); the last part to finish queues `dataset_finish_parts`.
    """
    from anonymize.pipeline import plan_split, run

    if not _claim(dataset_id, Dataset.Status.APPROVED, Dataset.Status.ANONYMIZING):
        logger.info("dataset %s already claimed for anonymisation", dataset_id)
        return
    dataset = Dataset.objects.get(pk=dataset_id)
    artifact_format = "jsonl" if dataset.format in (Dataset.Format.JSONL, Dataset.Format.TXT) else "parquet"
    plan: Any = dataset.plan
    try:
        with local_path(dataset.raw_file) as raw, tempfile.TemporaryDirectory() as tmp:
            if _splittable(dataset):
                fixed, rows, risk = plan_split(raw, plan=dataset.plan)
                if rows > settings.SHOAL_PART_ROWS:
                    _split(dataset, fixed.to_dict(), rows, risk)
                    return
                plan = fixed
            report = run(
                raw,
                Path(tmp) / "out",
                plan=plan,
                k=_required_k(dataset),
                artifact_format=artifact_format,
                pseudonym_key=settings.PSEUDONYM_KEY,
                progress=_Progress(dataset_id),
            )
            stored, sha, size = _store_artifact(dataset, Path(tmp) / "out" / report.output_name)
    except Exception as exc:
        _fail_with(dataset_id, "anonymisation", exc)
        return
    _mark_ready(dataset, report, stored, sha, size)


def _store_artifact(dataset: Dataset, out: Path) -> tuple[str, str, int]:
    suffix = out.suffix.lstrip(".")
    return store_file(out, f"artifacts/{dataset.pk}/data.{suffix}"), sha256_of(out), out.stat().st_size


def _mark_ready(dataset: Dataset, report: Any, stored: str, sha: str, size: int) -> None:
    """The artifact is stored: make the dataset ready, delete the raw upload, then queue its pooling.

    The raw upload is deleted before anything is queued, so a broker outage cannot keep it (issue 11):
    a failed queuing leaves a ready dataset without its raw file, which the corpora refresh still
    builds in. A failed delete leaves ``raw_deleted_at`` empty; `storage_reconcile` retries it.
    """
    dataset_id = dataset.pk
    summary = json.loads(report.to_json())
    with transaction.atomic():
        finished = Dataset.objects.filter(pk=dataset_id, status=Dataset.Status.ANONYMIZING).update(
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
        )
        if finished != 1:
            # Withdrawn (or failed) while it ran: the new artifact must not outlive that decision.
            default_storage.delete(stored)
            return
        audit_log(actor=None, verb="dataset.ready", obj=dataset, payload={"rows": report.rows, "sha256": sha})
    dataset_raw_delete(dataset=dataset, reason="anonymised")
    from pool.tasks import dataset_pool_task

    transaction.on_commit(lambda: dataset_pool_task.delay(dataset_id))


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


# --- large tables: one task per part ----------------------------------------------------------------

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


def _splittable(dataset: Dataset) -> bool:
    """Tables at least ``SHOAL_SPLIT_MIN_BYTES`` large are counted, and split when they hold more
    than ``SHOAL_PART_ROWS`` records; text (JSONL/TXT) is always one task."""
    tables = (Dataset.Format.CSV, Dataset.Format.PARQUET, Dataset.Format.XLSX)
    size = dataset.raw_size or dataset.raw_file.size
    return dataset.format in tables and size >= settings.SHOAL_SPLIT_MIN_BYTES


def _split(dataset: Dataset, plan: dict[str, Any], rows: int, risk: dict[str, Any]) -> None:
    """Record the parts of ``dataset`` (its plan now has the whole table's risk levels) and queue them."""
    from pool.tasks import dataset_anonymize_part_task

    discard_parts(dataset_id=dataset.pk)  # left by an interrupted run that is being redone
    step = max(1, int(settings.SHOAL_PART_ROWS))
    with transaction.atomic():
        updated = Dataset.objects.filter(pk=dataset.pk, status=Dataset.Status.ANONYMIZING).update(
            plan=plan, risk_report=risk or dataset.risk_report, progress=1, updated_at=timezone.now()
        )
        if not updated:
            return
        parts = DatasetPart.objects.bulk_create(
            DatasetPart(dataset=dataset, index=i, start_row=lo, stop_row=min(lo + step, rows))
            for i, lo in enumerate(range(0, rows, step))
        )
        audit_log(actor=None, verb="dataset.split", obj=dataset, payload={"parts": len(parts), "rows": rows})
        ids = [part.pk for part in parts]
        transaction.on_commit(lambda: [dataset_anonymize_part_task.delay(pk) for pk in ids])


class _Heartbeat:
    """Touch the dataset row every few seconds while a part runs, so the stalled-task sweep sees life."""

    def __init__(self, dataset_id: int, every: float = 10.0) -> None:
        self.dataset_id = dataset_id
        self.every = every
        self.last = 0.0

    def __call__(self, fraction: float) -> None:
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            Dataset.objects.filter(pk=self.dataset_id, status=Dataset.Status.ANONYMIZING).update(
                updated_at=timezone.now()
            )


def dataset_anonymize_part(*, part_id: int) -> None:
    """Anonymise one part's records into a private Parquet file; the last part queues the merge."""
    from anonymize.pipeline import run

    if not DatasetPart.objects.filter(pk=part_id, status=DatasetPart.Status.PENDING).update(
        status=DatasetPart.Status.RUNNING
    ):
        logger.info("dataset part %s already claimed", part_id)
        return
    part = DatasetPart.objects.select_related("dataset").get(pk=part_id)
    dataset = part.dataset
    if dataset.status != Dataset.Status.ANONYMIZING:
        discard_parts(dataset_id=dataset.pk)
        return
    try:
        with local_path(dataset.raw_file) as raw, tempfile.TemporaryDirectory() as tmp:
            report = run(
                raw,
                Path(tmp) / "out",
                plan=dataset.plan,
                k=_required_k(dataset),
                artifact_format="parquet",
                pseudonym_key=settings.PSEUDONYM_KEY,
                rows=(part.start_row, part.stop_row),
                selfcheck=False,
                progress=_Heartbeat(dataset.pk),
            )
            name = f"work/{dataset.pk}/part-{part.index:05d}-{part.pk}.parquet"
            stored = store_file(Path(tmp) / "out" / report.output_name, name)
    except Exception as exc:
        _fail_with(dataset.pk, "anonymisation", exc)
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
            pk=part.pk, status=DatasetPart.Status.RUNNING
        ).update(status=DatasetPart.Status.DONE, file=stored, report=summary)
        if not done:
            transaction.on_commit(lambda: default_storage.delete(stored))
            return
        parts = DatasetPart.objects.filter(dataset_id=dataset.pk)
        finished, total = parts.filter(status=DatasetPart.Status.DONE).count(), parts.count()
        Dataset.objects.filter(pk=dataset.pk).update(
            progress=min(95, 5 + 90 * finished // total), updated_at=timezone.now()
        )
        if finished == total:
            from pool.tasks import dataset_finish_parts_task

            transaction.on_commit(lambda: dataset_finish_parts_task.delay(dataset.pk))


def dataset_finish_parts(*, dataset_id: int) -> None:
    """Merge a split dataset's parts into its artifact, self-check it, and make the dataset ready."""
    from anonymize.pipeline import finish_parts

    dataset = Dataset.objects.get(pk=dataset_id)
    parts = list(DatasetPart.objects.filter(dataset_id=dataset_id).order_by("index"))
    if dataset.status != Dataset.Status.ANONYMIZING:
        discard_parts(dataset_id=dataset_id)
        return
    if not parts or any(p.status != DatasetPart.Status.DONE for p in parts):
        return
    claimed = DatasetPart.objects.filter(dataset_id=dataset_id, status=DatasetPart.Status.DONE).update(
        status=DatasetPart.Status.MERGED
    )
    if claimed != len(parts):  # another delivery of this task is merging
        return
    try:
        with contextlib.ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
            paths = [stack.enter_context(stored_path(p.file)) for p in parts]
            report = finish_parts(
                paths,
                [p.report for p in parts],
                Path(tmp) / "out",
                plan=dataset.plan,
                risk_report=dataset.risk_report,
            )
            stored, sha, size = _store_artifact(dataset, Path(tmp) / "out" / report.output_name)
    except Exception as exc:
        _fail_with(dataset_id, "anonymisation", exc)
        discard_parts(dataset_id=dataset_id)
        return
    discard_parts(dataset_id=dataset_id)
    _mark_ready(dataset, report, stored, sha, size)


def discard_parts(*, dataset_id: int) -> int:
    """Delete a dataset's part files and rows (after the merge, a failure or a withdrawal)."""
    parts = list(DatasetPart.objects.filter(dataset_id=dataset_id))
    for part in parts:
        if part.file and default_storage.exists(part.file):
            default_storage.delete(part.file)
    DatasetPart.objects.filter(pk__in=[p.pk for p in parts]).delete()
    return len(parts)

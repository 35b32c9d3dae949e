"""Dataset lifecycle: upload → scan → review (approve) → anonymise → ready (DESIGN.md §3, flow 1).

**Claims.** A worker starts a stage (scan, anonymisation, the merge of a split table's parts, each
part) by claiming it with a compare-and-set, so a second delivery of the task does nothing. The claim
records its holder (``claim_token``: the Celery task id and a nonce) and a lease
(``claim_expires_at``, ``SHOAL_CLAIM_LEASE_SECONDS`` ahead) that a background thread renews every
``SHOAL_CLAIM_HEARTBEAT_SECONDS`` while the work runs (`_Lease`: the scan and text runs report no
progress for minutes, so the progress callback cannot carry the heartbeat). A worker that dies stops
renewing. Its stage is taken over by the next delivery of the task: at once when that delivery is the
same message again (``acks_late`` with ``reject_on_worker_lost`` redelivers a killed worker's task,
carrying the same task id), otherwise once the lease has run out; `dataset_claims_sweep` queues that
delivery where none is coming. Each takeover counts in ``claim_interruptions``; past
``SHOAL_CLAIM_MAX_INTERRUPTIONS`` the dataset fails, so a file that kills its worker is not retried for
ever. The final status change of a stage names the holder's token, so a worker whose claim was taken
over cannot overwrite the result of the one that took it.

**Time limits** (`config.limits`): a stage stopped by its soft limit fails its dataset with the reason
"… took longer than N minutes"; one killed at the hard limit is failed by the task's ``on_failure``
(`dataset_fail_timed_out`). Either way the failure is final: no sweep queues a failed dataset again.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import secrets
import tempfile
import threading
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import UploadedFile
from django.db import connection, models, transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from common.errors import ApplicationError
from common.logging import log_failure
from config import limits
from contracts.audit import audit_log
from contracts.models import ConsentRecord, Licence, Purpose
from pool.models import Corpus, Dataset, DatasetPart, Membership, Organization
from pool.storage import (
    STORAGE_WRITE_ERRORS,
    StorageUnavailableError,
    local_path,
    sha256_of,
    storage_delete,
    store_file,
    stored_names,
    stored_path,
)

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
    """Store a raw upload privately and queue its scan once the transaction commits.

    The queuing never fails the upload: a broker that cannot take the scan leaves
    ``scan_queued_at`` empty, and the claims sweep queues it later (`pool.services.outbox`)."""
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
        name = f"{dataset.pk}/upload{suffix}"
        try:
            dataset.raw_file.save(name, file, save=False)
        except STORAGE_WRITE_ERRORS as exc:  # read-only, full or missing storage: the row rolls back
            from pool.services.health import storage_write_failed

            logger.warning("storage refused the raw upload of dataset %s", dataset.pk, exc_info=True)
            storage_write_failed()
            partial = dataset.raw_file.field.generate_filename(dataset, name)
            if dataset.raw_file.storage.exists(partial):  # a disk that filled up mid-write
                storage_delete(partial, storage=dataset.raw_file.storage)
            raise StorageUnavailableError() from exc
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
        from pool.services.outbox import scan_publish

        transaction.on_commit(lambda: scan_publish(dataset=dataset))
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


# --- claims and leases (see the module docstring) -----------------------------------------------


def _lease_end(now: datetime | None = None) -> datetime:
    return (now or timezone.now()) + timedelta(seconds=limits.CLAIM_LEASE_SECONDS)


def _new_token(task_id: str | None) -> str:
    """A claim's holder: the Celery task id (a redelivery of the message carries the same one) and a
    nonce that tells two runs of it apart."""
    return f"{task_id or 'direct'}/{secrets.token_hex(6)}"


def _lapsed(now: datetime, task_id: str | None) -> Q:
    """Claims free for the taking: the lease ran out (or was never recorded), or the holder is an
    earlier delivery of this very message, which the broker redelivers only when that delivery was lost."""
    lapsed = Q(claim_expires_at__lt=now) | Q(claim_expires_at__isnull=True)
    if task_id:
        lapsed |= Q(claim_token__startswith=f"{task_id}/")
    return lapsed


_HAS_PARTS = Exists(DatasetPart.objects.filter(dataset=OuterRef("pk")))


def _claim(
    dataset_id: int, from_status: str, to_status: str, *, task_id: str | None = None, stage: str
) -> str | None:
    """Claim a dataset's stage: move it from ``from_status`` to ``to_status`` with a compare-and-set,
    or take it over from a worker that died (`_take_over`). Returns the claim's token, None when
    another worker holds the stage or it has moved on."""
    now = timezone.now()
    token = _new_token(task_id)
    claimed = Dataset.objects.filter(pk=dataset_id, status=from_status).update(
        status=to_status,
        progress=0,
        updated_at=now,
        claim_token=token,
        claim_expires_at=_lease_end(now),
        claim_interruptions=0,
    )
    if claimed:
        return token
    # A split table's stage is held by its parts (and its merge), never taken over as a whole.
    only = ~_HAS_PARTS if to_status == Dataset.Status.ANONYMIZING else Q()
    if _take_over(dataset_id, to_status, token, task_id=task_id, stage=stage, only=only):
        return token
    return None


def _take_over(
    dataset_id: int, status: str, token: str, *, task_id: str | None, stage: str, only: Q | None = None
) -> bool:
    """Take a dataset's stage over from a worker that died (`_lapsed`), counting the interruption;
    the dataset fails instead once ``SHOAL_CLAIM_MAX_INTERRUPTIONS`` is passed."""
    now = timezone.now()
    with transaction.atomic():
        held = (
            Dataset.objects.select_for_update()
            .filter(pk=dataset_id, status=status)
            .filter(_lapsed(now, task_id))
            .filter(only or Q())
            .values_list("claim_interruptions", flat=True)
            .first()
        )
        if held is None or not _count_interruption(dataset_id, held, stage):
            return False
        Dataset.objects.filter(pk=dataset_id).update(
            claim_token=token, claim_expires_at=_lease_end(now), updated_at=now
        )
    return True


def _count_interruption(dataset_id: int, interruptions: int, stage: str) -> bool:
    """Record that the worker of ``dataset_id``'s stage was lost; False (and the dataset failed) when
    that has now happened more than ``SHOAL_CLAIM_MAX_INTERRUPTIONS`` times. Call inside a transaction."""
    count = interruptions + 1
    if count > limits.CLAIM_MAX_INTERRUPTIONS:
        dataset_fail(
            dataset_id=dataset_id,
            reason=(
                f"The {stage} was interrupted {count} times (its worker stopped, for instance by running "
                "out of memory), so the file is not tried again. Split it into smaller files and upload them."
            ),
            stage=stage,
        )
        return False
    Dataset.objects.filter(pk=dataset_id).update(claim_interruptions=F("claim_interruptions") + 1)
    audit_log(
        actor=None,
        verb="dataset.claim_taken_over",
        obj=Dataset(pk=dataset_id),
        payload={"stage": stage, "interruptions": count},
    )
    return True


def _still_held(model: type[models.Model], pk: int, token: str) -> bool:
    return model._default_manager.filter(pk=pk, claim_token=token).exists()


class _Lease:
    """Renew a claim's lease from a background thread every ``SHOAL_CLAIM_HEARTBEAT_SECONDS`` while
    the work inside the ``with`` block runs.

    Only the row still held by ``token`` is renewed: once another worker has taken the claim over,
    renewing stops and `lost` is True. The thread has its own database connection, closed when it
    stops; a failed renewal (database restart) is retried at the next beat, the lease having room for
    a few. A worker that dies stops renewing, and its lease runs out ``SHOAL_CLAIM_LEASE_SECONDS`` later.
    """

    def __init__(self, model: type[models.Model], pk: int, token: str, every: float | None = None) -> None:
        self.rows = model._default_manager.filter(pk=pk, claim_token=token)
        self.every = limits.CLAIM_HEARTBEAT_SECONDS if every is None else every
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"lease-{model.__name__}-{pk}", daemon=True)

    def renew(self) -> bool:
        """Push the lease ``SHOAL_CLAIM_LEASE_SECONDS`` ahead; False once the claim is not ours."""
        held = self.rows.update(claim_expires_at=_lease_end()) == 1
        self.lost = self.lost or not held
        return held

    def _run(self) -> None:
        try:
            while not self._stop.wait(self.every):
                try:
                    if not self.renew():
                        return
                except Exception:  # the next beat tries again; the lease has room for a few
                    logger.warning("renewing a claim's lease failed; retrying at the next heartbeat")
        finally:
            connection.close()  # this thread's connection

    def __enter__(self) -> _Lease:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


#: States a dataset can fail from; a withdrawn or ready dataset keeps its state.
FAILABLE = (
    Dataset.Status.UPLOADED,
    Dataset.Status.SCANNING,
    Dataset.Status.AWAITING_REVIEW,
    Dataset.Status.APPROVED,
    Dataset.Status.ANONYMIZING,
)


def dataset_fail(*, dataset_id: int, reason: str, stage: str = "", claim_token: str | None = None) -> bool:
    """Mark a dataset failed with a readable reason (never cell values).

    A dataset withdrawn meanwhile stays withdrawn; with ``claim_token``, so does a dataset whose stage
    another worker has taken over. Returns whether the dataset was failed.
    """
    rows = Dataset.objects.filter(pk=dataset_id, status__in=FAILABLE)
    if claim_token is not None:
        rows = rows.filter(claim_token=claim_token)
    with transaction.atomic():
        failed = rows.update(
            status=Dataset.Status.FAILED,
            error_message=reason[:2000],
            updated_at=timezone.now(),
            claim_token="",
            claim_expires_at=None,
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


def time_limit_reason(stage: str) -> str:
    """Why a stage stopped by its time limit failed (``stage``: "scan" or "anonymisation")."""
    limit = limits.TIME_LIMITS[stage]
    return (
        f"The {stage} took longer than {limit.describe()} and was stopped. The file may be too large "
        "or too complex to process in one go; split it into smaller files and upload them."
    )


def _fail_with(dataset_id: int, stage: str, exc: BaseException, claim_token: str | None = None) -> None:
    """Fail a dataset with a readable reason. Engine errors are written to carry no cell values;
    anything unexpected is logged with its traceback (which may not quote cells either: the engine
    never puts values in exception messages) and shown to the user by type only."""
    from celery.exceptions import SoftTimeLimitExceeded

    from anonymize.errors import InputError, SelfCheckError

    if isinstance(exc, SoftTimeLimitExceeded):
        reason = time_limit_reason(stage)
        logger.warning("%s of dataset %s stopped by its time limit", stage, dataset_id)
    elif isinstance(exc, ApplicationError | InputError | SelfCheckError):
        reason = exc.message if isinstance(exc, ApplicationError) else str(exc)
        logger.info("%s of dataset %s rejected (%s)", stage, dataset_id, type(exc).__name__)
    else:
        log_failure(logger, exc, "%s of dataset %s failed", stage, dataset_id)
        reason = f"Processing failed unexpectedly ({type(exc).__name__}); the team has been alerted."
    dataset_fail(dataset_id=dataset_id, reason=reason, stage=stage, claim_token=claim_token)


def dataset_fail_timed_out(
    *, stage: str, task_id: str, dataset_id: int | None = None, part_id: int | None = None
) -> bool:
    """Fail the dataset whose stage (or part, ``part_id``) the task ``task_id`` held when its time
    limit stopped it: the soft limit outside the stage's own handling, or the hard limit, after which
    Celery calls this from the worker's main process. A stage another worker holds now is left alone."""
    holder = f"{task_id}/"
    token: str | None = None
    if part_id is not None:  # any part failing fails its dataset, whoever holds the other parts
        dataset_id = (
            DatasetPart.objects.filter(pk=part_id, claim_token__startswith=holder)
            .values_list("dataset_id", flat=True)
            .first()
        )
    else:
        token = (
            Dataset.objects.filter(pk=dataset_id, claim_token__startswith=holder)
            .values_list("claim_token", flat=True)
            .first()
        )
        if token is None:
            return False
    if dataset_id is None:
        return False
    failed = dataset_fail(
        dataset_id=dataset_id, reason=time_limit_reason(stage), stage=stage, claim_token=token
    )
    discard_parts(dataset_id=dataset_id)
    return failed


def dataset_scan(*, dataset_id: int, task_id: str | None = None) -> None:
    """Profile the upload, propose a plan and a preview, measure risk, then await the contributor.

    ``task_id`` is the Celery task's id: a redelivery of the same task takes over the claim at once.
    """
    from anonymize.scan import scan

    token = _claim(
        dataset_id, Dataset.Status.UPLOADED, Dataset.Status.SCANNING, task_id=task_id, stage="scan"
    )
    if token is None:
        logger.info("dataset %s already claimed for scanning", dataset_id)
        return
    dataset = Dataset.objects.get(pk=dataset_id)
    try:
        with _Lease(Dataset, dataset_id, token), local_path(dataset.raw_file) as raw:
            result = scan(raw, k=_required_k(dataset), pseudonym_key=settings.PSEUDONYM_KEY)
    except Exception as exc:
        _fail_with(dataset_id, "scan", exc, claim_token=token)
        return
    found = result.to_dict()
    with transaction.atomic():
        done = Dataset.objects.filter(
            pk=dataset_id, status=Dataset.Status.SCANNING, claim_token=token
        ).update(
            status=Dataset.Status.AWAITING_REVIEW,
            progress=100,
            plan=found["plan"],
            pii_report={"stage": "scan", "profile": found["profile"]},
            risk_report=found["risk"],
            preview=found["preview"],
            claim_token="",
            claim_expires_at=None,
        )
        if done:
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


def dataset_preview_plan(*, dataset: Dataset, plan: dict[str, Any]) -> dict[str, Any]:
    """The preview of an edited plan exactly as the run will write it, for its owner's review:
    ``{"plan", "preview", "risk"}``. The treatment is planned over the whole upload and its levels
    fixed in the returned plan (approve that plan and the run repeats them); where it had to overrule
    an operator choice, ``plan["risk"]["overrides"]`` says so. Read live, never stored."""
    from anonymize import io as shoal_io
    from anonymize.engine import get_analyzer
    from anonymize.errors import InputError
    from anonymize.pipeline import preview_table
    from anonymize.plan import Plan

    try:
        parsed = Plan.from_dict(plan)
    except (KeyError, TypeError, ValueError) as exc:
        raise ApplicationError("The plan is not valid.", {"detail": str(exc)[:300]}) from exc
    if not dataset.raw_file or dataset.format in (Dataset.Format.JSONL, Dataset.Format.TXT):
        return {"plan": parsed.to_dict(), "preview": dataset.preview, "risk": dataset.risk_report}
    analyzer = get_analyzer()
    try:
        with local_path(dataset.raw_file) as raw:
            source = shoal_io.open_table(raw, shoal_io.detect_format(raw), analyzer=analyzer)
            fixed, preview, treatment = preview_table(
                source, parsed, analyzer=analyzer, key=settings.PSEUDONYM_KEY
            )
    except InputError as exc:
        raise ApplicationError(str(exc)) from exc
    return {"plan": fixed.to_dict(), "preview": preview, "risk": {"treatment": treatment}}


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

        transaction.on_commit(lambda: dataset_anonymize_task.delay(dataset.pk), robust=True)
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


def dataset_anonymize(*, dataset_id: int, task_id: str | None = None) -> None:
    """Apply the approved plan to the whole file, store the artifact, delete the raw upload.

    A large table (`_splittable`) is cut into parts of ``SHOAL_PART_ROWS`` records, each anonymised by
    its own task (`dataset_anonymize_part`); the last part to finish queues `dataset_finish_parts`.
    """
    from anonymize.pipeline import plan_split, run

    token = _claim(
        dataset_id,
        Dataset.Status.APPROVED,
        Dataset.Status.ANONYMIZING,
        task_id=task_id,
        stage="anonymisation",
    )
    if token is None:
        logger.info("dataset %s already claimed for anonymisation", dataset_id)
        return
    dataset = Dataset.objects.get(pk=dataset_id)
    artifact_format = "jsonl" if dataset.format in (Dataset.Format.JSONL, Dataset.Format.TXT) else "parquet"
    plan: Any = dataset.plan
    try:
        with (
            _Lease(Dataset, dataset_id, token),
            local_path(dataset.raw_file) as raw,
            tempfile.TemporaryDirectory() as tmp,
        ):
            if _splittable(dataset) and not _fits_one_part(dataset):
                fixed, rows, risk = plan_split(raw, plan=dataset.plan)
                if rows > settings.SHOAL_PART_ROWS:
                    _split(dataset, fixed.to_dict(), rows, risk, token)
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
            if not _still_held(Dataset, dataset_id, token):  # taken over: the new holder stores it
                return
            stored, sha, size = _store_artifact(dataset, Path(tmp) / "out" / report.output_name)
    except Exception as exc:
        _fail_with(dataset_id, "anonymisation", exc, claim_token=token)
        return
    _mark_ready(dataset, report, stored, sha, size, token)


def _store_artifact(dataset: Dataset, out: Path) -> tuple[str, str, int]:
    suffix = out.suffix.lstrip(".")
    return store_file(out, f"artifacts/{dataset.pk}/data.{suffix}"), sha256_of(out), out.stat().st_size


def _mark_ready(dataset: Dataset, report: Any, stored: str, sha: str, size: int, token: str) -> None:
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


def _fits_one_part(dataset: Dataset) -> bool:
    """Whether the scan already counted the table's records (measuring its risk over the whole file)
    at no more than a part holds: counting them again with `plan_split`, a whole pass over the file,
    could not lead to a split, so the run goes ahead at once."""
    records = (dataset.risk_report.get("before") or {}).get("records")
    return isinstance(records, int) and records <= settings.SHOAL_PART_ROWS


def _split(dataset: Dataset, plan: dict[str, Any], rows: int, risk: dict[str, Any], token: str) -> None:
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
    token = _new_token(task_id)
    if DatasetPart.objects.filter(pk=part_id, status=DatasetPart.Status.PENDING).update(
        status=DatasetPart.Status.RUNNING, claim_token=token, claim_expires_at=_lease_end(now), updated_at=now
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
            .filter(_lapsed(now, task_id))
            .exists()
        )
        if interruptions is None or not lapsed:
            return None
        if _count_interruption(dataset_id, interruptions, "anonymisation"):
            DatasetPart.objects.filter(pk=part_id).update(
                claim_token=token, claim_expires_at=_lease_end(now), updated_at=now
            )
            return token
    discard_parts(dataset_id=dataset_id)  # the dataset failed
    return None


def dataset_anonymize_part(*, part_id: int, task_id: str | None = None) -> None:
    """Anonymise one part's records into a private Parquet file; the last part queues the merge."""
    from anonymize.pipeline import run

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
        with (
            _Lease(DatasetPart, part_id, token),
            local_path(dataset.raw_file) as raw,
            tempfile.TemporaryDirectory() as tmp,
        ):
            report = run(
                raw,
                Path(tmp) / "out",
                plan=dataset.plan,
                k=_required_k(dataset),
                artifact_format="parquet",
                pseudonym_key=settings.PSEUDONYM_KEY,
                rows=(part.start_row, part.stop_row),
                selfcheck=False,
            )
            if not _still_held(DatasetPart, part_id, token):  # taken over: the new holder stores it
                return
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
    token = _new_token(task_id)
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
                claim_expires_at=_lease_end(),
                claim_interruptions=0,
                updated_at=timezone.now(),
            )
        return token
    if statuses == {DatasetPart.Status.MERGED} and _take_over(
        dataset_id, Dataset.Status.ANONYMIZING, token, task_id=task_id, stage="anonymisation"
    ):
        return token
    return None


def dataset_finish_parts(*, dataset_id: int, task_id: str | None = None) -> None:
    """Merge a split dataset's parts into its artifact, self-check it, and make the dataset ready."""
    from anonymize.pipeline import finish_parts

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
        with (
            _Lease(Dataset, dataset_id, token),
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
            if not _still_held(Dataset, dataset_id, token):  # taken over: the new holder stores it
                return
            stored, sha, size = _store_artifact(dataset, Path(tmp) / "out" / report.output_name)
    except Exception as exc:
        _fail_with(dataset_id, "anonymisation", exc, claim_token=token)
        discard_parts(dataset_id=dataset_id)
        return
    discard_parts(dataset_id=dataset_id)
    _mark_ready(dataset, report, stored, sha, size, token)


def discard_parts(*, dataset_id: int) -> int:
    """Delete a dataset's part files and rows (after the merge, a failure or a withdrawal)."""
    parts = list(DatasetPart.objects.filter(dataset_id=dataset_id))
    for part in parts:
        if part.file and default_storage.exists(part.file):
            default_storage.delete(part.file)
    DatasetPart.objects.filter(pk__in=[p.pk for p in parts]).delete()
    return len(parts)


# --- recovery of lost work --------------------------------------------------------------------------

#: Queued work not picked up after this long was lost (the broker was down when it was queued).
LOST_AFTER = timedelta(minutes=10)


#: How long an approved dataset may wait for its anonymisation to start before the claims sweep
#: queues it again (every queued delivery renews it, so the queue holds at most one extra per period).
APPROVED_LOST_AFTER = timedelta(minutes=5)


def dataset_claims_sweep(*, now: datetime | None = None) -> list[int]:
    """Queue the next delivery of every stage whose worker died: its lease ran out and no delivery is
    on its way (none was queued by this sweep within a lease's length). The task takes the claim over
    (`_claim`, `_claim_part`, `_claim_merge`). Also queues again a split table's parts and merge whose
    messages were lost. Returns the ids of the datasets concerned; a failed dataset is never among them.
    """
    from pool.tasks import (
        dataset_anonymize_part_task,
        dataset_anonymize_task,
        dataset_finish_parts_task,
        dataset_scan_task,
    )

    now = now or timezone.now()
    lapsed = Q(claim_expires_at__lt=now) | Q(claim_expires_at__isnull=True)
    quiet = Q(updated_at__lt=now - timedelta(seconds=limits.CLAIM_LEASE_SECONDS))
    datasets: list[tuple[int, Any]] = []
    claimed = Dataset.objects.filter(lapsed, quiet)
    for pk in claimed.filter(status=Dataset.Status.SCANNING).values_list("pk", flat=True):
        datasets.append((pk, dataset_scan_task))
    anonymizing = claimed.filter(status=Dataset.Status.ANONYMIZING)
    for pk in anonymizing.exclude(_HAS_PARTS).values_list("pk", flat=True):
        datasets.append((pk, dataset_anonymize_task))
    unfinished = DatasetPart.objects.filter(dataset=OuterRef("pk")).exclude(status=DatasetPart.Status.MERGED)
    for pk in anonymizing.filter(_HAS_PARTS).exclude(Exists(unfinished)).values_list("pk", flat=True):
        datasets.append((pk, dataset_finish_parts_task))  # a merge whose worker died
    waiting = DatasetPart.objects.filter(dataset=OuterRef("pk")).exclude(status=DatasetPart.Status.DONE)
    merge_lost = Dataset.objects.filter(
        _HAS_PARTS, status=Dataset.Status.ANONYMIZING, updated_at__lt=now - LOST_AFTER
    ).exclude(Exists(waiting))
    for pk in merge_lost.values_list("pk", flat=True):
        datasets.append((pk, dataset_finish_parts_task))  # every part done, the merge never queued
    # An approval whose message was lost, or taken by a worker killed before it claimed the dataset
    # (the broker redelivers that one only after its visibility timeout, an hour on Redis): queued
    # again after `APPROVED_LOST_AFTER`; a duplicate delivery finds the claim taken and does nothing.
    approved_lost = Dataset.objects.filter(
        status=Dataset.Status.APPROVED, updated_at__lt=now - APPROVED_LOST_AFTER
    ).exclude(raw_file="")
    for pk in approved_lost.values_list("pk", flat=True):
        datasets.append((pk, dataset_anonymize_task))
    for pk, task in datasets:
        if Dataset.objects.filter(pk=pk).update(updated_at=now):
            task.delay(pk)
    parts = DatasetPart.objects.filter(dataset__status=Dataset.Status.ANONYMIZING).filter(
        Q(status=DatasetPart.Status.RUNNING, claim_expires_at__lt=now)
        | Q(status=DatasetPart.Status.RUNNING, claim_expires_at__isnull=True)
        | Q(status=DatasetPart.Status.PENDING, updated_at__lt=now - LOST_AFTER)
    )
    parts = parts.filter(updated_at__lt=now - timedelta(seconds=limits.CLAIM_LEASE_SECONDS))
    split: set[int] = set()
    for part_id, dataset_id in parts.values_list("pk", "dataset_id"):
        if DatasetPart.objects.filter(pk=part_id).update(updated_at=now):
            dataset_anonymize_part_task.delay(part_id)
            split.add(dataset_id)
    # A worker killed between marking its dataset ready and deleting the raw upload: delete it now,
    # not at the hourly storage reconcile.
    for dataset in Dataset.objects.filter(status=Dataset.Status.READY).exclude(raw_file=""):
        dataset_raw_delete(dataset=dataset, reason="anonymised")
    return sorted({pk for pk, _ in datasets} | split)


# --- a failed upload: try again, or delete it ------------------------------------------------------


def _require_contributor(dataset: Dataset, user: Any) -> None:
    from pool.selectors import can_contribute_to

    if not can_contribute_to(user, dataset):
        raise ApplicationError("Only a contributor of the owning organisation may do this.")


def dataset_retry(*, dataset: Dataset, user: Any) -> Dataset:
    """Give a failed dataset another go from the stage that failed, while its raw upload is kept.

    A failed scan is scanned again (queued on commit, like an upload). A failed anonymisation goes
    back to review, not straight to a worker: the plan that failed may need a change first. The
    count of lost workers starts again, so a file that kills its worker still fails in the end.
    """
    _require_contributor(dataset, user)
    if dataset.status != Dataset.Status.FAILED:
        raise ApplicationError("Only a failed dataset can be tried again.")
    if not dataset.raw_file or dataset.raw_deleted_at is not None:
        raise ApplicationError("The uploaded file is no longer kept; upload it again.")
    reviewed = bool(dataset.plan) and dataset.approved_at is not None
    status = Dataset.Status.AWAITING_REVIEW if reviewed else Dataset.Status.UPLOADED
    discard_parts(dataset_id=dataset.pk)
    with transaction.atomic():
        updated = Dataset.objects.filter(pk=dataset.pk, status=Dataset.Status.FAILED).update(
            status=status,
            progress=100 if reviewed else 0,
            error_message="",
            approved_at=None,
            claim_token="",
            claim_expires_at=None,
            claim_interruptions=0,
            scan_queued_at=None,
            updated_at=timezone.now(),
        )
        if updated != 1:
            raise ApplicationError("The dataset changed state meanwhile; reload and try again.")
        audit_log(actor=user, verb="dataset.retried", obj=dataset, payload={"status": status})
        if not reviewed:
            from pool.services.outbox import scan_publish

            transaction.on_commit(lambda: scan_publish(dataset=dataset))
    dataset.refresh_from_db()
    return dataset


def dataset_delete(*, dataset: Dataset, user: Any) -> None:
    """Delete a failed dataset: its raw upload and part files first, then its row (audited by id).

    A dataset that failed was never pooled, so nothing downstream refers to it. Should storage refuse
    to delete the raw file, the row stays and the contributor is told to try later.
    """
    _require_contributor(dataset, user)
    if dataset.status != Dataset.Status.FAILED:
        raise ApplicationError("Only a failed dataset can be deleted; withdraw a dataset instead.")
    discard_parts(dataset_id=dataset.pk)
    if not dataset_raw_delete(dataset=dataset, reason="deleted"):
        raise ApplicationError("The uploaded file could not be deleted just now; try again later.")
    with transaction.atomic():
        deleted, _ = Dataset.objects.filter(pk=dataset.pk, status=Dataset.Status.FAILED).delete()
        if not deleted:
            raise ApplicationError("The dataset changed state meanwhile; reload and try again.")
        audit_log(
            actor=user,
            verb="dataset.deleted",
            obj=dataset,
            payload={"organization": dataset.organization_id, "status": "failed"},
        )


def dataset_timeline(*, dataset: Dataset) -> list[dict[str, Any]]:
    """The dataset's milestones, oldest first: ``uploaded``, ``approved``, ``ready``, one ``published``
    per corpus version holding it, ``withdrawn``; each ``{"event", "at", …}``.

    The first ``published`` event of each corpus carries ``seconds_after_ready``: the publish latency
    (ready → that version published), the figure the build debounce costs a contributor. Times,
    corpus slugs and version numbers only: nothing here holds a cell value.
    """
    milestones = [
        ("uploaded", dataset.created_at),
        ("approved", dataset.approved_at),
        ("ready", dataset.ready_at),
        ("withdrawn", dataset.withdrawn_at),
    ]
    events: list[dict[str, Any]] = [{"event": name, "at": at} for name, at in milestones if at is not None]
    first_in_corpus: set[int] = set()
    versions = (
        dataset.corpus_versions.filter(published_at__isnull=False)
        .select_related("corpus")
        .order_by("published_at", "pk")
    )
    for version in versions:
        event: dict[str, Any] = {
            "event": "published",
            "at": version.published_at,
            "corpus": version.corpus.slug,
            "version": version.number,
        }
        if version.corpus_id not in first_in_corpus and dataset.ready_at is not None:
            first_in_corpus.add(version.corpus_id)
            latency = (version.published_at - dataset.ready_at).total_seconds()
            event["seconds_after_ready"] = round(max(0.0, latency), 3)
        events.append(event)
    return sorted(events, key=lambda event: event["at"])

"""Claims, leases and failure of a dataset's stages.

**Claims.** A worker starts a stage (scan, anonymisation, the merge of a split table's parts, each
part) by claiming it with a compare-and-set, so a second delivery of the task does nothing. The claim
records its holder (``claim_token``: the Celery task id and a nonce) and a lease
(``claim_expires_at``, ``SHOAL_CLAIM_LEASE_SECONDS`` ahead) that a background thread renews every
``SHOAL_CLAIM_HEARTBEAT_SECONDS`` while the work runs (`Lease`: the scan and text runs report no
progress for minutes, so the progress callback cannot carry the heartbeat). A worker that dies stops
renewing. Its stage is taken over by the next delivery of the task: at once when that delivery is the
same message again (``acks_late`` with ``reject_on_worker_lost`` redelivers a killed worker's task,
carrying the same task id), otherwise once the lease has run out; `dataset_claims_sweep` queues that
delivery where none is coming. Each takeover counts in ``claim_interruptions``; past
``SHOAL_CLAIM_MAX_INTERRUPTIONS`` the dataset fails, so a file that kills its worker is not retried for
ever. The final status change of a stage names the holder's token, so a worker whose claim was taken
over cannot overwrite the result of the one that took it.

**Time limits** (`config.limits`, read as ``settings.SHOAL_TIME_LIMITS``): a stage stopped by its soft
limit fails its dataset with the reason "… took longer than N minutes"; one killed at the hard limit is failed by the task's ``on_failure``
(`dataset_fail_timed_out`). Either way the failure is final: no sweep queues a failed dataset again.
"""

from __future__ import annotations

import logging
import secrets
import threading
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, models, transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from common.errors import ApplicationError
from common.logging import log_failure
from contracts.audit import audit_log
from pool.models import Dataset, DatasetPart
from pool.services.datasets.artifacts import discard_parts

logger = logging.getLogger(__name__)


def lease_end(now: datetime | None = None) -> datetime:
    return (now or timezone.now()) + timedelta(seconds=settings.SHOAL_CLAIM_LEASE_SECONDS)


def new_token(task_id: str | None) -> str:
    """A claim's holder: the Celery task id (a redelivery of the message carries the same one) and a
    nonce that tells two runs of it apart."""
    return f"{task_id or 'direct'}/{secrets.token_hex(6)}"


def claim_lapsed(now: datetime, task_id: str | None) -> Q:
    """Claims free for the taking: the lease ran out (or was never recorded), or the holder is an
    earlier delivery of this very message, which the broker redelivers only when that delivery was lost."""
    lapsed = Q(claim_expires_at__lt=now) | Q(claim_expires_at__isnull=True)
    if task_id:
        lapsed |= Q(claim_token__startswith=f"{task_id}/")
    return lapsed


HAS_PARTS = Exists(DatasetPart.objects.filter(dataset=OuterRef("pk")))


def claim_stage(
    dataset_id: int, from_status: str, to_status: str, *, task_id: str | None = None, stage: str
) -> str | None:
    """Claim a dataset's stage: move it from ``from_status`` to ``to_status`` with a compare-and-set,
    or take it over from a worker that died (`take_over`). Returns the claim's token, None when
    another worker holds the stage or it has moved on."""
    now = timezone.now()
    token = new_token(task_id)
    claimed = Dataset.objects.filter(pk=dataset_id, status=from_status).update(
        status=to_status,
        progress=0,
        updated_at=now,
        claim_token=token,
        claim_expires_at=lease_end(now),
        claim_interruptions=0,
    )
    if claimed:
        return token
    # A split table's stage is held by its parts (and its merge), never taken over as a whole.
    only = ~HAS_PARTS if to_status == Dataset.Status.ANONYMIZING else Q()
    if take_over(dataset_id, to_status, token, task_id=task_id, stage=stage, only=only):
        return token
    return None


def take_over(
    dataset_id: int, status: str, token: str, *, task_id: str | None, stage: str, only: Q | None = None
) -> bool:
    """Take a dataset's stage over from a worker that died (`claim_lapsed`), counting the interruption;
    the dataset fails instead once ``SHOAL_CLAIM_MAX_INTERRUPTIONS`` is passed."""
    now = timezone.now()
    with transaction.atomic():
        held = (
            Dataset.objects.select_for_update()
            .filter(pk=dataset_id, status=status)
            .filter(claim_lapsed(now, task_id))
            .filter(only or Q())
            .values_list("claim_interruptions", flat=True)
            .first()
        )
        if held is None or not count_interruption(dataset_id, held, stage):
            return False
        Dataset.objects.filter(pk=dataset_id).update(
            claim_token=token, claim_expires_at=lease_end(now), updated_at=now
        )
    return True


def count_interruption(dataset_id: int, interruptions: int, stage: str) -> bool:
    """Record that the worker of ``dataset_id``'s stage was lost; False (and the dataset failed) when
    that has now happened more than ``SHOAL_CLAIM_MAX_INTERRUPTIONS`` times. Call inside a transaction."""
    count = interruptions + 1
    if count > settings.SHOAL_CLAIM_MAX_INTERRUPTIONS:
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


def still_held(model: type[models.Model], pk: int, token: str) -> bool:
    return model._default_manager.filter(pk=pk, claim_token=token).exists()


class Lease:
    """Renew a claim's lease from a background thread every ``SHOAL_CLAIM_HEARTBEAT_SECONDS`` while
    the work inside the ``with`` block runs.

    Only the row still held by ``token`` is renewed: once another worker has taken the claim over,
    renewing stops and `lost` is True. The thread has its own database connection, closed when it
    stops; a failed renewal (database restart) is retried at the next beat, the lease having room for
    a few. A worker that dies stops renewing, and its lease runs out ``SHOAL_CLAIM_LEASE_SECONDS`` later.
    """

    def __init__(self, model: type[models.Model], pk: int, token: str, every: float | None = None) -> None:
        self.rows = model._default_manager.filter(pk=pk, claim_token=token)
        self.every = settings.SHOAL_CLAIM_HEARTBEAT_SECONDS if every is None else every
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"lease-{model.__name__}-{pk}", daemon=True)

    def renew(self) -> bool:
        """Push the lease ``SHOAL_CLAIM_LEASE_SECONDS`` ahead; False once the claim is not ours."""
        held = self.rows.update(claim_expires_at=lease_end()) == 1
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

    def __enter__(self) -> Lease:
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


def required_k(dataset: Dataset) -> int:
    """The strictest k among the corpora the contributor chose (5 when none)."""
    thresholds = [corpus.k_threshold for corpus in dataset.target_corpora.all()]
    return max(thresholds, default=5)


class StageProgress:
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
    limit = settings.SHOAL_TIME_LIMITS[stage]
    return (
        f"The {stage} took longer than {limit.describe()} and was stopped. The file may be too large "
        "or too complex to process in one go; split it into smaller files and upload them."
    )


def fail_with(dataset_id: int, stage: str, exc: BaseException, claim_token: str | None = None) -> None:
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

"""Thin Celery tasks: each takes ids, imports its service in the body and calls it.

Every task has a soft and a hard time limit for its kind (``settings.SHOAL_TIME_LIMITS``, parsed in
`config/limits.py`) and names that kind (``kind``) in its log line. The dataset stages pass
their Celery task id to the service, so a redelivery of the same message (a killed worker's task,
``acks_late`` + ``reject_on_worker_lost``) takes the claim over at once; their base class fails the
dataset when a time limit stops the task outside the service's own handling (the hard limit kills
the worker process, and Celery then calls ``on_failure`` in the worker's main process).

Each run logs one structured line (`common.tasklog`): ids, duration, outcome, and the counts a task
returns as a ``dict`` of integers.
"""

from __future__ import annotations

from typing import Any

from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from django.conf import settings

from common.errors import TransientError


class DatasetStageTask(Task):
    """A dataset stage whose first argument is a dataset id; ``stage`` names it in the reason."""

    stage = ""

    def on_failure(self, exc: Exception, task_id: str, args: Any, kwargs: Any, einfo: Any) -> None:
        if isinstance(exc, SoftTimeLimitExceeded | TimeLimitExceeded):
            from django.db import connection

            from pool.services.datasets import dataset_fail_timed_out

            try:
                dataset_fail_timed_out(stage=self.stage, task_id=task_id, **self.target(args, kwargs))
            finally:
                if not connection.in_atomic_block:  # the worker's main process must not keep (or fork) it
                    connection.close()
        super().on_failure(exc, task_id, args, kwargs, einfo)

    def target(self, args: Any, kwargs: Any) -> dict[str, int]:
        return {"dataset_id": int(args[0] if args else kwargs["dataset_id"])}


class DatasetPartTask(DatasetStageTask):
    """A part of a split table's anonymisation; its first argument is the part's id."""

    def target(self, args: Any, kwargs: Any) -> dict[str, int]:
        return {"part_id": int(args[0] if args else kwargs["part_id"])}


def _limits(kind: str) -> dict[str, Any]:
    """The task options of a kind: its soft and hard time limits and its name for the log line."""
    limit = settings.SHOAL_TIME_LIMITS[kind]
    return {"soft_time_limit": limit.soft, "time_limit": limit.hard, "kind": kind}


@shared_task(bind=True, base=DatasetStageTask, stage="scan", acks_late=True, **_limits("scan"))
def dataset_scan_task(self: Task, dataset_id: int) -> None:
    """Profile an upload and propose a plan (safe to run twice: the service claims first)."""
    from pool.services.datasets import dataset_scan

    dataset_scan(dataset_id=dataset_id, task_id=self.request.id)


@shared_task(
    bind=True, base=DatasetStageTask, stage="anonymisation", acks_late=True, **_limits("anonymisation")
)
def dataset_anonymize_task(self: Task, dataset_id: int) -> None:
    """Apply the approved plan and write the artifact (safe to run twice: the service claims first)."""
    from pool.services.datasets import dataset_anonymize

    dataset_anonymize(dataset_id=dataset_id, task_id=self.request.id)


@shared_task(
    bind=True, base=DatasetPartTask, stage="anonymisation", acks_late=True, **_limits("anonymisation")
)
def dataset_anonymize_part_task(self: Task, part_id: int) -> None:
    """Anonymise one part of a large table (safe to run twice: the part is claimed first)."""
    from pool.services.datasets import dataset_anonymize_part

    dataset_anonymize_part(part_id=part_id, task_id=self.request.id)


@shared_task(
    bind=True, base=DatasetStageTask, stage="anonymisation", acks_late=True, **_limits("anonymisation")
)
def dataset_finish_parts_task(self: Task, dataset_id: int) -> None:
    """Merge a large table's parts into its artifact (safe to run twice: the parts are claimed first)."""
    from pool.services.datasets import dataset_finish_parts

    dataset_finish_parts(dataset_id=dataset_id, task_id=self.request.id)


@shared_task(**_limits("sweep"))
def dataset_claims_sweep_task() -> dict[str, int]:
    """Queue again the stages whose worker died (lease run out) and lost part messages, and the scans
    a broker outage left waiting (celery beat, every ``SHOAL_CLAIMS_SWEEP_SECONDS``)."""
    from pool.services.datasets import dataset_claims_sweep
    from pool.services.outbox import scans_publish_pending

    requeued = dataset_claims_sweep()
    published = scans_publish_pending()
    return {"requeued": len(requeued), "scans_published": len(published)}


@shared_task(**_limits("sweep"))
def retention_sweep_task() -> dict[str, int]:
    """Delete raw files past retention, expire grants and upload idempotency keys (celery beat, hourly)."""
    from pool.services.idempotency import idempotency_keys_expire
    from pool.services.retention import retention_sweep

    result = retention_sweep()
    keys = idempotency_keys_expire()
    return {
        "raw_deleted": result.raw_deleted,
        "requeued": len(result.requeued),
        "cascades": len(result.cascades),
        "consents_expired": len(result.consents_expired),
        "corpora_rebuilt": len(result.corpora_rebuilt),
        "grant_warnings": result.grant_warnings,
        "grants_expired": result.grants_expired,
        "idempotency_keys_expired": keys,
    }


@shared_task(**_limits("sweep"))
def storage_reconcile_task() -> dict[str, int]:
    """Compare storage with the database and delete raw uploads no longer needed (celery beat, hourly);
    orphan artifacts and rows without files are only reported (as counts in the task's log line)."""
    from pool.services.retention import storage_reconcile

    return storage_reconcile(delete=True).counts()


# --- corpora, notices, withdrawal (pool.services.corpora / notices / withdrawal) -------------------


@shared_task(acks_late=True, **_limits("pool"))
def corpus_build_task(corpus_id: int) -> dict[str, int]:
    """Build the next corpus version (safe to run twice: the build claims a version number first)."""
    from pool.models import Corpus
    from pool.services.corpora import corpus_build

    corpus = Corpus.objects.filter(pk=corpus_id).first()
    version = corpus_build(corpus=corpus) if corpus is not None else None
    return {"version": version.number, "rows": version.row_count or 0} if version is not None else {}


@shared_task(acks_late=True, **_limits("pool"))
def dataset_pool_task(dataset_id: int) -> dict[str, int]:
    """Offer a ready dataset to the corpora its contributor chose."""
    from pool.models import Dataset
    from pool.services.corpora import dataset_pool

    dataset = Dataset.objects.filter(pk=dataset_id).first()
    decisions = dataset_pool(dataset=dataset) if dataset is not None else {}
    admitted = sum(1 for decision in decisions.values() if decision.allowed)
    return {"admitted": admitted, "refused": len(decisions) - admitted}


# A notice whose e-mail or webhook failed for a reason that may pass (the service raises a
# TransientError) is retried with exponential backoff from 30 s to 10 min with jitter, six times (about
# 20 minutes in all); a refused target or a 4xx answer is never retried.
_NOTICE_RETRIES: dict[str, Any] = {
    "autoretry_for": (TransientError,),
    "max_retries": 6,
    "retry_backoff": 30,
    "retry_backoff_max": 600,
    "retry_jitter": True,
}


@shared_task(acks_late=True, **_NOTICE_RETRIES, **_limits("notice"))
def notice_deliver_task(notice_id: int) -> dict[str, int]:
    """E-mail and webhook delivery of a notice (each channel claimed once)."""
    from pool.services.notices import notice_deliver

    return notice_deliver(notice_id=notice_id)


@shared_task(acks_late=True, **_limits("pool"))
def consent_withdrawn_task(record_id: int) -> dict[str, int]:
    """Erase every dataset resting on a withdrawn or invalidated consent (Art. 17/19 cascade)."""
    from pool.services.withdrawal import consent_withdrawal_cascade

    return {"datasets_erased": len(consent_withdrawal_cascade(record_id=record_id))}


@shared_task(**_limits("sweep"))
def corpora_refresh_task() -> dict[str, int]:
    """Safety net (celery beat): queue a build of every corpus; unchanged corpora build nothing."""
    from pool.models import Corpus

    queued = 0
    for corpus_id in Corpus.objects.values_list("pk", flat=True):
        corpus_build_task.delay(corpus_id)
        queued += 1
    return {"builds_queued": queued}

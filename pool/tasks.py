"""Thin Celery tasks: each takes ids, imports its service in the body and calls it.

Every task has a soft and a hard time limit for its kind (`config.limits`). The dataset stages pass
their Celery task id to the service, so a redelivery of the same message (a killed worker's task,
``acks_late`` + ``reject_on_worker_lost``) takes the claim over at once; their base class fails the
dataset when a time limit stops the task outside the service's own handling (the hard limit kills
the worker process, and Celery then calls ``on_failure`` in the worker's main process).
"""

from __future__ import annotations

from typing import Any

from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded

from config import limits


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


def _limits(limit: limits.TimeLimit) -> dict[str, int]:
    return {"soft_time_limit": limit.soft, "time_limit": limit.hard}


@shared_task(bind=True, base=DatasetStageTask, stage="scan", acks_late=True, **_limits(limits.SCAN))
def dataset_scan_task(self: Task, dataset_id: int) -> None:
    """Profile an upload and propose a plan (safe to run twice: the service claims first)."""
    from pool.services.datasets import dataset_scan

    dataset_scan(dataset_id=dataset_id, task_id=self.request.id)


@shared_task(
    bind=True, base=DatasetStageTask, stage="anonymisation", acks_late=True, **_limits(limits.ANONYMIZE)
)
def dataset_anonymize_task(self: Task, dataset_id: int) -> None:
    """Apply the approved plan and write the artifact (safe to run twice: the service claims first)."""
    from pool.services.datasets import dataset_anonymize

    dataset_anonymize(dataset_id=dataset_id, task_id=self.request.id)


@shared_task(
    bind=True, base=DatasetPartTask, stage="anonymisation", acks_late=True, **_limits(limits.ANONYMIZE)
)
def dataset_anonymize_part_task(self: Task, part_id: int) -> None:
    """Anonymise one part of a large table (safe to run twice: the part is claimed first)."""
    from pool.services.datasets import dataset_anonymize_part

    dataset_anonymize_part(part_id=part_id, task_id=self.request.id)


@shared_task(
    bind=True, base=DatasetStageTask, stage="anonymisation", acks_late=True, **_limits(limits.ANONYMIZE)
)
def dataset_finish_parts_task(self: Task, dataset_id: int) -> None:
    """Merge a large table's parts into its artifact (safe to run twice: the parts are claimed first)."""
    from pool.services.datasets import dataset_finish_parts

    dataset_finish_parts(dataset_id=dataset_id, task_id=self.request.id)


@shared_task(**_limits(limits.SWEEP))
def dataset_claims_sweep_task() -> None:
    """Queue again the stages whose worker died (lease run out) and lost part messages, and the scans
    a broker outage left waiting (celery beat, every ``SHOAL_CLAIMS_SWEEP_SECONDS``)."""
    from pool.services.datasets import dataset_claims_sweep
    from pool.services.outbox import scans_publish_pending

    dataset_claims_sweep()
    scans_publish_pending()


@shared_task(**_limits(limits.SWEEP))
def retention_sweep_task() -> None:
    """Delete raw files past retention, expire grants and upload idempotency keys (celery beat, hourly)."""
    from pool.services.idempotency import idempotency_keys_expire
    from pool.services.retention import retention_sweep

    retention_sweep()
    idempotency_keys_expire()


@shared_task(**_limits(limits.SWEEP))
def storage_reconcile_task() -> None:
    """Compare storage with the database and delete raw uploads no longer needed (celery beat, hourly);
    orphan artifacts and rows without files are only reported (logged as counts)."""
    import logging

    from pool.services.retention import storage_reconcile

    result = storage_reconcile(delete=True)
    logging.getLogger(__name__).info("storage reconcile: %s", result.counts())


# --- corpora, notices, withdrawal (pool.services.corpora / notices / withdrawal) -------------------


@shared_task(acks_late=True, **_limits(limits.POOL))
def corpus_build_task(corpus_id: int) -> None:
    """Build the next corpus version (safe to run twice: the build claims a version number first)."""
    from pool.models import Corpus
    from pool.services.corpora import corpus_build

    corpus = Corpus.objects.filter(pk=corpus_id).first()
    if corpus is not None:
        corpus_build(corpus=corpus)


@shared_task(acks_late=True, **_limits(limits.POOL))
def dataset_pool_task(dataset_id: int) -> None:
    """Offer a ready dataset to the corpora its contributor chose."""
    from pool.models import Dataset
    from pool.services.corpora import dataset_pool

    dataset = Dataset.objects.filter(pk=dataset_id).first()
    if dataset is not None:
        dataset_pool(dataset=dataset)


@shared_task(acks_late=True, **_limits(limits.NOTICE))
def notice_deliver_task(notice_id: int) -> None:
    """E-mail and webhook delivery of a notice (each channel claimed once)."""
    from pool.services.notices import notice_deliver

    notice_deliver(notice_id=notice_id)


@shared_task(acks_late=True, **_limits(limits.POOL))
def consent_withdrawn_task(record_id: int) -> None:
    """Erase every dataset resting on a withdrawn or invalidated consent (Art. 17/19 cascade)."""
    from pool.services.withdrawal import consent_withdrawal_cascade

    consent_withdrawal_cascade(record_id=record_id)


@shared_task(**_limits(limits.SWEEP))
def corpora_refresh_task() -> None:
    """Safety net (celery beat): queue a build of every corpus; unchanged corpora build nothing."""
    from pool.models import Corpus

    for corpus_id in Corpus.objects.values_list("pk", flat=True):
        corpus_build_task.delay(corpus_id)

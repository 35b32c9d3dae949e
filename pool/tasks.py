"""Thin Celery tasks: each takes ids, imports its service in the body and calls it."""

from __future__ import annotations

from celery import shared_task


@shared_task(acks_late=True)
def dataset_scan_task(dataset_id: int) -> None:
    """Profile an upload and propose a plan (safe to run twice: the service claims first)."""
    from pool.services.datasets import dataset_scan

    dataset_scan(dataset_id=dataset_id)


@shared_task(acks_late=True)
def dataset_anonymize_task(dataset_id: int) -> None:
    """Apply the approved plan and write the artifact (safe to run twice: the service claims first)."""
    from pool.services.datasets import dataset_anonymize

    dataset_anonymize(dataset_id=dataset_id)


@shared_task(acks_late=True)
def dataset_anonymize_part_task(part_id: int) -> None:
    """Anonymise one part of a large table (safe to run twice: the part is claimed first)."""
    from pool.services.datasets import dataset_anonymize_part

    dataset_anonymize_part(part_id=part_id)


@shared_task(acks_late=True)
def dataset_finish_parts_task(dataset_id: int) -> None:
    """Merge a large table's parts into its artifact (safe to run twice: the parts are claimed first)."""
    from pool.services.datasets import dataset_finish_parts

    dataset_finish_parts(dataset_id=dataset_id)


@shared_task
def retention_sweep_task() -> None:
    """Delete raw files past retention and expire grants (celery beat, hourly)."""
    from pool.services.retention import retention_sweep

    retention_sweep()


@shared_task
def storage_reconcile_task() -> None:
    """Compare storage with the database and delete raw uploads no longer needed (celery beat, hourly);
    orphan artifacts and rows without files are only reported (logged as counts)."""
    import logging

    from pool.services.retention import storage_reconcile

    result = storage_reconcile(delete=True)
    logging.getLogger(__name__).info("storage reconcile: %s", result.counts())


# --- corpora, notices, withdrawal (pool.services.corpora / notices / withdrawal) -------------------


@shared_task(acks_late=True)
def corpus_build_task(corpus_id: int) -> None:
    """Build the next corpus version (safe to run twice: the build claims a version number first)."""
    from pool.models import Corpus
    from pool.services.corpora import corpus_build

    corpus = Corpus.objects.filter(pk=corpus_id).first()
    if corpus is not None:
        corpus_build(corpus=corpus)


@shared_task(acks_late=True)
def dataset_pool_task(dataset_id: int) -> None:
    """Offer a ready dataset to the corpora its contributor chose."""
    from pool.models import Dataset
    from pool.services.corpora import dataset_pool

    dataset = Dataset.objects.filter(pk=dataset_id).first()
    if dataset is not None:
        dataset_pool(dataset=dataset)


@shared_task(acks_late=True)
def notice_deliver_task(notice_id: int) -> None:
    """E-mail and webhook delivery of a notice (each channel claimed once)."""
    from pool.services.notices import notice_deliver

    notice_deliver(notice_id=notice_id)


@shared_task(acks_late=True)
def consent_withdrawn_task(record_id: int) -> None:
    """Erase every dataset resting on a withdrawn or invalidated consent (Art. 17/19 cascade)."""
    from pool.services.withdrawal import consent_withdrawal_cascade

    consent_withdrawal_cascade(record_id=record_id)


@shared_task
def corpora_refresh_task() -> None:
    """Safety net (celery beat): queue a build of every corpus; unchanged corpora build nothing."""
    from pool.models import Corpus

    for corpus_id in Corpus.objects.values_list("pk", flat=True):
        corpus_build_task.delay(corpus_id)

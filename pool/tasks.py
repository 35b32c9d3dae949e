"""Thin Celery tasks: each takes ids, imports its service in the body and calls it."""

from __future__ import annotations

from celery import shared_task


@shared_task(acks_late=True)
def dataset_process_task(dataset_id: int) -> None:
    """Anonymise an uploaded dataset into its artifact (safe to run twice: the service claims first)."""
    from pool.services.datasets import dataset_process

    dataset_process(dataset_id=dataset_id)


@shared_task
def retention_sweep_task() -> None:
    """Delete raw files past retention and expire grants (celery beat, hourly)."""
    from pool.services.retention import retention_sweep

    retention_sweep()

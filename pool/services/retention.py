"""Periodic housekeeping: raw uploads past retention are deleted, expired grants are closed."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from contracts.audit import audit_log
from pool.models import Dataset


def retention_sweep() -> int:
    """Delete raw files older than ``RAW_RETENTION_DAYS`` whatever their state; return how many."""
    cutoff = timezone.now() - timedelta(days=settings.RAW_RETENTION_DAYS)
    deleted = 0
    stale = Dataset.objects.filter(created_at__lt=cutoff, raw_deleted_at__isnull=True).exclude(raw_file="")
    for dataset in stale.iterator():
        name = dataset.raw_file.name
        if (
            Dataset.objects.filter(pk=dataset.pk, raw_deleted_at__isnull=True).update(
                raw_file="", raw_deleted_at=timezone.now()
            )
            != 1
        ):
            continue
        dataset.raw_file.storage.delete(name)
        audit_log(actor=None, verb="dataset.raw_deleted", obj=dataset, payload={"reason": "retention"})
        deleted += 1
    return deleted

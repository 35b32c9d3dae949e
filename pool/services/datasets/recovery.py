"""Lost work recovered (the claims sweep), and a failed upload tried again or deleted."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from common.errors import ApplicationError
from contracts.audit import audit_log
from pool.models import Dataset, DatasetPart
from pool.services.datasets.artifacts import dataset_raw_delete, discard_parts
from pool.services.datasets.claims import HAS_PARTS

logger = logging.getLogger(__name__)


#: Queued work not picked up after this long was lost (the broker was down when it was queued).
LOST_AFTER = timedelta(minutes=10)


#: How long an approved dataset may wait for its anonymisation to start before the claims sweep
#: queues it again (every queued delivery renews it, so the queue holds at most one extra per period).
APPROVED_LOST_AFTER = timedelta(minutes=5)


def dataset_claims_sweep(*, now: datetime | None = None) -> list[int]:
    """Queue the next delivery of every stage whose worker died: its lease ran out and no delivery is
    on its way (none was queued by this sweep within a lease's length). The task takes the claim over
    (`claim_stage`, `_claim_part`, `_claim_merge`). Also queues again a split table's parts and merge whose
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
    quiet = Q(updated_at__lt=now - timedelta(seconds=settings.SHOAL_CLAIM_LEASE_SECONDS))
    datasets: list[tuple[int, Any]] = []
    claimed = Dataset.objects.filter(lapsed, quiet)
    for pk in claimed.filter(status=Dataset.Status.SCANNING).values_list("pk", flat=True):
        datasets.append((pk, dataset_scan_task))
    anonymizing = claimed.filter(status=Dataset.Status.ANONYMIZING)
    for pk in anonymizing.exclude(HAS_PARTS).values_list("pk", flat=True):
        datasets.append((pk, dataset_anonymize_task))
    unfinished = DatasetPart.objects.filter(dataset=OuterRef("pk")).exclude(status=DatasetPart.Status.MERGED)
    for pk in anonymizing.filter(HAS_PARTS).exclude(Exists(unfinished)).values_list("pk", flat=True):
        datasets.append((pk, dataset_finish_parts_task))  # a merge whose worker died
    waiting = DatasetPart.objects.filter(dataset=OuterRef("pk")).exclude(status=DatasetPart.Status.DONE)
    merge_lost = Dataset.objects.filter(
        HAS_PARTS, status=Dataset.Status.ANONYMIZING, updated_at__lt=now - LOST_AFTER
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
    parts = parts.filter(updated_at__lt=now - timedelta(seconds=settings.SHOAL_CLAIM_LEASE_SECONDS))
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

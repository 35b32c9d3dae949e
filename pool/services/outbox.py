"""Queuing that survives a broker outage: a transactional outbox kept on the dataset row.

An upload commits its dataset, consent record, file and audit event in one transaction, with
``Dataset.scan_queued_at`` empty: that empty field is the outbox entry. Once the transaction commits,
`scan_publish` hands the scan to the broker (a short retry, so a request never hangs on a dead broker)
and records when. When the broker refuses, nothing is raised: the upload stands, the API answers 201
with ``scan_queued_at: null``, and the claims sweep (celery beat, every ``SHOAL_CLAIMS_SWEEP_SECONDS``)
calls `scans_publish_pending`, which hands over every scan left waiting once the broker is back.

The sweep also hands over again a scan queued more than ``LOST_AFTER`` ago that no worker has taken:
a broker restarted without persistence loses its queue. The scan claims its dataset first, so a
second delivery does nothing; each waiting dataset gets at most one extra message per ``LOST_AFTER``.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.db.models import Q
from django.utils import timezone

from pool.models import Dataset

logger = logging.getLogger(__name__)

#: A publish from a web request: one quick retry (a reconnection after an idle pool was dropped),
#: then the sweep's turn. Connection timeouts: ``config.celery`` (``socket_connect_timeout``).
PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.5, "interval_max": 0.5}

#: An upload's own publish runs right after its commit; the sweep leaves it this long to do so.
PUBLISH_GRACE = timedelta(seconds=60)

#: A scan handed to the broker this long ago and still not started was lost with the broker's queue.
LOST_AFTER = timedelta(minutes=10)


def _publish(dataset_id: int) -> bool:
    from pool.tasks import dataset_scan_task

    try:
        dataset_scan_task.apply_async((dataset_id,), retry=True, retry_policy=PUBLISH_RETRY_POLICY)
    except Exception as exc:  # any failure to publish leaves the entry for the sweep; never a 500
        logger.warning(
            "the scan of dataset %s could not be queued (%s: %s); the claims sweep queues it once "
            "the broker answers",
            dataset_id,
            type(exc).__name__,
            exc,  # the broker's address and the refusal; never data
        )
        return False
    return True


def scan_publish(*, dataset: Dataset) -> bool:
    """Hand a committed upload's scan to the broker and record when (on the row and on ``dataset``).
    False, and the dataset left for `scans_publish_pending`, when the broker cannot take it."""
    if not _publish(dataset.pk):
        return False
    now = timezone.now()
    Dataset.objects.filter(pk=dataset.pk).update(scan_queued_at=now)
    dataset.scan_queued_at = now
    return True


def scans_publish_pending(*, now: datetime | None = None) -> list[int]:
    """Hand over the scans an outage left waiting (see the module docstring); returns the ids of the
    datasets whose scan is now queued. Each is claimed with a compare-and-set first, so two sweeps
    never publish the same entry, and released again when the broker still refuses."""
    now = now or timezone.now()
    waiting = Q(scan_queued_at__isnull=True, created_at__lt=now - PUBLISH_GRACE) | Q(
        scan_queued_at__lt=now - LOST_AFTER
    )
    queued: list[int] = []
    pending = Dataset.objects.filter(waiting, status=Dataset.Status.UPLOADED)
    for pk, previous in pending.order_by("created_at").values_list("pk", "scan_queued_at"):
        if not Dataset.objects.filter(pk=pk, scan_queued_at=previous).update(scan_queued_at=now):
            continue  # another sweep took it
        if _publish(pk):
            queued.append(pk)
            continue
        Dataset.objects.filter(pk=pk, scan_queued_at=now).update(scan_queued_at=previous)
        break  # the broker is still away: the next sweep tries again
    if queued:
        logger.info("queued %s scan(s) left waiting by a broker outage or a lost queue", len(queued))
    return queued

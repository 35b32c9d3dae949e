"""Periodic housekeeping (celery beat, hourly; DESIGN.md §3 flow 5): raw uploads past retention are
deleted, consents past their validity expire (and their corpora rebuild without them), and grant
holders are warned before their access expires and told when it has."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from contracts.audit import audit_log
from contracts.services.consent import consent_expire_due
from pool.models import AccessGrant, Corpus, Dataset, Notice
from pool.services.corpora import corpus_build_schedule
from pool.services.notices import notice_send

GRANT_WARNING_DAYS = 14
#: A queued dataset not picked up after this long was lost (broker down when it was queued).
REQUEUE_AFTER = timedelta(minutes=10)
#: A claimed dataset whose row has not moved for this long lost its worker (progress refreshes it).
STALLED_AFTER = timedelta(hours=2)


@dataclass
class SweepResult:
    raw_deleted: int = 0
    requeued: list[int] = field(default_factory=list)
    cascades: list[int] = field(default_factory=list)
    consents_expired: list[int] = field(default_factory=list)
    corpora_rebuilt: list[str] = field(default_factory=list)
    grant_warnings: int = 0
    grants_expired: int = 0


def raw_files_sweep(now: datetime) -> int:
    """Delete raw files older than ``RAW_RETENTION_DAYS``; return how many.

    Datasets a worker holds are left alone; one still waiting for its review (or its scan) fails with
    a readable reason, since its raw file is gone.
    """
    from pool.services.datasets import dataset_fail

    cutoff = now - timedelta(days=settings.RAW_RETENTION_DAYS)
    deleted = 0
    stale = (
        Dataset.objects.filter(created_at__lt=cutoff, raw_deleted_at__isnull=True)
        .exclude(raw_file="")
        .exclude(status__in=[Dataset.Status.SCANNING, Dataset.Status.APPROVED, Dataset.Status.ANONYMIZING])
    )
    for dataset in stale.iterator():
        if dataset.status in (Dataset.Status.UPLOADED, Dataset.Status.AWAITING_REVIEW):
            days = settings.RAW_RETENTION_DAYS
            dataset_fail(
                dataset_id=dataset.pk,
                reason=f"The upload expired: it was not reviewed within {days} days. Upload it again.",
                stage="retention",
            )
        name = dataset.raw_file.name
        claimed = Dataset.objects.filter(pk=dataset.pk, raw_deleted_at__isnull=True).update(
            raw_file="", raw_deleted_at=now
        )
        if claimed != 1:
            continue
        dataset.raw_file.storage.delete(name)
        audit_log(actor=None, verb="dataset.raw_deleted", obj=dataset, payload={"reason": "retention"})
        deleted += 1
    return deleted


def consents_sweep(now: datetime) -> tuple[list[int], list[str]]:
    """Expire consents past their validity and rebuild every corpus that holds one of their datasets
    (the build's policy check leaves them out)."""
    expired = consent_expire_due(now)
    if not expired:
        return [], []
    corpora = Corpus.objects.filter(
        versions__status="published", versions__datasets__consent_record_id__in=expired
    ).distinct()
    slugs = []
    for corpus in corpora:
        corpus_build_schedule(corpus=corpus, countdown=0)
        slugs.append(corpus.slug)
    return expired, slugs


def _notify_once(grant: AccessGrant, subject: str, body: str) -> bool:
    if Notice.objects.filter(
        organization=grant.organization, kind=Notice.Kind.EXPIRY, subject=subject
    ).exists():
        return False
    notice_send(organization=grant.organization, kind=Notice.Kind.EXPIRY, subject=subject, body=body)
    return True


def grants_sweep(now: datetime) -> tuple[int, int]:
    """Warn grant holders ``GRANT_WARNING_DAYS`` before expiry and once more when it has expired."""
    warnings = expiries = 0
    live = AccessGrant.objects.filter(revoked_at__isnull=True).select_related("organization", "corpus")
    for grant in live.filter(expires_at__gt=now, expires_at__lte=now + timedelta(days=GRANT_WARNING_DAYS)):
        subject = f"Access to {grant.corpus.slug} expires on {grant.expires_at:%Y-%m-%d} (grant #{grant.pk})"
        body = "Request access again before that date to keep downloading new versions."
        warnings += _notify_once(grant, subject, body)
    for grant in live.filter(expires_at__lte=now):
        subject = f"Access to {grant.corpus.slug} has expired (grant #{grant.pk})"
        body = "Downloads of this corpus are refused until a new access request is approved."
        if _notify_once(grant, subject, body):
            audit_log(actor=None, verb="grant.expired", obj=grant, payload={"corpus": grant.corpus.slug})
            expiries += 1
    return warnings, expiries


def stalled_sweep(now: datetime) -> list[int]:
    """Re-queue datasets whose task was lost: queued but never picked up, or claimed by a worker that
    died (its row stopped moving). The tasks claim with a compare-and-set, so a duplicate is harmless."""
    from pool.tasks import dataset_anonymize_task, dataset_scan_task

    requeued: list[int] = []
    stages = [
        (Dataset.Status.SCANNING, Dataset.Status.UPLOADED, dataset_scan_task),
        (Dataset.Status.ANONYMIZING, Dataset.Status.APPROVED, dataset_anonymize_task),
    ]
    for claimed, queued, task in stages:
        for pk in Dataset.objects.filter(status=claimed, updated_at__lt=now - STALLED_AFTER).values_list(
            "pk", flat=True
        ):
            if Dataset.objects.filter(pk=pk, status=claimed).update(
                status=queued, progress=0, updated_at=now
            ):
                audit_log(actor=None, verb="dataset.requeued", obj=Dataset(pk=pk), payload={"from": claimed})
        lost = Dataset.objects.filter(status=queued).filter(
            Q(updated_at__lt=now - REQUEUE_AFTER) | Q(updated_at=now)
        )
        for pk in lost.exclude(raw_file="").values_list("pk", flat=True):
            task.delay(pk)
            requeued.append(pk)
    return requeued


def withdrawn_consents_sweep() -> list[int]:
    """Queue the erasure cascade again for withdrawn consents whose datasets are not withdrawn yet.

    The cascade is queued after the withdrawal commits; if the broker was down then, nothing else
    would ever retry it (the withdrawal itself is idempotent and sends its signal once).
    """
    from pool.tasks import consent_withdrawn_task

    pending = (
        Dataset.objects.filter(consent_record__withdrawn_at__isnull=False)
        .exclude(status=Dataset.Status.WITHDRAWN)
        .values_list("consent_record_id", flat=True)
        .distinct()
    )
    record_ids = sorted(set(pending))
    for record_id in record_ids:
        consent_withdrawn_task.delay(record_id)
    return record_ids


def retention_sweep(now: datetime | None = None) -> SweepResult:
    """Run every housekeeping step once; each step is safe to run twice."""
    now = now or timezone.now()
    result = SweepResult(raw_deleted=raw_files_sweep(now), requeued=stalled_sweep(now))
    result.consents_expired, result.corpora_rebuilt = consents_sweep(now)
    result.grant_warnings, result.grants_expired = grants_sweep(now)
    result.cascades = withdrawn_consents_sweep()
    return result

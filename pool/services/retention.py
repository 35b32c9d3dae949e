"""Periodic housekeeping (celery beat, hourly; DESIGN.md §3 flow 5): raw uploads past retention are
deleted, consents past their validity expire (and their corpora rebuild without them), and grant
holders are warned before their access expires and told when it has."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from contracts.audit import audit_log
from contracts.services.consent import consent_expire_due
from pool.models import AccessGrant, Corpus, Dataset, Notice
from pool.services.corpora import corpus_build_schedule
from pool.services.notices import notice_send

GRANT_WARNING_DAYS = 14


@dataclass
class SweepResult:
    raw_deleted: int = 0
    consents_expired: list[int] = field(default_factory=list)
    corpora_rebuilt: list[str] = field(default_factory=list)
    grant_warnings: int = 0
    grants_expired: int = 0


def raw_files_sweep(now: datetime) -> int:
    """Delete raw files older than ``RAW_RETENTION_DAYS`` whatever their state; return how many."""
    cutoff = now - timedelta(days=settings.RAW_RETENTION_DAYS)
    deleted = 0
    stale = Dataset.objects.filter(created_at__lt=cutoff, raw_deleted_at__isnull=True).exclude(raw_file="")
    for dataset in stale.iterator():
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


def retention_sweep(now: datetime | None = None) -> SweepResult:
    """Run every housekeeping step once; each step is safe to run twice."""
    now = now or timezone.now()
    result = SweepResult(raw_deleted=raw_files_sweep(now))
    result.consents_expired, result.corpora_rebuilt = consents_sweep(now)
    result.grant_warnings, result.grants_expired = grants_sweep(now)
    return result

"""Periodic housekeeping (celery beat, hourly; DESIGN.md §3 flow 5): raw uploads past retention are
deleted, consents past their validity expire (and their corpora rebuild without them), and grant
holders are warned before their access expires and told when it has. `storage_reconcile` compares
storage with the database and deletes raw uploads no longer needed."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage
from django.utils import timezone

from contracts.audit import audit_log
from contracts.services.consent import consent_expire_due
from pool.models import AccessGrant, Corpus, Dataset, Notice
from pool.services.corpora import corpus_build_schedule
from pool.services.datasets import (
    LOST_AFTER,
    RAW_FOLDER,
    dataset_claims_sweep,
    dataset_fail,
    dataset_raw_delete,
)
from pool.services.notices import notice_send
from pool.storage import storage_delete, stored_names

GRANT_WARNING_DAYS = 14
#: A queued dataset not picked up after this long was lost (broker down when it was queued).
REQUEUE_AFTER = LOST_AFTER


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
        # Deleted first, recorded after: a failed delete leaves the row for the next run.
        deleted += dataset_raw_delete(dataset=dataset, reason="retention")
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
    died (its claim's lease ran out: `dataset_claims_sweep`, which beat also runs every few minutes).
    The tasks claim with a compare-and-set, so a duplicate is harmless; a failed dataset stays failed."""
    from pool.tasks import dataset_anonymize_task, dataset_scan_task

    requeued = dataset_claims_sweep(now=now)
    for queued, task in (
        (Dataset.Status.UPLOADED, dataset_scan_task),
        (Dataset.Status.APPROVED, dataset_anonymize_task),
    ):
        lost = Dataset.objects.filter(status=queued, updated_at__lt=now - REQUEUE_AFTER)
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


# --- storage against the database ----------------------------------------------------------------

#: A stored file younger than this may belong to an upload or a run whose row is not committed yet.
RECONCILE_GRACE = timedelta(hours=1)
#: Datasets whose raw upload is still needed (to scan, review, anonymise, or to retry after a failure
#: until retention deletes it); every other raw file in storage is an orphan.
RAW_NEEDED = (
    Dataset.Status.UPLOADED,
    Dataset.Status.SCANNING,
    Dataset.Status.AWAITING_REVIEW,
    Dataset.Status.APPROVED,
    Dataset.Status.ANONYMIZING,
    Dataset.Status.FAILED,
)
ARTIFACT_FOLDER = "artifacts"


@dataclass(frozen=True)
class StoredFile:
    """A file in storage or a name on a row, with its dataset (when known) and a cause code:
    ``no_row``, ``withdrawn``, ``raw_deleted`` (the row says it was deleted), ``ready`` (anonymised),
    ``unreferenced`` (its dataset names another file), or for a missing file the dataset's status."""

    key: str
    dataset: int | None
    cause: str


@dataclass
class ReconcileResult:
    """What `storage_reconcile` found and did: storage keys, dataset ids and codes, never contents."""

    raw_orphans: list[StoredFile] = field(default_factory=list)
    artifact_orphans: list[StoredFile] = field(default_factory=list)
    raw_missing: list[StoredFile] = field(default_factory=list)
    artifact_missing: list[StoredFile] = field(default_factory=list)
    raw_deleted: list[str] = field(default_factory=list)
    raw_delete_failed: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(items) for name, items in asdict(self).items()}

    def to_dict(self) -> dict[str, Any]:
        return {"counts": self.counts(), **asdict(self)}


def _dataset_of(key: str) -> int | None:
    """The dataset id in ``raw/<id>/…`` or ``artifacts/<id>/…``, if the key has that shape."""
    parts = key.split("/")
    return int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else None


def _settled(key: str, now: datetime) -> bool:
    """Whether a stored file is older than the grace period (a file storage cannot date is not)."""
    try:
        return default_storage.get_modified_time(key) < now - RECONCILE_GRACE
    except (NotImplementedError, OSError):
        return False


def _orphan_cause(row: dict[str, Any] | None, *, referenced: bool) -> str | None:
    """Why a raw file is no longer needed (None: it is needed). ``row`` is its dataset's row."""
    if row is None:
        return "no_row"
    if row["status"] == Dataset.Status.WITHDRAWN:
        return "withdrawn"
    if row["raw_deleted_at"] is not None:
        return "raw_deleted"
    if row["status"] not in RAW_NEEDED:
        return "ready"
    return None if referenced else "unreferenced"


def storage_reconcile(*, now: datetime | None = None, delete: bool = False) -> ReconcileResult:
    """Compare storage with the dataset rows, both ways, and with ``delete`` remove orphan raw files.

    Files without rows: raw uploads whose dataset is gone, withdrawn, anonymised or recorded as deleted
    (issue 11: a broker outage once left them), and artifacts no row names (only reported: an artifact
    is erased by the withdrawal cascade, which this sweep does not second-guess). Rows without files:
    a dataset (not withdrawn) naming a raw upload or artifact that storage lacks (only reported).
    Files younger than ``RECONCILE_GRACE`` are left alone: their row may not be committed yet.

    Deleting goes through `dataset_raw_delete` when the file's dataset still has a row (which records
    and audits it); a file with no row is deleted and audited by its dataset id and cause.
    """
    now = now or timezone.now()
    result = ReconcileResult()
    # Rows first, files second: a row committed after this read has its file younger than the grace.
    rows = {
        row["pk"]: row
        for row in Dataset.objects.values("pk", "status", "raw_file", "raw_deleted_at", "artifact")
    }
    raw_owner = {row["raw_file"]: pk for pk, row in rows.items() if row["raw_file"]}
    artifact_owner = {row["artifact"]: pk for pk, row in rows.items() if row["artifact"]}
    raw_stored = set(stored_names(RAW_FOLDER))
    artifacts_stored = set(stored_names(ARTIFACT_FOLDER))

    for key in sorted(raw_stored):
        if not _settled(key, now):
            continue
        owner = raw_owner.get(key, _dataset_of(key))
        cause = _orphan_cause(rows.get(owner) if owner is not None else None, referenced=key in raw_owner)
        if cause is not None:
            result.raw_orphans.append(StoredFile(key, owner, cause))
    for key in sorted(artifacts_stored - set(artifact_owner)):
        if _settled(key, now):
            owner = _dataset_of(key)
            row = rows.get(owner) if owner is not None else None
            result.artifact_orphans.append(StoredFile(key, owner, _artifact_cause(row)))
    for pk, row in sorted(rows.items()):
        if row["status"] == Dataset.Status.WITHDRAWN:
            continue
        if row["raw_file"] and not _is_stored(row["raw_file"], raw_stored, RAW_FOLDER):
            result.raw_missing.append(StoredFile(row["raw_file"], pk, row["status"]))
        if row["artifact"] and not _is_stored(row["artifact"], artifacts_stored, ARTIFACT_FOLDER):
            result.artifact_missing.append(StoredFile(row["artifact"], pk, row["status"]))

    if delete:
        _delete_raw_orphans(result, rows)
    return result


def _artifact_cause(row: dict[str, Any] | None) -> str:
    if row is None:
        return "no_row"
    return "withdrawn" if row["status"] == Dataset.Status.WITHDRAWN else "unreferenced"


def _is_stored(key: str, listed: set[str], folder: str) -> bool:
    return key in listed if key.startswith(f"{folder}/") else default_storage.exists(key)


def _delete_raw_orphans(result: ReconcileResult, rows: dict[int, dict[str, Any]]) -> None:
    """Delete the orphan raw files ``result`` lists, recording the outcome of each."""
    by_dataset: dict[int, list[str]] = {}
    for orphan in result.raw_orphans:
        if orphan.dataset in rows and orphan.cause != "unreferenced":
            by_dataset.setdefault(orphan.dataset, []).append(orphan.key)
            continue
        # No row, or its dataset still needs the file it names: delete this file alone.
        if storage_delete(orphan.key):
            audit_log(
                actor=None,
                verb="dataset.raw_deleted",
                obj=Dataset(pk=orphan.dataset) if orphan.dataset is not None else None,
                payload={"reason": "reconcile", "cause": orphan.cause, "files": 1},
            )
            result.raw_deleted.append(orphan.key)
        else:
            result.raw_delete_failed.append(orphan.key)
    # A row no longer needing its raw file but still naming one storage lacks: record the deletion.
    for missing in result.raw_missing:
        if _orphan_cause(rows[missing.dataset], referenced=True) is not None:
            by_dataset.setdefault(missing.dataset, [])
    for pk, keys in sorted(by_dataset.items()):
        dataset = Dataset.objects.filter(pk=pk).first()
        if dataset is None:
            continue
        gone = dataset_raw_delete(dataset=dataset, reason="reconcile")
        (result.raw_deleted if gone else result.raw_delete_failed).extend(keys)

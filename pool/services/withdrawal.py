"""Withdrawal and erasure (DESIGN.md §3 flow 4; GDPR Art. 17 erasure, Art. 19 notification).

A contributor withdraws a dataset, or the consent it rests on is withdrawn or invalidated: the dataset's
artifact is deleted, every corpus version containing it becomes ``withdrawn`` with its files deleted, a
new version is built without it, and every organisation that downloaded an affected version receives
an erasure notice (stored, e-mailed, webhook). Each step is audited; the cascade is idempotent (every
state change is a compare-and-set) so a retried task or a second signal does nothing more.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from common.errors import ApplicationError
from contracts.audit import audit_log
from contracts.signals import consent_withdrawn
from pool.models import Corpus, CorpusVersion, Dataset, DownloadEvent, Membership, Notice, Organization
from pool.selectors import is_compliance_officer, organizations_for_user
from pool.services.corpora import corpus_build_schedule, version_files_delete
from pool.services.datasets import discard_parts, raw_names
from pool.services.notices import notice_send
from pool.services.reasons import reasons_erase_for
from pool.storage import storage_delete

logger = logging.getLogger(__name__)


def dataset_withdraw(*, dataset: Dataset, user: Any, reason: str) -> Dataset:
    """Withdraw a contribution and start the erasure cascade (idempotent).

    ``reason`` is required so the contributor states why, but it is free text that may name a person,
    so it is neither audited nor forwarded: the audit and the notices record the cause as a code.
    """
    if not reason.strip():
        raise ApplicationError("Give the reason for the withdrawal.")
    owner = organizations_for_user(user, Membership.Role.CONTRIBUTOR).filter(pk=dataset.organization_id)
    if not owner.exists() and not is_compliance_officer(user):
        raise ApplicationError("Only a contributor of the owning organisation may withdraw this dataset.")
    with transaction.atomic():
        claimed = (
            Dataset.objects.filter(pk=dataset.pk)
            .exclude(status=Dataset.Status.WITHDRAWN)
            .update(status=Dataset.Status.WITHDRAWN, withdrawn_at=timezone.now(), updated_at=timezone.now())
        )
        if claimed:
            audit_log(actor=user, verb="dataset.withdrawn", obj=dataset, payload={"cause": "contributor"})
    dataset_erase(dataset_id=dataset.pk, cause="contributor")
    dataset.refresh_from_db()
    return dataset


def consent_withdrawal_cascade(*, record_id: int) -> list[int]:
    """Withdraw and erase every dataset resting on consent ``record_id``; return their ids."""
    erased = []
    for dataset_id in Dataset.objects.filter(consent_record_id=record_id).values_list("pk", flat=True):
        with transaction.atomic():
            claimed = (
                Dataset.objects.filter(pk=dataset_id)
                .exclude(status=Dataset.Status.WITHDRAWN)
                .update(
                    status=Dataset.Status.WITHDRAWN, withdrawn_at=timezone.now(), updated_at=timezone.now()
                )
            )
            if claimed:
                audit_log(
                    actor=None,
                    verb="dataset.withdrawn",
                    obj=Dataset(pk=dataset_id),
                    payload={"cause": "consent", "consent_record": record_id},
                )
        dataset_erase(dataset_id=dataset_id, cause="consent")
        erased.append(dataset_id)
    return erased


def _delete_artifact(dataset: Dataset) -> bool:
    if not dataset.artifact.name:
        return False
    if dataset.artifact.storage.exists(dataset.artifact.name):
        dataset.artifact.storage.delete(dataset.artifact.name)
    return True


def _delete_raw(dataset: Dataset) -> tuple[bool, bool]:
    """Delete the raw upload, including a file its row no longer names (issue 11).

    Returns (there was one, it is gone); a raw file storage would not delete stays recorded on the row,
    and `storage_reconcile` deletes it later (a withdrawn dataset needs no raw file).
    """
    names = raw_names(dataset)
    storage = dataset.raw_file.storage
    deleted = [storage_delete(name, storage=storage) for name in names]  # try every one
    return bool(names), all(deleted)


def dataset_erase(*, dataset_id: int, cause: str) -> list[CorpusVersion]:
    """Delete a withdrawn dataset's files, withdraw the versions holding it, rebuild and notify.

    Returns the versions this call withdrew (empty when a previous run already did the work).
    """
    dataset = Dataset.objects.select_related("organization").get(pk=dataset_id)
    if dataset.status != Dataset.Status.WITHDRAWN:
        raise ApplicationError("Only a withdrawn dataset can be erased.")
    removed = ["artifact"] if _delete_artifact(dataset) else []
    had_raw, raw_gone = _delete_raw(dataset)
    if had_raw and raw_gone:
        removed.append("raw_file")
    if discard_parts(dataset_id=dataset_id):  # a large table withdrawn while its parts ran
        removed.append("parts")
    reasons_erase_for(obj=dataset, actor=None, cause=cause)  # e.g. a corpus's refusal, kept as text
    if removed:
        fields: dict[str, Any] = {"artifact": ""} if "artifact" in removed else {}
        if raw_gone:  # recorded only once storage confirms it
            fields.update(raw_file="", raw_deleted_at=dataset.raw_deleted_at or timezone.now())
        with transaction.atomic():
            if fields:
                Dataset.objects.filter(pk=dataset_id).update(**fields)
            audit_log(actor=None, verb="dataset.files_deleted", obj=dataset, payload={"fields": removed})
    withdrawn: list[CorpusVersion] = []
    # Every version holding the dataset, already withdrawn ones included: a run that died after the
    # claim left files behind, and a retry must delete them. The claim, its audit row and the
    # Art. 19 notices commit together, so no withdrawn version goes unannounced.
    for version in CorpusVersion.objects.filter(datasets=dataset).select_related("corpus"):
        with transaction.atomic():
            claimed = (
                CorpusVersion.objects.filter(pk=version.pk)
                .exclude(status=CorpusVersion.Status.WITHDRAWN)
                .update(status=CorpusVersion.Status.WITHDRAWN, withdrawn_at=timezone.now())
            )
            if claimed:
                audit_log(
                    actor=None,
                    verb="corpus_version.withdrawn",
                    obj=version,
                    payload={
                        "corpus": version.corpus.slug,
                        "number": version.number,
                        "dataset": dataset_id,
                        "cause": cause,
                    },
                )
                _notify_downloaders(version, dataset_id)
                withdrawn.append(version)
        deleted = version_files_delete(version=version)
        if deleted:
            audit_log(
                actor=None,
                verb="corpus_version.files_deleted",
                obj=version,
                payload={"corpus": version.corpus.slug, "number": version.number, "files": deleted},
            )
    corpora = set(Corpus.objects.filter(versions__in=[v.pk for v in withdrawn]))
    corpora |= set(dataset.target_corpora.all())
    with transaction.atomic():
        for corpus in sorted(corpora, key=lambda c: c.pk):
            corpus_build_schedule(corpus=corpus, countdown=0)
        if withdrawn:
            notice_send(
                organization=dataset.organization,
                kind=Notice.Kind.DATASET,
                subject=f"Dataset #{dataset_id} erased from {len(withdrawn)} corpus version(s)",
                body=(
                    f"Dataset #{dataset_id} was withdrawn ({cause}). Its artifact was deleted and these "
                    f"versions were withdrawn: {', '.join(str(v) for v in withdrawn)}. New versions "
                    "without it are being built."
                ),
            )
    return withdrawn


def _notify_downloaders(version: CorpusVersion, dataset_id: int) -> list[Organization]:
    """Send an Art. 17/19 erasure notice to every organisation that downloaded ``version``."""
    org_ids = DownloadEvent.objects.filter(version=version).values_list("organization", flat=True).distinct()
    organizations = list(Organization.objects.filter(pk__in=org_ids).order_by("pk"))
    for organization in organizations:
        notice_send(
            organization=organization,
            kind=Notice.Kind.ERASURE,
            subject=f"Erasure: {version.corpus.slug} version {version.number} withdrawn",
            body=(
                f"Version {version.number} of corpus {version.corpus.slug}, which your organisation "
                f"downloaded, has been withdrawn because contribution #{dataset_id} was erased "
                "(GDPR Art. 17). Under Art. 19 we notify every recipient: delete your copies of this "
                "version and any data derived from it, and use the newest published version instead."
            ),
            corpus_version=version,
        )
    return organizations


@receiver(consent_withdrawn, dispatch_uid="pool.consent_withdrawn_cascade")
def _on_consent_withdrawn(sender: Any, record_id: int, **kwargs: Any) -> None:
    """The signal is sent after commit; queue the cascade instead of running it in the request. With
    the broker away the withdrawal stands and `withdrawn_consents_sweep` queues the cascade later."""
    from pool.tasks import consent_withdrawn_task

    try:
        consent_withdrawn_task.delay(record_id)
    except Exception:  # any broker failure: the sweep retries, the request must not fail
        logger.warning(
            "could not queue the erasure cascade of consent %s; the sweep will", record_id, exc_info=True
        )

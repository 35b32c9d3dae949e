"""Upload and contribute: store the raw file, create the dataset, queue its scan (DESIGN.md §3, flow 1)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from common.errors import ApplicationError
from contracts.audit import audit_log
from contracts.models import ConsentRecord, Licence, Purpose
from pool.models import Corpus, Dataset, Membership, Organization
from pool.storage import (
    STORAGE_WRITE_ERRORS,
    StorageUnavailableError,
    storage_delete,
)

logger = logging.getLogger(__name__)


EXTENSION_FORMATS = {
    ".csv": Dataset.Format.CSV,
    ".tsv": Dataset.Format.CSV,
    ".parquet": Dataset.Format.PARQUET,
    ".xlsx": Dataset.Format.XLSX,
    ".jsonl": Dataset.Format.JSONL,
    ".txt": Dataset.Format.TXT,
}


def format_for_filename(filename: str) -> str:
    """Return the dataset format implied by a file name, or raise a readable error."""
    suffix = Path(filename).suffix.lower()
    if suffix not in EXTENSION_FORMATS:
        allowed = ", ".join(sorted(EXTENSION_FORMATS))
        raise ApplicationError(f"Unsupported file type {suffix or '(none)'}; upload one of {allowed}.")
    return EXTENSION_FORMATS[suffix]


def dataset_upload(
    *,
    organization: Organization,
    uploaded_by: Any,
    file: UploadedFile,
    title: str,
    licence: Licence,
    consent_record: ConsentRecord,
    description: str = "",
    language: str = "en",
    target_corpora: Iterable[Corpus] = (),
) -> Dataset:
    """Store a raw upload privately and queue its scan once the transaction commits.

    The queuing never fails the upload: a broker that cannot take the scan leaves
    ``scan_queued_at`` empty, and the claims sweep queues it later (`pool.services.outbox`)."""
    fmt = format_for_filename(file.name or "")
    if file.size is None or file.size == 0:
        raise ApplicationError("The uploaded file is empty.")
    if file.size > settings.SHOAL_MAX_UPLOAD_BYTES:
        raise ApplicationError(
            f"The file is larger than the {settings.SHOAL_MAX_UPLOAD_BYTES // (1024 * 1024)} MiB limit."
        )
    with transaction.atomic():
        dataset = Dataset.objects.create(
            organization=organization,
            uploaded_by=uploaded_by,
            title=title,
            description=description,
            language=language,
            format=fmt,
            licence=licence,
            consent_record=consent_record,
            original_filename=Path(file.name).name[:255],
            raw_size=file.size,
        )
        suffix = Path(file.name).suffix.lower()
        name = f"{dataset.pk}/upload{suffix}"
        try:
            dataset.raw_file.save(name, file, save=False)
        except STORAGE_WRITE_ERRORS as exc:  # read-only, full or missing storage: the row rolls back
            from pool.services.health import storage_write_failed

            logger.warning("storage refused the raw upload of dataset %s", dataset.pk, exc_info=True)
            storage_write_failed()
            partial = dataset.raw_file.field.generate_filename(dataset, name)
            if dataset.raw_file.storage.exists(partial):  # a disk that filled up mid-write
                storage_delete(partial, storage=dataset.raw_file.storage)
            raise StorageUnavailableError() from exc
        try:
            dataset.save(update_fields=["raw_file"])
            dataset.target_corpora.set(list(target_corpora))
            audit_log(
                actor=uploaded_by,
                verb="dataset.uploaded",
                obj=dataset,
                payload={"format": fmt, "bytes": file.size, "organization": organization.pk},
            )
        except BaseException:
            dataset.raw_file.storage.delete(dataset.raw_file.name)  # the row rolls back; so must the file
            raise
        from pool.services.outbox import scan_publish

        transaction.on_commit(lambda: scan_publish(dataset=dataset))
    return dataset


def dataset_contribute(
    *,
    user: Any,
    organization: Organization | None,
    file: UploadedFile,
    title: str,
    licence: Licence,
    legal_basis: str,
    purposes: Iterable[Purpose],
    valid_from: date,
    valid_until: date | None = None,
    description: str = "",
    language: str = "en",
    target_corpora: Iterable[Corpus] = (),
) -> Dataset:
    """A contributor's upload with its consent record, as one transaction (web form and API).

    ``organization`` defaults to the user's first contributor organisation; a user who does not
    contribute to it gets a readable refusal.
    """
    from contracts.services.consent import consent_record_create
    from pool.selectors import organizations_for_user

    allowed = organizations_for_user(user, Membership.Role.CONTRIBUTOR)
    organization = organization or allowed.first()
    if organization is None or not allowed.filter(pk=organization.pk).exists():
        raise ApplicationError("You are not a contributor of that organisation.")
    with transaction.atomic():
        consent = consent_record_create(
            actor=user,
            controller_name=organization.name,
            controller_contact=organization.contact_email,
            legal_basis=legal_basis,
            purposes=purposes,
            valid_from=valid_from,
            valid_until=valid_until,
        )
        return dataset_upload(
            organization=organization,
            uploaded_by=user,
            file=file,
            title=title,
            description=description,
            language=language,
            licence=licence,
            consent_record=consent,
            target_corpora=target_corpora,
        )

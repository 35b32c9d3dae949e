"""Dataset lifecycle: upload → scan → review → anonymise → ready (DESIGN.md §3, flow 1)."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from common.errors import ApplicationError
from contracts.audit import audit_log
from contracts.models import ConsentRecord, Licence
from pool.models import Corpus, Dataset, Organization
from pool.storage import local_path, sha256_of, store_file

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
    """Store a raw upload privately and queue its scan once the transaction commits."""
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
        dataset.raw_file.save(f"{dataset.pk}/upload{suffix}", file, save=False)
        dataset.save(update_fields=["raw_file"])
        dataset.target_corpora.set(list(target_corpora))
        audit_log(
            actor=uploaded_by,
            verb="dataset.uploaded",
            obj=dataset,
            payload={"format": fmt, "bytes": file.size, "organization": organization.pk},
        )
        from pool.tasks import dataset_process_task

        transaction.on_commit(lambda: dataset_process_task.delay(dataset.pk))
    return dataset


def _claim(dataset_id: int, from_status: str, to_status: str) -> bool:
    """Move a dataset between states with a compare-and-set so a second worker does nothing."""
    return (
        Dataset.objects.filter(pk=dataset_id, status=from_status).update(
            status=to_status, progress=0, updated_at=timezone.now()
        )
        == 1
    )


def dataset_fail(*, dataset_id: int, reason: str) -> None:
    """Mark a dataset failed with a readable reason (never cell values)."""
    Dataset.objects.filter(pk=dataset_id).update(status=Dataset.Status.FAILED, error_message=reason[:2000])
    audit_log(actor=None, verb="dataset.failed", obj=Dataset(pk=dataset_id), payload={})


def dataset_process(*, dataset_id: int) -> None:
    """Walking-skeleton pipeline: a first Presidio pass over every string cell → Parquet artifact."""
    if not _claim(dataset_id, Dataset.Status.UPLOADED, Dataset.Status.ANONYMIZING):
        logger.info("dataset %s already claimed", dataset_id)
        return
    dataset = Dataset.objects.get(pk=dataset_id)
    try:
        with local_path(dataset.raw_file) as raw, tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "artifact.parquet"
            rows, report = _first_pass(raw, out, dataset.format)
            stored = store_file(out, f"artifacts/{dataset.pk}/data.parquet")
            sha = sha256_of(out)
            size = out.stat().st_size
    except ApplicationError as exc:
        dataset_fail(dataset_id=dataset_id, reason=exc.message)
        return
    except Exception as exc:
        logger.exception("dataset %s failed", dataset_id)
        dataset_fail(dataset_id=dataset_id, reason=f"Processing failed: {type(exc).__name__}")
        return
    raw_name = dataset.raw_file.name
    with transaction.atomic():
        Dataset.objects.filter(pk=dataset_id).update(
            status=Dataset.Status.READY,
            progress=100,
            artifact=stored,
            artifact_sha256=sha,
            artifact_size=size,
            artifact_rows=rows,
            pii_report=report,
            ready_at=timezone.now(),
            raw_file="",
            raw_deleted_at=timezone.now(),
        )
        audit_log(actor=None, verb="dataset.ready", obj=dataset, payload={"rows": rows, "sha256": sha})
    dataset.raw_file.storage.delete(raw_name)


def _first_pass(raw: Path, out: Path, fmt: str) -> tuple[int, dict[str, Any]]:
    """Replace every entity Presidio finds in string cells with ``<ENTITY>``; return rows and counts."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    from anonymize.engine import get_analyzer

    if fmt == Dataset.Format.CSV:
        try:
            table = pacsv.read_csv(raw, read_options=pacsv.ReadOptions(autogenerate_column_names=False))
        except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
            raise ApplicationError("The CSV file could not be parsed (ragged rows or bad encoding).") from exc
    elif fmt == Dataset.Format.PARQUET:
        table = pq.read_table(raw)
    else:
        raise ApplicationError(f"Format {fmt} is not supported yet by the first-pass pipeline.")
    analyzer = get_analyzer()
    counts: dict[str, int] = {}
    columns = []
    for name in table.column_names:
        column = table[name]
        if not pa.types.is_string(column.type) and not pa.types.is_large_string(column.type):
            columns.append(column)
            continue
        values = []
        for cell in column.to_pylist():
            if not cell:
                values.append(cell)
                continue
            results = sorted(analyzer.analyze(cell, language="en"), key=lambda r: r.start, reverse=True)
            for result in results:
                counts[result.entity_type] = counts.get(result.entity_type, 0) + 1
                cell = cell[: result.start] + f"<{result.entity_type}>" + cell[result.end :]
            values.append(cell)
        columns.append(pa.array(values, type=pa.string()))
    pq.write_table(pa.table(columns, names=table.column_names), out)
    return table.num_rows, {"entities": counts, "columns": table.column_names}

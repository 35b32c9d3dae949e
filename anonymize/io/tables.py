"""Opening a table: the dialect, the header and the column names of a CSV/TSV, Parquet or XLSX file."""

from __future__ import annotations

import contextlib
import csv
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from anonymize import limits as shoal_limits
from anonymize.errors import InputError
from anonymize.io.formats import SNIFF_BYTES, _check_not_empty, _decode_head, detect_encoding, detect_format
from anonymize.io.header import (
    HEADER_SAMPLE_ROWS,
    _csv_rows,
    _generated_names,
    _named,
    _trimmed,
    is_header_row,
    personal_header_cells,
)
from anonymize.io.source import TableSource, _xlsx_cells, _xlsx_rows


def open_table(
    path: Path, fmt: str | None = None, *, analyzer: Any | None = None, header: bool | None = None
) -> TableSource:
    """Open a table, detecting encoding, delimiter and header; malformed input is an `InputError`.

    A CSV/TSV/XLSX first row that reads as data (`is_header_row`) is data: the columns are then
    named ``column_1``…``column_n``. A header cell holding a personal value (`personal_header_cells`)
    is replaced by ``column_<i>``, in the column names and in the header written out alike. Pass the
    pipeline's ``analyzer`` so that names are found by the model too (every caller of one run must
    pass it, or none: the column names must agree with the plan's). ``header`` forces the first row
    to be a header (True) or data (False) instead of detecting it.
    """
    path = Path(path)
    fmt = fmt or detect_format(path)
    _check_not_empty(path)
    if fmt in {"csv", "tsv"}:
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
        encoding = detect_encoding(head)
        text = _decode_head(head, encoding)
        if not text.strip():
            raise InputError("the file holds no data (only whitespace)")
        lines = text.splitlines()
        sample = "\n".join(lines[:50])
        delimiter = "\t" if fmt == "tsv" else ","
        with contextlib.suppress(csv.Error):
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        rows = _csv_rows(text, delimiter, truncated=len(head) >= SNIFF_BYTES)
        if not rows:
            raise InputError("the header row could not be read")
        if not rows[0]:
            raise InputError("the header row is empty")
        shoal_limits.table_guard(fmt).add(0, len(rows[0]))
        return _table_source(
            path, fmt, rows[0], rows[1:], analyzer, header, encoding=encoding, delimiter=delimiter
        )
    if fmt == "parquet":
        try:
            pf = pq.ParquetFile(path)
        except (pa.ArrowInvalid, OSError) as exc:
            raise InputError("the file is not a readable Parquet file") from exc
        shoal_limits.check_parquet(pf.metadata)
        schema = pf.schema_arrow
        names = list(schema.names)
        replaced = personal_header_cells(names, analyzer=analyzer)
        if not replaced:
            return TableSource(path, fmt, names, names, schema=schema)
        columns, written = _named(names, replaced)
        renamed = pa.schema([f.with_name(columns[i]) for i, f in enumerate(schema)])
        return TableSource(path, fmt, columns, written, schema=renamed, replaced=replaced, read_names=names)
    if fmt == "xlsx":
        import openpyxl

        shoal_limits.check_xlsx(path)  # the zip directory and the sheet's size, before openpyxl opens it
        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise InputError("the XLSX file could not be read (corrupt or not a workbook)") from exc
        try:
            if not wb.worksheets:
                raise InputError("the workbook has no sheet")
            sheet_rows = _xlsx_rows(wb.worksheets[0])
            first = next(sheet_rows, None)
            following: list[list[str]] = []
            for values in sheet_rows:
                cells = _xlsx_cells(values)
                if any(cells):
                    following.append(cells)
                if len(following) >= HEADER_SAMPLE_ROWS:
                    break
        finally:
            wb.close()
        if not first or not any(v is not None for v in first):
            raise InputError("the first sheet has no header row")
        return _table_source(path, fmt, _xlsx_cells(first), following, analyzer, header, labels=first)
    raise InputError(f"not a table format: {fmt}")


def _table_source(
    path: Path,
    fmt: str,
    first: list[str],
    rows: list[list[str]],
    analyzer: Any | None,
    header: bool | None,
    *,
    labels: tuple[Any, ...] | None = None,
    **dialect: Any,
) -> TableSource:
    """The `TableSource` of a CSV/TSV/XLSX whose first row is ``first`` and next rows ``rows``."""
    personal = personal_header_cells(first, analyzer=analyzer)
    if header is None:
        header = is_header_row(first, rows, personal=personal)
    if not header:
        width = len(first) if fmt != "xlsx" else max(len(_trimmed(r)) for r in [first, *rows])
        names = _generated_names(width)
        return TableSource(path, fmt, names, list(names), has_header=False, **dialect)
    cells = first if labels is None else _trimmed(["" if v is None else str(v) for v in labels])
    replaced = [i for i in personal if i < len(cells)]
    columns, written = _named(cells, replaced)
    return TableSource(path, fmt, columns, written, replaced=replaced, **dialect)

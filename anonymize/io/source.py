"""`TableSource`: a table on disk read in chunks, CSV/TSV paced a few blocks ahead of its consumer."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from anonymize import limits as shoal_limits
from anonymize.errors import InputError
from anonymize.io.formats import (
    BLOCK_BYTES,
    _arrow_error,
    _binary_text,
    _nested_text,
    check_cells,
    open_parquet,
)


@dataclass
class TableSource:
    """A table on disk: its format, the detected dialect and the column names (unique).

    ``columns`` name the columns everywhere (frames, plans, reports); ``header`` is the row written
    out. Both hold generated names where the file has no header row (``has_header`` False) and where a
    header cell held a personal value (its position in ``replaced``). ``read_names`` are a Parquet
    file's own column names when some were replaced.
    """

    path: Path
    format: str
    columns: list[str]
    header: list[str]
    encoding: str = "utf-8"
    delimiter: str = ","
    schema: pa.Schema | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    has_header: bool = True
    replaced: list[int] = field(default_factory=list)
    read_names: list[str] | None = None

    def header_report(self) -> dict[str, Any]:
        """What the report says of the header row: whether the first row was one, and which columns
        were renamed because their header cell held a personal value (new names only, never the old)."""
        return {
            "first_row": "header" if self.has_header else "data",
            "replaced_columns": [self.columns[i] for i in self.replaced],
        }

    def iter_chunks(
        self, chunk_rows: int = 10_000, columns: list[str] | None = None
    ) -> Iterator[pd.DataFrame]:
        """Yield the table as DataFrames (text columns as Python strings) in row order."""
        if self.format in {"csv", "tsv"}:
            yield from self._iter_csv(chunk_rows, columns)
        elif self.format == "parquet":
            yield from self._iter_parquet(chunk_rows, columns)
        elif self.format == "xlsx":
            yield from self._iter_xlsx(chunk_rows, columns)
        else:  # pragma: no cover - guarded by open_table
            raise InputError(f"not a table format: {self.format}")

    def head(self, rows: int) -> pd.DataFrame:
        """The first ``rows`` rows (for profiling)."""
        parts: list[pd.DataFrame] = []
        have = 0
        for chunk in self.iter_chunks(min(rows, 10_000)):
            parts.append(chunk)
            have += len(chunk)
            if have >= rows:
                break
        if not parts:
            return pd.DataFrame({c: pd.Series([], dtype=object) for c in self.columns})
        return pd.concat(parts, ignore_index=True).iloc[:rows]

    def _iter_csv(self, chunk_rows: int, columns: list[str] | None) -> Iterator[pd.DataFrame]:
        read = pacsv.ReadOptions(
            encoding=self.encoding,
            block_size=BLOCK_BYTES,
            column_names=self.columns,
            skip_rows=1 if self.has_header else 0,
            use_threads=False,
        )
        parse = pacsv.ParseOptions(delimiter=self.delimiter, newlines_in_values=True)
        convert = pacsv.ConvertOptions(
            column_types={c: pa.string() for c in self.columns},
            strings_can_be_null=False,
            quoted_strings_can_be_null=False,
            include_columns=columns,
        )
        row = 0
        guard = shoal_limits.table_guard(self.format)
        source = _package()._PacedFile(self.path)  # looked up there: tests patch it
        try:
            reader = pacsv.open_csv(source, read_options=read, parse_options=parse, convert_options=convert)
            for batch in reader:
                source.consumed()
                guard.add(batch.num_rows, len(self.columns))
                frame = batch.to_pandas(types_mapper=None)
                frame = frame.astype(object)
                for start in range(0, len(frame), chunk_rows):
                    part = frame.iloc[start : start + chunk_rows].reset_index(drop=True)
                    check_cells(part, first_row=row)
                    row += len(part)
                    yield part
        except (pa.ArrowInvalid, pa.ArrowTypeError, UnicodeDecodeError, OSError) as exc:
            if isinstance(exc, InputError):
                raise
            raise _arrow_error(exc, self.format, self.encoding) from None
        finally:
            source.close()

    def _iter_parquet(self, chunk_rows: int, columns: list[str] | None) -> Iterator[pd.DataFrame]:
        renames = dict(zip(self.read_names, self.columns, strict=True)) if self.read_names else {}
        if renames and columns is not None:
            own = dict(zip(self.columns, self.read_names or [], strict=True))
            columns = [own.get(c, c) for c in columns]
        try:
            pf = open_parquet(self.path)
            row = 0
            names = pf.schema_arrow.names
            if len(set(names)) != len(names):
                raise InputError("the Parquet file has two columns of the same name")
            for batch in pf.iter_batches(batch_size=chunk_rows, columns=columns):
                frame = batch.to_pandas()
                for name in frame.columns:
                    kind = batch.schema.field(name).type
                    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
                        frame[name] = frame[name].astype(object)
                    elif (
                        pa.types.is_binary(kind)
                        or pa.types.is_large_binary(kind)
                        or pa.types.is_fixed_size_binary(kind)
                    ):
                        frame[name] = frame[name].map(_binary_text).astype(object)
                    elif pa.types.is_nested(kind):
                        frame[name] = frame[name].map(_nested_text).astype(object)
                if renames:
                    frame = frame.rename(columns=renames)
                check_cells(frame, first_row=row)
                row += len(frame)
                yield frame
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, KeyError, OSError) as exc:
            raise InputError("the Parquet file could not be read (corrupt or not Parquet)") from exc

    def _iter_xlsx(self, chunk_rows: int, columns: list[str] | None) -> Iterator[pd.DataFrame]:
        import openpyxl

        try:
            wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:
            raise InputError("the XLSX file could not be read (corrupt or not a workbook)") from exc
        try:
            rows = _xlsx_rows(wb.worksheets[0])
            if self.has_header:
                next(rows, None)
            width = len(self.columns)
            buffer: list[list[str]] = []
            row = 0
            for values in rows:
                cells = _xlsx_cells(values)
                if not any(cells):
                    continue
                cells = (cells + [""] * width)[:width]
                buffer.append(cells)
                if len(buffer) >= chunk_rows:
                    frame = pd.DataFrame(buffer, columns=self.columns, dtype=object)
                    check_cells(frame, first_row=row)
                    row += len(frame)
                    buffer = []
                    yield frame[columns] if columns else frame
            if buffer:
                frame = pd.DataFrame(buffer, columns=self.columns, dtype=object)
                check_cells(frame, first_row=row)
                yield frame[columns] if columns else frame
        finally:
            wb.close()


class _PacedFile(io.RawIOBase):
    """A file that Arrow's streaming CSV reader may read only a few blocks ahead of its consumer.

    The reader's background thread otherwise reads up to 32 blocks ahead (``MakeBackgroundGenerator``,
    not configurable from Python), so memory would grow with the file up to 32 MiB. The consumer calls
    `consumed` per batch; a read waits while more than `LEAD_BLOCKS` blocks of bytes are ahead of it.
    The wait has a timeout, so a block/batch mismatch (transcoding) slows the read but never blocks it.
    """

    LEAD_BLOCKS = 3
    WAIT_SECONDS = 0.25

    def __init__(self, path: Path, block_bytes: int = BLOCK_BYTES) -> None:
        self._fh = path.open("rb")
        self._block = block_bytes
        self._ready = threading.Condition()
        self._io = threading.Lock()
        self._read = 0
        self._batches = 0
        self._done = False
        super().__init__()

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        with self._ready:
            self._ready.wait_for(
                lambda: self._done or self._read < (self._batches + self.LEAD_BLOCKS) * self._block,
                timeout=self.WAIT_SECONDS,
            )
        with self._io:
            if self._done:
                return b""
            data = self._fh.read(size)
        with self._ready:
            self._read += len(data)
        return data

    def consumed(self) -> None:
        """The consumer took one more batch: let the reader go one block further."""
        with self._ready:
            self._batches += 1
            self._ready.notify_all()

    def close(self) -> None:
        with self._ready:
            self._done = True
            self._ready.notify_all()
        with self._io:
            self._fh.close()
        super().close()


def _xlsx_rows(ws: Any) -> Iterator[tuple[Any, ...]]:
    """A read-only sheet's rows from row 1, as values, within its declared used range (openpyxl's).

    Trailing empty cells are trimmed, and a run of empty rows comes as one empty row: every reader
    skips empty rows but the first, so a sheet whose cells sit at A1 and A1048576 costs two rows, not
    a million. The first sheet's limits (`anonymize.limits.table_guard`) are enforced as rows come,
    behind the checks `anonymize.limits.check_xlsx` made before the workbook was opened.
    """
    guard = shoal_limits.table_guard("xlsx")
    blank = False
    for values in _guarded_xlsx_rows(ws):
        end = len(values)
        while end and values[end - 1] is None:
            end -= 1
        guard.add(1, end)
        if not end:
            if not blank:
                blank = True
                yield ()
            continue
        blank = False
        yield tuple(values[:end])


def _guarded_xlsx_rows(ws: Any) -> Iterator[tuple[Any, ...]]:
    """openpyxl's rows; a malformed cell (a shared-string index out of range, text in a number cell)
    is an `InputError` naming its row, never openpyxl's message (which may quote the cell)."""
    rows = ws.iter_rows(values_only=True)
    number = 0
    while True:
        number += 1
        try:
            values = next(rows)
        except StopIteration:
            return
        except (IndexError, ValueError, KeyError, TypeError, AttributeError):
            raise InputError(f"the XLSX sheet holds a malformed cell near row {number:,}") from None
        yield values


def _xlsx_cells(values: tuple[Any, ...] | list[Any]) -> list[str]:
    return ["" if v is None else (v.isoformat() if hasattr(v, "isoformat") else str(v)) for v in values]


def _package() -> Any:
    """The `anonymize.io` package, read at call time so a name patched there is the one used."""
    from anonymize import io as package

    return package

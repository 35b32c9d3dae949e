"""Readers and writers for the formats Shoal accepts, streamed in chunks with bounded memory.

Tables: CSV/TSV (encoding detected with charset-normalizer, delimiter with ``csv.Sniffer``, parsed by
pyarrow's streaming CSV reader with every column as text), Parquet (``iter_batches``), XLSX (openpyxl
read-only, first sheet). Records: JSONL (one JSON value per line) and TXT (one record per line).

Malformed input raises `InputError` with a reason that never quotes file content. Cells are capped
at `MAX_CELL_CHARS`: a file holding a larger cell is rejected (a 10 MB "cell" is junk or an attack,
and silently cutting it could leave half a identifier behind), as is any row over `BLOCK_BYTES`.
CSV/TSV/TXT/JSONL output is UTF-8 whatever the input encoding.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from charset_normalizer import from_bytes

from anonymize.errors import InputError

MAX_CELL_CHARS = 256_000
BLOCK_BYTES = 1 << 20
SNIFF_BYTES = 64 << 10
TABLE_FORMATS = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".xlsx": "xlsx",
}
RECORD_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "txt"}
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def detect_format(path: Path) -> str:
    """Return the format named by the file extension, or raise `InputError`."""
    suffix = path.suffix.lower()
    fmt = TABLE_FORMATS.get(suffix) or RECORD_FORMATS.get(suffix)
    if fmt is None:
        known = ", ".join(sorted({*TABLE_FORMATS, *RECORD_FORMATS}))
        raise InputError(f"unsupported file type {suffix or '(no extension)'!r}; use one of {known}")
    return fmt


def _check_not_empty(path: Path) -> None:
    if not path.exists():
        raise InputError(f"input file {path.name!r} does not exist")
    if path.stat().st_size == 0:
        raise InputError("the file is empty")


def detect_encoding(head: bytes) -> str:
    """Encoding of a text file from its first bytes; binary content is an `InputError`."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("the file looks binary (it contains NUL bytes), not text")
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a character cut at the sniff boundary
            return "utf-8"
    best = from_bytes(head).best()
    if best is None:
        raise InputError("the file's text encoding could not be recognised (binary or corrupt content)")
    text = str(best)
    if text and len(_CONTROL_RE.findall(text)) / len(text) > 0.01:
        raise InputError("the file looks binary (it contains control characters), not text")
    return str(best.encoding)


def _decode_head(head: bytes, encoding: str) -> str:
    return head.decode(encoding, errors="ignore")


def _unique_names(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, raw in enumerate(names):
        name = raw.strip() or f"column_{i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        out.append(name)
    return out


def _arrow_error(exc: Exception, fmt: str, encoding: str) -> InputError:
    """Translate a pyarrow parse error into a message without cell content."""
    message = str(exc)
    columns = re.search(r"Expected (\d+) columns?, got (\d+)", message)
    if columns:
        return InputError(
            f"ragged rows: a row has {columns.group(2)} fields where the header has {columns.group(1)}"
        )
    if "straddling" in message or "block size" in message:
        return InputError(
            f"a row is larger than {BLOCK_BYTES >> 20} MiB; cells are capped at {MAX_CELL_CHARS:,} characters"
        )
    if "UTF8" in message or "utf-8" in message.lower() or "decode" in message.lower():
        return InputError(
            f"the file is not valid {encoding} text past its first bytes (mixed or corrupt encoding)"
        )
    return InputError(f"the {fmt.upper()} file could not be parsed")


@dataclass
class TableSource:
    """A table on disk: its format, the detected dialect and the column names (unique)."""

    path: Path
    format: str
    columns: list[str]
    header: list[str]
    encoding: str = "utf-8"
    delimiter: str = ","
    schema: pa.Schema | None = None
    extra: dict[str, Any] = field(default_factory=dict)

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
            skip_rows=1,
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
        source = _PacedFile(self.path)
        try:
            reader = pacsv.open_csv(source, read_options=read, parse_options=parse, convert_options=convert)
            for batch in reader:
                source.consumed()
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
        try:
            pf = pq.ParquetFile(self.path)
            row = 0
            for batch in pf.iter_batches(batch_size=chunk_rows, columns=columns):
                frame = batch.to_pandas()
                for name in frame.columns:
                    if pa.types.is_string(batch.schema.field(name).type) or pa.types.is_large_string(
                        batch.schema.field(name).type
                    ):
                        frame[name] = frame[name].astype(object)
                check_cells(frame, first_row=row)
                row += len(frame)
                yield frame
        except (pa.ArrowInvalid, OSError) as exc:
            raise InputError("the Parquet file could not be read (corrupt or not Parquet)") from exc

    def _iter_xlsx(self, chunk_rows: int, columns: list[str] | None) -> Iterator[pd.DataFrame]:
        import openpyxl

        try:
            wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:
            raise InputError("the XLSX file could not be read (corrupt or not a workbook)") from exc
        try:
            ws = wb.worksheets[0]
            rows = ws.iter_rows(values_only=True)
            next(rows, None)
            width = len(self.columns)
            buffer: list[list[str]] = []
            row = 0
            for values in rows:
                cells = [
                    "" if v is None else (v.isoformat() if hasattr(v, "isoformat") else str(v))
                    for v in values
                ]
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


def check_cells(frame: pd.DataFrame, *, first_row: int = 0) -> None:
    """Reject a chunk holding a cell over `MAX_CELL_CHARS` (the message names row and column only)."""
    for name in frame.columns:
        column = frame[name]
        if column.dtype != object:
            continue
        lengths = column.map(lambda v: len(v) if isinstance(v, str) else 0)
        if len(lengths) and int(lengths.max()) > MAX_CELL_CHARS:
            row = first_row + int(lengths.to_numpy().argmax()) + 1
            raise InputError(
                f"row {row}, column {name!r}: a cell exceeds the {MAX_CELL_CHARS:,}-character cap; the file is rejected"
            )


def open_table(path: Path, fmt: str | None = None) -> TableSource:
    """Open a table, detecting encoding, delimiter and header; malformed input is an `InputError`."""
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
        try:
            header = next(csv.reader(io.StringIO(text), delimiter=delimiter))
        except (csv.Error, StopIteration):
            raise InputError("the header row could not be read") from None
        if not header:
            raise InputError("the header row is empty")
        return TableSource(path, fmt, _unique_names(header), header, encoding=encoding, delimiter=delimiter)
    if fmt == "parquet":
        try:
            pf = pq.ParquetFile(path)
        except (pa.ArrowInvalid, OSError) as exc:
            raise InputError("the file is not a readable Parquet file") from exc
        schema = pf.schema_arrow
        return TableSource(path, fmt, list(schema.names), list(schema.names), schema=schema)
    if fmt == "xlsx":
        import openpyxl

        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise InputError("the XLSX file could not be read (corrupt or not a workbook)") from exc
        try:
            if not wb.worksheets:
                raise InputError("the workbook has no sheet")
            first = next(wb.worksheets[0].iter_rows(values_only=True), None)
        finally:
            wb.close()
        if not first or not any(v is not None for v in first):
            raise InputError("the first sheet has no header row")
        header = ["" if v is None else str(v) for v in first]
        while header and header[-1] == "":
            header.pop()
        return TableSource(path, fmt, _unique_names(header), header)
    raise InputError(f"not a table format: {fmt}")


# --- writers ---------------------------------------------------------------------------------------


class TableWriter:
    """Write chunks in ``fmt`` to ``path`` with the original header; call `close` at the end."""

    def __init__(
        self,
        path: Path,
        fmt: str,
        *,
        header: list[str],
        delimiter: str = ",",
        schema: pa.Schema | None = None,
    ) -> None:
        self.path = Path(path)
        self.fmt = fmt
        self.header = header
        self.delimiter = delimiter
        self.schema = schema
        self._writer: Any = None
        self._xlsx: Any = None
        self.rows = 0

    def _table(self, frame: pd.DataFrame) -> pa.Table:
        arrays = []
        fields = []
        for i, name in enumerate(frame.columns):
            target = self.schema.field(i).type if self.schema is not None else pa.string()
            values = frame[name]
            try:
                array = pa.array(values, type=target, from_pandas=True)
            except (pa.ArrowInvalid, pa.ArrowTypeError):
                target = pa.string()
                array = pa.array(
                    values.map(lambda v: None if v is None else str(v)), type=target, from_pandas=True
                )
            arrays.append(array)
            fields.append(pa.field(self.header[i], target))
        return pa.Table.from_arrays(arrays, schema=pa.schema(fields))

    def write(self, frame: pd.DataFrame) -> None:
        self.rows += len(frame)
        if self.fmt in {"csv", "tsv"}:
            if self._writer is None:
                self._fh = self.path.open("w", encoding="utf-8", newline="")
                self._writer = csv.writer(
                    self._fh, delimiter=self.delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\n"
                )
                self._writer.writerow(self.header)
            self._writer.writerows(frame.fillna("").itertuples(index=False, name=None))
        elif self.fmt == "parquet":
            table = self._table(frame)
            if self._writer is None:
                self._writer = pq.ParquetWriter(self.path, table.schema)
            elif table.schema != self._writer.schema:
                table = table.cast(self._writer.schema)
            self._writer.write_table(table)
        elif self.fmt == "xlsx":
            if self._xlsx is None:
                import openpyxl

                self._xlsx = openpyxl.Workbook(write_only=True)
                self._sheet = self._xlsx.create_sheet()
                self._sheet.append(self.header)
            for row in frame.itertuples(index=False, name=None):
                self._sheet.append(["" if v is None else v for v in row])
        else:  # pragma: no cover
            raise ValueError(self.fmt)

    def close(self) -> None:
        if self.fmt in {"csv", "tsv", "parquet"} and self._writer is None:
            self.write(pd.DataFrame({c: pd.Series([], dtype=object) for c in self.header}))
        if self.fmt in {"csv", "tsv"} and self._writer is not None:
            self._fh.close()
        elif self._writer is not None:
            self._writer.close()
        if self._xlsx is not None:
            self._xlsx.save(self.path)
        elif self.fmt == "xlsx":
            import openpyxl

            wb = openpyxl.Workbook(write_only=True)
            wb.create_sheet().append(self.header)
            wb.save(self.path)


# --- records (JSONL, TXT) --------------------------------------------------------------------------


def iter_records(path: Path, fmt: str, chunk_records: int = 512) -> Iterator[list[Any]]:
    """Yield lists of records: parsed JSON values (JSONL) or lines without their newline (TXT)."""
    path = Path(path)
    _check_not_empty(path)
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    encoding = detect_encoding(head)
    buffer: list[Any] = []
    try:
        with path.open("r", encoding=encoding, newline="") as fh:
            for number, raw in enumerate(_lines(fh), start=1):
                line = raw.rstrip("\r\n")
                if len(line) > MAX_CELL_CHARS:
                    raise InputError(
                        f"line {number}: a record exceeds the {MAX_CELL_CHARS:,}-character cap; the file is rejected"
                    )
                if fmt == "jsonl":
                    if not line.strip():
                        buffer.append(_BLANK)
                    else:
                        try:
                            buffer.append(json.loads(line))
                        except json.JSONDecodeError:
                            raise InputError(f"line {number} is not valid JSON") from None
                else:
                    if _CONTROL_RE.search(line):
                        raise InputError(f"line {number} holds control characters; the file looks binary")
                    buffer.append(line)
                if len(buffer) >= chunk_records:
                    yield buffer
                    buffer = []
    except UnicodeDecodeError:
        raise InputError(
            f"the file is not valid {encoding} text past its first bytes (mixed or corrupt encoding)"
        ) from None
    if buffer:
        yield buffer


class _Blank:
    """A blank JSONL line, written back as a blank line."""


_BLANK = _Blank()


def _lines(fh: io.TextIOBase) -> Iterator[str]:
    """Lines ending in \\n only (a \\r inside a TXT record is content, not a record break)."""
    pending = ""
    while True:
        block = fh.read(1 << 20)
        if not block:
            break
        pending += block
        parts = pending.split("\n")
        pending = parts.pop()
        if len(pending) > MAX_CELL_CHARS + 2:
            raise InputError(f"a record exceeds the {MAX_CELL_CHARS:,}-character cap; the file is rejected")
        yield from parts
    if pending:
        yield pending


class RecordWriter:
    """Write JSONL or TXT records (UTF-8, one per line)."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.fmt = fmt
        self.fh = Path(path).open("w", encoding="utf-8", newline="\n")  # noqa: SIM115 - closed in close()
        self.rows = 0

    def write(self, records: list[Any]) -> None:
        for record in records:
            if self.fmt == "jsonl":
                self.fh.write("" if record is _BLANK else json.dumps(record, ensure_ascii=False))
            else:
                self.fh.write(record)
            self.fh.write("\n")
        self.rows += len(records)

    def close(self) -> None:
        self.fh.close()


def is_blank_record(record: Any) -> bool:
    return record is _BLANK

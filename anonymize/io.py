"""Readers and writers for the formats Shoal accepts, streamed in chunks with bounded memory.

Tables: CSV/TSV (encoding detected with charset-normalizer, delimiter with ``csv.Sniffer``, parsed by
pyarrow's streaming CSV reader with every column as text), Parquet (``iter_batches``), XLSX (openpyxl
read-only, first sheet). Records: JSONL (one JSON value per line) and TXT (one record per line).

A table's first row is a header only when it reads as one (`is_header_row`): a first record of
names, e-mail addresses and phone numbers is data, and is anonymised like every other row. Header
cells are scanned like cells (`personal_header_cells`): one holding a personal value is never
published as a column name, the column is called ``column_<i>`` instead.

Malformed input raises `InputError` with a reason that never quotes file content. Cells are capped
at `MAX_CELL_CHARS`: a file holding a larger cell is rejected (a 10 MB "cell" is junk or an attack,
and silently cutting it could leave half a identifier behind), as is any row over `BLOCK_BYTES`.
A file over the size limits of `anonymize.limits` (rows, columns, cells, unpacked size, compression
ratio, JSON nesting) is rejected before it is parsed where its format declares its size (XLSX, Parquet),
and as soon as a limit is passed where it streams (CSV/TSV, JSONL, TXT).
CSV/TSV/TXT/JSONL output is UTF-8 whatever the input encoding.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import threading
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from charset_normalizer import from_bytes

from anonymize import limits as shoal_limits
from anonymize.dtypes import (
    STRING_TYPES,
    TypeTracker,
    arrow_field,
    cast_column,
    column_types,
    to_arrow,
    unify,
)
from anonymize.entities import DIRECT_ENTITIES
from anonymize.errors import InputError
from anonymize.profile import (
    DATE_RE,
    NUMBER_RE,
    is_credit_card,
    is_email,
    is_iban,
    is_phone,
    is_url,
    rare_name_shape,
    strip_titles,
)

MAX_CELL_CHARS = 256_000
#: Cells of a typed column converted at once by `retype_parquet` (bounds its Python objects).
RETYPE_CONVERT_ROWS = 10_000
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
        source = _PacedFile(self.path)
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


def open_parquet(path: Path) -> pq.ParquetFile:
    """A Parquet file opened for streaming reads (``iter_batches``) in constant memory.

    pyarrow's default ``pre_buffer=True`` makes a batch reader cache the file's bytes (in ranges of up
    to 32 MiB) and keep them until the reader is done, so reading a whole file grew with the file
    (by 32 MiB steps on a 1M-row artifact). Without pre-buffering each row group's pages are read when
    decoded; the batches (and so every output) are the same.
    """
    return pq.ParquetFile(path, pre_buffer=False)


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


# --- header row ----------------------------------------------------------------------------------

#: Rows after the first one read to decide whether the first one is a header.
HEADER_SAMPLE_ROWS = 100
#: Share of a column's sampled cells that must share a shape for that shape to be the column's.
_SHAPE_SHARE = 0.5
_LETTER_RE = re.compile(r"[^\W\d_]")
_TRUNK_PHONE_RE = re.compile(r"^\s*(\+|00|\(?0)")
#: Entities a header cell must never hold (a PERSON is judged apart, see `personal_header_cells`).
_HEADER_ENTITIES = DIRECT_ENTITIES - {"PERSON", "URL", "STREET_ADDRESS"}


def _cell_shape(value: str) -> str:
    """The kind of value a cell holds, fine enough to tell a label from a data cell:
    ``empty``, ``email``, ``url``, ``date``, ``int`` (an integer), ``number``, ``phone``,
    ``code:<signature>`` (letters and digits: ``code:AAA-9-9``), ``text`` (no digit) or ``other``."""
    v = value.strip()
    if not v:
        return "empty"
    if is_email(v):
        return "email"
    if is_url(v):
        return "url"
    if DATE_RE.match(v):
        return "date"
    if NUMBER_RE.match(v):
        return "int" if v.lstrip("+-").isdigit() else "number"
    if is_phone(v):
        return "phone"
    has_digit = any(ch.isdigit() for ch in v)
    if has_digit and _LETTER_RE.search(v):
        signature = re.sub(r"\d+", "9", re.sub(r"[^\W\d_]", lambda m: "A" if m.group().isupper() else "a", v))
        return "code:" + signature
    if _LETTER_RE.search(v):
        return "text"
    return "other"


def _share(shapes: list[str], shape: str) -> float:
    return sum(1 for s in shapes if s == shape) / len(shapes) if shapes else 0.0


def _column_vote(first: str, values: list[str], personal: bool) -> int:
    """+1 when the first row's cell reads as one of the column's data cells, -1 when it reads as a
    label over them, 0 when the cell tells nothing (both text, or an empty cell)."""
    cell = first.strip()
    if not cell:
        return 0
    shape = _cell_shape(cell)
    shapes = [_cell_shape(v) for v in values]
    if personal:  # a person's value is data unless the column holds something else entirely
        return 1 if not values or _share(shapes, shape) >= _SHAPE_SHARE else 0
    if cell in values:  # it recurs as a value below
        return 1
    if not values:
        return 0
    if shape == "text":
        if _share(shapes, "text") < _SHAPE_SHARE:
            return -1  # a label over numbers, dates, e-mails, codes…
        lengths = {len(v) for v in values}
        if len(values) >= 3 and len(lengths) == 1 and all(s == "text" for s in shapes):
            return 1 if len(cell) in lengths else -1  # fixed-width values (codes): the stdlib's rule
        return 0
    if _share(shapes, shape) < _SHAPE_SHARE:
        return 0
    if shape == "int":  # an integer within the digit counts of the column's integers is one of them
        digits = [len(v.lstrip("+-")) for v, s in zip(values, shapes, strict=True) if s == "int"]
        return 1 if min(digits) <= len(cell.lstrip("+-")) <= max(digits) else 0
    return 1


def is_header_row(first: list[str], rows: list[list[str]], *, personal: Collection[int] = ()) -> bool:
    """Whether ``first`` (a table's first row) is a header over the data ``rows`` that follow it.

    Each column votes: a first-row cell of the same shape as the column's values (an e-mail over
    e-mails, a date over dates, an integer of their length over integers, a code of their pattern) or
    that recurs as a value below is data (+1); a cell without digits over a column mostly of numbers,
    dates, e-mails, phones or codes is a label (-1), as is a label of another length over fixed-width
    text. A cell holding a personal value (its position in ``personal``, see `personal_header_cells`)
    is data unless its column holds another kind of value. The row is data when the votes add up
    above zero, a header otherwise (a header is the common case, and its cells are then scanned and
    replaced where personal).
    ``csv.Sniffer().has_header`` makes the type and length comparisons only, and reads a row of
    names, e-mail addresses and phone numbers over the same as a header; it is not used.
    """
    score = 0
    for i, cell in enumerate(first):
        values = [row[i].strip() for row in rows if i < len(row) and row[i].strip()]
        score += _column_vote(cell, values, i in personal)
    return score <= 0


def personal_header_cells(cells: list[str], *, analyzer: Any | None = None) -> list[int]:
    """Positions of the header cells that hold a personal value, never to be published as names.

    Without a model: an e-mail address, an IBAN, a card number, a phone number written with its
    trunk or country prefix, a name whose every word is a listed name or rare in every language
    (`anonymize.profile.rare_name_shape`). With ``analyzer``, also what Presidio and Shoal's
    recognizers find in the cell: a direct identifier from a pattern recognizer, a PERSON from spaCy
    (in the cell, or in it without its titles: "Dr. Hans Weber") or from a sure name cue ("Frau
    Meier"). The names model and the name lists alone flag ordinary labels ("Job Title", "Grace
    Period"), and a role word before a label reads as a cue ("Contact Email"): neither is enough.
    """
    found: set[int] = set()
    todo: list[int] = []
    for i, raw in enumerate(cells):
        cell = raw.strip()
        if not cell:
            continue
        if (
            is_email(cell)
            or is_iban(cell)
            or is_credit_card(cell)
            or (_TRUNK_PHONE_RE.match(cell) is not None and is_phone(cell))
            or rare_name_shape(cell)
        ):
            found.add(i)
        elif any(ch.isalnum() for ch in cell):
            todo.append(i)
    if analyzer is not None and todo:
        from anonymize.text import analyze_texts

        texts = [cells[i].strip() for i in todo]
        untitled = [strip_titles(t) for t in texts]
        results = analyze_texts(
            analyzer, texts + [u if u != t else "" for t, u in zip(texts, untitled, strict=True)], pack=False
        )
        for n, i in enumerate(todo):
            if any(_personal_finding(r) for r in results[n] + results[n + len(todo)]):
                found.add(i)
    return sorted(found)


def _personal_finding(result: Any) -> bool:
    source = (result.recognition_metadata or {}).get("recognizer_name", "")
    if result.entity_type == "PERSON":
        return source == "SpacyRecognizer" or (source == "NameContextRecognizer" and result.score >= 0.8)
    return result.entity_type in _HEADER_ENTITIES and source != "SpacyRecognizer" and result.score >= 0.5


def _generated_names(width: int) -> list[str]:
    return [f"column_{i + 1}" for i in range(width)]


def _csv_rows(text: str, delimiter: str, *, truncated: bool) -> list[list[str]]:
    """The first rows of a CSV head (blank lines skipped); a row the head may have cut is dropped."""
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    complete = True
    try:
        for row in reader:
            if len(rows) > HEADER_SAMPLE_ROWS:
                break
            if row or not rows:
                rows.append(row)
        else:
            complete = not truncated
    except csv.Error:
        complete = False
    if not complete and len(rows) > 1:
        rows.pop()
    return rows


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _has_lone_surrogate(value: Any) -> bool:
    """A string (or key) in ``value`` that cannot be encoded as UTF-8 (a lone surrogate)."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _binary_text(value: Any) -> Any:
    """A binary Parquet cell as text (undecodable bytes replaced): detection reads text."""
    return value.decode("utf-8", errors="replace") if isinstance(value, bytes | bytearray) else value


def _nested_text(value: Any) -> Any:
    """A nested Parquet cell (list, struct, map) as JSON text, so it is scanned like any text."""
    if value is None:
        return None
    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return str(value)


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


def _trimmed(cells: list[str]) -> list[str]:
    cells = list(cells)
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def _named(header: list[str], replaced: list[int]) -> tuple[list[str], list[str]]:
    """Column names and output header of a header row whose cells at ``replaced`` are personal:
    both call those columns ``column_<i>``."""
    cleaned = ["" if i in replaced else cell for i, cell in enumerate(header)]
    columns = _unique_names(cleaned)
    written = [columns[i] if i in replaced else cell for i, cell in enumerate(header)]
    return columns, written


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


# --- writers ---------------------------------------------------------------------------------------


class TableWriter:
    """Write chunks in ``fmt`` to ``path`` under ``header`` (the source's `TableSource.header`: the
    file's own header, generated names where it had none or where a cell was personal); call `close`
    at the end.

    Parquet: the string columns named in ``typed`` (frame column names) are typed when every one of
    their values parses as one type (`anonymize.dtypes`): their types are tracked as chunks are
    written, and `close` rewrites the file once with the typed columns (`retype_parquet`).
    """

    def __init__(
        self,
        path: Path,
        fmt: str,
        *,
        header: list[str],
        delimiter: str = ",",
        schema: pa.Schema | None = None,
        typed: Collection[str] = (),
    ) -> None:
        self.path = Path(path)
        self.fmt = fmt
        self.header = header
        self.delimiter = delimiter
        self.schema = schema
        self.typed = set(typed)
        self._trackers: dict[int, TypeTracker] | None = None
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
                self._trackers = {
                    i: TypeTracker()
                    for i, name in enumerate(frame.columns)
                    if name in self.typed and pa.types.is_string(table.schema.field(i).type)
                }
            elif table.schema != self._writer.schema:
                table = table.cast(self._writer.schema)
            for i, tracker in (self._trackers or {}).items():
                tracker.update(frame.iloc[:, i])
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
            types = {
                i: (t.value_type, t.timezone)
                for i, t in (self._trackers or {}).items()
                if t.value_type not in STRING_TYPES
            }
            if types:
                retype_parquet(self.path, types)
        if self._xlsx is not None:
            self._xlsx.save(self.path)
        elif self.fmt == "xlsx":
            import openpyxl

            wb = openpyxl.Workbook(write_only=True)
            wb.create_sheet().append(self.header)
            wb.save(self.path)


def retype_parquet(
    path: Path,
    types: Mapping[int, tuple[str, str | None]],
    *,
    batch_rows: int = 50_000,
    convert_rows: int = RETYPE_CONVERT_ROWS,
) -> pa.Schema:
    """Rewrite a Parquet file with the string columns at the positions in ``types`` converted to
    their value type ({position: (value type, time zone)}, from a `TypeTracker` that saw every value);
    batch by batch, through a temporary file renamed over ``path``. Returns the new schema.

    Memory stays flat in the file's length: the file is read without pre-buffering (`open_parquet`),
    cells pass through Python ``convert_rows`` at a time (a typed slice is concatenated back into the
    batch's one array, so the row groups written are ``batch_rows`` long and the bytes are the same as
    converting whole batches), and Arrow's allocator hands freed memory back after every batch."""
    path = Path(path)
    source = open_parquet(path)
    fields = list(source.schema_arrow)
    for i, (kind, tz) in types.items():
        fields[i] = arrow_field(fields[i].name, kind, tz)
    schema = pa.schema(fields, metadata=source.schema_arrow.metadata)
    tmp = path.with_name(f".{path.name}.typed")
    pool = pa.default_memory_pool()
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            for batch in source.iter_batches(batch_size=batch_rows):
                arrays = [
                    _typed_array(column, *types[i], convert_rows) if i in types else column
                    for i, column in enumerate(batch.columns)
                ]
                writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
                del arrays, batch
                pool.release_unused()
        tmp.replace(path)
    finally:
        source.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
    return schema


def _typed_array(column: pa.Array, kind: str, tz: str | None, convert_rows: int) -> pa.Array:
    """``column`` (text) as an array of ``kind``, converted ``convert_rows`` cells at a time."""
    pieces = [
        to_arrow(column.slice(start, convert_rows).to_pandas().astype(object), kind, tz)
        for start in range(0, len(column), convert_rows)
    ]
    if len(pieces) == 1:
        return pieces[0]
    return pa.concat_arrays(pieces) if pieces else to_arrow(column.to_pandas().astype(object), kind, tz)


def unified_parquet_schema(paths: Collection[Path]) -> pa.Schema:
    """One schema for Parquet files holding the same columns in the same order, typed differently
    by different runs (parts of one table): each column widened with `anonymize.dtypes.unify`."""
    schemas = [pq.read_schema(p) for p in paths]
    first = schemas[0]
    return pa.schema(
        [unify([s.field(i) for s in schemas], name=first.field(i).name) for i in range(len(first))],
        metadata=first.metadata,
    )


def conform_table(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` (same columns, by position) with ``schema``'s types (`anonymize.dtypes.cast_column`)."""
    if table.schema == schema:
        return table
    arrays = [cast_column(column, schema.field(i)) for i, column in enumerate(table.columns)]
    return pa.Table.from_arrays(arrays, schema=schema)


def parquet_column_types(path: Path) -> dict[str, str]:
    """Each column's value type in a Parquet file (see `anonymize.dtypes`)."""
    return column_types(pq.read_schema(path))


# --- records (JSONL, TXT) --------------------------------------------------------------------------


def iter_records(path: Path, fmt: str, chunk_records: int = 512) -> Iterator[list[Any]]:
    """Yield lists of records: parsed JSON values (JSONL) or lines without their newline (TXT)."""
    path = Path(path)
    _check_not_empty(path)
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    encoding = detect_encoding(head)
    limits = shoal_limits.current()
    buffer: list[Any] = []
    try:
        with path.open("r", encoding=encoding, newline="") as fh:
            for number, raw in enumerate(_lines(fh), start=1):
                if number > limits.max_rows:
                    raise InputError(f"the file has more records than the limit of {limits.max_rows:,}")
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
                            value = json.loads(line)
                        except json.JSONDecodeError:
                            raise InputError(f"line {number} is not valid JSON") from None
                        except ValueError:  # Python's limit on the digits of an integer
                            raise InputError(f"line {number} holds a number with too many digits") from None
                        except RecursionError:  # deeper than the interpreter's stack, far past the limit
                            raise shoal_limits.nesting_error(number, limits.json_max_depth) from None
                        if shoal_limits.too_deep(line, value, limits.json_max_depth):
                            raise shoal_limits.nesting_error(number, limits.json_max_depth)
                        if _SURROGATE_ESCAPE.search(line) and _has_lone_surrogate(value):
                            raise InputError(
                                f"line {number} holds an unpaired UTF-16 surrogate escape; the text is not valid Unicode"
                            )
                        buffer.append(value)
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

"""Limits an input must meet, checked cheaply before the work starts (issue 11).

A 1.6 KB workbook whose used range reaches XFD1048576, or a 7 MB workbook that unpacks to 2 GB of
XML, held a worker for a quarter of an hour. Each format's size is read from what the file declares
before anything parses it: an XLSX's zip central directory (every member's unpacked size and
compression ratio) and its sheet's ``<dimension>``, or, when that is missing, a bounded pass that
stops at the first limit broken; a Parquet file's footer (rows, columns, uncompressed bytes of its row
groups). CSV/TSV, JSONL and TXT stream, so their rows are counted as they are read and reading stops at
the limit; a JSONL record's nesting depth is checked per line.

A file over a limit raises `InputError` with a reason naming the limit and the file's figure, never a
cell's content; the dataset then fails for good with that reason.

Every limit is read from the environment when a file is opened (`Limits.from_env`), so a worker
picks up a change at its next file. Defaults suit a 2-core, 24 GiB machine running two worker
processes (openpyxl reads about 100,000 cells a second, pandas and Arrow millions):

=====================================  ===========  ===========================================
variable                               default      what it bounds
=====================================  ===========  ===========================================
``SHOAL_MAX_ROWS``                     20,000,000   rows of a table, records of a JSONL/TXT file
``SHOAL_MAX_COLUMNS``                  2,048        columns of a table (every column is profiled)
``SHOAL_MAX_CELLS``                    100,000,000  rows × columns of a CSV/TSV or Parquet table
``SHOAL_MAX_UNCOMPRESSED_BYTES``       4 GiB        a Parquet file's row groups, uncompressed
``SHOAL_XLSX_MAX_CELLS``               10,000,000   rows × columns of a sheet (≈ 2 minutes a pass)
``SHOAL_XLSX_MAX_UNCOMPRESSED_BYTES``  512 MiB      a workbook's zip members unpacked, together
``SHOAL_MAX_COMPRESSION_RATIO``        100          unpacked : packed size of any zip member over
                                                    1 MiB (sheets are 5-20:1, a zip bomb ~1000:1)
``SHOAL_JSON_MAX_DEPTH``               64           nesting of arrays and objects in a JSONL record
=====================================  ===========  ===========================================

An XLSX sheet can never exceed 1,048,576 rows or 16,384 columns (the format's own bounds). Shoal
accepts no zip or gzip uploads; an XLSX is the only compressed container it opens.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, Any
from xml.etree.ElementTree import ParseError, fromstring
from xml.parsers import expat

from anonymize.errors import InputError

#: The XLSX format's own bounds (Excel 2007 and later).
XLSX_MAX_ROWS = 1_048_576
XLSX_MAX_COLUMNS = 16_384
#: Zip members smaller than this unpacked are not judged by their compression ratio.
RATIO_FLOOR_BYTES = 1 << 20
#: A workbook with more zip members than this is not a spreadsheet anyone exports.
MAX_ZIP_MEMBERS = 10_000
#: Bytes of a sheet's XML read to find its ``<dimension>`` (it precedes ``<sheetData>``).
DIMENSION_HEAD_BYTES = 64 << 10

GIB = 1 << 30
MIB = 1 << 20


class LimitsConfigError(ValueError):
    """A limit's environment variable does not hold a positive whole number."""


def _env_positive_int(name: str, default: int, environ: Mapping[str, str]) -> int:
    """The variable as a positive integer (``_`` separators allowed), ``default`` when unset or empty.

    The same contract as ``config.env.env_int`` (a value it cannot parse is an error, never a silent
    default); repeated here because the engine imports nothing from the Django project.
    """
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise LimitsConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value <= 0:
        raise LimitsConfigError(f"{name} must be positive, got {raw!r}")
    return value


@dataclass(frozen=True)
class Limits:
    """The limits one file is checked against (see the module docstring for each)."""

    max_rows: int = 20_000_000
    max_columns: int = 2_048
    max_cells: int = 100_000_000
    max_uncompressed_bytes: int = 4 * GIB
    xlsx_max_cells: int = 10_000_000
    xlsx_max_uncompressed_bytes: int = 512 * MIB
    max_compression_ratio: int = 100
    json_max_depth: int = 64

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """The limits set in the environment (``SHOAL_…``), defaults for those unset."""
        env = os.environ if environ is None else environ
        default = cls()
        return cls(
            max_rows=_env_positive_int("SHOAL_MAX_ROWS", default.max_rows, env),
            max_columns=_env_positive_int("SHOAL_MAX_COLUMNS", default.max_columns, env),
            max_cells=_env_positive_int("SHOAL_MAX_CELLS", default.max_cells, env),
            max_uncompressed_bytes=_env_positive_int(
                "SHOAL_MAX_UNCOMPRESSED_BYTES", default.max_uncompressed_bytes, env
            ),
            xlsx_max_cells=_env_positive_int("SHOAL_XLSX_MAX_CELLS", default.xlsx_max_cells, env),
            xlsx_max_uncompressed_bytes=_env_positive_int(
                "SHOAL_XLSX_MAX_UNCOMPRESSED_BYTES", default.xlsx_max_uncompressed_bytes, env
            ),
            max_compression_ratio=_env_positive_int(
                "SHOAL_MAX_COMPRESSION_RATIO", default.max_compression_ratio, env
            ),
            json_max_depth=_env_positive_int("SHOAL_JSON_MAX_DEPTH", default.json_max_depth, env),
        )

    @property
    def xlsx_max_rows(self) -> int:
        return min(self.max_rows, XLSX_MAX_ROWS)

    @property
    def xlsx_max_columns(self) -> int:
        return min(self.max_columns, XLSX_MAX_COLUMNS)


def current() -> Limits:
    """The limits in force now (read from the environment on every call: it is cheap)."""
    return Limits.from_env()


def _size(n: int) -> str:
    """A byte count as people read it: ``2.0 GB``, ``512 MiB`` limits print as MiB/GiB."""
    for unit, factor in (("GiB", GIB), ("MiB", MIB), ("KiB", 1 << 10)):
        if n >= factor:
            return f"{n / factor:,.1f} {unit}".replace(".0 ", " ")
    return f"{n:,} bytes"


# --- tables ----------------------------------------------------------------------------------------


def check_shape(
    *, rows: int | None, columns: int, max_rows: int, max_columns: int, max_cells: int, what: str
) -> None:
    """Reject a table ``what`` ("the table", "the first sheet") of ``rows`` × ``columns``; ``rows``
    None when unknown (only the columns are checked then)."""
    if columns > max_columns:
        raise InputError(f"{what} has {columns:,} columns; the limit is {max_columns:,}")
    if rows is None:
        return
    if rows > max_rows:
        raise InputError(f"{what} has {rows:,} rows; the limit is {max_rows:,}")
    if rows * columns > max_cells:
        raise InputError(
            f"{what} spans {rows:,} rows × {columns:,} columns = {rows * columns:,} cells; "
            f"the limit is {max_cells:,} cells"
        )


class RowGuard:
    """Counts a streamed table's rows (and its widest row) and raises `InputError` at the first limit
    broken, so a reader stops there instead of at the end of the file."""

    def __init__(self, *, max_rows: int, max_columns: int, max_cells: int, what: str) -> None:
        self.max_rows = max_rows
        self.max_columns = max_columns
        self.max_cells = max_cells
        self.what = what
        self.rows = 0
        self.columns = 0

    def add(self, rows: int, width: int) -> None:
        """``rows`` more rows, the widest ``width`` cells wide."""
        self.rows += rows
        self.columns = max(self.columns, width)
        if self.columns > self.max_columns:
            raise InputError(f"{self.what} has {self.columns:,} columns; the limit is {self.max_columns:,}")
        if self.rows > self.max_rows:
            raise InputError(f"{self.what} has more rows than the limit of {self.max_rows:,}")
        if self.rows * self.columns > self.max_cells:
            raise InputError(
                f"{self.what} holds more cells than the limit of {self.max_cells:,} "
                f"({self.rows:,} rows × {self.columns:,} columns when reading stopped)"
            )


def table_guard(fmt: str, limits: Limits | None = None) -> RowGuard:
    """The `RowGuard` for a streamed table of format ``fmt``."""
    lim = limits or current()
    if fmt == "xlsx":
        return RowGuard(
            max_rows=lim.xlsx_max_rows,
            max_columns=lim.xlsx_max_columns,
            max_cells=lim.xlsx_max_cells,
            what="the first sheet",
        )
    return RowGuard(
        max_rows=lim.max_rows, max_columns=lim.max_columns, max_cells=lim.max_cells, what="the table"
    )


# --- Parquet ---------------------------------------------------------------------------------------


def check_parquet(metadata: Any, limits: Limits | None = None) -> None:
    """Reject a Parquet file from its footer (a ``pyarrow.parquet.FileMetaData``), before any row
    group is read: rows, columns (leaf columns), cells, and the row groups' uncompressed size."""
    lim = limits or current()
    rows, columns = int(metadata.num_rows), int(metadata.num_columns)
    check_shape(
        rows=rows,
        columns=columns,
        max_rows=lim.max_rows,
        max_columns=lim.max_columns,
        max_cells=lim.max_cells,
        what="the Parquet file",
    )
    total = sum(int(metadata.row_group(i).total_byte_size) for i in range(metadata.num_row_groups))
    if total > lim.max_uncompressed_bytes:
        raise InputError(
            f"the Parquet file holds {_size(total)} of data uncompressed; "
            f"the limit is {_size(lim.max_uncompressed_bytes)}"
        )


# --- zip containers (XLSX) -------------------------------------------------------------------------


def check_zip(path: Path, *, max_uncompressed: int, max_ratio: int, what: str = "the file") -> None:
    """Reject a zip file from its central directory alone, before any member is unpacked: more than
    `MAX_ZIP_MEMBERS` members, members unpacking to more than ``max_uncompressed`` bytes together, or
    a member over `RATIO_FLOOR_BYTES` unpacked whose unpacked : packed ratio exceeds ``max_ratio``.

    ``zipfile`` stops a member's stream at the size the directory declares (and checks its CRC), so a
    directory that understates a member cannot make a reader unpack more than was checked here.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{what} could not be read (corrupt or not a zip container)") from exc
    if len(members) > MAX_ZIP_MEMBERS:
        raise InputError(f"{what} holds {len(members):,} zip members; the limit is {MAX_ZIP_MEMBERS:,}")
    total = sum(m.file_size for m in members)
    if total > max_uncompressed:
        raise InputError(f"{what} unpacks to {_size(total)}; the limit is {_size(max_uncompressed)}")
    for member in members:
        if member.file_size < RATIO_FLOOR_BYTES:
            continue
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > max_ratio:
            raise InputError(
                f"a part of {what} is compressed {ratio:,.0f}:1 ({_size(member.file_size)} unpacked); "
                f"the limit is {max_ratio}:1 (a file this compressible is a zip bomb, not a spreadsheet)"
            )


_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DIMENSION_RE = re.compile(rb"<(?:\w+:)?dimension\b[^>]*?\bref\s*=\s*[\"']([^\"']*)[\"']")
_SHEET_DATA_RE = re.compile(rb"<(?:\w+:)?sheetData\b")
_REF_RE = re.compile(r"^\$?([A-Za-z]{1,3})?\$?(\d+)?(?::\$?([A-Za-z]{1,3})?\$?(\d+)?)?$")
_CELL_REF_RE = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + (ord(ch) - 64)
    return number


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _first_sheet_member(archive: zipfile.ZipFile) -> str | None:
    """The zip member of the workbook's first sheet (what openpyxl's ``worksheets[0]`` reads), or None
    when the workbook's part list cannot be read (then every sheet is held to the first's limits)."""
    try:
        workbook = archive.read("xl/workbook.xml") if _small(archive, "xl/workbook.xml") else b""
        rels = (
            archive.read("xl/_rels/workbook.xml.rels")
            if _small(archive, "xl/_rels/workbook.xml.rels")
            else b""
        )
        if not workbook or not rels:
            return None
        sheets = fromstring(workbook).find(f"{{{_NS_MAIN}}}sheets")  # noqa: S314
        first = None if sheets is None else next(iter(sheets), None)
        rel_id = None if first is None else first.get(f"{{{_NS_REL}}}id")
        for rel in fromstring(rels).iter(f"{{{_NS_PKG_REL}}}Relationship"):  # noqa: S314
            if rel.get("Id") == rel_id:
                target = rel.get("Target", "")
                if target.startswith("/"):
                    return target.lstrip("/")
                return str(PurePosixPath("xl") / target)
    except (KeyError, ParseError, ValueError):
        return None
    return None


def _small(archive: zipfile.ZipFile, name: str, limit: int = 16 * MIB) -> bool:
    try:
        return archive.getinfo(name).file_size <= limit
    except KeyError:
        return False


def _worksheet_members(archive: zipfile.ZipFile) -> list[str]:
    return [
        name
        for name in archive.namelist()
        if name.startswith("xl/worksheets/") and name.endswith(".xml") and "/_rels/" not in name
    ]


def _dimension(head: bytes) -> tuple[int | None, int | None] | None:
    """(rows, columns) a sheet's ``<dimension>`` declares, from the first bytes of its XML; None when
    the sheet has none (or it comes after ``<sheetData>``, which openpyxl would not use either)."""
    found = _DIMENSION_RE.search(head)
    data = _SHEET_DATA_RE.search(head)
    if found is None or (data is not None and data.start() < found.start()):
        return None
    return _parse_ref(found.group(1).decode("ascii", "replace"))


def _parse_ref(ref: str) -> tuple[int | None, int | None] | None:
    """(rows, columns) a used range such as ``A1:XFD1048576`` reaches (openpyxl reads from A1)."""
    match = _REF_RE.match(ref.strip())
    if match is None:
        return None
    min_col, min_row, max_col, max_row = match.groups()
    columns = _column_number(max_col or min_col) if (max_col or min_col) else None
    rows = int(max_row or min_row) if (max_row or min_row) else None
    return rows, columns


def _sheet_extent(stream: IO[bytes], *, max_rows: int, max_columns: int, max_cells: int, what: str) -> None:
    """Stream a sheet's XML through expat, keeping nothing, and raise at the first row or column past
    the limits. openpyxl sizes a sheet without ``<dimension>`` by parsing all of it when the workbook
    opens, holding an element per row; this pass, as fast as that one, runs before it."""
    state = {"row": 0, "column": 0, "widest": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = name.rsplit(":", 1)[-1]
        if tag == "dimension":  # past the bytes `_dimension` reads; openpyxl will still use it
            declared = _parse_ref(attrs.get("ref", ""))
            if declared is not None:
                rows, columns = declared
                check_shape(
                    rows=rows,
                    columns=columns or 0,
                    max_rows=max_rows,
                    max_columns=max_columns,
                    max_cells=max_cells,
                    what=what,
                )
        elif tag == "row":
            ref = attrs.get("r", "")
            state["row"] = row = int(ref) if ref.isdigit() else state["row"] + 1
            state["column"] = 0
            if row > max_rows:
                raise InputError(f"{what} has more rows than the limit of {max_rows:,}")
            if row * state["widest"] > max_cells:
                raise InputError(
                    f"{what} holds more cells than the limit of {max_cells:,} "
                    f"({row:,} rows × {state['widest']:,} columns when reading stopped)"
                )
        elif tag == "c":
            match = _CELL_REF_RE.match(attrs.get("r", ""))
            state["column"] = column = _column_number(match.group(1)) if match else state["column"] + 1
            if column > state["widest"]:
                state["widest"] = column
                if column > max_columns:
                    raise InputError(f"{what} has {column:,} columns; the limit is {max_columns:,}")

    def no_doctype(*_: object) -> None:
        raise InputError("the XLSX file could not be read (a sheet declares a DTD)")

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = no_doctype
    try:
        while block := stream.read(1 << 20):
            parser.Parse(block, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise InputError("the XLSX file could not be read (a sheet is not well-formed XML)") from exc


def check_xlsx(path: Path, limits: Limits | None = None) -> None:
    """Reject a workbook before openpyxl opens it: its zip directory (`check_zip`), then its first
    sheet's declared used range (``<dimension>``: rows, columns, cells), or, for a sheet that
    declares none, a bounded walk of its XML. Other sheets are only bounded by the format (openpyxl
    sizes every sheet when it opens a workbook)."""
    lim = limits or current()
    path = Path(path)
    check_zip(
        path,
        max_uncompressed=lim.xlsx_max_uncompressed_bytes,
        max_ratio=lim.max_compression_ratio,
        what="the XLSX file",
    )
    with zipfile.ZipFile(path) as archive:
        members = _worksheet_members(archive)
        first = _first_sheet_member(archive)
        if first not in members:  # unreadable part list: every sheet is held to the first's limits
            first = None
        for name in members:
            is_first = first is None or name == first
            what = "the first sheet" if is_first else "a sheet of the workbook"
            bounds = {
                "max_rows": lim.xlsx_max_rows if is_first else XLSX_MAX_ROWS,
                "max_columns": lim.xlsx_max_columns if is_first else XLSX_MAX_COLUMNS,
                "max_cells": lim.xlsx_max_cells if is_first else XLSX_MAX_ROWS * XLSX_MAX_COLUMNS,
            }
            try:
                with archive.open(name) as stream:
                    declared = _dimension(stream.read(DIMENSION_HEAD_BYTES))
                if declared is not None:
                    rows, columns = declared
                    check_shape(rows=rows, columns=columns or 0, what=what, **bounds)
                    continue
                with archive.open(name) as stream:
                    _sheet_extent(stream, what=what, **bounds)
            except (zipfile.BadZipFile, NotImplementedError, OSError, EOFError, zlib.error) as exc:
                raise InputError("the XLSX file could not be read (corrupt or not a workbook)") from exc


# --- JSON ------------------------------------------------------------------------------------------


def json_depth(value: Any, stop: int) -> int:
    """Nesting depth of a parsed JSON value (a scalar is 0, ``[]`` is 1), counted without recursion
    and no further than ``stop + 1``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Iterator[Any] = iter(item.values())
        elif isinstance(item, list):
            children = iter(item)
        else:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > stop:
                return deepest
        stack.extend((child, depth) for child in children if isinstance(child, dict | list))
    return deepest


def too_deep(line: str, value: Any, max_depth: int) -> bool:
    """Whether a JSONL line's parsed ``value`` nests deeper than ``max_depth``; lines with fewer
    brackets than that (nearly all) are passed on a count alone."""
    if line.count("[") + line.count("{") <= max_depth:
        return False
    return json_depth(value, max_depth) > max_depth


def nesting_error(line_number: int, max_depth: int) -> InputError:
    return InputError(
        f"line {line_number}: a record nests arrays or objects deeper than {max_depth} levels; "
        "the file is rejected"
    )

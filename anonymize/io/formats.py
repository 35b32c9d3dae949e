"""Formats and encodings: which format a path holds, its text encoding, the caps every cell and file must fit."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
from charset_normalizer import from_bytes

from anonymize.errors import InputError

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

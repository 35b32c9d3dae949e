"""Records: JSONL (one JSON value per line) and TXT (one record per line), read in chunks and written back."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from anonymize import limits as shoal_limits
from anonymize.errors import InputError
from anonymize.io.formats import (
    _CONTROL_RE,
    _SURROGATE_ESCAPE,
    MAX_CELL_CHARS,
    SNIFF_BYTES,
    _check_not_empty,
    _has_lone_surrogate,
    detect_encoding,
)


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

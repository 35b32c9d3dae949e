"""What a run is given and shares: the frozen `RunContext`, the pipeline's constants and small helpers."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from anonymize.errors import InputError
from anonymize.plan import Plan
from anonymize.report import Report
from anonymize.text import Span

PROFILE_ROWS = 2_000


CHUNK_ROWS = 10_000


SELFCHECK_ROWS = 50


OUTPUT_FORMATS = {"parquet": ".parquet", "jsonl": ".jsonl"}


#: Text files at least this large are analysed by several processes (`anonymize.parallel`).
PARALLEL_MIN_BYTES = 1 << 20


#: Records read per chunk when several processes share the detection.
PARALLEL_CHUNK_RECORDS = 4096


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to release
        return None


def release_freed_memory() -> None:
    """Hand memory freed by the last chunk back to the OS (glibc keeps it in its heaps otherwise,
    and Arrow's own allocator, mimalloc or jemalloc, keeps the pages of the buffers it freed).

    Chunks allocate and free many short-lived buffers; without this, the process's resident size
    creeps up over the first hundreds of chunks before it levels off. Costs well under a millisecond.
    """
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _check_plan_columns(plan: Plan, columns: list[str]) -> None:
    unknown = [c.name for c in plan.columns if c.name not in columns]
    if unknown:
        raise InputError(f"the plan names columns the file does not have: {', '.join(unknown)}")


def _string_leaves(
    value: Any, path: str, out: list[tuple[str, list[Any], Any]], parent: Any, key: Any
) -> None:
    if isinstance(value, str):
        out.append((path, parent, key))
    elif isinstance(value, dict):
        for k, v in value.items():
            _string_leaves(v, f"{path}.{k}" if path else str(k), out, value, k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _string_leaves(v, f"{path}[]", out, value, i)


def pseudonym_key_from_env() -> str | None:
    """``PSEUDONYM_KEY`` from the environment, for callers (CLI, workers) to pass into `run`."""
    return os.environ.get("PSEUDONYM_KEY") or None


@dataclass(frozen=True)
class RunOptions:
    """The caller's choices for one run (the keyword parameters of `run`), fixed for its whole length."""

    k: int = 5
    risk: bool = True
    key: str | bytes | None = None
    chunk_rows: int = CHUNK_ROWS
    selfcheck: bool = True
    selfcheck_rows: int = SELFCHECK_ROWS
    max_residual_rate: float | None = None
    progress: Callable[[float], None] | None = None
    part: tuple[int, int] | None = None


class SpansFile:
    """The run's detected spans, one JSON object a line, written only when a path was given."""

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path is not None else None
        self.file: TextIO | None = None

    def open(self) -> None:
        """Open the file for writing (nothing without a path)."""
        if self.path is not None:
            self.file = self.path.open("w", encoding="utf-8")

    def __call__(self, spans: list[Span]) -> None:
        if self.file is not None:
            for span in spans:
                self.file.write(json.dumps(span.to_dict()) + "\n")

    def close(self) -> None:
        """Close the file if it was opened."""
        if self.file is not None:
            self.file.close()


@dataclass(frozen=True)
class RunContext:
    """One run as every step sees it: the options, the resolved input and output, the analyzer and the
    run's accumulators. Built once by `run` and passed down instead of parameter lists; frozen, so no
    step rebinds what another relies on (``report`` and ``inventory`` are filled in place).

    ``inventory`` holds the words of the names replaced in the run, for the self-check (memory only).
    """

    options: RunOptions
    input_path: Path
    output_path: Path
    fmt: str
    out_fmt: str
    analyzer: Any
    report: Report
    write_spans: Callable[[list[Span]], None] = field(default=lambda spans: None)
    inventory: set[str] = field(default_factory=set)

    @property
    def tmp_path(self) -> Path:
        """Where the output is written until it is complete (renamed into place then)."""
        return self.output_path.with_name(f".{self.output_path.name}.partial")

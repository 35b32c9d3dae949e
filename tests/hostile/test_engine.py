"""Every hostile file through the engine's public entry points, `scan` (the worker's first stage) and
`pipeline.run` (the anonymisation): each call either succeeds or raises the engine's own error
(`InputError`, or `SelfCheckError` when the output keeps too many identifiers) with a readable reason
that quotes no cell. Any other exception is what a worker would turn into "failed unexpectedly"."""

from __future__ import annotations

import contextlib
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from anonymize.errors import InputError, SelfCheckError
from anonymize.pipeline import run
from anonymize.scan import scan
from tests.hostile.conftest import PSEUDONYM_KEY, assert_readable_reason, write_case
from tests.hostile.generators import CANARY, CANARY_EMAIL, Case, all_cases

pytestmark = pytest.mark.slow

#: Seconds one stage may take on one hostile file (the whole suite has a budget of minutes); a stage
#: still running then is stopped, as a worker's time limit would stop it, and the case fails.
STAGE_SECONDS = 15.0


class StageTimeout(Exception):
    """A stage ran past `STAGE_SECONDS` (raised by SIGALRM in the main thread)."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise `StageTimeout` in the block after ``seconds``; pytest-timeout's own alarm is put back."""

    def expire(signum: int, frame: Any) -> None:
        raise StageTimeout(f"the stage ran for more than {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.01))


#: Hostile files that reveal a bug in the engine: strict, so a fix makes them fail until removed.
REDOS = (
    "anonymize/recognizers/email_extras.py display_names: the _DISPLAY_NAME regex backtracks "
    "quadratically on a long run of word characters (16,000 chars: 12 s; a 64 KiB header cell: minutes), "
    "reached through io.personal_header_cells on the header row"
)
HUGE_INT = (
    "anonymize/io.py iter_records: json.loads raises ValueError (Python's 4,300-digit int limit) for a "
    "number of more digits; only JSONDecodeError/RecursionError become InputError"
)
SURROGATE = (
    "a JSON \\ud800-style lone surrogate parses into a str that cannot be encoded as UTF-8: "
    "UnicodeEncodeError escapes pipeline.run (anonymize/text.py detect -> engine.process_batch, or "
    "io.RecordWriter.write for a key); iter_records should reject or replace it"
)
KNOWN_BUGS: dict[str, str] = {
    "csv-line-5mb-header": REDOS,
    "csv-header-very-long-name": REDOS,
    "jsonl-huge-int-5000-digits": HUGE_INT,
    "jsonl-huge-int-100k-digits": HUGE_INT,
    "jsonl-lone-high-surrogate": SURROGATE,
    "jsonl-lone-low-surrogate": SURROGATE,
    "jsonl-reversed-surrogates": SURROGATE,
    "jsonl-surrogate-key": SURROGATE,
    "parquet-nested-struct-list-map": (
        "anonymize/scan.py _jsonable: pd.isna(v) on a list/array cell raises ValueError "
        "('truth value of an array is ambiguous') when the preview holds a nested column"
    ),
    "parquet-binary-and-large-string": (
        "anonymize/profile.py sample_values: decodes a binary column's bytes as UTF-8 and "
        "UnicodeDecodeError escapes scan and run"
    ),
    "parquet-duplicate-column-names": (
        "anonymize/io.py TableSource._iter_parquet: pyarrow raises KeyError ('Column name does not exist "
        "in schema') for duplicate column names; only ArrowInvalid/OSError become InputError"
    ),
    "xlsx-shared-string-index-out-of-range": (
        "anonymize/io.py _xlsx_rows (from open_table): openpyxl raises IndexError iterating a cell whose "
        "shared-string index is out of range; iteration is not wrapped into InputError"
    ),
    "xlsx-bad-cell-types": (
        'anonymize/io.py _xlsx_rows (from open_table): openpyxl raises ValueError for a t="n" cell holding '
        "text, and its message quotes the cell value (would reach logs); not wrapped into InputError"
    ),
}


def _params() -> list[Any]:
    return [
        pytest.param(case, id=case.id, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[case.id]))
        if case.id in KNOWN_BUGS
        else pytest.param(case, id=case.id)
        for case in all_cases()
    ]


def _outcome(call: Any, where: Path) -> str:
    try:
        with deadline(STAGE_SECONDS):
            call()
        return "ok"
    except (InputError, SelfCheckError) as exc:
        assert_readable_reason(str(exc), where=where)
        return f"rejected: {exc}"


@pytest.mark.parametrize("case", _params())
def test_a_hostile_file_is_processed_or_rejected_with_a_reason(
    case: Case, analyzer: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_case(case, tmp_path / "in", monkeypatch)
    out = tmp_path / "out"

    scanned = _outcome(lambda: scan(path, analyzer=analyzer, pseudonym_key=PSEUDONYM_KEY), tmp_path)
    ran = _outcome(lambda: run(path, out, analyzer=analyzer, pseudonym_key=PSEUDONYM_KEY), tmp_path)

    if case.reject:  # the scan reads a sample (records: the first few): the full run must refuse it
        assert ran.startswith("rejected"), (scanned, ran)
    assert not list(out.glob(".*.partial")), "a partial output was left behind"
    for report in out.glob("*.report.json"):  # reports are stored and shown: no cell values
        text = report.read_text(encoding="utf-8")
        assert CANARY not in text and CANARY_EMAIL not in text, report.name

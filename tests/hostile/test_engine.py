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


#: Hostile files that revealed a bug, as strict xfails until fixed (a fix makes them fail until removed).
#: All nine found when the suite was written (a quadratic regex on long header cells, 4,300+-digit
#: JSON numbers, lone surrogates, nested and binary Parquet columns, duplicate Parquet names, malformed
#: XLSX cells) are fixed.
KNOWN_BUGS: dict[str, str] = {}


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

"""Fixtures of the hostile-input suites: one analyzer per session, a hostile file on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.hostile.generators import CANARY, CANARY_EMAIL, Case

#: Key for plans that pseudonymise (the workers have one; the engine refuses those plans without).
PSEUDONYM_KEY = "hostile-suite-key"


@pytest.fixture(scope="session")
def analyzer() -> Any:
    """The process-wide analyzer, loaded once for the session."""
    from anonymize.engine import get_analyzer

    return get_analyzer()


def write_case(case: Case, directory: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Write ``case`` under ``directory`` as the worker's copy of the upload, with its limits set."""
    for name, value in case.env.items():
        monkeypatch.setenv(name, value)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / case.disk_name
    path.write_bytes(case.build())
    return path


def assert_readable_reason(message: str, *, where: Path | None = None) -> None:
    """A reason a user may read: non-empty, one short paragraph, no cell value, no trace, no path."""
    assert message and message.strip(), "empty reason"
    assert len(message) < 2000, f"reason of {len(message)} characters"
    assert CANARY not in message and CANARY_EMAIL not in message, f"reason quotes a cell: {message[:300]!r}"
    assert "Traceback" not in message and 'File "' not in message, message[:300]
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in message), repr(message[:300])
    if where is not None:
        assert str(where) not in message, f"reason names a server path: {message[:300]!r}"

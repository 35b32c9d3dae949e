"""Fixtures shared by the engine tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def analyzer() -> Any:
    """The process-wide analyzer (loaded once; the fixture only names it for the tests)."""
    from anonymize.engine import get_analyzer

    return get_analyzer()

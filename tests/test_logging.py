"""Failures are logged without messages that could quote personal data."""

from __future__ import annotations

import logging

import pytest

from common.logging import log_failure
from tests.conftest import CANARY_NAME


def test_a_failure_is_logged_with_its_type_and_frames_but_not_its_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger("shoal.test")
    try:
        float(CANARY_NAME)
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="shoal.test"):
            log_failure(logger, exc, "scan of dataset %s failed", 7)
    assert "scan of dataset 7 failed (ValueError)" in caplog.text
    assert "test_logging.py" in caplog.text
    assert CANARY_NAME not in caplog.text

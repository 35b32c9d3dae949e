"""Logging safeguards: log records must never carry cell values or uploaded text."""

from __future__ import annotations

import logging

#: Loggers of libraries that may echo analysed text at DEBUG level.
_NOISY_PREFIXES = ("presidio", "spacy", "faker")


class DropPersonalDataFilter(logging.Filter):
    """Drop sub-WARNING records from libraries that may include analysed text in their messages."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.startswith(_NOISY_PREFIXES) and record.levelno < logging.WARNING)

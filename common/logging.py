"""Logging safeguards: log records must never carry cell values or uploaded text."""

from __future__ import annotations

import logging

#: Loggers of libraries that may echo analysed text at DEBUG level.
_NOISY_PREFIXES = ("presidio", "spacy", "faker")


class DropPersonalDataFilter(logging.Filter):
    """Drop sub-WARNING records from libraries that may include analysed text in their messages."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.startswith(_NOISY_PREFIXES) and record.levelno < logging.WARNING)


def log_failure(logger: logging.Logger, exc: BaseException, message: str, *args: object) -> None:
    """Log an unexpected failure with its type and stack frames but not its message: library errors
    (pyarrow, pandas) quote the offending cell in their messages."""
    import traceback

    frames = "".join(traceback.format_tb(exc.__traceback__))
    logger.error(message + " (%s)\n%s", *args, type(exc).__name__, frames)

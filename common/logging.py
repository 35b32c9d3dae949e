"""Logging safeguards: log records must never carry cell values or uploaded text."""

from __future__ import annotations

import json
import logging
import traceback
from datetime import UTC, datetime
from typing import Any

#: Loggers of libraries that may echo analysed text at DEBUG level.
_NOISY_PREFIXES = ("presidio", "spacy", "faker")


class DropPersonalDataFilter(logging.Filter):
    """Drop sub-WARNING records from libraries that may include analysed text in their messages."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.startswith(_NOISY_PREFIXES) and record.levelno < logging.WARNING)


def log_failure(logger: logging.Logger, exc: BaseException, message: str, *args: object) -> None:
    """Log an unexpected failure with its type and stack frames but not its message: library errors
    (pyarrow, pandas) quote the offending cell in their messages."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    logger.error(message + " (%s)\n%s", *args, type(exc).__name__, frames)


# --- structured lines ----------------------------------------------------------------------------

#: Attributes every LogRecord has; anything else on a record came from ``extra=`` and is a field.
_RECORD_ATTRIBUTES = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "taskName"}


def record_fields(record: logging.LogRecord) -> dict[str, Any]:
    """The structured fields a record carries (passed as ``logger.info(..., extra={...})``)."""
    return {key: value for key, value in record.__dict__.items() if key not in _RECORD_ATTRIBUTES}


class JsonFormatter(logging.Formatter):
    """One JSON object per line (production): time, level, logger, message and the record's fields.

    An exception adds its type and stack frames but never its message, which may quote a cell
    (the rule of `log_failure`).
    """

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **record_fields(record),
        }
        if record.exc_info and record.exc_info[1] is not None:
            line["exc_type"] = type(record.exc_info[1]).__name__
            line["stack"] = "".join(traceback.format_tb(record.exc_info[2]))
        return json.dumps(line, default=str, ensure_ascii=False)


class KeyValueFormatter(logging.Formatter):
    """The standard text line followed by the record's fields as ``key=value`` (development)."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        fields = record_fields(record)
        if not fields:
            return text
        pairs = " ".join(f"{key}={json.dumps(value, default=str)}" for key, value in fields.items())
        return f"{text} {pairs}"

"""Errors the engine raises for callers to show users: messages never contain cell values."""

from __future__ import annotations


class InputError(ValueError):
    """The input file cannot be anonymised as given (encoding, shape, size, format).

    The message is safe to show and to log: it names the problem and where (row, column name), never
    the content of a cell.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SelfCheckError(RuntimeError):
    """The re-scan of the output found more residual personal data than the plan allows."""

    def __init__(self, message: str, findings: list[dict] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.findings = findings or []

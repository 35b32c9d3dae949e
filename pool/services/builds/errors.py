"""What a build step hands back and how it refuses, shared by every step of ``pool.services.builds``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

#: Prefix of the reason of a build that failed unexpectedly; the same membership may be built again.
TRANSIENT = "The build failed unexpectedly:"


class BuildRefused(Exception):
    """The pooled data cannot be published; ``message`` is readable and holds no cell values."""

    def __init__(self, message: str, risk_report: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.risk_report = risk_report or {}


@dataclass
class BuildOutput:
    files: list[dict[str, Any]]
    rows: int
    schema: pa.Schema | None
    risk_report: dict[str, Any] = field(default_factory=dict)

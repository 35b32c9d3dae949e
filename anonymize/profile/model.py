"""The profile objects: `ColumnProfile` (one column) and `Profile` (a table), and how a decision is built."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class ColumnProfile:
    """What one column holds, how sure we are, and why."""

    name: str
    kind: str
    entity: str | None = None
    qi_type: str | None = None
    confidence: float = 0.0
    evidence: dict[str, Any] = field(default_factory=dict)
    #: What the sampled values are (integer, decimal, boolean, date, timestamp, category, text: see
    #: ``anonymize.dtypes``); the artifact's column type is decided over the whole file.
    value_type: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColumnProfile:
        return cls(**data)


@dataclass
class Profile:
    """The profile of a table: one `ColumnProfile` per column, in column order."""

    columns: list[ColumnProfile]
    rows_sampled: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"rows_sampled": self.rows_sampled, "columns": [c.to_dict() for c in self.columns]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        return cls(
            columns=[ColumnProfile.from_dict(c) for c in data["columns"]],
            rows_sampled=int(data.get("rows_sampled", 0)),
        )

    def column(self, name: str) -> ColumnProfile:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


def _decide(
    name: str, kind: str, entity: str | None, qi_type: str | None, confidence: float, evidence: dict
) -> ColumnProfile:
    return ColumnProfile(
        name=name,
        kind=kind,
        entity=entity,
        qi_type=qi_type,
        confidence=round(min(confidence, 1.0), 3),
        evidence=evidence,
    )

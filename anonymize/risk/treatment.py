"""The treatment the planner chooses: levels per quasi-identifier, suppressed records, risk before and
after."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from anonymize.risk.hierarchies import _canonical_type
from anonymize.risk.measures import RiskReport

#: Name of the information-loss measure the planner minimises (see the module docstring).
LOSS_MEASURE = "loss_metric"


@dataclass
class Treatment:
    """A generalisation level per QI plus the records to suppress, with risk before and after.

    ``to_dict``/``from_dict`` carry only the re-applicable part (levels, types, k, suppression
    budget) so a stored treatment fits the next upload of the same shape; suppressed rows and category
    vocabularies are data-dependent and recomputed by ``replan_treatment``. ``information_loss`` is
    the Loss Metric of the treated table in [0, 1] (module docstring), ``column_loss`` the same per
    QI; both count suppressed cells as fully lost. ``l`` > 1 enforces distinct l-diversity of the
    sensitive columns.
    """

    levels: dict[str, int]
    qi_types: dict[str, str]
    k: int = 5
    max_suppression: float = 0.05
    suppressed_rows: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    information_loss: float = 0.0
    before: RiskReport | None = None
    after: RiskReport | None = None
    satisfied: bool = False
    reason: str = ""
    vocabularies: dict[str, list[Any]] = field(default_factory=dict)
    planned: bool = False
    search: str = ""
    evaluated_nodes: int = 0
    column_loss: dict[str, float] = field(default_factory=dict)
    l: int = 0  # noqa: E741 - the l of l-diversity

    @property
    def suppression_share(self) -> float:
        records = self.before.records if self.before else 0
        return len(self.suppressed_rows) / records if records else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "levels": {c: int(v) for c, v in self.levels.items()},
            "qi_types": dict(self.qi_types),
            "k": int(self.k),
            "max_suppression": float(self.max_suppression),
            "l": int(self.l),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Treatment:
        qi_types = {str(c): str(t) for c, t in data["qi_types"].items()}
        for t in qi_types.values():
            _canonical_type(t)
        levels = {str(c): int(v) for c, v in data["levels"].items()}
        if set(levels) != set(qi_types):
            raise ValueError("levels and qi_types must name the same columns")
        return cls(
            levels=levels,
            qi_types=qi_types,
            k=int(data.get("k", 5)),
            max_suppression=float(data.get("max_suppression", 0.05)),
            l=int(data.get("l", 0)),
        )

    def report(self) -> dict[str, Any]:
        """Everything a reviewer sees: the re-applicable part plus outcome and risk before/after."""
        return {
            **self.to_dict(),
            "satisfied": self.satisfied,
            "reason": self.reason,
            "suppressed_records": len(self.suppressed_rows),
            "suppression_share": self.suppression_share,
            "information_loss": self.information_loss,
            "loss_measure": LOSS_MEASURE,
            "column_loss": {c: float(v) for c, v in self.column_loss.items()},
            "search": self.search,
            "evaluated_nodes": self.evaluated_nodes,
            "before": self.before.to_dict() if self.before else None,
            "after": self.after.to_dict() if self.after else None,
        }

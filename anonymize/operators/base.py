"""The operator contract: one transformation, applied to a whole column or to one span of text."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

import pandas as pd
import pyarrow as pa


class Operator(ABC):
    """A transformation of personal values.

    `apply` works on a whole column at once (vectorised, or mapped over the distinct values so a
    repeated value costs one computation) and returns a column of the same length and order;
    empty and missing cells stay empty. `operate` returns the replacement of one detected span in
    free text. Operators are pure given their parameters, so output is deterministic.
    """

    name: ClassVar[str]

    def __init__(self, **params: Any) -> None:
        self.params = params

    @abstractmethod
    def transform_values(self, values: pd.Series, entity: str | None) -> pd.Series:
        """Transform non-empty string cells (index preserved)."""

    def apply(self, series: pd.Series | pa.Array, entity: str | None = None) -> pd.Series | pa.Array:
        """Transform a column; a `pyarrow.Array` in gives a `pyarrow.Array` out."""
        if isinstance(series, pa.Array | pa.ChunkedArray):
            out = self.apply(pd.Series(series.to_pylist(), dtype=object), entity)
            return pa.array(out.tolist(), type=pa.string())
        strings = series.astype(object)
        mask = strings.notna() & (strings.astype(str) != "")
        result = strings.copy()
        if mask.any():
            result[mask] = self.transform_values(strings[mask].astype(str), entity).to_numpy()
        return result

    def operate(self, text: str, entity: str) -> str:
        """Return the replacement for ``text``, a span of free text detected as ``entity``."""
        out = self.transform_values(pd.Series([text], dtype=object), entity)
        return str(out.iloc[0])

    def describe(self) -> dict[str, Any]:
        """Name and parameters without secrets, for reports."""
        return {"name": self.name, **{k: v for k, v in self.params.items() if k != "key"}}


def map_distinct(values: pd.Series, func: Any) -> pd.Series:
    """Apply ``func`` once per distinct value: repeated values (and cost) collapse."""
    uniques = pd.unique(values.to_numpy())
    mapping = {u: func(u) for u in uniques}
    return values.map(mapping)

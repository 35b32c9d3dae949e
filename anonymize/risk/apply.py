"""Applying a treatment to a table or one chunk of it."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from anonymize.risk.hierarchies import _canonical_type, generalize
from anonymize.risk.planner import plan_treatment
from anonymize.risk.treatment import Treatment


def apply_treatment(df: pd.DataFrame, treatment: Treatment, *, row_offset: int = 0) -> pd.DataFrame:
    """Generalise the QI columns of ``df`` and blank the QIs of suppressed records.

    ``df`` may be one chunk of the planned table: ``row_offset`` is the global position of its first
    row. Row count, order, index and every other column are kept; suppressed cells become missing
    values (NA of the column's dtype).
    """
    if not treatment.planned:
        raise ValueError("this treatment has no suppression plan yet; call replan_treatment on the table")
    out = df.copy()
    for name, qi_type in treatment.qi_types.items():
        if name not in out.columns:
            raise KeyError(f"quasi-identifier {name!r} is not in the table")
        level = treatment.levels.get(name, 0)
        if level > 0:
            vocabulary = treatment.vocabularies.get(name)
            if _canonical_type(qi_type) == "category" and vocabulary is None:
                raise ValueError(f"no vocabulary for category column {name!r}")
            out[name] = generalize(out[name], qi_type, level, vocabulary=vocabulary)
    rows = treatment.suppressed_rows
    if len(rows):
        lo, hi = np.searchsorted(rows, [row_offset, row_offset + len(out)])
        local = rows[lo:hi] - row_offset
        if len(local):
            mask = np.zeros(len(out), dtype=bool)
            mask[local] = True
            for name in treatment.qi_types:
                out[name] = out[name].mask(mask)
    return out


def apply_levels(
    df: pd.DataFrame, levels: Mapping[str, int], qi_types: Mapping[str, str], *, k: int = 5
) -> pd.DataFrame:
    """Apply stored levels to a whole in-memory table, recomputing which records to suppress."""
    treatment = plan_treatment(df[list(qi_types)], qi_types, k=k, max_suppression=1.0, fixed_levels=levels)
    return apply_treatment(df, treatment)

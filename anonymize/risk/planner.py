"""Planning a treatment: count, search, then measure risk before and after."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from anonymize import risk as _package
from anonymize.risk.chunked import QICounter, _suppressed_rows
from anonymize.risk.codes import _codes, _combine
from anonymize.risk.hierarchies import category_vocabulary
from anonymize.risk.measures import RiskReport, _report
from anonymize.risk.search import (
    _Column,
    _Evaluation,
    _exhaustive,
    _greedy,
    _lattice_size,
    _prepare_column,
    _Search,
)
from anonymize.risk.treatment import Treatment


def plan_treatment(
    df: pd.DataFrame,
    qi_types: Mapping[str, str],
    *,
    k: int = 5,
    max_suppression: float = 0.05,
    sensitive: Sequence[str] = (),
    fixed_levels: Mapping[str, int] | None = None,
    l: int = 0,  # noqa: E741 - the l of l-diversity
) -> Treatment:
    """Find generalisation levels reaching k with at most ``max_suppression`` of records suppressed.

    ``df`` needs only the QI (and sensitive) columns. Searches the full level lattice exactly (branch
    and bound) when it is small enough, else a greedy bottom-up walk; among passing vectors the one
    with the least ``information_loss`` (Loss Metric, suppression included) wins. With ``l`` > 1 every
    class also holds ``l`` distinct values of each ``sensitive`` column (distinct l-diversity). QIs in ``fixed_levels`` stay at their given level. When nothing
    passes, the vector needing the least suppression is returned with ``satisfied=False`` and a
    ``reason`` (its suppressed rows are still computed). See `plan_treatment_chunked` for tables
    read in chunks.
    """
    return plan_treatment_chunked(
        lambda: [df],
        qi_types,
        k=k,
        max_suppression=max_suppression,
        sensitive=sensitive,
        fixed_levels=fixed_levels,
        l=l,
    )


def plan_treatment_chunked(
    read: Callable[[], Iterable[pd.DataFrame]],
    qi_types: Mapping[str, str],
    *,
    k: int = 5,
    max_suppression: float = 0.05,
    sensitive: Sequence[str] = (),
    fixed_levels: Mapping[str, int] | None = None,
    l: int = 0,  # noqa: E741 - the l of l-diversity
) -> Treatment:
    """`plan_treatment` over a table given as chunks: ``read()`` returns a fresh iterator of them
    (QI and sensitive columns suffice), in row order.

    The first read counts the distinct QI combinations (`QICounter`); the search runs on those
    combinations weighted by their counts; a second read, only when records must be suppressed, finds
    their rows (the last records of each combination chosen). Memory therefore follows the number of
    distinct combinations and suppressed records, not the number of records.
    """
    fixed = _checked_fixed_levels(qi_types, k, max_suppression, fixed_levels)
    names = list(qi_types)
    counter = _count(read, [*names, *sensitive])
    combos, weights = counter.combinations()
    n = counter.records
    columns = [_prepare_column(name, combos[name], qi_types[name], weights) for name in names]
    start = tuple(min(max(int(fixed.get(c.name, 0)), 0), len(c.level_maps) - 1) for c in columns)
    free = [i for i, c in enumerate(columns) if c.name not in fixed]
    budget = math.floor(max_suppression * n + 1e-9)
    sensitive_codes = [_codes(combos[c]) for c in sensitive]
    search = _Search(columns, weights, k, budget, free, sensitive=sensitive_codes, l=l)
    best, strategy = _search_levels(search, columns, start, free)
    levels = {name: int(level) for name, level in zip(names, best.levels, strict=True)}
    suppression = search.suppression(best.levels)
    _, per_column = search.losses(best.levels, suppression)
    vocabularies = {
        c.name: category_vocabulary(c.ranking, levels[c.name])
        for c in columns
        if c.ranking is not None and levels[c.name] > 0
    }
    reason = _failure_reason(best, n, k=k, max_suppression=max_suppression, l=l, sensitive=sensitive)
    treatment = Treatment(
        levels=levels,
        qi_types=dict(qi_types),
        k=k,
        max_suppression=max_suppression,
        suppressed_rows=_suppressed_rows(counter, weights, suppression, read),
        information_loss=best.loss,
        satisfied=best.ok,
        reason=reason,
        vocabularies=vocabularies,
        planned=True,
        search=strategy,
        evaluated_nodes=len(search.cache),
        column_loss={name: round(v, 6) for name, v in zip(names, per_column, strict=True)},
        l=l,
    )
    sensitive_values = {c: combos[c] for c in sensitive}
    after = _measure_before_and_after(treatment, search, best, weights, suppression, sensitive_values, n)
    _check_the_measure_agrees(treatment, best, after)
    return treatment


def _checked_fixed_levels(
    qi_types: Mapping[str, str], k: int, max_suppression: float, fixed_levels: Mapping[str, int] | None
) -> dict[str, int]:
    """Step 1 of `plan_treatment_chunked`: validate the arguments; the levels held fixed, by QI."""
    if k < 1:
        raise ValueError("k must be at least 1")
    if not 0.0 <= max_suppression <= 1.0:
        raise ValueError("max_suppression must be in [0, 1]")
    fixed = dict(fixed_levels or {})
    unknown = set(fixed) - set(qi_types)
    if unknown:
        raise ValueError(f"fixed_levels names columns that are not QIs: {sorted(unknown)}")
    return fixed


def _count(read: Callable[[], Iterable[pd.DataFrame]], columns: Sequence[str]) -> QICounter:
    """Step 2: the first read, counting the distinct combinations of the QI and sensitive columns."""
    counter = QICounter(columns)
    for chunk in read():
        counter.add(chunk)
    return counter


def _search_levels(
    search: _Search, columns: list[_Column], start: tuple[int, ...], free: list[int]
) -> tuple[_Evaluation, str]:
    """Step 3: the best level vector and the strategy that found it (exact when the lattice is small).

    The node limit is read from the package (``anonymize.risk._EXHAUSTIVE_MAX_NODES``), the one knob.
    """
    exact = (
        _exhaustive(search, start, free)
        if _lattice_size(columns, free) <= _package._EXHAUSTIVE_MAX_NODES
        else None
    )
    if exact is not None:
        return exact, "exhaustive"
    return _greedy(search, start, free), "greedy"


def _failure_reason(
    best: _Evaluation,
    n: int,
    *,
    k: int,
    max_suppression: float,
    l: int,  # noqa: E741 - the l of l-diversity
    sensitive: Sequence[str],
) -> str:
    """Step 4: why the best vector found does not pass ("" when it does)."""
    reason = ""
    if not best.ok:
        reason = (
            f"no generalisation reaches k={k} with at most {max_suppression:.1%} of records suppressed; "
            f"the best found needs {best.needed} of {n} records ({best.needed / max(n, 1):.1%}) suppressed"
        )
        if l > 1 and sensitive:
            reason = reason.replace(f"reaches k={k}", f"reaches k={k} and l={l}")
        if n < k:
            reason = f"the table has {n} records, fewer than k={k}"
    return reason


def _measure_before_and_after(
    treatment: Treatment,
    search: _Search,
    best: _Evaluation,
    weights: np.ndarray,
    suppression: np.ndarray,
    sensitive_values: dict[str, pd.Series],
    n: int,
) -> RiskReport:
    """Step 5: the risk reports before and after the treatment, from the weighted combinations."""
    columns = search.columns
    names = tuple(c.name for c in columns)
    k = treatment.k
    inverse, sizes, _ = search.classes((0,) * len(columns))
    treatment.before = _report(inverse, sizes, names, k, sensitive_values, records=n)
    # After: each combination splits into its kept records and its suppressed ones (all QIs blank).
    kept = weights - suppression
    keep, drop = kept > 0, suppression > 0
    codes = [
        np.concatenate([c[keep], np.zeros(int(drop.sum()), dtype=np.int64)])
        for c in search.level_codes(best.levels)
    ]
    after_weights = np.concatenate([kept[keep], suppression[drop]])
    cards = [c.level_cards[lv] for c, lv in zip(columns, best.levels, strict=True)]
    inverse, sizes = _combine(codes, cards, len(after_weights), after_weights)
    after_sensitive = {
        c: pd.concat([values[keep], values[drop]], ignore_index=True)
        for c, values in sensitive_values.items()
    }
    treatment.after = _report(inverse, sizes, names, k, after_sensitive, records=n)
    return treatment.after


def _check_the_measure_agrees(treatment: Treatment, best: _Evaluation, after: RiskReport) -> None:
    """Step 6, defensive: the search and the measure of the treated table must agree."""
    k, l = treatment.k, treatment.l  # noqa: E741 - the l of l-diversity
    if best.ok and not after.satisfied:
        treatment.satisfied = False
        treatment.reason = f"treated table has k={after.k} < {k}"
    if best.ok and l > 1 and any(v < l for v in after.l_diversity.values()):
        treatment.satisfied = False
        treatment.reason = f"treated table is not {l}-diverse: {after.l_diversity}"


def replan_treatment(
    df: pd.DataFrame,
    stored: Treatment | Mapping[str, Any],
    *,
    sensitive: Sequence[str] = (),
    max_suppression: float | None = None,
) -> Treatment:
    """Re-apply stored levels to a new upload: recompute suppressed rows and vocabularies only."""
    treatment = stored if isinstance(stored, Treatment) else Treatment.from_dict(stored)
    return plan_treatment(
        df,
        treatment.qi_types,
        k=treatment.k,
        max_suppression=treatment.max_suppression if max_suppression is None else max_suppression,
        sensitive=sensitive,
        fixed_levels=treatment.levels,
        l=treatment.l,
    )

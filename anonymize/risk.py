"""Re-identification risk over quasi-identifiers, and the treatment that brings it under a k threshold.

Removing names is not anonymisation: date of birth, postcode and city together single people out (WP29
opinion 05/2014 on anonymisation: singling out, linkability, inference). This module measures that risk
on a table, builds generalisation hierarchies per quasi-identifier type, searches the lattice of
generalisation levels for the cheapest combination reaching k, and applies it chunk by chunk.

Conventions, used consistently by every function here:

* A blank quasi-identifier cell (None, NaN, NaT, ``""``) and a fully generalised cell (``"*"``) are the
  same value: "no information". Blanks form equivalence classes of their own; they do not match
  anything (the ARX "suppressed cell matches any value" view is not used). pyCANON gives the same
  figures once every blank is replaced by ``"*"`` (pyCANON itself silently drops rows with NaN in a QI).
* Local suppression blanks *every* QI cell of a record; rows are never removed, so outputs keep the
  input's row count, order and non-QI ("utility") columns. Suppressed records therefore form one class
  with all fully generalised records; the planner makes that class at least k records too.
* Information loss is the Loss Metric (Iyengar 2002, "LM"; ARX's default "Loss"; the normalised
  certainty penalty of Xu et al. 2006 for categorical hierarchies): a cell whose generalised value
  covers ``c`` of the column's ``D`` distinct original values loses ``(c - 1) / (D - 1)`` (kept: 0,
  "*": 1); a suppressed cell loses 1, a blank one 0. The table's loss is the mean over records and
  quasi-identifiers, in [0, 1], and is reported per column too. Unlike an entropy measure it makes a
  partial generalisation (birth year, postcode prefix) far cheaper than emptying a column, which is
  what keeps a treated column informative. The planner minimises it exactly when the lattice is small
  enough (branch and bound on a lower bound that ignores suppression), else greedily.
* Optional l-diversity: with ``l`` > 1 and sensitive columns, classes with fewer than ``l`` distinct
  values of a sensitive column are suppressed too, and the blank class must be l-diverse itself.
* Pure pandas/numpy, vectorised: classes come from ``pd.factorize`` codes combined into one int64 key,
  and hierarchies are computed once per distinct value, never per row.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

__all__ = [
    "QI_TYPES",
    "QICounter",
    "RiskReport",
    "Treatment",
    "apply_levels",
    "apply_treatment",
    "generalize",
    "max_level",
    "measure",
    "plan_treatment",
    "plan_treatment_chunked",
    "replan_treatment",
    "text_identifier_density",
]

STAR = "*"
OTHER = "other"
_BLANK_STRINGS = frozenset({"", STAR})

# Canonical hierarchy per QI type; aliases map onto them.
_MAX_LEVEL = {"date": 5, "number": 4, "postcode": 7, "category": 4}
_ALIASES = {"age": "number", "city": "category", "country": "category", "gender": "category"}
QI_TYPES: frozenset[str] = frozenset(_MAX_LEVEL) | frozenset(_ALIASES)

NUMBER_BAND_WIDTHS = (5, 10, 20)  # levels 1, 2, 3; level 4 is "*"
CATEGORY_TOP_N = (64, 16, 4)  # levels 1, 2, 3; level 4 is "*"

#: Name of the information-loss measure the planner minimises (see the module docstring).
LOSS_MEASURE = "loss_metric"

# Above this many lattice nodes the planner walks the lattice greedily; the exact branch and bound
# also falls back to the greedy walk once it has evaluated this many (node x combination) cells.
_EXHAUSTIVE_MAX_NODES = 50_000
_EXHAUSTIVE_MAX_CELLS = 300_000_000


# --------------------------------------------------------------------------------------------------
# Measures
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskReport:
    """Risk figures of one table over its quasi-identifiers (prosecutor model: the attacker knows the
    target is in the table).

    ``k`` is the smallest equivalence class (0 for an empty table); ``max_risk`` = 1/k and
    ``average_risk`` = classes/records are the prosecutor re-identification risks; ``records_below_k``
    counts records in classes smaller than ``k_target``; ``sample_uniqueness`` is the share of records
    alone in their class; ``l_diversity`` maps each sensitive column to its distinct l (the fewest
    distinct sensitive values in any class). ``population_uniqueness`` is the Pitman-model estimate
    (Hoshino 2001) of the share of the population that is unique on the QIs, given only when a
    population size is supplied.
    """

    records: int
    quasi_identifiers: tuple[str, ...]
    k_target: int
    k: int
    classes: int
    max_risk: float
    average_risk: float
    records_below_k: int
    share_below_k: float
    sample_uniques: int
    sample_uniqueness: float
    l_diversity: dict[str, int] = field(default_factory=dict)
    population_size: int | None = None
    population_uniqueness: float | None = None

    @property
    def satisfied(self) -> bool:
        """True when every class has at least ``k_target`` records (an empty table is trivially safe)."""
        return self.records == 0 or self.k >= self.k_target

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "quasi_identifiers": list(self.quasi_identifiers),
            "k_target": self.k_target,
            "k": self.k,
            "satisfied": self.satisfied,
            "classes": self.classes,
            "max_risk": self.max_risk,
            "average_risk": self.average_risk,
            "records_below_k": self.records_below_k,
            "share_below_k": self.share_below_k,
            "sample_uniques": self.sample_uniques,
            "sample_uniqueness": self.sample_uniqueness,
            "l_diversity": dict(self.l_diversity),
            "population_size": self.population_size,
            "population_uniqueness": self.population_uniqueness,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RiskReport:
        return cls(
            records=int(data["records"]),
            quasi_identifiers=tuple(data["quasi_identifiers"]),
            k_target=int(data["k_target"]),
            k=int(data["k"]),
            classes=int(data["classes"]),
            max_risk=float(data["max_risk"]),
            average_risk=float(data["average_risk"]),
            records_below_k=int(data["records_below_k"]),
            share_below_k=float(data["share_below_k"]),
            sample_uniques=int(data["sample_uniques"]),
            sample_uniqueness=float(data["sample_uniqueness"]),
            l_diversity={str(k): int(v) for k, v in data.get("l_diversity", {}).items()},
            population_size=data.get("population_size"),
            population_uniqueness=data.get("population_uniqueness"),
        )


def _blank_mask(values: np.ndarray) -> np.ndarray:
    """Which of these (distinct) values mean "no information": NA or a blank/"*" string."""
    ser = pd.Series(values, dtype=object)
    mask = ser.isna().to_numpy().copy()
    is_str = np.fromiter((isinstance(v, str) for v in values), dtype=bool, count=len(values))
    if is_str.any():
        stripped = ser[is_str].str.strip()
        mask[is_str] |= stripped.isin(_BLANK_STRINGS).to_numpy()
    return mask


def _codes(values: pd.Series | np.ndarray) -> tuple[np.ndarray, int]:
    """Integer codes of a column with every blank mapped to 0; returns (codes, cardinality)."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    blank = _blank_mask(np.asarray(uniques, dtype=object))
    remap = np.cumsum(~blank).astype(np.int64)
    remap[blank] = 0
    remap = np.append(remap, 0)  # code -1 (NA) indexes the last slot
    return remap[codes], int(remap.max()) + 1


def _combine(
    columns: Sequence[np.ndarray], cards: Sequence[int], n: int, weights: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Equivalence classes of rows over several code columns: (class id per row, size per class).

    With ``weights`` each row stands for that many records (a distinct QI combination and its count),
    and class sizes count records.
    """
    if not columns:
        total = n if weights is None else int(weights.sum())
        return np.zeros(n, dtype=np.int64), np.array([total] if n else [], dtype=np.int64)
    key = np.zeros(n, dtype=np.int64)
    radix = 1
    for col, card in zip(columns, cards, strict=True):
        if radix * card >= 2**62:  # keep the mixed-radix key inside int64
            key, uniq = pd.factorize(key)
            key = key.astype(np.int64)
            radix = len(uniq)
        key = key * card + col
        radix *= card
    if radix <= 4 * n + 1024:
        counts = np.bincount(key, minlength=radix)
        present = np.flatnonzero(counts)
        dense = np.zeros(radix, dtype=np.int64)
        dense[present] = np.arange(len(present))
        inverse = dense[key]
    else:
        inverse = pd.factorize(key)[0].astype(np.int64)
    if weights is None:
        return inverse, np.bincount(inverse)
    return inverse, np.bincount(inverse, weights=weights).astype(np.int64)


def _classes(df: pd.DataFrame, quasi_identifiers: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    coded = [_codes(df[c]) for c in quasi_identifiers]
    return _combine([c for c, _ in coded], [card for _, card in coded], len(df))


def measure(
    df: pd.DataFrame,
    quasi_identifiers: Sequence[str],
    *,
    sensitive: Sequence[str] = (),
    k: int = 5,
    population_size: int | None = None,
) -> RiskReport:
    """Measure re-identification risk of ``df`` over ``quasi_identifiers`` (blanks are one value).

    Works equally on one contribution or on a pool of contributions concatenated with the same QI
    columns. An empty QI list puts every record in one class (k = number of records).
    """
    qis = tuple(quasi_identifiers)
    missing = [c for c in (*qis, *sensitive) if c not in df.columns]
    if missing:
        raise KeyError(f"columns not in the table: {missing}")
    n = len(df)
    if n == 0:
        return RiskReport(0, qis, k, 0, 0, 0.0, 0.0, 0, 0.0, 0, 0.0, dict.fromkeys(sensitive, 0))
    inverse, sizes = _classes(df, qis)
    return _report(inverse, sizes, qis, k, {c: df[c] for c in sensitive}, population_size)


def _report(
    inverse: np.ndarray,
    sizes: np.ndarray,
    qis: tuple[str, ...],
    k: int,
    sensitive: Mapping[str, pd.Series],
    population_size: int | None = None,
    records: int | None = None,
) -> RiskReport:
    """A report from the class id of every row and the class sizes (shared by measure and planner).

    ``records`` is the number of records when a row stands for several (the planner's combinations).
    """
    n = len(inverse) if records is None else records
    if n == 0:
        return RiskReport(0, qis, k, 0, 0, 0.0, 0.0, 0, 0.0, 0, 0.0, dict.fromkeys(sensitive, 0))
    n_classes = len(sizes)
    k_min = int(sizes.min())
    below = int(sizes[sizes < k].sum())
    uniques = int((sizes == 1).sum())
    l_div: dict[str, int] = {}
    for col, values in sensitive.items():
        sa, card = _codes(values)
        pairs = pd.unique(inverse * card + sa)
        l_div[col] = int(np.bincount(pairs // card, minlength=n_classes).min())
    pop_uniq = None
    if population_size is not None:
        pop_uniq = pitman_population_uniqueness(sizes, population_size)
    return RiskReport(
        records=n,
        quasi_identifiers=qis,
        k_target=k,
        k=k_min,
        classes=n_classes,
        max_risk=1.0 / k_min,
        average_risk=n_classes / n,
        records_below_k=below,
        share_below_k=below / n,
        sample_uniques=uniques,
        sample_uniqueness=uniques / n,
        l_diversity=l_div,
        population_size=population_size,
        population_uniqueness=pop_uniq,
    )


def _lgamma(x: np.ndarray) -> np.ndarray:
    return np.fromiter((math.lgamma(v) for v in np.asarray(x, dtype=float).ravel()), dtype=float)


def pitman_population_uniqueness(class_sizes: np.ndarray, population_size: int) -> float:
    """Share of a population of ``population_size`` expected to be unique on the QIs (Pitman model).

    Fits Pitman's two-parameter sampling formula (theta, alpha) to the sample's frequencies of
    frequencies by maximum likelihood (Hoshino 2001, "Applying Pitman's sampling formula to microdata
    disclosure risk assessment"), then returns E[population uniques] / N, where
    E[uniques in N] = N * (theta+alpha)_(N-1) / (theta+1)_(N-1) (rising factorials). Without scipy the
    likelihood is maximised by Nelder-Mead on (logit alpha, log(theta + alpha)).
    """
    sizes = np.asarray(class_sizes, dtype=np.int64)
    n = int(sizes.sum())
    n_classes = len(sizes)
    if n == 0:
        return 0.0
    if population_size < n:
        raise ValueError("population_size must be at least the number of records")
    if n_classes == n:  # every record unique: the model degenerates, the population is all-unique too
        return 1.0
    j_values, f_j = np.unique(sizes[sizes >= 2], return_counts=True)

    def neg_loglik(params: np.ndarray) -> float:
        alpha = 1.0 / (1.0 + math.exp(-params[0]))
        alpha = min(max(alpha, 1e-6), 1 - 1e-9)
        theta = math.exp(params[1]) - alpha
        ratio = theta / alpha
        ll = (n_classes - 1) * math.log(alpha) + math.lgamma(ratio + n_classes) - math.lgamma(ratio + 1)
        ll -= math.lgamma(theta + n) - math.lgamma(theta + 1)
        if len(j_values):
            ll += float((f_j * (_lgamma(j_values - alpha) - math.lgamma(1 - alpha))).sum())
        return -ll

    best = _nelder_mead(neg_loglik, np.array([0.0, math.log(max(n_classes, 2))]))
    alpha = min(max(1.0 / (1.0 + math.exp(-best[0])), 1e-6), 1 - 1e-9)
    theta = math.exp(best[1]) - alpha
    big_n = population_size
    log_share = (
        math.lgamma(theta + alpha + big_n - 1)
        - math.lgamma(theta + alpha)
        - math.lgamma(theta + big_n)
        + math.lgamma(theta + 1)
    )
    return float(min(1.0, math.exp(log_share)))


def _nelder_mead(fn: Callable[[np.ndarray], float], start: np.ndarray, iterations: int = 400) -> np.ndarray:
    """Minimise ``fn`` (small, smooth, unconstrained) with the standard Nelder-Mead simplex."""
    dim = len(start)
    simplex = [start.astype(float)]
    for i in range(dim):
        point = start.astype(float).copy()
        point[i] += 1.0
        simplex.append(point)
    values = [fn(p) for p in simplex]
    for _ in range(iterations):
        order = np.argsort(values)
        simplex = [simplex[i] for i in order]
        values = [values[i] for i in order]
        if abs(values[-1] - values[0]) <= 1e-10 * (1.0 + abs(values[0])):
            break
        centroid = np.mean(simplex[:-1], axis=0)
        reflected = centroid + (centroid - simplex[-1])
        f_r = fn(reflected)
        if f_r < values[0]:
            expanded = centroid + 2.0 * (centroid - simplex[-1])
            f_e = fn(expanded)
            simplex[-1], values[-1] = (expanded, f_e) if f_e < f_r else (reflected, f_r)
        elif f_r < values[-2]:
            simplex[-1], values[-1] = reflected, f_r
        else:
            contracted = centroid + 0.5 * (simplex[-1] - centroid)
            f_c = fn(contracted)
            if f_c < values[-1]:
                simplex[-1], values[-1] = contracted, f_c
            else:
                simplex = [simplex[0] + 0.5 * (p - simplex[0]) for p in simplex]
                values = [fn(p) for p in simplex]
    return simplex[int(np.argmin(values))]


def text_identifier_density(findings_count: int, tokens: int) -> float:
    """Residual identifiers per 1,000 tokens of a text corpus (0 for an empty corpus)."""
    if findings_count < 0 or tokens < 0:
        raise ValueError("counts must be non-negative")
    return 0.0 if tokens == 0 else 1000.0 * findings_count / tokens


# --------------------------------------------------------------------------------------------------
# Generalisation hierarchies
# --------------------------------------------------------------------------------------------------


def _canonical_type(qi_type: str) -> str:
    canonical = _ALIASES.get(qi_type, qi_type)
    if canonical not in _MAX_LEVEL:
        raise ValueError(f"unknown quasi-identifier type {qi_type!r}; expected one of {sorted(QI_TYPES)}")
    return canonical


def max_level(qi_type: str) -> int:
    """The top level of a type's hierarchy; at that level every non-blank value becomes "*"."""
    return _MAX_LEVEL[_canonical_type(qi_type)]


_YEAR_BAND = re.compile(r"^\s*(\d{4})\s*-\s*(\d{4})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_YEAR_MONTH = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})\s*$")
_NUMBER_BAND = re.compile(r"^\s*(-?\d+)\s*-\s*(-?\d+)\s*$")


def _parse_dates(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(year, month, grain) per value; grain is the granularity already present: 0 day, 1 month,
    2 year, 3 five-year band, 4 decade, -1 not a date. Day-first for ambiguous EU dates."""
    n = len(values)
    year = np.full(n, -1, dtype=np.int64)
    month = np.zeros(n, dtype=np.int64)
    grain = np.full(n, -1, dtype=np.int64)
    text = pd.Series(values, dtype=object)
    is_str = text.map(lambda v: isinstance(v, str)).to_numpy(dtype=bool)
    strings = text[is_str].astype(str).str.strip()
    short = strings[strings.str.len() <= 9]  # "1984", "1984-03", "1980-1984": no full date is this short
    if len(short):
        band = short.str.extract(_YEAR_BAND).dropna().astype(int)
        width = band[1] - band[0] + 1
        for w, g in ((5, 3), (10, 4)):
            sel = band.index[(width == w) & (band[0] % w == 0)]
            year[sel] = band.loc[sel, 0]
            grain[sel] = g
        only_year = short.str.extract(_YEAR)[0].dropna().astype(int)
        year[only_year.index] = only_year
        grain[only_year.index] = 2
        ym = short.str.extract(_YEAR_MONTH).dropna().astype(int)
        ym = ym[(ym[1] >= 1) & (ym[1] <= 12)]
        year[ym.index] = ym[0]
        month[ym.index] = ym[1]
        grain[ym.index] = 1
    rest = np.flatnonzero(grain < 0)
    if len(rest):
        raw = text.iloc[rest]
        parsed = pd.to_datetime(raw, errors="coerce", format="ISO8601")
        retry = parsed.isna() & raw.notna()
        if retry.any():
            parsed[retry] = pd.to_datetime(raw[retry], errors="coerce", format="mixed", dayfirst=True)
        ok = parsed.notna().to_numpy()
        idx = rest[ok]
        year[idx] = parsed[ok].dt.year.to_numpy()
        month[idx] = parsed[ok].dt.month.to_numpy()
        grain[idx] = 0
    return year, month, grain


def _date_labels(parsed: tuple[np.ndarray, np.ndarray, np.ndarray], level: int) -> np.ndarray:
    """Full date -> "YYYY-MM" -> "YYYY" -> 5-year band -> 10-year band -> "*".

    Already generalised inputs ("1984", "1984-03", "1980-1984") are understood, so a pool mixing
    granularities can be brought to one level; a value coarser than the level keeps its own grain.
    Strings that are no date at all become "*". Day-first parsing is used for ambiguous EU dates.
    """
    year, month, grain = parsed
    out = np.empty(len(year), dtype=object)
    out[:] = STAR
    effective = np.maximum(grain, level)
    for g in range(1, 5):
        sel = (grain >= 0) & (effective == g)
        if not sel.any():
            continue
        y = year[sel]
        if g == 1:
            labels = [f"{a:04d}-{b:02d}" for a, b in zip(y, month[sel], strict=True)]
        elif g == 2:
            labels = [f"{a:04d}" for a in y]
        else:
            width = 5 if g == 3 else 10
            labels = [f"{lo:04d}-{lo + width - 1:04d}" for lo in (y // width) * width]
        out[sel] = labels
    return out


def _generalize_numbers(values: np.ndarray, level: int) -> np.ndarray:
    """Value -> band of 5 -> band of 10 -> band of 20 -> "*"; bands are aligned so each level nests.

    Bands are labelled "lo-hi" over integers (a value is floored first); band labels given as input
    ("30-34") are re-banded, so re-applying a level is idempotent. Non-numbers become "*".
    """
    n = len(values)
    out = np.empty(n, dtype=object)
    out[:] = STAR
    if level >= len(NUMBER_BAND_WIDTHS) + 1:
        return out
    width = NUMBER_BAND_WIDTHS[level - 1]
    text = pd.Series(values, dtype=object)
    number = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float).copy()
    is_str = text.map(lambda v: isinstance(v, str)).to_numpy(dtype=bool)
    own_width = np.ones(n, dtype=np.int64)
    if is_str.any():
        band = text[is_str].astype(str).str.extract(_NUMBER_BAND).dropna().astype(int)
        band = band[band[1] >= band[0]]
        number[band.index] = band[0]
        own_width[band.index] = band[1] - band[0] + 1
    ok = np.isfinite(number)
    w = np.maximum(own_width[ok], width)
    lo = (np.floor(number[ok] / w) * w).astype(np.int64)
    out[ok] = [f"{a}-{a + b - 1}" for a, b in zip(lo, w, strict=True)]
    return out


def _generalize_postcodes(values: np.ndarray, level: int) -> np.ndarray:
    """Drop one trailing letter or digit per level (spaces and dashes do not count), then "*".

    "SW1A 1AA" -> "SW1A 1A" -> "SW1A 1" -> "SW1A" -> "SW1" -> "SW" -> "S" -> "*"; "75008" -> "7500" ...
    The original spacing of the kept prefix is preserved; nothing left means "*". Every level is a
    coarsening of the one below, which the planner's monotone search relies on.
    """
    out = np.empty(len(values), dtype=object)
    top = _MAX_LEVEL["postcode"]
    for i, value in enumerate(values):
        if level >= top:
            out[i] = STAR
            continue
        text = str(value).strip().upper()
        positions = [p for p, ch in enumerate(text) if ch.isalnum()]
        keep = len(positions) - level
        out[i] = STAR if keep <= 0 else text[: positions[keep - 1] + 1].rstrip(" -")
    return out


def category_ranking(series: pd.Series, weights: np.ndarray | None = None) -> list[Any]:
    """Non-blank values by descending frequency (ties by text): the data-dependent category hierarchy.

    With ``weights`` each value counts that many times (the planner's distinct combinations).
    """
    if weights is None:
        counts = series.value_counts(dropna=True)
    else:
        counts = pd.Series(weights, index=series.index).groupby(series.to_numpy(), dropna=True).sum()
    if counts.empty:
        return []
    blank = _blank_mask(np.asarray(counts.index, dtype=object))
    counts = counts[~blank]
    frame = pd.DataFrame({"value": counts.index, "count": counts.to_numpy()})
    frame["text"] = frame["value"].astype(str)
    frame = frame.sort_values(["count", "text"], ascending=[False, True], kind="stable")
    return frame["value"].tolist()


def category_vocabulary(ranking: Sequence[Any], level: int) -> list[Any]:
    """Values kept verbatim at ``level`` of the category hierarchy (the rest become "other")."""
    if level <= 0:
        return list(ranking)
    if level > len(CATEGORY_TOP_N):
        return []
    return list(ranking[: CATEGORY_TOP_N[level - 1]])


def _generalize_categories(values: np.ndarray, level: int, vocabulary: Sequence[Any]) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    if level > len(CATEGORY_TOP_N):
        out[:] = STAR
        return out
    keep = pd.Series(values, dtype=object).isin(list(vocabulary)).to_numpy()
    out[:] = OTHER
    out[keep] = values[keep]
    return out


def _generalize_uniques(
    uniques: np.ndarray,
    qi_type: str,
    level: int,
    vocabulary: Sequence[Any] | None,
    *,
    blank: np.ndarray | None = None,
    parsed_dates: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """Generalise distinct values; blanks stay blank (None). ``blank``/``parsed_dates`` are caches
    for callers generalising the same values to every level."""
    canonical = _canonical_type(qi_type)
    values = np.asarray(uniques, dtype=object)
    if level <= 0:
        return values.copy()
    level = min(level, _MAX_LEVEL[canonical])
    if blank is None:
        blank = _blank_mask(values)
    out = np.empty(len(values), dtype=object)
    present = values[~blank]
    if canonical == "date":
        out[~blank] = _date_labels(parsed_dates or _parse_dates(present), level)
    elif canonical == "number":
        out[~blank] = _generalize_numbers(present, level)
    elif canonical == "postcode":
        out[~blank] = _generalize_postcodes(present, level)
    else:
        if vocabulary is None:
            raise ValueError("a category hierarchy needs its vocabulary")
        out[~blank] = _generalize_categories(present, level, vocabulary)
    out[blank] = None
    return out


def generalize(
    series: pd.Series, qi_type: str, level: int, *, vocabulary: Sequence[Any] | None = None
) -> pd.Series:
    """Generalise a column to ``level`` of its type's hierarchy (0 = unchanged, ``max_level`` = "*").

    Computed once per distinct value, then broadcast. Blanks stay blank. For ``category`` types the
    kept values default to the top-N of this series; pass ``vocabulary`` (see ``Treatment``) when
    generalising a chunk so every chunk keeps the same values.
    """
    canonical = _canonical_type(qi_type)
    if level <= 0:
        return series.copy()
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    uniques_obj = np.asarray(uniques, dtype=object)
    if canonical == "category" and vocabulary is None:
        vocabulary = category_vocabulary(category_ranking(series), level)
    generalized = _generalize_uniques(uniques_obj, canonical, level, vocabulary)
    mapped = np.empty(len(generalized) + 1, dtype=object)  # the extra last slot (None) serves code -1
    mapped[:-1] = generalized
    return pd.Series(mapped[codes], index=series.index, name=series.name, dtype=object)


# --------------------------------------------------------------------------------------------------
# Treatment
# --------------------------------------------------------------------------------------------------


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


@dataclass
class _Column:
    """One QI prepared for the search: raw codes plus, per level, a map raw code -> level code and the
    Loss Metric of each raw value at that level (last slot: NA, which loses nothing)."""

    name: str
    qi_type: str
    raw_codes: np.ndarray
    level_maps: list[np.ndarray]
    level_cards: list[int]
    loss: list[float]  # record-weighted Loss Metric of the column at each level, before suppression
    cell_loss: list[np.ndarray]
    ranking: list[Any] | None
    canonical: list[int]  # lowest level with the same partition of the records (no-op levels fold)


def _prepare_column(name: str, series: pd.Series, qi_type: str, weights: np.ndarray) -> _Column:
    """Codes of one QI over the distinct combinations (``weights``: records per combination)."""
    canonical = _canonical_type(qi_type)
    raw_codes, uniques = pd.factorize(series, use_na_sentinel=True)
    raw_codes = raw_codes.astype(np.int64)
    uniques_obj = np.asarray(uniques, dtype=object)
    ranking = category_ranking(series, weights) if canonical == "category" else None
    n = int(weights.sum())
    blank = _blank_mask(uniques_obj)
    distinct = int((~blank).sum())
    parsed = _parse_dates(uniques_obj[~blank]) if canonical == "date" else None
    present = np.append(raw_codes, len(uniques_obj))  # NA -> the extra slot
    record_counts = np.bincount(present, weights=np.append(weights, 0), minlength=len(uniques_obj) + 1)
    maps, cards, losses, cell_losses, partitions = [], [], [], [], []
    for level in range(_MAX_LEVEL[canonical] + 1):
        vocab = category_vocabulary(ranking, level) if ranking is not None else None
        gen = _generalize_uniques(uniques_obj, canonical, level, vocab, blank=blank, parsed_dates=parsed)
        codes, card = _codes(gen)
        maps.append(np.append(codes, 0))  # raw code -1 (NA) -> blank
        cards.append(card)
        cover = np.bincount(codes[~blank], minlength=card)  # distinct originals behind each value
        cell = np.zeros(len(uniques_obj) + 1, dtype=float)
        if distinct > 1:
            cell[:-1] = (cover[codes] - 1) / (distinct - 1)
            cell[:-1][codes == 0] = 1.0  # a value generalised to nothing
            cell[:-1][blank] = 0.0
        cell_losses.append(cell)
        losses.append(float((cell * record_counts).sum() / n) if n else 0.0)
        partitions.append(
            int(np.count_nonzero(np.bincount(codes, weights=record_counts[:-1], minlength=card)))
        )
    # Each level coarsens the one below, so an equal number of classes means the same partition.
    same_as = [0]
    for level in range(1, len(partitions)):
        same_as.append(same_as[-1] if partitions[level] == partitions[level - 1] else level)
    return _Column(name, canonical, raw_codes, maps, cards, losses, cell_losses, ranking, same_as)


@dataclass
class _Evaluation:
    levels: tuple[int, ...]
    below: int  # records in classes < k (monotone non-increasing as levels rise)
    needed: int  # records to suppress, including the top-up that makes the blank class reach k
    column_loss: float  # loss before suppression: a lower bound of ``loss``
    loss: float
    ok: bool


class _Search:
    """Evaluates level vectors on the prepared QI codes of the distinct combinations; caches results.

    Works on distinct QI combinations weighted by their record counts, so its memory follows the
    number of combinations, not of records. ``sensitive`` holds the codes of the sensitive columns
    over the same combinations; with ``l`` > 1 a class needs ``l`` distinct values of each.
    """

    def __init__(
        self,
        columns: list[_Column],
        weights: np.ndarray,
        k: int,
        budget: int,
        free: Sequence[int],
        *,
        sensitive: Sequence[tuple[np.ndarray, int]] = (),
        l: int = 0,  # noqa: E741 - the l of l-diversity
    ) -> None:
        self.columns = columns
        self.free = frozenset(free)
        self.weights = weights
        self.m = len(weights)
        self.n = int(weights.sum())
        self.k = k
        self.budget = budget
        self.sensitive = list(sensitive) if l > 1 else []
        self.l = l
        self.cache: dict[tuple[int, ...], _Evaluation] = {}

    def level_codes(self, levels: Sequence[int]) -> list[np.ndarray]:
        return [col.level_maps[lv][col.raw_codes] for col, lv in zip(self.columns, levels, strict=True)]

    def classes(self, levels: Sequence[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        codes = self.level_codes(levels)
        cards = [col.level_cards[lv] for col, lv in zip(self.columns, levels, strict=True)]
        inverse, sizes = _combine(codes, cards, self.m, self.weights)
        star = np.ones(self.m, dtype=bool)
        for c in codes:
            star &= c == 0
        return inverse, sizes, star

    def canonical(self, levels: Sequence[int]) -> tuple[int, ...]:
        """Free QIs moved down to the lowest level giving the same classes (same risk, less loss)."""
        return tuple(
            col.canonical[lv] if i in self.free else lv
            for i, (col, lv) in enumerate(zip(self.columns, levels, strict=True))
        )

    def bound(self, levels: Sequence[int]) -> float:
        """The loss of ``levels`` before suppression: no suppression can make it smaller."""
        if not self.columns:
            return 0.0
        return float(np.mean([col.loss[lv] for col, lv in zip(self.columns, levels, strict=True)]))

    def step(self, levels: tuple[int, ...], i: int, direction: int) -> tuple[int, ...] | None:
        """The neighbour one distinct partition up (+1) or down (-1) in QI ``i``, if any."""
        col, lv = self.columns[i], levels[i]
        if direction < 0:
            if lv == 0:
                return None
            target = col.canonical[lv - 1]
        else:
            target = lv + 1
            while target < len(col.canonical) and col.canonical[target] != target:
                target += 1
            if target >= len(col.canonical):
                return None
        return (*levels[:i], target, *levels[i + 1 :])

    def cell_losses(self, levels: Sequence[int]) -> list[np.ndarray]:
        """Per QI, the Loss Metric of each combination's cell at ``levels`` (before suppression)."""
        return [col.cell_loss[lv][col.raw_codes] for col, lv in zip(self.columns, levels, strict=True)]

    def losses(self, levels: Sequence[int], counts: np.ndarray) -> tuple[float, list[float]]:
        """(table loss, loss per QI) with ``counts`` records of each combination suppressed."""
        if not self.columns or not self.n:
            return 0.0, [0.0] * len(self.columns)
        kept = self.weights - counts
        per_column = [float((kept * cell).sum() + counts.sum()) / self.n for cell in self.cell_losses(levels)]
        return float(np.mean(per_column)), per_column

    def evaluate(self, levels: tuple[int, ...]) -> _Evaluation:
        levels = self.canonical(levels)
        if levels in self.cache:
            return self.cache[levels]
        inverse, sizes, star = self.classes(levels)
        counts, below = self._suppression(inverse, sizes, star, self._row_loss(levels))
        needed = int(counts.sum())
        loss, _ = self.losses(levels, counts)
        result = _Evaluation(levels, below, needed, self.bound(levels), loss, needed <= self.budget)
        self.cache[levels] = result
        return result

    def _unsafe(self, inverse: np.ndarray, sizes: np.ndarray) -> np.ndarray:
        """Classes to suppress whole: fewer than k records, or (l-diversity) too few sensitive values."""
        small = sizes < self.k
        for codes, card in self.sensitive:
            present = self.weights > 0
            pairs = pd.unique(inverse[present] * card + codes[present])
            distinct = np.bincount(pairs // card, minlength=len(sizes))
            small |= distinct < self.l
        return small

    def _blank_class_diverse(self, counts: np.ndarray, star: np.ndarray) -> bool:
        in_blank = (counts > 0) | (star & (self.weights > 0))
        return all(len(np.unique(codes[in_blank])) >= self.l for codes, _ in self.sensitive)

    def _row_loss(self, levels: Sequence[int]) -> np.ndarray:
        """Loss of each combination's QI cells together (0..number of QIs) before suppression."""
        total = np.zeros(self.m, dtype=float)
        for cell in self.cell_losses(levels):
            total += cell
        return total

    def _suppression(
        self, inverse: np.ndarray, sizes: np.ndarray, star: np.ndarray, row_loss: np.ndarray
    ) -> tuple[np.ndarray, int]:
        """(records to blank per combination, records in unsafe classes): all records of unsafe
        classes; when the blank class would stay under k, topped up with the records whose
        suppression loses least (already most generalised, then from the largest classes, their
        last combinations first) from classes that keep k; everything when that cannot be done."""
        everything = self.weights.astype(np.int64).copy()
        unsafe = self._unsafe(inverse, sizes)
        counts = np.where(unsafe[inverse], self.weights, 0).astype(np.int64)
        below = int(counts.sum())
        if self.n < self.k:
            return everything, below
        suppressed = below
        star_size = int(self.weights[star].sum())
        star_classes = set(np.unique(inverse[star]).tolist()) if star_size else set()
        star_in_blank = star_size if star_classes and not unsafe[list(star_classes)].any() else 0
        blank_class = suppressed + star_in_blank
        if suppressed and suppressed < self.n and 0 < blank_class < self.k:
            top_up = self.k - blank_class
            spare = np.clip(sizes - self.k, 0, None)
            spare[unsafe] = 0
            if star_classes:
                spare[list(star_classes)] = 0
            eligible = np.flatnonzero((spare[inverse] > 0) & (self.weights > 0))
            order = eligible[np.lexsort((-eligible, -sizes[inverse[eligible]], -row_loss[eligible]))]
            for combo in order:
                if top_up <= 0:
                    break
                cls = inverse[combo]
                part = min(top_up, int(spare[cls]), int(self.weights[combo]))
                counts[combo] += part
                spare[cls] -= part
                top_up -= part
            if top_up > 0:
                return everything, below
        if self.sensitive and (counts.any() or star_size) and not self._blank_class_diverse(counts, star):
            return everything, below
        return counts, below

    def suppression(self, levels: tuple[int, ...]) -> np.ndarray:
        """Records to blank per combination at ``levels`` (see `_suppression`)."""
        inverse, sizes, star = self.classes(levels)
        return self._suppression(inverse, sizes, star, self._row_loss(levels))[0]


def _lattice_size(columns: list[_Column], free: list[int]) -> int:
    return math.prod(len(columns[i].level_maps) for i in free)


def _exhaustive(search: _Search, start: tuple[int, ...], free: list[int]) -> _Evaluation | None:
    """The least-loss passing level vector of the whole lattice, by branch and bound: vectors in
    order of their loss before suppression (a lower bound of their loss), stopping once that bound
    reaches the best loss found. Returns None when the evaluation budget runs out first."""
    ranges = [
        range(start[i], len(search.columns[i].level_maps)) if i in free else [start[i]]
        for i in range(len(start))
    ]
    grid = np.array(np.meshgrid(*ranges, indexing="ij")).reshape(len(start), -1).T if ranges else [()]
    nodes = {search.canonical(tuple(int(x) for x in v)) for v in grid}
    ordered = sorted(nodes, key=lambda v: (search.bound(v), sum(v), v))
    best: _Evaluation | None = None
    fallback: _Evaluation | None = None
    cells = 0
    for node in ordered:
        if best is not None and search.bound(node) >= best.loss - 1e-12:
            break
        if cells > _EXHAUSTIVE_MAX_CELLS:
            return None
        result = search.evaluate(node)
        cells += max(search.m, 1)
        if result.ok:
            if best is None or result.loss < best.loss - 1e-12:
                best = result
        elif fallback is None or (result.needed, result.loss) < (fallback.needed, fallback.loss):
            fallback = result
    assert best is not None or fallback is not None
    return best if best is not None else fallback


def _greedy(search: _Search, start: tuple[int, ...], free: list[int]) -> _Evaluation:
    """Bottom-up: raise the QI with the best risk reduction per unit of loss until k holds, then try
    lowering each QI again while k still holds (removes steps the later ones made unnecessary)."""
    current = search.evaluate(start)
    while not current.ok:
        candidates = []
        for i in free:
            raised = search.step(current.levels, i, +1)
            if raised is not None:
                candidates.append(search.evaluate(raised))
        if not candidates:
            break
        passing = [c for c in candidates if c.ok]
        if passing:
            current = min(passing, key=lambda c: c.loss)
            break
        base = current
        current = max(
            candidates,
            key=lambda c: (
                (base.below - c.below) / (c.column_loss - base.column_loss + 1e-6),
                base.column_loss - c.column_loss,
            ),
        )
    if not current.ok:
        return current
    improved = True
    while improved:
        improved = False
        options = []
        for i in free:
            lowered = search.step(current.levels, i, -1)
            if lowered is not None and lowered[i] >= start[i]:
                result = search.evaluate(lowered)
                if result.ok and result.loss <= current.loss + 1e-12:  # ties: prefer the lower level
                    options.append(result)
        if options:
            current = min(options, key=lambda c: c.loss)
            improved = True
    return current


_COUNT = "\x00records"


class QICounter:
    """Distinct combinations of some columns' values and how many records hold each, fed chunk by chunk.

    Blank cells (NA or "") are one value, as everywhere in this module. Memory follows the number of
    distinct combinations, not of records: this is what lets the planner read a whole file's QIs.
    """

    #: Pending per-chunk counts are merged once they hold this many rows (or as many as the merged
    #: table, whichever is more): pending rows keep their chunk's strings alive, so a high floor made a
    #: long file with few combinations hold ~30 MiB more than a short one. The merge is cheap
    #: (a group-by over combinations), and the result does not depend on when it runs.
    MERGE_ROWS = 20_000

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = list(dict.fromkeys(columns))
        self.records = 0
        self._combos = pd.DataFrame({**{c: pd.Series([], dtype=object) for c in self.columns}, _COUNT: []})
        self._pending: list[pd.DataFrame] = []
        self._pending_rows = 0
        self._index: pd.MultiIndex | None = None
        self._only: tuple[pd.DataFrame, np.ndarray] | None = None

    def _keys(self, chunk: pd.DataFrame) -> pd.DataFrame:
        keys = chunk[self.columns]
        blanks = {c: "" for c in self.columns if keys[c].hasnans}
        if not blanks:
            return keys
        keys = keys.astype(dict.fromkeys(blanks, object))
        return keys.fillna(blanks)

    def add(self, chunk: pd.DataFrame) -> None:
        """Count the records of one chunk."""
        if self._index is not None:
            raise RuntimeError("the counter is frozen: combinations were already numbered")
        self.records += len(chunk)
        if not self.columns or not len(chunk):
            return
        grouped = self._keys(chunk).groupby(self.columns, sort=False, dropna=False)
        counts = grouped.size()
        # A table counted in one chunk keeps its record -> combination map (no second lookup).
        self._only = (
            (chunk, grouped.ngroup().to_numpy(dtype=np.int64)) if not self.records - len(chunk) else None
        )
        self._pending.append(counts.reset_index(name=_COUNT))
        self._pending_rows += len(counts)
        if self._pending_rows > max(len(self._combos), self.MERGE_ROWS):  # pending would double the table
            self._merge()

    def _merge(self) -> None:
        if not self._pending:
            return
        frames = [f for f in (self._combos, *self._pending) if len(f)]
        merged = pd.concat(frames, ignore_index=True)
        self._combos = merged.groupby(self.columns, sort=False, dropna=False)[_COUNT].sum().reset_index()
        self._pending, self._pending_rows = [], 0

    def combinations(self) -> tuple[pd.DataFrame, np.ndarray]:
        """The distinct combinations (one row each, in order of first appearance) and their counts."""
        if not self.columns:
            return pd.DataFrame(index=range(1 if self.records else 0)), np.array(
                [self.records] if self.records else [], dtype=np.int64
            )
        self._merge()
        return self._combos[self.columns], self._combos[_COUNT].to_numpy(dtype=np.int64)

    def ids(self, chunk: pd.DataFrame) -> np.ndarray:
        """The combination number of each record of ``chunk`` (once every chunk has been added)."""
        if not self.columns:
            return np.zeros(len(chunk), dtype=np.int64)
        if self._only is not None and chunk is self._only[0]:
            return self._only[1]
        if self._index is None:
            self._merge()
            self._index = pd.MultiIndex.from_frame(self._combos[self.columns])
        ids = self._index.get_indexer(pd.MultiIndex.from_frame(self._keys(chunk)))
        if len(ids) and ids.min() < 0:
            raise ValueError("these records were not counted: read the same table in both passes")
        return ids.astype(np.int64)


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
    if k < 1:
        raise ValueError("k must be at least 1")
    if not 0.0 <= max_suppression <= 1.0:
        raise ValueError("max_suppression must be in [0, 1]")
    fixed = dict(fixed_levels or {})
    unknown = set(fixed) - set(qi_types)
    if unknown:
        raise ValueError(f"fixed_levels names columns that are not QIs: {sorted(unknown)}")
    names = list(qi_types)
    counter = QICounter([*names, *sensitive])
    for chunk in read():
        counter.add(chunk)
    combos, weights = counter.combinations()
    n = counter.records
    columns = [_prepare_column(name, combos[name], qi_types[name], weights) for name in names]
    start = tuple(min(max(int(fixed.get(c.name, 0)), 0), len(c.level_maps) - 1) for c in columns)
    free = [i for i, c in enumerate(columns) if c.name not in fixed]
    budget = math.floor(max_suppression * n + 1e-9)
    sensitive_codes = [_codes(combos[c]) for c in sensitive]
    search = _Search(columns, weights, k, budget, free, sensitive=sensitive_codes, l=l)
    exact = (
        _exhaustive(search, start, free) if _lattice_size(columns, free) <= _EXHAUSTIVE_MAX_NODES else None
    )
    if exact is not None:
        best, strategy = exact, "exhaustive"
    else:
        best, strategy = _greedy(search, start, free), "greedy"
    levels = {name: int(level) for name, level in zip(names, best.levels, strict=True)}
    suppression = search.suppression(best.levels)
    _, per_column = search.losses(best.levels, suppression)
    vocabularies = {
        c.name: category_vocabulary(c.ranking, levels[c.name])
        for c in columns
        if c.ranking is not None and levels[c.name] > 0
    }
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
    inverse, sizes, _ = search.classes((0,) * len(columns))
    treatment.before = _report(inverse, sizes, tuple(names), k, sensitive_values, records=n)
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
    treatment.after = _report(inverse, sizes, tuple(names), k, after_sensitive, records=n)
    if best.ok and not treatment.after.satisfied:  # defensive: the search and the measure must agree
        treatment.satisfied = False
        treatment.reason = f"treated table has k={treatment.after.k} < {k}"
    if best.ok and l > 1 and any(v < l for v in treatment.after.l_diversity.values()):
        treatment.satisfied = False
        treatment.reason = f"treated table is not {l}-diverse: {treatment.after.l_diversity}"
    return treatment


def _suppressed_rows(
    counter: QICounter,
    weights: np.ndarray,
    suppression: np.ndarray,
    read: Callable[[], Iterable[pd.DataFrame]],
) -> np.ndarray:
    """Row numbers of the suppressed records: the last ``suppression[c]`` records of combination c."""
    if not suppression.any():
        return np.empty(0, dtype=np.int64)
    if (suppression == weights).all():
        return np.arange(counter.records, dtype=np.int64)
    first_suppressed = weights - suppression  # occurrence number of a combination's first blanked record
    seen = np.zeros(len(weights), dtype=np.int64)
    rows: list[np.ndarray] = []
    offset = 0
    for chunk in read():
        ids = counter.ids(chunk)
        occurrence = seen[ids] + pd.Series(ids).groupby(ids).cumcount().to_numpy()
        seen += np.bincount(ids, minlength=len(seen))
        rows.append(np.flatnonzero(occurrence >= first_suppressed[ids]) + offset)
        offset += len(chunk)
    if offset != counter.records:
        raise ValueError("the second read of the table returned a different number of records")
    return np.concatenate(rows).astype(np.int64) if rows else np.empty(0, dtype=np.int64)


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

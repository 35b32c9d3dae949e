"""Generalisation hierarchies per quasi-identifier type (date, number, postcode, category), computed once
per distinct value."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from anonymize.risk.codes import STAR, _blank_mask

OTHER = "other"

# Canonical hierarchy per QI type; aliases map onto them.
_MAX_LEVEL = {"date": 5, "number": 4, "postcode": 7, "category": 4}
_ALIASES = {"age": "number", "city": "category", "country": "category", "gender": "category"}
QI_TYPES: frozenset[str] = frozenset(_MAX_LEVEL) | frozenset(_ALIASES)

NUMBER_BAND_WIDTHS = (5, 10, 20)  # levels 1, 2, 3; level 4 is "*"
CATEGORY_TOP_N = (64, 16, 4)  # levels 1, 2, 3; level 4 is "*"


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

"""Equivalence classes of quasi-identifier values: blanks, factorised codes and combined class keys.

Shared by the measures, the hierarchies and the search (see the package docstring for the blank
convention).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

STAR = "*"
_BLANK_STRINGS = frozenset({"", STAR})


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

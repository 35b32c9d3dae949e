"""Counting distinct quasi-identifier combinations chunk by chunk, and finding suppressed rows on a
second read, so memory follows combinations rather than records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
import pandas as pd

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

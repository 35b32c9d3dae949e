"""The search of the lattice of generalisation levels: exact branch and bound when small, else greedy."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from anonymize import risk as _package
from anonymize.risk.codes import _blank_mask, _codes, _combine
from anonymize.risk.hierarchies import (
    _MAX_LEVEL,
    _canonical_type,
    _generalize_uniques,
    _parse_dates,
    category_ranking,
    category_vocabulary,
)


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
        if cells > _package._EXHAUSTIVE_MAX_CELLS:
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

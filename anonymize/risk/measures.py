"""Risk measures of one table over its quasi-identifiers: k, classes, uniqueness, l-diversity, and the
Pitman estimate of population uniqueness."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from anonymize.risk.codes import _classes, _codes


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

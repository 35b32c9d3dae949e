"""Benchmark: re-identification risk and treatment planning on 1,000,000 rows x 4 quasi-identifiers.

Run from the repository root:  .venv/bin/python bench/bench_risk.py [--rows 1000000] [--baseline-rows 100000]

Prints the time of ``measure`` and ``plan_treatment`` and the speed-up of ``measure`` against two naive
baselines measured in the same run on a subsample (then extrapolated linearly to the full size):
a Python dict counting QI tuples, and pyCANON's ``k_anonymity``. Data: the EU customer generator of
the risk tests (Faker vocabularies, numpy sampling), seeded.

Then the treatment's quality (issue 13): on the realistic 10,000-row EU customer table of
``tests/anonymize/test_planner_optimal.py`` (towns of six countries with Zipf-sized customer bases),
the planner's levels, suppression, information loss (Loss Metric) per column and k checked with
pyCANON, and on a 2,000-row sample the planner against a brute force over the whole lattice.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pycanon import anonymity

from anonymize.risk import apply_treatment, max_level, measure, plan_treatment
from tests.anonymize.test_risk import eu_customers

QI_TYPES = {"date_of_birth": "date", "postcode": "postcode", "city": "city", "country": "country"}


def naive_k(rows: list[tuple]) -> tuple[int, int, int]:
    """k, classes and records in classes < 5 by counting row tuples in a dict: the obvious Python loop
    (timed from the DataFrame, like ``measure``, so building the tuples counts)."""
    counts: Counter[tuple] = Counter()
    for row in rows:
        counts[row] += 1
    k = min(counts.values())
    below = sum(size for size in counts.values() if size < 5)
    return k, len(counts), below


def timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--baseline-rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    qis = list(QI_TYPES)
    process = psutil.Process()

    df, gen_s = timed(eu_customers, args.rows, args.seed)
    df = df[[*qis, "orders", "total_spend", "channel"]]
    print(f"generated {len(df):,} rows x {len(qis)} QIs in {gen_s:.1f}s")

    report, measure_s = timed(measure, df, qis, k=5, population_size=20 * args.rows)
    print(
        f"measure:          {measure_s:7.2f}s  k={report.k} classes={report.classes:,} "
        f"sample uniqueness={report.sample_uniqueness:.3f} "
        f"pitman population uniqueness (N={20 * args.rows:,})={report.population_uniqueness:.3f}"
    )

    sample = df.iloc[: args.baseline_rows]
    scale = len(df) / len(sample)
    (naive, naive_s) = timed(lambda: naive_k(list(sample[qis].itertuples(index=False, name=None))))
    ours_sample, ours_sample_s = timed(measure, sample, qis, k=5)
    assert (naive[0], naive[1], naive[2]) == (ours_sample.k, ours_sample.classes, ours_sample.records_below_k)
    naive_full = naive_s * scale
    print(
        f"dict baseline:    {naive_s:7.2f}s on {len(sample):,} rows -> {naive_full:.2f}s extrapolated "
        f"(measure is {naive_full / measure_s:.1f}x faster; {naive_s / ours_sample_s:.1f}x at equal size)"
    )
    canon_k, canon_s = timed(anonymity.k_anonymity, sample[qis], qis)
    assert canon_k == ours_sample.k
    canon_full = canon_s * scale
    print(
        f"pyCANON baseline: {canon_s:7.2f}s on {len(sample):,} rows -> {canon_full:.2f}s extrapolated "
        f"(measure is {canon_full / measure_s:.1f}x faster; {canon_s / ours_sample_s:.1f}x at equal size)"
    )

    treatment, plan_s = timed(plan_treatment, df[qis], QI_TYPES, k=5, max_suppression=0.05)
    print(
        f"plan_treatment:   {plan_s:7.2f}s  search={treatment.search} nodes evaluated={treatment.evaluated_nodes} "
        f"levels={treatment.levels} suppressed={treatment.suppression_share:.2%} "
        f"loss={treatment.information_loss:.3f} k after={treatment.after.k if treatment.after else None} "
        f"satisfied={treatment.satisfied}"
    )
    chunk = 100_000
    start = time.perf_counter()
    out_rows = 0
    for offset in range(0, len(df), chunk):
        out_rows += len(apply_treatment(df.iloc[offset : offset + chunk], treatment, row_offset=offset))
    apply_s = time.perf_counter() - start
    assert out_rows == len(df)
    print(f"apply_treatment:  {apply_s:7.2f}s  in chunks of {chunk:,} rows")
    print(f"peak RSS:         {process.memory_info().rss / 2**20:7.0f} MiB")
    quality(args.seed)


def quality(seed: int) -> None:
    """Acceptance figures of issue 13 on the realistic EU table, and the planner against brute force."""
    from tests.anonymize.test_planner_optimal import (
        QI_TYPES as TYPES,
    )
    from tests.anonymize.test_planner_optimal import (
        brute_force,
        eu_customer_table,
        informative,
        pycanon_k,
    )

    table = eu_customer_table(10_000, seed=1)
    qis = list(TYPES)
    treatment, plan_s = timed(plan_treatment, table[qis], TYPES, k=5, max_suppression=0.05)
    out = apply_treatment(table, treatment)
    print(
        f"EU table 10,000 rows: plan {plan_s:.2f}s search={treatment.search} nodes={treatment.evaluated_nodes} "
        f"levels={treatment.levels} suppressed={treatment.suppression_share:.2%} "
        f"k(pyCANON)={pycanon_k(out, qis)} informative={[c for c in qis if informative(out[c])]}"
    )
    print(
        f"  information loss (Loss Metric) {treatment.information_loss:.4f}, per column {treatment.column_loss}"
    )
    sample = table.sample(2000, random_state=3).reset_index(drop=True)
    planned, planned_s = timed(plan_treatment, sample[qis], TYPES, k=5, max_suppression=0.05)
    best, brute_s = timed(brute_force, sample, TYPES, 5, 0.05)
    print(
        f"2,000-row sample: planner loss {planned.information_loss:.4f} in {planned_s:.2f}s "
        f"({planned.evaluated_nodes} vectors) levels={planned.levels}; brute force loss {best['loss']:.4f} "
        f"in {brute_s:.1f}s (all {math.prod(max_level(t) + 1 for t in TYPES.values())} vectors) "
        f"levels={best['levels']}"
    )


if __name__ == "__main__":
    main()

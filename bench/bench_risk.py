"""Benchmark: re-identification risk and treatment planning on 1,000,000 rows x 4 quasi-identifiers.

Run from the repository root:  .venv/bin/python bench/bench_risk.py [--rows 1000000] [--baseline-rows 100000]

Prints the time of ``measure`` and ``plan_treatment`` and the speed-up of ``measure`` against two naive
baselines measured in the same run on a subsample (then extrapolated linearly to the full size):
a Python dict counting QI tuples, and pyCANON's ``k_anonymity``. Data: the EU customer generator of
the risk tests (Faker vocabularies, numpy sampling), seeded.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pycanon import anonymity

from anonymize.risk import apply_treatment, measure, plan_treatment
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


if __name__ == "__main__":
    main()

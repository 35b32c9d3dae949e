"""Benchmark: one table anonymised whole vs in parts run side by side (what `SHOAL_PART_ROWS` does).

Run from the repository root:  .venv/bin/python bench/bench_split.py [--rows 8000] [--parts 2]

The worker splits a large table into parts, each its own Celery task, so the workers of a deployment
share one file. This measures the engine side of it in one run: `run` on the whole table, then
`plan_split` + one `run(rows=...)` per part in a pool of ``--parts`` processes (each with the model
already loaded, like a running worker) + `finish_parts`, on the same generated customer table with
its free-text notes. Prints both wall times, the speed-up, and checks the two artifacts hold the
same rows. The speed-up is bounded by the machine's cores (2 here).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyarrow.parquet as pq

from anonymize.engine import get_analyzer
from anonymize.pipeline import finish_parts, plan_split, run
from bench.datagen import make_customers

KEY = "bench-pseudonym-key"


def _part(args: tuple[str, str, dict[str, Any], int, int]) -> tuple[str, dict[str, Any]]:
    source, out, plan, start, stop = args
    report = run(
        source,
        out,
        plan=plan,
        rows=(start, stop),
        artifact_format="parquet",
        pseudonym_key=KEY,
        selfcheck=False,
    )
    return str(Path(out) / report.output_name), json.loads(report.to_json())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=8000)
    parser.add_argument("--parts", type=int, default=2)
    args = parser.parse_args()
    frame, _ = make_customers(args.rows, seed=17)
    with (
        tempfile.TemporaryDirectory() as tmp,
        ProcessPoolExecutor(args.parts, initializer=get_analyzer) as pool,
    ):
        work = Path(tmp)
        source = work / "customers.csv"
        frame.to_csv(source, index=False)
        list(pool.map(int, range(args.parts)))  # start the workers (and load their models) before timing
        analyzer = get_analyzer()

        started = time.perf_counter()
        whole = run(source, work / "whole", analyzer=analyzer, artifact_format="parquet", pseudonym_key=KEY)
        whole_s = time.perf_counter() - started

        started = time.perf_counter()
        plan, rows, risk = plan_split(
            source, plan=whole.plan | {"risk": {**whole.plan["risk"], "levels": {}}}
        )
        step = -(-rows // args.parts)
        jobs = [
            (str(source), str(work / f"part{i}"), plan.to_dict(), lo, min(lo + step, rows))
            for i, lo in enumerate(range(0, rows, step))
        ]
        done = list(pool.map(_part, jobs))
        merged = finish_parts(
            [Path(p) for p, _ in done],
            [r for _, r in done],
            work / "merged",
            plan=plan,
            risk_report=risk,
            analyzer=analyzer,
        )
        split_s = time.perf_counter() - started

        same = pq.read_table(work / "merged" / merged.output_name).equals(
            pq.read_table(work / "whole" / whole.output_name)
        )
    cells = args.rows * len(frame.columns)
    print(f"table: {args.rows:,} rows x {len(frame.columns)} columns (free-text notes included)")
    print(f"whole run:        {whole_s:7.2f} s  {cells / whole_s:9,.0f} cells/s")
    print(
        f"{args.parts} parts in parallel: {split_s:7.2f} s  {cells / split_s:9,.0f} cells/s  -> {whole_s / split_s:.2f}x"
    )
    print(f"same artifact rows and values: {same}; self-check passed: {merged.selfcheck.get('passed')}")


if __name__ == "__main__":
    main()

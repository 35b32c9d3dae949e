"""Speed against Presidio's own batch engine, measured in one run on the same data.

* **Text**: every text of a detection set's TXT and JSONL files (each line, each string field) as one
  JSONL file of ``{"text": …}`` records. Shoal: the whole `anonymize.pipeline.run` (detection,
  replacement, self-check, report, file I/O), once in one process and once with detection in two
  processes. Peer: Presidio's `BatchAnalyzerEngine` (same spaCy model, its predefined recognizers,
  batch 64, ``n_process`` 1 and 2) plus `AnonymizerEngine` ``replace``. Texts/s, best of two
  interleaved runs, and the recall of each (planted personal values removed), scored like the
  detection benchmark.
* **Tables**: a customer table of ``--rows`` rows (the development set's generator: IDs, names,
  contact data, products, order numbers, amounts, timestamps, notes). Whole processes, start-up
  included: ``manage.py anonymize`` against ``python -m bench.peers batch`` (``n_process`` 1 and 2)
  and ``python -m bench.peers structured``; cells/s and Shoal's ratio.

Usage: ``python -m bench.bench_speed [--set blind|dev] [--scale 1.0] [--rows 2000] [--json PATH]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_detection import load_generator
from bench.detection.format import FileSet, Planted, read_records, score_file

REPO = Path(__file__).resolve().parent.parent


def combined_texts(sets: list[FileSet], out_dir: Path) -> FileSet:
    """One JSONL file holding every non-empty text of ``sets`` with the values planted in it."""
    lines: list[str] = []
    records: list[list[Planted]] = []
    for file_set in sets:
        if file_set.kind != "text":
            continue
        for planted, fields in zip(
            file_set.records, read_records(Path(file_set.path), file_set.fmt), strict=True
        ):
            for field, text in fields.items():
                if not text.strip():
                    continue
                lines.append(json.dumps({"text": text}, ensure_ascii=False))
                records.append(
                    [Planted(p.entity, p.value, "text", list(p.tags)) for p in planted if p.field == field]
                )
    path = out_dir / "texts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(name="texts", path=str(path), fmt="jsonl", kind="text", records=records)


def recall(file_set: FileSet, output: Path) -> float:
    tally = score_file(file_set, read_records(output, "jsonl"))
    return 1.0 - tally.personal_leak()


#: Output directories of Shoal runs the self-check refused (their output was written without it).
REFUSED: set[str] = set()


def time_shoal(file_set: FileSet, out_dir: Path, analyzer: Any, *, processes: int) -> float:
    from anonymize import pipeline
    from anonymize.errors import SelfCheckError

    os.environ["SHOAL_TEXT_PROCESSES"] = str(processes)
    threshold = pipeline.PARALLEL_MIN_BYTES
    pipeline.PARALLEL_MIN_BYTES = 0 if processes > 1 else threshold
    try:
        started = time.perf_counter()
        try:
            pipeline.run(file_set.path, out_dir, analyzer=analyzer)
        except SelfCheckError:
            spent = time.perf_counter() - started  # the whole pipeline ran: its time counts
            REFUSED.add(str(out_dir))
            # untimed: the output the self-check refused, so that recall can still be scored
            pipeline.run(file_set.path, out_dir, analyzer=analyzer, selfcheck=False)
            return spent
        return time.perf_counter() - started
    finally:
        pipeline.PARALLEL_MIN_BYTES = threshold
        os.environ.pop("SHOAL_TEXT_PROCESSES", None)


def time_peer(file_set: FileSet, out_dir: Path, engines: tuple[Any, Any], *, n_process: int) -> float:
    from bench.peers import text_file

    analyzer, anonymizer = engines
    started = time.perf_counter()
    text_file(Path(file_set.path), out_dir, "jsonl", analyzer, anonymizer, n_process=n_process)
    return time.perf_counter() - started


def bench_text(sets: list[FileSet], work: Path) -> dict[str, Any]:
    from anonymize.engine import get_analyzer
    from bench.peers import peer_engines

    texts = combined_texts(sets, work)
    count = len(texts.records)
    analyzer = get_analyzer()
    engines = peer_engines()
    seconds: dict[str, float] = {}
    for _ in range(2):  # interleaved, best of two: the machine is shared
        for name, run in (
            ("Shoal", lambda o: time_shoal(texts, o, analyzer, processes=1)),
            ("Presidio batch n1", lambda o: time_peer(texts, o, engines, n_process=1)),
        ):
            spent = run(work / name.replace(" ", "_"))
            seconds[name] = min(seconds.get(name, spent), spent)
    seconds["Shoal, 2 processes"] = time_shoal(texts, work / "Shoal_2", analyzer, processes=2)
    seconds["Presidio batch n2"] = time_peer(texts, work / "Presidio_batch_n2", engines, n_process=2)
    outputs = {
        "Shoal": work / "Shoal" / "texts.jsonl",
        "Shoal, 2 processes": work / "Shoal_2" / "texts.jsonl",
        "Presidio batch n1": work / "Presidio_batch_n1" / "texts.jsonl",
        "Presidio batch n2": work / "Presidio_batch_n2" / "texts.jsonl",
    }
    rows = {
        name: {
            "texts_per_s": round(count / seconds[name], 1),
            "recall": round(recall(texts, path), 4) if path.exists() else None,
            "refused_by_self_check": str(path.parent) in REFUSED,
        }
        for name, path in outputs.items()
    }
    peer = rows["Presidio batch n1"]["texts_per_s"]
    for row in rows.values():
        row["ratio_vs_batch_n1"] = round(row["texts_per_s"] / peer, 2)
    return {"texts": count, "engines": rows}


def bench_tables(rows: int, work: Path) -> dict[str, Any]:
    from bench.detection.devset import DevSetBuilder

    builder = DevSetBuilder(seed=5)
    canaries = [builder.names.invented(style="germanic") for _ in range(3)]
    headers = {
        "name": "name", "email": "e-mail", "phone": "col3", "street": "addr", "postcode": "zip",
        "city": "town", "product": "item", "order": "ref", "amount": "total", "ts": "ts",
        "status": "status", "notes": "notes",
    }  # fmt: skip
    table = builder.table(
        work, "customers", "csv", ["en", "de", "fr", "nl"], rows, headers, {"customer_id": "C"}, canaries, 1
    )
    path = Path(table.path)
    import pandas as pd

    cells = pd.read_csv(path, dtype=str).size
    python = (
        str(REPO / ".venv" / "bin" / "python")
        if (REPO / ".venv" / "bin" / "python").exists()
        else sys.executable
    )
    commands = {
        "Shoal CLI": [python, "manage.py", "anonymize", str(path), "--out", str(work / "t_shoal")],
        "Presidio batch n1": [python, "-m", "bench.peers", "batch", str(path), "--out", str(work / "t_b1")],
        "Presidio batch n2": [
            *[python, "-m", "bench.peers", "batch", str(path), "--out", str(work / "t_b2")],
            *["--n-process", "2"],
        ],
        "presidio-structured": [
            python,
            "-m",
            "bench.peers",
            "structured",
            str(path),
            "--out",
            str(work / "t_s"),
        ],
    }
    result: dict[str, Any] = {"rows": rows, "cells": cells, "engines": {}}
    for name, command in commands.items():
        started = time.perf_counter()
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
        spent = time.perf_counter() - started
        result["engines"][name] = {
            "seconds": round(spent, 2),
            "cells_per_s": round(cells / spent, 1),
            "exit": done.returncode,
        }
    shoal = result["engines"]["Shoal CLI"]["cells_per_s"]
    for entry in result["engines"].values():
        entry["shoal_ratio"] = round(shoal / entry["cells_per_s"], 2)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=["blind", "dev"], default="blind")
    parser.add_argument("--scale", type=float, default=1.0, help="size of the text set (1.0: its full size)")
    parser.add_argument("--rows", type=int, default=2000, help="rows of the timed table")
    parser.add_argument("--parts", default="text,tables")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    results: dict[str, Any] = {"set": args.set}
    with tempfile.TemporaryDirectory(prefix="bench-speed-") as tmp:
        work = Path(tmp)
        if "text" in args.parts:
            generate = load_generator(args.set)
            if generate is None:
                print(f"no {args.set} set available", file=sys.stderr)
                return 1
            sets = generate(work / "input", scale=args.scale)
            results["text"] = bench_text(sets, work)
        if "tables" in args.parts:
            results["tables"] = bench_tables(args.rows, work)
    print_results(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


def print_results(results: dict[str, Any]) -> None:
    if "text" in results:
        text = results["text"]
        print(
            f"== text: {text['texts']} texts of the {results['set']} set, whole pipeline vs Presidio's batch engine"
        )
        for name, row in text["engines"].items():
            print(
                f"  {name:<22}{row['texts_per_s']:>9.1f} texts/s  {row['ratio_vs_batch_n1']:>5.2f}x batch n1"
                + (f"  recall {row['recall']:.2%}" if row["recall"] is not None else "  recall n/a")
                + (
                    "  (refused by the self-check; scored without it)"
                    if row.get("refused_by_self_check")
                    else ""
                )
            )
    if "tables" in results:
        tables = results["tables"]
        print(f"== table: {tables['rows']} rows, {tables['cells']} cells, whole processes with start-up")
        for name, row in tables["engines"].items():
            print(
                f"  {name:<22}{row['cells_per_s']:>9.1f} cells/s  {row['seconds']:>7.1f} s"
                f"  Shoal {row['shoal_ratio']:.2f}x  exit {row['exit']}"
            )


if __name__ == "__main__":
    raise SystemExit(main())

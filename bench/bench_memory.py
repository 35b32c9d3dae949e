"""Benchmark: peak memory of the anonymisation as a table grows (10k / 200k / 1M rows).

Run from the repository root:  .venv/bin/python -m bench.bench_memory [--sizes 10000,200000,1000000]

Each (rows, risk on/off, notes column or not) runs `anonymize.pipeline.run` in a fresh subprocess, the
way a worker does (CSV in, Parquet artifact out, pseudonym key set, self-check on). The child reports
its peak resident size from ``VmHWM`` in ``/proc/self/status`` (reset by ``execve``, unlike
``ru_maxrss``, which a child inherits from a large parent), its RSS after the model is loaded, the
wall time and the peak of each phase (``/proc/self/clear_refs`` resets the high-water mark between
phases, so every phase is measured on its own). The tables come from `bench.datagen.make_customers`
(15 structured columns, 10,000 distinct customers repeated); the notes variant keeps its free-text
``notes`` column in one row of ``--notes-every`` (the others are empty), so NER at 1M rows stays
bounded on a shared 2-core machine. Generated CSVs are kept in ``--workdir`` between runs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

KEY = "bench-pseudonym-key"


def _status(field: str) -> float:
    """A memory figure of this process from ``/proc/self/status``, in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def _reset_peak() -> bool:
    """Reset this process's ``VmHWM`` to its current RSS (Linux >= 4.0); False when not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def child(path: str, *, risk: bool, phases: bool) -> None:
    """Anonymise ``path`` once and print one JSON line of figures (runs in its own process)."""
    from anonymize import pipeline
    from anonymize.engine import get_analyzer

    analyzer = get_analyzer()
    loaded = _status("VmRSS")
    peaks: dict[str, float] = {}
    if phases and _reset_peak():
        # Wrap the steps of a run to record the peak of each (the wrapped functions are module
        # globals looked up at call time, so the pipeline itself is unchanged).
        def phase(name: str, fn: Any) -> Any:
            def wrapped(*args: Any, **kwargs: Any) -> Any:
                peaks["until_" + name] = round(max(peaks.get("until_" + name, 0.0), _status("VmHWM")), 1)
                _reset_peak()
                try:
                    return fn(*args, **kwargs)
                finally:
                    peaks[name] = round(max(peaks.get(name, 0.0), _status("VmHWM")), 1)
                    _reset_peak()

            return wrapped

        from anonymize.io import writers
        from anonymize.pipeline import conclude, table

        table._plan_risk = phase("risk", table._plan_risk)
        conclude._selfcheck_cells = phase("selfcheck_read", conclude._selfcheck_cells)
        conclude.self_check = phase("selfcheck_ner", conclude.self_check)
        writers.retype_parquet = phase("typed_rewrite", writers.retype_parquet)
        conclude.file_sha256 = phase("sha256", conclude.file_sha256)
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        report = pipeline.run(
            path, out, analyzer=analyzer, risk=risk, artifact_format="parquet", pseudonym_key=KEY
        )
        seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "rows": report.rows,
                "risk": risk,
                "rss_after_model_mib": round(loaded, 1),
                "peak_rss_mib": round(max(_status("VmHWM"), *peaks.values()), 1),
                "phases_mib": peaks,
                "seconds": round(seconds, 2),
                "timings": report.timings,
                "sha256": report.output["sha256"],
            }
        )
    )


def table(workdir: Path, rows: int, *, notes_every: int) -> Path:
    """The generated CSV of ``rows`` rows (``notes_every`` 0: no notes column), made once."""
    name = f"customers_{rows}_notes{notes_every}.csv" if notes_every else f"customers_{rows}.csv"
    path = workdir / name
    if path.exists():
        return path
    from bench.datagen import make_customers

    frame, _ = make_customers(rows, seed=13, unique_rows=10_000, with_notes=bool(notes_every))
    if notes_every:
        frame.loc[frame.index % notes_every != 0, "notes"] = ""
    tmp = path.with_suffix(".partial")
    frame.to_csv(tmp, index=False)
    tmp.replace(path)
    return path


def measure(path: Path, *, risk: bool, phases: bool) -> dict[str, Any]:
    """Run one child on ``path``; its JSON figures, or ``{"error": last stderr line}``."""
    command = [sys.executable, "-m", "bench.bench_memory", "--child", str(path)]
    command += [] if risk else ["--no-risk"]
    command += ["--phases"] if phases else []
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"error": tail[0]}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,200000,1000000", help="comma-separated row counts")
    parser.add_argument(
        "--notes-every", type=int, default=50, help="a note in one row of N (0: no notes runs)"
    )
    parser.add_argument("--variants", default="plain,notes", help="plain and/or notes (comma-separated)")
    parser.add_argument("--risk", default="on,off", help="on and/or off (comma-separated)")
    parser.add_argument("--phases", action="store_true", help="also report the peak of each phase")
    parser.add_argument("--workdir", type=Path, default=Path("var/bench-memory"))
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--no-risk", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, risk=not args.no_risk, phases=args.phases)
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    risks = [r.strip() == "on" for r in args.risk.split(",") if r.strip()]
    results: list[dict[str, Any]] = []
    for variant in variants:
        notes_every = args.notes_every if variant == "notes" else 0
        if variant == "notes" and not notes_every:
            continue
        for risk in risks:
            for size in sizes:
                path = table(args.workdir, size, notes_every=notes_every)
                figures = {
                    "table": variant,
                    "rows": size,
                    "risk": risk,
                    **measure(path, risk=risk, phases=args.phases),
                }
                results.append(figures)
                _print(figures)
            base = next(
                (r for r in results if r["table"] == variant and r["risk"] == risk and "error" not in r), None
            )
            top = results[-1]
            if base is not None and "error" not in top and top is not base:
                ratio = top["peak_rss_mib"] / base["peak_rss_mib"]
                print(
                    f"   {variant}, risk {'on' if risk else 'off'}: peak at {top['rows']:,} rows = "
                    f"{ratio:.3f} x peak at {base['rows']:,} rows ({(ratio - 1) * 100:+.1f} %)",
                    flush=True,
                )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


def _print(r: dict[str, Any]) -> None:
    head = f"{r['table']:>5} risk {'on ' if r['risk'] else 'off'} {r['rows']:>9,} rows:"
    if "error" in r:
        print(f"{head} failed: {r['error']}", flush=True)
        return
    phases = " ".join(f"{k}={v:.0f}" for k, v in r.get("phases_mib", {}).items())
    print(
        f"{head} peak {r['peak_rss_mib']:.0f} MiB (model {r['rss_after_model_mib']:.0f}), "
        f"{r['seconds']:.1f} s  {phases}  sha256 {r['sha256'][:12]}",
        flush=True,
    )


if __name__ == "__main__":
    raise SystemExit(main())

"""The ``anonymize`` command as a plain function, so it runs (and is tested) without Django.

``main(argv)`` parses the DESIGN.md §4 contract, calls `anonymize.pipeline.run` and prints a short
summary (counts only). Exit codes: 0 done, 2 malformed input or bad options, 3 self-check failed.

Start-up is kept to what a file needs: this module imports only the standard library, so ``--help``,
``--version`` and bad options answer at once; the engine (pandas, Presidio, spaCy) is imported when a
file is run, and the analyzer with its models is built when the run first reads a cell
(`LazyAnalyzer`), so a file refused before that (output over the input, size limits, a file that
cannot be parsed) never loads them. ``bench/README.md`` reports the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from anonymize import __version__
from anonymize.errors import InputError, SelfCheckError

EXIT_OK = 0
EXIT_INPUT = 2
EXIT_SELFCHECK = 3


def build_parser(prog: str = "anonymize") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog, description="Anonymise a CSV/TSV, Parquet, XLSX, JSONL or TXT file."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_arguments(parser)
    return parser


#: Record files (`anonymize.io.RECORD_FORMATS`): every record goes through NER, and large ones are
#: analysed by forked processes that must inherit a built analyzer, so they get it at once.
RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".txt"})


class LazyAnalyzer:
    """Stands in for the process-wide analyzer (`anonymize.engine.get_analyzer`) and builds it on the
    first attribute the run reads, so the models load only when a table is actually analysed."""

    def __getattr__(self, name: str) -> Any:
        from anonymize.engine import get_analyzer

        return getattr(get_analyzer(), name)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, help="file to anonymise")
    parser.add_argument(
        "--out", type=Path, required=True, help="output directory (gets a file of the same name)"
    )
    parser.add_argument(
        "--report", type=Path, default=None, help="JSON report path (default OUT/<input>.report.json)"
    )
    parser.add_argument(
        "--plan", type=Path, default=None, help="plan JSON to apply instead of the proposed one"
    )
    risk = parser.add_mutually_exclusive_group()
    risk.add_argument(
        "--k", type=int, default=5, help="k-anonymity threshold over quasi-identifiers (default 5)"
    )
    risk.add_argument("--no-risk", action="store_true", help="skip the k-anonymity treatment")
    parser.add_argument("--spans", type=Path, default=None, help="write detected spans (no text) as JSONL")


def execute(
    *,
    input: Path,
    out: Path,
    report: Path | None = None,
    plan: Path | None = None,
    k: int = 5,
    no_risk: bool = False,
    spans: Path | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the pipeline with parsed options; returns the exit code. Messages never hold cell values."""
    from anonymize.pipeline import pseudonym_key_from_env, run
    from anonymize.plan import Plan

    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if k < 1:
        stderr.write("error: --k must be at least 1\n")
        return EXIT_INPUT
    try:
        loaded = None
        if plan is not None:
            try:
                loaded = Plan.from_json(Path(plan).read_text(encoding="utf-8"))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise InputError(f"the plan file could not be used: {type(exc).__name__}") from None
        result = run(
            input,
            out,
            plan=loaded,
            k=k,
            risk=not no_risk,
            spans_path=spans,
            report_path=report,
            pseudonym_key=pseudonym_key_from_env(),
            analyzer=None if Path(input).suffix.lower() in RECORD_SUFFIXES else LazyAnalyzer(),
        )
    except InputError as exc:
        stderr.write(f"error: {exc.message}\n")
        return EXIT_INPUT
    except SelfCheckError as exc:
        stderr.write(f"error: {exc.message}\n")
        return EXIT_SELFCHECK
    summary = {
        "output": str(Path(out) / result.output_name),
        "report": str(report or Path(out) / f"{Path(input).name}.report.json"),
        "rows": result.rows,
        "entities": result.entity_counts,
        "selfcheck_passed": result.selfcheck.get("passed"),
    }
    stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    return EXIT_OK


def main(
    argv: list[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    prog: str = "anonymize",
) -> int:
    """Entry point: parse ``argv`` and run; returns the exit code."""
    args = build_parser(prog).parse_args(argv)
    return execute(
        input=args.input,
        out=args.out,
        report=args.report,
        plan=args.plan,
        k=args.k,
        no_risk=args.no_risk,
        spans=args.spans,
        stdout=stdout,
        stderr=stderr,
    )


if __name__ == "__main__":
    raise SystemExit(main())

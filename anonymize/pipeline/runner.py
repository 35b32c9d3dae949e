"""`run`: one file anonymised end to end, the table or record path chosen by its format.

`run` resolves the input, the output and the analyzer once into a frozen `RunContext`; the table or
record step streams the file through the plan into a temporary file, renamed into place when complete;
`_conclude` self-checks a sample of the output and writes the report.
"""

from __future__ import annotations

import contextlib
import copy
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from anonymize import io as shoal_io
from anonymize.errors import InputError
from anonymize.pipeline.conclude import _conclude
from anonymize.pipeline.context import (
    CHUNK_ROWS,
    OUTPUT_FORMATS,
    SELFCHECK_ROWS,
    RunContext,
    RunOptions,
    SpansFile,
)
from anonymize.pipeline.records import _run_records
from anonymize.pipeline.table import _run_table
from anonymize.plan import Plan
from anonymize.report import Report


def run(
    input_path: str | Path,
    out_dir: str | Path,
    *,
    plan: Plan | dict[str, Any] | None = None,
    k: int = 5,
    risk: bool = True,
    spans_path: str | Path | None = None,
    report_path: str | Path | None = None,
    artifact_format: str | None = None,
    pseudonym_key: str | bytes | None = None,
    analyzer: Any | None = None,
    chunk_rows: int = CHUNK_ROWS,
    selfcheck: bool = True,
    selfcheck_rows: int = SELFCHECK_ROWS,
    max_residual_rate: float | None = None,
    progress: Callable[[float], None] | None = None,
    rows: tuple[int, int] | None = None,
) -> Report:
    """Anonymise ``input_path`` into ``out_dir`` and return the report (also written as JSON).

    The output is ``out_dir/<input name>`` in the input's format, or ``<stem>.parquet`` (any input)
    / ``<stem>.jsonl`` (JSONL, TXT: ``{"text": line}``)
    with ``artifact_format``. Same rows in the same order, same columns (dropped ones emptied).
    ``pseudonym_key`` is needed only by plans using ``pseudonym``/``surrogate``. Raises `InputError`
    for malformed input and `SelfCheckError` when the output still holds too many identifiers (the
    output is then deleted; the report with the findings stays).

    ``rows=(start, stop)`` anonymises only those records of a table, for a run split into parts
    (`plan_split`, then one `run` per part, then `merge_parts`); it needs the plan `plan_split` fixed.
    """
    started = time.perf_counter()
    options = RunOptions(
        k=k,
        risk=risk,
        key=pseudonym_key,
        chunk_rows=chunk_rows,
        selfcheck=selfcheck,
        selfcheck_rows=selfcheck_rows,
        max_residual_rate=max_residual_rate,
        progress=progress,
        part=rows,
    )
    out_dir = Path(out_dir)
    spans = SpansFile(spans_path)
    ctx, own_plan = _context(Path(input_path), out_dir, plan, options, analyzer, artifact_format, spans)
    own_plan = _transform(ctx, own_plan, spans)
    report_file = Path(report_path) if report_path else out_dir / f"{ctx.input_path.name}.report.json"
    _conclude(
        ctx.report,
        own_plan,
        ctx.output_path,
        report_file,
        analyzer=ctx.analyzer,
        selfcheck=options.selfcheck,
        selfcheck_rows=options.selfcheck_rows,
        max_residual_rate=options.max_residual_rate,
        started=started,
        inventory=ctx.inventory,
    )
    if progress is not None:
        progress(1.0)
    return ctx.report


def _context(
    input_path: Path,
    out_dir: Path,
    plan: Plan | dict[str, Any] | None,
    options: RunOptions,
    analyzer: Any | None,
    artifact_format: str | None,
    spans: SpansFile,
) -> tuple[RunContext, Plan | None]:
    """Check the request and resolve it into the run's context and its own copy of the plan."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fmt = shoal_io.detect_format(input_path)
    if options.part is not None and (plan is None or fmt not in shoal_io.TABLE_FORMATS.values()):
        raise ValueError("a part of a run (rows=...) needs a table and the plan fixed by plan_split")
    if isinstance(plan, dict):
        plan = Plan.from_dict(plan)
    elif plan is not None:
        plan = copy.deepcopy(plan)  # the run stores risk levels in its plan; the caller's stays as given
    if analyzer is None:
        from anonymize.engine import get_analyzer

        analyzer = get_analyzer()
    out_fmt = artifact_format or fmt
    if out_fmt not in {fmt, *OUTPUT_FORMATS} or (out_fmt == "jsonl" and fmt not in {"jsonl", "txt"}):
        raise ValueError(f"unsupported artifact format {artifact_format!r} for a {fmt} input")
    output_name = input_path.name if out_fmt == fmt else input_path.stem + OUTPUT_FORMATS[out_fmt]
    output_path = out_dir / output_name
    if output_path.resolve() == input_path.resolve():
        raise InputError("the output directory must differ from the input's directory")
    report = Report(
        input_name=input_path.name, input_format=fmt, output_name=output_name, output_format=out_fmt
    )
    ctx = RunContext(options, input_path, output_path, fmt, out_fmt, analyzer, report, write_spans=spans)
    return ctx, plan


def _transform(ctx: RunContext, plan: Plan | None, spans: SpansFile) -> Plan:
    """Stream the input through the plan into the temporary file and rename it into place; a run
    that fails leaves no partial output behind."""
    tmp_path = ctx.tmp_path
    try:
        spans.open()
        if ctx.fmt in shoal_io.RECORD_FORMATS.values():
            plan = _run_records(ctx, plan)
        else:
            plan = _run_table(ctx, plan)
        tmp_path.replace(ctx.output_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise
    finally:
        spans.close()
    return plan

"""Concluding a run: the self-check of a sample of the output, the output's description, the report."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from anonymize import io as shoal_io
from anonymize.digests import file_sha256
from anonymize.dtypes import cell_text
from anonymize.pipeline.context import _string_leaves
from anonymize.plan import Plan
from anonymize.profile import NOT_PERSONAL
from anonymize.report import Report
from anonymize.selfcheck import self_check


def _conclude(
    report: Report,
    plan: Plan,
    output_path: Path,
    report_file: Path,
    *,
    analyzer: Any,
    selfcheck: bool,
    selfcheck_rows: int,
    max_residual_rate: float | None,
    started: float,
    inventory: set[str] | None = None,
) -> None:
    """Self-check the finished output, describe it in the report and write the report; an output
    that fails the self-check is deleted and `SelfCheckError` raised (the report stays).
    ``inventory`` holds the words of the names replaced in the run (see `self_check`)."""
    report.plan = plan.to_dict()
    result = None
    if selfcheck:
        t0 = time.perf_counter()
        cells = _selfcheck_cells(output_path, report.output_format, plan, selfcheck_rows)
        rate = plan.max_residual_rate if max_residual_rate is None else max_residual_rate
        result = self_check(
            analyzer,
            cells,
            max_residual_rate=rate,
            structured_columns=_structured_columns(plan),
            inventory=inventory or (),
        )
        report.selfcheck = result.to_dict()
        report.timings["selfcheck"] = round(time.perf_counter() - t0, 3)
    report.output = {
        "name": output_path.name,
        "format": report.output_format,
        "bytes": output_path.stat().st_size,
        "sha256": file_sha256(output_path),
    }
    if report.output_format == "parquet":  # value types of the columns (anonymize.dtypes)
        report.output["types"] = shoal_io.parquet_column_types(output_path)
    report.timings["total"] = round(time.perf_counter() - started, 3)
    report.write(report_file)
    if result is not None and not result.passed:
        output_path.unlink()  # it still holds identifiers: never leave it for a caller to ship
        result.raise_if_failed()


def _structured_columns(plan: Plan) -> set[str]:
    """Kept columns the profiler judged not personal and not free text: self-check counts only
    pattern entities there (a product model is not a PERSON)."""
    return {
        c.name for c in plan.columns if c.operator.name == "keep" and not c.scan and c.kind == NOT_PERSONAL
    }


def _selfcheck_cells(path: Path, fmt: str, plan: Plan, rows: int) -> list[tuple[str, str]]:
    """Sample of output cells worth re-scanning: kept columns, free text included."""
    cells: list[tuple[str, str]] = []
    text_surrogates = plan.text.default_operator.name == "surrogate"
    if text_surrogates and (fmt in {"txt", "jsonl"} or not plan.columns):
        return cells  # realistic fakes would read as residual identifiers
    if fmt in {"txt", "jsonl"}:
        for records in shoal_io.iter_records(path, fmt, chunk_records=rows):
            for record in records[:rows]:
                if shoal_io.is_blank_record(record):
                    continue
                if isinstance(record, str):
                    cells.append(("text", record))
                else:
                    leaves: list[tuple[str, Any, Any]] = []
                    _string_leaves(record, "", leaves, [record], 0)
                    cells.extend((p or "*", parent[k]) for p, parent, k in leaves)
            break
        return cells
    source = shoal_io.open_table(path, fmt, header=True)  # the output's header was written by the run
    head = source.head(rows)
    if not plan.columns:
        for name in head.columns:
            cells.extend((str(name), v) for v in head[name].tolist() if isinstance(v, str) and v.strip())
        return cells
    for column in plan.columns:
        position = [i for i, c in enumerate(source.header) if c == column.name]
        name = source.columns[position[0]] if position else column.name
        if name not in head.columns:
            continue
        if column.operator.name != "keep":
            # Replaced columns hold no original value; generalised quasi-identifiers are the risk
            # gate's business (a city reads as a PERSON to NER, a postcode prefix as a phone).
            continue
        if column.scan and (
            text_surrogates or any(s.name == "surrogate" for s in column.text_operators.values())
        ):
            continue
        for value in head[name].tolist():
            text = cell_text(value)  # a typed cell (number, date) as the text it was parsed from
            if text is not None and text.strip():
                cells.append((column.name, text))
    return cells

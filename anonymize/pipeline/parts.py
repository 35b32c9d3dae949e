"""After a split run: the Parquet parts merged in row order and reported as one run."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from anonymize import io as shoal_io
from anonymize.pipeline.conclude import _conclude
from anonymize.pipeline.context import CHUNK_ROWS, SELFCHECK_ROWS
from anonymize.plan import Plan
from anonymize.report import ColumnReport, Report


def finish_parts(
    parts: list[Path],
    part_reports: list[dict[str, Any]],
    out_dir: str | Path,
    *,
    plan: Plan | dict[str, Any],
    risk_report: dict[str, Any] | None = None,
    analyzer: Any | None = None,
    selfcheck: bool = True,
    selfcheck_rows: int = SELFCHECK_ROWS,
    max_residual_rate: float | None = None,
) -> Report:
    """Merge the Parquet parts of a split run (in row order) into ``out_dir/<stem>.parquet`` and report
    them as one run: counts summed over the parts' reports, the self-check run on the merged output."""
    started = time.perf_counter()
    if not parts or len(parts) != len(part_reports):
        raise ValueError("one report per part, and at least one part")
    plan = Plan.from_dict(plan) if isinstance(plan, dict) else plan
    if analyzer is None and selfcheck:
        from anonymize.engine import get_analyzer

        analyzer = get_analyzer()
    first = part_reports[0]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    output_path = out_dir / first["output_name"]
    report = Report(
        input_name=first["input_name"],
        input_format=first["input_format"],
        output_name=first["output_name"],
        output_format="parquet",
        risk=dict(risk_report or first.get("risk") or {}),
        header=dict(first.get("header") or {}),
    )
    t0 = time.perf_counter()
    merged = merge_parts(parts, output_path)
    columns: dict[str, ColumnReport] = {}
    totals: Counter[str] = Counter()
    for part in part_reports:
        report.rows += int(part["rows"])
        totals.update(part.get("entity_counts", {}))
        report.timings["transform"] = report.timings.get("transform", 0.0) + part["timings"].get(
            "transform", 0
        )
        for data in part["columns"]:
            column = columns.setdefault(
                data["name"], ColumnReport(**{**data, "cells_changed": 0, "entities": {}})
            )
            column.cells_changed += int(data["cells_changed"])
            column.entities = dict(Counter(column.entities) + Counter(data["entities"]))
    if merged != report.rows:
        raise ValueError(f"the parts hold {merged} rows where their reports count {report.rows}")
    report.columns = list(columns.values())
    report.entity_counts = dict(sorted(totals.items()))
    report.timings["merge"] = round(time.perf_counter() - t0, 3)
    _conclude(
        report,
        plan,
        output_path,
        out_dir / f"{first['input_name']}.report.json",
        analyzer=analyzer,
        selfcheck=selfcheck,
        selfcheck_rows=selfcheck_rows,
        max_residual_rate=max_residual_rate,
        started=started,
    )
    return report


def merge_parts(parts: list[Path], output_path: Path) -> int:
    """Concatenate Parquet parts (in order) into one Parquet file, batch by batch; returns its rows.
    A column the parts typed differently is widened to a type holding all of them (integer to
    decimal, else text: `anonymize.io.unified_parquet_schema`)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer: Any = None
    rows = 0
    schema = shoal_io.unified_parquet_schema(parts) if parts else None
    try:
        for path in parts:
            source = shoal_io.open_parquet(path)
            if writer is None:
                writer = pq.ParquetWriter(output_path, schema)
            for batch in source.iter_batches(batch_size=CHUNK_ROWS):
                table = shoal_io.conform_table(pa.Table.from_batches([batch]), writer.schema)
                writer.write_table(table)
                rows += table.num_rows
    finally:
        if writer is not None:
            writer.close()
    return rows

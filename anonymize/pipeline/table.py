"""Table runs: CSV/TSV/XLSX/Parquet streamed chunk by chunk through the plan."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from anonymize import io as shoal_io
from anonymize import risk as risk_mod
from anonymize.dtypes import typed_columns
from anonymize.pipeline.context import PROFILE_ROWS, RunContext, _check_plan_columns, release_freed_memory
from anonymize.pipeline.treatment import _plan_risk
from anonymize.plan import Plan, propose_plan
from anonymize.profile import FREE_TEXT, Profile, profile_frame
from anonymize.report import ColumnReport, Report
from anonymize.tabular import TableTransformer


def _run_table(ctx: RunContext, plan: Plan | None) -> Plan:
    """Profile and plan (unless a plan was given), plan the risk treatment over the whole table, then
    stream it chunk by chunk through the plan into ``ctx.tmp_path``; returns the plan the run used."""
    options, report = ctx.options, ctx.report
    t0 = time.perf_counter()
    source = shoal_io.open_table(ctx.input_path, ctx.fmt, analyzer=ctx.analyzer)
    report.header = source.header_report()
    head = source.head(PROFILE_ROWS)
    profile: Profile | None = None
    if plan is None:
        profile = profile_frame(head, analyzer=ctx.analyzer)
        plan = propose_plan(profile, k=options.k, risk=options.risk, pseudonym=bool(options.key))
    else:
        _check_plan_columns(plan, source.columns)
        if not options.risk:
            plan.risk.enabled = False
    report.timings["profile"] = round(time.perf_counter() - t0, 3)

    t0 = time.perf_counter()
    treatment = _plan_risk(source, plan, options.chunk_rows)
    if treatment is not None:
        report.risk = treatment.report()
        report.timings["risk"] = round(time.perf_counter() - t0, 3)

    t0 = time.perf_counter()
    transformer = TableTransformer(
        plan,
        analyzer=ctx.analyzer,
        key=options.key,
        treatment=treatment,
        apply_treatment=risk_mod.apply_treatment if treatment is not None else None,
        on_spans=ctx.write_spans,
    )
    writer = _table_writer(ctx, source, plan, treatment)
    try:
        report.rows = _stream(ctx, source, head, transformer, writer)
    finally:
        writer.close()
    report.timings["transform"] = round(time.perf_counter() - t0, 3)
    for anonymizer in transformer.text.values():
        ctx.inventory.update(anonymizer.inventory)
    _report_columns(report, plan, transformer.stats, profile)
    return plan


def _table_writer(ctx: RunContext, source: shoal_io.TableSource, plan: Plan, treatment: Any) -> Any:
    """The output table's writer: the input's format (and dialect), or Parquet for an artifact."""
    # Parquet output types kept and generalised text columns (anonymize.dtypes); a Parquet source's
    # kept columns keep the types they came with, unless the risk treatment made them text.
    typed = typed_columns(plan, kept=source.schema is None)
    if treatment is not None:
        typed |= set(treatment.qi_types) & typed_columns(plan)
    if ctx.out_fmt == ctx.fmt:
        return shoal_io.TableWriter(
            ctx.tmp_path,
            ctx.fmt,
            header=source.header,
            delimiter=source.delimiter,
            schema=_output_schema(source, plan, treatment),
            typed=typed,
        )
    return shoal_io.TableWriter(
        ctx.tmp_path,
        "parquet",
        header=source.header,
        schema=_output_schema(source, plan, treatment),
        typed=typed,
    )


def _stream(
    ctx: RunContext, source: shoal_io.TableSource, head: Any, transformer: TableTransformer, writer: Any
) -> int:
    """Transform the table's chunks (only the part's rows for a part) into ``writer``, reporting
    progress; returns the rows written."""
    progress = ctx.options.progress
    size = ctx.input_path.stat().st_size or 1
    head_bytes = max(1.0, len(head.to_csv(index=False).encode("utf-8")) / max(len(head), 1))
    offset = written = 0
    first, stop = ctx.options.part if ctx.options.part is not None else (0, None)
    for chunk in source.iter_chunks(ctx.options.chunk_rows):
        end = offset + len(chunk)
        if stop is not None and offset >= stop:
            break
        if end > first:
            piece = chunk
            if first > offset or (stop is not None and end > stop):
                piece = chunk.iloc[max(first - offset, 0) : (stop or end) - offset].reset_index(drop=True)
            writer.write(transformer.transform(piece, row_offset=max(first, offset)))
            written += len(piece)
        offset = end
        release_freed_memory()
        if progress is not None:
            done = (
                written / (stop - first) if stop is not None and stop > first else offset * head_bytes / size
            )
            progress(min(0.95, 0.95 * done))
    return written


def _report_columns(report: Report, plan: Plan, stats: Any, profile: Profile | None) -> None:
    """One `ColumnReport` per planned column, and the run's entity counts."""
    totals: Counter[str] = Counter()
    profiles = {c.name: c for c in profile.columns} if profile else {}
    for column in plan.columns:
        entities = dict(stats.entities.get(column.name, {}))
        totals.update(entities)
        if column.kind != FREE_TEXT and column.entity and column.operator.name != "keep":
            totals[column.entity] += stats.changed.get(column.name, 0)
        evidence = profiles[column.name].evidence if column.name in profiles else {}
        report.columns.append(
            ColumnReport(
                name=column.name,
                kind=column.kind,
                entity=column.entity,
                qi_type=column.qi_type,
                confidence=column.confidence,
                operator=column.operator.name,
                cells_changed=int(stats.changed.get(column.name, 0)),
                entities=entities,
                evidence=evidence,
            )
        )
    report.entity_counts = dict(sorted(totals.items()))


def _output_schema(source: shoal_io.TableSource, plan: Plan, treatment: Any) -> Any:
    """Kept Parquet columns keep their type; transformed ones become strings."""
    if source.schema is None:
        return None
    import pyarrow as pa

    treated = set(treatment.qi_types) if treatment is not None else set()
    fields = []
    for field in source.schema:
        column = plan.column(field.name)
        changed = column is not None and (
            column.operator.name != "keep" or column.scan or field.name in treated
        )
        fields.append(pa.field(field.name, pa.string() if changed else field.type))
    return pa.schema(fields)

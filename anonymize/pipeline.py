"""One entry point for the CLI and the workers: `run` anonymises a file and returns its `Report`.

Steps: open and profile (a head sample) → plan (given or proposed) → risk treatment planned over the
whole file's quasi-identifier columns (a first, column-only pass) → stream the file chunk by chunk
through the plan into a temporary file, renamed into place when complete → self-check a sample of the
output → report. Memory is bounded by the chunk size and, for the risk treatment, by the number of
distinct quasi-identifier combinations (not of rows).
"""

from __future__ import annotations

import contextlib
import copy
import ctypes
import ctypes.util
import functools
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from anonymize import io as shoal_io
from anonymize import risk as risk_mod
from anonymize.digests import file_sha256
from anonymize.dtypes import cell_text, typed_columns
from anonymize.errors import InputError
from anonymize.plan import OperatorSpec, Plan, propose_plan
from anonymize.profile import FREE_TEXT, NOT_PERSONAL, Profile, is_name_key, profile_frame
from anonymize.report import ColumnReport, Report
from anonymize.selfcheck import self_check
from anonymize.tabular import TableTransformer, text_anonymizer
from anonymize.text import BLOCK_LINES, Span, block_bounds

PROFILE_ROWS = 2_000
CHUNK_ROWS = 10_000
SELFCHECK_ROWS = 50
OUTPUT_FORMATS = {"parquet": ".parquet", "jsonl": ".jsonl"}
#: Text files at least this large are analysed by several processes (`anonymize.parallel`).
PARALLEL_MIN_BYTES = 1 << 20
#: Records read per chunk when several processes share the detection.
PARALLEL_CHUNK_RECORDS = 4096


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to release
        return None


def release_freed_memory() -> None:
    """Hand memory freed by the last chunk back to the OS (glibc keeps it in its heaps otherwise,
    and Arrow's own allocator, mimalloc or jemalloc, keeps the pages of the buffers it freed).

    Chunks allocate and free many short-lived buffers; without this, the process's resident size
    creeps up over the first hundreds of chunks before it levels off. Costs well under a millisecond.
    """
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _check_plan_columns(plan: Plan, columns: list[str]) -> None:
    unknown = [c.name for c in plan.columns if c.name not in columns]
    if unknown:
        raise InputError(f"the plan names columns the file does not have: {', '.join(unknown)}")


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
    input_path = Path(input_path)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    fmt = shoal_io.detect_format(input_path)
    if rows is not None and (plan is None or fmt not in shoal_io.TABLE_FORMATS.values()):
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
    spans_file: TextIO | None = None
    tmp_path = output_path.with_name(f".{output_name}.partial")
    inventory: set[str] = set()  # words of the names replaced, for the self-check (memory only)
    try:
        if spans_path is not None:
            spans_file = Path(spans_path).open("w", encoding="utf-8")  # noqa: SIM115 - closed in finally

        def write_spans(spans: list[Span]) -> None:
            if spans_file is not None:
                for span in spans:
                    spans_file.write(json.dumps(span.to_dict()) + "\n")

        if fmt in shoal_io.RECORD_FORMATS.values():
            plan = _run_records(
                input_path,
                tmp_path,
                fmt,
                out_fmt,
                plan,
                analyzer,
                pseudonym_key,
                report,
                write_spans,
                chunk_rows,
                progress,
                inventory,
            )
        else:
            plan = _run_table(
                input_path,
                tmp_path,
                fmt,
                out_fmt,
                plan,
                analyzer,
                pseudonym_key,
                report,
                write_spans,
                k=k,
                risk=risk,
                chunk_rows=chunk_rows,
                progress=progress,
                part=rows,
                inventory=inventory,
            )
        tmp_path.replace(output_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise
    finally:
        if spans_file is not None:
            spans_file.close()

    report_file = Path(report_path) if report_path else out_dir / f"{input_path.name}.report.json"
    _conclude(
        report,
        plan,
        output_path,
        report_file,
        analyzer=analyzer,
        selfcheck=selfcheck,
        selfcheck_rows=selfcheck_rows,
        max_residual_rate=max_residual_rate,
        started=started,
        inventory=inventory,
    )
    if progress is not None:
        progress(1.0)
    return report


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


def _run_table(
    input_path: Path,
    tmp_path: Path,
    fmt: str,
    out_fmt: str,
    plan: Plan | None,
    analyzer: Any,
    key: str | bytes | None,
    report: Report,
    write_spans: Callable[[list[Span]], None],
    *,
    k: int,
    risk: bool,
    chunk_rows: int,
    progress: Callable[[float], None] | None,
    part: tuple[int, int] | None = None,
    inventory: set[str] | None = None,
) -> Plan:
    t0 = time.perf_counter()
    source = shoal_io.open_table(input_path, fmt, analyzer=analyzer)
    report.header = source.header_report()
    head = source.head(PROFILE_ROWS)
    profile: Profile | None = None
    if plan is None:
        profile = profile_frame(head, analyzer=analyzer)
        plan = propose_plan(profile, k=k, risk=risk, pseudonym=bool(key))
    else:
        _check_plan_columns(plan, source.columns)
        if not risk:
            plan.risk.enabled = False
    report.timings["profile"] = round(time.perf_counter() - t0, 3)

    t0 = time.perf_counter()
    treatment = _plan_risk(source, plan, chunk_rows)
    if treatment is not None:
        report.risk = treatment.report()
        report.timings["risk"] = round(time.perf_counter() - t0, 3)

    t0 = time.perf_counter()
    transformer = TableTransformer(
        plan,
        analyzer=analyzer,
        key=key,
        treatment=treatment,
        apply_treatment=risk_mod.apply_treatment if treatment is not None else None,
        on_spans=write_spans,
    )
    # Parquet output types kept and generalised text columns (anonymize.dtypes); a Parquet source's
    # kept columns keep the types they came with, unless the risk treatment made them text.
    typed = typed_columns(plan, kept=source.schema is None)
    if treatment is not None:
        typed |= set(treatment.qi_types) & typed_columns(plan)
    if out_fmt == fmt:
        writer: Any = shoal_io.TableWriter(
            tmp_path,
            fmt,
            header=source.header,
            delimiter=source.delimiter,
            schema=_output_schema(source, plan, treatment),
            typed=typed,
        )
    else:
        writer = shoal_io.TableWriter(
            tmp_path,
            "parquet",
            header=source.header,
            schema=_output_schema(source, plan, treatment),
            typed=typed,
        )
    size = input_path.stat().st_size or 1
    head_bytes = max(1.0, len(head.to_csv(index=False).encode("utf-8")) / max(len(head), 1))
    offset = written = 0
    first, stop = part if part is not None else (0, None)
    try:
        for chunk in source.iter_chunks(chunk_rows):
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
                    written / (stop - first)
                    if stop is not None and stop > first
                    else offset * head_bytes / size
                )
                progress(min(0.95, 0.95 * done))
    finally:
        writer.close()
    report.timings["transform"] = round(time.perf_counter() - t0, 3)
    report.rows = written
    if inventory is not None:
        for anonymizer in transformer.text.values():
            inventory |= anonymizer.inventory

    stats = transformer.stats
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
    return plan


#: Operators whose output keeps equal values equal (and distinct ones distinct): a quasi-identifier
#: under them still links records, so the treatment counts it, at its raw level unless it must not.
EQUALITY_KEEPING = frozenset({"keep", "pseudonym", "surrogate", "mask"})
#: The l of distinct l-diversity enforced when sensitive columns are declared and the plan sets none.
DEFAULT_L = 2


def _plan_risk(source: shoal_io.TableSource, plan: Plan, chunk_rows: int) -> Any:
    """Plan the k-anonymity treatment over the whole table's QI columns and store its levels in the
    plan; None when risk is off or no QI is treated. Two QI-only reads: the planner keeps distinct
    combinations with their counts, so memory does not grow with the number of rows.

    A QI the contributor set to ``generalize`` is the planner's to coarsen. One set to an operator
    that keeps values apart (``keep``, ``pseudonym``…) still links records, so it is counted at its
    raw level; only when k cannot be reached that way is it generalised after all, and
    ``plan.risk.overrides`` says so (the column's operator becomes ``generalize``). Record-ID
    columns are never QIs. Levels already in the plan (fixed by the preview) are reused when they
    still fit its QIs, so the run repeats exactly what the contributor approved."""
    plan.risk.overrides = [o for o in plan.risk.overrides if o.get("column") in plan.risk.quasi_identifiers]
    qis: dict[str, str] = {}
    pinned: dict[str, int] = {}
    for name, qi_type in plan.risk.quasi_identifiers.items():
        col = plan.column(name)
        if col is None or col.entity == "RECORD_ID" or col.scan:
            continue
        if col.operator.name == "generalize":
            qis[name] = qi_type
        elif col.operator.name in EQUALITY_KEEPING:
            qis[name] = qi_type
            pinned[name] = 0
    if not plan.risk.enabled or not qis:
        return None
    sensitive = [s for s in plan.risk.sensitive if s in source.columns and s not in qis]
    wanted = [*qis, *sensitive]
    stored = {str(c): int(v) for c, v in (plan.risk.levels or {}).items()}
    fixed = stored if set(stored) == set(qis) and all(stored[c] == 0 for c in pinned) else dict(pinned)

    def treat(levels: dict[str, int]) -> Any:
        return risk_mod.plan_treatment_chunked(
            lambda: source.iter_chunks(chunk_rows, columns=wanted),
            qis,
            k=plan.risk.k,
            max_suppression=plan.risk.max_suppression,
            sensitive=sensitive,
            fixed_levels=levels or None,
            l=plan.risk.l or (DEFAULT_L if sensitive else 0),
        )

    treatment = treat(fixed)
    if not treatment.satisfied and pinned and fixed == pinned:
        freed = treat({})
        if freed.satisfied:
            for name in pinned:
                if freed.levels[name] == 0:
                    continue
                column = plan.column(name)
                assert column is not None
                plan.risk.overrides.append(
                    {
                        "column": name,
                        "chosen": column.operator.name,
                        "applied": "generalize",
                        "reason": (
                            f"k={plan.risk.k} cannot be reached with this column unchanged; "
                            f"it is generalised to level {freed.levels[name]} instead"
                        ),
                    }
                )
                column.operator = OperatorSpec("generalize", {"qi_type": qis[name]})
            treatment = freed
    release_freed_memory()
    plan.risk.levels = dict(treatment.levels)
    return treatment


PREVIEW_ROWS = 10


def preview_table(
    source: shoal_io.TableSource,
    plan: Plan,
    *,
    analyzer: Any,
    key: str | bytes | None = None,
    rows: int = PREVIEW_ROWS,
    chunk_rows: int = CHUNK_ROWS,
) -> tuple[Plan, dict[str, Any], dict[str, Any] | None]:
    """The first ``rows`` records as the full run will write them, for the contributor to approve.

    Plans the risk treatment over the whole file first (the levels are stored in the returned copy of
    the plan, so the run repeats them and suppresses the same records), then transforms the head
    with the same `TableTransformer` the run uses. Returns (plan, preview, treatment report or None);
    the preview holds ``columns`` and ``rows`` (output values) plus ``marks`` (per column, one entry
    per row: ``generalized``, ``suppressed``, ``replaced`` or None) and ``treatment`` (per QI column
    its level and loss, with any operator ``overrides``). It quotes no raw value.
    """
    plan = copy.deepcopy(plan)
    treatment = _plan_risk(source, plan, chunk_rows)
    head = source.head(rows)
    transformer = TableTransformer(
        plan,
        analyzer=analyzer,
        key=key,
        treatment=treatment,
        apply_treatment=risk_mod.apply_treatment if treatment is not None else None,
    )
    after = transformer.transform(head, row_offset=0)
    suppressed = set()
    if treatment is not None:
        suppressed = {int(r) for r in treatment.suppressed_rows[treatment.suppressed_rows < len(head)]}
    treated = set(treatment.qi_types) if treatment is not None else set()
    generalized = {c.name for c in plan.columns if c.name in treated and c.operator.name == "generalize"}
    marks: dict[str, list[str | None]] = {}
    for name in after.columns:
        before_text = head[name].astype(object).where(head[name].notna(), "").astype(str).tolist()
        after_text = after[name].astype(object).where(after[name].notna(), "").astype(str).tolist()
        column_marks: list[str | None] = []
        for i, (a, b) in enumerate(zip(before_text, after_text, strict=True)):
            if name in treated and i in suppressed:
                column_marks.append("suppressed")
            elif a == b:
                column_marks.append(None)
            else:
                column_marks.append("generalized" if name in generalized else "replaced")
        marks[str(name)] = column_marks
    summary: dict[str, Any] = {"overrides": list(plan.risk.overrides), "columns": {}}
    if treatment is not None:
        summary.update(
            information_loss=treatment.information_loss,
            loss_measure=risk_mod.LOSS_MEASURE,
            suppression_share=treatment.suppression_share,
            satisfied=treatment.satisfied,
            reason=treatment.reason,
        )
        for name, level in treatment.levels.items():
            summary["columns"][name] = {
                "level": int(level),
                "max_level": risk_mod.max_level(treatment.qi_types[name]),
                "loss": treatment.column_loss.get(name, 0.0),
            }
    preview = {
        "columns": [str(c) for c in after.columns],
        "rows": [[_preview_cell(v) for v in row] for row in after.itertuples(index=False, name=None)],
        "marks": marks,
        "treatment": summary,
    }
    return plan, preview, treatment.report() if treatment is not None else None


def _preview_cell(value: Any) -> str | None:
    """A preview cell as text; None for a missing scalar."""
    if isinstance(value, list | tuple | dict) or hasattr(value, "__array__"):
        return str(value)
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def plan_split(
    input_path: str | Path,
    *,
    plan: Plan | dict[str, Any],
    risk: bool = True,
    chunk_rows: int = CHUNK_ROWS,
    analyzer: Any | None = None,
) -> tuple[Plan, int, dict[str, Any]]:
    """Prepare a table's run in parts: fix the risk levels over the whole table once (so every part
    suppresses the same records) and count the records. Returns (plan, records, risk report).

    The analyzer (the process-wide one by default) names the columns as `run` does: a header cell
    it finds personal is renamed there too, so the plan's column names match."""
    input_path = Path(input_path)
    fmt = shoal_io.detect_format(input_path)
    if fmt not in shoal_io.TABLE_FORMATS.values():
        raise ValueError("only tables are split into parts")
    plan = Plan.from_dict(plan) if isinstance(plan, dict) else copy.deepcopy(plan)
    if analyzer is None:
        from anonymize.engine import get_analyzer

        analyzer = get_analyzer()
    source = shoal_io.open_table(input_path, fmt, analyzer=analyzer)
    _check_plan_columns(plan, source.columns)
    if not risk:
        plan.risk.enabled = False
    treatment = _plan_risk(source, plan, chunk_rows)
    if treatment is not None and treatment.before is not None:
        return plan, treatment.before.records, treatment.report()
    records = sum(len(chunk) for chunk in source.iter_chunks(chunk_rows, columns=source.columns[:1]))
    return plan, records, {}


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


def _string_leaves(
    value: Any, path: str, out: list[tuple[str, list[Any], Any]], parent: Any, key: Any
) -> None:
    if isinstance(value, str):
        out.append((path, parent, key))
    elif isinstance(value, dict):
        for k, v in value.items():
            _string_leaves(v, f"{path}.{k}" if path else str(k), out, value, k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _string_leaves(v, f"{path}[]", out, value, i)


#: Records held back before writing, so that a name surely found later in a file is replaced in
#: the lines before it too (`TextAnonymizer.replace_late_names`); bounds the memory this costs.
LATE_NAMES_RECORDS = 20_000
#: A held text: ``(record, field, original, container, key)``, ``container[key]`` anonymised.
_Edit = tuple[int, str | None, str, Any, Any]


class _LateNames:
    """Anonymised records held back until the inventory of names has seen the records after them.

    Each held text is an edit ``(record, field, original, container, key)``: ``container[key]`` is
    its anonymised value. On `flush`, words of names that entered the inventory after a text was
    anonymised are replaced in it, the spans and counts completed, and everything written."""

    def __init__(self, anonymizer: Any, writer: Any, write_spans: Callable[[list[Span]], None]) -> None:
        self.anonymizer = anonymizer
        self.writer = writer
        self.write_spans = write_spans
        self.pending: list[tuple[list[Any], list[Span], list[_Edit]]] = []
        self.records = 0
        self.totals: Counter[str] = Counter()
        self.changed = 0

    def hold(self, out_records: list[Any], spans: list[Span], edits: list[_Edit]) -> None:
        self.pending.append((out_records, spans, edits))
        self.records += len(out_records)

    def flush(self) -> None:
        for out_records, spans, edits in self.pending:
            for record, field, original, container, key in edits:
                new, found = self.anonymizer.replace_late_names(original, container[key])
                if found:
                    container[key] = new
                    spans.extend(Span(record, r.start, r.end, r.entity_type, r.score, field) for r in found)
                if container[key] != original:
                    self.changed += 1
            self.totals.update(s.entity_type for s in spans)
            self.write_spans(spans)
            self.writer.write(out_records)
        self.pending = []
        self.records = 0


def _run_records(
    input_path: Path,
    tmp_path: Path,
    fmt: str,
    out_fmt: str,
    plan: Plan | None,
    analyzer: Any,
    key: str | bytes | None,
    report: Report,
    write_spans: Callable[[list[Span]], None],
    chunk_rows: int,
    progress: Callable[[float], None] | None,
    inventory: set[str] | None = None,
) -> Plan:
    """JSONL: every string field (recursively) anonymised, other values kept. TXT: one record per
    line; an identifier found in a block of lines is removed from all its lines (`anonymize_blocks`)."""
    plan = plan or Plan()
    plan.risk.enabled = False
    t0 = time.perf_counter()
    anonymizer = text_anonymizer(analyzer, plan, key)
    pool = _detection_pool(analyzer, input_path)
    anonymizer.pool = pool
    chunk_records = PARALLEL_CHUNK_RECORDS if pool is not None else 512
    writer: Any
    if out_fmt == fmt:
        writer = shoal_io.RecordWriter(tmp_path, fmt)
    elif out_fmt == "jsonl":
        writer = _TextAsJsonlWriter(tmp_path)
    else:
        writer = _ParquetRecordWriter(tmp_path, fmt)
    held = _LateNames(anonymizer, writer, write_spans)
    offset = 0
    chunks = shoal_io.iter_records(input_path, fmt, chunk_records=min(chunk_rows, chunk_records))
    if fmt == "txt":
        chunks = _whole_blocks(chunks)
    try:
        for records in chunks:
            if fmt == "txt":
                new, spans = anonymizer.anonymize_blocks(records, first_record=offset)
                out_records: list[Any] = new
                edits: list[_Edit] = [(offset + i, None, line, new, i) for i, line in enumerate(records)]
            else:
                leaves: list[tuple[str, Any, Any]] = []
                owners: list[int] = []
                holders: list[Any] = []
                for i, record in enumerate(records):
                    if shoal_io.is_blank_record(record):
                        continue
                    holder = [record]
                    holders.append(holder)
                    before = len(leaves)
                    _string_leaves(record, "", leaves, holder, 0)
                    owners.extend([offset + i] * (len(leaves) - before))
                texts = [parent[k] for _, parent, k in leaves]
                new = texts
                spans = []
                if texts:
                    name_fields = [is_name_key(path) for path, _, _ in leaves]
                    new, found = anonymizer.anonymize(texts, groups=owners, name_fields=name_fields)
                    spans = [
                        Span(
                            owners[s.record],
                            s.start,
                            s.end,
                            s.entity_type,
                            s.score,
                            leaves[s.record][0] or None,
                        )
                        for s in found
                    ]
                for (_, parent, k), value in zip(leaves, new, strict=True):
                    parent[k] = value
                edits = [
                    (owner, path or None, text, parent, k)
                    for owner, text, (path, parent, k) in zip(owners, texts, leaves, strict=True)
                ]
                holder_iter = iter(holders)
                out_records = [r if shoal_io.is_blank_record(r) else next(holder_iter)[0] for r in records]
            held.hold(out_records, spans, edits)
            offset += len(records)
            if held.records >= LATE_NAMES_RECORDS:
                held.flush()
                release_freed_memory()
        held.flush()
    finally:
        writer.close()
        if pool is not None:
            pool.close()
    report.rows = offset
    if inventory is not None:
        inventory |= anonymizer.inventory
    totals, changed = held.totals, held.changed
    report.entity_counts = dict(sorted(totals.items()))
    report.columns.append(
        ColumnReport(
            name="text" if fmt == "txt" else "*",
            kind=FREE_TEXT,
            entity=None,
            qi_type=None,
            confidence=1.0,
            operator="scan",
            cells_changed=changed,
            entities=dict(sorted(totals.items())),
        )
    )
    report.timings["transform"] = round(time.perf_counter() - t0, 3)
    if progress is not None:
        progress(0.95)
    return plan


def _detection_pool(analyzer: Any, input_path: Path) -> Any:
    """Worker processes for detection when the file is large enough to gain from them."""
    from anonymize.parallel import DetectionPool, default_processes

    processes = default_processes()
    if processes < 2 or input_path.stat().st_size < PARALLEL_MIN_BYTES:
        return None
    return DetectionPool(analyzer, processes)


def _whole_blocks(chunks: Iterator[list[Any]], max_lines: int = BLOCK_LINES) -> Iterator[list[Any]]:
    """Re-cut TXT chunks so none ends inside a block (see `block_bounds`): the unfinished last block
    of a chunk is held back and starts the next one. Adds at most ``max_lines`` lines to a chunk and
    gives the same blocks whatever the chunk size."""
    pending: list[Any] = []
    for chunk in chunks:
        lines = pending + chunk
        bounds = block_bounds(lines, max_lines)
        cut = len(lines)
        if bounds:
            start, end = bounds[-1]
            if end == len(lines) and end - start < max_lines:
                cut = start  # the block may go on in the next chunk
        pending = lines[cut:]
        if cut:
            yield lines[:cut]
    if pending:
        yield pending


class _TextAsJsonlWriter(shoal_io.RecordWriter):
    """TXT lines as a JSONL artifact: one ``{"text": line}`` object per line."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "jsonl")

    def write(self, records: list[Any]) -> None:
        super().write([{"text": line} for line in records])


class _ParquetRecordWriter:
    """Records to Parquet: TXT lines as a ``text`` column, JSONL records as a ``record`` JSON column."""

    def __init__(self, path: Path, fmt: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.column = "text" if fmt == "txt" else "record"
        self.fmt = fmt
        self.schema = pa.schema([pa.field(self.column, pa.string())])
        self.writer = pq.ParquetWriter(path, self.schema)

    def write(self, records: list[Any]) -> None:
        import pyarrow as pa

        values = [
            r
            if self.fmt == "txt"
            else (None if shoal_io.is_blank_record(r) else json.dumps(r, ensure_ascii=False))
            for r in records
        ]
        self.writer.write_table(pa.table({self.column: pa.array(values, type=pa.string())}))

    def close(self) -> None:
        self.writer.close()


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
    if text_surrogates and not plan.columns:  # realistic fakes would read as residual identifiers
        return cells
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


def pseudonym_key_from_env() -> str | None:
    """``PSEUDONYM_KEY`` from the environment, for callers (CLI, workers) to pass into `run`."""
    return os.environ.get("PSEUDONYM_KEY") or None

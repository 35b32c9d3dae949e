"""Before a run: the preview a contributor approves, and the plan fixed for a run split into parts."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pandas as pd

from anonymize import io as shoal_io
from anonymize import risk as risk_mod
from anonymize.pipeline.context import CHUNK_ROWS, _check_plan_columns
from anonymize.pipeline.treatment import _plan_risk
from anonymize.plan import Plan
from anonymize.tabular import TableTransformer

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

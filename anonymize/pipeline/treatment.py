"""The k-anonymity treatment planned over a whole table's quasi-identifier columns before it streams."""

from __future__ import annotations

from typing import Any

from anonymize import io as shoal_io
from anonymize import risk as risk_mod
from anonymize.pipeline.context import release_freed_memory
from anonymize.plan import OperatorSpec, Plan

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

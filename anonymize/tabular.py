"""Tabular anonymisation: apply a `Plan` to a table chunk by chunk.

Structured columns are transformed whole (vectorised, or once per distinct value): a column known to
hold IBANs needs no NER per cell. Only columns marked ``scan`` (free text) go through entity detection,
in batches; a record's own direct identifiers (its name, phone… from the structured columns) are
also searched for in its free text, so a note repeating the customer's name in lower case or a phone
in an exotic format is caught even when the detectors miss it. Quasi-identifiers are generalised by the risk treatment planned over the whole file when
one is given (row offsets keep chunk-wise suppression aligned), else by their `generalize` operator.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from anonymize.operators import Operator, build_operator
from anonymize.plan import Plan
from anonymize.profile import DIRECT
from anonymize.text import Span, TextAnonymizer, propagate

NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "del", "della", "dos", "das", "de", "la", "le", "mrs", "mr", "pan", "pani"}
)


def text_anonymizer(
    analyzer: Any, plan: Plan, key: str | bytes | None, operators: dict[str, Operator] | None = None
) -> TextAnonymizer:
    """The free-text anonymiser ``plan.text`` describes (default operator, kept entities, threshold)."""
    return TextAnonymizer(
        analyzer,
        operators=operators,
        default_operator=build_operator(
            plan.text.default_operator.name, plan.text.default_operator.params, key=key
        ),
        keep_entities=plan.text.keep_entities,
        score_threshold=plan.text.score_threshold,
    )


@dataclass
class ChunkStats:
    """Counts accumulated over chunks: cells changed per column, spans per column and entity."""

    rows: int = 0
    changed: Counter[str] = field(default_factory=Counter)
    entities: dict[str, Counter[str]] = field(default_factory=dict)

    def add_spans(self, column: str, spans: list[Span]) -> None:
        counter = self.entities.setdefault(column, Counter())
        counter.update(s.entity_type for s in spans)


class TableTransformer:
    """Build the operators of a plan once, then transform chunks."""

    def __init__(
        self,
        plan: Plan,
        *,
        analyzer: Any | None = None,
        key: str | bytes | None = None,
        treatment: Any | None = None,
        apply_treatment: Callable[..., pd.DataFrame] | None = None,
        on_spans: Callable[[list[Span]], None] | None = None,
    ) -> None:
        self.plan = plan
        self.treatment = treatment
        self.apply_treatment = apply_treatment
        self.on_spans = on_spans
        self.stats = ChunkStats()
        treated = set(treatment.qi_types) if treatment is not None else set()
        #: Direct-identifier columns whose values are also searched for in the same row's free text.
        self.known_columns: dict[str, str] = {
            c.name: c.entity or "REDACTED"
            for c in plan.columns
            if c.kind == DIRECT and c.operator.name != "keep" and not c.scan
        }
        self.operators: dict[str, Operator] = {}
        self.text: dict[str, TextAnonymizer] = {}
        # A record ID repeated in a note gets the same keyed pseudonym as its column, so it still joins.
        id_operators = {
            c.entity: build_operator(c.operator.name, c.operator.params, key=key)
            for c in plan.columns
            if c.entity == "RECORD_ID" and c.operator.name == "pseudonym"
        }
        for column in plan.columns:
            if column.name in treated and column.operator.name == "generalize":
                continue
            if column.operator.name != "keep":
                self.operators[column.name] = build_operator(
                    column.operator.name, column.operator.params, key=key
                )
            if column.scan:
                if analyzer is None:
                    raise ValueError("free-text columns need an analyzer")
                self.text[column.name] = text_anonymizer(
                    analyzer,
                    plan,
                    key,
                    operators={
                        **id_operators,
                        **{
                            e: build_operator(s.name, s.params, key=key)
                            for e, s in column.text_operators.items()
                        },
                    },
                )

    def _known_values(self, chunk: pd.DataFrame) -> list[list[tuple[str, str]]]:
        """Per row, the record's own direct identifiers (and, for names, each name part)."""
        rows: list[list[tuple[str, str]]] = [[] for _ in range(len(chunk))]
        for name, entity in self.known_columns.items():
            if name not in chunk.columns:
                continue
            for i, value in enumerate(chunk[name].tolist()):
                if not isinstance(value, str) or not value.strip():
                    continue
                value = value.strip()
                rows[i].append((value, entity))
                if entity == "PERSON":
                    rows[i].extend(
                        (part, entity)
                        for part in value.replace(",", " ").split()
                        if len(part) >= 3 and part.casefold() not in NAME_PARTICLES
                    )
        return rows

    def _scan_free_text(
        self, chunk: pd.DataFrame, out: pd.DataFrame, row_offset: int
    ) -> dict[str, pd.Series]:
        """Anonymise every free-text column of a chunk. Detection runs on all of them first, so an
        identifier found in one cell of a row is also removed from the row's other free-text cells,
        as are the row's own identifiers from its structured columns."""
        columns = [c for c in self.text if c in out.columns]
        if not columns:
            return {}
        texts: dict[str, list[str]] = {}
        detected: dict[str, list[Any]] = {}
        for name in columns:
            texts[name] = [
                "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v) for v in out[name]
            ]
            detected[name] = self.text[name].detect(texts[name])
        rows = len(out)
        known: list[list[tuple[str, str]]] = (
            self._known_values(chunk) if self.known_columns else [[] for _ in range(rows)]
        )
        for name in columns:
            own = propagate(texts[name], detected[name])
            for i in range(rows):
                known[i].extend(own[i])
        result: dict[str, pd.Series] = {}
        for name in columns:
            original = out[name]
            new, spans = self.text[name].apply(
                texts[name], detected[name], first_record=row_offset, field=name, known=known
            )
            self.stats.add_spans(name, spans)
            if self.on_spans is not None and spans:
                self.on_spans(spans)
            replaced = pd.Series(new, index=original.index, dtype=object)
            result[name] = replaced.where(~original.isna(), original)
            self.stats.changed[name] += sum(1 for a, b in zip(texts[name], new, strict=True) if a != b)
        return result

    def transform(self, chunk: pd.DataFrame, *, row_offset: int) -> pd.DataFrame:
        """Anonymise one chunk; ``row_offset`` is the position of its first row in the file."""
        out = chunk.copy()
        if self.treatment is not None and self.apply_treatment is not None:
            treated = self.apply_treatment(out, self.treatment, row_offset=row_offset)
            for name in self.treatment.qi_types:
                before = out[name]
                after = treated[name]
                self.stats.changed[name] += int((before.astype(str) != after.astype(str)).sum())
                out[name] = after.astype(object).where(after.notna(), "")
        scanned = self._scan_free_text(chunk, out, row_offset)
        for column in self.plan.columns:
            name = column.name
            if name not in out.columns:
                continue
            if name in scanned:
                out[name] = scanned[name]
            operator = self.operators.get(name)
            if operator is not None:
                before = out[name]
                after = operator.apply(before, column.entity)
                self.stats.changed[name] += int(
                    (
                        before.astype(object).astype(str) != pd.Series(after, index=before.index).astype(str)
                    ).sum()
                )
                out[name] = after
        self.stats.rows += len(out)
        return out

"""Self-check: re-scan a sample of the output and count residual identifiers, with signals of its
own besides the analyzer that produced the output (name positions read loosely, the names replaced
elsewhere in the run), so it cannot pass what the detectors missed.

Only direct identifiers count as residual (quasi-identifiers are the risk gate's business, dates and
organisations are context). In structured columns the profiler judged not personal and kept, only
pattern and checksum entities count (e-mail, phone, IBAN, card, IP, national IDs, URL): NER reads
product models (``Galaxy S23``) and country codes as names, and those columns hold no prose. NER
entities (PERSON, LOCATION, NRP…) count in free text only. Placeholders such as ``<PERSON>`` are masked before scanning so they are
not mistaken for findings. Findings carry entity type, column and count, never a value; when the
share of scanned cells with a finding exceeds the plan's ``max_residual_rate`` the run fails.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from presidio_analyzer import RecognizerResult

from anonymize.entities import DIRECT_ENTITIES, Category, category_of
from anonymize.errors import SelfCheckError
from anonymize.recognizers.filters import NEGATIVE_CONTEXT, NEGATIVE_CONTEXT_PRONE, drop_recurring_things
from anonymize.recognizers.person_trims import vowelless_capitals
from anonymize.recognizers.products import beside_product, in_order_line, product_run
from anonymize.text import analyze_texts, inventory_names

PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z_]*>")
MIN_SCORE = 0.6
#: Entities found by NER or by context-free word lists rather than by a pattern or a checksum.
NER_ENTITIES: frozenset[str] = frozenset(
    {"PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME", "STREET_ADDRESS"}
)
#: What counts as residual in a structured, kept column: pattern/checksum direct identifiers.
PATTERN_ENTITIES: frozenset[str] = DIRECT_ENTITIES - NER_ENTITIES


@dataclass
class SelfCheckResult:
    """Residual direct identifiers found in the output sample."""

    cells_scanned: int = 0
    cells_with_findings: int = 0
    findings: list[dict[str, Any]] = field(default_factory=list)
    max_residual_rate: float = 0.02
    #: Cells flagged per signal (``detectors``, ``structure``, ``inventory``).
    signals: dict[str, int] = field(default_factory=dict)

    @property
    def residual_rate(self) -> float:
        return self.cells_with_findings / self.cells_scanned if self.cells_scanned else 0.0

    @property
    def passed(self) -> bool:
        return self.residual_rate <= self.max_residual_rate

    def to_dict(self) -> dict[str, Any]:
        return {
            "cells_scanned": self.cells_scanned,
            "cells_with_findings": self.cells_with_findings,
            "residual_rate": round(self.residual_rate, 4),
            "max_residual_rate": self.max_residual_rate,
            "passed": self.passed,
            "signals": self.signals,
            "findings": self.findings,
        }

    def raise_if_failed(self) -> None:
        if not self.passed:
            summary = ", ".join(
                f"{f['entity_type']} in {f['column']}: {f['count']}" for f in self.findings[:10]
            )
            raise SelfCheckError(
                f"self-check failed: {self.residual_rate:.1%} of {self.cells_scanned} scanned output cells still "
                f"hold direct identifiers (limit {self.max_residual_rate:.1%}): {summary}",
                self.findings,
            )


def self_check(
    analyzer: Any,
    cells: Sequence[tuple[str, str]],
    *,
    max_residual_rate: float = 0.02,
    min_score: float = MIN_SCORE,
    structured_columns: Collection[str] = (),
    inventory: Collection[str] = (),
) -> SelfCheckResult:
    """Scan ``(column, text)`` pairs from the output; returns counts per (column, entity).

    Three signals count, so the check cannot pass what the detectors alone would miss:

    - ``detectors``: the analyzer that produced the output, through
      `anonymize.recognizers.filter_results` like the anonymizer's own findings;
    - ``structure``: a name position (chat speaker, @mention, greeting, sign-off, cue phrase) that
      still holds a name-like word, read more loosely than the detectors read it
      (`find_name_positions(loose=True)`);
    - ``inventory``: a word of a name replaced elsewhere in the same run (``inventory``) that is
      still present, outside product names.

    Cells of ``structured_columns`` (kept columns the profiler judged not personal) count only
    `PATTERN_ENTITIES` from the detectors; every other cell is free text and counts all three.
    """
    from anonymize.recognizers.name_context import find_name_positions

    result = SelfCheckResult(max_residual_rate=max_residual_rate)
    # Placeholders become a capitalised word of the same length, so the text keeps its casing and
    # shape around them ("<PERSON> wrapping requested." stays a cased sentence); findings on them
    # are ignored.
    texts = [_fill_placeholders(text) for _, text in cells]
    holes = [[m.span() for m in PLACEHOLDER_RE.finditer(text)] for _, text in cells]
    found = [
        [
            r
            for r in results
            if not _on_placeholder(r.start, r.end, spans) and not _noun_read_as_a_name(text, r)
        ]
        for results, spans, text in zip(
            analyze_texts(analyzer, texts, score_threshold=min_score), holes, texts, strict=True
        )
    ]
    found = drop_recurring_things(texts, found)  # as the anonymizer reads a batch: "leitão Bairrada"
    structured = frozenset(structured_columns)
    references = {c for c in structured if _names_a_reference(c)}
    names = frozenset(inventory)
    counts: Counter[tuple[str, str]] = Counter()
    signals: Counter[str] = Counter()
    for (column, _), text, results, spans in zip(cells, texts, found, holes, strict=True):
        direct = {r.entity_type for r in results if category_of(r.entity_type) is Category.DIRECT}
        if column in structured:
            direct &= PATTERN_ENTITIES
            if column in references:
                direct -= NEGATIVE_CONTEXT_PRONE  # number shapes a reference's digits take by chance
        else:
            if direct:
                signals["detectors"] += 1
            if any(
                not _on_placeholder(s, e, spans)
                and not _names_company(text, s, e)
                and not _names_product(text, s, e)
                and not vowelless_capitals(text[s:e])  # "ZCZC TLX/…": a telex header
                for s, e, _, _ in find_name_positions(text, loose=True)
            ):
                direct.add("PERSON")
                signals["structure"] += 1
            if names and _inventory_hit(text, names):
                direct.add("PERSON")
                signals["inventory"] += 1
        if direct:
            result.cells_with_findings += 1
        counts.update((column, entity) for entity in direct)
    result.cells_scanned = sum(1 for _, t in cells if t.strip())
    result.signals = dict(signals)
    result.findings = [
        {"column": column, "entity_type": entity, "count": n}
        for (column, entity), n in sorted(counts.items())
    ]
    return result


def _fill_placeholders(text: str) -> str:
    """Each placeholder as a word of its length in the case of its line: capitalised ("Xxxxxxxx") in a
    cased line, all capitals in a shouted one, where a capitalised word would set the line's other
    words apart as a name ("KEIN VORSTIEG für Xxxxxxxx")."""

    def line(part: str) -> str:
        letters = [c for c in PLACEHOLDER_RE.sub("", part) if c.isalpha()]
        shouted = len(letters) >= 8 and all(not c.islower() for c in letters)
        return PLACEHOLDER_RE.sub(
            lambda m: "X" * len(m.group()) if shouted else "X" + "x" * (len(m.group()) - 1), part
        )

    return "\n".join(line(part) for part in text.split("\n"))


def _names_a_reference(column: str) -> bool:
    """A header that names a business reference ("order_no", "Rechnungsnummer", "réf"): the numbers
    under it are phone- or postcode-shaped by chance, as after the same words in a text."""
    last = column.rsplit(".", 1)[-1].removesuffix("[]").casefold()
    return last in _NUMBER_KEYS or bool(NEGATIVE_CONTEXT.search(re.sub(r"[_\W]+", " ", column).strip()))


#: Bare "number" keys of a JSON path ("huur.nummer", "reparacion.n"): the record's own reference.
_NUMBER_KEYS = frozenset({"n", "nr", "no", "num", "number", "nummer", "numer", "numero", "número", "numéro"})


def _inventory_hit(text: str, names: Collection[str]) -> bool:
    """A word of a replaced name is still in ``text`` (the anonymizer's own rule,
    `anonymize.text.inventory_names`: not a common word of the text's language, not in a product name)."""
    return bool(inventory_names(text, names))


def _names_company(text: str, start: int, end: int) -> bool:
    """A name position whose words run on to a company's legal form ("Corriere Lampo Srl") or stand
    beside a trade noun ("chez Garage du Pont-Neuf"): the anonymizer reads it as that company
    (`anonymize.recognizers.before_company`, `companies.business_around`), so does the check."""
    from anonymize.recognizers import before_company
    from anonymize.recognizers.companies import business_around

    found = before_company(text, RecognizerResult("PERSON", start, end, 1.0))
    return found.end <= found.start or business_around(text, start, end)


def _names_product(text: str, start: int, end: int) -> bool:
    """A name position holding a product's words ("renal diet Lyon Chef Knife", "Utrecht Bike Lock"):
    the anonymizer keeps products named after people and places (`anonymize.recognizers.products`),
    so does the check."""
    return (
        beside_product(text, start, end)
        or product_run(text, start, end)
        or in_order_line(text, start, end, cued=True)
    )


def _label_read_as_a_name(text: str, result: RecognizerResult, value: str) -> bool:
    """A model's one lower-case word closing a phrase before a colon and a list ("Na dzień otwarty
    zapisani: Xxxxxxxx i Xxxxxxxx"): the phrase's last word, a label; a chat's speaker opens its line."""
    from anonymize.recognizers._base import SHAPE_AND_MODEL_NAME_SOURCES, recognizer_name

    return (
        result.entity_type == "PERSON"
        and recognizer_name(result) in {"SpacyRecognizer", *SHAPE_AND_MODEL_NAME_SOURCES}
        and value.isalpha()
        and value.islower()
        and text[result.end : result.end + 1] == ":"
        and re.search(r"[^\W\d_]{2,}[ \t]+$", text[max(0, result.start - 30) : result.start]) is not None
    )


def _on_placeholder(start: int, end: int, holes: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in holes)


def _noun_read_as_a_name(text: str, result: RecognizerResult) -> bool:
    """spaCy's one-word PERSON that is a common English word, no listed name, before a lower-case word
    ("Receipt countersigned by Xxxxxxxx"): the filled placeholders lend it a name's context that the
    anonymizer, reading the real text, did not see."""
    from anonymize.recognizers._base import recognizer_name
    from anonymize.recognizers.person_names import is_listed_name
    from anonymize.vocabulary import zipf

    value = text[result.start : result.end]
    if _label_read_as_a_name(text, result, value):
        return True
    return (
        result.entity_type == "PERSON"
        and recognizer_name(result) == "SpacyRecognizer"
        and value.isalpha()
        and zipf(value.casefold(), "en") >= 3.5
        and not is_listed_name(value)
        and bool(re.match(r" [a-z]", text[result.end : result.end + 2]))
    )

"""Free-text anonymisation: batched spaCy + Presidio detection, then one operator per entity type.

spaCy runs once per batch of texts through ``nlp.pipe`` (Presidio's ``process_batch``) with the
dependency parser switched off: Presidio needs tokens, lemmas and entities, not the parse, and the
parser is the most expensive component. Each text is then analysed with its precomputed artifacts.
Overlapping findings are resolved greedily (higher score, then longer span) and replaced from the end
of the text, so output is deterministic.
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from presidio_analyzer import RecognizerResult

from anonymize.operators import Operator, build_operator

LANGUAGE = "en"
BATCH_SIZE = 128
#: Presidio entities that fire on arbitrary codes in EU data with no signal for us (US formats).
NOISY_ENTITIES = frozenset(
    {"US_DRIVER_LICENSE", "US_BANK_NUMBER", "US_PASSPORT", "US_ITIN", "MEDICAL_LICENSE"}
)


@dataclass(frozen=True)
class Span:
    """A detected entity: where, what, how sure. Never the matched text."""

    record: int
    start: int
    end: int
    entity_type: str
    score: float
    field: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "record": self.record,
            "start": self.start,
            "end": self.end,
            "entity_type": self.entity_type,
            "score": round(self.score, 3),
        }
        if self.field is not None:
            out["field"] = self.field
        return out


def _post_filter() -> Any:
    try:
        from anonymize.recognizers import filter_results
    except ImportError:
        return None
    return filter_results


@contextlib.contextmanager
def _fast_pipeline(analyzer: Any) -> Iterator[None]:
    nlp = (
        getattr(analyzer.nlp_engine, "nlp", {}).get(LANGUAGE) if hasattr(analyzer.nlp_engine, "nlp") else None
    )
    if nlp is not None and "parser" in nlp.pipe_names:
        with nlp.select_pipes(disable=["parser"]):
            yield
    else:
        yield


def supported_entities(analyzer: Any) -> list[str]:
    """Entities the analyzer can find, minus US-only formats that only add noise on EU data."""
    return sorted(set(analyzer.get_supported_entities(language=LANGUAGE)) - NOISY_ENTITIES)


#: Short texts are analysed in packs joined by this separator: one spaCy doc and one pass of every
#: recognizer per pack instead of per text (Presidio's per-call overhead dominates on short cells).
PACK_SEPARATOR = "\n\n\u00b6\n\n"
PACK_CHARS = 600
PACK_TEXTS = 12


def _packs(texts: Sequence[str], indices: Sequence[int]) -> list[list[int]]:
    packs: list[list[int]] = []
    current: list[int] = []
    size = 0
    for i in indices:
        length = len(texts[i])
        if current and (size + length > PACK_CHARS or len(current) >= PACK_TEXTS):
            packs.append(current)
            current, size = [], 0
        current.append(i)
        size += length + len(PACK_SEPARATOR)
    if current:
        packs.append(current)
    return packs


def analyze_texts(
    analyzer: Any,
    texts: Sequence[str],
    *,
    score_threshold: float = 0.35,
    entities: list[str] | None = None,
    batch_size: int = BATCH_SIZE,
    pack: bool = True,
) -> list[list[RecognizerResult]]:
    """Detect entities in each text; returns one result list per text (empty texts give []).

    With ``pack`` short texts are joined into packs of up to `PACK_CHARS` characters, analysed
    together and the findings mapped back (a finding crossing a separator is cut at its text's end).
    """
    entities = entities or supported_entities(analyzer)
    out: list[list[RecognizerResult]] = [[] for _ in texts]
    todo = [i for i, t in enumerate(texts) if t and t.strip()]
    if not todo:
        return out
    packs = _packs(texts, todo) if pack else [[i] for i in todo]
    joined = [PACK_SEPARATOR.join(texts[i] for i in group) for group in packs]
    post_filter = _post_filter()
    with _fast_pipeline(analyzer):
        artifacts = analyzer.nlp_engine.process_batch(joined, language=LANGUAGE, batch_size=batch_size)
        for group, (text, nlp_artifacts) in zip(packs, artifacts, strict=True):
            results = analyzer.analyze(
                text=text,
                language=LANGUAGE,
                entities=entities,
                nlp_artifacts=nlp_artifacts,
                score_threshold=score_threshold,
            )
            if len(group) == 1:
                if post_filter is not None:
                    results = post_filter(text, results)
                out[group[0]] = list(results)
                continue
            starts: list[int] = []
            position = 0
            for i in group:
                starts.append(position)
                position += len(texts[i]) + len(PACK_SEPARATOR)
            for r in results:
                slot = bisect.bisect_right(starts, r.start) - 1
                i = group[slot]
                begin = r.start - starts[slot]
                end = min(r.end - starts[slot], len(texts[i]))
                if begin >= len(texts[i]) or end <= begin:
                    continue
                out[i].append(
                    RecognizerResult(
                        r.entity_type, begin, end, r.score, r.analysis_explanation, r.recognition_metadata
                    )
                )
            if post_filter is not None:
                for i in group:
                    if out[i]:
                        out[i] = list(post_filter(texts[i], out[i]))
    return out


def resolve_overlaps(results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """Merge overlapping spans into their union, labelled by the best of them (higher score, then
    longer span, then entity name).

    Keeping only the best span would leave the rest of a longer one behind (a surname outside the
    first name's span); redacting the union removes every character some recognizer flagged.
    """
    merged: list[RecognizerResult] = []
    for r in sorted(results, key=lambda r: (r.start, -r.end)):
        if merged and r.start < merged[-1].end:
            group = merged[-1]
            best = min((group, r), key=lambda x: (-x.score, -(x.end - x.start), x.entity_type))
            merged[-1] = RecognizerResult(
                best.entity_type, group.start, max(group.end, r.end), best.score, best.analysis_explanation
            )
        else:
            merged.append(RecognizerResult(r.entity_type, r.start, r.end, r.score, r.analysis_explanation))
    return merged


class TextAnonymizer:
    """Replace detected entities in texts with one operator per entity type."""

    def __init__(
        self,
        analyzer: Any,
        *,
        operators: dict[str, Operator] | None = None,
        default_operator: Operator | None = None,
        keep_entities: Sequence[str] = (),
        score_threshold: float = 0.35,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.analyzer = analyzer
        self.operators = operators or {}
        self.default_operator = default_operator or build_operator("placeholder")
        self.keep_entities = frozenset(keep_entities)
        self.score_threshold = score_threshold
        self.batch_size = batch_size
        self.entities = [e for e in supported_entities(analyzer) if e not in self.keep_entities]

    def anonymize(
        self,
        texts: Sequence[str],
        *,
        first_record: int = 0,
        field: str | None = None,
        known: Sequence[Sequence[tuple[str, str]]] | None = None,
    ) -> tuple[list[str], list[Span]]:
        """Anonymise ``texts``; returns the new texts and the spans found (offsets into the input).

        Identical texts are analysed once. ``known`` gives, per text, ``(value, entity)`` pairs known
        to be personal (the record's own identifiers from its structured columns): their occurrences
        are replaced too, whatever the detectors say.
        """
        distinct: dict[str, int] = {}
        for text in texts:
            distinct.setdefault(text, len(distinct))
        unique = list(distinct)
        unique_results = analyze_texts(
            self.analyzer,
            unique,
            score_threshold=self.score_threshold,
            entities=self.entities,
            batch_size=self.batch_size,
        )
        out: list[str] = []
        spans: list[Span] = []
        for offset, text in enumerate(texts):
            found = [r for r in unique_results[distinct[text]] if r.entity_type not in self.keep_entities]
            if known is not None and known[offset]:
                found.extend(find_known(text, known[offset]))
            kept = resolve_overlaps(found)
            new = text
            for r in reversed(kept):
                operator = self.operators.get(r.entity_type, self.default_operator)
                new = new[: r.start] + operator.operate(text[r.start : r.end], r.entity_type) + new[r.end :]
            out.append(new)
            spans.extend(
                Span(first_record + offset, r.start, r.end, r.entity_type, float(r.score), field)
                for r in kept
            )
        return out, spans


def find_known(text: str, known: Sequence[tuple[str, str]]) -> list[RecognizerResult]:
    """Occurrences (case-insensitive, on word boundaries) of known personal values in ``text``."""
    if not text:
        return []
    lowered = text.casefold()
    results: list[RecognizerResult] = []
    for value, entity in known:
        needle = value.casefold()
        if len(needle) < 3 or len(lowered) != len(text):
            continue
        start = lowered.find(needle)
        while start != -1:
            end = start + len(needle)
            before_ok = start == 0 or not lowered[start - 1].isalnum()
            after_ok = end == len(lowered) or not lowered[end].isalnum()
            if before_ok and after_ok:
                results.append(RecognizerResult(entity, start, end, 1.0))
            start = lowered.find(needle, end)
    return results

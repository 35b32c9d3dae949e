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
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from presidio_analyzer import RecognizerResult

from anonymize.operators import Operator, build_operator
from anonymize.parallel import MIN_SHARD_TEXTS
from anonymize.propagation import (
    BLOCK_LINES,
    INVENTORY_WORD_RE,
    NAME_PART_RE,
    as_name_field,
    block_bounds,
    block_known_values,
    completed_name,
    coordinated_names,
    find_known,
    inventory_names,
    is_sure,
    propagate,
    usable_name_part,
)
from anonymize.recognizers import filter_results
from anonymize.recognizers.filters import drop_recurring_things
from anonymize.recognizers.name_context import PACK_MARK

__all__ = [
    "BLOCK_LINES",
    "Span",
    "TextAnonymizer",
    "analyze_texts",
    "block_bounds",
    "block_known_values",
    "inventory_names",
    "propagate",
    "resolve_overlaps",
    "supported_entities",
]

LANGUAGE = "en"

BATCH_SIZE = 128

#: Presidio entities that fire on arbitrary codes in EU data with no signal for us (US formats).
NOISY_ENTITIES = frozenset(
    {"US_DRIVER_LICENSE", "US_BANK_NUMBER", "US_PASSPORT", "US_ITIN", "MEDICAL_LICENSE"}
)

#: Most name words a run remembers for the self-check (a few MiB at most).
INVENTORY_LIMIT = 200_000


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
PACK_SEPARATOR = f"\n\n{PACK_MARK}\n\n"

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
    texts = [slashes_between_words(t) if t and "/" in t else t for t in texts]
    out: list[list[RecognizerResult]] = [[] for _ in texts]
    todo = [i for i, t in enumerate(texts) if t and t.strip()]
    if not todo:
        return out
    packs = _packs(texts, todo) if pack else [[i] for i in todo]
    joined = [PACK_SEPARATOR.join(texts[i] for i in group) for group in packs]
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
                out[group[0]] = list(filter_results(text, results))
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
            for i in group:  # also with no finding: rules on the filtered findings may add names
                out[i] = list(filter_results(texts[i], out[i]))
    return out


#: A slash between two words of two letters or more, in a token with no dot, colon or "@" (no URL, path
#: or address): "Mbong/Liwanag", "Sêkî/TSILBAD".
_SLASH_PAIR = re.compile(
    r"(?<![\w.:@/])([^\W\d_]{2,}(?:[ \t][^\W\d_]{2,})?)/(?=[^\W\d_]{2,}(?![\w]*[.:@/]\w))"
)


def slashes_between_words(text: str) -> str:
    """``text`` with the slash of a slashed pair of words read as a comma, offsets unchanged: "Ngengithando
    Mbong/Liwanag Gubat" names two people that every reader sees glued into one token otherwise."""
    return _SLASH_PAIR.sub(lambda m: m.group(1) + ",", text)


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


#: A token going on right after a finding's part on a following line ("ZCZC TLX|/TOU/66662"): that
#: line's head is no continuation of the finding (a town line ends with a word), it starts like one.
_CONTINUES = re.compile(r"[/\\_.@-]?[^\W_]")


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
        #: The words of every name replaced so far (lower case, in memory only): the self-check
        #: looks for them in the output, wherever the detectors missed them.
        self.inventory: set[str] = set()
        #: Worker processes for large batches (`anonymize.parallel.DetectionPool`), set by the pipeline.
        self.pool: Any = None

    def anonymize(
        self,
        texts: Sequence[str],
        *,
        first_record: int = 0,
        field: str | None = None,
        known: Sequence[Sequence[tuple[str, str]]] | None = None,
        groups: Sequence[int] | None = None,
        name_fields: Sequence[bool] | None = None,
        field_entities: Sequence[str | None] | None = None,
    ) -> tuple[list[str], list[Span]]:
        """Anonymise ``texts``; returns the new texts and the spans found (offsets into the input).

        ``name_fields`` marks texts that are a name by their place (a JSON ``user`` or ``author``
        field): such a text is a name or a user name as a whole (see `name_field_entity`), and its
        parts are looked for in every text of its group. ``field_entities`` names, per text, an
        entity its place makes it as a whole (a JSON ``nascimento`` of dates: ``DATE_OF_BIRTH``).

        Identical texts are analysed once. ``known`` gives, per text, ``(value, entity)`` pairs known
        to be personal (the record's own identifiers from its structured columns): their occurrences
        are replaced too, whatever the detectors say. An identifier detected in a text is also
        replaced wherever else it occurs in that text and, with ``groups`` (a record number per text,
        e.g. the string fields of one JSON record), in every text of the same group.
        """
        detected = self.detect(texts)
        if name_fields is not None:
            detected = [
                as_name_field(text, found) if flagged else found
                for text, found, flagged in zip(texts, detected, name_fields, strict=True)
            ]
        if field_entities is not None:
            detected = [
                [RecognizerResult(entity, 0, len(text), 1.0)] if entity and text.strip() else found
                for text, found, entity in zip(texts, detected, field_entities, strict=True)
            ]
        known = propagate(texts, detected, known=known, groups=groups)
        return self.apply(texts, detected, first_record=first_record, field=field, known=known)

    def anonymize_blocks(
        self,
        lines: Sequence[str],
        *,
        first_record: int = 0,
        field: str | None = None,
        max_block_lines: int = BLOCK_LINES,
    ) -> tuple[list[str], list[Span]]:
        """Anonymise ``lines`` of running text; an identifier found in one line of a block is also
        removed from every other line of the same block. Returns one output line per input line.

        A block is a run of non-blank lines (a paragraph, a ticket, an e-mail), cut every
        ``max_block_lines`` lines (see `block_bounds`). The header ``From: Anna Kovács`` gives NER the
        context that the body line ``kovács will call back`` lacks: the direct identifiers detected
        in a block (plus the name parts of its people) are matched in all its lines with
        `find_known`. The values live only in memory, for the block.

        Detection reads each block as one text, so a line has the lines around it as context: the
        sign-off above a lone "Neise", the chat speakers of the lines before.
        """
        bounds = block_bounds(lines, max_block_lines)
        detected = self._detect_blocks(lines, bounds)
        block: list[Sequence[tuple[str, str]]] = [() for _ in lines]
        for start, end in bounds:
            values = block_known_values(lines[start:end], detected[start:end], sure_only=True)
            for i in range(start, end):
                block[i] = values
        # plus each line's own findings across the line, the names model's too (a line is a record)
        known = propagate(lines, detected, known=block)
        return self.apply(lines, detected, first_record=first_record, field=field, known=known)

    def _detect_blocks(
        self, lines: Sequence[str], bounds: Sequence[tuple[int, int]]
    ) -> list[list[RecognizerResult]]:
        """Findings per line, detected on each block joined by newlines and cut back into lines."""
        detected: list[list[RecognizerResult]] = [[] for _ in lines]
        blocks = ["\n".join(lines[start:end]) for start, end in bounds]
        for (start, end), found in zip(bounds, self.detect(blocks), strict=True):
            offsets = []
            position = 0
            for i in range(start, end):
                offsets.append(position)
                position += len(lines[i]) + 1
            for r in found:
                first = bisect.bisect_right(offsets, r.start) - 1
                for k in range(first, end - start):
                    line_start = offsets[k]
                    line_end = line_start + len(lines[start + k])
                    if line_start >= r.end:
                        break
                    begin, stop = max(r.start, line_start), min(r.end, line_end)
                    if k > first and _CONTINUES.match(lines[start + k], stop - line_start):
                        break  # an address running on into the head of the next record ("ZCZC TLX/…")
                    if stop > begin:
                        detected[start + k].append(
                            RecognizerResult(
                                r.entity_type,
                                begin - line_start,
                                stop - line_start,
                                r.score,
                                r.analysis_explanation,
                                r.recognition_metadata,
                            )
                        )
        return detected

    def detect(self, texts: Sequence[str]) -> list[list[RecognizerResult]]:
        """Detector findings per text, identical texts analysed once, kept entities dropped."""
        distinct: dict[str, int] = {}
        for text in texts:
            distinct.setdefault(text, len(distinct))
        unique = list(distinct)
        if self.pool is not None and len(unique) >= 2 * MIN_SHARD_TEXTS:
            unique_results = self.pool.detect(
                unique,
                entities=self.entities,
                score_threshold=self.score_threshold,
                batch_size=self.batch_size,
            )
        else:
            unique_results = analyze_texts(
                self.analyzer,
                unique,
                score_threshold=self.score_threshold,
                entities=self.entities,
                batch_size=self.batch_size,
            )
        unique_results = drop_recurring_things(unique, unique_results)
        return [
            [r for r in unique_results[distinct[text]] if r.entity_type not in self.keep_entities]
            for text in texts
        ]

    def _remember_names(self, text: str, found: Sequence[RecognizerResult]) -> None:
        """Add the words of the sure names detected in a text to the inventory (`is_sure`: not a
        model alone; their repetitions found by propagation add nothing new);
        a name that overlaps another finding (a street named after someone, an e-mail) is not sure
        enough to be remembered either."""
        others = [r for r in found if r.entity_type != "PERSON"]
        for r in found:
            if (
                r.entity_type != "PERSON"
                or not is_sure(r)
                or any(o.start < r.end and r.start < o.end for o in others)
            ):
                continue
            self.inventory.update(
                p.casefold() for p in NAME_PART_RE.findall(text[r.start : r.end]) if usable_name_part(p)
            )

    def replace_late_names(self, original: str, output: str) -> tuple[str, list[RecognizerResult]]:
        """Replace in ``output`` (the anonymised ``original``) the words of names that entered the
        inventory only after it was written: a surname surely found in line 30 recurs in line 5.
        Returns the new output and the replaced words as findings in ``original``'s offsets.

        The output is matched, not the original: what an earlier pass replaced is gone from it, so
        only the words still present are found, with `inventory_names`' own exclusions (common
        words, product names) read in the anonymised context."""
        if not self.inventory or "PERSON" in self.keep_entities:
            return output, []
        late = inventory_names(output, self.inventory)
        if not late:
            return output, []
        words = {output[r.start : r.end].casefold() for r in late}
        operator = self.operators.get("PERSON", self.default_operator)
        new = output
        for r in reversed(late):
            new = new[: r.start] + operator.operate(output[r.start : r.end], "PERSON") + new[r.end :]
        in_original = [
            r
            for r in (
                RecognizerResult(
                    "PERSON", m.start(), m.end(), 0.6, recognition_metadata={"recognizer_name": "Inventory"}
                )
                for m in INVENTORY_WORD_RE.finditer(original)
            )
            if original[r.start : r.end].casefold() in words
        ]
        return new, in_original

    def apply(
        self,
        texts: Sequence[str],
        detected: Sequence[Sequence[RecognizerResult]],
        *,
        first_record: int = 0,
        field: str | None = None,
        known: Sequence[Sequence[tuple[str, str]]] | None = None,
    ) -> tuple[list[str], list[Span]]:
        """Replace ``detected`` findings and the occurrences of ``known`` values in ``texts``."""
        out: list[str] = []
        spans: list[Span] = []
        for offset, text in enumerate(texts):
            found = list(detected[offset])
            if known is not None and known[offset]:
                found.extend(
                    r for r in find_known(text, known[offset]) if r.entity_type not in self.keep_entities
                )
            found = [completed_name(text, r) if r.entity_type == "PERSON" else r for r in found]
            found.extend(coordinated_names(text, [r for r in found if r.entity_type == "PERSON"]))
            if len(self.inventory) < INVENTORY_LIMIT:
                self._remember_names(text, detected[offset])
            if self.inventory and "PERSON" not in self.keep_entities:
                found.extend(inventory_names(text, self.inventory))
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

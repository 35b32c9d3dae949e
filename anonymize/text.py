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
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from presidio_analyzer import RecognizerResult

from anonymize.entities import Category, category_of
from anonymize.operators import Operator, build_operator
from anonymize.parallel import MIN_SHARD_TEXTS
from anonymize.recognizers import filter_results
from anonymize.recognizers.name_context import PACK_MARK

LANGUAGE = "en"
BATCH_SIZE = 128
#: Presidio entities that fire on arbitrary codes in EU data with no signal for us (US formats).
NOISY_ENTITIES = frozenset(
    {"US_DRIVER_LICENSE", "US_BANK_NUMBER", "US_PASSPORT", "US_ITIN", "MEDICAL_LICENSE"}
)
#: Most lines of running text that share their findings (see `TextAnonymizer.anonymize_blocks`).
BLOCK_LINES = 200
#: Words NER sometimes takes for (part of) a name: never propagated as a known value on their own.
NAME_STOP_WORDS = frozenset(
    """
    the and for from dear hello hi hey thanks thank you regards best kind cheers team support customer
    service order ticket re fwd subject sent date mr mrs ms miss dr prof sir madam please yes not with
    this that sincerely all admin info sales
    """.split()  # noqa: SIM905 - a word list reads best as words
)
#: Most name words a run remembers for the self-check (a few MiB at most).
INVENTORY_LIMIT = 200_000
_NAME_PART_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


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
            for i in group:
                if out[i]:
                    out[i] = list(filter_results(texts[i], out[i]))
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
    ) -> tuple[list[str], list[Span]]:
        """Anonymise ``texts``; returns the new texts and the spans found (offsets into the input).

        ``name_fields`` marks texts that are a name by their place (a JSON ``user`` or ``author``
        field): such a text is a name or a user name as a whole (see `name_field_entity`), and its
        parts are looked for in every text of its group.

        Identical texts are analysed once. ``known`` gives, per text, ``(value, entity)`` pairs known
        to be personal (the record's own identifiers from its structured columns): their occurrences
        are replaced too, whatever the detectors say. An identifier detected in a text is also
        replaced wherever else it occurs in that text and, with ``groups`` (a record number per text,
        e.g. the string fields of one JSON record), in every text of the same group.
        """
        detected = self.detect(texts)
        if name_fields is not None:
            detected = [
                _as_name_field(text, found) if flagged else found
                for text, found, flagged in zip(texts, detected, name_fields, strict=True)
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
        known: list[Sequence[tuple[str, str]]] = [() for _ in lines]
        for start, end in bounds:
            values = block_known_values(lines[start:end], detected[start:end], sure_only=True)
            for i in range(start, end):
                known[i] = values
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
                p.casefold() for p in _NAME_PART_RE.findall(text[r.start : r.end]) if _usable_name_part(p)
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
                for m in _INVENTORY_WORD_RE.finditer(original)
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
            found = [_completed(text, r) if r.entity_type == "PERSON" else r for r in found]
            found.extend(_coordinated(text, [r for r in found if r.entity_type == "PERSON"]))
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


def is_blank_line(line: str) -> bool:
    return not line.strip()


def block_bounds(lines: Sequence[str], max_lines: int = BLOCK_LINES) -> list[tuple[int, int]]:
    """``(start, end)`` of each block of ``lines``: a run of non-blank lines, cut every ``max_lines``
    lines so memory and the reach of a finding stay bounded. Blank lines belong to no block."""
    if max_lines < 1:
        raise ValueError("max_lines must be at least 1")
    bounds: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate(lines):
        if is_blank_line(line):
            if start is not None:
                bounds.append((start, i))
                start = None
            continue
        if start is None:
            start = i
        elif i - start >= max_lines:
            bounds.append((start, i))
            start = i
    if start is not None:
        bounds.append((start, len(lines)))
    return bounds


def is_sure(result: RecognizerResult, *, within_record: bool = False) -> bool:
    """A finding sure enough to be looked for beyond its own text: anything but a PERSON from a
    model alone (spaCy's or Shoal's names model), from a first name heading another NER span, or
    from a first name with an unlisted word after it (those are often product or company names,
    "Frida Fauteuil"). ``within_record``: for the other places of the same text or record, where
    the names model's reading counts too."""
    if result.entity_type != "PERSON":
        return True
    name = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
    if within_record and name == "LearnedNameRecognizer":
        return True  # the names model's reading holds across its own record, not beyond
    return name not in _UNSURE_NAME_SOURCES and result.score >= 0.6


_UNSURE_NAME_SOURCES = frozenset({"SpacyRecognizer", "LearnedNameRecognizer"})


def block_known_values(
    lines: Sequence[str],
    detected: Sequence[Sequence[RecognizerResult]],
    *,
    sure_only: bool = False,
    within_record: bool = False,
) -> tuple[tuple[str, str], ...]:
    """``(value, entity)`` pairs to look for in every line of a block: each direct identifier
    detected in it and, for a PERSON, each name part of 3+ letters that is not a common word.
    With ``sure_only``, only findings `is_sure` accepts count (for lines other than their own).

    Sorted, so the result does not depend on detection order.
    """
    values: dict[tuple[str, str], str] = {}  # (entity, casefolded value) -> one spelling of it

    def add(value: str, entity: str) -> None:
        key = (entity, value.casefold())
        values[key] = min(values.get(key, value), value)  # same spelling whatever the line order

    for line, results in zip(lines, detected, strict=True):
        for r in results:
            if category_of(r.entity_type) is not Category.DIRECT or (
                sure_only and not is_sure(r, within_record=within_record)
            ):
                continue
            value = line[r.start : r.end].strip()
            if r.entity_type == "PERSON":
                parts = _NAME_PART_RE.findall(value)
                usable = [p for p in parts if len(p) >= 3 and _usable_name_part(p)]
                if not usable:
                    continue  # "Hello" or "Dear Team" read as a person: nothing to look for
                for part in usable:
                    add(part, r.entity_type)
            if len(value) >= 3 and value.casefold() not in NAME_STOP_WORDS:
                add(value, r.entity_type)
    return tuple((value, entity) for (entity, _), value in sorted(values.items()))


def propagate(
    texts: Sequence[str],
    detected: Sequence[Sequence[RecognizerResult]],
    *,
    known: Sequence[Sequence[tuple[str, str]]] | None = None,
    groups: Sequence[int] | None = None,
) -> list[Sequence[tuple[str, str]]]:
    """Per text, the values to replace wherever they occur: ``known`` (the record's structured
    identifiers) plus every identifier detected in the text itself or, with ``groups``, in any text
    of its group. A name found once ("behandeld door Nur") is thus also removed where nothing
    announced it ("Nur belt morgen terug")."""
    own: list[Sequence[tuple[str, str]]] = [
        block_known_values([text], [found], sure_only=True, within_record=True) if found else ()
        for text, found in zip(texts, detected, strict=True)
    ]
    if groups is not None:
        merged: dict[int, dict[tuple[str, str], None]] = {}
        for group, values in zip(groups, own, strict=True):
            merged.setdefault(group, {}).update(dict.fromkeys(values))
        for text, group in zip(texts, groups, strict=True):
            merged[group].update(dict.fromkeys(_grown_names(text, tuple(merged[group]))))
        own = [tuple(merged[group]) for group in groups]
    if known is None:
        return own
    return [tuple(dict.fromkeys((*k, *o))) for k, o in zip(known, own, strict=True)]


_USER_NAME_SHAPE = re.compile(r"@?[\w.+-]*(?:\d|[._])[\w.+-]*")


def name_field_entity(value: str) -> str | None:
    """What a value in a name's place is: ``USERNAME`` for a handle ("larktony28", "paasche.bjorger"),
    ``PERSON`` for one to four words of letters, None for anything else (an e-mail address, a date,
    a sentence, "system" or "support", which detection handles)."""
    from anonymize.recognizers.name_cues import NOT_NAMES

    stripped = value.strip()
    if not stripped or len(stripped) > 80 or not any(ch.isalpha() for ch in stripped):
        return None
    if "@" in stripped.lstrip("@") or "://" in stripped:
        return None
    words = stripped.split()
    if all(w.strip(".,:;()").casefold() in NOT_NAMES for w in words):
        return None
    if len(words) == 1 and _USER_NAME_SHAPE.fullmatch(stripped):
        return "USERNAME"
    if len(words) > 4 or any(ch.isdigit() for ch in stripped):
        return None
    return "PERSON"


def _as_name_field(text: str, found: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """The findings of a text in a name field: the whole value as one name when it is one."""
    entity = name_field_entity(text)
    if entity is None:
        return list(found)
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return [RecognizerResult(entity, start, end, 1.0, recognition_metadata={"recognizer_name": "NameField"})]


def inventory_names(text: str, inventory: Collection[str]) -> list[RecognizerResult]:
    """Words of ``text`` that are words of a name surely found earlier in the same file ("Hohlleitner"
    signed one e-mail; a later ticket mentions "hohlleitner"): the names the self-check's inventory
    would find, replaced before it looks. A word common in the text's language (the surname Fall is
    the German noun "Fall") or part of a product name is left alone, as the self-check leaves it."""
    from anonymize.recognizers.name_cues import NOT_NAMES
    from anonymize.recognizers.products import beside_product
    from anonymize.vocabulary import guess_languages, is_common_word

    results: list[RecognizerResult] = []
    languages: tuple[str, ...] | None = None
    for match in _INVENTORY_WORD_RE.finditer(text):
        word = match.group().casefold()
        if word not in inventory or word in NOT_NAMES or beside_product(text, match.start(), match.end()):
            continue
        if languages is None:
            languages = guess_languages(text)
        if not is_common_word(word, languages, threshold=3.5):
            results.append(
                RecognizerResult(
                    "PERSON",
                    match.start(),
                    match.end(),
                    0.6,
                    recognition_metadata={"recognizer_name": "Inventory"},
                )
            )
    return results


_INVENTORY_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _grown_names(text: str, values: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Name parts a propagated name grows over in ``text`` ("aslanlı" found after "mrs.", then
    "bahar aslanlı" here): they are names of the same record too."""
    persons = [v for v in values if v[1] == "PERSON"]
    if not persons:
        return []
    grown: list[tuple[str, str]] = []
    for r in find_known(text, persons):
        completed = _completed(text, r)
        if (completed.start, completed.end) == (r.start, r.end):
            continue
        for part in _NAME_PART_RE.findall(
            text[completed.start : r.start] + " " + text[r.end : completed.end]
        ):
            if len(part) >= 3 and _usable_name_part(part):
                grown.append((part, "PERSON"))
    return grown


def _coordinated(text: str, names: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """Names joined by a conjunction to a name found ("Oyelaran and Tjarvi will call back")."""
    from anonymize.recognizers.name_context import coordinated_name

    extra: list[RecognizerResult] = []
    ends = {r.end for r in names}
    for end in sorted(ends):
        span = coordinated_name(text, end)
        while span is not None and span[1] not in ends:
            extra.append(RecognizerResult("PERSON", span[0], span[1], 0.7))
            ends.add(span[1])
            span = coordinated_name(text, span[1])
    return extra


def _completed(text: str, result: RecognizerResult) -> RecognizerResult:
    """A PERSON finding grown over the surname that follows it and the first name before it (see
    `complete_name` and `complete_name_start`)."""
    from anonymize.recognizers.name_context import complete_name, complete_name_start

    end = complete_name(text, result.start, result.end)
    start = complete_name_start(text, result.start, result.end)
    if end == result.end and start == result.start:
        return result
    return RecognizerResult(
        result.entity_type,
        start,
        end,
        result.score,
        result.analysis_explanation,
        result.recognition_metadata,
    )


def _usable_name_part(part: str) -> bool:
    """A word of a detected name worth finding on its own: not a greeting or stop word, and not a
    very common word unless it is a known name ("Anna" yes, "Gold" from "Rose Gold" no)."""
    from anonymize.recognizers.person_names import name_lists
    from anonymize.vocabulary import LANGUAGES, stop_words, zipf

    folded = part.casefold()
    if folded in NAME_STOP_WORDS or folded in stop_words("en"):
        return False
    first, last = name_lists()
    if folded in first or folded in last:
        return True
    return max(zipf(folded, lang) for lang in LANGUAGES) < 4.5


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
            if (
                entity == "PERSON"
                and lowered[end : end + 1] == "s"
                and not lowered[end + 1 : end + 2].isalnum()
            ):
                end += 1  # a genitive without apostrophe: "Annas Bestellung", "Pieters fiets"
            after_ok = end == len(lowered) or not lowered[end].isalnum()
            if before_ok and after_ok:
                results.append(RecognizerResult(entity, start, end, 1.0))
            start = lowered.find(needle, end)
    return results

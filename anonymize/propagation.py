"""Values found once, found everywhere: text blocks, sure findings, known values carried to their
other occurrences, name inventories and name completion.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from presidio_analyzer import RecognizerResult

from anonymize.entities import Category, category_of
from anonymize.recognizers._base import SHAPE_AND_MODEL_NAME_SOURCES, recognizer_name, respan, token_around

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

NAME_PART_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def is_blank_line(line: str) -> bool:
    """A line with nothing but whitespace: it ends a block (see `block_bounds`)."""
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
    name = recognizer_name(result)
    if within_record and name in SHAPE_AND_MODEL_NAME_SOURCES:
        return True  # the names model's or the name shape's reading holds across its own record, not beyond
    return name not in _UNSURE_NAME_SOURCES and result.score >= 0.6


_UNSURE_NAME_SOURCES = frozenset({"SpacyRecognizer", *SHAPE_AND_MODEL_NAME_SOURCES})


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
                parts = NAME_PART_RE.findall(value)
                usable = [p for p in parts if len(p) >= 3 and usable_name_part(p)]
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


def as_name_field(text: str, found: Sequence[RecognizerResult]) -> list[RecognizerResult]:
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
    for match in INVENTORY_WORD_RE.finditer(text):
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


INVENTORY_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _grown_names(text: str, values: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Name parts a propagated name grows over in ``text`` ("aslanlı" found after "mrs.", then
    "bahar aslanlı" here): they are names of the same record too."""
    persons = [v for v in values if v[1] == "PERSON"]
    if not persons:
        return []
    grown: list[tuple[str, str]] = []
    for r in find_known(text, persons):
        completed = completed_name(text, r)
        if (completed.start, completed.end) == (r.start, r.end):
            continue
        for part in NAME_PART_RE.findall(text[completed.start : r.start] + " " + text[r.end : completed.end]):
            if len(part) >= 3 and usable_name_part(part):
                grown.append((part, "PERSON"))
    return grown


def coordinated_names(text: str, names: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """Names joined by a conjunction to a name found ("Oyelaran and Tjarvi will call back", "vasal as
    well as <name>")."""
    from anonymize.recognizers.name_context import coordinated_before, coordinated_name

    extra: list[RecognizerResult] = []
    starts = {r.start for r in names}
    for start in sorted(starts):
        before = coordinated_before(text, start)
        if before is not None and before[0] not in starts:
            extra.append(RecognizerResult("PERSON", before[0], before[1], 0.7))
    ends = {r.end for r in names}
    for end in sorted(ends):
        span = coordinated_name(text, end)
        while span is not None and span[1] not in ends:
            extra.append(RecognizerResult("PERSON", span[0], span[1], 0.7))
            ends.add(span[1])
            span = coordinated_name(text, span[1])
    return extra


def completed_name(text: str, result: RecognizerResult) -> RecognizerResult:
    """A PERSON finding grown over the surname that follows it and the first name before it (see
    `complete_name` and `complete_name_start`)."""
    from anonymize.recognizers.name_context import complete_name, complete_name_start

    end = complete_name(text, result.start, result.end)
    start = complete_name_start(text, result.start, result.end)
    if end == result.end and start == result.start:
        return result
    return respan(result, start, end)


def usable_name_part(part: str) -> bool:
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
    if not known or len(lowered) != len(text):
        return results
    # A value is found only where a word starts, so its first three letters must open a word here:
    # one pass over the text spares a scan of it for each of the run's known values.
    openings = {lowered[i : i + 3] for i in range(len(lowered)) if i == 0 or not lowered[i - 1].isalnum()}
    for value, entity in known:
        needle = value.casefold()
        if len(needle) < 3 or needle[:3] not in openings:
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
            if (
                before_ok
                and after_ok
                and not (entity == "PERSON" and _in_handle_free_code(lowered, start, end))
                and not (entity == "PERSON" and " " not in needle and _after_product_noun(text, start))
            ):
                results.append(RecognizerResult(entity, start, end, 1.0))
            start = lowered.find(needle, end)
    return results


def _after_product_noun(text: str, start: int) -> bool:
    """A product noun stands right before ``start`` ("reader bag| Bruno"): a name found elsewhere in
    the record names the product here, as `anonymize.recognizers.products.beside_product` reads it."""
    from anonymize.recognizers.products import is_product_noun, word_before

    before = word_before(text, start)
    return before is not None and is_product_noun(before)


def _in_handle_free_code(text: str, start: int, end: int) -> bool:
    """The occurrence is part of a code ("KNF-411-OAK"), as the recognizers judge it
    (`anonymize.recognizers._base.in_code_token`), and not of a handle or an address (``@oak_77``
    still holds the name)."""
    token = token_around(text, start, end)
    return "@" not in token and any(ch.isdigit() for ch in token)

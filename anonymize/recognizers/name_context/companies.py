"""Names beside companies and products ("Anna from Acme", "Lampe Florence … Nur") and names
written in capitals on a line of their own.
"""

from __future__ import annotations

import re

from anonymize.recognizers import name_cues
from anonymize.recognizers.name_context.acceptance import (
    _GAP_IN_NAME,
    _case,
    _name_before,
    acceptable,
    glued_to_digits,
)
from anonymize.recognizers.name_context.cues import _NAME_JOINERS, WEAK, Cue, LineContext
from anonymize.recognizers.name_cues.name_before import after_booking_verb
from anonymize.recognizers.name_shapes import THING_ARTICLES, after_article
from anonymize.recognizers.products import is_product_noun
from anonymize.vocabulary import LANGUAGES, stop_words

#: Weak: a company's own name often has a word before "de"/"di" ("Cycles du Canal", "Fiori di Campo").
FROM_COMPANY_CUE = Cue("from_company", WEAK, lower_in_cased=True)

#: "from" between a person and the company they work for, in the languages Shoal reads (not the
#: contracted articles "du", "del", "della", which join the words of a company's own name), and "via"
#: between a parcel's recipient and its carrier ("to adir via Ashfold LLP").
_FROM_WORDS = frozenset(
    "from of at von vom bei de di da van uit z ze od via über przez pela pelo con".split()  # noqa: SIM905
)


def _from_company_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """The person before "from <company with its legal form>" ("Rozmowa: Vasiini z Drukarnia
    Atrament s.c.", "call with ilkka from Nordlys Trading Ltd"): one or two name-shaped words right
    before the preposition, when a legal form closes the company's name within five words."""
    from anonymize.recognizers import legal_form_ahead

    spans = []
    for i in range(1, len(words) - 1):
        if words[i].group().casefold() not in _FROM_WORDS or not legal_form_ahead(line, words[i].end()):
            continue
        name = _name_before(line, words, i, FROM_COMPANY_CUE, context)
        if (
            name is None
            or is_product_noun(line[name[0] : name[1]])
            or _booked_thing(line, words, name[0])  # "reservierte Sonnenaufgangsfahrt bei … AG"
            or _runs_on_before(line, words, name, context)
        ):
            continue
        spans.append((*name, FROM_COMPANY_CUE.score, "from_company"))
    return spans


def _booked_thing(line: str, words: list[re.Match[str]], start: int) -> bool:
    """The words up to ``start`` are what a booking verb booked, no punctuation between: "reservierte
    |Sonnenaufgangsfahrt| bei …", "zarezerwował(a) Lejce |parciane| przez …" (a thing's name, not a
    person from the company)."""
    first = next((k for k, w in enumerate(words) if w.start() >= start), len(words))
    return any(
        after_booking_verb(line, words[k].start()) and not _CLAUSE_MARK.search(line, words[k].start(), start)
        for k in range(max(0, first - 3), min(first + 1, len(words)))
    )


_CLAUSE_MARK = re.compile(r"[,;:.!?()]")


def _runs_on_before(
    line: str, words: list[re.Match[str]], name: tuple[int, int], context: LineContext
) -> bool:
    """The word before ``name`` continues it (same case, no common word) or joins it to another
    ("Gaz et Lumière"): the run is a company's name, not a person from it."""
    before = [w for w in words if w.end() <= name[0]]
    if not before or not _GAP_IN_NAME.fullmatch(line[before[-1].end() : name[0]]):
        return False
    word = before[-1].group()
    folded = word.casefold()
    if folded in _NAME_JOINERS:
        return True
    languages = (*context.languages, "en") if context.languages else LANGUAGES
    common = any(folded in stop_words(lang) for lang in languages)
    return not common and _case(word) == _case(line[name[0] : name[1]])


AFTER_PRODUCT_CUE = Cue("after_product", 3.0, lower_in_cased=True)


def _after_product_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """The person named right after a product ("Couette Amelie Brekraek Trzesłaenko - lid
    cracked", "Oscar Lampa Kostek Buczyński"): within six words after a product noun, the first
    run of two or more rare or known same-case words, less its first word when the run is longer
    (the product's own name: "Amelie"); colours and sizes between are skipped."""
    spans = []
    for p, noun in enumerate(words):
        if not is_product_noun(noun.group()):
            continue
        run: list[re.Match[str]] = []
        for match in words[p + 1 : p + 7]:
            joined = not run or _GAP_IN_NAME.fullmatch(line[run[-1].end() : match.start()])
            name_like = (
                not glued_to_digits(line, match)
                and not is_product_noun(match.group())
                and (not run or _case(match.group()) == _case(run[0].group()))
                and acceptable(match.group(), AFTER_PRODUCT_CUE, context)
            )
            if name_like and joined:
                run.append(match)
                continue
            if len(run) >= 2:
                break
            run = [match] if name_like else []
        if run and _case(run[0].group()) == "lower" and len(run) < 3:
            continue  # lower case: "theepot marco omgeruild" is a product and a verb, not a name
        if run and after_article(line, run[0].start(), THING_ARTICLES, by_language=False):
            continue  # "alarm on the Westerly Centaur": English puts no article before a person
        if len(run) >= 3:
            run = run[1:]
        if run and re.match(r"[ \t]+(?:[x×][ \t]?)?\d", line[run[-1].end() :]):
            continue  # "Órbita Boavista 28", "Tenda a Bracci Ostro x4": a model and its number or quantity
        if len(run) >= 2:
            spans.append((run[0].start(), run[-1].end(), AFTER_PRODUCT_CUE.score, "after_product"))
    return spans


CAPITALS_CUE = Cue("capitals", 3.5)


def _whole_line_names(text: str) -> list[tuple[int, int, float, str]]:
    """A line (a field, a cell) that holds nothing but two or three name-shaped words, each rare in
    every language or a known name ("Saya Gillabert" under ``meta.agent``): a name position."""
    from anonymize.profile import rare_name_shape
    from anonymize.recognizers.person_names import SIGN_OFF_WORDS_RE

    spans = []
    offset = 0
    for line in text.split("\n"):
        value = line.strip()
        words = value.split()
        if (
            2 <= len(words) <= 3
            and not SIGN_OFF_WORDS_RE.fullmatch(value.rstrip(",.!"))
            and len(value) <= 60
            and len({_case(w) for w in words}) == 1
            and rare_name_shape(value)
            and not any(w.casefold() in name_cues.NOT_NAMES for w in words)
        ):
            start = offset + line.index(value)
            spans.append((start, start + len(value), 0.7, "whole line"))
        offset += len(line) + 1
    return spans


def _capitals_spans(
    line: str, words: list[re.Match[str]], context: LineContext
) -> list[tuple[int, int, float, str]]:
    """Two or three ALL-CAPS rare words in a cased line ("Duvet Amelie SHERIKA JØNSSON - lid
    cracked"): how forms and some writers set a name apart."""
    if not context.cased:
        return []
    spans = []
    run: list[re.Match[str]] = []
    for match in [*words, None]:
        word = match.group() if match is not None else ""
        joined = (
            bool(run) and match is not None and _GAP_IN_NAME.fullmatch(line[run[-1].end() : match.start()])
        )
        if match is not None and word.isupper() and len(word) >= 2 and (joined or not run):
            run.append(match)
            continue
        if (
            2 <= len(run) <= 3
            and any(len(m.group()) >= 4 for m in run)
            and all(acceptable(m.group(), CAPITALS_CUE, context) for m in run)
            and not glued_to_digits(line, run[-1])  # "INVOICE INV-84156": a code's prefix
        ):
            spans.append((run[0].start(), run[-1].end(), 0.6, "capitals"))
        run = [match] if match is not None and word.isupper() and len(word) >= 2 else []
    return spans

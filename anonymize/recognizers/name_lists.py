"""Names in a list of names: "idą ouva, gerdyy i cihamaollintl", "Branwen Mrkos, Faustýn Jiránek,
Manka und ich".

A list whose items around a word are names found by other readers makes that word a name too: an
item between two names ("ouva, gerdyy i cihamaollintl"), or between a name and the writer's own
pronoun closing the list ("…, Manka und ich"). The item must be one or two words of no common use
(Zipf below `MAX_ZIPF` in every language Shoal reads, no stop word), so "Anna, the driver and Bo"
keeps "the driver".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import RecognizerResult

from anonymize.recognizers._base import respan

#: A list's separator: a comma, or a word for "and" in the languages Shoal reads.
_SEPARATOR = r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|und|et|y|e|en|i|oraz|og|och|&)[ \t]+)"

#: One or two words of letters (any script's accents: "Phầu").
_ITEM = r"(?P<item>[^\W\d_][^\W\d_'’.-]*(?:[ \t][^\W\d_][^\W\d_'’.-]*)?)"

_AFTER_NAME = re.compile(_SEPARATOR + _ITEM + r"(?P<close>" + _SEPARATOR + r")")

#: The writer closing a list of people with themselves.
_FIRST_PERSON = frozenset("ich me moi io yo ja eu myself mich mir".split())  # noqa: SIM905

#: A word this common in some language is a word there, not a name in a list.
MAX_ZIPF = 3.5


def complete_lists(text: str, results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` plus the list items that sit between names (see the module's docstring)."""
    persons = sorted((r for r in results if r.entity_type == "PERSON"), key=lambda r: r.start)
    if len(persons) < 1:
        return list(results)
    starts = {r.start for r in persons}
    added: list[RecognizerResult] = []
    for person in persons:
        match = _AFTER_NAME.match(text, person.end)
        if match is None or not _plain_item(match.group("item")):
            continue
        after = match.end("close")
        next_word = re.match(r"[^\W\d_]+", text[after : after + 12])
        closes = after in starts or (next_word is not None and next_word.group().casefold() in _FIRST_PERSON)
        if closes and not any(r.start <= match.start("item") < r.end for r in persons):
            added.append(respan(person, *match.span("item")))
    return [*results, *added]


def _plain_item(item: str) -> bool:
    """One or two words, each no stop word and rare in every language Shoal reads."""
    from anonymize.vocabulary import LANGUAGES, stop_words, zipf

    for word in item.split():
        folded = word.casefold()
        if any(folded in stop_words(lang) for lang in LANGUAGES):
            return False
        if max(zipf(folded, lang) for lang in LANGUAGES) >= MAX_ZIPF:
            return False
    return True

"""Who a business document is for, whom an engraving names and who did what a clause ends on.

- The recipient after a reference number and "for"/"to" in the languages Shoal reads, closed by a
  colon or by the document's next part ("Quote THA-44523/25 for oleh: …", "Sales invoice
  SI-2025-96506 to rigas for THA-52756/25", "Colis 1Z3809760956921156 pour domra parti avec …").
- The name on an engraving or a plaque: after such a label, one to three words and a year in quotes
  («Gochujang Hanok 2022»), or a dedication in quotes ("« Pour Saon, avec nos remerciements, 2000 »").
- Who a clause ends on after "by" ("receipt by ushanka.", "Quittung durch karki.").

Typed in a hurry, such names are often lower case and no list holds them; the slot itself says who
it is. The words must be of no common use in any language (`name_lists.plain_item`), no place Shoal
knows and no brand's camel case, and no company's legal form may follow, so "for delivery:", "to
Klaipeda for transshipment", "przez InPost" and "door Gebr. Klaver V.O.F." stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import RecognizerResult

from anonymize.recognizers.companies import legal_form_ahead

#: A reference with a digit: "SI-2025-31421", "THA-57691/25", "RR943886395GB", "1Z0066637386279979".
_REFERENCE = r"(?<![\w/-])(?=[\w/-]*\d)[A-Z0-9][\w/-]{3,}"
#: "for"/"to" before a recipient.
_TO = r"(?i:for|to|pour|à|a|für|an|voor|aan|para|per|dla|do)"
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
#: What follows the recipient: a colon, or the document's next part ("for <reference>", "went with").
_NEXT = (
    r"(?=[ \t]*:|[ \t]+(?i:for|pour|por|per|zu|voor|do|went|parti|partito|ging|salió|seguiu|wyszła)(?![\w-]))"
)
_RECIPIENT = re.compile(rf"{_REFERENCE}[ \t]+{_TO}[ \t]+(?P<name>{_WORD}(?:[ \t]{_WORD})?){_NEXT}")

#: What an engraving or a plaque is called, shortly before its text in quotes.
_ENGRAVING = re.compile(
    r"(?i:engrav|inscri|plaque|gravur|gravier|plakette|gravure|grabad|placa|incis|targa|gravação|grawer"
    r"|tabliczk|plaatje|napis)"
)
#: A text in quotes: "for" and a name, a short phrase after a comma and a year («Pour Saon, avec nos
#: remerciements, 2000»), or, after an engraving's label, one to three words and a year («Gochujang
#: Hanok 2022»).
_DEDICATION = re.compile(
    r"[«„“\"'‘‹][ \t]*(?P<to>(?i:for|pour|für|voor|para|per|dla|a|à)[ \t]+)?"
    rf"(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,2}})(?P<phrase>,[^«»„“”\"'‘’‹›\n]{{1,40}},)?[ \t]+(?:19|20)\d\d[ \t]*"
    r"[»“”\"'’›]"
)
#: Who did it, closing a clause after "by": one or two words before a full stop, a semicolon, a bracket
#: or the end.
_BY = re.compile(
    r"(?<![\w-])(?i:by|durch|door|przez|pelo|pela)[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]{_WORD})?)(?=[ \t]*(?:[.;!?)\n]|$))"
)
_BY_WORDS = ("by ", "durch ", "door ", "przez ", "pelo ", "pela ")
_QUOTES = frozenset("«„“\"'‘‹")
_CAMEL = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")

SCORE = 0.6
_NAME = "RecipientRule"


def with_recipients(text: str, results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` plus the recipients after a reference, the names of engravings and plaques and the
    "by" agents closing a clause (see the module's docstring) not found yet."""
    matches: list[re.Match[str]] = []
    digits = any(ch.isdigit() for ch in text)
    if digits:
        matches.extend(_RECIPIENT.finditer(text))
        if any(ch in _QUOTES for ch in text):
            matches.extend(_dedications(text))
    lowered = text.casefold()
    if any(word in lowered for word in _BY_WORDS):
        matches.extend(_BY.finditer(text))
    if not matches:
        return list(results)
    taken = [(r.start, r.end) for r in results]
    added: list[RecognizerResult] = []
    for match in matches:
        start, end = match.span("name")
        if any(s < end and start < e for s, e in taken) or not _could_be_a_name(
            text, match.group("name"), start
        ):
            continue
        added.append(
            RecognizerResult(
                "PERSON",
                start,
                end,
                SCORE,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _NAME},
            )
        )
        taken.append((start, end))
    return [*results, *added]


def _dedications(text: str) -> list[re.Match[str]]:
    """Quoted dedications ("for" and a name, or a phrase after a comma), and quoted names with a year
    shortly after an engraving's or a plaque's label (a wine's «Sauternes 2015» has none)."""
    return [
        m
        for m in _DEDICATION.finditer(text)
        if m.group("to") or m.group("phrase") or _ENGRAVING.search(text, max(0, m.start() - 40), m.start())
    ]


def _could_be_a_name(text: str, name: str, start: int) -> bool:
    """One to three words of no common use, no place, no brand's camel case, no company ahead."""
    from anonymize.profile.vocabularies import city_vocabulary
    from anonymize.recognizers.name_cues import NOT_NAMES
    from anonymize.recognizers.name_lists import plain_item

    words = name.split()
    return (
        len(name) >= 3
        and plain_item(name)
        and not any(w.casefold() in NOT_NAMES or _CAMEL.search(w) for w in words)
        and name.casefold() not in city_vocabulary()
        and not legal_form_ahead(text, start, 4)  # "verzonden door Gebr. Klaver V.O.F."
    )

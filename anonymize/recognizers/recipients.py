"""Who a business document is for: the word after a reference number and "for"/"to" in the languages
Shoal reads, closed by a colon or by the document's next part ("Quote THA-44523/25 for oleh: …",
"Sales invoice SI-2025-96506 to rigas for THA-52756/25", "Colis 1Z3809760956921156 pour domra parti
avec …", "Offerte MOL-62003/25 voor uafa: …"), who did what a clause ends on ("receipt by ushanka."), and whom an engraving or a plaque names: one to three words and a
year in quotes («Gochujang Hanok 2022»), or a dedication ("« Pour Saon, avec nos remerciements, 2000 »").

Typed in a hurry, the recipient is often lower case and no list holds it; the slot itself says who it
is. One or two words of no common use in any language (`name_lists._plain_item`), so "for delivery:"
or "to the warehouse for" stay.
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

#: An engraving's or a plaque's text in quotes: "for" or not, one to three words, a short phrase after
#: a comma or not, and a year closing it («Gochujang Hanok 2022», 'Voor Glafira, met dank, 2006').
_DEDICATION = re.compile(
    r"[«„“\"'‘‹][ \t]*(?:(?i:for|pour|für|voor|para|per|dla|a|à)[ \t]+)?"
    rf"(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,2}})(?:,[^«»„“”\"'‘’‹›\n]{{1,40}},)?[ \t]+(?:19|20)\d\d[ \t]*[»“”\"'’›]"
)

#: Who did it, closing a clause after "by" ("receipt by ushanka.", "Quittung durch karki.", "kwitantie
#: door ghazal."): one or two words right before a full stop, a semicolon, a bracket or the end.
_BY = re.compile(
    r"(?<![\w-])(?i:by|durch|door|par|przez|pelo|pela)[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]{_WORD})?)(?=[ \t]*(?:[.;!?)\n]|$))"
)

SCORE = 0.6
_NAME = "RecipientRule"


def with_recipients(text: str, results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` plus the recipients after a reference and the names of engravings and plaques (see
    the module's docstring) not found yet."""
    from anonymize.recognizers.name_cues import NOT_NAMES
    from anonymize.recognizers.name_lists import _plain_item

    taken = [(r.start, r.end) for r in results]
    added: list[RecognizerResult] = []
    for match in (*_RECIPIENT.finditer(text), *_DEDICATION.finditer(text), *_BY.finditer(text)):
        start, end = match.span("name")
        name = match.group("name")
        if any(s < end and start < e for s, e in taken) or not _plain_item(name):
            continue
        if legal_form_ahead(text, start, 4):
            continue  # "verzonden door Gebr. Klaver V.O.F.": a firm's name goes on
        if any(word.casefold() in NOT_NAMES for word in name.split()) or len(name) < 3:
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
    return [*results, *added]

"""Who a business document is for, whom an engraving names and who did what a clause ends on.

- The recipient after a reference number and "for"/"to" in the languages Shoal reads, closed by a
  colon or by the document's next part ("Quote THA-44523/25 for oleh: …", "Sales invoice
  SI-2025-96506 to rigas for THA-52756/25", "Colis 1Z3809760956921156 pour domra parti avec …").
- The name on an engraving or a plaque: after such a label, one to three words and a year in quotes
  («Gochujang Hanok 2022»), or a dedication in quotes ("« Pour Saon, avec nos remerciements, 2000 »").
- Who a clause ends on after "by" ("receipt by ushanka.", "Quittung durch karki.").
- Who sits in a seat of a seating plan: a seat's code and one to three words closing the item
  ("Plano de mesas: 20A Aza Petrova, al lado de …", "Posto 24B: Lika Jvalevskaya.").
- Who the next clause is about, after a person's clause and a comma or a semicolon: one or two rare
  words before a lower-case verb ("<name> bitte vorher anrufen; jarrah bringt die Leiter", "<name>
  voyage souvent, umiak ouvre la porte").

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
_TO = r"(?i:for|to|pour|à|a|für|an|voor|aan|naar|para|per|dla|do|of|from|de|di|da|von|van|od|z)"
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
#: What follows the recipient: a colon, or the document's next part ("for <reference>", "went with").
_NEXT = (
    r"(?=[ \t]*:|[ \t]+(?i:for|pour|por|per|zu|voor|do|went|parti|partito|ging|salió|seguiu|wyszła)(?![\w-])"
    r"|[ \t]+\((?=[\w/-]*\d)[A-Z0-9][\w/-]{3,}\))"
)
#: A reference, the participle that sent it or none ("Factura FC/2025/92939 enviada a …"), "for"/"to".
_RECIPIENT = re.compile(
    rf"{_REFERENCE}(?:[ \t]+[a-zà-ÿ]{{3,}})?[ \t]+(?P<to>{_TO})[ \t]+(?P<name>{_WORD}(?:[ \t]{_WORD})?){_NEXT}"
)

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
#: Who did it, closing a clause after "by" or a Polish past verb with both genders ("nadał(a) <name>."):
#: one or two words before a full stop, a semicolon, a bracket or the end.
_BY = re.compile(
    r"(?<![\w-])(?i:by|durch|door|przez|pelo|pela|[^\W\d_]{3,}ł\(a\))[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]{_WORD})?)(?=[ \t]*(?:[.;!?)\n]|$))"
)
_BY_WORDS = ("by ", "durch ", "door ", "przez ", "pelo ", "pela ", "ł(a) ")
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
    if ";" in text or "," in text:
        matches.extend(_parallel_subjects(text, results))
    if digits:
        matches.extend(
            m for m in _SEAT.finditer(text) if _SEATING.search(text, max(0, m.start() - 40), m.start())
        )
    if not matches:
        return list(results)
    taken = [(r.start, r.end) for r in results]
    added: list[RecognizerResult] = []
    for match in matches:
        start, end = match.span("name")
        name = match.group("name")
        if match.re is _RECIPIENT and _a_brand(text, match, name):
            continue
        if any(s <= start and end <= e for s, e in taken) or not (
            _could_be_a_name(text, name, start) or (match.re is _SEAT and _capitalised_name(name))
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


#: A seat's code ("14B", "6D") and the one to three words of who sits there, up to a comma, a full stop,
#: a semicolon or the line's end.
_SEAT = re.compile(
    rf"(?<![\w/-])\d{{1,3}}[A-K][ \t]*:?[ \t]+(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,2}})(?=[ \t]*(?:[,.;\n]|$))"
)
#: A seating plan or a seat, in the languages Shoal reads, shortly before the seat's code.
_SEATING = re.compile(
    r"(?i:\b(?:seat|seating|plan|sitz|sitzplan|platz|place|plaza|asiento|mesa|posto|tavol|zitplaats|tafel|miejsc"
    r"|stolik|lugar)\w*)"
)
#: A clause after a comma or a semicolon that opens on one or two words and a lower-case verb.
_PARALLEL = re.compile(rf"[;,][ \t]+(?P<name>{_WORD}(?:[ \t]{_WORD})??)[ \t]+(?P<verb>[a-zß-ÿ][^\W\d_]+)")
#: Prepositions, articles and conjunctions: the word before them is a noun, no subject ("…, zaliczka do
#: zapłaty").
_NO_VERBS = frozenset(
    """of for to from with and or the a an de du des di da del della do dos das von vom van der den die
    het la le les el los las il lo gli en in im na z ze w we od dla und et y e i oraz per para por pour
    für voor""".split()  # noqa: SIM905
)
#: A person who opens a clause: nothing before them but a sentence's or a clause's start ("Werkbon <name>:
#: …" is a label's value, no subject).
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:!?\n])[ \t\"'«„“]*$")
#: What may stand between a person and the clause after theirs: the rest of the person's clause, on a
#: lower-case word (a verb, an adverb), a colon right after the name allowed ("<name> : appeler avant ; …"), no other colon ("Werkbon <name>:
#: Cortina E-U4 voor onderhoud, achternaaf kraakt": the clause is the item's) and no sentence's end.
_SAME_SENTENCE = re.compile(r"(?:[ \t]?:)?[ \t]+[a-zß-ÿ][^.!?\n:;]{0,50}")


def _parallel_subjects(text: str, results: Sequence[RecognizerResult]) -> list[re.Match[str]]:
    """Subjects of a clause right after the clause a person opens, in the same sentence, when every word is
    rare in every language Shoal reads (below Zipf 2.5, not two common words joined) and of one case."""
    from anonymize.vocabulary import LANGUAGES, zipf

    ends = [r.end for r in results if r.entity_type == "PERSON" and _CLAUSE_OPENS.search(text, 0, r.start)]
    found = []
    for match in _PARALLEL.finditer(text):
        words = match.group("name").split()
        if not any(e <= match.start() and _SAME_SENTENCE.fullmatch(text, e, match.start()) for e in ends):
            continue
        if match.group("verb") in _NO_VERBS:
            continue  # "…, zaliczka do zapłaty": a noun before its preposition, no subject and its verb
        if len({w.islower() for w in words}) == 1 and all(
            len(w) >= 3
            and max(zipf(w.casefold(), lang) for lang in LANGUAGES) < 2.5
            and not _two_common_words(w.casefold())
            for w in words
        ):
            found.append(match)
    return found


#: "From" before a reference's party: a sender is often a company ("Rechnung RE-2024-11 von Zalando:").
_FROM_TO = frozenset("of from de di da von van od z".split())  # noqa: SIM905


def _a_brand(text: str, match: re.Match[str], name: str) -> bool:
    """One capitalised word after "from" or before a bracketed reference: a company's or a brand's name
    as often as a person's ("von Zalando:", "an Rexona (BE-4471/25)"), so the slot alone does not say."""
    one_word = len(name.split()) == 1 and not name.islower()
    bracket = text[match.end("name") : match.end("name") + 2] == " ("
    return one_word and (match.group("to").casefold() in _FROM_TO or bracket)


def _capitalised_name(name: str) -> bool:
    """Capitalised words, none a function word or a product's noun: a seat's occupant whose given name
    is also a word ("Lika" is Swedish for "alike")."""
    from anonymize.recognizers.products import is_product_noun
    from anonymize.vocabulary import TEXT_LANGUAGES, stop_words, zipf

    def function_word(word: str) -> bool:
        return any(word.casefold() in stop_words(lang) for lang in TEXT_LANGUAGES)

    def common(word: str) -> bool:
        return any(zipf(word.casefold(), lang) >= 3.0 for lang in TEXT_LANGUAGES)

    return all(
        w[0].isupper() and not function_word(w) and not is_product_noun(w) and not common(w)
        for w in name.split()
    )


def _two_common_words(word: str) -> bool:
    """``word`` is two common words of a compounding language joined ("kaminofen", "theepot")."""
    from anonymize.vocabulary import zipf

    return any(
        zipf(word[:i], lang) >= 3.5 and zipf(word[i:], lang) >= 3.5
        for i in range(3, len(word) - 2)
        for lang in ("de", "nl", "en")
    )


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

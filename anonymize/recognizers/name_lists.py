"""Names in a list of names: "idą ouva, gerdyy i cihamaollintl", "Branwen Mrkos, Faustýn Jiránek,
Manka und ich".

A list whose items around a word are names found by other readers makes that word a name too: an
item between two names ("ouva, gerdyy i cihamaollintl"), or between a name and the writer's own
pronoun closing the list ("…, Manka und ich"). The item must be one or two words of no common use
(Zipf below `MAX_ZIPF` in every language Shoal reads, no stop word), so "Anna, the driver and Bo"
keeps "the driver".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from presidio_analyzer import RecognizerResult

from anonymize.recognizers._base import respan
from anonymize.recognizers.person_trims import is_key
from anonymize.recognizers.products import counted_item

#: A word for "and" in the languages Shoal reads, or "&", between spaces.
_AND = (
    r"[ \t]+(?:as[ \t]well[ \t]as|sowie|ainsi[ \t]que|así[ \t]como|e[ \t]também|e[ \t]anche|en[ \t]ook"
    r"|evenals|and|und|et|y|e|en|i|oraz|og|och|&)[ \t]+"
)

#: A list's separator: a comma, or a word for "and".
_SEPARATOR = rf"(?:[ \t]*,[ \t]*|{_AND})"

#: A word of letters (any script's accents: "Phầu"), hyphenated or with an apostrophe ("hened-riham").
_WORD = r"[^\W\d_]+(?:['’.-][^\W\d_]+)*"

#: One or two words.
_ITEM = rf"(?P<item>{_WORD}(?:[ \t]{_WORD})?)"

_AFTER_NAME = re.compile(_SEPARATOR + _ITEM + r"(?P<close>" + _SEPARATOR + r")")

#: The writer closing a list of people with themselves.
_FIRST_PERSON = frozenset("ich me moi io yo ja eu myself mich mir".split())  # noqa: SIM905

#: A word this common in some language is a word there, not a name in a list.
MAX_ZIPF = 3.5


def complete_lists(text: str, results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` plus the list items that sit between names (see the module's docstring)."""
    persons = sorted((r for r in results if r.entity_type == "PERSON"), key=lambda r: r.start)
    if not persons:
        return list(results)
    starts = {r.start for r in persons}
    added: list[RecognizerResult] = []
    for person in persons:
        match = _AFTER_NAME.match(text, person.end)
        if match is None or not plain_item(match.group("item")):
            continue
        after = match.end("close")
        next_word = re.match(r"[^\W\d_]+", text[after : after + 12])
        closes = after in starts or (next_word is not None and next_word.group().casefold() in _FIRST_PERSON)
        if closes and not any(r.start <= match.start("item") < r.end for r in persons):
            added.append(respan(person, *match.span("item")))
    added.extend(_pair_partners(text, persons))
    added.extend(_with_partners(text, persons, added))
    added.extend(_reversed_halves(text, persons, added))
    added.extend(_slash_partners(text, persons, added))
    added.extend(_whole_lists(text, persons, added))
    return [*results, *(r for r in added if not is_key(text, r.start, r.end))]  # "ATTENDEE;Ħakiem;"


#: One or two words right after a slash, or right before one ("Nêwohka Sêkî/TSILBAD", "geay/Anna"); the
#: detectors read such a slash as a comma with no space (`anonymize.text.slashes_between_words`).
_SLASH_AFTER = re.compile(rf"[/,](?P<item>{_WORD})(?![\w/@.-])(?:[ \t](?P<second>{_WORD})(?![\w/@.-]))?")
_SLASH_BEFORE = re.compile(rf"(?<![\w/@.-])(?:(?P<second>{_WORD})[ \t])?(?P<item>{_WORD})[/,]$")


#: The other side of an arrow from a found name: a hand-over ("handover Ṱumph Ḽomuro -> glav", "NUH <- ANNA",
#: "~~Anna~~ → UMBONA": struck out and replaced).
_ARROW_AFTER = re.compile(
    rf"(?:~~|\*\*?|__?)?[ \t]*(?:->|→|=>|<-|←)[ \t]*(?P<item>{_WORD})(?![\w/@.-])"
    rf"(?:[ \t](?P<second>{_WORD})(?![\w/@.-]))?"
)
_ARROW_BEFORE = re.compile(
    rf"(?<![\w/@.-])(?:(?P<second>{_WORD})[ \t])?(?P<item>{_WORD})[ \t]*(?:->|→|=>|<-|←)[ \t]*$"
)


def _slash_partners(
    text: str, persons: list[RecognizerResult], added: list[RecognizerResult]
) -> list[RecognizerResult]:
    """The other half of a slashed pair with a found name ("Nêwohka Sêkî/TSILBAD delen deze"), or the
    other side of an arrow ("Anna Berg -> glav"): one or two words of no common use, in any case (a
    slash joins a register's entries as they come, an arrow a hand-over)."""
    found: list[RecognizerResult] = []
    taken = [(r.start, r.end) for r in (*persons, *added)]
    for person in persons:
        after = _SLASH_AFTER.match(text, person.end) or _ARROW_AFTER.match(text, person.end)
        before = _SLASH_BEFORE.search(text, max(0, person.start - 60), person.start) or _ARROW_BEFORE.search(
            text, max(0, person.start - 60), person.start
        )
        for match in (after, before):
            if match is None or not plain_item(match.group("item")):
                continue
            start, end = match.span("item")
            if match.group("second") and plain_item(match.group("second")):  # "Liwanag Gubat"
                start, end = min(start, match.start("second")), max(end, match.end("second"))
            if not any(s <= start and end <= e for s, e in taken):  # a part found alone still grows
                found.append(respan(person, start, end))
                taken.append((start, end))
    return found


#: A row pasted into a note: four fields or more, split by commas or semicolons, after an optional label.
_ROW = re.compile(r"(?:^|(?<=:)|(?<=\n))[ \t]*(?P<row>[^,;\n:]+(?:[,;][^,;\n]+){3,})[ \t]*$", re.MULTILINE)
#: Contact values that make a pasted row a person's record.
_ROW_CONTACTS = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE"})


def row_names(text: str, results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` plus the name fields of a row pasted into a note ("ALEXIU,margaritis,+44 7400 103614,
    £705.35,refunded"): in a row that holds a phone, an e-mail or an IBAN, a field of one or two words
    of no common use in any language (or a listed name) is a name, in any case; so is such a cell of a
    Markdown row ("| thonyu | 1 | done |")."""
    taken = [(r.start, r.end) for r in results if r.entity_type == "PERSON"]
    added = _pipe_row_names(text, taken) if "|" in text else []
    contacts = [r for r in results if r.entity_type in _ROW_CONTACTS]
    if not contacts:
        return [*results, *added]
    for match in _ROW.finditer(text):
        start, end = match.span("row")
        if any(start <= c.start < end for c in contacts):
            added.extend(_name_cells(text, start, end, ",;", taken))
    return [*results, *added]


def _name_cells(
    text: str, start: int, end: int, separators: str, taken: list[tuple[int, int]]
) -> list[RecognizerResult]:
    """The cells of ``text[start:end]`` (split at ``separators``) that hold one or two words of no
    common use or a listed name (`_row_name`), outside the names already found."""
    added: list[RecognizerResult] = []
    for cell in re.finditer(rf"[^{re.escape(separators)}\n]+", text[start:end]):
        value = cell.group().strip()
        if not re.fullmatch(rf"{_WORD}(?:[ \t]{_WORD})?", value) or not _row_name(value):
            continue
        offset = start + cell.start() + cell.group().find(value)
        if counted_item(text, offset, offset + len(value), cued=False):
            continue  # "Decaffeinato Ofelia, 16 pz., 1.191,50 €": an order line's item, not a name
        if not any(s < offset + len(value) and offset < e for s, e in taken) and not is_key(
            text, offset, offset + len(value)
        ):  # "ATTENDEE;CN=…;ROLE=…": a calendar line's key, not a cell
            added.append(RecognizerResult("PERSON", offset, offset + len(value), 0.6))
    return added


#: A Markdown table row pasted into a note: three cells or more between pipes ("| thonyu | 1 | done |").
_PIPE_ROW = re.compile(r"\|(?:[^|\n]*\|){3,}")


def _pipe_row_names(text: str, taken: list[tuple[int, int]]) -> list[RecognizerResult]:
    """The cells of a Markdown row that hold one or two words of no common use (or a listed name):
    such a row lists people beside their counts and states, as a pasted CSV row does."""
    return [
        found for match in _PIPE_ROW.finditer(text) for found in _name_cells(text, *match.span(), "|", taken)
    ]


def _row_name(value: str) -> bool:
    """One or two words, each a listed name, or rare in every language Shoal reads (Zipf below 2, no
    stop word) and capitalised or no word of any language: no status such as "refunded", "ausgegeben"
    or "tramitado" (a rare form of a known verb)."""
    from anonymize.recognizers.name_shapes import is_no_word
    from anonymize.recognizers.person_names import is_listed_name
    from anonymize.vocabulary import LANGUAGES, is_common_word

    return all(
        is_listed_name(w)
        or (
            not is_common_word(w, LANGUAGES, 2.0)
            and (w[:1].isupper() or (is_no_word(w) and not _PARTICIPLE_END.search(w)))
        )
        for w in value.split()
    )


#: Endings of past participles in the languages Shoal reads: a lower-case status ("tramitado", "erledigt").
_PARTICIPLE_END = re.compile(r"(?:ad[oa]s?|id[oa]s?|at[oaie]|it[oaie]|iert|ed|é|ée|és|ées|on[yae]|an[yae])$")


#: A list of three single words or more: "A, B and C", "a, b, c y d".
_LIST = re.compile(
    rf"(?<![\w@.#/-])(?P<items>{_WORD}(?:[ \t]*,[ \t]*{_WORD})+){_AND}(?P<last>{_WORD})(?![\w@-])"
)
#: A list of three items of one or two words, commas alone between them, that fills its clause:
#: after a colon, a question or a line's start, up to a semicolon, a full stop, an ellipsis or the line's
#: end ("wer kommt? cwunphyo, niwwel, amadek … sonst noch wer")
#: ("Squadra: Pemdro, Lounas, Brdar; furgone …").
_COMMA_LIST = re.compile(
    rf"(?:^|(?<=[:;?!]))[ \t]*(?P<items>{_WORD}(?:[ \t]{_WORD})?(?:[ \t]*,[ \t]*{_WORD}(?:[ \t]{_WORD})?){{2,}})"
    r"(?=[ \t]*(?:[;.!?…]|$))",
    re.MULTILINE,
)
_LIST_ITEM = re.compile(rf"{_WORD}(?:[ \t]{_WORD})?")
#: Two items of one or two words after a label's colon, filling the clause: "RSVP yes: <name>, hainuna.",
#: "Adesioni: <name>, poun.", "Apuntados: <name> y waki."
_COLON_PAIR = re.compile(
    rf"(?<=:)[ \t]*(?P<items>{_WORD}(?:[ \t]{_WORD})?(?:[ \t]*,[ \t]*|{_AND}){_WORD}(?:[ \t]{_WORD})?)"
    r"(?=[ \t]*(?:[;.!?…]|$))",
    re.MULTILINE,
)


def _whole_lists(
    text: str, persons: list[RecognizerResult], added: list[RecognizerResult]
) -> list[RecognizerResult]:
    """Every item of a list one of whose items is a found name, when all the others are words of no
    common use in the name's case ("rasha, tarag-fahad y hened-riham", "Squadra: Pemdro, Lounas,
    Brdar;"): a list of people."""
    taken = [(r.start, r.end) for r in (*persons, *added)]
    found: list[RecognizerResult] = []
    lists = [(m, [m.span("last")], _WORD) for m in _LIST.finditer(text)] + [
        (m, [], _LIST_ITEM.pattern) for m in _COMMA_LIST.finditer(text)
    ]
    for match, extra, item in lists:
        base = match.start("items")
        spans = [(base + m.start(), base + m.end()) for m in re.finditer(item, match.group("items"))]
        spans += extra
        found.extend(_list_rest(text, persons, spans, taken, any_case=False))
    for match in _COLON_PAIR.finditer(text):
        # the two items of a label's pair, in any case: a register written as it came ("<name>, MALININ")
        base, items = match.start("items"), match.group("items")
        separator = re.search(rf"[ \t]*,[ \t]*|{_AND}", items)
        if separator is not None:
            spans = [(base, base + separator.start()), (base + separator.end(), base + len(items))]
            found.extend(_list_rest(text, persons, spans, taken, any_case=True))
    return found


def _list_rest(
    text: str,
    persons: list[RecognizerResult],
    spans: list[tuple[int, int]],
    taken: list[tuple[int, int]],
    *,
    any_case: bool,
) -> list[RecognizerResult]:
    """The items (``spans``) of a list holding a found name that are not found yet, when every one of
    them is of no common use, in the name's case; or, with ``any_case``, a capitalised name's shape
    (`_row_name`, no acronym: "CFO" stays) or a lower-case word no list holds ("glutenfrei" stays);
    ``taken`` grows with them."""
    named = [p for p in persons if any(p.start < e and s < p.end for s, e in spans)]
    if not named:
        return []
    name = text[named[0].start : named[0].end]

    def fits(item: str) -> bool:
        if not any_case:
            return _same_case(item, name) and plain_item(item)
        if item.islower():
            return _unknown_word(item)  # "hainuna"; not "glutenfrei", "vegano" beside a name
        return _row_name(item) and not (item.isupper() and len(item) <= 4)

    rest = [(s, e) for s, e in spans if not any(a < e and s < b for a, b in taken)]
    if rest and all(fits(text[s:e]) for s, e in rest):
        taken.extend(rest)
        return [respan(named[0], s, e) for s, e in rest]
    return []


#: "X and Y": one word joined to a found name by a word for "and" or "&", before or after it.
_PARTNER_AFTER = re.compile(_AND + rf"(?P<item>{_WORD})(?![\w-])")
_PARTNER_BEFORE = re.compile(rf"(?<![\w-])(?P<item>{_WORD})" + _AND + "$")


def _pair_partners(text: str, persons: list[RecognizerResult]) -> list[RecognizerResult]:
    """The partner of a found name in a pair ("Die Geschwister Yingxia und Zon"): one word of no common
    use, written in the name's case, right before or after it across a word for "and"; or a lower-case
    word opening the clause before it ("vuni und Tarluc Crëp holen ab": notes typed in a hurry), or a
    lower-case no-word closing it after ("between <name> and damianos."); or, in any case, a word no
    list of any language holds ("zwischen bahidies und <name>", "<name> y hutzimba vendrán")."""
    found: list[RecognizerResult] = []
    taken = [(r.start, r.end) for r in persons]
    for person in persons:
        name = text[person.start : person.end]
        after = _PARTNER_AFTER.match(text, person.end)
        before = _PARTNER_BEFORE.search(text, max(0, person.start - 40), person.start)
        for match in (after, before):
            if match is None:
                continue
            start, end = match.span("item")
            item = match.group("item")
            if (
                (
                    _same_case(item, name)
                    or (match is before and _lower_opening(text, item, start))
                    or (match is after and _lower_closing(text, item, end))
                    or _unknown_word(item)
                )
                and plain_item(item)
                and not any(s < end and start < e for s, e in taken)
            ):
                found.append(respan(person, start, end))
                taken.append((start, end))
    return found


#: "SURNAME, Given": a word in capitals, a comma, a capitalised word (the registers' reversed order).
_REVERSED = re.compile(
    rf"(?<![\w,])(?P<surname>{_WORD}),[ \t]?(?P<given>{_WORD}(?:[ \t]{_WORD}(?=[ \t]*[.,;:!?)\n]|$))?)(?![\w-])"
)


def _reversed_halves(
    text: str, persons: list[RecognizerResult], added: list[RecognizerResult]
) -> list[RecognizerResult]:
    """The other half of a reversed name one half of which was found ("erledigt von RƐNYUOŊ, Rɛŋuo",
    "troca o turno com SHABƏTƏ, Nyapal"): a surname in capitals, a comma, a capitalised given name, both
    of no common use; or a capitalised surname before a found given name that the comma joins to it and
    a lower-case word or the clause's end follows ("wpisał(a) Guiangos, <name>.", "Sarangi, <name>
    reservou"), where a list would go on with another capital."""
    found: list[RecognizerResult] = []
    taken = [(r.start, r.end) for r in (*persons, *added)]
    for match in _REVERSED.finditer(text):
        surname, given = match.group("surname"), match.group("given")
        person = next((p for p in persons if p.start < match.end() and match.start() < p.end), None)
        if person is None or not given.istitle() or len(surname) <= 2:
            continue
        titled = (
            surname.istitle()
            and _row_name(surname)  # no closing word: "Atenciosamente, <name> de …"
            and (person.start, person.end) == match.span("given")
            and re.match(r"[ \t]*(?:[.;!?)\n]|$|[ \t][^\W\d_A-ZÀ-ÞĀ-Ž])", text[match.end() : match.end() + 3])
        )
        if not (surname.isupper() or titled) or not (plain_item(surname) and plain_item(given)):
            continue
        for word in re.finditer(_WORD, match.group()):
            start, end = match.start() + word.start(), match.start() + word.end()
            if not any(s < end and start < e for s, e in taken):
                found.append(respan(person, start, end))
                taken.append((start, end))
    return found


#: "with" in the languages Shoal reads, closing a clause's verb words before its partner.
_WITH = frozenset({"with", "mit", "avec", "con", "met", "z", "ze", "com", "amb"})
#: A clause: up to a mark that ends one, a symbol or a line's end.
_CLAUSE_END = re.compile(r"[.;!?:()\[\]{}<>\n]")
_CLAUSE_WORD = re.compile(_WORD)


def _with_partners(
    text: str, persons: list[RecognizerResult], added: list[RecognizerResult]
) -> list[RecognizerResult]:
    """The other side of "X <verb> … with Y" when one side is a found name: the clause's opening subject
    or its closing partner, one or two words that are names or no words (`_row_name`: "laptopami" in
    "Dziękujemy <name> za pomoc z laptopami" is a word) ("djädju tauscht den Termin mit <name>",
    "<name> échange son créneau avec ghüzümez")."""
    words = list(_CLAUSE_WORD.finditer(text))
    if not persons or not any(w.group().casefold() in _WITH for w in words):
        return []
    starts = [w.start() for w in words]
    ends = [m.start() for m in _CLAUSE_END.finditer(text)]
    found: list[RecognizerResult] = []
    taken = [(r.start, r.end) for r in (*persons, *added)]
    for person in persons:
        before = bisect.bisect_left(ends, person.start)
        opening = ends[before - 1] + 1 if before else 0
        after = bisect.bisect_left(ends, person.end)
        closing = ends[after] if after < len(ends) else len(text)
        clause = words[bisect.bisect_left(starts, opening) : bisect.bisect_left(starts, closing)]
        for start, end in _with_sides(text, person, clause):
            item = text[start:end].replace(",", "")
            if _row_name(item) and not any(s < end and start < e for s, e in taken):
                found.append(respan(person, start, end))
                taken.append((start, end))
    return found


def _with_sides(text: str, person: RecognizerResult, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The span across "with" from ``person`` in its clause's ``words`` (twelve at most): the subject
    when the person closes the clause after "with", the partner when the person opens it; one or two
    words ("SURNAME, Given" too)."""
    inside = [i for i, w in enumerate(words) if person.start <= w.start() < person.end]
    if not inside or not 4 <= len(words) <= 12:
        return []
    first, last = inside[0], inside[-1]
    if first >= 2 and words[first - 1].group().casefold() in _WITH and last == len(words) - 1:
        for size in (1, 2):  # "djädju tauscht …", "Gagog Puha tauscht …"
            if (
                size < first - 1
                and words[size].group()[:1].islower()
                and _opens_clause(text, words[0].start())
            ):
                return [(words[0].start(), words[size - 1].end())]
    if first == 0 and _opens_clause(text, words[0].start()) and last + 2 < len(words):
        verb = words[last + 1].group()
        withs = [i for i in range(last + 2, len(words) - 1) if words[i].group().casefold() in _WITH]
        if verb[:1].islower() and withs and len(words) - withs[-1] - 1 <= 2:
            return [(words[withs[-1] + 1].start(), words[-1].end())]
    return []


def _opens_clause(text: str, start: int) -> bool:
    """Nothing but spaces, or a mark that ends a clause or a symbol, stands right before ``start``."""
    before = text[max(0, start - 4) : start].rstrip(" \t")
    return not before or not (before[-1].isalnum() or before[-1] in ",'\"-")


def _lower_opening(text: str, item: str, start: int) -> bool:
    """A lower-case word of three letters or more opening its clause before "and" and a name ("vuni und
    Tarluc Crëp holen ab"); after the name, a lower-case word is a verb's ("Ondrej unstepped and racked")."""
    return (
        item.islower() and len(item) >= 3 and not text[max(0, start - 8) : start].rstrip(" \t")[-1:].isalnum()
    )


def _lower_closing(text: str, item: str, end: int) -> bool:
    """A lower-case word that is no word of any language closing its clause after a name and "and"
    ("Cover agreed between <name> and damianos.", "Copied in <name> as well as hainuna."): no verb goes
    on after it, and no participle ("… and countersigned.")."""
    return (
        item.islower()
        and _row_name(item)
        and re.match(r"[ \t]*(?:[.;!?)]|$)", text[end : end + 2]) is not None
    )


def _unknown_word(item: str) -> bool:
    """``item`` is one word that no large word list of a language Shoal reads holds."""
    from anonymize.recognizers.no_words import is_a_word

    return " " not in item and len(item) >= 3 and not is_a_word(item)


def _same_case(word: str, name: str) -> bool:
    """Both capitalised, both in capitals or both in lower case."""
    if name.isupper() or word.isupper():
        return name.isupper() and word.isupper()
    return word[:1].isupper() == name[:1].isupper()


def plain_item(item: str) -> bool:
    """One or two words, each no stop word and rare in every language Shoal reads."""
    from anonymize.vocabulary import LANGUAGES, is_common_word

    return not any(is_common_word(word, LANGUAGES, MAX_ZIPF) for word in item.split())

"""Names inside what notes paste or mark up: the quoted items of a tuple or list ("Import: ('Batjuk', 3,
'ok')"), the value of an inline JSON pair or a log's ``key=value`` pair whose key names a person
(``{"who": "tipan"}``, ``interlocutor=tvorylad``), the text of an inline HTML tag ("<b>ŊILONG</b>") or of
Markdown emphasis, strike-through and wiki links ("_AHMETOVA_", "~~bozhemyr~~", "[[Kannthe Monfim]]"),
the name a layout sets before a clock time or a dotted leader ("HAYLAW @ 17:30", "ANAGNOSTOPULU
........ £525.16"), before a tick or a cross ("Oyelu ✓ bakar ✗"), after a tilde ("~MARVAK"), in brackets
after a phone number or a referral word ("+44 7700 900123 (amaliia)", "(via Odan I.)"), and a rare word
with a capital initial after it ("Bolungon G.").

Quoted items, tag and markup texts and layout names count when they are one to three name-shaped words
(an initial may lead, "Surname, Given" may be reversed), each a listed name or a word of no common use
in any language Shoal reads: "ok", "Kayak Tandem 480", "**Important**" and "paid" are none. A pair's
key decides it the way a JSON key does (`anonymize.profile.vocabularies.is_name_key`), so
``{"product": "Victoria Teapot"}`` stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import NameSpanRecognizer, make_result

_QUOTED = r"""(?:'[^'\n]{1,60}'|"[^"\n]{1,60}")"""
_BARE = r"[\w.+\-]{1,24}"
#: A tuple or list literal of two items or more, one of them quoted.
_LITERAL = re.compile(rf"""[(\[]\s*(?:{_QUOTED}|{_BARE})(?:\s*,\s*(?:{_QUOTED}|{_BARE}))+\s*,?\s*[)\]]""")
_ITEM = re.compile(r"""'(?P<single>[^'\n]{1,60})'|"(?P<double>[^"\n]{1,60})\"""")
#: A JSON or dict pair with a quoted key and a quoted value.
_PAIR = re.compile(
    r"""(?P<q>["'])(?P<key>[^"'\n]{1,30})(?P=q)\s*:\s*(?P<vq>["'])(?P<value>[^"'\n]{1,60})(?P=vq)"""
)
_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
#: Markdown around a short text: emphasis and strike-through ("_AHMETOVA_", "**Ranthe**", "~~bozhemyr~~"),
#: a wiki link ("[[Kannthe Monfim]]").
_MARKDOWN = re.compile(
    r"(?<![\w*~])(?P<mark>\*\*|\*|__|_|~~)(?P<inner>[^\s*_~][^*_~\n]{0,58}?)(?<!\s)(?P=mark)(?![\w*~])"
    r"|\[\[(?P<link>[^\[\]\n|]{1,60})(?:\|[^\]\n]*)?\]\]"
)
#: Who stands at a time of day ("HAYLAW @ 17:30"), and a name before a dotted leader and its amount
#: ("ANAGNOSTOPULU ........ £525.16"), as a price list sets them.
_AT_TIME = re.compile(r"(?P<name>[^\W\d_][^\n@]{0,40}?)[ \t]+@[ \t]*\d{1,2}[:.h]\d{2}\b")
_LEADER = re.compile(r"(?P<name>[^\W\d_][^\n.]{0,40}?)[ \t]*\.{4,}[ \t]*[£€$]?[ \t]?\d")
#: A log's "key=value" pair ("interlocutor=tvorylad", "user=anna.k"), the value up to a space or a mark.
_KEY_VALUE = re.compile(r"(?<![\w.=])(?P<key>[^\W\d_][\w-]{1,30})=(?P<value>[^\W\d_][^\s|;,&=]{1,40})")
#: An inline HTML tag around a short text ("<b>ŊILONG</b>", "<em>zaheraa</em>").
_TAG = re.compile(
    r"<(?P<tag>b|i|u|em|strong|mark|span|font)(?:\s[^<>\n]*)?>(?P<inner>[^<>\n]{1,60})</(?P=tag)>", re.I
)
#: Names marked done or not in a list ("Oyelu ✓ bakar ✗"), and a signature after a tilde ("~MARVAK").
_TICKED = re.compile(r"(?P<name>[^\W\d_][^\n✓✔✗✘☑☒:;,]{0,40}?)[ \t]*[✓✔✗✘☑☒]")
_TILDE = re.compile(rf"(?<![\w~])~(?P<name>{_WORD}(?:[ \t](?:[^\W\d_]\.|{_WORD}))?)(?![\w~])")
#: Who a phone number (from "+" or "0", or in digit groups: no order number) or a referral belongs to,
#: in brackets after it: "+44 7700 900123 (amaliia)", "(via Odan I.)", "(über qakot)", "(par …)".
_OWNER = re.compile(
    r"(?:(?<![\w#-])(?:[+0]\d[\d \t./-]{5,}\d|\d{2,4}(?:[ \t./-]\d{2,4}){2,5})[ \t]*\("
    r"|\((?i:via|vía|über|par|por|przez|tramite|door|através de)[ \t]+)"
    r"(?P<name>[^()\n]{2,40})\)"
)
#: A rare word and a capital initial after it: "Bolungon G.", "Zaned A." (and "Given S.").
_INITIALLED = re.compile(rf"(?<![\w.])(?P<name>{_WORD}[ \t][^\W\d_a-zß-ÿ]\.)(?![\w.])")
#: One to three words, an initial before them or after them, or "Surname, Given".
_NAME = re.compile(rf"(?:[^\W\d_]\.\s?)?{_WORD}(?:(?:\s|,\s?){_WORD}){{0,2}}(?:\s[^\W\d_]\.)?")


def _name_like(value: str) -> bool:
    """One to three name-shaped words, every one (initials aside) a listed name or of no common use in
    any language Shoal reads."""
    from anonymize.recognizers.person_names import is_listed_name
    from anonymize.vocabulary import LANGUAGES, is_common_word

    if not _NAME.fullmatch(value):
        return False
    words = [w for w in re.findall(_WORD, value) if len(w) > 1]
    return bool(words) and all(
        is_listed_name(w) or not is_common_word(w.casefold(), LANGUAGES, 3.0) for w in words
    )


def _keyed_name(key: str, value: str) -> bool:
    """A name-shaped value under a key that names a person, as a JSON key does."""
    from anonymize.profile.vocabularies import is_name_key

    return bool(_NAME.fullmatch(value)) and is_name_key(key)


class LiteralNameRecognizer(NameSpanRecognizer):
    SCORE = 0.6

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        # each reader runs only on a text holding its mark: this recognizer sees every text
        return [
            make_result(self, self.ENTITY, start, end, self.SCORE, why)
            for marks, read in _READERS
            if any(mark in text for mark in marks)
            for start, end, why in read(text)
        ]


def _tuple_items(text: str) -> list[tuple[int, int, str]]:
    found = []
    for literal in _LITERAL.finditer(text):
        for item in _ITEM.finditer(literal.group()):
            group = "single" if item.group("single") is not None else "double"
            if _name_like(item.group(group)):
                start = literal.start() + item.start(group)
                found.append((start, start + len(item.group(group)), "tuple item"))
    return found


def _pairs(text: str) -> list[tuple[int, int, str]]:
    return [
        (match.start("value"), match.end("value"), "literal pair")
        for match in _PAIR.finditer(text)
        if _keyed_name(match.group("key"), match.group("value"))
    ]


def _key_values(text: str) -> list[tuple[int, int, str]]:
    found = []
    for match in _KEY_VALUE.finditer(text):
        value = match.group("value").rstrip(".:!?)")  # "customer=Zorvel." ends a sentence
        if _keyed_name(match.group("key"), value):
            found.append((match.start("value"), match.start("value") + len(value), "key=value"))
    return found


def _tag_texts(text: str) -> list[tuple[int, int, str]]:
    return [
        (match.start("inner"), match.end("inner"), "tag text")
        for match in _TAG.finditer(text)
        if _name_like(match.group("inner"))
    ]


def _marked_up(text: str) -> list[tuple[int, int, str]]:
    """Markdown emphasis, strike-through and wiki links around rare name-shaped words."""
    found = []
    for match in _MARKDOWN.finditer(text):
        group = "inner" if match.group("inner") is not None else "link"
        value = match.group(group).strip()
        if _name_like(value):
            start = match.start(group) + match.group(group).find(value)
            found.append((start, start + len(value), "markdown"))
    return found


def _at_times(text: str) -> list[tuple[int, int, str]]:
    return _last_names(_AT_TIME.finditer(text))


def _leaders(text: str) -> list[tuple[int, int, str]]:
    return _last_names(_LEADER.finditer(text))


def _last_names(matches: Iterator[re.Match[str]]) -> list[tuple[int, int, str]]:
    """The last one to three rare name-shaped words of each match's ``name`` (before "@ 17:30" or a
    dotted leader to an amount)."""
    found = []
    for match in matches:
        name, base = match.group("name"), match.start("name")
        words = list(re.finditer(rf"{_WORD}(?:,[ \t]?{_WORD})?", name))[-3:]
        while words and not _name_like(name[words[0].start() : words[-1].end()]):
            words = words[1:]
        if words:
            found.append((base + words[0].start(), base + words[-1].end(), "layout"))
    return found


def _ticked(text: str) -> list[tuple[int, int, str]]:
    return _last_names(_TICKED.finditer(text))


def _tildes(text: str) -> list[tuple[int, int, str]]:
    """A signature after a tilde: two words when both are rare ("~Ganairuk N."), else the first."""
    found = []
    for match in _TILDE.finditer(text):
        name = match.group("name")
        if not _name_like(name):
            name = re.match(_WORD, name).group()  # type: ignore[union-attr]
        if _name_like(name) and len(name) > 2:
            found.append((match.start("name"), match.start("name") + len(name), "tilde signature"))
    return found


def _owners(text: str) -> list[tuple[int, int, str]]:
    from anonymize.recognizers.products import is_product_noun

    return [
        (match.start("name"), match.end("name"), "owner in brackets")
        for match in _OWNER.finditer(text)
        if _name_like(match.group("name").strip())
        and not any(is_product_noun(w) for w in re.findall(_WORD, match.group("name")))
    ]


def _initialled(text: str) -> list[tuple[int, int, str]]:
    return [
        (match.start("name"), match.end("name"), "initial")
        for match in _INITIALLED.finditer(text)
        if len(match.group("name")) > 4 and _name_like(match.group("name"))
    ]


#: Each reader and the marks a text must hold for it to find anything.
_READERS: tuple[tuple[tuple[str, ...], Callable[[str], list[tuple[int, int, str]]]], ...] = (
    (("(", "["), _tuple_items),
    ((":",), _pairs),
    (("=",), _key_values),
    (("</",), _tag_texts),
    (("_", "*", "~~", "[["), _marked_up),
    (("@",), _at_times),
    (("....",), _leaders),
    (("✓", "✔", "✗", "✘", "☑", "☒"), _ticked),
    (("~",), _tildes),
    ((")",), _owners),
    ((".",), _initialled),
)

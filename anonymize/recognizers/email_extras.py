"""E-mail shapes Presidio's e-mail recognizer misses.

- ``ShoalEmailRecognizer`` → ``EMAIL_ADDRESS``: plain ``local@domain.tld`` with ANY top-level label of
  2–24 letters. Presidio's version validates the suffix against the public-suffix list, so addresses
  on internal or reserved domains (``.local``, ``.corp``, ``.example``, ``.test``) leaked; an address
  is personal whatever its domain. Replaces Presidio's ``EmailRecognizer``.

- ``ObfuscatedEmailRecognizer`` → ``EMAIL_ADDRESS``: ``jane [at] example [dot] fr``,
  ``jane(at)example.de``, ``jane at example dot com``, ``jane@example[.]com``. No checksum; the
  top-level part must be 2–6 letters.
- ``EmailDisplayNameRecognizer`` → ``PERSON``: the display name in ``"Jane Doe" <jane@example.com>`` or
  ``Jane Doe <jane@example.com>`` (the address itself is left to the e-mail recognizers), in any script
  and case (``"NOWAK, Anna"``, ``anna nowak``, ``Χρυσαφένια Καζαντζή``).
- ``EmailDerivedNameRecognizer`` → ``PERSON``: words of the text that also appear in an e-mail address's
  local part (``Quillon Vendramask, quillon.vendramask@…``, ``Thanks Leonard`` with
  ``leonard.mocanu@…``) or in a display name (``Holder: BARTA GABRIELLA`` with ``"Barta Gabriella" <…>``).
  The address says who the writer is, so an invented name that no model or name list knows is still
  found. Role addresses (``support@``, ``info@``, …) are skipped.
"""

from __future__ import annotations

import re
import unicodedata
from typing import ClassVar

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import ShoalPatternRecognizer, make_result

_AT = r"(?:\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+at\s+|@)"
_DOT = r"(?:\s*[\[({<]\s*(?:dot|\.|punkt|point|punto)\s*[\])}>]\s*|\s+dot\s+|\.)"
_BRACKETED = r"[\[({<]\s*(?:at|@|dot|\.|punkt|point|punto)\s*[\])}>]|\sat\s.*\sdot\s"
OBFUSCATED_EMAIL = rf"(?i)\b[a-z0-9][a-z0-9._%+-]*{_AT}[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}[a-z]{{2,6}}\b"


PLAIN_EMAIL = r"(?i)\b[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b"


class ShoalEmailRecognizer(ShoalPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [Pattern("E-mail (any TLD)", PLAIN_EMAIL, 1.0)]
    CONTEXT = ["email", "e-mail", "mail", "contact", "courriel", "correo"]


class ObfuscatedEmailRecognizer(ShoalPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [Pattern("Obfuscated e-mail", OBFUSCATED_EMAIL, 0.7)]
    CONTEXT = ["email", "e-mail", "mail", "contact", "courriel", "correo"]

    def validate_result(self, pattern_text: str) -> bool | None:
        # Plain addresses are the e-mail recognizer's job; this one needs a visible obfuscation.
        return bool(re.search(_BRACKETED, pattern_text, re.IGNORECASE))


_DISPLAY_NAME = re.compile(
    # a name starts where a word starts: without the look-behind a long run of letters is tried from
    # every one of its positions (quadratic: 16k letters took 12 s)
    r"(?P<q>\"?)(?<![\w'’.-])(?P<name>[^\W\d_][\w'’.-]*(?:[ ,]+[^\W\d_][\w'’.-]*){0,5})(?P=q)\s*<[^<>@\s]+@[^<>\s]+>"
)
#: Words that may precede an unquoted display name but are not part of it ("write to Anna Nowak <…>").
_NOT_NAME_WORDS = frozenset(
    {"from", "to", "cc", "bcc", "von", "an", "de", "à", "a", "write", "contact", "please", "email", "mail",
     "e-mail", "and", "or", "sent", "by", "reply", "re", "fw", "fwd", "cc:", "at", "via", "with", "und", "et"}
)  # fmt: skip


class EmailDisplayNameRecognizer(ShoalPatternRecognizer):
    ENTITY = "PERSON"
    #: The ``Name <address>`` shape is certain; the full display name must win over the partial
    #: spans other recognizers find inside it (overlaps are resolved by score first).
    SCORE = 1.0
    PATTERNS = [Pattern("Display name", _DISPLAY_NAME.pattern, SCORE)]
    CONTEXT = ["from", "to", "cc", "von", "de", "an"]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for name_start, name_end in display_names(text):
            results.append(
                make_result(self, self.ENTITY, name_start, name_end, self.SCORE, "e-mail display name")
            )
        return results


def display_names(text: str) -> list[tuple[int, int]]:
    """Spans of the display names before ``<address>`` in ``text``, leading non-name words dropped.

    Role names ("Shop Support <support@…>") are not people and are skipped.
    """
    spans = []
    for match in _DISPLAY_NAME.finditer(text):
        name_start, name_end = match.span("name")
        if not match.group("q"):
            for word in re.finditer(r"\S+\s*", match.group("name")):
                if word.group().strip().lower() not in _NOT_NAME_WORDS:
                    break
                name_start = match.start("name") + word.end()
        words = {w.lower() for w in _TEXT_WORD.findall(text[name_start:name_end])}
        if name_start < name_end and not words & ROLE_LOCAL_PARTS:
            spans.append((name_start, name_end))
    return spans


#: Local parts of role addresses: their words ("support", "sales") are not a person's name.
ROLE_LOCAL_PARTS: frozenset[str] = frozenset(
    {"info", "support", "sales", "contact", "admin", "service", "services", "hello", "office", "noreply",
     "no", "reply", "team", "billing", "help", "mail", "email", "post", "webmaster", "postmaster",
     "customer", "customers", "kontakt", "orders", "order", "accounts", "account", "hr", "jobs",
     "careers", "press", "news", "newsletter", "marketing", "privacy", "security", "abuse", "finance",
     "invoice", "invoices", "shop", "store", "bookings", "booking", "reception", "enquiries", "hallo",
     "test", "user", "example", "mailer", "daemon", "notifications", "alerts", "donotreply"}
)  # fmt: skip
_PLAIN_EMAIL = re.compile(PLAIN_EMAIL)
_LOCAL_SPLIT = re.compile(r"[._+\-\d]+")
_TEXT_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: Separators allowed between two name parts of one span ("Quillon Vendramask", "NOWAK, Anna").
_NAME_GAP = re.compile(r"^[ \t]*,?[ \t]*$|^-$")


def _fold(word: str) -> str:
    """Lower-case without accents, so "József" in the text matches "jozsef" in the address."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


class EmailDerivedNameRecognizer(ShoalPatternRecognizer):
    ENTITY = "PERSON"
    SCORE = 0.75
    #: Two or more adjacent words spelled by the address: as certain as a display name.
    MULTI_WORD_SCORE = 1.0
    CONTEXT: ClassVar[list[str]] = []  # names come from the address, not from context words
    PATTERNS = [Pattern("E-mail local part", PLAIN_EMAIL, SCORE)]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        addresses = [m.span() for m in _PLAIN_EMAIL.finditer(text)]
        parts = name_parts(text, addresses)
        if not parts:
            return []
        words = [
            w
            for w in _TEXT_WORD.finditer(text)
            if _fold(w.group()) in parts and not any(s <= w.start() < e for s, e in addresses)
        ]
        results = []
        index = 0
        while index < len(words):
            start, end = words[index].span()
            first = index
            while index + 1 < len(words) and _NAME_GAP.match(text[end : words[index + 1].start()]):
                index += 1
                end = words[index].end()
            score = self.MULTI_WORD_SCORE if first != index else self.SCORE
            results.append(make_result(self, self.ENTITY, start, end, score, "name from e-mail address"))
            index += 1
        return results


def name_parts(text: str, addresses: list[tuple[int, int]]) -> set[str]:
    """Folded words (≥ 3 letters) of the local parts of personal addresses and of display names."""
    parts: set[str] = set()
    for start, end in addresses:
        local = text[start:end].split("@", 1)[0]
        tokens = [t for t in _LOCAL_SPLIT.split(local.lower()) if t]
        if not tokens or any(t in ROLE_LOCAL_PARTS for t in tokens):
            continue
        parts.update(_fold(t) for t in tokens if len(t) >= 3 and t.isalpha())
    for start, end in display_names(text):
        for word in _TEXT_WORD.findall(text[start:end]):
            if len(word) >= 3 and word.lower() not in _NOT_NAME_WORDS:
                parts.add(_fold(word))
    return parts

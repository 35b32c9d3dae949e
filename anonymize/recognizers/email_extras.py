"""E-mail shapes Presidio's e-mail recognizer misses.

- ``ShoalEmailRecognizer`` → ``EMAIL_ADDRESS``: plain ``local@domain.tld`` with ANY top-level label of
  2–24 letters. Presidio's version validates the suffix against the public-suffix list, so addresses
  on internal or reserved domains (``.local``, ``.corp``, ``.example``, ``.test``) leaked; an address
  is personal whatever its domain. Replaces Presidio's ``EmailRecognizer``.

- ``ObfuscatedEmailRecognizer`` → ``EMAIL_ADDRESS``: ``jane [at] example [dot] fr``,
  ``jane(at)example.de``, ``jane at example dot com``, ``jane@example[.]com``. No checksum; the
  top-level part must be 2–6 letters.
- ``EmailDisplayNameRecognizer`` → ``PERSON``: the display name in ``"Jane Doe" <jane@example.com>`` or
  ``Jane Doe <jane@example.com>`` (the address itself is left to the e-mail recognizers).
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import CASE_SENSITIVE_FLAGS, make_result

_AT = r"(?:\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*|\s+at\s+|@)"
_DOT = r"(?:\s*[\[({<]\s*(?:dot|\.|punkt|point|punto)\s*[\])}>]\s*|\s+dot\s+|\.)"
_BRACKETED = r"[\[({<]\s*(?:at|@|dot|\.|punkt|point|punto)\s*[\])}>]|\sat\s.*\sdot\s"
OBFUSCATED_EMAIL = rf"(?i)\b[a-z0-9][a-z0-9._%+-]*{_AT}[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}[a-z]{{2,6}}\b"


PLAIN_EMAIL = r"(?i)\b[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b"


class ShoalEmailRecognizer(PatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [Pattern("E-mail (any TLD)", PLAIN_EMAIL, 1.0)]
    CONTEXT = ["email", "e-mail", "mail", "contact", "courriel", "correo"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            global_regex_flags=CASE_SENSITIVE_FLAGS,
            name=type(self).__name__,
        )


class ObfuscatedEmailRecognizer(PatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [Pattern("Obfuscated e-mail", OBFUSCATED_EMAIL, 0.7)]
    CONTEXT = ["email", "e-mail", "mail", "contact", "courriel", "correo"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            global_regex_flags=CASE_SENSITIVE_FLAGS,
            name=type(self).__name__,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        # Plain addresses are the e-mail recognizer's job; this one needs a visible obfuscation.
        return bool(re.search(_BRACKETED, pattern_text, re.IGNORECASE))


_DISPLAY_NAME = re.compile(
    r"(?P<q>\"?)(?P<name>[A-ZÀ-Þa-zß-ÿ][\w'’.-]*(?:[ ,]+[A-ZÀ-Þa-zß-ÿ][\w'’.-]*){0,3})(?P=q)\s*<[^<>@\s]+@[^<>\s]+>"
)


class EmailDisplayNameRecognizer(PatternRecognizer):
    ENTITY = "PERSON"
    PATTERNS = [Pattern("Display name", _DISPLAY_NAME.pattern, 0.7)]
    CONTEXT = ["from", "to", "cc", "von", "de", "an"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            global_regex_flags=CASE_SENSITIVE_FLAGS,
            name=type(self).__name__,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = []
        for match in _DISPLAY_NAME.finditer(text):
            name_start, name_end = match.span("name")
            name = match.group("name")
            if name.lower() in {"from", "to", "cc", "bcc", "von", "an", "de", "à"}:
                continue
            results.append(make_result(self, self.ENTITY, name_start, name_end, 0.7, "e-mail display name"))
        return results

"""Phone numbers for the EU/EEA, UK, US and Switzerland → ``PHONE_NUMBER`` (replaces Presidio's).

Candidates are runs of digits with the separators people type (``+``, spaces, dots, dashes, slashes,
brackets); each is checked with Google's libphonenumber (``phonenumbers``) against every region in
``REGIONS`` with leniency VALID, so the number must exist in that region's numbering plan. International
forms (``+33 …``, ``0049 …``) score high; national forms score medium when written with separators and
need context when they are a bare digit run (a bare 10-digit run is as likely an order number).
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import NEEDS_CONTEXT, make_result

REGIONS: tuple[str, ...] = (
    "GB", "US", "DE", "FR", "ES", "IT", "NL", "BE", "LU", "IE", "PT", "AT", "CH", "PL", "CZ", "SK",
    "HU", "SI", "HR", "RO", "BG", "GR", "CY", "MT", "DK", "SE", "FI", "EE", "LV", "LT", "NO", "IS", "LI",
)  # fmt: skip

_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d \-./()]{5,20}\d(?!\w)")
#: Candidates shaped like something else: a date (with or without a time), a ZIP+4, an SSN, an IPv4.
_NOT_A_PHONE = re.compile(
    r"^(?:\d{4}([-./])\d{1,2}\1\d{1,2}|\d{1,2}([-./])\d{1,2}\2\d{2,4})(?![\d.\-/])"
    r"|^\d{5}-\d{4}$|^\d{3}-\d{2}-\d{4}$|^\d{1,3}(?:\.\d{1,3}){3}$"
)
_HAS_SEPARATOR = re.compile(r"[ \-./()]")

INTERNATIONAL_SCORE = 0.85
NATIONAL_SCORE = 0.6


class EuPhoneRecognizer(LocalRecognizer):
    ENTITY = "PHONE_NUMBER"
    CONTEXT = [
        "phone", "telephone", "tel", "mobile", "cell", "call", "fax", "contact", "telefon",
        "telefono", "teléfono", "téléphone", "portable", "handy", "móvil", "cellulare", "mobiel",
        "telefoon", "telefone", "puhelin", "tlf", "tfn", "ring", "whatsapp",
    ]  # fmt: skip

    def __init__(self, supported_language: str = "en", regions: tuple[str, ...] = REGIONS) -> None:
        self.regions = regions
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            name=type(self).__name__,
            context=self.CONTEXT,
        )

    def load(self) -> None:
        """Nothing to load: libphonenumber's metadata ships with the package."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for candidate in _CANDIDATE.finditer(text):
            span = candidate.group()
            digits = sum(ch.isdigit() for ch in span)
            if digits < 7 or digits > 15:
                continue
            if _NOT_A_PHONE.search(span):
                continue
            found = self._match(span)
            if found is None:
                continue
            start, end, international = found
            stripped = span[start:end]
            if international:
                score = INTERNATIONAL_SCORE
            elif _HAS_SEPARATOR.search(stripped.strip("()")):
                score = NATIONAL_SCORE
            else:
                score = NEEDS_CONTEXT
            why = "international" if international else "national"
            results.append(
                make_result(self, self.ENTITY, candidate.start() + start, candidate.start() + end, score, why)
            )
        return results

    def _match(self, span: str) -> tuple[int, int, bool] | None:
        international = span.startswith(("+", "00"))
        regions = self.regions[:1] if international else self.regions
        for region in regions:
            for match in phonenumbers.PhoneNumberMatcher(span, region, leniency=phonenumbers.Leniency.VALID):
                return match.start, match.end, international
        if international and "(0)" in span:
            # "+41 (0)44 668 18 00": the optional trunk zero in brackets, which libphonenumber rejects.
            try:
                number = phonenumbers.parse(span.replace("(0)", ""), None)
            except phonenumbers.NumberParseException:
                return None
            if phonenumbers.is_valid_number(number):
                return 0, len(span.rstrip()), True
        return None

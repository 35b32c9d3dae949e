"""Postcodes by country → ``POSTCODE``.

- UK full postcode (``SW1A 1AA``, ``M1 1AE``): outward + inward code; strong on its own.
- Netherlands ``1234 AB`` (letters never SA, SD, SS): medium on its own.
- Five-digit codes (DE, FR, ES, IT, FI, SE ``123 45``, US ZIP, ZIP+4), four-digit codes (AT, BE, CH,
  DK, NO, LU), Polish ``00-950`` and Portuguese ``1000-001``: numbers like these are everywhere, so they
  need context (postcode, zip, PLZ, code postal, CAP, …) or a street address just before them.
No check digits exist for postcodes. Source: UPU Postal addressing systems (POST*Code).
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import CASE_SENSITIVE_FLAGS, NEEDS_CONTEXT, ShoalPatternRecognizer
from anonymize.recognizers.eu_street_address import ADDRESS_RE

UK_POSTCODE = r"\b(?:[A-PR-UWYZ][0-9][0-9A-HJKMNPR-Y]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)[ \t]?[0-9][ABD-HJLNP-UW-Z]{2}\b"
NL_POSTCODE = r"(?<!\d[./:-])\b[1-9]\d{3}[ \t]?(?!SA|SD|SS)[A-Z]{2}\b"
FIVE_DIGITS = r"(?<!\d[./:])\b(?:[A-Z]{1,2}-)?\d{5}(?:-\d{4})?\b(?![./:]\d)"
SE_POSTCODE = r"\b\d{3}[ \t]\d{2}\b"
#: Not the year of a date ("24.08.1963", "2025-10-10T14:51:25Z") nor a part of a time or a decimal.
FOUR_DIGITS = r"(?<!\d[./:-])\b(?:[A-Z]{1,2}-)?[1-9]\d{3}\b(?![./:-]\d)"
PL_POSTCODE = r"\b\d{2}-\d{3}\b"
PT_POSTCODE = r"\b\d{4}-\d{3}\b"

ADDRESS_NEIGHBOUR_SCORE = 0.5
_NEIGHBOUR_WINDOW = 80


class EuPostcodeRecognizer(ShoalPatternRecognizer):
    ENTITY = "POSTCODE"
    PATTERNS = [
        Pattern("UK postcode", UK_POSTCODE, 0.6),
        Pattern("NL postcode", NL_POSTCODE, 0.4),
        Pattern("5-digit postcode", FIVE_DIGITS, NEEDS_CONTEXT),
        Pattern("SE postcode", SE_POSTCODE, NEEDS_CONTEXT),
        Pattern("4-digit postcode", FOUR_DIGITS, 0.01),
        Pattern("PL postcode", PL_POSTCODE, NEEDS_CONTEXT),
        Pattern("PT postcode", PT_POSTCODE, NEEDS_CONTEXT),
    ]
    CONTEXT = [
        "postcode", "postal", "zip", "zipcode", "plz", "postleitzahl", "cp", "cap", "postale",
        "postcode", "postnummer", "postinumero", "kod", "pocztowy", "código", "post",
    ]  # fmt: skip

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags=CASE_SENSITIVE_FLAGS)
        for result in results:
            if result.score < ADDRESS_NEIGHBOUR_SCORE and _follows_address(text, result.start):
                result.score = ADDRESS_NEIGHBOUR_SCORE
        return results


def _follows_address(text: str, start: int) -> bool:
    """True when a street address ends shortly before ``start`` (``Hauptstraße 5, 10115 Berlin``)."""
    window = text[max(0, start - _NEIGHBOUR_WINDOW) : start]
    return any(_GAP_TO_POSTCODE.match(window[match.end() :]) for match in ADDRESS_RE.finditer(window))


#: What may stand between a street address and its postcode: commas, a line break, up to two
#: comma-separated parts (city, state) and a country prefix such as ``D-``.
_GAP_TO_POSTCODE = re.compile(r"^[\s,]*(?:[^\W\d][\w .'-]{0,30},\s*){0,2}(?:[A-Z]{1,2}[\s-])?$")

"""IBAN for every SEPA country → ``IBAN_CODE`` (replaces Presidio's IbanRecognizer).

Format: country code, two check digits, BBAN of a fixed per-country length (e.g. DE 22, FR 27, NL 18),
written compact or in groups of four. Check: ISO 7064 mod 97-10 over the rearranged number plus the
country's BBAN structure (python-stdnum ``stdnum.iban``). Source: ISO 13616, SWIFT IBAN registry.
A regex cannot know where an IBAN ends when uppercase words follow it, so the candidate is shortened
group by group until stdnum accepts it.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import iban

from anonymize.recognizers._base import STRONG, ShoalPatternRecognizer, make_result

SEPA_COUNTRIES: tuple[str, ...] = (
    "AD", "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GI", "GR",
    "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MT", "NL", "NO", "PL", "PT", "RO",
    "SE", "SI", "SK", "SM", "VA",
)  # fmt: skip

_CANDIDATE = re.compile(
    rf"\b(?:{'|'.join(SEPA_COUNTRIES)})\d{{2}}(?:[ ]?[A-Z0-9]){{11,30}}",
    re.IGNORECASE,
)


class EuIbanRecognizer(ShoalPatternRecognizer):
    ENTITY = "IBAN_CODE"
    PATTERNS = [Pattern("IBAN", _CANDIDATE.pattern, STRONG)]
    CONTEXT = ["iban", "bank", "account", "konto", "compte", "cuenta", "conto", "rekening", "transfer"]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for match in _CANDIDATE.finditer(text):
            end = _longest_valid_end(text, match.start(), match.end())
            if end is None:
                continue
            results.append(make_result(self, self.ENTITY, match.start(), end, STRONG, "IBAN mod 97"))
        return results


def _longest_valid_end(text: str, start: int, end: int) -> int | None:
    """Return the largest end <= ``end`` where ``text[start:end]`` is a valid IBAN ending on a character."""
    for stop in range(end, start + 14, -1):
        if not text[stop - 1].isalnum() or (stop < len(text) and text[stop].isalnum() and stop != end):
            continue
        if iban.is_valid(text[start:stop].upper()):
            return stop
    return None

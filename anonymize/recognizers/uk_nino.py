"""UK National Insurance number (NINO) → ``UK_NINO``.

Format: two prefix letters, six digits, one suffix letter A–D, e.g. ``QQ 12 34 56 C``. No check digit;
validity comes from the prefix rules (first letter not D, F, I, Q, U, V; second not D, F, I, O, Q, U, V;
prefixes BG, GB, KN, NK, NT, TN, ZZ never issued). Source: HMRC National Insurance Manual NIM39110.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from anonymize.recognizers._base import STRONG, ChecksumRecognizer, compact

_INVALID_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_VALID = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def is_valid_nino(value: str) -> bool:
    return bool(_VALID.match(value)) and value[:2] not in _INVALID_PREFIXES


class ShoalUkNinoRecognizer(ChecksumRecognizer):
    ENTITY = "UK_NINO"
    COUNTRY_CODE = "gb"
    PATTERNS = [Pattern("NINO", r"\b[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b", STRONG)]
    CONTEXT = ["national insurance", "nino", "ni", "insurance"]
    VALIDATOR = staticmethod(is_valid_nino)

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if is_valid_nino(compact(pattern_text)) else False

"""Swedish personnummer → ``SE_PERSONNUMMER``.

Format: ``YYMMDD-NNNC`` or ``YYYYMMDD-NNNC`` (``+`` for people over 100). Check digit: Luhn over the
ten-digit form; the date must exist (python-stdnum ``stdnum.se.personnummer``). Source: Skatteverket
SKV 704. The dashed form with Luhn is strong; plain digits need context.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.se import personnummer

from anonymize.recognizers._base import NEEDS_CONTEXT, STRONG, ChecksumRecognizer


def _is_valid(value: str) -> bool:
    # compact() removed the "-"; stdnum needs the separator back for ten-digit numbers.
    if len(value) == 10:
        value = f"{value[:6]}-{value[6:]}"
    return personnummer.is_valid(value)


class ShoalSePersonnummerRecognizer(ChecksumRecognizer):
    ENTITY = "SE_PERSONNUMMER"
    COUNTRY_CODE = "se"
    PATTERNS = [
        Pattern("Personnummer (dashed)", r"\b(?:19|20)?\d{6}[-+]\d{4}\b", STRONG),
        Pattern("Personnummer (plain)", r"\b(?:19|20)?\d{10}\b", NEEDS_CONTEXT),
    ]
    CONTEXT = ["personnummer", "personnr", "pnr"]
    VALIDATOR = staticmethod(_is_valid)

    def validate_result(self, pattern_text: str) -> bool | None:
        value = pattern_text.strip().replace(" ", "")
        try:
            valid = personnummer.is_valid(value)
        except Exception:
            valid = False
        return None if valid else False

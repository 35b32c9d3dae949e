"""French NIR (numéro de sécurité sociale, INSEE number) → ``FR_NIR``.

Format: 13 digits + 2-digit key, e.g. ``2 84 12 76 451 089 46`` (sex, year, month, department — 2A/2B for
Corsica —, commune, order, key). Key: 97 − (number mod 97) (python-stdnum ``stdnum.fr.nir``).
Source: INSEE, décret 82-103. The structure plus the mod-97 key is strong on its own.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.fr import nir

from anonymize.recognizers._base import STRONG, ChecksumRecognizer


class FrNirRecognizer(ChecksumRecognizer):
    ENTITY = "FR_NIR"
    COUNTRY_CODE = "fr"
    PATTERNS = [
        Pattern(
            "NIR",
            r"\b[12][ ]?\d{2}[ ]?(?:0[1-9]|1[0-2]|[2-9]\d)[ ]?(?:\d{2}|2[AB])[ ]?\d{3}[ ]?\d{3}[ ]?\d{2}\b",
            STRONG,
        )
    ]
    CONTEXT = ["sécurité sociale", "securite", "sociale", "insee", "nir", "ss"]
    VALIDATOR = staticmethod(nir.is_valid)

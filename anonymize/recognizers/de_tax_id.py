"""German Steuerliche Identifikationsnummer (Steuer-ID, IdNr) → ``DE_TAX_ID``.

Format: eleven digits, first not 0, often ``12 345 678 903``. Check digit: ISO 7064 MOD 11,10
(python-stdnum ``stdnum.de.idnr``, which also checks the digit-repetition rule). Source: §139b AO,
BZSt. Eleven plain digits need context (Steuer-ID, IdNr, tax id).
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.de import idnr

from anonymize.recognizers._base import NEEDS_CONTEXT, ChecksumRecognizer


class ShoalDeTaxIdRecognizer(ChecksumRecognizer):
    ENTITY = "DE_TAX_ID"
    COUNTRY_CODE = "de"
    PATTERNS = [Pattern("IdNr", r"\b[1-9]\d[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}\b", NEEDS_CONTEXT)]
    CONTEXT = [
        "steuer",
        "steuer-id",
        "steueridentifikationsnummer",
        "idnr",
        "identifikationsnummer",
        "tin",
        "tax",
    ]
    VALIDATOR = staticmethod(idnr.is_valid)

"""UK NHS number → ``UK_NHS``.

Format: ten digits, usually ``943 476 5919``. Check digit: modulus 11 with weights 10..2 over the first
nine digits (python-stdnum ``stdnum.gb.nhs``). Source: NHS Data Dictionary, "NHS NUMBER".
Ten plain digits are also phone and order numbers, so unspaced ones need context.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.gb import nhs

from anonymize.recognizers._base import MEDIUM, NEEDS_CONTEXT, ChecksumRecognizer


class UkNhsRecognizer(ChecksumRecognizer):
    ENTITY = "UK_NHS"
    COUNTRY_CODE = "gb"
    PATTERNS = [
        Pattern("NHS (3-3-4)", r"\b\d{3}[ -]\d{3}[ -]\d{4}\b", MEDIUM),
        Pattern("NHS (plain)", r"\b\d{10}\b", NEEDS_CONTEXT),
    ]
    CONTEXT = ["nhs", "health", "patient", "number"]
    VALIDATOR = staticmethod(nhs.is_valid)

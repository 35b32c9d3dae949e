"""Danish CPR number → ``DK_CPR``.

Format: ``DDMMYY-SSSS``. Since 2007 there is no reliable mod-11 check, so validation is the embedded
birth date and century digit (python-stdnum ``stdnum.dk.cpr``). Source: CPR-kontoret. The dashed form
scores medium; it still benefits from context (cpr, personnummer).
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.dk import cpr

from anonymize.recognizers._base import MEDIUM, NEEDS_CONTEXT, ChecksumRecognizer


class DkCprRecognizer(ChecksumRecognizer):
    ENTITY = "DK_CPR"
    COUNTRY_CODE = "dk"
    PATTERNS = [
        Pattern("CPR (dashed)", r"\b[0-3]\d[01]\d{3}-\d{4}\b", MEDIUM),
        Pattern("CPR (plain)", r"\b[0-3]\d[01]\d{7}\b", NEEDS_CONTEXT),
    ]
    CONTEXT = ["cpr", "personnummer", "cpr-nr", "cpr-nummer"]
    VALIDATOR = staticmethod(cpr.is_valid)

"""Polish PESEL → ``PL_PESEL``.

Format: eleven digits ``YYMMDDZZZXQ`` (birth date with century in the month, serial, sex, check).
Check digit: weights 1-3-7-9 repeated, (10 − sum mod 10) mod 10; the embedded date must exist
(python-stdnum ``stdnum.pl.pesel``). Source: Ustawa o ewidencji ludności. Needs context.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.pl import pesel

from anonymize.recognizers._base import NEEDS_CONTEXT, ChecksumRecognizer


class ShoalPlPeselRecognizer(ChecksumRecognizer):
    ENTITY = "PL_PESEL"
    COUNTRY_CODE = "pl"
    PATTERNS = [Pattern("PESEL", r"\b\d{11}\b", NEEDS_CONTEXT)]
    CONTEXT = ["pesel", "ewidencyjny"]
    VALIDATOR = staticmethod(pesel.is_valid)

"""Irish Personal Public Service Number → ``IE_PPSN``.

Format: seven digits + check letter + optional second letter (A, B, H, W, T, X), e.g. ``1234567T``.
Check letter: weights 8..2 (and 9 on the second letter) mod 23 (python-stdnum ``stdnum.ie.pps``).
Source: Department of Social Protection. Letter plus checksum is strong enough on its own.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.ie import pps

from anonymize.recognizers._base import STRONG, ChecksumRecognizer


class IePpsnRecognizer(ChecksumRecognizer):
    ENTITY = "IE_PPSN"
    COUNTRY_CODE = "ie"
    PATTERNS = [Pattern("PPSN", r"\b\d{7}[A-W][ABHTWX]?\b", STRONG)]
    CONTEXT = ["pps", "ppsn", "personal public service"]
    VALIDATOR = staticmethod(pps.is_valid)

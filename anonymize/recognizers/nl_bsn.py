"""Dutch burgerservicenummer → ``NL_BSN``.

Format: nine digits, often ``1234.56.789``. Check: the "11-proef" (weights 9..2 and -1, sum divisible by
11; python-stdnum ``stdnum.nl.bsn``). Source: Wet algemene bepalingen burgerservicenummer. Nine digits
with a 1-in-11 checksum are common by chance, so a BSN always needs context.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.nl import bsn

from anonymize.recognizers._base import NEEDS_CONTEXT, ChecksumRecognizer


class NlBsnRecognizer(ChecksumRecognizer):
    ENTITY = "NL_BSN"
    COUNTRY_CODE = "nl"
    PATTERNS = [Pattern("BSN", r"\b\d{4}[. ]?\d{2}[. ]?\d{3}\b", NEEDS_CONTEXT)]
    CONTEXT = ["bsn", "burgerservicenummer", "sofinummer", "sofi"]
    VALIDATOR = staticmethod(bsn.is_valid)

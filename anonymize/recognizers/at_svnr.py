"""Austrian social insurance number (Versicherungsnummer, SVNR) → ``AT_SVNR``.

Format: ten digits ``SSSC DDMMYY`` (serial, check digit, birth date), e.g. ``1237 010180``.
Check digit: weights 3,7,9,5,8,4,2,1,6 mod 11 (python-stdnum ``stdnum.at.vnr``). Source: Dachverband
der Sozialversicherungsträger. Needs context.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.at import vnr

from anonymize.recognizers._base import NEEDS_CONTEXT, ChecksumRecognizer


class AtSvnrRecognizer(ChecksumRecognizer):
    ENTITY = "AT_SVNR"
    COUNTRY_CODE = "at"
    PATTERNS = [Pattern("SVNR", r"\b[1-9]\d{3}[ ]?\d{6}\b", NEEDS_CONTEXT)]
    CONTEXT = ["sozialversicherungsnummer", "versicherungsnummer", "svnr", "svn", "sv-nummer"]
    VALIDATOR = staticmethod(vnr.is_valid)

"""EU VAT identification numbers → ``EU_VAT``.

Format: two-letter country prefix (EL for Greece) + national number, e.g. ``DE136695976``,
``FR40303265045``, ``NL004495445B01``. Check digits: per-country algorithms in python-stdnum
``stdnum.eu.vat`` (which dispatches to ``stdnum.<cc>.vat``). Source: EU VIES specifications.
The country prefix plus checksum is strong. (VAT numbers of sole traders are personal data.)
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.eu import vat

from anonymize.recognizers._base import STRONG, ChecksumRecognizer

_PREFIXES = "AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI"


class EuVatRecognizer(ChecksumRecognizer):
    ENTITY = "EU_VAT"
    PATTERNS = [Pattern("VAT", rf"\b(?:{_PREFIXES})[ ]?[0-9A-Z][0-9A-Z .]{{6,14}}[0-9A-Z]\b", STRONG)]
    CONTEXT = ["vat", "tva", "btw", "ust", "iva", "mwst", "ust-idnr", "moms", "alv"]
    VALIDATOR = staticmethod(vat.is_valid)

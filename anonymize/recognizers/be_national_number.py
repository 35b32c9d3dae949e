"""Belgian national register number (rijksregisternummer / numéro national) → ``BE_NATIONAL_NUMBER``.

Format: ``YY.MM.DD-SSS.CC`` (birth date, serial, check); eleven digits. Check: 97 − (first nine digits
mod 97), with a "2" prefixed for births from 2000 (python-stdnum ``stdnum.be.nn``). Source: Law of
8 August 1983 on the National Register. The dotted form is strong; eleven plain digits need context.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.be import nn

from anonymize.recognizers._base import NEEDS_CONTEXT, STRONG, ChecksumRecognizer


class BeNationalNumberRecognizer(ChecksumRecognizer):
    ENTITY = "BE_NATIONAL_NUMBER"
    COUNTRY_CODE = "be"
    PATTERNS = [
        Pattern("NN (formatted)", r"\b\d{2}\.\d{2}\.\d{2}[- ]\d{3}\.\d{2}\b", STRONG),
        Pattern("NN (plain)", r"\b\d{11}\b", NEEDS_CONTEXT),
    ]
    CONTEXT = ["rijksregisternummer", "rijksregister", "national", "nationaal", "registre", "insz", "niss"]
    VALIDATOR = staticmethod(nn.is_valid)

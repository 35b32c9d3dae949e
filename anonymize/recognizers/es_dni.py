"""Spanish DNI/NIF (``ES_NIF``) and NIE (``ES_NIE``).

DNI: eight digits and a control letter, e.g. ``12345678Z``; NIE: X, Y or Z, seven digits and a control
letter. Check letter: number mod 23 indexed into ``TRWAGMYFPDXBNJZSQVHLCKE`` (NIE: X/Y/Z → 0/1/2 first).
Validators: python-stdnum ``stdnum.es.dni`` and ``stdnum.es.nie``. Source: Real Decreto 1553/2005.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.es import dni, nie

from anonymize.recognizers._base import STRONG, ChecksumRecognizer


class EsDniRecognizer(ChecksumRecognizer):
    ENTITY = "ES_NIF"
    COUNTRY_CODE = "es"
    PATTERNS = [Pattern("DNI", r"\b\d{8}[ -]?[A-HJ-NP-TV-Z]\b", STRONG)]
    CONTEXT = ["dni", "nif", "documento", "identidad", "id"]
    VALIDATOR = staticmethod(dni.is_valid)


class ShoalEsNieRecognizer(ChecksumRecognizer):
    ENTITY = "ES_NIE"
    COUNTRY_CODE = "es"
    PATTERNS = [Pattern("NIE", r"\b[XYZ][ -]?\d{7}[ -]?[A-HJ-NP-TV-Z]\b", STRONG)]
    CONTEXT = ["nie", "extranjero", "residencia", "id"]
    VALIDATOR = staticmethod(nie.is_valid)

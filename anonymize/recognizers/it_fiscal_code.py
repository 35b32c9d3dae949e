"""Italian codice fiscale → ``IT_FISCAL_CODE``.

Format: 16 characters ``RSSMRA85T10A562S`` (surname, name, birth date/sex, place, control letter;
omocodia may swap digits for letters LMNPQRSTUV). Check character: odd/even position value tables summed
mod 26 (python-stdnum ``stdnum.it.codicefiscale``). Source: DM 23/12/1976, Agenzia delle Entrate.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.it import codicefiscale

from anonymize.recognizers._base import STRONG, ChecksumRecognizer

_D = "[0-9LMNPQRSTUV]"


class ShoalItFiscalCodeRecognizer(ChecksumRecognizer):
    ENTITY = "IT_FISCAL_CODE"
    COUNTRY_CODE = "it"
    PATTERNS = [
        Pattern(
            "Codice fiscale",
            rf"(?i)\b[A-Z]{{6}}{_D}{{2}}[ABCDEHLMPRST]{_D}{{2}}[A-Z]{_D}{{3}}[A-Z]\b",
            STRONG,
        )
    ]
    CONTEXT = ["codice", "fiscale", "cf", "tax"]
    VALIDATOR = staticmethod(codicefiscale.is_valid)

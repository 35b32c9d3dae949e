"""Personal identification numbers of countries without a dedicated recognizer → ``NATIONAL_ID``.

Each candidate is validated with the country's check-digit rules (python-stdnum unless noted):

- Switzerland AHV/AVS number, ``756.####.####.##`` (EAN-13 check digit, ``stdnum.ch.ssn``). The dotted
  form is strong on its own; 13 plain digits need context.
- Lithuania asmens kodas, 11 digits (``stdnum.lt.asmens``); Estonia isikukood, 11 digits
  (``stdnum.ee.ik``); Croatia OIB, 11 digits (ISO 7064 mod 11,10, ``stdnum.hr.oib``); Greece AMKA,
  11 digits (Luhn + birth date, ``stdnum.gr.amka``); Latvia personas kods, ``DDMMYY-#####`` or 11
  digits (``stdnum.lv.pvn``, natural persons only); Hungary személyi azonosító, 11 digits (weighted
  mod 11 over the first ten digits; not in stdnum, checked here).
- Romania CNP, 13 digits (``stdnum.ro.cnp``); Slovenia EMSO, 13 digits (``stdnum.si.emso``).
- Czechia / Slovakia rodné číslo, ``YYMMDD/SSS(C)`` (mod 11 + date, ``stdnum.cz.rc``/``stdnum.sk.rc``):
  the slashed form scores medium, plain digits need context.
- Bulgaria EGN, 10 digits (weighted mod 11 + date, ``stdnum.bg.egn``).

Plain digit runs are as likely order numbers: they score `NEEDS_CONTEXT` and pass only with an ID word
nearby ("My ID number is …", "asmens kodas", "CNP", a column header).
"""

from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import Pattern
from stdnum.bg import egn
from stdnum.ch import ssn
from stdnum.cz import rc as cz_rc
from stdnum.ee import ik
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.lt import asmens
from stdnum.lv import pvn
from stdnum.ro import cnp
from stdnum.si import emso
from stdnum.sk import rc as sk_rc

from anonymize.recognizers._base import (
    GENERIC_ID_CONTEXT,
    MEDIUM,
    NEEDS_CONTEXT,
    STRONG,
    ChecksumRecognizer,
    compact,
)


def is_valid_hu_personal_id(value: str) -> bool:
    """Hungarian személyi azonosító: 11 digits, first 1–8, check = weighted sum of ten digits mod 11.

    Weights 1..10 for people born before 1997, 10..1 from 1997 on (1997 rule, Act LXVI of 1992).
    """
    if len(value) != 11 or not value.isdigit() or value[0] not in "12345678":
        return False
    digits = [int(ch) for ch in value]
    month, day = int(value[3:5]), int(value[5:7])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    ascending = sum(d * (i + 1) for i, d in enumerate(digits[:10])) % 11
    descending = sum(d * (10 - i) for i, d in enumerate(digits[:10])) % 11
    return digits[10] in {ascending, descending}


def _is_lv_personal_code(value: str) -> bool:
    return len(value) == 11 and value[0] in "0123" and pvn.is_valid(value)


#: Validators by the length of the compacted candidate.
VALIDATORS: dict[int, tuple[Callable[[str], bool], ...]] = {
    9: (cz_rc.is_valid, sk_rc.is_valid),
    10: (cz_rc.is_valid, sk_rc.is_valid, egn.is_valid),
    11: (
        asmens.is_valid,
        ik.is_valid,
        oib.is_valid,
        amka.is_valid,
        _is_lv_personal_code,
        is_valid_hu_personal_id,
    ),
    13: (ssn.is_valid, cnp.is_valid, emso.is_valid),
}


def is_valid_national_id(value: str) -> bool:
    """True when ``value`` (separators ignored) passes one country's rules in `VALIDATORS`."""
    number = compact(value)
    return any(_passes(validator, number) for validator in VALIDATORS.get(len(number), ()))


def _passes(validator: Callable[[str], bool], number: str) -> bool:
    try:
        return bool(validator(number))
    except Exception:  # stdnum raises on odd input (impossible dates, …): not this country
        return False


class NationalIdRecognizer(ChecksumRecognizer):
    ENTITY = "NATIONAL_ID"
    PATTERNS = [
        Pattern("CH AHV (dotted)", r"\b756\.\d{4}\.\d{4}\.\d{2}\b", STRONG),
        Pattern("CZ/SK rodné číslo (slashed)", r"(?<![\w/])\d{6}/\d{3,4}\b(?!/)", MEDIUM),
        Pattern("LV personas kods (dashed)", r"\b[0-3]\d{5}-\d{5}\b", MEDIUM),
        Pattern("Personal number (plain)", r"(?<![\w./-])(?:\d{9,11}|\d{13})(?![\w]|[./-]\d)", NEEDS_CONTEXT),
    ]
    CONTEXT = GENERIC_ID_CONTEXT
    VALIDATOR = staticmethod(is_valid_national_id)

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if is_valid_national_id(pattern_text) else False

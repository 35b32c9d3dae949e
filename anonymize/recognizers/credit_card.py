"""Payment card numbers → ``CREDIT_CARD`` (replaces Presidio's ``CreditCardRecognizer``).

Format: 12–19 digits, plain or grouped by single spaces or dashes (``4111 1111 1111 1111``,
``3782-822463-10005``). Check digit: Luhn (ISO/IEC 7812-1, python-stdnum ``stdnum.luhn``). The number
must also start with an issuer prefix (IIN) of a scheme in use: Visa 4; Mastercard 51–55 and 2221–2720;
Amex 34/37; Discover 6011, 644–649, 65; Maestro 50, 56–69 and 0604; JCB 35 (3528–3589), 2131, 1800; Diners 300–305,
36, 38, 39. Presidio's version missed the Mastercard 2-series and 12-digit Maestro cards.
A Luhn-valid run with a known prefix is strong on its own (one random run in ten passes Luhn, and the
prefix and length rules cut that further); a business reference word before it still cancels it.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern
from stdnum import luhn

from anonymize.recognizers._base import STRONG, ChecksumRecognizer

#: IIN ranges as (low, high) over the first ``len(low)`` digits, inclusive.
IIN_RANGES: tuple[tuple[str, str], ...] = (
    ("4", "4"),  # Visa
    ("51", "55"),  # Mastercard
    ("2221", "2720"),  # Mastercard 2-series
    ("34", "34"),  # Amex
    ("37", "37"),  # Amex
    ("6011", "6011"),  # Discover
    ("644", "649"),  # Discover
    ("65", "65"),  # Discover
    ("50", "50"),  # Maestro
    ("56", "69"),  # Maestro (and other 6-series issuers)
    ("0604", "0604"),  # Maestro (legacy test range Faker generates)
    ("35", "35"),  # JCB (3528–3589 assigned; Faker and older test data use the whole 35 block)
    ("2131", "2131"),  # JCB, legacy 15-digit
    ("1800", "1800"),  # JCB, legacy 15-digit
    ("300", "305"),  # Diners Club
    ("36", "36"),  # Diners Club
    ("38", "39"),  # Diners Club
)

_CARD = r"(?<![\w.,/-])\d(?:[ -]?\d){11,18}(?![\w-]|[.,/]\d)"


def has_known_iin(number: str) -> bool:
    """True when the digit string starts with the prefix of a payment scheme listed in `IIN_RANGES`."""
    return any(low <= number[: len(low)] <= high for low, high in IIN_RANGES)


def is_valid_card(value: str) -> bool:
    """True for 12–19 digits (separators ignored) with a known issuer prefix and a valid Luhn digit."""
    number = re.sub(r"[ -]", "", value)
    return number.isdigit() and 12 <= len(number) <= 19 and has_known_iin(number) and luhn.is_valid(number)


class ShoalCreditCardRecognizer(ChecksumRecognizer):
    ENTITY = "CREDIT_CARD"
    PATTERNS = [Pattern("Payment card (Luhn + IIN)", _CARD, STRONG)]
    CONTEXT = [
        "card", "credit", "debit", "visa", "mastercard", "maestro", "amex", "cc", "pan", "karte",
        "kreditkarte", "carte", "tarjeta", "carta", "kaart", "karta", "cartão", "kortti", "kort",
    ]  # fmt: skip
    VALIDATOR = staticmethod(is_valid_card)

    def validate_result(self, pattern_text: str) -> bool | None:
        # Grouped forms must use one kind of separator ("4111 1111-1111 1111" is two numbers).
        if " " in pattern_text and "-" in pattern_text:
            return False
        return None if is_valid_card(pattern_text) else False

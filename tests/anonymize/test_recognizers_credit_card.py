"""Payment cards: every scheme Faker generates is found in prose (plain and grouped); Luhn-invalid runs,
unknown issuer prefixes and order numbers are not."""

from __future__ import annotations

import pytest
from faker import Faker
from stdnum import luhn

from anonymize.recognizers.credit_card import is_valid_card
from tests.anonymize.detection import detect

SEED = 20261129
CARD_TYPES = (
    "maestro", "mastercard", "visa16", "visa13", "visa19", "amex", "discover", "diners", "jcb15", "jcb16",
)  # fmt: skip


def cards(card_type: str, count: int = 4) -> list[str]:
    fake = Faker()
    fake.seed_instance(SEED)
    return [fake.credit_card_number(card_type) for _ in range(count)]


def grouped(number: str, separator: str = " ") -> str:
    return separator.join(number[i : i + 4] for i in range(0, len(number), 4))


def break_luhn(number: str) -> str:
    last = (int(number[-1]) + 1) % 10
    return number[:-1] + str(last)


GENERATED = [(card_type, number) for card_type in CARD_TYPES for number in cards(card_type)]


@pytest.mark.parametrize(("card_type", "number"), GENERATED)
def test_it_finds_a_generated_card_in_prose(card_type: str, number: str) -> None:
    assert ("CREDIT_CARD", number) in detect(f"I paid with {number} last week.")


@pytest.mark.parametrize(("card_type", "number"), GENERATED[::3])
@pytest.mark.parametrize("separator", [" ", "-"])
def test_it_finds_a_grouped_card(card_type: str, number: str, separator: str) -> None:
    value = grouped(number, separator)
    assert ("CREDIT_CARD", value) in detect(f"Card: {value}, expires soon.")


@pytest.mark.parametrize(
    "number",
    [
        "2221000000000009",  # Mastercard 2-series, lowest prefix
        "2720990000000007",  # Mastercard 2-series, highest prefix
        "6759649826438453",  # Maestro
        "6440000000000005",  # Discover 644
        "3569990010095841",  # JCB
    ],
)
def test_it_finds_cards_of_every_iin_range(number: str) -> None:
    assert luhn.is_valid(number)
    assert ("CREDIT_CARD", number) in detect(f"Charge {number} please.")


@pytest.mark.parametrize(("card_type", "number"), GENERATED[::2])
def test_it_rejects_a_bad_luhn_digit(card_type: str, number: str) -> None:
    value = break_luhn(number)
    assert not is_valid_card(value)
    assert not any(kind == "CREDIT_CARD" for kind, _ in detect(f"I paid with {value} last week."))


@pytest.mark.parametrize(
    "text",
    [
        "Order 2025010001000005 shipped.",  # Luhn-valid, but no issuer starts with 20
        "Reference 7000000000000005 noted.",  # Luhn-valid, unknown 7-series prefix
        "Your order ORD-2025-010001 has shipped.",
        "Parcel ORD-4111111111111111 is late.",  # digits glued to a code
        "Serial 41111111117 is too short (11 digits).",
        "Account 12345678901234567890123 is not a card.",
        "Card 4111 1111-1111 1111 mixes separators.",
    ],
)
def test_it_does_not_flag_numbers_that_are_not_cards(text: str) -> None:
    assert not any(kind == "CREDIT_CARD" for kind, _ in detect(text))

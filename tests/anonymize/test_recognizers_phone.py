"""Phone numbers for EU/EEA regions plus UK, US and CH via libphonenumber."""

from __future__ import annotations

import phonenumbers
import pytest
from faker import Faker

from anonymize.recognizers.phone import REGIONS
from tests.anonymize.detection import detect


def example(
    region: str, fmt: phonenumbers.PhoneNumberFormat, kind=phonenumbers.PhoneNumberType.MOBILE
) -> str:
    """libphonenumber's own example number for the region (a reserved, non-assigned test number)."""
    number = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    return phonenumbers.format_number(number, fmt)


@pytest.mark.parametrize("region", REGIONS)
def test_it_finds_an_international_number_of_every_region(region: str) -> None:
    value = example(region, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    assert ("PHONE_NUMBER", value) in detect(f"Reach me on {value} after six.")


@pytest.mark.parametrize("region", REGIONS)
def test_it_finds_a_national_number_in_context(region: str) -> None:
    value = example(region, phonenumbers.PhoneNumberFormat.NATIONAL)
    found = detect(f"Call my mobile: {value}")
    assert any(
        kind == "PHONE_NUMBER" and (value.strip("()") in text or text in value) for kind, text in found
    ), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tel. 030 12345678 (Büro)", "030 12345678"),
        ("Appelez le 01 42 68 53 00 svp", "01 42 68 53 00"),
        ("Call 0044 20 7946 0958 now", "0044 20 7946 0958"),
        ("Phone (201) 555-0123 please", "(201) 555-0123"),
        ("Ring +41 44 668 18 00 today", "+41 44 668 18 00"),
        ("Desk: +41 (0)44 668 18 00", "+41 (0)44 668 18 00"),
        ("Appelez le 01.42.68.53.00 svp", "01.42.68.53.00"),
    ],
)
def test_it_finds_common_written_forms(text: str, expected: str) -> None:
    found = {value for kind, value in detect(text) if kind == "PHONE_NUMBER"}
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "Order 0612345678 was delivered.",
        "Invoice 2024-0042 is due.",
        "Delivered on 2024-01-02 at 10:30.",
        "The price is 1234567 EUR in total.",
        "Version 3.14.159.26 released.",
    ],
)
def test_it_does_not_flag_numbers_that_are_not_phones(text: str) -> None:
    assert not any(kind == "PHONE_NUMBER" for kind, _ in detect(text))


def faker_phones(locale: str, count: int = 8) -> list[str]:
    fake = Faker(locale)
    fake.seed_instance(20261129)
    return [fake.phone_number() for _ in range(count)]


INTERNATIONAL_FAKER_PHONES = [
    value
    for locale in ("it_IT", "cs_CZ", "ro_RO", "el_GR", "lt_LT")
    for value in faker_phones(locale)
    if value.lstrip("(").startswith(("+", "00"))
]


@pytest.mark.parametrize("value", INTERNATIONAL_FAKER_PHONES)
def test_it_finds_an_international_faker_number_in_prose(value: str) -> None:
    text = f"You can reach me at {value} in the evening."
    found = {text for kind, text in detect(text) if kind == "PHONE_NUMBER"}
    assert any(digits_of(value) == digits_of(span) for span in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please call +39 312 345 6789 tomorrow.", "+39 312 345 6789"),
        ("Please call +39 3123456789 tomorrow.", "+39 3123456789"),
        ("Please call 0039 312 345 6789 tomorrow.", "0039 312 345 6789"),
        ("Please call +39 212009845 tomorrow.", "+39 212009845"),
        ("Please call +39212460327 tomorrow.", "+39212460327"),
        ("Please call +(370) 39150008 tomorrow.", "+(370) 39150008"),
        ("Please call (+30) 2439 150008 tomorrow.", "(+30) 2439 150008"),
        ("Tel: 0364222829", "0364222829"),
        ("Tel.0364222829", "0364222829"),
        ("Call 030 1234567 today", "030 1234567"),
    ],
)
def test_it_finds_numbers_with_a_country_code_of_a_possible_length(text: str, expected: str) -> None:
    assert ("PHONE_NUMBER", expected) in detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your order ORD-2025-010001 has shipped.",
        "ORD-2025-050151 was cancelled.",
        "Invoice INV-2024-000123 is attached.",
        "See PO/2025/123456 for details.",
        "Ticket_0364222829 closed.",
        "Ref #A1-0612345678 noted.",
        "order ORD-2025-010001",
        "Code 0012345678 is the account key.",
        "Growth was +12 345 units.",
    ],
)
def test_it_does_not_take_identifier_codes_for_phones(text: str) -> None:
    assert not any(kind == "PHONE_NUMBER" for kind, _ in detect(text))


def digits_of(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit()).removeprefix("00")

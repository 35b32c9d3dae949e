"""IBAN for every SEPA country: compact and grouped, followed by words; bad check digits rejected."""

from __future__ import annotations

import random
import re
import string

import pytest
from stdnum import iban

from anonymize.recognizers.eu_iban import SEPA_COUNTRIES, EuIbanRecognizer
from tests.anonymize.detection import detect

_SPEC = re.compile(r"(\d+)!([nac])")
_ALPHABETS = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}


def make_iban(country: str, rng: random.Random) -> str:
    """A random IBAN with the country's BBAN structure (stdnum's registry) and correct check digits."""
    structure = iban._ibandb.info(country)[0][1]["bban"]
    for _ in range(100_000):  # some countries (BE, FR, IT, …) add a national check inside the BBAN
        bban = "".join(
            "".join(rng.choice(_ALPHABETS[kind]) for _ in range(int(size)))
            for size, kind in _SPEC.findall(structure)
        )
        value = country + iban.calc_check_digits(country + "00" + bban) + bban
        if iban.is_valid(value):
            return value
    raise AssertionError(f"no valid IBAN generated for {country}")


def grouped(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


RNG = random.Random(20261129)
IBANS = {country: make_iban(country, RNG) for country in SEPA_COUNTRIES}


@pytest.mark.parametrize("country", SEPA_COUNTRIES)
def test_it_finds_a_compact_iban_followed_by_words(country: str) -> None:
    value = IBANS[country]
    text = f"Please transfer the deposit to {value} BEFORE FRIDAY thanks"
    results = EuIbanRecognizer().analyze(text, ["IBAN_CODE"])
    assert [text[r.start : r.end] for r in results] == [value]


@pytest.mark.parametrize("country", SEPA_COUNTRIES)
def test_it_finds_a_grouped_iban(country: str) -> None:
    value = grouped(IBANS[country])
    text = f"IBAN: {value} (account holder on file)"
    assert ("IBAN_CODE", value) in detect(text)


@pytest.mark.parametrize("country", SEPA_COUNTRIES)
def test_it_rejects_an_iban_with_wrong_check_digits(country: str) -> None:
    value = IBANS[country]
    digits = int(value[2:4])
    bad = value[:2] + f"{(digits + 1) % 97 or 2:02d}" + value[4:]
    assert not iban.is_valid(bad)
    assert EuIbanRecognizer().analyze(f"IBAN {bad} please", ["IBAN_CODE"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("iban de89370400440532013000 ok", "de89370400440532013000"),
        ("Konto: DE89 3704 0044 0532 0130 00 VIELEN DANK", "DE89 3704 0044 0532 0130 00"),
        ("No IBAN here: DE00 1234 5678 9012 3456 78.", None),
        ("Order AT12 shipped", None),
    ],
)
def test_it_handles_case_and_boundaries(text: str, expected: str | None) -> None:
    found = [text[r.start : r.end] for r in EuIbanRecognizer().analyze(text, ["IBAN_CODE"])]
    assert found == ([expected] if expected else [])

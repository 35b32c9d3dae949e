from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
import pytest
from faker import Faker

from anonymize.engine import get_analyzer
from anonymize.profile import DIRECT, FREE_TEXT, NOT_PERSONAL, QUASI, header_hint, profile_frame

ROWS = 200
LOCALES = ["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB"]


def _fakers(seed: int) -> list[Faker]:
    fakers = [Faker(loc) for loc in LOCALES]
    for i, f in enumerate(fakers):
        f.seed_instance(seed + i)
    return fakers


def _column(kind: str, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    fakers = _fakers(seed)
    pick = lambda: fakers[rng.randrange(len(fakers))]  # noqa: E731
    today = date(2026, 1, 1)
    makers = {
        "names": lambda: f"{pick().first_name()} {pick().last_name()}",
        "upper_names": lambda: f"{pick().first_name()} {pick().last_name()}".upper(),
        "emails": lambda: pick().email(),
        "phones": lambda: pick().phone_number(),
        "ibans": lambda: pick().iban(),
        "contact_mix": lambda: pick().email() if rng.random() < 0.5 else pick().phone_number(),
        "pesel": lambda: fakers[5].pesel(),
        "dob": lambda: pick().date_of_birth(minimum_age=18, maximum_age=90).isoformat(),
        "order_dates": lambda: (today - timedelta(days=rng.randint(1, 600))).isoformat(),
        "countries": lambda: rng.choice(["Germany", "France", "Spain", "Italy", "Poland", "Netherlands"]),
        "currencies": lambda: rng.choice(["EUR", "PLN", "GBP", "SEK"]),
        "order_numbers": lambda: f"ORD-2025-{rng.randint(0, 9_999_999):07d}",
        "product_codes": lambda: f"SKU-{rng.choice('ABCDEF')}{rng.choice('LMNPQR')}-{rng.randint(100, 999)}",
        "amounts": lambda: f"{rng.randint(1, 3000)}.{rng.randint(0, 99):02d}",
        "phone_models": lambda: rng.choice(
            ["iPhone 13", "iPhone 14 Pro", "Galaxy S23", "Pixel 8", "Nokia 3310"]
        ),
        "postcodes": lambda: pick().postcode(),
        "streets": lambda: pick().street_address().replace("\n", ", "),
        "notes": lambda: (
            f"Customer {pick().first_name()} called about the delivery of order {rng.randint(1, 99999)} yesterday."
        ),
        "ages": lambda: str(rng.randint(18, 90)),
        "genders": lambda: rng.choice(["female", "male", "diverse"]),
    }
    return [makers[kind]() for _ in range(ROWS)]


CASES = [
    # header, value generator, expected kind, expected entity
    ("col1", "names", DIRECT, "PERSON"),
    ("col2", "upper_names", DIRECT, "PERSON"),
    ("ref", "emails", DIRECT, "EMAIL_ADDRESS"),
    ("col3", "phones", DIRECT, "PHONE_NUMBER"),
    ("col7", "ibans", DIRECT, "IBAN_CODE"),
    ("contact", "contact_mix", DIRECT, None),
    ("col5", "pesel", DIRECT, "PL_PESEL"),
    ("col10", "dob", QUASI, "DATE_OF_BIRTH"),
    ("col11", "order_dates", NOT_PERSONAL, "DATE_TIME"),
    ("col9", "countries", NOT_PERSONAL, "COUNTRY"),
    ("col12", "currencies", NOT_PERSONAL, "CURRENCY"),
    ("col13", "order_numbers", NOT_PERSONAL, None),
    ("col14", "product_codes", NOT_PERSONAL, None),
    ("col15", "amounts", NOT_PERSONAL, "NUMBER"),
    ("phone_model", "phone_models", NOT_PERSONAL, None),
    ("col8", "postcodes", QUASI, "POSTCODE"),
    ("col6", "streets", DIRECT, "STREET_ADDRESS"),
    ("notes", "notes", FREE_TEXT, None),
    ("age", "ages", QUASI, "AGE"),
    ("col20", "genders", QUASI, "GENDER"),
]


@pytest.fixture(scope="module")
def profile():
    frame = pd.DataFrame({header: _column(kind) for header, kind, _, _ in CASES})
    return profile_frame(frame, analyzer=get_analyzer(), today=date(2026, 1, 1))


@pytest.mark.parametrize(("header", "kind", "expected_kind", "expected_entity"), CASES)
def test_it_classifies_a_column_from_its_values(profile, header, kind, expected_kind, expected_entity):
    column = profile.column(header)
    assert column.kind == expected_kind, column.evidence
    if expected_entity is not None:
        assert column.entity == expected_entity
    if expected_kind == DIRECT and kind == "contact_mix":
        assert column.entity in {"EMAIL_ADDRESS", "PHONE_NUMBER"}
    assert 0 < column.confidence <= 1


def test_it_gives_quasi_identifiers_a_qi_type(profile):
    assert profile.column("col10").qi_type == "date"
    assert profile.column("col8").qi_type == "postcode"
    assert profile.column("age").qi_type == "age"
    assert profile.column("col20").qi_type == "category"


def test_evidence_holds_shares_and_never_values(profile):
    frame_values = set(_column("names")) | set(_column("emails"))
    text = repr(profile.to_dict())
    assert not any(value in text for value in frame_values)
    assert profile.column("ref").evidence["matches"]["EMAIL_ADDRESS"] == 1.0


def test_a_header_alone_does_not_make_a_personal_column():
    frame = pd.DataFrame({"phone": _column("order_numbers"), "email": _column("amounts")})
    result = profile_frame(frame, analyzer=None)
    assert result.column("phone").kind == NOT_PERSONAL
    assert result.column("email").kind == NOT_PERSONAL


def test_an_age_column_needs_both_header_and_values():
    frame = pd.DataFrame({"quantity": _column("ages"), "alter": _column("ages")})
    result = profile_frame(frame, analyzer=None)
    assert result.column("quantity").kind == NOT_PERSONAL
    assert result.column("alter").kind == QUASI


def test_an_empty_column_is_not_personal():
    result = profile_frame(pd.DataFrame({"x": [""] * 10, "y": [None] * 10}), analyzer=None)
    assert [c.kind for c in result.columns] == [NOT_PERSONAL, NOT_PERSONAL]


@pytest.mark.parametrize(
    ("header", "hint"),
    [
        ("phone_model", None),
        ("Telefon", "PHONE_NUMBER"),
        ("customer_name", "PERSON"),
        ("product_name", None),
        ("PLZ", "POSTCODE"),
        ("col7", None),
    ],
)
def test_header_hints_are_vetoed_for_non_personal_words(header, hint):
    assert header_hint(header) == hint


def test_the_profile_round_trips_through_a_dict(profile):
    from anonymize.profile import Profile

    assert Profile.from_dict(profile.to_dict()) == profile

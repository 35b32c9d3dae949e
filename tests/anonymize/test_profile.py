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
        "marital": lambda: rng.choice(["single", "married", "divorced", "widowed", "verheiratet", "ledig"]),
        "regions": lambda: rng.choice(["Bayern", "Hessen", "Sachsen", "Bretagne", "Normandie", "Andalucía"]),
        "nationalities": lambda: rng.choice(["Deutsch", "Französisch", "Polnisch", "Italienisch"]),
        "jobs": lambda: pick().job(),
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
    ("col9", "countries", QUASI, "COUNTRY"),
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
    ("col21", "marital", QUASI, "MARITAL_STATUS"),
    ("col22", "regions", QUASI, "REGION"),
    ("Staatsangehörigkeit", "nationalities", QUASI, "NATIONALITY"),
    ("beruf", "jobs", QUASI, "JOB_TITLE"),
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
    for header in ("col9", "col21", "col22", "Staatsangehörigkeit", "beruf"):
        assert profile.column(header).qi_type == "category", header


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


# --- held-out shapes: combined addresses, small files, order numbers, national IDs ------------------

ADDRESS_LOCALES = [
    "cs_CZ",
    "it_IT",
    "nl_BE",
    "de_AT",
    "ro_RO",
    "hu_HU",
    "el_GR",
    "sl_SI",
    "fi_FI",
    "da_DK",
    "de_CH",
]


def _locale_fakers(locales: list[str], seed: int) -> list[Faker]:
    fakers = [Faker(loc) for loc in locales]
    for i, f in enumerate(fakers):
        f.seed_instance(seed + i)
    return fakers


def _combined_addresses(rows: int, seed: int) -> list[str]:
    fakers = _locale_fakers(ADDRESS_LOCALES, seed)
    return [
        f"{f.street_address().replace(chr(10), ', ')}, {f.postcode()} {f.city()}"
        for f in (fakers[i % len(fakers)] for i in range(rows))
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Viale Borzomì, 9 Appartamento 50, 21016 Ums", True),
        ("Carineweg 803, 4435 Tarcienne", True),
        ("Strada X nr. 12, 123456 Cluj", True),
        ("Hlavní 12, 110 00 Praha", True),
        ("12 rue des Lilas, 75002 Paris", True),
        ("Odos Nikis 4, ΤΚ 123 45 Athina", True),
        ("Kossuth utca 206., H-8631 Hídhida", True),
        ("Strada Oprea, 876317 Lumina", True),
        ("12 High Road, Leeds", True),
        ("Customer prefers e-mail contact.", False),
        ("New delivery address: Pohořelec 4, 316 43 Úterý. Contact by phone", False),
        ("Login from home flagged, owner confirmed by phone", False),
        ("Cuzzocrea, Eleanora", False),
        ("Galaxy S23, 128 GB", False),
        ("Called twice, no answer", False),
    ],
)
def test_it_recognises_the_shape_of_a_postal_address_in_any_language(value, expected):
    from anonymize.profile import is_postal_address_shape

    assert is_postal_address_shape(value) is expected


@pytest.mark.parametrize("header", ["address", "col_a", "info"])
def test_a_combined_address_column_is_a_direct_identifier_not_free_text(header):
    notes_fakers = _locale_fakers(ADDRESS_LOCALES, 40)
    notes = [
        f"Customer called on {f.day_of_week()} about order {i}; please ship to {f.street_address()}, {f.city()} instead."
        for i, f in enumerate(notes_fakers[i % len(notes_fakers)] for i in range(120))
    ]
    frame = pd.DataFrame({header: _combined_addresses(120, seed=3), "notes": notes})
    result = profile_frame(frame, analyzer=None)
    assert (result.column(header).kind, result.column(header).entity) == (DIRECT, "STREET_ADDRESS")
    assert result.column("notes").kind == FREE_TEXT


def test_a_one_part_street_column_is_an_address_but_product_models_are_not():
    fakers = _locale_fakers(ADDRESS_LOCALES, 7)
    streets = [fakers[i % len(fakers)].street_address() for i in range(60)]
    frame = pd.DataFrame({"loc": streets, "device": _column("phone_models")[:60]})
    result = profile_frame(frame, analyzer=None)
    assert (result.column("loc").kind, result.column("loc").entity) == (DIRECT, "STREET_ADDRESS")
    assert result.column("device").kind == NOT_PERSONAL


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_small_file_of_many_locales_still_finds_postcodes_and_cities(seed):
    fakers = _locale_fakers(ADDRESS_LOCALES, seed)
    rows = [fakers[i % len(fakers)] for i in range(60)]
    frame = pd.DataFrame({"zip": [f.postcode() for f in rows], "town": [f.city() for f in rows]})
    result = profile_frame(frame, analyzer=None)
    assert (result.column("zip").kind, result.column("zip").qi_type) == (QUASI, "postcode")
    assert (result.column("town").kind, result.column("town").entity) == (QUASI, "CITY")


@pytest.mark.parametrize(
    "value",
    ["ORD-2025-010001", "INV/2024/1234567", "PO-0612345678", "ord-49 30 1234567"],
)
def test_the_phone_validator_rejects_letter_prefixed_codes(value):
    from anonymize.profile import is_phone

    assert is_phone(value) is False


@pytest.mark.parametrize("header", ["field_1", "id", "ordnr"])
def test_order_numbers_are_an_identifier_code_not_a_phone_column(header):
    rng = random.Random(4)
    frame = pd.DataFrame({header: [f"ORD-2025-{rng.randint(0, 999_999):06d}" for _ in range(80)]})
    column = profile_frame(frame, analyzer=get_analyzer()).column(header)
    assert column.kind == NOT_PERSONAL and column.entity != "PHONE_NUMBER"
    assert column.evidence["code_pattern_share"] >= 0.8


def test_national_ids_that_also_read_as_phone_numbers_are_national_ids():
    fakers = _locale_fakers(["nl_BE", "de_AT", "fi_FI", "it_IT", "nl_NL", "pl_PL", "ro_RO", "de_CH"], 9)
    values = [
        f.pesel() if f.locale == "pl_PL" else f.ssn() for f in (fakers[i % len(fakers)] for i in range(120))
    ]
    column = profile_frame(pd.DataFrame({"ref_no": values}), analyzer=None).column("ref_no")
    assert column.kind == DIRECT
    assert column.entity != "PHONE_NUMBER", column.evidence


def _ids(make, n: int = ROWS) -> list[str]:
    rng = random.Random(5)
    return [make(i, rng) for i in range(n)]


@pytest.mark.parametrize(
    ("header", "values"),
    [
        ("customer_id", _ids(lambda i, r: f"C{10000 + i}")),
        ("col2", _ids(lambda i, r: f"E{r.randint(100000, 999999)}")),
        ("Mitgliedsnummer", _ids(lambda i, r: f"{r.randint(10000, 99999)}")),
        ("ref", _ids(lambda i, r: str(700000 + 3 * i))),
        ("member_no", _ids(lambda i, r: f"MBR-{i:06d}")),
    ],
)
def test_record_ids_are_neither_postcodes_nor_quasi_identifiers(header, values):
    column = profile_frame(pd.DataFrame({header: values})).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "RECORD_ID"), column.evidence


def test_scattered_five_digit_numbers_without_an_id_header_stay_postcodes():
    rng = random.Random(3)
    values = [str(rng.randint(10000, 99999)) for _ in range(ROWS)]
    column = profile_frame(pd.DataFrame({"plz": values})).columns[0]
    assert column.entity == "POSTCODE"


def test_a_record_id_column_is_kept_or_keyed_never_cut():
    from anonymize.plan import propose_plan

    frame = pd.DataFrame({"customer_id": [f"C{10000 + i}" for i in range(ROWS)]})
    profile = profile_frame(frame)
    assert propose_plan(profile).columns[0].operator.name == "keep"
    keyed = propose_plan(profile, pseudonym=True).columns[0]
    assert (
        keyed.operator.name == "pseudonym" and "RECORD_ID" not in propose_plan(profile).risk.quasi_identifiers
    )


def test_a_column_of_names_no_list_knows_is_a_person_column():
    first = ["Quennell", "Ysolde", "Tjarvi", "Oyelaran", "Zuriñe", "Wiebrand", "Bożydar", "Ilídio"]
    last = ["Brasko", "Marchetaux", "Olwensk", "Adebisi", "Etxabe", "Okkerse", "Kwietnik", "Varzeano"]
    rng = random.Random(9)
    values = [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(60)]
    column = profile_frame(pd.DataFrame({"c1": values})).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "PERSON")
    products = ["Rose Gold Watch Strap", "Victoria Teapot", "Paris Desk Lamp", "Nordlicht Logistik GmbH"] * 15
    assert profile_frame(pd.DataFrame({"c1": products})).columns[0].entity != "PERSON"


def test_short_notes_with_function_words_are_free_text():
    notes = [
        "call anna back",
        "quennell asked for a refund",
        "parcel left with the neighbour",
        "no answer",
    ] * 10
    assert profile_frame(pd.DataFrame({"x": notes})).columns[0].kind == FREE_TEXT


def test_a_date_column_mixing_time_zones_is_profiled_not_a_crash():
    values = [
        "2024-07-15T08:01:00Z",
        "15/07/2023 08:01",
        "2024-01-27 08:15:00+01:00",
        "27.01.2024, 08:15",
    ] * 20
    column = profile_frame(pd.DataFrame({"slot": values})).columns[0]
    assert column.kind == NOT_PERSONAL


def test_a_roster_of_first_names_no_list_holds_is_a_person_column_and_brands_are_not():
    staff = ["Florinio", "Allaug", "Taren", "Olumeka", "Regnild", "Kierulf", "Tasbert", "Dilbou"] * 5
    brands = [
        "Shimano",
        "Bosch",
        "Giant",
        "Cube",
        "Trek",
        "Kross",
        "Romet",
        "Merida",
        "Canyon",
        "Specialized",
    ] * 4
    columns = profile_frame(pd.DataFrame({"mech": staff, "brand": brands})).columns
    assert (columns[0].entity, columns[1].entity) == ("PERSON", None)


def test_a_categorical_column_with_rare_values_is_a_candidate_quasi_identifier():
    rng = random.Random(4)
    tiers = [rng.choice(["basic", "plus", "premium"]) for _ in range(296)] + ["enterprise"] * 4
    channels = [rng.choice(["web", "app", "store"]) for _ in range(300)]
    result = profile_frame(pd.DataFrame({"tier": tiers, "channel": channels}), analyzer=None)

    tier, channel = result.column("tier"), result.column("channel")
    assert (tier.kind, tier.qi_type) == (NOT_PERSONAL, "category")
    assert tier.evidence["rare_categories"] == pytest.approx(4 / 300, abs=1e-3)
    assert channel.qi_type is None and "rare_categories" not in channel.evidence


@pytest.mark.parametrize(
    ("header", "values", "entity"),
    [
        ("Land", ["Deutschland", "Frankreich", "Polen", "Italien"], "COUNTRY"),
        ("pays", ["FR", "DE", "ES", "BE", "NL"], "COUNTRY"),
        ("nationality", ["German", "French", "Polish", "Dutch", "Italian"], "NATIONALITY"),
        ("Familienstand", ["ledig", "verheiratet", "geschieden", "verwitwet"], "MARITAL_STATUS"),
        ("estado_civil", ["S", "C", "D", "V"], "MARITAL_STATUS"),
        ("Bundesland", ["Bayern", "Hessen", "Sachsen", "Berlin", "Bremen"], "REGION"),
        ("province", ["Noord-Holland", "Utrecht", "Zeeland", "Drenthe"], "REGION"),
    ],
)
def test_countries_nationalities_marital_status_and_regions_are_quasi_identifiers(header, values, entity):
    rng = random.Random(2)
    column = profile_frame(pd.DataFrame({header: [rng.choice(values) for _ in range(120)]})).columns[0]
    assert (column.kind, column.entity, column.qi_type) == (QUASI, entity, "category"), column.evidence


_INVENTED_FIRST = [
    "Amezel",
    "Quennell",
    "Çağkın",
    "Tjarvi",
    "Zuriñe",
    "Wiebrand",
    "Bożydar",
    "Ilídio",
    "Nhơnwe",
]
_INVENTED_LAST = [
    "Sibunan",
    "Karasoylu",
    "Olwensk",
    "Etxabe",
    "Okkerse",
    "Kwietnik",
    "Varzeano",
    "de la Vruntaq",
]


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("first_name", _INVENTED_FIRST),
        ("last_name", _INVENTED_LAST),
        ("Vorname", _INVENTED_FIRST),
        ("Nachname", _INVENTED_LAST),
        ("prénom", _INVENTED_FIRST),
        ("apellidos", _INVENTED_LAST),
        ("cognome", _INVENTED_LAST),
        ("achternaam", _INVENTED_LAST),
        ("nazwisko", _INVENTED_LAST),
        ("sobrenome", _INVENTED_LAST),
    ],
)
def test_single_name_words_under_a_given_name_or_surname_header_are_a_person_column(header, words):
    """Names no list or model knows, in title, upper and lower case: the header says what they are."""
    rng = random.Random(11)
    cases = (str.title, str.upper, str.lower)
    values = [rng.choice(cases)(rng.choice(words)) for _ in range(ROWS)]
    column = profile_frame(pd.DataFrame({header: values})).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "PERSON"), column.evidence


def test_a_user_name_column_is_a_direct_identifier_and_a_product_name_column_is_not():
    rng = random.Random(12)
    handles = [
        f"{rng.choice(_INVENTED_FIRST).lower()}{rng.choice(['', '_', '.'])}{rng.randint(1, 99)}"
        for _ in range(ROWS)
    ]
    column = profile_frame(pd.DataFrame({"username": handles})).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "USERNAME"), column.evidence
    products = [
        rng.choice(["Victoria Teapot", "Amelia Desk Lamp", "Porto Espresso Cup"]) for _ in range(ROWS)
    ]
    assert profile_frame(pd.DataFrame({"product_name": products})).columns[0].entity != "PERSON"


def test_a_card_number_is_a_record_id_and_a_tax_number_is_not():
    rng = random.Random(13)
    cards = [str(n) for n in rng.sample(range(100000, 999999), ROWS)]
    column = profile_frame(pd.DataFrame({"card_no": cards})).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "RECORD_ID"), column.evidence
    for header in ("tax number", "Ausweis-Nr", "house_no", "phone_no"):
        assert profile_frame(pd.DataFrame({header: cards})).columns[0].entity != "RECORD_ID", header


def test_a_birth_year_column_is_a_date_quasi_identifier_not_a_postcode():
    rng = random.Random(14)
    years = [str(rng.randint(1940, 2006)) for _ in range(ROWS)]
    column = profile_frame(pd.DataFrame({"birth_year": years})).columns[0]
    assert (column.kind, column.entity, column.qi_type) == (QUASI, "DATE_OF_BIRTH", "date"), column.evidence


def test_a_role_header_over_name_shaped_words_is_a_person_column() -> None:
    """A staff or customer role in the header ("bibliotecario", "Fahrzeughalter") over single
    name-shaped words, even lower case and in no list, is a person column; statuses and carriers under
    such a header are not."""
    names = ["qorvela", "tamunari", "veshkadi", "ulmorra", "zenthiko", "pavrulin"] * 4
    frame = pd.DataFrame(
        {
            "bibliotecario": names,
            "Fahrzeughalter": [n.title() + " Okarvo" for n in names],
            "handler": ["shipped", "pending", "returned", "cancelled"] * 6,
            "courier": ["DHL", "UPS", "GLS", "PostNL"] * 6,
        }
    )
    found = profile_frame(frame, analyzer=get_analyzer(), today=date(2026, 1, 1))
    assert found.column("bibliotecario").entity == "PERSON"
    assert found.column("Fahrzeughalter").entity == "PERSON"
    assert found.column("handler").entity != "PERSON"
    assert found.column("courier").entity != "PERSON"

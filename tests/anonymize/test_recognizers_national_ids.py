"""National identifiers and VAT numbers: valid numbers found (with context where required), near-misses
with a wrong check digit never reported. Numbers are generated (Faker, seeded, or random + python-stdnum
validation), never real ones."""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import pytest
from faker import Faker
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.bg import egn
from stdnum.ch import ssn as ch_ssn
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.eu import vat
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.ie import pps
from stdnum.it import codicefiscale
from stdnum.lt import asmens
from stdnum.lv import pvn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.us import ssn

from anonymize.entities import NATIONAL_ID_ENTITIES
from anonymize.recognizers.national_id import is_valid_hu_personal_id, is_valid_national_id
from anonymize.recognizers.uk_nino import is_valid_nino
from tests.anonymize.detection import detect

SEED = 20261129


def faker(locale: str) -> Faker:
    fake = Faker(locale)
    fake.seed_instance(SEED)
    return fake


def brute_force(make: Callable[[random.Random], str], is_valid: Callable[[str], bool]) -> str:
    rng = random.Random(SEED)
    for _ in range(100_000):
        candidate = make(rng)
        if is_valid(candidate):
            return candidate
    raise AssertionError("no valid number generated")


def digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def near_miss(value: str, is_valid: Callable[[str], bool]) -> str:
    """The same number with its last character (the check digit or letter) changed to an invalid one."""
    alphabet = string.digits if value[-1].isdigit() else string.ascii_uppercase
    for replacement in alphabet:
        candidate = value[:-1] + replacement
        if replacement != value[-1] and not is_valid(candidate):
            return candidate
    raise AssertionError(f"no near miss for {value}")


def _nino(rng: random.Random) -> str:
    letters = "ABCEGHJKLMNPRSTWXYZ"
    return f"{rng.choice(letters)}{rng.choice(letters)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {rng.choice('ABCD')}"


def _nhs(rng: random.Random) -> str:
    raw = digits(rng, 10)
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def _cpr(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99)}-{digits(rng, 4)}"


def _be_formatted(value: str) -> str:
    return f"{value[:2]}.{value[2:4]}.{value[4:6]}-{value[6:9]}.{value[9:]}"


VALID: dict[str, str] = {
    "UK_NINO": brute_force(_nino, lambda v: is_valid_nino(v.replace(" ", ""))),
    "UK_NHS": brute_force(_nhs, nhs.is_valid),
    "ES_NIF": faker("es_ES").nif(),
    "ES_NIE": faker("es_ES").nie(),
    "IT_FISCAL_CODE": faker("it_IT").ssn(),
    "NL_BSN": faker("nl_NL").ssn(),
    "DE_TAX_ID": brute_force(lambda r: digits(r, 11), idnr.is_valid),
    "FR_NIR": faker("fr_FR").ssn(),
    "BE_NATIONAL_NUMBER": faker("nl_BE").ssn(),
    "PL_PESEL": faker("pl_PL").pesel(),
    "PT_NIF": brute_force(lambda r: digits(r, 9, "12"), nif.is_valid),
    "IE_PPSN": brute_force(lambda r: digits(r, 7) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW"), pps.is_valid),
    "AT_SVNR": faker("de_AT").ssn(),
    "DK_CPR": brute_force(_cpr, cpr.is_valid),
    "SE_PERSONNUMMER": faker("sv_SE").ssn(),
    "FI_HETU": faker("fi_FI").ssn(),
    "US_SSN": faker("en_US").ssn(),
    "EU_VAT": brute_force(lambda r: "DE" + digits(r, 9), vat.is_valid),
}
VALIDATORS: dict[str, Callable[[str], bool]] = {
    "UK_NINO": lambda v: is_valid_nino(v.replace(" ", "")),
    "UK_NHS": nhs.is_valid,
    "ES_NIF": dni.is_valid,
    "ES_NIE": nie.is_valid,
    "IT_FISCAL_CODE": codicefiscale.is_valid,
    "NL_BSN": bsn.is_valid,
    "DE_TAX_ID": idnr.is_valid,
    "FR_NIR": nir.is_valid,
    "BE_NATIONAL_NUMBER": nn.is_valid,
    "PL_PESEL": pesel.is_valid,
    "PT_NIF": nif.is_valid,
    "IE_PPSN": pps.is_valid,
    "AT_SVNR": vnr.is_valid,
    "DK_CPR": cpr.is_valid,
    "SE_PERSONNUMMER": personnummer.is_valid,
    "FI_HETU": hetu.is_valid,
    "US_SSN": ssn.is_valid,
    "EU_VAT": vat.is_valid,
}
#: A sentence with the context a reader would expect around each number.
WITH_CONTEXT: dict[str, str] = {
    "UK_NINO": "Her National Insurance number is {}.",
    "UK_NHS": "Patient NHS number {} attended today.",
    "ES_NIF": "Mi DNI es {} y vivo en Madrid.",
    "ES_NIE": "NIE {} (residente).",
    "IT_FISCAL_CODE": "Codice fiscale: {} per la fattura.",
    "NL_BSN": "Mijn BSN is {}.",
    "DE_TAX_ID": "Steuer-ID: {}",
    "FR_NIR": "Numéro de sécurité sociale {} enregistré.",
    "BE_NATIONAL_NUMBER": "Rijksregisternummer: {}",
    "PL_PESEL": "Numer PESEL: {}",
    "PT_NIF": "O meu NIF é {}.",
    "IE_PPSN": "PPS number {} on file.",
    "AT_SVNR": "SVNR: {}",
    "DK_CPR": "CPR-nummer {}",
    "SE_PERSONNUMMER": "Personnummer {}",
    "FI_HETU": "Henkilötunnus {}",
    "US_SSN": "SSN {} on the form.",
    "EU_VAT": "VAT number {} on the invoice.",
}
#: Entities that a bare number without context must not trigger (too many look-alikes).
CONTEXT_REQUIRED = ["NL_BSN", "DE_TAX_ID", "PL_PESEL", "PT_NIF", "AT_SVNR", "BE_NATIONAL_NUMBER"]


@pytest.mark.parametrize("entity", sorted(VALID))
def test_it_finds_a_valid_number_in_context(entity: str) -> None:
    value = VALID[entity]
    assert VALIDATORS[entity](value), value
    assert (entity, value) in detect(WITH_CONTEXT[entity].format(value))


@pytest.mark.parametrize("entity", sorted(VALID))
def test_it_rejects_a_bad_check_digit(entity: str) -> None:
    if entity == "US_SSN":
        bad = "666" + VALID[entity][3:]  # no check digit: area 666 is never issued
    elif entity == "UK_NINO":
        bad = "D" + VALID[entity][1:]  # no check digit: prefix letter D is never issued
    elif entity == "DK_CPR":
        bad = VALID[entity][:2] + "13" + VALID[entity][4:]  # no check digit since 2007: month 13
    else:
        bad = near_miss(VALID[entity], VALIDATORS[entity])
    assert not VALIDATORS[entity](bad)
    # a codice fiscale right after its own label is kept even when mistyped (test below)
    context = "Riferimento {} per la fattura." if entity == "IT_FISCAL_CODE" else WITH_CONTEXT[entity]
    found = detect(context.format(bad))
    assert not any(kind == entity for kind, _ in found), found


@pytest.mark.parametrize("label", ["CF", "C.F.", "codice fiscale:", "Cod. fisc."])
def test_a_mistyped_codice_fiscale_right_after_its_label_is_still_found(label: str) -> None:
    """The code's shape is unmistakable and its label names it: a wrong check letter or an impossible
    birth day ("T36") is a typing error, and the code still names its holder."""
    bad = near_miss(VALID["IT_FISCAL_CODE"], codicefiscale.is_valid)
    impossible_day = "YMAMDV57T36E549P"
    for code in (bad, impossible_day):
        assert not codicefiscale.is_valid(code)
        assert ("IT_FISCAL_CODE", code) in detect(f"Nato a Roma, {label} {code}.")


@pytest.mark.parametrize("entity", CONTEXT_REQUIRED)
def test_it_needs_context_for_a_bare_number(entity: str) -> None:
    text = f"Reference {VALID[entity]} was shipped yesterday."
    assert not any(kind == entity for kind, _ in detect(text))


@pytest.mark.parametrize(
    ("entity", "text", "value"),
    [
        ("BE_NATIONAL_NUMBER", "Client {} registered.", _be_formatted(VALID["BE_NATIONAL_NUMBER"])),
        ("UK_NHS", "Seen under {} yesterday.", VALID["UK_NHS"]),
        ("FR_NIR", "Dossier {} complet.", VALID["FR_NIR"]),
        ("IT_FISCAL_CODE", "Intestatario {} ok.", VALID["IT_FISCAL_CODE"].lower()),
        ("ES_NIF", "Ficha {} archivada.", VALID["ES_NIF"]),
        ("SE_PERSONNUMMER", "Kund {} registrerad.", VALID["SE_PERSONNUMMER"]),
        ("FI_HETU", "Asiakas {} rekisteröity.", VALID["FI_HETU"]),
        ("EU_VAT", "Supplier {} registered.", VALID["EU_VAT"]),
    ],
)
def test_it_finds_strong_formats_without_context(entity: str, text: str, value: str) -> None:
    assert (entity, value) in detect(text.format(value))


@pytest.mark.parametrize(
    "text",
    [
        "Order 123456789 shipped on 2024-03-01.",
        "Invoice 2024-000123 total 1,299.00 EUR.",
        "Tracking number 00340434161094040000.",
        "Product code XR-2000 and iPhone 13 in stock.",
        "Item SKU 12345678901 is back.",
    ],
)
def test_it_leaves_business_references_alone(text: str) -> None:
    found = {kind for kind, _ in detect(text)}
    assert not found & (set(VALID) | {"PHONE_NUMBER", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "PERSON"})


@pytest.mark.parametrize("entity", sorted(set(VALID) & NATIONAL_ID_ENTITIES))
def test_it_finds_a_national_number_after_a_generic_id_phrase(entity: str) -> None:
    value = VALID[entity]
    assert (entity, value) in detect(f"Hello, my ID number is {value}, thanks.")


# --- generic NATIONAL_ID (countries without a dedicated recognizer) -----------------------------------


def _si_emso(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.choice(['960', '985', '001'])}50{digits(rng, 4)}"


def _rc(rng: random.Random) -> str:
    return f"{rng.randint(50, 99)}{rng.choice([1, 6]) * 1:1d}{rng.randint(1, 2)}{rng.randint(10, 28)}/{digits(rng, 4)}"


def _bg_egn(rng: random.Random) -> str:
    return f"{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 4)}"


def _lt_asmens(rng: random.Random) -> str:
    return f"{rng.choice('3456')}{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{digits(rng, 4)}"


def hu_personal_id() -> str:
    """Faker's hu_HU ``ssn()`` (11 digits; it sometimes emits a 12-digit value, skipped)."""
    fake = faker("hu_HU")
    return next(v for v in (fake.ssn() for _ in range(100)) if len(v) == 11)


#: (country, validator, generated value, sentence with local context)
GENERIC: list[tuple[str, Callable[[str], bool], str, str]] = [
    ("CH", ch_ssn.is_valid, faker("de_CH").ssn(), "AHV-Nummer {} bitte prüfen."),
    ("LT", asmens.is_valid, brute_force(_lt_asmens, asmens.is_valid), "Mano asmens kodas {}."),
    ("RO", cnp.is_valid, faker("ro_RO").ssn(), "CNP: {}"),
    ("SI", emso.is_valid, brute_force(_si_emso, emso.is_valid), "EMSO {} je pravilen."),
    ("GR", amka.is_valid, faker("el_GR").ssn(), "AMKA {} στο αρχείο."),
    ("CZ", cz_rc.is_valid, brute_force(_rc, cz_rc.is_valid), "Rodné číslo {} ověřeno."),
    ("BG", egn.is_valid, brute_force(_bg_egn, egn.is_valid), "ЕГН {}"),
    ("EE", ik.is_valid, faker("et_EE").ssn(), "Isikukood {}."),
    ("LV", pvn.is_valid, faker("lv_LV").ssn(), "Personas kods {}."),
    ("HR", oib.is_valid, faker("hr_HR").ssn(), "OIB: {}"),
    ("HU", is_valid_hu_personal_id, hu_personal_id(), "Személyi azonosító {}."),
]


@pytest.mark.parametrize(("country", "is_valid", "value", "sentence"), GENERIC, ids=[g[0] for g in GENERIC])
def test_it_finds_a_generic_national_id_in_local_context(
    country: str, is_valid: Callable[[str], bool], value: str, sentence: str
) -> None:
    assert is_valid(value.replace("-", "") if country == "LV" else value), value
    assert ("NATIONAL_ID", value) in detect(sentence.format(value))


@pytest.mark.parametrize(("country", "is_valid", "value", "sentence"), GENERIC, ids=[g[0] for g in GENERIC])
def test_it_finds_a_generic_national_id_after_my_id_number_is(
    country: str, is_valid: Callable[[str], bool], value: str, sentence: str
) -> None:
    plain = value.replace(".", "").replace("/", "").replace("-", "")
    assert ("NATIONAL_ID", plain) in detect(f"Hi, my ID number is {plain}. Please update it.")


@pytest.mark.parametrize(("country", "is_valid", "value", "sentence"), GENERIC, ids=[g[0] for g in GENERIC])
def test_it_rejects_a_generic_national_id_with_a_bad_check_digit(
    country: str, is_valid: Callable[[str], bool], value: str, sentence: str
) -> None:
    bad = near_miss(value, lambda v: is_valid_national_id(v))
    assert not any(kind == "NATIONAL_ID" for kind, _ in detect(sentence.format(bad)))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Client {} registered.", faker("de_CH").ssn()),  # dotted AHV is strong on its own
        ("Pacient {} přijat.", brute_force(_rc, cz_rc.is_valid)),  # slashed rodné číslo
    ],
)
def test_it_finds_formatted_national_ids_without_context(text: str, value: str) -> None:
    assert ("NATIONAL_ID", value) in detect(text.format(value))


@pytest.mark.parametrize(
    "text",
    [
        "Shipment {} left the warehouse.",
        "Order ID {} was cancelled.",
        "Invoice number {} is overdue.",
        "Please provide {} units.",  # "id" inside a word is no context
        "International shipment {} left.",  # nor "national" inside "international"
    ],
)
@pytest.mark.parametrize("value", [faker("ro_RO").ssn(), faker("et_EE").ssn(), faker("hr_HR").ssn()])
def test_it_needs_an_id_word_for_a_bare_generic_national_id(text: str, value: str) -> None:
    assert not any(kind == "NATIONAL_ID" for kind, _ in detect(text.format(value)))

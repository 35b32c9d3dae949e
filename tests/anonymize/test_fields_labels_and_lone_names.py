"""Names a lone capital gives away, field labels that are no speakers, senders under keys in eight
languages, notes written as sentences, numbers that are codes, versions and years, and JSONL fields
that hold a catalogue. Every name here is invented (no list holds it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anonymize.engine import get_analyzer
from anonymize.pipeline import run
from anonymize.pipeline.catalogue import MIN_VALUES
from anonymize.profile.values import is_prose
from anonymize.profile.vocabularies import is_name_key
from anonymize.recognizers.name_shapes import NameShapeRecognizer
from tests.anonymize.detection import detect


def _shapes(text: str) -> list[str]:
    return [text[r.start : r.end] for r in NameShapeRecognizer().analyze(text, ["PERSON"])]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Asystent prowadzi, ja ćwiczę z grupą Qimmuvak.", ["Qimmuvak"]),
        ("zabiera Frodhvenja i Talushke.", ["Frodhvenja", "Talushke"]),
        ("Rodzic Wendovar Quelbrokk pyta o zwolnienie.", ["Wendovar Quelbrokk"]),
        ("Bardzo dobry mecz Xaluvimo, dwie asysty.", ["Xaluvimo"]),
    ],
)
def test_a_lone_capitalised_word_of_no_language_inside_a_sentence_is_a_name(
    text: str, names: list[str]
) -> None:
    assert _shapes(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Reifenwechsel auf Sommerräder",  # German capitalises its nouns
        "Cortinados Sintra de algodão, pago.",  # beside a capitalised word: a compound or a product
        "Leasefiets klaar voor ophalen.",  # opening a sentence
    ],
)
def test_a_lone_capital_that_says_nothing_is_left(text: str) -> None:
    assert _shapes(text) == []


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("Świadek: HALSAND QUORVIK.", "Świadek", "HALSAND QUORVIK"),
        ("Testigo: Tiivaro Parantelmi.", "Testigo", "Tiivaro Parantelmi"),
        ("Testemunha: Nunuvaq Aqlermi.", "Testemunha", "Nunuvaq Aqlermi"),
    ],
)
def test_a_fields_label_before_a_colon_is_no_speaker(text: str, label: str, name: str) -> None:
    found = {value for entity, value in detect(text) if entity == "PERSON"}
    assert name in found
    assert label not in found


@pytest.mark.parametrize(
    ("path", "siblings", "expected"),
    [
        ("messaggi[].mittente", (), True),
        ("wiadomosci[].od", (), True),
        ("historia[].kto", (), True),
        ("reponses[].de", ("de", "texte"), True),
        ("labels.de", ("en", "de", "fr"), False),  # a translation, not a sender
        ("reply.by", (), True),
        ("ticket.closed_by", (), True),
        ("order.product", (), False),
    ],
)
def test_senders_are_read_by_their_key_in_every_language(
    path: str, siblings: tuple[str, ...], expected: bool
) -> None:
    assert is_name_key(path, siblings) is expected


def test_a_note_written_as_a_sentence_is_prose() -> None:
    assert is_prose("Testigo: Tiivaro Parantelmi.")
    assert is_prose("Perito Fumelvo pede orçamento revisto.")
    assert not is_prose("Vidros Rápidos Lda.")
    assert not is_prose("Chapa Pintura Cruce")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("factuur F-2024-5776 betaald", "F-2024-5776"),
        ("reinstalled AutoCAD LT 2024 2025.9.9; works now", "2024 2025.9.9"),
        ("Parts shipped; she will be in on 17 March 2024.", "17 March 2024"),
    ],
)
def test_codes_versions_and_years_stay(text: str, kept: str) -> None:
    assert not {e for e, v in detect(text) if e in {"PHONE_NUMBER", "POSTCODE"} and v in kept}


def test_a_jsonl_catalogue_field_is_kept_and_its_staff_names_are_not(tmp_path: Path) -> None:
    """ "pacote" repeats a few packages (some named after places and people): a catalogue, kept and
    listed in the plan; "by" repeats a few staff names: replaced."""
    packages = [
        "Escapadinha Kyoto",
        "Cruzeiro Fiordes 7 noites",
        "Pacote Madeira Clara",
        "Fim de semana em Évora",
        "Circuito Marrocos",
        "Roteiro dos Açores",
    ]
    staff = ["Qelvarin", "Tuzmeko", "Wahrundi"]
    source = tmp_path / "reservas.jsonl"
    lines = [
        {
            "reserva": f"RV-{9000 + i}",
            "pacote": packages[i % len(packages)],
            "by": staff[i % len(staff)],
            "nota": f"Reserva confirmada por {staff[i % len(staff)]} ao cliente.",
        }
        for i in range(MIN_VALUES + 10)
    ]
    source.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    report = run(source, tmp_path / "out", analyzer=get_analyzer())
    out = [
        json.loads(line) for line in (tmp_path / "out" / source.name).read_text(encoding="utf-8").splitlines()
    ]
    assert [r["pacote"] for r in out] == [r["pacote"] for r in lines]
    assert not any(name in json.dumps(out) for name in staff)
    assert "pacote" in {c["name"] for c in report.plan["columns"]}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("spoko tochwendi", ["tochwendi"]),
        ("ok pour moi qarvuleth", ["qarvuleth"]),
        ("bravecto 500 mg voor qelmundra", ["qelmundra"]),
    ],
)
def test_a_lone_lower_case_word_of_no_language_in_a_lower_case_line_is_a_name(
    text: str, names: list[str]
) -> None:
    assert _shapes(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "bravecto 500 mg voor de hond",  # a dose after it
        "rekening energie südring kg betaald",  # a legal form after it
        "nobivac l4 gegeven",  # a model after it
        "Spoko tochwendi",  # a cased line: the capital rules read it
    ],
)
def test_a_lone_lower_case_word_beside_business_words_is_left(text: str) -> None:
    assert _shapes(text) == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Escalated to Northgate Managed IT Ltd under their ref PO2024-2036.", "Northgate Managed IT Ltd"),
        ("Escalated to Brightwire Telecom under their ref PO-71117.", "Brightwire Telecom"),
        (
            "l'autre véhicule est assuré chez Cabinet Expertise Roussel & Associés.",
            "Cabinet Expertise Roussel",
        ),
        ("Expert mandaté : Garage du Pont-Neuf, visite prévue le 28/09/2024.", "Garage du Pont-Neuf"),
        ("Factura a nombre de Papelería Los Arcos; la recoge don Saygiveran.", "Papelería Los Arcos"),
    ],
)
def test_a_name_beside_a_trade_noun_is_a_business(text: str, company: str) -> None:
    assert not any(e == "PERSON" and v in company for e, v in detect(text))


def test_a_generic_trade_noun_before_a_person_is_no_business() -> None:
    found = detect("Facture envoyée à la mutuelle de Lorvantine Hovaldrup.")
    assert ("PERSON", "Lorvantine Hovaldrup") in found


def test_a_column_of_repeated_titles_is_a_catalogue_not_free_text() -> None:
    import pandas as pd

    from anonymize.profile import FREE_TEXT, NOT_PERSONAL, profile_frame

    titles = ["Lettere a Clara", "Un inverno a Bergen", "Il faro di Capri", "Ricette di Provence"] * 10
    notes = [
        f"Handled by {name} at the desk" for name in ("Qorvalid", "Tunmerek", "Zaviolen", "Brekanu")
    ] * 10
    frame = pd.DataFrame({"titolo": titles, "nota": notes})
    profile = {c.name: c.kind for c in profile_frame(frame).columns}
    assert profile["titolo"] == NOT_PERSONAL
    assert profile["nota"] == FREE_TEXT  # a name in a name's position: never a catalogue


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anwesend bei der Teambesprechung: Wendrik Mrkovar, Faustýn Jirálek, Mankova und ich.", "Mankova"),
        ("na imprezę idą tsavoru, gerdyyl i cihamaollintl", "gerdyyl"),
    ],
)
def test_an_item_of_a_list_of_names_is_a_name(text: str, name: str) -> None:
    assert ("PERSON", name) in detect(text)


def test_a_common_item_of_a_list_of_names_stays() -> None:
    found = detect("Called Qorvenda Lutmarek, the driver and Bovelin Trazzak")
    assert not any(e == "PERSON" and "driver" in v for e, v in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Check-in NXWAVELE Bufremo, Zimmer 214, drei Nächte.", "NXWAVELE Bufremo"),
        ("Freymannsk Þjóstólfrik hat das Paket gebucht.", "Freymannsk Þjóstólfrik"),  # "hat" is no hat
    ],
)
def test_a_surname_in_capitals_and_a_german_has_leave_the_name_found(text: str, name: str) -> None:
    assert ("PERSON", name) in detect(text)


def test_acronyms_beside_a_capitalised_word_stay() -> None:
    assert not any(e == "PERSON" for e, _ in detect("Order via ACME Portal today"))


@pytest.mark.parametrize(
    "path", ["msg.de.alias", "job.engineer", "rececao", "allievo", "punten[].spreker", "chat.apodo"]
)
def test_aliases_speakers_and_roles_are_name_keys_and_never_a_catalogue(path: str) -> None:
    from anonymize.pipeline.catalogue import _profiled

    assert not _profiled(path)


def test_a_single_letter_code_is_no_postcode() -> None:
    from anonymize.profile.values import is_postcode

    assert not is_postcode("C-76034")
    assert is_postcode("D-10115") and is_postcode("LT-12345")


def test_an_instrument_named_after_a_person_or_a_city_is_a_product() -> None:
    assert not any(e == "PERSON" for e, _ in detect("Heute Emil Ukulele und Clara Geige 3/4 ausgeliehen."))


def test_the_partner_of_a_found_name_in_a_pair_is_a_name() -> None:
    found = detect("Die Geschwister Yingxavo und Zonmerek teilen sich die Kosten.")
    assert ("PERSON", "Yingxavo") in found or ("PERSON", "Yingxavo und Zonmerek") in found
    assert not any(
        e == "PERSON" and "driver" in v for e, v in detect("Called Qorvenda Lutmarek and the driver")
    )

"""Care-of, attention and per-procuration marks in the eight languages announce a name whatever its
case; a record heading's date and hour are neither a phone, a house number nor a birth date; a
column headed "<participle> by" (in any of the languages) holds people, and a street header over
"words + house number" holds streets. Every person, street and town name here is invented."""

from __future__ import annotations

import pandas as pd
import pytest

from anonymize.profile import DIRECT, NOT_PERSONAL, profile_frame
from tests.anonymize.detection import detect


def _persons(text: str) -> set[str]:
    return {value for entity, value in detect(text) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Parcel post c/o Magas Hukuras.", "Magas Hukuras"),
        ("correio c/o Samiera Ghazie. Tel. amanhã", "Samiera Ghazie"),
        ("Invoice FAO Treluan Odsk, accounts", "Treluan Odsk"),
        ("pp Gorvash Ulbeni", "Gorvash Ulbeni"),
        ("Auftrag offen. i. A. Lonu Tuklak", "Lonu Tuklak"),
        ("Rechnung z. Hd. ralğizbay, bitte prüfen", "ralğizbay"),
        ("Commande en attente. | p.o. voela. | Vu avec le client", "voela"),
        ("Facture à l'attention de Brouvil Tasquen", "Brouvil Tasquen"),
        ("Pedido listo, a la atención de Quelmira Astoz", "Quelmira Astoz"),
        ("Ordine pronto, alla c.a. di Senavro Plitti", "Senavro Plitti"),
        ("Factuur t.a.v. Wremke Oldhuys", "Wremke Oldhuys"),
        ("Zlecenie gotowe, z up. kerrabo", "kerrabo"),
        ("Faktura do rąk Ajsza Welmock", "Ajsza Welmock"),
        ("Encomenda pronta, ao cuidado de Ondrila Vasquim", "Ondrila Vasquim"),
    ],
)
def test_care_of_attention_and_per_procuration_marks_announce_a_name(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text", ["attn: billing team", "c/o the front desk", "pp 12-14 of the manual"])
def test_such_a_mark_before_no_name_finds_none(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "#3 28.03.2025 15:05 Auftrag DE-45492: Set Delft, 396,97 €, erledigt.",
        "#12 1.4.2025 09:45 Zlecenie PL-4411: opony zimowe",
    ],
)
def test_a_headings_date_and_hour_are_no_phone_and_its_minutes_no_house_number(text: str) -> None:
    found = detect(text)
    assert not any(entity in {"PHONE_NUMBER", "STREET_ADDRESS"} for entity, _ in found), found


def test_a_phone_before_a_date_is_still_a_phone_and_an_hour_after_one_is_cut_off() -> None:
    assert ("PHONE_NUMBER", "030 1234567") in detect("Tel 030 1234567 12.03.2025 anrufen")
    assert ("PHONE_NUMBER", "0171 2345678") in detect("ring 0171 2345678 at 15:30")


def test_minutes_before_a_street_are_no_house_number() -> None:
    assert ("STREET_ADDRESS", "Hauptstraße 5") in detect("Termin um 10:30 Hauptstraße 5 bei Kunden")


def test_a_birth_word_on_the_line_before_does_not_make_a_date_a_birth_date() -> None:
    text = "#2 Order EN-30875 booked. Born 02/10/1981.\n#3 07/03/2024 17:20 Order EN-77122 done."
    found = detect(text)
    assert ("DATE_OF_BIRTH", "02/10/1981") in found
    assert ("DATE_OF_BIRTH", "07/03/2024") not in found


_GIVEN = [
    "ajmen",
    "uykheryk",
    "aszkold",
    "lieliea",
    "manoer",
    "nsembo",
    "ndzikhesa",
    "jolo",
    "wessimo",
    "pirrak",
]


@pytest.mark.parametrize(
    "header", ["accueilli_par", "atendido_por", "behandeld door", "geprüft_von", "accolto_da"]
)
def test_a_header_naming_who_did_it_holds_people(header: str) -> None:
    values = [_GIVEN[(i * 7) % len(_GIVEN)] for i in range(60)]
    column = profile_frame(pd.DataFrame({header: values})).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "PERSON")


def test_dates_under_a_valid_from_header_stay_dates() -> None:
    values = [f"{(i % 28) + 1:02d}.03.2025" for i in range(60)]
    column = profile_frame(pd.DataFrame({"gültig_von": values})).columns[0]
    assert column.entity != "PERSON"


def test_a_street_header_over_words_and_house_numbers_holds_streets() -> None:
    streets = [
        "Am Brakriedanger 49",
        "Am Korriedanger 5",
        "Murriedtrift 23",
        "Holsielkamp 7",
        "Am Tarlanger 12",
    ]
    values = [streets[i % 5].replace("5", str(i % 9 + 1)) for i in range(60)]
    column = profile_frame(pd.DataFrame({"Strasse": values})).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "STREET_ADDRESS")


def test_words_and_numbers_under_no_street_header_stay() -> None:
    values = [f"Kit Bergen {i % 9 + 1}" for i in range(60)]
    column = profile_frame(pd.DataFrame({"Artikel": values})).columns[0]
    assert column.kind == NOT_PERSONAL


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Crew on site. "All set," said kushawe.', "kushawe"),
        ("„Alles klar“, sagte beldoraa.", "beldoraa"),
        ("« C'est bon », a dit voela.", "voela"),
        ("«Todo listo», dijo Rasat Zagkuriy", "Rasat Zagkuriy"),
        ("«Tutto a posto», disse iengng", "iengng"),
        ('"Komt goed," zei Wremke Oldhuys', "Wremke Oldhuys"),
        ("„Wszystko gotowe” – powiedziała ajsza", "ajsza"),
        ("«Está tudo pronto», disse Ondrila Vasquim", "Ondrila Vasquim"),
    ],
)
def test_the_speaker_after_quoted_speech_is_a_name_in_every_language(text: str, name: str) -> None:
    assert name in _persons(text)


def test_the_word_after_quoted_speech_and_said_must_still_be_a_name() -> None:
    assert not _persons('"ok," said the driver')


@pytest.mark.parametrize(
    ("text", "name"),
    [("Order booked. • khesa – fitting", "khesa"), ("• Tongjong Kła – Einbau", "Tongjong Kła")],
)
def test_who_a_bullet_gives_a_task_is_a_name(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_bullets_thing_is_no_name() -> None:
    assert not _persons("• Teapot – 3 pcs")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Termin bestätigt. vuni und Tarluc Crëp holen ab.", "vuni"),
        ("anfal and Roedja Gandjie will collect.", "anfal"),
    ],
)
def test_a_lower_case_partner_of_a_found_name_is_a_name(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_common_word_beside_a_name_is_no_partner() -> None:
    assert _persons("coffee and Anna Berg at ten") == {"Anna Berg"}


def test_a_lower_case_word_after_a_name_and_and_is_a_verbs_not_a_partner() -> None:
    assert "racked" not in _persons("Ondrej Baros unstepped and racked it")


@pytest.mark.parametrize(
    ("line", "span", "dropped"),
    [
        ("KEIN VORSTIEG für Xxxxxxxx bis zur Nachschulung.", "VORSTIEG für", True),
        ("KEIN VORSTIEG für Xxxxxxxx bis zur Nachschulung.", "KEIN VORSTIEG", True),
        ("ANNA VAN DER BERG kommt morgen", "ANNA VAN DER BERG", False),
        ("Termin mit Anna Berg und Jan", "Anna Berg", False),
    ],
)
def test_the_names_model_drops_shouted_phrases_that_open_or_end_with_a_function_word(
    line: str, span: str, dropped: bool
) -> None:
    from anonymize.recognizers.learned_names import _opens_with_stop_word

    start = line.index(span)
    assert _opens_with_stop_word(line, start, start + len(span)) is dropped


@pytest.mark.parametrize(
    ("line", "span", "parts"),
    [
        ("Aus der Liste: ARBARO;Nebulo;in Prüfung", "ARBARO;Nebulo", ["ARBARO", "Nebulo"]),
        ("rota: Anna Berg | Jan Kos", "Anna Berg | Jan Kos", ["Anna Berg", "Jan Kos"]),
        ("fyi mrs. aslanvik complained about it", "aslanvik complained", ["aslanvik"]),
        ("Ondrej Baros unstepped the mast", "Ondrej Baros", ["Ondrej Baros"]),
    ],
)
def test_the_names_models_spans_are_cut_at_fields_and_before_a_common_verb(
    line: str, span: str, parts: list[str]
) -> None:
    from anonymize.recognizers.learned_names import _fields

    start = line.index(span)
    assert [line[s:e] for s, e in _fields(line, start, start + len(span))] == parts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("manzo: congrats to hipvri-nubvo on the race!!", "hipvri-nubvo"),
        ("Herzlichen Glückwunsch an Tarluc Crëp zum Abschluss", "Tarluc Crëp"),
        ("gratulacje dla ajsza za wynik", "ajsza"),
    ],
)
def test_whom_a_team_congratulates_is_a_name(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("signed off: Anna Berg handover Ṱumph Ḽomuro -> glav, tel later", {"Ṱumph Ḽomuro", "glav"}),
        ("cambio turno Xitai Brolla -> Mawa Riwa", {"Xitai Brolla", "Mawa Riwa"}),
        ("PLOT 69: NUH -> ANNA KOWALSKA, ORDER EN-70823", {"NUH", "ANNA KOWALSKA"}),
    ],
)
def test_both_sides_of_a_hand_over_arrow_are_names(text: str, names: set[str]) -> None:
    assert names <= _persons(text)


def test_an_arrow_between_states_holds_no_name() -> None:
    assert _persons("Status: open -> closed by Anna Berg") == {"Anna Berg"}

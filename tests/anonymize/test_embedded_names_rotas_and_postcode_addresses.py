"""Names inside hashtags, file names and web addresses; people in rotas, attendance lines, photo credits
and on envelopes; a street with its postcode and town whatever its street word; a "Surname (Given)"
column. Every person, street and town name here is invented (no list holds it)."""

from __future__ import annotations

import pandas as pd
import pytest

from anonymize.profile import DIRECT, profile_frame
from tests.anonymize.detection import detect


def _persons(text: str) -> set[str]:
    return {value for entity, value in detect(text) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Shared on the noticeboard with #Maszel and #lhuna.", {"Maszel", "lhuna"}),
        ("Scan saved as scan_Zarif_Agrin_0412.pdf on the shared drive.", {"Zarif", "Agrin"}),
        ("Profile link: https://crew.example/team/nyfkhezin-kykhzukh Lives nearby.", {"nyfkhezin-kykhzukh"}),
    ],
)
def test_names_inside_hashtags_file_names_and_web_addresses(text: str, names: set[str]) -> None:
    assert names <= _persons(text)


@pytest.mark.parametrize(
    "text",
    ["#sale #BlackFriday", "see Budget_2024_final.xlsx and IMG_4821.jpg"],
)
def test_topics_files_and_pages_of_words_hold_no_name(text: str) -> None:
    assert not _persons(text) & {"sale", "BlackFriday", "Budget", "final", "IMG"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Rota this week: Mon DENISOVA / Wed Lapaamsa Transo / Fri TONGJANYU.",
            {"DENISOVA", "Lapaamsa Transo"},
        ),
        ("Turni: lun Anna / mer Ugo Berti", {"Ugo Berti"}),
        ("Present: Zerrwos Damianos, Mawa Riwa; minutes typed up afterwards.", {"Zerrwos Damianos"}),
        ("Anwesend: Teodoros Angelidis, Mawa Riwa; Protokoll folgt.", {"Teodoros Angelidis", "Mawa Riwa"}),
        ("Foto: ndikwili. Geb. 12.03.1980", {"ndikwili"}),
        ("Sulla busta: mbambewinde · Contrada Marlor 120, 42981 Ravvelino.", {"mbambewinde"}),
    ],
)
def test_people_in_rotas_attendance_lines_credits_and_on_envelopes(text: str, names: set[str]) -> None:
    assert names <= _persons(text)


@pytest.mark.parametrize("text", ["Photo: sunset over the bay", "Open Mon to Fri from 9 to 5"])
def test_a_caption_or_opening_hours_hold_no_name(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Residenza: Contrada Neshal 56, 77885 Ilmdunino.", "Contrada Neshal 56, 77885 Ilmdunino"),
        ("Umschlag: Polkemzeile 46, 78939 Neswenfeld.", "Polkemzeile 46, 78939 Neswenfeld"),
        ("adresse 39 sente Gourn, 61363 Chaumière", "39 sente Gourn, 61363 Chaumière"),
        ("En el sobre: Pasaje Wenhal, 62, 51847 Neshalares.", "Pasaje Wenhal, 62, 51847 Neshalares"),
        (
            "Envelope reads: Wenvel Parade 13, Gorkemwold ZT5 7JK. Thanks",
            "Wenvel Parade 13, Gorkemwold ZT5 7JK",
        ),
    ],
)
def test_a_street_with_its_postcode_and_town_is_an_address_whatever_its_street_word(
    text: str, address: str
) -> None:
    assert ("STREET_ADDRESS", address) in detect(text)


def test_a_number_a_comma_and_a_count_is_no_address() -> None:
    assert not any(e == "STREET_ADDRESS" for e, _ in detect("Order 12, 34567 items shipped"))


def test_a_column_of_surnames_with_the_given_name_in_brackets_holds_people() -> None:
    values = [
        f"{s} ({g})"
        for s, g in zip(
            ["Myrzachmetova", "Seknyilkan", "Bartkiv", "Olvastre"] * 15,
            ["Ajdana", "Dūnchi", "Svitlohor", "Mireth"] * 15,
            strict=True,
        )
    ]
    column = profile_frame(pd.DataFrame({"cover": values})).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "PERSON")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Card on file: BEGIN:VCARD FN:Kote Tovu TEL:+44 7400 123456 END:VCARD", {"Kote Tovu"}),
        ("Waiting order: 1) Hašām Bakemī 2) taleia Left at the counter", {"Hašām Bakemī", "taleia"}),
        ("Pasted from the sheet: | thonyu | 1 | done | Reply soon", {"thonyu"}),
    ],
)
def test_names_in_a_vcard_a_numbered_queue_and_a_markdown_row(text: str, names: set[str]) -> None:
    assert names <= _persons(text)


@pytest.mark.parametrize("text", ["Steps: 1) remove cover 2) clean filter", "| Kit Bergen | 4 | done |"])
def test_numbered_steps_and_a_rows_things_hold_no_name(text: str) -> None:
    assert not _persons(text)


@pytest.mark.parametrize(
    ("header", "values"),
    [
        ("tecnico", ["n.kāŋa", "r.riwerah", "t.olmazi", "k.vendru"]),
        ("Kassenwart", ["ŊEME", "TOLVARD", "QUESSIM", "BRAULETH"]),
    ],
)
def test_logins_and_surnames_under_a_role_header_are_people(header: str, values: list[str]) -> None:
    column = profile_frame(pd.DataFrame({header: values * 15})).columns[0]
    assert (column.kind, column.entity) == (DIRECT, "PERSON")

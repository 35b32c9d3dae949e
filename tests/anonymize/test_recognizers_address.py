"""Street addresses (multilingual, house number before or after) and postcodes by country."""

from __future__ import annotations

import pytest

from anonymize.engine import get_analyzer
from tests.anonymize.detection import detect


def spans_of(entity: str, text: str) -> list[str]:
    return sorted(value for kind, value in detect(text) if kind == entity)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I live at 12 Baker Street since May.", "12 Baker Street"),
        ("Ship to 4021 Elm Rd., Apt. 5 please", "4021 Elm Rd., Apt. 5"),
        ("Wir wohnen in der Hauptstraße 5 seit Jahren.", "Hauptstraße 5"),
        ("Büro: Lindenallee 12a, Köln", "Lindenallee 12a, Köln"),
        ("Adresse : 35, boulevard Haussmann, Paris", "35, boulevard Haussmann, Paris"),
        ("Vivo en Rambla de Catalunya 99 desde 2019.", "Rambla de Catalunya 99"),
        ("Abito in via Roma 10 a Milano.", "via Roma 10"),
        ("Mieszkam przy ul. Długa 5/7 w Gdańsku.", "ul. Długa 5/7"),
        ("Moro na Rua Augusta 27 em Lisboa.", "Rua Augusta 27"),
        ("Ik woon op de Kalverstraat 12 in Amsterdam.", "Kalverstraat 12"),
        ("Jag bor på Drottninggatan 3 i Stockholm.", "Drottninggatan 3"),
        ("Asun osoitteessa Mannerheimintie 12 Helsingissä.", "Mannerheimintie 12"),
        ("Jeg bor på Vesterbrogade 4 i København.", "Vesterbrogade 4"),
        ("Locuiesc pe Aleea Dumitrescu Nr. 888 de un an.", "Aleea Dumitrescu Nr. 888"),
        ("Vivo en Calle Mayor nº 5 desde 2019.", "Calle Mayor nº 5"),
        ("wohnhaft müggelbergplatz 88, unterlagen folgen", "müggelbergplatz 88"),
        ("no longer at 133 restani gardens, check with reception", "133 restani gardens"),
    ],
)
def test_it_finds_a_street_address(text: str, expected: str) -> None:
    found = spans_of("STREET_ADDRESS", text)
    assert any(expected in value for value in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("New address: Strada Mihai Eminescu 12, 400123 Cluj-Napoca. Call me", "400123 Cluj-Napoca"),
        ("New address: 14 Main Street, D02 X285 Dublin. Call me", "D02 X285 Dublin"),
        ("New address: ul. Długa 5, 00-950 Warszawa. Call me", "00-950 Warszawa"),
        ("New address: Rua Augusta 27, 1100-048 Lisboa. Call me", "1100-048 Lisboa"),
        ("New address: Vinohradská 12, 120 00 Praha. Call me", "120 00 Praha"),
        ("New address: Kalverstraat 12, 1012 NX Amsterdam. Call me", "1012 NX Amsterdam"),
        ("lives 31 parkhurst way, broulham EH5 6LJ, tel 020 9721 9450", "broulham EH5 6LJ"),
    ],
)
def test_the_postcode_and_city_after_a_street_belong_to_the_address(text: str, expected: str) -> None:
    found = spans_of("STREET_ADDRESS", text)
    assert any(expected in value for value in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Main Street is busy on Saturdays.",
        "We have 3 offices and 12 staff.",
        "Meeting at 5 pm in room 12.",
        "Order 12345 shipped to Germany on 3 March 2024.",
    ],
)
def test_it_does_not_flag_text_without_an_address(text: str) -> None:
    assert spans_of("STREET_ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forwarding for her: she lives at Verdunská 65, 176 76 Vizovice and wants the Galaxy S23 returned.",
            "Verdunská 65, 176 76 Vizovice",
        ),
        ("He lives at Kauno 7, 00391 Panevėžys but works in Vilnius.", "Kauno 7, 00391 Panevėžys"),
    ],
)
def test_a_cued_address_stops_where_the_sentence_carries_on(text: str, expected: str) -> None:
    assert expected in spans_of("STREET_ADDRESS", text)


def test_it_grows_the_address_over_unit_city_and_postcode_lines() -> None:
    text = "Ship to:\n4844 Søndergade 52\n Apt. 656\n Brønderslev\n\n Denmark 35018"
    assert spans_of("STREET_ADDRESS", text) == [
        "4844 Søndergade 52\n Apt. 656\n Brønderslev\n\n Denmark 35018"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our office: London SW1A 1AA.", "SW1A 1AA"),
        ("Postcode M1 1AE", "M1 1AE"),
        ("Postcode 1012 AB Amsterdam", "1012 AB"),
        ("PLZ 10115", "10115"),
        ("Code postal : 75009", "75009"),
        ("zip code 94103-1234", "94103-1234"),
        ("Kod pocztowy 00-950", "00-950"),
        ("código postal 1000-001", "1000-001"),
    ],
)
def test_it_finds_a_postcode(text: str, expected: str) -> None:
    assert ("POSTCODE", expected) in detect(text)


def test_a_five_digit_code_after_a_street_address_is_a_postcode() -> None:
    text = "Hauptstraße 5, 10115 Berlin"
    results = get_analyzer().analyze(text, language="en", entities=["POSTCODE"])
    assert [text[r.start : r.end] for r in results if r.score >= 0.4] == ["10115"]


@pytest.mark.parametrize(
    "text",
    [
        "We sold 10115 units in 2023.",
        "Order 75009 is ready.",
        "The 1984 edition costs 2500 EUR.",
    ],
)
def test_it_does_not_flag_plain_numbers_as_postcodes(text: str) -> None:
    assert spans_of("POSTCODE", text) == []


def test_the_year_of_a_date_is_no_postcode() -> None:
    from anonymize.engine import get_analyzer

    text = "Neuaufnahme: Kostisz, 24.08.1963, Termin 10:30"
    found = get_analyzer().analyze(text, language="en", entities=["POSTCODE"])
    assert [text[r.start : r.end] for r in found if r.score >= 0.35] == []


@pytest.mark.parametrize(
    "text",
    [
        "it took 3 days a way to go",
        "bring 5 boxes, the string 2 is fine",
        "Funeral wreath, ribbon: 'Dad'. Deliver to Bloom Corner Limited 23/10/2024",
    ],
)
def test_lower_case_words_with_a_number_are_no_address(text: str) -> None:
    assert spans_of("STREET_ADDRESS", text) == []

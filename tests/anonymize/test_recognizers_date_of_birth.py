"""Dates of birth: a date with a birth word before it; other dates stay DATE_TIME."""

from __future__ import annotations

import pytest

from anonymize.engine import get_analyzer
from anonymize.recognizers import filter_results


def dob_spans(text: str) -> list[str]:
    results = filter_results(text, get_analyzer().analyze(text, language="en"))
    return [text[r.start : r.end] for r in results if r.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was born on 12 March 1985 in Leeds.", "12 March 1985"),
        ("DOB: 03/12/1985", "03/12/1985"),
        ("Date of birth 1985-03-12", "1985-03-12"),
        ("Er ist am 12. März 1985 geboren; geboren am 12.03.1985 in Köln.", "12.03.1985"),
        ("Geburtsdatum: 12.03.1985", "12.03.1985"),
        ("Il est né le 12 mars 1985 à Lyon.", "12 mars 1985"),
        ("Nacido el 12 de marzo de 1985.", "12 de marzo de 1985"),
        ("Nato il 12/03/1985 a Roma.", "12/03/1985"),
        ("Urodzony 12.03.1985 w Krakowie.", "12.03.1985"),
        ("Born March 12, 1985.", "March 12, 1985"),
        ("Pac. Ynglaug Myhrholm, f. nac. 26/02/1976 – implante", "26/02/1976"),
        ("nac. 25 de junio de 1971, DNI 10500154X", "25 de junio de 1971"),
        ("Pacjent, ur. 12.03.1985, Kraków", "12.03.1985"),
    ],
)
def test_it_finds_a_date_of_birth(text: str, expected: str) -> None:
    assert expected in dob_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order placed on 12 March 2024 and delivered 2024-03-15.",
        "The invoice dated 03/12/2023 is overdue.",
        "Birthday party supplies ship within 5 days.",
    ],
)
def test_it_leaves_other_dates_alone(text: str) -> None:
    assert dob_spans(text) == []

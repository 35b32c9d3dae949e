"""Ages: the number in an age phrase, in the main EU languages; durations and counts left alone."""

from __future__ import annotations

import pytest

from tests.anonymize.detection import detect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This 79 year old patient complains of pain.", "79"),
        ("Patient is a 38-year-old male.", "38"),
        ("and I'm 31 y/o.", "31"),
        ("I'll turn 23 on Sunday.", "23"),
        ("He retired at the age of 61.", "61"),
        ("Sie ist 45 Jahre alt.", "45"),
        ("Il a 52 ans.", "52"),
        ("Mi madre tiene 70 años.", "70"),
        ("Mio padre ha 81 anni.", "81"),
        ("Hij is 33 jaar oud.", "33"),
        ("Ona ma 27 lat.", "27"),
        ("Hon är 40 år gammal.", "40"),
        ("Hän on 29-vuotias.", "29"),
    ],
)
def test_it_finds_the_age_number(text: str, expected: str) -> None:
    found = detect(text)
    assert ("AGE", expected) in found
    assert not any(kind == "DATE_TIME" and expected in value for kind, value in found)


@pytest.mark.parametrize(
    "text",
    [
        "That was 35 years ago.",
        "We have 3 kids and 2 cats.",
        "The warranty lasts 2 years.",
        "She turned 300 pages in a day.",
    ],
)
def test_it_does_not_flag_durations_or_counts(text: str) -> None:
    assert not any(kind == "AGE" for kind, _ in detect(text))

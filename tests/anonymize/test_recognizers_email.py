"""Obfuscated e-mail addresses and display names in ``"Name" <address>``."""

from __future__ import annotations

import pytest
from faker import Faker

from anonymize.engine import get_analyzer
from anonymize.recognizers import filter_results

fake = Faker("fr_FR")
fake.seed_instance(7)
FIRST, LAST = fake.first_name(), fake.last_name()


def detect(text: str) -> set[tuple[str, str]]:
    results = filter_results(text, get_analyzer().analyze(text, language="en"))
    return {(r.entity_type, text[r.start : r.end]) for r in results}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("écrivez à jean.dupont [at] example [dot] fr merci", "jean.dupont [at] example [dot] fr"),
        ("Mail: hans(at)example.de", "hans(at)example.de"),
        ("contact: anna {at} beispiel {dot} at", "anna {at} beispiel {dot} at"),
        ("write to bob at example dot com today", "bob at example dot com"),
        ("plain jane.doe@example.org works too", "jane.doe@example.org"),
        ("internal: zebulon.q@canary-mail.example", "zebulon.q@canary-mail.example"),
        ("ops+alerts@build01.corp.local wrote", "ops+alerts@build01.corp.local"),
        ("MAIL ANNA.KOWALSKA@POCZTA.PL NOW", "ANNA.KOWALSKA@POCZTA.PL"),
    ],
)
def test_it_finds_an_email_address(text: str, expected: str) -> None:
    assert ("EMAIL_ADDRESS", expected) in detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meet me at noon at the station.",
        "We arrive at 10 and leave at dot of five.",
    ],
)
def test_it_does_not_take_ordinary_at_for_an_email(text: str) -> None:
    assert not any(kind == "EMAIL_ADDRESS" for kind, _ in detect(text))


@pytest.mark.parametrize(
    "template",
    ['From: "{first} {last}" <{user}@example.com>', "To: {first} {last} <{user}@example.com>"],
)
def test_it_finds_the_display_name_and_the_address(template: str) -> None:
    user = f"{FIRST}.{LAST}".lower().replace(" ", "")
    text = template.format(first=FIRST, last=LAST, user=user)
    found = detect(text)
    assert ("PERSON", f"{FIRST} {LAST}") in found
    assert ("EMAIL_ADDRESS", f"{user}@example.com") in found

"""Obfuscated e-mail addresses and display names in ``"Name" <address>``."""

from __future__ import annotations

import pytest
from faker import Faker

from tests.anonymize.detection import detect

fake = Faker("fr_FR")
fake.seed_instance(7)
FIRST, LAST = fake.first_name(), fake.last_name()


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From: Anna Nowak <anna@x.pl>", "Anna Nowak"),
        ('From: "NOWAK, Anna" <anna.nowak@x.pl>', "NOWAK, Anna"),
        ("From: anna nowak <anna.nowak@x.pl>", "anna nowak"),
        ("From: ANNA NOWAK <anna.nowak@x.pl>", "ANNA NOWAK"),
        ('From: "Χρυσαφένια Καζαντζή" <aristarchos@example.org>', "Χρυσαφένια Καζαντζή"),
        ("From: Łucja Śliwińska <l.s@example.pl>", "Łucja Śliwińska"),
        ("Please write to Anna Nowak <anna@x.pl> today", "Anna Nowak"),
        ('From: "Victoria De La Cruz De Torres" <vdlc@example.es>', "Victoria De La Cruz De Torres"),
        (f"From: {FIRST} {LAST} <{FIRST[0].lower()}{LAST.lower()}@example.fr>", f"{FIRST} {LAST}"),
    ],
)
def test_it_finds_display_names_in_every_case_and_script(text: str, expected: str) -> None:
    assert ("PERSON", expected) in detect(text)


def test_it_does_not_take_a_role_display_name_for_a_person() -> None:
    found = detect('From: "Shop Support" <support@shop.example>\nPlease contact support if needed.')
    assert not any(kind == "PERSON" for kind, _ in found), found


# A name invented for this test: no model or name list knows it.
INVENTED_FIRST, INVENTED_LAST = "Quillon", "Vendramask"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Also cc {INVENTED_FIRST} {INVENTED_LAST}, "
            f"{INVENTED_FIRST.lower()}.{INVENTED_LAST.lower()}@ostrava-mail.cz, thanks.",
            f"{INVENTED_FIRST} {INVENTED_LAST}",
        ),
        (
            f"From: {INVENTED_FIRST.lower()}.{INVENTED_LAST.lower()}@example.ro\nThanks {INVENTED_FIRST}, noted.",
            INVENTED_FIRST,
        ),
        (
            f"From: {INVENTED_LAST.lower()}_{INVENTED_FIRST.lower()}85@example.hu\n"
            f"hi there, this is {INVENTED_LAST.lower()} {INVENTED_FIRST.lower()}. pls refund",
            f"{INVENTED_LAST.lower()} {INVENTED_FIRST.lower()}",
        ),
        ("From: bakos.jozsef@example.hu\nthis is bakos józsef here", "bakos józsef"),
        (
            f'From: "{INVENTED_LAST} {INVENTED_FIRST}" <qv@example.net>\n'
            f"Holder: {INVENTED_LAST.upper()} {INVENTED_FIRST.upper()}",
            f"{INVENTED_LAST.upper()} {INVENTED_FIRST.upper()}",
        ),
    ],
)
def test_it_finds_a_name_that_its_own_email_address_spells(text: str, expected: str) -> None:
    assert ("PERSON", expected) in detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please contact support at support@shop.example about your order.",
        "Sales team: write to sales@shop.example, the sales desk answers daily.",
        "For billing questions use billing-team@shop.example or call billing.",
        "No reply expected: noreply@shop.example sent the service notice.",
        "Write to qv42@example.net about the device.",  # no ≥ 3-letter word in the local part
    ],
)
def test_it_does_not_take_a_role_address_for_a_name(text: str) -> None:
    assert not any(kind == "PERSON" for kind, _ in detect(text))

"""Person names in any letter case, from Faker's name lists and honorific/name cues."""

from __future__ import annotations

import pytest
from faker import Faker

from anonymize.engine import get_analyzer
from anonymize.recognizers import filter_results
from anonymize.recognizers.person_names import PersonNameRecognizer, name_lists

LOCALES = ["en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "sv_SE", "fi_FI", "da_DK"]


def people(locale: str) -> tuple[str, str]:
    fake = Faker(locale)
    fake.seed_instance(11)
    first, last = name_lists()
    for _ in range(200):  # a name made only of common words ("May Day") is out of scope by design
        given, family = fake.first_name(), fake.last_name()
        if given.lower() in first and family.lower() in last and " " not in given + family:
            return given, family
    raise AssertionError(locale)


def person_spans(text: str) -> list[str]:
    results = filter_results(text, get_analyzer().analyze(text, language="en"))
    return [text[r.start : r.end] for r in results if r.entity_type == "PERSON"]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("case", [str.upper, str.lower, str.title])
def test_it_finds_a_name_in_any_case(locale: str, case) -> None:
    given, family = people(locale)
    name = case(f"{given} {family}")
    text = f"please forward the file to {name} tomorrow"
    results = PersonNameRecognizer().analyze(text, ["PERSON"])
    assert name in [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sehr geehrte Frau Kowalski, danke.", "Kowalski"),
        ("Dear Mr Okonkwo, thank you.", "Okonkwo"),
        ("Bonjour Mme Lefèvre !", "Lefèvre"),
        ("My name is Siiri and I need help.", "Siiri"),
        ("Je m'appelle Éloïse.", "Éloïse"),
        ("Signed by Faina D. Yefremova yesterday", "Faina D. Yefremova"),
    ],
)
def test_it_finds_a_name_after_a_cue(text: str, expected: str) -> None:
    assert any(expected in span for span in person_spans(text)), person_spans(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the parcel never came\n\ncheers\nMarta\nsent from my phone", "Marta"),
        ("can you call me back?\n\n/marta", "marta"),
        ("pls refund asap\n\nthanks, anna müller", "anna müller"),
        ("see attached\n-- \nBest, Sven Olsen\n+47 912 34 567", "Sven Olsen"),
        ("Kind regards,\nJonas Berg | +46 70 123 45 67", "Jonas Berg"),
        ("Grazie mille,\nGiulia", "Giulia"),
        ("Thanks!\nPaul", "Paul"),
        ("Mit freundlichen Grüßen\nKlaus Meyer", "Klaus Meyer"),
    ],
)
def test_it_finds_the_name_that_signs_a_message(text: str, expected: str) -> None:
    assert any(expected in span for span in person_spans(text)), person_spans(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Account shared with Artur Żółtek (mobile 512 383 369).", "Artur Żółtek"),
        ("Billing contact changed to Karol Kiszczak. New number follows.", "Karol Kiszczak"),
        ("Courier left the parcel with Fabian van der Velde next door.", "Fabian van der Velde"),
        ("Claim filed on behalf of Megan Young; reach them by mail.", "Megan Young"),
    ],
)
def test_a_known_first_name_takes_the_unlisted_surname_after_it(text: str, expected: str) -> None:
    assert any(expected in span for span in person_spans(text)), person_spans(text)


@pytest.mark.parametrize(
    "text",
    ["Meet me at the Victoria Station exit.", "Our Paris Office is closed.", "Ask Maria about it."],
)
def test_a_place_or_a_sentence_after_a_first_name_is_no_surname(text: str) -> None:
    spans = person_spans(text)
    assert not any(word in span for span in spans for word in ("Station", "Office", "about")), spans


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for everything",
        "Best price in town",
        "Cheers, the team",
        "Regards,\nCustomer Service",
        "Order status\nShipped\nTotal",
        "Delivered to\nParis\nLondon",
    ],
)
def test_a_sign_off_without_a_name_is_no_signature(text: str) -> None:
    assert person_spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag, wie geht es?",
        "Dear Sir or Madam, please find attached.",
        "Hi there, thanks for the order.",
        "I will park the car and may come later.",
        "The iPhone 13 and the XR-2000 are in stock.",
        "Best regards, the customer service team",
        "Bonjour à tous et bonne journée.",
    ],
)
def test_it_does_not_flag_greetings_or_common_words(text: str) -> None:
    assert person_spans(text) == []

"""`register_all` and `filter_results`: weak predefined recognizers removed, known false positives dropped."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerRegistry, RecognizerResult

from anonymize.engine import get_analyzer
from anonymize.recognizers import REMOVED_PRESIDIO_RECOGNIZERS, SCORE_THRESHOLD, filter_results, register_all


def test_register_all_replaces_weak_predefined_recognizers() -> None:
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"])
    register_all(registry)
    names = {r.name for r in registry.recognizers}
    assert not names & set(REMOVED_PRESIDIO_RECOGNIZERS)
    assert {"EuIbanRecognizer", "EuPhoneRecognizer", "PersonNameRecognizer", "NlBsnRecognizer"} <= names
    assert {"ShoalCreditCardRecognizer", "NationalIdRecognizer", "EmailDerivedNameRecognizer"} <= names


@pytest.mark.parametrize(
    ("text", "entity", "start", "end"),
    [
        ("Guten Tag, Frau Meier", "PERSON", 0, 9),
        ("Dear Sir or Madam,", "PERSON", 5, 17),
        ("Hi there!", "PERSON", 0, 8),
        ("The iPhone 13 is here", "PERSON", 4, 13),
        ("Model XR-2000 sold out", "US_DRIVER_LICENSE", 6, 13),
        ("Model XR-2000 sold out", "ORGANIZATION", 6, 13),
        ("We shipped 250 boxes", "DATE_TIME", 11, 14),
        ("Order number 0612345678 paid", "PHONE_NUMBER", 13, 23),
        ("Anything", "PHONE_NUMBER", 0, 8),  # below the threshold
        ("Subject: Order ORD-2025-050002 not delivered", "PERSON", 9, 30),
        ("ref PO/2025/123456 ok", "PERSON", 0, 18),
        ("order ORD-2025-010001", "PHONE_NUMBER", 10, 21),
        ("Order ORD-2025 010001 shipped", "PHONE_NUMBER", 15, 21),
        ("Order ID 39811142615", "NATIONAL_ID", 9, 20),
        ("Wrong item (Nokia G42)", "PERSON", 12, 21),
        ("I got a Redmi Note 13 today", "PERSON", 8, 21),
        ("Return the Galaxy S23 Ultra", "PERSON", 11, 27),
        ("vorgang 2023/1934 offen", "PHONE_NUMBER", 8, 17),
        ("upgrade to 2.5.17.3284 failed", "PHONE_NUMBER", 11, 22),
        ("código postal 9966-618 Lisboa", "PHONE_NUMBER", 14, 22),
        ("Rechnung an Kleintierklinik am Park e.K., bitte", "PERSON", 12, 27),
        ("şölə von wohnkontor eiche ug (haftungsbeschränkt) ruft an", "PERSON", 10, 19),
        ("Abholung bei Kurierdienst Eilbote e.K. um 17.00", "PERSON", 26, 38),
    ],
)
def test_filter_results_drops_known_false_positives(text: str, entity: str, start: int, end: int) -> None:
    score = SCORE_THRESHOLD / 2 if text == "Anything" else 0.85
    result = RecognizerResult(entity, start, end, score)
    assert filter_results(text, [result]) == []


@pytest.mark.parametrize(
    ("text", "entity", "start", "end"),
    [
        ("Guten Tag, Frau Meier", "PERSON", 16, 21),
        ("Born in 1985 in Paris", "DATE_TIME", 8, 12),
        ("Call 0612345678 now", "PHONE_NUMBER", 5, 15),
        ("Contact Anna Kowalski today", "PERSON", 8, 21),
        ("AHV 756.2140.3579.85", "NATIONAL_ID", 4, 20),  # "AHV" ends in "v" but is no version word
        ("Dev team: call 0612345678", "PHONE_NUMBER", 15, 25),
        ("ruf an: 040/25049364", "PHONE_NUMBER", 8, 20),
        ("appelez le 06.12.34.56.78", "PHONE_NUMBER", 11, 25),
        ("Anna Kowalska from Acme Ltd called", "PERSON", 0, 13),
        ("sonst holt es mein Mann Tácio ab.", "PERSON", 24, 29),  # "ab" is a word, not "AB"
        ("Gruß\nAurick\nSpedition Weitblick e.K.", "PERSON", 5, 11),  # the company is on the next line
    ],
)
def test_filter_results_keeps_real_findings(text: str, entity: str, start: int, end: int) -> None:
    result = RecognizerResult(entity, start, end, 0.85)
    assert filter_results(text, [result]) == [result]


@pytest.mark.parametrize(
    "text",
    [
        "Your order #A-77812 of 3 items (SKU 4006381333931) ships to France on 12 May 2024 for 49,99 EUR.",
        "Invoice 2024-0042: 2 x Galaxy S23, 1 x RTX 4090, total 1.499,00 USD.",
        "I ordered a phone (order ORD-2025-050001). Ref: INV-2024-000123.",
        "Subject: Order ORD-2025-050002 not delivered; see PO/2025/123456.",
    ],
)
def test_business_text_yields_no_direct_identifier(text: str) -> None:
    results = filter_results(text, get_analyzer().analyze(text, language="en"))
    direct = {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "US_SSN", "STREET_ADDRESS", "POSTCODE"}
    assert [(r.entity_type, text[r.start : r.end]) for r in results if r.entity_type in direct] == []


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Customer ordered the Victoria Teapot and a lid.", "Victoria"),
        ("Rose Gold Watch Strap out of stock", "Rose"),
        ("Kunde bestellte die Lampe Florence.", "Florence"),
        ("La clienta compró la tetera Valentina.", "Valentina"),
        ("Paris Lamp and Lisboa Vase shipped", "Lisboa"),
    ],
)
def test_a_name_or_place_inside_a_product_name_is_kept(text: str, product: str) -> None:
    from anonymize.text import analyze_texts

    [found] = analyze_texts(get_analyzer(), [text])
    start = text.index(product)
    assert not any(r.entity_type in {"PERSON", "LOCATION"} and r.start <= start < r.end for r in found), [
        (r.entity_type, text[r.start : r.end]) for r in found
    ]


def test_a_cue_still_names_a_person_beside_a_product_noun() -> None:
    from anonymize.text import analyze_texts

    text = "Geliefert an Frau Oyelaran Lampe und Vase."
    [found] = analyze_texts(get_analyzer(), [text])
    start = text.index("Oyelaran")
    assert any(r.entity_type == "PERSON" and r.start <= start < r.end for r in found)


def test_a_name_at_a_cue_survives_inside_a_longer_lower_case_ner_span() -> None:
    # spaCy reads "cześć zbyszko" as one PERSON, which the post-filter rejects as a lower-case
    # non-name; Presidio's duplicate removal used to drop the greeting cue's "zbyszko" inside it.
    from anonymize.text import analyze_texts

    text = "cześć zbyszko, paczka wyszła. zbyszko potwierdził adres."
    [found] = analyze_texts(get_analyzer(), [text])
    assert any(r.entity_type == "PERSON" and text[r.start : r.end] == "zbyszko" for r in found)


def test_greetings_and_sign_offs_are_trimmed_off_a_name() -> None:
    for text, start, end, name in [
        ("Moin Selemawit,", 0, 14, "Selemawit"),
        ("Beste Grüße\nSevda", 6, 17, "Sevda"),
    ]:
        [result] = filter_results(text, [RecognizerResult("PERSON", start, end, 0.85)])
        assert text[result.start : result.end] == name


def test_a_name_ends_at_its_line_end() -> None:
    text = "überwiesen von Frau Jastarz\nAblieferbeleg für 1ZZED092KP70819848 fehlt"
    [result] = filter_results(text, [RecognizerResult("PERSON", 20, 41, 0.85)])
    assert text[result.start : result.end] == "Jastarz"


@pytest.mark.parametrize(
    ("text", "name"),
    [("Call Sylvie before delivery", "Sylvie"), ("Email Kwabena the invoice", "Kwabena")],
)
def test_a_models_name_loses_a_common_word_before_it(text: str, name: str) -> None:
    model = {"recognizer_name": "LearnedNameRecognizer"}
    start = text.index(name) - len(text.split()[0]) - 1
    result = RecognizerResult("PERSON", start, text.index(name) + len(name), 0.75, recognition_metadata=model)
    [kept] = filter_results(text, [result])
    assert text[kept.start : kept.end] == name
    # a listed first name before a surname stays part of the name, and so does a common word that
    # opens no cue phrase (a first name the lists lack)
    for text in ("Mark Oyelaran called back", "Nine Oosterhous called back"):
        [kept] = filter_results(text, [RecognizerResult("PERSON", 0, 13, 0.75, recognition_metadata=model)])
        assert text[kept.start : kept.end] == text[:13]

from __future__ import annotations

import pytest
from faker import Faker

from anonymize.selfcheck import PATTERN_ENTITIES, self_check


@pytest.fixture(scope="module")
def people() -> list[tuple[str, str]]:
    fake = Faker("en_GB")
    fake.seed_instance(11)
    return [(fake.name(), fake.email()) for _ in range(10)]


def test_pattern_entities_are_direct_identifiers_found_without_ner():
    assert {
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "CREDIT_CARD",
        "IP_ADDRESS",
        "URL",
    } <= PATTERN_ENTITIES
    assert {"PERSON", "LOCATION", "NRP"}.isdisjoint(PATTERN_ENTITIES)


def test_names_in_a_structured_kept_column_do_not_count_but_count_in_free_text(analyzer, people):
    cells = [("device", f"Shipped to {name} today") for name, _ in people]
    structured = self_check(analyzer, cells, structured_columns={"device"})
    free = self_check(analyzer, cells)
    assert structured.cells_with_findings == 0 and structured.passed
    assert free.cells_with_findings >= len(cells) // 2
    assert any(f["entity_type"] == "PERSON" for f in free.findings)


def test_pattern_entities_still_count_in_a_structured_kept_column(analyzer, people):
    cells = [("model", email) for _, email in people]
    result = self_check(analyzer, cells, structured_columns={"model"})
    assert result.cells_with_findings == len(cells)
    assert not result.passed
    assert {f["entity_type"] for f in result.findings} == {"EMAIL_ADDRESS"}


@pytest.mark.parametrize("value", ["Galaxy S23", "iPhone 14 Pro", "Nokia G42", "IT", "BE"])
def test_product_models_and_country_codes_in_kept_columns_pass(analyzer, value):
    result = self_check(analyzer, [("device", value)] * 20, structured_columns={"device"})
    assert result.passed and result.cells_with_findings == 0


@pytest.fixture(scope="module")
def blind_analyzer(analyzer):
    """A real analyzer with no recognizers at all: whatever the self-check finds with it comes from
    its own signals, not from the detectors."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    return AnalyzerEngine(
        registry=RecognizerRegistry(recognizers=[], supported_languages=["en"]),
        nlp_engine=analyzer.nlp_engine,
        supported_languages=["en"],
    )


def test_names_left_at_name_positions_fail_the_check_whatever_the_detectors_say(blind_analyzer):
    cells = [
        ("chat", "oyelaran: is the parcel coming today?"),
        ("chat", "<PERSON>: yes, tomorrow"),
        ("chat", "ok thanks @zbyszko"),
        ("chat", "Groetjes,\nWiebrand"),
    ]
    result = self_check(blind_analyzer, cells)
    assert result.cells_with_findings == 3 and not result.passed
    assert result.signals["structure"] == 3


def test_a_name_replaced_elsewhere_in_the_run_fails_the_check_where_it_is_left(blind_analyzer):
    cells = [
        ("notes", "the refund went to quennell yesterday"),
        ("notes", "the Victoria Teapot is back in stock"),
    ]
    result = self_check(blind_analyzer, cells, inventory={"quennell", "victoria"})
    assert result.signals == {"inventory": 1}
    assert result.findings == [{"column": "notes", "entity_type": "PERSON", "count": 1}]


def test_ordinary_notes_without_names_pass(analyzer):
    cells = [
        ("notes", "Escalated to billing, customer wants a refund for order 4829301756."),
        ("notes", "Hi team, the Victoria Teapot is back in stock."),
        ("notes", "Called back, no answer. Will try again tomorrow."),
        ("notes", "Kunde bittet um Rückruf, bitte prüfen."),
        ("notes", "Subject: delivery delayed"),
    ]
    result = self_check(analyzer, cells * 10, inventory={"quennell"})
    assert result.cells_with_findings == 0 and result.passed

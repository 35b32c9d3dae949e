"""Shoal's names model: verified before loading, run beside spaCy, reported as PERSON."""

from __future__ import annotations

import shutil

import pytest

from anonymize import engine
from anonymize.engine import DEFAULT_NAMES_MODEL, ModelError, resolve_names_model, verify_model
from anonymize.text import analyze_texts


def test_the_shipped_names_model_matches_its_manifest() -> None:
    verify_model(DEFAULT_NAMES_MODEL)


def test_the_names_model_is_on_by_default_and_can_be_switched_off(monkeypatch) -> None:
    monkeypatch.delenv("SHOAL_NAMES_MODEL", raising=False)
    assert resolve_names_model() == DEFAULT_NAMES_MODEL
    monkeypatch.setenv("SHOAL_NAMES_MODEL", "off")
    assert resolve_names_model() is None


def test_an_altered_names_model_stops_the_engine(tmp_path) -> None:
    copy = tmp_path / DEFAULT_NAMES_MODEL.name
    shutil.copytree(DEFAULT_NAMES_MODEL, copy)
    (copy / "meta.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError):
        engine.build_nlp_engine(engine.resolve_model_path(), names_model_path=copy)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok so wojtasz kabenga will pick it up tomorrow", "kabenga"),
        ("le colis pour Ysolde Marchetaux est arrivé", "Marchetaux"),
        ("die Lieferung an Oyelaran Adebisi kam zu spät", "Adebisi"),
    ],
)
def test_it_finds_names_no_rule_announces(analyzer, text: str, name: str) -> None:
    [found] = analyze_texts(analyzer, [text])
    start = text.index(name)
    spans = [(r.entity_type, r.start, r.end) for r in found]
    assert any(kind == "PERSON" and s <= start < e for kind, s, e in spans), spans


def test_model_names_that_are_ordinary_words_are_dropped(analyzer) -> None:
    [found] = analyze_texts(analyzer, ["Your order ships to France on 12 May, best price in town"])
    assert not [r for r in found if r.entity_type == "PERSON"]


def test_english_ner_runs_only_on_texts_that_may_be_english(analyzer) -> None:
    nlp_engine = analyzer.nlp_engine
    [(_, german), (_, english)] = list(
        nlp_engine.process_batch(
            [
                "Die Bestellung ist heute bei Frau Kowalczyk in Berlin angekommen",
                "She moved to Leeds last year with her family",
            ],
            "en",
        )
    )
    assert not german.entities  # only tokenised for the English model
    assert any(e.label_ == "LOCATION" for e in english.entities)

"""Names found by what they are not: runs of words of no language Shoal reads, wherever they stand (no
cue, no position, no layout), in title, lower and upper case; compounds of common words, acronyms,
joined brand words, codes and words of any of the eight languages stay. Every person name here is
invented (no list holds it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from anonymize.recognizers.no_words import is_a_word, is_unknown_token, no_word_runs
from tests.anonymize.detection import detect


def _persons(text: str) -> set[str]:
    return {value for entity, value in detect(text) if entity == "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Crates for Kulwemo Ogotrenu stacked at the gate.", "Kulwemo Ogotrenu"),
        ("Kisten für zelbrova gestapelt, Rest morgen.", "zelbrova"),
        ("Caisses pour XAXANGWEY empilées au portail.", "XAXANGWEY"),
        ("Cajas de Teyekwong Lunmavai apiladas en la puerta.", "Teyekwong Lunmavai"),
        ("Casse di pinglurko impilate al cancello.", "pinglurko"),
        ("Kratten voor Bolungwe Derevaskii bij het hek.", "Bolungwe Derevaskii"),
        ("Skrzynki dla Okwarelki Zerrindy przy bramie.", "Okwarelki Zerrindy"),
        ("Caixas da Tasmunha Qorbelu no portão.", "Tasmunha Qorbelu"),
    ],
)
def test_a_run_of_no_words_is_a_name_wherever_it_stands(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize(
    "word",
    ["parcel", "Lieferung", "opłacone", "entregado", "consegnato", "afgehaald", "livrée", "recieved"],
)
def test_words_of_any_language_and_common_misspellings_are_words(word: str) -> None:
    assert is_a_word(word)
    assert not is_unknown_token(word)


@pytest.mark.parametrize("word", ["Mosselsaus", "Eierabo", "Hofglück", "Opvanguren", "Arbeitszeitkonto"])
def test_a_compound_of_common_words_is_no_name(word: str) -> None:
    assert not is_unknown_token(word)


@pytest.mark.parametrize("word", ["PetVoyage", "KWZ", "ABCD"])
def test_joined_brand_words_and_acronyms_are_no_name(word: str) -> None:
    assert not is_unknown_token(word)


@pytest.mark.parametrize(
    "text",
    [
        "Tracking JV618345203DE, SKU AT-711-M, App v9.12.9.",
        "Mail tu.pi49@zorvelk.com or see https://zorvelk.example/qwertz today.",
        "scans/2025/report_final.jpg saved.",
    ],
)
def test_codes_addresses_and_paths_hold_no_run(text: str) -> None:
    assert not no_word_runs(text)


def test_a_run_is_one_to_three_words_a_space_apart() -> None:
    text = "Zorvelk Qwarbel Tasmuni Ogotrenu rang. Zorvelk,Qwarbel"
    runs = [text[s:e] for s, e in no_word_runs(text)]
    assert runs == ["Zorvelk Qwarbel Tasmuni", "Ogotrenu", "Zorvelk", "Qwarbel"]


@pytest.mark.parametrize(
    "text",
    [
        "Order 4421: Spéciales Gillardeau x2, paid, via Hof Sonnleiten GbR.",
        "Order 2231: Brenderup 1205S trailer, 2 units, delivered.",
    ],
)
def test_products_and_companies_with_their_form_stay(text: str) -> None:
    assert not _persons(text)


def test_the_word_table_is_built_once_into_the_cache_and_loaded_from_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from anonymize.recognizers import no_words

    monkeypatch.setenv("SHOAL_CACHE_DIR", str(tmp_path))
    no_words._word_hashes.cache_clear()
    try:
        built = no_words._word_hashes()
        (cached,) = tmp_path.glob("no-words-wordfreq*.npy")
        no_words._word_hashes.cache_clear()
        loaded = no_words._word_hashes()
        assert len(built) > 1_000_000 and (loaded == built).all()
        assert not list(tmp_path.glob("*.part"))  # written whole, then renamed
        cached.write_bytes(b"not a table")  # a damaged cache is rebuilt, not trusted
        no_words._word_hashes.cache_clear()
        assert (no_words._word_hashes() == built).all()
    finally:
        no_words._word_hashes.cache_clear()

"""The analyzer factory: verified model, no network, stable singleton."""

from __future__ import annotations

import json
import re
import shutil
import socket
from pathlib import Path

import pytest

from anonymize import engine
from anonymize.engine import (
    EXCLUDED_COMPONENTS,
    MODEL_MANIFEST_PATH,
    ModelError,
    build_analyzer,
    compute_model_digests,
    get_analyzer,
    resolve_model_path,
    verify_model,
    write_manifest,
)


@pytest.fixture(scope="module")
def model_path() -> Path:
    return resolve_model_path()


@pytest.fixture
def model_copy(tmp_path: Path, model_path: Path) -> tuple[Path, Path]:
    """A copy of the model and a manifest written for it, both under tmp_path."""
    copy = tmp_path / model_path.name
    shutil.copytree(model_path, copy)
    manifest = tmp_path / "manifest.json"
    write_manifest(copy, manifest)
    return copy, manifest


def test_the_shipped_manifest_matches_the_installed_model(model_path: Path) -> None:
    verify_model(model_path, MODEL_MANIFEST_PATH)
    entry = json.loads(MODEL_MANIFEST_PATH.read_text())["models"][model_path.name]
    assert entry == compute_model_digests(model_path)
    assert "config.cfg" in entry and "ner/model" in entry


def test_it_raises_when_a_model_file_is_altered(model_copy: tuple[Path, Path]) -> None:
    copy, manifest = model_copy
    with (copy / "ner" / "model").open("ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ModelError, match=re.escape("altered=['ner/model']")):
        verify_model(copy, manifest)


def test_it_raises_when_the_manifest_is_altered(model_copy: tuple[Path, Path]) -> None:
    copy, manifest = model_copy
    data = json.loads(manifest.read_text())
    data["models"][copy.name]["config.cfg"] = "0" * 64
    manifest.write_text(json.dumps(data))
    with pytest.raises(ModelError, match=r"config\.cfg"):
        build_analyzer(str(copy), manifest_path=manifest)


def test_it_raises_when_a_model_file_is_missing_or_added(model_copy: tuple[Path, Path]) -> None:
    copy, manifest = model_copy
    (copy / "meta.json").unlink()
    (copy / "extra.bin").write_bytes(b"x")
    with pytest.raises(ModelError, match=re.escape("missing=['meta.json'] extra=['extra.bin']")):
        verify_model(copy, manifest)


def test_it_raises_for_a_model_that_is_not_installed(tmp_path: Path) -> None:
    with pytest.raises(ModelError):
        build_analyzer("no_such_spacy_model_package")
    with pytest.raises(ModelError, match="no entry"):
        verify_model(tmp_path, MODEL_MANIFEST_PATH)


def test_it_raises_when_the_manifest_file_is_missing(model_path: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="missing or unreadable"):
        verify_model(model_path, tmp_path / "absent.json")


def test_it_builds_and_analyzes_with_the_network_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    analyzer = build_analyzer()
    text = "Write to jane.doe@example.org or call +44 20 7946 0958."
    found = {(r.entity_type, text[r.start : r.end]) for r in analyzer.analyze(text, language="en")}
    assert ("EMAIL_ADDRESS", "jane.doe@example.org") in found
    assert ("PHONE_NUMBER", "+44 20 7946 0958") in found
    assert attempts == []


def test_it_loads_only_the_components_presidio_needs() -> None:
    nlp = get_analyzer().nlp_engine.get_nlp("en")
    assert nlp.pipe_names == ["ner"]
    assert not set(EXCLUDED_COMPONENTS) & set(nlp.pipe_names)


def test_lower_case_forms_stand_in_for_lemmas_so_context_still_lifts_scores() -> None:
    analyzer = get_analyzer()
    artifacts = analyzer.nlp_engine.process_text("Called Anna about her IBAN", "en")
    assert artifacts.lemmas == ["called", "anna", "about", "her", "iban"]
    # a bare 9-digit run is only a BSN with a context word nearby
    found = analyzer.analyze("Her BSN number is 111222333.", language="en")
    assert any(r.entity_type == "NL_BSN" and r.score >= 0.4 for r in found)


def test_the_context_enhancer_finds_the_token_of_a_match_by_bisection() -> None:
    from anonymize.engine import FastContextEnhancer

    tokens = ["call", "me", "at", "555-1234"]
    indices = [0, 5, 8, 11]
    find = FastContextEnhancer._find_index_of_match_token
    assert [find("", start, tokens, indices) for start in (0, 5, 8, 11, 13)] == [0, 1, 2, 3, 3]
    assert find("", 4, tokens, indices) == 1  # in the space after "call": the next token


def test_the_context_window_is_presidios_own() -> None:
    """The set lookup gives the words Presidio's list lookup gives, at every token of a packed text."""
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from anonymize.enhancer import FastContextEnhancer

    text = "Kontakt: Anna Weber, Tel. 030 1234567, IBAN DE89 3704 0044 0532 0130 00. Geb. 12.03.1980 in Köln."
    artifacts = get_analyzer().nlp_engine.process_text(text, "en")
    fast, presidio = FastContextEnhancer(), LemmaContextAwareEnhancer()
    for start in artifacts.tokens_indices:
        assert sorted(fast._extract_surrounding_words(artifacts, "x", start)) == sorted(
            presidio._extract_surrounding_words(artifacts, "x", start)
        ), start


def test_it_returns_one_analyzer_per_process() -> None:
    assert get_analyzer() is get_analyzer()


def test_the_command_line_verifies_the_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert engine.main(["--verify"]) == 0
    assert "OK" in capsys.readouterr().out

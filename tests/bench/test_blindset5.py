"""The blind5 detection set (held out until its breakdown was read; now it guided fixes) is self-consistent: every planted personal value is in
its record's field, every business value is there to be kept, no planted name, street or city is one the
engine or Faker knows, canaries are listed and planted, and the benchmark marks it guided.

Only the generator runs here; the engine never sees the set (its figures are for the headline run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator
from bench.detection import blindset5
from bench.detection.format import FileSet, read_records
from tests.bench.setchecks import (
    assert_deterministic,
    assert_no_planted_name_or_city_is_known,
    assert_three_canaries_in_every_table_and_their_files,
    planted_in_their_fields,
)

SCALE = 0.1


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[FileSet]]:
    out = tmp_path_factory.mktemp("blind5")
    return out, blindset5.generate(out, scale=SCALE)


def _records(out: Path, file_set: FileSet) -> list[dict[str, str]]:
    return read_records(out / file_set.path, file_set.fmt)


def test_it_writes_text_in_eight_languages_and_tables(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert {"txt", "jsonl", "csv", "tsv", "parquet"} <= {s.fmt for s in sets}
    text = [s for s in sets if s.kind == "text"]
    assert {s.language for s in text} == set(blindset5.LANGS)
    for lang in blindset5.LANGS:
        assert len([s for s in text if s.language == lang]) == 3, lang
        assert {s.fmt for s in text if s.language == lang} <= {"txt", "jsonl"}
    tables = [s for s in sets if s.kind == "table"]
    assert len(tables) >= 3 and all(t.id_columns for t in tables)
    for file_set in sets:
        assert len(_records(out, file_set)) == len(file_set.records), file_set.name
        assert file_set.guided_fixes


def test_every_planted_value_is_in_its_field_of_the_raw_input(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    entities = planted_in_their_fields(out, sets)
    assert entities["PERSON"] > 500
    for entity in (
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "STREET_ADDRESS",
        "DATE_OF_BIRTH",
        "NATIONAL_ID",
    ):
        assert entities[entity], entity
    for entity in ("POSTCODE", "CITY"):
        assert entities[entity], entity
    for kind in ("product", "order_number", "amount", "date", "record_id", "company", "timestamp", "status"):
        assert entities[f"utility:{kind}"], kind


def test_every_person_is_tagged(generated: tuple[Path, list[FileSet]]) -> None:
    _, sets = generated
    styles: set[str] = set()
    locales: set[str] = set()
    for file_set in sets:
        for record in file_set.records:
            for planted in record:
                tags = set(planted.tags)
                assert any(t.startswith("lang:") for t in tags), file_set.name
                if planted.entity != "PERSON":
                    continue
                assert len(tags & {"title", "lower", "upper"}) == 1, file_set.name
                assert ("invented" in tags) != ("mimesis" in tags), file_set.name
                styles.update(t for t in tags if t.startswith("style:"))
                locales.update(t for t in tags if t.startswith("locale:"))
    assert len(styles) >= 8 and len(locales) >= 8


def test_no_planted_name_or_place_is_known_to_the_engine_or_faker(
    generated: tuple[Path, list[FileSet]],
) -> None:
    _, sets = generated
    assert_no_planted_name_or_city_is_known(sets)


def test_canaries_are_listed_and_planted(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert_three_canaries_in_every_table_and_their_files(out, sets)
    for chat in (s for s in sets if s.name.endswith("_chat")):
        assert chat.canaries, chat.name


def test_it_is_deterministic_for_a_seed(tmp_path: Path, generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert_deterministic(blindset5.generate, out, sets, tmp_path, SCALE)


def test_the_benchmark_runs_it_as_a_set_that_guided_fixes() -> None:
    """Its breakdown was read to fix what it showed, so it no longer counts as held out."""
    assert SET_MODULES["blind5"] == "blindset5"
    assert "blind5" not in HELD_OUT
    assert load_generator("blind5") is blindset5.generate

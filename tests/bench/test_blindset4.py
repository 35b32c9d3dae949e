"""The blind4 detection set (held out until its breakdown was read; now it guided fixes) is self-consistent: every planted personal value is
in its record's field, every business value is there to be kept, no planted name, street or city is one
the engine or Faker knows, and the benchmark withholds its breakdown.

Only the generator runs here; the engine never sees the set (its figures are for the headline run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator
from bench.detection import blindset4
from bench.detection.format import FileSet, read_records
from tests.bench.setchecks import (
    assert_deterministic,
    assert_no_planted_name_or_city_is_known,
    planted_in_their_fields,
)

SCALE = 0.1


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[FileSet]]:
    out = tmp_path_factory.mktemp("blind4")
    return out, blindset4.generate(out, scale=SCALE)


def _records(out: Path, file_set: FileSet) -> list[dict[str, str]]:
    return read_records(out / file_set.path, file_set.fmt)


def test_it_writes_text_in_eight_languages_and_tables(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert {"txt", "jsonl", "csv", "parquet"} <= {s.fmt for s in sets}
    assert {s.language for s in sets if s.kind == "text"} == set(blindset4.LANGS)
    tables = [s for s in sets if s.kind == "table"]
    assert len(tables) >= 3 and all(t.id_columns for t in tables)
    for file_set in sets:
        assert len(_records(out, file_set)) == len(file_set.records), file_set.name
        assert not file_set.guided_fixes


def test_every_planted_value_is_in_its_field_of_the_raw_input(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    entities = planted_in_their_fields(out, sets)
    assert entities["PERSON"] > 500
    for entity in ("EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "STREET_ADDRESS", "DATE_OF_BIRTH"):
        assert entities[entity], entity
    for kind in ("product", "order_number", "amount", "date", "record_id", "company"):
        assert entities[f"utility:{kind}"], kind


def test_no_planted_name_or_place_is_known_to_the_engine_or_faker(
    generated: tuple[Path, list[FileSet]],
) -> None:
    _, sets = generated
    assert_no_planted_name_or_city_is_known(sets)


def test_canaries_are_listed_and_planted(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert len({c for s in sets for c in s.canaries}) >= 2
    assert sum(1 for s in sets for r in s.records for p in r if "canary" in p.tags) >= 10
    assert any(s.canaries for s in sets if s.kind == "table")
    everywhere = ""
    for file_set in sets:
        text = "\n".join(v for record in _records(out, file_set) for v in record.values()).casefold()
        everywhere += text
    # at this scale a canary listed for a file may have no record in it, but each is somewhere
    assert all(c.casefold() in everywhere for s in sets for c in s.canaries)


def test_it_is_deterministic_for_a_seed(tmp_path: Path, generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert_deterministic(blindset4.generate, out, sets, tmp_path, SCALE)


def test_the_benchmark_runs_it_as_a_set_that_guided_fixes() -> None:
    """Its breakdown was read to fix what it showed, so it no longer counts as held out."""
    assert SET_MODULES["blind4"] == "blindset4"
    assert "blind4" not in HELD_OUT
    assert load_generator("blind4") is blindset4.generate

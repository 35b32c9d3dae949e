"""The checks blind9 to blind15 share (each written from the same brief, each held out until its
breakdown was read and now a set that guided fixes): eight languages and five tables, every planted value in
its field, tagged and mixed name groups, no name or place the engine or Faker knows, the frequency rules,
names apart from templates and e-mails, word-like names foreign and mimesis names in Latin letters. Each
set's own checks (romanisations, sentence shapes, table layouts) stay in its own test module.

Only the generators run here."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from bench.detection import (
    blindset9,
    blindset10,
    blindset11,
    blindset12,
    blindset13,
    blindset14,
    blindset15,
)
from bench.detection.format import FileSet, read_records
from tests.bench.setchecks import (
    assert_every_kind_is_planted,
    assert_jsonl_nests_and_parquet_is_typed,
    assert_name_frequency_rules,
    assert_names_apart_from_templates_and_emails,
    assert_no_planted_name_or_city_is_known,
    assert_people_are_tagged_in_mixed_groups,
    assert_wordlike_names_are_foreign_and_mimesis_names_latin,
    planted_in_their_fields,
)

SCALE = 0.1


@pytest.fixture(
    scope="module",
    params=[blindset9, blindset10, blindset11, blindset12, blindset13, blindset14, blindset15],
    ids=["blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15"],
)
def module(request: pytest.FixtureRequest) -> ModuleType:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, module: ModuleType) -> tuple[Path, list[FileSet]]:
    out = tmp_path_factory.mktemp(module.__name__.rsplit(".", 1)[-1])
    return out, module.generate(out, scale=SCALE)


def _records(out: Path, file_set: FileSet) -> list[dict[str, str]]:
    return read_records(out / file_set.path, file_set.fmt)


def test_it_writes_text_in_eight_languages_and_tables(
    generated: tuple[Path, list[FileSet]], module: ModuleType
) -> None:
    out, sets = generated
    assert {"txt", "jsonl", "csv", "tsv", "parquet"} == {s.fmt for s in sets}
    assert len({s.name for s in sets}) == len(sets) == len({s.path for s in sets})
    text = [s for s in sets if s.kind == "text"]
    assert len(text) == 24
    assert {s.language for s in text} == set(module.LANGS)
    for lang in module.LANGS:
        mine = [s for s in text if s.language == lang]
        assert len(mine) == 3, lang
        assert {s.fmt for s in mine} <= {"txt", "jsonl"}
        assert len([s for s in mine if s.name.endswith("_chat")]) == 1, lang
    assert {"txt", "jsonl"} == {s.fmt for s in text if s.name.endswith("_chat")}
    tables = [s for s in sets if s.kind == "table"]
    assert len(tables) == 5 and all(len(t.id_columns) == 2 for t in tables)
    assert len({t.language for t in tables}) >= 4  # headers in at least four languages
    for file_set in sets:
        assert len(_records(out, file_set)) == len(file_set.records), file_set.name
        assert file_set.guided_fixes


def test_jsonl_records_nest_and_the_parquet_table_has_typed_columns(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_jsonl_nests_and_parquet_is_typed(*generated)


def test_every_planted_value_is_in_its_field_of_the_raw_input(generated: tuple[Path, list[FileSet]]) -> None:
    entities = planted_in_their_fields(*generated)
    assert_every_kind_is_planted(entities)
    assert entities["utility:quantity"] and entities["utility:case_number"]


def test_every_person_is_tagged_and_the_name_groups_are_mixed(generated: tuple[Path, list[FileSet]]) -> None:
    assert_people_are_tagged_in_mixed_groups(generated[1])


def test_no_planted_name_or_place_is_known_to_the_engine_or_faker(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_no_planted_name_or_city_is_known(generated[1])


def test_name_words_follow_the_frequency_rules(
    generated: tuple[Path, list[FileSet]], module: ModuleType
) -> None:
    assert_name_frequency_rules(generated[1], module.LANGS, module._covered_mimesis_words())


def test_name_words_are_no_template_words_and_emails_hold_no_name_word(
    generated: tuple[Path, list[FileSet]],
    module: ModuleType,
) -> None:
    assert_names_apart_from_templates_and_emails(generated[1], module.template_words())


def test_word_like_names_come_from_another_language_and_mimesis_names_are_latin(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_wordlike_names_are_foreign_and_mimesis_names_latin(generated[1])

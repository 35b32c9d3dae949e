"""The blind7 and blind8 detection sets (each held out until its breakdown was read; now they guided
fixes) are self-consistent, each checked by the same tests: every planted personal value is in its record's field, every business value is there to
be kept, no planted name, street or city is one the engine or Faker knows, name words follow the set's
frequency rules (word-like names only in their own text's language), canaries are listed and planted,
generation is deterministic and fast, and the benchmark marks each guided.

Only the generator runs here."""

from __future__ import annotations

import time
from pathlib import Path
from types import ModuleType

import pytest

from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator
from bench.detection import blindset7, blindset8
from bench.detection.format import (
    FileSet,
    read_records,
)
from tests.bench.setchecks import (
    assert_deterministic,
    assert_every_kind_is_planted,
    assert_jsonl_nests_and_parquet_is_typed,
    assert_name_frequency_rules,
    assert_names_apart_from_templates_and_emails,
    assert_no_planted_name_or_city_is_known,
    assert_people_are_tagged_in_mixed_groups,
    assert_three_canaries_in_every_table_and_their_files,
    assert_wordlike_names_are_foreign_and_mimesis_names_latin,
    file_text,
    people,
    planted_in_their_fields,
)

SCALE = 0.1

#: Each set's label, module and the spellings of its own romanisation tables.
ROMANISED: dict[str, tuple[ModuleType, dict[tuple[str, str], str]]] = {
    "blind7": (blindset7, {("البرغوثي", "ar"): "Albarghuthi"}),
    "blind8": (
        blindset8,
        {
            ("Щукин", "ru"): "Schtschukin",
            ("Авдєєнко", "uk"): "Avdjejenko",
            ("경희", "ko"): "Kyŏnghŭi",
            ("Ρόδη", "el"): "Rhodē",
            ("あゆみ", "ja"): "Ayumi",
            ("القحطاني", "ar-sa"): "Qaḥaṭānī",
        },
    ),
}


@pytest.fixture(scope="module", params=sorted(ROMANISED))
def label(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def module(label: str) -> ModuleType:
    return ROMANISED[label][0]


@pytest.fixture(scope="module")
def generated(
    tmp_path_factory: pytest.TempPathFactory, label: str, module: ModuleType
) -> tuple[Path, list[FileSet]]:
    out = tmp_path_factory.mktemp(label)
    return out, module.generate(out, scale=SCALE)


def _records(out: Path, file_set: FileSet) -> list[dict[str, str]]:
    return read_records(out / file_set.path, file_set.fmt)


def test_it_writes_text_in_eight_languages_and_tables(
    generated: tuple[Path, list[FileSet]], module: ModuleType
) -> None:
    out, sets = generated
    assert {"txt", "jsonl", "csv", "tsv", "parquet"} == {s.fmt for s in sets}
    text = [s for s in sets if s.kind == "text"]
    assert len(text) == 24
    assert {s.language for s in text} == set(module.LANGS)
    for lang in module.LANGS:
        mine = [s for s in text if s.language == lang]
        assert len(mine) == 3, lang
        assert {s.fmt for s in mine} <= {"txt", "jsonl"}
        assert len([s for s in mine if s.name.endswith("_chat")]) == 1, lang
    tables = [s for s in sets if s.kind == "table"]
    assert len(tables) == 5 and all(t.id_columns for t in tables)
    assert len({t.language for t in tables}) >= 4  # headers in at least four languages
    for file_set in sets:
        assert len(_records(out, file_set)) == len(file_set.records), file_set.name
        assert file_set.guided_fixes


def test_jsonl_records_nest_and_the_parquet_table_has_typed_columns(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_jsonl_nests_and_parquet_is_typed(*generated)


def test_every_planted_value_is_in_its_field_of_the_raw_input(generated: tuple[Path, list[FileSet]]) -> None:
    assert_every_kind_is_planted(planted_in_their_fields(*generated))


def test_every_person_is_tagged_and_the_name_groups_are_mixed(generated: tuple[Path, list[FileSet]]) -> None:
    assert_people_are_tagged_in_mixed_groups(generated[1])


def test_no_planted_name_or_place_is_known_to_the_engine_or_faker(
    generated: tuple[Path, list[FileSet]],
) -> None:
    _, sets = generated
    assert_no_planted_name_or_city_is_known(sets)


def test_name_words_follow_the_frequency_rules(
    generated: tuple[Path, list[FileSet]], module: ModuleType
) -> None:
    assert_name_frequency_rules(generated[1], module.LANGS, module._covered_mimesis_words())


def test_name_words_are_no_template_words_and_emails_hold_no_name_word(
    generated: tuple[Path, list[FileSet]], module: ModuleType
) -> None:
    assert_names_apart_from_templates_and_emails(generated[1], module.template_words())


def test_word_like_names_come_from_another_language_and_mimesis_names_are_latin(
    generated: tuple[Path, list[FileSet]], label: str, module: ModuleType
) -> None:
    assert_wordlike_names_are_foreign_and_mimesis_names_latin(generated[1])
    for (name, locale), spelled in ROMANISED[label][1].items():
        assert module.romanise(name, locale) == spelled


def test_chats_are_lower_case_and_tables_split_names(generated: tuple[Path, list[FileSet]]) -> None:
    _, sets = generated
    for chat in (s for s in sets if s.name.endswith("_chat")):
        assert all(p.value == p.value.lower() for r in chat.records for p in r), chat.name
        assert any("chat_speaker" in p.tags or "sender_field" in p.tags for r in chat.records for p in r)
    split = [p for s in sets if s.kind == "table" for r in s.records for p in r if "split_name" in p.tags]
    assert len(split) >= 60
    slots = {t for _, p in people(sets) for t in p.tags}
    for slot in (
        "possessive",
        "inflected",
        "initial",
        "reversed",
        "honorific",
        "mention",
        "nickname",
        "pair",
    ):
        assert slot in slots, slot


def test_canaries_are_listed_and_planted(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert_three_canaries_in_every_table_and_their_files(out, sets)
    first = next(s for s in sets if s.kind == "table").canaries[0]
    for chat in (s for s in sets if s.name.endswith("_chat")):
        assert chat.canaries == [first], chat.name
        assert first.lower() in file_text(out, chat), chat.name


def test_it_is_deterministic_for_a_seed(
    tmp_path: Path, generated: tuple[Path, list[FileSet]], module: ModuleType
) -> None:
    out, sets = generated
    assert_deterministic(module.generate, out, sets, tmp_path, SCALE)
    other = module.generate(tmp_path / "other", scale=SCALE, seed=module.DEFAULT_SEED + 1)
    assert [s.to_dict() for s in other] != [s.to_dict() for s in sets]


def test_full_scale_generation_is_fast_and_sized(tmp_path: Path, module: ModuleType) -> None:
    start = time.perf_counter()
    sets = module.generate(tmp_path, scale=1.0)
    assert time.perf_counter() - start < 30
    for file_set in sets:
        expected = module.TEXT_RECORDS if file_set.kind == "text" else module.TABLE_ROWS
        assert len(file_set.records) == expected, file_set.name


def test_the_benchmark_runs_it_as_a_set_that_guided_fixes(label: str, module: ModuleType) -> None:
    """Its breakdown was read to fix what it showed, so it no longer counts as held out."""
    assert SET_MODULES[label] == module.__name__.rsplit(".", 1)[-1]
    assert label not in HELD_OUT
    assert load_generator(label) is module.generate

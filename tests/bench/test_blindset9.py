"""The blind9 detection set (held out until its breakdown was read; now it guided fixes) is
self-consistent: every planted personal value is in its record's field, every business value is there to
be kept, no planted name, street or city is one the engine or Faker knows, name words follow the set's
frequency rules (word-like names only in their own text's language), the tables vary as its card says
(names only in notes, a role header, two record-ID shapes), canaries are listed and planted, generation is
deterministic and fast, and the benchmark marks it guided.

Only the generator runs here; the engine never sees the set (its figures are for the headline run)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator
from bench.detection import blindset9
from bench.detection.format import FileSet, read_records
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
    lang_of,
    people,
    planted_in_their_fields,
)

SCALE = 0.1


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[FileSet]]:
    out = tmp_path_factory.mktemp("blind9")
    return out, blindset9.generate(out, scale=SCALE)


def _records(out: Path, file_set: FileSet) -> list[dict[str, str]]:
    return read_records(out / file_set.path, file_set.fmt)


def test_it_writes_text_in_eight_languages_and_tables(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert {"txt", "jsonl", "csv", "tsv", "parquet"} == {s.fmt for s in sets}
    text = [s for s in sets if s.kind == "text"]
    assert len(text) == 24
    assert {s.language for s in text} == set(blindset9.LANGS)
    for lang in blindset9.LANGS:
        mine = [s for s in text if s.language == lang]
        assert len(mine) == 3, lang
        assert {s.fmt for s in mine} <= {"txt", "jsonl"}
        assert len([s for s in mine if s.name.endswith("_chat")]) == 1, lang
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
    assert_every_kind_is_planted(planted_in_their_fields(*generated))


def test_every_person_is_tagged_and_the_name_groups_are_mixed(generated: tuple[Path, list[FileSet]]) -> None:
    assert_people_are_tagged_in_mixed_groups(generated[1])


def test_no_planted_name_or_place_is_known_to_the_engine_or_faker(
    generated: tuple[Path, list[FileSet]],
) -> None:
    _, sets = generated
    assert_no_planted_name_or_city_is_known(sets)


def test_name_words_follow_the_frequency_rules(generated: tuple[Path, list[FileSet]]) -> None:
    assert_name_frequency_rules(generated[1], blindset9.LANGS, blindset9._covered_mimesis_words())


def test_name_words_are_no_template_words_and_emails_hold_no_name_word(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_names_apart_from_templates_and_emails(generated[1], blindset9.template_words())


def test_word_like_names_come_from_another_language_and_mimesis_names_are_latin(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_wordlike_names_are_foreign_and_mimesis_names_latin(generated[1])


def test_the_romanisation_conventions_are_this_sets_own() -> None:
    romanise = blindset9.romanise
    assert romanise("Щукин", "ru") == "Chtchoukin"  # French usage
    assert romanise("Абрикосов", "ru") == "Abrikossoff"
    assert romanise("Георгий", "ru") == "Gueorgui"
    assert romanise("Ажаргүл", "kk") == "Ajargul"
    assert romanise("Авдєєнко", "uk") == "Awdiejenko"  # Polish usage
    assert romanise("Шевчук", "uk") == "Szewczuk"
    assert romanise("경희", "ko") == "Kyenghuy"  # Yale
    assert romanise("Αθανασιάδης", "el") == "Athanassiadis"  # German phonetic
    assert romanise("Γεώργιος", "el") == "Jeorjios"
    assert romanise("بهرام", "fa") == "Bahram"  # French usage
    assert romanise("عبد الرحمن", "ar-eg") == "Abdurrahman"  # Indonesian/Malay usage
    assert romanise("الأحمدي", "ar-eg") == "Ahmadi"


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
        "shouted",
        "agent",
        "vocative",
        "signoff",
    ):
        assert slot in slots, slot


def test_tables_vary_names_only_in_notes_role_headers_and_id_shapes(
    generated: tuple[Path, list[FileSet]],
) -> None:
    out, sets = generated
    tables = {s.name: s for s in sets if s.kind == "table"}
    notes_only = tables["vivero_pedidos_web"]
    assert {p.field for r in notes_only.records for p in r if p.entity == "PERSON"} == {"comentario"}
    person_columns = {p.field for s in tables.values() for r in s.records for p in r if p.entity == "PERSON"}
    assert {"Trainerin", "palefrenier", "stolarz"} <= person_columns  # headers that name a role
    first_ids = {s.name: _records(out, s)[0][s.id_columns[0]] for s in tables.values()}
    assert first_ids["kletterhalle_mitglieder"].isdigit() and "/" in first_ids["stolarnia_zlecenia"]
    for table in tables.values():
        langs = [lang_of(p.tags) for r in table.records for p in r if p.entity == "PERSON"]
        assert 0.1 < sum(lang != table.language for lang in langs) / len(langs) < 0.6, table.name


def test_canaries_are_listed_and_planted(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert_three_canaries_in_every_table_and_their_files(out, sets)
    first = next(s for s in sets if s.kind == "table").canaries[0]
    for chat in (s for s in sets if s.name.endswith("_chat")):
        assert chat.canaries == [first], chat.name
        assert first.lower() in file_text(out, chat), chat.name


def test_it_is_deterministic_for_a_seed(tmp_path: Path, generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert_deterministic(blindset9.generate, out, sets, tmp_path, SCALE)
    other = blindset9.generate(tmp_path / "other", scale=SCALE, seed=blindset9.DEFAULT_SEED + 1)
    assert [s.to_dict() for s in other] != [s.to_dict() for s in sets]


def test_full_scale_generation_is_fast_and_sized(tmp_path: Path) -> None:
    start = time.perf_counter()
    sets = blindset9.generate(tmp_path, scale=1.0)
    assert time.perf_counter() - start < 30
    for file_set in sets:
        expected = blindset9.TEXT_RECORDS if file_set.kind == "text" else blindset9.TABLE_ROWS
        assert len(file_set.records) == expected, file_set.name


def test_the_benchmark_runs_it_as_a_set_that_guided_fixes() -> None:
    """Its breakdown was read to fix what it showed, so it no longer counts as held out."""
    assert SET_MODULES["blind9"] == "blindset9"
    assert "blind9" not in HELD_OUT
    assert load_generator("blind9") is blindset9.generate

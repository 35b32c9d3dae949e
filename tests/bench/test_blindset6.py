"""The blind6 detection set (held out until its breakdown was read; now it guided fixes) is self-consistent: every planted personal value is in
its record's field, every business value is there to be kept, no planted name, street or city is one the
engine or Faker knows, name words follow the set's frequency rules (word-like names only in their own
text's language), canaries are listed and planted, generation is deterministic and fast, and the
benchmark marks it guided.

Only the generator runs here; the engine never sees the set (its figures are for the headline run)."""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator
from bench.detection import blindset6
from bench.detection.format import (
    FileSet,
    Planted,
    contains_word,
    name_tokens,
    read_records,
    read_truth,
    write_truth,
)
from tests.bench.setchecks import assert_no_planted_name_or_city_is_known, planted_in_their_fields

SCALE = 0.1
GROUPS = ("invented", "mimesis", "wordlike")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[FileSet]]:
    out = tmp_path_factory.mktemp("blind6")
    return out, blindset6.generate(out, scale=SCALE)


def _records(out: Path, file_set: FileSet) -> list[dict[str, str]]:
    return read_records(out / file_set.path, file_set.fmt)


def _people(sets: list[FileSet]) -> list[tuple[FileSet, Planted]]:
    return [(s, p) for s in sets for r in s.records for p in r if p.entity == "PERSON"]


def _lang(tags: list[str]) -> str:
    return next(t[5:] for t in tags if t.startswith("lang:"))


def test_it_writes_text_in_eight_languages_and_tables(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert {"txt", "jsonl", "csv", "tsv", "parquet"} == {s.fmt for s in sets}
    text = [s for s in sets if s.kind == "text"]
    assert len(text) == 24
    assert {s.language for s in text} == set(blindset6.LANGS)
    for lang in blindset6.LANGS:
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
    import pyarrow.parquet as pq

    out, sets = generated
    fields = {p.field for s in sets if s.fmt == "jsonl" for r in s.records for p in r}
    assert any("[]." in f for f in fields) and any(f.count(".") >= 2 for f in fields)
    parquet = next(s for s in sets if s.fmt == "parquet")
    schema = pq.read_schema(out / parquet.path)
    assert {str(t) for t in schema.types} >= {"int64", "double", "date32[day]", "string"}


def test_every_planted_value_is_in_its_field_of_the_raw_input(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    entities = planted_in_their_fields(out, sets)
    assert entities["PERSON"] > 1000
    for entity in (
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "STREET_ADDRESS",
        "POSTCODE",
        "CITY",
        "DATE_OF_BIRTH",
        "NATIONAL_ID",
    ):
        assert entities[entity], entity
    for kind in ("product", "order_number", "amount", "date", "record_id", "company", "timestamp", "status"):
        assert entities[f"utility:{kind}"], kind


def test_every_person_is_tagged_and_the_name_groups_are_mixed(generated: tuple[Path, list[FileSet]]) -> None:
    _, sets = generated
    styles: set[str] = set()
    locales: set[str] = set()
    groups: Counter[str] = Counter()
    for file_set in sets:
        for record in file_set.records:
            for planted in record:
                tags = set(planted.tags)
                assert any(t.startswith("lang:") for t in tags), file_set.name
                if planted.entity != "PERSON":
                    continue
                assert len(tags & {"title", "lower", "upper"}) == 1, file_set.name
                (group,) = tags & set(GROUPS)
                groups[group] += 1
                styles.update(t for t in tags if t.startswith("style:"))
                locales.update(t for t in tags if t.startswith("locale:"))
    assert len(styles) >= 8 and len(locales) >= 8
    total = sum(groups.values())
    assert 0.3 < groups["invented"] / total < 0.5
    assert 0.3 < groups["mimesis"] / total < 0.5
    assert 0.1 < groups["wordlike"] / total < 0.3


def test_no_planted_name_or_place_is_known_to_the_engine_or_faker(
    generated: tuple[Path, list[FileSet]],
) -> None:
    _, sets = generated
    assert_no_planted_name_or_city_is_known(sets)


def test_name_words_follow_the_frequency_rules(generated: tuple[Path, list[FileSet]]) -> None:
    """Invented and mimesis names: zipf < 3 in all eight languages and in no covered mimesis list;
    word-like names: zipf < 3 in their own text's language (they may be common elsewhere)."""
    _, sets = generated
    covered = blindset6._covered_mimesis_words()
    uses: dict[tuple[str, str], bool] = {}
    for _, planted in _people(sets):
        wordlike = "wordlike" in planted.tags
        for word in name_tokens(planted.value):
            uses[(word, _lang(planted.tags))] = uses.get((word, _lang(planted.tags)), False) or wordlike
    for (word, lang), wordlike in uses.items():
        langs = (lang,) if wordlike else blindset6.LANGS
        assert max(zipf_frequency(word, code) for code in langs) < 3, "a planted name word is common"
        assert word.casefold() not in covered, "a planted name word is in a covered mimesis list"


def test_name_words_are_no_template_words_and_emails_hold_no_name_word(
    generated: tuple[Path, list[FileSet]],
) -> None:
    _, sets = generated
    template = blindset6.template_words()
    for _, planted in _people(sets):
        assert not {w.casefold() for w in name_tokens(planted.value)} & template
    for file_set in sets:
        for record in file_set.records:
            words = {w for p in record if p.entity == "PERSON" for w in name_tokens(p.value)}
            for planted in record:
                if planted.entity == "EMAIL_ADDRESS":
                    assert not any(contains_word(planted.value, w) for w in words), file_set.name


def test_canaries_are_listed_and_planted(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert len({c for s in sets for c in s.canaries}) == 3
    assert sum(1 for s in sets for r in s.records for p in r if "canary" in p.tags) >= 10
    for table in (s for s in sets if s.kind == "table"):
        assert len(table.canaries) == 3, table.name
    first = next(s for s in sets if s.kind == "table").canaries[0]
    for chat in (s for s in sets if s.name.endswith("_chat")):
        assert chat.canaries == [first], chat.name
        text = "\n".join(v for record in _records(out, chat) for v in record.values())
        assert first.lower() in text, chat.name
    everywhere = ""
    for file_set in sets:
        text = "\n".join(v for record in _records(out, file_set) for v in record.values()).casefold()
        assert all(c.casefold() in text for c in file_set.canaries), file_set.name
        everywhere += text
    assert all(c.casefold() in everywhere for s in sets for c in s.canaries)


def test_it_is_deterministic_for_a_seed(tmp_path: Path, generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    again = blindset6.generate(tmp_path, scale=SCALE)
    assert [s.to_dict() for s in again] == [s.to_dict() for s in sets]
    for file_set in sets:
        if file_set.fmt != "parquet":
            digest = hashlib.sha256((out / file_set.path).read_bytes()).hexdigest()
            assert hashlib.sha256((tmp_path / file_set.path).read_bytes()).hexdigest() == digest
    write_truth(again, tmp_path / "truth.json")
    assert [s.to_dict() for s in read_truth(tmp_path / "truth.json")] == [s.to_dict() for s in sets]
    other = blindset6.generate(tmp_path / "other", scale=SCALE, seed=blindset6.DEFAULT_SEED + 1)
    assert [s.to_dict() for s in other] != [s.to_dict() for s in sets]


def test_full_scale_generation_is_fast_and_sized(tmp_path: Path) -> None:
    start = time.perf_counter()
    sets = blindset6.generate(tmp_path, scale=1.0)
    assert time.perf_counter() - start < 30
    for file_set in sets:
        expected = blindset6.TEXT_RECORDS if file_set.kind == "text" else blindset6.TABLE_ROWS
        assert len(file_set.records) == expected, file_set.name


def test_the_benchmark_runs_it_as_a_set_that_guided_fixes() -> None:
    """Its breakdown was read to fix what it showed, so it no longer counts as held out."""
    assert SET_MODULES["blind6"] == "blindset6"
    assert "blind6" not in HELD_OUT
    assert load_generator("blind6") is blindset6.generate

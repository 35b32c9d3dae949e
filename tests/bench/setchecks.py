"""Checks every held-out detection set must pass, whoever wrote it: its planted names, streets and
cities are unknown to the engine and to Faker (a benchmark must not measure list membership)."""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

from anonymize.vocabulary import faker_person_words, is_known_to_engine
from bench.detection.format import (
    FileSet,
    Planted,
    contains_word,
    kept,
    leaked,
    name_tokens,
    read_records,
    read_truth,
    write_truth,
)

#: The name groups of the sets with word-like names (blind6 on): invented, real-looking, word-like.
GROUPS = ("invented", "mimesis", "wordlike")


def assert_no_planted_name_or_city_is_known(
    sets: Iterable[FileSet], *, name_entities: frozenset[str] = frozenset({"PERSON"}), min_words: int = 200
) -> None:
    """Every word of a planted name (of ``name_entities``) and every planted city is unknown to the
    engine; name words are in no Faker person list either."""
    faker = faker_person_words()
    words: set[str] = set()
    places: set[str] = set()
    for file_set in sets:
        for record in file_set.records:
            for planted in record:
                if planted.entity in name_entities:
                    words.update(name_tokens(planted.value))
                elif planted.entity == "CITY":
                    places.add(planted.value)
    assert len(words) > min_words
    for word in words:
        assert not is_known_to_engine(word), "a planted name word is known to the engine"
        assert word.casefold() not in faker, "a planted name word is in Faker's person lists"
    for city in places:
        assert not is_known_to_engine(city), "a planted city is known to the engine"


def planted_in_their_fields(out: Path, sets: Iterable[FileSet]) -> Counter[str]:
    """Assert every planted value is in its record's field of the raw input (a personal value as
    `leaked` finds it, a business value as `kept` does); returns how many of each entity."""
    entities: Counter[str] = Counter()
    for file_set in sets:
        table = file_set.kind == "table"
        for record, fields in zip(
            file_set.records, read_records(out / file_set.path, file_set.fmt), strict=True
        ):
            for planted in record:
                text = fields.get(planted.field)
                assert text is not None, f"{file_set.name}: no field {planted.field}"
                where = f"{file_set.name}/{planted.field}: {planted.entity}"
                if planted.is_utility:
                    assert kept(planted, text, table=table), where
                else:
                    assert leaked(planted, text), where
                entities[planted.entity] += 1
    return entities


def people(sets: Iterable[FileSet]) -> list[tuple[FileSet, Planted]]:
    return [(s, p) for s in sets for r in s.records for p in r if p.entity == "PERSON"]


def lang_of(tags: list[str]) -> str:
    return next(t[5:] for t in tags if t.startswith("lang:"))


def assert_every_kind_is_planted(entities: Counter[str]) -> None:
    """Every personal entity and the common business kinds occur in the set."""
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


def assert_jsonl_nests_and_parquet_is_typed(out: Path, sets: list[FileSet]) -> None:
    import pyarrow.parquet as pq

    fields = {p.field for s in sets if s.fmt == "jsonl" for r in s.records for p in r}
    assert any("[]." in f for f in fields) and any(f.count(".") >= 2 for f in fields)
    parquet = next(s for s in sets if s.fmt == "parquet")
    schema = pq.read_schema(out / parquet.path)
    assert {str(t) for t in schema.types} >= {"int64", "double", "date32[day]", "string"}


def assert_people_are_tagged_in_mixed_groups(sets: list[FileSet]) -> None:
    """Every value has a language; every person a case and one name group, the groups near 40/40/20 %."""
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


def assert_name_frequency_rules(
    sets: list[FileSet], languages: Collection[str], covered: Collection[str]
) -> None:
    """Invented and mimesis names: Zipf < 3 in every language of the set and in no covered mimesis list;
    word-like names: Zipf < 3 in their own text's language (they may be common elsewhere)."""
    from wordfreq import zipf_frequency

    uses: dict[tuple[str, str], bool] = {}
    for _, planted in people(sets):
        wordlike = "wordlike" in planted.tags
        for word in name_tokens(planted.value):
            key = (word, lang_of(planted.tags))
            uses[key] = uses.get(key, False) or wordlike
    for (word, lang), wordlike in uses.items():
        langs = (lang,) if wordlike else tuple(languages)
        assert max(zipf_frequency(word, code) for code in langs) < 3, "a planted name word is common"
        assert word.casefold() not in covered, "a planted name word is in a covered mimesis list"


def assert_names_apart_from_templates_and_emails(sets: list[FileSet], template: Collection[str]) -> None:
    """No name word is a word of the set's templates, and no e-mail address holds a name word."""
    for _, planted in people(sets):
        assert not {w.casefold() for w in name_tokens(planted.value)} & set(template)
    for file_set in sets:
        for record in file_set.records:
            words = {w for p in record if p.entity == "PERSON" for w in name_tokens(p.value)}
            for planted in record:
                if planted.entity == "EMAIL_ADDRESS":
                    assert not any(contains_word(planted.value, w) for w in words), file_set.name


def file_text(out: Path, file_set: FileSet) -> str:
    """Every field of every record of a generated file, one per line."""
    return "\n".join(v for record in read_records(out / file_set.path, file_set.fmt) for v in record.values())


def assert_three_canaries_in_every_table_and_their_files(out: Path, sets: list[FileSet]) -> None:
    """Three canaries, planted ten times or more, all three in every table, each listed canary in the
    text of its file."""
    assert len({c for s in sets for c in s.canaries}) == 3
    assert sum(1 for s in sets for r in s.records for p in r if "canary" in p.tags) >= 10
    for table in (s for s in sets if s.kind == "table"):
        assert len(table.canaries) == 3, table.name
    for file_set in sets:
        text = file_text(out, file_set).casefold()
        assert all(c.casefold() in text for c in file_set.canaries), file_set.name


def assert_deterministic(
    generate: Callable[..., list[FileSet]], out: Path, sets: list[FileSet], tmp_path: Path, scale: float
) -> None:
    """The same seed writes the same truth and the same bytes (Parquet aside), and the truth survives
    a round trip through its JSON file."""
    again = generate(tmp_path, scale=scale)
    assert [s.to_dict() for s in again] == [s.to_dict() for s in sets]
    for file_set in sets:
        if file_set.fmt != "parquet":
            digest = hashlib.sha256((out / file_set.path).read_bytes()).hexdigest()
            assert hashlib.sha256((tmp_path / file_set.path).read_bytes()).hexdigest() == digest
    write_truth(again, tmp_path / "truth.json")
    assert [s.to_dict() for s in read_truth(tmp_path / "truth.json")] == [s.to_dict() for s in sets]


def assert_wordlike_names_are_foreign_and_mimesis_names_latin(
    sets: list[FileSet], min_sources: int = 5
) -> None:
    """Word-like names come from a language other than their text's (at least ``min_sources`` of
    them), and mimesis names are written in Latin letters."""
    sources: set[str] = set()
    for _, planted in people(sets):
        if "wordlike" in planted.tags:
            (src,) = [t[8:] for t in planted.tags if t.startswith("wordsrc:")]
            assert src != lang_of(planted.tags)
            sources.add(src)
        if "mimesis" in planted.tags:
            assert all(unicodedata.name(c).startswith("LATIN") for c in planted.value if c.isalpha())
    assert len(sources) >= min_sources

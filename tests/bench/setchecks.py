"""Checks every held-out detection set must pass, whoever wrote it: its planted names, streets and
cities are unknown to the engine and to Faker (a benchmark must not measure list membership)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from anonymize.vocabulary import faker_person_words, is_known_to_engine
from bench.detection.format import FileSet, kept, leaked, name_tokens, read_records


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

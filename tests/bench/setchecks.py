"""Checks every held-out detection set must pass, whoever wrote it: its planted names, streets and
cities are unknown to the engine and to Faker (a benchmark must not measure list membership)."""

from __future__ import annotations

from collections.abc import Iterable

from anonymize.vocabulary import faker_person_words, is_known_to_engine
from bench.detection.format import FileSet, name_tokens


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

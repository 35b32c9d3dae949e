"""The blind12 detection set (held out until its breakdown was read; now a set that guided fixes): its
own styles, locales and romanisations, its new sentence shapes (quoted speech, subject lines, c/o,
attn, per pro, CSV-like lines, bullets, timestamped lines) planted in every language, the tables vary as its card says,
canaries are listed and planted, generation is deterministic and fast, and the benchmark runs it as a set
that guided fixes.

The checks blind9 to blind15 share are in `test_blindsets_9_to_15.py`. Only the
generator runs here; the engine's figures on it come from the benchmark."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator
from bench.detection import blindset12
from bench.detection.format import FileSet, contains_word, name_tokens, read_records
from tests.bench.setchecks import (
    assert_deterministic,
    assert_three_canaries_in_every_table_and_their_files,
    file_text,
    lang_of,
    people,
)

SCALE = 0.1


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[FileSet]]:
    out = tmp_path_factory.mktemp("blind12")
    return out, blindset12.generate(out, scale=SCALE)


def _records(out: Path, file_set: FileSet) -> list[dict[str, str]]:
    return read_records(out / file_set.path, file_set.fmt)


def test_styles_locales_and_word_sources_are_this_sets_own(generated: tuple[Path, list[FileSet]]) -> None:
    tags = Counter(t for _, p in people(generated[1]) for t in p.tags)
    styles = {t[6:] for t in tags if t.startswith("style:")}
    locales = {t[7:] for t in tags if t.startswith("locale:")}
    sources = {t[8:] for t in tags if t.startswith("wordsrc:")}
    assert styles <= set(blindset12.STYLES) and len(styles) >= 10
    assert locales <= set(blindset12.MIMESIS_LOCALES) and len(locales) >= 8
    assert sources <= set(blindset12.WORDLIKE) and len(sources) >= 6
    # no earlier card's styles or word-like source languages (blind3 to blind11)
    earlier_styles = {
        "yoruba", "zulu", "quechua", "tagalog", "georgian", "armenian", "uzbek", "mongolian", "ewe",
        "amharic", "sinhala", "polynesian", "kinyarwanda", "sesotho", "tongan", "kikuyu", "shona",
        "somali", "hawaiian", "tibetan", "breton", "maori", "inuit", "tamil", "thai", "malagasy",
        "xhosa", "venda", "kanuri", "dinka", "cree", "shipibo", "mixtec", "chuvash", "buryat", "kannada",
        "marathi", "palauan", "luganda", "twi", "tswana", "ojibwe", "aymara", "hmong", "kyrgyz",
        "ossetian", "malayalam", "chamorro", "lingala", "guarani", "mapuche", "lao", "burmese", "nepali",
        "cebuano", "bengali", "kurdish", "ilocano", "gujarati", "telugu", "ainu", "chechen", "sakha",
        "fijian", "wolof", "oromo", "igbo", "tigrinya", "pashto", "bambara", "fulfulde", "marshallese",
        "kiche", "zapotec", "turkmen", "tatar", "hausa", "amazigh", "khmer", "javanese", "sami", "maltese",
    }  # fmt: skip
    assert not styles & earlier_styles
    earlier_sources = {
        "ro", "ca", "sl", "lt", "is", "et", "gl", "cy", "eu", "fo", "hu", "sk", "da", "ga", "gd", "oc",
        "rm", "sc", "eo", "sr", "no", "sw", "sq", "mt", "lb", "hr", "af", "fy", "lv", "id", "tr", "cs",
        "sv", "fi", "pl", "nl", "fr", "de", "it", "es", "pt", "la", "br", "kw", "gv", "fur", "co", "nds",
        "tl", "ast",
    }  # fmt: skip
    assert not sources & earlier_sources


def test_no_place_word_is_a_name_word(generated: tuple[Path, list[FileSet]]) -> None:
    _, sets = generated
    names = {w.casefold() for _, p in people(sets) for w in name_tokens(p.value)}
    places = {
        w.casefold()
        for s in sets
        for r in s.records
        for p in r
        if p.entity in {"CITY", "STREET_ADDRESS"}
        for w in name_tokens(p.value)
    }
    assert not names & places


def test_the_romanisation_conventions_are_this_sets_own() -> None:
    romanise = blindset12.romanise
    assert romanise("Щукин", "ru") == "Scsukin"  # Hungarian usage
    assert romanise("Жанна", "ru") == "Zsanna"
    assert romanise("Шевченко", "uk") == "Sevcsenko"
    assert romanise("Єва", "uk") == "Jeva"
    assert romanise("Әсел", "kk") == "Äszel"
    assert romanise("Γεώργιος", "el") == "Gheorghios"  # Dutch usage
    assert romanise("Κουτσούρης", "el") == "Koetsoeris"
    assert romanise("경희", "ko") == "Kjonghyj"  # Polish usage
    assert romanise("정", "ko") == "Czong"
    assert romanise("شیرین", "fa") == "Sjierien"  # Dutch usage
    assert romanise("خديجة", "ar-ma") == "Chadiedja"


def test_new_sentence_shapes_and_the_usual_slots_are_planted(generated: tuple[Path, list[FileSet]]) -> None:
    _, sets = generated
    slots = Counter(t for _, p in people(sets) for t in p.tags)
    for slot in ("greeting", "vocative", "mention", "nickname", "signoff", "chat_speaker", "sender_field"):
        assert slots[slot], slot
    for slot in ("table_cell", "table_notes", "split_name", "initial", "reversed", "given_only"):
        assert slots[slot], slot
    for lang in blindset12.LANGS:
        mine = Counter(t for _, p in people(sets) if lang_of(p.tags) == lang for t in p.tags)
        for slot in blindset12.NEW_SHAPES:
            assert mine[slot], (lang, slot)


def test_chats_are_lower_case_and_tables_split_names(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    for chat in (s for s in sets if s.name.endswith("_chat")):
        assert all(p.value == p.value.lower() for r in chat.records for p in r), chat.name
        assert any("chat_speaker" in p.tags or "sender_field" in p.tags for r in chat.records for p in r)
        assert file_text(out, chat) == file_text(out, chat).lower()
    split = [p for s in sets if s.kind == "table" for r in s.records for p in r if "split_name" in p.tags]
    assert len(split) >= 60


def test_tables_vary_headers_capitals_notes_only_and_id_shapes(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    tables = {s.name: s for s in sets if s.kind == "table"}
    columns = {
        s.name: {p.field for r in s.records for p in r if p.entity == "PERSON"} for s in tables.values()
    }
    assert columns["tree_surgery_jobs"] >= {"client_first", "client_last", "lead_climber", "notes"}
    assert columns["musikschule_schueler"] >= {"SCHUELER", "Lehrkraft", "Erziehungsberechtigte"}
    assert columns["gites_sejours"] >= {"locataire", "accueilli_par"}
    assert columns["herreria_encargos"] == {"comentarios"}  # names in the notes only
    assert columns["wulkanizacja_sezon"] >= {"wlasciciel", "kierowca", "MECHANIK"}
    first = {s.name: _records(out, s)[0] for s in tables.values()}
    assert first["gites_sejours"]["resa"].isdigit()
    assert first["herreria_encargos"]["encargo"].endswith("/25")
    assert first["wulkanizacja_sezon"]["zlecenie"].endswith("-WK/25")
    assert first["musikschule_schueler"]["SCHUELER"].isupper()
    for table in tables.values():
        ids = [r[table.id_columns[0]] for r in _records(out, table)]
        groups = [r[table.id_columns[1]] for r in _records(out, table)]
        assert len(set(ids)) == len(ids) and len(set(groups)) < len(groups), table.name
        langs = [lang_of(p.tags) for r in table.records for p in r if p.entity == "PERSON"]
        assert 0.1 < sum(lang != table.language for lang in langs) / len(langs) < 0.6, table.name


def test_canaries_are_listed_and_planted(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert_three_canaries_in_every_table_and_their_files(out, sets)
    first = next(s for s in sets if s.kind == "table").canaries[0]
    for chat in (s for s in sets if s.name.endswith("_chat")):
        assert chat.canaries == [first], chat.name
        assert first.lower() in file_text(out, chat), chat.name
    for file_set in sets:
        for canary in file_set.canaries:
            assert any(
                "canary" in p.tags and all(contains_word(p.value, w) for w in name_tokens(canary))
                for r in file_set.records
                for p in r
            ), file_set.name


def test_it_is_deterministic_for_a_seed(tmp_path: Path, generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert_deterministic(blindset12.generate, out, sets, tmp_path, SCALE)
    other = blindset12.generate(tmp_path / "other", scale=SCALE, seed=blindset12.DEFAULT_SEED + 1)
    assert [s.to_dict() for s in other] != [s.to_dict() for s in sets]


def test_full_scale_generation_is_fast_and_sized(tmp_path: Path) -> None:
    start = time.perf_counter()
    sets = blindset12.generate(tmp_path, scale=1.0)
    assert time.perf_counter() - start < 60
    for file_set in sets:
        expected = blindset12.TEXT_RECORDS if file_set.kind == "text" else blindset12.TABLE_ROWS
        assert len(file_set.records) == expected, file_set.name
    counts = blindset12.summary(sets)
    assert counts["files"] == 29 and counts["records"] == 2880


def test_the_benchmark_runs_it_as_a_set_that_guided_fixes() -> None:
    """Its breakdown was read to fix what it showed, so it no longer counts as held out."""
    assert SET_MODULES["blind12"] == "blindset12"
    assert "blind12" not in HELD_OUT
    assert load_generator("blind12") is blindset12.generate

"""The blind15 detection set (held out until its breakdown was read; now a set that guided fixes, with
the shared checks of blind6 on) is
self-consistent: every planted personal value is in its record's field, every business value is there to
be kept, no planted name, street or city is one the engine or Faker knows, name words follow the set's
frequency rules, its new sentence shapes (HTML markup, to-do checkboxes, emoji prefixes, SQL tuples,
inline JSON, plus-mentions) are planted in every language, the tables vary as its card says, canaries
are listed and planted, generation is deterministic and fast, and the benchmark runs it as a set that
guided fixes.

The checks blind9 to blind15 share are in `test_blindsets_9_to_15.py`. Only the generator runs
here; the engine's figures on it come from the benchmark."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest

from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator
from bench.detection import blindset15
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
    out = tmp_path_factory.mktemp("blind15")
    return out, blindset15.generate(out, scale=SCALE)


def _records(out: Path, file_set: FileSet) -> list[dict[str, str]]:
    return read_records(out / file_set.path, file_set.fmt)


def test_each_language_writes_both_text_formats(generated: tuple[Path, list[FileSet]]) -> None:
    """Beyond the shared checks (`test_blindsets_9_to_15.py`): every language has a TXT and a JSONL file."""
    _, sets = generated
    for lang in blindset15.LANGS:
        assert {s.fmt for s in sets if s.kind == "text" and s.language == lang} == {"txt", "jsonl"}, lang


def test_styles_locales_and_word_sources_are_this_sets_own(generated: tuple[Path, list[FileSet]]) -> None:
    tags = Counter(t for _, p in people(generated[1]) for t in p.tags)
    styles = {t[6:] for t in tags if t.startswith("style:")}
    locales = {t[7:] for t in tags if t.startswith("locale:")}
    sources = {t[8:] for t in tags if t.startswith("wordsrc:")}
    assert styles <= set(blindset15.STYLES) and len(styles) >= 10
    assert locales <= set(blindset15.MIMESIS_LOCALES) and len(locales) >= 8
    assert sources <= set(blindset15.WORDLIKE) and len(sources) >= 5
    # no earlier card's styles or word-like source languages (blind3 to blind14)
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
        "bemba", "tsonga", "sango", "luo", "mende", "tuvan", "bashkir", "avar", "lakota", "tahitian",
        "tetum", "yapese", "nahuatl", "vietnamese", "albanian", "irish", "dine", "baltic", "hungarian",
        "greek", "turkish", "swahili", "persian", "arabic", "basque", "welsh",
        "chewa", "efik", "kalenjin", "yucatec", "mohawk", "evenki", "udmurt", "uyghur", "balinese",
        "punjabi", "odia", "nivkh",
        "mizo", "khasi", "tuareg", "herero", "makua", "tiv", "rapanui", "warlpiri", "yupik", "komi",
    }  # fmt: skip
    assert not styles & earlier_styles
    earlier_sources = {
        "ro", "ca", "sl", "lt", "is", "et", "gl", "cy", "eu", "fo", "hu", "sk", "da", "ga", "gd", "oc",
        "rm", "sc", "eo", "sr", "no", "sw", "sq", "mt", "lb", "hr", "af", "fy", "lv", "id", "tr", "cs",
        "sv", "fi", "pl", "nl", "fr", "de", "it", "es", "pt", "la", "br", "kw", "gv", "fur", "co", "nds",
        "tl", "ast", "vec", "scn", "an", "wa", "csb", "hsb", "lld",
        "lmo", "pms", "nap", "lij", "dsb", "szl", "li", "mwl",
        "ms", "ht", "su", "pap", "tpi", "sm",
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
    romanise = blindset15.romanise
    assert romanise("Шишкина", "ru") == "Šiškina"  # Lithuanian usage
    assert romanise("Жанна", "ru") == "Žanna"
    assert romanise("Щукин", "ru") == "Ščukin"
    assert romanise("Юлия", "ru") == "Julija"
    assert romanise("Цыганов", "ru") == "Cyganov"
    assert romanise("Григорій", "uk") == "Hryhorij"
    assert romanise("Χατζής", "el") == "Chatzis"
    assert romanise("Μπουρας", "el") == "Buras"
    assert romanise("شیرین", "fa") == "Šiiriin"  # Estonian usage
    assert romanise("جمال", "ar-ae") == "Džamaal"
    assert romanise("ال الباشا", "ar-ae") == "Baašaa"


def test_new_sentence_shapes_and_the_usual_slots_are_planted(generated: tuple[Path, list[FileSet]]) -> None:
    _, sets = generated
    slots = Counter(t for _, p in people(sets) for t in p.tags)
    for slot in ("greeting", "mention", "signoff", "chat_speaker", "sender_field"):
        assert slots[slot], slot
    for slot in ("table_cell", "table_notes", "initial", "reversed", "given_only", "surname_only"):
        assert slots[slot], slot
    for slot in ("sentence_start", "honorific", "agent", "pair"):
        assert slots[slot], slot
    for lang in blindset15.LANGS:
        mine = Counter(t for _, p in people(sets) if lang_of(p.tags) == lang for t in p.tags)
        for slot in blindset15.NEW_SHAPES:
            assert mine[slot], (lang, slot)


def test_the_new_shapes_look_as_the_card_says(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    seen: Counter[str] = Counter()
    for file_set in (s for s in sets if s.kind == "text"):
        for record, fields in zip(file_set.records, _records(out, file_set), strict=True):
            text = "\n".join(fields.values())
            for planted in record:
                value = re.escape(planted.value)
                if "html_tag" in planted.tags:
                    assert re.search(rf"<b>{value}</b>", text)
                    seen["html_tag"] += 1
                elif "checkbox" in planted.tags:
                    assert re.search(rf"\[x\] {value} ", text)
                    seen["checkbox"] += 1
                elif "emoji" in planted.tags:
                    assert re.search(rf"📞 {value} ", text)
                    seen["emoji"] += 1
                elif "sql_tuple" in planted.tags:
                    assert re.search(rf"\('{value}', 3, 'ok'\)", text)
                    seen["sql_tuple"] += 1
                elif "json_inline" in planted.tags:
                    assert re.search(rf'\{{"\w+": "{value}", "\w+": 2\}}', text)
                    seen["json_inline"] += 1
                elif "plus_mention" in planted.tags:
                    assert re.search(rf"\+{value} ", text)
                    seen["plus_mention"] += 1
    assert all(seen[k] for k in blindset15.NEW_SHAPES)


def test_chats_are_lower_case_and_have_their_speakers(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    for chat in (s for s in sets if s.name.endswith("_chat")):
        assert all(p.value == p.value.lower() for r in chat.records for p in r), chat.name
        assert any("chat_speaker" in p.tags or "sender_field" in p.tags for r in chat.records for p in r)
        assert file_text(out, chat) == file_text(out, chat).lower()
        if chat.fmt == "txt":
            assert all(re.match(r"<[^>]+> ", r["text"]) for r in _records(out, chat))


def test_tables_vary_headers_layouts_and_id_shapes(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    tables = {s.name: s for s in sets if s.kind == "table"}
    columns = {
        s.name: {p.field for r in s.records for p in r if p.entity == "PERSON"} for s in tables.values()
    }
    assert columns["shearing_runs"] == {"grower", "shearer", "notes"}
    assert columns["tonstudio_sessions"] == {"Bandkontakt", "Techniker", "Notiz"}
    assert columns["cadres_dorure"] == {"client", "doreuse", "remarque"}
    assert columns["guarderia_canina"] == {"propietario", "cuidadora", "comentario"}
    assert columns["jazdy_konne"] == {"jezdziec", "instruktor", "uwagi"}
    rows = {name: _records(out, s) for name, s in tables.items()}
    last = {name: r[-1] for name, r in rows.items()}  # the first rows hold the canaries
    assert re.fullmatch(r"\S+ \w\.", last["shearing_runs"]["shearer"])
    surname, given = last["tonstudio_sessions"]["Bandkontakt"].split("/")
    assert surname.isupper() and not given.isupper()
    assert re.fullmatch(r"(Hr|Fr)\. \S+", last["tonstudio_sessions"]["Techniker"])
    assert re.fullmatch(r"\S+ \(\S+\)", last["cadres_dorure"]["client"])
    assert len(last["guarderia_canina"]["propietario"].split(" ")) == 3
    assert re.fullmatch(r"[^\W_]+_[^\W_]+", last["jazdy_konne"]["instruktor"])
    assert rows["shearing_runs"][0]["run_no"] == "SR-25/0001"
    assert rows["tonstudio_sessions"][0]["Session"] == "TS.0001"
    assert rows["guarderia_canina"][0]["ficha"] == "GC0001-25"
    assert rows["jazdy_konne"][0]["jazda"] == "JK/0001"
    for table in tables.values():
        ids = [r[table.id_columns[0]] for r in rows[table.name]]
        groups = [r[table.id_columns[1]] for r in rows[table.name]]
        assert len(set(ids)) == len(ids) and len(set(groups)) < len(groups), table.name


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
    assert_deterministic(blindset15.generate, out, sets, tmp_path, SCALE)
    other = blindset15.generate(tmp_path / "other", scale=SCALE, seed=blindset15.DEFAULT_SEED + 1)
    assert [s.to_dict() for s in other] != [s.to_dict() for s in sets]


def test_full_scale_generation_is_fast_and_sized(tmp_path: Path) -> None:
    blindset15.generate(tmp_path / "warm", scale=SCALE)  # the name pools are built once per process
    start = time.perf_counter()
    sets = blindset15.generate(tmp_path, scale=1.0)
    assert time.perf_counter() - start < 5
    for file_set in sets:
        expected = blindset15.TEXT_RECORDS if file_set.kind == "text" else blindset15.TABLE_ROWS
        assert len(file_set.records) == expected, file_set.name
    counts = blindset15.summary(sets)
    assert counts["files"] == 29 and counts["records"] == 2880


def test_the_benchmark_runs_it_as_a_set_that_guided_fixes() -> None:
    """Its breakdown was read to fix what it showed, so it no longer counts as held out."""
    assert SET_MODULES["blind15"] == "blindset15"
    assert "blind15" not in HELD_OUT
    assert load_generator("blind15") is blindset15.generate

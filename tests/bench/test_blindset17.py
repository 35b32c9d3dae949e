"""The blind17 detection set (held out until its breakdown was read; now a set that guided fixes, with
the shared checks of blind6 on) is
self-consistent: every planted personal value is in its record's field, every business value is there to
be kept, no planted name, street or city is one the engine or Faker knows, name words follow the set's
frequency rules, its new sentence shapes are planted in every language and look as its card says, the
tables vary as its card says, canaries are listed and planted, generation is deterministic and fast, and
the benchmark runs it (no longer held out: blind18 is).

Only the generator runs here; the engine never sees the set (its figures are for the headline run)."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest

from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator
from bench.detection import blindset17
from bench.detection.format import FileSet, contains_word, name_tokens, read_records
from bench.detection.sources import mimesis_person_words
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
    out = tmp_path_factory.mktemp("blind17")
    return out, blindset17.generate(out, scale=SCALE)


def _records(out: Path, file_set: FileSet) -> list[dict[str, str]]:
    return read_records(out / file_set.path, file_set.fmt)


def _is_chat(file_set: FileSet) -> bool:
    return file_set.name.endswith("_chat")


def test_it_writes_text_in_eight_languages_and_tables(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert {"txt", "jsonl", "csv", "tsv", "parquet"} == {s.fmt for s in sets}
    assert len({s.name for s in sets}) == len(sets) == len({s.path for s in sets})
    text = [s for s in sets if s.kind == "text"]
    assert len(text) == 24
    assert {s.language for s in text} == set(blindset17.LANGS)
    for lang in blindset17.LANGS:
        mine = [s for s in text if s.language == lang]
        assert len(mine) == 3, lang
        assert {s.fmt for s in mine} == {"txt", "jsonl"}, lang
        assert len([s for s in mine if _is_chat(s)]) == 1, lang
    assert {"txt", "jsonl"} == {s.fmt for s in text if _is_chat(s)}
    tables = [s for s in sets if s.kind == "table"]
    assert len(tables) == 5 and all(len(t.id_columns) == 2 for t in tables)
    assert len({t.language for t in tables}) >= 4
    for file_set in sets:
        assert len(_records(out, file_set)) == len(file_set.records), file_set.name
        assert file_set.guided_fixes  # read to guide fixes (see the card's Status)


def test_jsonl_records_nest_and_the_parquet_table_has_typed_columns(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_jsonl_nests_and_parquet_is_typed(*generated)
    _, sets = generated
    roots = {p.field.split(".")[0] for s in sets if s.fmt == "jsonl" for r in s.records for p in r}
    assert set(blindset17.ROOTS.values()) | {"msg"} <= roots


def test_every_planted_value_is_in_its_field_of_the_raw_input(generated: tuple[Path, list[FileSet]]) -> None:
    entities = planted_in_their_fields(*generated)
    assert_every_kind_is_planted(entities)
    for kind in ("quantity", "case_number", "sku", "version", "tracking_number"):
        assert entities[f"utility:{kind}"], kind


def test_every_person_is_tagged_and_the_name_groups_are_mixed(generated: tuple[Path, list[FileSet]]) -> None:
    assert_people_are_tagged_in_mixed_groups(generated[1])


def test_no_planted_name_or_place_is_known_to_the_engine_or_faker(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_no_planted_name_or_city_is_known(generated[1])


def test_name_words_follow_the_frequency_rules(generated: tuple[Path, list[FileSet]]) -> None:
    assert_name_frequency_rules(generated[1], blindset17.LANGS, mimesis_person_words())


def test_name_words_are_no_template_words_and_emails_hold_no_name_word(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_names_apart_from_templates_and_emails(generated[1], blindset17.template_words())


def test_word_like_names_come_from_another_language_and_mimesis_names_are_latin(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_wordlike_names_are_foreign_and_mimesis_names_latin(generated[1])


def test_styles_locales_and_word_sources_are_this_sets_own(generated: tuple[Path, list[FileSet]]) -> None:
    tags = Counter(t for _, p in people(generated[1]) for t in p.tags)
    styles = {t[6:] for t in tags if t.startswith("style:")}
    locales = {t[7:] for t in tags if t.startswith("locale:")}
    sources = {t[8:] for t in tags if t.startswith("wordsrc:")}
    assert styles <= set(blindset17.STYLES) and len(styles) >= 8
    assert locales <= set(blindset17.MIMESIS_LOCALES) and len(locales) >= 8
    assert sources <= set(blindset17.WORDLIKE) and len(sources) >= 5
    # no earlier card's styles (blind3 to blind16) or word-like source languages
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
        "nuer", "kongo", "mossi", "hiligaynon", "bikol", "yolngu", "pitjantjatjara", "abkhaz", "lezgian",
        "mari", "nenets", "ingush",
        "fon", "temne", "sukuma", "lozi", "ovambo", "santali", "tulu", "karen", "wayuu", "garifuna",
        "kalmyk", "circassian",
    }  # fmt: skip
    assert not styles & earlier_styles
    earlier_sources = {
        "ro", "ca", "sl", "lt", "is", "et", "gl", "cy", "eu", "fo", "hu", "sk", "da", "ga", "gd", "oc",
        "rm", "sc", "eo", "sr", "no", "sw", "sq", "mt", "lb", "hr", "af", "fy", "lv", "id", "tr", "cs",
        "sv", "fi", "pl", "nl", "fr", "de", "it", "es", "pt", "la", "br", "kw", "gv", "fur", "co", "nds",
        "tl", "ast", "vec", "scn", "an", "wa", "csb", "hsb", "lld",
        "lmo", "pms", "nap", "lij", "dsb", "szl", "li", "mwl",
        "ms", "ht", "su", "pap", "tpi", "sm",
        "mi", "qu", "zu", "haw", "fj", "ceb",
        "mg", "uz", "ln", "rw", "xh", "sn",
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
    romanise = blindset17.romanise
    assert romanise("Шишкина", "ru") == "xixkina"  # Portuguese usage
    assert romanise("Жанна", "ru") == "janna"
    assert romanise("Щукин", "ru") == "xtchukin"
    assert romanise("Чехов", "ru") == "tchekhov"
    assert romanise("Василий", "ru") == "vassilii"
    assert romanise("Юлия", "ru") == "iuliia"
    assert romanise("Григорій", "uk") == "hryhorii"
    assert romanise("Μπουρας", "el") == "buras"
    assert romanise("Παπαδόπουλος", "el") == "papadopulos"
    assert romanise("شیرین", "fa") == "xirin"
    assert romanise("جمال", "ar-sa") == "djamal"


def test_new_sentence_shapes_and_the_usual_slots_are_planted(generated: tuple[Path, list[FileSet]]) -> None:
    _, sets = generated
    slots = Counter(t for _, p in people(sets) for t in p.tags)
    for slot in ("greeting", "mention", "thanks", "reaction", "chat_speaker", "table_cell", "table_notes"):
        assert slots[slot], slot
    for slot in ("sentence_start", "honorific", "agent", "pair", "given_only", "surname_only"):
        assert slots[slot], slot
    for slot in ("surname_initial", "given_initial"):
        assert slots[slot], slot
    for lang in blindset17.LANGS:
        mine = Counter(t for _, p in people(sets) if lang_of(p.tags) == lang for t in p.tags)
        for slot in blindset17.NEW_SHAPES:
            assert mine[slot], (lang, slot)


def test_the_new_shapes_look_as_the_card_says(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    seen: Counter[str] = Counter()
    for file_set in (s for s in sets if s.kind == "text" and not _is_chat(s)):
        for record, fields in zip(file_set.records, _records(out, file_set), strict=True):
            text = "\n".join(fields.values())
            for planted in record:
                value = re.escape(planted.value)
                if "file_path" in planted.tags:
                    assert re.search(rf"/2025/{value}_\w+\.jpg", text)
                elif "phone_owner" in planted.tags and planted.entity == "PERSON":
                    assert re.search(rf"\d \({value}\)\.", text)
                elif "tick" in planted.tags:
                    assert re.search(rf"{value} [✓✗]", text)
                elif "hashtag" in planted.tags:
                    assert re.search(rf"#{value} ", text) and planted.value.islower()
                elif "tilde" in planted.tags:
                    assert re.search(rf"~{value}(\n|$| )", text)
                elif "via" in planted.tags:
                    assert re.search(rf"\((via|über|par|vía|tramite|przez) {value}\)", text)
                else:
                    continue
                seen[next(t for t in planted.tags if t in blindset17.NEW_SHAPES)] += 1
    assert all(seen[k] for k in blindset17.NEW_SHAPES)


def test_text_records_follow_the_voicemail_layout(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    for file_set in (s for s in sets if s.fmt == "txt" and not _is_chat(s)):
        for record in _records(out, file_set):
            assert re.match(r"VM-\d{3} \d{4}-\d\d-\d\d \d\d:\d\d \(\d+:\d\d\) \| ", record["text"]), (
                file_set.name
            )


def test_chats_are_lower_case_and_have_their_speakers(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    for chat in (s for s in sets if _is_chat(s)):
        assert all(p.value == p.value.lower() for r in chat.records for p in r), chat.name
        assert all(any("chat_speaker" in p.tags for p in r) for r in chat.records), chat.name
        assert file_text(out, chat) == file_text(out, chat).lower()
        if chat.fmt == "txt":
            assert all(re.fullmatch(r"[^»]+ » .+ · \d\d:\d\d", r["text"]) for r in _records(out, chat))
        else:
            records = _records(out, chat)
            assert all("msg.who.display" in r and "msg.reactions[].by" in r for r in records)


def test_tables_vary_headers_layouts_and_id_shapes(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    tables = {s.name: s for s in sets if s.kind == "table"}
    columns = {
        s.name: {p.field for r in s.records for p in r if p.entity == "PERSON"} for s in tables.values()
    }
    assert columns["horsebox_hire"] == {"hirer", "groom", "notes"}
    assert columns["wachsumarbeitung"] == {"Imker", "Annahme", "Vermerk"}
    assert columns["ostreiculture_ventes"] == {"client", "ecailler", "remarque"}
    assert columns["mantenimiento_piscinas"] == {"titular", "tecnico", "observaciones"}
    assert columns["wypozyczalnia_przyczep"] == {"najemca", "wydal", "uwagi"}
    rows = {name: _records(out, s) for name, s in tables.items()}
    last = {name: r[-1] for name, r in rows.items()}  # the first rows hold the canaries
    assert re.fullmatch(r"\S+ \w\.", last["horsebox_hire"]["hirer"])
    assert re.fullmatch(r"\S+ \w\.", last["horsebox_hire"]["groom"])
    assert last["wachsumarbeitung"]["Annahme"].islower()
    surname, given = last["ostreiculture_ventes"]["client"].split(" ")
    assert surname.isupper() and not given.isupper()
    assert re.fullmatch(r"\w\.[^\W\d_]+", last["ostreiculture_ventes"]["ecailler"])
    assert last["mantenimiento_piscinas"]["tecnico"].isupper()
    assert last["wypozyczalnia_przyczep"]["najemca"].islower()
    assert rows["horsebox_hire"][0]["hire_ref"] == "HB25-001"
    assert rows["wachsumarbeitung"][0]["Beleg"] == "WU/0001"
    assert rows["ostreiculture_ventes"][0]["bon"] == "1"
    assert rows["mantenimiento_piscinas"][0]["parte"] == "MP-0001"
    assert rows["wypozyczalnia_przyczep"][0]["umowa"] == "PR/0001"
    for table in tables.values():
        ids = [r[table.id_columns[0]] for r in rows[table.name]]
        groups = [r[table.id_columns[1]] for r in rows[table.name]]
        assert len(set(ids)) == len(ids) and len(set(groups)) < len(groups), table.name


def test_canaries_are_listed_and_planted(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert_three_canaries_in_every_table_and_their_files(out, sets)
    first = next(s for s in sets if s.kind == "table").canaries[0]
    for chat in (s for s in sets if _is_chat(s)):
        assert chat.canaries == [first], chat.name
        assert first.lower() in file_text(out, chat), chat.name
    for file_set in sets:
        for canary in file_set.canaries:
            assert any(
                "canary" in p.tags and any(contains_word(p.value, w) for w in name_tokens(canary))
                for r in file_set.records
                for p in r
            ), file_set.name


def test_it_is_deterministic_for_a_seed(tmp_path: Path, generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert_deterministic(blindset17.generate, out, sets, tmp_path, SCALE)
    other = blindset17.generate(tmp_path / "other", scale=SCALE, seed=blindset17.DEFAULT_SEED + 1)
    assert [s.to_dict() for s in other] != [s.to_dict() for s in sets]


def test_full_scale_generation_is_fast_and_sized(tmp_path: Path) -> None:
    blindset17.generate(tmp_path / "warm", scale=SCALE)  # the name pools are built once per process
    start = time.perf_counter()
    sets = blindset17.generate(tmp_path, scale=1.0)
    assert time.perf_counter() - start < 8
    for file_set in sets:
        expected = blindset17.TEXT_RECORDS if file_set.kind == "text" else blindset17.TABLE_ROWS
        assert len(file_set.records) == expected, file_set.name
    counts = blindset17.summary(sets)
    assert counts["files"] == 29 and counts["records"] == 2880


def test_the_benchmark_runs_it_and_no_longer_holds_it_out() -> None:
    assert SET_MODULES["blind17"] == "blindset17"
    assert "blind17" not in HELD_OUT  # blind18 is held out now (its test checks the withheld breakdown)
    assert "blind16" not in HELD_OUT
    assert load_generator("blind17") is blindset17.generate

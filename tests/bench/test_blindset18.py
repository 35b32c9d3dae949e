"""The blind18 detection set (held out until its breakdown was read; now a set that guided fixes, with
the shared checks of blind6 on) is
self-consistent: every planted personal value is in its record's field, every business value is there to
be kept, no planted name, street or city is one the engine or Faker knows, name words follow the set's
frequency rules, its new sentence shapes are planted in every language and look as its card says, the
tables vary as its card says, canaries are listed and planted, generation is deterministic and fast, and
the benchmark runs it (no longer held out: blind19 is).

Only the generator runs here; the engine never sees the set (its figures are for the headline run)."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest

from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator
from bench.detection import blindset18
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
    out = tmp_path_factory.mktemp("blind18")
    return out, blindset18.generate(out, scale=SCALE)


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
    assert {s.language for s in text} == set(blindset18.LANGS)
    for lang in blindset18.LANGS:
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
    assert set(blindset18.ROOTS.values()) | {"ev"} <= roots


def test_every_planted_value_is_in_its_field_of_the_raw_input(generated: tuple[Path, list[FileSet]]) -> None:
    entities = planted_in_their_fields(*generated)
    assert_every_kind_is_planted(entities)
    for kind in ("quantity", "case_number", "sku", "version", "tracking_number", "invoice_number", "ean"):
        assert entities[f"utility:{kind}"], kind


def test_every_person_is_tagged_and_the_name_groups_are_mixed(generated: tuple[Path, list[FileSet]]) -> None:
    assert_people_are_tagged_in_mixed_groups(generated[1])


def test_no_planted_name_or_place_is_known_to_the_engine_or_faker(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_no_planted_name_or_city_is_known(generated[1])


def test_name_words_follow_the_frequency_rules(generated: tuple[Path, list[FileSet]]) -> None:
    assert_name_frequency_rules(generated[1], blindset18.LANGS, mimesis_person_words())


def test_name_words_are_no_template_words_and_emails_hold_no_name_word(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_names_apart_from_templates_and_emails(generated[1], blindset18.template_words())


def test_word_like_names_come_from_another_language_and_mimesis_names_are_latin(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_wordlike_names_are_foreign_and_mimesis_names_latin(generated[1])


def test_styles_locales_and_word_sources_are_this_sets_own(generated: tuple[Path, list[FileSet]]) -> None:
    tags = Counter(t for _, p in people(generated[1]) for t in p.tags)
    styles = {t[6:] for t in tags if t.startswith("style:")}
    locales = {t[7:] for t in tags if t.startswith("locale:")}
    sources = {t[8:] for t in tags if t.startswith("wordsrc:")}
    assert styles <= set(blindset18.STYLES) and len(styles) >= 8
    assert locales <= set(blindset18.MIMESIS_LOCALES) and len(locales) >= 8
    assert sources <= set(blindset18.WORDLIKE) and len(sources) >= 5
    # no earlier card's styles (blind3 to blind17) or word-like source languages
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
        "batak", "bugis", "dayak", "songhai", "dogon", "kpelle", "haida", "aleut", "sherpa", "chukchi",
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
        "az", "yo", "ha", "ig", "so", "tk", "ku", "wo",
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
    romanise = blindset18.romanise
    assert romanise("Шишкина", "ru") == "ŝiŝkina"  # Esperanto usage
    assert romanise("Жанна", "ru") == "ĵanna"
    assert romanise("Щукин", "ru") == "ŝĉukin"
    assert romanise("Чехов", "ru") == "ĉeĥov"
    assert romanise("Юлия", "ru") == "julija"
    assert romanise("Елена", "ru") == "jelena"
    assert romanise("Григорій", "uk") == "hrihorij"
    assert romanise("Әсел", "kk") == "esel"
    assert romanise("Ευάγγελος", "el") == "eŭangelos"
    assert romanise("Μπουρας", "el") == "buras"
    assert romanise("Χαραλαμπος", "el") == "ĥaralambos"
    assert romanise("김민준", "ko") == "kimminĝun"
    assert romanise("فاطمة", "ar") == "fatima"  # Maltese usage
    assert romanise("جمال", "ar-ma") == "ġamal"
    assert romanise("الحسني", "ar-om") == "ħasini"
    assert romanise("شیرین", "fa") == "xierien"
    assert romanise("چمران", "fa") == "ċamiran"
    assert romanise("عبد الله", "ar") == ""  # two words: not used


def test_new_sentence_shapes_and_the_usual_slots_are_planted(generated: tuple[Path, list[FileSet]]) -> None:
    _, sets = generated
    slots = Counter(t for _, p in people(sets) for t in p.tags)
    for slot in ("greeting", "mention", "thanks", "vocative", "poll_vote", "chat_speaker", "table_cell"):
        assert slots[slot], slot
    for slot in ("table_notes", "customer", "agent", "addressee", "sentence_start", "honorific", "pair"):
        assert slots[slot], slot
    for form in ("given_only", "surname_only", "reversed", "initial", "given_initial", "middle_initial"):
        assert slots[form], form
    for lang in blindset18.LANGS:
        mine = Counter(t for _, p in people(sets) if lang_of(p.tags) == lang for t in p.tags)
        for slot in blindset18.NEW_SHAPES:
            assert mine[slot], (lang, slot)


_PRONOUNS = (
    r"\((she|he|they|sie|er|keine|elle|il|iel|ella|él|lei|lui|loro|zij|hij|hen|ona|on|ono|ela|ele|elu)\b"
)
_EXTENSION = r"\((ext\.|durchwahl|poste|int\.|toestel|wew\.) \d+\)"
_WROTE = r"(wrote|schrieb|a écrit|escribió|ha scritto|schreef|napisał|escreveu)"
_AWAY = r"(auto-reply|automatische antwort|réponse automatique|respuesta automática|risposta automatica|automatisch antwoord|autoodpowiedź|resposta automática) ?:"


def test_the_new_shapes_look_as_the_card_says(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    seen: Counter[str] = Counter()
    flags = re.IGNORECASE
    for file_set in (s for s in sets if s.kind == "text" and not _is_chat(s)):
        for record, fields in zip(file_set.records, _records(out, file_set), strict=True):
            text = "\n".join(fields.values())
            for planted in record:
                if planted.entity != "PERSON":
                    continue
                value = re.escape(planted.value)
                shape = next((t for t in planted.tags if t in blindset18.NEW_SHAPES), None)
                if shape == "wrote_header":
                    assert re.search(rf"{value}( <[^>]+>)?:? {_WROTE}|{_WROTE} {value}", text, flags)
                elif shape == "ical_cn":
                    assert re.search(rf"(ORGANIZER|ATTENDEE);CN=\"?{value}\"?[:;]", text, flags)
                elif shape == "md_link":
                    assert re.search(rf"\[{value}\]\(https://crm\.example/\w+/\d+\)", text, flags)
                elif shape == "pronouns":
                    assert re.search(rf"{value} {_PRONOUNS}", text, flags)
                elif shape == "extension":
                    assert re.search(rf"{value} {_EXTENSION}", text, flags)
                elif shape == "name_code":
                    assert re.search(rf"\b{value}\d\d\b", text, flags) and planted.value.isupper()
                elif shape == "hours":
                    assert re.search(rf"{value} \d+([.,]5)? (h|uur|godz\.)", text, flags)
                elif shape == "out_of_office":
                    assert re.search(_AWAY, text, flags) and planted.value in text
                else:
                    continue
                seen[shape] += 1
    assert all(seen[k] for k in blindset18.NEW_SHAPES)


def test_text_records_follow_the_calendar_export_layout(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    layout = re.compile(
        r"DTSTART:\d{8}T\d{6} \| UID:C-[A-Z]{3}-\d{5} \| SUMMARY:.+ \| DESCRIPTION:.+ \| CONTACT:.+",
        re.IGNORECASE,
    )
    for file_set in (s for s in sets if s.fmt == "txt" and not _is_chat(s)):
        for record in _records(out, file_set):
            assert layout.fullmatch(record["text"]), file_set.name
    for file_set in (s for s in sets if s.fmt == "jsonl" and not _is_chat(s)):
        root = blindset18.ROOTS[file_set.language]
        for record in _records(out, file_set):
            assert {f"{root}.meta.case", f"{root}.events[].memo", f"{root}.billing.addressee.contact"} <= set(
                record
            )


def test_chats_are_lower_case_and_have_their_speakers(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    for chat in (s for s in sets if _is_chat(s)):
        assert all(p.value == p.value.lower() for r in chat.records for p in r), chat.name
        assert all(any("chat_speaker" in p.tags for p in r) for r in chat.records), chat.name
        assert file_text(out, chat) == file_text(out, chat).lower()
        records = _records(out, chat)
        if chat.fmt == "txt":
            assert all(re.fullmatch(r"\d\d:\d\d · [^·]+ · .+", r["text"]) for r in records)
        else:
            assert all("ev.user.label" in r and "ev.text" in r for r in records)
            assert any("ev.poll.votes[].voter" in r for r in _records(out, chat) + records)


def test_tables_vary_headers_layouts_and_id_shapes(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    tables = {s.name: s for s in sets if s.kind == "table"}
    columns = {
        s.name: {p.field for r in s.records for p in r if p.entity == "PERSON"} for s in tables.values()
    }
    assert columns["balloon_manifest"] == {"lead_passenger", "crew_chief", "notes"}
    assert columns["kutschfahrten_buchungen"] == {"Buchung_auf", "Kutscher", "Bemerkung"}
    assert columns["strandpaviljoen_reserveringen"] == {"gast", "bediening", "opmerking"}
    assert columns["tartufi_conferimenti"] == {"conferente", "pesatore", "note"}
    assert columns["azulejos_encomendas"] == {"cliente", "pintor", "observacoes"}
    rows = {name: _records(out, s) for name, s in tables.items()}
    last = {name: r[-1] for name, r in rows.items()}  # the first rows hold the canaries
    assert re.fullmatch(r"\S+ [A-Z]\. \S+", last["balloon_manifest"]["lead_passenger"])
    assert re.fullmatch(r"\S+ \S+ <[\w.]+@\w+\.example>", last["balloon_manifest"]["crew_chief"])
    assert re.fullmatch(r"\S+, \S+ & \S+", last["kutschfahrten_buchungen"]["Buchung_auf"])
    assert re.fullmatch(r"\S+ \(\S+\)", last["kutschfahrten_buchungen"]["Kutscher"])
    assert " " not in last["strandpaviljoen_reserveringen"]["bediening"]
    assert re.fullmatch(r"Sig\.(ra)? \S+ \S+", last["tartufi_conferimenti"]["conferente"])
    assert re.fullmatch(r"\S+ \w\.", last["tartufi_conferimenti"]["pesatore"])
    assert re.fullmatch(r"Mestre \S+", last["azulejos_encomendas"]["pintor"])
    assert rows["balloon_manifest"][0]["manifest_no"] == "BM25-0001"
    assert rows["kutschfahrten_buchungen"][0]["Buchungsnr"] == "KF-0001/25"
    assert rows["strandpaviljoen_reserveringen"][0]["reservering"] == "1"
    assert rows["tartufi_conferimenti"][0]["bolla"] == "TC/25/0001"
    assert rows["azulejos_encomendas"][0]["encomenda"] == "AZ-0001"
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
    assert_deterministic(blindset18.generate, out, sets, tmp_path, SCALE)
    other = blindset18.generate(tmp_path / "other", scale=SCALE, seed=blindset18.DEFAULT_SEED + 1)
    assert [s.to_dict() for s in other] != [s.to_dict() for s in sets]


def test_full_scale_generation_is_fast_and_sized(tmp_path: Path) -> None:
    blindset18.generate(tmp_path / "warm", scale=SCALE)  # the name pools are built once per process
    start = time.perf_counter()
    sets = blindset18.generate(tmp_path, scale=1.0)
    assert time.perf_counter() - start < 8
    for file_set in sets:
        expected = blindset18.TEXT_RECORDS if file_set.kind == "text" else blindset18.TABLE_ROWS
        assert len(file_set.records) == expected, file_set.name
    counts = blindset18.summary(sets)
    assert counts["files"] == 29 and counts["records"] == 2880


def test_the_benchmark_runs_it_and_no_longer_holds_it_out() -> None:
    assert SET_MODULES["blind18"] == "blindset18"
    assert "blind18" not in HELD_OUT  # blind19 is held out now (its test checks the withheld breakdown)
    assert "blind17" not in HELD_OUT
    assert load_generator("blind18") is blindset18.generate

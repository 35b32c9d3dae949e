"""The blind21 detection set (held out until its breakdown was read; now a set that guided fixes, with
the shared checks of blind6 on) is
self-consistent: every planted personal value is in its record's field, every business value is there to
be kept, no planted name, street or city is one the engine or Faker knows, name words follow the set's
frequency rules, a third of the name words or more are real words of a wordfreq "large" list (tag
``inlarge``), its new sentence shapes are planted in every language and look as its card says, the
layouts and tables are as its card says, canaries are listed and planted, generation is deterministic
and fast, and the benchmark runs it (no longer held out: blind22 is).

Only the generator runs here; the engine never sees the set (its figures are for the headline run)."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest

from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator
from bench.detection import blindset21
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
    out = tmp_path_factory.mktemp("blind21")
    return out, blindset21.generate(out, scale=SCALE)


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
    assert {s.language for s in text} == set(blindset21.LANGS)
    for lang in blindset21.LANGS:
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
    assert (
        set(blindset21.ROOTS.values()) | {"origin_server_ts", "sender_name", "content", "unsigned"} <= roots
    )


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
    assert_name_frequency_rules(generated[1], blindset21.LANGS, mimesis_person_words())


def test_a_third_of_the_name_words_or_more_are_in_a_large_word_list(
    generated: tuple[Path, list[FileSet]],
) -> None:
    """The harsh rule: real rare words and name forms (in a wordfreq "large" list of one of en de fr es
    it nl pl pt sv da, zipf < 3 in all eight languages), a third of all name words at least; ``inlarge``
    marks exactly the names holding one."""
    from wordfreq import zipf_frequency

    words = large = tagged = 0
    for _, planted in people(generated[1]):
        tokens = name_tokens(planted.value)
        hits = [t for t in tokens if blindset21.in_large(t.casefold())]
        assert ("inlarge" in planted.tags) == bool(hits)
        words += len(tokens)
        large += len(hits)
        tagged += bool(hits)
        for token in hits:
            assert max(zipf_frequency(token, lang) for lang in blindset21.LANGS) < 3
    assert large / words >= 1 / 3
    assert tagged / len(people(generated[1])) >= 1 / 3
    assert blindset21.in_large("oolong") and not blindset21.in_large("qwzvbnx")


def test_name_words_are_no_template_words_and_emails_hold_no_name_word(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_names_apart_from_templates_and_emails(generated[1], blindset21.template_words())


def test_word_like_names_come_from_another_language_and_mimesis_names_are_latin(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_wordlike_names_are_foreign_and_mimesis_names_latin(generated[1])


def test_styles_locales_and_word_sources_are_this_sets_own(generated: tuple[Path, list[FileSet]]) -> None:
    tags = Counter(t for _, p in people(generated[1]) for t in p.tags)
    styles = {t[6:] for t in tags if t.startswith("style:")}
    locales = {t[7:] for t in tags if t.startswith("locale:")}
    sources = {t[8:] for t in tags if t.startswith("wordsrc:")}
    assert styles <= set(blindset21.STYLES) and len(styles) >= 8
    assert locales <= set(blindset21.MIMESIS_LOCALES) and len(locales) >= 8
    assert sources <= set(blindset21.WORDLIKE) and len(sources) >= 5
    # no earlier card's styles (blind3 to blind20) or word-like source languages
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
        "tumbuka", "kimbundu", "turkana", "maasai", "kapampangan", "toraja", "khanty", "tlingit",
        "purepecha", "kiribati",
        "cherokee", "hopi", "tzotzil", "miskito", "ifugao", "minangkabau", "nganasan", "acholi", "tausug",
        "chuukese",
        "zuni", "arapaho", "shuar", "kayapo", "dagbani", "soninke", "kadazan", "pohnpeian", "mingrelian",
        "selkup",
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
        "sco", "yi", "rom", "srn", "kl", "war",
        "xno", "en", "sa", "egy", "hi", "bar",
        "ja", "ko", "ru", "zh", "he", "ur",
    }  # fmt: skip
    assert not sources & earlier_sources
    # usages no earlier card names for these locales
    assert set(blindset21.MIMESIS_LOCALES.values()) == {"azerbaijani", "croatian"}


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
    romanise = blindset21.romanise
    assert romanise("Елена", "ru") == "yelena"  # Azerbaijani usage
    assert romanise("Щукин", "ru") == "şçukin"
    assert romanise("Жанна", "ru") == "janna"
    assert romanise("Чехов", "ru") == "çexov"
    assert romanise("Григорий", "ru") == "qriqoriy"
    assert romanise("Григорій", "uk") == "hrıhoriy"
    assert romanise("Юлія", "uk") == "yuliya"
    assert romanise("Қайрат", "kk") == "qayrat"
    assert romanise("Әсел", "kk") == "əsel"
    assert romanise("Ευάγγελος", "el") == "evangelos"  # Croatian usage
    assert romanise("Χαράλαμπος", "el") == "haralambos"
    assert romanise("Γιώργος", "el") == "jiorgos"
    assert romanise("Ντίνος", "el") == "dinos"
    assert romanise("Τσακαλος", "el") == "cakalos"
    assert romanise("فاطمة", "ar-eg") == "fatma"
    assert romanise("جميلة", "ar-tn") == "džamila"
    assert romanise("شیرین", "fa") == "širin"
    assert romanise("چراغ", "fa") == "čarag"
    assert romanise("عبد الله", "ar-sy") == ""  # two words: not used


def test_new_sentence_shapes_and_the_usual_slots_are_planted(generated: tuple[Path, list[FileSet]]) -> None:
    _, sets = generated
    slots = Counter(t for _, p in people(sets) for t in p.tags)
    chat = ("greeting", "mention", "thanks", "vocative", "chat_speaker", "nick_change")
    text = ("table_notes", "table_cell", "customer", "agent", "addressee", "sentence_start", "honorific")
    for slot in (*chat, *text, "pair", "signoff", "shouted"):
        assert slots[slot], slot
    for form in ("given_only", "surname_only", "reversed", "initial"):
        assert slots[form], form
    cells = ("extension_cell", "family_first_cell", "title_job_cell", "angle_mail_cell", "given_cell")
    for cell in (*cells, "multi_cell", "station_cell"):
        assert slots[cell], cell
    for lang in blindset21.LANGS:
        mine = Counter(t for _, p in people(sets) if lang_of(p.tags) == lang for t in p.tags)
        for slot in (*blindset21.NEW_SHAPES, *blindset21.CHAT_SHAPES):
            assert mine[slot], (lang, slot)


_SHAPES = {
    "lost_found": (
        r"(lost property|found by|fundsache|gefunden von|objet trouvé|trouvé par|objeto perdido|"
        r"encontrado por|oggetto smarrito|trovato da|gevonden voorwerp|gevonden door|rzeczy znalezione|"
        r"znalezione przez|perdidos e achados|encontrado por).{{0,12}}?{v} "
    ),
    "inspected_by": (
        r"(inspected by|inspector|geprüft von|prüfer|contrôlé par|contrôleur|inspeccionado por|inspector|"
        r"ispezionato da|ispettore|gekeurd door|keurmeester|skontrolował\(a\)|kontroler|inspecionado por|"
        r"inspetor) {v}[ ,]"
    ),
    "countersigned": (
        r"(countersigned|gegengezeichnet|contresigné|refrendado|controfirmato|medeondertekend|"
        r"kontrasygnata|kontrasygnowana|contra-assinado)( by| von| par| por| da| door| przez)? ?:? ?{v}[ .]"
    ),
    "roll_call": (
        r"(roll call|anwesenheit|namensaufruf|appel|pase de lista|appello|presentielijst|lista obecności|"
        r"odprawa|chamada).*?{v}"
    ),
    "deputy": (
        r"(deputy|vertritt mich|stellvertretung|suppléant|suppléance|me sustituye|suplente|mi sostituisce|"
        r"sostituto|vervangt|plaatsvervanger|zastępuje mnie|zastępca|substitui-me|substituto).*?{v}"
    ),
    "loaded_by": (
        r"(loaded by|verladen von|beladen durch|chargé par|cargad[oa] por|caricato da|geladen door|"
        r"załadował\(a\)|załadowany przez|carregad[oa] por) {v}[ ,]"
    ),
    "seat_plan": (
        r"((seat|platz|place|asiento|posto|stoel|miejsce|lugar) \d+[A-D] ?: {v}\.|"
        r"\d+[A-D] {v}, (next to|daneben|à côté de|al lado de|accanto a|naast|obok|ao lado de) |"
        r"(next to|daneben|à côté de|al lado de|accanto a|naast|obok|ao lado de) {v}\.)"
    ),
    "delegated": (
        r"(delegated|übertragen|aufgabe delegiert|délégué|déléguée|delegad[oa]|delegato|gedelegeerd|"
        r"overgedragen|przekazane).*?{v}"
    ),
    "returned_by": (
        r"(returned by|zurückgebracht von|rückgabe durch|rendu par|restitué par|devuelto por|lo devolvió|"
        r"riconsegnato da|resa da|teruggebracht door|ingeleverd door|zwrócone przez|oddał\(a\)|devolvido por|"
        r"entregue por) {v}[ ,]"
    ),
    "dictated": (
        r"(dictated|diktiert|diktat|dicté|dictée|dictado|dettato|dettatura|gedicteerd|dictaat|podyktował\(a\)|"
        r"przepisał\(a\)|dyktowane|ditado|passado a limpo).*?{v}"
    ),
}


def test_the_new_shapes_look_as_the_card_says(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    seen: Counter[str] = Counter()
    for file_set in (s for s in sets if s.kind == "text" and not _is_chat(s)):
        for record, fields in zip(file_set.records, _records(out, file_set), strict=True):
            text = "\n".join(fields.values())
            for planted in record:
                shape = next((t for t in planted.tags if t in blindset21.NEW_SHAPES), None)
                if planted.entity != "PERSON" or shape is None:
                    continue
                pattern = _SHAPES[shape].format(v=re.escape(planted.value))
                assert re.search(pattern, text, re.IGNORECASE), (file_set.name, shape)
                seen[shape] += 1
    assert set(seen) == set(blindset21.NEW_SHAPES)


def test_text_records_follow_the_logfmt_layout(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    layout = re.compile(
        r'ts=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ level=(info|warn) case=[A-Z]{3}\d{6} msg="[^"]+" '
        r'memo="[^"]+" reach="[^"]+"',
        re.IGNORECASE,
    )
    for file_set in (s for s in sets if s.fmt == "txt" and not _is_chat(s)):
        for record in _records(out, file_set):
            assert layout.fullmatch(record["text"]), file_set.name
    for file_set in (s for s in sets if s.fmt == "jsonl" and not _is_chat(s)):
        root = blindset21.ROOTS[file_set.language]
        for record in _records(out, file_set):
            keys = {
                f"{root}.head.docket",
                f"{root}.head.logged",
                f"{root}.synopsis",
                f"{root}.remarks[].line",
            }
            assert keys | {f"{root}.client.channels.memo", f"{root}.basket[].article"} <= set(record)


def test_chats_are_lower_case_and_have_their_speakers(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    for chat in (s for s in sets if _is_chat(s)):
        assert all(p.value == p.value.lower() for r in chat.records for p in r), chat.name
        for record in chat.records:
            tags = {t for p in record for t in p.tags}
            assert tags & {"chat_speaker", "nick_change"}, chat.name
        assert file_text(out, chat) == file_text(out, chat).lower()
        records = _records(out, chat)
        if chat.fmt == "txt":
            line = re.compile(r"\[\d\d:\d\d:\d\d\] (<[^>]+> .+|-!- .+)")
            assert all(line.fullmatch(r["text"]) for r in records)
        else:
            assert all({"event_id", "type", "origin_server_ts", "sender"} <= set(r) for r in records)
            assert all({"sender_name", "content.displayname"} & set(r) for r in records)
            assert all(re.fullmatch(r"\d{13}", r["origin_server_ts"]) for r in records)
            assert any("unsigned.prev_content.displayname" in r for r in records)


def test_tables_vary_headers_layouts_and_id_shapes(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    tables = {s.name: s for s in sets if s.kind == "table"}
    columns = {
        s.name: {p.field for r in s.records for p in r if p.entity == "PERSON"} for s in tables.values()
    }
    assert columns["locksmith_callouts"] == {"caller", "locksmith", "notes"}
    assert columns["kachelofenbau_termine"] == {"kunde", "ofensetzer", "notiz"}
    assert columns["rempaillage_chaises"] == {"client", "rempailleur", "remarques"}
    assert columns["lavanderia_tappeti"] == {"cliente", "addetti", "note"}
    assert columns["kuznia_zlecenia"] == {"klient", "kowal", "uwagi"}
    rows = {name: _records(out, s) for name, s in tables.items()}
    last = {name: r[-1] for name, r in rows.items()}  # the first rows hold the canaries
    assert re.fullmatch(r"\S+ \S+ \(ext\. \d{3}\)", last["locksmith_callouts"]["caller"])
    family, given = last["locksmith_callouts"]["locksmith"].split()
    assert family.isupper() and not given.isupper()
    assert re.fullmatch(r"\S\. \S+ – (Meister|Geselle|Azubi)", last["kachelofenbau_termine"]["ofensetzer"])
    assert re.fullmatch(r"\S+ \S+ <[^@>\s]+@[^>\s]+>", last["rempaillage_chaises"]["client"])
    assert re.fullmatch(r"[^\W\d_]+", last["rempaillage_chaises"]["rempailleur"])
    assert re.fullmatch(r"\S+ \S+ / \S+ \S+", last["lavanderia_tappeti"]["addetti"])
    assert re.fullmatch(r"\S+ \S\. \(stan\. \d\)", last["kuznia_zlecenia"]["kowal"])
    assert rows["locksmith_callouts"][0]["callout"] == "LC-0001-25"
    assert rows["kachelofenbau_termine"][0]["termin"] == "1"
    assert rows["rempaillage_chaises"][0]["bon"] == "RP25/0001"
    assert rows["lavanderia_tappeti"][0]["ritiro"] == "LT-25-0001"
    assert rows["kuznia_zlecenia"][0]["zlecenie"] == "KZ/0001/25"
    for table in tables.values():
        ids = [r[table.id_columns[0]] for r in rows[table.name]]
        groups = [r[table.id_columns[1]] for r in rows[table.name]]
        assert len(set(ids)) == len(ids) and len(set(groups)) < len(groups), table.name
        languages = Counter(lang_of(p.tags) for r in table.records for p in r if p.entity == "PERSON")
        assert 0.5 < languages[table.language] / sum(languages.values()) < 0.95, table.name


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
    assert_deterministic(blindset21.generate, out, sets, tmp_path, SCALE)
    other = blindset21.generate(tmp_path / "other", scale=SCALE, seed=blindset21.DEFAULT_SEED + 1)
    assert [s.to_dict() for s in other] != [s.to_dict() for s in sets]


def test_full_scale_generation_is_fast_and_sized(tmp_path: Path) -> None:
    blindset21.generate(tmp_path / "warm", scale=SCALE)  # the name pools are built once per process
    start = time.perf_counter()
    sets = blindset21.generate(tmp_path, scale=1.0)
    assert time.perf_counter() - start < 8
    for file_set in sets:
        expected = blindset21.TEXT_RECORDS if file_set.kind == "text" else blindset21.TABLE_ROWS
        assert len(file_set.records) == expected, file_set.name
    counts = blindset21.summary(sets)
    assert counts["files"] == 29 and counts["records"] == 2880


def test_the_benchmark_runs_it_and_no_longer_holds_it_out() -> None:
    assert SET_MODULES["blind21"] == "blindset21"
    assert "blind21" not in HELD_OUT  # blind22 is held out now (its test checks the withheld breakdown)
    assert "blind20" not in HELD_OUT
    assert load_generator("blind21") is blindset21.generate

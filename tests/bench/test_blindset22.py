"""The blind22 detection set (a fresh held-out one, with the shared checks of blind6 on) is
self-consistent: every planted personal value is in its record's field, every business value is there to
be kept, no planted name, street or city is one the engine or Faker knows, name words follow the set's
frequency rules, a third of the name words or more are real words of a wordfreq "large" list (tag
``inlarge``), its new sentence shapes are planted in every language and look as its card says, the
layouts and tables are as its card says, canaries are listed and planted, generation is deterministic
and fast, and the benchmark holds it out and withholds its breakdown.

Only the generator runs here; the engine never sees the set (its figures are for the headline run)."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest

from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator, withhold_blind_breakdown
from bench.detection import blindset22
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
    out = tmp_path_factory.mktemp("blind22")
    return out, blindset22.generate(out, scale=SCALE)


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
    assert {s.language for s in text} == set(blindset22.LANGS)
    for lang in blindset22.LANGS:
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
        assert not file_set.guided_fixes


def test_jsonl_records_nest_and_the_parquet_table_has_typed_columns(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_jsonl_nests_and_parquet_is_typed(*generated)
    _, sets = generated
    roots = {p.field.split(".")[0] for s in sets if s.fmt == "jsonl" for r in s.records for p in r}
    assert (
        set(blindset22.ROOTS.values()) | {"createdDateTime", "from", "body", "mentions[]", "eventDetail"}
        <= roots
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
    assert_name_frequency_rules(generated[1], blindset22.LANGS, mimesis_person_words())


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
        hits = [t for t in tokens if blindset22.in_large(t.casefold())]
        assert ("inlarge" in planted.tags) == bool(hits)
        words += len(tokens)
        large += len(hits)
        tagged += bool(hits)
        for token in hits:
            assert max(zipf_frequency(token, lang) for lang in blindset22.LANGS) < 3
    assert large / words >= 1 / 3
    assert tagged / len(people(generated[1])) >= 1 / 3
    assert blindset22.in_large("oolong") and not blindset22.in_large("qwzvbnx")


def test_name_words_are_no_template_words_and_emails_hold_no_name_word(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_names_apart_from_templates_and_emails(generated[1], blindset22.template_words())


def test_word_like_names_come_from_another_language_and_mimesis_names_are_latin(
    generated: tuple[Path, list[FileSet]],
) -> None:
    assert_wordlike_names_are_foreign_and_mimesis_names_latin(generated[1])


def test_styles_locales_and_word_sources_are_this_sets_own(generated: tuple[Path, list[FileSet]]) -> None:
    tags = Counter(t for _, p in people(generated[1]) for t in p.tags)
    styles = {t[6:] for t in tags if t.startswith("style:")}
    locales = {t[7:] for t in tags if t.startswith("locale:")}
    sources = {t[8:] for t in tags if t.startswith("wordsrc:")}
    assert styles <= set(blindset22.STYLES) and len(styles) >= 8
    assert locales <= set(blindset22.MIMESIS_LOCALES) and len(locales) >= 8
    assert sources <= set(blindset22.WORDLIKE) and len(sources) >= 5
    # no earlier card's styles (blind3 to blind21) or word-like source languages
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
        "lenape", "siksika", "chickasaw", "tikuna", "kamba", "sidamo", "kelabit", "mentawai", "niuean",
        "rotuman",
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
        "iu", "xdk", "alg", "tpw", "tnq", "yue",
    }  # fmt: skip
    assert not sources & earlier_sources
    # usages no earlier card names for these locales
    assert set(blindset22.MIMESIS_LOCALES.values()) == {"slovak", "icelandic", "norwegian"}


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
    romanise = blindset22.romanise
    assert romanise("Елена", "ru") == "jelena"  # Slovak usage
    assert romanise("Щукин", "ru") == "ščukin"
    assert romanise("Жанна", "ru") == "žanna"
    assert romanise("Хрущёв", "ru") == "chruščjov"
    assert romanise("Григорій", "uk") == "hryhorij"
    assert romanise("Юлія", "uk") == "julija"
    assert romanise("Қайрат", "kk") == "kajrat"
    assert romanise("Әсел", "kk") == "äsel"
    assert romanise("Θεόδωρος", "el") == "þeoðóros"  # Icelandic usage
    assert romanise("Ευάγγελος", "el") == "evangelos"
    assert romanise("Χαράλαμπος", "el") == "karalampos"
    assert romanise("Ντίνος", "el") == "dinos"
    assert romanise("Αικατερίνη", "el") == "ækateriní"
    assert romanise("شیرین", "fa") == "sjirin"  # Norwegian usage
    assert romanise("چراغ", "fa") == "tsjaragh"
    assert romanise("جميلة", "ar-ma") == "dsjamila"
    assert romanise("خديجة", "ar-jo") == "khadidsja"
    assert romanise("عبد الله", "ar-kw") == ""  # two words: not used


def test_new_sentence_shapes_and_the_usual_slots_are_planted(generated: tuple[Path, list[FileSet]]) -> None:
    _, sets = generated
    slots = Counter(t for _, p in people(sets) for t in p.tags)
    chat = ("greeting", "mention", "thanks", "vocative", "chat_speaker", "left_group")
    text = ("table_notes", "table_cell", "customer", "agent", "addressee", "sentence_start", "honorific")
    for slot in (*chat, *text, "pair", "signoff", "shouted"):
        assert slots[slot], slot
    for form in ("given_only", "surname_only", "reversed", "initial"):
        assert slots[form], form
    cells = ("payroll_cell", "json_cell", "degree_cell", "vcard_n_cell", "role_prefix_cell")
    for cell in (*cells, "dotted_lower_cell", "phone_first_cell"):
        assert slots[cell], cell
    for lang in blindset22.LANGS:
        mine = Counter(t for _, p in people(sets) if lang_of(p.tags) == lang for t in p.tags)
        for slot in (*blindset22.NEW_SHAPES, *blindset22.CHAT_SHAPES):
            assert mine[slot], (lang, slot)


_SHAPES = {
    "driver_stop": r"(driver|fahrer|chauffeur|repartidor|autista|kierowca|motorista) {v}[ ,]",
    "opened_closed": (
        r"(opened|eröffnet|ouvert|abierta|aperto|geopend|otworzył\(a\)|otwarte|aberto)( by| von| par| por| da| door)?"
        r"( ?:)? ?{v}[ ,(]|(closed|geschlossen|fermé|cerrada|chiuso|gesloten|zamknął\(ęła\)|zamknięte|fechado)"
        r"( by| von| par| por| da| door)?( ?:)? ?{v}\."
    ),
    "chair_minutes": (
        r"(chair|presiede|vorsitz|sitzungsleitung|présidence|présidée par|preside|presidida por|presieduta da|voorzitter|"
        r"voorgezeten door|przewodniczy|prowadził\(a\)|minutes|protokoll|compte rendu|acta|ata|verbale|notulen|"
        r"protokół|protokołował\(a\)).*?{v}"
    ),
    "referee": (
        r"(referee|reference|referenz|référen|referencia|referenza|referenze|referent|referentie|polecający|referencje|"
        r"referência|referências).*?{v}"
    ),
    "ice_contact": (
        r"(emergency|ice contact|notfall|urgence|prévenir|urgencia|emergencia|emergenza|nood|nagłym|awaryjny|emergência|"
        r"urgência).*?{v}"
    ),
    "key_holder": (r"(key|schlüssel|clés|llaves|chiavi|sleutel|klucze|chaves).*?{v}"),
    "tip_split": (
        r"(tip|trinkgeld|pourboires|cagnotte|propinas|bote|mance|fooien|napiwki|gorjetas|mealheiro).*?{v}"
    ),
    "car_share": (
        r"((lift share|fahrgemeinschaft|covoiturage|coche compartido|passaggio|carpool|wspólny dojazd|boleia)"
        r".*?{v}|{v},? (drives|fährt|conduit|conduce|guida|rijdt|prowadzi|conduz|rides along|monte avec|"
        r"va con él|viene con lui|jedzie razem|vai com ele))"
    ),
    "maiden_name": r"({v},? \(?(née|geb\.|de soltera|nata|geboren|z domu|em solteira) |"
    r"(née|geb\.|de soltera|nata|geboren|z domu|em solteira) {v}[.)])",
    "guardian": (
        r"(guardian|erziehungsberechtigte|responsable légal|tutor legal|tutore|voogd|opiekun|encarregado de "
        r"educação|participant|teilnehmer|enfant|menor|minore|deelnemer|uczestnik).*?{v}"
    ),
}


def test_the_new_shapes_look_as_the_card_says(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    seen: Counter[str] = Counter()
    for file_set in (s for s in sets if s.kind == "text" and not _is_chat(s)):
        for record, fields in zip(file_set.records, _records(out, file_set), strict=True):
            text = "\n".join(fields.values())
            for planted in record:
                shape = next((t for t in planted.tags if t in blindset22.NEW_SHAPES), None)
                if planted.entity != "PERSON" or shape is None:
                    continue
                pattern = _SHAPES[shape].format(v=re.escape(planted.value))
                assert re.search(pattern, text, re.IGNORECASE), (file_set.name, shape)
                seen[shape] += 1
    assert set(seen) == set(blindset22.NEW_SHAPES)


def test_text_records_follow_the_cef_layout(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    layout = re.compile(
        r"CEF:0\|Kontor\|([A-Z]{3})\|2\.2\|\1-\d{6}\|\1\|[37]\|rt=[A-Z][a-z]{2} \d\d \d{4} \d\d:\d\d:\d\d "
        r"msg=[^|=]+ cs1Label=memo cs1=[^|=]+ cs2Label=reach cs2=[^|=]+",
        re.IGNORECASE,
    )
    for file_set in (s for s in sets if s.fmt == "txt" and not _is_chat(s)):
        for record in _records(out, file_set):
            assert layout.fullmatch(record["text"]), file_set.name
    for file_set in (s for s in sets if s.fmt == "jsonl" and not _is_chat(s)):
        root = blindset22.ROOTS[file_set.language]
        for record in _records(out, file_set):
            keys = {f"{root}.meta.ticket", f"{root}.meta.created", f"{root}.summary", f"{root}.log[].msg"}
            assert keys | {f"{root}.contact.details.text", f"{root}.items[].ref"} <= set(record)


def test_chats_are_lower_case_and_have_their_speakers(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    mentions = 0
    for chat in (s for s in sets if _is_chat(s)):
        assert all(p.value == p.value.lower() for r in chat.records for p in r), chat.name
        for record in chat.records:
            tags = {t for p in record for t in p.tags}
            assert tags & {"chat_speaker", "left_group"}, chat.name
        assert file_text(out, chat) == file_text(out, chat).lower()
        records = _records(out, chat)
        if chat.fmt == "txt":
            line = re.compile(r"\d\d/\d\d/\d{4}, \d\d:\d\d - .+")
            assert all(line.fullmatch(r["text"]) for r in records)
        else:
            assert all({"id", "messageType", "createdDateTime", "body.content"} <= set(r) for r in records)
            assert all(
                {"from.user.displayName", "eventDetail.members[].displayName"} & set(r) for r in records
            )
            mentions += sum("mentions[].mentioned.user.displayName" in r for r in records)
    assert mentions


def test_tables_vary_headers_layouts_and_id_shapes(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    tables = {s.name: s for s in sets if s.kind == "table"}
    columns = {
        s.name: {p.field for r in s.records for p in r if p.entity == "PERSON"} for s in tables.values()
    }
    assert columns["skip_hire_dockets"] == {"hirer", "driver", "notes"}
    assert columns["treppenlift_wartung"] == {"kunde", "techniker", "vermerk"}
    assert columns["debroussaillage_interventions"] == {"client", "equipe", "observations"}
    assert columns["desatascos_avisos"] == {"cliente", "operario", "notas"}
    assert columns["recolha_de_monos"] == {"municipe", "contacto_local", "observacoes"}
    rows = {name: _records(out, s) for name, s in tables.items()}
    last = {name: r[-1] for name, r in rows.items()}  # the first rows hold the canaries
    assert re.fullmatch(r"\S+ \S+ #\d{4}", last["skip_hire_dockets"]["driver"])
    assert re.fullmatch(r'\{"vorname": "[^"]+", "nachname": "[^"]+"\}', last["treppenlift_wartung"]["kunde"])
    assert re.fullmatch(r"Dipl\.-Ing\. \S+ \S+", last["treppenlift_wartung"]["techniker"])
    assert re.fullmatch(r"N:[^;]+;[^;]+;;;", last["debroussaillage_interventions"]["client"])
    assert re.fullmatch(r"chef : \S+ \S+", last["debroussaillage_interventions"]["equipe"])
    assert re.fullmatch(r"[^\W\d_]+\.[^\W\d_]+", last["desatascos_avisos"]["operario"])
    assert last["desatascos_avisos"]["operario"].islower()
    assert re.fullmatch(r"[+\d][\d ]+ · \S+ \S+", last["recolha_de_monos"]["contacto_local"])
    assert rows["skip_hire_dockets"][0]["docket"] == "SK0001/25"
    assert rows["treppenlift_wartung"][0]["auftrag"] == "1"
    assert rows["debroussaillage_interventions"][0]["intervention"] == "DEB.25.0001"
    assert rows["desatascos_avisos"][0]["aviso"] == "AV-0001-25"
    assert rows["recolha_de_monos"][0]["pedido"] == "MN25.0001"
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
    assert_deterministic(blindset22.generate, out, sets, tmp_path, SCALE)
    other = blindset22.generate(tmp_path / "other", scale=SCALE, seed=blindset22.DEFAULT_SEED + 1)
    assert [s.to_dict() for s in other] != [s.to_dict() for s in sets]


def test_full_scale_generation_is_fast_and_sized(tmp_path: Path) -> None:
    blindset22.generate(tmp_path / "warm", scale=SCALE)  # the name pools are built once per process
    start = time.perf_counter()
    sets = blindset22.generate(tmp_path, scale=1.0)
    assert time.perf_counter() - start < 8
    for file_set in sets:
        expected = blindset22.TEXT_RECORDS if file_set.kind == "text" else blindset22.TABLE_ROWS
        assert len(file_set.records) == expected, file_set.name
    counts = blindset22.summary(sets)
    assert counts["files"] == 29 and counts["records"] == 2880


def test_the_benchmark_runs_it_as_a_held_out_set_and_withholds_its_breakdown() -> None:
    assert SET_MODULES["blind22"] == "blindset22"
    assert "blind22" in HELD_OUT
    assert "blind21" not in HELD_OUT
    assert load_generator("blind22") is blindset22.generate
    result = {
        "label": "blind22",
        "shoal_detail": {
            "refusals": 0,
            "refusal_rate": 0.0,
            "leak_shapes": [["PERSON", 1]],
            "by_language": {},
        },
        "engines": {
            "Shoal": {
                "by_language": {"en": {}},
                "by_kind": {"all": {"leak_by_tag": {"x": "1/2"}, "person_leak": 0.1}},
            }
        },
    }
    clean = withhold_blind_breakdown(result)
    assert clean["breakdown_withheld"] is True
    assert "leak_shapes" not in clean["shoal_detail"] and "by_language" not in clean["engines"]["Shoal"]
    assert "leak_by_tag" not in clean["engines"]["Shoal"]["by_kind"]["all"]
    assert clean["engines"]["Shoal"]["by_kind"]["all"]["person_leak"] == 0.1

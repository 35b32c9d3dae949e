"""Detection set "blind7" (held out until its breakdown was read; now guided): text in eight languages and five tables, written apart from the engine.

Data card
=========

Status
    Guided fixes since 2026-12-05 (sixth session of the day): held out until then and measured as the
    headline (at 562b268 and d06f495, identical: PERSON leak 2.13 %, all personal 2.81 %, utility
    93.17 %; see ``bench/README.md``), then its breakdown was read (``--blind-breakdown``) to fix what it
    showed, so every ``FileSet`` now has ``guided_fixes=True`` and `blindset8` is the held-out set.

Who wrote it and what they read
    A separate author session, from a brief. It read only the benchmark's interface and scoring
    (`bench.detection.format`), the contact-value helpers of `bench.detection.sources` (``phone``,
    ``iban``, ``national_id``, ``postcode``, ``fold_ascii``, ``mimesis_person_words``, ``usable``), the
    signatures and docstrings of `anonymize.vocabulary.is_known_to_engine` and ``faker_person_words``,
    how `bench.bench_detection` loads a set (its first 120 lines), the shared set checks, blind6's test
    and the data card of blind6 (to pick different genres, headers and name styles). It read no
    recognizer, cue list, pattern, profile or vocabulary list of the engine, no other benchmark set and
    no engine or benchmark output, and it never ran the engine. Every sentence template, product,
    company, word list, syllable inventory and romanisation table here was written fresh for this module.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier set used, TXT and JSONL mixed; JSONL records nest
    (``booking.lead.name``, ``visit.client.contact``, lists of messages such as ``thread[].text``). One
    file per language is a lower-case chat of a community no earlier set used (speaker before a colon or
    in a sender field, @mentions, nicknames, names in greetings, sign-offs and at line ends).

    ===  ===================================  ======================================  ===================================
    en   piano tuner visit log (txt)          escape room bookings (jsonl, nested)    rowing club chat (txt)
    de   Schornsteinfeger, Kehrbuch (txt)     Änderungsschneiderei (jsonl, nested)    Schachverein chat (jsonl)
    fr   fleuriste, commandes (txt)           camping, accueil (jsonl, thread[])      groupe de randonnée chat (txt)
    es   bolera, reservas (txt)               notaría, citas (jsonl, nested)          taller de cerámica chat (jsonl)
    it   pulizia vetri, interventi (txt)      cinema, biglietteria (jsonl)            band in tour, logistica chat (txt)
    nl   milieustraat, afgifte (txt)          hondentrimsalon (jsonl, nested)         fruitcoöperatie chat (jsonl)
    pl   kurierzy rowerowi, dyspozytor (txt)  szkolenia IT (jsonl, nested)            klub morsów chat (txt)
    pt   banca do mercado (txt)               estúdio de tatuagem (jsonl, thread[])   grupo de surf chat (jsonl)
    ===  ===================================  ======================================  ===================================

    Sentence shapes vary on purpose: names at sentence start, after verbs of speech, in lists, in
    parentheses, after dashes, as initials ("K. Surname"), possessives in each language's own form
    (English 's, German genitive -s, Dutch -s / 's, Polish genitive/dative/instrumental case endings,
    de/di/do/da elsewhere), reversed ("SURNAME, Given"), after honorifics, as objects, beside business
    values, in greetings and sign-offs, two people joined ("X and Y", "X & Y"), hyphenated given names
    (about 7 % of invented and mimesis people), whole records in capitals now and then (about 4 %),
    single names in lower or upper case.

Tables (5, 120 rows each at scale 1.0)
    ``bowling_league_fees.csv`` (English: ``requested_by`` in "Surname, Given", ``attendee``,
    ``owner`` in "GIVEN SURNAME", ``cardholder_name``), ``schneiderei_auftraege.tsv`` (German:
    ``Auftraggeberin``, ``Zuschneider``), ``location_velos_cargo.parquet`` (French, typed int64,
    float64, date32 and string columns: ``bénéficiaire``, ``nom_mandataire``), ``notaria_expedientes.csv``
    (Spanish: ``interesado``, ``testigo_nombre``, ``dni``), ``wypozyczalnia_kajakow.tsv`` (Polish:
    separate ``imie`` and ``nazwisko`` columns, ``zglaszajacy``, ``opiekun``). Each has record-ID columns
    (one unique, one repeating), products built partly from first names and place words ("Harriet Lane
    Pack", "Verona Jacket", "Cargo Lyon 2"...), amounts, dates, statuses, contact values and a notes
    column mentioning people. About 30 % of rows carry notes in another of the eight languages; their
    ``lang:`` tags follow the row (``notes_lang`` column).

Names
    The group is drawn first, so the shares hold: about 40 % **invented** from syllable inventories in
    twelve styles no earlier set used (tags ``invented`` + ``style:<s>``): yoruba, igbo, tigrinya, pashto,
    kurdish, lao, burmese, tibetan, nepali, cebuano, hawaiian, bengali. About 40 % **mimesis** first
    names and surnames of Arabic locales no earlier set used (tags ``mimesis`` + ``locale:<l>``): ar,
    ar-ae, ar-jo, ar-kw, ar-om, ar-qa, ar-sy, ar-tn, ar-ye, romanised by a table in this module with
    regional conventions (short vowel a/e, sh/ch, j/dj, u/ou, q/g, the article fused and assimilated as
    in "Assaidi", or dropped). About 20 % **word-like** (``wordlike`` + ``wordsrc:<lang>``): surnames
    that are trade and landscape words of languages written here (Slovene, Lithuanian, Icelandic,
    Estonian, Latvian, Indonesian, Turkish, plus German, Italian, Spanish and Portuguese words used
    only in texts of another language) and given names that are short common words of those languages.

    Filters. Invented and mimesis name words and every derived form (upper, lower, ASCII-folded,
    possessives, Polish case forms, nicknames, @handles): at least three letters, unknown to the engine
    (``is_known_to_engine``), absent from Faker's person words and from the mimesis person lists of the
    covered locales (en, en-gb, de, fr, es, it, nl, pl, pt), not a word of any template, product,
    company, status, header or street form here, and wordfreq zipf < 3 in all eight languages.
    Word-like names pass the same checks except that zipf < 3 is required only in the language of the
    text they appear in. E-mail local parts never hold a name word whole.

Places and contacts
    Streets and cities are invented per language from syllables and that language's endings, in the
    language's street forms; their invented words are vetted like names. Phones, IBANs, national IDs
    (DE IdNr, FR NIR, ES DNI, IT CF, NL BSN, PL PESEL, PT NIF; a UK National Insurance number built
    here) and postcodes come from the shared helpers. Dates of birth are ``DATE_OF_BIRTH``, other dates
    ``utility:date``.

Tags
    PERSON: ``lang:xx``; case ``title``/``lower``/``upper`` (from the planted form); group and origin
    (above); one slot tag (``sentence_start``, ``after_speech_verb``, ``list``, ``pair``,
    ``parenthesis``, ``after_dash``, ``initial``, ``possessive``, ``inflected``, ``honorific``,
    ``object``, ``agent``, ``beside_value``, ``greeting``, ``vocative``, ``signoff``, ``line_end``,
    ``nickname``, ``mention``, ``reversed``, ``chat_speaker``, ``sender_field``, ``table_cell``,
    ``table_notes``; a nickname or @handle in another slot also gets ``nickname``/``mention``);
    ``split_name`` on separate given/family cells; ``repeat`` on later mentions of a
    person in the same record; ``shouted`` on records in capitals; ``canary`` on canary people. Other
    personal values and every ``utility:<kind>`` value carry ``lang:xx``.

Canaries
    Three invented people (tibetan, yoruba and hawaiian styles): all three in every table (whole, in a
    full-name person column), the first in every chat (lower case, full name), and each the customer of
    about 1 % of the other text records (whole name). ``canaries`` lists those that appear in a file.

Size (scale 1.0, seed 7707)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); about 7,800 PERSON values
    (about 42 % invented, 39 % mimesis, 19 % word-like), about 2,700 other personal values and 8,200
    business values. ``scale`` multiplies the record counts (at least 10 text records and 30 table rows
    per file). Generation takes a few seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bench.detection.format import FileSet, Planted
from bench.detection.sources import fold_ascii, iban, national_id, phone, postcode

DEFAULT_SEED = 7707
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
TEXT_RECORDS = 95
TABLE_ROWS = 120
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
COVERED_LOCALES = ("en", "en-gb", "de", "fr", "es", "it", "nl", "pl", "pt")

# --- invented names: syllable inventories ----------------------------------------------------------

#: style -> (given syllables, family syllables, family endings)
STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "yoruba": (
        ("ade", "olu", "fo", "la", "yo", "ri", "ke", "tun", "bo", "se", "wa", "mi", "ayo", "to", "fe"),
        ("ade", "oye", "ba", "ko", "lu", "akin", "ola", "fa", "gbe", "mo", "ro", "de", "wu", "ji"),
        ("wale", "sanmi", "yemi", "tunde", "labi", "kunle", "dipo"),
    ),
    "igbo": (
        ("chi", "nne", "ka", "obi", "uche", "ngo", "ezi", "ama", "oma", "ifu", "nna", "dubem"),
        ("nwa", "eze", "okon", "ude", "ike", "chu", "nnaji", "ogbo", "anya", "ezu", "olu"),
        ("chukwu", "nachi", "ogu", "ebuka", "onwu", "ndu"),
    ),
    "tigrinya": (
        ("ge", "bre", "mes", "ke", "lem", "tes", "fa", "ye", "haf", "ti", "sem", "hai", "lu", "wit"),
        ("ge", "bre", "tew", "wel", "de", "ab", "ra", "hag", "os", "mer", "zgi", "ki", "dan"),
        ("medhin", "hiwet", "tsion", "selasie", "mariam", "zghi"),
    ),
    "pashto": (
        ("zar", "gul", "wa", "li", "mal", "ala", "pas", "ta", "sho", "ba", "nay", "mir", "wais"),
        ("zai", "kha", "dur", "ra", "nee", "sha", "mo", "yar", "tak", "wal", "pa", "zo"),
        ("zai", "khel", "yar", "wal", "dost"),
    ),
    "kurdish": (
        ("ser", "roj", "dil", "ber", "jin", "ar", "heval", "ze", "nu", "rin", "ve", "sh", "ya"),
        ("bar", "zan", "do", "ski", "ku", "ran", "ge", "li", "ho", "mer", "dar", "kan"),
        ("zani", "doski", "geli", "bari", "kani"),
    ),
    "lao": (
        ("phou", "vong", "sa", "vanh", "kham", "sou", "li", "thong", "nou", "phai", "bou", "mi"),
        ("phom", "ma", "chan", "sou", "vong", "sak", "kham", "pheng", "sy", "ra", "luang", "vi"),
        ("vongsa", "phanh", "chanh", "thavy", "xay"),
    ),
    "burmese": (
        ("aung", "kyaw", "thet", "zaw", "myint", "hla", "win", "naing", "htet", "su", "nwe", "phyo"),
        ("thu", "lwin", "oo", "maung", "tun", "soe", "khaing", "hlaing", "kyi", "zin", "myat", "wai"),
        ("lwin", "hlaing", "khaing", "thwe", "nyein"),
    ),
    "tibetan": (
        ("tse", "ring", "dor", "je", "pem", "lha", "mo", "ten", "zin", "nam", "gyal", "dro", "kyi"),
        ("sho", "nam", "gyal", "tsang", "lung", "rab", "ten", "phun", "tsok", "yang", "dzom", "chen"),
        ("tsang", "lingpa", "pelbar", "dzompa", "chodak"),
    ),
    "nepali": (
        ("bi", "shnu", "sar", "ita", "pra", "kash", "su", "jan", "anu", "rad", "ha", "dip", "ak"),
        ("shre", "stha", "tha", "pa", "adhi", "kari", "ghi", "mire", "lam", "ich", "hane", "bas"),
        ("stha", "kari", "mire", "chhane", "bhattarai"),
    ),
    "cebuano": (
        ("ma", "ka", "bay", "dig", "lin", "lu", "bi", "tu", "nog", "hi", "ra", "sin", "gay"),
        ("ba", "lo", "yan", "lag", "dao", "an", "pa", "ti", "ngol", "cab", "ug", "ding"),
        ("bayan", "daoan", "tingol", "lagdao", "cabugan"),
    ),
    "hawaiian": (
        ("ka", "le", "lei", "na", "ni", "ma", "lu", "ho", "ku", "ke", "ala", "pua", "oha"),
        ("ka", "ha", "na", "loa", "ke", "ao", "mo", "ku", "wai", "ole", "hi", "pi"),
        ("kahale", "wailoa", "kealoha", "makoa", "haleole"),
    ),
    "bengali": (
        ("shu", "bho", "ro", "mit", "ra", "ta", "nu", "shree", "ob", "hi", "jit", "pri", "ton"),
        ("cho", "ud", "huri", "bhou", "mik", "tal", "ukdar", "sar", "kar", "das", "gup", "ban"),
        ("choudhuri", "talukdar", "bhoumik", "sarkar", "majumder"),
    ),
}

# --- mimesis names: Arabic romanisation --------------------------------------------------------------

ARABIC = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip
ARABIC_SKIP = set("ءعًٌٍَُِّْـ")
SUN_LETTERS = set("تثدذرزسشصضطظلن")
#: locale -> (short vowel, sh, j, long u, q, article: fuse|drop)
REGIONAL: dict[str, tuple[str, str, str, str, str, str]] = {
    "ar": ("a", "sh", "j", "u", "q", "fuse"),
    "ar-ae": ("a", "sh", "j", "u", "g", "drop"),
    "ar-jo": ("e", "sh", "j", "u", "q", "fuse"),
    "ar-kw": ("a", "sh", "j", "u", "g", "fuse"),
    "ar-om": ("a", "sh", "j", "u", "q", "drop"),
    "ar-qa": ("a", "sh", "j", "u", "g", "drop"),
    "ar-sy": ("e", "sh", "j", "u", "q", "fuse"),
    "ar-tn": ("e", "ch", "dj", "ou", "k", "fuse"),
    "ar-ye": ("a", "sh", "j", "u", "g", "fuse"),
}


def romanise(word: str, locale: str) -> str:
    """One Arabic word in Latin letters, by this module's table and the locale's conventions."""
    short, sh, j, long_u, q, article = REGIONAL[locale]
    word = word.replace("آل", "ال") if word.startswith("آل") else word
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
        if article == "fuse":
            first = word[0]
            prefix = "a" + (romanise_letter(first, sh, j, q) if first in SUN_LETTERS else "l")
    units: list[tuple[str, bool]] = []
    for i, ch in enumerate(word):
        if ch in ARABIC_SKIP:
            continue
        nxt = i + 1 < len(word)
        if ch in "اأآى":
            units.append(("a", True))
        elif ch == "إ":
            units.append(("i", True))
        elif ch in "ؤ":
            units.append(("u", True))
        elif ch in "ئ":
            units.append(("i", True))
        elif ch == "ة":
            units.append(("a", True))
        elif ch == "و":
            units.append(("w", False) if not units or (not nxt and units[-1][1]) else (long_u, True))
        elif ch == "ي":
            units.append(("y", False) if not units or (units[-1][1] and nxt) else ("i", True))
        elif ch in ARABIC:
            units.append((romanise_letter(ch, sh, j, q), False))
    out = prefix
    cluster, seen_vowel = (1, True) if prefix else (0, False)
    for text, vowel in units:
        if vowel:
            out, cluster, seen_vowel = out + text, 0, True
            continue
        if cluster >= 2 or (cluster == 1 and not seen_vowel):
            out, cluster, seen_vowel = out + short, 0, True
        last_at = len(out)
        out, cluster = out + text, cluster + 1
    if cluster >= 2 and units:  # no final two-consonant cluster: "Basim", not "Basm"
        out = out[:last_at] + short + out[last_at:]
    return out.capitalize() if out else ""


def romanise_letter(ch: str, sh: str, j: str, q: str) -> str:
    return {"ش": sh, "ج": j, "ق": q}.get(ch, ARABIC.get(ch, ""))


# --- word-like names (trade, landscape and common short words, written here) -------------------------

#: source language -> (surname-like words, given-name-like short words)
WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sl": (
        ("Lončar", "Mlinar", "Tesar", "Zidar", "Ribič", "Sodar", "Steklar", "Vrtnar", "Gozdar", "Kovinar",
         "Travnik", "Potočnik", "Brdar", "Senčar", "Klobučar", "Svečar"),
        ("Zarja", "Pomlad", "Rosa", "Iskrica", "Jutro", "Mavrica", "Bistra"),
    ),
    "lt": (
        ("Puodžius", "Kubilius", "Girininkas", "Audėjas", "Siuvėjas", "Malūnas", "Ąžuolas", "Beržas",
         "Upelis", "Šilas", "Kalnėnas", "Pievaitis", "Žvejys", "Dailidė"),
        ("Aušra", "Rasa", "Vėjas", "Saulė", "Gintaras", "Liepa", "Ūla", "Dangė"),
    ),
    "is": (
        ("Smiður", "Bóndi", "Fjallsson", "Dalur", "Skógur", "Lækur", "Hraunberg", "Jökull", "Vökull",
         "Strandir", "Melur", "Hólmur", "Sandvik", "Brekka"),
        ("Dögg", "Hrím", "Snær", "Sindri", "Fjóla", "Ylfa", "Sólrún", "Kári"),
    ),
    "et": (
        ("Puusepp", "Rätsep", "Möldre", "Kangur", "Tisler", "Kalur", "Järvesoo", "Metsavahe", "Kivisild",
         "Lepiku", "Niidumaa", "Rannaküla", "Sepapoeg"),
        ("Tähti", "Lumi", "Aamu", "Vesi", "Mänd", "Laine", "Pilve", "Udu"),
    ),
    "lv": (
        ("Kalējs", "Mūrnieks", "Zvejnieks", "Dārznieks", "Ozoliņš", "Bērziņš", "Kalniņš", "Upenieks",
         "Mežulis", "Podnieks", "Galdnieks"),
        ("Zvaigzne", "Rasma", "Saulcerīte", "Vējiņš", "Liesma", "Migla"),
    ),
    "id": (
        ("Tukang", "Sawahan", "Bukit", "Kebun", "Pandai", "Nelayan", "Petani", "Rimbawan", "Sungaiwan",
         "Telaga", "Pematang", "Ladang"),
        ("Embun", "Awan", "Pelangi", "Mentari", "Hujan", "Angin", "Bintang", "Senja", "Melati"),
    ),
    "tr": (
        ("Demirci", "Çömlekçi", "Değirmenci", "Bahçıvan", "Dereli", "Tepeli", "Yaylacı", "Ormancı",
         "Kuyumcu", "Semerci", "Bakırcı", "Kalaycı"),
        ("Rüzgar", "Bulut", "Yağmur", "Deniz", "Ilgın", "Çisem", "Kiraz"),
    ),
    "de": (
        ("Mühlbach", "Steinbruch", "Waldrand", "Holzhacker", "Kesselflicker", "Seiler", "Drechsler",
         "Brunnenbauer", "Wiesengrund", "Schilfmoor"),
        ("Nebelung", "Tau", "Fink", "Wolke", "Linde", "Eiche"),
    ),
    "it": (
        ("Vasaio", "Fornaio", "Mugnaio", "Bottaio", "Stagnaro", "Carbonaro", "Pescivendolo", "Vetraio",
         "Sellaio", "Collinetta"),
        ("Brezza", "Rugiada", "Nuvola", "Stella", "Pioggia", "Aurora"),
    ),
    "es": (
        ("Alfarero", "Herrero", "Carpintero", "Tejedor", "Molinero", "Panadero", "Tonelero", "Cantero",
         "Vaquero", "Pastora"),
        ("Nube", "Lluvia", "Brisa", "Rocío", "Estrella", "Alba"),
    ),
    "pt": (
        ("Ferreiro", "Moleiro", "Oleiro", "Pedreiro", "Sapateiro", "Tanoeiro", "Ourives", "Carvoeiro",
         "Serrano", "Ribeirinho"),
        ("Chuva", "Orvalho", "Neblina", "Aragem", "Luar", "Maresia"),
    ),
}  # fmt: skip

# --- places ----------------------------------------------------------------------------------------

PLACE_SYLLABLES = ("bran", "cor", "del", "fen", "gar", "hol", "lim", "mar", "nor", "pel", "quin", "ros",
                   "sal", "tor", "val", "wen", "bel", "cas", "dur", "esk", "fal", "gol", "kel", "lun",
                   "mor", "ost", "pra", "rin", "sev", "tal", "ulm", "ver", "zan", "bry", "cal", "dro")  # fmt: skip
CITY_ENDINGS = {
    "en": ("bury", "ford", "wick", "ham", "stow", "ley"),
    "de": ("hausen", "ingen", "stedt", "dorf", "bach", "feld"),
    "fr": ("ville", "court", "mont", "ac", "ignac", "sur-Loire"),
    "es": ("ejo", "illa", "ares", "ón", "ena", "uela"),
    "it": ("engo", "ate", "ello", "ano", "ina", "one"),
    "nl": ("veen", "dam", "hoven", "wijk", "drecht", "loo"),
    "pl": ("owo", "ice", "ówek", "ewo", "ino", "yce"),
    "pt": ("ães", "inha", "elo", "oso", "ela", "al"),
}
STREET_FORMS = {
    "en": ("{n} {s} Road", "Flat {f}, {n} {s} Lane", "{n} {s} Mews", "Unit {f}, {s} Way"),
    "de": ("{s}straße {n}", "{s}gasse {n}a", "Am {s}hof {n}", "{s}allee {n}"),
    "fr": ("{n} rue des {s}s", "{n} bis chemin de {s}", "{n} allée {s}", "{n} impasse {s}"),
    "es": ("C/ {s}, {n}, {f}º", "Avda. de {s} {n}", "Paseo {s}, {n}", "Plaza {s} {n}"),
    "it": ("Via {s} {n}", "Vicolo {s} {n}/{f}", "Piazza {s} {n}", "Strada {s} {n}"),
    "nl": ("{s}kade {n}", "{s}laan {n}-{f}", "{s}singel {n}", "{s}hof {n}b"),
    "pl": ("ul. {s} {n}/{f}", "al. {s} {n}", "os. {s} {n} m. {f}", "pl. {s} {n}"),
    "pt": ("Rua {s}, {n}", "Travessa do {s}, {n}, {f}º", "Largo {s} {n}", "Av. {s}, {n}"),
}

# --- business values ---------------------------------------------------------------------------------

COMPANIES = {
    "en": ("Brightwater Tools Ltd", "Kestrel Freight plc", "Oakhill Supplies Ltd", "Greyfriars Print Co"),
    "de": ("Wolkenbruch Technik GmbH", "Eisenblatt & Söhne KG", "Nordlicht Service GmbH", "Bergquell AG"),
    "fr": ("Atelier Boréal SARL", "Transports Vifargent SA", "Maison Coquelicot", "Azurine Services SAS"),
    "es": ("Suministros Alcaraván SL", "Transportes Cierzo SA", "Grupo Mirador SL", "Ferretería Solana SL"),
    "it": ("Officine Tramontana Srl", "Cristalli Levante SpA", "Servizi Grecale Srl", "Ditta Pennabianca"),
    "nl": ("Dijkwacht Logistiek BV", "Zilvermeeuw Diensten BV", "Klaproos Handel BV", "Noorderzon NV"),
    "pl": (
        "Zakład Jaskółka sp. z o.o.",
        "Bursztynowy Serwis SA",
        "Przewozy Wrzos sp.j.",
        "Tęcza Tech sp. z o.o.",
    ),
    "pt": ("Sardinheira Serviços Lda", "Transportes Gaivota SA", "Oficinas Alvorada Lda", "Cortiça Viva Lda"),
}
STATUSES = {
    "en": ("confirmed", "pending", "cancelled", "completed", "on hold"),
    "de": ("bestätigt", "offen", "storniert", "erledigt", "in Arbeit"),
    "fr": ("confirmé", "en attente", "annulé", "terminé", "en cours"),
    "es": ("confirmada", "pendiente", "anulada", "finalizada", "en curso"),
    "it": ("confermato", "in attesa", "annullato", "completato", "in corso"),
    "nl": ("bevestigd", "open", "geannuleerd", "afgerond", "in behandeling"),
    "pl": ("potwierdzone", "oczekuje", "anulowane", "zrealizowane", "w toku"),
    "pt": ("confirmado", "pendente", "cancelado", "concluído", "em curso"),
}
MAIL_DOMAINS = {
    "en": ("gmail.com", "outlook.com", "btinternet.com"),
    "de": ("web.de", "gmx.net", "posteo.de"),
    "fr": ("orange.fr", "free.fr", "laposte.net"),
    "es": ("gmail.com", "hotmail.es", "telefonica.net"),
    "it": ("libero.it", "tiscali.it", "gmail.com"),
    "nl": ("ziggo.nl", "kpnmail.nl", "gmail.com"),
    "pl": ("wp.pl", "onet.pl", "interia.pl"),
    "pt": ("sapo.pt", "gmail.com", "iol.pt"),
}
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")  # fmt: skip
HONORIFICS = {
    "en": (("Mr", "Dr"), ("Ms", "Mrs")),
    "de": (("Herr", "Herrn"), ("Frau", "Frau Dr.")),
    "fr": (("M.", "Monsieur"), ("Mme", "Madame")),
    "es": (("Sr.", "don"), ("Sra.", "doña")),
    "it": (("sig.", "dott."), ("sig.ra", "dott.ssa")),
    "nl": (("dhr.", "meneer"), ("mevr.", "mevrouw")),
    "pl": (("Pan", "pan"), ("Pani", "pani")),
    "pt": (("Sr.", "Dr."), ("Sra.", "D.")),
}
AND = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "nl": "en", "pl": "i", "pt": "e"}
NICK_SUFFIX = {
    "en": "zy",
    "de": "i",
    "fr": "ou",
    "es": "ito",
    "it": "uccio",
    "nl": "tje",
    "pl": "uś",
    "pt": "inha",
}
CANARY_LABEL = {"en": "customer", "de": "Kundin", "fr": "cliente", "es": "clienta", "it": "cliente",
                "nl": "klant", "pl": "klientka", "pt": "cliente"}  # fmt: skip

# --- texts: per file, templates (txt) or a layout (jsonl); chats are rendered in lower case -----------
#
# Placeholders: {KIND[idx][:slot]}. People: N full, G given, S surname, H honorific + surname, I initial +
# surname, R "SURNAME, Given", P possessive (Polish genitive), GEN/DAT/INS Polish cases, K nickname,
# M @handle, L lower given, U upper surname, D two people "X and Y", A two given names "X & Y", SPK chat
# speaker. Values: PROD ORD AMT DATE TS STAT CO SKU EAN TRK VER INV CASE QTY; PH EM IBAN ADDR CITY DOB NID.

EXTRAS = {
    "en": ("Tel {PH}.", "Email {EM1}.", "Address: {ADDR}.", "DOB {DOB} on file.", "NI number {NID}.",
           "Refund to {IBAN}.", "Spare part EAN {EAN}.", "Handled by {CO}, {STAT}.", "Tracking {TRK}."),
    "de": ("Tel. {PH}.", "Mail: {EM1}.", "Anschrift: {ADDR}.", "Geb. am {DOB}.", "Steuer-IdNr {NID}.",
           "Erstattung auf {IBAN}.", "Ersatzteil EAN {EAN}.", "Abwicklung über {CO}, {STAT}.", "Sendung {TRK}."),
    "fr": ("Tél. {PH}.", "Courriel : {EM1}.", "Adresse : {ADDR}.", "Née le {DOB}.", "NIR {NID}.",
           "Remboursement sur {IBAN}.", "Suivi par {CO}, {STAT}.", "Colis {TRK}."),
    "es": ("Tel. {PH}.", "Correo: {EM1}.", "Dirección: {ADDR}.", "Fecha de nacimiento {DOB}.", "DNI {NID}.",
           "Devolución a {IBAN}.", "Gestiona {CO}, {STAT}.", "Envío {TRK}."),
    "it": ("Tel. {PH}.", "Email: {EM1}.", "Indirizzo: {ADDR}.", "Nata il {DOB}.", "CF {NID}.",
           "Rimborso su {IBAN}.", "Gestito da {CO}, {STAT}.", "Spedizione {TRK}."),
    "nl": ("Tel. {PH}.", "Mail: {EM1}.", "Adres: {ADDR}.", "Geboren {DOB}.", "BSN {NID}.",
           "Terugstorting op {IBAN}.", "Via {CO}, {STAT}.", "Zending {TRK}."),
    "pl": ("Tel. {PH}.", "E-mail: {EM1}.", "Adres: {ADDR}.", "Data ur. {DOB}.", "PESEL {NID}.",
           "Zwrot na {IBAN}.", "Obsługa {CO}, {STAT}.", "Przesyłka {TRK}."),
    "pt": ("Tel. {PH}.", "Email: {EM1}.", "Morada: {ADDR}.", "Nascida a {DOB}.", "NIF {NID}.",
           "Reembolso para {IBAN}.", "Tratado por {CO}, {STAT}.", "Envio {TRK}."),
}  # fmt: skip


@dataclass(frozen=True)
class TextSpec:
    """One text file: name, language, format, products, and templates (txt) or a layout (jsonl)."""

    name: str
    lang: str
    fmt: str
    products: tuple[str, ...]
    templates: tuple[str, ...] = ()
    layout: Any = None

    @property
    def chat(self) -> bool:
        return self.name.endswith("_chat")


TEXTS: tuple[TextSpec, ...] = (
    TextSpec("en_piano_tuner", "en", "txt",
             ("Harriet Upright", "Chester Baby Grand", "felt kit F12", "Oslo Stool"),
             ("{N1:start} booked a tuning for the {PROD} on {DATE}, quote {AMT}.",
              "Tuned the upright at {ADDR} — {H1} says it drifts once the heating comes on.",
              "Call from {N1:start}: pitch raise needed before {P2} recital, ref {ORD}.",
              "Invoice {INV} sent to {EM1} for {N1:obj}, {AMT} incl. travel.",
              "{R1} (regular) asked whether {I2} could also look at the {PROD}.",
              "Visited {D} today; hammers revoiced, next visit {DATE}.",
              "Note from {S1:start}: keys 40-44 sticking again, left spare felt with {G2:obj}.",
              "Rescheduled — {N1:dash} cannot do {DATE}, moved to {TS}.",
              "\u201cMiddle C buzzes,\u201d said {N1:say}, so parts ordered from {CO} (SKU {SKU}).",
              "{N1:start}, {N2:list} and {N3:list} share the school piano; bill {CO}, {AMT}.",
              "Tuned for {U1} at the chapel ({G2:paren} let me in).")),
    TextSpec("en_escape_room", "en", "jsonl", ("Pharaoh Vault", "Verona Heist", "Lab 13", "Clara Cabin"),
             layout={"booking": {"ref": "{ORD}", "room": "{PROD}", "slot": "{TS}",
                                 "lead": {"name": "{N1:agent}", "phone": "{PH}"}},
                     "notes": ("Group of six incl. {N2:list}, {N3:list} and {G1:list}. Birthday for {P2} sister.",
                               "{G1:start} asked to swap to the {PROD}; paid {AMT} by card.",
                               "Lost a key prop — {H2} found it near the exit.",
                               "Staff on shift: {A}. Hints used: 2, status {STAT}.",
                               "Voucher {CASE} redeemed by {R1}.",
                               "Booked by phone, {N2:obj} will pay the rest on the day.")}),
    TextSpec("en_rowing_chat", "en", "txt", ("tiffin ergo", "coxbox", "blue quad", "single scull 4"),
             ("{SPK}: morning {M2} are you coxing the {PROD} at {TS}?",
              "{SPK}: hi {G2:greet}, trailer leaves at {TS}, ask {N3:obj} for the keys",
              "{SPK}: thanks {G2:voc}, erg scores posted. cheers, {K1:sign}",
              "{SPK}: who has the {PROD}? last seen with {G2:end}",
              "{SPK}: subs {AMT} due by {DATE}, pay {IBAN} - treasurer is {N2:obj}",
              "{SPK}: {D} are doing the early outing tomorrow",
              "{SPK}: congrats to {L2:list} and {L3:list} on the sculls race!!",
              "{SPK}: {M2} {M3} boat rigged, see you at the landing")),
    TextSpec("de_schornsteinfeger", "de", "txt", ("Kaminofen Oslo", "Pelletkessel P8", "Ölbrenner Bremen"),
             ("{N1:start} meldet Rußgeruch im Keller, Termin {DATE}, Kehrgebühr {AMT}.",
              "Feuerstättenschau bei {H1} ({ADDR}) erledigt, Bescheid {CASE}.",
              "Laut {N1:say} zieht der {PROD} schlecht; Messung am {DATE}.",
              "{S1:start}, {G1:list} — Rückruf unter {PH} erbeten.",
              "Rechnung {INV} an {EM1}; Eigentümerin ist {N2:obj}.",
              "Abgasmessung {STAT}: {P1} {PROD}, Protokoll {ORD}.",
              "Schlüssel liegt bei {D}, Zugang über den Hof.",
              "{R1}: {PROD} abgenommen, Plakette ausgegeben.",
              "Vertretung durch {I2}; den Bezirk übernimmt {CO}.",
              "Wohnrecht hat {N1:val}, geb. {DOB}, IdNr {NID}.",
              "Nachkontrolle für {U1} am {DATE}.")),
    TextSpec("de_schneiderei", "de", "jsonl", ("Jacke Helene", "Mantel Lübeck", "Anzug Nr. 7", "Kleid Flora"),
             layout={"auftrag": {"nr": "{ORD}", "stück": "{PROD}",
                                 "kundin": {"name": "{N1}", "tel": "{PH}"}},
                     "notiz": ("Saum um 3 cm kürzen, abholen am {DATE} ({G1:paren} bringt die Schuhe mit).",
                               "Anprobe mit {H1}, Preis {AMT}.",
                               "Ärmel von {P2} Sakko weiten, bezahlt: {STAT}.",
                               "{N2:start} holt das Kleid für {G1:obj} ab.",
                               "Knöpfe bei {CO} bestellt, Art.-Nr. {SKU}.",
                               "Änderung für {D}, Termin {TS}.")}),
    TextSpec("de_schach_chat", "de", "jsonl", ("Garde-Uhr", "Brett 4", "Figurensatz Staunton"),
             layout={"von": "{SPK}",
                     "text": ("{M2} spielst du am freitag brett 2? sonst fragt {G3:obj}",
                              "glückwunsch {G2:voc}, remis gegen {N3:obj}!!",
                              "mannschaftskasse: {AMT} bitte bis {DATE} an {IBAN}",
                              "hab die {PROD} noch bei {G2:end}",
                              "servus {G2:greet}, blitzturnier ab {TS}",
                              "{D} fahren mit dem auto, treffpunkt {ADDR}",
                              "danke euch, gruß {K1:sign}",
                              "neu auf der liste: {L2:list}, {L3:list}, {L4:list}")}),
    TextSpec("fr_fleuriste", "fr", "txt", ("bouquet Amélie", "couronne Provence", "centre de table Lilas"),
             ("Commande {ORD} : {PROD} pour {N1:obj}, livraison le {DATE}.",
              "{N1:start} passera chercher le {PROD} vers 17 h ({AMT}).",
              "Selon {N2:say}, la carte doit dire « de la part de {G1:obj} ».",
              "Livrer chez {H1}, {ADDR} — sonner deux fois.",
              "Couronne pour les obsèques de {P2}, ruban blanc.",
              "{R1}, acompte {AMT} réglé par virement {IBAN}.",
              "Message de {I2} : les pivoines sont {STAT}.",
              "— {N1:dash} rappelle au {PH}.",
              "{D} commandent {QTY} centres de table.",
              "Facture {INV} envoyée à {EM1} ; fournisseur {CO}.",
              "Mariage de {U1} : {PROD} livré le {DATE}.")),
    TextSpec("fr_camping", "fr", "jsonl", ("forfait Étoile", "mobil-home Biarritz", "emplacement nu"),
             layout={"emplacement": "{ORD}",
                     "séjour": {"arrivée": "{DATE}", "forfait": "{PROD}",
                                "titulaire": {"nom": "{N1}", "tél": "{PH}"}},
                     "thread": [{"de": "{N:sender}",
                                 "texte": ("Bonjour, ici {G1:start}, on arrive vers 22 h.",
                                           "{H1} demande un emplacement à l'ombre.",
                                           "Le chien de {P1} est vacciné, carnet vu.",
                                           "Réglé {AMT}, reçu au nom de {N2:obj}.",
                                           "{D} partagent la tente, bracelet {CASE}.",
                                           "Départ anticipé de {R1}, statut {STAT}.")}]}),
    TextSpec("fr_randonnee_chat", "fr", "txt", ("topo vercors", "frontale", "gourde rouge"),
             ("{SPK} : rdv au parking à {TS}, {G2:obj} amène les bâtons",
              "{SPK} : merci {G2:voc} pour la trace gps !",
              "{SPK} : {M2} tu as encore le {PROD} ?",
              "{SPK} : covoit, {D} partent de {CITY}",
              "{SPK} : cotisation {AMT} sur {IBAN}, merci à {N2:obj}",
              "{SPK} : bravo à {L2:list}, {L3:list} et {L4:list} pour le sommet",
              "{SPK} : bises, {K1:sign}",
              "{SPK} : salut {G2:greet}, la {PROD} est chez {G3:end}")),
    TextSpec("es_bolera", "es", "txt", ("pack Sevilla", "partida doble", "menú Lucía", "zapatos 42"),
             ("Reserva {ORD}: pista 6 para {N1:obj}, {DATE}, {AMT}.",
              "{N1:start} pidió el {PROD} con zapatos incluidos.",
              "Según {N2:say}, la máquina de la pista 3 sigue fallando.",
              "Cumpleaños de {P1}: 12 personas, tarta de {CO}.",
              "{R1} — bono {CASE}, saldo {AMT}.",
              "Avisar a {H2} en el {PH} si hay retraso.",
              "Equipo de liga: {N2:list}, {N3:list}, {G4:list}.",
              "{D} ganaron el torneo del {DATE}.",
              "Factura {INV} a {EM1} ({I1}).",
              "Verificado el DNI {NID} de {N1:val}, nacida el {DOB}.",
              "Reserva anulada por {U1}: {STAT}.")),
    TextSpec("es_notaria", "es", "jsonl", ("poder general", "escritura Toledo", "acta de presencia"),
             layout={"cita": {"hora": "{TS}", "trámite": "{PROD}",
                              "otorgante": {"nombre": "{N1}", "dni": "{NID}"}},
                     "nota": ("Acude acompañado de {N2:obj} como testigo.",
                              "{H1} aporta escritura previa del {DATE}.",
                              "Poder a favor de {P2} (ver {CASE}).",
                              "Provisión de fondos {AMT} a {IBAN}.",
                              "{G1:start} llamará desde el {PH}.",
                              "Firma aplazada: {D}, estado {STAT}.")}),
    TextSpec("es_ceramica_chat", "es", "jsonl", ("cuenco raku", "esmalte celadón", "torno 2"),
             layout={"msg": {"de": {"alias": "{SPK}"},
                             "texto": ("el horno se enciende a las {TS}, avisad a {G2:obj}",
                                       "hola {G2:greet}! tu {PROD} ya salió",
                                       "{M2} me guardas arcilla?",
                                       "gracias {G2:voc} por el esmalte",
                                       "pagamos {AMT} a {CO}, bizum a {N2:obj}",
                                       "{L2:list}, {L3:list} y {L4:list} el jueves",
                                       "un abrazo, {K1:sign}",
                                       "la taza de {P2} se rajó, pobre {G2:end}")}}),
    TextSpec("it_pulizia_vetri", "it", "txt", ("pacchetto Verona", "lucernari", "vetrata Giulia"),
             ("Intervento {ORD} presso {H1}, {ADDR}: vetrate e lucernari.",
              "{N1:start} chiede preventivo per {PROD}, {AMT} + IVA.",
              "Secondo {N2:say} il ponteggio serve il {DATE}.",
              "Chiavi lasciate da {D} in portineria.",
              "Squadra: {G2:list}, {G3:list}, {S4:list}; furgone di {CO}.",
              "{R1} – fattura {INV} a {EM1}.",
              "Reclamo sulla vetrina di {P1}: aloni, ripasso {DATE}.",
              "– {N1:dash} paga con bonifico {IBAN}.",
              "Chiamare {I2} al {PH} prima delle 8.",
              "CF {NID}, {N1:val} amministratore del condominio.",
              "Pagamento {STAT} per {U1}.")),
    TextSpec("it_cinema", "it", "jsonl", ("Notte a Parigi", "Il faro di Genova", "Matilde e il lupo"),
             layout={"biglietto": "{ORD}", "film": "{PROD}", "spettacolo": "{TS}", "acquirente": "{N1}",
                     "pagamento": {"importo": "{AMT}", "titolare": "{R1}"},
                     "nota": ("Posti 7-8 fila F per {G1:obj} e {N2:obj}.",
                              "{G1:start} ha perso il biglietto, ristampato.",
                              "Tessera {CASE} intestata a {H2}.",
                              "Compleanno di {P2}, popcorn offerti da {CO}.",
                              "Rimborso {AMT} a {EM1}.",
                              "Proiezione privata per {D}, {STAT}.")}),
    TextSpec("it_band_chat", "it", "txt", ("ampli fender", "merch box", "furgone grande"),
             ("{SPK}: furgone parte alle {TS}, {G2:obj} guida fino a {CITY}",
              "{SPK}: ciao {G2:greet}! hai tu il {PROD}?",
              "{SPK}: {M2} soundcheck spostato",
              "{SPK}: grazie {G2:voc} per il merch",
              "{SPK}: cachet {AMT} da {CO}, girali a {N2:obj}",
              "{SPK}: {L2:list}, {L3:list} e {L4:list} dormono in ostello",
              "{SPK}: a dopo, {K1:sign}",
              "{SPK}: il jack di {P2} è rotto, chiedi a {G3:end}")),
    TextSpec("nl_milieustraat", "nl", "txt", ("snoeiafval", "klein chemisch afval", "grofvuil Zwolle"),
             ("{N1:start} bracht {QTY} kg {PROD}, bon {ORD}.",
              "Afgifte asbestplaten door {H1} ({ADDR}) — vergunning {CASE}.",
              "Volgens {N2:say} hoort de verf bij {PROD}.",
              "{P1} aanhanger te zwaar beladen, {AMT} bijbetaald.",
              "{R1}: pas {SKU} geblokkeerd tot {DATE}.",
              "Container opgehaald door {CO}, melding van {I2}.",
              "{D} brachten oud ijzer.",
              "Factuur {INV} naar {EM1}; terugbellen {PH}.",
              "— {N1:dash} vroeg om een bewijs van afgifte.",
              "Sleutel weegbrug ligt bij {G2:obj}.",
              "Afgewezen ({STAT}): {U1}.")),
    TextSpec("nl_hondentrimsalon", "nl", "jsonl", ("knipbeurt Bobbie", "wasbeurt groot", "nagels knippen"),
             layout={"afspraak": {"tijd": "{TS}", "behandeling": "{PROD}",
                                  "eigenaar": {"naam": "{N1}", "contact": "{PH}"}},
                     "opmerking": ("Hond van {P1} bijt bij het nagels knippen.",
                                   "{G1:start} haalt op om vier uur, betaald {AMT}.",
                                   "Trimster vandaag: {N2:agent}.",
                                   "Bon {ORD} voor {H1}.",
                                   "Doorverwezen naar dierenarts door {I2}.",
                                   "Samen gebracht door {D}, {STAT}.")}),
    TextSpec("nl_fruitcooperatie_chat", "nl", "jsonl", ("elstar", "perenkist", "sapdag pakket"),
             layout={"afzender": "{SPK}",
                     "bericht": ("pluk zaterdag vanaf {TS}, {G2:obj} neemt kisten mee",
                                 "hoi {G2:greet}, de {PROD} zijn rijp",
                                 "{M2} heb jij de ladder?",
                                 "dank je {G2:voc}!",
                                 "ledenbijdrage {AMT} naar {IBAN} t.n.v. {CO}",
                                 "{L2:list}, {L3:list} en {L4:list} doen de sapdag",
                                 "groetjes, {K1:sign}",
                                 "de snoeischaar van {G2:obj} ligt bij {G3:end}")}),
    TextSpec("pl_kurierzy_rowerowi", "pl", "txt", ("przesyłka ekspres", "paczka Kraków", "koperta A4"),
             ("Zlecenie {ORD}: odbiór od {GEN1} z {ADDR}, {AMT}.",
              "{N1:start} zamówił {PROD} na {DATE}.",
              "Według {GEN2} paczka była uszkodzona.",
              "Kurier {N2:agent} dostarczył do {GEN1}.",
              "Przekazać {DAT1} fakturę {INV} na {EM1}.",
              "Rozmawiałem z {INS2} — odbiór przełożony na {TS}.",
              "{R1}, tel. {PH}, zostawić u sąsiada.",
              "{D} czekają na przesyłkę {TRK}.",
              "{H1} prosi o kontakt, status {STAT}.",
              "PESEL {NID} — {N1:val}, ur. {DOB}.",
              "Reklamacja od {U1}.")),
    TextSpec("pl_szkolenia_it", "pl", "jsonl", ("Kurs Python 1", "Docker od zera", "SQL Gdańsk"),
             layout={"szkolenie": {"kod": "{ORD}", "kurs": "{PROD}", "wersja": "{VER}",
                                   "uczestnik": {"imie_nazwisko": "{N1}", "email": "{EM1}"}},
                     "uwagi": ("Certyfikat dla {GEN1} wysłany {DATE}.",
                               "{G1:start} prosi o fakturę na {CO}.",
                               "Prowadzący: {N2:agent}, sala 3.",
                               "Zaliczka {AMT} od {GEN2}.",
                               "Dziękujemy {DAT2} za pomoc z laptopami.",
                               "Zapisani razem: {D}, {STAT}.")}),
    TextSpec("pl_morsy_chat", "pl", "txt", ("termos", "czapka zimowa", "mata"),
             ("{SPK}: morsowanie w niedzielę o {TS}, {N2:obj} bierze {PROD}",
              "{SPK}: cześć {G2:greet}! woda ma 3 stopnie",
              "{SPK}: {M2} masz moje rękawiczki?",
              "{SPK}: dzięki {G2:voc} za zdjęcia",
              "{SPK}: składka {AMT} na konto {IBAN}",
              "{SPK}: {L2:list}, {L3:list} i {L4:list} jadą z {CITY}",
              "{SPK}: pozdro, {K1:sign}",
              "{SPK}: {PROD} {GEN2} została na plaży, ma ją {G3:end}")),
    TextSpec("pt_banca_mercado", "pt", "txt", ("laranja do Algarve", "cabaz Rosa", "queijo Serpa"),
             ("{N1:start} encomendou {QTY} kg de {PROD} para {DATE}.",
              "Fiado: {R1} deve {AMT}.",
              "Segundo {N2:say}, a fruta de {CITY} chega amanhã.",
              "Entregar a {H1} na {ADDR}.",
              "Cabaz de {P1}: {PROD}, pago {STAT}.",
              "Fornecedor {CO}, fatura {INV}, contacto {N2:val}.",
              "{D} ficam com a banca ao sábado.",
              "— {N1:dash} pede recibo com NIF {NID}.",
              "Ligar a {I2} para {PH}.",
              "Transferência {IBAN} de {N1:obj} confirmada.",
              "Reserva de {U1} para {DATE}.")),
    TextSpec("pt_estudio_tatuagem", "pt", "jsonl", ("desenho Lisboa", "rosa fina", "mandala grande"),
             layout={"marcação": {"ref": "{ORD}", "sessão": "{TS}",
                                  "cliente": {"nome": "{N1}", "nascimento": "{DOB}"}},
                     "thread": [{"autor": "{N:sender}",
                                 "texto": ("Olá, sou {G1:start}, posso mudar para {DATE}?",
                                           "{H1} quer o {PROD}.",
                                           "Sinal de {AMT} recebido de {N1:obj}.",
                                           "O braço de {P1} precisa de mais uma sessão.",
                                           "Artista: {N2:agent}; tinta de {CO}.",
                                           "Vêm juntos: {D}, {STAT}.")}]}),
    TextSpec("pt_surf_chat", "pt", "jsonl", ("prancha 6'2", "fato 4/3", "quilha"),
             layout={"user": {"nick": "{SPK}"},
                     "msg": ("ondas boas às {TS}, {G2:obj} leva a {PROD}",
                             "olá {G2:greet}! o {PROD} está na carrinha",
                             "{M2} vens amanhã?",
                             "obrigado {G2:voc}",
                             "quota {AMT} para {IBAN}",
                             "{L2:list}, {L3:list} e {L4:list} vão a {CITY}",
                             "abraço, {K1:sign}",
                             "o fato de {P2} ficou com {G3:end}")}),
)  # fmt: skip

#: Notes-column templates per row language (tables).
NOTES = {
    "en": ("{G1:start} will collect on {DATE}.", "Spoke to {N1:obj}, all fine.", "Paid by {H1}.",
           "{D} share the slot.", "Complaint from {R1}, see {CASE}."),
    "de": ("{G1:start} holt am {DATE} ab.", "Mit {N1:obj} telefoniert.", "Bezahlt von {H1}.",
           "{D} teilen sich den Termin.", "Beschwerde von {R1}, siehe {CASE}."),
    "fr": ("{G1:start} passe le {DATE}.", "Appel de {N1:obj}, ok.", "Payé par {H1}.",
           "{D} partagent le créneau.", "Réclamation de {R1}, voir {CASE}."),
    "es": ("{G1:start} recoge el {DATE}.", "Hablé con {N1:obj}.", "Pagado por {H1}.",
           "{D} comparten turno.", "Queja de {R1}, ver {CASE}."),
    "it": ("{G1:start} ritira il {DATE}.", "Sentito {N1:obj}, tutto ok.", "Pagato da {H1}.",
           "{D} condividono il turno.", "Reclamo di {R1}, vedi {CASE}."),
    "nl": ("{G1:start} haalt op {DATE} op.", "Gebeld met {N1:obj}.", "Betaald door {H1}.",
           "{D} delen het tijdslot.", "Klacht van {R1}, zie {CASE}."),
    "pl": ("{G1:start} odbierze {DATE}.", "Rozmowa z {INS1}.", "Zapłacił(a) {H1}.",
           "{D} dzielą termin.", "Skarga od {GEN1}, zob. {CASE}."),
    "pt": ("{G1:start} levanta a {DATE}.", "Falei com {N1:obj}.", "Pago por {H1}.",
           "{D} partilham a vez.", "Queixa de {R1}, ver {CASE}."),
}  # fmt: skip


@dataclass(frozen=True)
class TableSpec:
    """One table: columns as (header, kind), kinds: id (unique record ID), group (repeating record ID),
    person:<full|rev|upper|given|family>, product, amount, date, status, phone, email, iban, nid,
    street, qty, notes, notes_lang."""

    name: str
    lang: str
    fmt: str
    columns: tuple[tuple[str, str], ...]
    products: tuple[str, ...]
    id_prefix: str


TABLES: tuple[TableSpec, ...] = (
    TableSpec("bowling_league_fees", "en", "csv",
              (("fee_id", "id"), ("league_code", "group"), ("requested_by", "person:rev"),
               ("attendee", "person:full"), ("owner", "person:upper"), ("cardholder_name", "person:full"),
               ("lane_package", "product"), ("amount_gbp", "amount"), ("paid_on", "date"),
               ("status", "status"), ("contact_phone", "phone"), ("notes", "notes"), ("notes_lang", "notes_lang")),
              ("Harriet Lane Pack", "Verona Strike Bundle", "Oliver Glow Night", "Team Shoes x6"), "BLF"),
    TableSpec("schneiderei_auftraege", "de", "tsv",
              (("Auftrag", "id"), ("Kundennummer", "group"), ("Auftraggeberin", "person:full"),
               ("Zuschneider", "person:rev"), ("Artikel", "product"), ("Betrag", "amount"),
               ("Fertig_am", "date"), ("Status", "status"), ("IBAN", "iban"), ("Bemerkung", "notes"),
               ("sprache", "notes_lang")),
              ("Jacke Helene", "Mantel Lübeck", "Rock Greta", "Weste Rostock"), "SA"),
    TableSpec("location_velos_cargo", "fr", "parquet",
              (("id_location", "id"), ("dossier", "group"), ("bénéficiaire", "person:rev"),
               ("nom_mandataire", "person:full"), ("vélo", "product"), ("montant", "amount"),
               ("date_retour", "date"), ("nb_jours", "qty"), ("statut", "status"), ("courriel", "email"),
               ("remarques", "notes"), ("langue", "notes_lang")),
              ("Cargo Lyon 2", "Biporteur Amélie", "Triporteur Nantes", "Longtail Camille"), "LOC"),
    TableSpec("notaria_expedientes", "es", "csv",
              (("expediente", "id"), ("protocolo", "group"), ("interesado", "person:full"),
               ("testigo_nombre", "person:upper"), ("tramite", "product"), ("honorarios", "amount"),
               ("fecha_firma", "date"), ("estado", "status"), ("dni", "nid"), ("telefono", "phone"),
               ("observaciones", "notes"), ("idioma", "notes_lang")),
              ("Poder Toledo", "Escritura Carmen", "Acta Valencia", "Testamento abierto"), "EXP"),
    TableSpec("wypozyczalnia_kajakow", "pl", "tsv",
              (("nr_wypozyczenia", "id"), ("nr_klienta", "group"), ("imie", "person:given"),
               ("nazwisko", "person:family"), ("zglaszajacy", "person:full"), ("opiekun", "person:upper"),
               ("sprzet", "product"), ("kwota", "amount"), ("data_zwrotu", "date"), ("status", "status"),
               ("adres", "street"), ("uwagi", "notes"), ("jezyk", "notes_lang")),
              ("Kajak Wisła 2", "Kanadyjka Zosia", "Kajak Hel", "Deska SUP Marta"), "WK"),
)  # fmt: skip


def template_words() -> frozenset[str]:
    """Every word (case-folded) of the fixed text here: templates, layouts, products, companies,
    statuses, headers, street forms, honorifics (a name word must be none of them)."""
    return _template_words()


@lru_cache(maxsize=1)
def _template_words() -> frozenset[str]:
    parts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            parts.append(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                parts.append(str(key))
                walk(value)
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item)

    walk([(s.name, s.products, s.templates, s.layout) for s in TEXTS])
    walk([(t.name, t.columns, t.products) for t in TABLES])
    walk([EXTRAS, NOTES, COMPANIES, STATUSES, STREET_FORMS, HONORIFICS, AND, NICK_SUFFIX, CANARY_LABEL])
    walk([MONTHS_EN, MAIL_DOMAINS, CITY_ENDINGS])
    text = re.sub(r"\{[A-Z]+\d?(?::[a-z]+)?\}", " ", " ".join(parts))
    return frozenset(w.casefold() for w in re.findall(r"[^\W\d_]+", text))


# --- filters and pools -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _covered_mimesis_words() -> frozenset[str]:
    """Every word of every first name and surname of the covered locales (case-folded)."""
    import mimesis

    root = Path(mimesis.__file__).parent / "datasets"
    found: set[str] = set()
    for locale in COVERED_LOCALES:
        data = json.loads((root / locale / "person.json").read_text(encoding="utf-8"))
        for key in ("names", "surnames"):
            value = data.get(key)
            items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value or []
            for item in items:
                found.update(w.casefold() for w in re.findall(r"[^\W\d_]+", str(item)))
    return frozenset(found)


@lru_cache(maxsize=1)
def _faker_words() -> frozenset[str]:
    from anonymize.vocabulary import faker_person_words

    return faker_person_words()


@cache
def ok_word(word: str, langs: tuple[str, ...] = LANGS) -> bool:
    """A name or place word: 3+ letters, case-safe, unknown to the engine, to Faker, to the covered
    mimesis lists and to the templates, and rarer than zipf 3 in ``langs`` (also ASCII-folded)."""
    from wordfreq import zipf_frequency

    from anonymize.vocabulary import is_known_to_engine

    if len(word) < 3 or not word.isalpha():
        return False
    if word.upper().lower() != word.lower() or len(word.upper()) != len(word):
        return False
    for form in {word, fold_ascii(word), word.lower()}:
        folded = form.casefold()
        if len(folded) < 3 or is_known_to_engine(form):
            return False
        if folded in _faker_words() or folded in _covered_mimesis_words() or folded in _template_words():
            return False
        if any(zipf_frequency(folded, lang) >= 3 for lang in langs):
            return False
    return True


def _shapely(word: str) -> bool:
    """Not too long, no letter three times in a row, no syllable doubled ("Lunglung")."""
    half = len(word) // 2
    doubled = len(word) % 2 == 0 and word[:half].lower() == word[half:]
    return 4 <= len(word) <= 10 and not re.search(r"(.)\1\1", word) and not doubled


@lru_cache(maxsize=1)
def _invented_pools() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    rng = random.Random(77071)
    pools = {}
    for style, (given_syl, family_syl, endings) in STYLES.items():
        given: list[str] = []
        family: list[str] = []
        for _ in range(400):
            word = "".join(rng.choice(given_syl) for _ in range(rng.choice((2, 2, 3)))).capitalize()
            if word not in given and _shapely(word) and ok_word(word):
                given.append(word)
            if rng.random() < 0.3:
                word = (rng.choice(family_syl) + rng.choice(endings)).capitalize()
            else:
                word = "".join(rng.choice(family_syl) for _ in range(rng.choice((2, 3)))).capitalize()
            if word not in family and _shapely(word) and ok_word(word):
                family.append(word)
        pools[style] = (tuple(given[:40]), tuple(family[:50]))
    return pools


@lru_cache(maxsize=1)
def _mimesis_pools() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """locale -> (female given, male given, surnames), romanised and filtered."""
    import mimesis

    root = Path(mimesis.__file__).parent / "datasets"
    pools = {}
    for locale in REGIONAL:
        data = json.loads((root / locale / "person.json").read_text(encoding="utf-8"))

        def latin(items: list[str], loc: str = locale) -> tuple[str, ...]:
            out: list[str] = []
            for item in items:
                words = item.split()
                if len(words) == 2 and words[0] in {"ال", "آل"}:
                    words = words[1:]
                if len(words) != 1:
                    continue
                word = romanise(words[0], loc)
                if word and word not in out and ok_word(word):
                    out.append(word)
            return tuple(out)

        names = data["names"]
        pools[locale] = (latin(names["female"]), latin(names["male"]), latin(data["surnames"]))
    return pools


@cache
def _wordlike_pool(lang: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(surname-like, given-like) words with their source language, usable in ``lang`` texts."""
    family: list[tuple[str, str]] = []
    given: list[tuple[str, str]] = []
    for src, (surnames, givens) in WORDLIKE.items():
        if src == lang:
            continue
        family.extend((w, src) for w in surnames if ok_word(w, (lang,)))
        given.extend((w, src) for w in givens if ok_word(w, (lang,)))
    return tuple(family), tuple(given)


@cache
def _places(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Invented (street stems, cities) of a language."""
    from anonymize.vocabulary import is_known_to_engine

    rng = random.Random(f"places-{lang}")
    stems: list[str] = []
    cities: list[str] = []
    for _ in range(600):
        stem = (rng.choice(PLACE_SYLLABLES) + rng.choice(PLACE_SYLLABLES)).capitalize()
        if len(stems) < 40 and stem not in stems and ok_word(stem):
            stems.append(stem)
        city = (rng.choice(PLACE_SYLLABLES) + rng.choice(CITY_ENDINGS[lang])).capitalize()
        if len(cities) < 30 and city not in cities and ok_word(city) and not is_known_to_engine(city):
            cities.append(city)
    return tuple(stems), tuple(cities)


# --- people ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool
    tags: tuple[str, ...]

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _hyphenate(rng: random.Random, first: str, pool: tuple[str, ...]) -> str:
    if rng.random() < 0.07 and len(pool) > 2:
        other = rng.choice(pool)
        if other != first:
            return f"{first}-{other}"
    return first


def draw_person(rng: random.Random, lang: str) -> Person:
    """A person of one group (invented 40 %, mimesis 40 %, word-like 20 %) for a text in ``lang``."""
    roll = rng.random()
    female = rng.random() < 0.5
    if roll < 0.4:
        style = rng.choice(sorted(STYLES))
        given, family = _invented_pools()[style]
        first = _hyphenate(rng, rng.choice(given), given)
        return Person(first, rng.choice(family), female, ("invented", f"style:{style}"))
    if roll < 0.8:
        locale = rng.choice(sorted(REGIONAL))
        women, men, surnames = _mimesis_pools()[locale]
        pool = women if female and women else men
        first = _hyphenate(rng, rng.choice(pool), pool)
        return Person(first, rng.choice(surnames), female, ("mimesis", f"locale:{locale}"))
    family_pool, given_pool = _wordlike_pool(lang)
    first, _ = rng.choice(given_pool)
    last, src = rng.choice(family_pool)
    return Person(first, last, female, ("wordlike", f"wordsrc:{src}"))


def make_canaries(seed: int) -> list[Person]:
    rng = random.Random(seed * 31 + 7)
    people = []
    for style in ("tibetan", "yoruba", "hawaiian"):
        given, family = _invented_pools()[style]
        people.append(
            Person(rng.choice(given), rng.choice(family), rng.random() < 0.5, ("invented", f"style:{style}"))
        )
    return people


# --- value makers ------------------------------------------------------------------------------------


def _date(rng: random.Random, lang: str, start: int = 2023, end: int = 2025) -> str:
    day = dt.date(start, 1, 1) + dt.timedelta(days=rng.randrange((end - start + 1) * 365))
    if lang == "en":
        return rng.choice([f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}", day.strftime("%d/%m/%Y")])
    if lang in {"de", "pl"}:
        return day.strftime("%d.%m.%Y")
    if lang == "nl":
        return day.strftime("%d-%m-%Y")
    return rng.choice([day.strftime("%d/%m/%Y"), day.isoformat()])


def _amount(rng: random.Random, lang: str) -> str:
    value = rng.randrange(500, 250000) / 100
    dot = f"{value:,.2f}"
    comma = dot.replace(",", " ").replace(".", ",")
    return {
        "en": f"£{dot}",
        "it": f"€ {comma}",
        "nl": f"€ {comma}",
        "pl": f"{comma} zł",
    }.get(lang, f"{comma} €")


def _nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    digits = [f"{rng.randrange(100):02d}" for _ in range(3)]
    return f"{first}{second} {' '.join(digits)} {rng.choice('ABCD')}"


def _ean(rng: random.Random) -> str:
    body = [rng.randrange(10) for _ in range(12)]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return "".join(map(str, body)) + str(check)


def _email(rng: random.Random, person: Person, lang: str) -> str:
    first = fold_ascii(person.first.split("-")[0])
    last = fold_ascii(person.last)
    a = first[: max(2, len(first) - 2)]
    b = last[: max(2, len(last) - 3)]
    local = rng.choice(
        [f"{a}.{b}", f"{a[0]}{b}{rng.randint(1, 99)}", f"{b}.{a[0]}", f"{a}{rng.randint(60, 99)}"]
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS[lang])}"


def utility(rng: random.Random, kind: str, lang: str, products: tuple[str, ...]) -> tuple[str, str]:
    """(entity, value) of a business value placeholder."""
    n = rng.randrange(10000, 99999)
    makers: dict[str, Callable[[], tuple[str, str]]] = {
        "PROD": lambda: ("product", rng.choice(products)),
        "ORD": lambda: (
            "order_number",
            rng.choice([f"BK-{n}", f"#{n}", f"{rng.randint(2023, 2025)}/{n % 10000:04d}"]),
        ),
        "AMT": lambda: ("amount", _amount(rng, lang)),
        "DATE": lambda: ("date", _date(rng, lang)),
        "TS": lambda: (
            "timestamp",
            f"{_date(rng, 'de' if lang == 'de' else 'xx')} {rng.randrange(7, 22):02d}:{rng.choice(('00', '15', '30', '45'))}",
        ),
        "STAT": lambda: ("status", rng.choice(STATUSES[lang])),
        "CO": lambda: ("company", rng.choice(COMPANIES[lang])),
        "SKU": lambda: ("sku", f"{rng.choice(('AX', 'KT', 'MR'))}-{n % 1000:03d}-{rng.choice('BCDFG')}"),
        "EAN": lambda: ("ean", _ean(rng)),
        "TRK": lambda: ("tracking_number", f"JJD{rng.randrange(10**14, 10**15)}"),
        "VER": lambda: ("version", f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"),
        "INV": lambda: ("invoice_number", f"F-{rng.randint(2023, 2025)}-{n}"),
        "CASE": lambda: ("case_number", f"CS{n}"),
        "QTY": lambda: ("quantity", str(rng.randint(2, 60))),
    }
    entity, value = makers[kind]()
    return f"utility:{entity}", value


def national(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return _nino(rng)
    found = national_id(rng, COUNTRY[lang])
    return found[0] if found else _nino(rng)


def street(rng: random.Random, lang: str) -> str:
    stems, _ = _places(lang)
    form = rng.choice(STREET_FORMS[lang])
    return form.format(s=rng.choice(stems), n=rng.randint(1, 180), f=rng.randint(1, 9))


# --- rendering ---------------------------------------------------------------------------------------

SLOTS = {
    "start": "sentence_start", "say": "after_speech_verb", "list": "list", "paren": "parenthesis",
    "dash": "after_dash", "obj": "object", "agent": "agent", "val": "beside_value", "greet": "greeting",
    "voc": "vocative", "sign": "signoff", "end": "line_end", "speaker": "chat_speaker",
    "sender": "sender_field", "notes": "table_notes", "cell": "table_cell",
}  # fmt: skip
DEFAULT_SLOT = {"H": "honorific", "I": "initial", "R": "reversed", "P": "possessive", "GEN": "inflected",
                "DAT": "inflected", "INS": "inflected", "K": "nickname", "M": "mention", "D": "pair", "A": "pair",
                "U": "object", "L": "object"}  # fmt: skip
PERSON_KINDS = {"N", "G", "S", "H", "I", "R", "P", "GEN", "DAT", "INS", "K", "M", "L", "U", "D", "A", "SPK"}
PLACEHOLDER = re.compile(r"\{([A-Z]+)(\d?)(?::([a-z]+))?\}")


def _pl_case(word: str, case: str, female: bool) -> str:
    """A Polish case form (genitive, dative, instrumental) of a foreign name word."""
    if word.endswith("a"):
        stem = word[:-1]
        return stem + {"GEN": "i" if stem[-1:] in "kglj" else "y", "DAT": "ie", "INS": "ą"}[case]
    if word[-1:] in "iy":
        return word + {"GEN": "ego", "DAT": "emu", "INS": "m"}[case]
    if word[-1:] in "eou" or female:
        return word
    return word + {"GEN": "a", "DAT": "owi", "INS": "em"}[case]


def _possessive(person: Person, lang: str) -> tuple[str, str]:
    first = person.first
    if lang == "en":
        return f"{first}'s", first
    if lang == "de":
        return (f"{first}'", first) if first[-1] in "sxzß" else (first + "s", first + "s")
    if lang == "nl":
        return (f"{first}'s", first) if first[-1] in "aeiouy" else (first + "s", first + "s")
    if lang == "pl":
        return _inflected(person, "GEN")
    return first, first


def _inflected(person: Person, case: str) -> tuple[str, str]:
    parts = [_pl_case(w, case, person.female) for w in (person.first, person.last)]
    value = " ".join(parts)
    return value, value


def _form_ok(person: Person, value: str, lang: str) -> bool:
    langs = (lang,) if "wordlike" in person.tags else LANGS
    return all(ok_word(w, langs) for w in re.findall(r"[^\W\d_]+", value))


def person_form(kind: str, person: Person, lang: str, rng: random.Random) -> tuple[str, str, str | None]:
    """(text, planted value, fallback slot or None) of one person placeholder."""
    first, last = person.first, person.last
    simple = {"N": person.full, "G": first, "S": last, "L": first.lower(), "U": last.upper(),
              "I": f"{first[0]}. {last}", "R": f"{last.upper()}, {first}"}  # fmt: skip
    if kind in simple:
        return simple[kind], simple[kind], None
    if kind == "H":
        title = rng.choice(HONORIFICS[lang][1 if person.female else 0])
        return f"{title} {last}", last, None
    if kind in {"P", "GEN", "DAT", "INS"}:
        text, value = _possessive(person, lang) if kind == "P" else _inflected(person, kind)
    elif kind == "K":
        stem = first.split("-")[0]
        text = value = stem[: max(3, (len(stem) + 1) // 2)] + NICK_SUFFIX[lang]
    else:  # M
        handle = fold_ascii(first.split("-")[0])
        handle = rng.choice([handle, f"{handle}{rng.randint(2, 99)}", f"{handle}.{fold_ascii(last)}"])
        text, value = f"@{handle}", handle
    if _form_ok(person, value, lang):
        return text, value, None
    return (person.full, person.full, "object") if kind != "P" else (first, first, "object")


class Record:
    """One record being written: its people (by index), language, products and what was planted."""

    def __init__(
        self, rng: random.Random, lang: str, products: tuple[str, ...], canary: Person | None = None
    ):
        self.rng = rng
        self.lang = lang
        self.products = products
        self.people: dict[str, Person] = {}
        self.seen: set[str] = set()
        self.canary = canary
        self.speaker_full = False
        self.planted: list[Planted] = []

    def person(self, idx: str) -> Person:
        if not idx:
            return draw_person(self.rng, self.lang)
        if idx not in self.people:
            self.people[idx] = draw_person(self.rng, self.lang)
        return self.people[idx]

    def plant_person(
        self, person: Person, value: str, field: str, slot: str, repeat: bool, form: str | None = None
    ) -> None:
        tags = [f"lang:{self.lang}", *person.tags, slot]
        if form and form != slot:
            tags.append(form)
        if repeat:
            tags.append("repeat")
        if person is self.canary:
            tags.append("canary")
        self.planted.append(Planted("PERSON", value, field, tags))

    def render(self, template: str, field: str, slot_override: str | None = None) -> str:
        return PLACEHOLDER.sub(lambda m: self._fill(m, field, slot_override), template)

    def _fill(self, m: re.Match[str], field: str, slot_override: str | None) -> str:
        kind, idx, slot = m.group(1), m.group(2), m.group(3)
        tag = slot_override or SLOTS.get(slot or "", DEFAULT_SLOT.get(kind, "object"))
        if kind in {"D", "A"}:
            people = [self.person(""), self.person("")]
            joiner = f" {AND[self.lang]} " if kind == "D" else " & "
            texts = [p.full if kind == "D" else p.first for p in people]
            for person, text in zip(people, texts, strict=True):
                self.plant_person(person, text, field, slot_override or "pair", False)
            return joiner.join(texts)
        if kind == "SPK":
            person = self.person("1")
            text = person.full if self.speaker_full else self.rng.choice([person.first, person.first, ""])
            if not text:
                text, _, _ = person_form("K", person, self.lang, self.rng)
                tag = "nickname" if _form_ok(person, text, self.lang) else tag
                text = text if tag == "nickname" else person.first
            form = "nickname" if tag == "nickname" else None
            tag = "sender_field" if field != "text" else "chat_speaker"
            self.plant_person(person, text, field, tag, False, form)
            self.seen.add("1")
            return text
        if kind in PERSON_KINDS:
            person = self.person(idx)
            text, value, fallback = person_form(kind, person, self.lang, self.rng)
            repeat = bool(idx) and idx in self.seen
            self.seen.add(idx)
            form = DEFAULT_SLOT.get(kind) if kind in {"K", "M"} and not fallback else None
            self.plant_person(person, value, field, slot_override or fallback or tag, repeat, form)
            return text
        return self._value(kind, idx, field)

    def _value(self, kind: str, idx: str, field: str) -> str:
        rng, lang = self.rng, self.lang
        tags = [f"lang:{lang}"]
        if kind == "ADDR":
            line, code, city = street(rng, lang), postcode(rng, COUNTRY[lang]), rng.choice(_places(lang)[1])
            for entity, value in (("STREET_ADDRESS", line), ("POSTCODE", code), ("CITY", city)):
                self.planted.append(Planted(entity, value, field, list(tags)))
            return f"{line}, {code} {city}"
        personal: dict[str, Callable[[], tuple[str, str]]] = {
            "PH": lambda: ("PHONE_NUMBER", phone(rng, COUNTRY[lang])[0]),
            "EM": lambda: ("EMAIL_ADDRESS", _email(rng, self.person(idx or "1"), lang)),
            "IBAN": lambda: ("IBAN_CODE", iban(rng, COUNTRY[lang])[0]),
            "CITY": lambda: ("CITY", rng.choice(_places(lang)[1])),
            "DOB": lambda: ("DATE_OF_BIRTH", _date(rng, lang, 1945, 2004)),
            "NID": lambda: ("NATIONAL_ID", national(rng, lang)),
        }
        entity, value = personal[kind]() if kind in personal else utility(rng, kind, lang, self.products)
        self.planted.append(Planted(entity, value, field, tags))
        return value


def case_tag(value: str) -> str:
    if value == value.upper():
        return "upper"
    return "lower" if value == value.lower() else "title"


def finish(planted: list[Planted], transform: Callable[[str], str] | None, extra: str | None) -> None:
    """Apply a case change (lower chats, shouted records) to the planted values, set case tags."""
    for p in planted:
        if transform:
            p.value = transform(p.value)
        if p.entity == "PERSON":
            p.tags = [t for t in p.tags if t not in {"title", "lower", "upper"}]
            p.tags.insert(1, case_tag(p.value))
            if extra:
                p.tags.append(extra)


def emails_clean(planted: list[Planted]) -> bool:
    """No e-mail of the record holds a name word of the record whole."""
    from bench.detection.format import contains_word, name_tokens

    words = {w for p in planted if p.entity == "PERSON" for w in name_tokens(p.value)}
    return not any(contains_word(p.value, w) for p in planted if p.entity == "EMAIL_ADDRESS" for w in words)


# --- text files --------------------------------------------------------------------------------------


def _layout(rec: Record, node: Any, path: str, extras: bool) -> Any:
    rng = rec.rng
    if isinstance(node, str):
        return rec.render(node, path or "text")
    if isinstance(node, tuple):
        text = rec.render(rng.choice(node), path)
        if extras and rng.random() < 0.4:
            text += " " + rec.render(rng.choice(EXTRAS[rec.lang]), path)
        return text
    if isinstance(node, list):
        return [_layout(rec, node[0], f"{path}[]", extras) for _ in range(rng.randint(2, 3))]
    return {key: _layout(rec, value, f"{path}.{key}" if path else key, extras) for key, value in node.items()}


def _map_leaves(node: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(node, str):
        return fn(node)
    if isinstance(node, list):
        return [_map_leaves(item, fn) for item in node]
    return {key: _map_leaves(value, fn) for key, value in node.items()}


def text_record(
    spec: TextSpec, rng: random.Random, canary: Person | None, speaker_full: bool
) -> tuple[Any, list[Planted]]:
    """One record of a text file: a TXT line or a JSONL object, with its planted values."""
    for _ in range(8):
        rec = Record(rng, spec.lang, spec.products, canary)
        if canary:
            rec.people["1"] = canary
        rec.speaker_full = speaker_full
        if spec.fmt == "txt":
            body: Any = rec.render(rng.choice(spec.templates), "text")
            if not spec.chat and rng.random() < 0.45:
                body += " " + rec.render(rng.choice(EXTRAS[spec.lang]), "text")
            if canary and not spec.chat:
                body += f" — {CANARY_LABEL[spec.lang]}: " + rec.render("{N1}", "text", "apposition")
        else:
            body = _layout(rec, spec.layout, "", not spec.chat)
            if canary and not spec.chat:
                body[CANARY_LABEL[spec.lang]] = rec.render("{N1}", CANARY_LABEL[spec.lang], "apposition")
        if emails_clean(rec.planted):
            break
    if spec.chat:
        transform: Callable[[str], str] | None = str.lower
        extra = None
    elif rng.random() < 0.04:
        transform, extra = str.upper, "shouted"
    else:
        transform, extra = None, None
    if transform:
        body = transform(body) if isinstance(body, str) else _map_leaves(body, transform)
    finish(rec.planted, transform, extra)
    return body, rec.planted


def write_text(spec: TextSpec, out: Path, n: int, rng: random.Random, canaries: list[Person]) -> FileSet:
    records: list[list[Planted]] = []
    lines: list[str] = []
    used: list[str] = []
    canary_at = min(2, n - 1)
    for i in range(n):
        canary = None
        if spec.chat and i == canary_at:
            canary = canaries[0]
        elif not spec.chat and rng.random() < 0.03:
            canary = rng.choice(canaries)
        body, planted = text_record(spec, rng, canary, spec.chat and canary is not None)
        if canary and canary.full not in used:
            used.append(canary.full)
        lines.append(body if isinstance(body, str) else json.dumps(body, ensure_ascii=False))
        records.append(planted)
    path = f"{spec.name}.{spec.fmt}"
    (out / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    order = [c.full for c in canaries if c.full in used]
    return FileSet(spec.name, path, spec.fmt, "text", spec.lang, records, canaries=order, guided_fixes=True,
                   notes="guided fixes (blind7, held out until 2026-12-05)")  # fmt: skip


# --- tables ------------------------------------------------------------------------------------------


def _cell_person(rec: Record, kind: str, person: Person, header: str) -> str:
    style = kind.split(":", 1)[1]
    text = {"full": person.full, "rev": f"{person.last}, {person.first}", "upper": person.full.upper(),
            "given": person.first, "family": person.last}[style]  # fmt: skip
    if style == "rev" and rec.rng.random() < 0.4:
        text = f"{person.last.upper()}, {person.first}"
    rec.plant_person(person, text, header, "table_cell", False)
    if style in {"given", "family"}:
        rec.planted[-1].tags.append("split_name")
    return text


def _cell_value(rec: Record, spec: TableSpec, kind: str, header: str, i: int) -> Any:
    rng, lang, parquet = rec.rng, rec.lang, spec.fmt == "parquet"
    simple = {"product": "PROD", "status": "STAT", "phone": "PH", "iban": "IBAN", "nid": "NID", "email": "EM"}
    if kind in simple:
        table_lang = spec.lang if kind in {"status"} else lang
        saved, rec.lang = rec.lang, table_lang
        value = rec.render("{" + simple[kind] + "}", header)
        rec.lang = saved
        return value
    if kind == "street":
        value = street(rng, lang)
        rec.planted.append(Planted("STREET_ADDRESS", value, header, [f"lang:{lang}"]))
        return value
    if kind == "id":
        raw: Any = 700000 + i * 13 if parquet else f"{spec.id_prefix}-{24000 + i:06d}"
        entity, value = "record_id", str(raw)
    elif kind == "group":
        raw = f"{spec.id_prefix}G-{rng.randint(1, 25):03d}"
        entity, value = "record_id", raw
    elif kind == "amount":
        cents = rng.randrange(900, 90000)
        raw = cents / 100 if parquet else _amount(rng, spec.lang)
        entity, value = "amount", str(raw)
    elif kind == "date":
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(600))
        raw = day if parquet else _date(rng, spec.lang)
        entity, value = "date", day.isoformat() if parquet else str(raw)
    else:  # qty
        raw = rng.randint(1, 21)
        entity, value = "quantity", str(raw)
    rec.planted.append(Planted(f"utility:{entity}", value, header, [f"lang:{lang}"]))
    return raw


def table_row(
    spec: TableSpec, rng: random.Random, i: int, canary: Person | None
) -> tuple[dict[str, Any], list[Planted]]:
    """One table row: its cells and planted values (notes in the row's language)."""
    lang = spec.lang if rng.random() < 0.7 else rng.choice([x for x in LANGS if x != spec.lang])
    for _ in range(8):
        rec = Record(rng, lang, spec.products)
        row: dict[str, Any] = {}
        split = draw_person(rng, lang)
        canary_done = False
        for header, kind in spec.columns:
            if kind.startswith("person:"):
                if kind in {"person:given", "person:family"}:
                    person = split
                elif canary and not canary_done and kind == "person:full":
                    person, canary_done, rec.canary = canary, True, canary
                else:
                    person = draw_person(rng, lang)
                rec.people.setdefault("1", person)
                row[header] = _cell_person(rec, kind, person, header)
            elif kind == "notes":
                row[header] = rec.render(rng.choice(NOTES[lang]), header, "table_notes")
            elif kind == "notes_lang":
                row[header] = lang
            else:
                row[header] = _cell_value(rec, spec, kind, header, i)
        if emails_clean(rec.planted):
            break
    finish(rec.planted, None, None)
    return row, rec.planted


def write_table(spec: TableSpec, out: Path, n: int, rng: random.Random, canaries: list[Person]) -> FileSet:
    canary_rows = dict(zip(rng.sample(range(n), 3), canaries, strict=True))
    rows: list[dict[str, Any]] = []
    records: list[list[Planted]] = []
    for i in range(n):
        row, planted = table_row(spec, rng, i, canary_rows.get(i))
        rows.append(row)
        records.append(planted)
    path = f"{spec.name}.{spec.fmt}"
    headers = [h for h, _ in spec.columns]
    if spec.fmt == "parquet":
        _write_parquet(spec, rows, out / path)
    else:
        import csv

        with (out / path).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(
                fh, headers, delimiter="\t" if spec.fmt == "tsv" else ",", lineterminator="\n"
            )
            writer.writeheader()
            writer.writerows(rows)
    ids = [h for h, k in spec.columns if k in {"id", "group"}]
    return FileSet(spec.name, path, spec.fmt, "table", spec.lang, records, id_columns=ids,
                   canaries=[c.full for c in canaries], guided_fixes=True, notes="guided fixes (blind7, held out until 2026-12-05)")  # fmt: skip


def _write_parquet(spec: TableSpec, rows: list[dict[str, Any]], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"id": pa.int64(), "amount": pa.float64(), "date": pa.date32(), "qty": pa.int64()}
    fields = [pa.field(h, types.get(k, pa.string())) for h, k in spec.columns]
    schema = pa.schema(fields)
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)


# --- the set -----------------------------------------------------------------------------------------


def generate(out: Path, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    """Write the blind7 files into ``out`` and return their truth."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    canaries = make_canaries(seed)
    n_text = max(10, round(TEXT_RECORDS * scale))
    n_table = max(30, round(TABLE_ROWS * scale))
    sets = [write_text(spec, out, n_text, rng, canaries) for spec in TEXTS]
    sets += [write_table(spec, out, n_table, rng, canaries) for spec in TABLES]
    return sets


__all__ = ["DEFAULT_SEED", "LANGS", "TABLE_ROWS", "TEXT_RECORDS", "generate", "template_words"]

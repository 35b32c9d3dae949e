"""Detection set "blind9" (held out until its breakdown was read; now guided): text in eight languages and five tables, written apart from the engine.

Data card
=========

Status
    Guided fixes since 2026-12-05 (seventh session of the day): held out until then and measured once as
    the headline, with its peers, after the last change to detection then (41aeaec: PERSON leak 2.45 %,
    all personal 4.24 %, utility 95.27 %, 4 of 29 files refused; see ``bench/README.md``); then its
    breakdown was read (``--blind-breakdown``) to fix what it showed, so every ``FileSet`` now has
    ``guided_fixes=True`` and `blindset10` is the held-out set.

Who wrote it and what they read
    A separate author session, from a brief. It read: `bench.detection.format` (whole); in
    `bench.detection.sources` the functions ``phone``, ``iban``, ``national_id``, ``postcode``,
    ``fold_ascii``, ``mimesis_person_words`` and ``usable`` (printing those line ranges also showed its
    ``MAIL_DOMAINS`` and ``IBAN_LENGTH`` tables and the two comment lines after ``national_id``; a
    ``grep`` for ``def``/``class``/constant lines listed the names, not the bodies, of the rest; nothing
    else of it is used here, and the mail domains here are this module's own list); the signatures and
    docstrings of `anonymize.vocabulary.is_known_to_engine` and ``faker_person_words`` (through the
    brief's ``grep -A12``, which also shows the first lines of their bodies); the first 120 lines of
    `bench.bench_detection`, plus, to register the set, ``grep`` hits for
    "blind7/blind8/HELD_OUT/withhold_blind_breakdown/choices" in it and its lines 590-596 (the
    ``both``/``all`` label lists); the shared set checks (``tests/bench/setchecks.py``); blind8's test;
    the data cards (module docstrings) of blind3 to blind8, to pick different genres, headers, name
    styles and romanisations; the ``[tool.mypy]`` section of ``pyproject.toml``; and the first entries of
    the mimesis ``person.json`` files of the locales considered (ru, uk, kk, el, ko, ja, zh, fa, ar,
    ar-ae, ar-eg, ar-ma, ar-tn, ar-dz, ar-jo). To time the filters it called ``is_known_to_engine``,
    ``faker_person_words``, ``mimesis_person_words`` and wordfreq on made-up words. It read no
    recognizer, cue list, pattern, profile or vocabulary list of the engine, no other benchmark set body
    and no engine or benchmark output, and it never ran the engine or ``bench.bench_detection``. Every
    sentence template, product, company, word list, syllable inventory and romanisation table here was
    written fresh for this module.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier set used, TXT and JSONL mixed; JSONL records nest
    (``booking.client.address.city``, ``einsatz.kunde.kontakt.email``, lists such as ``log[].text``,
    ``protokoll[].text``, ``echanges[].texte``, ``historia[].opis``, a reply object in chats). One file
    per language is a lower-case chat of a community no earlier set used (speaker before a colon in TXT,
    or a sender field in JSONL; @mentions, nicknames, names in greetings, vocatives, sign-offs, lists).

    ===  ====================================  ==========================================  ====================================
    en   boatyard winter storage log (txt)     sign-language interpreter bookings (jsonl)  bell-ringers' tower chat (txt)
    de   Kletterhalle, Einweisungen (txt)      Hausnotruf, Einsätze (jsonl, protokoll[])   Modellbahn-Stammtisch chat (jsonl)
    fr   centre équestre, leçons (txt)         conciergerie saisonnière (jsonl, echanges)  club de plongée chat (txt)
    es   vivero, pedidos (txt)                 luthería, reparaciones (jsonl, nested)      cofradía chat (jsonl)
    it   canile, adozioni (txt)                gelateria, torte (jsonl, note[])            protezione civile chat (txt)
    nl   zwembad, zwemlessen (txt)             feesttentverhuur (jsonl, opmerkingen[])     duivenvereniging chat (jsonl)
    pl   stolarnia, zlecenia (txt)             serwis klimatyzacji (jsonl, historia[])     OSP (straż pożarna) chat (txt)
    pt   marina, amarrações (txt)              talho, encomendas (jsonl, nested)           limpeza de praias chat (jsonl)
    ===  ====================================  ==========================================  ====================================

    Sentence shapes vary on purpose: names at sentence start, after verbs of speech ("says X", "laut
    X", "selon X", "según X", "volgens X", "według X" with the genitive), in lists, in parentheses, after
    dashes, as initials ("K. Surname"), possessives in each language's own form (English 's, German
    genitive -s or ', Dutch -s / 's, de/di/do/da elsewhere, the Polish genitive), Polish genitive, dative
    and instrumental of given name and surname (foreign names ending in -y/-i with an apostrophe, as
    "X'ego"), reversed ("SURNAME, Given"), after honorifics (Ms/Mr, Frau/Herr, Mme/M., doña/don,
    signora/signor, mevrouw/meneer, pani/pan, senhora/senhor), as objects and agents ("done by X"),
    beside business values, in greetings, vocatives and sign-offs, two people joined ("X and Y", "X et
    Y"...), hyphenated given names (about 7 % of invented and mimesis people), whole records in capitals
    now and then (about 4 % of non-chat records, tag ``shouted``), lone given names in lower case and lone
    surnames in capitals.

Tables (5, 120 rows each at scale 1.0)
    ``berth_licences.csv`` (English: ``licensee`` "Given Surname", ``second_keyholder`` "Surname,
    Given", ``mobile``, ``email``, ``bank_account``; IDs ``licence_ref`` like "BL-25-0002" and repeating
    ``pontoon``), ``kletterhalle_mitglieder.tsv`` (German: separate ``Vorname`` and ``Familienname``,
    the role header ``Trainerin``, ``Geburtsdatum``, ``Anschrift``, ``PLZ``, ``Wohnort``, ``Steuer_ID``;
    IDs ``Mitgliedsnummer`` plain six-digit integers and repeating ``Kursgruppe``),
    ``pensions_chevaux.parquet`` (French, typed int64 ``dossier`` and ``nb_lecons``, float64
    ``tarif_mensuel``, date32 ``date_entree``, string columns: ``cavalier_proprietaire`` in "GIVEN
    SURNAME" capitals, the role header ``palefrenier``, ``telephone``, ``nir``), ``vivero_pedidos_web.csv``
    (Spanish: person names only in the free-text ``comentario`` column; ``cp_entrega``,
    ``telefono_contacto``; IDs ``pedido`` like "VP/25/00042" and repeating ``cliente_ref``),
    ``stolarnia_zlecenia.tsv`` (Polish: separate ``imie_zleceniodawcy`` and ``nazwisko_zleceniodawcy``,
    the role header ``stolarz`` in "Surname, Given", ``odbiera``, ``pesel``, ``ulica``, ``kod_pocztowy``,
    ``miejscowosc``; IDs ``nr_zlecenia`` like "ZL/0042/25" and repeating ``brygada``). Each has two
    record-ID columns (one unique, one repeating), products built partly from first names and place
    words ("Rib Lulu 4.2m", "Jahresabo Frieda", "paddock Honfleur", "palmera Elche", "regał Hania"...),
    amounts, dates, statuses and a notes column of short sentences mentioning people. About 30 % of rows
    are in another of the eight languages: their notes, persons, contact formats and ``lang:`` tags
    follow the row; IDs, products, amounts, dates and statuses keep the table's language.

Names
    The group is drawn first, so the shares hold: about 40 % **invented** from syllable inventories in
    twelve styles no earlier set used (tags ``invented`` + ``style:<s>``): kikuyu, luganda, ewe, twi,
    tswana, ojibwe, aymara, hmong (RPA-like tone letters), kyrgyz, ossetian (with æ), malayalam,
    chamorro. About 40 % **mimesis** first names and surnames (tags ``mimesis`` + ``locale:<l>``).
    mimesis 22.2 has no unused locale whose names pass the filters (blind8's card), so this set reuses
    nine non-Latin locales and romanises them by conventions no earlier card names (tables written
    here, so the spellings differ from earlier sets'): ``ru`` and ``kk`` in French usage (ou, ch, tch,
    j, kh, ï, chtch, ia/iou, "ie" for initial е, ss between vowels, "gu" before e/i, final -ов/-ев as
    -off/-eff; Kazakh ә ғ ң ө ұ ү as ä gh ng eu ou u); ``uk`` in Polish usage (w, h, sz, cz, ż, szcz, c,
    ch, ł/l, ja/ia, je/ie, ji, ń); ``el`` written phonetically the German way (w for β, ch, j for γ before
    front vowels, ä for αι, u for ου, z for τσ, ss between vowels, b/d/g for initial μπ/ντ/γκ);
    ``ko`` in Yale romanisation (c, ch, kh, ph, th; e for ㅓ, u for ㅡ, wu for ㅜ, ay/ey, given names as
    one word); ``fa`` in French usage (ch, tch, dj, kh, gh, ou; unwritten short vowels supplied as a
    after a word's first consonant and e before a third consonant in a row; final ه as e; ZWNJ
    compounds joined); ``ar-eg``, ``ar-jo`` and ``ar-dz`` in Indonesian/Malay usage (sy, ts, dz, kh, gh,
    sh for ص, dh for ض, th for ط, zh for ظ, q; ta marbuta as -ah; the article dropped, "Abdul"/"Abdur"
    fused and assimilated with the next name; unwritten short vowels supplied as a). Only names that
    romanise to one word (or a hyphenated pair) are used. No name is built from any other list. About
    20 % **word-like** (``wordlike`` + ``wordsrc:<lang>``): surnames that are trade, landscape, animal
    and food words of Norwegian, Welsh, Basque, Swahili, Albanian, Maltese, Luxembourgish and Faroese,
    plus French words used only in texts of another language; given names are short common words of
    those languages (weather, light, dawn, stars).

    Filters. Invented and mimesis name words and every derived form (upper, lower, ASCII-folded,
    German/Dutch possessive -s, Polish case forms, nicknames, @handles): at least three letters, unknown
    to the engine (``usable`` / ``is_known_to_engine``), absent from Faker's person words and from the
    mimesis person lists of the covered locales (en, en-gb, de, fr, es, it, nl, pl, pt), not a word of any
    template, product, company, status, header, street form, honorific or mail domain here, no word of an
    invented place, and wordfreq zipf < 3 in all eight languages. Word-like names pass the same checks
    except that zipf < 3 is required only in the language of the text (or table row) they appear in.
    E-mail local parts are built from the person's letters in runs of at most two letters, so they never
    hold a name word whole.

Places and contacts
    Streets and cities are invented per language from syllables and endings no earlier card lists for
    that language ("-combe", "-rode", "-argues", "-illas", "-ago", "-zijl", "-owice", "-ouço"...), in
    street forms such as "Unit 5, X Wharf", "Am Xhang 7", "12 bis quai X", "Ronda de X 14", "Borgo X 3/2",
    "Xsingel 8", "os. X 12/3", "Beco do X, 9"; their words are vetted like names (all eight languages)
    and kept apart from name words. Phones, IBANs, national IDs (DE IdNr, FR NIR, ES DNI, IT CF, NL BSN,
    PL PESEL, PT NIF; a UK National Insurance number built here) and postcodes come from the shared
    helpers. Dates of birth are ``DATE_OF_BIRTH``, other dates ``utility:date``.

Tags
    PERSON: ``lang:xx``; case ``title``/``lower``/``upper`` (from the planted form); group and origin
    (above); one slot tag (``sentence_start``, ``after_speech_verb``, ``list``, ``pair``,
    ``parenthesis``, ``after_dash``, ``initial``, ``possessive``, ``inflected``, ``honorific``,
    ``object``, ``agent``, ``beside_value``, ``greeting``, ``vocative``, ``signoff``, ``line_end``,
    ``nickname``, ``mention``, ``reversed``, ``chat_speaker``, ``sender_field``, ``table_cell``; a
    nickname, @handle, initial, reversed, possessive or inflected form in another slot also gets that
    tag); ``split_name`` on separate given/family cells; ``repeat`` on later mentions of a person in the
    same record; ``shouted`` on records in capitals; ``canary`` on canary people. Other personal values
    and every ``utility:<kind>`` value carry ``lang:xx``; phones their form (``national``/``intl``/
    ``e164``/``00``), IBANs theirs (``grouped``/``compact``), national IDs their kind.

Canaries
    Three invented people (ewe, ossetian and chamorro styles): all three in every table (whole, in a
    full-name person column, or in the notes of the notes-only table), the first in every chat (lower
    case, full name), and each the customer of about 1 % of the other text records (whole name).
    ``canaries`` lists those that appear in a file.

Size (scale 1.0, seed 9909)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); 8,735 PERSON values (3,449
    invented = 39 %, 3,526 mimesis = 40 %, 1,760 word-like = 20 %), 3,704 other personal values (753
    phones, 288 e-mails, 308 IBANs, 602 national IDs, 461 streets, 581 postcodes, 461 cities, 250 dates of
    birth) and 7,130 business values (1,200 of them record IDs). ``scale`` multiplies the record counts
    (at least 10 text records and 30 table rows per file). Generation takes about five seconds;
    ``summary()`` and ``python -m bench.detection.blindset9 --out DIR`` give the counts of a run (never
    the values).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import string
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import mimesis

from anonymize.vocabulary import faker_person_words
from bench.detection.format import FileSet, Planted, name_tokens
from bench.detection.sources import fold_ascii, iban, national_id, phone, postcode, usable

LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
DEFAULT_SEED = 9909
TEXT_RECORDS = 95
TABLE_ROWS = 120
#: mimesis locales of the languages the engine reads: their person words are never planted here.
COVERED_LOCALES = ("en", "en-gb", "de", "fr", "es", "it", "nl", "pl", "pt")
GROUP_WEIGHTS = (("invented", 0.4), ("mimesis", 0.4), ("wordlike", 0.2))

# --- invented names: syllable inventories (onsets, middles, endings) for given names and surnames ----

Inventory = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]

STYLES: dict[str, tuple[Inventory, Inventory]] = {
    "kikuyu": (
        (
            ("Wa", "Nji", "Ka", "Mu", "Gi", "Nya", "Wai", "Mbu", "Ki", "Nde", "Ngu", "Thi"),
            ("ri", "ngu", "the", "ka", "mbo"),
            ("ru", "ngi", "thi", "ira", "mbi", "ini", "ke", "ku"),
        ),
        (
            ("Ka", "Ma", "Gi", "Mwa", "Ngu", "Ku", "Ki", "Wa", "Nde"),
            ("the", "ri", "nyu", "ngo", "ca"),
            ("nyua", "thaka", "riuki", "ngethe", "chiri", "nuthia", "iru"),
        ),
    ),
    "luganda": (
        (
            ("Na", "Ssa", "Ki", "Nam", "Mu", "Bu", "Lu", "Ka", "Nnaa", "Wa"),
            ("ku", "ba", "la", "ggwa", "lu", "ze"),
            ("nda", "nzi", "ggwa", "bi", "le", "mbe", "ko", "tta"),
        ),
        (
            ("Ssen", "Mu", "Ka", "Lu", "Nsu", "Wa", "Kiw", "Kyo", "Bu"),
            ("wa", "ga", "be", "nyo", "ku"),
            ("ngo", "mbwe", "yinda", "kwaya", "lumba", "bazzi", "nnyo", "ggala"),
        ),
    ),
    "ewe": (
        (
            ("Ako", "Ye", "Dzi", "Se", "Ela", "Mawu", "Ede", "Ko", "Afe", "Sena", "Eya"),
            ("vi", "ke", "nu", "dzo", "li"),
            ("fa", "wo", "le", "nam", "si", "ko", "nyo", "vi"),
        ),
        (
            ("Agbe", "Ame", "Dze", "Ho", "Kpo", "Tse", "Avu", "Gbe", "Ato"),
            ("kpo", "de", "nu", "vi", "to"),
            ("nyo", "gbe", "kpe", "dzi", "vor", "tsi", "yovu", "ku"),
        ),
    ),
    "twi": (
        (
            ("Ak", "Adw", "Ab", "Ye", "Af", "Ob", "Ew", "Ow", "Ad"),
            ("o", "wa", "e", "ru"),
            ("ua", "oa", "ena", "fo", "ko", "nsa", "woa", "dua"),
        ),
        (
            ("Ose", "Dan", "Ofo", "Ase", "Bo", "Nti", "Ama", "Kye", "Fri"),
            ("kwa", "di", "re", "po", "ma"),
            ("fo", "kye", "dua", "mpo", "nsah", "bour", "ntem", "kora"),
        ),
    ),
    "tswana": (
        (
            ("Bo", "Ke", "Le", "Ma", "Tshe", "Goi", "Mo", "Di", "Ga", "Ne", "Re"),
            ("ra", "go", "tse", "lo", "ba"),
            ("tso", "mpho", "lo", "ne", "ng", "dira", "tlo", "ago"),
        ),
        (
            ("Mo", "Se", "Ra", "Ma", "Kga", "Tla", "Ba", "Pha"),
            ("tsu", "ko", "ke", "lo", "bo"),
            ("kgosi", "tswe", "pelo", "ngwe", "dikwe", "tlhong", "ele", "lelo"),
        ),
    ),
    "ojibwe": (
        (
            ("Wa", "Ni", "Mi", "Ozh", "Gi", "Biin", "Ana", "Ma", "Ogi", "Zhaa"),
            ("wi", "kwe", "gi", "naa", "nii"),
            ("kwe", "nini", "giizhig", "waab", "ans", "binesi", "ming", "aan"),
        ),
        (
            ("Ba", "Ke", "Ni", "Mak", "Waa", "Ogi", "Zhi", "Ashi"),
            ("ga", "nii", "waa", "ma", "bi"),
            ("shkaw", "konce", "gwan", "bines", "daash", "giizhik", "wegan"),
        ),
    ),
    "aymara": (
        (
            ("Wil", "Qhan", "Ina", "Phaxs", "Ayn", "Kusi", "Isi", "Tupa", "Yati"),
            ("la", "ma", "ri", "wa", "qa"),
            ("ka", "ri", "si", "lla", "ra", "wi", "chi", "ta"),
        ),
        (
            ("Ma", "Qui", "Chu", "Ti", "Ama", "Cha", "Huay", "Ja"),
            ("sa", "ri", "qa", "wa", "lli"),
            ("mani", "spe", "quimia", "chura", "llco", "suca", "pacu"),
        ),
    ),
    "hmong": (
        (
            ("Pa", "Nou", "Tou", "Kao", "Xai", "Yee", "Mai", "Cha", "Nhia", "Ntxi", "Txo", "Pov"),
            ("",),
            ("b", "j", "v", "s", "g", "m", "chee", "lia", "ua", "ntxawg"),
        ),
        (
            ("Txh", "Ntx", "Hm", "Tsh", "Nq", "Pl", "Xy", "Kh", "Npl"),
            ("",),
            ("ooj", "aub", "iab", "eeb", "awv", "uam", "aug", "ooz", "iaj"),
        ),
    ),
    "kyrgyz": (
        (
            ("Ai", "Bek", "Nur", "Cho", "Mir", "Tyn", "Ak", "Ja", "Ku", "Eli", "Sul"),
            ("bek", "gul", "tai", "jan", "mur"),
            ("gul", "bek", "ai", "jan", "tash", "bubu", "kan", "zhan"),
        ),
        (
            ("Tok", "Sar", "Kal", "Bai", "Ush", "Jum", "Ab", "Es"),
            ("te", "ba", "ky", "ul", "gaz"),
            ("baev", "tegin", "ulov", "bekov", "tairov", "aliev", "tokov"),
        ),
    ),
    "ossetian": (
        (
            ("Zau", "Khe", "Dza", "Fa", "Zar", "Batr", "Ase", "Tæ", "Gæ", "Ma"),
            ("ra", "bi", "tæ", "so", "gu"),
            ("bek", "khan", "dzi", "neg", "zan", "ina", "ta", "ræ"),
        ),
        (
            ("Dza", "Ka", "Tso", "Gu", "Bi", "Kho", "Tæ", "Kæ", "Ba", "Gæ"),
            ("go", "ba", "lo", "ræ", "ti"),
            ("sov", "ev", "ty", "ti", "gkaty", "dzhev", "onty", "ate"),
        ),
    ),
    "malayalam": (
        (
            ("Anu", "Sree", "Vin", "Ja", "Ni", "Ra", "Sa", "Di", "Ke", "Pra", "Ma", "Lek"),
            ("na", "la", "ya", "ra", "va"),
            ("ja", "ttan", "nath", "lekha", "mol", "kutty", "esh", "ini"),
        ),
        (
            ("Pu", "Ka", "Che", "Ma", "Ku", "Tha", "Pal", "Ed", "Vel"),
            ("thu", "ra", "ya", "la", "kka"),
            ("ssery", "mpilly", "yil", "ttil", "kkal", "vila", "parambil", "odath"),
        ),
    ),
    "chamorro": (
        (
            ("Ma", "Ta", "Gu", "Ha", "Cha", "Fa", "Ne", "Sa", "Ri"),
            ("ga", "lu", "ta", "ña", "mo"),
            ("ña", "lu", "hu", "ya", "ti", "gu", "sun", "mi"),
        ),
        (
            ("Ta", "Ca", "Ma", "Gu", "San", "Ag", "Qui", "Pa"),
            ("lo", "ma", "ti", "ña", "gu"),
            ("itano", "lago", "nglona", "huaman", "ngco", "etano", "ligan", "taje"),
        ),
    ),
}
CANARY_STYLES = ("ewe", "ossetian", "chamorro")

#: mimesis locales used, each romanised by a convention written below (see the data card).
MIMESIS_LOCALES = ("ru", "uk", "kk", "el", "ko", "fa", "ar-eg", "ar-jo", "ar-dz")

# --- word-like names: ordinary words of languages outside the eight (surnames, given names) ----------

WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "no": (
        (
            "Snekker",
            "Skomaker",
            "Tømmerhogger",
            "Gjeter",
            "Fjellvann",
            "Myrvang",
            "Bekkedal",
            "Elvebakk",
            "Furuskog",
            "Oter",
            "Jerv",
            "Rype",
            "Ørret",
            "Sild",
            "Brunost",
            "Lefse",
            "Multe",
            "Tyttebær",
            "Seter",
            "Fossekall",
            "Bjørkelund",
        ),
        ("Dugg", "Skodde", "Lyng", "Bris", "Tind", "Kveld", "Snø", "Bølge", "Rim"),
    ),
    "cy": (
        (
            "Crydd",
            "Melinydd",
            "Gwehydd",
            "Pobydd",
            "Bugail",
            "Telynor",
            "Mynydd",
            "Dyffryn",
            "Clogwyn",
            "Traeth",
            "Coedwig",
            "Rhaeadr",
            "Draenog",
            "Llwynog",
            "Dyfrgi",
            "Tylluan",
            "Gwiwer",
            "Ceiliog",
            "Teisen",
            "Cawl",
            "Saer",
        ),
        ("Niwl", "Glaw", "Mellt", "Gwawr", "Awel", "Enfys", "Haul", "Eirlys", "Cwmwl"),
    ),
    "eu": (
        (
            "Arotza",
            "Errementari",
            "Arrantzale",
            "Artzain",
            "Zapatari",
            "Ehule",
            "Igeltsero",
            "Harana",
            "Itsaso",
            "Basoa",
            "Zelaia",
            "Harria",
            "Azeri",
            "Hartza",
            "Arrano",
            "Untxi",
            "Ogia",
            "Gazta",
            "Eztia",
            "Txakoli",
            "Urtxintxa",
        ),
        ("Ekaitz", "Izotz", "Lanbro", "Euri", "Elur", "Ortzi", "Haize", "Ilargi", "Itzal"),
    ),
    "sw": (
        (
            "Fundi",
            "Mvuvi",
            "Mkulima",
            "Mpishi",
            "Seremala",
            "Mhunzi",
            "Mchoraji",
            "Mlima",
            "Ziwa",
            "Pwani",
            "Bonde",
            "Msitu",
            "Twiga",
            "Tembo",
            "Kobe",
            "Nyuki",
            "Kiboko",
            "Kasuku",
            "Ndizi",
            "Maharage",
            "Mfinyanzi",
        ),
        ("Jua", "Mvua", "Upepo", "Nyota", "Baridi", "Theluji", "Radi", "Ukungu", "Mwezi"),
    ),
    "sq": (
        (
            "Farkëtari",
            "Peshkatari",
            "Bujku",
            "Zdrukthëtari",
            "Furrtari",
            "Këpucari",
            "Lumi",
            "Liqeni",
            "Pylli",
            "Fusha",
            "Kodra",
            "Shkëmbi",
            "Ujku",
            "Dhelpra",
            "Shqiponja",
            "Bleta",
            "Djathi",
            "Mjalti",
            "Kumbulla",
            "Bariu",
            "Qershia",
        ),
        ("Drita", "Bora", "Shiu", "Rreze", "Ylli", "Vesa", "Hëna", "Agimi", "Flutura"),
    ),
    "mt": (
        (
            "Ħaddied",
            "Sajjied",
            "Bidwi",
            "Mastrudaxxa",
            "Furnar",
            "Skarpan",
            "Ragħaj",
            "Wied",
            "Għolja",
            "Bajja",
            "Xagħri",
            "Blata",
            "Qattus",
            "Fenek",
            "Gremxula",
            "Żunżan",
            "Ġbejna",
            "Għasel",
            "Bigilla",
            "Pastizz",
            "Ħuttafa",
        ),
        ("Xemx", "Xita", "Kewkba", "Nida", "Qamar", "Ċpar", "Beraq", "Ward", "Fjura"),
    ),
    "lb": (
        (
            "Schmatt",
            "Fëscher",
            "Schräiner",
            "Schouschter",
            "Bierg",
            "Bësch",
            "Wiss",
            "Fuuss",
            "Hues",
            "Mierel",
            "Kéis",
            "Brout",
            "Hunneg",
            "Gromper",
            "Kachkéis",
            "Millen",
            "Wéngert",
            "Iesel",
            "Stréimännchen",
            "Kiischt",
            "Wollef",
        ),
        ("Reen", "Wollek", "Stär", "Blëtz", "Dau", "Niwwel", "Sonn", "Moien", "Frascht"),
    ),
    "fo": (
        (
            "Smiður",
            "Bóndi",
            "Fiskimaður",
            "Fjall",
            "Dalur",
            "Heyggjur",
            "Tindur",
            "Lundi",
            "Tjaldur",
            "Ravnur",
            "Seyður",
            "Skerpikjøt",
            "Ræst",
            "Grindahvalur",
            "Áarbakki",
            "Hvannhagi",
            "Kleppur",
            "Skarvur",
            "Drangur",
            "Mýrisnípa",
            "Tjørn",
        ),
        ("Kavi", "Mjørki", "Ljós", "Regn", "Alda", "Døgg", "Ódn", "Sólja", "Várljós"),
    ),
    "fr": (
        (
            "Ardoisier",
            "Tonnelier",
            "Vannier",
            "Bourrelier",
            "Sabotier",
            "Rémouleur",
            "Chaumier",
            "Bruyère",
            "Falaise",
            "Ruisseau",
            "Chouette",
            "Hérisson",
            "Brioche",
            "Galette",
            "Marronnier",
            "Tourbière",
            "Sarrasin",
            "Écureuil",
            "Mirabelle",
            "Rouget",
            "Pâquerette",
        ),
        ("Brume", "Givre", "Aube", "Rosée", "Bise", "Grêle", "Averse", "Lueur", "Zéphyr"),
    ),
}
#: the languages of the set whose own words serve only in texts of another language
WORDLIKE_FOREIGN_ONLY = frozenset({"fr"})

# --- romanisation tables (written for this set) -------------------------------------------------------

#: Russian and Kazakh Cyrillic in French usage (ou, ch, tch, j, kh, ï; final -ov/-ev as -off/-eff).
_CYR_FR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "io",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "ï",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "ou",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "tch",
    "ш": "ch",
    "щ": "chtch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iou",
    "я": "ia",
    "ә": "ä",
    "ғ": "gh",
    "қ": "k",
    "ң": "ng",
    "ө": "eu",
    "ұ": "ou",
    "ү": "u",
    "һ": "h",
    "і": "i",
}
#: Ukrainian Cyrillic in Polish usage (w, h, sz, cz, ż, szcz, ł/l, ja/ia, ji).
_CYR_PL = {
    "а": "a",
    "б": "b",
    "в": "w",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ж": "ż",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "ji",
    "й": "j",
    "к": "k",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "ch",
    "ц": "c",
    "ч": "cz",
    "ш": "sz",
    "щ": "szcz",
}
_CYR_VOWELS = set("аеёиоуыэюяіїєәөұүо")
_UK_IOTATED = {"є": "e", "ю": "u", "я": "a"}

#: Modern Greek written phonetically the German way (w, ch, j before front vowels, ä, ss).
_GREEK_DIGRAPHS = (
    ("ου", "u"),
    ("αι", "ä"),
    ("ει", "i"),
    ("οι", "i"),
    ("υι", "i"),
    ("γγ", "ng"),
    ("τσ", "z"),
    ("τζ", "ds"),
)
_GREEK = {
    "α": "a",
    "β": "w",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "s",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "i",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}
_GREEK_VOICELESS = set("θκξπστφχψς")

#: Korean in Yale romanisation (initials, medials, finals of a Hangul syllable).
_YALE_INITIAL = [
    "k",
    "kk",
    "n",
    "t",
    "tt",
    "l",
    "m",
    "p",
    "pp",
    "s",
    "ss",
    "-",
    "c",
    "cc",
    "ch",
    "kh",
    "th",
    "ph",
    "h",
]
_YALE_MEDIAL = [
    "a",
    "ay",
    "ya",
    "yay",
    "e",
    "ey",
    "ye",
    "yey",
    "o",
    "wa",
    "way",
    "oy",
    "yo",
    "wu",
    "we",
    "wey",
    "wi",
    "yu",
    "u",
    "uy",
    "i",
]
_YALE_FINAL = [
    "",
    *[
        "k",
        "kk",
        "ks",
        "n",
        "nc",
        "nh",
        "t",
        "l",
        "lk",
        "lm",
        "lp",
        "ls",
        "lth",
        "lph",
        "lh",
        "m",
        "p",
        "ps",
        "s",
        "ss",
        "ng",
        "c",
        "ch",
        "kh",
        "th",
        "ph",
        "h",
    ],
]

#: Persian in French usage (ch, tch, dj, kh, gh, ou; unwritten vowels as a after the first consonant, e
#: between later ones).
_PERSIAN = {
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ث": "s",
    "ج": "dj",
    "چ": "tch",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "z",
    "ر": "r",
    "ز": "z",
    "ژ": "j",
    "س": "s",
    "ش": "ch",
    "ص": "s",
    "ض": "z",
    "ط": "t",
    "ظ": "z",
    "غ": "gh",
    "ف": "f",
    "ق": "gh",
    "ک": "k",
    "ك": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
#: Arabic in Indonesian/Malay usage (sy, ts, dz, kh, gh, sh for ṣ, dh, th for ṭ, zh, q; final -ah;
#: "Abdul"/"Abdur" fused with the next name; unwritten vowels as a).
_ARABIC = {
    "ب": "b",
    "ت": "t",
    "ث": "ts",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dz",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sy",
    "ص": "sh",
    "ض": "dh",
    "ط": "th",
    "ظ": "zh",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "پ": "p",
    "ڤ": "v",
    "گ": "g",
    "ی": "y",
}
_ARABIC_SUN = set("تثدذرزسشصضطظلن")


def _cyr_french(word: str) -> str:
    low = word.lower()
    out: list[str] = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch == "е" and (not prev or prev in _CYR_VOWELS or prev in {"ь", "ъ"}):
            out.append("ie")
        elif ch == "с" and prev in _CYR_VOWELS and nxt in _CYR_VOWELS:
            out.append("ss")
        elif ch == "г" and nxt != "" and nxt in "еиэі":
            out.append("gu")
        elif ch == "в" and not nxt and prev in "оеё":
            out.append("ff")
        elif ch == "й" and not nxt and prev in "иы":
            out.append("")
        else:
            out.append(_CYR_FR.get(ch, ch))
    return "".join(out)


def _cyr_polish(word: str) -> str:
    low = word.lower().replace("'", "").replace("ʼ", "").replace("’", "")
    out: list[str] = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch in _UK_IOTATED:
            soft = prev and prev not in _CYR_VOWELS and prev not in "ь"
            out.append(("i" if soft else "j") + _UK_IOTATED[ch])
        elif ch == "л":
            out.append("l" if nxt != "" and nxt in "іяюєьї" else "ł")
        elif ch == "ь":
            if prev == "н" and (not nxt or nxt not in _CYR_VOWELS):
                out[-1] = "ń"
        else:
            out.append(_CYR_PL.get(ch, ch))
    return "".join(out)


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _greek_german(word: str) -> str:
    low = _strip_marks(word.lower())
    out: list[str] = []
    i = 0
    while i < len(low):
        pair, nxt = low[i : i + 2], low[i + 2 : i + 3]
        if pair in {"αυ", "ευ"}:
            out.append(
                pair[0].replace("α", "a").replace("ε", "e")
                + ("f" if not nxt or nxt in _GREEK_VOICELESS else "w")
            )
            i += 2
        elif pair in {"μπ", "ντ", "γκ"}:
            out.append(
                {"μπ": "b", "ντ": "d", "γκ": "g"}[pair]
                if i == 0
                else {"μπ": "mb", "ντ": "nd", "γκ": "ng"}[pair]
            )
            i += 2
        elif pair in dict(_GREEK_DIGRAPHS):
            out.append(dict(_GREEK_DIGRAPHS)[pair])
            i += 2
        elif low[i] == "γ" and low[i + 1 : i + 2] in {"ε", "η", "ι", "υ"}:
            out.append("j")
            i += 1
        elif low[i] == "σ" and i and low[i - 1] in "αεηιουω" and low[i + 1 : i + 2] in set("αεηιουω"):
            out.append("ss")
            i += 1
        else:
            out.append(_GREEK.get(low[i], low[i]))
            i += 1
    return "".join(out)


def _hangul_yale(word: str) -> str:
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            out.append(ch)
            continue
        initial, medial, final = code // 588, (code % 588) // 28, code % 28
        lead = _YALE_INITIAL[initial]
        out.append(("" if lead == "-" else lead) + _YALE_MEDIAL[medial] + _YALE_FINAL[final])
    return "".join(out)


def _abjad_units(word: str, table: dict[str, str], persian: bool) -> list[tuple[str, str]]:
    """The word as (kind, latin) units, kind C (consonant) or V (vowel), for an abjad script."""
    units: list[tuple[str, str]] = []
    chars = [c for c in word if c not in "\u200c\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652ءئؤ"]
    for i, ch in enumerate(chars):
        first, last = not units, i == len(chars) - 1
        after_vowel = bool(units) and units[-1][0] == "V"
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in "اأآإٱ":
            units.append(("V", "e" if ch == "إ" and persian else "i" if ch == "إ" else "a"))
        elif ch == "ع":
            if first:
                units.append(("V", "a"))
        elif ch == "و":
            consonant = first or after_vowel or (nxt != "" and nxt in "اآ")
            units.append(("C", "v" if persian else "w") if consonant else ("V", "ou" if persian else "u"))
        elif ch in "يیى":
            if ch == "ى" and last:
                units.append(("V", "a"))
            else:
                consonant = first or after_vowel or (nxt != "" and nxt in "اآ")
                units.append(("C", "y") if consonant else ("V", "i"))
        elif ch == "ة":
            units.append(("V", "e") if persian else ("V", "ah"))
        elif ch == "ه" and last and persian and units and units[-1][0] == "C":
            units.append(("V", "e"))
        elif ch == "ه" and persian:
            units.append(("C", "h"))
        elif ch in table:
            units.append(("C", table[ch]))
    return units


def _abjad_word(word: str, table: dict[str, str], persian: bool) -> str:
    """Unwritten short vowels supplied: after the first consonant of a cluster-initial word, and before
    a third consonant in a row (a in Arabic, a then e in Persian)."""
    out: list[str] = []
    run = 0
    for kind, latin in _abjad_units(word, table, persian):
        if kind == "V":
            out.append(latin)
            run = 0
            continue
        if run and (len(out) == 1 or run >= 2):
            out.append("a" if (not persian or len(out) == 1) else "e")
            run = 0
        out.append(latin)
        run += 1
    return "".join(out)


def _arabic_malay(text: str) -> str:
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word == "عبد" and i + 1 < len(words) and words[i + 1].startswith("ال"):
            rest = words[i + 1][2:]
            join = _abjad_word(rest, _ARABIC, False)
            link = "u" + (join[0] if rest[:1] in _ARABIC_SUN else "l")
            out.append("Abd" + link + join)
            i += 2
            continue
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        out.append(_abjad_word(word, _ARABIC, False))
        i += 1
    return " ".join(w[:1].upper() + w[1:] for w in out if w)


def romanise(text: str, locale: str) -> str:
    """``text`` (a mimesis name) in Latin letters by this set's convention for ``locale``."""
    if locale in {"ru", "kk"}:
        convert: Callable[[str], str] = _cyr_french
    elif locale == "uk":
        convert = _cyr_polish
    elif locale == "el":
        convert = _greek_german
    elif locale == "ko":
        convert = _hangul_yale
    elif locale == "fa":
        convert = lambda w: _abjad_word(w, _PERSIAN, True)  # noqa: E731
    elif locale.startswith("ar"):
        return _arabic_malay(text)
    else:
        return text
    parts = re.split(r"([\s-]+)", text)
    return "".join(
        p if re.fullmatch(r"[\s-]+", p) else (convert(p)[:1].upper() + convert(p)[1:]) for p in parts
    )


# --- vetting ------------------------------------------------------------------------------------------

_MIMESIS_DIR = Path(mimesis.__file__ or ".").parent / "datasets"
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def _mimesis_person(locale: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((_MIMESIS_DIR / locale / "person.json").read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def _covered_mimesis_words() -> frozenset[str]:
    """Every word of the mimesis first names and surnames of the covered locales (case-folded, and
    ASCII-folded too)."""
    words: set[str] = set()
    for locale in COVERED_LOCALES:
        data = _mimesis_person(locale)
        for key in ("names", "surnames", "first_name", "last_name"):
            value = data.get(key)
            items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value or []
            for item in items:
                for word in _WORDS.findall(str(item)):
                    words.update({word.casefold(), fold_ascii(word)})
    return frozenset(words)


@lru_cache(maxsize=1)
def _faker_words() -> frozenset[str]:
    return frozenset(faker_person_words())


_STATIC_OK: dict[tuple[str, tuple[str, ...]], bool] = {}


def _static_ok(word: str, langs: tuple[str, ...]) -> bool:
    """A word may be a planted name or place word: three letters or more, unknown to the engine, in no
    Faker or covered mimesis person list, no word of this module, rare in ``langs`` (all spellings)."""
    key = (word, langs)
    if key not in _STATIC_OK:
        from wordfreq import zipf_frequency

        forms = {word.casefold(), fold_ascii(word)}
        ok = len(word) >= 3 and all(len(f) >= 3 for f in forms)
        ok = ok and not any(
            f in _faker_words() or f in _covered_mimesis_words() or f in template_words() for f in forms
        )
        ok = ok and all(usable(f) for f in forms)
        ok = ok and all(zipf_frequency(f, lang) < 3 for f in forms for lang in langs)
        _STATIC_OK[key] = ok
    return _STATIC_OK[key]


class Vetter:
    """The filters of the data card, plus names and invented places kept apart from each other."""

    def __init__(self) -> None:
        self.name_words: set[str] = set()
        self.place_words: set[str] = set()

    def name_ok(self, value: str, langs: tuple[str, ...]) -> bool:
        parts = value.split("-")
        if any(len(p) < 3 for p in parts) or len(name_tokens(value)) != len(parts):
            return False
        return all(_static_ok(p, langs) and p.casefold() not in self.place_words for p in parts)

    def place_ok(self, value: str) -> bool:
        return _static_ok(value, LANGS) and value.casefold() not in self.name_words

    def take_name(self, value: str) -> str:
        self.name_words.update(p.casefold() for p in value.split("-"))
        return value

    def take_place(self, value: str) -> str:
        self.place_words.add(value.casefold())
        return value


# --- people -------------------------------------------------------------------------------------------


@dataclass
class Person:
    given: str
    surname: str
    gender: str
    tags: list[str]
    langs: tuple[str, ...]
    canary: bool = False
    nick: str = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


class NameBank:
    """Draws people: the group first (40/40/20), then a style, locale or word source."""

    def __init__(self, rng: random.Random, vetter: Vetter) -> None:
        self.rng = rng
        self.vetter = vetter

    def _invented_word(self, inventory: Inventory) -> str:
        onsets, mids, ends = inventory
        for _ in range(400):
            word = self.rng.choice(onsets) + (self.rng.choice(mids) if self.rng.random() < 0.45 else "")
            word += self.rng.choice(ends)
            word = word[:1].upper() + word[1:].lower()
            if self.vetter.name_ok(word, LANGS):
                return self.vetter.take_name(word)
        raise RuntimeError("an inventory yields no usable word")

    def invented(self, style: str | None = None) -> Person:
        style = style or self.rng.choice(sorted(STYLES))
        given_inv, surname_inv = STYLES[style]
        given = self._invented_word(given_inv)
        if self.rng.random() < 0.07:
            given += "-" + self._invented_word(given_inv)
        gender = self.rng.choice(("female", "male"))
        return Person(given, self._invented_word(surname_inv), gender, ["invented", f"style:{style}"], LANGS)

    def _mimesis_word(self, locale: str, key: str, gender: str) -> str | None:
        value = _mimesis_person(locale)[key]
        items = value.get(gender, []) if isinstance(value, dict) else value
        for _ in range(60):
            word = romanise(str(self.rng.choice(items)), locale)
            if " " not in word and self.vetter.name_ok(word, LANGS):
                return self.vetter.take_name(word)
        return None

    def mimesis(self) -> Person:
        locales = list(MIMESIS_LOCALES)
        self.rng.shuffle(locales)
        for locale in locales:
            gender = self.rng.choice(("female", "male"))
            given = self._mimesis_word(locale, "names", gender)
            surname = self._mimesis_word(locale, "surnames", gender)
            if given and surname:
                if self.rng.random() < 0.07:
                    second = self._mimesis_word(locale, "names", gender)
                    given = f"{given}-{second}" if second and second != given else given
                return Person(given, surname, gender, ["mimesis", f"locale:{locale}"], LANGS)
        raise RuntimeError("no mimesis locale yields a usable name")

    def wordlike(self, lang: str) -> Person:
        sources = sorted(s for s in WORDLIKE if s != lang)
        for _ in range(200):
            src = self.rng.choice(sources)
            surnames, givens = WORDLIKE[src]
            given, surname = self.rng.choice(givens), self.rng.choice(surnames)
            langs = (lang,)
            if given != surname and self.vetter.name_ok(given, langs) and self.vetter.name_ok(surname, langs):
                self.vetter.take_name(given)
                self.vetter.take_name(surname)
                gender = self.rng.choice(("female", "male"))
                return Person(given, surname, gender, ["wordlike", f"wordsrc:{src}"], langs)
        raise RuntimeError(f"no word-like name for {lang}")

    def draw(self, lang: str) -> Person:
        roll = self.rng.random()
        if roll < GROUP_WEIGHTS[0][1]:
            return self.invented()
        if roll < GROUP_WEIGHTS[0][1] + GROUP_WEIGHTS[1][1]:
            return self.mimesis()
        return self.wordlike(lang)

    def nickname(self, person: Person) -> str:
        """A pet form of the given name (vetted like the name), or the given name itself."""
        if person.nick:
            return person.nick
        base = person.given.split("-")[0]
        endings = ["i", "o", "ie", "sy", "ek", "ku", "ito"]
        self.rng.shuffle(endings)
        person.nick = base
        for ending in endings:
            stem = base[: self.rng.choice((3, 4))]
            candidate = stem + ending
            if candidate.casefold() != base.casefold() and self.vetter.name_ok(candidate, person.langs):
                person.nick = self.vetter.take_name(candidate)
                break
        return person.nick


# --- places -------------------------------------------------------------------------------------------

PLACE_SYLLABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Ash",
            "Brack",
            "Cor",
            "Dun",
            "Fen",
            "Gar",
            "Hol",
            "Kel",
            "Lan",
            "Mar",
            "Ock",
            "Pel",
            "Rud",
            "Thrum",
            "Wen",
            "Yar",
        ),
        ("der", "ling", "bar", "wen", "mer", "tis"),
    ),
    "de": (
        (
            "Alt",
            "Bre",
            "Dorn",
            "Eck",
            "Fal",
            "Gru",
            "Hel",
            "Kar",
            "Lin",
            "Mor",
            "Rin",
            "Tann",
            "Wal",
            "Zell",
            "Quen",
            "Ur",
        ),
        ("ge", "ter", "en", "ling", "lo", "mer"),
    ),
    "fr": (
        (
            "Aub",
            "Bel",
            "Char",
            "Dam",
            "Eur",
            "Fon",
            "Gra",
            "Lau",
            "Mon",
            "Ner",
            "Ori",
            "Pel",
            "Rou",
            "Sav",
            "Ter",
            "Vau",
        ),
        ("ign", "ol", "er", "ass", "emb", "ouv"),
    ),
    "es": (
        (
            "Alb",
            "Bur",
            "Cal",
            "Dur",
            "Esc",
            "Fuen",
            "Gal",
            "Hor",
            "Lor",
            "Mir",
            "Nav",
            "Or",
            "Pal",
            "Ros",
            "Tor",
            "Val",
        ),
        ("eg", "and", "ir", "ol", "ast", "ur"),
    ),
    "it": (
        (
            "Albe",
            "Bor",
            "Cam",
            "Dol",
            "Fos",
            "Gar",
            "Lur",
            "Mon",
            "Nev",
            "Ores",
            "Pan",
            "Roc",
            "Sal",
            "Tor",
            "Ver",
            "Zan",
        ),
        ("ig", "ond", "err", "ul", "ast", "enz"),
    ),
    "nl": (
        (
            "Aal",
            "Bro",
            "Dor",
            "Eem",
            "Gel",
            "Hoo",
            "Kra",
            "Lin",
            "Mol",
            "Oos",
            "Ree",
            "Sla",
            "Ter",
            "Wol",
            "Zan",
            "Ven",
        ),
        ("der", "sel", "ken", "wer", "ning", "le"),
    ),
    "pl": (
        (
            "Bor",
            "Chod",
            "Dąb",
            "Gród",
            "Jab",
            "Kal",
            "Lip",
            "Mił",
            "Now",
            "Oz",
            "Prze",
            "Rad",
            "Sław",
            "Trz",
            "Wol",
            "Zab",
        ),
        ("ek", "ysz", "ań", "ol", "iec", "ur"),
    ),
    "pt": (
        (
            "Alv",
            "Bar",
            "Cab",
            "Fer",
            "Gou",
            "Lou",
            "Mat",
            "Mon",
            "Pen",
            "Que",
            "Ric",
            "Sam",
            "Tor",
            "Val",
            "Vil",
            "Ur",
        ),
        ("ar", "ond", "el", "ust", "inh", "orr"),
    ),
}
CITY_ENDINGS = {
    "en": ("combe", "stow", "wick", "thorpe", "ley"),
    "de": ("rode", "brück", "stedt", "au", "heide"),
    "fr": ("ac", "ières", "argues", "elle", "ay"),
    "es": ("illas", "ón", "edo", "ueña", "ar"),
    "it": ("ano", "ello", "ate", "ino", "ago"),
    "nl": ("horst", "zijl", "kerke", "dorp", "mond"),
    "pl": ("ice", "no", "owice", "ewo", "ki"),
    "pt": ("eira", "al", "elas", "ouço", "ada"),
}
STREET_FORMS = {
    "en": ("{n} {X} Row", "Unit {m}, {X} Wharf", "{n} {X} Crescent", "{n} {X}field Close"),
    "de": ("{X}ring {n}", "{X}-Allee {n}", "Am {X}hang {n}", "{X}pfad {n}a"),
    "fr": ("{n} impasse {X}", "{n}, allée {X}", "{n} bis quai {X}", "{n} sentier du {X}"),
    "es": ("Plaza de {X}, {n}", "Camino {X} {n}, {m}º", "Ronda de {X} {n}", "Travesía {X}, {n}"),
    "it": ("Strada {X} {n}", "Largo {X} {n}", "Borgo {X} {n}/{m}", "Salita {X} {n}"),
    "nl": ("{X}singel {n}", "{X}laan {n}-{m}", "{X}hof {n}", "{X}dreef {n}"),
    "pl": ("al. {X} {n}", "os. {X} {n}/{m}", "pl. {X} {n}", "ul. {X}ska {n}"),
    "pt": ("Largo do {X}, {n}", "Estrada de {X}, {n}", "Beco do {X}, {n}", "Calçada da {X}, {n}, {m}º"),
}


class Places:
    def __init__(self, rng: random.Random, vetter: Vetter) -> None:
        self.rng = rng
        self.vetter = vetter

    def _root(self, lang: str, ending: str = "") -> str:
        onsets, mids = PLACE_SYLLABLES[lang]
        for _ in range(300):
            word = (
                self.rng.choice(onsets) + (self.rng.choice(mids) if self.rng.random() < 0.6 else "") + ending
            )
            word = word[:1].upper() + word[1:]
            if self.vetter.place_ok(word):
                return self.vetter.take_place(word)
        raise RuntimeError(f"no place word for {lang}")

    def city(self, lang: str) -> str:
        return self._root(lang, self.rng.choice(CITY_ENDINGS[lang]))

    def street(self, lang: str) -> str:
        form = self.rng.choice(STREET_FORMS[lang])
        root = self._root(lang)
        if form.startswith("{X}") and not form.startswith("{X}-") and lang in {"de", "nl"}:
            probe = form.split()[0].replace("{X}", root)
            if not self.vetter.place_ok(probe):
                form = STREET_FORMS[lang][1 if lang == "de" else 0]
            else:
                self.vetter.take_place(probe)
        return form.format(X=root, n=self.rng.randint(1, 180), m=self.rng.randint(1, 9))


# --- business values ----------------------------------------------------------------------------------

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
STATUSES = {
    "en": ("awaiting lift", "on the hard", "paid in full", "query raised", "closed"),
    "de": ("offen", "erledigt", "in Klärung", "storniert", "abgeschlossen"),
    "fr": ("en attente", "réglé", "à relancer", "annulé", "clôturé"),
    "es": ("pendiente", "servido", "en preparación", "anulado", "cobrado"),
    "it": ("in attesa", "consegnato", "da confermare", "annullato", "saldato"),
    "nl": ("in behandeling", "afgerond", "wacht op klant", "geannuleerd", "betaald"),
    "pl": ("przyjęte", "w realizacji", "zakończone", "anulowane", "do odbioru"),
    "pt": ("pendente", "entregue", "em curso", "cancelado", "liquidado"),
}
COMPANIES = {
    "en": (
        "Kestrelbay Marine Ltd",
        "Thornquay Signs & Print",
        "Ashgrove Scaffolding Ltd",
        "Brightwater Rope Co.",
    ),
    "de": (
        "Talwerk Sicherungstechnik GmbH",
        "Nordlicht Notrufdienste GmbH",
        "Gebr. Kletterbau KG",
        "Gipfelgriff Ausrüstung OHG",
    ),
    "fr": (
        "Sellerie du Vallon SARL",
        "Clés & Conciergerie Océane",
        "Atelier Boisvert SAS",
        "Fourrages du Bocage",
    ),
    "es": (
        "Viveros La Solana S.L.",
        "Riegos Altozano S.L.",
        "Maderas Tonewood Ibérica S.A.",
        "Cuerdas del Sur S.L.",
    ),
    "it": (
        "Gelateria Corte Alta s.n.c.",
        "Mangimi Valtellina S.r.l.",
        "Coni e Cialde Ponente S.p.A.",
        "Veterinaria Colle Verde",
    ),
    "nl": (
        "Tentenverhuur De Hoge Dijk B.V.",
        "Zwemschool Waterlelie",
        "Klimaattechniek Noordoost B.V.",
        "Duivensport Centraal",
    ),
    "pl": ("Stolbud Sp. z o.o.", "Klimatech Serwis s.c.", "Drewmar Sp. j.", "Chłodpol Instalacje"),
    "pt": (
        "Talhos Ribeirinho Lda.",
        "Marina do Sotavento S.A.",
        "Frigoríficos Serra Alta Lda.",
        "Náutica Barlavento Lda.",
    ),
}
MAIL_DOMAINS9 = {
    "en": ("gmail.com", "icloud.com", "hotmail.co.uk", "yahoo.com"),
    "de": ("gmx.net", "web.de", "mailbox.org", "freenet.de"),
    "fr": ("orange.fr", "wanadoo.fr", "free.fr", "gmail.com"),
    "es": ("gmail.com", "yahoo.es", "outlook.es", "movistar.es"),
    "it": ("libero.it", "alice.it", "gmail.com", "fastwebnet.it"),
    "nl": ("ziggo.nl", "xs4all.nl", "gmail.com", "planet.nl"),
    "pl": ("wp.pl", "onet.pl", "gazeta.pl", "gmail.com"),
    "pt": ("sapo.pt", "gmail.com", "clix.pt", "outlook.pt"),
}
HONORIFICS = {
    "en": ("Ms", "Mr"),
    "de": ("Frau", "Herr"),
    "fr": ("Mme", "M."),
    "es": ("doña", "don"),
    "it": ("signora", "signor"),
    "nl": ("mevrouw", "meneer"),
    "pl": ("pani", "pan"),
    "pt": ("senhora", "senhor"),
}


def _ean13(rng: random.Random) -> str:
    body = "".join(rng.choice(string.digits) for _ in range(12))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


class Values:
    """Business values in a language's formats."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _d(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def _upper(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def amount(self, lang: str) -> str:
        value = self.rng.randint(300, 480000) / 100
        whole, cents = f"{value:,.2f}".split(".")
        if lang == "en":
            return f"£{whole}.{cents}"
        grouped = whole.replace(",", {"fr": " ", "pl": " ", "pt": ""}.get(lang, "."))
        if lang in {"it", "nl"}:
            return f"€ {grouped},{cents}"
        return f"{grouped},{cents} {'zł' if lang == 'pl' else '€'}"

    def day(self, start: int = 2024, end: int = 2026) -> dt.date:
        first = dt.date(start, 1, 1)
        return first + dt.timedelta(days=self.rng.randrange((dt.date(end, 12, 31) - first).days))

    def date_text(self, lang: str, day: dt.date) -> str:
        if lang == "en":
            return (
                f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
                if self.rng.random() < 0.5
                else day.strftime("%d/%m/%Y")
            )
        sep = {"de": ".", "pl": ".", "nl": "-"}.get(lang, "/")
        return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"

    def date(self, lang: str) -> str:
        return self.date_text(lang, self.day())

    def birth(self, lang: str) -> str:
        return self.date_text(lang, self.day(1941, 2006))

    def timestamp(self) -> str:
        moment = dt.datetime.combine(self.day(), dt.time(self.rng.randint(6, 21), self.rng.randrange(60)))
        return (
            moment.strftime("%Y-%m-%d %H:%M")
            if self.rng.random() < 0.6
            else moment.strftime("%d.%m.%Y %H:%M")
        )

    def order_number(self) -> str:
        shapes = (
            f"{self._upper(2)}-{self._d(4)}-{self._d(2)}",
            f"{self._d(6)}/{self._d(2)}",
            f"#{self._d(5)}",
            f"{self._upper(1)}{self._d(7)}",
        )
        return self.rng.choice(shapes)

    def case_number(self) -> str:
        return self.rng.choice((f"CS{self._d(6)}", f"T-{self._d(5)}", f"{self._d(4)}-{self._upper(3)}"))

    def invoice_number(self) -> str:
        return self.rng.choice(
            (f"FV/{self._d(3)}/2025", f"INV-{self._d(5)}", f"RE{self._d(7)}", f"F{self._d(2)}.{self._d(4)}")
        )

    def tracking_number(self) -> str:
        return (
            f"{self._upper(2)}{self._d(9)}{self.rng.choice(('GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'PT'))}"
        )

    def sku(self) -> str:
        return f"{self._upper(3)}-{self._d(3)}-{self._upper(1)}"

    def version(self) -> str:
        return f"v{self.rng.randint(1, 9)}.{self.rng.randint(0, 20)}.{self.rng.randint(0, 9)}"

    def ean(self) -> str:
        return _ean13(self.rng)

    def company(self, lang: str) -> str:
        return self.rng.choice(COMPANIES[lang])

    def status(self, lang: str) -> str:
        return self.rng.choice(STATUSES[lang])


def uk_ni_number(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    return f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


def person_id(rng: random.Random, lang: str) -> tuple[str, str]:
    if lang == "en":
        return uk_ni_number(rng), "GB NINO"
    found = national_id(rng, COUNTRY[lang])
    assert found is not None
    return found


def email_for(rng: random.Random, person: Person, lang: str) -> str:
    """An address made from the person's letters in runs of at most two, so it never holds a name word
    (three letters or more) whole."""
    given, surname = fold_ascii(person.given) or "x", fold_ascii(person.surname) or "y"
    year = str(rng.randint(50, 99)) if rng.random() < 0.5 else str(rng.randint(1, 999))
    local = rng.choice(
        (
            f"{given[:2]}{year}{surname[:2]}",
            f"{given[:1]}.{surname[:2]}{year}",
            f"{surname[:2]}.{given[:2]}.{year}",
            f"{given[:2]}_{surname[:1]}{year}",
        )
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS9[lang])}"


# --- rendering templates ------------------------------------------------------------------------------

#: ``{a:form:slot}`` a person (a-d) in a form at a slot; ``{$kind}`` a business value; ``{#kind}`` a
#: personal value of person a.
PLACEHOLDER = re.compile(r"\{([a-d]):(\w+):(\w+)\}|\{\$(\w+)\}|\{#(\w+)\}")
BUSINESS = {
    "product": "product",
    "amount": "amount",
    "date": "date",
    "time": "timestamp",
    "order": "order_number",
    "case": "case_number",
    "invoice": "invoice_number",
    "tracking": "tracking_number",
    "sku": "sku",
    "version": "version",
    "ean": "ean",
    "company": "company",
    "status": "status",
}
PERSONAL = {
    "phone": "PHONE_NUMBER",
    "email": "EMAIL_ADDRESS",
    "iban": "IBAN_CODE",
    "nid": "NATIONAL_ID",
    "street": "STREET_ADDRESS",
    "postcode": "POSTCODE",
    "city": "CITY",
    "dob": "DATE_OF_BIRTH",
}
FORM_TAGS = {
    "nick": "nickname",
    "at": "mention",
    "init": "initial",
    "rev": "reversed",
    "lf": "reversed",
    "poss": "possessive",
}


def case_tag(value: str) -> str:
    letters = [c for c in value if c.isalpha()]
    if letters and all(c.islower() for c in letters):
        return "lower"
    if any(len(t) >= 3 and t.isupper() for t in name_tokens(value)):
        return "upper"
    return "title"


def polish_case(word: str, gender: str, case: str) -> str:
    """A name word in the Polish genitive, dative or instrumental (unchanged where Polish keeps foreign
    names undeclined)."""
    low = word.lower()
    for adj, forms in (("ski", ("skiego", "skiemu", "skim")), ("cki", ("ckiego", "ckiemu", "ckim"))):
        if low.endswith(adj) and gender == "male":
            return word[: -len(adj)] + forms[("gen", "dat", "inst").index(case)]
    if low.endswith("ia"):
        return word[:-1] + {"gen": "i", "dat": "i", "inst": "ą"}[case]
    if low.endswith("a"):
        stem = word[:-1]
        soft = stem[-1:].lower() in {"k", "g", "l", "j"}
        return stem + {"gen": "i" if soft else "y", "dat": "ie" if not soft else "i", "inst": "ą"}[case]
    if gender == "male" and low[-1:] not in set("aeiouyąęó") and low[-1:].isalpha():
        soft = low[-1] in {"k", "g"}
        return word + {"gen": "a", "dat": "owi", "inst": "iem" if soft else "em"}[case]
    if gender == "male" and low.endswith(("y", "i")) and len(low) > 3:
        return word + {"gen": "'ego", "dat": "'emu", "inst": "'m"}[case]
    return word


@dataclass
class Ctx:
    lang: str
    chat: bool
    products: Sequence[str]
    persons: dict[str, Person] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    contacts: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    planted: list[Planted] = field(default_factory=list)


class Renderer:
    def __init__(self, rng: random.Random, bank: NameBank, places: Places, values: Values) -> None:
        self.rng, self.bank, self.places, self.values = rng, bank, places, values

    def _possessive(self, person: Person, lang: str) -> tuple[str, str, bool]:
        full, sur = person.full, person.surname
        if lang == "en":
            return full + ("'" if full.endswith("s") else "'s"), full, True
        if lang in {"de", "nl"}:
            if sur[-1].lower() in "sxzß":
                return full + "'", full, True
            if lang == "nl" and sur[-1].lower() in "aeiouy":
                return full + "'s", full, True
            if self.bank.vetter.name_ok(sur + "s", person.langs):
                return f"{person.given} {sur}s", f"{person.given} {sur}s", True
            return full, full, False
        if lang == "pl":
            return self._polish(person, "gen")
        particle = {"fr": "de", "es": "de", "it": "di", "pt": "da" if person.gender == "female" else "do"}[
            lang
        ]
        if lang == "fr" and full[:1].lower() in "aeiouyéèh":
            return f"d'{full}", full, True
        return f"{particle} {full}", full, True

    def _polish(self, person: Person, case: str) -> tuple[str, str, bool]:
        given = "-".join(polish_case(g, person.gender, case) for g in person.given.split("-"))
        surname = polish_case(person.surname, person.gender, case)
        text = f"{given} {surname}"
        if text != person.full and all(self.bank.vetter.name_ok(w, person.langs) for w in name_tokens(text)):
            return text, text, True
        return person.full, person.full, False

    def person_form(self, person: Person, form: str, lang: str) -> tuple[str, str, list[str]]:
        """(text, planted value, extra tags) of a person in a form."""
        full, given, sur = person.full, person.given, person.surname
        tag = [FORM_TAGS[form]] if form in FORM_TAGS else []
        simple = {
            "full": full,
            "given": given,
            "sur": sur,
            "lg": given.lower(),
            "us": sur.upper(),
            "cfull": full.upper(),
            "lf": f"{sur}, {given}",
        }
        if form in simple:
            return simple[form], simple[form], tag
        if form == "hon":
            return f"{HONORIFICS[lang][person.gender == 'male']} {sur}", sur, ["honorific"]
        if form == "rev":
            value = f"{sur.upper()}, {given}"
            return value, value, tag
        if form == "init":
            value = f"{given[0]}. {sur}"
            return value, value, tag
        if form == "nick":
            nick = self.bank.nickname(person)
            return nick, nick, tag
        if form == "at":
            first = fold_ascii(given.split("-")[0])
            handle = self.rng.choice(
                (
                    fold_ascii(self.bank.nickname(person)),
                    f"{first}.{fold_ascii(sur)}",
                    f"{first}{self.rng.randint(1, 99)}",
                )
            )
            return "@" + handle, handle, tag
        if form == "poss":
            text, value, ok = self._possessive(person, lang)
            return text, value, tag if ok else []
        if form in {"gen", "dat", "inst"}:
            text, value, ok = self._polish(person, form) if lang == "pl" else (full, full, False)
            return text, value, ["inflected"] if ok else []
        raise ValueError(form)

    def business(self, kind: str, ctx: Ctx) -> str:
        v = self.values
        lang = ctx.lang
        makers: dict[str, Callable[[], str]] = {
            "product": lambda: self.rng.choice(ctx.products),
            "amount": lambda: v.amount(lang),
            "date": lambda: v.date(lang),
            "time": v.timestamp,
            "order": v.order_number,
            "case": v.case_number,
            "invoice": v.invoice_number,
            "tracking": v.tracking_number,
            "sku": v.sku,
            "version": v.version,
            "ean": v.ean,
            "company": lambda: v.company(lang),
            "status": lambda: v.status(lang),
        }
        return makers[kind]()

    def personal(self, kind: str, ctx: Ctx) -> tuple[str, list[str]]:
        if kind in ctx.contacts:
            return ctx.contacts[kind]
        lang, person = ctx.lang, self.person("a", ctx)
        country = COUNTRY[lang]
        if kind == "phone":
            text, form = phone(self.rng, country)
            found = (text, [form])
        elif kind == "iban":
            text, form = iban(self.rng, country)
            found = (text, [form])
        elif kind == "nid":
            text, form = person_id(self.rng, lang)
            found = (text, [form.replace(" ", "_")])
        elif kind == "email":
            found = (email_for(self.rng, person, lang), [])
        elif kind == "street":
            found = (self.places.street(lang), [])
        elif kind == "city":
            found = (self.places.city(lang), [])
        elif kind == "postcode":
            found = (postcode(self.rng, country), [])
        else:
            found = (self.values.birth(lang), [])
        ctx.contacts[kind] = found
        return found

    def person(self, letter: str, ctx: Ctx) -> Person:
        if letter not in ctx.persons:
            ctx.persons[letter] = self.bank.draw(ctx.lang)
        return ctx.persons[letter]

    def render(self, template: str, where: str, ctx: Ctx) -> str:
        def fill(match: re.Match[str]) -> str:
            letter, form, slot, business, personal = match.groups()
            if business:
                value = self.business(business, ctx)
                ctx.planted.append(
                    Planted(f"utility:{BUSINESS[business]}", value, where, [f"lang:{ctx.lang}"])
                )
                return value
            if personal:
                value, tags = self.personal(personal, ctx)
                ctx.planted.append(Planted(PERSONAL[personal], value, where, [f"lang:{ctx.lang}", *tags]))
                return value
            person = self.person(letter, ctx)
            text, value, extra = self.person_form(person, form, ctx.lang)
            tags = [f"lang:{ctx.lang}", *person.tags, slot, *(t for t in extra if t != slot)]
            tags += (["repeat"] if letter in ctx.seen else []) + (["canary"] if person.canary else [])
            ctx.seen.add(letter)
            ctx.planted.append(Planted("PERSON", value, where, tags))
            return text

        return PLACEHOLDER.sub(fill, template)

    def build(self, skeleton: Any, ctx: Ctx, path: str = "") -> Any:
        if isinstance(skeleton, str):
            return self.render(skeleton, path or "text", ctx)
        if isinstance(skeleton, dict):
            return {k: self.build(v, ctx, f"{path}.{k}" if path else k) for k, v in skeleton.items()}
        return [self.build(item, ctx, f"{path}[]") for item in skeleton]


def recase(obj: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, dict):
        return {k: recase(v, fn) for k, v in obj.items()}
    return [recase(v, fn) for v in obj]


def finish_tags(planted: list[Planted], fn: Callable[[str], str] | None, extra: str | None) -> None:
    """Apply a record-wide case change to the planted values and put the case tag on each person."""
    for p in planted:
        if fn is not None:
            p.value = fn(p.value)
        if p.entity == "PERSON":
            p.tags.insert(1, case_tag(p.value))
            if extra:
                p.tags.append(extra)


# --- text files: genres, products and templates (all written for this set) ---------------------------


@dataclass(frozen=True)
class TextSpec:
    name: str
    lang: str
    fmt: str
    genre: str
    products: tuple[str, ...]
    templates: tuple[Any, ...]

    @property
    def chat(self) -> bool:
        return self.name.endswith("_chat")


EN_FILES = (
    TextSpec(
        "en_boatyard_storage",
        "en",
        "txt",
        "boatyard winter storage log",
        (
            "Westerly Centaur",
            "Hallberg-Rassy 31",
            "Sadler 25",
            "Coppercoat antifouling 1L",
            "Shrink-wrap 30ft",
            "Falmouth fender XL",
            "Molly mooring buoy 18in",
        ),
        (
            "{a:full:sentence_start} dropped off the {$product} for winter storage; cradle booked until {$date}, deposit {$amount} taken.",
            "Lift-out {$order} for {a:full:beside_value}, crane slot {$time}, mobile {#phone}.",
            "{a:poss:possessive} {$product} needs new anodes — {b:full:after_dash} from {$company} will quote by {$date}.",
            "Keys for bay 12 handed to {a:hon:honorific}; the spare set stays with {b:init:initial} in the office.",
            "Antifouling on the {$product} done by {c:full:agent}, invoice {$invoice} ({$amount}) emailed to {a:full:object} at {#email}.",
            "Storage contract renewed: {a:rev:reversed}, {#street}, {#postcode} {#city}, account {#iban}.",
            "{a:full:pair} and {b:full:pair} share the trailer again this season, says {c:given:after_speech_verb}.",
            "Owner form on file for {a:full:object} (born {#dob}, NI {#nid}); status {$status}.",
            "Mast unstepped and racked (asked for by {a:sur:parenthesis}), tag {$sku}; checked by {b:lg:line_end}",
            "Shrink-wrap crew today: {a:given:list}, {b:full:list}, {c:us:list} and {d:given:list}.",
            "Bilge alarm on the {$product} at {$time}; {a:full:object} phoned, {b:nick:nickname} went down to check.",
        ),
    ),
    TextSpec(
        "en_interpreter_bookings",
        "en",
        "jsonl",
        "sign-language interpreter bookings",
        ("BSL remote session", "Deafblind guiding 2h", "Lipspeaking half day", "Notetaker Bristol full day"),
        (
            {
                "booking": {
                    "ref": "{$order}",
                    "client": {"name": "{a:full:sender_field}", "email": "{#email}", "phone": "{#phone}"},
                    "interpreter": "{b:full:sender_field}",
                    "starts": "{$time}",
                    "service": "{$product}",
                },
                "log": [
                    {
                        "by": "{c:given:agent}",
                        "text": "Confirmed with {a:hon:honorific}; {b:given:object} to arrive fifteen minutes early.",
                    }
                ],
            },
            {
                "booking": {
                    "ref": "{$case}",
                    "client": {
                        "name": "{a:rev:reversed}",
                        "address": {"street": "{#street}", "postcode": "{#postcode}", "city": "{#city}"},
                    },
                    "fee": "{$amount}",
                },
                "log": [
                    {
                        "by": "{b:init:initial}",
                        "text": "{a:given:sentence_start} asked for the same interpreter as in March ({c:full:parenthesis}).",
                    },
                    {"by": "{b:init:initial}", "text": "Invoice {$invoice} raised, status {$status}."},
                ],
            },
            {
                "request": {
                    "from": "{a:full:sender_field}",
                    "body": "Hello, could {b:full:object} cover my GP appointment on {$date}? Thanks, {a:given:signoff}",
                },
                "reply": {
                    "from": "{c:full:sender_field}",
                    "body": "Dear {a:given:greeting}, {b:sur:sentence_start} is booked that morning — {d:full:after_dash} can do it instead.",
                },
            },
            {
                "booking": {
                    "ref": "{$order}",
                    "client": {"name": "{a:full:sender_field}", "dob": "{#dob}", "ni_number": "{#nid}"},
                    "payer": {"company": "{$company}", "iban": "{#iban}"},
                },
                "log": [
                    {
                        "by": "{b:given:agent}",
                        "text": "Guide needed for the hearing; {c:full:sentence_start} and {d:full:pair} are on the rota.",
                    }
                ],
            },
            {
                "booking": {"ref": "{$case}", "interpreter": "{a:full:sender_field}"},
                "log": [
                    {
                        "by": "{b:given:agent}",
                        "text": "Cancelled by {c:full:agent} at {$time}; late fee {$amount}.",
                    },
                    {
                        "by": "{b:given:agent}",
                        "text": "{a:poss:possessive} travel claim {$invoice} approved.",
                    },
                ],
            },
        ),
    ),
    TextSpec(
        "en_bellringers_chat",
        "en",
        "txt",
        "bell-ringers' tower chat",
        ("tenor rope 24m", "Whitechapel sallies", "handbell set Emma 12"),
        (
            "{a:given:chat_speaker}: morning all — {b:nick:greeting}, can you ring the tenor on sunday? {c:at:mention} is away",
            "{a:nick:chat_speaker}: practice moved to {$time}, ask {b:full:object} for the key",
            "{a:given:chat_speaker}: welcome to the band {b:full:greeting}! {c:given:sentence_start} will show you the ropes",
            "{a:given:chat_speaker}: quarter peal tonight: {b:given:list}, {c:nick:list}, {d:given:list} and me. thanks {b:given:vocative}",
            "{a:nick:chat_speaker}: {b:at:mention} did you pay the {$amount} for the ringing course? ta, {a:given:signoff}",
            "{a:given:chat_speaker}: new {$product} ordered from {$company}, ref {$order} — cheers {b:lg:vocative}",
            "{a:given:chat_speaker}: sorry cant make it, {b:full:sentence_start} said she'd cover. night {c:nick:vocative}",
            "{a:given:chat_speaker}: {b:full:sentence_start} rang her first peal today!! well done {b:given:vocative}",
        ),
    ),
)

DE_FILES = (
    TextSpec(
        "de_kletterhalle_einweisungen",
        "de",
        "txt",
        "Kletterhalle, Einweisungen",
        (
            "Leihgurt Edelrid",
            "Kletterschuh Oxi 42",
            "Zehnerkarte Vorstieg",
            "Boulderpass Allgäu",
            "Chalkbag Lotte",
        ),
        (
            "{a:full:sentence_start} hat heute die Toprope-Einweisung bestanden, abgenommen von {b:full:agent}; {$product} ausgegeben.",
            "Einweisung {$order}: {a:hon:honorific} (geb. {#dob}) mit Sohn {b:given:object}, {$amount} bezahlt.",
            "Laut {a:full:after_speech_verb} war der Griff an Route 14 locker – {b:init:initial} hat sie um {$time} gesperrt.",
            "{a:poss:possessive} Kletterschuhe ({$product}) liegen im Fundfach, Tel. {#phone}.",
            "Vorstiegskurs am {$date}: {a:full:list}, {b:full:list}, {c:sur:list} und {d:full:list}.",
            "Mitgliedsantrag von {a:rev:reversed}, {#street}, {#postcode} {#city}; Lastschrift über {#iban}.",
            "Sturz an der Boulderwand, Erste Hilfe durch {a:full:agent} – {b:full:after_dash} wurde informiert, Protokoll {$case}.",
            "Gutschein {$sku} eingelöst von {a:full:object}; an der Kasse saß {b:us:line_end}",
            "{a:full:pair} und {b:full:pair} teilen sich ab {$date} ein Jahresabo ({$amount}).",
            "Steuer-ID für die Spendenquittung: {#nid}, ausgestellt auf {a:full:object}, Stand {$status}.",
            "KEIN VORSTIEG für {a:full:object} bis zur Nachschulung bei {b:nick:nickname}.",
        ),
    ),
    TextSpec(
        "de_hausnotruf_einsaetze",
        "de",
        "jsonl",
        "Hausnotruf, Einsätze",
        (
            "Basistarif Hausnotruf",
            "Komfort Plus mit Sturzsensor",
            "Schlüsseldepot Ostsee",
            "Rauchmelderpaket Heidi",
        ),
        (
            {
                "einsatz": {
                    "nr": "{$case}",
                    "zeit": "{$time}",
                    "kunde": {
                        "name": "{a:full:sender_field}",
                        "anschrift": "{#street}, {#postcode} {#city}",
                        "telefon": "{#phone}",
                    },
                },
                "protokoll": [
                    {
                        "von": "{b:full:sender_field}",
                        "text": "Tastendruck ohne Sprechkontakt, {c:full:sentence_start} als Schlüsselträgerin alarmiert.",
                    }
                ],
            },
            {
                "einsatz": {"nr": "{$case}", "kunde": {"name": "{a:rev:reversed}", "geburtsdatum": "{#dob}"}},
                "protokoll": [
                    {
                        "von": "{b:init:initial}",
                        "text": "{a:hon:honorific} ist gestürzt, Rettungsdienst angefordert um {$time}.",
                    },
                    {
                        "von": "{b:init:initial}",
                        "text": "Tochter {c:given:object} übernimmt, Rückruf an {#phone}.",
                    },
                ],
            },
            {
                "vertrag": {
                    "nr": "{$order}",
                    "kunde": {"name": "{a:full:sender_field}", "iban": "{#iban}", "steuer_id": "{#nid}"},
                    "tarif": "{$product}",
                    "preis": "{$amount}",
                },
                "notiz": "Vertrag vermittelt durch {b:full:agent} ({$company}).",
            },
            {
                "einsatz": {"nr": "{$case}", "kunde": {"name": "{a:full:sender_field}"}},
                "protokoll": [
                    {
                        "von": "{b:given:sender_field}",
                        "text": "Fehlalarm – {a:poss:possessive} Enkel {c:nick:nickname} hat auf den Knopf gedrückt.",
                    },
                    {"von": "{d:full:sender_field}", "text": "Stand {$status}, Gerät {$sku} getestet."},
                ],
            },
            {
                "einsatz": {
                    "nr": "{$case}",
                    "kunde": {
                        "name": "{a:full:sender_field}",
                        "kontakt": {"email": "{#email}", "telefon": "{#phone}"},
                    },
                },
                "protokoll": [
                    {
                        "von": "{b:full:sender_field}",
                        "text": "Rauchmelder ausgelöst; Nachbarin {c:full:object} hat aufgeschlossen – {d:us:after_dash} war nicht erreichbar.",
                    }
                ],
            },
        ),
    ),
    TextSpec(
        "de_modellbahn_chat",
        "de",
        "jsonl",
        "Modellbahn-Stammtisch chat",
        ("BR 01 Spur H0", "V 200 Digital", "Weichenset Lisa", "Brücke Lahntal"),
        (
            {
                "absender": "{a:given:sender_field}",
                "text": "moin {b:nick:greeting}, bringst du am freitag die {$product} mit?",
            },
            {
                "absender": "{a:nick:sender_field}",
                "text": "{b:at:mention} die weichen für die anlage kosten {$amount}, bestellt bei {$company}",
                "antwort_auf": {"absender": "{b:given:sender_field}", "text": "danke {a:given:vocative}!"},
            },
            {
                "absender": "{a:given:sender_field}",
                "text": "herzlich willkommen {b:full:greeting} im stammtisch",
            },
            {
                "absender": "{a:given:sender_field}",
                "text": "laut {b:full:after_speech_verb} ist die ausstellung am {$date} verschoben. gruß {a:nick:signoff}",
            },
            {
                "absender": "{a:nick:sender_field}",
                "text": "wer kommt? {b:given:list}, {c:given:list}, {d:nick:list} … sonst noch wer",
            },
            {
                "absender": "{a:given:sender_field}",
                "text": "{b:poss:possessive} gleisplan ist online, version {$version}",
                "antwort_auf": {"absender": "{c:given:sender_field}", "text": "super, danke {b:lg:vocative}"},
            },
            {
                "absender": "{a:given:sender_field}",
                "text": "kassenbericht von {b:full:object}: {$amount} in der kasse",
            },
        ),
    ),
)

FR_FILES = (
    TextSpec(
        "fr_centre_equestre",
        "fr",
        "txt",
        "centre équestre, leçons",
        ("forfait 10 leçons", "demi-pension Cannelle", "selle Bayonne 17 pouces", "stage Galop 3"),
        (
            "{a:full:sentence_start} a repris les cours du mercredi avec {b:hon:honorific}, {$product} réglé ({$amount}).",
            "Selon {a:full:after_speech_verb}, le poney Caramel boite depuis le {$date} ; vétérinaire prévenu par {b:init:initial}.",
            "Cours particulier {$order} : cavalière {a:full:beside_value}, tél. {#phone}, facture {$invoice}.",
            "La selle {a:poss:possessive} ({$product}) est à réparer chez {$company}.",
            "Inscrits au stage de Pâques : {a:full:list}, {b:full:list}, {c:sur:list} et {d:given:list}.",
            "Chute sans gravité de {a:full:object} à {$time} — {b:full:after_dash} a rempli la déclaration {$case}.",
            "Pension du cheval de {a:rev:reversed} : {#street}, {#postcode} {#city}, prélèvement sur {#iban}.",
            "{a:full:pair} et {b:full:pair} partagent la demi-pension à partir du {$date}, statut {$status}.",
            "Licence vérifiée pour {a:full:object} (né·e le {#dob}, NIR {#nid}) ; visa de {b:lg:line_end}",
            "ATTENTION : {a:us:sentence_start} doit encore {$amount} pour mars, relance par {b:nick:nickname}.",
        ),
    ),
    TextSpec(
        "fr_conciergerie_locations",
        "fr",
        "jsonl",
        "conciergerie de locations saisonnières",
        ("draps lin Camille", "kit accueil Biarritz", "forfait ménage T2", "chaudière gaz Lorraine"),
        (
            {
                "logement": {"ref": "{$order}", "adresse": "{#street}, {#postcode} {#city}"},
                "voyageur": {"nom": "{a:full:sender_field}", "tel": "{#phone}"},
                "echanges": [
                    {
                        "de": "{b:given:sender_field}",
                        "texte": "Bonjour {a:given:greeting}, les clés sont dans la boîte, code {$sku}.",
                    },
                    {"de": "{a:full:sender_field}", "texte": "Merci ! Arrivée vers {$time}."},
                ],
            },
            {
                "logement": {"ref": "{$order}"},
                "proprietaire": {"nom": "{a:rev:reversed}", "iban": "{#iban}"},
                "echanges": [
                    {"de": "{b:init:initial}", "texte": "Ménage fait par {c:full:agent}, {$product} changé."}
                ],
            },
            {
                "reservation": {
                    "ref": "{$case}",
                    "voyageur": {"nom": "{a:full:sender_field}", "email": "{#email}"},
                    "montant": "{$amount}",
                },
                "echanges": [
                    {
                        "de": "{b:full:sender_field}",
                        "texte": "{a:hon:honorific} signale une fuite ; {c:full:sentence_start} passe demain matin.",
                    }
                ],
            },
            {
                "reservation": {"ref": "{$case}", "voyageur": {"nom": "{a:full:sender_field}"}},
                "echanges": [
                    {
                        "de": "{b:given:sender_field}",
                        "texte": "La caution {a:poss:possessive} ({$amount}) est restituée, statut {$status}.",
                    },
                    {"de": "{b:given:sender_field}", "texte": "Bien à vous, {b:full:signoff}"},
                ],
            },
            {
                "proprietaire": {
                    "nom": "{a:full:sender_field}",
                    "contact": {"email": "{#email}", "tel": "{#phone}", "nir": "{#nid}"},
                },
                "echanges": [
                    {
                        "de": "{a:given:sender_field}",
                        "texte": "D'après {b:full:after_speech_verb}, la {$product} a été révisée le {$date}.",
                    }
                ],
            },
        ),
    ),
    TextSpec(
        "fr_plongee_chat",
        "fr",
        "txt",
        "club de plongée chat",
        ("combi 7mm", "bouteille 12L Lucie", "détendeur Marseille"),
        (
            "{a:given:chat_speaker}: salut {b:nick:greeting}, tu as encore ta {$product} à prêter ?",
            "{a:nick:chat_speaker}: sortie bateau samedi {$time}, inscrits : {b:given:list}, {c:given:list}, {d:nick:list}",
            "{a:given:chat_speaker}: {b:at:mention} le gonflage est à {$amount}, tu paies à {c:full:object}",
            "{a:given:chat_speaker}: bienvenue à {b:full:greeting} au club ! {c:given:sentence_start} sera son binôme",
            "{a:nick:chat_speaker}: d'après {b:full:after_speech_verb} la visibilité était top, bises {a:given:signoff}",
            "{a:given:chat_speaker}: qui a vu le détendeur de {b:given:object} ? merci {c:lg:vocative}",
            "{a:given:chat_speaker}: niveau 2 validé pour {b:full:object} et {c:full:pair} !! bravo {b:nick:vocative}",
        ),
    ),
)

ES_FILES = (
    TextSpec(
        "es_vivero_pedidos",
        "es",
        "txt",
        "vivero, pedidos",
        (
            "olivo centenario",
            "rosal Gloria Dei",
            "limonero Valencia 40L",
            "sustrato universal 50L",
            "geranio Carmen",
        ),
        (
            "{a:full:sentence_start} encarga un {$product} para el {$date}; paga una señal de {$amount}.",
            "Pedido {$order} a nombre de {a:hon:honorific}, entrega en {#street}, {#postcode} {#city}.",
            "Según {a:full:after_speech_verb}, el {$product} llegó con pulgón — {b:full:after_dash} revisa el lote {$sku}.",
            "Riego instalado por {a:full:agent} en el jardín {b:poss:possessive}; factura {$invoice}.",
            "Llamar a {a:full:object} al {#phone} antes del {$time} para confirmar.",
            "Clientes con bono de temporada: {a:full:list}, {b:sur:list}, {c:full:list} y {d:given:list}.",
            "Devolución de {$amount} a {a:rev:reversed}, cuenta {#iban}, estado {$status}.",
            "Presupuesto de poda para {a:full:pair} y {b:full:pair} ({$company}), visita el {$date}.",
            "Ficha de cliente: {a:full:object}, DNI {#nid}, nacimiento {#dob}; atendió {b:init:initial}.",
            "OJO: {a:us:sentence_start} quiere cambiar los geranios por un {$product}, avisar a {b:nick:nickname}.",
        ),
    ),
    TextSpec(
        "es_lutheria_reparaciones",
        "es",
        "jsonl",
        "taller de luthería, reparaciones",
        ("guitarra flamenca 1A", "violín copia Guarneri", "cuerdas Alicante tensión alta", "laúd Granada"),
        (
            {
                "reparacion": {
                    "n": "{$order}",
                    "instrumento": "{$product}",
                    "cliente": {
                        "nombre": "{a:full:sender_field}",
                        "telefono": "{#phone}",
                        "correo": "{#email}",
                    },
                },
                "seguimiento": [
                    {
                        "por": "{b:given:sender_field}",
                        "nota": "Trastes nivelados; {a:given:sentence_start} pasa a recogerla el {$date}.",
                    }
                ],
            },
            {
                "reparacion": {
                    "n": "{$order}",
                    "cliente": {"nombre": "{a:rev:reversed}"},
                    "presupuesto": "{$amount}",
                },
                "seguimiento": [
                    {"por": "{b:init:initial}", "nota": "Puente despegado, lo encola {c:full:agent}."},
                    {"por": "{b:init:initial}", "nota": "Estado {$status}."},
                ],
            },
            {
                "encargo": {
                    "n": "{$case}",
                    "cliente": {
                        "nombre": "{a:full:sender_field}",
                        "dni": "{#nid}",
                        "direccion": {"calle": "{#street}", "cp": "{#postcode}", "ciudad": "{#city}"},
                    },
                },
                "nota": "Guitarra a medida para {a:hon:honorific}, con el diseño {b:poss:possessive}.",
            },
            {
                "reparacion": {"n": "{$order}", "cliente": {"nombre": "{a:full:sender_field}"}},
                "seguimiento": [
                    {
                        "por": "{b:full:sender_field}",
                        "nota": "{$product} listo; {c:full:sentence_start} y {d:full:pair} lo prueban el sábado.",
                    }
                ],
            },
            {
                "pago": {
                    "factura": "{$invoice}",
                    "importe": "{$amount}",
                    "titular": "{a:full:sender_field}",
                    "iban": "{#iban}",
                },
                "nota": "Confirmado por {b:full:agent} a las {$time}.",
            },
        ),
    ),
    TextSpec(
        "es_cofradia_chat",
        "es",
        "jsonl",
        "cofradía chat",
        ("túnica morada talla M", "cirio Rocío 90cm", "capirote Triana"),
        (
            {
                "de": "{a:given:sender_field}",
                "mensaje": "buenas {b:nick:greeting}, ¿llevas tú la {$product} al ensayo?",
            },
            {
                "de": "{a:nick:sender_field}",
                "mensaje": "{b:at:mention} la cuota son {$amount}, se paga a {c:full:object}",
            },
            {
                "de": "{a:given:sender_field}",
                "mensaje": "bienvenido {b:full:greeting} a la hermandad",
                "respuesta": {"de": "{b:given:sender_field}", "mensaje": "gracias {a:given:vocative}!"},
            },
            {
                "de": "{a:given:sender_field}",
                "mensaje": "según {b:full:after_speech_verb} el paso sale a las {$time}. un abrazo, {a:nick:signoff}",
            },
            {
                "de": "{a:nick:sender_field}",
                "mensaje": "costaleros del jueves: {b:given:list}, {c:nick:list}, {d:given:list}",
            },
            {
                "de": "{a:given:sender_field}",
                "mensaje": "las flores del paso las pone {b:full:agent} este año, pedido {$order} a {$company}",
            },
        ),
    ),
)

IT_FILES = (
    TextSpec(
        "it_canile_adozioni",
        "it",
        "txt",
        "canile, adozioni",
        ("guinzaglio Bologna 2m", "cuccia Olivia taglia L", "crocchette Gigi 12kg"),
        (
            "{a:full:sentence_start} ha adottato Birba (microchip {$ean}) il {$date}; contributo {$amount}.",
            "Secondo {a:full:after_speech_verb}, il cane del box 7 non va d'accordo con i gatti — {b:full:after_dash} farà una prova.",
            "Preaffido {$case}: {a:hon:honorific}, {#street}, {#postcode} {#city}, tel. {#phone}.",
            "Il {$product} {a:poss:possessive} è rimasto in segreteria.",
            "Visita pre-adozione fatta da {a:full:agent} e {b:init:initial}, esito {$status}.",
            "Volontari del turno serale: {a:full:list}, {b:given:list}, {c:sur:list} e {d:full:list}.",
            "Donazione di {$amount} da {a:rev:reversed}, IBAN {#iban}, ricevuta {$invoice}.",
            "{a:full:pair} e {b:full:pair} vogliono adottare insieme Pepe; colloquio il {$date}.",
            "Modulo firmato da {a:full:agent} (nascita {#dob}, CF {#nid}); copia a {b:lg:object}.",
            "URGENTE: {a:us:sentence_start} non risponde da giorni, riprovare alle {$time} — {b:nick:nickname} ha il numero di casa.",
        ),
    ),
    TextSpec(
        "it_gelateria_torte",
        "it",
        "jsonl",
        "gelateria, torte su ordinazione",
        (
            "semifreddo Giulia",
            "vaschetta Sorrento 1kg",
            "cassata Palermo",
            "torta gelato Matilde 12 porzioni",
        ),
        (
            {
                "ordine": {
                    "numero": "{$order}",
                    "torta": "{$product}",
                    "ritiro": "{$time}",
                    "cliente": {"nome": "{a:full:sender_field}", "telefono": "{#phone}"},
                },
                "note": [{"da": "{b:given:sender_field}", "testo": "Scritta: Auguri {c:given:greeting}!"}],
            },
            {
                "ordine": {
                    "numero": "{$order}",
                    "cliente": {"nome": "{a:rev:reversed}", "email": "{#email}"},
                    "acconto": "{$amount}",
                },
                "note": [
                    {
                        "da": "{b:init:initial}",
                        "testo": "Senza glutine per {c:full:object}, confermato da {a:hon:honorific}.",
                    }
                ],
            },
            {
                "ordine": {
                    "numero": "{$order}",
                    "cliente": {
                        "nome": "{a:full:sender_field}",
                        "indirizzo": {"via": "{#street}", "cap": "{#postcode}", "citta": "{#city}"},
                    },
                },
                "consegna": {"autista": "{b:full:sender_field}", "stato": "{$status}"},
            },
            {
                "ordine": {"numero": "{$order}", "cliente": {"nome": "{a:full:sender_field}"}},
                "note": [
                    {
                        "da": "{b:full:sender_field}",
                        "testo": "La festa {a:poss:possessive} è il {$date}: due {$product}.",
                    },
                    {
                        "da": "{c:given:sender_field}",
                        "testo": "Fatto — {d:full:after_dash} porta le candeline.",
                    },
                ],
            },
            {
                "fattura": {
                    "numero": "{$invoice}",
                    "intestatario": "{a:full:sender_field}",
                    "codice_fiscale": "{#nid}",
                    "importo": "{$amount}",
                },
                "nota": "Fornitura coni da {$company}, referente {b:full:object}.",
            },
        ),
    ),
    TextSpec(
        "it_protezione_civile_chat",
        "it",
        "txt",
        "protezione civile, volontari chat",
        ("furgone Ducato 4x4", "motopompa Grosseto", "tenda pneumatica"),
        (
            "{a:given:chat_speaker}: ciao {b:nick:greeting}, domani alle {$time} ritrovo in sede",
            "{a:nick:chat_speaker}: squadra idrogeologico: {b:given:list}, {c:given:list}, {d:nick:list}",
            "{a:given:chat_speaker}: {b:at:mention} hai tu le chiavi del {$product}?",
            "{a:given:chat_speaker}: benvenuta {b:full:greeting} nel gruppo! {c:given:sentence_start} ti manda il modulo",
            "{a:nick:chat_speaker}: secondo {b:full:after_speech_verb} la strada resta chiusa fino al {$date}. ciao {a:given:signoff}",
            "{a:given:chat_speaker}: rimborso benzina {$amount} approvato per {b:full:object}, grazie {c:lg:vocative}",
            "{a:given:chat_speaker}: esercitazione con {b:full:object} e {c:full:pair} il {$date}",
        ),
    ),
)

NL_FILES = (
    TextSpec(
        "nl_zwembad_zwemlessen",
        "nl",
        "txt",
        "zwembad, zwemlessen",
        ("snorkelset Lotte", "zwemband Texel", "10-badenkaart", "zwembril Anna junior"),
        (
            "{a:full:sentence_start} heeft vandaag diploma A gehaald; afgetekend door {b:full:agent}.",
            "Volgens {a:full:after_speech_verb} is {b:poss:possessive} zoontje bang voor het diepe, extra les {$order}.",
            "Inschrijving {$case}: {a:rev:reversed}, {#street}, {#postcode} {#city}, tel. {#phone}.",
            "Les verplaatst naar {$time} op verzoek van {a:hon:honorific} – {b:init:initial} belt de andere ouders.",
            "Groep 3 (dinsdag): {a:full:list}, {b:sur:list}, {c:full:list} en {d:given:list}.",
            "Incasso {$amount} voor {a:full:object} mislukt, IBAN {#iban}; status {$status}.",
            "{a:full:pair} en {b:full:pair} doen samen mee aan de snorkelcursus ({$product}).",
            "Medische verklaring van {a:full:object}, geboren {#dob}, BSN {#nid}; gecontroleerd door {b:lg:agent}.",
            "{$product} gevonden in kleedkamer 4, volgens {a:nick:after_speech_verb} van {b:full:object}.",
            "LET OP: {a:us:sentence_start} mag niet zonder begeleiding het water in, afspraak {$date}.",
        ),
    ),
    TextSpec(
        "nl_feesttentverhuur",
        "nl",
        "jsonl",
        "feesttentverhuur",
        ("partytent 6x12 Zeeland", "stretchtent Sanne", "statafel Veluwe", "heater Friesland 14kW"),
        (
            {
                "huur": {
                    "nummer": "{$order}",
                    "tent": "{$product}",
                    "klant": {"naam": "{a:full:sender_field}", "telefoon": "{#phone}", "email": "{#email}"},
                    "opbouw": "{$date}",
                },
                "opmerkingen": [
                    {
                        "door": "{b:given:sender_field}",
                        "tekst": "Grasveld achter het huis, sleutel bij {c:full:object}.",
                    }
                ],
            },
            {
                "huur": {
                    "nummer": "{$order}",
                    "klant": {
                        "naam": "{a:rev:reversed}",
                        "adres": {"straat": "{#street}", "postcode": "{#postcode}", "plaats": "{#city}"},
                    },
                },
                "opmerkingen": [
                    {
                        "door": "{b:init:initial}",
                        "tekst": "{a:hon:honorific} wil ook statafels en verwarming ({$amount}).",
                    }
                ],
            },
            {
                "huur": {
                    "nummer": "{$order}",
                    "klant": {"naam": "{a:full:sender_field}"},
                    "borg": "{$amount}",
                    "iban": "{#iban}",
                },
                "opmerkingen": [
                    {
                        "door": "{b:full:sender_field}",
                        "tekst": "Opbouwploeg: {c:given:list}, {d:full:list} en ik.",
                    }
                ],
            },
            {
                "schade": {"melding": "{$case}", "klant": {"naam": "{a:full:sender_field}"}},
                "opmerkingen": [
                    {
                        "door": "{b:given:sender_field}",
                        "tekst": "Scheur in zijwand; {a:poss:possessive} verzekeraar ({$company}) is ingelicht.",
                    },
                    {"door": "{b:given:sender_field}", "tekst": "Status {$status}."},
                ],
            },
            {
                "huur": {"nummer": "{$order}", "contact": {"naam": "{a:full:sender_field}", "bsn": "{#nid}"}},
                "opmerkingen": [
                    {
                        "door": "{b:full:sender_field}",
                        "tekst": "Bruiloft van {c:full:pair} en {d:full:pair}, afbouw {$time}.",
                    }
                ],
            },
        ),
    ),
    TextSpec(
        "nl_duivenvereniging_chat",
        "nl",
        "jsonl",
        "duivenvereniging chat",
        ("ringen 2026", "duivenmand Gouda", "constateerklok"),
        (
            {
                "van": "{a:given:sender_field}",
                "bericht": "goedemorgen {b:nick:greeting}, de duiven zijn om {$time} gelost",
            },
            {"van": "{a:nick:sender_field}", "bericht": "{b:at:mention} jouw inleg van {$amount} is binnen"},
            {
                "van": "{a:given:sender_field}",
                "bericht": "welkom {b:full:greeting} bij de club!",
                "reactie": {"van": "{b:given:sender_field}", "bericht": "dank je {a:given:vocative}"},
            },
            {
                "van": "{a:given:sender_field}",
                "bericht": "volgens {b:full:after_speech_verb} is de vlucht van {$date} afgelast. groet, {a:nick:signoff}",
            },
            {
                "van": "{a:nick:sender_field}",
                "bericht": "klokken worden gezet bij {b:given:list}, {c:given:list} en {d:nick:list}",
            },
            {
                "van": "{a:given:sender_field}",
                "bericht": "eerste prijs voor {b:full:object}!! proficiat {b:lg:vocative}",
            },
            {
                "van": "{a:given:sender_field}",
                "bericht": "{$product} besteld bij {$company}, bestelling {$order}",
            },
        ),
    ),
)

PL_FILES = (
    TextSpec(
        "pl_stolarnia_zlecenia",
        "pl",
        "txt",
        "stolarnia, zlecenia",
        ("szafa Bałtyk 240", "blat dębowy Zosia", "schody Mazury", "komoda Kraków 4S"),
        (
            "{a:full:sentence_start} zamawia {$product}, zaliczka {$amount}.",
            "Według {a:gen:after_speech_verb} blat ma być gotowy do {$date} — {b:full:after_dash} potwierdza wymiary.",
            "Zlecenie {$order} dla {a:gen:inflected}, montaż: {#street}, {#postcode} {#city}.",
            "Przekazać klucze {a:dat:inflected}; faktura {$invoice} na firmę {$company}.",
            "Rozmowa z {a:inst:inflected} o kolorze frontów, tel. {#phone}.",
            "Ekipa na poniedziałek: {a:full:list}, {b:sur:list}, {c:full:list} i {d:given:list}.",
            "Reklamacja {$case}: {a:rev:reversed}, zwrot {$amount} na konto {#iban}.",
            "Projekt kuchni {a:poss:possessive} (wersja {$version}) zaakceptowany przez {b:hon:honorific}.",
            "Umowę podpisał(a) {a:full:agent}, PESEL {#nid}, ur. {#dob}; sprawdził {b:init:initial}.",
            "PILNE: {a:us:sentence_start} prosi o telefon przed {$time}, dzwonił też {b:nick:nickname}.",
            "{a:full:pair} i {b:full:pair} odbiorą {$product} razem, status {$status}.",
            "Pomiar u {b:gen:inflected} przełożony, bo {a:full:sentence_start} jest w delegacji.",
        ),
    ),
    TextSpec(
        "pl_serwis_klimatyzacji",
        "pl",
        "jsonl",
        "serwis klimatyzacji, zgłoszenia",
        ("split 3,5 kW", "klimatyzator Ania 2.6", "pompa ciepła Tatry 8"),
        (
            {
                "zgloszenie": {
                    "nr": "{$case}",
                    "urzadzenie": "{$product}",
                    "klient": {"nazwa": "{a:full:sender_field}", "telefon": "{#phone}", "email": "{#email}"},
                },
                "historia": [
                    {
                        "kto": "{b:given:sender_field}",
                        "opis": "Wymiana filtra u {a:gen:inflected}, termin {$date}.",
                    }
                ],
            },
            {
                "zgloszenie": {
                    "nr": "{$case}",
                    "klient": {
                        "nazwa": "{a:rev:reversed}",
                        "adres": {"ulica": "{#street}", "kod": "{#postcode}", "miasto": "{#city}"},
                    },
                },
                "historia": [
                    {
                        "kto": "{b:init:initial}",
                        "opis": "Serwisant {c:full:agent} stwierdził wyciek czynnika.",
                    },
                    {"kto": "{b:init:initial}", "opis": "Status: {$status}."},
                ],
            },
            {
                "zgloszenie": {
                    "nr": "{$order}",
                    "klient": {"nazwa": "{a:full:sender_field}", "pesel": "{#nid}"},
                    "kwota": "{$amount}",
                },
                "historia": [
                    {
                        "kto": "{b:full:sender_field}",
                        "opis": "Podziękowania dla {c:gen:inflected} za szybki montaż.",
                    }
                ],
            },
            {
                "zgloszenie": {"nr": "{$case}", "klient": {"nazwa": "{a:full:sender_field}"}},
                "historia": [
                    {
                        "kto": "{b:given:sender_field}",
                        "opis": "Spotkanie z {a:inst:inflected} o {$time}; przyjdzie też {c:full:object}.",
                    },
                    {"kto": "{d:full:sender_field}", "opis": "Faktura {$invoice}, konto {#iban}."},
                ],
            },
            {
                "umowa": {
                    "nr": "{$order}",
                    "klient": {"nazwa": "{a:full:sender_field}"},
                    "firma": "{$company}",
                },
                "historia": [
                    {
                        "kto": "{b:given:sender_field}",
                        "opis": "Przegląd roczny przypisany {c:dat:inflected}; {a:hon:honorific} prosi o SMS.",
                    }
                ],
            },
        ),
    ),
    TextSpec(
        "pl_osp_chat",
        "pl",
        "txt",
        "ochotnicza straż pożarna chat",
        ("GBA 2,5/16", "pompa pływająca", "wóz Stare Miasto 2"),
        (
            "{a:given:chat_speaker}: cześć {b:nick:greeting}, zbiórka w remizie o {$time}",
            "{a:nick:chat_speaker}: na ćwiczenia jadą {b:given:list}, {c:given:list} i {d:nick:list}",
            "{a:given:chat_speaker}: {b:at:mention} masz klucze do {$product}?",
            "{a:given:chat_speaker}: witamy {b:full:greeting} w jednostce! szkolenie prowadzi {c:given:agent}",
            "{a:nick:chat_speaker}: według {b:gen:after_speech_verb} pompa znowu cieknie. pozdro {a:given:signoff}",
            "{a:given:chat_speaker}: składka {$amount} do {$date}, zbiera {b:full:agent}. dzięki {c:lg:vocative}",
            "{a:given:chat_speaker}: gratulacje dla {b:gen:inflected} za zdany kurs!",
            "{a:given:chat_speaker}: dyżur w sobotę: {b:full:object} i {c:full:pair}",
        ),
    ),
)

PT_FILES = (
    TextSpec(
        "pt_marina_amarracoes",
        "pt",
        "txt",
        "marina, amarrações",
        ("lugar P-14 Cascais", "boia Maria 40", "semirrígido Algarve 5m", "pontão B lugar 22"),
        (
            "{a:full:sentence_start} renovou o {$product} até {$date}; pagou {$amount}.",
            "Segundo {a:full:after_speech_verb}, o cabo de proa do veleiro {b:poss:possessive} está gasto — {c:full:after_dash} vai ver amanhã.",
            "Contrato {$order}: {a:rev:reversed}, {#street}, {#postcode} {#city}, telemóvel {#phone}.",
            "Chave do pontão B entregue — {a:hon:honorific} assinou; cópia com {b:init:initial}.",
            "Combustível: {$amount} debitado a {a:full:object}, IBAN {#iban}, fatura {$invoice}.",
            "Tripulação da regata de domingo: {a:full:list}, {b:sur:list}, {c:full:list} e {d:given:list}.",
            "{a:full:pair} e {b:full:pair} partilham o {$product}, estado {$status}.",
            "Ficha de sócio de {a:full:object} (nasc. {#dob}, NIF {#nid}); verificada por {b:lg:agent}.",
            "Reboque às {$time} pedido por {a:full:agent} — {b:nick:nickname} já foi com o bote.",
            "AVISO: {a:us:sentence_start} deixou a lancha sem defensas, coima {$amount}.",
        ),
    ),
    TextSpec(
        "pt_talho_encomendas",
        "pt",
        "jsonl",
        "talho, encomendas",
        ("leitão Bairrada", "cabrito Beira", "entrecosto Minho", "chouriço Amélia"),
        (
            {
                "encomenda": {
                    "n": "{$order}",
                    "artigos": "{$product}",
                    "levantamento": "{$time}",
                    "cliente": {"nome": "{a:full:sender_field}", "telemovel": "{#phone}"},
                },
                "notas": [
                    {
                        "por": "{b:given:sender_field}",
                        "texto": "Cortar em bifes finos, como pediu {a:hon:honorific}.",
                    }
                ],
            },
            {
                "encomenda": {
                    "n": "{$order}",
                    "cliente": {
                        "nome": "{a:rev:reversed}",
                        "morada": {
                            "rua": "{#street}",
                            "codigo_postal": "{#postcode}",
                            "localidade": "{#city}",
                        },
                    },
                    "total": "{$amount}",
                },
                "notas": [{"por": "{b:init:initial}", "texto": "Entrega feita por {c:full:agent}."}],
            },
            {
                "encomenda": {
                    "n": "{$order}",
                    "cliente": {"nome": "{a:full:sender_field}", "nif": "{#nid}", "email": "{#email}"},
                },
                "notas": [
                    {
                        "por": "{b:full:sender_field}",
                        "texto": "{$product} para o batizado {a:poss:possessive}, dia {$date}.",
                    }
                ],
            },
            {
                "fatura": {
                    "n": "{$invoice}",
                    "cliente": {"nome": "{a:full:sender_field}"},
                    "iban": "{#iban}",
                    "estado": "{$status}",
                },
                "notas": [
                    {
                        "por": "{b:given:sender_field}",
                        "texto": "{c:full:sentence_start} e {d:full:pair} dividem a conta.",
                    }
                ],
            },
            {
                "encomenda": {"n": "{$order}", "cliente": {"nome": "{a:full:sender_field}"}},
                "notas": [
                    {
                        "por": "{b:full:sender_field}",
                        "texto": "Segundo {c:full:after_speech_verb}, o {$product} vem da {$company}.",
                    }
                ],
            },
        ),
    ),
    TextSpec(
        "pt_limpeza_praias_chat",
        "pt",
        "jsonl",
        "voluntários de limpeza de praias chat",
        ("luvas Tejo", "sacos Sesimbra 100L", "pinças Inês"),
        (
            {
                "remetente": "{a:given:sender_field}",
                "texto": "bom dia {b:nick:greeting}, encontro na praia às {$time}",
            },
            {"remetente": "{a:nick:sender_field}", "texto": "{b:at:mention} trazes as {$product}?"},
            {
                "remetente": "{a:given:sender_field}",
                "texto": "bem-vinda {b:full:greeting} ao grupo!",
                "resposta": {"remetente": "{b:given:sender_field}", "texto": "obrigada {a:given:vocative}"},
            },
            {
                "remetente": "{a:given:sender_field}",
                "texto": "segundo {b:full:after_speech_verb} recolhemos {$amount} em donativos. beijinhos, {a:nick:signoff}",
            },
            {
                "remetente": "{a:nick:sender_field}",
                "texto": "equipa do areal norte: {b:given:list}, {c:nick:list}, {d:given:list}",
            },
            {
                "remetente": "{a:given:sender_field}",
                "texto": "os sacos foram oferecidos pela {$company}, falem com {b:full:object}",
            },
            {
                "remetente": "{a:given:sender_field}",
                "texto": "próxima limpeza {$date} com {b:full:object} e {c:full:pair}. valeu {d:lg:vocative}",
            },
        ),
    ),
)

TEXT_FILES: tuple[TextSpec, ...] = (
    EN_FILES + DE_FILES + FR_FILES + ES_FILES + IT_FILES + NL_FILES + PL_FILES + PT_FILES
)


# --- tables -------------------------------------------------------------------------------------------

#: Short notes about people, per row language (a: the row's main person, b: its second person).
NOTES = {
    "en": (
        "{a:given:sentence_start} asked for a quieter berth; {b:full:agent} to arrange.",
        "Spare keys held by {b:init:initial}, not by {a:hon:honorific}.",
        "Paid late twice — {a:full:after_dash} promised a standing order.",
        "{a:poss:possessive} insurance runs out soon, reminder sent by {b:given:agent}.",
        "Shares the licence with {c:full:object} since spring.",
        "Ring {a:us:object} before any lift.",
    ),
    "de": (
        "{a:given:sentence_start} kommt nur dienstags, laut {b:full:after_speech_verb}.",
        "Beitrag ruht bis Juni, so vereinbart mit {a:hon:honorific}.",
        "{a:poss:possessive} Schwester {c:full:object} klettert ebenfalls hier.",
        "Einweisung durch {b:init:initial} bestätigt.",
        "Rücklastschrift – {a:full:after_dash} zahlt bar.",
        "Bitte {c:full:object} als Notfallkontakt eintragen.",
    ),
    "fr": (
        "{a:given:sentence_start} souhaite changer de box, voir avec {b:full:object}.",
        "Selon {b:full:after_speech_verb}, le cheval {a:poss:possessive} tousse un peu.",
        "Facture envoyée en double à {a:hon:honorific}.",
        "Vermifuge fait par {b:init:initial}.",
        "{a:full:pair} et {c:full:pair} montent le même cheval.",
        "Ne pas confondre avec {c:us:object}.",
    ),
    "es": (
        "{a:full:sentence_start} recoge el pedido en persona.",
        "Entregar a {a:hon:honorific} solo por la mañana; llamó {b:full:agent}.",
        "Según {b:full:after_speech_verb}, falta una maceta.",
        "Es un regalo de {c:full:object} para {a:given:object}.",
        "Cliente habitual — {a:given:after_dash} paga siempre con tarjeta.",
        "Dejar en casa {a:poss:possessive} si no hay nadie, avisar a {b:init:initial}.",
    ),
    "it": (
        "{a:given:sentence_start} chiede la fattura a nome della ditta.",
        "Secondo {b:full:after_speech_verb}, il pagamento è già partito.",
        "Consegnare a {a:hon:honorific} dopo le 18.",
        "{a:full:pair} e {c:full:pair} dividono la spesa.",
        "Referente interno: {b:init:initial}.",
        "La figlia {a:poss:possessive}, {c:given:object}, ritira il lunedì.",
    ),
    "nl": (
        "{a:given:sentence_start} belt zelf terug, aldus {b:full:after_speech_verb}.",
        "Sleutel afgegeven aan {a:hon:honorific}.",
        "{a:poss:possessive} buurman {c:full:object} mag ook tekenen.",
        "Gecontroleerd door {b:init:initial}.",
        "Betaling loopt via {c:full:object} – {a:full:after_dash} weet ervan.",
        "Niet bellen na 20 uur, vraagt {a:us:after_speech_verb}.",
    ),
    "pl": (
        "{a:given:sentence_start} prosi o kontakt mailowy.",
        "Według {b:gen:after_speech_verb} wymiary się zgadzają.",
        "Klucze u {a:gen:inflected}.",
        "Rozmawiałem z {c:inst:inflected} o terminie.",
        "Sprawdził {b:init:initial}; {a:full:sentence_start} akceptuje wycenę.",
        "Fakturę wysłać {a:dat:inflected}, nie {c:dat:inflected}.",
    ),
    "pt": (
        "{a:given:sentence_start} paga sempre por transferência.",
        "Segundo {b:full:after_speech_verb}, falta assinar o contrato.",
        "Entregar ao cuidado {a:poss:possessive}.",
        "Contacto alternativo: {c:full:object}.",
        "Visto por {b:init:initial}.",
        "{a:full:pair} e {c:full:pair} partilham a conta.",
    ),
}


@dataclass(frozen=True)
class TableSpec:
    name: str
    fmt: str
    lang: str
    headers: tuple[str, ...]
    id_columns: tuple[str, str]
    products: tuple[str, ...]
    canary_letter: str
    split: tuple[str, ...] = ()


TABLES = (
    TableSpec(
        "berth_licences",
        "csv",
        "en",
        (
            "licence_ref",
            "pontoon",
            "licensee",
            "second_keyholder",
            "mobile",
            "email",
            "bank_account",
            "vessel",
            "licence_fee",
            "valid_from",
            "state",
            "remarks",
        ),
        ("licence_ref", "pontoon"),
        ("Contessa 32", "Dory Penzance 14ft", "Rib Lulu 4.2m", "Catamaran Scilly 30"),
        "a",
    ),
    TableSpec(
        "kletterhalle_mitglieder",
        "tsv",
        "de",
        (
            "Mitgliedsnummer",
            "Kursgruppe",
            "Vorname",
            "Familienname",
            "Trainerin",
            "Geburtsdatum",
            "Anschrift",
            "PLZ",
            "Wohnort",
            "Steuer_ID",
            "Tarif",
            "Monatsbeitrag",
            "Eintritt",
            "Stand",
            "Bemerkung",
        ),
        ("Mitgliedsnummer", "Kursgruppe"),
        ("Jahresabo Frieda", "Familientarif Harz", "Schülertarif", "Boulder only Greta"),
        "b",
        ("Vorname", "Familienname"),
    ),
    TableSpec(
        "pensions_chevaux",
        "parquet",
        "fr",
        (
            "dossier",
            "ecurie",
            "cavalier_proprietaire",
            "palefrenier",
            "telephone",
            "nir",
            "date_entree",
            "tarif_mensuel",
            "nb_lecons",
            "cheval",
            "statut",
            "observations",
        ),
        ("dossier", "ecurie"),
        ("pension box Vendée", "pré Margot", "paddock Honfleur", "box paille Jeanne"),
        "b",
    ),
    TableSpec(
        "vivero_pedidos_web",
        "csv",
        "es",
        (
            "pedido",
            "cliente_ref",
            "planta",
            "cantidad",
            "importe",
            "fecha_entrega",
            "estado",
            "cp_entrega",
            "telefono_contacto",
            "comentario",
        ),
        ("pedido", "cliente_ref"),
        ("buganvilla Lola", "palmera Elche", "lavanda Aranjuez", "hortensia Begoña"),
        "a",
    ),
    TableSpec(
        "stolarnia_zlecenia",
        "tsv",
        "pl",
        (
            "nr_zlecenia",
            "brygada",
            "imie_zleceniodawcy",
            "nazwisko_zleceniodawcy",
            "stolarz",
            "odbiera",
            "pesel",
            "telefon",
            "ulica",
            "kod_pocztowy",
            "miejscowosc",
            "wyrob",
            "kwota",
            "termin",
            "status",
            "uwagi",
        ),
        ("nr_zlecenia", "brygada"),
        ("regał Hania", "stół Podlasie 8os.", "drzwi Zakopane", "łóżko Kasia 160"),
        "c",
        ("imie_zleceniodawcy", "nazwisko_zleceniodawcy"),
    ),
)


class Row:
    """One table row being built: its cells and what is planted in them."""

    def __init__(self, renderer: Renderer, spec: TableSpec, row_lang: str) -> None:
        self.r, self.spec = renderer, spec
        self.ctx = Ctx(row_lang, False, spec.products)
        self.cells: dict[str, Any] = {}

    def cell(self, column: str, template: str) -> None:
        self.cells[column] = self.r.render(template, column, self.ctx)

    def biz(self, column: str, kind: str, value: Any) -> None:
        self.cells[column] = value
        self.ctx.planted.append(Planted(f"utility:{kind}", str(value), column, [f"lang:{self.spec.lang}"]))

    def notes(self, column: str, count: int, full_letter: str | None = None) -> None:
        templates = NOTES[self.ctx.lang]
        chosen = (
            [self.r.rng.choice([t for t in templates if "{" + full_letter + ":full:" in t])]
            if full_letter
            else []
        )
        while len(chosen) < count:
            pick = self.r.rng.choice(templates)
            if pick not in chosen:
                chosen.append(pick)
        self.cells[column] = " ".join(self.r.render(t, column, self.ctx) for t in chosen)

    def common(self, product: str, amount: str, date: str, status: str) -> None:
        v, lang = self.r.values, self.spec.lang
        self.biz(product, "product", self.r.rng.choice(self.spec.products))
        self.biz(amount, "amount", v.amount(lang))
        self.biz(date, "date", v.date(lang))
        self.biz(status, "status", v.status(lang))


def _berth_row(row: Row, i: int) -> None:
    rng = row.r.rng
    row.biz("licence_ref", "record_id", f"BL-{24 + i % 3}-{i + 1:04d}")
    row.biz("pontoon", "record_id", f"P{rng.randint(1, 9)}")
    row.cell("licensee", "{a:full:table_cell}")
    row.cell("second_keyholder", "{b:lf:table_cell}")
    for column, kind in (("mobile", "phone"), ("email", "email"), ("bank_account", "iban")):
        row.cell(column, "{#" + kind + "}")
    row.common("vessel", "licence_fee", "valid_from", "state")
    row.notes("remarks", 1)


def _climbing_row(row: Row, i: int) -> None:
    rng = row.r.rng
    row.biz("Mitgliedsnummer", "record_id", str(100000 + i * 13 + rng.randint(0, 12)))
    row.biz("Kursgruppe", "record_id", f"KG-{rng.randint(1, 12):02d}")
    row.cell("Vorname", "{a:given:table_cell}")
    row.cell("Familienname", "{a:sur:table_cell}")
    row.cell("Trainerin", "{b:full:table_cell}")
    for column, kind in (
        ("Geburtsdatum", "dob"),
        ("Anschrift", "street"),
        ("PLZ", "postcode"),
        ("Wohnort", "city"),
        ("Steuer_ID", "nid"),
    ):
        row.cell(column, "{#" + kind + "}")
    row.common("Tarif", "Monatsbeitrag", "Eintritt", "Stand")
    row.notes("Bemerkung", 1)


def _horse_row(row: Row, i: int) -> None:
    rng = row.r.rng
    row.biz("dossier", "record_id", 5000 + i * 3 + rng.randint(0, 2))
    row.biz("ecurie", "record_id", f"E{rng.randint(1, 6)}")
    row.cell("cavalier_proprietaire", "{a:cfull:table_cell}")
    row.cell("palefrenier", "{b:full:table_cell}")
    row.cell("telephone", "{#phone}")
    row.cell("nir", "{#nid}")
    row.biz("date_entree", "date", row.r.values.day(2019, 2025))
    row.biz("tarif_mensuel", "amount", round(rng.uniform(180, 950), 2))
    row.biz("nb_lecons", "quantity", rng.randint(0, 24))
    row.biz("cheval", "product", rng.choice(row.spec.products))
    row.biz("statut", "status", row.r.values.status("fr"))
    row.notes("observations", 1)


def _nursery_row(row: Row, i: int, canary: bool) -> None:
    rng = row.r.rng
    row.biz("pedido", "record_id", f"VP/25/{i * 4 + rng.randint(1, 3):05d}")
    row.biz("cliente_ref", "record_id", f"CLI-{rng.randint(1, 40):04d}")
    row.biz("planta", "product", rng.choice(row.spec.products))
    row.biz("cantidad", "quantity", str(rng.randint(1, 30)))
    row.biz("importe", "amount", row.r.values.amount("es"))
    row.biz("fecha_entrega", "date", row.r.values.date("es"))
    row.biz("estado", "status", row.r.values.status("es"))
    row.notes("comentario", rng.choice((1, 2, 2)), "a" if canary else None)
    row.cell("cp_entrega", "{#postcode}")
    row.cell("telefono_contacto", "{#phone}")


def _joinery_row(row: Row, i: int) -> None:
    rng = row.r.rng
    row.biz("nr_zlecenia", "record_id", f"ZL/{i + 1:04d}/25")
    row.biz("brygada", "record_id", f"B-{rng.randint(1, 5)}")
    row.cell("imie_zleceniodawcy", "{a:given:table_cell}")
    row.cell("nazwisko_zleceniodawcy", "{a:sur:table_cell}")
    row.cell("stolarz", "{b:lf:table_cell}")
    row.cell("odbiera", "{c:full:table_cell}")
    for column, kind in (
        ("pesel", "nid"),
        ("telefon", "phone"),
        ("ulica", "street"),
        ("kod_pocztowy", "postcode"),
        ("miejscowosc", "city"),
    ):
        row.cell(column, "{#" + kind + "}")
    row.common("wyrob", "kwota", "termin", "status")
    row.notes("uwagi", 1)


def _fill_row(row: Row, i: int, canary: bool) -> None:
    name = row.spec.name
    if name == "vivero_pedidos_web":
        _nursery_row(row, i, canary)
    else:
        {
            "berth_licences": _berth_row,
            "kletterhalle_mitglieder": _climbing_row,
            "pensions_chevaux": _horse_row,
            "stolarnia_zlecenia": _joinery_row,
        }[name](row, i)


def _write_table(spec: TableSpec, rows: list[dict[str, Any]], path: Path) -> None:
    import pandas as pd

    if spec.fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        typed = {
            "dossier": pa.int64(),
            "nb_lecons": pa.int64(),
            "tarif_mensuel": pa.float64(),
            "date_entree": pa.date32(),
        }
        schema = pa.schema([(h, typed.get(h, pa.string())) for h in spec.headers])
        columns = {h: [r[h] for r in rows] for h in spec.headers}
        pq.write_table(pa.table(columns, schema=schema), path)
        return
    frame = pd.DataFrame([[str(r[h]) for h in spec.headers] for r in rows], columns=list(spec.headers))
    frame.to_csv(path, index=False, sep="\t" if spec.fmt == "tsv" else ",", encoding="utf-8")


def table_file(spec: TableSpec, renderer: Renderer, canaries: list[Person], n: int, out: Path) -> FileSet:
    rng = renderer.rng
    canary_rows = dict(zip(rng.sample(range(n), 3), canaries, strict=True))
    rows: list[dict[str, Any]] = []
    records: list[list[Planted]] = []
    for i in range(n):
        row_lang = (
            spec.lang if rng.random() >= 0.3 else rng.choice([lang for lang in LANGS if lang != spec.lang])
        )
        row = Row(renderer, spec, row_lang)
        if i in canary_rows:
            row.ctx.persons[spec.canary_letter] = canary_rows[i]
        _fill_row(row, i, i in canary_rows)
        finish_tags(row.ctx.planted, None, None)
        for planted in row.ctx.planted:
            if planted.field in spec.split:
                planted.tags.append("split_name")
        rows.append(row.cells)
        records.append(row.ctx.planted)
    path = f"{spec.name}.{spec.fmt}"
    _write_table(spec, rows, out / path)
    return FileSet(
        name=spec.name,
        path=path,
        fmt=spec.fmt,
        kind="table",
        language=spec.lang,
        records=records,
        id_columns=list(spec.id_columns),
        canaries=[c.full for c in canaries],
        guided_fixes=True,
        notes="person columns and a notes column; ~30 % of rows in another language",
    )


# --- text files ---------------------------------------------------------------------------------------


def _full_letter(template: Any) -> str | None:
    found = re.search(r"\{([a-d]):full:", json.dumps(template, ensure_ascii=False))
    return found.group(1) if found else None


def text_file(spec: TextSpec, renderer: Renderer, canaries: list[Person], n: int, out: Path) -> FileSet:
    rng = renderer.rng
    chat_canary_at = rng.randrange(n) if spec.chat else -1
    with_full = [t for t in spec.templates if _full_letter(t)]
    lines: list[str] = []
    records: list[list[Planted]] = []
    present: list[str] = []
    for i in range(n):
        ctx = Ctx(spec.lang, spec.chat, spec.products)
        canary: Person | None = None
        if i == chat_canary_at:
            canary = canaries[0]
        elif not spec.chat and (roll := rng.random()) < 0.03:
            canary = canaries[int(roll / 0.01)]
        template = rng.choice(with_full if canary else spec.templates)
        if canary:
            ctx.persons[_full_letter(template) or "a"] = canary
            if canary.full not in present:
                present.append(canary.full)
        obj = renderer.build(template, ctx)
        change: Callable[[str], str] | None = None
        if spec.chat:
            change = str.lower
        elif rng.random() < 0.04:
            change = str.upper
        if change is not None:
            obj = recase(obj, change)
        finish_tags(ctx.planted, change, "shouted" if change is str.upper else None)
        lines.append(obj if spec.fmt == "txt" else json.dumps(obj, ensure_ascii=False))
        records.append(ctx.planted)
    path = f"{spec.name}.{spec.fmt}"
    (out / path).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    order = [c.full for c in canaries if c.full in present]
    return FileSet(
        name=spec.name,
        path=path,
        fmt=spec.fmt,
        kind="text",
        language=spec.lang,
        records=records,
        canaries=order,
        guided_fixes=True,
        notes=spec.genre,
    )


# --- the set ------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def template_words() -> frozenset[str]:
    """Every word of this module's templates, products, companies, statuses, headers, street forms,
    honorifics and mail domains (case-folded, and ASCII-folded too)."""
    texts: list[str] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, str):
            texts.append(re.sub(r"\{[^}]*\}", " ", obj))
        elif isinstance(obj, dict):
            texts.extend(obj)
            for value in obj.values():
                walk(value)
        else:
            for value in obj:
                walk(value)

    for spec in TEXT_FILES:
        walk(spec.templates)
        texts += [*spec.products, spec.genre, spec.name.replace("_", " ")]
    for table in TABLES:
        texts += [*table.headers, *table.products, table.name.replace("_", " ")]
    for group in (NOTES, STATUSES, COMPANIES, MAIL_DOMAINS9, HONORIFICS, STREET_FORMS):
        walk(list(group.values()))
    words = {w.casefold() for text in texts for w in _WORDS.findall(text)}
    return frozenset(words | {fold_ascii(w) for w in words})


def generate(out: Path, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    """Write the 24 text files and 5 tables into ``out``; return their truth (deterministic per seed)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    vetter = Vetter()
    bank = NameBank(rng, vetter)
    renderer = Renderer(rng, bank, Places(rng, vetter), Values(rng))
    canaries = []
    for style in CANARY_STYLES:
        person = bank.invented(style)
        person.canary = True
        canaries.append(person)
    n_text = max(10, round(TEXT_RECORDS * scale))
    n_rows = max(30, round(TABLE_ROWS * scale))
    sets = [text_file(spec, renderer, canaries, n_text, out) for spec in TEXT_FILES]
    sets += [table_file(spec, renderer, canaries, n_rows, out) for spec in TABLES]
    return sets


def summary(sets: Iterable[FileSet]) -> dict[str, Any]:
    """Counts of a generated set (never a value)."""
    sets = list(sets)
    people: Counter[str] = Counter()
    personal: Counter[str] = Counter()
    business: Counter[str] = Counter()
    for planted in (p for s in sets for r in s.records for p in r):
        if planted.entity == "PERSON":
            people[next(t for t in planted.tags if t in {"invented", "mimesis", "wordlike"})] += 1
        elif planted.is_utility:
            business[planted.entity[8:]] += 1
        else:
            personal[planted.entity] += 1
    return {
        "files": len(sets),
        "records": sum(len(s.records) for s in sets),
        "person": dict(people),
        "person_total": sum(people.values()),
        "other_personal": dict(personal),
        "business": dict(business),
        "business_total": sum(business.values()),
    }


def main(argv: Sequence[str] | None = None) -> None:
    from bench.detection.format import write_truth

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    sets = generate(args.out, scale=args.scale, seed=args.seed)
    write_truth(sets, args.out / "truth.json")
    print(json.dumps({**summary(sets), "seconds": round(time.perf_counter() - start, 2)}, indent=1))


if __name__ == "__main__":
    main()

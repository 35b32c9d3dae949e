"""Detection set "blind19" (held out until read, now guided fixes): text in eight languages, five tables.

Data card
=========

Status
    Guided fixes since 2026-12-06 (the eleventh session): held out until then and measured once as the
    headline, with its peers, after the last change to detection then (db4477f: PERSON leak 5.72 %
    (text 3.51, tables 14.28), all personal 4.18 %, utility 94.17 %, 2 of 29 files refused, canaries
    found in 4 files; see ``bench/README.md``); then its breakdown was read (``--blind-breakdown``) to
    fix what it showed, so every ``FileSet`` now has ``guided_fixes=True`` and `blindset20` is the
    held-out set. Its writer reported only counts, so nothing of its shapes reached the engine's author
    before that measurement.

Who wrote it and what they read
    A helper engineer, 2026-12-06, from a brief (``/tmp/blind19/TASK.md``). It read:
    `bench.detection.format` (whole); in `bench.detection.sources` a ``grep`` of its
    ``def``/``class``/constant lines, its first 140 lines (``LANGS``/``EU_LOCALES``/``COUNTRY``,
    ``_dataset``/``_by_gender``/``words_of``/``mimesis_person_words``/``usable``/``fold_ascii``/``Deck``),
    ``postcode`` (lines 511-540, which also showed the last two fields of the ``Address`` class) and
    ``phone``/``email``/``iban``/``national_id`` (lines 624-765, which also showed the last line of the
    place pool, ``MAIL_DOMAINS``, ``IBAN_LENGTH`` and the first line and comment of the product first-name
    list; ``email`` and these constants are not used here); the brief's ``grep -A12`` of
    `anonymize.vocabulary` for ``faker_person_words`` and ``is_known_to_engine`` (their first lines);
    lines 1-120 of `bench.bench_detection`, its lines naming blind18 and its lines 590-630 (to register
    this set); the shared set checks (``tests/bench/setchecks.py``); blind18's test (whole, as this
    test's model) and ``git show 01ebde7 -- tests/bench/test_blindset17.py`` (how blind17 was relabelled;
    its ``--stat`` header listed that commit's file names, engine files among them, none opened);
    ``blindset18.py`` as the code model the brief allows (its structure is copied; no template, product,
    company, status, header, syllable inventory, word list or romanisation table of it is reused); the
    data cards (module docstrings only) of blind3 to blind18, plus ``grep -c`` over them of every
    candidate genre, style, usage, word source, field, layout and shape name used here (all 0, or hits
    on unrelated words); the list of wordfreq "large" languages; the list of mimesis locales and the
    keys, sizes and first three entries of the ``person.json`` files of ru, uk, kk, el, fa, ko, zh, ja
    and the Arabic locales; the ``[tool.ruff]`` and ``[tool.mypy]`` sections of ``pyproject.toml``; the
    subjects of the last five commits, ``git status`` and a ``git diff --stat`` (file names only, among
    them engine files another engineer was editing and ``blindset18.py``, none opened); and its own
    generated files. To choose word lists it called ``sources.usable``, Faker's and mimesis's person
    words and wordfreq on candidate words. It read no recognizer, cue list, pattern, profile or
    vocabulary list of the engine, no other benchmark set body and no engine or benchmark output, and it
    never ran the engine, ``bench.bench_detection`` or ``manage.py anonymize``. Every sentence template,
    product, company, status, header, syllable inventory, word list and romanisation table here was
    written fresh for this module. The engine's vocabulary is reached only through ``sources.usable``
    and Faker's person words through the name ``sources`` imports.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    line in a "telex" layout: ``ZCZC TLX/<code>/<n> <ddhhmmZ MONyy> // <business sentence> // <three
    sentences> // <contact phrase> NNNN`` (the case number and the date-time group are business values);
    the business sentence names the customer and the staff member who handled it, with an order number,
    product, quantity, amount and status and, by template, a company, a date, an invoice or tracking
    number, a SKU, an EAN or an app version. About 3 % of TXT records are in capitals (tag ``shouted``).
    JSONL records nest: ``<root>.hdr.ref`` (a case number), ``<root>.hdr.opened`` (a timestamp),
    ``<root>.positions[]`` (``art``, a SKU, and ``n``, a quantity), ``<root>.abstract`` (the business
    sentence), ``<root>.timeline[].note`` (the three sentences), ``<root>.party.post.text`` (the contact
    phrase) and, now and then, ``<root>.party.fullname`` (a name alone, tag ``addressee``). One file per
    language is a lower-case chat: in TXT a "(hh:mm) speaker ⟫ text" line, and now and then a system
    line "(hh:mm) ⟫ X added Y" without a speaker; in JSONL a team-messenger export record (``type``,
    ``ts`` as an epoch with microseconds, ``user_profile.real_name``, ``text``; system lines with
    ``subtype`` ``channel_join``; now and then an ``attachments[]`` list whose ``author_name`` is the
    person a shared message came from, tag ``shared_author``).

    ===  ================================  ===================================  ==============================
    en   signwriting commissions (txt)     mobile sauna hire (jsonl)            morris side chat (txt)
    de   Hutmacherei, Aufträge (txt)       Klaviertransporte (jsonl)            Line-Dance-Gruppe chat (jsonl)
    fr   savonnerie, commandes (txt)       location de roulottes (jsonl)        club de tarot chat (txt)
    es   cerería, pedidos (txt)            reparación de persianas (jsonl)      belenistas chat (jsonl)
    it   pastificio, ordini (txt)          sgombero cantine (jsonl)             burraco chat (txt)
    nl   touwslagerij, bestellingen (txt)  schaatsslijperij (jsonl)             volksdansgroep chat (jsonl)
    pl   pierogarnia, zamówienia (txt)     serwis pianin (jsonl)                klub motocyklowy chat (txt)
    pt   conserveira, encomendas (txt)     passeios de barco moliceiro (jsonl)  grupo de bombos chat (jsonl)
    ===  ================================  ===================================  ==============================

    New sentence shapes (slot tags, ``NEW_SHAPES``), each in every language: a forwarded-message block
    (``fwd_block``: "---------- Forwarded message --------- From: X <mail> Date: … Subject: …", "Von:",
    "De :", "Da:", "Van:", "Od:"…, or "Begin forwarded message: From: X | Sent: …"), a signature with a
    job title and the company (``sig_title``: "-- X | Head of Dispatch | Company", "— X · title ·
    company"), a ticket reassignment (``reassigned``: "Assignee changed from X to Y", "von X zu Y", "de X
    à Y", "z X na Y"…), a shift swap (``shift_swap``: "Shift swap: X ⇄ Y (Sat late)", "X swaps … with
    Y"), an application log line (``log_line``: "2025-03-04 10:12:07 INFO  orders.refund - approved by
    X"), a spreadsheet row pasted with tabs (``tab_row``: "X<TAB>qty<TAB>amount<TAB>status"), a
    fixed-width printed list (``fixed_width``: the name padded with spaces before the quantity), a name
    with the person's age in brackets (``age_paren``: "X (47)", "X (47 J.)", "X (47 ans)", "X (47 l.)"…),
    a minutes action item (``action_item``: "Action: X to …", "ACTION X – …", "Aufgabe:", "TO-DO",
    "À FAIRE", "PENDIENTE", "DA FARE", "TE DOEN", "DO ZROBIENIA", "A FAZER") and a print footer
    (``print_footer``: "Printed <date> <time> by X · page 1/2"). New in the chats (``CHAT_SHAPES``): the
    system line naming who added whom (``system_event``), and in JSONL chats the author of a shared
    message (``shared_author``). Also the ordinary slots: the customer (``customer``) and the agent
    (``agent``) of the business sentence, a name alone in a JSON field (``addressee``), names at sentence
    start, pairs, after honorifics (only the surname planted), greetings and sign-offs; in chats speakers,
    @mentions (given name or "given.surname"), greetings, thanks, vocatives, sign-offs and pairs. A lone
    given name in lower case (``given_only``), a lone surname in capitals (``surname_only``), "Surname,
    Given" (``reversed``), "G. Surname" (``initial``) or the whole name in capitals or lower case stands
    in for a full name now and then; chat speakers are the full name, the given name or "g. surname".

Tables (5, 120 rows each at scale 1.0)
    ``signwriting_jobs.csv`` (English: ``client`` "Given Surname", ``lettering_crew`` a CSV record inside
    the cell, "Surname,Given,role" (``csv_cell``); IDs ``job_ref`` like "SW-0001" and repeating
    ``crew_van``), ``roulottes_sejours.parquet`` (French, typed: int64 ``sejour`` and ``nuits``, float64
    ``montant``, date32 ``arrivee``; ``locataire`` "Given Surname (47 ans)" (``age_cell``),
    ``accompagnateur`` "Given Surname, guide équestre" (``title_cell``); IDs ``sejour`` and repeating
    ``roulotte``), ``velas_encargos.csv`` (Spanish: ``cliente`` "Given Surname", ``equipo_cereros`` two
    or three full names in one cell, "; "-separated (``list_cell``); IDs ``pedido`` like "CE/25/0001"
    and repeating ``obrador``), ``serwis_pianin_zlecenia.tsv`` (Polish: ``klient`` "Given Surname",
    ``stroiciel`` "Given Surname (nr 412)" with a staff number (``number_cell``); IDs ``zlecenie`` like
    "SP-0001/25" and repeating ``ekipa``), ``pastificio_consegne.tsv`` (Italian: ``cliente`` "Given
    Surname", ``sfoglina`` "Given (turno B)", a given name with a shift code (``shift_cell``); IDs
    ``ordine`` like "PF.25.0001" and repeating ``banco``). Each has two record-ID columns, a product,
    quantity, amount, date, status, contact columns (phone, e-mail, IBAN, national ID, street, postcode,
    town, birth date, by table) and a notes column naming the row's main person in full and a second
    person. About 25 % of rows are in another of the eight languages: their persons, notes, contact
    formats and ``lang:`` tags follow the row; IDs, products, amounts, dates, statuses and the fixed
    words of the person cells keep the table's language.

Names
    The group is drawn first: about 35 % **invented** from syllable inventories in ten styles no earlier
    card lists (``invented`` + ``style:<s>``): cherokee (syllabary-like, with v), hopi (ö), tzotzil,
    miskito, ifugao, minangkabau, nganasan (ŋ, ü, ə), acholi, tausug, chuukese. About 35 % **mimesis**
    (``mimesis`` + ``locale:<l>``) romanised in English usage, which no earlier card names: ``ru`` and
    ``kk`` in BGN/PCGN (zh, kh, ts, ch, sh, shch, y for й/ы, ye for initial or post-vowel е, yo, yu, ya;
    Kazakh ә ғ қ ң ө ұ ү һ as a gh q ng o u u h), ``uk`` in the Ukrainian national system of 2010 (h for
    г, y for и, ye/yi/yu/ya at a word's start and ie/i/iu/ia inside), ``el`` in ELOT 743 (th, ch, ps, x,
    y for υ, ou, ai, ei, oi, av/ev before voiced sounds and af/ef before voiceless ones, b/d/g for initial
    μπ/ντ/γκ and mp/nt/gk inside, ng for γγ) and ``fa``, ``ar-tn``, ``ar-sy``, ``ar-om``, ``ar-dz``,
    ``ar-eg`` in BGN/PCGN-like English usage (kh, sh, gh, th, dh, j, q; Persian z for ذ/ض/ظ, s for ث, gh
    for ق, v for consonantal و, final ه as eh; Arabic ta marbuta as ah; ع and hamza dropped, the article
    dropped, ZWNJ compounds joined, unwritten short vowels supplied as a so that a word starts and ends
    with one consonant at most and holds two at most between vowels). Only names that romanise to one
    word are used; of each pool about two thirds are names found in a wordfreq large list (real rare
    name forms). About 30 % **word-like** (``wordlike`` + ``wordsrc:<lang>``), from languages and word
    fields no earlier card lists, every word a real word of a wordfreq large list: heraldic tinctures
    (given) and charges (surnames) of Anglo-Norman blazon (xno); textile weaves (given) and old coins
    and measures (surnames) of English (en, never in English texts or rows); temple architecture and
    devotional terms of Sanskrit (sa); regalia, amulets and funerary objects of Ancient Egyptian (egy);
    garments and embroidery of Hindi (hi); festive dress and feast words of Bavarian (bar).

    Real words, counted (``inlarge``): a name is tagged ``inlarge`` when one of its words occurs in
    wordfreq's "large" list of en, de, fr, es, it, nl, pl, pt, sv or da (wordfreq reads da as nb) —
    every word-like name, and the mimesis names of the pools' real forms. ``summary()`` counts the
    tagged names and the name words in a large list; a third of the name words at least must be.

    Filters. Every name word (and its capitalised, upper-case, lower-case and ASCII-folded forms): three
    letters or more, unknown to the engine (``sources.usable``), absent from Faker's person words and
    from every mimesis person list, not a word of any template, key, product, company, status, header,
    street form or mail domain here, no place word, and wordfreq zipf < 3 in all eight languages. A
    word-like name is never written in its own language. E-mail local parts are runs of two letters at
    most from the person's names, split by digits and dots, at fictitious ``.example`` domains, so they
    never hold a name word whole.

Places and contacts
    Streets and cities from invented roots with each language's street words and place endings (this
    module's own), vetted like names and kept apart from name words. Phones, IBANs, national IDs and
    postcodes from the `sources` helpers; a UK National Insurance number is built here. Dates of birth
    are ``DATE_OF_BIRTH``, other dates ``utility:date``.

Canaries
    Three invented people (hopi, nganasan and chuukese styles): all three in every table (the main
    person of its first three rows, and by full name in those rows' notes), the first a speaker in every
    chat (lower case, full name, its first line), and each the customer of about 3 % of the other text
    records (full name). ``canaries`` lists those that appear in a file.

Size (scale 1.0, seed 19919)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); 12,888 PERSON values (4,578
    invented = 36 %, 4,901 mimesis = 38 %, 3,409 word-like = 26 %; 7,777 = 60 % tagged ``inlarge``,
    11,357 of 22,434 name words = 51 % in a large list), 4,972 other personal values (1,069 phones, 748
    e-mails, 420 IBANs, 736 national IDs, 501 streets, 501 postcodes, 501 cities, 496 dates of birth) and
    20,882 business values (1,200 of them record IDs). ``scale`` multiplies the record counts (at least 10
    text records and 30 table rows per file). Generation takes under two seconds once the name pools are
    built (about seven from a cold start). ``summary()`` and ``python -m bench.detection.blindset19 --out
    DIR`` give the counts of a run (never the values).

Run: ``.venv/bin/python -m bench.detection.blindset19 --out var/blind19``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import logging
import random
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import mimesis
from stdnum import ean as std_ean
from wordfreq import zipf_frequency

from bench.detection.format import FileSet, Planted, name_tokens, write_truth
from bench.detection.sources import (
    COUNTRY,
    LANGS,
    faker_person_words,
    fold_ascii,
    iban,
    mimesis_person_words,
    national_id,
    phone,
    postcode,
    usable,
    words_of,
)

DEFAULT_SEED = 19919
TEXT_RECORDS = 95
TABLE_ROWS = 120
_POOL_SEED = 1919
_MIMESIS_DATA = Path(mimesis.__file__).parent / "datasets"
#: Languages whose wordfreq "large" lists decide the ``inlarge`` tag (wordfreq reads "da" as "nb").
LARGE_LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "nb")

#: The new sentence shapes, planted in every language (in the business text files).
NEW_SHAPES = (
    "fwd_block",
    "sig_title",
    "reassigned",
    "shift_swap",
    "log_line",
    "tab_row",
    "fixed_width",
    "age_paren",
    "action_item",
    "print_footer",
)
ORDINARY_SHAPES = ("sentence_start", "pair", "honorific", "greeting", "signoff")
#: New slots of the chats (every chat has them).
CHAT_SHAPES = ("system_event",)

# --- name sources -------------------------------------------------------------------------------------

#: Syllable inventories (syllables, endings) of the invented styles.
STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "cherokee": (
        ("tsa", "gv", "ne", "lo", "qua", "di", "ya", "tlu", "sge", "wa", "hi", "nv", "go", "tse", "ka"),
        ("i", "a", "v", "ga", "hi"),
    ),
    "hopi": (
        ("ho", "kwa", "lo", "ma", "nö", "si", "tsa", "kya", "wu", "ta", "qöy", "hö", "pi", "mö", "kuy"),
        ("ma", "ya", "wma", "ni", "tsi"),
    ),
    "tzotzil": (
        (
            "xun",
            "chi",
            "tzo",
            "pet",
            "jol",
            "xal",
            "vo",
            "bol",
            "mal",
            "tzu",
            "kux",
            "lo",
            "ni",
            "jme",
            "sak",
        ),
        ("il", "ol", "ub", "ex", "el"),
    ),
    "miskito": (
        ("ya", "ra", "wan", "li", "kum", "pri", "tak", "sir", "ban", "ta", "wi", "bil", "dus", "pu", "kia"),
        ("a", "ni", "sa", "ka", "na"),
    ),
    "ifugao": (
        ("ba", "lu", "ngay", "hu", "bi", "dul", "ka", "ton", "wi", "gon", "ha", "lang", "pu", "dan", "ki"),
        ("an", "on", "ay", "ug", "ad"),
    ),
    "minangkabau": (
        ("ru", "mah", "ga", "dang", "ba", "tam", "si", "ri", "nan", "pa", "ma", "nin", "jo", "bu", "sut"),
        ("ang", "ah", "in", "ui", "ik"),
    ),
    "nganasan": (
        ("ŋa", "ko", "tu", "ba", "de", "su", "hü", "me", "dya", "ni", "ty", "ra", "lü", "ŋi", "kə"),
        ("ə", "ku", "tə", "ny", "sy"),
    ),
    "acholi": (
        ("o", "ke", "ce", "ki", "la", "ro", "pi", "nyo", "ka", "lo", "ti", "ma", "dwo", "ngu", "cwa"),
        ("o", "a", "i", "ng", "we"),
    ),
    "tausug": (
        ("ha", "sum", "bil", "ta", "sa", "dul", "pa", "hud", "ja", "li", "mu", "bang", "ka", "si", "rah"),
        ("in", "un", "an", "ul", "ah"),
    ),
    "chuukese": (
        ("ma", "chu", "kon", "ne", "wo", "pi", "ra", "ki", "sa", "mwo", "fe", "we", "ni", "tu", "ppa"),
        ("o", "e", "ich", "ap", "en"),
    ),
}
#: Word-like names: (given-name words, surname words) per source, each word a real word found in a
#: wordfreq "large" list. Fields: heraldic tinctures and charges (Anglo-Norman blazon, xno); textile
#: weaves and old coins and measures (English, en); temple architecture and devotional terms
#: (Sanskrit, sa); regalia, amulets and funerary objects (Ancient Egyptian, egy); garments and
#: embroidery (Hindi, hi); costume and festive words (Bavarian, bar).
WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "xno": (
        ("gules", "purpure", "murrey", "tenne", "azure", "sanguine"),
        ("saltire", "fess", "orle", "tressure", "gyron", "lozenge", "mascle", "rustre", "roundel", "annulet",
         "estoile", "couchant", "embattled", "engrailed", "bordure", "rampant"),
    ),
    "en": (
        ("twill", "calico", "gingham", "muslin", "damask", "chintz", "taffeta", "dimity", "percale", "cambric",
         "nankeen", "fustian", "poplin", "chambray", "organza"),
        ("farthing", "groat", "tuppence", "furlong", "bushel", "firkin", "hogshead", "dram", "scruple",
         "pennyweight", "ducat", "fathom"),
    ),
    "sa": (
        ("vimana", "mandapa", "torana", "stupa", "chaitya", "vihara", "medhi"),
        ("mudra", "bindu", "asana", "yantra", "kirtan", "dhyana", "prana", "bhakti", "tantra", "sutra"),
    ),
    "egy": (
        ("ankh", "djed", "ushabti", "uraeus", "menat", "wadjet", "heka", "pschent", "atef"),
        ("senet", "natron", "faience", "ostracon", "mastaba", "sistrum", "pylon", "obelisk"),
    ),
    "hi": (
        ("dhoti", "dupatta", "lehenga", "sherwani", "ghagra", "choli", "salwar", "kameez"),
        ("chikan", "zari", "kantha", "kalamkari", "ikat", "chanderi"),
    ),
    "bar": (
        ("dirndl", "janker", "gamsbart", "trachtenhut", "schuhplattler", "jodler"),
        ("brezn", "obatzda", "fingerhakeln", "maibaum", "weisswurst", "leberkas", "kren", "dampfnudel",
         "zwetschgendatschi", "brotzeit"),
    ),
}  # fmt: skip
#: mimesis locales and the usage each is romanised in.
MIMESIS_LOCALES: dict[str, str] = {
    "ru": "bgn-pcgn",
    "uk": "ukrainian-2010",
    "kk": "bgn-pcgn",
    "el": "elot-743",
    "fa": "bgn-pcgn",
    "ar-tn": "bgn-pcgn",
    "ar-sy": "bgn-pcgn",
    "ar-om": "bgn-pcgn",
    "ar-dz": "bgn-pcgn",
    "ar-eg": "bgn-pcgn",
}
CANARY_STYLES = ("hopi", "nganasan", "chuukese")
#: Name pool sizes (per style, per locale and gender).
_POOL = 44

# --- romanisation (English usage: BGN/PCGN, Ukrainian 2010, ELOT 743) ----------------------------------

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "є": "ye", "і": "i", "ї": "yi",
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
}  # fmt: skip
#: Ukrainian 2010: these letters have one spelling at the start of a word and another inside it.
_UK_START = {"є": "ye", "ї": "yi", "ю": "yu", "я": "ya", "й": "y"}
_UK_INSIDE = {"є": "ie", "ї": "i", "ю": "iu", "я": "ia", "й": "i"}
_CYR_VOWELS = set("аеёиоуыэюяєіїәөұү")
_GR_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "γγ": "ng", "γξ": "nx", "γχ": "nch"}
_GR_START = {"μπ": "b", "ντ": "d", "γκ": "g"}
_GR_INSIDE = {"μπ": "mp", "ντ": "nt", "γκ": "gk"}
_GR_VOICELESS = set("θκξπστφχψς")
_GR = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}  # fmt: skip
_AR = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "th", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip
#: Persian reads these as s, z and gh.
_FA = {"ث": "s", "ذ": "z", "ض": "z", "ظ": "z", "ق": "gh", "و": "v"}


def _cyrillic(word: str, locale: str) -> str:
    out: list[str] = []
    low = word.lower()
    for i, ch in enumerate(low):
        after_vowel = i == 0 or low[i - 1] in _CYR_VOWELS or low[i - 1] in "ьъ"
        if locale == "uk":
            if ch == "г":
                out.append("h")
            elif ch == "и":
                out.append("y")
            elif ch in _UK_START:
                out.append((_UK_START if i == 0 else _UK_INSIDE)[ch])
            elif ch in _CYR:
                out.append(_CYR[ch])
            else:
                return ""
        elif ch == "е" and after_vowel:
            out.append("ye")
        elif ch in _CYR:
            out.append(_CYR[ch])
        else:
            return ""
    return "".join(out)


def _greek(word: str) -> str:
    low = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    out: list[str] = []
    i = 0
    while i < len(low):
        pair = low[i : i + 2]
        if pair in {"αυ", "ευ", "ηυ"}:
            nxt = low[i + 2 : i + 3]
            out.append(
                {"α": "a", "ε": "e", "η": "i"}[pair[0]] + ("f" if not nxt or nxt in _GR_VOICELESS else "v")
            )
            i += 2
        elif pair in _GR_START:
            out.append((_GR_START if i == 0 else _GR_INSIDE)[pair])
            i += 2
        elif pair in _GR_PAIRS:
            out.append(_GR_PAIRS[pair])
            i += 2
        elif low[i] in _GR:
            out.append(_GR[low[i]])
            i += 1
        else:
            return ""
    return "".join(out)


def _arabic(word: str, persian: bool) -> str:
    text = "".join(c for c in word if not ("\u064b" <= c <= "\u0652") and c not in "\u0640\u200c")
    if text.startswith("ال") and len(text) > 3:
        text = text[2:]
    units: list[tuple[str, str]] = []
    for i, ch in enumerate(text):
        last = i == len(text) - 1
        after_c = bool(units) and units[-1][0] == "C"
        if ch in "اآأى":
            units.append(("V", "a"))
        elif ch == "إ":
            units.append(("V", "i"))
        elif ch == "ؤ":
            units.append(("V", "u"))
        elif ch in "ئءع":
            continue
        elif ch == "ة":
            units.append(("V", "ah"))
        elif ch == "و":
            if after_c:
                units.append(("V", "u"))
            else:
                units.append(("C", "v" if persian else "w"))
        elif ch in "يی":
            units.append(("V", "i") if after_c else ("C", "y"))
        elif ch == "ه" and last and after_c:
            units.append(("V", "eh" if persian else "ah"))
        elif persian and ch in _FA:
            units.append(("C", _FA[ch]))
        elif ch in _AR:
            units.append(("C", _AR[ch]))
        else:
            return ""
    return _vocalise(units)


def _vocalise(units: list[tuple[str, str]]) -> str:
    """Letters with the unwritten short vowels supplied as "a": one consonant before a word's first
    vowel and after its last, two at most between vowels."""
    runs: list[tuple[str, list[str]]] = []
    for kind, unit in units:
        if runs and runs[-1][0] == kind == "C":
            runs[-1][1].append(unit)
        else:
            runs.append((kind, [unit]))
    out: list[str] = []
    for index, (kind, letters) in enumerate(runs):
        if kind == "V":
            out.append("".join(letters))
            continue
        first, last = index == 0, index == len(runs) - 1
        chunks: list[list[str]]
        if first:
            chunks = [[c] for c in letters]
        else:
            body, tail = (letters[:-1], letters[-1:]) if last and len(letters) > 1 else (letters, [])
            chunks = [body[j : j + 2] for j in range(0, len(body), 2)] + ([tail] if tail else [])
        out.append("a".join("".join(c) for c in chunks))
    return "".join(out)


def romanise(word: str, locale: str) -> str:
    """``word`` (a mimesis name of ``locale``) in this set's English usage, lower case; "" when it
    cannot be (two words, a hyphen, letters outside the tables)."""
    if " " in word.strip() or "-" in word:
        return ""
    if locale in {"ru", "uk", "kk"}:
        return _cyrillic(word, locale)
    if locale == "el":
        return _greek(word)
    return _arabic(word, persian=locale == "fa")


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


# --- language data ----------------------------------------------------------------------------------------

#: Per language: (txt file, jsonl file, chat file) as (name, genre code or "chat", format).
FILES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (("signwriting_commissions", "SGN", "txt"), ("mobile_sauna_hire", "SAU", "jsonl"), ("morris_side_chat", "chat", "txt")),
    "de": (("hutmacherei_auftraege", "HUT", "txt"), ("klaviertransporte", "KLV", "jsonl"), ("linedance_gruppe_chat", "chat", "jsonl")),
    "fr": (("savonnerie_commandes", "SAV", "txt"), ("roulottes_location", "ROU", "jsonl"), ("club_de_tarot_chat", "chat", "txt")),
    "es": (("cereria_pedidos", "CER", "txt"), ("persianas_reparaciones", "PER", "jsonl"), ("belenistas_chat", "chat", "jsonl")),
    "it": (("pastificio_ordini", "PAS", "txt"), ("sgombero_cantine", "SGO", "jsonl"), ("burraco_chat", "chat", "txt")),
    "nl": (("touwslagerij_bestellingen", "TOU", "txt"), ("schaatsslijperij", "SCH", "jsonl"), ("volksdansgroep_chat", "chat", "jsonl")),
    "pl": (("pierogarnia_zamowienia", "PIE", "txt"), ("serwis_pianin", "PIA", "jsonl"), ("klub_motocyklowy_chat", "chat", "txt")),
    "pt": (("conserveira_encomendas", "CON", "txt"), ("barcos_moliceiros", "MOL", "jsonl"), ("grupo_de_bombos_chat", "chat", "jsonl")),
}  # fmt: skip
#: JSONL roots of the business files.
ROOTS = {
    "en": "sauna",
    "de": "transport",
    "fr": "roulotte",
    "es": "persiana",
    "it": "sgombero",
    "nl": "slijpbeurt",
    "pl": "strojenie",
    "pt": "passeio",
}
PRODUCTS: dict[str, tuple[str, ...]] = {
    "SGN": ("Gilded Fascia Board", "Pub Sign Agatha", "Van Livery Kendal", "Chalkboard A-Frame", "Shopfront Lettering Set", "Hand-painted House Number"),
    "SAU": ("Sauna Trailer Weekend", "Cold Plunge Tub", "Sauna Hire Tobermory", "Birch Whisk Bundle", "Sauna Night Beatrix", "Wood-fired Stove Pack"),
    "HUT": ("Filzhut Anton", "Strohhut Sylt", "Zylinder Klassik", "Trachtenhut Chiemsee", "Hutband Leder", "Maßanfertigung Greta"),
    "KLV": ("Flügeltransport Etage 3", "Klavierumzug Standard", "Stimmung nach Transport", "Einlagerung Bremen", "Transport Bösendorfer", "Treppenzuschlag Erna"),
    "SAV": ("Savon au lait d'ânesse", "Pain de Marseille 600 g", "Coffret Joséphine", "Savon Lavande Grignan", "Shampoing solide", "Porte-savon Annecy"),
    "ROU": ("Roulotte Mathilde 2 nuits", "Séjour Aubrac", "Balade en calèche", "Forfait famille Périgord", "Petit-déjeuner fermier", "Roulotte des Vosges"),
    "CER": ("Cirio pascual 80 cm", "Vela de miel Covadonga", "Velón Rocío", "Caja de velas votivas", "Vela aromática Jerez", "Lamparilla de aceite"),
    "PER": ("Lama de aluminio", "Motor de persiana 20 Nm", "Cinta Carmela", "Reparación de tambor", "Persiana Mallorca", "Recogedor automático"),
    "PAS": ("Tortellini Bologna 500 g", "Tagliatelle all'uovo", "Ravioli Assunta", "Orecchiette Bari", "Pici toscani", "Lasagne Nonna Pina"),
    "SGO": ("Sgombero cantina 20 m³", "Smaltimento RAEE", "Furgone con autista", "Sgombero soffitta Ornella", "Trasporto in discarica Monza", "Pulizia finale"),
    "TOU": ("Scheepstouw 12 mm", "Klokkentouw Hindeloopen", "Hangmat Wilma", "Trektouw jute", "Leuningtouw Texel", "Sleutelhanger knoop"),
    "SCH": ("Slijpbeurt noren", "Kunstschaatsen slijpen", "Hollands slijpen", "Schaatsbeschermers Ans", "Slijpbeurt klapschaats", "Onderhoud Heerenveen"),
    "PIE": ("Pierogi ruskie 20 szt.", "Pierogi z kaszą Zakopane", "Uszka Marysia", "Kołduny litewskie", "Pierogi z jagodami", "Zestaw Kazimierz"),
    "PIA": ("Strojenie pianina", "Regulacja mechaniki", "Wymiana strun Legnica", "Przegląd pianina Kalisz", "Filce Jadwiga", "Transport do Łodzi"),
    "CON": ("Sardinhas em azeite", "Cavala Peniche", "Atum Lúcia", "Lata comemorativa Matosinhos", "Polvo em molho", "Caixa Esperança"),
    "MOL": ("Passeio na ria 45 min", "Barco Ílhavo", "Passeio privado Beatriz", "Pôr do sol Aveiro", "Bilhete família", "Barco Maria da Luz"),
}  # fmt: skip
COMPANIES: dict[str, tuple[str, ...]] = {
    "en": ("Hartwell & Pike Ltd", "Copperkettle Trading Ltd", "Greystone Freight plc", "Bramble Lane LLP"),
    "de": ("Ostwind Handel GmbH", "Lerchenfeld & Sohn KG", "Mühlbach Spedition GmbH", "Eichkamp Service AG"),
    "fr": (
        "Savons du Ventoux SARL",
        "Maison Delorme SAS",
        "Transports Merlette SA",
        "Atelier des Quatre Vents",
    ),
    "es": (
        "Ceras del Norte S.L.",
        "Hermanos Vallejo S.A.",
        "Suministros Alameda S.L.",
        "Transportes Garza S.L.",
    ),
    "it": (
        "Pasta della Torre S.r.l.",
        "Fratelli Moretto S.n.c.",
        "Servizi Rondine S.r.l.",
        "Trasporti Airone S.p.A.",
    ),
    "nl": ("Touwerk Noord B.V.", "Gebr. Zwaluw V.O.F.", "IJsbaan Service B.V.", "Kuststroom Logistiek B.V."),
    "pl": (
        "Smaki Domu sp. z o.o.",
        "Muzyka i Serwis s.c.",
        "Hurtownia Jaskółka sp. z o.o.",
        "Transport Sokół S.A.",
    ),
    "pt": (
        "Conservas do Atlântico, Lda.",
        "Barcos da Ria, Lda.",
        "Transportes Cegonha S.A.",
        "Armazéns Gaivão, Lda.",
    ),
}
STATUSES: dict[str, tuple[str, ...]] = {
    "en": ("in the queue", "proof sent", "invoiced", "on hold", "delivered", "cancelled"),
    "de": ("in Arbeit", "Entwurf versandt", "berechnet", "pausiert", "ausgeliefert"),
    "fr": ("en file", "épreuve envoyée", "facturé", "suspendu", "livré"),
    "es": ("en cola", "prueba enviada", "facturado", "en espera", "entregado"),
    "it": ("in coda", "bozza inviata", "fatturato", "sospeso", "consegnato"),
    "nl": ("in de wachtrij", "proef verstuurd", "gefactureerd", "on hold", "geleverd"),
    "pl": ("w kolejce", "projekt wysłany", "zafakturowane", "wstrzymane", "dostarczone"),
    "pt": ("em fila", "prova enviada", "faturado", "suspenso", "entregue"),
}
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"),
}  # fmt: skip
MAIL_DOMAINS = (
    "postbox.example",
    "mailhub.example",
    "letterbox.example",
    "inbox-mail.example",
    "postal.example",
)

#: Everything a text of one language is built from. Placeholders: see `Builder._value`.
TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "honorific": ("Ms", "Mr"),
        "age": "{n}",
        "titles": ("Workshop Manager", "Accounts Assistant", "Head of Dispatch", "Studio Coordinator"),
        "shifts": ("Sat late", "Mon early", "Wed night", "Sun brunch"),
        "quantity": "pcs",
        "invoice": "INV/{y}/{n:05d}",
        "business": (
            "{C} ordered {product} ({qty}) under {order}, total {amount}; {status}, logged by {A}.",
            "Job {order} for {C} via {company} on {date}: {product}, {amount}, currently {status}; {A} owns it.",
            "{invoice} raised to {C} against {order}: {product} x {qty}, {amount} ({status}), per {A}.",
            "Parcel {tracking} for {C} ({order}) left with {company}: {product}, item {sku}, {amount}; {status}, sent by {A}.",
            "{C} settled {amount} for {product} (barcode {ean}) in the shop app {version}; order {order} {status}, {A} checked.",
        ),
        "fwd_block": (
            "---------- Forwarded message --------- From: {FA} <{MAILA}> Date: {date} Subject: order {order}",
            "Begin forwarded message: From: {FA} | Sent: {date} | To: bookings desk",
        ),
        "sig_title": ("-- {FA} | {TITLE} | {company}", "— {FA} · {TITLE} · {company}"),
        "reassigned": ("Assignee changed from {A} to {B}.", "Case reassigned from {A} to {B} this morning."),
        "shift_swap": ("Shift swap: {A} ⇄ {B} ({SHIFT}).", "{A} swaps {SHIFT} with {B}."),
        "log_line": (
            "{stamp} INFO  orders.refund - approved by {FA}",
            "{stamp} WARN  stock.check - override by {FA}",
        ),
        "tab_row": ("From the sheet: {FA}\t{qty}\t{amount}\t{status}",),
        "fixed_width": ("Printed list: {PADA}{qty}   {amount}",),
        "age_paren": (
            "{FA} ({AGE}) came in to collect the order.",
            "Walk-in: {FA} ({AGE}), asked about delivery.",
        ),
        "action_item": (
            "Action: {A} to send the revised quote by {date}.",
            "ACTION {A} – call the supplier back.",
        ),
        "print_footer": ("Printed {date} {CLOCK} by {FA} · page {PG}",),
        "sentence_start": ("{A} phoned about the colours.", "{A} will pop in on Friday."),
        "pair": ("{A} and {B} are sharing the fitting.", "Sent to both {A} and {B}."),
        "honorific_t": ("{HON} {SA} wants a paper copy.", "Left a voicemail for {HON} {SA}."),
        "greeting": ("Hello {GA}, the proof is ready.", "Dear {FA}, thanks for your order."),
        "signoff": ("Cheers, {A}", "Best wishes, {FA}"),
        "contact": (
            "Tel {PHONE}, mail {EMAIL}",
            "Ship to {STREET}, {CITY} {POSTCODE}",
            "DOB {DOB}, NI no. {NID}",
            "Bank: IBAN {IBAN}",
        ),
        "notes": (
            "{FA} wants it wrapped; {B} to confirm the size.",
            "Ring {FA} before delivery, {B} has the van.",
            "{FA} collected half, {B} signed for the rest.",
        ),
        "chat": (
            ("greeting", "morning {M}! practice still on?"),
            ("mention", "@{H} have you got the bells?"),
            ("thanks", "cheers {M} for the lift"),
            ("vocative", "who's bringing the sticks, {M}?"),
            ("signoff", "kit money {amount} sent. – {SELF}"),
            ("pair", "{M} and {M2} are dancing the jig on {date}"),
            ("plain", "dance-out on {date}, {amount} each for the coach"),
            ("plain", "my new number: {PHONE}"),
        ),
        "system": "{SPK} added {M} to the group",
        "shared": ("look at the new figure", "can someone book the hall?", "photos from saturday"),
    },
    "de": {
        "honorific": ("Frau", "Herr"),
        "age": "{n} J.",
        "titles": ("Werkstattleitung", "Buchhaltung", "Leitung Versand", "Kundenbetreuung"),
        "shifts": ("Sa Spät", "Mo Früh", "Mi Nacht", "So Mittag"),
        "quantity": "Stk.",
        "invoice": "RG/{y}/{n:05d}",
        "business": (
            "{C} bestellt {product} ({qty}) unter {order}, gesamt {amount}; {status}, erfasst von {A}.",
            "Auftrag {order} für {C} über {company} am {date}: {product}, {amount}, derzeit {status}; zuständig {A}.",
            "{invoice} an {C} zu {order}: {product} x {qty}, {amount} ({status}), laut {A}.",
            "Sendung {tracking} für {C} ({order}) an {company} übergeben: {product}, Art. {sku}, {amount}; {status}, verschickt von {A}.",
            "{C} zahlte {amount} für {product} (Barcode {ean}) in der Shop-App {version}; Auftrag {order} {status}, geprüft von {A}.",
        ),
        "fwd_block": (
            "---------- Weitergeleitete Nachricht ---------- Von: {FA} <{MAILA}> Datum: {date} Betreff: Auftrag {order}",
            "Anfang der weitergeleiteten Nachricht: Von: {FA} | Gesendet: {date} | An: Disposition",
        ),
        "sig_title": ("-- {FA} | {TITLE} | {company}", "— {FA} · {TITLE} · {company}"),
        "reassigned": ("Zuständigkeit geändert von {A} zu {B}.", "Ticket neu zugewiesen: von {A} an {B}."),
        "shift_swap": ("Schichttausch: {A} ⇄ {B} ({SHIFT}).", "{A} tauscht {SHIFT} mit {B}."),
        "log_line": (
            "{stamp} INFO  auftraege.gutschrift - freigegeben von {FA}",
            "{stamp} WARN  lager.pruefung - manuell gesetzt von {FA}",
        ),
        "tab_row": ("Aus der Tabelle: {FA}\t{qty}\t{amount}\t{status}",),
        "fixed_width": ("Ausdruck Liste: {PADA}{qty}   {amount}",),
        "age_paren": (
            "{FA} ({AGE}) hat die Ware abgeholt.",
            "Laufkundschaft: {FA} ({AGE}), fragt nach Lieferung.",
        ),
        "action_item": (
            "Aufgabe: {A} schickt bis {date} das neue Angebot.",
            "TO-DO {A} – Lieferanten zurückrufen.",
        ),
        "print_footer": ("Gedruckt am {date} {CLOCK} von {FA} · Seite {PG}",),
        "sentence_start": ("{A} hat wegen der Farben angerufen.", "{A} kommt am Freitag vorbei."),
        "pair": ("{A} und {B} teilen sich den Termin.", "An {A} und {B} geschickt."),
        "honorific_t": ("{HON} {SA} möchte eine Papierkopie.", "Nachricht für {HON} {SA} auf dem Band."),
        "greeting": ("Hallo {GA}, der Entwurf ist fertig.", "Guten Tag {FA}, danke für den Auftrag."),
        "signoff": ("Gruß, {A}", "Beste Grüße, {FA}"),
        "contact": (
            "Tel. {PHONE}, Mail {EMAIL}",
            "Lieferadresse: {STREET}, {POSTCODE} {CITY}",
            "Geb. {DOB}, Steuer-ID {NID}",
            "Konto: IBAN {IBAN}",
        ),
        "notes": (
            "{FA} will es verpackt, {B} bestätigt das Maß.",
            "Vor Lieferung {FA} anrufen, {B} hat den Transporter.",
            "{FA} hat die Hälfte abgeholt, {B} quittiert den Rest.",
        ),
        "chat": (
            ("greeting", "hallo {M}, training heute noch?"),
            ("mention", "@{H} hast du die musikliste?"),
            ("thanks", "danke {M} fürs mitnehmen"),
            ("vocative", "wer bringt die boxen mit, {M}?"),
            ("signoff", "beitrag {amount} überwiesen. lg {SELF}"),
            ("pair", "{M} und {M2} tanzen am {date} vor"),
            ("plain", "auftritt am {date}, {amount} pro kopf für den bus"),
            ("plain", "neue nummer von mir: {PHONE}"),
        ),
        "system": "{SPK} hat {M} hinzugefügt",
        "shared": ("schaut mal, die neue schrittfolge", "kann jemand die halle buchen?", "fotos vom samstag"),
    },
    "fr": {
        "honorific": ("Mme", "M."),
        "age": "{n} ans",
        "titles": (
            "Responsable d'atelier",
            "Assistante comptable",
            "Chef d'expédition",
            "Chargée de clientèle",
        ),
        "shifts": ("sam. soir", "lun. matin", "mer. nuit", "dim. midi"),
        "quantity": "pièces",
        "invoice": "FAC/{y}/{n:05d}",
        "business": (
            "{C} commande {product} ({qty}) sous {order}, total {amount} ; {status}, saisi par {A}.",
            "Dossier {order} pour {C} via {company} le {date} : {product}, {amount}, actuellement {status} ; suivi par {A}.",
            "{invoice} adressée à {C} pour {order} : {product} x {qty}, {amount} ({status}), d'après {A}.",
            "Colis {tracking} pour {C} ({order}) remis à {company} : {product}, article {sku}, {amount} ; {status}, expédié par {A}.",
            "{C} a réglé {amount} pour {product} (code-barres {ean}) dans l'appli boutique {version} ; commande {order} {status}, vérifiée par {A}.",
        ),
        "fwd_block": (
            "---------- Message transféré ---------- De : {FA} <{MAILA}> Date : {date} Objet : commande {order}",
            "Début du message réexpédié : De : {FA} | Envoyé : {date} | À : accueil",
        ),
        "sig_title": ("-- {FA} | {TITLE} | {company}", "— {FA} · {TITLE} · {company}"),
        "reassigned": ("Réattribué de {A} à {B}.", "Ticket transféré de {A} vers {B} ce matin."),
        "shift_swap": ("Échange de créneau : {A} ⇄ {B} ({SHIFT}).", "{A} échange {SHIFT} avec {B}."),
        "log_line": (
            "{stamp} INFO  commandes.avoir - validé par {FA}",
            "{stamp} WARN  stock.controle - forcé par {FA}",
        ),
        "tab_row": ("Copié du tableur : {FA}\t{qty}\t{amount}\t{status}",),
        "fixed_width": ("Liste imprimée : {PADA}{qty}   {amount}",),
        "age_paren": (
            "{FA} ({AGE}) est passé(e) récupérer la commande.",
            "Client de passage : {FA} ({AGE}), demande la livraison.",
        ),
        "action_item": (
            "Action : {A} envoie le devis révisé avant le {date}.",
            "À FAIRE {A} – rappeler le fournisseur.",
        ),
        "print_footer": ("Imprimé le {date} à {CLOCK} par {FA} · page {PG}",),
        "sentence_start": ("{A} a appelé pour les coloris.", "{A} passera vendredi."),
        "pair": ("{A} et {B} partagent le rendez-vous.", "Envoyé à {A} et à {B}."),
        "honorific_t": ("{HON} {SA} souhaite une copie papier.", "Message laissé pour {HON} {SA}."),
        "greeting": ("Bonjour {GA}, l'épreuve est prête.", "Bonjour {FA}, merci pour votre commande."),
        "signoff": ("Bien à vous, {A}", "Cordialement, {FA}"),
        "contact": (
            "Tél. {PHONE}, courriel {EMAIL}",
            "Livrer au {STREET}, {POSTCODE} {CITY}",
            "Né(e) le {DOB}, NIR {NID}",
            "RIB : IBAN {IBAN}",
        ),
        "notes": (
            "{FA} veut un emballage cadeau, {B} confirme la taille.",
            "Appeler {FA} avant livraison, {B} a la camionnette.",
            "{FA} a retiré la moitié, {B} a signé pour le reste.",
        ),
        "chat": (
            ("greeting", "salut {M}, partie ce soir ?"),
            ("mention", "@{H} tu ramènes les cartes ?"),
            ("thanks", "merci {M} pour la tournée"),
            ("vocative", "qui tient les scores, {M} ?"),
            ("signoff", "cotisation {amount} payée. {SELF}"),
            ("pair", "{M} et {M2} jouent la garde le {date}"),
            ("plain", "tournoi le {date}, {amount} l'inscription"),
            ("plain", "mon nouveau numéro : {PHONE}"),
        ),
        "system": "{SPK} a ajouté {M}",
        "shared": ("regardez la nouvelle donne", "quelqu'un peut réserver la salle ?", "photos de samedi"),
    },
    "es": {
        "honorific": ("Sra.", "Sr."),
        "age": "{n} años",
        "titles": ("Jefa de taller", "Administración", "Responsable de envíos", "Atención al cliente"),
        "shifts": ("sáb. tarde", "lun. mañana", "mié. noche", "dom. mediodía"),
        "quantity": "uds.",
        "invoice": "FV/{y}/{n:05d}",
        "business": (
            "{C} encarga {product} ({qty}) con el pedido {order}, total {amount}; {status}, registrado por {A}.",
            "Expediente {order} de {C} vía {company} el {date}: {product}, {amount}, ahora {status}; lo lleva {A}.",
            "{invoice} emitida a {C} por {order}: {product} x {qty}, {amount} ({status}), según {A}.",
            "Bulto {tracking} de {C} ({order}) entregado a {company}: {product}, artículo {sku}, {amount}; {status}, enviado por {A}.",
            "{C} abonó {amount} por {product} (código de barras {ean}) en la app de la tienda {version}; pedido {order} {status}, revisado por {A}.",
        ),
        "fwd_block": (
            "---------- Mensaje reenviado ---------- De: {FA} <{MAILA}> Fecha: {date} Asunto: pedido {order}",
            "Inicio del mensaje reenviado: De: {FA} | Enviado: {date} | Para: taller",
        ),
        "sig_title": ("-- {FA} | {TITLE} | {company}", "— {FA} · {TITLE} · {company}"),
        "reassigned": ("Reasignado de {A} a {B}.", "Incidencia traspasada de {A} a {B} esta mañana."),
        "shift_swap": ("Cambio de turno: {A} ⇄ {B} ({SHIFT}).", "{A} cambia {SHIFT} con {B}."),
        "log_line": (
            "{stamp} INFO  pedidos.abono - aprobado por {FA}",
            "{stamp} WARN  almacen.control - forzado por {FA}",
        ),
        "tab_row": ("Copiado de la hoja: {FA}\t{qty}\t{amount}\t{status}",),
        "fixed_width": ("Listado impreso: {PADA}{qty}   {amount}",),
        "age_paren": (
            "{FA} ({AGE}) vino a recoger el pedido.",
            "Cliente sin cita: {FA} ({AGE}), pregunta por el envío.",
        ),
        "action_item": (
            "Acción: {A} manda el presupuesto revisado antes del {date}.",
            "PENDIENTE {A} – llamar al proveedor.",
        ),
        "print_footer": ("Impreso el {date} a las {CLOCK} por {FA} · página {PG}",),
        "sentence_start": ("{A} llamó por los colores.", "{A} se pasa el viernes."),
        "pair": ("{A} y {B} comparten la cita.", "Enviado a {A} y a {B}."),
        "honorific_t": (
            "{HON} {SA} quiere una copia en papel.",
            "Mensaje en el contestador para {HON} {SA}.",
        ),
        "greeting": ("Hola {GA}, la prueba está lista.", "Estimado/a {FA}, gracias por su pedido."),
        "signoff": ("Saludos, {A}", "Un cordial saludo, {FA}"),
        "contact": (
            "Tel. {PHONE}, correo {EMAIL}",
            "Entrega en {STREET}, {POSTCODE} {CITY}",
            "Nac. {DOB}, DNI {NID}",
            "Cuenta: IBAN {IBAN}",
        ),
        "notes": (
            "{FA} lo quiere envuelto, {B} confirma la medida.",
            "Llamar a {FA} antes de la entrega, {B} tiene la furgoneta.",
            "{FA} recogió la mitad, {B} firmó el resto.",
        ),
        "chat": (
            ("greeting", "hola {M}, ¿montamos el sábado?"),
            ("mention", "@{H} ¿tienes el musgo?"),
            ("thanks", "gracias {M} por las figuras"),
            ("vocative", "¿quién trae el corcho, {M}?"),
            ("signoff", "cuota {amount} pagada. un saludo, {SELF}"),
            ("pair", "{M} y {M2} montan el río el {date}"),
            ("plain", "exposición el {date}, {amount} la entrada"),
            ("plain", "mi número nuevo: {PHONE}"),
        ),
        "system": "{SPK} añadió a {M}",
        "shared": ("mirad el nuevo pesebre", "¿alguien reserva el local?", "fotos del sábado"),
    },
    "it": {
        "honorific": ("sig.ra", "sig."),
        "age": "{n} anni",
        "titles": ("Responsabile di laboratorio", "Amministrazione", "Capo spedizioni", "Assistenza clienti"),
        "shifts": ("sab. sera", "lun. mattina", "mer. notte", "dom. pranzo"),
        "quantity": "pz.",
        "invoice": "FT/{y}/{n:05d}",
        "business": (
            "{C} ordina {product} ({qty}) con l'ordine {order}, totale {amount}; {status}, registrato da {A}.",
            "Pratica {order} di {C} tramite {company} il {date}: {product}, {amount}, ora {status}; la segue {A}.",
            "{invoice} intestata a {C} per {order}: {product} x {qty}, {amount} ({status}), secondo {A}.",
            "Collo {tracking} di {C} ({order}) affidato a {company}: {product}, articolo {sku}, {amount}; {status}, spedito da {A}.",
            "{C} ha pagato {amount} per {product} (codice a barre {ean}) nell'app del negozio {version}; ordine {order} {status}, verificato da {A}.",
        ),
        "fwd_block": (
            "---------- Messaggio inoltrato ---------- Da: {FA} <{MAILA}> Data: {date} Oggetto: ordine {order}",
            "Inizio messaggio inoltrato: Da: {FA} | Inviato: {date} | A: laboratorio",
        ),
        "sig_title": ("-- {FA} | {TITLE} | {company}", "— {FA} · {TITLE} · {company}"),
        "reassigned": ("Riassegnato da {A} a {B}.", "Pratica passata da {A} a {B} stamattina."),
        "shift_swap": ("Cambio turno: {A} ⇄ {B} ({SHIFT}).", "{A} scambia {SHIFT} con {B}."),
        "log_line": (
            "{stamp} INFO  ordini.rimborso - approvato da {FA}",
            "{stamp} WARN  magazzino.verifica - forzato da {FA}",
        ),
        "tab_row": ("Copiato dal foglio: {FA}\t{qty}\t{amount}\t{status}",),
        "fixed_width": ("Elenco stampato: {PADA}{qty}   {amount}",),
        "age_paren": (
            "{FA} ({AGE}) è passato/a a ritirare l'ordine.",
            "Cliente di passaggio: {FA} ({AGE}), chiede della consegna.",
        ),
        "action_item": (
            "Azione: {A} invia il preventivo rivisto entro il {date}.",
            "DA FARE {A} – richiamare il fornitore.",
        ),
        "print_footer": ("Stampato il {date} alle {CLOCK} da {FA} · pagina {PG}",),
        "sentence_start": ("{A} ha telefonato per i colori.", "{A} passa venerdì."),
        "pair": ("{A} e {B} condividono l'appuntamento.", "Inviato a {A} e a {B}."),
        "honorific_t": ("{HON} {SA} vuole una copia cartacea.", "Messaggio in segreteria per {HON} {SA}."),
        "greeting": ("Ciao {GA}, la bozza è pronta.", "Gentile {FA}, grazie per l'ordine."),
        "signoff": ("Saluti, {A}", "Cordialmente, {FA}"),
        "contact": (
            "Tel. {PHONE}, e-mail {EMAIL}",
            "Consegna in {STREET}, {POSTCODE} {CITY}",
            "Nato/a il {DOB}, CF {NID}",
            "Conto: IBAN {IBAN}",
        ),
        "notes": (
            "{FA} lo vuole incartato, {B} conferma la misura.",
            "Chiamare {FA} prima della consegna, {B} ha il furgone.",
            "{FA} ha ritirato metà, {B} ha firmato per il resto.",
        ),
        "chat": (
            ("greeting", "ciao {M}, si gioca stasera?"),
            ("mention", "@{H} porti tu i mazzi?"),
            ("thanks", "grazie {M} per il passaggio"),
            ("vocative", "chi segna i punti, {M}?"),
            ("signoff", "quota {amount} versata. {SELF}"),
            ("pair", "{M} e {M2} fanno coppia il {date}"),
            ("plain", "torneo il {date}, iscrizione {amount}"),
            ("plain", "il mio nuovo numero: {PHONE}"),
        ),
        "system": "{SPK} ha aggiunto {M}",
        "shared": ("guardate la nuova smazzata", "qualcuno prenota la sala?", "foto di sabato"),
    },
    "nl": {
        "honorific": ("mevr.", "dhr."),
        "age": "{n} jaar",
        "titles": ("Hoofd werkplaats", "Administratie", "Teamleider expeditie", "Klantenservice"),
        "shifts": ("za laat", "ma vroeg", "wo nacht", "zo middag"),
        "quantity": "st.",
        "invoice": "FAKT/{y}/{n:05d}",
        "business": (
            "{C} bestelt {product} ({qty}) onder {order}, totaal {amount}; {status}, ingevoerd door {A}.",
            "Dossier {order} voor {C} via {company} op {date}: {product}, {amount}, nu {status}; {A} volgt het op.",
            "{invoice} aan {C} voor {order}: {product} x {qty}, {amount} ({status}), volgens {A}.",
            "Pakket {tracking} voor {C} ({order}) meegegeven aan {company}: {product}, artikel {sku}, {amount}; {status}, verstuurd door {A}.",
            "{C} betaalde {amount} voor {product} (streepjescode {ean}) in de winkel-app {version}; bestelling {order} {status}, gecontroleerd door {A}.",
        ),
        "fwd_block": (
            "---------- Doorgestuurd bericht ---------- Van: {FA} <{MAILA}> Datum: {date} Onderwerp: bestelling {order}",
            "Begin van doorgestuurd bericht: Van: {FA} | Verzonden: {date} | Aan: werkplaats",
        ),
        "sig_title": ("-- {FA} | {TITLE} | {company}", "— {FA} · {TITLE} · {company}"),
        "reassigned": ("Overgedragen van {A} naar {B}.", "Ticket opnieuw toegewezen: van {A} naar {B}."),
        "shift_swap": ("Dienst geruild: {A} ⇄ {B} ({SHIFT}).", "{A} ruilt {SHIFT} met {B}."),
        "log_line": (
            "{stamp} INFO  bestellingen.creditnota - goedgekeurd door {FA}",
            "{stamp} WARN  voorraad.controle - handmatig gezet door {FA}",
        ),
        "tab_row": ("Uit het rekenblad: {FA}\t{qty}\t{amount}\t{status}",),
        "fixed_width": ("Afgedrukte lijst: {PADA}{qty}   {amount}",),
        "age_paren": (
            "{FA} ({AGE}) kwam de bestelling ophalen.",
            "Binnenloper: {FA} ({AGE}), vraagt naar bezorging.",
        ),
        "action_item": (
            "Actie: {A} stuurt vóór {date} de nieuwe offerte.",
            "TE DOEN {A} – leverancier terugbellen.",
        ),
        "print_footer": ("Afgedrukt op {date} om {CLOCK} door {FA} · pagina {PG}",),
        "sentence_start": ("{A} belde over de kleuren.", "{A} komt vrijdag langs."),
        "pair": ("{A} en {B} delen de afspraak.", "Gestuurd naar {A} en {B}."),
        "honorific_t": ("{HON} {SA} wil een papieren kopie.", "Voicemail ingesproken voor {HON} {SA}."),
        "greeting": ("Hoi {GA}, de proef is klaar.", "Beste {FA}, bedankt voor uw bestelling."),
        "signoff": ("Groet, {A}", "Met vriendelijke groet, {FA}"),
        "contact": (
            "Tel. {PHONE}, mail {EMAIL}",
            "Bezorgen op {STREET}, {POSTCODE} {CITY}",
            "Geb. {DOB}, BSN {NID}",
            "Rekening: IBAN {IBAN}",
        ),
        "notes": (
            "{FA} wil het ingepakt, {B} bevestigt de maat.",
            "Bel {FA} voor de levering, {B} heeft het busje.",
            "{FA} heeft de helft opgehaald, {B} tekende voor de rest.",
        ),
        "chat": (
            ("greeting", "hoi {M}, repetitie vanavond?"),
            ("mention", "@{H} heb jij de muziek?"),
            ("thanks", "dank je {M} voor het rijden"),
            ("vocative", "wie neemt de klompen mee, {M}?"),
            ("signoff", "contributie {amount} betaald. groet {SELF}"),
            ("pair", "{M} en {M2} dansen voor op {date}"),
            ("plain", "optreden op {date}, {amount} p.p. voor de bus"),
            ("plain", "mijn nieuwe nummer: {PHONE}"),
        ),
        "system": "{SPK} heeft {M} toegevoegd",
        "shared": ("kijk, de nieuwe pasjes", "kan iemand de zaal boeken?", "foto's van zaterdag"),
    },
    "pl": {
        "honorific": ("pani", "pan"),
        "age": "{n} l.",
        "titles": ("Kierownik pracowni", "Księgowość", "Kierownik wysyłki", "Obsługa klienta"),
        "shifts": ("sob. popołudnie", "pon. rano", "śr. noc", "niedz. południe"),
        "quantity": "szt.",
        "invoice": "FV/{y}/{n:05d}/PL",
        "business": (
            "{C} zamawia {product} ({qty}) w zamówieniu {order}, razem {amount}; {status}, wpisał(a) {A}.",
            "Sprawa {order} dla {C} przez {company} dnia {date}: {product}, {amount}, obecnie {status}; prowadzi {A}.",
            "{invoice} wystawiona dla {C} do {order}: {product} x {qty}, {amount} ({status}), wg {A}.",
            "Paczka {tracking} dla {C} ({order}) przekazana firmie {company}: {product}, artykuł {sku}, {amount}; {status}, nadał(a) {A}.",
            "{C} zapłacił(a) {amount} za {product} (kod kreskowy {ean}) w aplikacji sklepu {version}; zamówienie {order} {status}, sprawdził(a) {A}.",
        ),
        "fwd_block": (
            "---------- Przekazana wiadomość ---------- Od: {FA} <{MAILA}> Data: {date} Temat: zamówienie {order}",
            "Początek przekazanej wiadomości: Od: {FA} | Wysłano: {date} | Do: pracownia",
        ),
        "sig_title": ("-- {FA} | {TITLE} | {company}", "— {FA} · {TITLE} · {company}"),
        "reassigned": ("Przepisane z {A} na {B}.", "Zgłoszenie przekazane: z {A} na {B}."),
        "shift_swap": ("Zamiana zmian: {A} ⇄ {B} ({SHIFT}).", "{A} zamienia {SHIFT} z {B}."),
        "log_line": (
            "{stamp} INFO  zamowienia.korekta - zatwierdził {FA}",
            "{stamp} WARN  magazyn.kontrola - wymusił {FA}",
        ),
        "tab_row": ("Z arkusza: {FA}\t{qty}\t{amount}\t{status}",),
        "fixed_width": ("Wydruk listy: {PADA}{qty}   {amount}",),
        "age_paren": (
            "{FA} ({AGE}) odebrał(a) zamówienie.",
            "Klient z ulicy: {FA} ({AGE}), pyta o dostawę.",
        ),
        "action_item": (
            "Zadanie: {A} wysyła poprawioną ofertę do {date}.",
            "DO ZROBIENIA {A} – oddzwonić do dostawcy.",
        ),
        "print_footer": ("Wydrukowano {date} o {CLOCK}, drukował(a) {FA} · strona {PG}",),
        "sentence_start": ("{A} dzwonił(a) w sprawie kolorów.", "{A} wpadnie w piątek."),
        "pair": ("{A} i {B} dzielą się terminem.", "Wysłane do: {A} i {B}."),
        "honorific_t": ("{HON} {SA} prosi o kopię papierową.", "Wiadomość głosowa dla: {HON} {SA}."),
        "greeting": ("Cześć {GA}, próbka gotowa.", "Dzień dobry {FA}, dziękujemy za zamówienie."),
        "signoff": ("Pozdrawiam, {A}", "Z poważaniem, {FA}"),
        "contact": (
            "Tel. {PHONE}, e-mail {EMAIL}",
            "Dostawa: {STREET}, {POSTCODE} {CITY}",
            "Ur. {DOB}, PESEL {NID}",
            "Konto: IBAN {IBAN}",
        ),
        "notes": (
            "{FA} chce pakowanie na prezent, {B} potwierdza rozmiar.",
            "Przed dostawą dzwonić: {FA}; busa ma {B}.",
            "{FA} odebrał(a) połowę, resztę pokwitował(a) {B}.",
        ),
        "chat": (
            ("greeting", "siema {M}, jedziemy w sobotę?"),
            ("mention", "@{H} masz mapę trasy?"),
            ("thanks", "dzięki {M} za holowanie"),
            ("vocative", "kto prowadzi kolumnę, {M}?"),
            ("signoff", "składka {amount} wpłacona. {SELF}"),
            ("pair", "{M} i {M2} jadą przodem {date}"),
            ("plain", "zlot {date}, wpisowe {amount}"),
            ("plain", "mój nowy numer: {PHONE}"),
        ),
        "system": "{SPK} dodał(a) {M} do grupy",
        "shared": ("zobaczcie nową trasę", "ktoś zarezerwuje salę?", "zdjęcia z soboty"),
    },
    "pt": {
        "honorific": ("Sra.", "Sr."),
        "age": "{n} anos",
        "titles": ("Chefe de oficina", "Contabilidade", "Responsável de expedição", "Apoio ao cliente"),
        "shifts": ("sáb. tarde", "seg. manhã", "qua. noite", "dom. almoço"),
        "quantity": "un.",
        "invoice": "FT/{y}/{n:05d}/PT",
        "business": (
            "{C} encomenda {product} ({qty}) com a referência {order}, total {amount}; {status}, registado por {A}.",
            "Processo {order} de {C} via {company} em {date}: {product}, {amount}, agora {status}; acompanhado por {A}.",
            "{invoice} emitida a {C} para {order}: {product} x {qty}, {amount} ({status}), segundo {A}.",
            "Volume {tracking} de {C} ({order}) entregue à {company}: {product}, artigo {sku}, {amount}; {status}, expedido por {A}.",
            "{C} pagou {amount} por {product} (código de barras {ean}) na app da loja {version}; encomenda {order} {status}, verificada por {A}.",
        ),
        "fwd_block": (
            "---------- Mensagem reencaminhada ---------- De: {FA} <{MAILA}> Data: {date} Assunto: encomenda {order}",
            "Início da mensagem reencaminhada: De: {FA} | Enviado: {date} | Para: receção",
        ),
        "sig_title": ("-- {FA} | {TITLE} | {company}", "— {FA} · {TITLE} · {company}"),
        "reassigned": ("Reatribuído de {A} para {B}.", "Pedido passado de {A} para {B} esta manhã."),
        "shift_swap": ("Troca de turno: {A} ⇄ {B} ({SHIFT}).", "{A} troca {SHIFT} com {B}."),
        "log_line": (
            "{stamp} INFO  encomendas.reembolso - aprovado por {FA}",
            "{stamp} WARN  armazem.controlo - forçado por {FA}",
        ),
        "tab_row": ("Copiado da folha: {FA}\t{qty}\t{amount}\t{status}",),
        "fixed_width": ("Lista impressa: {PADA}{qty}   {amount}",),
        "age_paren": (
            "{FA} ({AGE}) veio levantar a encomenda.",
            "Cliente de passagem: {FA} ({AGE}), pergunta pela entrega.",
        ),
        "action_item": (
            "Ação: {A} envia o orçamento revisto até {date}.",
            "A FAZER {A} – ligar ao fornecedor.",
        ),
        "print_footer": ("Impresso em {date} às {CLOCK} por {FA} · página {PG}",),
        "sentence_start": ("{A} ligou por causa das cores.", "{A} passa cá na sexta."),
        "pair": ("{A} e {B} partilham a marcação.", "Enviado a {A} e a {B}."),
        "honorific_t": ("{HON} {SA} quer uma cópia em papel.", "Recado deixado para {HON} {SA}."),
        "greeting": ("Olá {GA}, a prova está pronta.", "Caro/a {FA}, obrigado pela encomenda."),
        "signoff": ("Abraço, {A}", "Com os melhores cumprimentos, {FA}"),
        "contact": (
            "Tel. {PHONE}, email {EMAIL}",
            "Entregar em {STREET}, {POSTCODE} {CITY}",
            "Nasc. {DOB}, NIF {NID}",
            "Conta: IBAN {IBAN}",
        ),
        "notes": (
            "{FA} quer embrulho, {B} confirma a medida.",
            "Ligar a {FA} antes da entrega, {B} tem a carrinha.",
            "{FA} levantou metade, {B} assinou o resto.",
        ),
        "chat": (
            ("greeting", "olá {M}, ensaio hoje?"),
            ("mention", "@{H} trazes as baquetas?"),
            ("thanks", "obrigado {M} pela boleia"),
            ("vocative", "quem leva o bombo grande, {M}?"),
            ("signoff", "quota {amount} paga. abraço, {SELF}"),
            ("pair", "{M} e {M2} tocam à frente no dia {date}"),
            ("plain", "arruada no dia {date}, {amount} por pessoa"),
            ("plain", "o meu número novo: {PHONE}"),
        ),
        "system": "{SPK} adicionou {M}",
        "shared": ("vejam o novo toque", "alguém reserva a sala?", "fotos de sábado"),
    },
}
#: Street forms ("{R}" the invented root, "{n}" a number) and place endings per language.
PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("{n} {R} Crescent", "{n} {R} Walk", "Apartment {n}, {R} House"),
        ("stoke", "hurst", "ley", "thorpe"),
    ),
    "de": (("{R}allee {n}", "Am {R}bach {n}", "{R}gässle {n}"), ("ingen", "dorf", "bach", "reuth")),
    "fr": (("{n} rue {R}", "{n} place {R}", "{n} quai {R}"), ("ac", "ville", "ières", "ot")),
    "es": (("Calle {R}, {n}", "Avenida {R} {n}", "Callejón {R}, {n}"), ("ales", "iego", "ón", "illa")),
    "it": (("Via {R} {n}", "Largo {R} {n}", "Viale {R} {n}"), ("ano", "ello", "ate", "ore")),
    "nl": (("{R}straat {n}", "{R}plein {n}", "{R}gracht {n}"), ("wijk", "broek", "hem", "zand")),
    "pl": (("ul. {R} {n}", "al. {R} {n}", "pl. {R} {n}"), ("owo", "ice", "ek", "ów")),
    "pt": (("Rua {R}, {n}", "Travessa {R} {n}", "Largo {R}, {n}"), ("ães", "ela", "inho", "ar")),
}
_ROOT_ONSETS = (
    "b",
    "br",
    "d",
    "dr",
    "f",
    "g",
    "gl",
    "h",
    "k",
    "kr",
    "l",
    "m",
    "n",
    "p",
    "pl",
    "s",
    "t",
    "tr",
    "v",
)
_ROOT_VOWELS = ("a", "e", "i", "o", "u", "ai", "au")
_ROOT_CODAS = ("", "", "l", "n", "r", "s", "m", "nt")


# --- vetting and pools --------------------------------------------------------------------------------------

#: JSON keys, layout words and fixed cell texts (table headers and values are in `TABLES`).
_KEYS = (
    "hdr ref opened positions art n abstract timeline note party post text fullname type message ts "
    "user_profile real_name subtype channel_join attachments author_name ZCZC NNNN TLX INFO WARN "
    "guide ans turno nr lettering crew Van SKU EAN NI NIR DNI CF BSN PESEL NIF IBAN Steuer-ID"
)


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


@lru_cache(maxsize=1)
def template_words() -> frozenset[str]:
    """Every word (two letters or more, case-folded) of this module's templates, keys, products,
    companies, statuses, headers, street forms, month names and mail domains."""
    sources = (TEXT, FILES, ROOTS, PRODUCTS, COMPANIES, STATUSES, MONTHS, MAIL_DOMAINS, PLACES, TABLES, _KEYS)
    return frozenset(w for s in _strings(sources) for w in words_of(s) if len(w) >= 2)


def _max_zipf(word: str) -> float:
    return max(zipf_frequency(word, lang) for lang in LANGS)


@cache
def in_large(word: str) -> bool:
    """``word`` is in wordfreq's "large" list of one of `LARGE_LANGS`."""
    return any(zipf_frequency(word, lang, wordlist="large") > 0 for lang in LARGE_LANGS)


@cache
def vetted(word: str) -> bool:
    """A name word this set may plant: three letters or more, in every spelling unknown to the engine,
    to Faker and to mimesis, no word of this module's templates, and rare in all eight languages."""
    folded = fold_ascii(word)
    if len(word) < 3 or len(folded) < 3 or not word.isalpha() or not folded.isalpha():
        return False
    forms = {word, word.upper(), word.lower(), _title(word.lower()), folded, folded.upper(), _title(folded)}
    banned = template_words()
    faker, mim = faker_person_words(), mimesis_person_words()
    for form in forms:
        key = form.casefold()
        if key in banned or key in faker or key in mim:
            return False
    if not all(usable(form) for form in forms):
        return False
    return max(_max_zipf(word), _max_zipf(folded)) < 3


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    gender: str  # "f" | "m"
    group: str  # invented | mimesis | wordlike
    origin: str  # style:<s> | locale:<l> | wordsrc:<w>
    canary: bool = False

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


#: Three vowels in a row, one letter thrice, a syllable said twice: an invented word that reads badly.
_AWKWARD = re.compile(r"[aeiouöüəy]{3}|(.)\1\1|(\w{2,})\2", re.IGNORECASE)


def _invent(rng: random.Random, style: str, syllables: tuple[int, int]) -> str:
    parts, endings = STYLES[style]
    word = "".join(rng.choice(parts) for _ in range(rng.randint(*syllables))) + rng.choice(endings)
    return "" if _AWKWARD.search(word) else _title(word)


@lru_cache(maxsize=1)
def _invented_pools() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per style: (given names, surnames), vetted, sorted."""
    rng = random.Random(_POOL_SEED)
    pools = {}
    for style in sorted(STYLES):
        given: set[str] = set()
        surnames: set[str] = set()
        for _ in range(1200):
            if len(given) < _POOL:
                word = _invent(rng, style, (1, 2))
                if word and vetted(word):
                    given.add(word)
            if len(surnames) < _POOL:
                word = _invent(rng, style, (2, 3))
                if word and vetted(word) and word not in given:
                    surnames.add(word)
        pools[style] = (tuple(sorted(given)), tuple(sorted(surnames)))
    return pools


def _mimesis_json(locale: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((_MIMESIS_DATA / locale / "person.json").read_text(encoding="utf-8"))
    return data


def _latin(word: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in word if c.isalpha())


def _pick_pool(words: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    """Up to `_POOL` words, those in a wordfreq large list first (real rare name forms)."""
    known = [w for w in words if in_large(w)]
    other = [w for w in words if not in_large(w)]
    rng.shuffle(known)
    rng.shuffle(other)
    take = known[: _POOL * 2 // 3]
    return tuple(sorted(take + other[: _POOL - len(take)]))


@lru_cache(maxsize=1)
def _mimesis_pools() -> dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Per locale and gender ("f"/"m"): (given names, surnames), romanised, vetted, sorted."""
    rng = random.Random(_POOL_SEED + 1)
    pools: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for locale in MIMESIS_LOCALES:
        data = _mimesis_json(locale)
        pools[locale] = {}
        for gender, key in (("f", "female"), ("m", "male")):
            names = data["names"][key]
            surnames = data["surnames"][key] if isinstance(data["surnames"], dict) else data["surnames"]
            picked = []
            for items in (names, surnames):
                words = sorted({_title(romanise(w, locale)) for w in items} - {""})
                words = [w for w in words if _latin(w) and vetted(w)]
                picked.append(_pick_pool(words, rng))
            pools[locale][gender] = (picked[0], tuple(w for w in picked[1] if w not in picked[0]))
    return pools


@lru_cache(maxsize=1)
def _wordlike_pools() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per source: (given names, surnames) that pass the filters and are in a large list."""
    pools = {}
    for src, (given, surnames) in sorted(WORDLIKE.items()):
        ok_given = tuple(sorted(_title(w) for w in given if vetted(_title(w)) and in_large(w)))
        ok_surnames = tuple(
            sorted(_title(w) for w in surnames if vetted(_title(w)) and in_large(w) and w not in given)
        )
        if len(ok_given) >= 2 and len(ok_surnames) >= 3:
            pools[src] = (ok_given, ok_surnames)
    return pools


@lru_cache(maxsize=1)
def canaries() -> tuple[Person, ...]:
    """The three canary people (invented, one per canary style)."""
    pools = _invented_pools()
    people = []
    for i, style in enumerate(CANARY_STYLES):
        given, surnames = pools[style]
        people.append(
            Person(given[2 * i + 1], surnames[-2 - i], "mf"[i % 2], "invented", f"style:{style}", True)
        )
    return tuple(people)


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Every name word any person of this set may carry (case-folded, also ASCII-folded)."""
    words: set[str] = set()
    for given, surnames in _invented_pools().values():
        words.update(w.casefold() for w in given + surnames)
    for by_gender in _mimesis_pools().values():
        for given, surnames in by_gender.values():
            words.update(w.casefold() for w in given + surnames)
    for given, surnames in _wordlike_pools().values():
        words.update(w.casefold() for w in given + surnames)
    words.update(fold_ascii(w) for w in list(words))
    return frozenset(words)


@lru_cache(maxsize=1)
def _place_roots() -> tuple[str, ...]:
    """Invented place roots: vetted like names (as cities) and no name word."""
    rng = random.Random(_POOL_SEED + 2)
    names = name_words()
    roots: set[str] = set()
    while len(roots) < 150:
        root = "".join(
            rng.choice(_ROOT_ONSETS) + rng.choice(_ROOT_VOWELS) + rng.choice(_ROOT_CODAS) for _ in range(2)
        )
        root = _title(root)
        if (
            len(root) >= 4
            and not _AWKWARD.search(root)
            and root.casefold() not in names
            and usable(root)
            and _max_zipf(root) < 3
        ):
            roots.add(root)
    return tuple(sorted(roots))


class People:
    """Draws persons: the group first (37 % invented, 35 % mimesis, 28 % word-like), then its source.
    A word-like name never comes from the language it is written in."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.invented = _invented_pools()
        self.mimesis = _mimesis_pools()
        self.wordlike = _wordlike_pools()
        self.canary_words = {w for p in canaries() for w in (p.given, p.surname)}

    def _pick(self, words: Sequence[str]) -> str:
        choices = [w for w in words if w not in self.canary_words] or list(words)
        return self.rng.choice(choices)

    def draw(self, lang: str) -> Person:
        rng = self.rng
        gender = rng.choice("fm")
        roll = rng.random()
        if roll < 0.37:
            style = rng.choice(sorted(self.invented))
            given, surnames = self.invented[style]
            return Person(self._pick(given), self._pick(surnames), gender, "invented", f"style:{style}")
        if roll < 0.72:
            locale = rng.choice(sorted(self.mimesis))
            given, surnames = self.mimesis[locale][gender]
            if not given or not surnames:
                return self.draw(lang)
            return Person(rng.choice(given), rng.choice(surnames), gender, "mimesis", f"locale:{locale}")
        src = rng.choice([s for s in sorted(self.wordlike) if s != lang])
        given, surnames = self.wordlike[src]
        return Person(rng.choice(given), rng.choice(surnames), gender, "wordlike", f"wordsrc:{src}")


@cache
def _cities(lang: str) -> tuple[str, ...]:
    names = name_words()
    endings = PLACES[lang][1]
    found = []
    for i, root in enumerate(_place_roots()):
        city = root + endings[i % len(endings)]
        if city.casefold() not in names and usable(city) and _max_zipf(city) < 3:
            found.append(city)
    return tuple(found)


# --- values ---------------------------------------------------------------------------------------------

_DATE_FORMATS = {"en": "%d/%m/%Y", "de": "%d.%m.%Y", "pl": "%d.%m.%Y", "nl": "%d-%m-%Y", "pt": "%d-%m-%Y"}
_LONG_DATES = {
    "en": "{d} {m} {y}",
    "de": "{d}. {m} {y}",
    "fr": "{d} {m} {y}",
    "es": "{d} de {m} de {y}",
    "it": "{d} {m} {y}",
    "nl": "{d} {m} {y}",
    "pl": "{d} {m} {y}",
    "pt": "{d} de {m} de {y}",
}
_START = dt.datetime(2025, 2, 3, 7, 30, tzinfo=dt.UTC)


def format_date(day: dt.date, lang: str, long: bool = False) -> str:
    if long:
        return _LONG_DATES[lang].format(d=day.day, m=MONTHS[lang][day.month - 1], y=day.year)
    return day.strftime(_DATE_FORMATS.get(lang, "%d/%m/%Y"))


def format_amount(value: float, lang: str) -> str:
    text = f"{value:,.2f}"
    if lang == "en":
        return f"£{text}"
    if lang == "pl":
        return f"{text.replace(',', ' ').replace('.', ',')} zł"
    if lang == "fr":
        return f"{text.replace(',', ' ').replace('.', ',')} €"
    if lang == "pt":
        return f"{text.replace(',', ' ').replace('.', ',')} €"
    text = text.replace(",", "#").replace(".", ",").replace("#", ".")
    return f"€ {text}" if lang == "nl" else f"{text} €"


def uk_ni_number(rng: random.Random) -> str:
    """A National Insurance number of valid shape (prefix letters and suffix as HMRC allows)."""
    lead, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    prefix = "AB"
    for _ in range(50):
        prefix = rng.choice(lead) + rng.choice(second)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    body = f"{rng.randrange(10**6):06d}"
    return f"{prefix}{body}{rng.choice('ABCD')}"


def email_for(rng: random.Random, person: Person) -> str:
    """Runs of two letters at most from the person's names, split by digits or dots: no name word of
    three letters or more is whole in it."""
    given = (fold_ascii(person.given) + "xx")[:2]
    surname = (fold_ascii(person.surname) + "yy")[:2]
    local = rng.choice(
        [
            f"{given}.{surname}.{rng.randint(10, 99)}",
            f"{surname}{rng.randint(1, 9)}{given}{rng.randint(10, 99)}",
            f"{given[0]}.{surname}{rng.randint(100, 999)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def case_of(value: str) -> str:
    letters = [c for c in value if c.isalpha()]
    if all(c.islower() for c in letters):
        return "lower"
    if all(c.isupper() for c in letters):
        return "upper"
    return "title"


def large_tag(value: str) -> list[str]:
    """``["inlarge"]`` when a word of the name is in a wordfreq large list."""
    return ["inlarge"] if any(in_large(w.casefold()) for w in name_tokens(value)) else []


_PERSON_KEYS = {"A", "B", "C", "FA", "FB", "GA", "SA", "PADA", "M", "M2", "H", "SELF"}
_CONTACT_KEYS = {"MAILA", "EMAIL", "PHONE", "STREET", "POSTCODE", "CITY", "DOB", "NID", "IBAN"}
_FILLER_KEYS = {"HON", "AGE", "TITLE", "SHIFT", "CLOCK", "PG"}
_PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")
_FIXED_WIDTH = 36


class Builder:
    """Fills templates of one language and records what each placeholder planted."""

    def __init__(self, rng: random.Random, lang: str, code: str) -> None:
        self.rng = rng
        self.lang = lang
        self.code = code

    # business values
    def day(self) -> dt.date:
        return (_START + dt.timedelta(days=self.rng.randrange(320))).date()

    def moment(self) -> dt.datetime:
        return _START + dt.timedelta(seconds=self.rng.randrange(320 * 24 * 3600))

    def utility(self, kind: str, lang: str | None = None, lower: bool = False) -> tuple[str, str]:
        """(value, utility kind) of a business placeholder."""
        rng, lang = self.rng, lang or self.lang
        n = rng.randint(1000, 99999)
        if kind == "order":
            return f"{self.code}{rng.randint(10, 99)}-{n:05d}", "order_number"
        if kind == "invoice":
            return str(TEXT[self.lang]["invoice"]).format(y=2025, n=n), "invoice_number"
        if kind == "tracking":
            digits = "".join(rng.choice(string.digits) for _ in range(18))
            return rng.choice(
                [f"00{digits}", f"CX{digits[:9]}DE", f"TRK-{self.code}-{digits[:10]}"]
            ), "tracking_number"
        if kind == "sku":
            return (
                f"{self.code}/{rng.choice(string.ascii_uppercase)}{n % 1000:03d}-{rng.randint(10, 99)}",
                "sku",
            )
        if kind == "ean":
            body = "".join(rng.choice(string.digits) for _ in range(12))
            return body + std_ean.calc_check_digit(body), "ean"
        if kind == "version":
            return f"v{rng.randint(2, 9)}.{rng.randint(0, 24)}.{rng.randint(0, 30)}", "version"
        if kind == "amount":
            sum_ = rng.randint(5, 80) if lower else rng.randint(12, 5200) + rng.choice([0, 0.5, 0.95, 0.2])
            return format_amount(sum_, lang), "amount"
        if kind == "date":
            return format_date(self.day(), lang, long=not lower and rng.random() < 0.3), "date"
        if kind == "stamp":
            return self.moment().strftime("%Y-%m-%d %H:%M:%S"), "timestamp"
        if kind == "status":
            return rng.choice(STATUSES[lang]), "status"
        if kind == "company":
            return rng.choice(COMPANIES[lang]), "company"
        if kind == "product":
            product = rng.choice(PRODUCTS[self.code])
            return (product.lower() if lower else product), "product"
        if kind == "qty":
            return f"{rng.randint(1, 40)} {TEXT[self.lang]['quantity']}", "quantity"
        raise KeyError(kind)

    # persons
    def form(self, person: Person, lower: bool = False) -> tuple[str, list[str]]:
        """A person as a text of this set may write them: mostly the full name."""
        if person.canary:
            return (person.full.lower() if lower else person.full), []
        roll = self.rng.random()
        if roll < 0.6:
            value, forms = person.full, []
        elif roll < 0.72:
            value, forms = person.given.lower(), ["given_only"]
        elif roll < 0.8:
            value, forms = person.surname.upper(), ["surname_only"]
        elif roll < 0.87:
            value, forms = f"{person.surname}, {person.given}", ["reversed"]
        elif roll < 0.93:
            value, forms = f"{person.given[0]}. {person.surname}", ["initial"]
        elif roll < 0.97:
            value, forms = person.full.upper(), []
        else:
            value, forms = person.full.lower(), []
        return (value.lower() if lower else value), forms

    def plant_person(
        self, person: Person, value: str, slot: str, forms: Sequence[str], field: str, lang: str | None = None
    ) -> Planted:
        tags = [f"lang:{lang or self.lang}", case_of(value), person.group, person.origin, slot, *forms]
        tags += large_tag(value)
        if person.canary:
            tags.append("canary")
        return Planted("PERSON", value, field, tags)

    # contacts
    def address(self, lang: str) -> tuple[str, str, str]:
        rng = self.rng
        form = rng.choice(PLACES[lang][0])
        street = form.format(R=rng.choice(_place_roots()), n=rng.randint(1, 160))
        return street, postcode(rng, COUNTRY[lang]), rng.choice(_cities(lang))

    def national(self, lang: str) -> tuple[str, str]:
        found = national_id(self.rng, COUNTRY[lang])
        return found if found is not None else (uk_ni_number(self.rng), "GB NINO")

    def render(
        self,
        template: str,
        field: str,
        slot: str,
        persons: dict[str, Person],
        lang: str | None = None,
        lower: bool = False,
    ) -> tuple[str, list[Planted]]:
        """``template`` filled in; the planted values in text order."""
        lang = lang or self.lang
        out: list[str] = []
        planted: list[Planted] = []
        cache: dict[str, Any] = {}
        pos = 0
        for match in _PLACEHOLDER.finditer(template):
            out.append(template[pos : match.start()])
            pos = match.end()
            text, plants = self._value(match.group(1), field, slot, persons, lang, lower, cache)
            out.append(text)
            planted.extend(plants)
        out.append(template[pos:])
        return "".join(out), planted

    def _value(
        self,
        key: str,
        field: str,
        slot: str,
        persons: dict[str, Person],
        lang: str,
        lower: bool,
        cache: dict[str, Any],
    ) -> tuple[str, list[Planted]]:
        if key in _PERSON_KEYS:
            return self._person_value(key, field, slot, persons, lang, lower)
        if key in _CONTACT_KEYS:
            return self._contact_value(key, field, persons, lang, cache)
        if key in _FILLER_KEYS:
            return self._filler(key, persons, lang), []
        value, kind = self.utility(
            key, lang if key in {"amount", "date", "status", "company"} else None, lower
        )
        return value, [Planted(f"utility:{kind}", value, field, [f"lang:{self.lang}"])]

    def _person_value(
        self, key: str, field: str, slot: str, persons: dict[str, Person], lang: str, lower: bool
    ) -> tuple[str, list[Planted]]:
        rng = self.rng
        if key in {"A", "B", "C"}:
            person = persons[key]
            value, forms = self.form(person, lower)
            here = {"C": "customer", "A": "agent"}.get(key, slot) if slot == "business" else slot
            return value, [self.plant_person(person, value, here, forms, field, lang)]
        if key in {"M", "M2"}:
            person = persons[key]
            if rng.random() < 0.3 or person.canary:
                value, forms = person.full.lower(), []
            else:
                value, forms = person.given.lower(), ["given_only"]
            return value, [self.plant_person(person, value, slot, forms, field, lang)]
        if key in {"FA", "FB", "PADA"}:
            person = persons["B" if key == "FB" else "A"]
            value = person.full.lower() if lower else person.full
            plant = self.plant_person(person, value, slot, [], field, lang)
            pad = " " * max(3, _FIXED_WIDTH - len(value)) if key == "PADA" else ""
            return value + pad, [plant]
        if key == "GA":
            person = persons["A"]
            return person.given, [self.plant_person(person, person.given, slot, ["given_only"], field, lang)]
        if key == "SA":
            person = persons["A"]
            return person.surname, [
                self.plant_person(person, person.surname, slot, ["surname_only"], field, lang)
            ]
        if key == "H":
            person = persons["M"]
            value = (
                f"{person.given}.{person.surname}".lower() if rng.random() < 0.35 else person.given.lower()
            )
            return value, [self.plant_person(person, value, "mention", [], field, lang)]
        person = persons["SELF"]
        value = person.given.lower()
        return value, [self.plant_person(person, value, "signoff", ["given_only"], field, lang)]

    def _filler(self, key: str, persons: dict[str, Person], lang: str) -> str:
        """Placeholders that plant nothing: honorifics, ages, job titles, shifts, clock times, pages."""
        rng, text = self.rng, TEXT[lang]
        if key == "HON":
            return str(text["honorific"][0 if persons["A"].gender == "f" else 1])
        if key == "AGE":
            return str(text["age"]).format(n=rng.randint(19, 88))
        if key == "TITLE":
            return str(rng.choice(text["titles"]))
        if key == "SHIFT":
            return str(rng.choice(text["shifts"]))
        if key == "CLOCK":
            return f"{rng.randint(7, 19):02d}:{rng.choice([0, 5, 12, 20, 34, 48]):02d}"
        total = rng.randint(1, 4)
        return f"{rng.randint(1, total)}/{total}"  # PG

    def _contact_value(
        self, key: str, field: str, persons: dict[str, Person], lang: str, cache: dict[str, Any]
    ) -> tuple[str, list[Planted]]:
        rng, tag = self.rng, [f"lang:{lang}"]
        if key in {"MAILA", "EMAIL"}:
            value = email_for(rng, persons["A" if key == "MAILA" else "C"])
            return value, [Planted("EMAIL_ADDRESS", value, field, tag)]
        if key == "PHONE":
            value, style = phone(rng, COUNTRY[lang])
            return value, [Planted("PHONE_NUMBER", value, field, [*tag, style])]
        if key in {"STREET", "POSTCODE", "CITY"}:
            if "address" not in cache:
                cache["address"] = self.address(lang)
            street, code, city = cache["address"]
            value, entity = {
                "STREET": (street, "STREET_ADDRESS"),
                "POSTCODE": (code, "POSTCODE"),
                "CITY": (city, "CITY"),
            }[key]
            return value, [Planted(entity, value, field, tag)]
        if key == "DOB":
            born = dt.date(1941, 1, 1) + dt.timedelta(days=rng.randrange(365 * 63))
            value = format_date(born, lang)
            return value, [Planted("DATE_OF_BIRTH", value, field, tag)]
        if key == "NID":
            value, kind = self.national(lang)
            return value, [Planted("NATIONAL_ID", value, field, [*tag, kind])]
        if key == "IBAN":
            value, form = iban(rng, COUNTRY[lang])
            return value, [Planted("IBAN_CODE", value, field, [*tag, form])]
        raise KeyError(key)


class Deck:
    """Shuffled cycles of items, so every item comes up once per cycle."""

    def __init__(self, items: Sequence[str], rng: random.Random) -> None:
        self.items, self.rng, self.order = list(items), rng, list[str]()

    def draw(self) -> str:
        if not self.order:
            self.order = self.items[:]
            self.rng.shuffle(self.order)
        return self.order.pop()


@dataclass
class Parts:
    customer: Person
    business: tuple[str, list[Planted]]
    sentences: list[tuple[str, list[Planted]]]
    contact: tuple[str, list[Planted]]

    def planted(self) -> list[Planted]:
        return self.business[1] + [p for s in self.sentences for p in s[1]] + self.contact[1]


#: Shapes whose people are mostly the firm's own staff.
_STAFF_SHAPES = {
    "sig_title",
    "reassigned",
    "shift_swap",
    "log_line",
    "print_footer",
    "action_item",
    "signoff",
}
_TEMPLATE_KEY = {"honorific": "honorific_t"}


# --- text files -----------------------------------------------------------------------------------------------


class TextFile:
    """One business text file (TXT telex layout or nested JSONL) of one language."""

    def __init__(self, rng: random.Random, lang: str, name: str, code: str, fmt: str) -> None:
        self.rng, self.lang, self.name, self.code, self.fmt = rng, lang, name, code, fmt
        self.people = People(rng)
        self.b = Builder(rng, lang, code)
        self.staff = [self.people.draw(lang) for _ in range(7)]
        self.new = Deck(NEW_SHAPES, rng)
        self.ordinary = Deck(ORDINARY_SHAPES, rng)
        self.contacts = Deck([str(i) for i in range(4)], rng)

    def _someone(self, staff: bool) -> Person:
        return (
            self.rng.choice(self.staff) if staff and self.rng.random() < 0.7 else self.people.draw(self.lang)
        )

    def _customer(self) -> Person:
        if self.rng.random() < 0.03:
            return canaries()[self.rng.randrange(3)]
        return self.people.draw(self.lang)

    def sentence(self, shape: str, field: str) -> tuple[str, list[Planted]]:
        templates = TEXT[self.lang][_TEMPLATE_KEY.get(shape, shape)]
        staff = shape in _STAFF_SHAPES
        a = self._someone(staff)
        b = self._someone(staff)
        while b == a:
            b = self.people.draw(self.lang)
        return self.b.render(self.rng.choice(templates), field, shape, {"A": a, "B": b})

    def parts(self, index: int, fields: dict[str, str]) -> Parts:
        rng, text = self.rng, TEXT[self.lang]
        customer, agent = self._customer(), self._someone(True)
        business = self.b.render(
            rng.choice(text["business"]), fields["abstract"], "business", {"A": agent, "C": customer}
        )
        kinds = ["new", "ordinary", "new"] if index % 2 == 0 else ["new", "ordinary", "ordinary"]
        sentences = [
            self.sentence((self.new if k == "new" else self.ordinary).draw(), fields["timeline"])
            for k in kinds
        ]
        contact = self.b.render(
            text["contact"][int(self.contacts.draw())], fields["post"], "contact", {"C": customer}
        )
        return Parts(customer, business, sentences, contact)

    def txt_record(self, index: int) -> tuple[str, list[Planted]]:
        fields = {"abstract": "text", "timeline": "text", "post": "text"}
        got = self.parts(index, fields)
        moment = self.b.moment()
        stamp = moment.strftime("%d%H%MZ %b%y").upper()
        case = f"TLX/{self.code}/{self.rng.randint(10000, 99999)}"
        lang_tag = [f"lang:{self.lang}"]
        planted = [
            Planted("utility:case_number", case, "text", lang_tag),
            Planted("utility:timestamp", stamp, "text", lang_tag),
        ]
        memo = " ".join(s[0] for s in got.sentences)
        line = f"ZCZC {case} {stamp} // {got.business[0]} // {memo} // {got.contact[0]} NNNN"
        planted += got.planted()
        if self.rng.random() < 0.03:
            line, planted = line.upper(), [_shouted(p) for p in planted]
        return line, planted

    def jsonl_record(self, index: int) -> tuple[str, list[Planted]]:
        root = ROOTS[self.lang]
        fields = {
            "abstract": f"{root}.abstract",
            "timeline": f"{root}.timeline[].note",
            "post": f"{root}.party.post.text",
        }
        got = self.parts(index, fields)
        lang_tag = [f"lang:{self.lang}"]
        stamp = self.b.moment().strftime("%Y-%m-%dT%H:%M:%S+00:00")
        case = f"{self.code}-{self.rng.randint(100000, 999999)}"
        sku, _ = self.b.utility("sku")
        count = str(self.rng.randint(1, 9))
        party: dict[str, Any] = {"post": {"text": got.contact[0]}}
        planted = [
            Planted("utility:case_number", case, f"{root}.hdr.ref", lang_tag),
            Planted("utility:timestamp", stamp, f"{root}.hdr.opened", lang_tag),
            Planted("utility:sku", sku, f"{root}.positions[].art", lang_tag),
            Planted("utility:quantity", count, f"{root}.positions[].n", lang_tag),
        ]
        planted += got.planted()
        if self.rng.random() < 0.3:
            customer = got.customer
            party["fullname"] = customer.full
            planted.append(
                self.b.plant_person(customer, customer.full, "addressee", [], f"{root}.party.fullname")
            )
        record = {
            root: {
                "hdr": {"ref": case, "opened": stamp},
                "positions": [{"art": sku, "n": count}],
                "abstract": got.business[0],
                "timeline": [{"note": s[0]} for s in got.sentences],
                "party": party,
            }
        }
        return json.dumps(record, ensure_ascii=False), planted

    def build(self, count: int) -> tuple[list[str], list[list[Planted]]]:
        lines, records = [], []
        for index in range(count):
            line, planted = (self.txt_record if self.fmt == "txt" else self.jsonl_record)(index)
            lines.append(line)
            records.append(planted)
        return lines, records


def _shouted(planted: Planted) -> Planted:
    """``planted`` as a record in capitals holds it."""
    value = planted.value.upper()
    tags = [case_of(value) if t in {"title", "lower", "upper"} else t for t in planted.tags]
    return Planted(
        planted.entity, value, planted.field, tags + (["shouted"] if planted.entity == "PERSON" else [])
    )


class ChatFile:
    """One lower-case chat of one language: TXT "(hh:mm) speaker ⟫ text" lines (a system line
    "(hh:mm) ⟫ …" now and then) or JSONL in a team-messenger export layout."""

    def __init__(self, rng: random.Random, lang: str, name: str, fmt: str) -> None:
        self.rng, self.lang, self.name, self.fmt = rng, lang, name, fmt
        self.people = People(rng)
        self.b = Builder(rng, lang, FILES[lang][0][1])
        self.cast = [canaries()[0]] + [self.people.draw(lang) for _ in range(11)]

    def speaker_label(self, person: Person) -> tuple[str, list[str]]:
        roll = self.rng.random()
        if person.canary or roll < 0.45:
            return person.full.lower(), []
        if roll < 0.8:
            return person.given.lower(), ["given_only"]
        return f"{person.given[0]}. {person.surname}".lower(), ["initial"]

    def record(self, index: int) -> tuple[str, list[Planted]]:
        rng = self.rng
        speaker = (
            self.cast[0] if index == 0 else rng.choice(self.cast[1:] if rng.random() > 0.05 else self.cast)
        )
        others = [p for p in self.cast if p != speaker and not p.canary]
        m, m2 = rng.sample(others, 2)
        system = index % 9 == 4
        text_field = "text"
        label_field = "text" if self.fmt == "txt" else "user_profile.real_name"
        label, forms = self.speaker_label(speaker)
        speaker_plant = self.b.plant_person(speaker, label, "chat_speaker", forms, label_field)
        moment = self.b.moment()
        if system:
            template = str(TEXT[self.lang]["system"]).replace("{SPK}", label)
            body, planted = self.b.render(template, text_field, "system_event", {"M": m}, lower=True)
            in_body = self.b.plant_person(speaker, label, "system_event", forms, text_field)
            planted = [in_body, *planted]
        else:
            slot, template = rng.choice(TEXT[self.lang]["chat"])
            body, planted = self.b.render(
                template, text_field, slot, {"M": m, "M2": m2, "SELF": speaker}, lower=True
            )
        if self.fmt == "txt":
            if system:
                return f"({moment:%H:%M}) ⟫ {body}", planted
            return f"({moment:%H:%M}) {label} ⟫ {body}", [speaker_plant, *planted]
        ts = f"{int(moment.timestamp())}.{rng.randrange(10**6):06d}"
        event: dict[str, Any] = {
            "type": "message",
            "ts": ts,
            "user_profile": {"real_name": label},
            "text": body,
        }
        planted = [Planted("utility:timestamp", ts, "ts", [f"lang:{self.lang}"]), speaker_plant, *planted]
        if system:
            event["subtype"] = "channel_join"
        elif rng.random() < 0.2:
            author = rng.choice(others)
            value = author.full.lower() if rng.random() < 0.6 else author.given.lower()
            forms_a = [] if value == author.full.lower() else ["given_only"]
            event["attachments"] = [{"author_name": value, "text": rng.choice(TEXT[self.lang]["shared"])}]
            planted.append(
                self.b.plant_person(author, value, "shared_author", forms_a, "attachments[].author_name")
            )
        return json.dumps(event, ensure_ascii=False), planted

    def build(self, count: int) -> tuple[list[str], list[list[Planted]]]:
        lines, records = [], []
        for index in range(count):
            line, planted = self.record(index)
            lines.append(line)
            records.append(planted)
        return lines, records


# --- tables -----------------------------------------------------------------------------------------------------

#: name: (language, format, genre code, columns, record-ID columns, repeating ID values)
TABLES: dict[str, tuple[str, str, str, tuple[str, ...], tuple[str, str], tuple[str, ...]]] = {
    "signwriting_jobs": (
        "en", "csv", "SGN",
        ("job_ref", "crew_van", "job_date", "client", "lettering_crew", "client_phone", "client_email", "item",
         "panels", "quote", "state", "notes"),
        ("job_ref", "crew_van"), ("Van A", "Van B", "Van C"),
    ),
    "roulottes_sejours": (
        "fr", "parquet", "ROU",
        ("sejour", "roulotte", "arrivee", "locataire", "accompagnateur", "telephone", "iban", "formule", "nuits",
         "montant", "statut", "remarques"),
        ("sejour", "roulotte"), ("Roulotte 1", "Roulotte 2", "Roulotte 3", "Roulotte 4", "Roulotte 5"),
    ),
    "velas_encargos": (
        "es", "csv", "CER",
        ("pedido", "obrador", "fecha", "cliente", "equipo_cereros", "dni", "telefono", "direccion", "cp",
         "municipio", "producto", "unidades", "importe", "estado", "observaciones"),
        ("pedido", "obrador"), ("Obrador 1", "Obrador 2", "Obrador 3"),
    ),
    "serwis_pianin_zlecenia": (
        "pl", "tsv", "PIA",
        ("zlecenie", "ekipa", "data", "klient", "stroiciel", "pesel", "telefon", "data_urodzenia", "usluga",
         "ilosc", "kwota", "status", "uwagi"),
        ("zlecenie", "ekipa"), ("Ekipa 1", "Ekipa 2", "Ekipa 3", "Ekipa 4"),
    ),
    "pastificio_consegne": (
        "it", "tsv", "PAS",
        ("ordine", "banco", "data", "cliente", "sfoglina", "codice_fiscale", "telefono", "email", "prodotto",
         "kg", "importo", "stato", "note"),
        ("ordine", "banco"), ("Banco A", "Banco B", "Banco C", "Banco D"),
    ),
}  # fmt: skip
_ID_FORMATS = {
    "signwriting_jobs": "SW-{:04d}",
    "roulottes_sejours": "{:d}",
    "velas_encargos": "CE/25/{:04d}",
    "serwis_pianin_zlecenia": "SP-{:04d}/25",
    "pastificio_consegne": "PF.25.{:04d}",
}
_CREW_ROLES = ("lettering", "gilding", "fitting", "primer")
_SHIFT_CODES = ("A", "B", "C")


class Row:
    """One table row: cell texts and what each cell holds."""

    def __init__(self) -> None:
        self.cells: dict[str, Any] = {}
        self.planted: list[Planted] = []

    def put(self, column: str, text: Any, planted: Iterable[Planted] = ()) -> None:
        self.cells[column] = text
        self.planted.extend(planted)


class TableFile:
    def __init__(self, rng: random.Random, name: str) -> None:
        self.rng, self.name = rng, name
        self.lang, self.fmt, self.code, self.columns, self.ids, self.groups = TABLES[name]
        self.people = People(rng)
        self.b = Builder(rng, self.lang, self.code)
        self.staff = [self.people.draw(self.lang) for _ in range(6)]
        self.numbers = {p: f"nr {rng.randint(100, 999)}" for p in self.staff}

    def staff_for(self, lang: str) -> list[Person]:
        """The staff whose names may stand in a row of ``lang`` (no word-like name of that language)."""
        return [p for p in self.staff if p.origin != f"wordsrc:{lang}"]

    def util(self, row: Row, column: str, kind: str, value: str | None = None) -> str:
        if value is None:
            value, kind = self.b.utility(kind, self.lang)
        row.put(column, value, [Planted(f"utility:{kind}", value, column, [f"lang:{self.lang}"])])
        return value

    def person(
        self,
        row: Row,
        column: str,
        person: Person,
        value: str,
        forms: Sequence[str],
        lang: str,
        cell: str = "",
    ) -> None:
        row.put(
            column, cell or value, [self.b.plant_person(person, value, "table_cell", forms, column, lang)]
        )

    def contact(
        self, row: Row, column: str, key: str, lang: str, persons: dict[str, Person], cache: dict[str, Any]
    ) -> None:
        text, planted = self.b._value(key, column, "table_cell", persons, lang, False, cache)
        row.put(column, text, planted)

    def notes(self, row: Row, column: str, main: Person, lang: str) -> None:
        other = self.rng.choice(self.staff_for(lang)) if self.rng.random() < 0.5 else self.people.draw(lang)
        text, planted = self.b.render(
            self.rng.choice(TEXT[lang]["notes"]), column, "table_notes", {"A": main, "B": other}, lang
        )
        row.put(column, text, planted)

    def row(self, index: int) -> Row:
        rng, row = self.rng, Row()
        lang = (
            self.lang
            if index < 3 or rng.random() < 0.75
            else rng.choice([x for x in LANGS if x != self.lang])
        )
        main = canaries()[index] if index < 3 else self.people.draw(lang)
        staff = rng.choice(self.staff_for(lang))
        unique, group = self.ids
        id_value = _ID_FORMATS[self.name].format(index + 1)
        row.put(unique, int(id_value) if self.fmt == "parquet" else id_value,
                [Planted("utility:record_id", id_value, unique, [f"lang:{self.lang}"])])  # fmt: skip
        group_value = rng.choice(self.groups)
        row.put(group, group_value, [Planted("utility:record_id", group_value, group, [f"lang:{self.lang}"])])
        cache: dict[str, Any] = {}
        persons = {"A": main, "C": main}
        getattr(self, f"_{self.name}")(row, lang, main, staff, persons, cache)
        return row

    def _signwriting_jobs(
        self,
        row: Row,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "job_date", "date", format_date(self.b.day(), self.lang))
        self.person(row, "client", main, main.full, [], lang)
        cell = f"{staff.surname},{staff.given},{rng.choice(_CREW_ROLES)}"
        row.put("lettering_crew", cell, [
            self.b.plant_person(staff, f"{staff.surname},{staff.given}", "table_cell", ["csv_cell", "reversed"],
                                "lettering_crew", lang),
        ])  # fmt: skip
        self.contact(row, "client_phone", "PHONE", lang, persons, cache)
        self.contact(row, "client_email", "EMAIL", lang, persons, cache)
        self.util(row, "item", "product")
        self.util(row, "panels", "quantity", str(rng.randint(1, 12)))
        self.util(row, "quote", "amount")
        self.util(row, "state", "status")
        self.notes(row, "notes", main, lang)

    def _roulottes_sejours(
        self,
        row: Row,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        day = self.b.day()
        row.put("arrivee", day, [Planted("utility:date", day.isoformat(), "arrivee", [f"lang:{self.lang}"])])
        age = rng.randint(21, 84)
        self.person(row, "locataire", main, main.full, ["age_cell"], lang, cell=f"{main.full} ({age} ans)")
        title = rng.choice(("guide équestre", "meneur", "accueil"))
        self.person(
            row, "accompagnateur", staff, staff.full, ["title_cell"], lang, cell=f"{staff.full}, {title}"
        )
        self.contact(row, "telephone", "PHONE", lang, persons, cache)
        if rng.random() < 0.34:
            self.contact(row, "iban", "IBAN", lang, persons, cache)
        else:
            row.put("iban", "")
        self.util(row, "formule", "product")
        nights = rng.randint(1, 7)
        row.put("nuits", nights, [Planted("utility:quantity", str(nights), "nuits", [f"lang:{self.lang}"])])
        amount = round(rng.randint(60, 1400) + rng.choice([0.0, 0.5, 0.9]), 2)
        row.put("montant", amount, [Planted("utility:amount", str(amount), "montant", [f"lang:{self.lang}"])])
        self.util(row, "statut", "status")
        self.notes(row, "remarques", main, lang)

    def _velas_encargos(
        self,
        row: Row,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "fecha", "date", format_date(self.b.day(), self.lang))
        self.person(row, "cliente", main, main.full, [], lang)
        team = [
            staff,
            *[p for p in rng.sample(self.staff_for(lang), min(3, len(self.staff_for(lang)))) if p != staff][
                :2
            ],
        ]
        cell = "; ".join(p.full for p in team)
        row.put("equipo_cereros", cell, [
            self.b.plant_person(p, p.full, "table_cell", ["list_cell"], "equipo_cereros", lang) for p in team
        ])  # fmt: skip
        for column, key in (
            ("dni", "NID"),
            ("telefono", "PHONE"),
            ("direccion", "STREET"),
            ("cp", "POSTCODE"),
            ("municipio", "CITY"),
        ):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "producto", "product")
        self.util(row, "unidades", "quantity", str(rng.randint(1, 200)))
        self.util(row, "importe", "amount")
        self.util(row, "estado", "status")
        self.notes(row, "observaciones", main, lang)

    def _serwis_pianin_zlecenia(
        self,
        row: Row,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "data", "date", format_date(self.b.day(), self.lang))
        self.person(row, "klient", main, main.full, [], lang)
        number = self.numbers[staff]
        self.person(
            row, "stroiciel", staff, staff.full, ["number_cell"], lang, cell=f"{staff.full} ({number})"
        )
        for column, key in (("pesel", "NID"), ("telefon", "PHONE"), ("data_urodzenia", "DOB")):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "usluga", "product")
        self.util(row, "ilosc", "quantity", str(rng.randint(1, 3)))
        self.util(row, "kwota", "amount")
        self.util(row, "status", "status")
        self.notes(row, "uwagi", main, lang)

    def _pastificio_consegne(
        self,
        row: Row,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "data", "date", format_date(self.b.day(), self.lang))
        self.person(row, "cliente", main, main.full, [], lang)
        shift = rng.choice(_SHIFT_CODES)
        self.person(row, "sfoglina", staff, staff.given, ["given_only", "shift_cell"], lang,
                    cell=f"{staff.given} (turno {shift})")  # fmt: skip
        for column, key in (("codice_fiscale", "NID"), ("telefono", "PHONE"), ("email", "EMAIL")):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "prodotto", "product")
        self.util(row, "kg", "quantity", f"{rng.randint(1, 25)},{rng.choice([0, 5])}")
        self.util(row, "importo", "amount")
        self.util(row, "stato", "status")
        self.notes(row, "note", main, lang)

    def build(self, count: int) -> list[Row]:
        return [self.row(i) for i in range(count)]


def _write_table(path: Path, fmt: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"sejour": pa.int64(), "nuits": pa.int64(), "montant": pa.float64(), "arrivee": pa.date32()}
        schema = pa.schema([(c, types.get(c, pa.string())) for c in columns])
        data = {c: [r.cells[c] for r in rows] for c in columns}
        pq.write_table(pa.table(data, schema=schema), path)
        return
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([r.cells[c] for c in columns])


# --- the set --------------------------------------------------------------------------------------------------------


def _write_lines(path: Path, lines: Sequence[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")


def _listed_canaries(records: Sequence[Sequence[Planted]]) -> list[str]:
    found = {p.value.casefold() for r in records for p in r if "canary" in p.tags}
    return [c.full for c in canaries() if any(c.given.casefold() in v for v in found)]


def generate(out: Path, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    """Write the set's files into ``out`` and return their truth."""
    logging.getLogger("wordfreq").setLevel(logging.ERROR)
    out.mkdir(parents=True, exist_ok=True)
    n_text = max(10, round(TEXT_RECORDS * scale))
    n_rows = max(30, round(TABLE_ROWS * scale))
    sets: list[FileSet] = []
    for lang in LANGS:
        for name, code, fmt in FILES[lang]:
            rng = random.Random(f"{seed}:{name}")
            maker: TextFile | ChatFile = (
                ChatFile(rng, lang, name, fmt) if code == "chat" else TextFile(rng, lang, name, code, fmt)
            )
            lines, records = maker.build(n_text)
            path = f"{name}.{fmt}"
            _write_lines(out / path, lines)
            sets.append(FileSet(name, path, fmt, "text", lang, records, canaries=_listed_canaries(records)))
    for name, (lang, fmt, _, columns, ids, _) in TABLES.items():
        table = TableFile(random.Random(f"{seed}:{name}"), name)
        rows = table.build(n_rows)
        path = f"{name}.{fmt}"
        _write_table(out / path, fmt, columns, rows)
        records = [r.planted for r in rows]
        sets.append(
            FileSet(
                name,
                path,
                fmt,
                "table",
                lang,
                records,
                id_columns=list(ids),
                canaries=[c.full for c in canaries()],
            )
        )
    for file_set in sets:
        file_set.guided_fixes = True  # guided since its breakdown was read (see the card's Status)
    return sets


def summary(sets: Sequence[FileSet]) -> dict[str, Any]:
    """Counts of a generated set (never a value)."""
    entities: Counter[str] = Counter()
    groups: Counter[str] = Counter()
    names = words = large_words = tagged = 0
    for file_set in sets:
        for record in file_set.records:
            for planted in record:
                entities[planted.entity] += 1
                if planted.entity == "PERSON":
                    groups.update(t for t in planted.tags if t in {"invented", "mimesis", "wordlike"})
                    names += 1
                    tagged += "inlarge" in planted.tags
                    tokens = name_tokens(planted.value)
                    words += len(tokens)
                    large_words += sum(in_large(t.casefold()) for t in tokens)
    personal = {k: v for k, v in sorted(entities.items()) if not k.startswith("utility:")}
    utility = {k[8:]: v for k, v in sorted(entities.items()) if k.startswith("utility:")}
    return {
        "files": len(sets),
        "records": sum(len(s.records) for s in sets),
        "personal": personal,
        "utility": utility,
        "utility_total": sum(utility.values()),
        "person_groups": dict(sorted(groups.items())),
        "inlarge_names": f"{tagged}/{names}",
        "inlarge_words": f"{large_words}/{words}",
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    sets = generate(args.out, scale=args.scale, seed=args.seed)
    write_truth(sets, args.out / "truth.json")
    print(json.dumps(summary(sets), indent=2))


if __name__ == "__main__":
    main()

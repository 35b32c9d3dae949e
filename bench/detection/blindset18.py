"""Detection set "blind18" (held out until read, now guided fixes): text in eight languages, five tables.

Data card
=========

Status
    Guided fixes since 2026-12-06 (the eleventh session): held out until then and measured once as the
    headline, with its peers, after the last change to detection then (a308721, speed re-run at
    e3e501f: PERSON leak 8.18 % (text 5.55, tables 19.13), all personal 5.78 %, utility 96.08 %, 9 of
    29 files refused, no canary; see ``bench/README.md``); then its breakdown was read
    (``--blind-breakdown``) to fix what it showed, so every ``FileSet`` now has ``guided_fixes=True``
    and `blindset19` is the held-out set. Its writer reported only counts, so nothing of its shapes
    reached the engine's author before that measurement.

Who wrote it and what they read
    A helper engineer, 2026-12-06, from a brief. It read: `bench.detection.format` (whole); in
    `bench.detection.sources` a ``grep`` of its ``def`` lines, its first 140 lines
    (``_dataset``/``_by_gender``/``words_of``/``mimesis_person_words``/``usable``/``fold_ascii``/``Deck``)
    and the contact helpers ``postcode``/``phone``/``email``/``iban``/``national_id`` (a ``sed`` range
    that also showed ``MAIL_DOMAINS``, ``IBAN_LENGTH`` and the business-value constants up to the start of
    the ``Business`` class; none of them is used here); the brief's ``grep -A12`` for the vocabulary
    filters (no hit in `sources`, which imports them); the first 120 lines of `bench.bench_detection`,
    its lines naming blind17 and its lines 590-625 (to register the set); the shared set checks;
    blind17's test (as this test's model); the data cards of blind3 to blind17 (genre tables, styles,
    locales, romanisations, word sources and sentence shapes, plus ``grep -c`` of this set's candidate
    genres, styles, sources and shape names over those cards); the keys, sizes and first three entries of
    the mimesis ``person.json`` files of the locales considered; a ``git diff --stat`` (file names only,
    among them engine files another engineer was editing, none opened); ``ruff``/``mypy`` settings; and
    its own generated files. It read no recognizer, cue list, pattern, profile or vocabulary list of the
    engine, no other benchmark set body and no engine or benchmark output, and it never ran the engine,
    ``bench.bench_detection`` or ``manage.py anonymize``. Every sentence template, product, company,
    status, header, syllable inventory, word list and romanisation table here was written fresh for this
    module. The engine's vocabulary is reached only through ``sources.usable`` and Faker's person words
    through the name ``sources`` imports.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    line in a flattened "calendar export" layout: ``DTSTART:<yyyymmddThhmmss> | UID:<case number> |
    SUMMARY:<business sentence> | DESCRIPTION:<three sentences> | CONTACT:<contact phrase>``; the business
    sentence names the customer and the staff member who handled it, with an order number, product,
    quantity, amount and status and, by template, a company, a date, an invoice or tracking number, a
    SKU, an EAN or an app version. About 3 % of TXT records are in capitals (tag ``shouted``). JSONL
    records nest: ``<root>.meta.case``, ``<root>.meta.created`` (a timestamp), ``<root>.basket[]``
    (``sku``/``qty``), ``<root>.summary`` (the business sentence), ``<root>.events[].memo`` (the three
    sentences), ``<root>.billing.addressee.contact`` (the contact phrase) and, now and then,
    ``<root>.billing.addressee.name`` (a name alone). One file per language is a lower-case chat: in TXT
    a "hh:mm · speaker · text" line; in JSONL ``ev.ts``, ``ev.user.label``, ``ev.text`` and, now and
    then, an ``ev.poll`` object whose ``votes[]`` list names the voters (planted, tag ``poll_vote``).

    ===  ==================================  ========================================  ===============================
    en   taxidermy studio commissions (txt)  hot-air balloon flights (jsonl)           pub quiz league chat (txt)
    de   Kutschfahrten, Buchungen (txt)      Nähmaschinen-Reparatur (jsonl)            Oldtimer-Stammtisch chat (jsonl)
    fr   héliciculture, ventes (txt)         location de yourtes (jsonl)               pelote basque chat (txt)
    es   turronería, pedidos (txt)           servicio de grúas (jsonl)                 cetrería chat (jsonl)
    it   tartufai, conferimenti (txt)        riparazione fisarmoniche (jsonl)          contrada del palio chat (txt)
    nl   klompenmakerij (txt)                strandpaviljoen, reserveringen (jsonl)    fierljeppen chat (jsonl)
    pl   pracownia bursztynu (txt)           wynajem dmuchańców (jsonl)                grupa rekonstrukcyjna chat (txt)
    pt   azulejaria, encomendas (txt)        casa de fados, reservas (jsonl)           liga de malha chat (jsonl)
    ===  ==================================  ========================================  ===============================

    New sentence shapes (slot tags, ``NEW_SHAPES``), each in every language: the header of a quoted
    e-mail reply (``wrote_header``: "On <date>, X wrote:", "Am <date> schrieb X:", "Op <date> schreef
    X:"…, half of them with the address after the name), a pasted iCalendar line
    (``ical_cn``: "ORGANIZER;CN=X:mailto:…", 'ATTENDEE;CN="X";ROLE=…'), a Markdown link whose text is
    the name (``md_link``: "[X](https://crm.example/…)"), a name followed by pronouns (``pronouns``: "X
    (she/her)", "X (sie/ihr)", "X (elle)"…), a name followed by a phone extension (``extension``: "X
    (ext. 214)", "X (Durchwahl 214)", "X (poste 214)", "X (toestel 214)", "X (wew. 214)"…), a customer
    code built from a surname in capitals and two digits (``name_code``: "SURNAME07"), a timesheet line
    (``hours``: "Hours: X 7.5 h, Y 4 h", "Uren: X 7,5 uur"…) and an out-of-office auto-reply naming the
    absent person and their stand-in (``out_of_office``). Also the ordinary slots: the customer
    (``customer``) and the agent (``agent``) of the business sentence, a name alone in a JSON field
    (``addressee``), names at sentence start, pairs, after honorifics (only the surname planted),
    greetings and sign-offs; in chats speakers, @mentions, greetings, thanks, vocatives, sign-offs, pairs
    and poll voters. A lone given name in lower case
    (``given_only``), a lone surname in capitals (``surname_only``), "Surname, Given" (``reversed``),
    "G. Surname" (``initial``) or the whole name in capitals or lower case stands in for a full name now
    and then.

Tables (5, 120 rows each at scale 1.0)
    ``balloon_manifest.csv`` (English: ``lead_passenger`` "Given M. Surname" with a middle initial,
    ``crew_chief`` "Given Surname <e-mail>" in one cell; IDs ``manifest_no`` like "BM25-0001" and
    repeating ``launch_site``), ``kutschfahrten_buchungen.tsv`` (German: ``Buchung_auf`` a couple
    "Surname, Given & Given", ``Kutscher`` "Surname (Given)"; IDs ``Buchungsnr`` like "KF-0001/25" and
    repeating ``Gespann``), ``strandpaviljoen_reserveringen.parquet`` (Dutch, typed: int64 ``reservering``
    and ``personen``, float64 ``bedrag``, date32 ``datum``; ``gast`` "Given Surname", ``bediening`` a lone
    given name; IDs ``reservering`` and repeating ``tafel``), ``tartufi_conferimenti.csv`` (Italian:
    ``conferente`` "Sig.ra/Sig. Given Surname" with the honorific in the cell, ``pesatore`` "Surname G.";
    IDs ``bolla`` like "TC/25/0001" and repeating ``zona``), ``azulejos_encomendas.tsv`` (Portuguese:
    ``cliente`` "Given Surname", ``pintor`` "Mestre Given"; IDs ``encomenda`` like "AZ-0001" and repeating
    ``forno``). Each has two record-ID columns, a product, quantity, amount, date, status, contact
    columns and a notes column naming the row's main person in full and a second person. About 25 % of
    rows are in another of the eight languages: their persons, notes, contact formats and ``lang:`` tags
    follow the row; IDs, products, amounts, dates and statuses keep the table's language.

Names
    The group is drawn first: about 40 % **invented** from syllable inventories in ten styles no earlier
    card lists (``invented`` + ``style:<s>``): tumbuka, kimbundu, turkana, maasai, kapampangan, toraja,
    khanty (ŏ, ă, ə, ŋ), tlingit, purepecha, kiribati. About 40 % **mimesis** (``mimesis`` +
    ``locale:<l>``): ``ru``, ``uk``, ``kk``, ``el`` and ``ko`` (Hangul decomposed) romanised in Esperanto
    usage (ĉ, ĝ, ĥ, ĵ, ŝ, ŝĉ, c for ц/τσ, j for й and glides, ja/ju/jo/je, aŭ/eŭ for Greek αυ/ευ, u for
    ου; five vowels only), and ``fa``, ``ar``, ``ar-ma``, ``ar-dz``, ``ar-om`` romanised in Maltese usage
    (ħ for ح/خ, għ for ع/غ, x for ش/ژ, ġ for ج, ċ for چ, ż for ز/ظ/ض in Persian, q for ق, ie for a long ي
    after a consonant, j/w for consonantal ي/و; the article dropped, ZWNJ compounds joined, unwritten
    short vowels supplied as a after the first consonant and i later). Neither usage is named by an
    earlier card. Only names that romanise to one word are used. About 20 % **word-like** (``wordlike`` +
    ``wordsrc:<lang>``): given names that are weather, light and sky words and surnames that are
    landscape, animal, craft and food words of Scots (sco), Yiddish in YIVO spelling (yi), Romani (rom),
    Sranan Tongo (srn), Kalaallisut (kl) and Waray (war).

    Filters. Every name word (and its capitalised, upper-case and ASCII-folded forms): three letters or
    more, unknown to the engine (``sources.usable``), absent from Faker's person words and from every
    mimesis person list, not a word of any template, key, product, company, status, header, street form
    or mail domain here, no place word, and wordfreq zipf < 3 in all eight languages. E-mail local parts
    are two-letter runs of the person's names with digits, at fictitious ``.example`` domains, so they
    never hold a name word whole.

Places and contacts
    Streets and cities from invented roots with each language's street words and place endings, vetted
    like names and kept apart from name words. Phones, IBANs, national IDs and postcodes from the
    `sources` helpers; a UK National Insurance number is built here. Dates of birth are
    ``DATE_OF_BIRTH``, other dates ``utility:date``.

Canaries
    Three invented people (maasai, khanty and kiribati styles): all three in every table (the main person
    of its first three rows, and by full name in those rows' notes), the first a speaker in every chat
    (lower case, full name), and each the customer of about 3 % of the other text records (full name).
    ``canaries`` lists those that appear in a file.

Size (scale 1.0, seed 18918)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); 13,012 PERSON values (5,142
    invented = 40 %, 5,396 mimesis = 41 %, 2,474 word-like = 19 %), 5,402 other personal values (1,071
    phones, 935 e-mails, 420 IBANs, 621 national IDs, 618 streets, 618 postcodes, 618 cities, 501 dates of
    birth) and 19,192 business values (1,200 of them record IDs). ``scale`` multiplies the record counts
    (at least 10 text records and 30 table rows per file). Generation takes about two seconds once the
    name pools are built (about seven from a cold start). ``summary()`` and ``python -m
    bench.detection.blindset18 --out DIR`` give the counts of a run (never the values).

Run: ``.venv/bin/python -m bench.detection.blindset18 --out var/blind18``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
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

from bench.detection.format import FileSet, Planted, write_truth
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

DEFAULT_SEED = 18918
TEXT_RECORDS = 95
TABLE_ROWS = 120
_POOL_SEED = 1818
_MIMESIS_DATA = Path(mimesis.__file__).parent / "datasets"

#: The new sentence shapes, planted in every language.
NEW_SHAPES = (
    "wrote_header",
    "ical_cn",
    "md_link",
    "pronouns",
    "extension",
    "name_code",
    "hours",
    "out_of_office",
)
ORDINARY_SHAPES = ("sentence_start", "pair", "honorific", "greeting", "signoff")

# --- name sources -------------------------------------------------------------------------------------

#: Syllable inventories (syllables, endings) of the invented styles.
STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "tumbuka": (
        ("chi", "mu", "nya", "zi", "ku", "mba", "wa", "lu", "ti", "pha", "nkha", "gha", "mwe", "vu", "so"),
        ("a", "o", "e", "we", "ngo"),
    ),
    "kimbundu": (
        ("ki", "mbu", "ndu", "nga", "ka", "xi", "ngo", "lu", "mu", "zo", "ba", "tu", "ji", "kwa", "nze"),
        ("a", "u", "nji", "mba", "lo"),
    ),
    "turkana": (
        ("lo", "ka", "ki", "ro", "ngi", "ra", "kor", "eki", "pu", "ton", "ya", "aku", "le", "mu", "ek"),
        ("i", "a", "ang", "et", "ol"),
    ),
    "maasai": (
        ("nai", "sho", "ke", "ri", "sia", "ti", "pa", "nte", "me", "lu", "kaa", "moi", "sa", "lai", "ngo"),
        ("i", "e", "ai", "yio", "nyi"),
    ),
    "kapampangan": (
        ("ka", "pam", "pa", "ngan", "sa", "lu", "ba", "ni", "tu", "ra", "gu", "mi", "lat", "dan", "mac"),
        ("o", "an", "in", "ing", "ut"),
    ),
    "toraja": (
        ("to", "ra", "ja", "la", "bu", "pa", "ngo", "ke", "si", "ran", "lem", "bo", "di", "tam", "sa"),
        ("e", "o", "ng", "dan", "pu"),
    ),
    "khanty": (
        ("ŏs", "ja", "ŋa", "xo", "lăm", "si", "vo", "ta", "ku", "pa", "ăl", "ne", "mi", "wŏ", "jăŋ"),
        ("i", "a", "ăŋ", "ət", "ŏp"),
    ),
    "tlingit": (
        ("tla", "kaa", "shu", "dei", "yee", "xan", "kwaa", "shaa", "nee", "goo", "tsa", "kee", "dax", "yaa"),
        ("t", "k", "x", "aa", "tl"),
    ),
    "purepecha": (
        ("tzi", "tzu", "ri", "pa", "ku", "ta", "tsi", "me", "nga", "ra", "hu", "ma", "ndi", "tse", "ani"),
        ("a", "i", "ri", "cha", "mba"),
    ),
    "kiribati": (
        ("te", "ra", "bo", "ba", "ti", "ka", "tei", "rei", "ma", "ko", "aba", "ntu", "baa", "wa", "nno"),
        ("a", "i", "e", "ti", "ra"),
    ),
}
#: Word-like names: (given-name words, surname words) per source language.
WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sco": (
        ("haar", "smirr", "gloaming", "mirk", "snaw", "simmer", "starn", "mune", "blinter", "gowden"),
        ("brae", "knowe", "heugh", "cleuch", "haugh", "linn", "wabster", "cottar", "bannock", "skirlie",
         "clootie", "stovies", "crowdie", "whaup", "hoolet", "puddock", "mowdie", "gled", "stirk", "yowe"),
    ),
    "yi": (
        ("regn", "vint", "levone", "shtern", "zun", "volkn", "shney", "likht", "fayer"),
        ("barg", "taykh", "vald", "foygl", "shmid", "shnayder", "beker", "shuster", "stolyer", "glezer",
         "kremer", "kartofl", "broyt", "kugl", "tsibele", "epl", "zaverukhe", "tsigl"),
    ),
    "rom": (
        ("brišind", "balval", "čhonut", "čherhenj", "kham", "dives", "jagori", "milaj"),
        ("paji", "len", "veš", "maćho", "čiriklo", "grast", "rup", "sumnakaj", "rukh", "phuv", "djiv",
         "manro", "phabaj", "bakro", "guruv", "balo", "khilav", "ambrol"),
    ),
    "srn": (
        ("alen", "winti", "stari", "faya", "sonfaya", "dungru", "kowru"),
        ("liba", "busi", "fisi", "fowru", "kondre", "sneki", "kasaba", "brede", "maka", "kapasi",
         "sapakara", "awara", "pomtayer", "krabu", "swampu", "tigri", "bakba", "nefi"),
    ),
    "kl": (
        ("aputi", "qilak", "seqineq", "qaammat", "ulloriaq", "anori", "siku", "nipi"),
        ("qaqqaq", "tasiq", "kangerluk", "nanoq", "tuttu", "puisi", "qeqertaq", "imaq", "kuuk", "qajaq",
         "umiaq", "aalisartoq", "piniartoq", "ammassak", "eqaluk", "ukaleq", "aarfik", "nerleq"),
    ),
    "war": (
        ("uran", "hangin", "bulan", "bitoon", "adlaw", "dampog", "kilat", "banagbanag"),
        ("bukid", "salog", "lawod", "isda", "tamsi", "humay", "lubi", "saging", "kamote", "panday",
         "kalabaw", "baboy", "lasang", "sapa", "bagtik", "tuna", "baybayon", "nipa"),
    ),
}  # fmt: skip
#: mimesis locales and the usage each is romanised in.
MIMESIS_LOCALES: dict[str, str] = {
    "ru": "esperanto",
    "uk": "esperanto",
    "kk": "esperanto",
    "el": "esperanto",
    "ko": "esperanto",
    "fa": "maltese",
    "ar": "maltese",
    "ar-ma": "maltese",
    "ar-dz": "maltese",
    "ar-om": "maltese",
}
CANARY_STYLES = ("maasai", "khanty", "kiribati")

# --- romanisation ---------------------------------------------------------------------------------------

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "jo", "ж": "ĵ", "з": "z",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "ĥ", "ц": "c", "ч": "ĉ", "ш": "ŝ", "щ": "ŝĉ", "ъ": "", "ы": "i",
    "ь": "", "э": "e", "ю": "ju", "я": "ja", "є": "je", "і": "i", "ї": "ji",
    "ә": "e", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
}  # fmt: skip
_CYRILLIC_VOWELS = set("аеёиоуыэюяєіїәөұү")
_GREEK_PAIRS = {
    "ου": "u", "αι": "e", "ει": "i", "οι": "i", "αυ": "aŭ", "ευ": "eŭ", "γγ": "ng", "τζ": "ĝ", "τσ": "c",
}  # fmt: skip
_GREEK_START = {"μπ": "b", "ντ": "d", "γκ": "g"}
_GREEK_INSIDE = {"μπ": "mb", "ντ": "nd", "γκ": "ng"}
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "t", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "i", "φ": "f", "χ": "ĥ", "ψ": "ps", "ω": "o",
}  # fmt: skip
_HANGUL_INITIAL = (
    "k",
    "kk",
    "n",
    "t",
    "tt",
    "r",
    "m",
    "p",
    "pp",
    "s",
    "ss",
    "",
    "ĉ",
    "ĉĉ",
    "ĉ",
    "k",
    "t",
    "p",
    "h",
)
_HANGUL_VOICED = (
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "ĝ",
    "ĉĉ",
    "ĉ",
    "k",
    "t",
    "p",
    "h",
)
_HANGUL_VOWEL = (
    "a", "e", "ja", "je", "o", "e", "jo", "je", "o", "ŭa", "ŭe", "ŭe", "jo", "u", "ŭo", "ŭe", "ŭi", "ju", "u",
    "ui", "i",
)  # fmt: skip
_HANGUL_FINAL = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
    "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
_ARABIC = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "t", "ج": "ġ", "چ": "ċ", "ح": "ħ", "خ": "ħ", "د": "d", "ذ": "d",
    "ر": "r", "ز": "ż", "ژ": "x", "س": "s", "ش": "x", "ص": "s", "ض": "d", "ط": "t", "ظ": "d", "ع": "għ",
    "غ": "għ", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip
#: Persian pronounces these as z: Maltese usage writes ż.
_PERSIAN_Z = {"ذ": "ż", "ض": "ż", "ظ": "ż", "ث": "s"}


def _cyrillic(word: str, ukrainian: bool = False) -> str:
    table = {**_CYRILLIC, "г": "h"} if ukrainian else _CYRILLIC
    out = []
    low = word.lower()
    for i, ch in enumerate(low):
        after_vowel = i == 0 or low[i - 1] in _CYRILLIC_VOWELS or low[i - 1] in "ьъ"
        if ch == "е" and after_vowel and not ukrainian:
            out.append("je")
        elif ch in table:
            out.append(table[ch])
        else:
            return ""
    return "".join(out)


def _greek(word: str) -> str:
    low = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    out, i = [], 0
    while i < len(low):
        pair = low[i : i + 2]
        if pair in _GREEK_START or pair in _GREEK_INSIDE:
            out.append((_GREEK_START if i == 0 else _GREEK_INSIDE)[pair])
            i += 2
        elif pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
            i += 2
        elif low[i] in _GREEK:
            out.append(_GREEK[low[i]])
            i += 1
        else:
            return ""
    return "".join(out)


def _hangul(word: str) -> str:
    out = []
    for i, ch in enumerate(word):
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return ""
        lead, vowel, tail = code // 588, (code % 588) // 28, code % 28
        out.append((_HANGUL_INITIAL if i == 0 else _HANGUL_VOICED)[lead])
        out.append(_HANGUL_VOWEL[vowel] + _HANGUL_FINAL[tail])
    return "".join(out)


def _arabic(word: str, persian: bool) -> str:
    text = "".join(c for c in word if not ("\u064b" <= c <= "\u0652") and c not in "\u0640\u200c")
    if text.startswith("ال") and len(text) > 3:
        text = text[2:]
    units: list[tuple[str, str]] = []  # (C|V, letters)
    for i, ch in enumerate(text):
        last = i == len(text) - 1
        prev_c = bool(units) and units[-1][0] == "C"
        if ch in "اآأى" or (ch == "ة"):
            units.append(("V", "a"))
        elif ch == "إ":
            units.append(("V", "i"))
        elif ch in "ؤ":
            units.append(("V", "u"))
        elif ch in "ئء":
            continue
        elif ch == "و":
            units.append(("V", "u") if prev_c else ("C", "w"))
        elif ch in "يی":
            units.append(("V", "i" if last else "ie") if prev_c else ("C", "j"))
        elif ch == "ه" and last and prev_c and persian:
            units.append(("V", "a"))
        elif persian and ch in _PERSIAN_Z:
            units.append(("C", _PERSIAN_Z[ch]))
        elif ch in _ARABIC:
            units.append(("C", _ARABIC[ch]))
        else:
            return ""
    out = []
    for i, (kind, letters) in enumerate(units):
        out.append(letters)
        if kind == "C" and i + 1 < len(units) and units[i + 1][0] == "C" and units[i + 1][1] != letters:
            out.append("a" if i == 0 else "i")  # unwritten short vowels; none inside a doubled consonant
    return "".join(out)


def romanise(word: str, locale: str) -> str:
    """``word`` (a mimesis name of ``locale``) in this set's usage, lower case; "" when it cannot be."""
    if " " in word.strip() or "-" in word:
        return ""
    if locale in {"ru", "uk", "kk"}:
        return _cyrillic(word, ukrainian=locale == "uk")
    if locale == "el":
        return _greek(word)
    if locale == "ko":
        return _hangul(word)
    return _arabic(word, persian=locale == "fa")


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


# --- language data ----------------------------------------------------------------------------------------

#: Per language: (txt file, jsonl file, chat file) as (name, genre code or "chat", format).
FILES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (("taxidermy_commissions", "TXD", "txt"), ("balloon_flights", "BLN", "jsonl"), ("quiz_league_chat", "chat", "txt")),
    "de": (("kutschfahrten", "KUT", "txt"), ("naehmaschinen_reparatur", "NMR", "jsonl"), ("oldtimer_stammtisch_chat", "chat", "jsonl")),
    "fr": (("heliciculture_ventes", "HEL", "txt"), ("yourtes_location", "YRT", "jsonl"), ("pelote_basque_chat", "chat", "txt")),
    "es": (("turroneria_pedidos", "TUR", "txt"), ("gruas_asistencias", "GRU", "jsonl"), ("cetreria_chat", "chat", "jsonl")),
    "it": (("tartufai_conferimenti", "TRF", "txt"), ("fisarmoniche_riparazioni", "FIS", "jsonl"), ("contrada_palio_chat", "chat", "txt")),
    "nl": (("klompenmakerij", "KLP", "txt"), ("strandpaviljoen_boekingen", "STP", "jsonl"), ("fierljeppen_chat", "chat", "jsonl")),
    "pl": (("pracownia_bursztynu", "BUR", "txt"), ("wynajem_dmuchancow", "DMU", "jsonl"), ("grupa_rekonstrukcyjna_chat", "chat", "txt")),
    "pt": (("azulejaria_encomendas", "AZU", "txt"), ("casa_de_fados_reservas", "FAD", "jsonl"), ("liga_de_malha_chat", "chat", "jsonl")),
}  # fmt: skip
#: JSONL roots of the business files.
ROOTS = {
    "en": "flight",
    "de": "reparatur",
    "fr": "yourte",
    "es": "grua",
    "it": "fisarmonica",
    "nl": "reservering",
    "pl": "dmuchaniec",
    "pt": "reserva",
}
PRODUCTS: dict[str, tuple[str, ...]] = {
    "TXD": ("Fox Head Mount", "Hare Display Case", "Edith Glass Dome", "Pheasant Plinth Oak", "Windsor Bell Jar", "Trout Wall Board"),
    "BLN": ("Sunrise Flight for Two", "Champagne Flight Victoria", "Cotswold Dawn Flight", "Gift Voucher Standard", "Private Basket Harriet", "Evening Flight Bath"),
    "KUT": ("Hochzeitskutsche Luise", "Planwagenfahrt 2 Std.", "Schlittenfahrt Harz", "Adventsfahrt Lübeck", "Landauer Charlotte", "Picknickfahrt Spreewald"),
    "NMR": ("Wartung Pfaff 130", "Greiferreparatur Singer 201", "Motor Bernina 830", "Spulenkapsel Adler 67", "Inspektion Elna Lotus", "Treibriemen Gritzner"),
    "HEL": ("Escargots à la bourguignonne x12", "Coquilles Margaux", "Caviar d'escargot 30 g", "Terrine Périgord", "Bocal Gros Gris 500 g", "Plateau Colmar"),
    "YRT": ("Yourte mongole 6 places", "Yourte Camille", "Nuit Cévennes", "Forfait week-end Ardèche", "Yourte familiale Léonie", "Option bain nordique"),
    "TUR": ("Turrón de Jijona 300 g", "Turrón Alicante duro", "Caja regalo Carmen", "Turrón de yema tostada", "Mazapán Toledo", "Polvorones Lucía"),
    "GRU": ("Arrastre urbano", "Asistencia autovía A-7", "Grúa plataforma Elena", "Rescate todoterreno", "Traslado taller Sevilla", "Servicio nocturno"),
    "TRF": ("Tartufo bianco d'Alba", "Scorzone estivo", "Bianchetto marzuolo", "Tartufo nero Norcia", "Cesto regalo Giulia", "Crema tartufata Acqualagna"),
    "FIS": ("Accordatura Castelfidardo", "Mantice nuovo Soprani", "Tastiera cromatica", "Revisione Scandalli", "Cinghie cuoio Rosa", "Bassi Stradella 120"),
    "KLP": ("Klompen Zaans model", "Boerenklomp maat 42", "Bruidsklompen Fenna", "Klompen Volendam", "Sleutelhanger klompje", "Werkklomp met neus"),
    "STP": ("Ligbed dagdeel", "Strandhuisje Lotte", "Arrangement Zandvoort", "High tea Scheveningen", "Windscherm Sanne", "Loungeset avond"),
    "BUR": ("Naszyjnik bałtycki", "Pierścionek Zosia", "Broszka Gdańsk", "Bransoletka koniakowa", "Kolczyki Hania", "Szkatułka z inkluzją"),
    "DMU": ("Zamek dmuchany Kraków", "Zjeżdżalnia Tęcza", "Tor przeszkód 12 m", "Dmuchaniec Basia", "Kula wodna", "Pakiet urodzinowy"),
    "AZU": ("Painel azulejo Sintra", "Azulejo padrão pombalino", "Número de porta pintado", "Painel Santo António", "Conjunto Inês 20x20", "Moldura Coimbra"),
    "FAD": ("Jantar com fado", "Mesa Alfama", "Menu Amália", "Noite de fado vadio", "Petiscos Mouraria", "Garrafa Douro tinto"),
}  # fmt: skip
COMPANIES: dict[str, tuple[str, ...]] = {
    "en": ("Fenwick & Rook Ltd", "Tallowgate Supplies Ltd", "Bright Thistle LLP", "Northway Carriers plc"),
    "de": ("Lindenhof Handels GmbH", "Brückner & Sohn KG", "Sattelberg Logistik GmbH", "Kranich Service AG"),
    "fr": (
        "Ateliers du Causse SARL",
        "Maison Berthelot SAS",
        "Transports Loriot SA",
        "Coopérative des Combes",
    ),
    "es": (
        "Dulces del Levante S.L.",
        "Grúas Almendro S.A.",
        "Hermanos Quintanar S.L.",
        "Suministros Albero S.L.",
    ),
    "it": (
        "Tartufi del Colle S.r.l.",
        "Fratelli Ancona S.n.c.",
        "Musica Vecchia S.r.l.",
        "Trasporti Gabbiano S.p.A.",
    ),
    "nl": (
        "Houtwerk Zaanstreek B.V.",
        "Duinzicht Horeca B.V.",
        "Gebr. Klaver V.O.F.",
        "Kustlijn Logistiek B.V.",
    ),
    "pl": (
        "Bursztyn Północ sp. z o.o.",
        "Zabawa Plus s.c.",
        "Hurtownia Mewa sp. z o.o.",
        "Transport Orzeł S.A.",
    ),
    "pt": (
        "Cerâmica do Tejo, Lda.",
        "Tasca do Castelo, Lda.",
        "Transportes Gaivota S.A.",
        "Oficina Andorinha, Lda.",
    ),
}
STATUSES: dict[str, tuple[str, ...]] = {
    "en": ("confirmed", "awaiting deposit", "paid in full", "rescheduled", "weather hold", "completed"),
    "de": ("bestätigt", "Anzahlung offen", "bezahlt", "verschoben", "abgeschlossen"),
    "fr": ("confirmé", "acompte en attente", "réglé", "reporté", "clôturé"),
    "es": ("confirmado", "pendiente de señal", "pagado", "aplazado", "cerrado"),
    "it": ("confermato", "in attesa di acconto", "saldato", "rinviato", "chiuso"),
    "nl": ("bevestigd", "aanbetaling open", "betaald", "verzet", "afgerond"),
    "pl": ("potwierdzone", "czeka na zaliczkę", "opłacone", "przełożone", "zamknięte"),
    "pt": ("confirmado", "aguarda sinal", "pago", "adiado", "concluído"),
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
MAIL_DOMAINS = ("post.example", "inbox.example", "mailbox.example", "webpost.example", "kontor.example")

#: Everything a text of one language is built from. Placeholders: see `Builder._value`.
TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "honorific": ("Ms", "Mr"),
        "pronouns": ("(she/her)", "(he/him)", "(they/them)"),
        "quantity": "units",
        "invoice": "INV-{y}-{n:05d}",
        "chunk": ("can we move it to Friday?", "the balance is paid", "please send the map again"),
        "business": (
            "Order {order} for {C}: {product} ({qty}) at {amount}, {status}; handled by {A}.",
            "{company} booked {product} for {C} on {date} ({order}, {amount}); status {status}, taken by {A}.",
            "Invoice {invoice} to {C} for order {order}: {product} ({qty}), {amount}; {status} per {A}.",
            "{order} for {C} shipped by {company} with tracking {tracking}: {product} (SKU {sku}), {amount}, {status}; packed by {A}.",
            "{order}: {C} paid {amount} for {product} (EAN {ean}) via the booking app {version}; {status}, checked by {A}.",
        ),
        "sentence_start": ("{A} rang to move the date.", "{A} dropped off the signed form."),
        "pair": ("{A} and {B} will come together.", "Swap agreed between {A} and {B}."),
        "honorific_t": ("{HON_A} {SUR_A} asked for a receipt.", "Message left for {HON_A} {SUR_A}."),
        "greeting": (
            "Hi {GIV_A}, the confirmation is attached.",
            "Dear {FULL_A}, thank you for the booking.",
        ),
        "signoff": ("Speak soon, {A}", "Kind regards, {FULL_A}"),
        "wrote_header": (
            'On {date}, {FULL_A} wrote: "{CHUNK}"',
            'On {date}, {FULL_A} <{MAIL_A}> wrote: "{CHUNK}"',
        ),
        "ical_cn": (
            "Invite pasted: ORGANIZER;CN={FULL_A}:mailto:{MAIL_A}",
            'Calendar line: ATTENDEE;CN="{FULL_A}";ROLE=REQ-PARTICIPANT:mailto:{MAIL_A}',
        ),
        "md_link": (
            "Customer file: [{FULL_A}](https://crm.example/contacts/{N}).",
            "See [{FULL_A}](https://crm.example/contacts/{N}) for the deposit.",
        ),
        "pronouns_t": (
            "{FULL_A} {PRO_A} will bring the paperwork.",
            "Please ask {FULL_A} {PRO_A} about the voucher.",
        ),
        "extension": (
            "Questions to {FULL_A} (ext. {EXT}) before noon.",
            "The invoice sits with {FULL_A} (ext. {EXT}).",
        ),
        "name_code": (
            "Account code {CODE_A}{DD} updated.",
            "Ledger code {CODE_A}{DD} reused for the refund.",
        ),
        "hours": ("Hours: {HA} {H1} h, {HB} {H2} h.",),
        "out_of_office": ("Auto-reply: {FULL_A} is out of the office until {date}; please contact {B}.",),
        "contact": (
            "Reach: {PHONE} / {EMAIL}",
            "Deliver to {STREET}, {CITY} {POSTCODE}",
            "Born {DOB}, NI {NID}",
            "Refund to IBAN {IBAN}",
        ),
        "notes": (
            "{FULL_A} paid the deposit; {B} confirms on the day.",
            "Call {FULL_A} if the wind picks up, {B} has the keys.",
            "{FULL_A} asked for a window spot, noted by {B}.",
        ),
        "chat": (
            ("greeting", "hi {M}! still on for thursday?"),
            ("mention", "@{H} can you bring the answer sheets"),
            ("thanks", "thanks {M}, round three was brutal"),
            ("vocative", "who's driving tonight, {M}?"),
            ("signoff", "table booked, deposit {amount} paid. – {SELF}"),
            ("pair", "{M} and {M2} are subbing in on {date}"),
            ("plain", "picture round on {date}, entry {amount} each"),
            ("plain", "new number for the team list: {PHONE}"),
        ),
    },
    "de": {
        "honorific": ("Frau", "Herr"),
        "pronouns": ("(sie/ihr)", "(er/ihm)", "(keine Pronomen)"),
        "quantity": "Stück",
        "invoice": "RE-{y}-{n:05d}",
        "chunk": (
            "können wir auf Freitag schieben?",
            "der Rest ist bezahlt",
            "bitte die Karte nochmal schicken",
        ),
        "business": (
            "Auftrag {order} für {C}: {product} ({qty}) zu {amount}, {status}; bearbeitet von {A}.",
            "{company} bucht {product} für {C} am {date} ({order}, {amount}); Status {status}, aufgenommen von {A}.",
            "Rechnung {invoice} an {C} zu Auftrag {order}: {product} ({qty}), {amount}; {status} laut {A}.",
            "{order} für {C} von {company} verschickt, Sendung {tracking}: {product} (Art.-Nr. {sku}), {amount}, {status}; gepackt von {A}.",
            "{order}: {C} zahlte {amount} für {product} (EAN {ean}) über die Buchungs-App {version}; {status}, geprüft von {A}.",
        ),
        "sentence_start": (
            "{A} hat angerufen und den Termin verschoben.",
            "{A} brachte das unterschriebene Formular vorbei.",
        ),
        "pair": ("{A} und {B} kommen zusammen.", "Tausch zwischen {A} und {B} vereinbart."),
        "honorific_t": (
            "{HON_A} {SUR_A} bittet um eine Quittung.",
            "Nachricht für {HON_A} {SUR_A} hinterlassen.",
        ),
        "greeting": (
            "Hallo {GIV_A}, die Bestätigung liegt bei.",
            "Guten Tag {FULL_A}, danke für die Buchung.",
        ),
        "signoff": ("Viele Grüße, {A}", "Mit freundlichen Grüßen, {FULL_A}"),
        "wrote_header": (
            "Am {date} schrieb {FULL_A}: „{CHUNK}“",
            "Am {date} schrieb {FULL_A} <{MAIL_A}>: „{CHUNK}“",
        ),
        "ical_cn": (
            "Einladung eingefügt: ORGANIZER;CN={FULL_A}:mailto:{MAIL_A}",
            'Kalenderzeile: ATTENDEE;CN="{FULL_A}";ROLE=REQ-PARTICIPANT:mailto:{MAIL_A}',
        ),
        "md_link": (
            "Kundenakte: [{FULL_A}](https://crm.example/kontakte/{N}).",
            "Siehe [{FULL_A}](https://crm.example/kontakte/{N}) wegen der Anzahlung.",
        ),
        "pronouns_t": (
            "{FULL_A} {PRO_A} bringt die Unterlagen mit.",
            "Bitte {FULL_A} {PRO_A} wegen des Gutscheins fragen.",
        ),
        "extension": (
            "Rückfragen an {FULL_A} (Durchwahl {EXT}).",
            "Die Rechnung klärt {FULL_A} (Durchwahl {EXT}).",
        ),
        "name_code": (
            "Kundenkürzel {CODE_A}{DD} angelegt.",
            "Buchungskürzel {CODE_A}{DD} für die Gutschrift verwendet.",
        ),
        "hours": ("Stunden: {HA} {H1} h, {HB} {H2} h.",),
        "out_of_office": (
            "Automatische Antwort: {FULL_A} ist bis {date} nicht im Büro, bitte wenden Sie sich an {B}.",
        ),
        "contact": (
            "Erreichbar: {PHONE} / {EMAIL}",
            "Anschrift: {STREET}, {POSTCODE} {CITY}",
            "geb. {DOB}, Steuer-ID {NID}",
            "Erstattung auf IBAN {IBAN}",
        ),
        "notes": (
            "{FULL_A} hat angezahlt, {B} bestätigt am Tag.",
            "Bei Regen {FULL_A} anrufen, den Schlüssel hat {B}.",
            "{FULL_A} wünscht Decken, notiert von {B}.",
        ),
        "chat": (
            ("greeting", "moin {M}, kommst du samstag mit dem käfer?"),
            ("mention", "@{H} hast du noch die zündkerzen?"),
            ("thanks", "danke {M} fürs abschleppen!"),
            ("vocative", "wer fährt vor, {M}?"),
            ("signoff", "treffpunkt am {date} an der tanke. gruß {SELF}"),
            ("pair", "{M} und {M2} bringen den grill mit"),
            ("plain", "startgeld {amount}, anmeldung bis {date}"),
            ("plain", "meine neue nummer: {PHONE}"),
        ),
        "poll": ("wer kommt zum treffen?", ("ja", "nein", "vielleicht")),
    },
    "fr": {
        "honorific": ("Mme", "M."),
        "pronouns": ("(elle)", "(il)", "(iel)"),
        "quantity": "unités",
        "invoice": "FA{y}-{n:05d}",
        "chunk": ("peut-on décaler à vendredi ?", "le solde est réglé", "merci de renvoyer le plan"),
        "business": (
            "Commande {order} pour {C} : {product} ({qty}) à {amount}, {status} ; traitée par {A}.",
            "{company} réserve {product} pour {C} le {date} ({order}, {amount}) ; statut {status}, prise par {A}.",
            "Facture {invoice} à {C} pour la commande {order} : {product} ({qty}), {amount} ; {status} selon {A}.",
            "{order} pour {C} expédiée par {company}, suivi {tracking} : {product} (réf. {sku}), {amount}, {status} ; emballée par {A}.",
            "{order} : {C} a payé {amount} pour {product} (EAN {ean}) via l'appli de réservation {version} ; {status}, vérifié par {A}.",
        ),
        "sentence_start": ("{A} a appelé pour décaler la date.", "{A} a déposé le formulaire signé."),
        "pair": ("{A} et {B} viendront ensemble.", "Échange convenu entre {A} et {B}."),
        "honorific_t": ("{HON_A} {SUR_A} demande un reçu.", "Message laissé pour {HON_A} {SUR_A}."),
        "greeting": (
            "Bonjour {GIV_A}, la confirmation est jointe.",
            "Bonjour {FULL_A}, merci pour la réservation.",
        ),
        "signoff": ("Bien cordialement, {A}", "À bientôt, {FULL_A}"),
        "wrote_header": (
            "Le {date}, {FULL_A} a écrit : « {CHUNK} »",
            "Le {date}, {FULL_A} <{MAIL_A}> a écrit : « {CHUNK} »",
        ),
        "ical_cn": (
            "Invitation collée : ORGANIZER;CN={FULL_A}:mailto:{MAIL_A}",
            'Ligne d\'agenda : ATTENDEE;CN="{FULL_A}";ROLE=REQ-PARTICIPANT:mailto:{MAIL_A}',
        ),
        "md_link": (
            "Fiche client : [{FULL_A}](https://crm.example/contacts/{N}).",
            "Voir [{FULL_A}](https://crm.example/contacts/{N}) pour l'acompte.",
        ),
        "pronouns_t": (
            "{FULL_A} {PRO_A} apportera les documents.",
            "Demander à {FULL_A} {PRO_A} pour le bon cadeau.",
        ),
        "extension": (
            "Questions à {FULL_A} (poste {EXT}).",
            "La facture est suivie par {FULL_A} (poste {EXT}).",
        ),
        "name_code": ("Code client {CODE_A}{DD} créé.", "Code comptable {CODE_A}{DD} repris pour l'avoir."),
        "hours": ("Heures : {HA} {H1} h, {HB} {H2} h.",),
        "out_of_office": (
            "Réponse automatique : {FULL_A} est absent(e) jusqu'au {date}, merci de contacter {B}.",
        ),
        "contact": (
            "Joignable : {PHONE} / {EMAIL}",
            "Adresse : {STREET}, {POSTCODE} {CITY}",
            "né(e) le {DOB}, NIR {NID}",
            "Remboursement sur IBAN {IBAN}",
        ),
        "notes": (
            "{FULL_A} a versé l'acompte, {B} confirme le jour même.",
            "Appeler {FULL_A} en cas de pluie, {B} a les clés.",
            "{FULL_A} demande une place au calme, noté par {B}.",
        ),
        "chat": (
            ("greeting", "salut {M}, partie vendredi ?"),
            ("mention", "@{H} tu as les pelotes neuves ?"),
            ("thanks", "merci {M} pour le fronton"),
            ("vocative", "qui réserve le trinquet, {M} ?"),
            ("signoff", "cotisation {amount} réglée. {SELF}"),
            ("pair", "{M} et {M2} jouent en double le {date}"),
            ("plain", "tournoi le {date}, inscription {amount}"),
            ("plain", "mon nouveau numéro : {PHONE}"),
        ),
    },
    "es": {
        "honorific": ("Sra.", "Sr."),
        "pronouns": ("(ella)", "(él)", "(elle)"),
        "quantity": "uds.",
        "invoice": "FAC-{y}/{n:05d}",
        "chunk": ("¿podemos pasarlo al viernes?", "el resto está pagado", "mandad el mapa otra vez"),
        "business": (
            "Pedido {order} para {C}: {product} ({qty}) a {amount}, {status}; gestionado por {A}.",
            "{company} reserva {product} para {C} el {date} ({order}, {amount}); estado {status}, tomado por {A}.",
            "Factura {invoice} a {C} por el pedido {order}: {product} ({qty}), {amount}; {status} según {A}.",
            "{order} para {C} enviado por {company}, seguimiento {tracking}: {product} (ref. {sku}), {amount}, {status}; embalado por {A}.",
            "{order}: {C} pagó {amount} por {product} (EAN {ean}) con la app de reservas {version}; {status}, revisado por {A}.",
        ),
        "sentence_start": ("{A} llamó para cambiar la fecha.", "{A} dejó el formulario firmado."),
        "pair": ("{A} y {B} vendrán juntos.", "Cambio acordado entre {A} y {B}."),
        "honorific_t": ("{HON_A} {SUR_A} pide un recibo.", "Mensaje dejado para {HON_A} {SUR_A}."),
        "greeting": (
            "Hola {GIV_A}, adjunto la confirmación.",
            "Buenos días, {FULL_A}, gracias por la reserva.",
        ),
        "signoff": ("Un saludo, {A}", "Atentamente, {FULL_A}"),
        "wrote_header": (
            "El {date}, {FULL_A} escribió: «{CHUNK}»",
            "El {date}, {FULL_A} <{MAIL_A}> escribió: «{CHUNK}»",
        ),
        "ical_cn": (
            "Invitación pegada: ORGANIZER;CN={FULL_A}:mailto:{MAIL_A}",
            'Línea de agenda: ATTENDEE;CN="{FULL_A}";ROLE=REQ-PARTICIPANT:mailto:{MAIL_A}',
        ),
        "md_link": (
            "Ficha de cliente: [{FULL_A}](https://crm.example/contactos/{N}).",
            "Ver [{FULL_A}](https://crm.example/contactos/{N}) por la señal.",
        ),
        "pronouns_t": (
            "{FULL_A} {PRO_A} trae la documentación.",
            "Preguntar a {FULL_A} {PRO_A} por el vale.",
        ),
        "extension": ("Dudas a {FULL_A} (ext. {EXT}).", "La factura la lleva {FULL_A} (ext. {EXT})."),
        "name_code": (
            "Código de cliente {CODE_A}{DD} dado de alta.",
            "Código contable {CODE_A}{DD} usado para el abono.",
        ),
        "hours": ("Horas: {HA} {H1} h, {HB} {H2} h.",),
        "out_of_office": (
            "Respuesta automática: {FULL_A} está fuera de la oficina hasta el {date}; contacte con {B}.",
        ),
        "contact": (
            "Contacto: {PHONE} / {EMAIL}",
            "Dirección: {STREET}, {POSTCODE} {CITY}",
            "nacido/a el {DOB}, DNI {NID}",
            "Devolución a IBAN {IBAN}",
        ),
        "notes": (
            "{FULL_A} pagó la señal, {B} confirma el mismo día.",
            "Llamar a {FULL_A} si llueve, {B} tiene las llaves.",
            "{FULL_A} pide un sitio tranquilo, anotado por {B}.",
        ),
        "chat": (
            ("greeting", "hola {M}, ¿vuelas el halcón mañana?"),
            ("mention", "@{H} ¿tienes los cascabeles?"),
            ("thanks", "gracias {M} por el capirote"),
            ("vocative", "¿quién lleva la furgoneta, {M}?"),
            ("signoff", "cuota {amount} pagada. un abrazo, {SELF}"),
            ("pair", "{M} y {M2} van a la exhibición del {date}"),
            ("plain", "exhibición el {date}, entrada {amount}"),
            ("plain", "mi número nuevo: {PHONE}"),
        ),
        "poll": ("¿quién viene a la exhibición?", ("sí", "no", "quizá")),
    },
    "it": {
        "honorific": ("sig.ra", "sig."),
        "pronouns": ("(lei)", "(lui)", "(loro)"),
        "quantity": "pezzi",
        "invoice": "FT {n:05d}/{y}",
        "chunk": ("possiamo spostare a venerdì?", "il saldo è pagato", "rimandate la mappa per favore"),
        "business": (
            "Ordine {order} per {C}: {product} ({qty}) a {amount}, {status}; gestito da {A}.",
            "{company} prenota {product} per {C} il {date} ({order}, {amount}); stato {status}, preso da {A}.",
            "Fattura {invoice} a {C} per l'ordine {order}: {product} ({qty}), {amount}; {status} secondo {A}.",
            "{order} per {C} spedito da {company}, tracciamento {tracking}: {product} (cod. {sku}), {amount}, {status}; imballato da {A}.",
            "{order}: {C} ha pagato {amount} per {product} (EAN {ean}) con l'app prenotazioni {version}; {status}, controllato da {A}.",
        ),
        "sentence_start": ("{A} ha chiamato per spostare la data.", "{A} ha lasciato il modulo firmato."),
        "pair": ("{A} e {B} verranno insieme.", "Scambio concordato tra {A} e {B}."),
        "honorific_t": ("{HON_A} {SUR_A} chiede una ricevuta.", "Messaggio lasciato per {HON_A} {SUR_A}."),
        "greeting": (
            "Ciao {GIV_A}, in allegato la conferma.",
            "Gentile {FULL_A}, grazie per la prenotazione.",
        ),
        "signoff": ("A presto, {A}", "Cordiali saluti, {FULL_A}"),
        "wrote_header": (
            "Il {date}, {FULL_A} ha scritto: «{CHUNK}»",
            "Il {date}, {FULL_A} <{MAIL_A}> ha scritto: «{CHUNK}»",
        ),
        "ical_cn": (
            "Invito incollato: ORGANIZER;CN={FULL_A}:mailto:{MAIL_A}",
            'Riga del calendario: ATTENDEE;CN="{FULL_A}";ROLE=REQ-PARTICIPANT:mailto:{MAIL_A}',
        ),
        "md_link": (
            "Scheda cliente: [{FULL_A}](https://crm.example/contatti/{N}).",
            "Vedi [{FULL_A}](https://crm.example/contatti/{N}) per l'acconto.",
        ),
        "pronouns_t": ("{FULL_A} {PRO_A} porta i documenti.", "Chiedere a {FULL_A} {PRO_A} del buono."),
        "extension": ("Domande a {FULL_A} (int. {EXT}).", "La fattura la segue {FULL_A} (int. {EXT})."),
        "name_code": (
            "Codice cliente {CODE_A}{DD} aperto.",
            "Codice contabile {CODE_A}{DD} usato per la nota di credito.",
        ),
        "hours": ("Ore: {HA} {H1} h, {HB} {H2} h.",),
        "out_of_office": ("Risposta automatica: {FULL_A} è fuori ufficio fino al {date}, contattare {B}.",),
        "contact": (
            "Recapito: {PHONE} / {EMAIL}",
            "Indirizzo: {STREET}, {POSTCODE} {CITY}",
            "nato/a il {DOB}, CF {NID}",
            "Rimborso su IBAN {IBAN}",
        ),
        "notes": (
            "{FULL_A} ha versato l'acconto, {B} conferma il giorno stesso.",
            "Chiamare {FULL_A} se piove, le chiavi le ha {B}.",
            "{FULL_A} chiede un posto tranquillo, annotato da {B}.",
        ),
        "chat": (
            ("greeting", "ciao {M}, ci sei alla cena?"),
            ("mention", "@{H} hai tu le bandiere?"),
            ("thanks", "grazie {M} per i tamburi"),
            ("vocative", "chi porta il vino, {M}?"),
            ("signoff", "quota {amount} pagata. {SELF}"),
            ("pair", "{M} e {M2} sfilano il {date}"),
            ("plain", "cena della contrada il {date}, {amount} a testa"),
            ("plain", "il mio numero nuovo: {PHONE}"),
        ),
    },
    "nl": {
        "honorific": ("mevrouw", "meneer"),
        "pronouns": ("(zij/haar)", "(hij/hem)", "(hen/die)"),
        "quantity": "stuks",
        "invoice": "F{y}-{n:05d}",
        "chunk": (
            "kunnen we het naar vrijdag verzetten?",
            "het restant is betaald",
            "stuur de kaart nog eens",
        ),
        "business": (
            "Order {order} voor {C}: {product} ({qty}) à {amount}, {status}; afgehandeld door {A}.",
            "{company} boekt {product} voor {C} op {date} ({order}, {amount}); status {status}, aangenomen door {A}.",
            "Factuur {invoice} aan {C} voor order {order}: {product} ({qty}), {amount}; {status} volgens {A}.",
            "{order} voor {C} verzonden door {company}, track & trace {tracking}: {product} (art.nr. {sku}), {amount}, {status}; ingepakt door {A}.",
            "{order}: {C} betaalde {amount} voor {product} (EAN {ean}) via de boekingsapp {version}; {status}, gecontroleerd door {A}.",
        ),
        "sentence_start": (
            "{A} belde om de datum te verzetten.",
            "{A} bracht het getekende formulier langs.",
        ),
        "pair": ("{A} en {B} komen samen.", "Ruil afgesproken tussen {A} en {B}."),
        "honorific_t": ("{HON_A} {SUR_A} vraagt om een bon.", "Bericht achtergelaten voor {HON_A} {SUR_A}."),
        "greeting": (
            "Hoi {GIV_A}, de bevestiging zit in de bijlage.",
            "Beste {FULL_A}, bedankt voor de reservering.",
        ),
        "signoff": ("Groetjes, {A}", "Met vriendelijke groet, {FULL_A}"),
        "wrote_header": (
            'Op {date} schreef {FULL_A}: "{CHUNK}"',
            'Op {date} schreef {FULL_A} <{MAIL_A}>: "{CHUNK}"',
        ),
        "ical_cn": (
            "Uitnodiging geplakt: ORGANIZER;CN={FULL_A}:mailto:{MAIL_A}",
            'Agendaregel: ATTENDEE;CN="{FULL_A}";ROLE=REQ-PARTICIPANT:mailto:{MAIL_A}',
        ),
        "md_link": (
            "Klantdossier: [{FULL_A}](https://crm.example/contacten/{N}).",
            "Zie [{FULL_A}](https://crm.example/contacten/{N}) voor de aanbetaling.",
        ),
        "pronouns_t": (
            "{FULL_A} {PRO_A} neemt de papieren mee.",
            "Vraag {FULL_A} {PRO_A} naar de waardebon.",
        ),
        "extension": (
            "Vragen aan {FULL_A} (toestel {EXT}).",
            "De factuur loopt via {FULL_A} (toestel {EXT}).",
        ),
        "name_code": (
            "Klantcode {CODE_A}{DD} aangemaakt.",
            "Boekingscode {CODE_A}{DD} gebruikt voor de creditnota.",
        ),
        "hours": ("Uren: {HA} {H1} uur, {HB} {H2} uur.",),
        "out_of_office": ("Automatisch antwoord: {FULL_A} is afwezig tot {date}; neem contact op met {B}.",),
        "contact": (
            "Bereikbaar: {PHONE} / {EMAIL}",
            "Adres: {STREET}, {POSTCODE} {CITY}",
            "geboren {DOB}, BSN {NID}",
            "Terugstorten op IBAN {IBAN}",
        ),
        "notes": (
            "{FULL_A} heeft aanbetaald, {B} bevestigt op de dag zelf.",
            "Bel {FULL_A} bij regen, {B} heeft de sleutels.",
            "{FULL_A} wil een rustige plek, genoteerd door {B}.",
        ),
        "chat": (
            ("greeting", "hoi {M}, spring je zaterdag mee?"),
            ("mention", "@{H} heb jij de polsstok nog?"),
            ("thanks", "dank je {M} voor het opruimen"),
            ("vocative", "wie rijdt er, {M}?"),
            ("signoff", "contributie {amount} betaald. groetjes {SELF}"),
            ("pair", "{M} en {M2} springen op {date}"),
            ("plain", "wedstrijd op {date}, inschrijven {amount}"),
            ("plain", "mijn nieuwe nummer: {PHONE}"),
        ),
        "poll": ("wie komt er trainen?", ("ja", "nee", "misschien")),
    },
    "pl": {
        "honorific": ("pani", "pan"),
        "pronouns": ("(ona/jej)", "(on/jego)", "(ono/jego)"),
        "quantity": "szt.",
        "invoice": "FV/{n:05d}/{y}",
        "chunk": ("czy możemy przesunąć na piątek?", "reszta zapłacona", "proszę jeszcze raz wysłać mapę"),
        "business": (
            "Zamówienie {order}, klient: {C}: {product} ({qty}) po {amount}, {status}; obsługa: {A}.",
            "{company} rezerwuje {product}, klient: {C}, termin {date} ({order}, {amount}); status {status}, przyjął(a): {A}.",
            "Faktura {invoice}, nabywca: {C}, zamówienie {order}: {product} ({qty}), {amount}; {status}, potwierdza {A}.",
            "{order} (klient: {C}) wysłane przez {company}, numer przesyłki {tracking}: {product} (indeks {sku}), {amount}, {status}; pakował(a): {A}.",
            "{order}: {C} zapłacił(a) {amount} za {product} (EAN {ean}) w aplikacji rezerwacji {version}; {status}, sprawdził(a): {A}.",
        ),
        "sentence_start": (
            "{A} dzwonił(a) w sprawie zmiany terminu.",
            "{A} zostawił(a) podpisany formularz.",
        ),
        "pair": ("{A} i {B} przyjdą razem.", "{A} oraz {B} zamieniają się terminami."),
        "honorific_t": ("{HON_A} {SUR_A} prosi o paragon.", "Wiadomość zostawiona dla: {HON_A} {SUR_A}."),
        "greeting": (
            "Dzień dobry, {GIV_A}, potwierdzenie w załączniku.",
            "Witam, {FULL_A}, dziękujemy za rezerwację.",
        ),
        "signoff": ("Pozdrawiam, {A}", "Z poważaniem, {FULL_A}"),
        "wrote_header": (
            "W dniu {date} {FULL_A} napisał(a): „{CHUNK}”",
            "W dniu {date} {FULL_A} <{MAIL_A}> napisał(a): „{CHUNK}”",
        ),
        "ical_cn": (
            "Wklejone zaproszenie: ORGANIZER;CN={FULL_A}:mailto:{MAIL_A}",
            'Wiersz kalendarza: ATTENDEE;CN="{FULL_A}";ROLE=REQ-PARTICIPANT:mailto:{MAIL_A}',
        ),
        "md_link": (
            "Karta klienta: [{FULL_A}](https://crm.example/kontakty/{N}).",
            "Zob. [{FULL_A}](https://crm.example/kontakty/{N}) w sprawie zaliczki.",
        ),
        "pronouns_t": ("{FULL_A} {PRO_A} przyniesie dokumenty.", "W sprawie bonu pytać: {FULL_A} {PRO_A}."),
        "extension": ("Pytania: {FULL_A} (wew. {EXT}).", "Fakturę prowadzi {FULL_A} (wew. {EXT})."),
        "name_code": ("Kod klienta {CODE_A}{DD} założony.", "Kod księgowy {CODE_A}{DD} użyty do korekty."),
        "hours": ("Godziny: {HA} {H1} godz., {HB} {H2} godz.",),
        "out_of_office": ("Autoodpowiedź: {FULL_A} jest poza biurem do {date}, zastępstwo: {B}.",),
        "contact": (
            "Kontakt: {PHONE} / {EMAIL}",
            "Adres: {STREET}, {POSTCODE} {CITY}",
            "ur. {DOB}, PESEL {NID}",
            "Zwrot na IBAN {IBAN}",
        ),
        "notes": (
            "{FULL_A} wpłacił(a) zaliczkę, {B} potwierdza w dniu wydarzenia.",
            "W razie deszczu dzwonić: {FULL_A}; klucze ma {B}.",
            "{FULL_A} prosi o spokojne miejsce, zanotował(a): {B}.",
        ),
        "chat": (
            ("greeting", "cześć {M}, jedziesz na zlot?"),
            ("mention", "@{H} masz jeszcze namiot?"),
            ("thanks", "dzięki {M} za mundury"),
            ("vocative", "kto bierze wóz, {M}?"),
            ("signoff", "składka {amount} wpłacona. {SELF}"),
            ("pair", "{M} i {M2} stoją na warcie {date}"),
            ("plain", "inscenizacja {date}, wpisowe {amount}"),
            ("plain", "mój nowy numer: {PHONE}"),
        ),
    },
    "pt": {
        "honorific": ("D.", "Sr."),
        "pronouns": ("(ela/dela)", "(ele/dele)", "(elu/delu)"),
        "quantity": "unid.",
        "invoice": "FT {y}/{n:05d}",
        "chunk": ("podemos passar para sexta?", "o resto está pago", "enviem o mapa outra vez"),
        "business": (
            "Encomenda {order} para {C}: {product} ({qty}) a {amount}, {status}; tratada por {A}.",
            "{company} reserva {product} para {C} a {date} ({order}, {amount}); estado {status}, registada por {A}.",
            "Fatura {invoice} a {C} pela encomenda {order}: {product} ({qty}), {amount}; {status} segundo {A}.",
            "{order} para {C} enviada pela {company}, seguimento {tracking}: {product} (ref. {sku}), {amount}, {status}; embalada por {A}.",
            "{order}: {C} pagou {amount} por {product} (EAN {ean}) na app de reservas {version}; {status}, verificado por {A}.",
        ),
        "sentence_start": ("{A} ligou para mudar a data.", "{A} deixou o formulário assinado."),
        "pair": ("{A} e {B} vêm juntos.", "Troca combinada entre {A} e {B}."),
        "honorific_t": ("{HON_A} {SUR_A} pede um recibo.", "Recado deixado para {HON_A} {SUR_A}."),
        "greeting": ("Olá {GIV_A}, segue a confirmação.", "Bom dia, {FULL_A}, obrigado pela reserva."),
        "signoff": ("Cumprimentos, {A}", "Atenciosamente, {FULL_A}"),
        "wrote_header": (
            "Em {date}, {FULL_A} escreveu: «{CHUNK}»",
            "Em {date}, {FULL_A} <{MAIL_A}> escreveu: «{CHUNK}»",
        ),
        "ical_cn": (
            "Convite colado: ORGANIZER;CN={FULL_A}:mailto:{MAIL_A}",
            'Linha da agenda: ATTENDEE;CN="{FULL_A}";ROLE=REQ-PARTICIPANT:mailto:{MAIL_A}',
        ),
        "md_link": (
            "Ficha de cliente: [{FULL_A}](https://crm.example/contactos/{N}).",
            "Ver [{FULL_A}](https://crm.example/contactos/{N}) por causa do sinal.",
        ),
        "pronouns_t": ("{FULL_A} {PRO_A} traz os documentos.", "Perguntar a {FULL_A} {PRO_A} pelo vale."),
        "extension": ("Dúvidas para {FULL_A} (ext. {EXT}).", "A fatura está com {FULL_A} (ext. {EXT})."),
        "name_code": (
            "Código de cliente {CODE_A}{DD} criado.",
            "Código contabilístico {CODE_A}{DD} usado na nota de crédito.",
        ),
        "hours": ("Horas: {HA} {H1} h, {HB} {H2} h.",),
        "out_of_office": ("Resposta automática: {FULL_A} está ausente até {date}; contacte {B}.",),
        "contact": (
            "Contacto: {PHONE} / {EMAIL}",
            "Morada: {STREET}, {POSTCODE} {CITY}",
            "nascido/a em {DOB}, NIF {NID}",
            "Reembolso para IBAN {IBAN}",
        ),
        "notes": (
            "{FULL_A} pagou o sinal, {B} confirma no próprio dia.",
            "Ligar a {FULL_A} se chover, as chaves estão com {B}.",
            "{FULL_A} pede um lugar sossegado, anotado por {B}.",
        ),
        "chat": (
            ("greeting", "olá {M}, jogas no sábado?"),
            ("mention", "@{H} tens as malhas novas?"),
            ("thanks", "obrigado {M} pelo campo"),
            ("vocative", "quem leva a carrinha, {M}?"),
            ("signoff", "quota {amount} paga. abraço, {SELF}"),
            ("pair", "{M} e {M2} jogam a pares no dia {date}"),
            ("plain", "torneio no dia {date}, inscrição {amount}"),
            ("plain", "o meu número novo: {PHONE}"),
        ),
        "poll": ("quem joga no torneio?", ("sim", "não", "talvez")),
    },
}
#: Street forms ("{R}" the invented root, "{n}" a number) and place endings per language.
PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("{n} {R} Terrace", "Unit {n}, {R} Court", "{n} {R} Ropewalk"), ("worth", "cote", "ness", "ford")),
    "de": (("{R}ring {n}", "Im {R}grund {n}", "{R}stiege {n}"), ("heim", "au", "kirchen", "stadt")),
    "fr": (("{n} allée {R}", "{n} chemin du {R}", "{n} montée {R}"), ("igny", "ans", "az", "ieu")),
    "es": (("Camino {R}, {n}", "Plaza de {R} {n}", "Ronda {R}, {n}"), ("aga", "illos", "ueña", "ar")),
    "it": (("Strada {R} {n}", "Piazzetta {R} {n}", "Vicoletto {R} {n}"), ("ano", "aro", "iglio", "ena")),
    "nl": (("{R}laan {n}", "{R}dreef {n}", "{R}erf {n}"), ("dijk", "hout", "sum", "ikum")),
    "pl": (("ul. {R} {n}", "pl. {R} {n}", "os. {R} {n}"), ("ewice", "ki", "in", "ów")),
    "pt": (("Rua {R}, {n}", "Beco {R} {n}", "Calçadinha {R}, {n}"), ("eira", "ão", "elos", "ada")),
}
_ROOT_ONSETS = (
    "br",
    "c",
    "d",
    "f",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "qu",
    "r",
    "s",
    "st",
    "t",
    "v",
    "w",
    "z",
)
_ROOT_VOWELS = ("a", "e", "i", "o", "u")
_ROOT_CODAS = ("l", "m", "n", "r", "s", "nd", "rt", "")


# --- vetting and pools --------------------------------------------------------------------------------------

#: JSON keys, layout words and fixed cell texts (table headers and values are in `TABLES`).
_KEYS = (
    "meta case created basket sku qty summary events memo billing addressee contact name ev ts user label "
    "text poll q votes voter pick DTSTART UID SUMMARY DESCRIPTION CONTACT ORGANIZER ATTENDEE CN ROLE "
    "REQ PARTICIPANT mailto https crm example contacts kontakte contactos contatti contacten kontakty "
    "Mestre Sig Sig.ra Gespann Forno Meadow Hill Field Airfield East Langhe Roero Monferrato Alta Langa "
    "shouted SKU EAN NI NIR DNI CF BSN PESEL NIF IBAN Steuer-ID"
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


_CLUMSY = re.compile(r"[aeiouăŏə]{3}|(.)\1\1|(\w{2,})\2", re.IGNORECASE)


def _invent(rng: random.Random, style: str, syllables: tuple[int, int]) -> str:
    """A word of the style's syllables and endings; "" when it comes out clumsy (three vowels or one
    letter thrice in a row, a syllable said twice)."""
    parts, endings = STYLES[style]
    word = "".join(rng.choice(parts) for _ in range(rng.randint(*syllables))) + rng.choice(endings)
    return "" if _CLUMSY.search(word) else _title(word)


@lru_cache(maxsize=1)
def _invented_pools() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per style: (given names, surnames), vetted, sorted."""
    rng = random.Random(_POOL_SEED)
    pools = {}
    for style in sorted(STYLES):
        given: set[str] = set()
        surnames: set[str] = set()
        for _ in range(900):
            if len(given) < 40:
                word = _invent(rng, style, (1, 2))
                if word and vetted(word):
                    given.add(word)
            if len(surnames) < 40:
                word = _invent(rng, style, (2, 3))
                if word and vetted(word) and word not in given:
                    surnames.add(word)
        pools[style] = (tuple(sorted(given)), tuple(sorted(surnames)))
    return pools


def _mimesis_json(locale: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((_MIMESIS_DATA / locale / "person.json").read_text(encoding="utf-8"))
    return data


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
                rng.shuffle(words)
                picked.append(tuple(sorted(words[:60])))
            pools[locale][gender] = (picked[0], picked[1])
    return pools


def _latin(word: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in word if c.isalpha())


@lru_cache(maxsize=1)
def _wordlike_pools() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    pools = {}
    for src, (given, surnames) in sorted(WORDLIKE.items()):
        ok_given = tuple(sorted(_title(w) for w in given if vetted(_title(w))))
        ok_surnames = tuple(sorted(_title(w) for w in surnames if vetted(_title(w)) and w not in given))
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
        people.append(Person(given[i], surnames[-1 - i], "fm"[i % 2], "invented", f"style:{style}", True))
    return tuple(people)


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Every name word any person of this set may carry (case-folded)."""
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
    while len(roots) < 160:
        root = "".join(
            rng.choice(_ROOT_ONSETS) + rng.choice(_ROOT_VOWELS) + rng.choice(_ROOT_CODAS) for _ in range(2)
        )
        root = _title(root)
        if len(root) >= 4 and root.casefold() not in names and usable(root) and _max_zipf(root) < 3:
            roots.add(root)
    return tuple(sorted(roots))


class People:
    """Draws persons: the group first (40 % invented, 40 % mimesis, 20 % word-like), then its source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.invented = _invented_pools()
        self.mimesis = _mimesis_pools()
        self.wordlike = _wordlike_pools()
        self.canary_words = {w for p in canaries() for w in (p.given, p.surname)}

    def _pick(self, words: Sequence[str]) -> str:
        choices = [w for w in words if w not in self.canary_words] or list(words)
        return self.rng.choice(choices)

    def draw(self) -> Person:
        rng = self.rng
        gender = rng.choice("fm")
        roll = rng.random()
        if roll < 0.4:
            style = rng.choice(sorted(self.invented))
            given, surnames = self.invented[style]
            return Person(self._pick(given), self._pick(surnames), gender, "invented", f"style:{style}")
        if roll < 0.8:
            locale = rng.choice(sorted(self.mimesis))
            given, surnames = self.mimesis[locale][gender]
            if not given or not surnames:
                return self.draw()
            return Person(rng.choice(given), rng.choice(surnames), gender, "mimesis", f"locale:{locale}")
        src = rng.choice(sorted(self.wordlike))
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

_DATE_FORMATS = {"en": "%d/%m/%Y", "nl": "%d-%m-%Y", "de": "%d.%m.%Y", "pl": "%d.%m.%Y"}
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
_START = dt.datetime(2025, 1, 6, 8, 0, tzinfo=dt.UTC)


def format_date(day: dt.date, lang: str, long: bool = False) -> str:
    if long:
        return _LONG_DATES[lang].format(d=day.day, m=MONTHS[lang][day.month - 1], y=day.year)
    return day.strftime(_DATE_FORMATS.get(lang, "%d/%m/%Y"))


def format_amount(value: float, lang: str) -> str:
    text = f"{value:,.2f}"
    if lang == "en":
        return f"£{text}"
    if lang in {"fr", "pl"}:
        text = text.replace(",", " ").replace(".", ",")
        return f"{text} zł" if lang == "pl" else f"{text} €"
    if lang == "pt":
        return f"{text.replace(',', '').replace('.', ',')} €"
    text = text.replace(",", "#").replace(".", ",").replace("#", ".")
    return f"€ {text}" if lang in {"it", "nl"} else f"{text} €"


def uk_ni_number(rng: random.Random) -> str:
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


def email_for(rng: random.Random, person: Person) -> str:
    """Two-letter runs of the person's names with digits, so no name word is whole in it."""
    given = fold_ascii(person.given)[:2] or "xx"
    surname = fold_ascii(person.surname)[:2] or "yy"
    local = rng.choice([f"{given}.{surname}{rng.randint(1, 99)}", f"{surname}_{given}{rng.randint(10, 99)}",
                        f"{given}{surname}{rng.randint(100, 999)}"])  # fmt: skip
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def case_of(value: str) -> str:
    letters = [c for c in value if c.isalpha()]
    if all(c.islower() for c in letters):
        return "lower"
    if all(c.isupper() for c in letters):
        return "upper"
    return "title"


_PERSON_KEYS = {
    "A",
    "B",
    "C",
    "M",
    "M2",
    "FULL_A",
    "FULL_B",
    "GIV_A",
    "HA",
    "HB",
    "SUR_A",
    "CODE_A",
    "H",
    "SELF",
}
_CONTACT_KEYS = {"MAIL_A", "EMAIL", "PHONE", "STREET", "POSTCODE", "CITY", "DOB", "NID", "IBAN"}
_FILLER_KEYS = {"HON_A", "PRO_A", "EXT", "N", "DD", "H1", "H2", "CHUNK"}
_PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")


class Builder:
    """Fills templates of one language and records what each placeholder planted."""

    def __init__(self, rng: random.Random, lang: str, code: str, people: People) -> None:
        self.rng = rng
        self.lang = lang
        self.code = code
        self.people = people
        self.text = TEXT[lang]

    # business values
    def day(self) -> dt.date:
        return (_START + dt.timedelta(days=self.rng.randrange(330))).date()

    def moment(self) -> dt.datetime:
        return _START + dt.timedelta(minutes=self.rng.randrange(330 * 24 * 60))

    def utility(self, kind: str, lang: str | None = None, lower: bool = False) -> tuple[str, str]:
        """(value, utility kind) of a business placeholder."""
        rng, lang = self.rng, lang or self.lang
        n = rng.randint(10000, 99999)
        if kind == "order":
            return f"{self.code}-{n}", "order_number"
        if kind == "invoice":
            return self.text["invoice"].format(y=2025, n=n), "invoice_number"
        if kind == "tracking":
            digits = "".join(rng.choice(string.digits) for _ in range(16))
            return rng.choice(
                [f"1Z{self.code}{digits[:12]}", f"JJD{digits}{n}", f"3S{self.code}{digits[:7]}"]
            ), "tracking_number"
        if kind == "sku":
            return (
                f"{self.code[:2]}-{n % 10000:04d}-{rng.choice(string.ascii_uppercase)}{rng.randint(1, 9)}",
                "sku",
            )
        if kind == "ean":
            body = "".join(rng.choice(string.digits) for _ in range(12))
            return body + std_ean.calc_check_digit(body), "ean"
        if kind == "version":
            return f"{rng.randint(1, 6)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}", "version"
        if kind == "amount":
            sum_ = rng.randint(4, 60) if lower else rng.randint(20, 4800) + rng.choice([0, 0.5, 0.9, 0.25])
            return format_amount(sum_, lang), "amount"
        if kind == "date":
            return format_date(self.day(), lang, long=not lower and rng.random() < 0.3), "date"
        if kind == "status":
            return rng.choice(STATUSES[lang]), "status"
        if kind == "company":
            return rng.choice(COMPANIES[lang]), "company"
        if kind == "product":
            product = rng.choice(PRODUCTS[self.code])
            return (product.lower() if lower else product), "product"
        if kind == "qty":
            return f"{rng.randint(1, 24)} {self.text['quantity']}", "quantity"
        raise KeyError(kind)

    # persons
    def form(self, person: Person, lower: bool = False) -> tuple[str, list[str]]:
        """A person as a text of this set may write them: mostly the full name."""
        if person.canary:
            return (person.full.lower() if lower else person.full), []
        roll = self.rng.random()
        if roll < 0.62:
            value, forms = person.full, []
        elif roll < 0.74:
            value, forms = person.given.lower(), ["given_only"]
        elif roll < 0.82:
            value, forms = person.surname.upper(), ["surname_only"]
        elif roll < 0.88:
            value, forms = f"{person.surname}, {person.given}", ["reversed"]
        elif roll < 0.94:
            value, forms = f"{person.given[0]}. {person.surname}", ["initial"]
        elif roll < 0.97:
            value, forms = person.full.upper(), []
        else:
            value, forms = person.full.lower(), []
        return (value.lower() if lower else value), forms

    def person_tags(
        self, person: Person, value: str, slot: str, forms: Sequence[str], lang: str
    ) -> list[str]:
        tags = [f"lang:{lang}", case_of(value), person.group, person.origin, slot, *forms]
        return [*tags, "canary"] if person.canary else tags

    def plant_person(
        self, person: Person, value: str, slot: str, forms: Sequence[str], field: str, lang: str | None = None
    ) -> Planted:
        lang = lang or self.lang
        return Planted("PERSON", value, field, self.person_tags(person, value, slot, forms, lang))

    # contacts
    def address(self, lang: str) -> tuple[str, str, str]:
        rng = self.rng
        form = rng.choice(PLACES[lang][0])
        street = form.format(R=rng.choice(_place_roots()), n=rng.randint(2, 180))
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
        """The text of one placeholder and what it plants (see `TEXT` for the keys)."""
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
        if key in {"A", "B", "C", "M", "M2"}:
            person = persons[key]
            if key in {"M", "M2"}:
                value, forms = (
                    (person.full.lower(), [])
                    if rng.random() < 0.3 or person.canary
                    else (person.given.lower(), ["given_only"])
                )
            else:
                value, forms = self.form(person, lower)
            slot_here = (
                "customer" if key == "C" and slot == "business" else ("agent" if slot == "business" else slot)
            )
            return value, [self.plant_person(person, value, slot_here, forms, field, lang)]
        if key in {"FULL_A", "FULL_B"}:
            person = persons[key[-1]]
            value = person.full.lower() if lower else person.full
            return value, [self.plant_person(person, value, slot, [], field, lang)]
        if key in {"GIV_A", "HA", "HB"}:
            person = persons["B" if key == "HB" else "A"]
            if key != "GIV_A" and rng.random() < 0.5:
                return person.full, [self.plant_person(person, person.full, slot, [], field, lang)]
            return person.given, [self.plant_person(person, person.given, slot, ["given_only"], field, lang)]
        if key == "SUR_A":
            person = persons["A"]
            return person.surname, [
                self.plant_person(person, person.surname, slot, ["surname_only"], field, lang)
            ]
        if key == "CODE_A":
            value = fold_ascii(persons["A"].surname).upper()
            return value, [self.plant_person(persons["A"], value, slot, ["surname_only"], field, lang)]
        if key == "H":
            person = persons["M"]
            value = f"{person.given}_{person.surname}".lower() if rng.random() < 0.3 else person.given.lower()
            return value, [self.plant_person(person, value, "mention", [], field, lang)]
        person = persons["SELF"]  # a chat line signed by its speaker
        return person.given.lower(), [
            self.plant_person(person, person.given.lower(), "signoff", ["given_only"], field, lang)
        ]

    def _filler(self, key: str, persons: dict[str, Person], lang: str) -> str:
        """Placeholders that plant nothing: honorifics, pronouns, numbers, hours, quoted lines."""
        rng, text = self.rng, TEXT[lang]
        if key == "HON_A":
            return str(text["honorific"][0 if persons["A"].gender == "f" else 1])
        if key == "PRO_A":
            pronouns = text["pronouns"]
            return str(
                pronouns[2] if rng.random() < 0.1 else pronouns[0 if persons["A"].gender == "f" else 1]
            )
        if key in {"EXT", "N", "DD"}:
            return str(
                {"EXT": rng.randint(100, 899), "N": rng.randint(1000, 99999), "DD": rng.randint(10, 99)}[key]
            )
        if key in {"H1", "H2"}:
            hours = rng.choice(["3", "4", "5.5", "6", "7.5", "8"])
            return hours if lang == "en" else hours.replace(".", ",")
        return str(rng.choice(text["chunk"]))  # CHUNK: the quoted line of a reply

    def _contact_value(
        self, key: str, field: str, persons: dict[str, Person], lang: str, cache: dict[str, Any]
    ) -> tuple[str, list[Planted]]:
        rng, tag = self.rng, [f"lang:{lang}"]
        if key in {"MAIL_A", "EMAIL"}:
            value = email_for(rng, persons["A" if key == "MAIL_A" else "C"])
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
            born = dt.date(1946, 1, 1) + dt.timedelta(days=rng.randrange(365 * 58))
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


_STAFF_SHAPES = {"hours", "extension", "out_of_office", "signoff", "ical_cn"}
_TEMPLATE_KEY = {"honorific": "honorific_t", "pronouns": "pronouns_t"}


# --- text files -----------------------------------------------------------------------------------------------


class TextFile:
    """One business text file (TXT calendar export or nested JSONL) of one language."""

    def __init__(self, rng: random.Random, lang: str, name: str, code: str, fmt: str) -> None:
        self.rng, self.lang, self.name, self.code, self.fmt = rng, lang, name, code, fmt
        self.people = People(rng)
        self.b = Builder(rng, lang, code, self.people)
        self.staff = [self.people.draw() for _ in range(6)]
        self.new = Deck(NEW_SHAPES, rng)
        self.ordinary = Deck(ORDINARY_SHAPES, rng)
        self.contacts = Deck([str(i) for i in range(4)], rng)
        self.canaries_seen: set[int] = set()

    def _someone(self, staff: bool) -> Person:
        return self.rng.choice(self.staff) if staff and self.rng.random() < 0.7 else self.people.draw()

    def _customer(self) -> Person:
        if self.rng.random() < 0.03:
            index = self.rng.randrange(3)
            self.canaries_seen.add(index)
            return canaries()[index]
        return self.people.draw()

    def sentence(self, shape: str, field: str) -> tuple[str, list[Planted]]:
        templates = TEXT[self.lang][_TEMPLATE_KEY.get(shape, shape)]
        staff = shape in _STAFF_SHAPES
        a = self._someone(staff)
        b = self._someone(staff)
        while b == a:
            b = self.people.draw()
        return self.b.render(self.rng.choice(templates), field, shape, {"A": a, "B": b})

    def parts(self, index: int, fields: dict[str, str]) -> Parts:
        """The business sentence, three shaped sentences and the contact phrase of one record."""
        rng, text = self.rng, TEXT[self.lang]
        customer, agent = self._customer(), self._someone(True)
        business = self.b.render(
            rng.choice(text["business"]), fields["summary"], "business", {"A": agent, "C": customer}
        )
        kinds = ["new", "ordinary", "new"] if index % 2 == 0 else ["ordinary", "new", "ordinary"]
        sentences = [
            self.sentence((self.new if k == "new" else self.ordinary).draw(), fields["memo"]) for k in kinds
        ]
        contact = self.b.render(
            text["contact"][int(self.contacts.draw())], fields["contact"], "contact", {"C": customer}
        )
        return Parts(customer, business, sentences, contact)

    def txt_record(self, index: int) -> tuple[str, list[Planted]]:
        fields = {"summary": "text", "memo": "text", "contact": "text"}
        got = self.parts(index, fields)
        moment = self.b.moment()
        stamp = moment.strftime("%Y%m%dT%H%M%S")
        case = f"C-{self.code}-{self.rng.randint(10000, 99999)}"
        lang_tag = [f"lang:{self.lang}"]
        planted = [
            Planted("utility:timestamp", stamp, "text", lang_tag),
            Planted("utility:case_number", case, "text", lang_tag),
        ]
        memo = " ".join(s[0] for s in got.sentences)
        line = f"DTSTART:{stamp} | UID:{case} | SUMMARY:{got.business[0]} | DESCRIPTION:{memo} | CONTACT:{got.contact[0]}"
        planted += got.planted()
        if self.rng.random() < 0.03:
            line, planted = line.upper(), [_shouted(p) for p in planted]
        return line, planted

    def jsonl_record(self, index: int) -> tuple[str, list[Planted]]:
        root = ROOTS[self.lang]
        fields = {
            "summary": f"{root}.summary",
            "memo": f"{root}.events[].memo",
            "contact": f"{root}.billing.addressee.contact",
        }
        got = self.parts(index, fields)
        moment = self.b.moment()
        lang_tag = [f"lang:{self.lang}"]
        stamp = moment.isoformat(timespec="seconds").replace("+00:00", "Z")
        case = f"C-{self.code}-{self.rng.randint(10000, 99999)}"
        sku, _ = self.b.utility("sku")
        qty = str(self.rng.randint(1, 12))
        addressee: dict[str, str] = {"contact": got.contact[0]}
        planted = [
            Planted("utility:case_number", case, f"{root}.meta.case", lang_tag),
            Planted("utility:timestamp", stamp, f"{root}.meta.created", lang_tag),
            Planted("utility:sku", sku, f"{root}.basket[].sku", lang_tag),
            Planted("utility:quantity", qty, f"{root}.basket[].qty", lang_tag),
        ]
        planted += got.planted()
        if self.rng.random() < 0.3:
            customer = got.customer
            addressee["name"] = customer.full
            planted.append(
                self.b.plant_person(
                    customer, customer.full, "addressee", [], f"{root}.billing.addressee.name"
                )
            )
        record = {
            root: {
                "meta": {"case": case, "created": stamp},
                "basket": [{"sku": sku, "qty": qty}],
                "summary": got.business[0],
                "events": [{"memo": s[0]} for s in got.sentences],
                "billing": {"addressee": addressee},
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
    """One lower-case chat of one language (TXT "hh:mm · speaker · text" or JSONL events)."""

    def __init__(self, rng: random.Random, lang: str, name: str, fmt: str) -> None:
        self.rng, self.lang, self.name, self.fmt = rng, lang, name, fmt
        self.people = People(rng)
        self.b = Builder(rng, lang, FILES[lang][0][1], self.people)
        self.cast = [canaries()[0]] + [self.people.draw() for _ in range(11)]

    def speaker_label(self, person: Person) -> tuple[str, list[str]]:
        roll = self.rng.random()
        if person.canary or roll < 0.5:
            return person.full.lower(), []
        if roll < 0.8:
            return person.given.lower(), ["given_only"]
        return f"{person.given} {person.surname[0]}.".lower(), ["given_initial"]

    def record(self, index: int) -> tuple[str, list[Planted]]:
        rng = self.rng
        speaker = (
            self.cast[0] if index == 0 else rng.choice(self.cast[1:] if rng.random() > 0.05 else self.cast)
        )
        others = [p for p in self.cast if p != speaker and not p.canary]
        m, m2 = rng.sample(others, 2)
        slot, template = rng.choice(TEXT[self.lang]["chat"])
        text_field = "text" if self.fmt == "txt" else "ev.text"
        label_field = "text" if self.fmt == "txt" else "ev.user.label"
        label, forms = self.speaker_label(speaker)
        body, planted = self.b.render(
            template, text_field, slot, {"M": m, "M2": m2, "SELF": speaker}, lower=True
        )
        speaker_plant = self.b.plant_person(speaker, label, "chat_speaker", forms, label_field)
        moment = self.b.moment()
        if self.fmt == "txt":
            return f"{moment:%H:%M} · {label} · {body}", [speaker_plant, *planted]
        stamp = f"{moment:%Y-%m-%d %H:%M}"
        event: dict[str, Any] = {"ts": stamp, "user": {"label": label}, "text": body}
        planted = [
            Planted("utility:timestamp", stamp, "ev.ts", [f"lang:{self.lang}"]),
            speaker_plant,
            *planted,
        ]
        if rng.random() < 0.2:
            question, picks = TEXT[self.lang]["poll"]
            votes = []
            for voter in rng.sample(others, rng.randint(2, 3)):
                value = voter.given.lower() if rng.random() < 0.7 else voter.full.lower()
                votes.append({"voter": value, "pick": rng.choice(picks)})
                forms = ["given_only"] if value == voter.given.lower() else []
                planted.append(self.b.plant_person(voter, value, "poll_vote", forms, "ev.poll.votes[].voter"))
            event["poll"] = {"q": question, "votes": votes}
        return json.dumps({"ev": event}, ensure_ascii=False), planted

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
    "balloon_manifest": (
        "en", "csv", "BLN",
        ("manifest_no", "launch_site", "flight_date", "lead_passenger", "crew_chief", "mobile", "package", "pax",
         "fare", "status", "notes"),
        ("manifest_no", "launch_site"), ("Meadow 1", "Meadow 2", "Hill Field", "Airfield East"),
    ),
    "kutschfahrten_buchungen": (
        "de", "tsv", "KUT",
        ("Buchungsnr", "Gespann", "Fahrtdatum", "Buchung_auf", "Kutscher", "Telefon", "Geburtsdatum", "Anschrift",
         "PLZ", "Ort", "Fahrt", "Personen", "Betrag", "Status", "Bemerkung"),
        ("Buchungsnr", "Gespann"), ("Gespann 1", "Gespann 2", "Gespann 3", "Gespann 4", "Gespann 5"),
    ),
    "strandpaviljoen_reserveringen": (
        "nl", "parquet", "STP",
        ("reservering", "tafel", "datum", "gast", "bediening", "telefoon", "iban", "arrangement", "personen",
         "bedrag", "status", "opmerking"),
        ("reservering", "tafel"), ("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"),
    ),
    "tartufi_conferimenti": (
        "it", "csv", "TRF",
        ("bolla", "zona", "data", "conferente", "pesatore", "documento", "telefono", "prodotto", "peso_g",
         "importo", "stato", "note"),
        ("bolla", "zona"), ("Langhe", "Roero", "Monferrato", "Alta Langa"),
    ),
    "azulejos_encomendas": (
        "pt", "tsv", "AZU",
        ("encomenda", "forno", "data", "cliente", "pintor", "telefone", "nif", "morada", "codigo_postal",
         "localidade", "peca", "quantidade", "valor", "estado", "observacoes"),
        ("encomenda", "forno"), ("Forno A", "Forno B", "Forno C"),
    ),
}  # fmt: skip
_ID_FORMATS = {
    "balloon_manifest": "BM25-{:04d}",
    "kutschfahrten_buchungen": "KF-{:04d}/25",
    "strandpaviljoen_reserveringen": "{:d}",
    "tartufi_conferimenti": "TC/25/{:04d}",
    "azulejos_encomendas": "AZ-{:04d}",
}


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
        self.b = Builder(rng, self.lang, self.code, self.people)
        self.staff = [self.people.draw() for _ in range(5)]

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
        slot: str = "table_cell",
    ) -> None:
        row.put(column, value, [self.b.plant_person(person, value, slot, forms, column, lang)])

    def contact(
        self, row: Row, column: str, key: str, lang: str, persons: dict[str, Person], cache: dict[str, Any]
    ) -> None:
        text, planted = self.b._value(key, column, "table_cell", persons, lang, False, cache)
        row.put(column, text, planted)

    def notes(self, row: Row, column: str, main: Person, lang: str) -> None:
        other = self.rng.choice(self.staff) if self.rng.random() < 0.5 else self.people.draw()
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
        main = canaries()[index] if index < 3 else self.people.draw()
        staff = rng.choice(self.staff)
        unique, group = self.ids
        id_value = _ID_FORMATS[self.name].format(index + 1)
        row.put(unique, int(id_value) if self.fmt == "parquet" else id_value,
                [Planted("utility:record_id", id_value, unique, [f"lang:{self.lang}"])])  # fmt: skip
        group_value = rng.choice(self.groups)
        row.put(group, group_value, [Planted("utility:record_id", group_value, group, [f"lang:{self.lang}"])])
        cache: dict[str, Any] = {}
        persons = {"A": main, "C": main}
        getattr(self, f"_{self.name}")(row, index, lang, main, staff, persons, cache)
        return row

    def _balloon_manifest(
        self,
        row: Row,
        index: int,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "flight_date", "date", format_date(self.b.day(), self.lang))
        self.person(
            row,
            "lead_passenger",
            main,
            f"{main.given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {main.surname}",
            ["middle_initial"],
            lang,
        )
        mail = email_for(rng, staff)
        row.put("crew_chief", f"{staff.full} <{mail}>", [
            self.b.plant_person(staff, staff.full, "table_cell", ["display_cell"], "crew_chief", lang),
            Planted("EMAIL_ADDRESS", mail, "crew_chief", [f"lang:{lang}"]),
        ])  # fmt: skip
        self.contact(row, "mobile", "PHONE", lang, persons, cache)
        self.util(row, "package", "product")
        self.util(row, "pax", "quantity", str(rng.randint(1, 4)))
        self.util(row, "fare", "amount")
        self.util(row, "status", "status")
        self.notes(row, "notes", main, lang)

    def _kutschfahrten_buchungen(
        self,
        row: Row,
        index: int,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        partner = self.people.draw()
        self.util(row, "Fahrtdatum", "date", format_date(self.b.day(), self.lang))
        first = f"{main.surname}, {main.given}"
        row.put("Buchung_auf", f"{first} & {partner.given}", [
            self.b.plant_person(main, first, "table_cell", ["reversed", "couple"], "Buchung_auf", lang),
            self.b.plant_person(partner, partner.given, "table_cell", ["given_only", "couple"], "Buchung_auf", lang),
        ])  # fmt: skip
        self.person(row, "Kutscher", staff, f"{staff.surname} ({staff.given})", ["paren_given"], lang)
        for column, key in (
            ("Telefon", "PHONE"),
            ("Geburtsdatum", "DOB"),
            ("Anschrift", "STREET"),
            ("PLZ", "POSTCODE"),
            ("Ort", "CITY"),
        ):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "Fahrt", "product")
        self.util(row, "Personen", "quantity", str(rng.randint(2, 8)))
        self.util(row, "Betrag", "amount")
        self.util(row, "Status", "status")
        self.notes(row, "Bemerkung", main, lang)

    def _strandpaviljoen_reserveringen(
        self,
        row: Row,
        index: int,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        day = self.b.day()
        row.put("datum", day, [Planted("utility:date", day.isoformat(), "datum", [f"lang:{self.lang}"])])
        self.person(row, "gast", main, main.full, [], lang)
        self.person(row, "bediening", staff, staff.given, ["given_only"], lang)
        self.contact(row, "telefoon", "PHONE", lang, persons, cache)
        if index % 3 == 0:
            self.contact(row, "iban", "IBAN", lang, persons, cache)
        else:
            row.put("iban", "")
        self.util(row, "arrangement", "product")
        guests = rng.randint(1, 10)
        row.put(
            "personen", guests, [Planted("utility:quantity", str(guests), "personen", [f"lang:{self.lang}"])]
        )
        amount = round(rng.randint(15, 900) + rng.choice([0.0, 0.5, 0.75]), 2)
        row.put("bedrag", amount, [Planted("utility:amount", str(amount), "bedrag", [f"lang:{self.lang}"])])
        self.util(row, "status", "status")
        self.notes(row, "opmerking", main, lang)

    def _tartufi_conferimenti(
        self,
        row: Row,
        index: int,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "data", "date", format_date(self.b.day(), self.lang))
        title = "Sig.ra" if main.gender == "f" else "Sig."
        row.put(
            "conferente",
            f"{title} {main.full}",
            [self.b.plant_person(main, main.full, "table_cell", ["honorific_cell"], "conferente", lang)],
        )
        self.person(row, "pesatore", staff, f"{staff.surname} {staff.given[0]}.", ["surname_initial"], lang)
        self.contact(row, "documento", "NID", lang, persons, cache)
        self.contact(row, "telefono", "PHONE", lang, persons, cache)
        self.util(row, "prodotto", "product")
        self.util(row, "peso_g", "quantity", str(rng.randint(40, 1200)))
        self.util(row, "importo", "amount")
        self.util(row, "stato", "status")
        self.notes(row, "note", main, lang)

    def _azulejos_encomendas(
        self,
        row: Row,
        index: int,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "data", "date", format_date(self.b.day(), self.lang))
        self.person(row, "cliente", main, main.full, [], lang)
        row.put(
            "pintor",
            f"Mestre {staff.given}",
            [
                self.b.plant_person(
                    staff, staff.given, "table_cell", ["given_only", "honorific_cell"], "pintor", lang
                )
            ],
        )
        for column, key in (
            ("telefone", "PHONE"),
            ("nif", "NID"),
            ("morada", "STREET"),
            ("codigo_postal", "POSTCODE"),
            ("localidade", "CITY"),
        ):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "peca", "product")
        self.util(row, "quantidade", "quantity", str(rng.randint(1, 60)))
        self.util(row, "valor", "amount")
        self.util(row, "estado", "status")
        self.notes(row, "observacoes", main, lang)

    def build(self, count: int) -> list[Row]:
        return [self.row(i) for i in range(count)]


def _write_table(path: Path, fmt: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {
            "reservering": pa.int64(),
            "personen": pa.int64(),
            "bedrag": pa.float64(),
            "datum": pa.date32(),
        }
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
    for file_set in sets:
        for record in file_set.records:
            for planted in record:
                entities[planted.entity] += 1
                if planted.entity == "PERSON":
                    groups.update(t for t in planted.tags if t in {"invented", "mimesis", "wordlike"})
    personal = {k: v for k, v in sorted(entities.items()) if not k.startswith("utility:")}
    utility = {k[8:]: v for k, v in sorted(entities.items()) if k.startswith("utility:")}
    return {
        "files": len(sets),
        "records": sum(len(s.records) for s in sets),
        "personal": personal,
        "utility": utility,
        "utility_total": sum(utility.values()),
        "person_groups": dict(sorted(groups.items())),
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

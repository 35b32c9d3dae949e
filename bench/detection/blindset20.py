"""Detection set "blind20" (held out until read, now guided fixes): text in eight languages, five tables.

Data card
=========

Status
    Guided fixes since 2026-12-06 (the twelfth session): held out until then and measured once as the
    headline, with its peers, after the last change to detection then (dece279: PERSON leak 6.65 %
    (text 2.25, tables 25.92), all personal 4.78 %, utility 97.34 %, 1 of 29 files refused, a canary
    found in 1 file; see ``bench/README.md``); then its breakdown was read (``--blind-breakdown``) to
    fix what it showed, so every ``FileSet`` now has ``guided_fixes=True`` and `blindset21` is the
    held-out set. Its writer reported counts only (files, records, values by entity and group, the
    ``inlarge`` share, canaries, generation time, test results), never a value, a template, a shape's
    wording or a style name, so nothing of its shapes reached the engine's author before that
    measurement.

Who wrote it and what they read
    A helper engineer, 2026-12-06, from a brief (``/tmp/blind20/TASK.md``). It read:
    `bench.detection.format` (whole); in `bench.detection.sources` a ``grep`` of its
    ``def``/``class``/constant lines, its first 140 lines and lines 501-760 (``postcode``, ``phone``,
    ``email``, ``iban``, ``national_id``; the range also showed ``_STREET_PREFIXES``, the ``Address``
    class, ``_locale_places``, ``PlacePool``, ``MAIL_DOMAINS`` and ``IBAN_LENGTH``, none used here); the
    brief's ``grep -A12`` of `anonymize.vocabulary` for ``faker_person_words`` and
    ``is_known_to_engine``; lines 1-120 of `bench.bench_detection`, its lines naming blind19 and its
    lines 590-630 (to register this set); the shared set checks (``tests/bench/setchecks.py``);
    blind19's test (whole, as this test's model); ``git show 01ebde7 -- tests/bench/test_blindset17.py``
    and ``git show 1aff545 -- tests/bench/test_blindset18.py`` (how a set is relabelled; their commit
    messages were shown with them); ``blindset19.py`` as the code model the brief allows (its card, its
    imports and constants, its name-source and romanisation code, its machinery, tables and ``generate``;
    paging through it also showed its English and part of its German templates, products, companies and
    statuses; no template, product, company, status, header, syllable inventory, word list or
    romanisation table of it is reused); the data cards (module docstrings only) of blind3 to blind19,
    plus ``grep -c`` over them of every candidate genre, layout, shape, style, usage and word-source name
    used here (all 0; the candidates that hit were dropped); the list of mimesis locales and of wordfreq
    "large" languages; the ``[tool.mypy]`` section of ``pyproject.toml``; ``git log --oneline -5`` and
    ``git status`` (file names only, among them engine files another engineer was editing and
    ``blindset19.py``, none opened); and its own generated files. To choose word lists it called ``sources.usable``,
    Faker's and mimesis's person words and wordfreq on candidate words. It read no recognizer, cue list,
    pattern, profile or vocabulary list of the engine, no other benchmark set body and no engine or
    benchmark output, and it never ran the engine, ``bench.bench_detection`` or ``manage.py anonymize``.
    Every sentence template, product, company, status, header, syllable inventory, word list and
    romanisation table here was written fresh for this module. The engine's vocabulary is reached only
    through ``sources.usable`` and Faker's person words through the name ``sources`` imports.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    line in an EDIFACT-like segment layout: ``UNH+<case>+ORDERS' DTM+137:<yyyymmddhhmm>:203'
    FTX+AAI+++<business sentence>' FTX+ACB+++<three sentences>' COM+<contact phrase>' UNT+6+<case>'``
    (the case number and the date-time are business values); the business sentence names the customer
    and the staff member who handled it, with an order number, product, quantity, amount and status and,
    by template, a company, a date, an invoice or tracking number, a SKU, an EAN or an app version.
    About 3 % of TXT records are in capitals (tag ``shouted``). JSONL records nest:
    ``<root>.envelope.ref`` (a case number), ``<root>.envelope.received`` (a timestamp),
    ``<root>.lines[]`` (``code``, a SKU, and ``count``, a quantity), ``<root>.gist`` (the business
    sentence), ``<root>.journal[].entry`` (the three sentences), ``<root>.counterpart.reach.note`` (the
    contact phrase) and, now and then, ``<root>.counterpart.display`` (a name alone, tag ``addressee``).
    One file per language is a lower-case chat: in TXT a phone-messenger export line "[dd.mm.yy,
    hh:mm:ss] speaker: text", and now and then a system line "[…] X pinned a message from Y" without a
    speaker; in JSONL a desktop-messenger export record (``id``, ``type``, ``date``, ``date_unixtime``
    (a timestamp), ``from`` and ``from_id``, ``text``; service records with ``actor``, ``actor_id`` and
    ``action`` ``pin_message``; now and then ``forwarded_from``, the person a forwarded message came
    from, tag ``forwarded_from``).

    ===  ====================================  ==================================  ================================
    en   thatching quotes (txt)                vintage bus hire (jsonl)            kayak club chat (txt)
    de   Orgelbau, Aufträge (txt)              Floßfahrten (jsonl)                 Drachenboot-Team chat (jsonl)
    fr   tonnellerie, commandes (txt)          vélorail, réservations (jsonl)      majorettes chat (txt)
    es   guitarrería, pedidos (txt)            excursiones en quad (jsonl)         club de petanca chat (jsonl)
    it   torrefazione, ordini (txt)            spurgo pozzi neri (jsonl)           gruppo Vespa chat (txt)
    nl   molenmakerij, bestellingen (txt)      glas-in-lood restauratie (jsonl)    harmonieorkest chat (jsonl)
    pl   pracownia rymarska (txt)              wypożyczalnia drezyn (jsonl)        klub szachowy chat (txt)
    pt   selaria, encomendas (txt)             barcos-casa, aluguer (jsonl)        grupo de cavaquinhos chat (jsonl)
    ===  ====================================  ==================================  ================================

    New sentence shapes (slot tags, ``NEW_SHAPES``), each in every language: a git commit trailer
    (``coauthor``: "Commit <hash>: … Co-authored-by: X <mail>"), a goods-received line (``received_by``:
    "Received by: X, 14:10, 3 units", "Empfangen von:", "Reçu par :", "Recibido por:", "Ricevuto da:",
    "Ontvangen door:", "Odebrał(a):", "Recebido por:"…), a bank-transfer payee (``payee_line``:
    "Bank transfer … | Beneficiary: X | Ref …", "Empfänger:", "Bénéficiaire :", "Beneficiario:",
    "Begunstigde:", "Odbiorca:", "Beneficiário:"), a prize-draw winner (``raffle_winner``: "Prize draw
    ticket 0412: winner X."), an engraving or plaque text (``engraving``: 'Engraving requested: "X
    1991".', 'Plaque text: "For <given>, with thanks, 1991".'), a visitor-book line (``visitor_log``:
    "Visitor: X | host: Y | in 09:12"), a voicemail notice (``voicemail``: "Voicemail (0:42) from X: …",
    "New voicemail, 0:42, caller X, …"), a witness to a handover (``witnessed``: "Handover witnessed by
    X."), a consignee and notify party (``consignee``: "Consignee: X / Notify: Y") and an RSVP list
    (``rsvp_list``: "RSVP yes: X, Y."). New in the chats (``CHAT_SHAPES``): the system line naming who
    pinned whose message (``pin_event``), and in JSONL chats the person a forwarded message came from
    (``forwarded_from``). Also the ordinary slots: the customer (``customer``) and the agent (``agent``)
    of the business sentence, a name alone in a JSON field (``addressee``), names at sentence start,
    pairs, after honorifics (only the surname planted), greetings and sign-offs; in chats speakers,
    @mentions (given name or "given.surname"), greetings, thanks, vocatives, sign-offs and pairs. A lone
    given name in lower case (``given_only``), a lone surname in capitals (``surname_only``), "Surname,
    Given" (``reversed``), "G. Surname" (``initial``) or the whole name in capitals or lower case stands
    in for a full name now and then; chat speakers are the full name, the given name or "given s.".

Tables (5, 120 rows each at scale 1.0)
    ``thatch_quotes.csv`` (English: ``householder`` "SURNAME/Given Mr" in an airline-record style
    (``slash_cell``), ``thatcher`` "given_surname" in lower case with an underscore (``snake_cell``); IDs
    ``quote_no`` like "TQ25-0001" and repeating ``gang``), ``flossfahrten_buchungen.parquet`` (German,
    typed: int64 ``buchung`` and ``personen``, float64 ``betrag``, date32 ``fahrtag``; ``gast`` "Given
    Surname +3" with the party's extra guests (``plus_cell``), ``flossfuehrer`` "Surname G., seit 2019"
    (``since_cell``, ``initial``); IDs ``buchung`` and repeating ``floss``), ``guitarreria_encargos.tsv``
    (Spanish: ``cliente`` "Given Surname", ``luthier`` "G.S. (Given Surname)" (``initials_cell``); IDs
    ``pedido`` like "GT-25-0001" and repeating ``banco``), ``torrefazione_forniture.csv`` (Italian:
    ``cliente`` "Given Surname", ``tostatore`` "Given SURNAME" (``caps_surname_cell``); IDs
    ``fornitura`` like "TF/0001/25" and repeating ``tostatrice``), ``molenmakerij_werkbonnen.tsv``
    (Dutch: ``opdrachtgever`` "Given Surname", ``molenmaker`` "Given Surname [vrijwilliger]" with a role
    in square brackets (``bracket_cell``); IDs ``werkbon`` like "WB-0001-25" and repeating ``molen``).
    Each has two record-ID columns, a product, quantity, amount, date, status, contact columns (phone,
    e-mail, IBAN, national ID, street, postcode, town, birth date, by table) and a notes column naming
    the row's main person in full and a second person. About 25 % of rows are in another of the eight
    languages: their persons, notes, contact formats and ``lang:`` tags follow the row; IDs, products,
    amounts, dates, statuses and the fixed words of the person cells keep the table's language.

Names
    The group is drawn first: about 37 % **invented** from syllable inventories in ten styles no earlier
    card lists (``invented`` + ``style:<s>``): zuni, arapaho, shuar, kayapo (õ), dagbani (ŋ, ɣ, ɔ),
    soninke, kadazan, pohnpeian, mingrelian, selkup (ä, ö, ŋ, q). About 35 % **mimesis** (``mimesis`` +
    ``locale:<l>``) romanised in usages no earlier card names: ``ru``, ``uk`` and ``kk`` in Finnish usage
    (š, ž, tš, štš, ts, h for х, j for й, ja/ju/jo, je at a word's start or after a vowel, y for ы;
    Ukrainian h for г and y for и, je/ji; Kazakh ә ғ қ ң ө ұ ү һ as ä g k ng ö u y h) and ``el``, ``fa``,
    ``ar-sa``, ``ar-jo``, ``ar-ma``, ``ar-kw`` in Catalan usage (Greek c/qu and g/gu by the next vowel, t
    for θ, c for χ, i for η/υ/ει/οι, u for ου, e for αι, au/eu, ng for γγ/γκ, b/d for initial μπ/ντ, ss
    between vowels; Arabic and Persian x for ش, j for ج/ژ, tx for چ, kh, gh, q, t/d for ث/ذ/ض/ظ, ss for
    س between vowels, ta marbuta as a, Persian final ه as e; the article dropped, ZWNJ compounds joined,
    unwritten short vowels supplied as a after a word's first consonant and e later). Only names that
    romanise to one word are used; of each pool about two thirds are names found in a wordfreq large
    list (real rare name forms). About 28 % **word-like** (``wordlike`` + ``wordsrc:<lang>``), from
    languages and word fields no earlier card lists, every word a real word of a wordfreq large list (a
    loanword there): tea-ceremony utensils and garden elements of Japanese (ja); dishes and house, music
    and dress words of Korean (ko); winter wear, folk instruments and peasant-house and kitchen words of
    Russian (ru); tea grades, instruments and games of Chinese (zh); ritual objects, settlement, dance
    and feast words of Hebrew (he); verse forms, instruments and gatherings of Urdu (ur). (ja, ko, ru and
    zh were earlier sets' mimesis locales, and blind4 had a pinyin-like invented style; none was a
    word-like source before.)

    Real words, counted (``inlarge``): a name is tagged ``inlarge`` when one of its words occurs in
    wordfreq's "large" list of en, de, fr, es, it, nl, pl, pt, sv or da (wordfreq reads da as nb) —
    every word-like name, and the mimesis names of the pools' real forms. ``summary()`` counts the
    tagged names and the name words in a large list; a third of the name words at least must be.

    Filters. Every name word (and its capitalised, upper-case, lower-case and ASCII-folded forms): three
    letters or more, unknown to the engine (``sources.usable``), absent from Faker's person words and
    from every mimesis person list, not a word of any template, key, product, company, status, header,
    street form or mail domain here, no place word, and wordfreq zipf < 3 in all eight languages. A
    word-like name is never written in its own language (none of its languages is one of the eight).
    E-mail local parts are runs of two letters at most from the person's names, split by digits and
    dots, at fictitious ``.example`` domains, so they never hold a name word whole.

Business values (kept: ``utility:*``)
    Order numbers ("<code>-<n>/<yy>"), invoice numbers, tracking numbers (three carrier-like shapes), case
    numbers, SKUs, EANs (valid check digits, python-stdnum), app versions with a build suffix, amounts,
    quantities, timestamps, dates that are not birth dates, products (some built from a first-name-like
    or place-like word), companies and statuses; record IDs in the tables.

Places and contacts
    Streets and cities from invented roots with each language's street words and place endings (this
    module's own), vetted like names and kept apart from name words. Phones, IBANs, national IDs and
    postcodes from the `sources` helpers; a UK National Insurance number is built here. Dates of birth
    are ``DATE_OF_BIRTH``, other dates ``utility:date``.

Canaries
    Three invented people (shuar, dagbani and selkup styles): all three in every table (the main person
    of its first three rows, and by full name in those rows' notes), the first a speaker in every chat
    (lower case, full name, its first line), and each the customer of about 3 % of the other text
    records (full name). ``canaries`` lists those that appear in a file.

Size (scale 1.0, seed 20020)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); 12,907 PERSON values (4,952
    invented = 38 %, 4,526 mimesis = 35 %, 3,429 word-like = 27 %; 6,926 = 54 % tagged ``inlarge``,
    10,247 of 22,363 name words = 46 % in a large list), 5,079 other personal values (1,062 phones, 847
    e-mails, 430 IBANs, 743 national IDs, 498 streets, 498 postcodes, 498 cities, 503 dates of birth)
    and 19,004 business values (1,200 of them record IDs). ``scale`` multiplies the record counts (at
    least 10 text records and 30 table rows per file). Generation takes under two seconds once the name
    pools are built (about eight from a cold start). ``summary()`` and ``python -m
    bench.detection.blindset20 --out DIR`` give the counts of a run (never the values).

Run: ``.venv/bin/python -m bench.detection.blindset20 --out var/blind20``.
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

DEFAULT_SEED = 20020
TEXT_RECORDS = 95
TABLE_ROWS = 120
_POOL_SEED = 2020
_MIMESIS_DATA = Path(mimesis.__file__).parent / "datasets"
#: Languages whose wordfreq "large" lists decide the ``inlarge`` tag (wordfreq reads "da" as "nb").
LARGE_LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "nb")

#: The new sentence shapes, planted in every language (in the business text files).
NEW_SHAPES = (
    "coauthor",
    "received_by",
    "payee_line",
    "raffle_winner",
    "engraving",
    "visitor_log",
    "voicemail",
    "witnessed",
    "consignee",
    "rsvp_list",
)
ORDINARY_SHAPES = ("sentence_start", "pair", "honorific", "greeting", "signoff")
#: New slots of the chats (every chat has them).
CHAT_SHAPES = ("pin_event",)

# --- name sources -------------------------------------------------------------------------------------

#: Syllable inventories (syllables, endings) of the invented styles.
STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "zuni": (
        ("tse", "lha", "wo", "ko", "pa", "shi", "ya", "tsi", "lu", "we", "kya", "nu", "hai", "sa", "ti"),
        ("we", "tsi", "lhe", "kya", "na"),
    ),
    "arapaho": (
        ("hi", "ne", "tee", "bi", "koo", "no", "ce", "hoo", "wo", "ni", "sei", "too", "be", "nii", "ho"),
        ("noo", "hei", "ciit", "bee", "nih"),
    ),
    "shuar": (
        ("nan", "ku", "ya", "chi", "tsa", "wa", "mi", "tu", "sa", "kar", "ju", "pin", "nu", "ent", "yu"),
        ("ua", "ki", "sam", "tai", "kit"),
    ),
    "kayapo": (
        ("be", "kra", "mo", "pa", "ti", "ngo", "ro", "kam", "re", "ok", "bo", "nhi", "ka", "tyk", "po"),
        ("ti", "re", "ro", "kra", "nhõ"),
    ),
    "dagbani": (
        ("ba", "ŋa", "zi", "ya", "kpa", "ma", "ɣu", "tɔ", "sa", "wu", "ni", "lo", "gbe", "du", "ri"),
        ("ri", "ma", "ŋa", "bu", "la"),
    ),
    "soninke": (
        ("sa", "ko", "ta", "xa", "mo", "ri", "gi", "ba", "si", "na", "wa", "du", "ka", "ya", "le"),
        ("xo", "ne", "ra", "ma", "ge"),
    ),
    "kadazan": (
        ("ko", "no", "sa", "gi", "ru", "po", "vo", "ta", "mo", "kim", "bo", "la", "din", "ga", "ha"),
        ("an", "on", "un", "ai", "ot"),
    ),
    "pohnpeian": (
        ("pwo", "li", "mwe", "so", "ke", "pe", "nan", "mar", "do", "kah", "ri", "sei", "wel", "ta", "ih"),
        ("ek", "in", "ahd", "ei", "oh"),
    ),
    "mingrelian": (
        ("ko", "cha", "go", "ti", "shu", "la", "ba", "gu", "mi", "tsa", "zo", "ru", "kva", "de", "ni"),
        ("ia", "ua", "ava", "ona", "ishi"),
    ),
    "selkup": (
        ("qo", "ty", "nä", "se", "ko", "ma", "lö", "pu", "qa", "sy", "tä", "mo", "kö", "ŋo", "ri"),
        ("qy", "tä", "ŋy", "lä", "sä"),
    ),
}
#: Word-like names: (given-name words, surname words) per source, each word a real word found in a
#: wordfreq "large" list (a loanword of the source language in another language's list). Fields: tea
#: ceremony utensils (given) and garden elements (surnames) of Japanese (ja); dishes (given) and
#: house, music and dress words (surnames) of Korean (ko); winter wear and folk instruments (given)
#: and peasant-house words (surnames) of Russian (ru); tea grades (given) and instruments and games
#: (surnames) of Chinese (zh); ritual objects (given) and settlement and dance words (surnames) of
#: Hebrew (he); verse forms (given) and instruments and gatherings (surnames) of Urdu (ur).
WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ja": (
        ("chawan", "chasen", "natsume", "fukusa", "hishaku", "kensui", "sencha", "gyokuro", "hojicha",
         "genmaicha", "mizusashi", "chaire"),
        ("tsukubai", "karesansui", "shakkei", "engawa", "tokonoma", "bonseki", "roji", "noren", "fusuma",
         "shoji", "byobu", "kakemono", "torii", "sukiya"),
    ),
    "ko": (
        ("japchae", "bulgogi", "tteok", "gimbap", "banchan", "makgeolli", "gochujang", "doenjang",
         "bibimbap", "galbi", "kimbap", "jjigae"),
        ("hanok", "ondol", "hanbok", "jeogori", "gayageum", "janggu", "sijo", "hangeul", "taekkyeon",
         "sottdae", "pansori", "buchae"),
    ),
    "ru": (
        ("ushanka", "valenki", "balalaika", "gusli", "domra", "bayan", "shapka", "kokoshnik", "sarafan",
         "papakha", "burka"),
        ("izba", "khata", "zemlyanka", "pech", "kvass", "pelmeni", "pirozhki", "zakuski", "blini",
         "kissel", "shchi", "solyanka", "syrniki"),
    ),
    "zh": (
        ("oolong", "pekoe", "souchong", "lapsang", "keemun", "longjing", "tieguanyin", "gunpowder",
         "jasmine", "dianhong"),
        ("guzheng", "erhu", "pipa", "suona", "dizi", "guqin", "xiangqi", "mahjong", "tangram", "qipao",
         "cheongsam", "wushu", "qigong", "sheng"),
    ),
    "he": (
        ("shofar", "menorah", "tallit", "mezuzah", "kiddush", "havdalah", "sukkah", "etrog", "lulav",
         "tefillin", "yad", "kippah"),
        ("kibbutz", "moshav", "hora", "sabra", "tzedakah", "mikveh", "shakshuka", "sufganiyah", "mitzvah",
         "kashrut", "seder", "matzah"),
    ),
    "ur": (
        ("ghazal", "nazm", "rubai", "qawwali", "marsiya", "shayari", "qasida", "masnavi", "nauha",
         "dohra"),
        ("sarangi", "rabab", "dholak", "mushaira", "dastan", "qissa", "mehfil", "baithak", "takhallus",
         "zarbi", "shehnai", "tabla"),
    ),
}  # fmt: skip
#: mimesis locales and the usage each is romanised in.
MIMESIS_LOCALES: dict[str, str] = {
    "ru": "finnish",
    "uk": "finnish",
    "kk": "finnish",
    "el": "catalan",
    "fa": "catalan",
    "ar-sa": "catalan",
    "ar-jo": "catalan",
    "ar-ma": "catalan",
    "ar-kw": "catalan",
}
CANARY_STYLES = ("shuar", "dagbani", "selkup")
#: Name pool sizes (per style, per locale and gender).
_POOL = 44

# --- romanisation (Finnish usage for Cyrillic, Catalan usage for Greek, Persian and Arabic) ----------

_FI_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "jo", "ж": "ž", "з": "z",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "tš", "ш": "š", "щ": "štš", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "ju", "я": "ja", "є": "je", "і": "i", "ї": "ji",
    "ә": "ä", "ғ": "g", "қ": "k", "ң": "ng", "ө": "ö", "ұ": "u", "ү": "y", "һ": "h",
}  # fmt: skip
_FI_VOWELS = set("аеёиоуыэюяєіїәөұү")
_CA_GR_PAIRS = {"ου": "u", "αι": "e", "ει": "i", "οι": "i", "υι": "i", "γγ": "ng", "γκ": "ng", "γχ": "nc"}
_CA_GR_START = {"μπ": "b", "ντ": "d", "γκ": "g"}
_CA_GR = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "t", "ι": "i", "κ": "c",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "i", "φ": "f", "χ": "c", "ψ": "ps", "ω": "o",
}  # fmt: skip
_CA_AR = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "t", "ج": "j", "چ": "tx", "ح": "h", "خ": "kh", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "ژ": "j", "س": "s", "ش": "x", "ص": "s", "ض": "d", "ط": "t", "ظ": "d", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip


def _finnish(word: str, locale: str) -> str:
    """Cyrillic in Finnish usage: š ž tš štš ts h j, ja/ju/jo, je at a word's start or after a vowel."""
    out: list[str] = []
    low = word.lower()
    for i, ch in enumerate(low):
        after_vowel = i == 0 or low[i - 1] in _FI_VOWELS or low[i - 1] in "ьъ"
        if locale == "uk" and ch == "г":
            out.append("h")
        elif locale == "uk" and ch == "и":
            out.append("y")
        elif ch == "е" and after_vowel and locale != "uk":
            out.append("je")
        elif ch in _FI_CYR:
            out.append(_FI_CYR[ch])
        else:
            return ""
    return "".join(out)


def _soft(out: list[str], letter: str, nxt: str) -> str:
    """Catalan spelling of a hard c/g before e/i (qu, gu)."""
    if nxt[:1] in {"ε", "ι", "η", "υ"} or nxt in {"αι", "ει", "οι"}:
        return {"c": "qu", "g": "gu"}.get(letter, letter)
    return letter


def _catalan_greek(word: str) -> str:
    low = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    out: list[str] = []
    i = 0
    vowels = set("αεηιουω")
    while i < len(low):
        pair = low[i : i + 2]
        if pair in {"αυ", "ευ"}:
            out.append(pair[0].replace("α", "a").replace("ε", "e") + "u")
            i += 2
        elif i == 0 and pair in _CA_GR_START:
            out.append(_CA_GR_START[pair])
            i += 2
        elif pair in _CA_GR_PAIRS:
            out.append(_CA_GR_PAIRS[pair])
            i += 2
        elif low[i] in "κγχ":
            out.append(_soft(out, _CA_GR[low[i]], low[i + 1 : i + 3]))
            i += 1
        elif low[i] == "σ" and 0 < i < len(low) - 1 and low[i - 1] in vowels and low[i + 1] in vowels:
            out.append("ss")
            i += 1
        elif low[i] in _CA_GR:
            out.append(_CA_GR[low[i]])
            i += 1
        else:
            return ""
    return "".join(out)


def _catalan_arabic(word: str, persian: bool) -> str:
    """Arabic and Persian in Catalan usage: x for ش, j for ج/ژ, tx for چ, kh, gh, q; u/i for long
    vowels and glides after a consonant; the article dropped; short vowels supplied."""
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
            units.append(("V", "a"))
        elif ch == "و":
            units.append(("V", "u") if after_c else ("C", "v" if persian else "u"))
        elif ch in "يی":
            units.append(("V", "i") if after_c else ("C", "i"))
        elif ch == "ه" and last and after_c:
            units.append(("V", "e" if persian else "a"))
        elif ch == "س" and units and units[-1][0] == "V" and not last:
            units.append(("C", "ss"))
        elif ch in _CA_AR:
            units.append(("C", _CA_AR[ch]))
        else:
            return ""
    return _vocalise(units)


def _vocalise(units: list[tuple[str, str]]) -> str:
    """Letters with the unwritten short vowels supplied: "a" after a word's first consonant, "e"
    later; one consonant before a word's first vowel and after its last, two at most between vowels."""
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
        filler = "a" if first else "e"
        out.append(filler.join("".join(c) for c in chunks))
    return "".join(out)


def romanise(word: str, locale: str) -> str:
    """``word`` (a mimesis name of ``locale``) in this set's usage, lower case; "" when it cannot be
    (two words, a hyphen, letters outside the tables)."""
    if " " in word.strip() or "-" in word:
        return ""
    if locale in {"ru", "uk", "kk"}:
        return _finnish(word, locale)
    if locale == "el":
        return _catalan_greek(word)
    return _catalan_arabic(word, persian=locale == "fa")


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


# --- language data ----------------------------------------------------------------------------------------

#: Per language: (txt file, jsonl file, chat file) as (name, genre code or "chat", format).
FILES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (("thatching_quotes", "THA", "txt"), ("vintage_bus_hire", "BUS", "jsonl"), ("kayak_club_chat", "chat", "txt")),
    "de": (("orgelbau_auftraege", "ORG", "txt"), ("flossfahrten", "FLO", "jsonl"), ("drachenboot_team_chat", "chat", "jsonl")),
    "fr": (("tonnellerie_commandes", "TON", "txt"), ("velorail_reservations", "VEL", "jsonl"), ("majorettes_chat", "chat", "txt")),
    "es": (("guitarreria_pedidos", "GUI", "txt"), ("excursiones_en_quad", "QUA", "jsonl"), ("club_de_petanca_chat", "chat", "jsonl")),
    "it": (("torrefazione_ordini", "TOR", "txt"), ("spurgo_pozzi_neri", "SPU", "jsonl"), ("gruppo_vespa_chat", "chat", "txt")),
    "nl": (("molenmakerij_bestellingen", "MOL", "txt"), ("glas_in_lood_restauratie", "GLS", "jsonl"), ("harmonieorkest_chat", "chat", "jsonl")),
    "pl": (("pracownia_rymarska_zamowienia", "RYM", "txt"), ("wypozyczalnia_drezyn", "DRE", "jsonl"), ("klub_szachowy_chat", "chat", "txt")),
    "pt": (("selaria_encomendas", "SEL", "txt"), ("barcos_casa_aluguer", "BCA", "jsonl"), ("grupo_de_cavaquinhos_chat", "chat", "jsonl")),
}  # fmt: skip
#: JSONL roots of the business files.
ROOTS = {
    "en": "hire",
    "de": "floss",
    "fr": "sortie",
    "es": "excursion",
    "it": "intervento",
    "nl": "restauratie",
    "pl": "wynajem",
    "pt": "aluguer",
}
PRODUCTS: dict[str, tuple[str, ...]] = {
    "THA": ("Water Reed Ridge", "Long Straw Recoat", "Ridge Pattern Clementine", "Wire Netting Roll", "Thatch Survey Ludlow", "Block-cut Ridge"),
    "BUS": ("Routemaster Wedding Half-day", "Double-decker Tour Whitby", "Vintage Coach Day Hire", "Bus Mabel Prom Package", "Open-top Evening Run", "Heritage Shuttle"),
    "ORG": ("Register Trompete 8'", "Stimmung Hauptwerk", "Balgleder Ottilie", "Orgelpfeife Zinn", "Intonation Passau", "Spieltisch Eiche"),
    "FLO": ("Floßfahrt Isar 4 h", "Floß Wolfratshausen", "Brotzeitpaket", "Firmenfahrt Gundula", "Musik an Bord", "Schwimmweste Kind"),
    "TON": ("Barrique 225 L", "Foudre Solange", "Chauffe moyenne", "Fût Cognac 350 L", "Merrain chêne de Tronçais", "Douelle de rechange"),
    "VEL": ("Vélorail 2 h", "Draisine Mireille", "Parcours Vallée du Lot", "Forfait famille", "Vélorail nocturne", "Pique-nique du garde-barrière"),
    "GUI": ("Guitarra flamenca Remedios", "Cuerdas de nailon", "Clavijero Linares", "Guitarra clásica cedro", "Ajuste de trastes", "Estuche rígido"),
    "QUA": ("Ruta quad 2 h", "Quad biplaza Tabernas", "Excursión Encarna", "Casco y guantes", "Ruta al atardecer", "Foto del recorrido"),
    "TOR": ("Miscela Bar 1 kg", "Arabica Santos", "Decaffeinato Ofelia", "Macinatura moka", "Miscela Trieste", "Cialde compostabili"),
    "SPU": ("Spurgo fossa biologica", "Autospurgo 8 m³", "Videoispezione Clotilde", "Pulizia degrassatore", "Intervento Cremona", "Smaltimento fanghi"),
    "MOL": ("Wiekhek eiken", "Fokwiek Geertruida", "Kruirad", "Steenkoppel Schiedam", "Molenroede staal", "Zeilen linnen"),
    "GLS": ("Glas-in-loodraam 60x90", "Restauratie Aleida", "Voorzetraam", "Loodnet Haarlem", "Glasschildering", "Kitwerk en reiniging"),
    "RYM": ("Uprząż kucykowa", "Siodło Bronisława", "Popręg skórzany", "Ogłowie Sandomierz", "Napierśnik", "Lejce parciane"),
    "DRE": ("Drezyna ręczna 1 h", "Trasa Mirsk", "Drezyna Zdzisława", "Przejazd grupowy", "Ognisko z kiełbaskami", "Bilet ulgowy"),
    "SEL": ("Sela portuguesa", "Cabeçada Alcina", "Estribos de ferro", "Manta Golegã", "Arreio de tiro", "Cilha de couro"),
    "BCA": ("Barco-casa 3 noites", "Barco Leonor", "Cruzeiro Alqueva", "Kit de pesca", "Pacote romântico", "Limpeza final"),
}  # fmt: skip
COMPANIES: dict[str, tuple[str, ...]] = {
    "en": ("Reedbed Supplies Ltd", "Marlow & Finch Coachworks Ltd", "Oakhanger Haulage plc", "Stubblefield LLP"),
    "de": ("Pfeifenwerk Süd GmbH", "Floßlände & Partner KG", "Holzhandel Mooswiese GmbH", "Nordlicht Logistik AG"),
    "fr": ("Merranderie du Centre SARL", "Rails Verts SAS", "Transports Girouette SA", "Chênaie Bois SARL"),
    "es": ("Maderas Tonadilla S.L.", "Rutas del Desierto S.L.", "Cuerdas Albero S.A.", "Envíos Cigüeña S.L."),
    "it": ("Caffè Ponente S.r.l.", "Ecoservizi Lanterna S.r.l.", "Fratelli Gabbiano S.n.c.", "Logistica Merlo S.p.A."),
    "nl": ("Wiekwerk B.V.", "Gebr. Lindeboom V.O.F.", "Loodglas Noord B.V.", "Dijkstroom Transport B.V."),
    "pl": ("Skórzana Pracownia s.c.", "Drezyny Dolnośląskie sp. z o.o.", "Hurtownia Bocian sp. z o.o.", "Kurier Orzeł S.A."),
    "pt": ("Selaria Ribatejana, Lda.", "Lagos do Sul, Lda.", "Transportes Andorinha S.A.", "Couros do Tejo, Lda."),
}  # fmt: skip
STATUSES: dict[str, tuple[str, ...]] = {
    "en": ("quoted", "awaiting deposit", "booked in", "part-paid", "finished", "withdrawn"),
    "de": ("angeboten", "Anzahlung offen", "eingeplant", "teilbezahlt", "abgeschlossen"),
    "fr": ("devis envoyé", "acompte attendu", "planifié", "payé en partie", "terminé"),
    "es": ("presupuestado", "pendiente de señal", "programado", "pago parcial", "terminado"),
    "it": ("preventivato", "in attesa di acconto", "pianificato", "pagato in parte", "concluso"),
    "nl": ("offerte verstuurd", "aanbetaling open", "ingepland", "deels betaald", "afgerond"),
    "pl": ("wycenione", "czeka na zaliczkę", "zaplanowane", "częściowo opłacone", "zakończone"),
    "pt": ("orçamentado", "a aguardar sinal", "agendado", "pago em parte", "concluído"),
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
    "kontor.example",
    "depesche.example",
    "briefkasten.example",
    "courrier-net.example",
    "buzon.example",
)

#: Everything a text of one language is built from. Placeholders: see `Builder._value`.
TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "honorific": ("Mrs", "Mr"),
        "quantity": "units",
        "invoice": "SI-{y}-{n:05d}",
        "business": (
            "Quote {order} for {C}: {product}, {qty}, {amount} all in; {status}. Priced by {A}.",
            "{C} booked {product} through {company} for {date} ({order}); {amount}, {status}, diary kept by {A}.",
            "Sales invoice {invoice} to {C} for {order}: {qty} of {product}, {amount}, {status}; {A} raised it.",
            "Consignment {tracking} for {C} went with {company}: {product} (stock {sku}), {amount}, {status}; packed by {A}.",
            "{C} paid {amount} online for {product}, barcode {ean}, booking app {version}; {order} is {status}, seen by {A}.",
        ),
        "coauthor": (
            "Commit {HASH}: price list for {product} fixed. Co-authored-by: {FA} <{MAILA}>",
            "Merged {HASH} (booking form) — Co-authored-by: {FA} <{MAILA}>",
        ),
        "received_by": (
            "Received by: {FA}, {CLOCK}, {qty}.",
            "Goods in good order. Received by {FA} at {CLOCK}.",
        ),
        "payee_line": (
            "Bank transfer {amount} | Beneficiary: {FA} | Ref {order}",
            "Refund sent — beneficiary {FA}, reference {order}.",
        ),
        "raffle_winner": (
            "Prize draw ticket {TICKET}: winner {FA}.",
            "Raffle ticket {TICKET} drawn, won by {FA}.",
        ),
        "engraving": ('Engraving requested: "{FA} {YEAR}".', 'Plaque text: "For {GA}, with thanks, {YEAR}".'),
        "visitor_log": (
            "Visitor: {FA} | host: {B} | in {CLOCK}",
            "Visitor book: {FA} signed in at {CLOCK}, met {B}.",
        ),
        "voicemail": (
            "Voicemail ({DUR}) from {FA}: call back about {order}.",
            "New voicemail, {DUR}, caller {FA}, wants a new date.",
        ),
        "witnessed": ("Handover witnessed by {FA}.", "Keys returned, witnessed by {FA}."),
        "consignee": ("Consignee: {FA} / Notify: {B}", "Consignee {FA}; notify party {B}."),
        "rsvp_list": ("RSVP yes: {A}, {B}.", "Open day RSVPs so far: {A} and {B}."),
        "sentence_start": ("{A} rang about the ridge height.", "{A} is away until Tuesday."),
        "pair": ("{A} and {B} split the deposit.", "Copied in {A} as well as {B}."),
        "honorific_t": ("{HON} {SA} prefers a morning visit.", "Letter posted to {HON} {SA} today."),
        "greeting": ("Hi {GA}, the quote is attached.", "Dear {FA}, many thanks for booking."),
        "signoff": ("Regards, {A}", "All the best, {FA}"),
        "contact": (
            "Phone {PHONE} or e-mail {EMAIL}",
            "Site address {STREET}, {CITY} {POSTCODE}",
            "Date of birth {DOB}; NI number {NID}",
            "Pay by IBAN {IBAN}",
        ),
        "notes": (
            "{FA} asked for a site visit; {B} will measure.",
            "Deposit from {FA}, receipt by {B}.",
            "{FA} will be away, {B} holds the keys.",
        ),
        "chat": (
            ("greeting", "morning {M}, river looks high today"),
            ("mention", "@{H} can you bring the spare paddles?"),
            ("thanks", "thanks {M} for towing the trailer"),
            ("vocative", "anyone need a lift, {M}?"),
            ("signoff", "membership {amount} paid. {SELF}"),
            ("pair", "{M} and {M2} are leading the trip on {date}"),
            ("plain", "pool session moved to {date}, {amount} per head"),
            ("plain", "my mobile is {PHONE}"),
        ),
        "system": "{SPK} pinned a message from {M}",
    },
    "de": {
        "honorific": ("Frau", "Herr"),
        "quantity": "Stück",
        "invoice": "RE-{y}-{n:05d}",
        "business": (
            "Angebot {order} für {C}: {product}, {qty}, {amount} inkl.; {status}. Kalkuliert von {A}.",
            "{C} bucht {product} über {company} für den {date} ({order}); {amount}, {status}, eingetragen von {A}.",
            "Rechnung {invoice} an {C} zu {order}: {qty} {product}, {amount}, {status}; erstellt von {A}.",
            "Paket {tracking} für {C} ging mit {company}: {product} (Lager {sku}), {amount}, {status}; gepackt von {A}.",
            "{C} zahlte {amount} online für {product}, Barcode {ean}, Buchungs-App {version}; {order} ist {status}, gesehen von {A}.",
        ),
        "coauthor": (
            "Commit {HASH}: Preisliste {product} korrigiert. Co-authored-by: {FA} <{MAILA}>",
            "Merge {HASH} (Buchungsformular) — Co-authored-by: {FA} <{MAILA}>",
        ),
        "received_by": (
            "Empfangen von: {FA}, {CLOCK} Uhr, {qty}.",
            "Ware einwandfrei. Angenommen von {FA} um {CLOCK}.",
        ),
        "payee_line": (
            "Überweisung {amount} | Empfänger: {FA} | Verwendungszweck {order}",
            "Erstattung raus — Empfänger {FA}, Verwendungszweck {order}.",
        ),
        "raffle_winner": (
            "Verlosung Los {TICKET}: gewonnen hat {FA}.",
            "Tombola-Los {TICKET} gezogen, Gewinner {FA}.",
        ),
        "engraving": ("Gravur gewünscht: „{FA} {YEAR}“.", "Text der Plakette: „Für {GA}, mit Dank, {YEAR}“."),
        "visitor_log": (
            "Besucher: {FA} | Gastgeber: {B} | an {CLOCK}",
            "Besucherbuch: {FA} kam um {CLOCK}, traf {B}.",
        ),
        "voicemail": (
            "Sprachnachricht ({DUR}) von {FA}: Rückruf wegen {order}.",
            "Neue Mailbox-Nachricht, {DUR}, Anrufer {FA}, möchte neuen Termin.",
        ),
        "witnessed": ("Übergabe bezeugt von {FA}.", "Schlüssel zurück, Zeuge: {FA}."),
        "consignee": ("Warenempfänger: {FA} / Avis an: {B}", "Warenempfänger {FA}; Avis an {B}."),
        "rsvp_list": ("Zusagen: {A}, {B}.", "Für den Tag der offenen Tür zugesagt: {A} und {B}."),
        "sentence_start": ("{A} rief wegen der Pfeifenlänge an.", "{A} ist bis Dienstag weg."),
        "pair": ("{A} und {B} teilen sich die Anzahlung.", "In Kopie an {A} sowie {B}."),
        "honorific_t": ("{HON} {SA} möchte lieber vormittags.", "Brief an {HON} {SA} heute verschickt."),
        "greeting": ("Hallo {GA}, das Angebot hängt an.", "Liebe(r) {FA}, danke für die Buchung."),
        "signoff": ("Gruß, {A}", "Alles Gute, {FA}"),
        "contact": (
            "Telefon {PHONE} oder Mail {EMAIL}",
            "Einsatzort {STREET}, {POSTCODE} {CITY}",
            "Geburtsdatum {DOB}; Steuer-ID {NID}",
            "Zahlung per IBAN {IBAN}",
        ),
        "notes": (
            "{FA} wünscht Besichtigung; {B} misst auf.",
            "Anzahlung von {FA}, Quittung durch {B}.",
            "{FA} ist verreist, {B} hat die Schlüssel.",
        ),
        "chat": (
            ("greeting", "moin {M}, training am see heute?"),
            ("mention", "@{H} bringst du die trommel mit?"),
            ("thanks", "danke {M} fürs steuern"),
            ("vocative", "wer sitzt vorne am schlag, {M}?"),
            ("signoff", "beitrag {amount} überwiesen. {SELF}"),
            ("pair", "{M} und {M2} paddeln am {date} im rennboot"),
            ("plain", "regatta verschoben auf {date}, {amount} pro kopf"),
            ("plain", "meine handynummer: {PHONE}"),
        ),
        "system": "{SPK} hat eine nachricht von {M} angeheftet",
    },
    "fr": {
        "honorific": ("Mme", "M."),
        "quantity": "unités",
        "invoice": "FAC-{y}-{n:05d}",
        "business": (
            "Devis {order} pour {C} : {product}, {qty}, {amount} TTC ; {status}. Chiffré par {A}.",
            "{C} a réservé {product} via {company} pour le {date} ({order}) ; {amount}, {status}, noté par {A}.",
            "Facture {invoice} à {C} pour {order} : {qty} de {product}, {amount}, {status} ; émise par {A}.",
            "Colis {tracking} pour {C} parti avec {company} : {product} (stock {sku}), {amount}, {status} ; emballé par {A}.",
            "{C} a réglé {amount} en ligne pour {product}, code-barres {ean}, appli de réservation {version} ; {order} est {status}, vu par {A}.",
        ),
        "coauthor": (
            "Commit {HASH} : tarif {product} corrigé. Co-authored-by: {FA} <{MAILA}>",
            "Fusion {HASH} (formulaire de réservation) — Co-authored-by: {FA} <{MAILA}>",
        ),
        "received_by": (
            "Reçu par : {FA}, {CLOCK}, {qty}.",
            "Marchandise conforme. Réceptionnée par {FA} à {CLOCK}.",
        ),
        "payee_line": (
            "Virement {amount} | Bénéficiaire : {FA} | Réf. {order}",
            "Remboursement envoyé — bénéficiaire {FA}, référence {order}.",
        ),
        "raffle_winner": (
            "Tirage au sort, ticket {TICKET} : gagnant(e) {FA}.",
            "Tombola, ticket {TICKET} tiré, remporté par {FA}.",
        ),
        "engraving": (
            "Gravure demandée : « {FA} {YEAR} ».",
            "Texte de la plaque : « Pour {GA}, avec nos remerciements, {YEAR} ».",
        ),
        "visitor_log": (
            "Visiteur : {FA} | accueilli par : {B} | arrivée {CLOCK}",
            "Registre des visites : {FA} arrivé(e) à {CLOCK}, reçu(e) par {B}.",
        ),
        "voicemail": (
            "Message vocal ({DUR}) de {FA} : rappeler au sujet de {order}.",
            "Nouveau message vocal, {DUR}, appelant {FA}, souhaite une autre date.",
        ),
        "witnessed": ("Remise faite devant témoin : {FA}.", "Clés rendues, témoin {FA}."),
        "consignee": ("Destinataire : {FA} / Notifier : {B}", "Destinataire {FA} ; à notifier {B}."),
        "rsvp_list": ("Réponses oui : {A}, {B}.", "Inscrits pour la journée portes ouvertes : {A} et {B}."),
        "sentence_start": ("{A} a appelé pour la contenance.", "{A} est absent(e) jusqu'à mardi."),
        "pair": ("{A} et {B} partagent l'acompte.", "En copie {A} ainsi que {B}."),
        "honorific_t": ("{HON} {SA} préfère le matin.", "Courrier envoyé à {HON} {SA} ce jour."),
        "greeting": (
            "Bonjour {GA}, le devis est en pièce jointe.",
            "Cher/Chère {FA}, merci pour la réservation.",
        ),
        "signoff": ("Cordialement, {A}", "Bien à vous, {FA}"),
        "contact": (
            "Tél. {PHONE} ou courriel {EMAIL}",
            "Adresse du chantier {STREET}, {POSTCODE} {CITY}",
            "Né(e) le {DOB} ; NIR {NID}",
            "Règlement par IBAN {IBAN}",
        ),
        "notes": (
            "{FA} demande une visite ; {B} prendra les mesures.",
            "Acompte de {FA}, reçu signé par {B}.",
            "{FA} sera absent(e), {B} garde les clés.",
        ),
        "chat": (
            ("greeting", "coucou {M}, on répète au gymnase ce soir ?"),
            ("mention", "@{H} tu ramènes les bâtons ?"),
            ("thanks", "merci {M} pour les costumes"),
            ("vocative", "qui conduit le minibus, {M} ?"),
            ("signoff", "cotisation {amount} payée. {SELF}"),
            ("pair", "{M} et {M2} défilent en tête le {date}"),
            ("plain", "défilé déplacé au {date}, {amount} par personne"),
            ("plain", "mon portable : {PHONE}"),
        ),
        "system": "{SPK} a épinglé un message de {M}",
    },
    "es": {
        "honorific": ("Sra.", "Sr."),
        "quantity": "uds.",
        "invoice": "FV-{y}-{n:05d}",
        "business": (
            "Presupuesto {order} para {C}: {product}, {qty}, {amount} IVA incl.; {status}. Calculado por {A}.",
            "{C} reservó {product} a través de {company} para el {date} ({order}); {amount}, {status}, anotado por {A}.",
            "Factura {invoice} a {C} por {order}: {qty} de {product}, {amount}, {status}; emitida por {A}.",
            "Bulto {tracking} para {C} salió con {company}: {product} (almacén {sku}), {amount}, {status}; embalado por {A}.",
            "{C} pagó {amount} en línea por {product}, código de barras {ean}, app de reservas {version}; {order} está {status}, visto por {A}.",
        ),
        "coauthor": (
            "Commit {HASH}: tarifa de {product} corregida. Co-authored-by: {FA} <{MAILA}>",
            "Fusión {HASH} (formulario de reserva) — Co-authored-by: {FA} <{MAILA}>",
        ),
        "received_by": (
            "Recibido por: {FA}, {CLOCK}, {qty}.",
            "Mercancía conforme. La recibió {FA} a las {CLOCK}.",
        ),
        "payee_line": (
            "Transferencia {amount} | Beneficiario: {FA} | Concepto {order}",
            "Devolución enviada — beneficiario {FA}, concepto {order}.",
        ),
        "raffle_winner": (
            "Sorteo, papeleta {TICKET}: ganador(a) {FA}.",
            "Rifa: papeleta {TICKET} premiada, se la lleva {FA}.",
        ),
        "engraving": (
            "Grabado pedido: «{FA} {YEAR}».",
            "Texto de la placa: «Para {GA}, con gratitud, {YEAR}».",
        ),
        "visitor_log": (
            "Visitante: {FA} | anfitrión: {B} | entrada {CLOCK}",
            "Libro de visitas: {FA} llegó a las {CLOCK}, le atendió {B}.",
        ),
        "voicemail": (
            "Mensaje de voz ({DUR}) de {FA}: devolver llamada por {order}.",
            "Nuevo buzón de voz, {DUR}, llamante {FA}, quiere otra fecha.",
        ),
        "witnessed": ("Entrega firmada ante testigo: {FA}.", "Llaves devueltas, testigo {FA}."),
        "consignee": ("Consignatario: {FA} / Avisar a: {B}", "Consignatario {FA}; avisar a {B}."),
        "rsvp_list": (
            "Confirman asistencia: {A}, {B}.",
            "Apuntados a la jornada de puertas abiertas: {A} y {B}.",
        ),
        "sentence_start": ("{A} llamó por el tipo de madera.", "{A} no está hasta el martes."),
        "pair": ("{A} y {B} se reparten la señal.", "Con copia a {A} y también a {B}."),
        "honorific_t": ("{HON} {SA} prefiere por la mañana.", "Carta enviada hoy a {HON} {SA}."),
        "greeting": ("Hola {GA}, te adjunto el presupuesto.", "Estimado/a {FA}, gracias por la reserva."),
        "signoff": ("Saludos, {A}", "Un abrazo, {FA}"),
        "contact": (
            "Tel. {PHONE} o correo {EMAIL}",
            "Dirección {STREET}, {POSTCODE} {CITY}",
            "Nacido/a el {DOB}; DNI {NID}",
            "Pago por IBAN {IBAN}",
        ),
        "notes": (
            "{FA} pide visita; {B} tomará medidas.",
            "Señal de {FA}, recibo firmado por {B}.",
            "{FA} estará fuera, {B} tiene las llaves.",
        ),
        "chat": (
            ("greeting", "buenas {M}, ¿jugamos en la pista del parque?"),
            ("mention", "@{H} ¿traes las bolas de repuesto?"),
            ("thanks", "gracias {M} por el boliche nuevo"),
            ("vocative", "¿quién lleva la tiza, {M}?"),
            ("signoff", "cuota {amount} pagada. {SELF}"),
            ("pair", "{M} y {M2} juegan la final el {date}"),
            ("plain", "torneo pasado al {date}, {amount} por pareja"),
            ("plain", "mi móvil: {PHONE}"),
        ),
        "system": "{SPK} fijó un mensaje de {M}",
    },
    "it": {
        "honorific": ("Sig.ra", "Sig."),
        "quantity": "pz.",
        "invoice": "FT-{y}-{n:05d}",
        "business": (
            "Preventivo {order} per {C}: {product}, {qty}, {amount} IVA inclusa; {status}. Calcolato da {A}.",
            "{C} ha prenotato {product} tramite {company} per il {date} ({order}); {amount}, {status}, annotato da {A}.",
            "Fattura {invoice} a {C} per {order}: {qty} di {product}, {amount}, {status}; emessa da {A}.",
            "Collo {tracking} per {C} partito con {company}: {product} (magazzino {sku}), {amount}, {status}; imballato da {A}.",
            "{C} ha pagato {amount} online per {product}, codice a barre {ean}, app prenotazioni {version}; {order} è {status}, visto da {A}.",
        ),
        "coauthor": (
            "Commit {HASH}: listino {product} corretto. Co-authored-by: {FA} <{MAILA}>",
            "Merge {HASH} (modulo prenotazioni) — Co-authored-by: {FA} <{MAILA}>",
        ),
        "received_by": (
            "Ricevuto da: {FA}, {CLOCK}, {qty}.",
            "Merce integra. Ritirata da {FA} alle {CLOCK}.",
        ),
        "payee_line": (
            "Bonifico {amount} | Beneficiario: {FA} | Causale {order}",
            "Rimborso inviato — beneficiario {FA}, causale {order}.",
        ),
        "raffle_winner": (
            "Estrazione, biglietto {TICKET}: vince {FA}.",
            "Lotteria: biglietto {TICKET} estratto, premio a {FA}.",
        ),
        "engraving": (
            "Incisione richiesta: «{FA} {YEAR}».",
            "Testo della targa: «A {GA}, con gratitudine, {YEAR}».",
        ),
        "visitor_log": (
            "Visitatore: {FA} | referente: {B} | ingresso {CLOCK}",
            "Registro visite: {FA} entrato/a alle {CLOCK}, accolto/a da {B}.",
        ),
        "voicemail": (
            "Messaggio in segreteria ({DUR}) da {FA}: richiamare per {order}.",
            "Nuovo messaggio vocale, {DUR}, chiamante {FA}, vuole un'altra data.",
        ),
        "witnessed": ("Consegna alla presenza del testimone {FA}.", "Chiavi restituite, testimone {FA}."),
        "consignee": ("Destinatario merce: {FA} / Avvisare: {B}", "Destinatario merce {FA}; avvisare {B}."),
        "rsvp_list": ("Adesioni: {A}, {B}.", "Iscritti all'open day finora: {A} e {B}."),
        "sentence_start": ("{A} ha chiamato per la tostatura.", "{A} è via fino a martedì."),
        "pair": ("{A} e {B} dividono l'acconto.", "In copia {A} e anche {B}."),
        "honorific_t": ("{HON} {SA} preferisce la mattina.", "Lettera spedita oggi a {HON} {SA}."),
        "greeting": ("Ciao {GA}, in allegato il preventivo.", "Gentile {FA}, grazie per la prenotazione."),
        "signoff": ("Saluti, {A}", "Un caro saluto, {FA}"),
        "contact": (
            "Tel. {PHONE} oppure e-mail {EMAIL}",
            "Indirizzo {STREET}, {POSTCODE} {CITY}",
            "Nato/a il {DOB}; codice fiscale {NID}",
            "Pagamento su IBAN {IBAN}",
        ),
        "notes": (
            "{FA} chiede un sopralluogo; {B} prende le misure.",
            "Acconto di {FA}, ricevuta firmata da {B}.",
            "{FA} sarà via, {B} tiene le chiavi.",
        ),
        "chat": (
            ("greeting", "buongiorno {M}, giro al lago domenica?"),
            ("mention", "@{H} porti la pompa per le gomme?"),
            ("thanks", "grazie {M} per la candela di ricambio"),
            ("vocative", "chi guida in testa, {M}?"),
            ("signoff", "quota {amount} versata. {SELF}"),
            ("pair", "{M} e {M2} chiudono il gruppo il {date}"),
            ("plain", "raduno spostato al {date}, {amount} a testa"),
            ("plain", "il mio cellulare: {PHONE}"),
        ),
        "system": "{SPK} ha fissato un messaggio di {M}",
    },
    "nl": {
        "honorific": ("mevrouw", "meneer"),
        "quantity": "stuks",
        "invoice": "VF-{y}-{n:05d}",
        "business": (
            "Offerte {order} voor {C}: {product}, {qty}, {amount} incl. btw; {status}. Berekend door {A}.",
            "{C} boekte {product} via {company} voor {date} ({order}); {amount}, {status}, genoteerd door {A}.",
            "Factuur {invoice} aan {C} voor {order}: {qty} {product}, {amount}, {status}; opgemaakt door {A}.",
            "Zending {tracking} voor {C} ging mee met {company}: {product} (voorraad {sku}), {amount}, {status}; ingepakt door {A}.",
            "{C} betaalde {amount} online voor {product}, streepjescode {ean}, boekingsapp {version}; {order} is {status}, gezien door {A}.",
        ),
        "coauthor": (
            "Commit {HASH}: prijslijst {product} hersteld. Co-authored-by: {FA} <{MAILA}>",
            "Merge {HASH} (boekingsformulier) — Co-authored-by: {FA} <{MAILA}>",
        ),
        "received_by": (
            "Ontvangen door: {FA}, {CLOCK}, {qty}.",
            "Goederen in orde. In ontvangst genomen door {FA} om {CLOCK}.",
        ),
        "payee_line": (
            "Overboeking {amount} | Begunstigde: {FA} | Kenmerk {order}",
            "Terugbetaling verstuurd — begunstigde {FA}, kenmerk {order}.",
        ),
        "raffle_winner": (
            "Verloting, lot {TICKET}: winnaar {FA}.",
            "Loterij: lot {TICKET} getrokken, prijs voor {FA}.",
        ),
        "engraving": (
            "Gravure gevraagd: '{FA} {YEAR}'.",
            "Tekst op het plaatje: 'Voor {GA}, met dank, {YEAR}'.",
        ),
        "visitor_log": (
            "Bezoeker: {FA} | gastheer: {B} | binnen {CLOCK}",
            "Bezoekersregister: {FA} binnen om {CLOCK}, ontvangen door {B}.",
        ),
        "voicemail": (
            "Voicemail ({DUR}) van {FA}: terugbellen over {order}.",
            "Nieuwe voicemail, {DUR}, beller {FA}, wil een andere datum.",
        ),
        "witnessed": ("Overdracht in aanwezigheid van getuige {FA}.", "Sleutels terug, getuige {FA}."),
        "consignee": ("Geadresseerde: {FA} / Melden aan: {B}", "Geadresseerde {FA}; melden aan {B}."),
        "rsvp_list": ("Aanmeldingen: {A}, {B}.", "Voor de open dag aangemeld: {A} en {B}."),
        "sentence_start": ("{A} belde over de roedelengte.", "{A} is weg tot dinsdag."),
        "pair": ("{A} en {B} delen de aanbetaling.", "In de cc {A} en ook {B}."),
        "honorific_t": ("{HON} {SA} wil liever 's ochtends.", "Brief vandaag verstuurd aan {HON} {SA}."),
        "greeting": ("Hoi {GA}, de offerte zit in de bijlage.", "Beste {FA}, bedankt voor de boeking."),
        "signoff": ("Groet, {A}", "Hartelijke groet, {FA}"),
        "contact": (
            "Tel. {PHONE} of mail {EMAIL}",
            "Werkadres {STREET}, {POSTCODE} {CITY}",
            "Geboren {DOB}; BSN {NID}",
            "Betalen op IBAN {IBAN}",
        ),
        "notes": (
            "{FA} wil een bezichtiging; {B} meet op.",
            "Aanbetaling van {FA}, kwitantie door {B}.",
            "{FA} is op reis, {B} heeft de sleutels.",
        ),
        "chat": (
            ("greeting", "hoi {M}, repetitie gaat door vanavond?"),
            ("mention", "@{H} neem jij de lessenaars mee?"),
            ("thanks", "dank je {M} voor het stemmen van de tuba"),
            ("vocative", "wie rijdt er naar het concours, {M}?"),
            ("signoff", "contributie {amount} betaald. {SELF}"),
            ("pair", "{M} en {M2} spelen de solo op {date}"),
            ("plain", "serenade verplaatst naar {date}, {amount} per persoon"),
            ("plain", "mijn mobiel: {PHONE}"),
        ),
        "system": "{SPK} heeft een bericht van {M} vastgezet",
    },
    "pl": {
        "honorific": ("Pani", "Pan"),
        "quantity": "szt.",
        "invoice": "FV/{y}/{n:05d}",
        "business": (
            "Wycena {order} dla {C}: {product}, {qty}, {amount} brutto; {status}. Wyceniał(a) {A}.",
            "{C} zarezerwował(a) {product} przez {company} na {date} ({order}); {amount}, {status}, wpisał(a) {A}.",
            "Faktura {invoice} dla {C} do {order}: {qty} {product}, {amount}, {status}; wystawił(a) {A}.",
            "Paczka {tracking} dla {C} wyszła z {company}: {product} (magazyn {sku}), {amount}, {status}; pakował(a) {A}.",
            "{C} zapłacił(a) {amount} online za {product}, kod kreskowy {ean}, aplikacja rezerwacji {version}; {order} jest {status}, sprawdził(a) {A}.",
        ),
        "coauthor": (
            "Commit {HASH}: poprawiony cennik {product}. Co-authored-by: {FA} <{MAILA}>",
            "Merge {HASH} (formularz rezerwacji) — Co-authored-by: {FA} <{MAILA}>",
        ),
        "received_by": (
            "Odebrał(a): {FA}, godz. {CLOCK}, {qty}.",
            "Towar bez zastrzeżeń. Przyjął/przyjęła {FA} o {CLOCK}.",
        ),
        "payee_line": (
            "Przelew {amount} | Odbiorca: {FA} | Tytuł {order}",
            "Zwrot wysłany — odbiorca {FA}, tytuł przelewu {order}.",
        ),
        "raffle_winner": (
            "Losowanie, los {TICKET}: wygrywa {FA}.",
            "Loteria: los {TICKET} wylosowany, nagroda dla {FA}.",
        ),
        "engraving": (
            "Grawer zamówiony: „{FA} {YEAR}”.",
            "Tekst tabliczki: „Dla {GA}, z podziękowaniem, {YEAR}”.",
        ),
        "visitor_log": (
            "Gość: {FA} | gospodarz: {B} | wejście {CLOCK}",
            "Księga gości: {FA} wszedł/weszła o {CLOCK}, przyjął(a) {B}.",
        ),
        "voicemail": (
            "Poczta głosowa ({DUR}) od {FA}: oddzwonić w sprawie {order}.",
            "Nowa wiadomość głosowa, {DUR}, dzwonił(a) {FA}, chce inny termin.",
        ),
        "witnessed": ("Przekazanie w obecności świadka: {FA}.", "Klucze zwrócone, świadek {FA}."),
        "consignee": ("Odbiorca ładunku: {FA} / Powiadomić: {B}", "Odbiorca ładunku {FA}; powiadomić {B}."),
        "rsvp_list": ("Potwierdzili udział: {A}, {B}.", "Na dzień otwarty zapisani: {A} i {B}."),
        "sentence_start": ("{A} dzwonił(a) w sprawie skóry.", "{A} jest nieobecny(a) do wtorku."),
        "pair": ("{A} i {B} dzielą się zaliczką.", "Do wiadomości {A} oraz {B}."),
        "honorific_t": ("{HON} {SA} woli rano.", "List wysłany dziś do: {HON} {SA}."),
        "greeting": (
            "Cześć {GA}, wycena w załączniku.",
            "Szanowni Państwo, {FA} – dziękujemy za rezerwację.",
        ),
        "signoff": ("Pozdrawiam, {A}", "Serdeczności, {FA}"),
        "contact": (
            "Tel. {PHONE} lub e-mail {EMAIL}",
            "Adres {STREET}, {POSTCODE} {CITY}",
            "Data urodzenia {DOB}; PESEL {NID}",
            "Płatność na IBAN {IBAN}",
        ),
        "notes": (
            "{FA} prosi o wizytę; {B} zrobi pomiar.",
            "Zaliczka od {FA}, pokwitowanie {B}.",
            "{FA} wyjeżdża, {B} ma klucze.",
        ),
        "chat": (
            ("greeting", "cześć {M}, gramy dziś w klubie?"),
            ("mention", "@{H} przyniesiesz zegary?"),
            ("thanks", "dzięki {M} za analizę partii"),
            ("vocative", "kto gra białymi, {M}?"),
            ("signoff", "składka {amount} wpłacona. {SELF}"),
            ("pair", "{M} i {M2} grają w finale {date}"),
            ("plain", "turniej przełożony na {date}, wpisowe {amount}"),
            ("plain", "mój numer: {PHONE}"),
        ),
        "system": "{SPK} przypiął wiadomość od {M}",
    },
    "pt": {
        "honorific": ("Sra.", "Sr."),
        "quantity": "un.",
        "invoice": "FT {y}/{n:05d}",
        "business": (
            "Orçamento {order} para {C}: {product}, {qty}, {amount} com IVA; {status}. Calculado por {A}.",
            "{C} reservou {product} através da {company} para {date} ({order}); {amount}, {status}, anotado por {A}.",
            "Fatura {invoice} a {C} referente a {order}: {qty} de {product}, {amount}, {status}; emitida por {A}.",
            "Volume {tracking} para {C} seguiu com a {company}: {product} (armazém {sku}), {amount}, {status}; embalado por {A}.",
            "{C} pagou {amount} online por {product}, código de barras {ean}, app de reservas {version}; {order} está {status}, visto por {A}.",
        ),
        "coauthor": (
            "Commit {HASH}: tabela de preços de {product} corrigida. Co-authored-by: {FA} <{MAILA}>",
            "Merge {HASH} (formulário de reserva) — Co-authored-by: {FA} <{MAILA}>",
        ),
        "received_by": (
            "Recebido por: {FA}, {CLOCK}, {qty}.",
            "Mercadoria em bom estado. Recebida por {FA} às {CLOCK}.",
        ),
        "payee_line": (
            "Transferência {amount} | Beneficiário: {FA} | Descritivo {order}",
            "Reembolso enviado — beneficiário {FA}, descritivo {order}.",
        ),
        "raffle_winner": (
            "Sorteio, rifa {TICKET}: vencedor(a) {FA}.",
            "Rifa {TICKET} sorteada, prémio para {FA}.",
        ),
        "engraving": (
            "Gravação pedida: «{FA} {YEAR}».",
            "Texto da placa: «Para {GA}, com gratidão, {YEAR}».",
        ),
        "visitor_log": (
            "Visitante: {FA} | anfitrião: {B} | entrada {CLOCK}",
            "Livro de visitas: {FA} entrou às {CLOCK}, recebido/a por {B}.",
        ),
        "voicemail": (
            "Mensagem de voz ({DUR}) de {FA}: ligar de volta sobre {order}.",
            "Nova mensagem de voz, {DUR}, quem ligou: {FA}, quer outra data.",
        ),
        "witnessed": ("Entrega testemunhada por {FA}.", "Chaves devolvidas, testemunha {FA}."),
        "consignee": ("Consignatário: {FA} / Notificar: {B}", "Consignatário {FA}; notificar {B}."),
        "rsvp_list": ("Confirmaram presença: {A}, {B}.", "Inscritos no dia aberto até agora: {A} e {B}."),
        "sentence_start": ("{A} ligou por causa do couro.", "{A} está fora até terça."),
        "pair": ("{A} e {B} dividem o sinal.", "Com cópia para {A} e também {B}."),
        "honorific_t": ("{HON} {SA} prefere de manhã.", "Carta enviada hoje a {HON} {SA}."),
        "greeting": ("Olá {GA}, segue o orçamento em anexo.", "Caro/a {FA}, obrigado pela reserva."),
        "signoff": ("Cumprimentos, {A}", "Um abraço, {FA}"),
        "contact": (
            "Tel. {PHONE} ou e-mail {EMAIL}",
            "Morada {STREET}, {POSTCODE} {CITY}",
            "Nascido/a a {DOB}; NIF {NID}",
            "Pagamento por IBAN {IBAN}",
        ),
        "notes": (
            "{FA} pede uma visita; {B} tira as medidas.",
            "Sinal de {FA}, recibo assinado por {B}.",
            "{FA} vai estar fora, {B} tem as chaves.",
        ),
        "chat": (
            ("greeting", "olá {M}, ensaio hoje no coreto?"),
            ("mention", "@{H} trazes as cordas novas?"),
            ("thanks", "obrigado {M} pela afinação"),
            ("vocative", "quem leva o estandarte, {M}?"),
            ("signoff", "quota {amount} paga. {SELF}"),
            ("pair", "{M} e {M2} tocam a abrir no dia {date}"),
            ("plain", "atuação passou para {date}, {amount} por pessoa"),
            ("plain", "o meu telemóvel: {PHONE}"),
        ),
        "system": "{SPK} fixou uma mensagem de {M}",
    },
}
#: Street forms ("{R}" the invented root, "{n}" a number) and place endings per language.
PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("{n} {R} Mews", "{n} {R} Rise", "Flat {n}, {R} Court"), ("combe", "wick", "bury", "mouth")),
    "de": (("{R}weg {n}", "{R}ring {n}", "An der {R}mühle {n}"), ("hausen", "stedt", "feld", "rode")),
    "fr": (("{n} impasse {R}", "{n} allée {R}", "{n} chemin {R}"), ("court", "heim", "agues", "ens")),
    "es": (("Calle {R}, {n}", "Ronda {R}, {n}", "Paseo {R}, {n}"), ("ejo", "ar", "uela", "oz")),
    "it": (("Via {R} {n}", "Vicolo {R} {n}", "Borgo {R} {n}"), ("engo", "asco", "ina", "esi")),
    "nl": (("{R}laan {n}", "{R}dijk {n}", "{R}kade {n}"), ("dorp", "veen", "rade", "loo")),
    "pl": (("ul. {R} {n}", "os. {R} {n}", "ul. {R}owa {n}"), ("ków", "owice", "in", "no")),
    "pt": (("Rua {R}, {n}", "Avenida {R}, {n}", "Beco {R}, {n}"), ("eira", "ais", "elo", "ã")),
}
_ROOT_ONSETS = (
    "b",
    "bl",
    "c",
    "d",
    "dw",
    "f",
    "fr",
    "g",
    "gr",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "pr",
    "r",
    "s",
    "st",
    "t",
    "v",
    "w",
)
_ROOT_VOWELS = ("a", "e", "i", "o", "u", "ea", "ou")
_ROOT_CODAS = ("", "", "d", "k", "n", "r", "s", "ss", "lt")
# --- vetting and pools --------------------------------------------------------------------------------------

#: JSON keys, layout words and fixed cell texts (table headers and values are in `TABLES`).
_KEYS = (
    "envelope ref received lines code count gist journal entry counterpart reach note display id type "
    "message service action pin_message date date_unixtime from from_id forwarded_from text user "
    "UNH ORDERS DTM FTX AAI ACB COM UNT Co-authored-by SKU EAN NI NIR DNI CF BSN PESEL NIF IBAN Steuer-ID "
    "Mr Ms Mrs Frau Herr Mme Sra Sr Sig Sig.ra mevrouw meneer Pani Pan seit since vrijwilliger vaste kracht leerling"
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
_FILLER_KEYS = {"HON", "HASH", "CLOCK", "TICKET", "YEAR", "DUR"}
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
            return f"{self.code}-{n:05d}/{rng.randint(24, 25)}", "order_number"
        if kind == "invoice":
            return str(TEXT[self.lang]["invoice"]).format(y=2025, n=n), "invoice_number"
        if kind == "tracking":
            digits = "".join(rng.choice(string.digits) for _ in range(18))
            return rng.choice(
                [f"1Z{digits[:16]}", f"RR{digits[:9]}GB", f"SHP{self.code}{digits[:11]}"]
            ), "tracking_number"
        if kind == "sku":
            return (
                f"{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}-{self.code}-{n % 10000:04d}",
                "sku",
            )
        if kind == "ean":
            body = "".join(rng.choice(string.digits) for _ in range(12))
            return body + std_ean.calc_check_digit(body), "ean"
        if kind == "version":
            return (
                f"{rng.randint(1, 7)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}-build{rng.randint(10, 99)}",
                "version",
            )
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
        """Placeholders that plant nothing: honorifics, commit hashes, clock times, tickets, years,
        call lengths."""
        rng, text = self.rng, TEXT[lang]
        if key == "HON":
            return str(text["honorific"][0 if persons["A"].gender == "f" else 1])
        if key == "HASH":
            return "".join(rng.choice("0123456789abcdef") for _ in range(7))
        if key == "CLOCK":
            return f"{rng.randint(7, 19):02d}:{rng.choice([3, 10, 17, 25, 41, 56]):02d}"
        if key == "TICKET":
            return f"{rng.randint(1, 999):04d}"
        if key == "YEAR":
            return str(rng.randint(1985, 2025))
        return f"{rng.randint(0, 3)}:{rng.randint(5, 59):02d}"  # DUR

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
_STAFF_SHAPES = {"coauthor", "received_by", "visitor_log", "witnessed", "signoff"}
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
        text, planted = self.b.render(self.rng.choice(templates), field, shape, {"A": a, "B": b})
        return (text + "." if text[-1:].isalnum() else text), planted

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
        stamp = self.b.moment().strftime("%Y%m%d%H%M")
        case = f"{self.code}{self.rng.randint(100000, 999999)}"
        lang_tag = [f"lang:{self.lang}"]
        planted = [
            Planted("utility:case_number", case, "text", lang_tag),
            Planted("utility:timestamp", stamp, "text", lang_tag),
        ]
        memo = " ".join(s[0] for s in got.sentences)
        line = (
            f"UNH+{case}+ORDERS' DTM+137:{stamp}:203' FTX+AAI+++{got.business[0]}' "
            f"FTX+ACB+++{memo}' COM+{got.contact[0]}' UNT+6+{case}'"
        )
        planted += got.planted()
        if self.rng.random() < 0.03:
            line, planted = line.upper(), [_shouted(p) for p in planted]
        return line, planted

    def jsonl_record(self, index: int) -> tuple[str, list[Planted]]:
        root = ROOTS[self.lang]
        fields = {
            "abstract": f"{root}.gist",
            "timeline": f"{root}.journal[].entry",
            "post": f"{root}.counterpart.reach.note",
        }
        got = self.parts(index, fields)
        lang_tag = [f"lang:{self.lang}"]
        stamp = self.b.moment().strftime("%d/%m/%Y %H:%M")
        case = f"{self.code}/{self.rng.randint(10000, 99999)}"
        sku, _ = self.b.utility("sku")
        count = str(self.rng.randint(1, 12))
        counterpart: dict[str, Any] = {"reach": {"note": got.contact[0]}}
        planted = [
            Planted("utility:case_number", case, f"{root}.envelope.ref", lang_tag),
            Planted("utility:timestamp", stamp, f"{root}.envelope.received", lang_tag),
            Planted("utility:sku", sku, f"{root}.lines[].code", lang_tag),
            Planted("utility:quantity", count, f"{root}.lines[].count", lang_tag),
        ]
        planted += got.planted()
        if self.rng.random() < 0.3:
            customer = got.customer
            counterpart["display"] = customer.full
            planted.append(
                self.b.plant_person(customer, customer.full, "addressee", [], f"{root}.counterpart.display")
            )
        record = {
            root: {
                "envelope": {"ref": case, "received": stamp},
                "lines": [{"code": sku, "count": count}],
                "gist": got.business[0],
                "journal": [{"entry": s[0]} for s in got.sentences],
                "counterpart": counterpart,
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
    """One lower-case chat of one language: TXT lines of a phone-messenger export
    "[dd.mm.yy, hh:mm:ss] speaker: text" (a system line without a speaker now and then) or JSONL
    records of a desktop-messenger export (``from``, ``date``, ``date_unixtime``, ``text``; service
    records with an ``actor``; now and then ``forwarded_from``)."""

    def __init__(self, rng: random.Random, lang: str, name: str, fmt: str) -> None:
        self.rng, self.lang, self.name, self.fmt = rng, lang, name, fmt
        self.people = People(rng)
        self.b = Builder(rng, lang, FILES[lang][0][1])
        self.cast = [canaries()[0]] + [self.people.draw(lang) for _ in range(11)]
        self.ids = [f"user{rng.randint(10**8, 10**9 - 1)}" for _ in self.cast]

    def speaker_label(self, person: Person) -> tuple[str, list[str]]:
        roll = self.rng.random()
        if person.canary or roll < 0.5:
            return person.full.lower(), []
        if roll < 0.8:
            return person.given.lower(), ["given_only"]
        return f"{person.given} {person.surname[0]}.".lower(), ["initial"]

    def record(self, index: int) -> tuple[str, list[Planted]]:
        rng = self.rng
        speaker = (
            self.cast[0] if index == 0 else rng.choice(self.cast[1:] if rng.random() > 0.05 else self.cast)
        )
        others = [p for p in self.cast if p != speaker and not p.canary]
        m, m2 = rng.sample(others, 2)
        system = index % 8 == 5
        label_field = "text" if self.fmt == "txt" else ("actor" if system else "from")
        label, forms = self.speaker_label(speaker)
        speaker_plant = self.b.plant_person(speaker, label, "chat_speaker", forms, label_field)
        moment = self.b.moment()
        if system:
            template = str(TEXT[self.lang]["system"]).replace("{SPK}", label)
            body, planted = self.b.render(template, "text", "pin_event", {"M": m}, lower=True)
            planted = [self.b.plant_person(speaker, label, "pin_event", forms, "text"), *planted]
        else:
            slot, template = rng.choice(TEXT[self.lang]["chat"])
            persons = {"M": m, "M2": m2, "SELF": speaker}
            body, planted = self.b.render(template, "text", slot, persons, lower=True)
        if self.fmt == "txt":
            clock = f"[{moment:%d.%m.%y, %H:%M:%S}]"
            if system:
                return f"{clock} {body}", planted
            return f"{clock} {label}: {body}", [speaker_plant, *planted]
        unix = str(int(moment.timestamp()))
        event: dict[str, Any] = {
            "id": 1000 + index,
            "type": "service" if system else "message",
            "date": moment.strftime("%Y-%m-%d %H:%M:%S"),
            "date_unixtime": unix,
        }
        event["actor" if system else "from"] = label
        event["actor_id" if system else "from_id"] = self.ids[self.cast.index(speaker)]
        tag = [f"lang:{self.lang}"]
        planted = [Planted("utility:timestamp", unix, "date_unixtime", tag), speaker_plant, *planted]
        if system:
            event["action"] = "pin_message"
        elif rng.random() < 0.2:
            author = rng.choice(others)
            value = author.full.lower() if rng.random() < 0.6 else author.given.lower()
            forms_a = [] if value == author.full.lower() else ["given_only"]
            event["forwarded_from"] = value
            planted.append(self.b.plant_person(author, value, "forwarded_from", forms_a, "forwarded_from"))
        event["text"] = body
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
    "thatch_quotes": (
        "en", "csv", "THA",
        ("quote_no", "gang", "survey_date", "householder", "thatcher", "phone", "email", "job", "bundles",
         "price", "stage", "notes"),
        ("quote_no", "gang"), ("Gang North", "Gang South", "Gang East"),
    ),
    "flossfahrten_buchungen": (
        "de", "parquet", "FLO",
        ("buchung", "floss", "fahrtag", "gast", "flossfuehrer", "telefon", "iban", "paket", "personen",
         "betrag", "stand", "bemerkung"),
        ("buchung", "floss"), ("Floß 1", "Floß 2", "Floß 3", "Floß 4"),
    ),
    "guitarreria_encargos": (
        "es", "tsv", "GUI",
        ("pedido", "banco", "fecha", "cliente", "luthier", "dni", "telefono", "direccion", "cp", "municipio",
         "modelo", "unidades", "importe", "estado", "observaciones"),
        ("pedido", "banco"), ("Banco 1", "Banco 2", "Banco 3"),
    ),
    "torrefazione_forniture": (
        "it", "csv", "TOR",
        ("fornitura", "tostatrice", "data", "cliente", "tostatore", "codice_fiscale", "telefono", "email",
         "miscela", "kg", "importo", "stato", "note"),
        ("fornitura", "tostatrice"), ("Tostatrice A", "Tostatrice B", "Tostatrice C"),
    ),
    "molenmakerij_werkbonnen": (
        "nl", "tsv", "MOL",
        ("werkbon", "molen", "datum", "opdrachtgever", "molenmaker", "telefoon", "geboortedatum", "bsn",
         "onderdeel", "aantal", "bedrag", "status", "opmerkingen"),
        ("werkbon", "molen"), ("Molen 1", "Molen 2", "Molen 3", "Molen 4"),
    ),
}  # fmt: skip
_ID_FORMATS = {
    "thatch_quotes": "TQ25-{:04d}",
    "flossfahrten_buchungen": "{:d}",
    "guitarreria_encargos": "GT-25-{:04d}",
    "torrefazione_forniture": "TF/{:04d}/25",
    "molenmakerij_werkbonnen": "WB-{:04d}-25",
}
_MILL_ROLES = ("vrijwilliger", "vaste kracht", "leerling")


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
        self.since = {p: rng.randint(1998, 2024) for p in self.staff}
        self.roles = {p: rng.choice(_MILL_ROLES) for p in self.staff}

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

    def _thatch_quotes(
        self,
        row: Row,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "survey_date", "date", format_date(self.b.day(), self.lang))
        value = f"{main.surname.upper()}/{main.given}"
        title = "Mrs" if main.gender == "f" else "Mr"
        self.person(row, "householder", main, value, ["slash_cell"], lang, cell=f"{value} {title}")
        snake = f"{staff.given}_{staff.surname}".lower()
        self.person(row, "thatcher", staff, snake, ["snake_cell"], lang)
        self.contact(row, "phone", "PHONE", lang, persons, cache)
        self.contact(row, "email", "EMAIL", lang, persons, cache)
        self.util(row, "job", "product")
        self.util(row, "bundles", "quantity", str(rng.randint(40, 900)))
        self.util(row, "price", "amount")
        self.util(row, "stage", "status")
        self.notes(row, "notes", main, lang)

    def _flossfahrten_buchungen(
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
        row.put("fahrtag", day, [Planted("utility:date", day.isoformat(), "fahrtag", [f"lang:{self.lang}"])])
        guests = rng.randint(1, 9)
        self.person(row, "gast", main, main.full, ["plus_cell"], lang, cell=f"{main.full} +{guests}")
        value = f"{staff.surname} {staff.given[0]}."
        self.person(row, "flossfuehrer", staff, value, ["initial", "since_cell"], lang,
                    cell=f"{value}, seit {self.since[staff]}")  # fmt: skip
        self.contact(row, "telefon", "PHONE", lang, persons, cache)
        if rng.random() < 0.4:
            self.contact(row, "iban", "IBAN", lang, persons, cache)
        else:
            row.put("iban", "")
        self.util(row, "paket", "product")
        count = guests + 1
        row.put(
            "personen", count, [Planted("utility:quantity", str(count), "personen", [f"lang:{self.lang}"])]
        )
        amount = round(rng.randint(40, 2400) + rng.choice([0.0, 0.5, 0.9]), 2)
        row.put("betrag", amount, [Planted("utility:amount", str(amount), "betrag", [f"lang:{self.lang}"])])
        self.util(row, "stand", "status")
        self.notes(row, "bemerkung", main, lang)

    def _guitarreria_encargos(
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
        initials = f"{staff.given[0]}.{staff.surname[0]}."
        self.person(row, "luthier", staff, staff.full, ["initials_cell"], lang,
                    cell=f"{initials} ({staff.full})")  # fmt: skip
        for column, key in (
            ("dni", "NID"),
            ("telefono", "PHONE"),
            ("direccion", "STREET"),
            ("cp", "POSTCODE"),
            ("municipio", "CITY"),
        ):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "modelo", "product")
        self.util(row, "unidades", "quantity", str(rng.randint(1, 6)))
        self.util(row, "importe", "amount")
        self.util(row, "estado", "status")
        self.notes(row, "observaciones", main, lang)

    def _torrefazione_forniture(
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
        value = f"{staff.given} {staff.surname.upper()}"
        self.person(row, "tostatore", staff, value, ["caps_surname_cell"], lang)
        for column, key in (("codice_fiscale", "NID"), ("telefono", "PHONE"), ("email", "EMAIL")):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "miscela", "product")
        self.util(row, "kg", "quantity", f"{rng.randint(1, 60)},{rng.choice([0, 5])}")
        self.util(row, "importo", "amount")
        self.util(row, "stato", "status")
        self.notes(row, "note", main, lang)

    def _molenmakerij_werkbonnen(
        self,
        row: Row,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "datum", "date", format_date(self.b.day(), self.lang))
        self.person(row, "opdrachtgever", main, main.full, [], lang)
        self.person(row, "molenmaker", staff, staff.full, ["bracket_cell"], lang,
                    cell=f"{staff.full} [{self.roles[staff]}]")  # fmt: skip
        for column, key in (("telefoon", "PHONE"), ("geboortedatum", "DOB"), ("bsn", "NID")):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "onderdeel", "product")
        self.util(row, "aantal", "quantity", str(rng.randint(1, 24)))
        self.util(row, "bedrag", "amount")
        self.util(row, "status", "status")
        self.notes(row, "opmerkingen", main, lang)

    def build(self, count: int) -> list[Row]:
        return [self.row(i) for i in range(count)]


def _write_table(path: Path, fmt: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {
            "buchung": pa.int64(),
            "personen": pa.int64(),
            "betrag": pa.float64(),
            "fahrtag": pa.date32(),
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

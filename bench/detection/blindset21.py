"""Detection set "blind21" (held out until read, now guided fixes): text in eight languages, five tables.

Data card
=========

Status
    Guided fixes since 2026-12-06 (the thirteenth session): held out until then and measured once as
    the headline, with its peers, after the last change to detection then (fa2b52a: PERSON leak 1.84 %
    (text 0.99, tables 5.32), all personal 1.34 %, utility 95.58 %, 2 of 29 files refused, no canary;
    see ``bench/README.md``); then its breakdown was read (``--blind-breakdown``) to fix what it
    showed, so every ``FileSet`` now has ``guided_fixes=True`` and `blindset22` is the held-out set.
    Its writer reported counts only (files, records, values by entity and group, the ``inlarge``
    share, canaries, generation time, test results), never a value, a template, a shape's wording or
    a style name, so nothing of its shapes reached the engine's author before that measurement.

Who wrote it and what they read
    A helper engineer, 2026-12-06, from a brief (``/tmp/brief21.md``). It read:
    `bench.detection.format` (whole); in `bench.detection.sources` a ``grep`` of its
    ``def``/``class``/constant lines, its first 140 lines and lines 500-765 (``postcode``, ``phone``,
    ``email``, ``iban``, ``national_id``; the range also showed ``_STREET_PREFIXES``, ``Address``,
    ``_locale_places``, ``PlacePool``, ``MAIL_DOMAINS``, ``IBAN_LENGTH`` and the opening of the
    business-value constants, none used here); the brief's ``grep -A12`` of `anonymize.vocabulary` for
    ``faker_person_words`` and ``is_known_to_engine``; lines 1-120 of `bench.bench_detection`, its lines
    naming blind20 and its lines 590-630 (to register this set); the shared set checks
    (``tests/bench/setchecks.py``); blind20's test (whole, as this test's model);
    ``git show e2990a1 --stat`` and ``git show e2990a1 -- tests/bench/test_blindset19.py`` (how a set is
    relabelled; the commit message was shown with them); ``blindset20.py`` as the code model the brief
    allows (its card, imports, constants, romanisation and name-pool code, machinery, tables and
    ``generate``; paging through it also showed its templates of several languages, products,
    companies, statuses, syllable inventories and word lists; none of them is reused, and its month
    names, date and amount formats, e-mail local-part rule and business-value shapes are kept as
    code); the data cards (module docstrings only) of blind3 to blind20, plus ``grep -c`` over them of
    every candidate genre, layout, shape, style, usage and word-source name used here (all 0; the
    candidates that hit were dropped); the list of mimesis locales and the lengths of the Arabic
    locales' person lists; ``git log --oneline -5``, ``git status`` and ``git diff --stat`` (file names
    only, among them engine files and ``blindset20.py`` another engineer was editing, none opened);
    and its own generated files. To choose word lists it called ``sources.usable``, Faker's and
    mimesis's person words and wordfreq on candidate words. It read no recognizer, cue list, pattern,
    profile or vocabulary list of the engine, no other benchmark set body and no engine or benchmark
    output, and it never ran the engine, ``bench.bench_detection`` or ``manage.py anonymize``. Every
    sentence template, product, company, status, header, syllable inventory, word list and
    romanisation table here was written fresh for this module.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    logfmt line: ``ts=<yyyy-mm-ddThh:mm:ssZ> level=info|warn case=<code><6 digits> msg="<business
    sentence>" memo="<three sentences>" reach="<contact phrase>"`` (the time stamp and the case number
    are business values); the business sentence names the customer and the staff member who handled
    it, with an order number, product, quantity, amount and status and, by template, a company, a
    date, an invoice or tracking number, a SKU, an EAN or an app version. About 3 % of TXT records are
    in capitals (tag ``shouted``). JSONL records nest: ``<root>.head.docket`` (a case number),
    ``<root>.head.logged`` (a timestamp), ``<root>.basket[]`` (``article``, a SKU, and ``units``, a
    quantity), ``<root>.synopsis`` (the business sentence), ``<root>.remarks[].line`` (the three
    sentences), ``<root>.client.channels.memo`` (the contact phrase) and, now and then,
    ``<root>.client.label`` (a name alone, tag ``addressee``). One file per language is a lower-case
    chat: in TXT an IRC-client log line "[hh:mm:ss] <nick> text", and now and then "[hh:mm:ss] -!- old
    is now known as new" (in the file's language) without a speaker; in JSONL a federated-chat room
    export (``event_id``, ``type`` ``m.room.message``, ``origin_server_ts`` (milliseconds, a
    timestamp), ``sender`` (an opaque id), ``sender_name``, ``content.body``), and now and then an
    ``m.room.member`` event whose ``content.displayname`` and ``unsigned.prev_content.displayname``
    hold a person's new and old display names.

    ===  ====================================  ==================================  ================================
    en   chimney sweep visits (txt)            falconry experiences (jsonl)        campanology society chat (txt)
    de   Uhrmacherei, Reparaturen (txt)        Ballonfahrten (jsonl)               Posaunenchor chat (jsonl)
    fr   affûtage, commandes (txt)             croisières en péniche (jsonl)       club de belote chat (txt)
    es   abanicos, pedidos (txt)               avistamiento de cetáceos (jsonl)    club de mus chat (jsonl)
    it   frantoio, moliture (txt)              escursioni a cavallo (jsonl)        gruppo di scopa chat (txt)
    nl   klokkengieterij, bestellingen (txt)   sloepverhuur (jsonl)                kaartclub chat (jsonl)
    pl   kaflarnia, zamówienia (txt)           loty widokowe (jsonl)               klub brydżowy chat (txt)
    pt   cestaria, encomendas (txt)            provas nas caves (jsonl)            grupo de adufeiras chat (jsonl)
    ===  ====================================  ==================================  ================================

    New sentence shapes (slot tags, ``NEW_SHAPES``), each in every language: a lost-property entry
    (``lost_found``: "Found by X on site: …"), an inspection sign-off (``inspected_by``: "Inspected by X
    at 10:20: pass."), a countersignature (``countersigned``: "Countersigned: X."), a roll call naming
    who is present and who is missing (``roll_call``), a deputy while someone is away (``deputy``), a
    loading record (``loaded_by``: "Loaded by X, van 3, …"), a seat on a seating plan (``seat_plan``:
    "Seat 14B: X."), a delegated task (``delegated``: "Delegated by X to Y."), a return of equipment
    (``returned_by``) and a dictated-and-typed note (``dictated``: "Dictated by X, typed by Y."), with
    each language's own wording. New in the chats (``CHAT_SHAPES``): the display-name change
    (``nick_change``: the old and the new form of the same person). Also the ordinary slots: the
    customer (``customer``) and the agent (``agent``) of the business sentence, a name alone in a JSON
    field (``addressee``), names at sentence start, pairs, after honorifics (only the surname planted),
    greetings and sign-offs; in chats speakers, @mentions (given name or "given.surname"), greetings,
    thanks, vocatives, sign-offs and pairs. A lone given name in lower case (``given_only``), a lone
    surname in capitals (``surname_only``), "Surname, Given" (``reversed``), "G. Surname"
    (``initial``) or the whole name in capitals or lower case stands in for a full name now and then;
    chat speakers are the full name, the given name or "given s.".

Tables (5, 120 rows each at scale 1.0)
    ``locksmith_callouts.csv`` (English: ``caller`` "Given Surname (ext. 214)" with a phone extension
    (``extension_cell``), ``locksmith`` "SURNAME Given", family name first in capitals without a comma
    (``family_first_cell``); IDs ``callout`` like "LC-0001-25" and repeating ``van``),
    ``kachelofenbau_termine.parquet`` (German, typed: int64 ``termin`` and ``kacheln``, float64
    ``preis``, date32 ``tag``; ``kunde`` "Given Surname", ``ofensetzer`` "G. Surname – <rank>" with a
    craft rank (``title_job_cell``, ``initial``); IDs ``termin`` and repeating ``kolonne``),
    ``rempaillage_chaises.tsv`` (French: ``client`` "Given Surname <e-mail>", a name and its address in
    one cell (``angle_mail_cell``, the e-mail planted too), ``rempailleur`` the given name alone in lower
    case (``given_cell``); IDs ``bon`` like "RP25/0001" and repeating ``atelier``),
    ``lavanderia_tappeti.csv`` (Italian: ``cliente`` "Given Surname", ``addetti`` two staff members "X /
    Y" in one cell (``multi_cell``); IDs ``ritiro`` like "LT-25-0001" and repeating ``furgone``),
    ``kuznia_zlecenia.tsv`` (Polish: ``klient`` "Given Surname", ``kowal`` "Surname G. (stan. 2)" with a
    work station (``station_cell``, ``initial``); IDs ``zlecenie`` like "KZ/0001/25" and repeating
    ``palenisko``). Each has two record-ID columns, a product, quantity, amount, date, status, contact
    columns (phone, e-mail, IBAN, national ID, street, postcode, town, birth date, by table) and a notes
    column naming the row's main person in full and a second person. About 25 % of rows are in another
    of the eight languages: their persons, notes, contact formats and ``lang:`` tags follow the row;
    IDs, products, amounts, dates, statuses and the fixed words of the person cells keep the table's
    language.

Names
    The group is drawn first: about 36 % **invented** from syllable inventories in ten styles no earlier
    card lists (``invented`` + ``style:<s>``): lenape (ë), siksika, chickasaw, tikuna (ü, ẽ), kamba (ĩ,
    ũ), sidamo, kelabit, mentawai, niuean, rotuman (ä, ö, ü). About 35 % **mimesis** (``mimesis`` +
    ``locale:<l>``) romanised in usages no earlier card names: ``ru``, ``uk`` and ``kk`` in Azerbaijani
    usage (q for г, x for х, ç, ş, şç, j for ж, ts, ı for ы, y for й, ya/yu/yo, ye at a word's start or
    after a vowel; Ukrainian h for г and ı for и, ye/yi; Kazakh ә ғ қ ң ө ұ ү һ as ə ğ q n ö u ü h) and
    ``el``, ``fa``, ``ar-eg``, ``ar-tn``, ``ar-dz``, ``ar-sy`` in Croatian usage (Greek v for β, j for
    γ before front vowels, t for θ, h for χ, ks, ps, c for τσ, dž for τζ, i for η/υ/ει/οι, u for ου, e
    for αι, av/ev, b/d/g for initial μπ/ντ/γκ and mb/nd/ng inside; Arabic and Persian š for ش, dž for ج,
    č for چ, ž for ژ, h for ح/خ, g for غ, k for ق, s for ث, z for ذ/ظ, v and j for consonantal و/ي, ta
    marbuta as a, Persian final ه as e; the article dropped, ZWNJ compounds joined, unwritten short
    vowels supplied as a after a word's first consonant and e later). Only names that romanise to one
    word are used; of each pool about two thirds are names found in a wordfreq large list (real rare
    name forms). About 29 % **word-like** (``wordlike`` + ``wordsrc:<lang>``), from languages and word
    fields no earlier card lists, every word a real word of a wordfreq large list (a loanword there):
    boats, clothing and ice words of Inuktitut (iu); birds, trees, weapons and animals of Dharug and
    neighbouring Sydney-region languages (xdk); footwear, dwellings, trees, fish and dishes of the
    Algonquian languages (alg); fruit, flowers and animals of Old Tupi (tpw); fruit, trees, houses and
    rites of Taíno (tnq); dishes, fruit and customs of Cantonese (yue).

    Real words, counted (``inlarge``): a name is tagged ``inlarge`` when one of its words occurs in
    wordfreq's "large" list of en, de, fr, es, it, nl, pl, pt, sv or da (wordfreq reads da as nb) —
    every word-like name, and the mimesis names of the pools' real forms. ``summary()`` counts the
    tagged names and the name words in a large list; a third of the name words at least must be.

    Filters. Every name word (and its capitalised, upper-case, lower-case and ASCII-folded forms): three
    letters or more, unknown to the engine (``sources.usable``), absent from Faker's person words and
    from every mimesis person list, not a word of any template, key, product, company, status, header,
    street form or mail domain here, no place word, and wordfreq zipf < 3 in all eight languages. A
    word-like name is never written in its own language (none of its languages is one of the eight).
    A surname of an invented style is never also one of its given names. E-mail local parts are runs
    of two letters at most from the person's names, split by digits and dots, at fictitious
    ``.example`` domains, so they never hold a name word whole.

Business values (kept: ``utility:*``)
    Order numbers ("<code>-<n>/<yy>"), invoice numbers ("<prefix>/<yyyy>/<n>"), tracking numbers (three
    carrier-like shapes), case numbers, SKUs, EANs (valid check digits, python-stdnum), app versions
    with a build suffix, amounts, quantities, timestamps (ISO with Z, dotted, epoch milliseconds),
    dates that are not birth dates, products (some built from a first-name-like or place-like word),
    companies and statuses; record IDs in the tables.

Places and contacts
    Streets and cities from invented roots with each language's street words and place endings (this
    module's own), vetted like names and kept apart from name words. Phones, IBANs, national IDs and
    postcodes from the `sources` helpers; a UK National Insurance number is built here. Dates of birth
    are ``DATE_OF_BIRTH``, other dates ``utility:date``.

Canaries
    Three invented people (siksika, kelabit and rotuman styles): all three in every table (the main
    person of its first three rows, and by full name in those rows' notes), the first a speaker in
    every chat (lower case, full name, its first line), and each the customer of about 3 % of the other
    text records (full name). ``canaries`` lists those that appear in a file.

Size (scale 1.0, seed 21021)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); 12,813 PERSON values (4,628
    invented = 36 %, 4,564 mimesis = 36 %, 3,621 word-like = 28 %; 7,298 = 57 % tagged ``inlarge``,
    10,734 of 22,130 name words = 49 % in a large list), 4,840 other personal values (1,058 phones, 740
    e-mails, 423 IBANs, 618 national IDs, 501 streets, 501 postcodes, 501 cities, 498 dates of birth)
    and 18,868 business values (1,200 of them record IDs). ``scale`` multiplies the record counts (at
    least 10 text records and 30 table rows per file). Generation takes about two seconds once the name
    pools are built (about seven from a cold start). ``summary()`` and ``python -m
    bench.detection.blindset21 --out DIR`` give the counts of a run (never the values).

Run: ``.venv/bin/python -m bench.detection.blindset21 --out var/blind21``.
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

DEFAULT_SEED = 21021
TEXT_RECORDS = 95
TABLE_ROWS = 120
_POOL_SEED = 2121
_MIMESIS_DATA = Path(mimesis.__file__).parent / "datasets"
#: Languages whose wordfreq "large" lists decide the ``inlarge`` tag (wordfreq reads "da" as "nb").
LARGE_LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "nb")

#: The new sentence shapes, planted in every language (in the business text files).
NEW_SHAPES = (
    "lost_found",
    "inspected_by",
    "countersigned",
    "roll_call",
    "deputy",
    "loaded_by",
    "seat_plan",
    "delegated",
    "returned_by",
    "dictated",
)
ORDINARY_SHAPES = ("sentence_start", "pair", "honorific", "greeting", "signoff")
#: New slots of the chats (every chat has them): a display-name change event.
CHAT_SHAPES = ("nick_change",)

# --- name sources -------------------------------------------------------------------------------------

#: Syllable inventories (syllables, endings) of the invented styles.
STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "lenape": (
        ("ma", "hë", "ki", "wa", "te", "lo", "pu", "ske", "nan", "xa", "chi", "me", "ho", "ta", "ng"),
        ("xkw", "ong", "hëm", "ank", "ëk"),
    ),
    "siksika": (
        ("aa", "pii", "sik", "ka", "mii", "naa", "ssi", "to", "kii", "ksi", "ma", "poo", "sta", "ni", "yi"),
        ("kii", "wa", "taki", "naa", "poka"),
    ),
    "chickasaw": (
        ("ho", "chi", "lhi", "ta", "pa", "sho", "bi", "ka", "mi", "hla", "no", "yo", "fa", "ish", "lo"),
        ("tubby", "homa", "yahli", "chito", "lhpa"),
    ),
    "tikuna": (
        ("ngü", "ta", "ma", "ẽ", "cu", "ri", "dau", "na", "tü", "ya", "chi", "pe", "gu", "ü", "ta"),
        ("küe", "nẽ", "rü", "güna", "tae"),
    ),
    "kamba": (
        ("mũ", "ka", "ndi", "wa", "ĩ", "sy", "ko", "mbo", "nzi", "ke", "ngu", "tu", "vi", "mwe", "la"),
        ("ũ", "wa", "nzĩ", "ka", "ngo"),
    ),
    "sidamo": (
        ("ha", "bo", "lte", "dee", "ga", "wo", "ra", "sso", "ki", "ltu", "ma", "dda", "ne", "ye", "ssa"),
        ("cho", "mo", "sse", "tto", "ne"),
    ),
    "kelabit": (
        ("ba", "ru", "lu", "pe", "ra", "ng", "ta", "dan", "bu", "lo", "ma", "ri", "se", "ket", "pun"),
        ("ang", "ud", "ek", "ai", "em"),
    ),
    "mentawai": (
        ("sa", "ge", "ru", "ma", "si", "bu", "kat", "te", "le", "ja", "gou", "ri", "ta", "boi", "nu"),
        ("jat", "ngo", "rei", "kui", "lau"),
    ),
    "niuean": (
        ("fa", "ka", "le", "mo", "tu", "ha", "ga", "vai", "li", "pu", "ke", "to", "ma", "lu", "fe"),
        ("lagi", "tama", "fine", "ika", "nua"),
    ),
    "rotuman": (
        ("fä", "ra", "he", "ta", "mö", "ki", "sa", "vä", "lu", "hö", "ma", "ri", "ne", "ja", "tö"),
        ("tä", "ruö", "kia", "sea", "hü"),
    ),
}
#: Word-like names: (given-name words, surnames words) per source, each word a real word found in a
#: wordfreq "large" list (a loanword of the source language). Fields: boats, clothing and ice words of
#: Inuktitut (iu); birds, trees and tools of the Sydney-region Aboriginal languages (xdk, Dharug);
#: footwear, dwellings, nuts and trees of the Algonquian languages (alg); fruit and animals of Old Tupi
#: (tpw); crops, houses and rites of Taíno (tnq); dishes and fruit of Cantonese (yue).
WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "iu": (
        ("umiak", "qajaq", "kamik", "mukluk", "anorak"),
        ("inukshuk", "nunatak", "kudlik", "igloo"),
    ),
    "xdk": (
        ("waratah", "brolga", "galah", "jarrah", "wonga", "kookaburra", "currawong"),
        ("billabong", "woomera", "corroboree", "kurrajong", "bettong", "wallaroo", "quokka", "mulga",
         "waddy", "bunyip", "barramundi", "wombat"),
    ),
    "alg": (
        ("moccasin", "catalpa", "tamarack", "persimmon", "chinquapin", "wampum"),
        ("wigwam", "muskeg", "mackinaw", "sachem", "menhaden", "quahog", "succotash", "pemmican",
         "terrapin", "mugwump", "muskellunge"),
    ),
    "tpw": (
        ("jacaranda", "petunia", "maracuja", "jabuticaba", "maraca", "acai"),
        ("capybara", "toucan", "tamandua", "agouti", "arapaima", "jaguarundi", "coati", "ipecac", "sucuri",
         "tapir", "ocelot"),
    ),
    "tnq": (
        ("guayaba", "mamey", "caoba", "jagua", "guava", "cassava"),
        ("bohio", "areito", "conuco", "macana", "higuey", "cemi", "manatee", "caiman"),
    ),
    "yue": (
        ("kumquat", "lychee", "loquat", "congee", "wonton"),
        ("hoisin", "dimsum", "kowtow", "taipan", "kungfu"),
    ),
}  # fmt: skip
#: mimesis locales and the usage each is romanised in.
MIMESIS_LOCALES: dict[str, str] = {
    "ru": "azerbaijani",
    "uk": "azerbaijani",
    "kk": "azerbaijani",
    "el": "croatian",
    "fa": "croatian",
    "ar-eg": "croatian",
    "ar-tn": "croatian",
    "ar-dz": "croatian",
    "ar-sy": "croatian",
}
CANARY_STYLES = ("siksika", "kelabit", "rotuman")
#: Name pool sizes (per style, per locale and gender).
_POOL = 44

# --- romanisation (Azerbaijani usage for Cyrillic, Croatian usage for Greek, Persian and Arabic) ------

_AZ_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "q", "ґ": "q", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şç", "ъ": "", "ы": "ı",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "є": "ye", "і": "i", "ї": "yi",
    "ә": "ə", "ғ": "ğ", "қ": "q", "ң": "n", "ө": "ö", "ұ": "u", "ү": "ü", "һ": "h",
}  # fmt: skip
_AZ_VOWELS = set("аеёиоуыэюяєіїәөұү")
_HR_GR_PAIRS = {"ου": "u", "αι": "e", "ει": "i", "οι": "i", "υι": "i", "γγ": "ng", "τσ": "c", "τζ": "dž"}
_HR_GR_START = {"μπ": "b", "ντ": "d", "γκ": "g"}
_HR_GR_INSIDE = {"μπ": "mb", "ντ": "nd", "γκ": "ng"}
_HR_GR = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "t", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "i", "φ": "f", "χ": "h", "ψ": "ps", "ω": "o",
}  # fmt: skip
_HR_AR = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "dž", "چ": "č", "ح": "h", "خ": "h", "د": "d", "ذ": "z",
    "ر": "r", "ز": "z", "ژ": "ž", "س": "s", "ش": "š", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g",
    "ف": "f", "ق": "k", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip


def _azerbaijani(word: str, locale: str) -> str:
    """Cyrillic in Azerbaijani usage: q for г, x for х, ç, ş, şç, j for ж, ı for ы, y-glides, ye at a
    word's start or after a vowel; Ukrainian h for г and ı for и; Kazakh letters as ə ğ q n ö u ü h."""
    out: list[str] = []
    low = word.lower()
    for i, ch in enumerate(low):
        after_vowel = i == 0 or low[i - 1] in _AZ_VOWELS or low[i - 1] in "ьъ"
        if locale == "uk" and ch == "г":
            out.append("h")
        elif locale == "uk" and ch == "и":
            out.append("ı")
        elif ch == "е" and after_vowel and locale != "uk":
            out.append("ye")
        elif ch in _AZ_CYR:
            out.append(_AZ_CYR[ch])
        else:
            return ""
    return "".join(out)


def _croatian_greek(word: str) -> str:
    """Greek in Croatian usage: v for β, j for γ before front vowels, t for θ, h for χ, i for η/υ/ει/οι,
    u for ου, e for αι, av/ev, c for τσ, dž for τζ, ks, ps; b/d/g for initial μπ/ντ/γκ, mb/nd/ng inside."""
    low = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    out: list[str] = []
    i = 0
    while i < len(low):
        pair = low[i : i + 2]
        if pair in {"αυ", "ευ"}:
            out.append(("a" if pair[0] == "α" else "e") + "v")
            i += 2
        elif i == 0 and pair in _HR_GR_START:
            out.append(_HR_GR_START[pair])
            i += 2
        elif pair in _HR_GR_INSIDE:
            out.append(_HR_GR_INSIDE[pair])
            i += 2
        elif pair in _HR_GR_PAIRS:
            out.append(_HR_GR_PAIRS[pair])
            i += 2
        elif low[i] == "γ" and low[i + 1 : i + 2] in {"ε", "ι", "η", "υ"}:
            out.append("j")
            i += 1
        elif low[i] in _HR_GR:
            out.append(_HR_GR[low[i]])
            i += 1
        else:
            return ""
    return "".join(out)


def _croatian_arabic(word: str, persian: bool) -> str:
    """Arabic and Persian in Croatian usage: š for ش, dž for ج, č for چ, ž for ژ, h for ح/خ, g for غ, k
    for ق; u/i for long vowels and glides after a consonant, v/j before; the article dropped."""
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
            units.append(("V", "u") if after_c else ("C", "v"))
        elif ch in "يی":
            units.append(("V", "i") if after_c else ("C", "j"))
        elif ch == "ه" and last and after_c:
            units.append(("V", "e" if persian else "a"))
        elif ch in _HR_AR:
            units.append(("C", _HR_AR[ch]))
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
        return _azerbaijani(word, locale)
    if locale == "el":
        return _croatian_greek(word)
    return _croatian_arabic(word, persian=locale == "fa")


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


# --- language data ----------------------------------------------------------------------------------------

#: Per language: (txt file, jsonl file, chat file) as (name, genre code or "chat", format).
FILES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (("chimney_sweep_visits", "CSW", "txt"), ("falconry_experiences", "FAL", "jsonl"), ("campanology_society_chat", "chat", "txt")),
    "de": (("uhrmacherei_reparaturen", "UHR", "txt"), ("ballonfahrten", "BAL", "jsonl"), ("posaunenchor_chat", "chat", "jsonl")),
    "fr": (("affutage_commandes", "AFF", "txt"), ("croisieres_en_peniche", "PEN", "jsonl"), ("club_de_belote_chat", "chat", "txt")),
    "es": (("abanicos_pedidos", "ABA", "txt"), ("avistamiento_de_cetaceos", "CET", "jsonl"), ("club_de_mus_chat", "chat", "jsonl")),
    "it": (("frantoio_moliture", "FRA", "txt"), ("escursioni_a_cavallo", "CAV", "jsonl"), ("gruppo_di_scopa_chat", "chat", "txt")),
    "nl": (("klokkengieterij_bestellingen", "KLO", "txt"), ("sloepverhuur", "SLP", "jsonl"), ("kaartclub_chat", "chat", "jsonl")),
    "pl": (("kaflarnia_zamowienia", "KAF", "txt"), ("loty_widokowe", "LOT", "jsonl"), ("klub_brydzowy_chat", "chat", "txt")),
    "pt": (("cestaria_encomendas", "CES", "txt"), ("provas_nas_caves", "PRV", "jsonl"), ("grupo_de_adufeiras_chat", "chat", "jsonl")),
}  # fmt: skip
#: JSONL roots of the business files.
ROOTS = {
    "en": "flight",
    "de": "fahrt",
    "fr": "croisiere",
    "es": "salida",
    "it": "escursione",
    "nl": "verhuur",
    "pl": "lot",
    "pt": "prova",
}
PRODUCTS: dict[str, tuple[str, ...]] = {
    "CSW": ("Flue Sweep Standard", "Bird Guard Cowl", "Sweep and Smoke Test Hereford", "Chimney Cap Percy", "Stove Service", "Soot Vac Visit"),
    "FAL": ("Owl Encounter 1 h", "Hawk Walk Kielder", "Falconry Day Rosalind", "Gift Voucher Flight", "Harris Hawk Half-day", "Kestrel Photo Session"),
    "UHR": ("Revision Handaufzug", "Glasersatz Saphir", "Uhrband Kalbsleder", "Pendeluhr Wilhelmine", "Kuckucksuhr Triberg", "Batteriewechsel"),
    "BAL": ("Ballonfahrt 2 Pers.", "Fahrt über Bodensee", "Gutschein Luftreise", "Ballon Hedwig", "Sonnenaufgangsfahrt", "Taufe mit Sekt"),
    "AFF": ("Affûtage couteau de chef", "Ciseaux Lucienne", "Lame de rabot", "Forfait restaurant Annecy", "Tondeuse à main", "Pierre à aiguiser"),
    "PEN": ("Croisière 3 nuits", "Péniche Berthe", "Canal du Nivernais", "Vélo à bord", "Forfait équipage", "Panier du marinier"),
    "ABA": ("Abanico de encaje", "Varillaje de peral", "Abanico Manolita", "Pericón Sevilla", "Funda bordada", "Restauración de país"),
    "CET": ("Salida de avistamiento 3 h", "Catamarán Tarifa", "Ruta Amparo", "Chubasquero", "Salida al amanecer", "Bono familiar"),
    "FRA": ("Molitura a freddo", "Olio Taggiasca 5 l", "Molitura Assunta", "Lattina 3 l", "Olio del Garda", "Sansa e noccioli"),
    "CAV": ("Passeggiata a cavallo 2 h", "Trekking Maremma", "Cavallo Geltrude", "Lezione di prova", "Gita al tramonto", "Pranzo in rifugio"),
    "KLO": ("Klok brons 40 kg", "Klepel gesmeed", "Luidklok Wilhelmina", "Beiaard Deventer", "Klokkenstoel eiken", "Stemmen van klokken"),
    "SLP": ("Sloep 8 pers. dag", "Sloep Trijntje", "Vaartocht Giethoorn", "Koelbox met drankjes", "Avondvaart", "Zwemvesten"),
    "KAF": ("Kafle ręcznie malowane", "Piec kaflowy Leokadia", "Kafel narożny", "Kominek Bolesławiec", "Fuga szamotowa", "Gzyms"),
    "LOT": ("Lot widokowy 30 min", "Lot nad Tatrami", "Awionetka Kazimiera", "Voucher prezentowy", "Lot o zachodzie", "Zdjęcia z lotu"),
    "CES": ("Cesto de vime", "Canastra Benvinda", "Cabaz de piquenique", "Cesto Gouveia", "Alcofa de bebé", "Açafate"),
    "LCK": ("Lock Change 5-lever", "Emergency Entry Night", "Key Cut Brass", "uPVC Mechanism Sheffield", "Safe Opening", "Door Viewer Fit"),
    "KOF": ("Grundofen Speckstein", "Kachelofen Greta", "Ofenbank Eiche", "Putzofen Allgäu", "Heizeinsatz", "Kachelreinigung"),
    "REM": ("Paillage seigle", "Cannage rotin", "Chaise Capucine", "Fauteuil Lyonnais", "Assise en jonc", "Teinte noyer"),
    "LAV": ("Lavaggio tappeto persiano", "Tappeto Ernesta", "Riparazione frange", "Kilim Bergamo", "Antitarma", "Ritiro e consegna"),
    "KUZ": ("Podkowa ręcznie kuta", "Brama Dobromiła", "Balustrada kuta", "Krata Wieliczka", "Wieszak kowalski", "Naprawa narzędzi"),
    "PRV": ("Prova de Tawny 10 anos", "Visita às caves Gaia", "Prova Ermelinda", "Copo gravado", "Prova vintage", "Tábua de queijos"),
}  # fmt: skip
COMPANIES: dict[str, tuple[str, ...]] = {
    "en": ("Sootworth Supplies Ltd", "Kestrel & Lane Events Ltd", "Greyhollow Carriers plc", "Ashfold LLP"),
    "de": ("Zeitwerk Ersatzteile GmbH", "Heißluft & Partner KG", "Spedition Ammerwiese GmbH", "Uhrenteile Nord AG"),
    "fr": ("Aiguiserie du Jura SARL", "Canaux et Écluses SAS", "Transports Hirondelle SA", "Lames de Savoie SARL"),
    "es": ("Varillas del Turia S.L.", "Mar del Estrecho S.L.", "Envíos Golondrina S.A.", "Encajes Almazara S.L."),
    "it": ("Oleificio Colle Alto S.r.l.", "Maneggio Poggio Verde S.n.c.", "Trasporti Airone S.p.A.", "Latte e Latta S.r.l."),
    "nl": ("Klokbrons B.V.", "Gebr. Waterhoen V.O.F.", "Sloepen Noord B.V.", "Pakketdienst Reiger B.V."),
    "pl": ("Kafle Śląskie sp. z o.o.", "Aeroklub Podhale s.c.", "Kurier Jaskółka S.A.", "Glina i Piec sp. z o.o."),
    "pt": ("Vimes do Minho, Lda.", "Caves do Cais, Lda.", "Transportes Cegonha S.A.", "Cestos e Companhia, Lda."),
}  # fmt: skip
STATUSES: dict[str, tuple[str, ...]] = {
    "en": ("enquiry", "deposit due", "scheduled", "half settled", "closed off", "cancelled by client"),
    "de": ("angefragt", "Anzahlung fällig", "terminiert", "halb beglichen", "erledigt"),
    "fr": ("demande reçue", "acompte dû", "programmé", "à moitié réglé", "clôturé"),
    "es": ("consulta", "señal pendiente", "fijado", "medio pagado", "cerrado"),
    "it": ("richiesta", "acconto dovuto", "fissato", "saldato a metà", "chiuso"),
    "nl": ("aanvraag", "aanbetaling verschuldigd", "gepland", "half voldaan", "gesloten"),
    "pl": ("zapytanie", "zaliczka do zapłaty", "ustalone", "w połowie opłacone", "zamknięte"),
    "pt": ("pedido recebido", "sinal em falta", "marcado", "meio pago", "fechado"),
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
    "postfach21.example",
    "relais-mail.example",
    "correo-vivo.example",
    "casella.example",
    "brievenbus21.example",
)

#: Everything a text of one language is built from. Placeholders: see `Builder._value`. No template
#: holds a double quote (the TXT layout quotes its values).
TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "honorific": ("Mrs", "Mr"),
        "quantity": "items",
        "invoice": "INV/{y}/{n:05d}",
        "business": (
            "Job {order} for {C}: {product} x {qty}, {amount} inc. VAT, now {status}; booked by {A}.",
            "{C} reserved {product} with {company} on {date} under {order}; {amount} and {status}, logged by {A}.",
            "Invoice {invoice} sent to {C} ({order}): {qty} of {product} at {amount}, {status}; issued by {A}.",
            "Parcel {tracking} to {C} via {company}: {product}, part {sku}, {amount}, {status}; dispatched by {A}.",
            "{C} paid {amount} by card for {product} (barcode {ean}, diary app {version}); {order} {status}, checked by {A}.",
        ),
        "lost_found": (
            "Lost property: {FA} found a glove in the van, kept at the desk.",
            "Found by {FA} on site: a set of keys, now at reception.",
        ),
        "inspected_by": (
            "Inspected by {FA} at {CLOCK}: pass.",
            "Work inspected ({CLOCK}), inspector {FA}, no remarks.",
        ),
        "countersigned": ("Countersigned: {FA}.", "Quote countersigned by {FA} on {date}."),
        "roll_call": ("Roll call {CLOCK}: {A} here, {B} absent.", "Roll call, present {A}; missing {B}."),
        "deputy": ("While I am away my deputy is {FA}.", "Deputy for this job: {FA} until {date}."),
        "loaded_by": ("Loaded by {FA}, van {VAN}, {qty}.", "Van {VAN} loaded by {FA} at {CLOCK}."),
        "seat_plan": ("Seat {SEAT}: {FA}.", "Seating plan: {SEAT} {FA}, next to {B}."),
        "delegated": ("Delegated by {A} to {B}.", "Task delegated to {FA} at {CLOCK}."),
        "returned_by": (
            "Returned by {FA} on {date}, no damage.",
            "Kit back in store, returned by {FA}, {qty}.",
        ),
        "dictated": ("Dictated by {A}, typed by {B}.", "Dictated: {FA}; read back at {CLOCK}."),
        "sentence_start": ("{A} phoned about the flue liner.", "{A} is on leave till Friday."),
        "pair": ("{A} and {B} share the bill.", "Please keep {A} as well as {B} informed."),
        "honorific_t": ("{HON} {SA} wants an early slot.", "Card posted to {HON} {SA} this morning."),
        "greeting": ("Hello {GA}, your booking is confirmed.", "Dear {FA}, thank you for the payment."),
        "signoff": ("Kind regards, {A}", "Thanks again, {FA}"),
        "contact": (
            "Mobile {PHONE}, mail {EMAIL}",
            "Property at {STREET}, {CITY} {POSTCODE}",
            "Born {DOB}; NI no. {NID}",
            "Refunds to IBAN {IBAN}",
        ),
        "notes": (
            "{FA} needs a call first; {B} has the ladder.",
            "Cash from {FA}, counted by {B}.",
            "{FA} travels often, {B} opens the door.",
        ),
        "chat": (
            ("greeting", "evening {M}, practice at the tower tonight?"),
            ("mention", "@{H} could you open the ringing chamber?"),
            ("thanks", "cheers {M} for oiling the ropes"),
            ("vocative", "who is calling the changes, {M}?"),
            ("signoff", "subs {amount} paid. {SELF}"),
            ("pair", "{M} and {M2} ring the quarter peal on {date}"),
            ("plain", "peal moved to {date}, {amount} for the tea"),
            ("plain", "my number {PHONE}"),
        ),
        "system": "{OLD} is now known as {NEW}",
    },
    "de": {
        "honorific": ("Frau", "Herr"),
        "quantity": "Teile",
        "invoice": "RG/{y}/{n:05d}",
        "business": (
            "Auftrag {order} für {C}: {product} x {qty}, {amount} brutto, jetzt {status}; angelegt von {A}.",
            "{C} reservierte {product} bei {company} am {date} unter {order}; {amount}, {status}, notiert von {A}.",
            "Rechnung {invoice} an {C} ({order}): {qty} {product} zu {amount}, {status}; ausgestellt von {A}.",
            "Sendung {tracking} an {C} über {company}: {product}, Teil {sku}, {amount}, {status}; verschickt von {A}.",
            "{C} zahlte {amount} per Karte für {product} (Barcode {ean}, Termin-App {version}); {order} {status}, geprüft von {A}.",
        ),
        "lost_found": (
            "Fundsache: {FA} fand einen Handschuh im Wagen, liegt am Empfang.",
            "Gefunden von {FA} vor Ort: ein Schlüsselbund, jetzt am Empfang.",
        ),
        "inspected_by": (
            "Geprüft von {FA} um {CLOCK}: in Ordnung.",
            "Arbeit abgenommen ({CLOCK}), Prüfer {FA}, ohne Mängel.",
        ),
        "countersigned": ("Gegengezeichnet: {FA}.", "Angebot gegengezeichnet von {FA} am {date}."),
        "roll_call": (
            "Anwesenheit {CLOCK}: {A} da, {B} fehlt.",
            "Namensaufruf, anwesend {A}; es fehlt {B}.",
        ),
        "deputy": (
            "In meiner Abwesenheit vertritt mich {FA}.",
            "Stellvertretung für diesen Auftrag: {FA} bis {date}.",
        ),
        "loaded_by": ("Verladen von {FA}, Wagen {VAN}, {qty}.", "Wagen {VAN} beladen durch {FA} um {CLOCK}."),
        "seat_plan": ("Platz {SEAT}: {FA}.", "Sitzplan: {SEAT} {FA}, daneben {B}."),
        "delegated": ("Übertragen von {A} an {B}.", "Aufgabe delegiert an {FA} um {CLOCK}."),
        "returned_by": (
            "Zurückgebracht von {FA} am {date}, ohne Schaden.",
            "Ausrüstung zurück im Lager, Rückgabe durch {FA}, {qty}.",
        ),
        "dictated": ("Diktiert von {A}, geschrieben von {B}.", "Diktat: {FA}; vorgelesen um {CLOCK}."),
        "sentence_start": ("{A} rief wegen der Unruh an.", "{A} hat bis Freitag Urlaub."),
        "pair": ("{A} und {B} teilen sich die Rechnung.", "Bitte {A} sowie {B} auf dem Laufenden halten."),
        "honorific_t": ("{HON} {SA} möchte einen frühen Termin.", "Karte heute an {HON} {SA} geschickt."),
        "greeting": ("Hallo {GA}, die Buchung steht.", "Liebe/r {FA}, danke für die Zahlung."),
        "signoff": ("Freundliche Grüße, {A}", "Nochmals danke, {FA}"),
        "contact": (
            "Handy {PHONE}, Mail {EMAIL}",
            "Objekt {STREET}, {POSTCODE} {CITY}",
            "Geburtsdatum {DOB}; Steuer-ID {NID}",
            "Erstattungen auf IBAN {IBAN}",
        ),
        "notes": (
            "{FA} bitte vorher anrufen; {B} bringt die Leiter.",
            "Bargeld von {FA}, gezählt von {B}.",
            "{FA} reist viel, {B} schließt auf.",
        ),
        "chat": (
            ("greeting", "n'abend {M}, probe heute im gemeindehaus?"),
            ("mention", "@{H} bringst du die notenständer mit?"),
            ("thanks", "danke {M} fürs putzen der ventile"),
            ("vocative", "wer spielt die erste stimme, {M}?"),
            ("signoff", "beitrag {amount} bezahlt. {SELF}"),
            ("pair", "{M} und {M2} blasen den choral am {date}"),
            ("plain", "ständchen verschoben auf {date}, {amount} für den kuchen"),
            ("plain", "meine nummer {PHONE}"),
        ),
        "system": "{OLD} heißt jetzt {NEW}",
    },
    "fr": {
        "honorific": ("Mme", "M."),
        "quantity": "pièces",
        "invoice": "FA/{y}/{n:05d}",
        "business": (
            "Dossier {order} pour {C} : {product} x {qty}, {amount} TTC, désormais {status} ; saisi par {A}.",
            "{C} a retenu {product} chez {company} le {date} sous {order} ; {amount}, {status}, noté par {A}.",
            "Facture {invoice} adressée à {C} ({order}) : {qty} de {product} à {amount}, {status} ; éditée par {A}.",
            "Envoi {tracking} à {C} via {company} : {product}, pièce {sku}, {amount}, {status} ; expédié par {A}.",
            "{C} a payé {amount} par carte pour {product} (code EAN {ean}, appli agenda {version}) ; {order} {status}, contrôlé par {A}.",
        ),
        "lost_found": (
            "Objet trouvé : {FA} a trouvé un gant dans la camionnette, gardé à l'accueil.",
            "Trouvé par {FA} sur place : un trousseau de clés, déposé à l'accueil.",
        ),
        "inspected_by": (
            "Contrôlé par {FA} à {CLOCK} : conforme.",
            "Travail vérifié ({CLOCK}), contrôleur {FA}, sans réserve.",
        ),
        "countersigned": ("Contresigné : {FA}.", "Devis contresigné par {FA} le {date}."),
        "roll_call": (
            "Appel de {CLOCK} : {A} présent(e), {B} absent(e).",
            "Appel, présents {A} ; manque {B}.",
        ),
        "deputy": (
            "Pendant mon absence, mon suppléant est {FA}.",
            "Suppléance sur ce dossier : {FA} jusqu'au {date}.",
        ),
        "loaded_by": ("Chargé par {FA}, camion {VAN}, {qty}.", "Camion {VAN} chargé par {FA} à {CLOCK}."),
        "seat_plan": ("Place {SEAT} : {FA}.", "Plan de table : {SEAT} {FA}, à côté de {B}."),
        "delegated": ("Délégué par {A} à {B}.", "Tâche déléguée à {FA} à {CLOCK}."),
        "returned_by": (
            "Rendu par {FA} le {date}, sans dégât.",
            "Matériel rentré, restitué par {FA}, {qty}.",
        ),
        "dictated": ("Dicté par {A}, saisi par {B}.", "Dictée : {FA} ; relu à {CLOCK}."),
        "sentence_start": ("{A} a téléphoné pour le fil de la lame.", "{A} est en congé jusqu'à vendredi."),
        "pair": ("{A} et {B} se partagent la note.", "Merci d'informer {A} ainsi que {B}."),
        "honorific_t": ("{HON} {SA} souhaite un créneau matinal.", "Carte envoyée à {HON} {SA} ce matin."),
        "greeting": (
            "Bonjour {GA}, votre réservation est confirmée.",
            "Cher/Chère {FA}, merci pour le règlement.",
        ),
        "signoff": ("Bien cordialement, {A}", "Encore merci, {FA}"),
        "contact": (
            "Portable {PHONE}, courriel {EMAIL}",
            "Logement au {STREET}, {POSTCODE} {CITY}",
            "Né(e) le {DOB} ; n° de sécu {NID}",
            "Remboursements sur IBAN {IBAN}",
        ),
        "notes": (
            "{FA} : appeler avant ; {B} apporte l'échelle.",
            "Espèces de {FA}, comptées par {B}.",
            "{FA} voyage souvent, {B} ouvre la porte.",
        ),
        "chat": (
            ("greeting", "salut {M}, partie au café ce soir ?"),
            ("mention", "@{H} tu prends le tapis de cartes ?"),
            ("thanks", "merci {M} pour les jeux neufs"),
            ("vocative", "qui compte les points, {M} ?"),
            ("signoff", "cotisation {amount} réglée. {SELF}"),
            ("pair", "{M} et {M2} jouent la finale le {date}"),
            ("plain", "concours repoussé au {date}, {amount} l'inscription"),
            ("plain", "mon numéro {PHONE}"),
        ),
        "system": "{OLD} s'appelle désormais {NEW}",
    },
    "es": {
        "honorific": ("Sra.", "Sr."),
        "quantity": "piezas",
        "invoice": "FC/{y}/{n:05d}",
        "business": (
            "Encargo {order} de {C}: {product} x {qty}, {amount} con IVA, ahora {status}; registrado por {A}.",
            "{C} apartó {product} con {company} el {date} con {order}; {amount}, {status}, apuntado por {A}.",
            "Factura {invoice} enviada a {C} ({order}): {qty} de {product} a {amount}, {status}; emitida por {A}.",
            "Envío {tracking} a {C} con {company}: {product}, pieza {sku}, {amount}, {status}; despachado por {A}.",
            "{C} abonó {amount} con tarjeta por {product} (código EAN {ean}, app de agenda {version}); {order} {status}, revisado por {A}.",
        ),
        "lost_found": (
            "Objeto perdido: {FA} encontró un guante en la furgoneta, guardado en recepción.",
            "Encontrado por {FA} en la obra: un llavero, ya en recepción.",
        ),
        "inspected_by": (
            "Inspeccionado por {FA} a las {CLOCK}: apto.",
            "Trabajo revisado ({CLOCK}), inspector {FA}, sin observaciones.",
        ),
        "countersigned": ("Refrendado: {FA}.", "Presupuesto refrendado por {FA} el {date}."),
        "roll_call": (
            "Pase de lista {CLOCK}: {A} presente, {B} ausente.",
            "Pase de lista, presentes {A}; falta {B}.",
        ),
        "deputy": (
            "Mientras esté fuera me sustituye {FA}.",
            "Suplente para este encargo: {FA} hasta el {date}.",
        ),
        "loaded_by": (
            "Cargado por {FA}, furgoneta {VAN}, {qty}.",
            "Furgoneta {VAN} cargada por {FA} a las {CLOCK}.",
        ),
        "seat_plan": ("Asiento {SEAT}: {FA}.", "Plano de mesas: {SEAT} {FA}, al lado de {B}."),
        "delegated": ("Delegado por {A} en {B}.", "Tarea delegada en {FA} a las {CLOCK}."),
        "returned_by": (
            "Devuelto por {FA} el {date}, sin daños.",
            "Equipo de vuelta en almacén, lo devolvió {FA}, {qty}.",
        ),
        "dictated": ("Dictado por {A}, mecanografiado por {B}.", "Dictado: {FA}; releído a las {CLOCK}."),
        "sentence_start": ("{A} llamó por las varillas rotas.", "{A} está de vacaciones hasta el viernes."),
        "pair": ("{A} y {B} pagan a medias.", "Mantened informados a {A} y a {B}."),
        "honorific_t": ("{HON} {SA} quiere una hora temprana.", "Postal enviada a {HON} {SA} esta mañana."),
        "greeting": ("Hola {GA}, tu reserva está confirmada.", "Estimado/a {FA}, gracias por el pago."),
        "signoff": ("Atentamente, {A}", "Gracias de nuevo, {FA}"),
        "contact": (
            "Móvil {PHONE}, correo {EMAIL}",
            "Vivienda en {STREET}, {POSTCODE} {CITY}",
            "Fecha de nacimiento {DOB}; DNI {NID}",
            "Devoluciones al IBAN {IBAN}",
        ),
        "notes": (
            "{FA}: llamar antes; {B} trae la escalera.",
            "Efectivo de {FA}, contado por {B}.",
            "{FA} viaja mucho, {B} abre la puerta.",
        ),
        "chat": (
            ("greeting", "buenas {M}, ¿partida en el bar esta noche?"),
            ("mention", "@{H} ¿traes los amarracos?"),
            ("thanks", "gracias {M} por la baraja nueva"),
            ("vocative", "¿quién reparte, {M}?"),
            ("signoff", "cuota {amount} pagada. {SELF}"),
            ("pair", "{M} y {M2} juegan la final el {date}"),
            ("plain", "campeonato aplazado al {date}, {amount} la inscripción"),
            ("plain", "mi número {PHONE}"),
        ),
        "system": "{OLD} ahora se llama {NEW}",
    },
    "it": {
        "honorific": ("Sig.ra", "Sig."),
        "quantity": "pezzi",
        "invoice": "FT/{y}/{n:05d}",
        "business": (
            "Pratica {order} per {C}: {product} x {qty}, {amount} IVA compresa, ora {status}; inserita da {A}.",
            "{C} ha riservato {product} con {company} il {date} con {order}; {amount}, {status}, annotato da {A}.",
            "Fattura {invoice} inviata a {C} ({order}): {qty} di {product} a {amount}, {status}; emessa da {A}.",
            "Spedizione {tracking} a {C} con {company}: {product}, ricambio {sku}, {amount}, {status}; spedita da {A}.",
            "{C} ha pagato {amount} con carta per {product} (codice EAN {ean}, app agenda {version}); {order} {status}, controllato da {A}.",
        ),
        "lost_found": (
            "Oggetto smarrito: {FA} ha trovato un guanto nel furgone, custodito all'ingresso.",
            "Trovato da {FA} sul posto: un mazzo di chiavi, ora all'ingresso.",
        ),
        "inspected_by": (
            "Ispezionato da {FA} alle {CLOCK}: conforme.",
            "Lavoro verificato ({CLOCK}), ispettore {FA}, nessun rilievo.",
        ),
        "countersigned": ("Controfirmato: {FA}.", "Preventivo controfirmato da {FA} il {date}."),
        "roll_call": (
            "Appello delle {CLOCK}: {A} presente, {B} assente.",
            "Appello, presenti {A}; manca {B}.",
        ),
        "deputy": (
            "In mia assenza mi sostituisce {FA}.",
            "Sostituto per questa pratica: {FA} fino al {date}.",
        ),
        "loaded_by": (
            "Caricato da {FA}, furgone {VAN}, {qty}.",
            "Furgone {VAN} caricato da {FA} alle {CLOCK}.",
        ),
        "seat_plan": ("Posto {SEAT}: {FA}.", "Tavolo: {SEAT} {FA}, accanto a {B}."),
        "delegated": ("Delegato da {A} a {B}.", "Compito delegato a {FA} alle {CLOCK}."),
        "returned_by": (
            "Riconsegnato da {FA} il {date}, senza danni.",
            "Attrezzatura rientrata, resa da {FA}, {qty}.",
        ),
        "dictated": ("Dettato da {A}, battuto da {B}.", "Dettatura: {FA}; riletto alle {CLOCK}."),
        "sentence_start": ("{A} ha telefonato per la gramola.", "{A} è in ferie fino a venerdì."),
        "pair": ("{A} e {B} pagano a metà.", "Tenete informati {A} e anche {B}."),
        "honorific_t": ("{HON} {SA} vuole un orario presto.", "Cartolina spedita a {HON} {SA} stamattina."),
        "greeting": ("Ciao {GA}, la prenotazione è confermata.", "Gentile {FA}, grazie per il pagamento."),
        "signoff": ("Cordiali saluti, {A}", "Grazie ancora, {FA}"),
        "contact": (
            "Cellulare {PHONE}, posta {EMAIL}",
            "Immobile in {STREET}, {POSTCODE} {CITY}",
            "Data di nascita {DOB}; codice fiscale {NID}",
            "Rimborsi su IBAN {IBAN}",
        ),
        "notes": (
            "{FA}: chiamare prima; {B} porta la scala.",
            "Contanti da {FA}, contati da {B}.",
            "{FA} viaggia spesso, {B} apre la porta.",
        ),
        "chat": (
            ("greeting", "ciao {M}, partita al circolo stasera?"),
            ("mention", "@{H} porti le carte napoletane?"),
            ("thanks", "grazie {M} per il tavolo nuovo"),
            ("vocative", "chi fa il mazziere, {M}?"),
            ("signoff", "quota {amount} versata. {SELF}"),
            ("pair", "{M} e {M2} giocano la finale il {date}"),
            ("plain", "torneo rinviato al {date}, {amount} a coppia"),
            ("plain", "il mio numero {PHONE}"),
        ),
        "system": "{OLD} ora si chiama {NEW}",
    },
    "nl": {
        "honorific": ("mevrouw", "meneer"),
        "quantity": "stuks",
        "invoice": "FAC/{y}/{n:05d}",
        "business": (
            "Opdracht {order} voor {C}: {product} x {qty}, {amount} incl. btw, nu {status}; ingevoerd door {A}.",
            "{C} reserveerde {product} bij {company} op {date} onder {order}; {amount}, {status}, genoteerd door {A}.",
            "Factuur {invoice} naar {C} ({order}): {qty} {product} voor {amount}, {status}; opgesteld door {A}.",
            "Zending {tracking} naar {C} via {company}: {product}, onderdeel {sku}, {amount}, {status}; verstuurd door {A}.",
            "{C} betaalde {amount} per pin voor {product} (EAN {ean}, agenda-app {version}); {order} {status}, gecontroleerd door {A}.",
        ),
        "lost_found": (
            "Gevonden voorwerp: {FA} vond een handschoen in de bus, ligt bij de balie.",
            "Gevonden door {FA} op locatie: een sleutelbos, nu bij de balie.",
        ),
        "inspected_by": (
            "Gekeurd door {FA} om {CLOCK}: goedgekeurd.",
            "Werk nagekeken ({CLOCK}), keurmeester {FA}, geen opmerkingen.",
        ),
        "countersigned": ("Medeondertekend: {FA}.", "Offerte medeondertekend door {FA} op {date}."),
        "roll_call": (
            "Presentielijst {CLOCK}: {A} aanwezig, {B} afwezig.",
            "Appel, aanwezig {A}; ontbreekt {B}.",
        ),
        "deputy": (
            "Tijdens mijn afwezigheid vervangt {FA} mij.",
            "Plaatsvervanger voor deze opdracht: {FA} tot {date}.",
        ),
        "loaded_by": ("Geladen door {FA}, bus {VAN}, {qty}.", "Bus {VAN} geladen door {FA} om {CLOCK}."),
        "seat_plan": ("Stoel {SEAT}: {FA}.", "Tafelschikking: {SEAT} {FA}, naast {B}."),
        "delegated": ("Gedelegeerd door {A} aan {B}.", "Taak overgedragen aan {FA} om {CLOCK}."),
        "returned_by": (
            "Teruggebracht door {FA} op {date}, geen schade.",
            "Materiaal terug in het magazijn, ingeleverd door {FA}, {qty}.",
        ),
        "dictated": ("Gedicteerd door {A}, uitgetypt door {B}.", "Dictaat: {FA}; voorgelezen om {CLOCK}."),
        "sentence_start": ("{A} belde over de klepel.", "{A} is met vakantie tot vrijdag."),
        "pair": ("{A} en {B} delen de rekening.", "Houd {A} en ook {B} op de hoogte."),
        "honorific_t": (
            "{HON} {SA} wil graag een vroege tijd.",
            "Kaart vanochtend naar {HON} {SA} gestuurd.",
        ),
        "greeting": ("Hallo {GA}, je reservering staat.", "Beste {FA}, dank voor de betaling."),
        "signoff": ("Met vriendelijke groet, {A}", "Nogmaals dank, {FA}"),
        "contact": (
            "Mobiel {PHONE}, mail {EMAIL}",
            "Pand aan de {STREET}, {POSTCODE} {CITY}",
            "Geboortedatum {DOB}; BSN {NID}",
            "Terugbetalingen op IBAN {IBAN}",
        ),
        "notes": (
            "{FA}: eerst bellen; {B} neemt de ladder mee.",
            "Contant van {FA}, geteld door {B}.",
            "{FA} reist veel, {B} doet open.",
        ),
        "chat": (
            ("greeting", "hoi {M}, kaarten in het clubhuis vanavond?"),
            ("mention", "@{H} neem jij de scoreblokken mee?"),
            ("thanks", "bedankt {M} voor de nieuwe spellen"),
            ("vocative", "wie deelt er, {M}?"),
            ("signoff", "contributie {amount} overgemaakt. {SELF}"),
            ("pair", "{M} en {M2} spelen de finale op {date}"),
            ("plain", "drive verzet naar {date}, {amount} inleg"),
            ("plain", "mijn nummer {PHONE}"),
        ),
        "system": "{OLD} heet nu {NEW}",
    },
    "pl": {
        "honorific": ("Pani", "Pan"),
        "quantity": "szt.",
        "invoice": "FV/{y}/{n:05d}",
        "business": (
            "Zlecenie {order} dla {C}: {product} x {qty}, {amount} brutto, teraz {status}; wprowadził(a) {A}.",
            "{C} zarezerwował(a) {product} w {company} na {date}, numer {order}; {amount}, {status}, zapisał(a) {A}.",
            "Faktura {invoice} wysłana do {C} ({order}): {qty} {product} za {amount}, {status}; wystawił(a) {A}.",
            "Przesyłka {tracking} do {C} przez {company}: {product}, część {sku}, {amount}, {status}; nadał(a) {A}.",
            "{C} zapłacił(a) {amount} kartą za {product} (kod EAN {ean}, aplikacja terminarza {version}); {order} {status}, sprawdził(a) {A}.",
        ),
        "lost_found": (
            "Rzeczy znalezione: {FA} znalazł(a) rękawiczkę w busie, leży w recepcji.",
            "Znalezione przez {FA} na miejscu: pęk kluczy, teraz w recepcji.",
        ),
        "inspected_by": (
            "Skontrolował(a) {FA} o {CLOCK}: bez zastrzeżeń.",
            "Praca sprawdzona ({CLOCK}), kontroler {FA}, brak uwag.",
        ),
        "countersigned": ("Kontrasygnata: {FA}.", "Oferta kontrasygnowana przez {FA} dnia {date}."),
        "roll_call": (
            "Lista obecności {CLOCK}: {A} obecny(a), {B} nieobecny(a).",
            "Odprawa, obecni {A}; brakuje {B}.",
        ),
        "deputy": (
            "Podczas mojej nieobecności zastępuje mnie {FA}.",
            "Zastępca przy tym zleceniu: {FA} do {date}.",
        ),
        "loaded_by": ("Załadował(a) {FA}, bus {VAN}, {qty}.", "Bus {VAN} załadowany przez {FA} o {CLOCK}."),
        "seat_plan": ("Miejsce {SEAT}: {FA}.", "Rozsadzenie: {SEAT} {FA}, obok {B}."),
        "delegated": ("Przekazane przez {A} do {B}.", "Zadanie przekazane {FA} o {CLOCK}."),
        "returned_by": (
            "Zwrócone przez {FA} dnia {date}, bez uszkodzeń.",
            "Sprzęt wrócił do magazynu, oddał(a) {FA}, {qty}.",
        ),
        "dictated": ("Podyktował(a) {A}, przepisał(a) {B}.", "Dyktowane: {FA}; odczytane o {CLOCK}."),
        "sentence_start": ("{A} dzwonił(a) w sprawie glazury.", "{A} ma urlop do piątku."),
        "pair": ("{A} i {B} dzielą rachunek.", "Proszę informować {A} oraz {B}."),
        "honorific_t": ("{HON} {SA} prosi o wczesny termin.", "Kartka wysłana do {HON} {SA} rano."),
        "greeting": ("Dzień dobry {GA}, rezerwacja potwierdzona.", "Szanowna/y {FA}, dziękujemy za wpłatę."),
        "signoff": ("Z wyrazami szacunku, {A}", "Jeszcze raz dziękuję, {FA}"),
        "contact": (
            "Komórka {PHONE}, poczta {EMAIL}",
            "Nieruchomość: {STREET}, {POSTCODE} {CITY}",
            "Data urodzenia {DOB}; PESEL {NID}",
            "Zwroty na IBAN {IBAN}",
        ),
        "notes": (
            "{FA}: najpierw zadzwonić; {B} przywiezie drabinę.",
            "Gotówka od {FA}, przeliczył(a) {B}.",
            "{FA} często wyjeżdża, {B} otwiera drzwi.",
        ),
        "chat": (
            ("greeting", "cześć {M}, gramy dziś w świetlicy?"),
            ("mention", "@{H} weźmiesz pudełka z kartami?"),
            ("thanks", "dzięki {M} za nowe karty licytacyjne"),
            ("vocative", "kto rozdaje, {M}?"),
            ("signoff", "składka {amount} wpłacona. {SELF}"),
            ("pair", "{M} i {M2} grają finał {date}"),
            ("plain", "turniej przełożony na {date}, wpisowe {amount}"),
            ("plain", "mój numer {PHONE}"),
        ),
        "system": "{OLD} zmienia nazwę na {NEW}",
    },
    "pt": {
        "honorific": ("Sra.", "Sr."),
        "quantity": "peças",
        "invoice": "FT/{y}/{n:05d}",
        "business": (
            "Processo {order} de {C}: {product} x {qty}, {amount} com IVA, agora {status}; registado por {A}.",
            "{C} reservou {product} com {company} a {date} com {order}; {amount}, {status}, anotado por {A}.",
            "Fatura {invoice} enviada a {C} ({order}): {qty} de {product} a {amount}, {status}; emitida por {A}.",
            "Envio {tracking} para {C} pela {company}: {product}, peça {sku}, {amount}, {status}; expedido por {A}.",
            "{C} pagou {amount} com cartão por {product} (código EAN {ean}, app de agenda {version}); {order} {status}, verificado por {A}.",
        ),
        "lost_found": (
            "Perdidos e achados: {FA} encontrou uma luva na carrinha, guardada na receção.",
            "Encontrado por {FA} no local: um molho de chaves, agora na receção.",
        ),
        "inspected_by": (
            "Inspecionado por {FA} às {CLOCK}: aprovado.",
            "Trabalho verificado ({CLOCK}), inspetor {FA}, sem reparos.",
        ),
        "countersigned": ("Contra-assinado: {FA}.", "Orçamento contra-assinado por {FA} a {date}."),
        "roll_call": (
            "Chamada das {CLOCK}: {A} presente, {B} ausente.",
            "Chamada, presentes {A}; falta {B}.",
        ),
        "deputy": ("Na minha ausência substitui-me {FA}.", "Substituto neste processo: {FA} até {date}."),
        "loaded_by": (
            "Carregado por {FA}, carrinha {VAN}, {qty}.",
            "Carrinha {VAN} carregada por {FA} às {CLOCK}.",
        ),
        "seat_plan": ("Lugar {SEAT}: {FA}.", "Disposição das mesas: {SEAT} {FA}, ao lado de {B}."),
        "delegated": ("Delegado por {A} em {B}.", "Tarefa delegada em {FA} às {CLOCK}."),
        "returned_by": (
            "Devolvido por {FA} a {date}, sem danos.",
            "Material de volta ao armazém, entregue por {FA}, {qty}.",
        ),
        "dictated": ("Ditado por {A}, passado a limpo por {B}.", "Ditado: {FA}; relido às {CLOCK}."),
        "sentence_start": ("{A} ligou por causa das asas partidas.", "{A} está de férias até sexta."),
        "pair": ("{A} e {B} dividem a conta.", "Mantenham {A} e também {B} informados."),
        "honorific_t": ("{HON} {SA} quer uma hora cedo.", "Postal enviado a {HON} {SA} esta manhã."),
        "greeting": ("Olá {GA}, a sua reserva está confirmada.", "Caro/a {FA}, obrigado pelo pagamento."),
        "signoff": ("Com os melhores cumprimentos, {A}", "Obrigado mais uma vez, {FA}"),
        "contact": (
            "Telemóvel {PHONE}, correio {EMAIL}",
            "Casa em {STREET}, {POSTCODE} {CITY}",
            "Data de nascimento {DOB}; NIF {NID}",
            "Reembolsos para o IBAN {IBAN}",
        ),
        "notes": (
            "{FA}: ligar antes; {B} leva o escadote.",
            "Dinheiro de {FA}, contado por {B}.",
            "{FA} viaja muito, {B} abre a porta.",
        ),
        "chat": (
            ("greeting", "olá {M}, ensaio na casa do povo hoje?"),
            ("mention", "@{H} trazes as pandeiretas?"),
            ("thanks", "obrigada {M} pelas peles novas"),
            ("vocative", "quem puxa a cantiga, {M}?"),
            ("signoff", "quota {amount} paga. {SELF}"),
            ("pair", "{M} e {M2} cantam a solo no dia {date}"),
            ("plain", "romaria adiada para {date}, {amount} o autocarro"),
            ("plain", "o meu número {PHONE}"),
        ),
        "system": "{OLD} passou a chamar-se {NEW}",
    },
}
#: Street forms ("{R}" the invented root, "{n}" a number) and place endings per language.
PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("{n} {R} Crescent", "{n} {R} Walk", "Unit {n}, {R} Yard"), ("ley", "thorpe", "stow", "ham")),
    "de": (("{R}gasse {n}", "{R}steig {n}", "Am {R}anger {n}"), ("ingen", "dorf", "bach", "au")),
    "fr": (("{n} rue {R}", "{n} quai {R}", "{n} sentier {R}"), ("ville", "ac", "ières", "oux")),
    "es": (("Travesía {R}, {n}", "Callejón {R}, {n}", "Camino {R}, {n}"), ("illa", "edo", "ares", "al")),
    "it": (("Strada {R} {n}", "Largo {R} {n}", "Salita {R} {n}"), ("ano", "ate", "ello", "one")),
    "nl": (("{R}straat {n}", "{R}hof {n}", "{R}singel {n}"), ("wijk", "hoven", "broek", "zijl")),
    "pl": (("ul. {R}ska {n}", "al. {R} {n}", "pl. {R} {n}"), ("ice", "ów", "ewo", "sk")),
    "pt": (("Travessa {R}, {n}", "Largo {R}, {n}", "Calçada {R}, {n}"), ("inho", "ela", "ões", "al")),
}
_ROOT_ONSETS = (
    "br",
    "ch",
    "cr",
    "d",
    "dr",
    "f",
    "g",
    "gl",
    "h",
    "j",
    "k",
    "kl",
    "l",
    "m",
    "n",
    "p",
    "pl",
    "s",
    "sk",
    "sp",
    "t",
    "tr",
    "v",
    "z",
)
_ROOT_VOWELS = ("a", "e", "i", "o", "u", "ai", "au")
_ROOT_CODAS = ("", "", "b", "g", "m", "n", "rt", "sk", "x")

# --- vetting and pools --------------------------------------------------------------------------------------

# --- vetting and pools --------------------------------------------------------------------------------------

#: JSON keys, layout words and fixed cell texts (table headers and values are in `TABLES`).
_KEYS = (
    "head docket logged basket article units synopsis remarks line client channels memo label "
    "ts level info warn case msg reach event_id type m.room.message m.room.member origin_server_ts sender "
    "sender_name content msgtype m.text body unsigned prev_content displayname membership join "
    "SKU EAN NI NIR DNI CF BSN PESEL NIF IBAN Steuer-ID ext stan Meister Geselle Azubi "
    "Mr Ms Mrs Frau Herr Mme Sra Sr Sig Sig.ra mevrouw meneer Pani Pan"
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
        pools[style] = (tuple(sorted(given)), tuple(sorted(surnames - given)))
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
    """Draws persons: the group first (36 % invented, 35 % mimesis, 29 % word-like), then its source.
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
        if roll < 0.36:
            style = rng.choice(sorted(self.invented))
            given, surnames = self.invented[style]
            return Person(self._pick(given), self._pick(surnames), gender, "invented", f"style:{style}")
        if roll < 0.71:
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


_PERSON_KEYS = {"A", "B", "C", "FA", "FB", "GA", "SA", "M", "M2", "H", "SELF"}
_CONTACT_KEYS = {"MAILA", "EMAIL", "PHONE", "STREET", "POSTCODE", "CITY", "DOB", "NID", "IBAN"}
_FILLER_KEYS = {"HON", "CLOCK", "SEAT", "VAN"}
_PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")


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
        if key in {"FA", "FB"}:
            person = persons["B" if key == "FB" else "A"]
            value = person.full.lower() if lower else person.full
            return value, [self.plant_person(person, value, slot, [], field, lang)]
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
        """Placeholders that plant nothing: honorifics, clock times, seat labels, van numbers."""
        rng, text = self.rng, TEXT[lang]
        if key == "HON":
            return str(text["honorific"][0 if persons["A"].gender == "f" else 1])
        if key == "CLOCK":
            return f"{rng.randint(6, 20):02d}:{rng.choice([5, 12, 20, 35, 48, 55]):02d}"
        if key == "SEAT":
            return f"{rng.randint(1, 24)}{rng.choice('ABCD')}"
        return str(rng.randint(1, 6))  # VAN

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
_STAFF_SHAPES = {"inspected_by", "loaded_by", "dictated", "delegated", "deputy", "roll_call", "signoff"}
_TEMPLATE_KEY = {"honorific": "honorific_t"}


# --- text files -----------------------------------------------------------------------------------------------


class TextFile:
    """One business text file (TXT logfmt lines or nested JSONL) of one language."""

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
        """One logfmt line: ``ts=… level=… case=… msg="…" memo="…" reach="…"``."""
        fields = {"abstract": "text", "timeline": "text", "post": "text"}
        got = self.parts(index, fields)
        stamp = self.b.moment().strftime("%Y-%m-%dT%H:%M:%SZ")
        case = f"{self.code}{self.rng.randint(100000, 999999)}"
        lang_tag = [f"lang:{self.lang}"]
        planted = [
            Planted("utility:timestamp", stamp, "text", lang_tag),
            Planted("utility:case_number", case, "text", lang_tag),
        ]
        memo = " ".join(s[0] for s in got.sentences)
        level = "warn" if self.rng.random() < 0.15 else "info"
        line = (
            f'ts={stamp} level={level} case={case} msg="{got.business[0]}" memo="{memo}" '
            f'reach="{got.contact[0]}"'
        )
        planted += got.planted()
        if self.rng.random() < 0.03:
            line, planted = line.upper(), [_shouted(p) for p in planted]
        return line, planted

    def jsonl_record(self, index: int) -> tuple[str, list[Planted]]:
        root = ROOTS[self.lang]
        fields = {
            "abstract": f"{root}.synopsis",
            "timeline": f"{root}.remarks[].line",
            "post": f"{root}.client.channels.memo",
        }
        got = self.parts(index, fields)
        lang_tag = [f"lang:{self.lang}"]
        stamp = self.b.moment().strftime("%Y.%m.%d %H:%M")
        case = f"{self.code}-{self.rng.randint(10000, 99999)}"
        sku, _ = self.b.utility("sku")
        count = str(self.rng.randint(1, 12))
        client: dict[str, Any] = {"channels": {"memo": got.contact[0]}}
        planted = [
            Planted("utility:case_number", case, f"{root}.head.docket", lang_tag),
            Planted("utility:timestamp", stamp, f"{root}.head.logged", lang_tag),
            Planted("utility:sku", sku, f"{root}.basket[].article", lang_tag),
            Planted("utility:quantity", count, f"{root}.basket[].units", lang_tag),
        ]
        planted += got.planted()
        if self.rng.random() < 0.3:
            customer = got.customer
            client["label"] = customer.full
            planted.append(
                self.b.plant_person(customer, customer.full, "addressee", [], f"{root}.client.label")
            )
        record = {
            root: {
                "head": {"docket": case, "logged": stamp},
                "basket": [{"article": sku, "units": count}],
                "synopsis": got.business[0],
                "remarks": [{"line": s[0]} for s in got.sentences],
                "client": client,
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
    """One lower-case chat of one language: TXT lines of an IRC-client log "[hh:mm:ss] <nick> text"
    (now and then "[hh:mm:ss] -!- old is now known as new", without a speaker), or JSONL events of a
    federated-chat room export (``event_id``, ``type``, ``origin_server_ts``, ``sender``,
    ``sender_name``, ``content.body``; now and then a member event whose ``content.displayname`` and
    ``unsigned.prev_content.displayname`` hold a person's new and old display names)."""

    def __init__(self, rng: random.Random, lang: str, name: str, fmt: str) -> None:
        self.rng, self.lang, self.name, self.fmt = rng, lang, name, fmt
        self.people = People(rng)
        self.b = Builder(rng, lang, FILES[lang][0][1])
        self.cast = [canaries()[0]] + [self.people.draw(lang) for _ in range(11)]
        self.ids = [f"@u{rng.randint(10**5, 10**6 - 1)}:club.example" for _ in self.cast]

    def speaker_label(self, person: Person) -> tuple[str, list[str]]:
        roll = self.rng.random()
        if person.canary or roll < 0.5:
            return person.full.lower(), []
        if roll < 0.8:
            return person.given.lower(), ["given_only"]
        return f"{person.given} {person.surname[0]}.".lower(), ["initial"]

    def _rename(self, speaker: Person, label: str, forms: list[str]) -> tuple[str, list[str]]:
        """The name a speaker switches to: another of their forms than ``label``."""
        if label == speaker.full.lower():
            return speaker.given.lower(), ["given_only"]
        return speaker.full.lower(), []

    def record(self, index: int) -> tuple[str, list[Planted]]:
        rng = self.rng
        speaker = (
            self.cast[0] if index == 0 else rng.choice(self.cast[1:] if rng.random() > 0.05 else self.cast)
        )
        others = [p for p in self.cast if p != speaker and not p.canary]
        m, m2 = rng.sample(others, 2)
        system = index % 8 == 5
        label, forms = self.speaker_label(speaker)
        moment = self.b.moment()
        tag = [f"lang:{self.lang}"]
        if system:
            new, new_forms = self._rename(speaker, label, forms)
            body = str(TEXT[self.lang]["system"]).replace("{OLD}", label).replace("{NEW}", new)
            if self.fmt == "txt":
                planted = [
                    self.b.plant_person(speaker, label, "nick_change", forms, "text"),
                    self.b.plant_person(speaker, new, "nick_change", new_forms, "text"),
                ]
                return f"[{moment:%H:%M:%S}] -!- {body}", planted
            millis = str(int(moment.timestamp()) * 1000 + rng.randrange(1000))
            event: dict[str, Any] = {
                "event_id": f"$e{rng.randrange(16**10):010x}",
                "type": "m.room.member",
                "origin_server_ts": millis,
                "sender": self.ids[self.cast.index(speaker)],
                "content": {"membership": "join", "displayname": new},
                "unsigned": {"prev_content": {"displayname": label}},
            }
            planted = [
                Planted("utility:timestamp", millis, "origin_server_ts", tag),
                self.b.plant_person(speaker, new, "nick_change", new_forms, "content.displayname"),
                self.b.plant_person(
                    speaker, label, "nick_change", forms, "unsigned.prev_content.displayname"
                ),
            ]
            return json.dumps(event, ensure_ascii=False), planted
        slot, template = rng.choice(TEXT[self.lang]["chat"])
        persons = {"M": m, "M2": m2, "SELF": speaker}
        label_field = "text" if self.fmt == "txt" else "sender_name"
        speaker_plant = self.b.plant_person(speaker, label, "chat_speaker", forms, label_field)
        body_field = "text" if self.fmt == "txt" else "content.body"
        body, planted = self.b.render(template, body_field, slot, persons, lower=True)
        if self.fmt == "txt":
            return f"[{moment:%H:%M:%S}] <{label}> {body}", [speaker_plant, *planted]
        millis = str(int(moment.timestamp()) * 1000 + rng.randrange(1000))
        message = {
            "event_id": f"$e{rng.randrange(16**10):010x}",
            "type": "m.room.message",
            "origin_server_ts": millis,
            "sender": self.ids[self.cast.index(speaker)],
            "sender_name": label,
            "content": {"msgtype": "m.text", "body": body},
        }
        planted = [Planted("utility:timestamp", millis, "origin_server_ts", tag), speaker_plant, *planted]
        return json.dumps(message, ensure_ascii=False), planted

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
    "locksmith_callouts": (
        "en", "csv", "LCK",
        ("callout", "van", "attended", "caller", "locksmith", "phone", "email", "job", "keys_cut", "charge",
         "outcome", "notes"),
        ("callout", "van"), ("Van Red", "Van Blue", "Van Grey"),
    ),
    "kachelofenbau_termine": (
        "de", "parquet", "KOF",
        ("termin", "kolonne", "tag", "kunde", "ofensetzer", "telefon", "iban", "ofen", "kacheln", "preis",
         "stand", "notiz"),
        ("termin", "kolonne"), ("Kolonne Nord", "Kolonne Süd", "Kolonne West", "Kolonne Ost"),
    ),
    "rempaillage_chaises": (
        "fr", "tsv", "REM",
        ("bon", "atelier", "date_depot", "client", "rempailleur", "telephone", "adresse", "code_postal",
         "ville", "modele", "chaises", "prix", "etat", "remarques"),
        ("bon", "atelier"), ("Atelier 1", "Atelier 2", "Atelier 3"),
    ),
    "lavanderia_tappeti": (
        "it", "csv", "LAV",
        ("ritiro", "furgone", "data", "cliente", "addetti", "codice_fiscale", "telefono", "email", "tappeto",
         "mq", "importo", "stato", "note"),
        ("ritiro", "furgone"), ("Furgone A", "Furgone B", "Furgone C"),
    ),
    "kuznia_zlecenia": (
        "pl", "tsv", "KUZ",
        ("zlecenie", "palenisko", "data", "klient", "kowal", "pesel", "telefon", "urodzony", "wyrob",
         "sztuk", "kwota", "status", "uwagi"),
        ("zlecenie", "palenisko"), ("Palenisko 1", "Palenisko 2", "Palenisko 3"),
    ),
}  # fmt: skip
_ID_FORMATS = {
    "locksmith_callouts": "LC-{:04d}-25",
    "kachelofenbau_termine": "{:d}",
    "rempaillage_chaises": "RP25/{:04d}",
    "lavanderia_tappeti": "LT-25-{:04d}",
    "kuznia_zlecenia": "KZ/{:04d}/25",
}
_STOVE_RANKS = ("Meister", "Geselle", "Azubi")


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
        self.ranks = {p: rng.choice(_STOVE_RANKS) for p in self.staff}
        self.stations = {p: rng.randint(1, 4) for p in self.staff}

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

    def _locksmith_callouts(
        self,
        row: Row,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "attended", "date", format_date(self.b.day(), self.lang))
        ext = rng.randint(200, 489)
        self.person(
            row, "caller", main, main.full, ["extension_cell"], lang, cell=f"{main.full} (ext. {ext})"
        )
        value = f"{staff.surname.upper()} {staff.given}"
        self.person(row, "locksmith", staff, value, ["family_first_cell"], lang)
        self.contact(row, "phone", "PHONE", lang, persons, cache)
        self.contact(row, "email", "EMAIL", lang, persons, cache)
        self.util(row, "job", "product")
        self.util(row, "keys_cut", "quantity", str(rng.randint(1, 12)))
        self.util(row, "charge", "amount")
        self.util(row, "outcome", "status")
        self.notes(row, "notes", main, lang)

    def _kachelofenbau_termine(
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
        row.put("tag", day, [Planted("utility:date", day.isoformat(), "tag", [f"lang:{self.lang}"])])
        self.person(row, "kunde", main, main.full, [], lang)
        value = f"{staff.given[0]}. {staff.surname}"
        self.person(row, "ofensetzer", staff, value, ["initial", "title_job_cell"], lang,
                    cell=f"{value} – {self.ranks[staff]}")  # fmt: skip
        self.contact(row, "telefon", "PHONE", lang, persons, cache)
        if rng.random() < 0.4:
            self.contact(row, "iban", "IBAN", lang, persons, cache)
        else:
            row.put("iban", "")
        self.util(row, "ofen", "product")
        tiles = rng.randint(20, 400)
        row.put("kacheln", tiles, [Planted("utility:quantity", str(tiles), "kacheln", [f"lang:{self.lang}"])])
        price = round(rng.randint(300, 9800) + rng.choice([0.0, 0.5, 0.9]), 2)
        row.put("preis", price, [Planted("utility:amount", str(price), "preis", [f"lang:{self.lang}"])])
        self.util(row, "stand", "status")
        self.notes(row, "notiz", main, lang)

    def _rempaillage_chaises(
        self,
        row: Row,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "date_depot", "date", format_date(self.b.day(), self.lang))
        mail, mail_plants = self.b._value("EMAIL", "client", "table_cell", persons, lang, False, cache)
        person = self.b.plant_person(main, main.full, "table_cell", ["angle_mail_cell"], "client", lang)
        row.put("client", f"{main.full} <{mail}>", [person, *mail_plants])
        given = staff.given.lower()
        self.person(row, "rempailleur", staff, given, ["given_only", "given_cell"], lang)
        for column, key in (
            ("telephone", "PHONE"),
            ("adresse", "STREET"),
            ("code_postal", "POSTCODE"),
            ("ville", "CITY"),
        ):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "modele", "product")
        self.util(row, "chaises", "quantity", str(rng.randint(1, 8)))
        self.util(row, "prix", "amount")
        self.util(row, "etat", "status")
        self.notes(row, "remarques", main, lang)

    def _lavanderia_tappeti(
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
        second = rng.choice([p for p in self.staff_for(lang) if p != staff] or self.staff)
        row.put(
            "addetti",
            f"{staff.full} / {second.full}",
            [
                self.b.plant_person(staff, staff.full, "table_cell", ["multi_cell"], "addetti", lang),
                self.b.plant_person(second, second.full, "table_cell", ["multi_cell"], "addetti", lang),
            ],
        )
        for column, key in (("codice_fiscale", "NID"), ("telefono", "PHONE"), ("email", "EMAIL")):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "tappeto", "product")
        self.util(row, "mq", "quantity", f"{rng.randint(1, 24)},{rng.choice([0, 5])}")
        self.util(row, "importo", "amount")
        self.util(row, "stato", "status")
        self.notes(row, "note", main, lang)

    def _kuznia_zlecenia(
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
        value = f"{staff.surname} {staff.given[0]}."
        self.person(row, "kowal", staff, value, ["initial", "station_cell"], lang,
                    cell=f"{value} (stan. {self.stations[staff]})")  # fmt: skip
        for column, key in (("pesel", "NID"), ("telefon", "PHONE"), ("urodzony", "DOB")):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "wyrob", "product")
        self.util(row, "sztuk", "quantity", str(rng.randint(1, 30)))
        self.util(row, "kwota", "amount")
        self.util(row, "status", "status")
        self.notes(row, "uwagi", main, lang)

    def build(self, count: int) -> list[Row]:
        return [self.row(i) for i in range(count)]


def _write_table(path: Path, fmt: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {
            "termin": pa.int64(),
            "kacheln": pa.int64(),
            "preis": pa.float64(),
            "tag": pa.date32(),
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

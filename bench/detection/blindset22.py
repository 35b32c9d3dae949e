"""Detection set "blind22" (held out, fresh): text in eight languages, five tables.

Data card
=========

Status
    Held out, fresh (2026-12-06): written apart from the engine work and never read while tuning; every
    ``FileSet`` has ``guided_fixes=False``. Its writer reported counts only (files, records, values by
    entity and group, the ``inlarge`` share, canaries, generation time, test results), never a value, a
    template, a shape's wording or a style name.

Who wrote it and what they read
    A helper engineer, 2026-12-06, from a brief. It read: `bench.detection.format` (whole); in
    `bench.detection.sources` a ``grep`` of its ``def``/``class``/constant lines, its first 140 lines and
    lines 505-540 and 630-765 (``Address``, ``postcode``, ``phone``, ``MAIL_DOMAINS``, ``email``,
    ``IBAN_LENGTH``, ``iban``, ``national_id`` and the opening comment of the business values); the
    brief's ``grep -A12`` of `anonymize.vocabulary` for ``faker_person_words`` and
    ``is_known_to_engine``; lines 1-120 of `bench.bench_detection`, its lines naming blind21 and its
    lines 590-630 (to register this set); the shared set checks (``tests/bench/setchecks.py``); blind21's
    test (whole, as this test's model, also as committed via ``git show HEAD:``); ``git log --oneline
    -5 -- tests/bench/test_blindset20.py`` and ``git show d1bf45a -- tests/bench/test_blindset20.py``
    (how a set is relabelled; the commit message was shown with it); ``git status --short`` and ``git
    diff --stat`` of the files it changed (file names only; ``blindset21.py``, which another engineer
    was editing, showed as modified); ``blindset21.py`` as the code model the brief allows (whole:
    its card, machinery, romanisation code, tables and ``generate``; paging through it also showed its
    templates, products, companies, statuses, syllable inventories and word lists; none of them is
    reused, and its month names, date and amount formats, e-mail local-part rule, vetting and
    business-value shapes are kept as code); the data cards (module docstrings only) of blind3 to
    blind21, plus ``grep -c`` over them of every candidate genre, layout, shape, cell layout, style,
    usage and word-source name used here (all 0 as used here; the candidates that hit were dropped);
    the list of mimesis locales; and its own generated files. To choose word lists it called
    ``sources.usable``, Faker's and mimesis's person words and wordfreq on candidate words. It read no
    other file of `anonymize`, no recognizer, cue list, pattern, profile or vocabulary list of the
    engine, no other benchmark set body and no engine or benchmark output, and it never ran the engine,
    ``bench.bench_detection`` or ``manage.py anonymize``. Every sentence template, product, company,
    status, header, syllable inventory, word list and romanisation table here was written fresh.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    line of a SIEM event format (CEF): ``CEF:0|Kontor|<code>|2.2|<code>-<6 digits>|<code>|<3 or
    7>|rt=<Mon dd yyyy hh:mm:ss> msg=<business sentence> cs1Label=memo cs1=<three sentences>
    cs2Label=reach cs2=<contact phrase>`` (the case number and the time stamp are business values); the
    business sentence names the customer and the staff member who handled it, with an order number,
    product, quantity, amount and status and, by template, a company, a date, an invoice or tracking
    number, a SKU, an EAN or an app version. About 3 % of TXT records are in capitals (tag
    ``shouted``). JSONL records nest: ``<root>.meta.ticket`` (a case number), ``<root>.meta.created``
    (an ISO time stamp with offset), ``<root>.items[]`` (``ref``, a SKU, and ``qty``, a quantity),
    ``<root>.summary`` (the business sentence), ``<root>.log[].msg`` (the three sentences),
    ``<root>.contact.details.text`` (the contact phrase) and, now and then, ``<root>.contact.name`` (a
    name alone, tag ``addressee``). One file per language is a lower-case chat: in TXT a
    phone-messenger export line "dd/mm/yyyy, hh:mm - speaker: text", and now and then a line saying
    that a member left (in the file's language) without a speaker; in JSONL a workplace-messenger
    export record (``id``, ``messageType``, ``createdDateTime`` (a timestamp), ``from.user.id`` and
    ``from.user.displayName``, ``body.contentType``, ``body.content``; an @mention is repeated in
    ``mentions[]`` as ``mentionText`` and ``mentioned.user.displayName``, the full name); now and then
    a system record whose ``eventDetail.members[].displayName`` is the member who left.

    ===  ====================================  ==================================  ================================
    en   gutter-clearing rounds (txt)          chauffeur bookings (jsonl)          quilting circle chat (txt)
    de   Hundeschule, Kurse (txt)              Weinbergführungen (jsonl)           Schützenverein chat (jsonl)
    fr   fromagerie, tournées (txt)            garde d'enfants, planning (jsonl)   club de philatélie chat (txt)
    es   pescadería, encargos (txt)            mercería, arreglos (jsonl)          coro de habaneras chat (jsonl)
    it   enoteca, ordini (txt)                 officina nautica, tagliandi (jsonl) squadra di rugby chat (txt)
    nl   poffertjeskraam, bestellingen (txt)   bootcamp, sportlessen (jsonl)       kantklosclub chat (jsonl)
    pl   tartak, zamówienia (txt)              salon kosmetyczny, wizyty (jsonl)   klub modelarski chat (txt)
    pt   engomadoria, recolhas (txt)           transfers aeroporto (jsonl)         grupo de geocaching chat (jsonl)
    ===  ====================================  ==================================  ================================

    New sentence shapes (slot tags, ``NEW_SHAPES``), each in every language: a delivery driver and
    stop (``driver_stop``), who opened and who closed a ticket (``opened_closed``), who chaired a
    meeting and who took the minutes (``chair_minutes``), a referee for a reference (``referee``), an
    emergency contact with a phone number (``ice_contact``, the phone planted too), a key holder and
    who holds the spare set (``key_holder``), a split of tips (``tip_split``), a car-share pick-up
    (``car_share``), a birth surname after the current name (``maiden_name``: the surname alone, as in
    "née", "geb.", "de soltera", "nata", "z domu", "em solteira") and a participant's legal guardian
    (``guardian``), with each language's own wording. New in the chats (``CHAT_SHAPES``): the member
    who left (``left_group``). Also the ordinary slots: the customer (``customer``) and the agent
    (``agent``) of the business sentence, a name alone in a JSON field (``addressee``), names at
    sentence start, pairs, after honorifics (only the surname planted), greetings and sign-offs; in
    chats speakers, @mentions (given name or "given-surname", and in JSONL the structured mention),
    greetings, thanks, vocatives, sign-offs and pairs. A lone given name in lower case
    (``given_only``), a lone surname in capitals (``surname_only``), "Surname, Given" (``reversed``),
    "G. Surname" (``initial``) or the whole name in capitals or lower case stands in for a full name
    now and then; chat speakers are the full name, the given name or "given s.".

Tables (5, 120 rows each at scale 1.0)
    ``skip_hire_dockets.csv`` (English: ``hirer`` "Given Surname", ``driver`` "Given Surname #0412"
    with a payroll number (``payroll_cell``); IDs ``docket`` like "SK0001/25" and repeating ``lorry``),
    ``treppenlift_wartung.parquet`` (German, typed: int64 ``auftrag`` and ``stufen``, float64
    ``betrag``, date32 ``datum``; ``kunde`` a JSON object with the given name and the surname in one
    cell (``json_cell``), ``techniker`` "Dipl.-Ing. Given Surname" (``degree_cell``); IDs ``auftrag``
    and repeating ``trupp``), ``debroussaillage_interventions.tsv`` (French: ``client`` a vCard N field
    "N:Surname;Given;;;" (``vcard_n_cell``), ``equipe`` "chef : Given Surname" (``role_prefix_cell``);
    IDs ``intervention`` like "DEB.25.0001" and repeating ``secteur``), ``desatascos_avisos.csv``
    (Spanish: ``cliente`` "Given Surname", ``operario`` "given.surname" in lower case
    (``dotted_lower_cell``); IDs ``aviso`` like "AV-0001-25" and repeating ``camion``),
    ``recolha_de_monos.tsv`` (Portuguese: ``municipe`` "Given Surname", ``contacto_local`` "<phone> ·
    Given Surname", a phone number before its owner (``phone_first_cell``, the phone planted too); IDs
    ``pedido`` like "MN25.0001" and repeating ``rota``). Each has two record-ID columns, a product,
    quantity, amount, date, status, contact columns (phone, e-mail, IBAN, national ID, street,
    postcode, town, birth date, by table) and a notes column naming the row's main person in full and
    a second person. About 25 % of rows are in another of the eight languages: their persons, notes,
    contact formats and ``lang:`` tags follow the row; IDs, products, amounts, dates, statuses and the
    fixed words of the person cells keep the table's language.

Names
    The group is drawn first: about 36 % **invented** from syllable inventories in ten styles no earlier
    card lists (``invented`` + ``style:<s>``): tokelauan, kosraean, nauruan, ashaninka, warao, guna,
    raramuri, hadza, chokwe, nyakyusa. About 36 % **mimesis** (``mimesis`` + ``locale:<l>``) romanised
    in usages no earlier card names: ``ru``, ``uk`` and ``kk`` in Slovak usage (ž, č, š, šč, ch for х,
    c for ц, j for й, ja/ju/jo, je at a word's start or after a vowel, y for ы; Ukrainian h for г and y
    for и; Kazakh ә ғ қ ң ө ұ ү һ as ä g k ň ô u ú h), ``el`` in Icelandic usage (þ for θ, ð for δ, í
    for η, ý for υ, ó for ω, ú for ου, æ for αι, k for χ, x for ξ, av/ev, b/d for initial μπ/ντ) and
    ``fa``, ``ar-ma``, ``ar-jo``, ``ar-kw`` in Norwegian usage (sj for ش, dsj for ج, tsj for چ, zj for
    ژ, kh for خ, gh for غ, q for ق, w and j for consonantal و/ي, ta marbuta as a, Persian final ه as e;
    the article dropped, unwritten short vowels supplied as a after a word's first consonant and i
    later). Only names that romanise to one word are used; of each pool about two thirds are names found
    in a wordfreq large list (real rare name forms). About 28 % **word-like** (``wordlike`` +
    ``wordsrc:<lang>``), from languages and word fields no earlier card lists, every word a real word
    of a wordfreq large list (a loanword there): trade and meeting words of Chinook Jargon (chn); tea
    and street-food words of Hokkien (nan); birds, trees and bush words of Gamilaraay and its
    neighbours (kld); animals, plants and clothing of Khoekhoe (naq); boats, huts and cooking of
    Kalinago/Carib (car); meditation words of Pali (pi). (A Polari list was written too; too few of its
    words passed the filters, so it plants nothing.)

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
    Order numbers ("<code>-<n>/<yy>"), invoice numbers ("<prefix>-<yyyy>-<n>"), tracking numbers (three
    carrier-like shapes), case numbers, SKUs, EANs (valid check digits, python-stdnum), app versions
    with a build suffix, amounts, quantities, timestamps (CEF ``rt``, ISO with offset, chat export
    times), dates that are not birth dates, products (some built from a first-name-like or place-like
    word), companies and statuses; record IDs in the tables.

Places and contacts
    Streets and cities from invented roots with each language's street words and place endings (this
    module's own), vetted like names and kept apart from name words. Phones, IBANs, national IDs and
    postcodes from the `sources` helpers; a UK National Insurance number is built here. Dates of birth
    are ``DATE_OF_BIRTH``, other dates ``utility:date``.

Canaries
    Three invented people (kosraean, warao and chokwe styles): all three in every table (the main
    person of its first three rows, and by full name in those rows' notes), the first a speaker in
    every chat (lower case, full name, its first line), and each the customer of about 3 % of the other
    text records (full name). ``canaries`` lists those that appear in a file.

Size (scale 1.0, seed 22022)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); 13,396 PERSON values (5,017
    invented = 37 %, 4,679 mimesis = 35 %, 3,700 word-like = 28 %; 7,538 = 56 % tagged ``inlarge``,
    11,414 of 23,748 name words = 48 % in a large list), 5,319 other personal values (1,288 phones, 619
    e-mails, 431 IBANs, 619 national IDs, 621 streets, 621 postcodes, 621 cities, 499 dates of birth)
    and 18,636 business values (1,200 of them record IDs). ``scale`` multiplies the record counts (at
    least 10 text records and 30 table rows per file). Generation takes about 1.2 seconds once the
    name pools are built (about six from a cold start). ``summary()`` and ``python -m
    bench.detection.blindset22 --out DIR`` give the counts of a run (never the values).

Run: ``.venv/bin/python -m bench.detection.blindset22 --out var/blind22``.
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

DEFAULT_SEED = 22022
TEXT_RECORDS = 95
TABLE_ROWS = 120
_POOL_SEED = 2222
_MIMESIS_DATA = Path(mimesis.__file__).parent / "datasets"
#: Languages whose wordfreq "large" lists decide the ``inlarge`` tag (wordfreq reads "da" as "nb").
LARGE_LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "nb")

#: The new sentence shapes, planted in every language (in the business text files).
NEW_SHAPES = (
    "driver_stop",
    "opened_closed",
    "chair_minutes",
    "referee",
    "ice_contact",
    "key_holder",
    "tip_split",
    "car_share",
    "maiden_name",
    "guardian",
)
ORDINARY_SHAPES = ("sentence_start", "pair", "honorific", "greeting", "signoff")
#: New slots of the chats (every chat has them): a member who left the group.
CHAT_SHAPES = ("left_group",)

# --- name sources -------------------------------------------------------------------------------------

#: Syllable inventories (syllables, endings) of the invented styles.
STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "tokelauan": (
        ("fa", "lu", "ke", "mo", "to", "ga", "sia", "le", "pe", "na", "vi", "hu", "tu", "ma", "ko"),
        ("aga", "olo", "ue", "ana", "ifo"),
    ),
    "kosraean": (
        ("kus", "ra", "e", "sa", "lik", "ne", "tol", "pa", "we", "sru", "fo", "ki", "lo", "kem", "tu"),
        ("ek", "ul", "in", "ap", "os"),
    ),
    "nauruan": (
        ("de", "ba", "ge", "o", "ai", "we", "ro", "ea", "ni", "ta", "ka", "dow", "ang", "bu", "ie"),
        ("wo", "ani", "ede", "ora", "bo"),
    ),
    "ashaninka": (
        ("pa", "shi", "tsi", "ro", "ka", "nti", "ma", "ye", "pi", "tso", "ni", "ri", "nko", "sa", "vi"),
        ("ki", "tsa", "ri", "nto", "ni"),
    ),
    "warao": (
        ("wa", "ra", "ho", "ba", "ji", "ta", "no", "ko", "mu", "sa", "hi", "da", "ne", "yo", "ku"),
        ("ida", "aro", "obo", "ana", "uka"),
    ),
    "guna": (
        ("gu", "na", "dul", "ba", "ga", "mor", "si", "yar", "ki", "le", "bir", "ya", "ib", "ur", "sa"),
        ("gwa", "sop", "dup", "ala", "ye"),
    ),
    "raramuri": (
        ("ra", "ri", "mu", "wa", "chi", "bo", "ka", "sa", "te", "go", "na", "pi", "re", "si", "to"),
        ("ame", "uri", "chi", "wi", "bo"),
    ),
    "hadza": (
        ("ha", "dza", "ko", "ni", "be", "ta", "she", "go", "ma", "la", "ku", "tli", "na", "ye", "pe"),
        ("ko", "ebe", "isha", "anda", "ta"),
    ),
    "chokwe": (
        ("cho", "kwe", "mu", "la", "lu", "nda", "ka", "sa", "mbi", "ti", "ya", "ngo", "ze", "pi", "ko"),
        ("nda", "mbo", "zi", "kwe", "la"),
    ),
    "nyakyusa": (
        ("nya", "kyu", "mwa", "ndi", "ba", "si", "ka", "lu", "ngo", "ja", "tu", "mbe", "fi", "le", "ku"),
        ("angile", "ege", "usya", "ene", "ilo"),
    ),
}
#: Word-like names: (given-name words, surname words) per source, each word a real word found in a
#: wordfreq "large" list (a loanword of the source language). Fields: trade and meeting words of Chinook
#: Jargon (chn); tea and street-food words of Hokkien (nan); birds, trees and bush words of Gamilaraay
#: and its neighbours (kld); animals, plants and clothing of Khoekhoe (naq); boats, huts and cooking of
#: Kalinago/Carib (car); talk and body words of Polari (pld); meditation words of Pali (pi).
WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "chn": (("skookum", "tillicum", "tyee"), ("potlatch", "tumtum", "cultus")),
    "nan": (("pekoe", "souchong", "kopi", "popiah"), ("lapsang", "sampan", "amoy", "satay", "kiasu")),
    "kld": (("bilby", "yarran", "bunya", "coolibah"), ("budgerigar", "brigalow", "boree", "myall", "yakka", "mallee")),
    "naq": (("buchu", "quagga", "dagga"), ("kaross", "kudu", "karoo")),
    "car": (("warri", "ajoupa"), ("pirogue", "boucan", "buccaneer")),
    "pld": (("riah", "nanti", "palone"), ("naff", "cackle")),
    "pi": (("jhana", "dhamma", "nibbana"), ("vipassana", "arahant", "bhikkhu")),
}  # fmt: skip
#: mimesis locales and the usage each is romanised in.
MIMESIS_LOCALES: dict[str, str] = {
    "ru": "slovak",
    "uk": "slovak",
    "kk": "slovak",
    "el": "icelandic",
    "fa": "norwegian",
    "ar-ma": "norwegian",
    "ar-jo": "norwegian",
    "ar-kw": "norwegian",
}
CANARY_STYLES = ("kosraean", "warao", "chokwe")
#: Name pool sizes (per style, per locale and gender).
_POOL = 44

# --- romanisation (Slovak usage for Cyrillic, Icelandic usage for Greek, Norwegian usage for Arabic) --

_SK_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "jo", "ж": "ž", "з": "z",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "ju", "я": "ja", "є": "je", "і": "i", "ї": "ji",
    "ә": "ä", "ғ": "g", "қ": "k", "ң": "ň", "ө": "ô", "ұ": "u", "ү": "ú", "һ": "h",
}  # fmt: skip
_SK_VOWELS = set("аеёиоуыэюяєіїәөұүь")
_IS_GR_PAIRS = {"ου": "ú", "αι": "æ", "ει": "ei", "οι": "oi", "γγ": "ng", "γκ": "nk", "τσ": "ts", "τζ": "ds"}
_IS_GR = {
    "α": "a", "β": "v", "γ": "g", "δ": "ð", "ε": "e", "ζ": "z", "η": "í", "θ": "þ", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "ý", "φ": "f", "χ": "k", "ψ": "ps", "ω": "ó",
}  # fmt: skip
_NO_AR = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "t", "ج": "dsj", "چ": "tsj", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "z", "ر": "r", "ز": "z", "ژ": "zj", "س": "s", "ش": "sj", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip


def _slovak(word: str, locale: str) -> str:
    """Cyrillic in Slovak usage: ž, č, š, šč, ch for х, c for ц, j for й, ja/ju/jo, je at a word's
    start or after a vowel, y for ы; Ukrainian h for г and y for и; Kazakh ә ғ қ ң ө ұ ү һ as ä g k ň ô
    u ú h."""
    out: list[str] = []
    low = word.lower()
    for i, ch in enumerate(low):
        after_vowel = i == 0 or low[i - 1] in _SK_VOWELS
        if locale == "uk" and ch == "г":
            out.append("h")
        elif locale == "uk" and ch == "и":
            out.append("y")
        elif ch == "е" and after_vowel and locale != "uk":
            out.append("je")
        elif ch in _SK_CYR:
            out.append(_SK_CYR[ch])
        else:
            return ""
    return "".join(out)


def _icelandic_greek(word: str) -> str:
    """Greek in Icelandic usage: þ for θ, ð for δ, í for η, ý for υ, ó for ω, ú for ου, æ for αι, k for
    χ, x for ξ, av/ev, b/d for initial μπ/ντ, mp/nt inside."""
    low = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    out: list[str] = []
    i = 0
    while i < len(low):
        pair = low[i : i + 2]
        if pair in {"αυ", "ευ"}:
            out.append(("a" if pair[0] == "α" else "e") + "v")
            i += 2
        elif i == 0 and pair in {"μπ", "ντ"}:
            out.append("b" if pair == "μπ" else "d")
            i += 2
        elif pair in _IS_GR_PAIRS:
            out.append(_IS_GR_PAIRS[pair])
            i += 2
        elif low[i] in _IS_GR:
            out.append(_IS_GR[low[i]])
            i += 1
        else:
            return ""
    return "".join(out)


def _norwegian_arabic(word: str, persian: bool) -> str:
    """Arabic and Persian in Norwegian usage: sj for ش, dsj for ج, tsj for چ, zj for ژ, kh for خ, gh
    for غ, q for ق; u/i for long vowels after a consonant, w and j for glides; the article dropped."""
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
            units.append(("V", "u") if after_c else ("C", "w"))
        elif ch in "يی":
            units.append(("V", "i") if after_c else ("C", "j"))
        elif ch == "ه" and last and after_c:
            units.append(("V", "e" if persian else "a"))
        elif ch in _NO_AR:
            units.append(("C", _NO_AR[ch]))
        else:
            return ""
    return _vocalise(units)


def _vocalise(units: list[tuple[str, str]]) -> str:
    """Letters with the unwritten short vowels supplied: "a" after a word's first consonant, "i"
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
        filler = "a" if first else "i"
        out.append(filler.join("".join(c) for c in chunks))
    return "".join(out)


def romanise(word: str, locale: str) -> str:
    """``word`` (a mimesis name of ``locale``) in this set's usage, lower case; "" when it cannot be
    (two words, a hyphen, letters outside the tables)."""
    if " " in word.strip() or "-" in word:
        return ""
    if locale in {"ru", "uk", "kk"}:
        return _slovak(word, locale)
    if locale == "el":
        return _icelandic_greek(word)
    return _norwegian_arabic(word, persian=locale == "fa")


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


# --- language data ----------------------------------------------------------------------------------------

#: Per language: (txt file, jsonl file, chat file) as (name, genre code or "chat", format).
FILES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (("gutter_clearing_rounds", "GUT", "txt"), ("chauffeur_bookings", "CHF", "jsonl"), ("quilting_circle_chat", "chat", "txt")),
    "de": (("hundeschule_kurse", "HUN", "txt"), ("weinbergfuehrungen", "WEI", "jsonl"), ("schuetzenverein_chat", "chat", "jsonl")),
    "fr": (("fromagerie_tournees", "FRO", "txt"), ("garde_d_enfants_planning", "GAR", "jsonl"), ("club_de_philatelie_chat", "chat", "txt")),
    "es": (("pescaderia_encargos", "PES", "txt"), ("merceria_arreglos", "MER", "jsonl"), ("coro_de_habaneras_chat", "chat", "jsonl")),
    "it": (("enoteca_ordini", "ENO", "txt"), ("officina_nautica_tagliandi", "NAU", "jsonl"), ("squadra_di_rugby_chat", "chat", "txt")),
    "nl": (("poffertjeskraam_bestellingen", "POF", "txt"), ("bootcamp_sportlessen", "BTC", "jsonl"), ("kantklosclub_chat", "chat", "jsonl")),
    "pl": (("tartak_zamowienia", "TAR", "txt"), ("salon_kosmetyczny_wizyty", "KOS", "jsonl"), ("klub_modelarski_chat", "chat", "txt")),
    "pt": (("engomadoria_recolhas", "ENG", "txt"), ("transfers_aeroporto", "TRF", "jsonl"), ("grupo_de_geocaching_chat", "chat", "jsonl")),
}  # fmt: skip
#: JSONL roots of the business files.
ROOTS = {
    "en": "booking",
    "de": "fuehrung",
    "fr": "garde",
    "es": "arreglo",
    "it": "tagliando",
    "nl": "les",
    "pl": "wizyta",
    "pt": "transfer",
}
PRODUCTS: dict[str, tuple[str, ...]] = {
    "GUT": ("Gutter Clear Semi", "Downpipe Unblock", "Gutter Guard Mesh", "Fascia Wash Dorothea", "Valley Clean Ludlow", "Moss Removal"),
    "CHF": ("Airport Run Saloon", "Wedding Car Ophelia", "Executive Day Hire", "Theatre Return Bath", "Child Seat Add-on", "Waiting Time 1 h"),
    "HUN": ("Welpenkurs 6 Wochen", "Rückruftraining", "Einzelstunde Mantrailing", "Schleppleine Gertrud", "Kurs Eifel-Runde", "Agility Schnupper"),
    "WEI": ("Weinbergführung 90 min", "Kellerprobe Riesling", "Führung Cordula", "Vesperteller", "Sonnenuntergangs-Tour Mosel", "Gutschein Weinwandern"),
    "FRO": ("Comté 24 mois", "Plateau Apolline", "Tomme de Savoie", "Raclette Auvergne", "Beurre cru motte", "Crottin frais"),
    "GAR": ("Forfait mercredi", "Sortie d'école", "Garde Marcelline", "Nuit exceptionnelle", "Atelier Cantal", "Heure supplémentaire"),
    "PES": ("Merluza de pincho", "Lote Remedios", "Gamba de Huelva", "Bacalao desalado", "Dorada limpia", "Caldo de roca"),
    "MER": ("Bajo de pantalón", "Cremallera Jimena", "Entalle de chaqueta", "Botones Toledo", "Zurcido invisible", "Cambio de forro"),
    "ENO": ("Barolo 2019", "Cassa Teodolinda", "Vermentino sfuso", "Verticale Montalcino", "Degustazione guidata", "Magnum riserva"),
    "NAU": ("Tagliando fuoribordo", "Antivegetativa", "Gommone Eufemia", "Sostituzione girante", "Rimessaggio Chioggia", "Controllo elica"),
    "POF": ("Poffertjes 15 st.", "Schaal Hendrika", "Stroopwafel vers", "Poffertjes Zaandam", "Extra roomboter", "Kinderportie"),
    "BTC": ("Strippenkaart 10x", "Bootcamp Gerda", "Proefles buiten", "Kettlebell-uur", "Park Haarlem-sessie", "Personal intake"),
    "TAR": ("Deska sosnowa 32 mm", "Więźba Genowefa", "Łata dachowa", "Kantówka suszona", "Tarcica Sandomierz", "Impregnacja"),
    "KOS": ("Manicure hybrydowy", "Zabieg Bronisława", "Henna brwi", "Pedicure Zakopane", "Peeling kawitacyjny", "Masaż twarzy"),
    "ENG": ("Cesto 5 kg", "Lençóis Albertina", "Camisas à peça", "Edredão Braga", "Recolha ao domicílio", "Vinco de calças"),
    "TRF": ("Transfer aeroporto-hotel", "Carrinha Custódia", "Regresso noturno", "Cadeira de bebé", "Transfer Sintra", "Espera extra"),
    "SKP": ("Skip 6 yd Builders", "Mini Skip Agatha", "Roll-on Roll-off", "Skip Permit Reading", "Wait and Load", "Plasterboard Bag"),
    "TRP": ("Treppenlift Kurve", "Sitzlift Hildegard", "Wartung jährlich", "Plattformlift Harz", "Akkutausch", "Fernbedienung"),
    "DEB": ("Débroussaillage talus", "Broyage Éléonore", "Tonte prairie", "Élagage Vercors", "Évacuation déchets verts", "Passage rotofil"),
    "DES": ("Desatasco urgente", "Cámara Inmaculada", "Inspección con cámara", "Pocero Alcorcón", "Limpieza de arqueta", "Hidrolimpieza"),
    "MON": ("Recolha de colchão", "Móvel Deolinda", "Eletrodoméstico grande", "Entulho Setúbal", "Recolha de sofá", "Monos avulsos"),
}  # fmt: skip
COMPANIES: dict[str, tuple[str, ...]] = {
    "en": ("Rainwater Rigs Ltd", "Bramblecote Motors plc", "Swiftline Couriers Ltd", "Eavesdrop Access LLP"),
    "de": ("Hundeartikel Waldrand GmbH", "Rebhang Touristik KG", "Paketblitz Süd GmbH", "Keltergut AG"),
    "fr": ("Affineurs des Alpes SARL", "Petits Pas Services SAS", "Colis Mésange SA", "Laiterie du Plateau SARL"),
    "es": ("Lonja del Cantábrico S.L.", "Hilos y Agujas S.L.", "Mensajería Gaviota S.A.", "Frío Marino S.L."),
    "it": ("Cantine Colle Ombroso S.r.l.", "Nautica Punta Secca S.n.c.", "Corrieri Gabbiano S.p.A.", "Vini e Sapori S.r.l."),
    "nl": ("Beslag & Boter B.V.", "Buitenfit V.O.F.", "Koeriers Meeuw B.V.", "Bakkerij Grondstof B.V."),
    "pl": ("Drewno Bieszczady sp. z o.o.", "Kosmetyka Perła s.c.", "Kurier Czapla S.A.", "Tartaki Razem sp. z o.o."),
    "pt": ("Lavandaria Estrela, Lda.", "Transportes Garça S.A.", "Viagens Ribeirinha, Lda.", "Ferro e Vapor, Lda."),
}  # fmt: skip
STATUSES: dict[str, tuple[str, ...]] = {
    "en": ("quoted", "awaiting deposit", "booked in", "part paid", "job done", "called off"),
    "de": ("Angebot raus", "Anzahlung offen", "eingeplant", "teilbezahlt", "abgeschlossen"),
    "fr": ("devis envoyé", "acompte attendu", "planifié", "payé en partie", "terminé"),
    "es": ("presupuestado", "a la espera de señal", "agendado", "pagado en parte", "terminado"),
    "it": ("preventivato", "in attesa di acconto", "in calendario", "pagato in parte", "concluso"),
    "nl": ("offerte verstuurd", "wacht op aanbetaling", "ingepland", "deels betaald", "afgerond"),
    "pl": ("wycenione", "czeka na zadatek", "zaplanowane", "częściowo opłacone", "zakończone"),
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
    "caixa22.example",
    "postbote.example",
    "courriel-vert.example",
    "buzon22.example",
    "posta-veloce.example",
)

#: Everything a text of one language is built from. Placeholders: see `Builder._value`. No template
#: holds a vertical bar, an equals sign or a backslash (the TXT layout's separators).
TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "honorific": ("Mrs", "Mr"),
        "quantity": "units",
        "invoice": "BILL-{y}-{n:05d}",
        "business": (
            "Ticket {order}: {C} ordered {product} x {qty} for {amount}, marked {status}, entered by {A}.",
            "{C} booked {product} through {company} for {date} (ref {order}); {amount}, {status}; taken by {A}.",
            "Bill {invoice} raised for {C} on {order}: {qty} {product}, {amount}, {status}; raised by {A}.",
            "Courier {company} took {product} (item {sku}) to {C}, tracking {tracking}; {amount}, {status}; packed by {A}.",
            "{C} settled {amount} for {product}, EAN {ean}, booking app {version}; {order} now {status}, seen by {A}.",
        ),
        "driver_stop": (
            "Driver {FA}, stop {VAN} of 14, {qty} dropped off.",
            "Round {VAN}: driver {FA}, last drop at {CLOCK}.",
        ),
        "opened_closed": ("Ticket opened by {FA}, closed by {FB}.", "Opened: {FA} ({CLOCK}); closed: {FB}."),
        "chair_minutes": ("Chair: {FA}; minutes: {FB}.", "Meeting chaired by {FA}, minutes taken by {FB}."),
        "referee": ("Referee: {FA} (former manager).", "Reference supplied by {FA} on {date}."),
        "ice_contact": ("In an emergency call {FA} on {PHONE}.", "ICE contact: {FA}, {PHONE}."),
        "key_holder": ("Key holder: {FA}; spare set with {FB}.", "Keys issued to {FA} at {CLOCK}."),
        "tip_split": ("Tips split: {FA} 60 %, {FB} 40 %.", "Tip jar {amount}, half of it to {FA}."),
        "car_share": (
            "Lift share: {FA} picks up {FB} at {CLOCK}.",
            "{FA} drives, {FB} rides along to the yard.",
        ),
        "maiden_name": ("Account holder {FA}, née {SB}.", "Records under {FA} (née {SB})."),
        "guardian": ("Participant {FA}, guardian: {FB}.", "Consent given by parent or guardian {FA}."),
        "sentence_start": ("{A} rang about the downpipe again.", "{A} will be away until Monday."),
        "pair": ("{A} and {B} split the cost.", "Copy {A} and {B} into the next update."),
        "honorific_t": ("{HON} {SA} prefers a morning visit.", "Leaflet left for {HON} {SA} today."),
        "greeting": ("Hi {GA}, you are booked in.", "Dear {FA}, thanks for settling up."),
        "signoff": ("Best wishes, {A}", "Many thanks, {FA}"),
        "contact": (
            "Call {PHONE} or write to {EMAIL}",
            "Job address {STREET}, {CITY} {POSTCODE}",
            "DOB {DOB}; NI number {NID}",
            "Refund account IBAN {IBAN}",
        ),
        "notes": (
            "{FA} wants a text first; {B} holds the gate code.",
            "Paid cash to {FA}, checked by {B}.",
            "{FA} works shifts, {B} lets us in.",
        ),
        "chat": (
            ("greeting", "morning {M}, sewing bee at the hall today?"),
            ("mention", "@{H} can you bring the spare cutting mat?"),
            ("thanks", "ta {M} for the fat quarters"),
            ("vocative", "who has the walking foot, {M}?"),
            ("signoff", "fabric kitty {amount} paid in. {SELF}"),
            ("pair", "{M} and {M2} are binding the raffle quilt on {date}"),
            ("plain", "show moved to {date}, tables {amount} each"),
            ("plain", "my mobile {PHONE}"),
        ),
        "system": "{X} left",
    },
    "de": {
        "honorific": ("Frau", "Herr"),
        "quantity": "Stück",
        "invoice": "RE-{y}-{n:05d}",
        "business": (
            "Vorgang {order}: {C} bestellte {product} x {qty} für {amount}, Stand {status}, erfasst durch {A}.",
            "{C} buchte {product} über {company} für den {date} (Az. {order}); {amount}, {status}; angenommen von {A}.",
            "Beleg {invoice} an {C} zu {order}: {qty} {product}, {amount}, {status}; erstellt durch {A}.",
            "Kurier {company} brachte {product} (Artikel {sku}) zu {C}, Sendungsnr. {tracking}; {amount}, {status}; gepackt von {A}.",
            "{C} beglich {amount} für {product}, EAN {ean}, Buchungs-App {version}; {order} nun {status}, gesehen von {A}.",
        ),
        "driver_stop": (
            "Fahrer {FA}, Halt {VAN} von 14, {qty} abgegeben.",
            "Tour {VAN}: Fahrer {FA}, letzte Abgabe um {CLOCK}.",
        ),
        "opened_closed": (
            "Ticket eröffnet von {FA}, geschlossen von {FB}.",
            "Eröffnet: {FA} ({CLOCK}); geschlossen: {FB}.",
        ),
        "chair_minutes": ("Vorsitz: {FA}; Protokoll: {FB}.", "Sitzungsleitung {FA}, Protokoll führte {FB}."),
        "referee": ("Referenzgeber: {FA} (früherer Vorgesetzter).", "Referenz erteilt von {FA} am {date}."),
        "ice_contact": ("Im Notfall {FA} anrufen: {PHONE}.", "Notfallkontakt: {FA}, {PHONE}."),
        "key_holder": (
            "Schlüsselinhaber: {FA}; Zweitschlüssel bei {FB}.",
            "Schlüssel ausgegeben an {FA} um {CLOCK}.",
        ),
        "tip_split": (
            "Trinkgeld geteilt: {FA} 60 %, {FB} 40 %.",
            "Trinkgeldkasse {amount}, die Hälfte an {FA}.",
        ),
        "car_share": (
            "Fahrgemeinschaft: {FA} holt {FB} um {CLOCK} ab.",
            "{FA} fährt, {FB} fährt mit zum Platz.",
        ),
        "maiden_name": ("Kontoinhaberin {FA}, geb. {SB}.", "Geführt unter {FA} (geb. {SB})."),
        "guardian": (
            "Teilnehmer {FA}, Erziehungsberechtigte: {FB}.",
            "Einverständnis durch Erziehungsberechtigten {FA}.",
        ),
        "sentence_start": ("{A} hat wegen der Leine nochmal angerufen.", "{A} ist bis Montag nicht da."),
        "pair": ("{A} und {B} teilen sich die Kosten.", "Bitte {A} und {B} in Kopie nehmen."),
        "honorific_t": ("{HON} {SA} möchte lieber vormittags.", "Flyer für {HON} {SA} hinterlegt."),
        "greeting": ("Hallo {GA}, du bist eingetragen.", "Liebe/r {FA}, danke für die Zahlung."),
        "signoff": ("Viele Grüße, {A}", "Herzlichen Dank, {FA}"),
        "contact": (
            "Tel. {PHONE}, Mail {EMAIL}",
            "Einsatzort {STREET}, {POSTCODE} {CITY}",
            "Geb. {DOB}; Steuer-ID {NID}",
            "Erstattung auf IBAN {IBAN}",
        ),
        "notes": (
            "{FA} möchte vorher eine SMS; {B} kennt den Torcode.",
            "Bar an {FA} bezahlt, gegengeprüft von {B}.",
            "{FA} arbeitet Schicht, {B} lässt uns rein.",
        ),
        "chat": (
            ("greeting", "servus {M}, training am stand heute?"),
            ("mention", "@{H} bringst du die scheibenbox mit?"),
            ("thanks", "danke {M} fürs putzen der luftgewehre"),
            ("vocative", "wer hat den schlüssel zum waffenschrank, {M}?"),
            ("signoff", "beitrag {amount} überwiesen. {SELF}"),
            ("pair", "{M} und {M2} schießen das königsschießen am {date}"),
            ("plain", "preisschießen verlegt auf {date}, startgeld {amount}"),
            ("plain", "meine nummer {PHONE}"),
        ),
        "system": "{X} hat die gruppe verlassen",
    },
    "fr": {
        "honorific": ("Mme", "M."),
        "quantity": "pièces",
        "invoice": "FAC-{y}-{n:05d}",
        "business": (
            "Dossier {order} : {C} a commandé {product} x {qty} pour {amount}, état {status}, saisi par {A}.",
            "{C} a réservé {product} via {company} pour le {date} (réf. {order}) ; {amount}, {status} ; pris par {A}.",
            "Facture {invoice} émise pour {C} sur {order} : {qty} {product}, {amount}, {status} ; établie par {A}.",
            "Le transporteur {company} a livré {product} (article {sku}) chez {C}, suivi {tracking} ; {amount}, {status} ; préparé par {A}.",
            "{C} a réglé {amount} pour {product}, EAN {ean}, appli de réservation {version} ; {order} désormais {status}, vu par {A}.",
        ),
        "driver_stop": (
            "Chauffeur {FA}, arrêt {VAN} sur 14, {qty} déposées.",
            "Tournée {VAN} : chauffeur {FA}, dernier dépôt à {CLOCK}.",
        ),
        "opened_closed": (
            "Ticket ouvert par {FA}, fermé par {FB}.",
            "Ouvert : {FA} ({CLOCK}) ; fermé : {FB}.",
        ),
        "chair_minutes": (
            "Présidence : {FA} ; compte rendu : {FB}.",
            "Réunion présidée par {FA}, compte rendu rédigé par {FB}.",
        ),
        "referee": ("Référent : {FA} (ancien responsable).", "Référence fournie par {FA} le {date}."),
        "ice_contact": ("En cas d'urgence, appeler {FA} au {PHONE}.", "Personne à prévenir : {FA}, {PHONE}."),
        "key_holder": ("Détenteur des clés : {FA} ; double chez {FB}.", "Clés remises à {FA} à {CLOCK}."),
        "tip_split": (
            "Pourboires partagés : {FA} 60 %, {FB} 40 %.",
            "Cagnotte {amount}, la moitié pour {FA}.",
        ),
        "car_share": (
            "Covoiturage : {FA} prend {FB} à {CLOCK}.",
            "{FA} conduit, {FB} monte avec lui jusqu'au dépôt.",
        ),
        "maiden_name": ("Titulaire du compte {FA}, née {SB}.", "Enregistrée sous {FA} (née {SB})."),
        "guardian": (
            "Enfant {FA}, responsable légal : {FB}.",
            "Autorisation donnée par le responsable légal {FA}.",
        ),
        "sentence_start": ("{A} a rappelé pour la commande de tomme.", "{A} est absent jusqu'à lundi."),
        "pair": ("{A} et {B} partagent les frais.", "Mettre {A} et {B} en copie."),
        "honorific_t": ("{HON} {SA} préfère un passage le matin.", "Prospectus laissé pour {HON} {SA}."),
        "greeting": ("Bonjour {GA}, c'est bien noté.", "Cher/Chère {FA}, merci pour le règlement."),
        "signoff": ("Bien à vous, {A}", "Merci beaucoup, {FA}"),
        "contact": (
            "Tél. {PHONE}, courriel {EMAIL}",
            "Adresse du passage {STREET}, {POSTCODE} {CITY}",
            "Né(e) le {DOB} ; NIR {NID}",
            "Remboursement sur IBAN {IBAN}",
        ),
        "notes": (
            "{FA} veut un SMS avant ; {B} a le code du portail.",
            "Payé en espèces à {FA}, vérifié par {B}.",
            "{FA} travaille en horaires décalés, {B} nous ouvre.",
        ),
        "chat": (
            ("greeting", "bonsoir {M}, bourse aux timbres samedi ?"),
            ("mention", "@{H} tu apportes le classeur des oblitérations ?"),
            ("thanks", "merci {M} pour les enveloppes premier jour"),
            ("vocative", "qui a la pince à timbres, {M} ?"),
            ("signoff", "cotisation {amount} versée. {SELF}"),
            ("pair", "{M} et {M2} tiennent le stand le {date}"),
            ("plain", "exposition décalée au {date}, table à {amount}"),
            ("plain", "mon portable {PHONE}"),
        ),
        "system": "{X} a quitté le groupe",
    },
    "es": {
        "honorific": ("Sra.", "Sr."),
        "quantity": "uds.",
        "invoice": "FRA-{y}-{n:05d}",
        "business": (
            "Parte {order}: {C} encargó {product} x {qty} por {amount}, estado {status}, anotado por {A}.",
            "{C} reservó {product} a través de {company} para el {date} (ref. {order}); {amount}, {status}; atendido por {A}.",
            "Factura {invoice} a nombre de {C} sobre {order}: {qty} {product}, {amount}, {status}; hecha por {A}.",
            "La mensajería {company} llevó {product} (artículo {sku}) a {C}, seguimiento {tracking}; {amount}, {status}; preparado por {A}.",
            "{C} abonó {amount} por {product}, EAN {ean}, app de citas {version}; {order} ya {status}, visto por {A}.",
        ),
        "driver_stop": (
            "Repartidor {FA}, parada {VAN} de 14, {qty} entregadas.",
            "Ruta {VAN}: repartidor {FA}, última entrega a las {CLOCK}.",
        ),
        "opened_closed": (
            "Incidencia abierta por {FA}, cerrada por {FB}.",
            "Abierta: {FA} ({CLOCK}); cerrada: {FB}.",
        ),
        "chair_minutes": (
            "Preside: {FA}; acta: {FB}.",
            "Reunión presidida por {FA}, acta levantada por {FB}.",
        ),
        "referee": ("Referencia: {FA} (antiguo jefe).", "Referencias dadas por {FA} el {date}."),
        "ice_contact": (
            "En caso de urgencia llamar a {FA} al {PHONE}.",
            "Contacto de emergencia: {FA}, {PHONE}.",
        ),
        "key_holder": (
            "Tiene las llaves: {FA}; copia en casa de {FB}.",
            "Llaves entregadas a {FA} a las {CLOCK}.",
        ),
        "tip_split": ("Propinas repartidas: {FA} 60 %, {FB} 40 %.", "Bote {amount}, la mitad para {FA}."),
        "car_share": (
            "Coche compartido: {FA} recoge a {FB} a las {CLOCK}.",
            "{FA} conduce, {FB} va con él a la lonja.",
        ),
        "maiden_name": (
            "Titular de la cuenta {FA}, de soltera {SB}.",
            "Registrada como {FA} (de soltera {SB}).",
        ),
        "guardian": ("Menor {FA}, tutor legal: {FB}.", "Autorización firmada por el tutor legal {FA}."),
        "sentence_start": ("{A} volvió a llamar por el encargo de merluza.", "{A} no está hasta el lunes."),
        "pair": ("{A} y {B} pagan a medias.", "Poned en copia a {A} y a {B}."),
        "honorific_t": ("{HON} {SA} prefiere recogerlo por la mañana.", "Folleto guardado para {HON} {SA}."),
        "greeting": ("Hola {GA}, queda apuntado.", "Estimado/a {FA}, gracias por el pago."),
        "signoff": ("Un saludo, {A}", "Muchas gracias, {FA}"),
        "contact": (
            "Tel. {PHONE}, correo {EMAIL}",
            "Dirección de entrega {STREET}, {POSTCODE} {CITY}",
            "Nacido/a el {DOB}; DNI {NID}",
            "Reembolso a la cuenta IBAN {IBAN}",
        ),
        "notes": (
            "{FA} quiere un mensaje antes; {B} sabe el código del portal.",
            "Pagado en efectivo a {FA}, revisado por {B}.",
            "{FA} trabaja a turnos, {B} nos abre.",
        ),
        "chat": (
            ("greeting", "buenas {M}, ¿ensayo en la parroquia hoy?"),
            ("mention", "@{H} ¿traes las partituras de la segunda voz?"),
            ("thanks", "gracias {M} por afinar la guitarra"),
            ("vocative", "¿quién da el tono, {M}?"),
            ("signoff", "cuota {amount} pagada. {SELF}"),
            ("pair", "{M} y {M2} cantan el solo el {date}"),
            ("plain", "certamen aplazado al {date}, {amount} el autobús"),
            ("plain", "mi móvil {PHONE}"),
        ),
        "system": "{X} salió del grupo",
    },
    "it": {
        "honorific": ("Sig.ra", "Sig."),
        "quantity": "bottiglie",
        "invoice": "FATT-{y}-{n:05d}",
        "business": (
            "Scheda {order}: {C} ha ordinato {product} x {qty} per {amount}, stato {status}, registrata da {A}.",
            "{C} ha prenotato {product} tramite {company} per il {date} (rif. {order}); {amount}, {status}; accolto da {A}.",
            "Fattura {invoice} intestata a {C} su {order}: {qty} {product}, {amount}, {status}; compilata da {A}.",
            "Il corriere {company} ha portato {product} (articolo {sku}) a {C}, tracciamento {tracking}; {amount}, {status}; imballato da {A}.",
            "{C} ha saldato {amount} per {product}, EAN {ean}, app prenotazioni {version}; {order} ora {status}, visto da {A}.",
        ),
        "driver_stop": (
            "Autista {FA}, fermata {VAN} di 14, {qty} consegnate.",
            "Giro {VAN}: autista {FA}, ultima consegna alle {CLOCK}.",
        ),
        "opened_closed": ("Ticket aperto da {FA}, chiuso da {FB}.", "Aperto: {FA} ({CLOCK}); chiuso: {FB}."),
        "chair_minutes": (
            "Presiede: {FA}; verbale: {FB}.",
            "Riunione presieduta da {FA}, verbale redatto da {FB}.",
        ),
        "referee": ("Referenza: {FA} (ex responsabile).", "Referenze fornite da {FA} il {date}."),
        "ice_contact": (
            "In caso di emergenza chiamare {FA} al {PHONE}.",
            "Contatto di emergenza: {FA}, {PHONE}.",
        ),
        "key_holder": (
            "Custode delle chiavi: {FA}; copia da {FB}.",
            "Chiavi consegnate a {FA} alle {CLOCK}.",
        ),
        "tip_split": ("Mance divise: {FA} 60 %, {FB} 40 %.", "Barattolo mance {amount}, metà a {FA}."),
        "car_share": (
            "Passaggio: {FA} prende {FB} alle {CLOCK}.",
            "{FA} guida, {FB} viene con lui al pontile.",
        ),
        "maiden_name": ("Intestataria del conto {FA}, nata {SB}.", "Registrata come {FA} (nata {SB})."),
        "guardian": ("Minore {FA}, tutore: {FB}.", "Consenso dato dal genitore o tutore {FA}."),
        "sentence_start": ("{A} ha richiamato per la cassa di rosso.", "{A} è assente fino a lunedì."),
        "pair": ("{A} e {B} dividono la spesa.", "Mettete in copia {A} e {B}."),
        "honorific_t": ("{HON} {SA} preferisce passare la mattina.", "Volantino lasciato per {HON} {SA}."),
        "greeting": ("Ciao {GA}, sei in lista.", "Gentile {FA}, grazie per il saldo."),
        "signoff": ("Un caro saluto, {A}", "Grazie mille, {FA}"),
        "contact": (
            "Tel. {PHONE}, mail {EMAIL}",
            "Indirizzo di consegna {STREET}, {POSTCODE} {CITY}",
            "Nato/a il {DOB}; codice fiscale {NID}",
            "Rimborso sul conto IBAN {IBAN}",
        ),
        "notes": (
            "{FA} vuole un SMS prima; {B} ha il codice del cancello.",
            "Pagato in contanti a {FA}, verificato da {B}.",
            "{FA} fa i turni, {B} ci apre.",
        ),
        "chat": (
            ("greeting", "ciao {M}, allenamento in mischia stasera?"),
            ("mention", "@{H} porti i colpitori per le touche?"),
            ("thanks", "grazie {M} per aver lavato le maglie"),
            ("vocative", "chi calcia le punizioni, {M}?"),
            ("signoff", "quota terzo tempo {amount} pagata. {SELF}"),
            ("pair", "{M} e {M2} giocano piloni il {date}"),
            ("plain", "amichevole spostata al {date}, pullman {amount}"),
            ("plain", "il mio cell {PHONE}"),
        ),
        "system": "{X} ha abbandonato il gruppo",
    },
    "nl": {
        "honorific": ("mevrouw", "meneer"),
        "quantity": "porties",
        "invoice": "NOTA-{y}-{n:05d}",
        "business": (
            "Bon {order}: {C} bestelde {product} x {qty} voor {amount}, stand {status}, ingevoerd door {A}.",
            "{C} boekte {product} via {company} voor {date} (ref. {order}); {amount}, {status}; aangenomen door {A}.",
            "Nota {invoice} op naam van {C} bij {order}: {qty} {product}, {amount}, {status}; opgemaakt door {A}.",
            "Koerier {company} bracht {product} (artikel {sku}) naar {C}, volgnummer {tracking}; {amount}, {status}; ingepakt door {A}.",
            "{C} rekende {amount} af voor {product}, EAN {ean}, boekingsapp {version}; {order} nu {status}, gezien door {A}.",
        ),
        "driver_stop": (
            "Chauffeur {FA}, stop {VAN} van 14, {qty} afgeleverd.",
            "Rit {VAN}: chauffeur {FA}, laatste afgifte om {CLOCK}.",
        ),
        "opened_closed": (
            "Melding geopend door {FA}, gesloten door {FB}.",
            "Geopend: {FA} ({CLOCK}); gesloten: {FB}.",
        ),
        "chair_minutes": (
            "Voorzitter: {FA}; notulen: {FB}.",
            "Vergadering voorgezeten door {FA}, notulen door {FB}.",
        ),
        "referee": ("Referent: {FA} (vorige leidinggevende).", "Referentie gegeven door {FA} op {date}."),
        "ice_contact": ("Bij nood {FA} bellen op {PHONE}.", "Noodcontact: {FA}, {PHONE}."),
        "key_holder": (
            "Sleutelhouder: {FA}; reservesleutel bij {FB}.",
            "Sleutels uitgegeven aan {FA} om {CLOCK}.",
        ),
        "tip_split": ("Fooien verdeeld: {FA} 60 %, {FB} 40 %.", "Fooienpot {amount}, de helft voor {FA}."),
        "car_share": ("Carpool: {FA} haalt {FB} op om {CLOCK}.", "{FA} rijdt, {FB} rijdt mee naar het park."),
        "maiden_name": ("Rekeninghouder {FA}, geboren {SB}.", "Geregistreerd als {FA} (geb. {SB})."),
        "guardian": ("Deelnemer {FA}, voogd: {FB}.", "Toestemming gegeven door ouder of voogd {FA}."),
        "sentence_start": ("{A} belde nog eens over de bestelling.", "{A} is tot maandag weg."),
        "pair": ("{A} en {B} delen de kosten.", "Zet {A} en {B} in de cc."),
        "honorific_t": ("{HON} {SA} komt liever in de ochtend.", "Folder klaargelegd voor {HON} {SA}."),
        "greeting": ("Hoi {GA}, je staat erop.", "Beste {FA}, bedankt voor de betaling."),
        "signoff": ("Groetjes, {A}", "Hartelijk dank, {FA}"),
        "contact": (
            "Tel. {PHONE}, mail {EMAIL}",
            "Afleveradres {STREET}, {POSTCODE} {CITY}",
            "Geb. {DOB}; BSN {NID}",
            "Terugstorting op IBAN {IBAN}",
        ),
        "notes": (
            "{FA} wil eerst een appje; {B} kent de poortcode.",
            "Contant betaald aan {FA}, nageteld door {B}.",
            "{FA} werkt in ploegen, {B} doet open.",
        ),
        "chat": (
            ("greeting", "hoi {M}, klossen in het buurthuis vanmiddag?"),
            ("mention", "@{H} neem jij het prikpatroon mee?"),
            ("thanks", "dank je {M} voor de nieuwe klosjes"),
            ("vocative", "wie heeft het kussen geleend, {M}?"),
            ("signoff", "contributie {amount} betaald. {SELF}"),
            ("pair", "{M} en {M2} geven de demonstratie op {date}"),
            ("plain", "kantdag verplaatst naar {date}, kraam {amount}"),
            ("plain", "mijn nummer {PHONE}"),
        ),
        "system": "{X} heeft de groep verlaten",
    },
    "pl": {
        "honorific": ("Pani", "Pan"),
        "quantity": "szt.",
        "invoice": "FA-{y}-{n:05d}",
        "business": (
            "Karta {order}: {C} zamówił(a) {product} x {qty} za {amount}, stan {status}, wpisał(a) {A}.",
            "{C} zarezerwował(a) {product} przez {company} na {date} (nr {order}); {amount}, {status}; przyjął(ęła) {A}.",
            "Rachunek {invoice} dla {C} do {order}: {qty} {product}, {amount}, {status}; sporządził(a) {A}.",
            "Kurier {company} dowiózł {product} (artykuł {sku}) do {C}, numer śledzenia {tracking}; {amount}, {status}; spakował(a) {A}.",
            "{C} uregulował(a) {amount} za {product}, EAN {ean}, aplikacja rezerwacji {version}; {order} teraz {status}, widział(a) {A}.",
        ),
        "driver_stop": (
            "Kierowca {FA}, przystanek {VAN} z 14, {qty} wyładowane.",
            "Kurs {VAN}: kierowca {FA}, ostatni rozładunek o {CLOCK}.",
        ),
        "opened_closed": (
            "Zgłoszenie otworzył(a) {FA}, zamknął(ęła) {FB}.",
            "Otwarte: {FA} ({CLOCK}); zamknięte: {FB}.",
        ),
        "chair_minutes": (
            "Przewodniczy: {FA}; protokół: {FB}.",
            "Zebranie prowadził(a) {FA}, protokołował(a) {FB}.",
        ),
        "referee": ("Polecający: {FA} (były kierownik).", "Referencje wystawił(a) {FA} dnia {date}."),
        "ice_contact": ("W nagłym wypadku dzwonić do {FA}: {PHONE}.", "Kontakt awaryjny: {FA}, {PHONE}."),
        "key_holder": ("Klucze ma: {FA}; zapasowe u {FB}.", "Klucze wydane {FA} o {CLOCK}."),
        "tip_split": (
            "Napiwki podzielone: {FA} 60 %, {FB} 40 %.",
            "Słoik na napiwki {amount}, połowa dla {FA}.",
        ),
        "car_share": (
            "Wspólny dojazd: {FA} zabiera {FB} o {CLOCK}.",
            "{FA} prowadzi, {FB} jedzie razem na plac.",
        ),
        "maiden_name": ("Właścicielka konta {FA}, z domu {SB}.", "Zapisana jako {FA} (z domu {SB})."),
        "guardian": ("Uczestnik {FA}, opiekun prawny: {FB}.", "Zgodę wyraził rodzic lub opiekun {FA}."),
        "sentence_start": ("{A} dzwonił(a) znowu w sprawie desek.", "{A} jest nieobecny(a) do poniedziałku."),
        "pair": ("{A} i {B} dzielą się kosztami.", "Proszę dodać {A} i {B} do kopii."),
        "honorific_t": ("{HON} {SA} woli przyjechać rano.", "Ulotka odłożona dla {HON} {SA}."),
        "greeting": ("Cześć {GA}, jesteś zapisany(a).", "Szanowni Państwo, {FA}, dziękujemy za wpłatę."),
        "signoff": ("Pozdrawiam serdecznie, {A}", "Bardzo dziękuję, {FA}"),
        "contact": (
            "Tel. {PHONE}, e-mail {EMAIL}",
            "Adres dostawy {STREET}, {POSTCODE} {CITY}",
            "Data ur. {DOB}; PESEL {NID}",
            "Zwrot na konto IBAN {IBAN}",
        ),
        "notes": (
            "{FA} prosi o SMS przed; {B} zna kod do bramy.",
            "Gotówka dla {FA}, przeliczył(a) {B}.",
            "{FA} pracuje na zmiany, {B} otwiera.",
        ),
        "chat": (
            ("greeting", "siema {M}, sklejamy model w świetlicy dziś?"),
            ("mention", "@{H} weźmiesz aerograf i kompresor?"),
            ("thanks", "dzięki {M} za kalkomanie"),
            ("vocative", "kto ma klej cyjanoakrylowy, {M}?"),
            ("signoff", "składka {amount} wpłacona. {SELF}"),
            ("pair", "{M} i {M2} wystawiają dioramę dnia {date}"),
            ("plain", "wystawa przeniesiona na {date}, stół {amount}"),
            ("plain", "mój numer {PHONE}"),
        ),
        "system": "{X} opuścił(a) grupę",
    },
    "pt": {
        "honorific": ("Sra.", "Sr."),
        "quantity": "peças",
        "invoice": "FT-{y}-{n:05d}",
        "business": (
            "Ficha {order}: {C} pediu {product} x {qty} por {amount}, estado {status}, registado por {A}.",
            "{C} reservou {product} através da {company} para {date} (ref. {order}); {amount}, {status}; atendido por {A}.",
            "Fatura {invoice} em nome de {C} sobre {order}: {qty} {product}, {amount}, {status}; emitida por {A}.",
            "A transportadora {company} levou {product} (artigo {sku}) a {C}, seguimento {tracking}; {amount}, {status}; embalado por {A}.",
            "{C} liquidou {amount} por {product}, EAN {ean}, app de marcações {version}; {order} agora {status}, visto por {A}.",
        ),
        "driver_stop": (
            "Motorista {FA}, paragem {VAN} de 14, {qty} entregues.",
            "Volta {VAN}: motorista {FA}, última entrega às {CLOCK}.",
        ),
        "opened_closed": (
            "Pedido aberto por {FA}, fechado por {FB}.",
            "Aberto: {FA} ({CLOCK}); fechado: {FB}.",
        ),
        "chair_minutes": ("Preside: {FA}; ata: {FB}.", "Reunião presidida por {FA}, ata redigida por {FB}."),
        "referee": ("Referência: {FA} (antigo chefe).", "Referências dadas por {FA} a {date}."),
        "ice_contact": (
            "Em caso de urgência ligar a {FA} para o {PHONE}.",
            "Contacto de emergência: {FA}, {PHONE}.",
        ),
        "key_holder": ("Fica com as chaves: {FA}; cópia com {FB}.", "Chaves entregues a {FA} às {CLOCK}."),
        "tip_split": ("Gorjetas divididas: {FA} 60 %, {FB} 40 %.", "Mealheiro {amount}, metade para {FA}."),
        "car_share": (
            "Boleia: {FA} apanha {FB} às {CLOCK}.",
            "{FA} conduz, {FB} vai com ele até ao armazém.",
        ),
        "maiden_name": (
            "Titular da conta {FA}, em solteira {SB}.",
            "Registada como {FA} (em solteira {SB}).",
        ),
        "guardian": (
            "Menor {FA}, encarregado de educação: {FB}.",
            "Autorização dada pelo encarregado de educação {FA}.",
        ),
        "sentence_start": ("{A} voltou a ligar por causa das camisas.", "{A} está fora até segunda."),
        "pair": ("{A} e {B} dividem a despesa.", "Ponham {A} e {B} em cópia."),
        "honorific_t": ("{HON} {SA} prefere recolha de manhã.", "Folheto guardado para {HON} {SA}."),
        "greeting": ("Olá {GA}, ficou marcado.", "Caro/a {FA}, obrigado pelo pagamento."),
        "signoff": ("Cumprimentos, {A}", "Muito obrigado, {FA}"),
        "contact": (
            "Tlm. {PHONE}, email {EMAIL}",
            "Morada de recolha {STREET}, {POSTCODE} {CITY}",
            "Nascido/a a {DOB}; NIF {NID}",
            "Reembolso para o IBAN {IBAN}",
        ),
        "notes": (
            "{FA} quer mensagem antes; {B} sabe o código do portão.",
            "Pago em dinheiro a {FA}, conferido por {B}.",
            "{FA} trabalha por turnos, {B} abre a porta.",
        ),
        "chat": (
            ("greeting", "olá {M}, vamos à cache da serra no sábado?"),
            ("mention", "@{H} levas o gps e as pilhas?"),
            ("thanks", "obrigado {M} pelo travel bug"),
            ("vocative", "quem assina o logbook, {M}?"),
            ("signoff", "quota {amount} paga. {SELF}"),
            ("pair", "{M} e {M2} escondem a multi-cache no dia {date}"),
            ("plain", "evento adiado para {date}, almoço {amount}"),
            ("plain", "o meu telemóvel {PHONE}"),
        ),
        "system": "{X} saiu do grupo",
    },
}
#: Street forms ("{R}" the invented root, "{n}" a number) and place endings per language.
PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("{n} {R} Mews", "{n} {R} Rise", "Flat {n}, {R} Court"), ("wick", "borough", "combe", "field")),
    "de": (("{R}weg {n}", "{R}ring {n}", "An der {R}mühle {n}"), ("heim", "stedt", "hausen", "feld")),
    "fr": (("{n} impasse {R}", "{n} chemin {R}", "{n} allée {R}"), ("court", "mont", "ay", "euil")),
    "es": (("Calle {R}, {n}", "Ronda {R}, {n}", "Pasaje {R}, {n}"), ("ejo", "osa", "ín", "uela")),
    "it": (("Vicolo {R} {n}", "Via {R} {n}", "Contrada {R} {n}"), ("ese", "ino", "aro", "ago")),
    "nl": (("{R}laan {n}", "{R}kade {n}", "{R}dreef {n}"), ("dam", "dijk", "veen", "sloot")),
    "pl": (("ul. {R}owa {n}", "os. {R} {n}", "ul. {R}cka {n}"), ("owo", "ino", "iec", "nik")),
    "pt": (("Rua {R}, {n}", "Beco {R}, {n}", "Avenida {R}, {n}"), ("eira", "ada", "ães", "ouço")),
}
_ROOT_ONSETS = (
    "bl",
    "c",
    "dw",
    "fr",
    "gw",
    "h",
    "kr",
    "l",
    "m",
    "n",
    "ph",
    "qu",
    "r",
    "sh",
    "st",
    "th",
    "v",
    "w",
)
_ROOT_VOWELS = ("a", "e", "i", "o", "u", "ea", "oa")
_ROOT_CODAS = ("", "", "ck", "ld", "nt", "ss", "rn")

# --- vetting and pools --------------------------------------------------------------------------------------

# --- vetting and pools --------------------------------------------------------------------------------------

#: JSON keys, layout words and fixed cell texts (table headers and values are in `TABLES`).
_KEYS = (
    "meta ticket created items ref qty summary log msg contact details text name "
    "CEF Kontor rt cs1Label cs1 cs2Label cs2 memo reach "
    "id messageType message systemEventMessage createdDateTime from user displayName body contentType "
    "content mentions mentionText mentioned eventDetail members odata type membersDeletedEventMessageDetail "
    "SKU EAN NI NIR DNI CF BSN PESEL NIF IBAN Steuer-ID Dipl Ing chef vorname nachname "
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


_PERSON_KEYS = {"A", "B", "C", "FA", "FB", "GA", "SA", "SB", "M", "M2", "H", "SELF"}
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
        if key in {"SA", "SB"}:
            person = persons[key[1]]
            return person.surname, [
                self.plant_person(person, person.surname, slot, ["surname_only"], field, lang)
            ]
        if key == "H":
            person = persons["M"]
            value = (
                f"{person.given}-{person.surname}".lower() if rng.random() < 0.35 else person.given.lower()
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
_STAFF_SHAPES = {
    "driver_stop",
    "opened_closed",
    "chair_minutes",
    "key_holder",
    "tip_split",
    "car_share",
    "signoff",
}
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
        """One CEF line: ``CEF:0|Kontor|<code>|2.2|<case>|<code>|<sev>|rt=… msg=… cs1Label=memo cs1=…
        cs2Label=reach cs2=…``."""
        fields = {"abstract": "text", "timeline": "text", "post": "text"}
        got = self.parts(index, fields)
        stamp = self.b.moment().strftime("%b %d %Y %H:%M:%S")
        case = f"{self.code}-{self.rng.randint(100000, 999999)}"
        lang_tag = [f"lang:{self.lang}"]
        planted = [
            Planted("utility:case_number", case, "text", lang_tag),
            Planted("utility:timestamp", stamp, "text", lang_tag),
        ]
        memo = " ".join(s[0] for s in got.sentences)
        severity = 7 if self.rng.random() < 0.15 else 3
        line = (
            f"CEF:0|Kontor|{self.code}|2.2|{case}|{self.code}|{severity}|rt={stamp} msg={got.business[0]} "
            f"cs1Label=memo cs1={memo} cs2Label=reach cs2={got.contact[0]}"
        )
        planted += got.planted()
        if self.rng.random() < 0.03:
            line, planted = line.upper(), [_shouted(p) for p in planted]
        return line, planted

    def jsonl_record(self, index: int) -> tuple[str, list[Planted]]:
        root = ROOTS[self.lang]
        fields = {
            "abstract": f"{root}.summary",
            "timeline": f"{root}.log[].msg",
            "post": f"{root}.contact.details.text",
        }
        got = self.parts(index, fields)
        lang_tag = [f"lang:{self.lang}"]
        stamp = self.b.moment().strftime("%Y-%m-%dT%H:%M:%S+01:00")
        case = f"{self.code}/{self.rng.randint(10000, 99999)}"
        sku, _ = self.b.utility("sku")
        count = str(self.rng.randint(1, 12))
        contact: dict[str, Any] = {"details": {"text": got.contact[0]}}
        planted = [
            Planted("utility:case_number", case, f"{root}.meta.ticket", lang_tag),
            Planted("utility:timestamp", stamp, f"{root}.meta.created", lang_tag),
            Planted("utility:sku", sku, f"{root}.items[].ref", lang_tag),
            Planted("utility:quantity", count, f"{root}.items[].qty", lang_tag),
        ]
        planted += got.planted()
        if self.rng.random() < 0.3:
            customer = got.customer
            contact["name"] = customer.full
            planted.append(
                self.b.plant_person(customer, customer.full, "addressee", [], f"{root}.contact.name")
            )
        record = {
            root: {
                "meta": {"ticket": case, "created": stamp},
                "items": [{"ref": sku, "qty": count}],
                "summary": got.business[0],
                "log": [{"msg": s[0]} for s in got.sentences],
                "contact": contact,
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
    """One lower-case chat of one language: TXT lines of a phone-messenger export "dd/mm/yyyy, hh:mm -
    speaker: text" (now and then "dd/mm/yyyy, hh:mm - x left", without a speaker), or JSONL records of
    a workplace-messenger export (``id``, ``messageType``, ``createdDateTime`` (a timestamp),
    ``from.user.id``, ``from.user.displayName``, ``body.contentType``, ``body.content``; @mentions also
    in ``mentions[]`` with ``mentionText`` and ``mentioned.user.displayName``; now and then a system
    record whose ``eventDetail.members[].displayName`` is the member who left)."""

    def __init__(self, rng: random.Random, lang: str, name: str, fmt: str) -> None:
        self.rng, self.lang, self.name, self.fmt = rng, lang, name, fmt
        self.people = People(rng)
        self.b = Builder(rng, lang, FILES[lang][0][1])
        self.cast = [canaries()[0]] + [self.people.draw(lang) for _ in range(11)]
        self.ids = [
            f"{rng.randrange(16**8):08x}-{rng.randrange(16**4):04x}-4{rng.randrange(16**3):03x}"
            for _ in self.cast
        ]

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
        label, forms = self.speaker_label(speaker)
        moment = self.b.moment()
        tag = [f"lang:{self.lang}"]
        stamp = f"{moment:%Y-%m-%d %H:%M:%S}.{rng.randrange(1000):03d}"
        if system:
            body = str(TEXT[self.lang]["system"]).replace("{X}", label)
            if self.fmt == "txt":
                planted = [self.b.plant_person(speaker, label, "left_group", forms, "text")]
                return f"{moment:%d/%m/%Y, %H:%M} - {body}", planted
            event: dict[str, Any] = {
                "id": str(int(moment.timestamp()) * 1000 + rng.randrange(1000)),
                "messageType": "systemeventmessage",
                "createdDateTime": stamp,
                "from": None,
                "body": {"contentType": "text", "content": "<systemeventmessage/>"},
                "eventDetail": {
                    "@odata.type": "#microsoft.graph.membersdeletedeventmessagedetail",
                    "members": [{"id": self.ids[self.cast.index(speaker)], "displayName": label}],
                },
            }
            planted = [
                Planted("utility:timestamp", stamp, "createdDateTime", tag),
                self.b.plant_person(speaker, label, "left_group", forms, "eventDetail.members[].displayName"),
            ]
            return json.dumps(event, ensure_ascii=False), planted
        slot, template = rng.choice(TEXT[self.lang]["chat"])
        persons = {"M": m, "M2": m2, "SELF": speaker}
        label_field = "text" if self.fmt == "txt" else "from.user.displayName"
        speaker_plant = self.b.plant_person(speaker, label, "chat_speaker", forms, label_field)
        body_field = "text" if self.fmt == "txt" else "body.content"
        body, planted = self.b.render(template, body_field, slot, persons, lower=True)
        if self.fmt == "txt":
            return f"{moment:%d/%m/%Y, %H:%M} - {label}: {body}", [speaker_plant, *planted]
        message: dict[str, Any] = {
            "id": str(int(moment.timestamp()) * 1000 + rng.randrange(1000)),
            "messageType": "message",
            "createdDateTime": stamp,
            "from": {"user": {"id": self.ids[self.cast.index(speaker)], "displayName": label}},
            "body": {"contentType": "text", "content": body},
        }
        planted = [Planted("utility:timestamp", stamp, "createdDateTime", tag), speaker_plant, *planted]
        mention = next((p for p in planted if "mention" in p.tags and p.field == body_field), None)
        if mention is not None:
            full = m.full.lower()
            message["mentions"] = [
                {"id": 0, "mentionText": mention.value, "mentioned": {"user": {"displayName": full}}}
            ]
            planted += [
                Planted("PERSON", mention.value, "mentions[].mentionText", list(mention.tags)),
                self.b.plant_person(m, full, "mention", [], "mentions[].mentioned.user.displayName"),
            ]
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
    "skip_hire_dockets": (
        "en", "csv", "SKP",
        ("docket", "lorry", "delivered", "hirer", "driver", "phone", "email", "skip", "lifts", "fee",
         "state", "notes"),
        ("docket", "lorry"), ("Lorry 1", "Lorry 2", "Lorry 3"),
    ),
    "treppenlift_wartung": (
        "de", "parquet", "TRP",
        ("auftrag", "trupp", "datum", "kunde", "techniker", "telefon", "iban", "modell", "stufen", "betrag",
         "status", "vermerk"),
        ("auftrag", "trupp"), ("Trupp A", "Trupp B", "Trupp C", "Trupp D"),
    ),
    "debroussaillage_interventions": (
        "fr", "tsv", "DEB",
        ("intervention", "secteur", "date_passage", "client", "equipe", "telephone", "adresse",
         "code_postal", "commune", "prestation", "surface", "montant", "suite", "observations"),
        ("intervention", "secteur"), ("Secteur Est", "Secteur Ouest", "Secteur Sud"),
    ),
    "desatascos_avisos": (
        "es", "csv", "DES",
        ("aviso", "camion", "fecha", "cliente", "operario", "dni", "telefono", "email", "servicio",
         "metros", "importe", "estado", "notas"),
        ("aviso", "camion"), ("Camión 1", "Camión 2", "Camión 3"),
    ),
    "recolha_de_monos": (
        "pt", "tsv", "MON",
        ("pedido", "rota", "data", "municipe", "contacto_local", "nif", "nascimento", "morada",
         "codigo_postal", "localidade", "objetos", "volumes", "taxa", "situacao", "observacoes"),
        ("pedido", "rota"), ("Rota A", "Rota B", "Rota C"),
    ),
}  # fmt: skip
_ID_FORMATS = {
    "skip_hire_dockets": "SK{:04d}/25",
    "treppenlift_wartung": "{:d}",
    "debroussaillage_interventions": "DEB.25.{:04d}",
    "desatascos_avisos": "AV-{:04d}-25",
    "recolha_de_monos": "MN25.{:04d}",
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
        self.b = Builder(rng, self.lang, self.code)
        self.staff = [self.people.draw(self.lang) for _ in range(6)]
        self.payroll = {p: rng.randint(100, 9999) for p in self.staff}

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

    def _skip_hire_dockets(
        self,
        row: Row,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "delivered", "date", format_date(self.b.day(), self.lang))
        self.person(row, "hirer", main, main.full, [], lang)
        self.person(row, "driver", staff, staff.full, ["payroll_cell"], lang,
                    cell=f"{staff.full} #{self.payroll[staff]:04d}")  # fmt: skip
        self.contact(row, "phone", "PHONE", lang, persons, cache)
        self.contact(row, "email", "EMAIL", lang, persons, cache)
        self.util(row, "skip", "product")
        self.util(row, "lifts", "quantity", str(rng.randint(1, 6)))
        self.util(row, "fee", "amount")
        self.util(row, "state", "status")
        self.notes(row, "notes", main, lang)

    def _treppenlift_wartung(
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
        row.put("datum", day, [Planted("utility:date", day.isoformat(), "datum", [f"lang:{self.lang}"])])
        cell = json.dumps({"vorname": main.given, "nachname": main.surname}, ensure_ascii=False)
        self.person(row, "kunde", main, main.full, ["json_cell"], lang, cell=cell)
        self.person(row, "techniker", staff, staff.full, ["degree_cell"], lang,
                    cell=f"Dipl.-Ing. {staff.full}")  # fmt: skip
        self.contact(row, "telefon", "PHONE", lang, persons, cache)
        if rng.random() < 0.45:
            self.contact(row, "iban", "IBAN", lang, persons, cache)
        else:
            row.put("iban", "")
        self.util(row, "modell", "product")
        steps = rng.randint(8, 40)
        row.put("stufen", steps, [Planted("utility:quantity", str(steps), "stufen", [f"lang:{self.lang}"])])
        price = round(rng.randint(90, 6400) + rng.choice([0.0, 0.5, 0.25]), 2)
        row.put("betrag", price, [Planted("utility:amount", str(price), "betrag", [f"lang:{self.lang}"])])
        self.util(row, "status", "status")
        self.notes(row, "vermerk", main, lang)

    def _debroussaillage_interventions(
        self,
        row: Row,
        lang: str,
        main: Person,
        staff: Person,
        persons: dict[str, Person],
        cache: dict[str, Any],
    ) -> None:
        rng = self.rng
        self.util(row, "date_passage", "date", format_date(self.b.day(), self.lang))
        self.person(row, "client", main, main.full, ["vcard_n_cell"], lang,
                    cell=f"N:{main.surname};{main.given};;;")  # fmt: skip
        self.person(row, "equipe", staff, staff.full, ["role_prefix_cell"], lang, cell=f"chef : {staff.full}")
        for column, key in (
            ("telephone", "PHONE"),
            ("adresse", "STREET"),
            ("code_postal", "POSTCODE"),
            ("commune", "CITY"),
        ):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "prestation", "product")
        self.util(row, "surface", "quantity", f"{rng.randint(50, 4000)} m²")
        self.util(row, "montant", "amount")
        self.util(row, "suite", "status")
        self.notes(row, "observations", main, lang)

    def _desatascos_avisos(
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
        value = f"{staff.given}.{staff.surname}".lower()
        self.person(row, "operario", staff, value, ["dotted_lower_cell"], lang)
        for column, key in (("dni", "NID"), ("telefono", "PHONE"), ("email", "EMAIL")):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "servicio", "product")
        self.util(row, "metros", "quantity", str(rng.randint(2, 60)))
        self.util(row, "importe", "amount")
        self.util(row, "estado", "status")
        self.notes(row, "notas", main, lang)

    def _recolha_de_monos(
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
        self.person(row, "municipe", main, main.full, [], lang)
        number, style = phone(rng, COUNTRY[lang])
        row.put(
            "contacto_local",
            f"{number} · {staff.full}",
            [
                Planted("PHONE_NUMBER", number, "contacto_local", [f"lang:{lang}", style]),
                self.b.plant_person(
                    staff, staff.full, "table_cell", ["phone_first_cell"], "contacto_local", lang
                ),
            ],
        )
        for column, key in (
            ("nif", "NID"),
            ("nascimento", "DOB"),
            ("morada", "STREET"),
            ("codigo_postal", "POSTCODE"),
            ("localidade", "CITY"),
        ):
            self.contact(row, column, key, lang, persons, cache)
        self.util(row, "objetos", "product")
        self.util(row, "volumes", "quantity", str(rng.randint(1, 9)))
        self.util(row, "taxa", "amount")
        self.util(row, "situacao", "status")
        self.notes(row, "observacoes", main, lang)

    def build(self, count: int) -> list[Row]:
        return [self.row(i) for i in range(count)]


def _write_table(path: Path, fmt: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {
            "auftrag": pa.int64(),
            "stufen": pa.int64(),
            "betrag": pa.float64(),
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
        file_set.guided_fixes = False  # held out (see the card's Status)
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

"""Detection set "blind14" (held out until its breakdown was read; now guided): text in eight languages and five tables, written apart from the engine.

Data card
=========

Status
    Guided fixes since 2026-12-06 (the eighth session, begun on 2026-12-05): held out until then and
    measured once as the headline, with its peers, after the last change to detection then (521d9a7:
    PERSON leak 11.42 % (text 11.83, tables 10.25), all personal 7.62 %, utility 98.78 %, 10 of 29
    files refused, canaries in 3 output files; see ``bench/README.md``); then its breakdown was read
    (``--blind-breakdown``) to fix what it showed, so every ``FileSet`` now has ``guided_fixes=True``
    (the ninth positional field) and `blindset15` is the held-out set.

Who wrote it and what they read
    A separate author session, from a brief (2026-12-06, about thirty minutes). It read:
    `bench.detection.format` (whole); in `bench.detection.sources` a ``grep`` of its ``def``/``class``/
    constant lines (names only) and the bodies of ``_dataset``/``_by_gender``/``words_of``/
    ``mimesis_person_words``/``usable``/``fold_ascii`` (lines 59-121), ``postcode`` (515-539), ``phone``
    (630-665, which also showed its ``MAIL_DOMAINS`` table, not used) and ``IBAN_LENGTH``/``iban``/
    ``national_id`` (683-764); the signatures of `anonymize.vocabulary.is_known_to_engine` and
    ``faker_person_words`` (through ``grep -A12``, which shows the first lines of their bodies); ``grep``
    hits for "blind" in the first 120 lines of `bench.bench_detection` and for "blind13" in the whole file
    (to register the set), and lines 585-605 of it (the ``--blind-breakdown`` help and the "all" list,
    to edit them); the shared set checks (``tests/bench/setchecks.py``); blind13's test (whole, as
    this test's model); the data cards (module docstrings only) of blind3 to blind13, to pick different
    genres, roots, headers, name styles, romanisations, word sources and sentence shapes; the
    ``[tool.ruff]`` and ``[tool.mypy]`` sections of ``pyproject.toml``; the list of mimesis locales and the
    top-level keys of four ``person.json`` files. It read no recognizer, cue list, pattern, profile or
    vocabulary list of the engine, no other benchmark set body and no engine or benchmark output, and it
    never ran the engine, ``bench.bench_detection`` or ``manage.py anonymize``. Besides the contact helpers
    it uses ``sources._dataset``/``_by_gender``/``words_of``/``_DATASETS``; ``sources.phone`` is cached
    on its arguments, so it is called with a fresh ``random.Random`` each time. Every sentence template,
    product, company, status, header, word list, syllable inventory and romanisation table here was
    written fresh for this module.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    line: a heading (a ``utility:date`` and a ``utility:timestamp`` after a "~" mark), a business sentence
    (order number, product, amount, status, company), three sentences in the shapes below and one
    contact phrase. JSONL records nest: the sentences in ``<root>.notes[].txt``, the contact phrase three
    levels down (``<root>.owner.where.text``), a case number (``<root>.case``), a quantity
    (``<root>.pieces``) and a timestamp (``<root>.logged``); the roots are ``fitting``, ``inspektion``,
    ``restauration``, ``revision``, ``sopralluogo``, ``keuring``, ``przeglad``, ``vistoria``. One file
    per language is a lower-case chat (speaker before " > " in TXT, or a ``msg.who`` field in JSONL with,
    now and then, an ``answers[]`` list of ``who``/``says`` objects; @mentions, nicknames, greetings,
    vocatives, sign-offs).

    ===  ====================================  =========================================  ================================
    en   saddlery repairs (txt)                hearing-aid fittings (jsonl)               canal-boat owners chat (txt)
    de   Brunnenbau, Bohrungen (txt)           Heizungsprüfung (jsonl)                    Kegelclub chat (jsonl)
    fr   sellerie automobile (txt)             restauration de tableaux (jsonl)           club de scrabble chat (txt)
    es   tapicería náutica (txt)               ITV, revisiones (jsonl)                    coro rociero chat (jsonl)
    it   tende da sole, montaggi (txt)         sopralluoghi antincendio (jsonl)           circolo di bocce chat (txt)
    nl   rietdekkersbedrijf (txt)              APK-keuring (jsonl)                        dartsclub chat (jsonl)
    pl   zakład kamieniarski (txt)             przeglądy gaśnic (jsonl)                   miłośnicy kolei chat (txt)
    pt   sapataria ortopédica (txt)            vistorias de elevadores (jsonl)            cante alentejano chat (jsonl)
    ===  ====================================  =========================================  ================================

    New sentence shapes (slot tags), each in every language: names in a Markdown table row pasted into
    the text (``pipe_row``: "| X | 3 | ok |"), as the display name of an e-mail address
    (``display_name``: "X <ab.cd12@….example>"), in a vCard pasted inline (``vcard``: "BEGIN:VCARD FN:X
    TEL:… END:VCARD"), followed by their role in parentheses (``role_paren``: "X (fitter)", "X
    (Monteur)"…), in a numbered queue (``numbered``: "1) X 2) Y"), and on a badge in square brackets
    (``badge``: "[badge: X]", "[Namensschild: X]"…). Also names at sentence start, after honorifics (not
    planted), as agents and in pairs; in chats as speakers, senders, @mentions, nicknames, greetings,
    vocatives and sign-offs. A lone given name in lower case (``given_only``), a lone surname in capitals
    (``surname_only``), "SURNAME, Given" (``reversed``) or "G. Surname" (``initial``) stands in for a full
    name in the person slots now and then.

Tables (5, 120 rows each at scale 1.0)
    ``crane_slot_bookings.csv`` (English: ``skipper_on_record`` "Given Surname", ``crane_driver`` "G.
    Surname", ``contact_no``, ``mail``; IDs ``booking_ref`` like "HC-0001" and repeating ``quay``),
    ``kegelbahn_reservierungen.tsv`` (German: ``Mieterin`` "Surname Given" without a comma,
    ``Kassenwart`` a lone surname in capitals, ``Geburtstag``, ``Anschrift``; IDs ``Reservierung`` like
    "KB/0001" and repeating ``Bahn``), ``sellerie_reparations.parquet`` (French, typed: int64 ``ticket``
    and ``nb_pieces``, float64 ``devis``, date32 ``recu_le``, string columns: ``proprietaire`` "given
    SURNAME", ``sellier`` a lone given name; IDs ``ticket`` and repeating ``etabli``),
    ``rietdak_offertes.csv`` (Dutch: ``contactpersoon`` "Given Surname", ``uitvoerder`` "SURNAME G.",
    ``bsn``, ``iban``; IDs ``offerte_nr`` like "RD-25-0001" and repeating ``ploeg``),
    ``elevadores_vistorias.tsv`` (Portuguese: ``administrador`` "Given Surname", ``tecnico`` a dotted
    login "g.surname", ``nif``, ``telefone``; IDs ``vistoria`` like "VE-0001/25" and repeating ``zona``).
    Each has two record-ID columns (``id_columns``, one unique, one repeating), products, amounts, dates,
    statuses, a quantity and a notes column (``remarks``, ``Hinweise``, ``commentaire``, ``opmerking``,
    ``observacoes``) naming the row's main person by full name and one other person. About 25 % of rows
    are in another of the eight languages: their persons, notes and ``lang:`` tags follow the row.

Names
    The group is drawn first, so the shares hold: about 40 % **invented** from syllable inventories in
    ten styles no earlier card lists (tags ``invented`` + ``style:<s>``): mizo, khasi, tuareg, herero,
    makua, tiv, rapanui, warlpiri, yupik, komi. About 40 % **mimesis** first names and surnames (tags
    ``mimesis`` + ``locale:<l>``), from nine non-Latin locales romanised by conventions no earlier card
    names: ``ru``, ``uk``, ``kk`` and ``el`` in Romanian usage (ș, ț, ci/ce, ge/gi, j for ж, h for х,
    ia/iu, î for ы; Kazakh ә ғ қ ң ө ұ ү һ as ă gh c ng io u iu h), and ``fa``, ``ar-sa``, ``ar-eg``, ``ar-sy``, ``ar-om`` in Latvian usage (š, ž, č,
    dž, h, j; long vowels as ā, ī, ū, but v and j at the start of a word; the article dropped, short vowels supplied as a/e; the Arabic locales share mimesis's given-name list, so they
    differ in their surnames). Forty given names and forty surnames per locale, drawn at random from its
    lists. Only names
    that romanise to one word are used. About 20 % **word-like** (``wordlike`` + ``wordsrc:<lang>``):
    surnames that are farm, craft and food words of Malay (ms), Haitian Creole (ht), Sundanese (su),
    Papiamento (pap), Tok Pisin (tpi) and Samoan (sm), given names their colour words.

    Filters. Name words and nicknames: at least three letters, unknown to the engine
    (``is_known_to_engine``, also in capitals), absent (also ASCII-folded) from Faker's person words and
    from the mimesis person lists of the covered locales (invented words: of every locale), not a word of
    any template, product, company, status or header here, no word of an invented place, and wordfreq
    zipf < 3 in all eight languages. E-mail local parts are the first two letters of the given name and
    of the surname with digits, at fictitious ``.example`` domains, so they never hold a name word whole.

Places and contacts
    Streets and cities are invented per language from syllables and endings of this module ("-stow",
    "-wick", "-bühl", "-roda", "-ac", "-ières", "-illa", "-uela", "-ate", "-asco", "-horst", "-rade",
    "-ówka", "-nik", "-elo", "-al"), in street forms "X Close 5", "Xstieg 5", "5 impasse X", "Travesía X
    5", "Vicolo X 5", "Xkade 5", "ul. Xska 5", "Travessa do X, 5". Phones, IBANs, national IDs and
    postcodes come from the shared helpers (a UK National Insurance number built here). Dates of birth are
    ``DATE_OF_BIRTH``, other dates ``utility:date``.

Tags
    PERSON: ``lang:xx``; case ``title``/``lower``/``upper`` (from the planted form); group and origin
    (above); one slot tag (``pipe_row``, ``display_name``, ``vcard``, ``role_paren``, ``numbered``,
    ``badge``, ``sentence_start``, ``honorific``, ``agent``, ``pair``, ``greeting``, ``vocative``,
    ``signoff``, ``mention``, ``nickname``, ``chat_speaker``, ``sender_field``, ``table_cell``,
    ``table_notes``); ``given_only``, ``surname_only``, ``reversed`` and ``initial`` on those forms;
    ``canary`` on canary people. Other personal values and every ``utility:<kind>`` value carry
    ``lang:xx``.

Canaries
    Three invented people (mizo, tuareg and yupik styles): all three in every table (each the row's
    main person in two rows, in that table's form, and by full name in the notes), the first a member of
    every chat (lower case, full name as speaker), and each drawn for about 1 % of the person slots of the
    other text files (always by full name). ``canaries`` lists those that appear in a file.

Size (scale 1.0, seed 14814)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); 9,384 PERSON values (3,992
    invented = 43 %, 3,613 mimesis = 39 %, 1,779 word-like = 19 %), 5,339 other personal values (1,252
    phones, 940 e-mails, 524 IBANs, 617 national IDs, 503 streets, 503 postcodes, 503 cities, 497 dates
    of birth) and 15,840 business values (1,200 of them record IDs). ``scale`` multiplies the record
    counts (at least 10 text records and 30 table rows per file). Generation takes about one second
    once the engine's lists and the name pools are loaded (about six from a cold start); ``summary()`` and
    ``python -m bench.detection.blindset14 --out DIR`` give the counts of a run (never the values).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from anonymize.vocabulary import faker_person_words, is_known_to_engine
from bench.detection import sources
from bench.detection.format import FileSet, Planted, write_truth

LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
DEFAULT_SEED = 14814
TEXT_RECORDS = 95
TABLE_ROWS = 120
NEW_SHAPES = ("pipe_row", "display_name", "vcard", "role_paren", "numbered", "badge")
COVERED_LOCALES = ("en", "en-gb", "de", "fr", "es", "it", "nl", "pl", "pt")

# --- invented name styles ---------------------------------------------------------------------------

#: style -> (onsets, vowels, codas); written for this module.
STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "mizo": (
        ("ch", "z", "l", "th", "v", "r", "h", "ng", "p", "k"),
        ("a", "ia", "ua", "i", "o", "e"),
        ("", "ng", "l", "k", "t", "wl"),
    ),
    "khasi": (
        ("kh", "bl", "sh", "ny", "j", "w", "r", "ph", "d", "kyr"),
        ("a", "ie", "o", "ei", "u"),
        ("", "h", "m", "n", "ng", "id"),
    ),
    "tuareg": (
        ("t", "gh", "d", "kh", "y", "m", "b", "z", "ɣ"),
        ("a", "e", "i", "ou", "ă"),
        ("", "n", "r", "t", "dd", "k"),
    ),
    "herero": (("k", "tj", "mb", "nd", "ng", "v", "h", "z", "ts", "mw"), ("a", "e", "i", "o", "u"), ("",)),
    "makua": (
        ("m", "n", "kh", "th", "ph", "r", "w", "ny", "s", "x"),
        ("a", "e", "i", "u", "o"),
        ("", "", "h"),
    ),
    "tiv": (
        ("t", "ng", "gb", "ky", "v", "ny", "hw", "sh", "d", "mb"),
        ("a", "e", "u", "o", "er", "ough"),
        ("", "n", "r"),
    ),
    "rapanui": (
        ("h", "k", "m", "n", "p", "r", "t", "v", "ŋ", "'"),
        ("a", "e", "i", "o", "u", "ā", "ē"),
        ("",),
    ),
    "warlpiri": (
        ("j", "k", "l", "m", "ny", "p", "rr", "w", "y", "ng"),
        ("a", "i", "u", "aa", "ii"),
        ("", "rl", "rn", "ly", "n"),
    ),
    "yupik": (
        ("q", "k", "ny", "t", "ll", "c", "m", "ng", "p", "uq"),
        ("a", "i", "u", "e", "aa"),
        ("", "q", "k", "ng", "ar"),
    ),
    "komi": (
        ("s", "dz", "tś", "ž", "k", "v", "l", "j", "ö", "sy"),
        ("a", "ö", "y", "e", "o", "i"),
        ("", "n", "ś", "l", "k", "m"),
    ),
}
CANARY_STYLES = ("mizo", "tuareg", "yupik")

# --- romanisations (Romanian usage for Cyrillic and Greek, Latvian usage for Arabic script) --------

_CYR_RO = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ё": "io",
    "є": "ie",
    "ж": "j",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "ii",
    "й": "i",
    "к": "c",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "h",
    "ц": "ț",
    "ч": "ci",
    "ш": "ș",
    "щ": "șci",
    "ъ": "",
    "ы": "î",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    "ә": "ă",
    "ғ": "gh",
    "қ": "c",
    "ң": "ng",
    "ө": "io",
    "ұ": "u",
    "ү": "iu",
    "һ": "h",
    "'": "",
    "’": "",
}
_GREEK_RO = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "t",
    "ι": "i",
    "κ": "c",
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
    "χ": "h",
    "ψ": "ps",
    "ω": "o",
}
_ARABIC_LV = {
    "ا": "ā",
    "أ": "a",
    "إ": "i",
    "آ": "ā",
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ث": "s",
    "ج": "dž",
    "چ": "č",
    "ح": "h",
    "خ": "h",
    "د": "d",
    "ذ": "z",
    "ر": "r",
    "ز": "z",
    "ژ": "ž",
    "س": "s",
    "ش": "š",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "",
    "غ": "g",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "ک": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ة": "a",
    "و": "ū",
    "ي": "ī",
    "ی": "ī",
    "ى": "a",
    "ئ": "j",
    "ؤ": "u",
    "ء": "",
}
MIMESIS_LOCALES = ("ru", "uk", "kk", "el", "fa", "ar-sa", "ar-eg", "ar-sy", "ar-om")


def _ro_cyrillic(word: str) -> str:
    out = []
    low = word.casefold()
    for i, ch in enumerate(low):
        rep = _CYR_RO.get(ch, ch)
        if ch == "к" and i + 1 < len(low) and low[i + 1] in "еиіэ":
            rep = "ch"
        if ch == "г" and i + 1 < len(low) and low[i + 1] in "еиі":
            rep = "gh"
        out.append(rep)
    return "".join(out)


def _ro_greek(word: str) -> str:
    low = unicodedata.normalize("NFD", word.casefold())
    low = "".join(c for c in low if not unicodedata.combining(c))
    low = low.replace("ου", "u").replace("μπ", "b").replace("ντ", "d").replace("γκ", "g").replace("αι", "e")
    out = []
    for i, ch in enumerate(low):
        rep = _GREEK_RO.get(ch, ch)
        if ch == "κ" and i + 1 < len(low) and low[i + 1] in "ειηυ":
            rep = "ch"
        if ch == "γ" and i + 1 < len(low) and low[i + 1] in "ειηυ":
            rep = "gh"
        out.append(rep)
    return "".join(out)


def _lv_arabic(word: str) -> str:
    word = word.replace("\u200c", "")
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    letters = [_ARABIC_LV.get(c, "") for c in word if not unicodedata.combining(c)]
    if letters and word[0] in "وي":  # a consonant at the start of a word
        letters[0] = "v" if word[0] == "و" else "j"
    out = ""
    for i, part in enumerate(letters):
        if not part:
            continue
        vowel = part[0] in "aāeiīuū"
        if out and not vowel and out[-1] not in "aāeiīuū" and i > 0:
            out += "a" if len(out) <= 2 else "e"
        out += part
    return out


def romanise(word: str, locale: str) -> str:
    if locale == "el":
        text = _ro_greek(word)
    elif locale in {"ru", "uk", "kk"}:
        text = _ro_cyrillic(word)
    else:
        text = _lv_arabic(word)
    return text[:1].upper() + text[1:]


# --- word-like names: surname = farm/craft/food word, given = colour word ----------------------------

WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ms": (
        (
            "sawah",
            "ladang",
            "perahu",
            "tukang",
            "kebun",
            "lumbung",
            "cangkul",
            "parang",
            "tempayan",
            "anyaman",
            "rotan",
            "belacan",
            "serunding",
            "pelita",
        ),
        ("merah", "kuning", "hijau", "ungu", "kelabu", "jingga", "nila"),
    ),
    "ht": (
        (
            "moulen",
            "lakou",
            "pitimi",
            "kasav",
            "bannann",
            "boukanye",
            "chabon",
            "jaden",
            "kalbas",
            "diri",
            "pwason",
            "sitwon",
            "griyo",
        ),
        ("wouj", "mawon", "vèt", "blan", "woz", "jòn"),
    ),
    "su": (
        (
            "leuweung",
            "huma",
            "lembur",
            "kacapi",
            "bedog",
            "saung",
            "tutut",
            "pancuran",
            "leuit",
            "suling",
            "kohkol",
            "sangu",
        ),
        ("beureum", "koneng", "hejo", "bodas", "hideung", "paul"),
    ),
    "pap": (
        (
            "kunuku",
            "pisket",
            "funchi",
            "karni",
            "piskadó",
            "batata",
            "kamina",
            "palu",
            "mondi",
            "lamunchi",
            "kadushi",
            "bolo",
            "sòpi",
        ),
        ("kòrá", "hel", "shelu", "kafe", "blanku", "pretu"),
    ),
    "tpi": (
        (
            "bilum",
            "kaukau",
            "kumu",
            "saksak",
            "kapul",
            "wokabaut",
            "tambu",
            "balus",
            "mumu",
            "pikinini",
            "gaden",
            "kunai",
        ),
        ("retpela", "yelopela", "grinpela", "blupela", "waitpela", "blakpela"),
    ),
    "sm": (
        (
            "fagota",
            "talo",
            "niu",
            "matafaga",
            "vaitafe",
            "palusami",
            "faiva",
            "tufuga",
            "siapo",
            "umukuka",
            "falaoa",
            "fa'i",
        ),
        ("samasama", "lanumoana", "uliuli", "mumu", "efuefu", "piniki"),
    ),
}

# --- per-language text ---------------------------------------------------------------------------------

GENRES = {
    "en": ("saddlery", "fittings", "canal_chat"),
    "de": ("brunnenbau", "heizungspruefung", "kegelclub_chat"),
    "fr": ("sellerie_auto", "restauration_tableaux", "scrabble_chat"),
    "es": ("tapiceria_nautica", "itv_revisiones", "coro_rociero_chat"),
    "it": ("tende_da_sole", "sopralluoghi_antincendio", "bocce_chat"),
    "nl": ("rietdekker", "apk_keuring", "darts_chat"),
    "pl": ("kamieniarz", "przeglady_gasnic", "kolejarze_chat"),
    "pt": ("sapataria_ortopedica", "vistorias_elevadores", "cante_chat"),
}
#: which file of each language is JSONL (the other two TXT, or chat flips)
JSONL_FILES = {
    "en": (1,),
    "de": (1, 2),
    "fr": (1,),
    "es": (1, 2),
    "it": (1,),
    "nl": (1, 2),
    "pl": (1,),
    "pt": (1, 2),
}
ROOTS = {
    "en": "fitting",
    "de": "inspektion",
    "fr": "restauration",
    "es": "revision",
    "it": "sopralluogo",
    "nl": "keuring",
    "pl": "przeglad",
    "pt": "vistoria",
}

T: dict[str, dict[str, Any]] = {
    "en": {
        "biz": "Job {order}: {product} x{qty}, {amount}, {status}, via {company}.",
        "pipe_row": "Pasted from the sheet: | {p} | {n} | done |",
        "display_name": "Reply went to {p} <{email}> this morning.",
        "vcard": "Card on file: BEGIN:VCARD FN:{p} TEL:{phone} END:VCARD",
        "role_paren": "Stitching checked by {p} (fitter) before pick-up.",
        "numbered": "Waiting order: 1) {p} 2) {q}",
        "badge": "Left at the counter [badge: {p}].",
        "sentence_start": "{p} wants the girth straps shortened.",
        "honorific": "Mrs {p} asked for a loan saddle meanwhile.",
        "agent": "Leather dyed by {p} on the bench.",
        "pair": "Collected together by {p} and {q}.",
        "phone_mail": "Reach on {phone} or {email}.",
        "address": "Deliver to {street}, {postcode} {city}.",
        "dob_id": "Born {dob}, NI {nid}.",
        "iban": "Refund to {iban}.",
        "greeting": "morning {p}, lock 4 is open again",
        "vocative": "moving the boat after lunch, {p}",
        "mention": "@{p} did you fix the bilge pump",
        "nickname": "{p} says the towpath is muddy",
        "signoff": "see you at the basin - {p}",
        "chat_plain": "mooring fee {amount} paid, ref {order}",
        "months": "%d/%m/%Y",
    },
    "de": {
        "biz": "Auftrag {order}: {product} x{qty}, {amount}, {status}, über {company}.",
        "pipe_row": "Aus der Liste kopiert: | {p} | {n} | erledigt |",
        "display_name": "Antwort ging an {p} <{email}> heute früh.",
        "vcard": "Kontakt gespeichert: BEGIN:VCARD FN:{p} TEL:{phone} END:VCARD",
        "role_paren": "Pumpe geprüft durch {p} (Monteur) vor Ort.",
        "numbered": "Reihenfolge: 1) {p} 2) {q}",
        "badge": "Abgabe am Tresen [Namensschild: {p}].",
        "sentence_start": "{p} möchte die Bohrtiefe schriftlich haben.",
        "honorific": "Frau {p} bat um einen Rückruf am Nachmittag.",
        "agent": "Probe entnommen von {p} im Schacht.",
        "pair": "Abgenommen durch {p} und {q}.",
        "phone_mail": "Erreichbar unter {phone} oder {email}.",
        "address": "Baustelle: {street}, {postcode} {city}.",
        "dob_id": "Geb. {dob}, IdNr {nid}.",
        "iban": "Erstattung auf {iban}.",
        "greeting": "servus {p}, bahn 2 ist frei",
        "vocative": "ich bring die kugeln mit, {p}",
        "mention": "@{p} zahlst du die kasse heute",
        "nickname": "{p} hat wieder alle neune",
        "signoff": "gut holz - {p}",
        "chat_plain": "beitrag {amount} überwiesen, ref {order}",
        "months": "%d.%m.%Y",
    },
    "fr": {
        "biz": "Bon {order} : {product} x{qty}, {amount}, {status}, par {company}.",
        "pipe_row": "Copié du tableau : | {p} | {n} | fait |",
        "display_name": "Réponse envoyée à {p} <{email}> ce matin.",
        "vcard": "Fiche reçue : BEGIN:VCARD FN:{p} TEL:{phone} END:VCARD",
        "role_paren": "Coutures vérifiées par {p} (sellier) avant livraison.",
        "numbered": "File d'attente : 1) {p} 2) {q}",
        "badge": "Déposé à l'accueil [badge : {p}].",
        "sentence_start": "{p} voudrait un cuir plus clair pour les sièges.",
        "honorific": "Mme {p} demande un véhicule de prêt.",
        "agent": "Mousse remplacée par {p} à l'atelier.",
        "pair": "Récupéré par {p} et {q}.",
        "phone_mail": "Joignable au {phone} ou {email}.",
        "address": "Livrer au {street}, {postcode} {city}.",
        "dob_id": "Né(e) le {dob}, NIR {nid}.",
        "iban": "Remboursement sur {iban}.",
        "greeting": "salut {p}, table 3 libre ce soir",
        "vocative": "joli scrabble, {p}",
        "mention": "@{p} tu apportes le dictionnaire",
        "nickname": "{p} a encore posé un mot compte triple",
        "signoff": "à jeudi - {p}",
        "chat_plain": "cotisation {amount} réglée, réf {order}",
        "months": "%d/%m/%Y",
    },
    "es": {
        "biz": "Parte {order}: {product} x{qty}, {amount}, {status}, vía {company}.",
        "pipe_row": "Copiado de la hoja: | {p} | {n} | hecho |",
        "display_name": "Respuesta enviada a {p} <{email}> esta mañana.",
        "vcard": "Ficha recibida: BEGIN:VCARD FN:{p} TEL:{phone} END:VCARD",
        "role_paren": "Costuras revisadas por {p} (tapicero) antes de entregar.",
        "numbered": "Turno de espera: 1) {p} 2) {q}",
        "badge": "Dejado en recepción [acreditación: {p}].",
        "sentence_start": "{p} quiere la lona en color arena.",
        "honorific": "La Sra. {p} pidió presupuesto por escrito.",
        "agent": "Cojines cosidos por {p} en el pantalán.",
        "pair": "Recogido por {p} y {q}.",
        "phone_mail": "Contacto: {phone} o {email}.",
        "address": "Entregar en {street}, {postcode} {city}.",
        "dob_id": "Nacido el {dob}, DNI {nid}.",
        "iban": "Devolución a {iban}.",
        "greeting": "hola {p}, ensayo el martes",
        "vocative": "traigo las castañuelas, {p}",
        "mention": "@{p} tienes la letra de la sevillana",
        "nickname": "{p} ya reservó el autobús a la romería",
        "signoff": "olé - {p}",
        "chat_plain": "cuota {amount} pagada, ref {order}",
        "months": "%d/%m/%Y",
    },
    "it": {
        "biz": "Commessa {order}: {product} x{qty}, {amount}, {status}, tramite {company}.",
        "pipe_row": "Copiato dal foglio: | {p} | {n} | fatto |",
        "display_name": "Risposta inviata a {p} <{email}> stamattina.",
        "vcard": "Scheda ricevuta: BEGIN:VCARD FN:{p} TEL:{phone} END:VCARD",
        "role_paren": "Bracci regolati da {p} (montatore) sul balcone.",
        "numbered": "Ordine di attesa: 1) {p} 2) {q}",
        "badge": "Consegnato in negozio [cartellino: {p}].",
        "sentence_start": "{p} vuole il telo in tinta unita.",
        "honorific": "La sig.ra {p} chiede il montaggio di sabato.",
        "agent": "Motore collegato da {p} in mattinata.",
        "pair": "Ritirato da {p} e {q}.",
        "phone_mail": "Recapito: {phone} oppure {email}.",
        "address": "Cantiere in {street}, {postcode} {city}.",
        "dob_id": "Nato il {dob}, CF {nid}.",
        "iban": "Rimborso su {iban}.",
        "greeting": "ciao {p}, campo due libero",
        "vocative": "porto il boccino, {p}",
        "mention": "@{p} hai segnato il punteggio",
        "nickname": "{p} ha accostato di nuovo",
        "signoff": "alla prossima - {p}",
        "chat_plain": "quota {amount} versata, rif {order}",
        "months": "%d/%m/%Y",
    },
    "nl": {
        "biz": "Opdracht {order}: {product} x{qty}, {amount}, {status}, via {company}.",
        "pipe_row": "Uit de lijst geplakt: | {p} | {n} | klaar |",
        "display_name": "Antwoord gestuurd naar {p} <{email}> vanochtend.",
        "vcard": "Kaartje ontvangen: BEGIN:VCARD FN:{p} TEL:{phone} END:VCARD",
        "role_paren": "Nok afgewerkt door {p} (rietdekker) op de steiger.",
        "numbered": "Wachtrij: 1) {p} 2) {q}",
        "badge": "Afgegeven aan de balie [naambadge: {p}].",
        "sentence_start": "{p} wil de schoorsteen ook laten inboeten.",
        "honorific": "Mevrouw {p} vroeg om een nieuwe offerte.",
        "agent": "Riet aangevoerd door {p} met de kraan.",
        "pair": "Opgeleverd aan {p} en {q}.",
        "phone_mail": "Bereikbaar op {phone} of {email}.",
        "address": "Werkadres {street}, {postcode} {city}.",
        "dob_id": "Geboren {dob}, BSN {nid}.",
        "iban": "Terugbetaling naar {iban}.",
        "greeting": "hoi {p}, bord 3 hangt weer",
        "vocative": "ik neem de pijlen mee, {p}",
        "mention": "@{p} gooi jij vanavond eerst",
        "nickname": "{p} gooide weer honderdtachtig",
        "signoff": "tot vrijdag - {p}",
        "chat_plain": "contributie {amount} betaald, ref {order}",
        "months": "%d-%m-%Y",
    },
    "pl": {
        "biz": "Zlecenie {order}: {product} x{qty}, {amount}, {status}, przez {company}.",
        "pipe_row": "Wklejone z arkusza: | {p} | {n} | gotowe |",
        "display_name": "Odpowiedź wysłana do: {p} <{email}> rano.",
        "vcard": "Wizytówka: BEGIN:VCARD FN:{p} TEL:{phone} END:VCARD",
        "role_paren": "Napis wykuty przez: {p} (kamieniarz) w warsztacie.",
        "numbered": "Kolejka: 1) {p} 2) {q}",
        "badge": "Odebrano w punkcie [identyfikator: {p}].",
        "sentence_start": "{p} chce płytę z jaśniejszego granitu.",
        "honorific": "Pani {p} prosi o wycenę na piśmie.",
        "agent": "Płyta zamontowana przez: {p} na cmentarzu.",
        "pair": "Odebrali: {p} oraz {q}.",
        "phone_mail": "Kontakt: {phone} lub {email}.",
        "address": "Adres: {street}, {postcode} {city}.",
        "dob_id": "Ur. {dob}, PESEL {nid}.",
        "iban": "Zwrot na {iban}.",
        "greeting": "cześć {p}, parowóz jedzie w sobotę",
        "vocative": "zabieram aparat, {p}",
        "mention": "@{p} masz rozkład pociągów",
        "nickname": "{p} znowu stał na peronie od świtu",
        "signoff": "do zobaczenia - {p}",
        "chat_plain": "składka {amount} wpłacona, nr {order}",
        "months": "%d.%m.%Y",
    },
    "pt": {
        "biz": "Pedido {order}: {product} x{qty}, {amount}, {status}, via {company}.",
        "pipe_row": "Copiado da folha: | {p} | {n} | feito |",
        "display_name": "Resposta enviada a {p} <{email}> esta manhã.",
        "vcard": "Ficha recebida: BEGIN:VCARD FN:{p} TEL:{phone} END:VCARD",
        "role_paren": "Palmilha moldada por {p} (técnico) na oficina.",
        "numbered": "Fila de espera: 1) {p} 2) {q}",
        "badge": "Entregue ao balcão [crachá: {p}].",
        "sentence_start": "{p} quer a bota com sola mais alta.",
        "honorific": "A Sra. {p} pediu nova medição do pé.",
        "agent": "Molde feito por {p} em gesso.",
        "pair": "Levantado por {p} e {q}.",
        "phone_mail": "Contacto: {phone} ou {email}.",
        "address": "Morada: {street}, {postcode} {city}.",
        "dob_id": "Nascido a {dob}, NIF {nid}.",
        "iban": "Reembolso para {iban}.",
        "greeting": "olá {p}, ensaio na quinta",
        "vocative": "levo o pão, {p}",
        "mention": "@{p} sabes a moda nova",
        "nickname": "{p} fez o ponto outra vez",
        "signoff": "um abraço - {p}",
        "chat_plain": "quota {amount} paga, ref {order}",
        "months": "%d/%m/%Y",
    },
}

PRODUCTS = {
    "en": ("Brindle Girth Strap", "Cob Bridle Set", "Hearing Shell Mk2", "Tallow Saddle Soap"),
    "de": ("Brunnenkopf DN100", "Tauchpumpe Quellfix", "Heizkreis Prüfset", "Filterkies Körnung 3"),
    "fr": ("Housse Alcantara Dune", "Volant cousu main", "Vernis Retouche Mat", "Châssis Entoilé 40F"),
    "es": ("Lona Acrílica Duna", "Cojín Bañera Marea", "Kit Faros Homologado", "Tapizado Flybridge"),
    "it": ("Tenda a Bracci Ostro", "Telo Acrilico Sabbia", "Estintore Polvere 6kg", "Rilevatore Fumo Vega"),
    "nl": ("Rietbundel Hongaars", "Nokvorst Keramisch", "Remblok Set Achter", "Ruitenwisser Duo"),
    "pl": ("Płyta Granit Impala", "Litery Brąz 5cm", "Gaśnica Proszkowa 6kg", "Hydrant Kontrolny"),
    "pt": ("Palmilha Termo-moldada", "Bota Ortopédica Alta", "Quadro Comando Elevador", "Cabo Tração 8mm"),
}
COMPANIES = {
    "en": ("Hackamore Leathers Ltd", "Quietear Clinics"),
    "de": ("Tiefquell Bohrtechnik GmbH", "Wärmewacht AG"),
    "fr": ("Sellerie Vaurenne SARL", "Atelier Toilepeint"),
    "es": ("Velamar Tapicerías SL", "Revisa Norte SA"),
    "it": ("Ombralux Srl", "Fiammasicura SpA"),
    "nl": ("Rietwerk Oosthoek BV", "Keurpunt Zuid"),
    "pl": ("Kamtrwal Sp. z o.o.", "Gaśtech Serwis"),
    "pt": ("Passocerto Lda", "Elevamar SA"),
}
STATUSES = {
    "en": ("ready", "on hold", "stitched"),
    "de": ("erledigt", "offen", "gebohrt"),
    "fr": ("prêt", "en attente", "livré"),
    "es": ("listo", "pendiente", "entregado"),
    "it": ("pronto", "in attesa", "montato"),
    "nl": ("klaar", "in behandeling", "geleverd"),
    "pl": ("gotowe", "w toku", "odebrane"),
    "pt": ("pronto", "pendente", "entregue"),
}
CURRENCY = {"en": "£{:.2f}"}
STREETS = {
    "en": "{r} Close {n}",
    "de": "{r}stieg {n}",
    "fr": "{n} impasse {r}",
    "es": "Travesía {r} {n}",
    "it": "Vicolo {r} {n}",
    "nl": "{r}kade {n}",
    "pl": "ul. {r}ska {n}",
    "pt": "Travessa do {r}, {n}",
}
CITY_ENDS = {
    "en": ("stow", "wick"),
    "de": ("bühl", "roda"),
    "fr": ("ac", "ières"),
    "es": ("illa", "uela"),
    "it": ("ate", "asco"),
    "nl": ("horst", "rade"),
    "pl": ("ówka", "nik"),
    "pt": ("elo", "al"),
}
PLACE_SYLL = (
    "mer",
    "tol",
    "bra",
    "vin",
    "sar",
    "gol",
    "dre",
    "pol",
    "nar",
    "kes",
    "lum",
    "fro",
    "bav",
    "tir",
    "wes",
    "qua",
)
TABLE_NOTES = {
    "en": "{p} booked the slot; {q} drove the crane.",
    "de": "{p} hat reserviert, Kasse bei {q}.",
    "fr": "{p} a déposé la selle, reprise par {q}.",
    "es": "{p} encargó el trabajo, lo revisó {q}.",
    "it": "{p} ha firmato, presente anche {q}.",
    "nl": "{p} tekende de offerte, {q} voert uit.",
    "pl": "{p} zlecił(a) przegląd, obecny(a) {q}.",
    "pt": "{p} acompanhou a vistoria com {q}.",
}
ROLE_WORDS = ("Mrs", "Frau", "Mme", "Sra", "sig.ra", "Mevrouw", "Pani", "BEGIN", "VCARD", "END", "TEL", "FN")


def template_words() -> set[str]:
    """Every word of this module's templates, products, companies, statuses, headers and roots."""
    texts: list[str] = []
    for lang in LANGS:
        texts += [v for v in T[lang].values() if isinstance(v, str)]
        texts += list(PRODUCTS[lang]) + list(COMPANIES[lang]) + list(STATUSES[lang]) + list(GENRES[lang])
        texts += [TABLE_NOTES[lang], STREETS[lang], ROOTS[lang]]
    texts += (
        list(ROLE_WORDS) + [h for t in TABLES for h in t.headers] + ["notes", "txt", "owner", "where", "text"]
    )
    texts += [
        "case",
        "pieces",
        "logged",
        "msg",
        "who",
        "says",
        "answers",
        "example",
        "mail",
        "post",
        "badge",
        "mailbox",
        "inbox",
    ]
    return {w for t in texts for w in sources.words_of(t)}


@lru_cache(maxsize=1)
def _covered_mimesis_words() -> frozenset[str]:
    found: set[str] = set()
    for loc in COVERED_LOCALES:
        data = sources._dataset(loc, "person")
        for key in ("names", "surnames", "first_name", "last_name"):
            value = data.get(key)
            items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value or []
            for item in items:
                found.update(sources.words_of(str(item)))
                found.update(sources.words_of(sources.fold_ascii(str(item))))
    return frozenset(found)


# --- vetting -----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _banned() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return faker_person_words(), sources.mimesis_person_words(), frozenset(template_words())


def _zipf_ok(word: str) -> bool:
    from wordfreq import zipf_frequency

    return all(zipf_frequency(word, lang) < 3 for lang in LANGS)


_WORD = re.compile(r"^[^\W\d_]{3,}$")


@cache
def _vet(word: str, *, all_mimesis: bool) -> bool:
    faker, mimesis_all, templ = _banned()
    if not _WORD.match(word):
        return False
    low, folded = word.casefold(), sources.fold_ascii(word)
    if is_known_to_engine(word) or is_known_to_engine(word.upper()) or is_known_to_engine(folded):
        return False
    if low in faker or folded in faker or low in templ or folded in templ:
        return False
    pool = mimesis_all if all_mimesis else _covered_mimesis_words()
    if low in pool or folded in pool:
        return False
    return _zipf_ok(word)


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    tags: tuple[str, ...]

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


def _invent(rng: random.Random, style: str, syllables: int) -> str:
    onsets, vowels, codas = STYLES[style]
    word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(syllables)) + rng.choice(codas)
    word = word.strip("'")
    return word[:1].upper() + word[1:]


@lru_cache(maxsize=1)
def _pools() -> dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    """group -> origin -> (given names, surnames), vetted."""
    rng = random.Random(DEFAULT_SEED)  # the pools do not depend on the run's seed
    invented: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for style in STYLES:
        given: list[str] = []
        family: list[str] = []
        for _ in range(600):
            if len(given) >= 25 and len(family) >= 25:
                break
            g, f = _invent(rng, style, 2), _invent(rng, style, rng.choice((2, 3)))
            if len(given) < 25 and g not in given and _vet(g, all_mimesis=True):
                given.append(g)
            if len(family) < 25 and f not in family and f not in given and _vet(f, all_mimesis=True):
                family.append(f)
        invented[style] = (tuple(given), tuple(family))
    mimesis: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for loc in MIMESIS_LOCALES:
        data = sources._dataset(loc, "person")
        raw_g = [n for gender in sources.GENDERS for n in sources._by_gender(data.get("names"), gender)]
        raw_s = [n for gender in sources.GENDERS for n in sources._by_gender(data.get("surnames"), gender)]
        rng.shuffle(raw_g)
        rng.shuffle(raw_s)

        def conv(items: list[str], loc: str = loc) -> tuple[str, ...]:
            out: list[str] = []
            for item in items:
                if " " in item.strip() or "-" in item:
                    continue
                word = romanise(item.strip(), loc)
                if (
                    word not in out
                    and all(unicodedata.name(c, "").startswith("LATIN") for c in word)
                    and _vet(word, all_mimesis=False)
                ):
                    out.append(word)
                if len(out) >= 40:
                    break
            return tuple(out)

        mimesis[loc] = (conv(raw_g), conv(raw_s))
    wordlike: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for src, (fam, giv) in WORDLIKE.items():
        fam_ok = tuple(w.capitalize() for w in fam if _vet(w.capitalize(), all_mimesis=False))
        giv_ok = tuple(w.capitalize() for w in giv if _vet(w.capitalize(), all_mimesis=False))
        wordlike[src] = (giv_ok, fam_ok)
    result = {"invented": invented, "mimesis": mimesis, "wordlike": wordlike}
    return {g: {k: v for k, v in d.items() if len(v[0]) >= 2 and len(v[1]) >= 2} for g, d in result.items()}


def _draw_person(rng: random.Random, lang: str) -> Person:
    pools = _pools()
    group = rng.choices(("invented", "mimesis", "wordlike"), weights=(40, 40, 20))[0]
    origin = rng.choice(sorted(pools[group]))
    given, family = pools[group][origin]
    tag = {"invented": "style", "mimesis": "locale", "wordlike": "wordsrc"}[group]
    return Person(rng.choice(given), rng.choice(family), (group, f"{tag}:{origin}"))


def _canaries() -> list[Person]:
    pools = _pools()["invented"]
    return [Person(pools[s][0][-1], pools[s][1][-1], ("invented", f"style:{s}")) for s in CANARY_STYLES]


def _case_tag(value: str) -> str:
    if value == value.lower():
        return "lower"
    if value == value.upper():
        return "upper"
    return "title"


def _form(rng: random.Random, person: Person, *, full_only: bool = False) -> tuple[str, list[str]]:
    if full_only or "canary" in person.tags:
        return person.full, []
    roll = rng.random()
    if roll < 0.1:
        return person.given.lower(), ["given_only"]
    if roll < 0.17:
        return person.surname.upper(), ["surname_only"]
    if roll < 0.22:
        return f"{person.surname.upper()}, {person.given}", ["reversed"]
    if roll < 0.27:
        return f"{person.given[0]}. {person.surname}", ["initial"]
    return person.full, []


class Ctx:
    """Per-run state: rng, canary people, and value helpers."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.canaries = _canaries()
        self.counter = 0
        self.places = _places()

    def person(self, lang: str, *, canary_ok: bool = True) -> Person:
        if canary_ok and self.rng.random() < 0.01:
            c = self.rng.choice(self.canaries)
            return Person(c.given, c.surname, (*c.tags, "canary"))
        return _draw_person(self.rng, lang)

    def plant(self, value: str, person: Person, lang: str, slot: str, extra: list[str], fld: str) -> Planted:
        tags = [f"lang:{lang}", _case_tag(value), *person.tags, slot, *extra]
        return Planted("PERSON", value, fld, tags)

    def email(self, person: Person) -> str:
        g, s = sources.fold_ascii(person.given)[:2], sources.fold_ascii(person.surname)[:2]
        dom = self.rng.choice(("mailbox.example", "post.example", "inbox.example"))
        return f"{g}.{s}{self.rng.randint(10, 99)}@{dom}"

    def phone(self, lang: str) -> str:
        return sources.phone(random.Random(self.rng.random()), COUNTRY[lang])[0]

    def nid(self, lang: str) -> str:
        if lang == "en":
            letters = "ABCEGHJKLMNPRSTWXYZ"
            return (
                self.rng.choice(letters)
                + self.rng.choice(letters)
                + "".join(self.rng.choice(string.digits) for _ in range(6))
                + self.rng.choice("ABCD")
            )
        for _ in range(50):  # a rare run of the helper finds no valid number: draw again
            value = sources.national_id(self.rng, COUNTRY[lang])
            if value is not None:
                return value[0]
        raise RuntimeError(f"no national ID for {lang}")

    def date(self, lang: str, start: int = 2025) -> str:
        day = dt.date(start, 1, 1) + dt.timedelta(days=self.rng.randrange(360))
        return day.strftime(T[lang]["months"])

    def dob(self, lang: str) -> str:
        day = dt.date(1945, 1, 1) + dt.timedelta(days=self.rng.randrange(365 * 58))
        return day.strftime(T[lang]["months"])

    def amount(self, lang: str) -> str:
        value = self.rng.randint(900, 250000) / 100
        if lang == "en":
            return f"£{value:.2f}"
        return f"{value:.2f}".replace(".", ",") + " €"

    def order(self, lang: str) -> str:
        self.counter += 1
        return f"{lang.upper()}{self.rng.randint(100, 999)}-{self.counter:05d}"


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[list[str], list[str]]]:
    rng = random.Random(DEFAULT_SEED + 1)
    names = {w.casefold() for g in _pools().values() for gv, fv in g.values() for w in (*gv, *fv)}
    out: dict[str, tuple[list[str], list[str]]] = {}
    for lang in LANGS:
        roots: list[str] = []
        cities: list[str] = []
        for _ in range(400):
            root = (rng.choice(PLACE_SYLL) + rng.choice(PLACE_SYLL)).capitalize()
            city = root + rng.choice(CITY_ENDS[lang])
            if len(roots) < 20 and root.casefold() not in names and _vet(root, all_mimesis=True):
                roots.append(root)
            if len(cities) < 20 and city.casefold() not in names and _vet(city, all_mimesis=True):
                cities.append(city)
            if len(roots) >= 20 and len(cities) >= 20:
                break
        out[lang] = (roots, cities)
    return out


def _u(kind: str, value: str, lang: str, fld: str = "text") -> Planted:
    return Planted(f"utility:{kind}", value, fld, [f"lang:{lang}"])


def _p(entity: str, value: str, lang: str, fld: str = "text", extra: tuple[str, ...] = ()) -> Planted:
    return Planted(entity, value, fld, [f"lang:{lang}", *extra])


# --- text files ----------------------------------------------------------------------------------------

ALL_SHAPES = (*NEW_SHAPES, "sentence_start", "honorific", "agent", "pair")


def _shape_sentence(ctx: Ctx, lang: str, slot: str, fld: str) -> tuple[str, list[Planted]]:
    rng = ctx.rng
    tpl: str = T[lang][slot]
    a = ctx.person(lang)
    planted: list[Planted] = []
    full = slot in {"vcard", "display_name", "honorific"}
    pa, extra = _form(rng, a, full_only=full)
    if slot == "honorific" and "canary" not in a.tags:
        pa, extra = a.surname, ["surname_only"]
    planted.append(ctx.plant(pa, a, lang, slot, extra, fld))
    values: dict[str, str] = {"p": pa, "n": str(rng.randint(1, 9))}
    if "{q}" in tpl:
        b = ctx.person(lang)
        pb, extra_b = _form(rng, b)
        planted.append(ctx.plant(pb, b, lang, slot, extra_b, fld))
        values["q"] = pb
    if "{email}" in tpl:
        values["email"] = ctx.email(a)
        planted.append(_p("EMAIL_ADDRESS", values["email"], lang, fld))
    if "{phone}" in tpl:
        values["phone"] = ctx.phone(lang)
        planted.append(_p("PHONE_NUMBER", values["phone"], lang, fld))
    return tpl.format(**values), planted


def _contact(ctx: Ctx, lang: str, fld: str, who: Person) -> tuple[str, list[Planted]]:
    rng = ctx.rng
    kind = rng.choice(("phone_mail", "address", "dob_id", "iban"))
    tpl: str = T[lang][kind]
    if kind == "phone_mail":
        phone, email = ctx.phone(lang), ctx.email(who)
        return tpl.format(phone=phone, email=email), [
            _p("PHONE_NUMBER", phone, lang, fld),
            _p("EMAIL_ADDRESS", email, lang, fld),
        ]
    if kind == "address":
        roots, cities = ctx.places[lang]
        street = STREETS[lang].format(r=rng.choice(roots), n=rng.randint(1, 140))
        pc, city = sources.postcode(rng, COUNTRY[lang]), rng.choice(cities)
        return tpl.format(street=street, postcode=pc, city=city), [
            _p("STREET_ADDRESS", street, lang, fld),
            _p("POSTCODE", pc, lang, fld),
            _p("CITY", city, lang, fld),
        ]
    if kind == "dob_id":
        dob, nid = ctx.dob(lang), ctx.nid(lang)
        return tpl.format(dob=dob, nid=nid), [
            _p("DATE_OF_BIRTH", dob, lang, fld),
            _p("NATIONAL_ID", nid, lang, fld),
        ]
    value = sources.iban(rng, COUNTRY[lang])[0]
    return tpl.format(iban=value), [_p("IBAN_CODE", value, lang, fld)]


def _business(ctx: Ctx, lang: str, fld: str, *, lower: bool = False) -> tuple[str, list[Planted]]:
    rng = ctx.rng
    values = {
        "order": ctx.order(lang),
        "product": rng.choice(PRODUCTS[lang]),
        "qty": str(rng.randint(1, 12)),
        "amount": ctx.amount(lang),
        "status": rng.choice(STATUSES[lang]),
        "company": rng.choice(COMPANIES[lang]),
    }
    if lower:
        values = {k: v.lower() for k, v in values.items()}
    kinds = {
        "order": "order_number",
        "product": "product",
        "amount": "amount",
        "status": "status",
        "company": "company",
    }
    return T[lang]["biz"].format(**values), [_u(kinds[k], values[k], lang, fld) for k in kinds]


def _text_file(ctx: Ctx, out: Path, lang: str, index: int, n: int) -> FileSet:
    genre = GENRES[lang][index]
    fmt = "jsonl" if index in JSONL_FILES[lang] else "txt"
    name = f"{lang}_{genre}"
    path = f"{name}.{fmt}"
    records: list[list[Planted]] = []
    lines: list[str] = []
    root = ROOTS[lang]
    for i in range(n):
        rng = ctx.rng
        planted: list[Planted] = []
        slots = [ALL_SHAPES[(i * 3 + k) % len(ALL_SHAPES)] for k in range(3)]
        if fmt == "txt":
            date, ts = ctx.date(lang), f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
            parts = [f"#{i + 1} ~ {date} {ts}"]
            planted += [_u("date", date, lang), _u("timestamp", ts, lang)]
            biz, bp = _business(ctx, lang, "text")
            parts.append(biz)
            planted += bp
            for slot in slots:
                sentence, sp = _shape_sentence(ctx, lang, slot, "text")
                parts.append(sentence)
                planted += sp
            who = ctx.person(lang)
            contact, cp = _contact(ctx, lang, "text", who)
            parts.append(contact)
            planted += cp
            lines.append(" ".join(parts))
        else:
            notes = []
            case = f"CS-{lang.upper()}-{1000 + i}"
            qty = str(rng.randint(1, 40))
            ts = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
            fld = f"{root}.notes[].txt"
            biz, bp = _business(ctx, lang, fld)
            notes.append({"txt": biz})
            planted += bp
            for slot in slots:
                sentence, sp = _shape_sentence(ctx, lang, slot, fld)
                notes.append({"txt": sentence})
                planted += sp
            who = ctx.person(lang)
            contact, cp = _contact(ctx, lang, f"{root}.owner.where.text", who)
            planted += cp
            planted += [
                _u("case_number", case, lang, f"{root}.case"),
                _u("quantity", qty, lang, f"{root}.pieces"),
                _u("timestamp", ts, lang, f"{root}.logged"),
            ]
            obj = {
                root: {
                    "case": case,
                    "pieces": qty,
                    "logged": ts,
                    "notes": notes,
                    "owner": {"where": {"text": contact}},
                }
            }
            lines.append(json.dumps(obj, ensure_ascii=False))
        records.append(planted)
    (out / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    canaries = sorted({p.value for r in records for p in r if "canary" in p.tags})
    listed = [c.full for c in ctx.canaries if c.full in canaries]
    return FileSet(name, path, fmt, "text", lang, records, [], listed, True, f"{genre}")


CHAT_SLOTS = ("greeting", "vocative", "mention", "nickname", "signoff", "chat_plain")


def _nick(person: Person) -> str:
    base = person.given.lower()
    nick = base[:4] + "u" if len(base) > 4 else base
    return nick if _vet(nick, all_mimesis=False) else base


def _chat_file(ctx: Ctx, out: Path, lang: str, n: int) -> FileSet:
    genre = GENRES[lang][2]
    fmt = "jsonl" if 2 in JSONL_FILES[lang] else "txt"
    name = f"{lang}_{genre}"  # ends with _chat
    path = f"{name}.{fmt}"
    members = [_draw_person(ctx.rng, lang) for _ in range(7)]
    canary = ctx.canaries[0]
    members.append(Person(canary.given, canary.surname, (*canary.tags, "canary")))
    records: list[list[Planted]] = []
    lines: list[str] = []
    spk_field, body_field = ("msg.who", "msg.says") if fmt == "jsonl" else ("text", "text")
    for i in range(n):
        rng = ctx.rng
        speaker = members[-1] if i % 12 == 0 else rng.choice(members[:-1])
        spk_value = speaker.full.lower() if i % 3 == 0 or "canary" in speaker.tags else speaker.given.lower()
        spk_tag = "sender_field" if fmt == "jsonl" else "chat_speaker"
        spk_extra = [] if " " in spk_value else ["given_only"]
        planted = [ctx.plant(spk_value, speaker, lang, spk_tag, spk_extra, spk_field)]
        slot = CHAT_SLOTS[i % len(CHAT_SLOTS)]
        values: dict[str, str] = {}
        if slot == "chat_plain":
            values["amount"] = ctx.amount(lang).lower()
            values["order"] = ctx.order(lang).lower()
            planted += [
                _u("amount", values["amount"], lang, body_field),
                _u("order_number", values["order"], lang, body_field),
            ]
        else:
            other = rng.choice([m for m in members[:-1] if m != speaker])
            if slot == "nickname":
                value = _nick(other)
            elif slot == "mention":
                value = other.given.lower()
            else:
                value = rng.choice((other.given.lower(), other.full.lower()))
            values["p"] = value
            planted.append(
                ctx.plant(value, other, lang, slot, [] if " " in value else ["given_only"], body_field)
            )
        body = T[lang][slot].format(**values)
        if i % 10 == 5:
            phone = ctx.phone(lang)
            body += f" {phone}"
            planted.append(_p("PHONE_NUMBER", phone, lang, body_field))
        if fmt == "txt":
            lines.append(f"{spk_value} > {body}")
        else:
            obj: dict[str, Any] = {"msg": {"who": spk_value, "says": body}}
            if i % 7 == 3:
                replier = rng.choice([m for m in members[:-1] if m != speaker])
                reply_text = T[lang]["vocative"].format(p=speaker.given.lower())
                obj["answers"] = [{"who": replier.given.lower(), "says": reply_text}]
                planted.append(
                    ctx.plant(
                        replier.given.lower(), replier, lang, "sender_field", ["given_only"], "answers[].who"
                    )
                )
                planted.append(
                    ctx.plant(
                        speaker.given.lower(), speaker, lang, "vocative", ["given_only"], "answers[].says"
                    )
                )
            lines.append(json.dumps(obj, ensure_ascii=False))
        records.append(planted)
    (out / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(name, path, fmt, "text", lang, records, [], [canary.full], True, genre)


# --- tables ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    name: str
    fmt: str
    lang: str
    headers: tuple[str, ...]
    id_cols: tuple[str, str]
    main: str
    second: str
    notes: str
    main_form: Callable[[Person], tuple[str, list[str]]]
    second_form: Callable[[Person], tuple[str, list[str]]]


def _full(p: Person) -> tuple[str, list[str]]:
    return p.full, []


TABLES = (
    TableSpec(
        "crane_slot_bookings", "csv", "en",
        ("booking_ref", "quay", "skipper_on_record", "crane_driver", "contact_no", "mail", "hull_item", "lift_fee", "lift_date", "state", "tonnes", "remarks"),
        ("booking_ref", "quay"), "skipper_on_record", "crane_driver", "remarks",
        _full, lambda p: (f"{p.given[0]}. {p.surname}", ["initial"]),
    ),
    TableSpec(
        "kegelbahn_reservierungen", "tsv", "de",
        ("Reservierung", "Bahn", "Mieterin", "Kassenwart", "Geburtstag", "Anschrift", "Paket", "Betrag", "Termin", "Stand", "Personen", "Hinweise"),
        ("Reservierung", "Bahn"), "Mieterin", "Kassenwart", "Hinweise",
        lambda p: (f"{p.surname} {p.given}", ["reversed"]), lambda p: (p.surname.upper(), ["surname_only"]),
    ),
    TableSpec(
        "sellerie_reparations", "parquet", "fr",
        ("ticket", "etabli", "proprietaire", "sellier", "telephone", "article", "devis", "recu_le", "etat", "nb_pieces", "commentaire"),
        ("ticket", "etabli"), "proprietaire", "sellier", "commentaire",
        lambda p: (f"{p.given.lower()} {p.surname.upper()}", []), lambda p: (p.given, ["given_only"]),
    ),
    TableSpec(
        "rietdak_offertes", "csv", "nl",
        ("offerte_nr", "ploeg", "contactpersoon", "uitvoerder", "bsn", "iban", "materiaal", "bedrag", "datum", "status", "m2", "opmerking"),
        ("offerte_nr", "ploeg"), "contactpersoon", "uitvoerder", "opmerking",
        _full, lambda p: (f"{p.surname.upper()} {p.given[0]}.", ["reversed", "initial"]),
    ),
    TableSpec(
        "elevadores_vistorias", "tsv", "pt",
        ("vistoria", "zona", "administrador", "tecnico", "nif", "telefone", "equipamento", "valor", "data", "estado", "paragens", "observacoes"),
        ("vistoria", "zona"), "administrador", "tecnico", "observacoes",
        _full, lambda p: (f"{p.given[0].lower()}.{p.surname.lower()}", ["surname_only"]),
    ),
)  # fmt: skip


def _table(ctx: Ctx, out: Path, spec: TableSpec, n: int) -> FileSet:
    import pandas as pd

    rng = ctx.rng
    rows: list[dict[str, Any]] = []
    records: list[list[Planted]] = []
    canary_rows = {k: ctx.canaries[k // 2] for k in range(6)}
    repeat_ids = [f"{spec.id_cols[1][:1].upper()}{k}" for k in range(1, 5)]
    for i in range(n):
        lang = spec.lang if rng.random() > 0.25 else rng.choice([lg for lg in LANGS if lg != spec.lang])
        main = canary_rows.get(i) or _draw_person(rng, lang)
        if i in canary_rows:
            main = Person(main.given, main.surname, (*main.tags, "canary"))
        second = _draw_person(rng, lang)
        planted: list[Planted] = []
        main_value, main_extra = spec.main_form(main)
        second_value, second_extra = spec.second_form(second)
        planted.append(ctx.plant(main_value, main, lang, "table_cell", main_extra, spec.main))
        planted.append(ctx.plant(second_value, second, lang, "table_cell", second_extra, spec.second))
        note_main = main
        other = ctx.canaries[i % 3] if i in (7, 8, 9) else _draw_person(rng, lang)
        if i in (7, 8, 9):
            other = Person(other.given, other.surname, (*other.tags, "canary"))
        note = TABLE_NOTES[lang].format(p=note_main.full, q=other.full)
        planted.append(ctx.plant(note_main.full, note_main, lang, "table_notes", [], spec.notes))
        planted.append(ctx.plant(other.full, other, lang, "table_notes", [], spec.notes))
        unique = {
            "crane_slot_bookings": f"HC-{i + 1:04d}",
            "kegelbahn_reservierungen": f"KB/{i + 1:04d}",
            "sellerie_reparations": 5000 + i * 3,
            "rietdak_offertes": f"RD-25-{i + 1:04d}",
            "elevadores_vistorias": f"VE-{i + 1:04d}/25",
        }[spec.name]
        group = rng.choice(repeat_ids)
        row: dict[str, Any] = {spec.id_cols[0]: unique, spec.id_cols[1]: group}
        planted += [
            _u("record_id", str(unique), spec.lang, spec.id_cols[0]),
            _u("record_id", group, spec.lang, spec.id_cols[1]),
        ]
        row[spec.main], row[spec.second] = main_value, second_value
        tl = spec.lang
        product = rng.choice(PRODUCTS[tl])
        amount = round(rng.randint(2000, 900000) / 100, 2)
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(360))
        status = rng.choice(STATUSES[tl])
        qty = rng.randint(1, 30)
        h = spec.headers
        # headers after the two person columns: contact columns, then product, amount, date, status, qty, notes
        contact_cols = [c for c in h[4:] if c not in h[-6:]]
        for col in contact_cols:
            if col in {"contact_no", "telephone", "telefone"}:
                row[col] = ctx.phone(lang)
                planted.append(_p("PHONE_NUMBER", row[col], lang, col))
            elif col == "mail":
                row[col] = ctx.email(main)
                planted.append(_p("EMAIL_ADDRESS", row[col], lang, col))
            elif col == "Geburtstag":
                row[col] = ctx.dob("de")
                planted.append(_p("DATE_OF_BIRTH", row[col], lang, col))
            elif col == "Anschrift":
                roots, cities = ctx.places["de"]
                street = STREETS["de"].format(r=rng.choice(roots), n=rng.randint(1, 90))
                pc, city = sources.postcode(rng, "DE"), rng.choice(cities)
                row[col] = f"{street}, {pc} {city}"
                planted += [
                    _p("STREET_ADDRESS", street, lang, col),
                    _p("POSTCODE", pc, lang, col),
                    _p("CITY", city, lang, col),
                ]
            elif col in {"bsn", "nif"}:
                row[col] = ctx.nid(tl)
                planted.append(_p("NATIONAL_ID", row[col], lang, col))
            elif col == "iban":
                row[col] = sources.iban(rng, "NL")[0]
                planted.append(_p("IBAN_CODE", row[col], lang, col))
        p_col, a_col, d_col, s_col, q_col, n_col = h[-6:]
        row[p_col] = product
        row[a_col] = amount if spec.fmt == "parquet" else f"{amount:.2f}"
        row[d_col] = day if spec.fmt == "parquet" else day.strftime(T[tl]["months"])
        row[s_col] = status
        row[q_col] = qty if spec.fmt == "parquet" else str(qty)
        row[n_col] = note
        planted += [
            _u("product", product, tl, p_col),
            _u("amount", f"{amount:.2f}" if spec.fmt != "parquet" else str(amount), tl, a_col),
            _u("date", day.isoformat() if spec.fmt == "parquet" else row[d_col], tl, d_col),
            _u("status", status, tl, s_col),
            _u("quantity", str(qty), tl, q_col),
        ]
        rows.append(row)
        records.append(planted)
    frame = pd.DataFrame(rows, columns=list(spec.headers))
    path = f"{spec.name}.{spec.fmt}"
    if spec.fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        frame = frame.astype({"ticket": "int64", "nb_pieces": "int64", "devis": "float64"})
        types = {"ticket": pa.int64(), "nb_pieces": pa.int64(), "devis": pa.float64(), "recu_le": pa.date32()}
        schema = pa.schema([(c, types.get(c, pa.string())) for c in spec.headers])
        pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False), out / path)
    else:
        frame.to_csv(out / path, index=False, sep="\t" if spec.fmt == "tsv" else ",", encoding="utf-8")
    return FileSet(
        spec.name, path, spec.fmt, "table", spec.lang, records, list(spec.id_cols),
        [c.full for c in ctx.canaries], True, "table",
    )  # fmt: skip


# --- entry points --------------------------------------------------------------------------------------


def generate(out: Path, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    out.mkdir(parents=True, exist_ok=True)
    ctx = Ctx(seed)
    n_text = max(10, round(TEXT_RECORDS * scale))
    n_rows = max(30, round(TABLE_ROWS * scale))
    sets: list[FileSet] = []
    for lang in LANGS:
        sets.append(_text_file(ctx, out, lang, 0, n_text))
        sets.append(_text_file(ctx, out, lang, 1, n_text))
        sets.append(_chat_file(ctx, out, lang, n_text))
    for spec in TABLES:
        sets.append(_table(ctx, out, spec, n_rows))
    return sets


def summary(sets: list[FileSet]) -> dict[str, Any]:
    """Counts of a run (never values)."""
    entities: Counter[str] = Counter(p.entity for s in sets for r in s.records for p in r)
    groups: Counter[str] = Counter(
        t for s in sets for r in s.records for p in r if p.entity == "PERSON" for t in p.tags
        if t in {"invented", "mimesis", "wordlike"}
    )  # fmt: skip
    return {
        "files": len(sets),
        "records": sum(len(s.records) for s in sets),
        "entities": dict(entities),
        "groups": dict(groups),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    sets = generate(args.out, args.scale)
    write_truth(sets, args.out / "truth.json")
    print(json.dumps(summary(sets), indent=1))


if __name__ == "__main__":
    main()

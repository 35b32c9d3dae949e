"""Detection set "blind11" (held out until its breakdown was read; now guided): text in eight languages and five tables, written apart from the engine.

Data card
=========

Status
    Guided fixes since 2026-12-05 (seventh session of the day): held out until then and measured once as
    the headline, with its peers, after the last change to detection then (d609cb0: PERSON leak 9.32 %
    (text 11.42, tables 2.29), all personal 9.54 %, utility 92.52 %, 9 of 29 files refused, canaries in
    3 output files; see ``bench/README.md``); then its breakdown was read (``--blind-breakdown``) to fix
    what it showed, so every ``FileSet`` now has ``guided_fixes=True`` and `blindset12` is the held-out
    set.

Who wrote it and what they read
    A separate author session, from a brief (2026-12-05, about forty minutes). It read:
    `bench.detection.format` (whole); in `bench.detection.sources` a ``grep`` of its ``def``/``class``/
    constant lines (names only) and the line ranges of ``words_of``/``mimesis_person_words``/``usable``/
    ``fold_ascii`` (84-120), ``postcode`` (515-540), ``phone`` (630-666, which also showed its
    ``MAIL_DOMAINS`` table, not used here) and ``iban``/``national_id`` (686-765, which also showed the
    first line of its product-name list, not used); the signatures and docstrings of
    `anonymize.vocabulary.is_known_to_engine` and ``faker_person_words`` (through the brief's
    ``grep -A12``, which also shows the first lines of their bodies); the first 120 lines of
    `bench.bench_detection`, ``grep`` hits for "blind10"/"HELD_OUT"/'"all"' in it and its lines 585-605
    (to register the set); the shared set checks (``tests/bench/setchecks.py``); blind10's test (read
    whole once, then copied as this test's starting point after another session had relabelled blind10
    in it); the data cards (module docstrings only) of
    blind3 to blind10 (for blind3 to blind8 only the paragraphs naming styles, locales, word sources and
    genres), to pick different genres, headers, name styles, romanisations and sentence shapes; the
    ``[tool.ruff]`` and ``[tool.mypy]`` sections of ``pyproject.toml``; the list of mimesis locales and
    the first three entries of the ``person.json`` name lists of el, ko, fa, ar-ae, kk and uk. It read
    no recognizer, cue list, pattern, profile or vocabulary list of the engine, no other benchmark set
    body and no engine or benchmark output, and it never ran the engine, ``bench.bench_detection`` or
    ``manage.py anonymize``. Besides the seven functions it uses ``sources.words_of`` and
    ``sources._DATASETS`` (the mimesis data folder) to build the covered-locale word list. It read its
    own generated files to check them. Every sentence template, product, company, status, header, word list,
    syllable inventory and romanisation table here was written fresh for this module.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    line: a heading ("Plot 12:", "Lieferung 12:"...), two or three sentences in the shapes below (the
    first with an order number, product, amount, status and company) and one contact phrase (phone and
    e-mail, address, date of birth and national ID, or IBAN). JSONL records nest: the sentences in a list
    of objects (``job.entries[].note``, ``auftrag.eintraege[].text``, ``depot.passages[].texte``,
    ``cita.visitas[].nota``, ``commessa.prove[].nota``, ``opdracht.werkbon[].regel``,
    ``zlecenie.naprawy[].opis``, ``pedido.reparacoes[].texto``), the contact phrase three levels down
    (``job.client.contact.info``, ``auftrag.kunde.adresse.info``...), a case number (``<root>.ref``) and
    a timestamp (``<root>.at``). One file per language is a lower-case chat of a community no earlier
    card lists (speaker before a colon in TXT, about 30 % of lines with a "[hh:mm]" stamp, or a ``by``
    field in JSONL with, now and then, a ``quoted.by`` object; @mentions, nicknames, greetings,
    vocatives, sign-offs).

    ===  ======================================  =============================================  ================================
    en   allotment society, plot log (txt)       mobile library van, stops (jsonl, entries[])   bird-ringing group chat (txt)
    de   Kaminholzlieferung (txt)                Nachhilfeinstitut (jsonl, eintraege[])         Gospelchor chat (jsonl)
    fr   maraîcher, paniers (txt)                pressing, dépôts (jsonl, passages[])           chorale paroissiale chat (txt)
    es   mudanzas, presupuestos (txt)            clínica veterinaria (jsonl, visitas[])         huerto urbano chat (jsonl)
    it   agriturismo, prenotazioni (txt)         sartoria teatrale (jsonl, prove[])             coro alpino chat (txt)
    nl   volkstuinvereniging (txt)               zeilmakerij (jsonl, werkbon[])                 ijsclub chat (jsonl)
    pl   wypożyczalnia kajaków (txt)             zegarmistrz (jsonl, naprawy[])                 koło łowieckie chat (txt)
    pt   olaria, encomendas (txt)                oficina de bicicletas (jsonl, reparacoes[])    marcha popular chat (jsonl)
    ===  ======================================  =============================================  ================================

    New sentence shapes (slot tags): names in copy lines (``cc_line``: "cc: X; Y", "Kopie: …"), in
    key=value pairs (``key_value``: "contact=X | tel=…"), after a signing word (``signed``: "signed off:
    X", "gez. X", "signé : X", "firmado: X", "firmato: X", "get. X", "podpisał(a): X", "assinado: X"), in
    handovers written with an arrow (``arrow``: "X -> Y"), in parentheses with a date (``paren_date``:
    "(noted by X, 12/03)"), after "ask for"/"fragen Sie nach"/"demandez"/"pregunte por"/"chiedere di"/
    "vraag naar"/"pytać o"/"perguntar por" (``ask_for``) and slashed pairs (``slash_pair``: "X/Y"). Also:
    names at sentence start, after honorifics (the honorific is not planted), as initials ("K. Surname"),
    reversed ("SURNAME, Given"), possessives in each language's own form (English 's, German/Dutch -s,
    "de/di/do X" after the noun, the Polish genitive -a), as agents, in pairs, and in chats as speakers,
    senders, @mentions, nicknames, greetings, vocatives and sign-offs. Whole records in capitals now and
    then (about 4 % of non-chat records, tag ``shouted``).

Tables (5, 120 rows each at scale 1.0)
    ``allotment_plots.csv`` (English: split ``tenant_given``/``tenant_family``, the role header
    ``committee_rep`` in "SURNAME Given", ``phone``, ``email``; IDs ``plot_ref`` like "AP-0001" and
    repeating ``site``), ``chor_mitglieder.tsv`` (German: ``NAME`` in "SURNAME, GIVEN" capitals, the role
    header ``Stimmbildnerin``, ``Geburtsdatum``, ``Strasse``, ``PLZ``, ``Ort``; IDs ``Mitglieds_ID`` like
    "CH/25/014" and repeating ``Stimmgruppe``), ``pressing_depots.parquet`` (French, typed: int64
    ``ticket`` and ``nb_pieces``, float64 ``montant``, date32 ``date_depot``, string columns: ``deposant``
    "Given Surname" and the unusual person header ``retire_par``; IDs ``ticket`` and repeating
    ``comptoir``), ``mudanzas_presupuestos.csv`` (Spanish: persons only in the notes column
    ``observaciones``; ``telefono``, ``cp_origen``, ``municipio_destino``; IDs ``presupuesto`` like
    "MZ-2025-0042" and repeating ``furgoneta``), ``zegarmistrz_naprawy.tsv`` (Polish: three person columns
    in one row: ``klient`` "Given Surname", ``odbiera`` "K. Surname" and the role header ``zegarmistrz``
    "Surname, Given"; ``pesel``, ``telefon``; IDs
    ``nr`` like "0042/ZG" and repeating ``stanowisko``). Each has two record-ID columns (``id_columns``),
    products built partly from first names and place words, amounts, dates, statuses and a notes column
    mentioning people. About 30 % of rows are in another of the eight languages: their persons, notes,
    phones and ``lang:`` tags follow the row; IDs, products, amounts, dates and statuses keep the table's.

Names
    The group is drawn first, so the shares hold: about 40 % **invented** from syllable inventories in
    twelve styles no earlier card lists (tags ``invented`` + ``style:<s>``): xhosa, venda, kanuri, dinka,
    cree, shipibo, mixtec, chuvash, buryat, kannada, marathi, palauan. About 40 % **mimesis** first names
    and surnames (tags ``mimesis`` + ``locale:<l>``); mimesis has no unused locale that passes the
    filters, so nine non-Latin locales are reused and romanised here by conventions no earlier card
    names: ``ru`` in Polish usage (w, ch, cz, sz, szcz, ż, ł, c, ja/ia, je/ie, y), ``uk`` in French usage
    (ou, ch, tch, chtch, j, kh, ts, ï, ia/iou, ss between vowels), ``kk`` in Spanish usage (y for ж, j for
    х, ch, sh, gu before e/i, Kazakh letters folded to plain vowels), ``el`` in Spanish usage (z for θ, j
    for χ, y for γ before front vowels, qu for κ before e/i, b/d initially for μπ/ντ), ``ko`` in German
    usage (ö for ㅓ, ü for ㅡ, ä for ㅐ, dsch/tsch, j-glides, given names as one word), ``fa`` in German
    usage (sch, dsch, tsch, ch, w for initial و, j for initial ی, short vowels supplied) and ``ar-ae``,
    ``ar-sy``, ``ar-ye`` in Spanish usage (y for ج, j for خ, ch for ش, z for ث/ذ/ظ, the article dropped,
    "Abdel" fused with the next name, short vowels supplied). Only names that romanise to one word are
    used. About 20 % **word-like** (``wordlike`` + ``wordsrc:<lang>``): surnames that are trade,
    landscape, animal and food words of Latin, Breton, Cornish, Manx, Friulian, Corsican, Low German,
    Tagalog and Asturian, given names that are short words of those languages for weather and light.

    Filters. Invented and mimesis name words and every derived form (upper, lower, possessives, Polish
    genitive, nicknames, @handles): at least three letters, unknown to the engine (``usable`` /
    ``is_known_to_engine``), absent from Faker's person words and from the mimesis person lists of the
    covered locales (en, en-gb, de, fr, es, it, nl, pl, pt; invented words from every mimesis list), not
    a word of any template, key, product, company, status, header or honorific here, no word of an
    invented place, and wordfreq zipf < 3 in all eight languages. Word-like names pass the same checks
    except that zipf < 3 is required only in the language of the text (or table row) they appear in.
    E-mail local parts are two letters of the given name, a dot or underscore, two letters of the
    surname and digits (at fictitious ``.example`` domains), so they never hold a name word (three
    letters or more) whole.

Places and contacts
    Streets and cities are invented per language from syllables and endings no earlier card lists for
    that language (cities in "-wick/-by/-mere", "-hude/-lage/-wörth", "-ière/-ol/-anges",
    "-añar/-ota/-era", "-engo/-oro/-aglia", "-loo/-drecht/-eind", "-ałów/-isko/-ewo",
    "-alva/-eiros/-ança"), in street forms such as "7 X Close", "Xweg 12", "3 sente X", "Cuesta X, 8",
    "Salita X 4", "Xpad 9", "ul. X 14", "Largo X, 6"; their words are vetted like names. Phones, IBANs,
    national IDs (DE IdNr, FR NIR, ES DNI, IT CF, NL BSN, PL PESEL, PT NIF; a UK National Insurance number
    built here) and postcodes come from the shared helpers. Dates of birth are ``DATE_OF_BIRTH``, other
    dates ``utility:date``.

Tags
    PERSON: ``lang:xx``; case ``title``/``lower``/``upper`` (from the planted form); group and origin
    (above); one slot tag (``cc_line``, ``key_value``, ``signed``, ``arrow``, ``paren_date``, ``ask_for``,
    ``slash_pair``, ``sentence_start``, ``honorific``, ``possessive``, ``initial``, ``reversed``,
    ``agent``, ``pair``, ``greeting``, ``vocative``, ``signoff``, ``mention``, ``nickname``,
    ``chat_speaker``, ``sender_field``, ``table_cell``, ``table_notes``); ``inflected`` on Polish
    genitives, ``initial``/``reversed`` also on such table cells; ``split_name`` on separate given/family
    cells; ``shouted`` on records in capitals; ``canary`` on canary people. A lone given name (about
    12 % of mentions, in lower case) or a lone surname in capitals (about 8 %) stands in for a full name
    in most slots. Other personal values and every ``utility:<kind>``
    value carry ``lang:xx``; phones their form, IBANs theirs, national IDs their kind.

Canaries
    Three invented people (xhosa, cree and palauan styles): all three in every table (as the row's main
    person, in that table's form, and by full name in the notes; the notes-only table in its notes), the
    first a member of every chat (lower case, full name as speaker), and each drawn for about 1 % of the
    person slots of the other text files (always by full name). ``canaries`` lists those that appear in a file.

Size (scale 1.0, seed 11211)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); 8,705 PERSON values (3,707
    invented = 43 %, 3,377 mimesis = 39 %, 1,621 word-like = 19 %), 4,233 other personal values (623
    phones, 503 e-mails, 395 IBANs, 474 national IDs, 508 streets, 628 postcodes, 628 cities, 474 dates
    of birth) and 13,125 business values (1,200 of them record IDs). ``scale`` multiplies the record
    counts (at least 10 text records and 30 table rows per file). Generation takes about five seconds;
    ``summary()`` and ``python -m bench.detection.blindset11 --out DIR`` give the counts of a run (never
    the values).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from anonymize.vocabulary import faker_person_words
from bench.detection import sources
from bench.detection.format import FileSet, Planted

DEFAULT_SEED = 11211
TEXT_RECORDS = 95
TABLE_ROWS = 120
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
COVERED_LOCALES = ("en", "en-gb", "de", "fr", "es", "it", "nl", "pl", "pt")

# --- invented names ----------------------------------------------------------------------------------

#: style -> (onsets, vowels, codas, given endings, surname endings)
STYLES: dict[str, tuple[tuple[str, ...], ...]] = {
    "xhosa": (
        ("nq", "xh", "ng", "mb", "th", "l", "z", "kh", "nd", "s"),
        ("a", "e", "i", "o", "u"),
        ("",),
        ("ndiswa", "thando", "zola", "khwezi"),
        ("qhwesha", "ngxale", "bhulose"),
    ),
    "venda": (
        ("ṱ", "ḓ", "mu", "ts", "ph", "n", "v", "ḽ", "r", "d"),
        ("a", "e", "i", "o", "u"),
        ("",),
        ("ṱendo", "vhuhwi", "mpho"),
        ("ḓivhani", "murovhi", "tshiṱangu"),
    ),
    "kanuri": (
        ("k", "b", "g", "m", "ny", "sh", "z", "l", "f", "y"),
        ("a", "e", "ə", "i", "o", "u"),
        ("", "m", "n", "r"),
        ("ami", "uram", "agə"),
        ("ərmi", "aksə", "ulwa"),
    ),
    "dinka": (
        ("ŋ", "dh", "th", "ny", "m", "g", "b", "k", "r", "l"),
        ("a", "e", "ɛ", "i", "o", "ɔ", "u"),
        ("", "k", "t", "ŋ", "l"),
        ("ɔl", "uɛr", "ak"),
        ("ɛŋ", "iir", "ɔɔk"),
    ),
    "cree": (
        ("p", "t", "k", "ch", "m", "n", "s", "w", "y"),
        ("a", "â", "i", "î", "o", "ô", "ê"),
        ("", "w", "s", "sk", "n"),
        ("iskwew", "nâpêw", "ohkan"),
        ("âpihtaw", "wâpisk", "kîsik"),
    ),
    "shipibo": (
        ("sh", "b", "k", "n", "r", "t", "ts", "x", "w", "y"),
        ("a", "e", "i", "o"),
        ("", "n", "sh"),
        ("ainbo", "bena", "xeta"),
        ("inoshe", "baroya", "keneshi"),
    ),
    "mixtec": (
        ("ñ", "nd", "nt", "ch", "t", "k", "s", "x", "v", "y"),
        ("a", "e", "i", "o", "u", "ɨ"),
        ("",),
        ("ñuu", "ndaa", "tnuu"),
        ("ndoyo", "ichisa", "kuachi"),
    ),
    "chuvash": (
        ("ç", "v", "t", "k", "ş", "p", "l", "n", "s", "y"),
        ("a", "ă", "e", "ĕ", "i", "u", "ü", "ӳ"),
        ("", "r", "l", "n", "k"),
        ("ivan", "ulĕp", "ahtar"),
        ("kĕrĕk", "ӳtmer", "şerpel"),
    ),
    "buryat": (
        ("b", "d", "zh", "s", "kh", "ts", "n", "m", "g", "sh"),
        ("a", "e", "ü", "ö", "o", "u", "i"),
        ("", "n", "r", "l", "g"),
        ("dulma", "bato", "ryngse"),
        ("tsyrenov", "dorzhiev", "badmaev"),
    ),
    "kannada": (
        ("ch", "k", "g", "n", "p", "d", "r", "v", "s", "h"),
        ("a", "ā", "i", "ī", "u", "e", "ē", "o"),
        ("", "n", "r"),
        ("appa", "amma", "esha"),
        ("halli", "gowda", "nayaka"),
    ),
    "marathi": (
        ("bh", "dh", "ch", "j", "k", "g", "p", "v", "s", "t"),
        ("a", "ā", "i", "u", "e", "o"),
        ("", "n", "r"),
        ("anti", "ashri", "ili"),
        ("kar", "ekar", "ulkar"),
    ),
    "palauan": (
        ("ng", "kl", "b", "d", "r", "m", "t", "s", "ch", "kr"),
        ("a", "e", "i", "o", "u", "ii", "uu"),
        ("", "l", "ch", "d", "ng"),
        ("ebuul", "ilei", "ekiek"),
        ("ngirm", "elbaui", "tellei"),
    ),
}

# --- mimesis romanisations ----------------------------------------------------------------------------

MIMESIS_LOCALES = ("ru", "uk", "kk", "el", "ko", "fa", "ar-ae", "ar-sy", "ar-ye")

_CYR_VOWELS = set("аеёиоуыэюяіїєәөұүAЕЁИОУЫЭЮЯІЇЄ".lower())
_RU_PL = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "ж": "ż", "з": "z", "й": "j", "к": "k",
    "л": "ł", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "и": "i",
}  # fmt: skip
_UK_FR = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "j", "з": "z",
    "и": "y", "і": "i", "ї": "ï", "й": "ï", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts", "ч": "tch",
    "ш": "ch", "щ": "chtch", "ь": "", "ю": "iou", "я": "ia", "є": "ie", "'": "", "’": "",
}  # fmt: skip
_KK_ES = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "io",
    "ж": "y", "з": "z", "и": "i", "і": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
    "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ұ": "u", "ү": "u", "ф": "f", "х": "j", "һ": "j", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip


def _cyr(word: str, locale: str) -> str:
    low = word.lower()
    out = []
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        after_vowel = not prev or prev in _CYR_VOWELS or prev in "ьъ"
        if locale == "ru":
            if ch in "еёюя":
                base = {"е": "e", "ё": "o", "ю": "u", "я": "a"}[ch]
                if after_vowel:
                    out.append("j" + base)
                elif prev in "жшчщцл":
                    out.append(base)
                else:
                    out.append("i" + base)
                continue
            if ch == "л" and nxt in "еёюяиь":
                out.append("l")
                continue
            if ch == "и" and prev in "жшц":
                out.append("y")
                continue
            out.append(_RU_PL.get(ch, "?"))
        elif locale == "uk":
            if ch == "с" and prev in _CYR_VOWELS and nxt in _CYR_VOWELS:
                out.append("ss")
                continue
            out.append(_UK_FR.get(ch, "?"))
        else:
            if ch == "г" and nxt in "еиіэ":
                out.append("gu")
                continue
            out.append(_KK_ES.get(ch, "?"))
    return "".join(out)


_EL_ES = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "z", "ι": "i",
    "κ": "c", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "j", "ψ": "ps", "ω": "o",
}  # fmt: skip


def _greek(word: str) -> str:
    low = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    out = []
    i = 0
    while i < len(low):
        two = low[i : i + 2]
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if two in {"ου", "αι", "ει", "οι", "αυ", "ευ", "μπ", "ντ", "γκ", "γγ"}:
            rep = {"ου": "u", "αι": "e", "ει": "i", "οι": "i", "αυ": "av", "ευ": "ev"}.get(two)
            if rep is None:
                rep = {"μπ": "b", "ντ": "d", "γκ": "g", "γγ": "ng"}[two] if i == 0 else {
                    "μπ": "mb", "ντ": "nd", "γκ": "ng", "γγ": "ng"}[two]  # fmt: skip
            out.append(rep)
            i += 2
            continue
        ch = low[i]
        if ch == "γ" and nxt in "εηιυ":
            out.append("y")
        elif ch == "κ" and (nxt in "εηι" or low[i + 1 : i + 3] in {"αι", "ει", "οι"}):
            out.append("qu")
        else:
            out.append(_EL_ES.get(ch, "?"))
        i += 1
    return "".join(out)


_KO_INITIAL = ["k", "gg", "n", "t", "dd", "r", "m", "p", "bb", "s", "ss", "", "dsch", "dsch", "tsch",
               "k", "t", "p", "h"]  # fmt: skip
_KO_INITIAL_INNER = ["g", "gg", "n", "d", "dd", "r", "m", "b", "bb", "s", "ss", "", "dsch", "dsch",
                     "tsch", "k", "t", "p", "h"]  # fmt: skip
_KO_VOWEL = ["a", "ä", "ja", "jä", "ö", "e", "jö", "je", "o", "wa", "wä", "we", "jo", "u", "wo", "we",
             "wi", "ju", "ü", "üi", "i"]  # fmt: skip
_KO_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
             "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]  # fmt: skip


def _korean(word: str) -> str:
    out = []
    for i, ch in enumerate(word):
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return "?"
        ini, vow, fin = code // 588, (code % 588) // 28, code % 28
        onset = (_KO_INITIAL if i == 0 else _KO_INITIAL_INNER)[ini]
        vowel = _KO_VOWEL[vow]
        if onset == "s" and vowel.startswith(("i", "j")):
            onset = "sch"
        out.append(onset + vowel + _KO_FINAL[fin])
    return "".join(out)


_FA_DE = {
    "ا": "a", "آ": "a", "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "dsch", "چ": "tsch", "ح": "h",
    "خ": "ch", "د": "d", "ذ": "s", "ر": "r", "ز": "s", "ژ": "sch", "س": "s", "ش": "sch", "ص": "s",
    "ض": "s", "ط": "t", "ظ": "s", "ع": "", "غ": "gh", "ف": "f", "ق": "gh", "ک": "k", "ك": "k",
    "گ": "g", "ل": "l", "م": "m", "ن": "n", "و": "u", "ه": "h", "ی": "i", "ي": "i", "ئ": "i",
    "ء": "", "أ": "a", "\u200c": "",
}  # fmt: skip
_AR_ES = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "z", "ج": "y", "ح": "h",
    "خ": "j", "د": "d", "ذ": "z", "ر": "r", "ز": "z", "س": "s", "ش": "ch", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "", "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "و": "u", "ي": "i", "ى": "a", "ة": "a", "ء": "", "ؤ": "u", "ئ": "i",
}  # fmt: skip
_LONG = {"a", "u", "i", ""}


def _semitic(word: str, table: dict[str, str], initial_w: str, initial_y: str) -> str:
    letters = [c for c in word if c in table or c in "وی"]
    if not letters:
        return "?"
    units: list[tuple[str, bool]] = []  # (text, is_vowel)
    for i, ch in enumerate(letters):
        rep = table.get(ch, "?")
        if ch == "و" and (i == 0 or (i + 1 < len(letters) and table.get(letters[i + 1], "x") in _LONG)):
            units.append((initial_w, False))
        elif ch in "یي" and i == 0:
            units.append((initial_y, False))
        elif ch == "ه" and i == len(letters) - 1 and i:
            units.append(("e" if initial_w == "w" else "a", True))
        else:
            units.append((rep, rep in _LONG))
    out: list[str] = []
    run = 0
    for i, (text, vowel) in enumerate(units):
        if vowel:
            run = 0
            out.append(text)
            continue
        if i == 1 and not units[0][1]:
            out.append("a")
            run = 0
        elif run >= 2:
            out.append("e")
            run = 0
        out.append(text)
        run += 1
    return "".join(out)


def romanise(word: str, locale: str) -> str:
    """``word`` of a mimesis list in this module's convention for ``locale`` (one word, or "?")."""
    word = word.strip()
    if locale in {"ru", "uk", "kk"}:
        text = _cyr(word, locale)
    elif locale == "el":
        text = _greek(word)
    elif locale == "ko":
        text = _korean(word)
    elif locale == "fa":
        text = _semitic(word.replace("\u200c", ""), _FA_DE, "w", "j")
    else:
        parts = word.split()
        parts = [p[2:] if p.startswith("ال") and len(p) > 3 else p for p in parts if p not in {"ال", "آل"}]
        if len(parts) == 2 and parts[0] == "عبد":
            return "Abdel" + _semitic(parts[1], _AR_ES, "u", "y").lower()
        if len(parts) != 1:
            return "?"
        text = _semitic(parts[0], _AR_ES, "u", "y")
    return text[:1].upper() + text[1:] if text else "?"


# --- word-like names ----------------------------------------------------------------------------------

#: source language -> (surnames: trade, landscape, animal, food words; given names: weather/light words)
WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "la": (("Faber", "Sutor", "Piscator", "Agricola", "Vallis", "Collis", "Lupus", "Ursus", "Mel"),
           ("Lux", "Nimbus", "Aurora", "Stella", "Pluvia")),
    "br": (("Govel", "Kemener", "Menez", "Traonienn", "Bleiz", "Moc'h", "Amanenn", "Krampouezh"),
           ("Heol", "Glav", "Avel", "Goulou", "Steredenn")),
    "kw": (("Gov", "Kenter", "Meneth", "Nans", "Bleydh", "Bara", "Keun", "Pysk"),
           ("Howl", "Glaw", "Golow", "Steren", "Niwl")),
    "gv": (("Gaaue", "Eeasteyr", "Slieau", "Glione", "Moddey", "Arran", "Caashey", "Thalloo"),
           ("Grian", "Fliaghey", "Sollys", "Rollage", "Geay")),
    "fur": (("Fari", "Pescjadôr", "Mont", "Agâr", "Lôf", "Formadi", "Pan", "Cjamp"),
            ("Lûs", "Ploie", "Nêf", "Stele", "Albe")),
    "co": (("Ferraghju", "Pastore", "Monte", "Machja", "Cignale", "Casgiu", "Castagna", "Fiume"),
           ("Luce", "Neve", "Vintu", "Stella", "Alba")),
    "nds": (("Smitt", "Fischer", "Deek", "Heid", "Voss", "Swien", "Botter", "Kleef"),
            ("Wedder", "Snee", "Wulk", "Steern", "Dag")),
    "tl": (("Panday", "Mangingisda", "Bundok", "Ilog", "Kalabaw", "Bigas", "Saging", "Gubat"),
           ("Ulan", "Araw", "Bituin", "Liwanag", "Hamog")),
    "ast": (("Ferreru", "Pescador", "Monte", "Valle", "Llobu", "Quesu", "Fabes", "Ríu"),
            ("Lluz", "Nube", "Ñeve", "Estrella", "Alborada")),
}  # fmt: skip

# --- languages: templates -------------------------------------------------------------------------------

HONORIFICS = {
    "en": ("Ms", "Mr"), "de": ("Frau", "Herr"), "fr": ("Mme", "M."), "es": ("Sra.", "Sr."),
    "it": ("sig.ra", "sig."), "nl": ("mevr.", "dhr."), "pl": ("pani", "pan"), "pt": ("D.", "Sr."),
}  # fmt: skip

#: per language: slot -> template. {P} first person, {Q} second, {V} a business phrase.
SHAPES: dict[str, dict[str, str]] = {
    "en": {
        "cc_line": "cc: {P}; {Q}. {V}",
        "key_value": "contact={P} | {V}",
        "signed": "{V} signed off: {P}",
        "arrow": "handover {P} -> {Q}, {V}",
        "paren_date": "{V} (noted by {P}, {D})",
        "ask_for": "{V} Please ask for {P} at the gate.",
        "slash_pair": "{P}/{Q} share this one. {V}",
        "sentence_start": "{P} phoned back about it. {V}",
        "honorific": "{V} Paid by {H} {P}.",
        "possessive": "{P} request stays open. {V}",
        "initial": "{V} Checked by {P}.",
        "reversed": "{V} Entered as {P}.",
        "agent": "{V} Sorted out by {P} yesterday.",
        "pair": "{P} and {Q} both came in. {V}",
    },
    "de": {
        "cc_line": "Kopie an: {P}; {Q}. {V}",
        "key_value": "ansprechpartner={P} | {V}",
        "signed": "{V} gez. {P}",
        "arrow": "Übergabe {P} -> {Q}, {V}",
        "paren_date": "{V} (vermerkt von {P}, {D})",
        "ask_for": "{V} Bitte fragen Sie nach {P} am Hoftor.",
        "slash_pair": "{P}/{Q} teilen sich das. {V}",
        "sentence_start": "{P} hat deswegen zurückgerufen. {V}",
        "honorific": "{V} Bezahlt hat {H} {P}.",
        "possessive": "{P} Anfrage bleibt offen. {V}",
        "initial": "{V} Geprüft von {P}.",
        "reversed": "{V} Erfasst als {P}.",
        "agent": "{V} Erledigt durch {P} gestern.",
        "pair": "{P} und {Q} kamen beide vorbei. {V}",
    },
    "fr": {
        "cc_line": "copie : {P} ; {Q}. {V}",
        "key_value": "interlocuteur={P} | {V}",
        "signed": "{V} signé : {P}",
        "arrow": "relève {P} -> {Q}, {V}",
        "paren_date": "{V} (noté par {P}, {D})",
        "ask_for": "{V} Demandez {P} au portail.",
        "slash_pair": "{P}/{Q} se partagent ça. {V}",
        "sentence_start": "{P} a rappelé à ce sujet. {V}",
        "honorific": "{V} Réglé par {H} {P}.",
        "possessive": "La demande de {P} reste ouverte. {V}",
        "initial": "{V} Vérifié par {P}.",
        "reversed": "{V} Saisi comme {P}.",
        "agent": "{V} Réglé hier par {P}.",
        "pair": "{P} et {Q} sont passés tous les deux. {V}",
    },
    "es": {
        "cc_line": "copia: {P}; {Q}. {V}",
        "key_value": "interlocutor={P} | {V}",
        "signed": "{V} firmado: {P}",
        "arrow": "relevo {P} -> {Q}, {V}",
        "paren_date": "{V} (anotado por {P}, {D})",
        "ask_for": "{V} Pregunte por {P} en la entrada.",
        "slash_pair": "{P}/{Q} se lo reparten. {V}",
        "sentence_start": "{P} volvió a llamar por esto. {V}",
        "honorific": "{V} Pagado por {H} {P}.",
        "possessive": "La petición de {P} sigue abierta. {V}",
        "initial": "{V} Revisado por {P}.",
        "reversed": "{V} Registrado como {P}.",
        "agent": "{V} Resuelto ayer por {P}.",
        "pair": "{P} y {Q} vinieron los dos. {V}",
    },
    "it": {
        "cc_line": "copia a: {P}; {Q}. {V}",
        "key_value": "referente={P} | {V}",
        "signed": "{V} firmato: {P}",
        "arrow": "cambio turno {P} -> {Q}, {V}",
        "paren_date": "{V} (annotato da {P}, {D})",
        "ask_for": "{V} Chiedere di {P} al cancello.",
        "slash_pair": "{P}/{Q} se lo dividono. {V}",
        "sentence_start": "{P} ha richiamato per questo. {V}",
        "honorific": "{V} Pagato da {H} {P}.",
        "possessive": "La richiesta di {P} resta aperta. {V}",
        "initial": "{V} Controllato da {P}.",
        "reversed": "{V} Registrato come {P}.",
        "agent": "{V} Sistemato ieri da {P}.",
        "pair": "{P} e {Q} sono passati entrambi. {V}",
    },
    "nl": {
        "cc_line": "cc: {P}; {Q}. {V}",
        "key_value": "contactpersoon={P} | {V}",
        "signed": "{V} get. {P}",
        "arrow": "overdracht {P} -> {Q}, {V}",
        "paren_date": "{V} (genoteerd door {P}, {D})",
        "ask_for": "{V} Vraag naar {P} bij het hek.",
        "slash_pair": "{P}/{Q} delen deze. {V}",
        "sentence_start": "{P} belde hierover terug. {V}",
        "honorific": "{V} Betaald door {H} {P}.",
        "possessive": "{P} aanvraag blijft open. {V}",
        "initial": "{V} Nagekeken door {P}.",
        "reversed": "{V} Ingevoerd als {P}.",
        "agent": "{V} Gisteren geregeld door {P}.",
        "pair": "{P} en {Q} kwamen allebei langs. {V}",
    },
    "pl": {
        "cc_line": "do wiadomości: {P}; {Q}. {V}",
        "key_value": "osoba_kontaktowa={P} | {V}",
        "signed": "{V} podpisał(a): {P}",
        "arrow": "przekazanie {P} -> {Q}, {V}",
        "paren_date": "{V} (zanotował(a) {P}, {D})",
        "ask_for": "{V} Proszę pytać o {P} przy bramie.",
        "slash_pair": "{P}/{Q} dzielą się tym. {V}",
        "sentence_start": "{P} oddzwonił(a) w tej sprawie. {V}",
        "honorific": "{V} Zapłacił(a) {H} {P}.",
        "possessive": "Prośba {P} jest nadal otwarta. {V}",
        "initial": "{V} Sprawdził(a) {P}.",
        "reversed": "{V} Wpisano jako {P}.",
        "agent": "{V} Załatwione wczoraj przez {P}.",
        "pair": "{P} i {Q} przyszli oboje. {V}",
    },
    "pt": {
        "cc_line": "c/c: {P}; {Q}. {V}",
        "key_value": "interlocutor={P} | {V}",
        "signed": "{V} assinado: {P}",
        "arrow": "passagem {P} -> {Q}, {V}",
        "paren_date": "{V} (anotado por {P}, {D})",
        "ask_for": "{V} Perguntar por {P} no portão.",
        "slash_pair": "{P}/{Q} dividem isto. {V}",
        "sentence_start": "{P} voltou a ligar por isto. {V}",
        "honorific": "{V} Pago por {H} {P}.",
        "possessive": "O pedido de {P} continua aberto. {V}",
        "initial": "{V} Verificado por {P}.",
        "reversed": "{V} Registado como {P}.",
        "agent": "{V} Resolvido ontem por {P}.",
        "pair": "{P} e {Q} vieram os dois. {V}",
    },
}

#: per language: business phrase with {O} order, {PR} product, {A} amount, {S} status, {C} company
BUSINESS = {
    "en": "Order {O}: {PR}, {A}, {S} ({C}).",
    "de": "Auftrag {O}: {PR}, {A}, {S} ({C}).",
    "fr": "Commande {O} : {PR}, {A}, {S} ({C}).",
    "es": "Pedido {O}: {PR}, {A}, {S} ({C}).",
    "it": "Ordine {O}: {PR}, {A}, {S} ({C}).",
    "nl": "Order {O}: {PR}, {A}, {S} ({C}).",
    "pl": "Zlecenie {O}: {PR}, {A}, {S} ({C}).",
    "pt": "Encomenda {O}: {PR}, {A}, {S} ({C}).",
}
#: per language: contact phrase: {T} phone, {E} e-mail, {ST} street, {PC} postcode, {CI} city,
#: {B} date of birth, {N} national ID, {I} IBAN
CONTACT = {
    "en": ("tel {T}, mail {E}", "address {ST}, {CI} {PC}", "born {B}, NI {N}", "account {I}"),
    "de": ("Tel. {T}, Mail {E}", "Anschrift {ST}, {PC} {CI}", "geb. {B}, IdNr {N}", "Konto {I}"),
    "fr": ("tél. {T}, courriel {E}", "adresse {ST}, {PC} {CI}", "né(e) le {B}, NIR {N}", "RIB {I}"),
    "es": ("tel. {T}, correo {E}", "dirección {ST}, {PC} {CI}", "nacido/a {B}, DNI {N}", "cuenta {I}"),
    "it": ("tel. {T}, mail {E}", "indirizzo {ST}, {PC} {CI}", "nato/a il {B}, CF {N}", "conto {I}"),
    "nl": ("tel. {T}, mail {E}", "adres {ST}, {PC} {CI}", "geb. {B}, BSN {N}", "rekening {I}"),
    "pl": ("tel. {T}, e-mail {E}", "adres {ST}, {PC} {CI}", "ur. {B}, PESEL {N}", "konto {I}"),
    "pt": ("tel. {T}, email {E}", "morada {ST}, {PC} {CI}", "nascido/a {B}, NIF {N}", "conta {I}"),
}
STATUSES = {
    "en": ("pending", "done", "on hold", "cancelled"),
    "de": ("offen", "erledigt", "zurückgestellt", "storniert"),
    "fr": ("en attente", "terminé", "suspendu", "annulé"),
    "es": ("pendiente", "hecho", "en espera", "anulado"),
    "it": ("in attesa", "fatto", "sospeso", "annullato"),
    "nl": ("open", "klaar", "on hold", "geannuleerd"),
    "pl": ("oczekuje", "zrobione", "wstrzymane", "anulowane"),
    "pt": ("pendente", "feito", "suspenso", "anulado"),
}
PRODUCT_NAMES = ("Rosie", "Greta", "Margot", "Lola", "Bruno", "Nina", "Oskar", "Hugo", "Clara", "Elsa")
PRODUCT_PLACES = ("Bristol", "Bremen", "Nantes", "Toledo", "Verona", "Utrecht", "Gdańsk", "Braga")
PRODUCT_NOUNS = {
    "en": ("seed box", "log crate", "ringing kit", "reader bag"),
    "de": ("Kaminholz Kiste", "Lernpaket", "Chormappe", "Holzkorb"),
    "fr": ("panier", "housse", "recueil", "cagette"),
    "es": ("caja", "transportín", "semillero", "mudanza exprés"),
    "it": ("cesto", "costume", "spartito", "soggiorno"),
    "nl": ("zeilhoes", "schaatstas", "zaadpakket", "tuinkist"),
    "pl": ("kajak", "pasek", "kurtka", "zegarek"),
    "pt": ("jarra", "pneu", "cântaro", "quadro"),
}
COMPANIES = ("Moorfield Supplies Ltd", "Holzhof Brandt GmbH", "Ets Ravel & Fils", "Mudanzas Sol SL",
             "Sartoria Eco Srl", "Zeilwerk BV", "Czas Sp. z o.o.", "Barro Vivo Lda")  # fmt: skip

GENRES: dict[str, tuple[tuple[str, str, str], ...]] = {
    # (file name, format, heading word used in records)
    "en": (("allotment_plot_log", "txt", "Plot"), ("library_van_stops", "jsonl", "Stop"),
           ("en_chat", "txt", "")),
    "de": (("kaminholz_lieferungen", "txt", "Lieferung"), ("nachhilfe_stunden", "jsonl", "Stunde"),
           ("de_chat", "jsonl", "")),
    "fr": (("maraicher_paniers", "txt", "Panier"), ("pressing_depots_suivi", "jsonl", "Dépôt"),
           ("fr_chat", "txt", "")),
    "es": (("mudanzas_presupuestos_log", "txt", "Presupuesto"), ("clinica_veterinaria", "jsonl", "Visita"),
           ("es_chat", "jsonl", "")),
    "it": (("agriturismo_prenotazioni", "txt", "Prenotazione"), ("sartoria_teatrale", "jsonl", "Prova"),
           ("it_chat", "txt", "")),
    "nl": (("volkstuin_tuinen", "txt", "Tuin"), ("zeilmakerij_werkbonnen", "jsonl", "Werkbon"),
           ("nl_chat", "jsonl", "")),
    "pl": (("kajaki_wypozyczenia", "txt", "Wypożyczenie"), ("zegarmistrz_zlecenia", "jsonl", "Naprawa"),
           ("pl_chat", "txt", "")),
    "pt": (("olaria_encomendas", "txt", "Encomenda"), ("oficina_bicicletas", "jsonl", "Reparação"),
           ("pt_chat", "jsonl", "")),
}  # fmt: skip
JSON_KEYS = {
    "en": ("job", "client", "contact", "entries", "note"),
    "de": ("auftrag", "kunde", "adresse", "eintraege", "text"),
    "fr": ("depot", "client", "coordonnees", "passages", "texte"),
    "es": ("cita", "cliente", "contacto", "visitas", "nota"),
    "it": ("commessa", "cliente", "recapito", "prove", "nota"),
    "nl": ("opdracht", "klant", "adres", "werkbon", "regel"),
    "pl": ("zlecenie", "klient", "kontakt", "naprawy", "opis"),
    "pt": ("pedido", "cliente", "contacto", "reparacoes", "texto"),
}
CHAT = {
    # greeting, vocative, mention, nickname, signoff, plain line
    "en": ("morning {P}!", "{P}, did the nets go up?", "@{P} ringing at six?", "cheers {P} for the rings",
           "see you all, {P}", "two robins and a wren in the mist nets"),
    "de": ("hallo {P}!", "{P}, probst du mit?", "@{P} alt oder sopran?", "danke {P} fürs notenblatt",
           "bis donnerstag, {P}", "die probe beginnt um sieben"),
    "fr": ("bonjour {P} !", "{P}, tu chantes dimanche ?", "@{P} on répète le kyrie ?",
           "merci {P} pour les partitions", "à samedi, {P}", "la répétition est à vingt heures"),
    "es": ("buenas {P}!", "{P}, ¿riegas tú hoy?", "@{P} ¿quedan tomateras?", "gracias {P} por el compost",
           "hasta el sábado, {P}", "hay que arreglar la valla del huerto"),
    "it": ("ciao {P}!", "{P}, vieni alle prove?", "@{P} porti le cartelline?", "grazie {P} per il passaggio",
           "a giovedì, {P}", "le prove sono alle nove"),
    "nl": ("hoi {P}!", "{P}, is het ijs al dik genoeg?", "@{P} baanvegen om acht?",
           "bedankt {P} voor de koffie", "tot zaterdag, {P}", "de baan gaat morgen open"),
    "pl": ("cześć {P}!", "{P}, idziesz na ambonę?", "@{P} zbiórka o szóstej?", "dzięki {P} za termos",
           "do soboty, {P}", "zbiórka przy leśniczówce"),
    "pt": ("olá {P}!", "{P}, vens ao ensaio?", "@{P} levas os arcos?", "obrigado {P} pelo lanche",
           "até sexta, {P}", "o ensaio é na coletividade"),
}  # fmt: skip
CHAT_SLOTS = ("greeting", "vocative", "mention", "nickname", "signoff")

#: table specs are written in `_tables`; their headers are listed here for the template filter
TABLE_HEADERS = (
    "plot_ref site tenant_given tenant_family committee_rep phone email crop_box rent due_date state remarks "
    "Mitglieds_ID Stimmgruppe NAME Stimmbildnerin Geburtsdatum Strasse PLZ Ort Beitrag Eintritt Status "
    "Bemerkung Artikel ticket comptoir deposant retire_par article nb_pieces montant date_depot statut note "
    "presupuesto furgoneta servicio telefono cp_origen municipio_destino importe fecha estado observaciones "
    "nr stanowisko klient odbiera zegarmistrz pesel telefon model kwota data status uwagi"
)
NOTES = {
    "en": ("{P} will water it while {Q} is away.", "Keys left with {P}.", "{P} asked about the shed."),
    "de": ("{P} übernimmt die Probe für {Q}.", "Schlüssel liegt bei {P}.", "{P} fragte nach Noten."),
    "fr": ("{P} récupère pour {Q}.", "Ticket remis à {P}.", "{P} a demandé un délai."),
    "es": ("{P} firma el presupuesto con {Q}.", "Llaves con {P}.", "{P} pidió otra fecha."),
    "it": ("{P} ritira per {Q}.", "Chiavi lasciate a {P}.", "{P} ha chiesto uno sconto."),
    "nl": ("{P} haalt op voor {Q}.", "Sleutel bij {P}.", "{P} vroeg om uitstel."),
    "pl": ("{P} odbiera za {Q}.", "Klucze u {P}.", "{P} prosi o termin."),
    "pt": ("{P} levanta por {Q}.", "Chave com {P}.", "{P} pediu outro prazo."),
}

# --- places --------------------------------------------------------------------------------------------

PLACE_PARTS = {
    # (roots, city endings, street format)
    "en": (("Thorn", "Fell", "Brack", "Wend", "Hask", "Cul"), ("wick", "by", "mere"), "{n} {r}ley Close"),
    "de": (("Wüst", "Brak", "Holz", "Kamp", "Lind", "Ursp"), ("hude", "lage", "wörth"), "{r}weg {n}"),
    "fr": (("Vaux", "Bruy", "Chaum", "Plessan", "Gourn", "Ravel"), ("ière", "ol", "anges"), "{n} sente {r}"),
    "es": (("Torm", "Valdr", "Arbej", "Cerr", "Olmed", "Quint"), ("añar", "ota", "era"), "Cuesta {r}, {n}"),
    "it": (("Borgh", "Castr", "Pianz", "Rocc", "Valm", "Serr"), ("engo", "oro", "aglia"), "Salita {r} {n}"),
    "nl": (("Wester", "Ooster", "Brak", "Zand", "Heek", "Vlier"), ("loo", "drecht", "eind"), "{r}pad {n}"),
    "pl": (("Brzez", "Grab", "Kamion", "Olsz", "Wierzb", "Lip"), ("ałów", "isko", "ewo"), "ul. {r}owa {n}"),
    "pt": (
        ("Carv", "Pinh", "Soutel", "Barr", "Fonte", "Lamar"),
        ("alva", "eiros", "ança"),
        "Largo {r}o, {n}",
    ),
}


@dataclass
class Person:
    given: str
    family: str
    group: str
    origin: str  # style:<s> | locale:<l> | wordsrc:<l>
    canary: bool = False

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


class Vetter:
    """The filters every name and place word passes."""

    def __init__(self) -> None:
        from wordfreq import zipf_frequency

        self.zipf = zipf_frequency
        self.faker = faker_person_words()
        self.all_mimesis = sources.mimesis_person_words()
        self.covered = _covered_mimesis_words()
        self.template = template_words()
        self.places: set[str] = set()
        self._cache: dict[tuple[str, tuple[str, ...]], bool] = {}

    def word_ok(self, word: str, langs: tuple[str, ...], *, invented: bool = False) -> bool:
        key = (word, (*langs, "inv" if invented else ""))
        if key in self._cache:
            return self._cache[key]
        folded = word.casefold()
        ok = (
            len(word) >= 3
            and re.fullmatch(r"[^\W\d_]+", word) is not None
            and folded not in self.faker
            and folded not in self.covered
            and folded not in self.template
            and folded not in self.places
            and (
                not invented
                or (folded not in self.all_mimesis and sources.fold_ascii(word) not in self.all_mimesis)
            )
            and all(self.zipf(folded, lang) < 3 for lang in langs)
            and sources.usable(word)
            and sources.usable(word.upper())
        )
        self._cache[key] = ok
        return ok


@lru_cache(maxsize=1)
def _covered_mimesis_words() -> frozenset[str]:
    found: set[str] = set()
    base = Path(sources.__file__).resolve()
    del base
    datasets = sources._DATASETS
    for locale in COVERED_LOCALES:
        data = json.loads((datasets / locale / "person.json").read_text(encoding="utf-8"))
        for key in ("names", "surnames"):
            value = data.get(key)
            items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value or []
            for item in items:
                found.update(sources.words_of(str(item)))
    return frozenset(found)


@lru_cache(maxsize=1)
def template_words() -> frozenset[str]:
    """Every word of this module's templates, keys, products, companies, statuses and headers."""
    texts: list[str] = [TABLE_HEADERS]
    for table in (SHAPES, BUSINESS, CONTACT, STATUSES, PRODUCT_NOUNS, JSON_KEYS, CHAT, NOTES, HONORIFICS):
        for value in table.values():
            texts.extend([value] if isinstance(value, str) else [str(v) for v in value])
    texts.extend(PRODUCT_NAMES + PRODUCT_PLACES + COMPANIES)
    for genres in GENRES.values():
        texts.extend(" ".join(g) for g in genres)
    words = {w.casefold() for t in texts for w in re.findall(r"[^\W\d_]+", t.replace("_", " "))}
    return frozenset(words | {"cc", "tel", "mail", "gez", "get"})


def _mimesis_list(locale: str, key: str, gender: str) -> list[str]:
    data = json.loads((sources._DATASETS / locale / "person.json").read_text(encoding="utf-8"))
    value = data.get(key)
    if isinstance(value, dict):
        return list(value.get(gender) or [v for vs in value.values() for v in vs])
    return list(value or [])


class Names:
    """Pools of vetted given names and surnames per group and origin."""

    def __init__(self, rng: random.Random, vetter: Vetter) -> None:
        self.rng = rng
        self.vetter = vetter
        self.invented: dict[str, tuple[list[str], list[str]]] = {}
        for style in sorted(STYLES):
            given: list[str] = []
            family: list[str] = []
            for _ in range(400):
                if len(given) >= 40 and len(family) >= 40:
                    break
                word = self._invent(style, surname=len(given) >= 40)
                pool = family if len(given) >= 40 else given
                if (
                    word not in given
                    and word not in family
                    and self.vetter.word_ok(word, LANGS, invented=True)
                ):
                    pool.append(word)
            self.invented[style] = (given, family)
        self.mimesis: dict[str, tuple[list[str], list[str]]] = {}
        for locale in MIMESIS_LOCALES:
            given, family = [], []
            for gender in ("female", "male"):
                for raw in _mimesis_list(locale, "names", gender):
                    self._take(romanise(raw, locale), given)
                for raw in _mimesis_list(locale, "surnames", gender):
                    self._take(romanise(raw, locale), family)
            if len(given) >= 3 and len(family) >= 3:
                self.mimesis[locale] = (sorted(set(given)), sorted(set(family)))

    def _take(self, word: str, pool: list[str]) -> None:
        if (
            "?" not in word
            and all(unicodedata.name(c, "").startswith("LATIN") for c in word)
            and self.vetter.word_ok(word, LANGS)
            and self.vetter.word_ok(word + "a", ("pl",))
        ):
            pool.append(word)

    def _invent(self, style: str, *, surname: bool) -> str:
        onsets, vowels, codas, given_end, family_end = STYLES[style]
        rng = self.rng
        syll = "".join(
            rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(rng.randint(1, 2))
        )
        end = rng.choice(family_end if surname else given_end)
        word = syll + end[: rng.randint(2, len(end))]
        return word[:1].upper() + word[1:]

    def person(self, lang: str) -> Person:
        rng = self.rng
        roll = rng.random()
        if roll < 0.4:
            style = rng.choice(sorted(self.invented))
            given, family = self.invented[style]
            return Person(rng.choice(given), rng.choice(family), "invented", f"style:{style}")
        if roll < 0.8:
            locale = rng.choice(sorted(self.mimesis))
            given, family = self.mimesis[locale]
            return Person(rng.choice(given), rng.choice(family), "mimesis", f"locale:{locale}")
        for _ in range(50):
            src = rng.choice(sorted(WORDLIKE))
            surnames, givens = WORDLIKE[src]
            g, f = rng.choice(givens), rng.choice(surnames)
            if g != f and all(self.vetter.word_ok(w, (lang,)) for w in (g, f, f + "a", g + "s", f + "s")):
                return Person(g, f, "wordlike", f"wordsrc:{src}")
        return self.person(lang)


def _case_tag(value: str) -> str:
    letters = [c for c in value if c.isalpha()]
    if all(c.islower() for c in letters):
        return "lower"
    if all(c.isupper() for c in letters) and len(letters) > 1:
        return "upper"
    return "title"


class Builder:
    """Records of one file: text plus its planted values."""

    def __init__(self, rng: random.Random, names: Names, places: dict[str, tuple[list[str], list[str]]],
                 canaries: list[Person]) -> None:  # fmt: skip
        self.rng = rng
        self.names = names
        self.places = places
        self.canaries = canaries
        self.counter = 0

    def ptags(
        self, person: Person, lang: str, value: str, slot: str, extra: tuple[str, ...] = ()
    ) -> list[str]:
        tags = [f"lang:{lang}", _case_tag(value), person.group, person.origin, slot, *extra]
        if person.canary:
            tags.append("canary")
        return tags

    def form(self, person: Person, lang: str, slot: str) -> tuple[str, str, tuple[str, ...]]:
        """(text, planted value, extra tags) of a person in a slot."""
        if person.canary:
            return person.full, person.full, ()
        if slot == "initial":
            return f"{person.given[0]}. {person.family}", person.family, ()
        if slot == "reversed":
            return f"{person.family.upper()}, {person.given}", f"{person.family.upper()}, {person.given}", ()
        if slot == "honorific":
            return person.family, person.family, ()
        if slot == "possessive":
            if lang == "en":
                return f"{person.full}'s", person.full, ()
            langs = (lang,) if person.group == "wordlike" else LANGS
            suffix = {"de": "s", "nl": "s", "pl": "a"}.get(lang, "")
            if suffix and not self.names.vetter.word_ok(person.family + suffix, langs):
                return person.full, person.full, ()
            if lang in {"de", "nl"}:
                return f"{person.given} {person.family}s", f"{person.given} {person.family}s", ()
            if lang == "pl":
                return f"{person.given} {person.family}a", f"{person.given} {person.family}a", ("inflected",)
            return person.full, person.full, ()
        if self.rng.random() < 0.12 and slot not in {"cc_line"}:
            return person.given.lower(), person.given.lower(), ()
        if self.rng.random() < 0.08:
            return person.family.upper(), person.family.upper(), ()
        return person.full, person.full, ()

    def pick(self, lang: str) -> Person:
        if self.canaries and self.rng.random() < 0.01:
            return self.rng.choice(self.canaries)
        return self.names.person(lang)

    def business(self, lang: str, table_lang: str | None = None) -> tuple[str, list[Planted]]:
        rng = self.rng
        self.counter += 1
        order = f"{lang.upper()}-{rng.randint(10000, 99999)}"
        product = f"{rng.choice(PRODUCT_NOUNS[lang])} {rng.choice(PRODUCT_NAMES + PRODUCT_PLACES)}"
        amount = (
            f"{rng.randint(5, 900)},{rng.randint(0, 99):02d} €"
            if lang != "en"
            else f"£{rng.randint(5, 900)}.{rng.randint(0, 99):02d}"
        )
        status = rng.choice(STATUSES[lang])
        company = rng.choice(COMPANIES)
        text = BUSINESS[lang].format(O=order, PR=product, A=amount, S=status, C=company)
        tag = [f"lang:{lang}"]
        planted = [
            Planted("utility:order_number", order, tags=list(tag)),
            Planted("utility:product", product, tags=list(tag)),
            Planted("utility:amount", amount, tags=list(tag)),
            Planted("utility:status", status, tags=list(tag)),
            Planted("utility:company", company, tags=list(tag)),
        ]
        return text, planted

    def contact(self, lang: str, person: Person) -> tuple[str, list[Planted]]:
        rng = self.rng
        country = COUNTRY[lang]
        kind = rng.randrange(4)
        tag = f"lang:{lang}"
        if kind == 0:
            phone, style = sources.phone(rng, country)
            mail = self.email(person, lang)
            return CONTACT[lang][0].format(T=phone, E=mail), [
                Planted("PHONE_NUMBER", phone, tags=[tag, style]),
                Planted("EMAIL_ADDRESS", mail, tags=[tag]),
            ]
        if kind == 1:
            street, city = self.street(lang), self.city(lang)
            pc = sources.postcode(rng, country)
            return CONTACT[lang][1].format(ST=street, CI=city, PC=pc), [
                Planted("STREET_ADDRESS", street, tags=[tag]),
                Planted("POSTCODE", pc, tags=[tag]),
                Planted("CITY", city, tags=[tag]),
            ]
        if kind == 2:
            born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 60))
            dob = born.strftime("%d.%m.%Y" if lang in {"de", "pl", "nl"} else "%d/%m/%Y")
            nid = national(rng, country)
            return CONTACT[lang][2].format(B=dob, N=nid[0]), [
                Planted("DATE_OF_BIRTH", dob, tags=[tag]),
                Planted("NATIONAL_ID", nid[0], tags=[tag, nid[1]]),
            ]
        value, style = sources.iban(rng, country if country != "GB" else "GB")
        return CONTACT[lang][3].format(I=value), [Planted("IBAN_CODE", value, tags=[tag, style])]

    def email(self, person: Person, lang: str) -> str:
        rng = self.rng
        g, f = sources.fold_ascii(person.given), sources.fold_ascii(person.family)
        local = f"{g[:2]}{rng.choice(['.', '_'])}{f[:2]}{rng.randint(10, 9999)}"
        domain = rng.choice(("post-box.example", "mailhub.example", "inbox.example"))
        return f"{local}@{lang}{domain}"

    def street(self, lang: str) -> str:
        roots, _ = self.places[lang]
        return PLACE_PARTS[lang][2].format(r=self.rng.choice(roots), n=self.rng.randint(1, 60))

    def city(self, lang: str) -> str:
        return self.rng.choice(self.places[lang][1])

    def sentence(
        self, lang: str, slot: str, *, with_business: bool = True
    ) -> tuple[str, list[Planted], list[Person]]:
        rng = self.rng
        template = SHAPES[lang][slot]
        p, q = self.pick(lang), self.pick(lang)
        while q.full == p.full:
            q = self.names.person(lang)
        btext, bplanted = self.business(lang) if with_business else ("", [])
        planted: list[Planted] = []
        ptext, pval, extra = self.form(p, lang, slot)
        planted.append(Planted("PERSON", pval, tags=self.ptags(p, lang, pval, slot, extra)))
        used = [p]
        qtext = ""
        if "{Q}" in template:
            qtext, qval, qextra = self.form(q, lang, slot)
            planted.append(Planted("PERSON", qval, tags=self.ptags(q, lang, qval, slot, qextra)))
            used.append(q)
        date = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}"
        if "{D}" in template:
            bplanted.append(Planted("utility:date", date, tags=[f"lang:{lang}"]))
        hon = HONORIFICS[lang][rng.randrange(2)]
        text = re.sub(r"\s+", " ", template.format(P=ptext, Q=qtext, V=btext, D=date, H=hon)).strip()
        text = text.replace(" ,", ",").replace(" | ", " | ").removesuffix(" |")
        return text, planted + bplanted, used


def national(rng: random.Random, country: str) -> tuple[str, str]:
    if country == "GB":
        letters = "ABCEGHJKLMNPRSTWXYZ"
        return (
            f"{rng.choice(letters)}{rng.choice(letters)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)} {rng.choice('ABCD')}",
            "GB NINO",
        )
    found = sources.national_id(rng, country)
    assert found is not None
    return found


def _places(rng: random.Random, vetter: Vetter) -> dict[str, tuple[list[str], list[str]]]:
    out: dict[str, tuple[list[str], list[str]]] = {}
    for lang in LANGS:
        roots, ends, _ = PLACE_PARTS[lang]
        good_roots = [r for r in roots if vetter.word_ok(r, LANGS)]
        cities = sorted({r + e for r in roots for e in ends if vetter.word_ok(r + e, LANGS)})
        out[lang] = (good_roots or list(roots[:2]), cities)
        vetter.places.update(w.casefold() for w in good_roots + cities)
    del rng
    return out


SLOTS = tuple(SHAPES["en"])


def _text_file(b: Builder, lang: str, name: str, fmt: str, head: str, n: int, out: Path) -> FileSet:
    rng = b.rng
    records: list[list[Planted]] = []
    lines: list[str] = []
    canaries: set[str] = set()
    keys = JSON_KEYS[lang]
    turn = rng.randrange(len(SLOTS))
    for i in range(n):
        parts: list[str] = []
        planted: list[Planted] = []
        used: list[Person] = []
        for k in range(rng.choice((2, 3, 3))):
            slot = SLOTS[turn % len(SLOTS)]
            turn += 1
            part, part_planted, part_used = b.sentence(lang, slot, with_business=k == 0)
            parts.append(part)
            planted.extend(part_planted)
            used.extend(part_used)
        text = " ".join(parts)
        ctext, cplanted = b.contact(lang, used[0])
        shouted = fmt == "txt" and rng.random() < 0.04
        body = f"{head} {i + 1}: {text} {ctext}"
        if shouted:
            body = body.upper()
            for p in planted:
                if p.entity == "PERSON":
                    p.value = p.value.upper()
                    p.tags = [t if t not in {"title", "lower"} else "upper" for t in p.tags] + ["shouted"]
            for p in planted + cplanted:
                if not p.is_utility or p.entity in {"utility:status", "utility:product", "utility:company"}:
                    p.value = p.value.upper()
        for person in used:
            if person.canary:
                canaries.add(person.full)
        if fmt == "txt":
            lines.append(body)
            records.append(planted + cplanted)
            continue
        # JSONL: the sentence in a list of entries, the contact in a nested client object
        root, client, contact, entries, note = keys
        ts = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}"
        ref = f"{head[:3].upper()}{i + 1:04d}"
        rec: dict[str, Any] = {
            root: {
                "ref": ref,
                "at": ts,
                client: {contact: {"info": ctext}},
                entries: [{note: text}, {note: f"{head} {i + 1}"}],
            }
        }
        field_text = f"{root}.{entries}[].{note}"
        field_contact = f"{root}.{client}.{contact}.info"
        for p in planted:
            p.field = field_text
        for p in cplanted:
            p.field = field_contact
        stamp = Planted("utility:timestamp", ts, field=f"{root}.at", tags=[f"lang:{lang}"])
        case = Planted("utility:case_number", ref, field=f"{root}.ref", tags=[f"lang:{lang}"])
        lines.append(json.dumps(rec, ensure_ascii=False))
        records.append([*planted, *cplanted, stamp, case])
    (out / f"{name}.{fmt}").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(name=name, path=f"{name}.{fmt}", fmt=fmt, kind="text", language=lang, records=records,
                   canaries=sorted(canaries), notes=f"blind11 {lang} {name}", guided_fixes=True)  # fmt: skip


def _chat_file(b: Builder, lang: str, name: str, fmt: str, n: int, out: Path) -> FileSet:
    rng = b.rng
    members = [b.names.person(lang) for _ in range(8)]
    first = b.canaries[0]
    members.append(first)
    records: list[list[Planted]] = []
    lines: list[str] = []
    nick_of = {m.full: m.given.lower()[: max(3, len(m.given) - 2)] for m in members}
    for i in range(n):
        speaker = first if i == 3 else rng.choice(members)
        other = rng.choice([m for m in members if m is not speaker])
        kind = rng.randrange(len(CHAT[lang]))
        template = CHAT[lang][kind]
        planted: list[Planted] = []
        sp_val = speaker.full.lower()
        sp_slot = "chat_speaker" if fmt == "txt" else "sender_field"
        if kind < len(CHAT_SLOTS):
            slot = CHAT_SLOTS[kind]
            if slot == "nickname" and b.names.vetter.word_ok(nick_of[other.full], LANGS):
                val = nick_of[other.full]
                extra: tuple[str, ...] = ()
            elif slot == "mention":
                val = other.given.lower() + other.family.lower()[:3]
                val = val if b.names.vetter.word_ok(val, LANGS) else other.given.lower()
                extra = ()
            else:
                val = other.full.lower() if rng.random() < 0.5 else other.given.lower()
                extra = ()
                if slot == "nickname":
                    slot = "vocative"
            message = template.format(P=val)
        else:
            slot, val, extra = "", "", ()
            message = template
        if fmt == "txt":
            stamp = f"[{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}] " if rng.random() < 0.3 else ""
            lines.append(f"{stamp}{sp_val}: {message}")
            field_sp = field_msg = "text"
        else:
            quoted = {"by": other.given.lower()} if rng.random() < 0.3 else None
            rec: dict[str, Any] = {"by": sp_val, "msg": message}
            if quoted:
                rec["quoted"] = quoted
            lines.append(json.dumps(rec, ensure_ascii=False))
            field_sp, field_msg = "by", "msg"
            if quoted:
                planted.append(Planted("PERSON", quoted["by"], field="quoted.by",
                                       tags=b.ptags(other, lang, quoted["by"], "sender_field")))  # fmt: skip
        planted.append(
            Planted("PERSON", sp_val, field=field_sp, tags=b.ptags(speaker, lang, sp_val, sp_slot))
        )
        if val:
            tags = b.ptags(other, lang, val, slot, extra)
            if other.full.lower() == sp_val:
                tags.append("repeat")
            planted.append(Planted("PERSON", val, field=field_msg, tags=tags))
        records.append(planted)
    (out / f"{name}.{fmt}").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(name=name, path=f"{name}.{fmt}", fmt=fmt, kind="text", language=lang, records=records,
                   canaries=[first.full], notes=f"blind11 {lang} chat", guided_fixes=True)  # fmt: skip


# --- tables ----------------------------------------------------------------------------------------------


@dataclass
class Column:
    header: str
    make: Callable[[Builder, str, dict[str, Any]], tuple[Any, list[Planted]]]


def _tables(b: Builder, n: int, out: Path) -> list[FileSet]:
    import pandas as pd

    rng = b.rng
    sets: list[FileSet] = []
    specs = [
        ("allotment_plots", "csv", "en", ("plot_ref", "site")),
        ("chor_mitglieder", "tsv", "de", ("Mitglieds_ID", "Stimmgruppe")),
        ("pressing_depots", "parquet", "fr", ("ticket", "comptoir")),
        ("mudanzas_presupuestos", "csv", "es", ("presupuesto", "furgoneta")),
        ("zegarmistrz_naprawy", "tsv", "pl", ("nr", "stanowisko")),
    ]
    groups = {
        "allotment_plots": ("North Field", "Railway Side", "Old Orchard"),
        "chor_mitglieder": ("Sopran", "Alt", "Tenor", "Bass"),
        "pressing_depots": ("comptoir A", "comptoir B", "comptoir C"),
        "mudanzas_presupuestos": ("F-01", "F-02", "F-03", "F-04"),
        "zegarmistrz_naprawy": ("S1", "S2", "S3"),
    }
    for name, fmt, tlang, (id_col, group_col) in specs:
        rows: list[dict[str, Any]] = []
        records: list[list[Planted]] = []
        canary_rows = {3 + (i * (n // 4)) % n: c for i, c in enumerate(b.canaries)}
        for i in range(n):
            lang = tlang if rng.random() < 0.7 else rng.choice([x for x in LANGS if x != tlang])
            ltag = f"lang:{lang}"
            ttag = f"lang:{tlang}"
            planted: list[Planted] = []
            row: dict[str, Any] = {}
            if name == "pressing_depots":
                rid: Any = 40000 + i * 7
            elif name == "allotment_plots":
                rid = f"AP-{i + 1:04d}"
            elif name == "chor_mitglieder":
                rid = f"CH/25/{i + 10:03d}"
            elif name == "mudanzas_presupuestos":
                rid = f"MZ-2025-{i + 40:04d}"
            else:
                rid = f"{i + 42:04d}/ZG"
            grp = groups[name][i % len(groups[name])]
            row[id_col] = rid
            row[group_col] = grp
            planted.append(Planted("utility:record_id", str(rid), field=id_col, tags=[ttag]))
            planted.append(Planted("utility:record_id", grp, field=group_col, tags=[ttag]))
            main = canary_rows.get(i) or b.names.person(lang)
            second = b.names.person(lang)
            third = b.names.person(lang)

            def put(
                column: str,
                person: Person,
                value: str,
                slot: str,
                *extra: str,
                row: dict[str, Any] = row,
                planted: list[Planted] = planted,
                lang: str = lang,
            ) -> None:
                row[column] = value
                planted.append(Planted("PERSON", value, field=column,
                                       tags=b.ptags(person, lang, value, slot, tuple(extra))))  # fmt: skip

            if name == "allotment_plots":
                put("tenant_given", main, main.given, "table_cell", "split_name")
                put("tenant_family", main, main.family, "table_cell", "split_name")
                put("committee_rep", second, f"{second.family.upper()} {second.given}", "table_cell")
                phone, style = sources.phone(rng, COUNTRY[lang])
                row["phone"] = phone
                planted.append(Planted("PHONE_NUMBER", phone, field="phone", tags=[ltag, style]))
                mail = b.email(main, lang)
                row["email"] = mail
                planted.append(Planted("EMAIL_ADDRESS", mail, field="email", tags=[ltag]))
            elif name == "chor_mitglieder":
                put("NAME", main, f"{main.family.upper()}, {main.given.upper()}", "table_cell")
                put("Stimmbildnerin", second, second.full, "table_cell")
                born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 50))
                row["Geburtsdatum"] = born.strftime("%d.%m.%Y")
                planted.append(
                    Planted("DATE_OF_BIRTH", row["Geburtsdatum"], field="Geburtsdatum", tags=[ttag])
                )
                row["Strasse"] = b.street(tlang)
                row["PLZ"] = sources.postcode(rng, "DE")
                row["Ort"] = b.city(tlang)
                for col, ent in (("Strasse", "STREET_ADDRESS"), ("PLZ", "POSTCODE"), ("Ort", "CITY")):
                    planted.append(Planted(ent, row[col], field=col, tags=[ttag]))
            elif name == "pressing_depots":
                put("deposant", main, main.full, "table_cell")
                put("retire_par", second, second.full, "table_cell")
                row["nb_pieces"] = rng.randint(1, 9)
                planted.append(
                    Planted("utility:quantity", str(row["nb_pieces"]), field="nb_pieces", tags=[ttag])
                )
            elif name == "mudanzas_presupuestos":
                phone, style = sources.phone(rng, COUNTRY[lang])
                row["telefono"] = phone
                planted.append(Planted("PHONE_NUMBER", phone, field="telefono", tags=[ltag, style]))
                row["cp_origen"] = sources.postcode(rng, "ES")
                row["municipio_destino"] = b.city(tlang)
                planted.append(Planted("POSTCODE", row["cp_origen"], field="cp_origen", tags=[ttag]))
                planted.append(
                    Planted("CITY", row["municipio_destino"], field="municipio_destino", tags=[ttag])
                )
            else:
                put("klient", main, main.full, "table_cell")
                put("odbiera", second, f"{second.given[0]}. {second.family}", "table_cell", "initial")
                put("zegarmistrz", third, f"{third.family}, {third.given}", "table_cell", "reversed")
                nid, kind = national(rng, "PL")
                row["pesel"] = nid
                planted.append(Planted("NATIONAL_ID", nid, field="pesel", tags=[ttag, kind]))
            product = f"{rng.choice(PRODUCT_NOUNS[tlang])} {rng.choice(PRODUCT_NAMES + PRODUCT_PLACES)}"
            amount = round(rng.uniform(8, 900), 2)
            day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(330))
            status = rng.choice(STATUSES[tlang])
            labels = {
                "allotment_plots": ("crop_box", "rent", "due_date", "state", "remarks"),
                "chor_mitglieder": ("Artikel", "Beitrag", "Eintritt", "Status", "Bemerkung"),
                "pressing_depots": ("article", "montant", "date_depot", "statut", "note"),
                "mudanzas_presupuestos": ("servicio", "importe", "fecha", "estado", "observaciones"),
                "zegarmistrz_naprawy": ("model", "kwota", "data", "status", "uwagi"),
            }[name]
            row[labels[0]] = product
            row[labels[1]] = amount if fmt == "parquet" else f"{amount:.2f}"
            row[labels[2]] = day if fmt == "parquet" else day.isoformat()
            row[labels[3]] = status
            for col, kind in zip(labels[:4], ("product", "amount", "date", "status"), strict=True):
                value = str(row[col]) if fmt != "parquet" or kind != "amount" else str(amount)
                planted.append(Planted(f"utility:{kind}", value, field=col, tags=[ttag]))
            # notes: the row's people and others
            note_t = rng.choice(NOTES[lang])
            n1 = main if name == "mudanzas_presupuestos" or main.canary else b.names.person(lang)
            n2 = second if name == "mudanzas_presupuestos" else b.names.person(lang)
            row[labels[4]] = note_t.format(P=n1.full, Q=n2.full)
            planted.append(
                Planted("PERSON", n1.full, field=labels[4], tags=b.ptags(n1, lang, n1.full, "table_notes"))
            )
            if "{Q}" in note_t:
                planted.append(Planted("PERSON", n2.full, field=labels[4],
                                       tags=b.ptags(n2, lang, n2.full, "table_notes")))  # fmt: skip
            rows.append(row)
            records.append(planted)
        frame = pd.DataFrame(rows)
        path = out / f"{name}.{fmt}"
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            frame["ticket"] = frame["ticket"].astype("int64")
            frame["nb_pieces"] = frame["nb_pieces"].astype("int64")
            frame["montant"] = frame["montant"].astype("float64")
            table = pa.Table.from_pandas(frame, preserve_index=False)
            table = table.cast(
                pa.schema(
                    [
                        pa.field(f.name, pa.string()) if pa.types.is_large_string(f.type) else f
                        for f in table.schema
                    ]
                )
            )
            table = table.set_column(
                table.schema.get_field_index("date_depot"),
                "date_depot",
                pa.array(list(frame["date_depot"]), type=pa.date32()),
            )
            pq.write_table(table, path)
        else:
            frame.to_csv(path, index=False, sep="\t" if fmt == "tsv" else ",", encoding="utf-8")
        sets.append(FileSet(name=name, path=path.name, fmt=fmt, kind="table", language=tlang, records=records,
                            id_columns=[id_col, group_col], canaries=[c.full for c in b.canaries],
                            notes=f"blind11 table {name}", guided_fixes=True))  # fmt: skip
    return sets


def _canaries(names: Names) -> list[Person]:
    out = []
    for style in ("xhosa", "cree", "palauan"):
        given, family = names.invented[style]
        out.append(Person(given[-1], family[-1], "invented", f"style:{style}", canary=True))
    return out


def generate(out_dir: Path, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    """Write the set's files into ``out_dir`` and return their truth."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    vetter = Vetter()
    places = _places(rng, vetter)
    names = Names(rng, vetter)
    canaries = _canaries(names)
    builder = Builder(rng, names, places, canaries)
    n_text = max(10, round(TEXT_RECORDS * scale))
    n_rows = max(30, round(TABLE_ROWS * scale))
    sets: list[FileSet] = []
    for lang in LANGS:
        for name, fmt, head in GENRES[lang]:
            if name.endswith("_chat"):
                sets.append(_chat_file(builder, lang, name, fmt, n_text, out_dir))
            else:
                sets.append(_text_file(builder, lang, name, fmt, head, n_text, out_dir))
    sets.extend(_tables(builder, n_rows, out_dir))
    return sets


def summary(sets: list[FileSet]) -> dict[str, Any]:
    """Counts of a run (never the values)."""
    people = [p for s in sets for r in s.records for p in r if p.entity == "PERSON"]
    groups = Counter(t for p in people for t in p.tags if t in {"invented", "mimesis", "wordlike"})
    entities = Counter(p.entity for s in sets for r in s.records for p in r)
    return {
        "files": len(sets),
        "records": sum(len(s.records) for s in sets),
        "persons": len(people),
        "groups": dict(groups),
        "entities": dict(entities),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    print(json.dumps(summary(generate(args.out, scale=args.scale)), indent=1))


if __name__ == "__main__":
    main()

"""Detection set "blind12" (held out until its breakdown was read; now guided): text in eight languages and five tables, written apart from the engine.

Data card
=========

Status
    Guided fixes since 2026-12-05 (eighth session of the day): held out until then and measured once as
    the headline, with its peers, after the last change to detection then (eac94ef: PERSON leak 5.78 %
    (text 5.73, tables 5.95), all personal 4.93 %, utility 89.59 %, 1 of 29 files refused, no canary;
    see ``bench/README.md``); then its breakdown was read (``--blind-breakdown``) to fix what it showed
    and to choose the shapes the names model 0.2.0 trains on, so every ``FileSet`` now has
    ``guided_fixes=True`` and `blindset13` is the held-out set.

Who wrote it and what they read
    A separate author session, from a brief (2026-12-05, about twenty-five minutes). It read:
    `bench.detection.format` (whole); in `bench.detection.sources` a ``grep`` of its ``def``/``class``/
    constant lines (names only) and the line ranges of ``words_of``/``mimesis_person_words``/``usable``/
    ``fold_ascii`` (84-120), ``postcode`` (515-540), ``phone`` (630-666, which also showed its
    ``MAIL_DOMAINS`` table, not used here) and ``IBAN_LENGTH``/``iban``/``national_id`` (683-765, which
    also showed the first line of its product-name list, not used); the signatures and docstrings of
    `anonymize.vocabulary.is_known_to_engine` and ``faker_person_words`` (through the brief's
    ``grep -A12``, which also shows the first lines of their bodies); the first 120 lines of
    `bench.bench_detection`, ``grep`` hits for "blind11" and "breakdowns (" in it and its lines 570-610
    (to register the set); the shared set checks (``tests/bench/setchecks.py``); blind11's test (whole,
    as this test's model); the data cards (module docstrings only) of blind9 and blind11 whole and, for
    blind3 to blind8 and blind10, ``grep`` hits in them for styles, locales, usages, word sources,
    genres and chats, plus ``grep -c`` of the candidate style, usage and source names in all nine cards;
    the ``[tool.ruff]`` and ``[tool.mypy]`` sections of ``pyproject.toml``; the list of mimesis locales
    and the first three entries of the ``person.json`` name lists of ko, el, fa, ar-ma, ru and kk. It
    read no recognizer, cue list, pattern, profile or vocabulary list of the engine, no other benchmark
    set body and no engine or benchmark output, and it never ran the engine, ``bench.bench_detection``
    or ``manage.py anonymize``. Besides the seven functions it uses ``sources.words_of`` and
    ``sources._DATASETS`` (the mimesis data folder) to build the covered-locale word list. It read the
    first lines of its own generated files to check them. Every sentence template, product, company,
    status, header, word list, syllable inventory and romanisation table here was written fresh for
    this module.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    line: a heading ("#12 03.04.2025 09:45": a ``utility:date`` and a ``utility:timestamp``), a business
    sentence (order number, product, amount, status, company), three sentences in the shapes below and
    one contact phrase (phone and e-mail, address, date of birth and national ID, or IBAN). JSONL
    records nest: the sentences and a quantity in ``<root>.steps[].line``, the contact phrase three
    levels down (``<root>.party.reach.details``), a case number (``<root>.ref``) and a timestamp
    (``at``); the roots are ``cake``, ``anmeldung``, ``sejour``, ``tirada``, ``iscrizione``,
    ``werkbrief``, ``kurs``, ``aluguer``. One file per language is a lower-case chat of a community no
    earlier card lists (speaker before a colon in TXT, about 30 % of lines with a "[hh:mm]" stamp, or an
    ``author`` field in JSONL with, now and then, a ``thread[]`` list of ``author``/``msg`` objects;
    @mentions, nicknames, greetings, vocatives, sign-offs).

    ===  ======================================  =====================================  ===========================
    en   tree surgery call-outs (txt)            wedding cake orders (jsonl)            repair café chat (txt)
    de   Glaserei, Aufträge (txt)                Musikschule, Anmeldungen (jsonl)       Foodsharing chat (jsonl)
    fr   encadreur, commandes (txt)              gîtes, réservations (jsonl)            club de roller chat (txt)
    es   herrería, encargos (txt)                imprenta de camisetas (jsonl)          asociación de vecinos chat (jsonl)
    it   vetreria, ordini (txt)                  centro estivo, iscrizioni (jsonl)      nuoto master chat (txt)
    nl   zorgboerderij, dagbesteding (txt)       tandtechnisch lab (jsonl)              handbalteam chat (jsonl)
    pl   wulkanizacja, sezon opon (txt)          szkoła tańca, zapisy (jsonl)           rada rodziców chat (txt)
    pt   cutelaria, encomendas (txt)             aluguer de autocaravanas (jsonl)       clube de xadrez chat (jsonl)
    ===  ======================================  =====================================  ===========================

    New sentence shapes (slot tags), each in every language: names inside quoted speech (``quoted``:
    '"All set," said X', „Alles klar“, sagte X, « C'est bon », dit X...), in subject lines
    (``subject_line``: "Re: Ticket for X", "AW: Termin für X", "RE : dossier de X", "Odp: Zgłoszenie –
    X"...), after "c/o" (``care_of``), after attention lines (``attn``: "attn:", "z. Hd.", "à l'attention
    de", "a la atención de", "alla c.a. di", "t.a.v.", "do rąk:", "ao cuidado de"), after per-procuration
    marks (``per_pro``: "pp", "i. A.", "p.o.", "p.p.", "z up.", "p/"), in CSV-like lines inside the text
    (``csv_line``: "X;Y;status"), in bullets (``bullet``: "• X – task") and in timestamped lines
    (``stamped``: "[09:14] X: on site"). Also names at sentence start, after honorifics (not planted), as
    agents and in pairs; in chats as speakers, senders, @mentions, nicknames, greetings, vocatives and
    sign-offs. A lone given name in lower case (``given_only``, about 10 % of mentions), a lone surname in
    capitals (``surname_only``, about 7 %) or "SURNAME, Given" (``reversed``, about 5 %) stands in for a
    full name outside subject and CSV-like lines. Whole records in capitals now and then (about 4 % of
    non-chat records, tag ``shouted``).

Tables (5, 120 rows each at scale 1.0)
    ``tree_surgery_jobs.csv`` (English: split ``client_first``/``client_last``, the role header
    ``lead_climber`` in "Surname G." form, ``phone``, ``postcode``; IDs ``job_no`` like "TS-2025-0001"
    and repeating ``crew``), ``musikschule_schueler.tsv`` (German: ``SCHUELER`` in "GIVEN SURNAME"
    capitals, the role header ``Lehrkraft``, the unusual person header ``Erziehungsberechtigte`` in
    "Surname, Given", ``Geburtsdatum``, ``Strasse``, ``PLZ``, ``Ort``; IDs ``Anmelde_Nr`` like
    "MS25-0001" and repeating ``Raum``), ``gites_sejours.parquet`` (French, typed: int64 ``resa`` and
    ``nuits``, float64 ``montant``, date32 ``arrivee``, string columns: ``locataire`` "Given Surname" and
    the unusual header ``accueilli_par`` holding a lone lower-case given name; IDs ``resa`` (integers)
    and repeating ``gite``), ``herreria_encargos.csv`` (Spanish: persons only in the notes column
    ``comentarios``, two per row; ``cp_entrega``, ``telefono``; IDs ``encargo`` like "H0001/25" and
    repeating ``ruta_reparto``), ``wulkanizacja_sezon.tsv`` (Polish: three person columns in one row:
    ``wlasciciel`` "Given Surname", ``kierowca`` "G. Surname" and the capitalised header ``MECHANIK`` in
    "SURNAME Given"; ``pesel``, ``telefon``; IDs ``zlecenie`` like "0001-WK/25" and repeating
    ``stanowisko_nr``). Each has two record-ID columns (``id_columns``, one unique, one repeating),
    products built partly from first names and place words ("Kit Clara", "Plus Porto"...), amounts,
    dates, statuses and a notes column mentioning people. About 30 % of rows are in another of the
    eight languages: their persons, notes, phones, postcodes, addresses and ``lang:`` tags follow the
    row; IDs, products, amounts, dates and statuses keep the table's language.

Names
    The group is drawn first, so the shares hold: about 40 % **invented** from syllable inventories in
    twelve styles no earlier card lists (tags ``invented`` + ``style:<s>``): bemba, tsonga, sango, luo,
    mende (with ɔ), tuvan, bashkir (ğ, ı, ş, ä), avar, lakota (č, š, ȟ, ŋ), tahitian (ō), tetum, yapese
    (ŋ, ä, ö). About 40 % **mimesis** first names and surnames (tags ``mimesis`` + ``locale:<l>``);
    mimesis has no unused locale that passes the filters, so ten non-Latin locales are reused and
    romanised here by conventions no earlier card names: ``ru``, ``uk`` and ``kk`` in Hungarian usage
    (sz for с, s for ш, zs for ж, cs for ч, scs for щ, c for ц, h for х, j for й, ja/ju/jo, je for
    initial or post-vowel е and for є, ji for ї; Kazakh ә ғ қ ң ө ұ ү һ as ä gh k ng ö u ü h), ``el`` in
    Dutch usage (oe for ου, ch for χ, gh for γ, th for θ, i for η/ι/υ/ει/οι, e for αι, av/ev, ng for
    γκ/γγ, b/d for initial μπ/ντ, accents dropped), ``ko`` in Polish usage (cz, dż, ł-glides, j-glides,
    o for ㅓ, y for ㅡ, e for ㅐ/ㅔ; initial k/t/p/cz, given names as one word) and ``fa``, ``ar-ma``,
    ``ar-tn``, ``ar-eg``, ``ar-dz`` in Dutch usage (oe for و, ie for ي/ی after a consonant, j for
    initial ي, dj for ج, sj for ش, ch for خ, tsj for چ, zj for ژ, gh for غ, k for ق; the article
    dropped, ZWNJ compounds joined, final ه as e, ta marbuta as a, short vowels supplied as a after the
    first consonant and e in later clusters). Only names that romanise to one word are used. About 20 %
    **word-like** (``wordlike`` + ``wordsrc:<lang>``): surnames that are trade, landscape, animal and
    food words of Venetian (vec), Sicilian (scn), Aragonese (an), Walloon (wa), Kashubian (csb), Upper
    Sorbian (hsb) and Ladin (lld), given names that are words of those languages for weather and light.

    Filters. Invented and mimesis name words and nicknames: at least three letters, unknown to the
    engine (``usable`` / ``is_known_to_engine``, also in capitals), absent (also ASCII-folded) from
    Faker's person words and from the mimesis person lists of the covered locales (en, en-gb, de, fr,
    es, it, nl, pl, pt; invented words and nicknames from every mimesis list), not a word of any
    template, key, product, company, status, header, street form or mail domain here, no word of an
    invented place, and wordfreq zipf < 3 in all eight languages. Word-like names pass the same checks
    except that zipf < 3 is required only in the language of the text (or table row) they appear in.
    E-mail local parts are two letters of the given name, a dot or underscore, two letters of the
    surname and digits (at fictitious ``.example`` domains), so they never hold a name word whole.

Places and contacts
    Streets and cities are invented per language from syllables and endings no earlier card lists for
    that language (cities in "-thwaite/-stow/-hoe", "-büttel/-siel/-ried", "-euil/-ouse/-aguet",
    "-ueca/-ejos/-ancar", "-asco/-uzzo/-ate", "-hoeve/-wold/-kamp", "-ocin/-ęcice/-uszki",
    "-ela/-ouços/-arim"), in street forms "X Row 5", "Flat 5, X Yard", "Xtrift 4", "Am Xanger 4",
    "5 impasse X", "5 sente du X", "Travesía X 3", "Costanilla X, 3", "Vicolo X 7", "Calle X 7",
    "Xkade 12", "Xsteeg 12", "al. X 5", "zaułek X 5", "Travessa X, 4", "Calçada X 4"; cities are vetted
    like names (all eight languages) and kept apart from name words. Phones, IBANs, national IDs (DE
    IdNr, FR NIR, ES DNI, IT CF, NL BSN, PL PESEL, PT NIF; a UK National Insurance number built here) and
    postcodes come from the shared helpers. Dates of birth are ``DATE_OF_BIRTH``, other dates
    ``utility:date``.

Tags
    PERSON: ``lang:xx``; case ``title``/``lower``/``upper`` (from the planted form); group and origin
    (above); one slot tag (``quoted``, ``subject_line``, ``care_of``, ``attn``, ``per_pro``,
    ``csv_line``, ``bullet``, ``stamped``, ``sentence_start``, ``honorific``, ``pair``, ``agent``,
    ``greeting``, ``vocative``, ``signoff``, ``mention``, ``nickname``, ``chat_speaker``,
    ``sender_field``, ``table_cell``, ``table_notes``); ``given_only``, ``surname_only``, ``reversed``,
    ``initial`` and ``split_name`` on those forms; ``shouted`` on records in capitals; ``canary`` on
    canary people. Other personal values and every ``utility:<kind>`` value carry ``lang:xx``; phones
    their form, IBANs theirs, national IDs their kind.

Canaries
    Three invented people (bemba, tuvan and tahitian styles): all three in every table (the row's main
    person in that table's form in three rows, and by full name in the notes; the notes-only table in
    its notes), the first a member of every chat (lower case, full name as speaker), and each drawn for
    about 1 % of the person slots of the other text files (always by full name). ``canaries`` lists
    those that appear in a file.

Size (scale 1.0, seed 12612)
    24 text files x 95 records and 5 tables x 120 rows (2,880 records); 9,188 PERSON values (3,824
    invented = 42 %, 3,568 mimesis = 39 %, 1,796 word-like = 20 %), 4,343 other personal values (895
    phones, 415 e-mails, 364 IBANs, 514 national IDs, 467 streets, 707 postcodes, 467 cities, 514 dates
    of birth) and 15,550 business values (1,200 of them record IDs). ``scale`` multiplies the record
    counts (at least 10 text records and 30 table rows per file). Generation takes about five seconds;
    ``summary()`` and ``python -m bench.detection.blindset12 --out DIR`` give the counts of a run (never
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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from anonymize.vocabulary import faker_person_words, is_known_to_engine
from bench.detection import sources
from bench.detection.format import FileSet, Planted, name_tokens
from bench.detection.sources import (
    fold_ascii,
    iban,
    mimesis_person_words,
    national_id,
    phone,
    postcode,
    usable,
)

DEFAULT_SEED = 12612
TEXT_RECORDS = 95
TABLE_ROWS = 120
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
COVERED = ("en", "en-gb", "de", "fr", "es", "it", "nl", "pl", "pt")

# --- invented names: syllable inventories in twelve styles -------------------------------------------------

STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (syllables, word endings)
    "bemba": (
        ("chi", "mwa", "lu", "mbe", "ngo", "sha", "ku", "pe", "lwi", "nse", "bu", "fya"),
        ("la", "nga", "mbo", "we"),
    ),
    "tsonga": (
        ("hlu", "xi", "ri", "ngo", "tsa", "vu", "khe", "ma", "ndzi", "hla", "ba", "lo"),
        ("ni", "wa", "ko", "sa"),
    ),
    "sango": (
        ("ko", "zo", "gba", "nda", "wa", "yé", "mbi", "ta", "ngu", "sè", "lo", "ka"),
        ("ra", "ngo", "mba", "ké"),
    ),
    "luo": (
        ("ach", "ieng", "odh", "wi", "nya", "ong", "ath", "ker", "owu", "mol", "ugi", "rab"),
        ("o", "a", "ng", "ro"),
    ),
    "mende": (
        ("bo", "kpa", "ngi", "ye", "hu", "lɔ", "ma", "ndo", "wu", "gbe", "fa", "jo"),
        ("wa", "lo", "yei", "ma"),
    ),
    "tuvan": (
        ("tyv", "ool", "ay", "ches", "kher", "bü", "san", "dor", "uy", "shu", "mon", "bel"),
        ("ek", "aa", "yk", "ol"),
    ),
    "bashkir": (
        ("ba", "ğiz", "yul", "tay", "hı", "ral", "ku", "zär", "min", "şa", "yıl", "tu"),
        ("bay", "ğol", "şa", "yar"),
    ),
    "avar": (
        ("mag", "hu", "dib", "ras", "ali", "sha", "mil", "kur", "zag", "pat", "uma", "ged"),
        ("at", "ul", "iy", "as"),
    ),
    "lakota": (
        ("wi", "ča", "ta", "ȟo", "mni", "wa", "pte", "ki", "šu", "na", "ye", "lu"),
        ("la", "ŋa", "ke", "ni"),
    ),
    "tahitian": (
        ("ra", "hei", "moe", "tu", "va", "ari", "fe", "nui", "ma", "poe", "hiti", "ō"),
        ("rii", "tea", "vai", "ura"),
    ),
    "tetum": (
        ("lo", "ro", "bu", "kai", "fe", "lur", "dau", "mi", "sa", "tuk", "nai", "oe"),
        ("lak", "rai", "bo", "nu"),
    ),
    "yapese": (
        ("ga", "ŋu", "thi", "ruw", "fal", "mä", "lib", "ön", "taw", "yal", "dob", "chi"),
        ("eg", "ay", "ol", "ag"),
    ),
}

# --- mimesis names, romanised here ------------------------------------------------------------------------

MIMESIS_LOCALES = ("ru", "uk", "kk", "el", "ko", "fa", "ar-ma", "ar-tn", "ar-eg", "ar-dz")

_CYR_HU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zs", "з": "z", "и": "i",
    "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "sz", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "cs", "ш": "s", "щ": "scs", "ъ": "", "ы": "i", "ь": "",
    "э": "e", "ю": "ju", "я": "ja", "є": "je", "і": "i", "ї": "ji", "ґ": "g", "ә": "ä", "ғ": "gh",
    "қ": "k", "ң": "ng", "ө": "ö", "ұ": "u", "ү": "ü", "һ": "h",
}  # fmt: skip

_GREEK_NL = {
    "ου": "oe", "αι": "e", "ει": "i", "οι": "i", "υι": "i", "αυ": "av", "ευ": "ev", "γκ": "ng", "γγ": "ng",
    "τσ": "ts", "τζ": "dz", "α": "a", "β": "v", "γ": "gh", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
    "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}  # fmt: skip

_KO_INITIAL = (
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
    "dż",
    "cc",
    "cz",
    "k",
    "t",
    "p",
    "h",
)
_KO_FIRST = {0: "k", 3: "t", 7: "p", 12: "cz", 5: "r"}
_KO_VOWEL = ("a", "e", "ja", "je", "o", "e", "jo", "je", "o", "ła", "łe", "we", "jo", "u", "ło", "łe", "łi", "ju", "y", "yj", "i")  # fmt: skip
_KO_FINAL = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip

_ARABIC_NL = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "dj", "چ": "tsj", "ح": "h", "خ": "ch", "د": "d", "ذ": "z",
    "ر": "r", "ز": "z", "ژ": "zj", "س": "s", "ش": "sj", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "gh",
    "ف": "f", "ق": "k", "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip
_ARABIC_LONG = {"ا": "a", "آ": "a", "أ": "a", "إ": "i", "ى": "a", "ة": "a"}


def _korean(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return ""
        ini, vow, fin = code // 588, (code % 588) // 28, code % 28
        first = _KO_FIRST.get(ini, _KO_INITIAL[ini]) if i == 0 else _KO_INITIAL[ini]
        out.append(first + _KO_VOWEL[vow] + _KO_FINAL[fin])
    return "".join(out)


def _arabic(text: str) -> str:
    text = text.replace("\u200c", "").replace("ّ", "")
    text = re.sub(r"[\u064b-\u0652]", "", text)
    if text.startswith("ال"):
        text = text[2:]
    if " " in text or not text:
        return ""
    parts: list[tuple[str, bool]] = []  # (letters, vowel?)
    for i, ch in enumerate(text):
        prev_vowel = bool(parts) and parts[-1][1]
        last = i == len(text) - 1
        if ch in _ARABIC_LONG:
            parts.append((_ARABIC_LONG[ch], True))
        elif ch == "و":
            parts.append(("w", False) if i == 0 or prev_vowel else ("oe", True))
        elif ch in "يی":
            parts.append(("j", False) if i == 0 or prev_vowel else ("ie", True))
        elif ch in "عءئؤ":
            if ch == "ئ":
                parts.append(("j", False))
            elif ch == "ؤ":
                parts.append(("w", False))
        elif ch == "ه" and last and parts:
            parts.append(("e", True))
        elif ch in _ARABIC_NL:
            parts.append((_ARABIC_NL[ch], False))
        else:
            return ""
    out = ""
    run = 0
    for j, (letters, vowel) in enumerate(parts):
        if vowel:
            run = 0
        else:
            if run >= 1 and (j == 1 or run >= 2):
                out += "a" if j <= 2 else "e"
                run = 0
            run += 1
        out += letters
    return out


def romanise(name: str, locale: str) -> str:
    """One mimesis name in this set's conventions ("" when it does not make one word)."""
    if locale in {"ru", "uk", "kk"}:
        low = name.lower()
        out = ""
        for i, ch in enumerate(low):
            if ch == "е" and (i == 0 or low[i - 1] in "аеёиоуыэюяіїєәөұү") and locale != "uk":
                out += "je"
            elif ch == "и" and locale == "uk":
                out += "i"
            elif ch in _CYR_HU:
                out += _CYR_HU[ch]
            elif ch == "-":
                out += "-"
            else:
                return ""
        return out[:1].upper() + out[1:]
    if locale == "el":
        low = "".join(
            c for c in unicodedata.normalize("NFD", name.lower()) if unicodedata.category(c) != "Mn"
        )
        out, i = "", 0
        while i < len(low):
            if i == 0 and low[:2] == "μπ":
                out, i = "b", 2
                continue
            if i == 0 and low[:2] == "ντ":
                out, i = "d", 2
                continue
            pair = low[i : i + 2]
            if pair in _GREEK_NL:
                out += _GREEK_NL[pair]
                i += 2
            elif low[i] in _GREEK_NL:
                out += _GREEK_NL[low[i]]
                i += 1
            else:
                return ""
        return out[:1].upper() + out[1:]
    out = _korean(name) if locale == "ko" else _arabic(name)
    return out[:1].upper() + out[1:]


# --- word-like names: words of languages no earlier card lists ----------------------------------------------

WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (surnames: trades, landscape, animals, food; given names: weather and light)
    "vec": (
        ("Caleger", "Pescaor", "Barcariol", "Botegher", "Tagiapiera", "Sabion", "Bisato", "Moleca", "Gransèo",
         "Sardela", "Baicolo", "Squero", "Cavana", "Scoassin", "Fritoler"),
        ("Caìgo", "Sìroco", "Lusor", "Nebia", "Ciaro", "Boreta"),
    ),
    "scn": (
        ("Pisciaru", "Furnaru", "Zappaturi", "Cunigghiu", "Scurzuni", "Ficudinnia", "Arancinu", "Chianu",
         "Marinaru", "Scarparu", "Vardaru", "Ciumiddu", "Cannizzu", "Favazza"),
        ("Suliddu", "Ventu", "Stidda", "Lampu", "Nuvula", "Luciddu"),
    ),
    "an": (
        ("Fustero", "Paxarico", "Craba", "Chinebro", "Tozal", "Cantal", "Fabero", "Bachero", "Mallata",
         "Ibonal", "Crabero", "Abetar", "Esquirgüelo"),
        ("Boira", "Cierzo", "Bochorno", "Estrela", "Rosada", "Nieu"),
    ),
    "wa": (
        ("Houyeu", "Botresse", "Cinsî", "Tchèrdon", "Houlpa", "Fagnard", "Clôtî", "Pèkèt", "Maquêye", "Cougnou",
         "Scrinî", "Manôke", "Tchinis", "Berdjî"),
        ("Bîhe", "Lumîre", "Stwèle", "Brouhîre", "Nîvaye", "Aireûse"),
    ),
    "csb": (
        ("Rëbôk", "Kòwôl", "Mëlôrz", "Chëcz", "Wrzosówka", "Klëka", "Zôrnik", "Bôrzk", "Jezórnik", "Mòrzkòwi",
         "Kòzélc", "Smãtk"),
        ("Słuńce", "Wiater", "Gwiôzda", "Zorzëca", "Błësk", "Chmùrka"),
    ),
    "hsb": (
        ("Kowar", "Wrótar", "Kamjeń", "Kołwjer", "Mlynk", "Krawc", "Pjekar", "Škórc", "Jaskólca", "Hornčer",
         "Rybak", "Wčołar", "Łučnik"),
        ("Słónčko", "Wětřik", "Hwězda", "Zorja", "Mróčel", "Błyšć"),
    ),
    "lld": (
        ("Ciasarì", "Faure", "Marangun", "Pastù", "Ciamp", "Crëp", "Ciaval", "Cësa", "Mulin", "Tublà",
         "Ciaudrì", "Bacan"),
        ("Nëif", "Sorëdl", "Stëla", "Vënt", "Lumina", "Tarluc"),
    ),
}  # fmt: skip

# --- places: syllables and endings per language ---------------------------------------------------------------

PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # (syllables, city endings, street forms with X)
    "en": (("brack", "hol", "sten", "wim", "cor", "dun", "lath", "mur"), ("thwaite", "stow", "hoe"), ("X Row {n}", "Flat {n}, X Yard")),
    "de": (("brak", "hol", "ster", "wim", "kor", "dun", "lat", "mur"), ("büttel", "siel", "ried"), ("Xtrift {n}", "Am Xanger {n}")),
    "fr": (("brac", "hol", "ster", "vim", "cor", "dun", "lat", "mur"), ("euil", "ouse", "aguet"), ("{n} impasse X", "{n} sente du X")),
    "es": (("brac", "hol", "ster", "vim", "cor", "dun", "lat", "mur"), ("ueca", "ejos", "ancar"), ("Travesía X {n}", "Costanilla X, {n}")),
    "it": (("brac", "hol", "ster", "vim", "cor", "dun", "lat", "mur"), ("asco", "uzzo", "ate"), ("Vicolo X {n}", "Calle X {n}")),
    "nl": (("brak", "hol", "ster", "wim", "kor", "dun", "lat", "mur"), ("hoeve", "wold", "kamp"), ("Xkade {n}", "Xsteeg {n}")),
    "pl": (("brak", "hol", "ster", "wim", "kor", "dun", "lat", "mur"), ("ocin", "ęcice", "uszki"), ("al. X {n}", "zaułek X {n}")),
    "pt": (("brac", "hol", "ster", "vim", "cor", "dun", "lat", "mur"), ("ela", "ouços", "arim"), ("Travessa X, {n}", "Calçada X {n}")),
}  # fmt: skip

# --- sentence material per language ---------------------------------------------------------------------------

SHAPES: dict[str, dict[str, str]] = {
    "en": {
        "quoted": '"All set," said {P}.', "subject_line": "Re: Ticket for {P}.", "care_of": "post c/o {P}.",
        "attn": "attn: {P}.", "per_pro": "pp {P}.", "csv_line": "{P};{Q};{S}", "bullet": "• {P} – fitting",
        "stamped": "[09:14] {P}: on site", "sentence_start": "{P} rang about the slot.",
        "honorific": "Spoke to Ms {P}.", "pair": "{P} and {Q} will collect.", "agent": "Checked by {P}.",
    },
    "de": {
        "quoted": "„Alles klar“, sagte {P}.", "subject_line": "AW: Termin für {P}.", "care_of": "Post c/o {P}.",
        "attn": "z. Hd. {P}.", "per_pro": "i. A. {P}.", "csv_line": "{P};{Q};{S}", "bullet": "• {P} – Einbau",
        "stamped": "[09:14] {P}: vor Ort", "sentence_start": "{P} rief wegen des Termins an.",
        "honorific": "Gespräch mit Frau {P}.", "pair": "{P} und {Q} holen ab.", "agent": "Geprüft von {P}.",
    },
    "fr": {
        "quoted": "« C'est bon », dit {P}.", "subject_line": "RE : dossier de {P}.", "care_of": "courrier c/o {P}.",
        "attn": "à l'attention de {P}.", "per_pro": "p.o. {P}.", "csv_line": "{P};{Q};{S}",
        "bullet": "• {P} – pose", "stamped": "[09:14] {P} : sur place", "sentence_start": "{P} a appelé pour le créneau.",
        "honorific": "Vu avec Mme {P}.", "pair": "{P} et {Q} passeront.", "agent": "Vérifié par {P}.",
    },
    "es": {
        "quoted": "«Todo listo», dijo {P}.", "subject_line": "RE: Encargo de {P}.", "care_of": "correo c/o {P}.",
        "attn": "a la atención de {P}.", "per_pro": "p.p. {P}.", "csv_line": "{P};{Q};{S}",
        "bullet": "• {P} – montaje", "stamped": "[09:14] {P}: en obra", "sentence_start": "{P} llamó por la cita.",
        "honorific": "Hablado con la señora {P}.", "pair": "{P} y {Q} recogen.", "agent": "Revisado por {P}.",
    },
    "it": {
        "quoted": "«Tutto a posto», disse {P}.", "subject_line": "R: Pratica di {P}.", "care_of": "posta c/o {P}.",
        "attn": "alla c.a. di {P}.", "per_pro": "p.p. {P}.", "csv_line": "{P};{Q};{S}", "bullet": "• {P} – posa",
        "stamped": "[09:14] {P}: in sede", "sentence_start": "{P} ha chiamato per l'orario.",
        "honorific": "Sentita la signora {P}.", "pair": "{P} e {Q} ritirano.", "agent": "Controllato da {P}.",
    },
    "nl": {
        "quoted": '"Alles in orde," zei {P}.', "subject_line": "Re: Afspraak voor {P}.", "care_of": "post c/o {P}.",
        "attn": "t.a.v. {P}.", "per_pro": "p.p. {P}.", "csv_line": "{P};{Q};{S}", "bullet": "• {P} – plaatsing",
        "stamped": "[09:14] {P}: ter plaatse", "sentence_start": "{P} belde over de afspraak.",
        "honorific": "Gesproken met mevrouw {P}.", "pair": "{P} en {Q} halen op.", "agent": "Gecontroleerd door {P}.",
    },
    "pl": {
        "quoted": "„Wszystko gotowe” – powiedział(a) {P}.", "subject_line": "Odp: Zgłoszenie – {P}.",
        "care_of": "poczta c/o {P}.", "attn": "do rąk: {P}.", "per_pro": "z up. {P}.", "csv_line": "{P};{Q};{S}",
        "bullet": "• {P} – montaż", "stamped": "[09:14] {P}: na miejscu", "sentence_start": "{P} dzwonił(a) w sprawie terminu.",
        "honorific": "Rozmowa z panią {P}.", "pair": "{P} i {Q} odbiorą.", "agent": "Sprawdził(a): {P}.",
    },
    "pt": {
        "quoted": "«Está tudo pronto», disse {P}.", "subject_line": "RE: Pedido de {P}.", "care_of": "correio c/o {P}.",
        "attn": "ao cuidado de {P}.", "per_pro": "p/ {P}.", "csv_line": "{P};{Q};{S}", "bullet": "• {P} – montagem",
        "stamped": "[09:14] {P}: no local", "sentence_start": "{P} ligou por causa da marcação.",
        "honorific": "Falado com a senhora {P}.", "pair": "{P} e {Q} levantam.", "agent": "Verificado por {P}.",
    },
}  # fmt: skip
NEW_SHAPES = ("quoted", "subject_line", "care_of", "attn", "per_pro", "csv_line", "bullet", "stamped")

WORDS: dict[str, dict[str, str]] = {
    "en": {"order": "Order {o}: {p}, {a}, {s}, via {c}.", "phone": "Tel {ph}, mail {em}.", "addr": "Address: {st}, {pc} {ci}.",
           "dob": "Born {dob}, NI {nid}.", "iban": "Refund to {ib}.", "hello": "hi", "bye": "cheers", "chat": "see you at the hall", "qty": "qty"},
    "de": {"order": "Auftrag {o}: {p}, {a}, {s}, über {c}.", "phone": "Tel. {ph}, Mail {em}.", "addr": "Anschrift: {st}, {pc} {ci}.",
           "dob": "Geb. {dob}, IdNr {nid}.", "iban": "Erstattung an {ib}.", "hello": "moin", "bye": "gruß", "chat": "bis später am platz", "qty": "Stk."},
    "fr": {"order": "Commande {o} : {p}, {a}, {s}, via {c}.", "phone": "Tél. {ph}, courriel {em}.", "addr": "Adresse : {st}, {pc} {ci}.",
           "dob": "Né(e) le {dob}, NIR {nid}.", "iban": "Remboursement sur {ib}.", "hello": "salut", "bye": "bises", "chat": "on se voit à la salle", "qty": "qté"},
    "es": {"order": "Pedido {o}: {p}, {a}, {s}, con {c}.", "phone": "Tel. {ph}, correo {em}.", "addr": "Dirección: {st}, {pc} {ci}.",
           "dob": "Nacido/a el {dob}, DNI {nid}.", "iban": "Devolución a {ib}.", "hello": "hola", "bye": "un abrazo", "chat": "nos vemos en el local", "qty": "uds."},
    "it": {"order": "Ordine {o}: {p}, {a}, {s}, tramite {c}.", "phone": "Tel. {ph}, mail {em}.", "addr": "Indirizzo: {st}, {pc} {ci}.",
           "dob": "Nato/a il {dob}, CF {nid}.", "iban": "Rimborso su {ib}.", "hello": "ciao", "bye": "a presto", "chat": "ci vediamo in sede", "qty": "pz."},
    "nl": {"order": "Order {o}: {p}, {a}, {s}, via {c}.", "phone": "Tel. {ph}, mail {em}.", "addr": "Adres: {st}, {pc} {ci}.",
           "dob": "Geboren {dob}, BSN {nid}.", "iban": "Terugbetaling op {ib}.", "hello": "hoi", "bye": "groetjes", "chat": "tot straks in de kantine", "qty": "st."},
    "pl": {"order": "Zlecenie {o}: {p}, {a}, {s}, przez {c}.", "phone": "Tel. {ph}, e-mail {em}.", "addr": "Adres: {st}, {pc} {ci}.",
           "dob": "Ur. {dob}, PESEL {nid}.", "iban": "Zwrot na {ib}.", "hello": "cześć", "bye": "pozdro", "chat": "do zobaczenia w klubie", "qty": "szt."},
    "pt": {"order": "Encomenda {o}: {p}, {a}, {s}, via {c}.", "phone": "Tel. {ph}, email {em}.", "addr": "Morada: {st}, {pc} {ci}.",
           "dob": "Nasc. {dob}, NIF {nid}.", "iban": "Reembolso para {ib}.", "hello": "olá", "bye": "abraço", "chat": "até logo no clube", "qty": "un."},
}  # fmt: skip
STATUSES = {
    "en": ("booked", "done", "on hold"), "de": ("gebucht", "erledigt", "offen"), "fr": ("réservé", "terminé", "en attente"),
    "es": ("reservado", "hecho", "pendiente"), "it": ("prenotato", "fatto", "sospeso"), "nl": ("geboekt", "klaar", "in afwachting"),
    "pl": ("zarezerwowane", "gotowe", "wstrzymane"), "pt": ("marcado", "feito", "pendente"),
}  # fmt: skip
COMPANIES = ("Quillbright Ltd", "Tannorf GmbH", "Ferrand & Fils", "Talleres Orvi", "Ditta Sbrolli", "Keuvel BV", "Zakład Grabet", "Vidrex Lda")  # fmt: skip
PRODUCT_WORDS = ("Kit", "Set", "Pack", "Deluxe", "Mini", "Plus")
PRODUCT_FIRST = ("Greta", "Hugo", "Clara", "Bruno", "Lotte", "Marta", "Nina", "Oscar")
PRODUCT_PLACES = ("Bergen", "Lyon", "Siena", "Porto", "Gdańsk", "Delft", "Cádiz", "Bremen")
CURRENCY = {
    "en": "£{v}",
    "de": "{v} €",
    "fr": "{v} €",
    "es": "{v} €",
    "it": "€ {v}",
    "nl": "€ {v}",
    "pl": "{v} zł",
    "pt": "{v} €",
}
DOMAINS = ("post.example", "mailbox.example", "inbox.example")

# Text genres (name, format) per language; the last is the chat.
GENRES: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "en": (("tree_surgery_callouts", "txt"), ("wedding_cake_orders", "jsonl"), ("repair_cafe_chat", "txt")),
    "de": (("glaserei_auftraege", "txt"), ("musikschule_anmeldungen", "jsonl"), ("foodsharing_chat", "jsonl")),
    "fr": (("encadreur_commandes", "txt"), ("gites_reservations", "jsonl"), ("club_roller_chat", "txt")),
    "es": (("herreria_encargos", "txt"), ("camisetas_imprenta", "jsonl"), ("vecinos_chat", "jsonl")),
    "it": (("vetreria_ordini", "txt"), ("centro_estivo_iscrizioni", "jsonl"), ("nuoto_master_chat", "txt")),
    "nl": (("zorgboerderij_dagbesteding", "txt"), ("tandtechniek_opdrachten", "jsonl"), ("handbalteam_chat", "jsonl")),
    "pl": (("wulkanizacja_sezon", "txt"), ("szkola_tanca_zapisy", "jsonl"), ("rada_rodzicow_chat", "txt")),
    "pt": (("cutelaria_encomendas", "txt"), ("autocaravanas_aluguer", "jsonl"), ("clube_xadrez_chat", "jsonl")),
}  # fmt: skip
JSON_ROOT = {"en": "cake", "de": "anmeldung", "fr": "sejour", "es": "tirada", "it": "iscrizione", "nl": "werkbrief", "pl": "kurs", "pt": "aluguer"}  # fmt: skip


def template_words() -> frozenset[str]:
    """Every word of this module's templates, products, companies, statuses, headers and forms."""
    texts: list[str] = [
        *COMPANIES,
        *PRODUCT_WORDS,
        *PRODUCT_FIRST,
        *PRODUCT_PLACES,
        *DOMAINS,
        *CURRENCY.values(),
    ]
    for lang in LANGS:
        texts += [
            *SHAPES[lang].values(),
            *WORDS[lang].values(),
            *STATUSES[lang],
            *PLACES[lang][2],
            JSON_ROOT[lang],
        ]
        texts += [g for g, _ in GENRES[lang]]
    for table in TABLES:
        texts += [table[0], *table[2]]
    texts += ["steps", "line", "party", "reach", "details", "ref", "at", "author", "msg", "thread", "notes"]
    return frozenset(w.casefold() for t in texts for w in re.findall(r"[^\W\d_]+", t))


# --- pools ---------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _covered_mimesis_words() -> frozenset[str]:
    words: set[str] = set()
    for loc in COVERED:
        data = json.loads((sources._DATASETS / loc / "person.json").read_text(encoding="utf-8"))
        for key in ("names", "surnames"):
            value = data.get(key)
            items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value or []
            for item in items:
                words.update(sources.words_of(str(item)))
    return frozenset(words)


@lru_cache(maxsize=1)
def _banned() -> frozenset[str]:
    return frozenset(faker_person_words() | _covered_mimesis_words() | template_words())


@lru_cache(maxsize=200_000)
def _zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, lang))


def _ok(word: str, langs: tuple[str, ...], *, strict: bool = False) -> bool:
    """A name word: 3+ letters, unknown to the engine, in no Faker/covered list or template, rare."""
    folded = word.casefold()
    if len(folded) < 3 or not re.fullmatch(r"[^\W\d_]+", word):
        return False
    if folded in _banned() or (strict and folded in mimesis_person_words()):
        return False
    if fold_ascii(word) in _banned():
        return False
    if not usable(word) or is_known_to_engine(word.upper()):
        return False
    return all(_zipf(folded, lang) < 3 for lang in langs)


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    group: str
    origin: str  # style:x | locale:x | wordsrc:x
    nick: str = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


def _invent(rng: random.Random, style: str) -> str:
    syll, ends = STYLES[style]
    word = "".join(rng.choice(syll) for _ in range(rng.randint(1, 2))) + rng.choice(ends)
    return word[:1].upper() + word[1:]


def _nick(rng: random.Random, given: str) -> str:
    base = given.lower()[:3]
    return base + rng.choice(("ko", "zy", "ito", "uś", "ie"))


@lru_cache(maxsize=4)
def _pools(seed: int) -> dict[str, list[Person]]:
    rng = random.Random(seed)
    places = _place_words()
    pools: dict[str, list[Person]] = {"invented": [], "mimesis": []}

    def good(word: str, langs: tuple[str, ...] = LANGS, strict: bool = False) -> bool:
        return word.casefold() not in places and _ok(word, langs, strict=strict)

    def nick(given: str) -> str:
        for _ in range(10):
            n = _nick(rng, given)
            if good(n, strict=True):
                return n
        return ""

    for style in STYLES:
        made = 0
        for _ in range(600):
            given, surname = _invent(rng, style), _invent(rng, style)
            if given != surname and good(given, strict=True) and good(surname, strict=True):
                pools["invented"].append(Person(given, surname, "invented", f"style:{style}", nick(given)))
                made += 1
                if made >= 40:
                    break
    for loc in MIMESIS_LOCALES:
        data = json.loads((sources._DATASETS / loc / "person.json").read_text(encoding="utf-8"))
        names = data["names"]
        firsts = sorted({romanise(n, loc) for vs in names.values() for n in vs})
        surs = data["surnames"]
        surs = sorted(
            {
                romanise(n, loc)
                for n in ([v for vs in surs.values() for v in vs] if isinstance(surs, dict) else surs)
            }
        )
        firsts = [f for f in firsts if f and good(f)]
        surs = [s for s in surs if s and good(s)]
        if len(firsts) < 3 or len(surs) < 3:
            continue
        for _ in range(40):
            given, surname = rng.choice(firsts), rng.choice(surs)
            if given != surname:
                pools["mimesis"].append(Person(given, surname, "mimesis", f"locale:{loc}", nick(given)))
    for lang in LANGS:
        people: list[Person] = []
        for src, (surs_w, givens_w) in WORDLIKE.items():
            surs_ok = [s for s in surs_w if good(s, (lang,))]
            giv_ok = [g for g in givens_w if good(g, (lang,))]
            if not surs_ok or not giv_ok:
                continue
            for _ in range(12):
                given, surname = rng.choice(giv_ok), rng.choice(surs_ok)
                if given != surname:
                    people.append(Person(given, surname, "wordlike", f"wordsrc:{src}"))
        pools[f"wordlike:{lang}"] = people
    return pools


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return frozenset(w.casefold() for lang in LANGS for c in _cities(lang) for w in name_tokens(c))


@lru_cache(maxsize=16)
def _cities(lang: str) -> tuple[str, ...]:
    syll, ends, _ = PLACES[lang]
    out = []
    for a in syll:
        for e in ends:
            city = (a + e).capitalize()
            if (
                not is_known_to_engine(city)
                and all(_zipf(city.casefold(), lg) < 3 for lg in LANGS)
                and city.casefold() not in faker_person_words()
                and city.casefold() not in _covered_mimesis_words()
            ):
                out.append(city)
    return tuple(out)


CANARY_STYLES = ("bemba", "tuvan", "tahitian")


@lru_cache(maxsize=4)
def _canaries(seed: int) -> tuple[Person, ...]:
    rng = random.Random(seed * 7 + 1)
    used = {w.casefold() for ps in _pools(seed).values() for p in ps for w in (p.given, p.surname)}
    out = []
    for style in CANARY_STYLES:
        while True:
            given, surname = _invent(rng, style) + "ra", _invent(rng, style) + "ki"
            if given.casefold() in used or surname.casefold() in used or given == surname:
                continue
            if (
                _ok(given, LANGS, strict=True)
                and _ok(surname, LANGS, strict=True)
                and given.casefold() not in _place_words()
                and surname.casefold() not in _place_words()
            ):
                out.append(Person(given, surname, "invented", f"style:{style}"))
                break
    return tuple(out)


# --- records --------------------------------------------------------------------------------------------------


def _case(value: str) -> str:
    return "upper" if value.isupper() else "lower" if value.islower() else "title"


class Builder:
    """Draws people and values for one file."""

    def __init__(self, rng: random.Random, seed: int, lang: str, *, canary_rate: float = 0.01) -> None:
        self.rng, self.seed, self.lang, self.canary_rate = rng, seed, lang, canary_rate
        self.canaries_used: set[str] = set()

    def person(self, lang: str | None = None) -> Person:
        lang = lang or self.lang
        pools = _pools(self.seed)
        if self.rng.random() < self.canary_rate:
            canary = self.rng.choice(_canaries(self.seed))
            self.canaries_used.add(canary.full)
            return canary
        roll = self.rng.random()
        key = "invented" if roll < 0.4 else "mimesis" if roll < 0.8 else f"wordlike:{lang}"
        return self.rng.choice(pools[key])

    def tags(self, p: Person, value: str, lang: str, slot: str, *extra: str) -> list[str]:
        tags = [f"lang:{lang}", _case(value), p.group, p.origin, slot, *extra]
        if p in _canaries(self.seed):
            tags.append("canary")
        return tags

    def form(self, p: Person, slot: str) -> tuple[str, list[str]]:
        """The written form of a person: mostly the full name, now and then a lone given name in lower
        case or a lone surname in capitals (never for canaries)."""
        roll = self.rng.random()
        if p in _canaries(self.seed) or slot in {"csv_line", "subject_line"}:
            return p.full, []
        if roll < 0.1:
            return p.given.lower(), ["given_only"]
        if roll < 0.17:
            return p.surname.upper(), ["surname_only"]
        if roll < 0.22:
            return f"{p.surname.upper()}, {p.given}", ["reversed"]
        return p.full, []

    def values(self, lang: str) -> dict[str, str]:
        rng = self.rng
        value = (
            f"{rng.randint(5, 900)},{rng.randint(0, 99):02d}"
            if lang != "en"
            else f"{rng.randint(5, 900)}.{rng.randint(0, 99):02d}"
        )
        product = f"{rng.choice(PRODUCT_WORDS)} {rng.choice(PRODUCT_FIRST + PRODUCT_PLACES)}"
        return {
            "o": f"{lang.upper()}-{rng.randint(10000, 99999)}",
            "p": product,
            "a": CURRENCY[lang].format(v=value),
            "s": rng.choice(STATUSES[lang]),
            "c": rng.choice(COMPANIES),
        }


def _date(rng: random.Random, lang: str, start: int = 2024, span: int = 700) -> str:
    day = dt.date(start, 1, 1) + dt.timedelta(days=rng.randrange(span))
    if lang == "en":
        return day.strftime("%d/%m/%Y")
    if lang in {"de", "pl"}:
        return day.strftime("%d.%m.%Y")
    if lang == "nl":
        return day.strftime("%d-%m-%Y")
    return day.strftime("%d/%m/%Y")


def _email(rng: random.Random, p: Person) -> str:
    g = fold_ascii(p.given)[:2] or "xx"
    s = fold_ascii(p.surname)[:2] or "yy"
    return f"{g}{rng.choice('._')}{s}{rng.randint(10, 99)}@{rng.choice(DOMAINS)}"


def _street(rng: random.Random, lang: str) -> tuple[str, str]:
    forms = PLACES[lang][2]
    cities = _cities(lang)
    word = rng.choice(cities)
    return rng.choice(forms).replace("X", word).format(n=rng.randint(1, 60)), rng.choice(cities)


def _nid(rng: random.Random, lang: str) -> tuple[str, str]:
    if lang == "en":
        letters = "ABCEGHJKLMNPRSTWXYZ"
        digits = " ".join(f"{rng.randint(0, 99):02d}" for _ in range(3))
        return f"{rng.choice(letters)}{rng.choice(letters)} {digits} {rng.choice('ABCD')}", "UK NINO"
    got = national_id(rng, COUNTRY[lang])
    assert got is not None
    return got


def _contact(b: Builder, p: Person, lang: str, field: str) -> tuple[str, list[Planted]]:
    rng, words = b.rng, WORDS[lang]
    kind = rng.choice(("phone", "addr", "dob", "iban"))
    tag = [f"lang:{lang}"]
    if kind == "phone":
        ph, form = phone(rng, COUNTRY[lang])
        em = _email(rng, p)
        return words["phone"].format(ph=ph, em=em), [
            Planted("PHONE_NUMBER", ph, field, [*tag, form]),
            Planted("EMAIL_ADDRESS", em, field, tag),
        ]
    if kind == "addr":
        st, ci = _street(rng, lang)
        pc = postcode(rng, COUNTRY[lang])
        return words["addr"].format(st=st, pc=pc, ci=ci), [
            Planted("STREET_ADDRESS", st, field, tag),
            Planted("POSTCODE", pc, field, tag),
            Planted("CITY", ci, field, tag),
        ]
    if kind == "dob":
        dob = _date(rng, lang, 1950, 365 * 50)
        nid, nkind = _nid(rng, lang)
        return words["dob"].format(dob=dob, nid=nid), [
            Planted("DATE_OF_BIRTH", dob, field, tag),
            Planted("NATIONAL_ID", nid, field, [*tag, nkind]),
        ]
    ib, form = iban(rng, COUNTRY[lang])
    return words["iban"].format(ib=ib), [Planted("IBAN_CODE", ib, field, [*tag, form])]


def _shape_sentence(b: Builder, lang: str, shape: str, field: str) -> tuple[str, list[Planted]]:
    template = SHAPES[lang][shape]
    planted: list[Planted] = []
    p = b.person()
    text, extra = b.form(p, shape)
    planted.append(Planted("PERSON", text, field, b.tags(p, text, lang, shape, *extra)))
    q_text = ""
    if "{Q}" in template:
        q = b.person()
        while q == p:
            q = b.person()
        q_text, extra_q = b.form(q, shape)
        planted.append(Planted("PERSON", q_text, field, b.tags(q, q_text, lang, shape, *extra_q)))
    status = b.rng.choice(STATUSES[lang])
    sentence = template.replace("{P}", text).replace("{Q}", q_text).replace("{S}", status)
    if "{S}" in template:
        planted.append(Planted("utility:status", status, field, [f"lang:{lang}"]))
    return sentence, planted


def _business(b: Builder, lang: str, field: str) -> tuple[str, list[Planted]]:
    v = b.values(lang)
    tag = [f"lang:{lang}"]
    planted = [
        Planted("utility:order_number", v["o"], field, tag),
        Planted("utility:product", v["p"], field, tag),
        Planted("utility:amount", v["a"], field, tag),
        Planted("utility:status", v["s"], field, tag),
        Planted("utility:company", v["c"], field, tag),
    ]
    return WORDS[lang]["order"].format(**v), planted


def _shout(text: str, planted: list[Planted]) -> tuple[str, list[Planted]]:
    out = []
    for p in planted:
        tags = [t for t in p.tags if t not in {"title", "lower"}]
        if p.entity == "PERSON" and "upper" not in tags:
            tags.insert(1, "upper")
        out.append(Planted(p.entity, p.value.upper(), p.field, [*tags, "shouted"]))
    return text.upper(), out


def _text_record(b: Builder, lang: str, i: int, jsonl: bool) -> tuple[str, list[Planted]]:
    rng = b.rng
    field = f"{JSON_ROOT[lang]}.steps[].line" if jsonl else "text"
    cfield = f"{JSON_ROOT[lang]}.party.reach.details" if jsonl else "text"
    shapes = [NEW_SHAPES[(i + k) % len(NEW_SHAPES)] for k in range(2)]
    shapes.append(rng.choice(("sentence_start", "honorific", "pair", "agent", rng.choice(NEW_SHAPES))))
    pieces: list[str] = []
    planted: list[Planted] = []
    sentence, values = _business(b, lang, field)
    pieces.append(sentence)
    planted += values
    for shape in shapes:
        sentence, values = _shape_sentence(b, lang, shape, field)
        pieces.append(sentence)
        planted += values
    rate, b.canary_rate = b.canary_rate, 0.0
    customer = b.person()  # the e-mail's owner (never a canary: a canary is only planted whole)
    b.canary_rate = rate
    contact, values = _contact(b, customer, lang, cfield)
    planted += values
    if jsonl:
        stamp = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(7, 19):02d}:{rng.choice(('05', '20', '45'))}"
        case = f"C{rng.randint(100000, 999999)}"
        planted += [
            Planted("utility:case_number", case, f"{JSON_ROOT[lang]}.ref", [f"lang:{lang}"]),
            Planted("utility:timestamp", stamp, "at", [f"lang:{lang}"]),
            Planted(
                "utility:quantity", f"{rng.randint(2, 40)} {WORDS[lang]['qty']}", field, [f"lang:{lang}"]
            ),
        ]
        qty = planted[-1].value
        record = {
            "at": stamp,
            JSON_ROOT[lang]: {
                "ref": case,
                "steps": [{"line": s} for s in [*pieces, qty]],
                "party": {"reach": {"details": contact}},
            },
        }
        shouted = rng.random() < 0.04
        line = json.dumps(record, ensure_ascii=False)
        if shouted:
            record_u = json.loads(line)
            for step in record_u[JSON_ROOT[lang]]["steps"]:
                step["line"] = step["line"].upper()
            record_u[JSON_ROOT[lang]]["party"]["reach"]["details"] = contact.upper()
            record_u["at"] = stamp.upper()
            record_u[JSON_ROOT[lang]]["ref"] = case.upper()
            _, planted = _shout("", planted)
            line = json.dumps(record_u, ensure_ascii=False)
        return line, planted
    stamp = f"{rng.randint(7, 19):02d}:{rng.choice(('05', '20', '45'))}"
    heading = f"#{i + 1} {_date(rng, lang)} {stamp}"
    planted += [
        Planted("utility:date", heading.split()[1], "text", [f"lang:{lang}"]),
        Planted("utility:timestamp", stamp, "text", [f"lang:{lang}"]),
    ]
    text = " ".join([heading, *pieces, contact])
    if rng.random() < 0.04:
        return _shout(text, planted)
    return text, planted


def _chat_record(
    b: Builder, lang: str, i: int, members: list[Person], jsonl: bool
) -> tuple[str, list[Planted]]:
    rng, words = b.rng, WORDS[lang]
    speaker = members[i % len(members)] if i < len(members) else rng.choice(members)
    other = rng.choice([m for m in members if m != speaker])
    planted: list[Planted] = []
    spk_field, msg_field = ("author", "msg") if jsonl else ("text", "text")

    def add(p: Person, value: str, slot: str, field: str) -> str:
        planted.append(Planted("PERSON", value, field, b.tags(p, value, lang, slot)))
        return value

    name = add(
        speaker,
        speaker.full.lower() if rng.random() < 0.4 or speaker in _canaries(b.seed) else speaker.given.lower(),
        "chat_speaker" if not jsonl else "sender_field",
        spk_field,
    )
    kind = i % 4
    if kind == 0:
        msg = f"{words['hello']} {add(other, other.given.lower(), 'greeting', msg_field)}, {words['chat']}"
    elif kind == 1:
        msg = f"@{add(other, other.given.lower(), 'mention', msg_field)}_{rng.randint(1, 99)} {words['chat']}"
    elif kind == 2 and other.nick:
        msg = f"{words['chat']}, {add(other, other.nick, 'nickname', msg_field)}?"
    else:
        msg = f"{words['chat']} {add(other, other.given.lower(), 'vocative', msg_field)} – {words['bye']} {add(speaker, speaker.given.lower(), 'signoff', msg_field)}"
    if jsonl:
        record: dict[str, object] = {"author": name, "msg": msg}
        if rng.random() < 0.3:
            third = rng.choice(members)
            who = add(third, third.full.lower(), "sender_field", "thread[].author")
            record["thread"] = [{"author": who, "msg": words["chat"]}]
        return json.dumps(record, ensure_ascii=False), planted
    stamp = f"[{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}] " if rng.random() < 0.3 else ""
    return f"{stamp}{name}: {msg}", planted


def _text_file(out: Path, seed: int, lang: str, index: int, n: int) -> FileSet:
    name, fmt = GENRES[lang][index]
    rng = random.Random(f"{seed}-{name}")
    chat = index == 2
    b = Builder(rng, seed, lang, canary_rate=0.0 if chat else 0.01)
    lines: list[str] = []
    records: list[list[Planted]] = []
    if chat:
        first = _canaries(seed)[0]
        members = [first] + [b.person() for _ in range(7)]
        members = list(dict.fromkeys(members))
        for i in range(n):
            line, planted = _chat_record(b, lang, i, members, fmt == "jsonl")
            lines.append(line)
            records.append(planted)
        canaries = [first.full]
    else:
        for i in range(n):
            line, planted = _text_record(b, lang, i, fmt == "jsonl")
            lines.append(line)
            records.append(planted)
        canaries = sorted(b.canaries_used, key=[c.full for c in _canaries(seed)].index)
    path = f"{lang}_{name}.{fmt}"
    (out / path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(
        name=f"{lang}_{name}",
        path=path,
        fmt=fmt,
        kind="text",
        language=lang,
        records=records,
        canaries=canaries,
        guided_fixes=True,
    )


# --- tables ----------------------------------------------------------------------------------------------------

#: (name, language, columns, format); the person columns and their forms are in `_row`.
TABLES: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("tree_surgery_jobs", "en", ("job_no", "crew", "client_first", "client_last", "lead_climber", "phone", "postcode", "service", "quote", "visit_date", "state", "notes"), "csv"),
    ("musikschule_schueler", "de", ("Anmelde_Nr", "Raum", "SCHUELER", "Lehrkraft", "Erziehungsberechtigte", "Geburtsdatum", "Strasse", "PLZ", "Ort", "Instrument", "Gebuehr", "Beginn", "Stand", "Bemerkung"), "tsv"),
    ("gites_sejours", "fr", ("resa", "gite", "locataire", "accueilli_par", "telephone", "nuits", "montant", "arrivee", "formule", "etat", "remarques"), "parquet"),
    ("herreria_encargos", "es", ("encargo", "ruta_reparto", "pieza", "importe", "fecha", "estado", "cp_entrega", "telefono", "comentarios"), "csv"),
    ("wulkanizacja_sezon", "pl", ("zlecenie", "stanowisko_nr", "wlasciciel", "kierowca", "MECHANIK", "pesel", "telefon", "usluga", "kwota", "data", "status", "uwagi"), "tsv"),
)  # fmt: skip
NOTES = {
    "en": "{P} asked for a callback.", "de": "{P} bittet um Rückruf.", "fr": "{P} demande un rappel.",
    "es": "{P} pide que le llamen.", "it": "{P} chiede di essere richiamato.", "nl": "{P} vraagt om terugbellen.",
    "pl": "{P} prosi o telefon.", "pt": "{P} pede para ligar de volta.",
}  # fmt: skip


def _row(
    b: Builder, table: str, lang: str, tlang: str, i: int, canary: Person | None
) -> tuple[dict[str, object], list[Planted]]:
    rng = b.rng
    planted: list[Planted] = []
    row: dict[str, object] = {}

    def put(column: str, p: Person, value: str, *extra: str) -> None:
        row[column] = value
        planted.append(Planted("PERSON", value, column, b.tags(p, value, lang, "table_cell", *extra)))

    def util(column: str, kind: str, value: object) -> None:
        row[column] = value
        planted.append(Planted(f"utility:{kind}", str(value), column, [f"lang:{tlang}"]))

    main = canary or b.person(lang)
    second = b.person(lang)
    amount = round(rng.uniform(20, 900), 2)
    day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(300))
    product = f"{rng.choice(PRODUCT_WORDS)} {rng.choice(PRODUCT_FIRST + PRODUCT_PLACES)}"
    status = rng.choice(STATUSES[tlang])
    noted = b.person(lang)
    note_value = noted.full
    notes = NOTES[lang].replace("{P}", note_value)
    if canary:
        notes += f" ({canary.full})"
    note_planted = [Planted("PERSON", note_value, "", b.tags(noted, note_value, lang, "table_notes"))]
    if canary:
        note_planted.append(
            Planted("PERSON", canary.full, "", b.tags(canary, canary.full, lang, "table_notes"))
        )
    ph, form = phone(rng, COUNTRY[lang])
    if table == "tree_surgery_jobs":
        util("job_no", "record_id", f"TS-{2025}-{i + 1:04d}")
        util("crew", "record_id", f"crew {rng.randint(1, 6)}")
        put("client_first", main, main.given, "split_name")
        put("client_last", main, main.surname, "split_name")
        put("lead_climber", second, f"{second.surname} {second.given[0]}.", "initial")
        row["phone"] = ph
        planted.append(Planted("PHONE_NUMBER", ph, "phone", [f"lang:{lang}", form]))
        pc = postcode(rng, COUNTRY[lang])
        row["postcode"] = pc
        planted.append(Planted("POSTCODE", pc, "postcode", [f"lang:{lang}"]))
        util("service", "product", product)
        util("quote", "amount", f"{amount:.2f}")
        util("visit_date", "date", day.isoformat())
        util("state", "status", status)
        notes_col = "notes"
    elif table == "musikschule_schueler":
        util("Anmelde_Nr", "record_id", f"MS{25}-{i + 1:04d}")
        util("Raum", "record_id", f"R{rng.randint(1, 8)}")
        put("SCHUELER", main, main.full.upper())
        put("Lehrkraft", second, second.full)
        guardian = b.person(lang)
        put("Erziehungsberechtigte", guardian, f"{guardian.surname}, {guardian.given}", "reversed")
        dob = day.replace(year=rng.randint(2008, 2018)).strftime("%d.%m.%Y")
        row["Geburtsdatum"] = dob
        planted.append(Planted("DATE_OF_BIRTH", dob, "Geburtsdatum", [f"lang:{lang}"]))
        st, ci = _street(rng, lang)
        pc = postcode(rng, COUNTRY[lang])
        for col, ent, val in (
            ("Strasse", "STREET_ADDRESS", st),
            ("PLZ", "POSTCODE", pc),
            ("Ort", "CITY", ci),
        ):
            row[col] = val
            planted.append(Planted(ent, val, col, [f"lang:{lang}"]))
        util("Instrument", "product", product)
        util("Gebuehr", "amount", f"{amount:.2f}".replace(".", ","))
        util("Beginn", "date", day.strftime("%d.%m.%Y"))
        util("Stand", "status", status)
        notes_col = "Bemerkung"
    elif table == "gites_sejours":
        util("resa", "record_id", 310000 + i * 7)
        util("gite", "record_id", rng.choice(("Le Fournil", "La Grange", "Le Pressoir", "La Bergerie")))
        put("locataire", main, main.full)
        put("accueilli_par", second, second.given.lower(), "given_only")
        row["telephone"] = ph
        planted.append(Planted("PHONE_NUMBER", ph, "telephone", [f"lang:{lang}", form]))
        util("nuits", "quantity", rng.randint(1, 14))
        util("montant", "amount", amount)
        util("arrivee", "date", day)
        util("formule", "product", product)
        util("etat", "status", status)
        notes_col = "remarques"
    elif table == "herreria_encargos":
        util("encargo", "record_id", f"H{i + 1:04d}/25")
        util("ruta_reparto", "record_id", f"ruta-{rng.choice('ABCD')}")
        util("pieza", "product", product)
        util("importe", "amount", f"{amount:.2f}".replace(".", ","))
        util("fecha", "date", day.strftime("%d/%m/%Y"))
        util("estado", "status", status)
        pc = postcode(rng, COUNTRY[lang])
        row["cp_entrega"] = pc
        planted.append(Planted("POSTCODE", pc, "cp_entrega", [f"lang:{lang}"]))
        row["telefono"] = ph
        planted.append(Planted("PHONE_NUMBER", ph, "telefono", [f"lang:{lang}", form]))
        first = main
        notes = f"{NOTES[lang].replace('{P}', first.full)} {note_value}."
        note_planted = [
            Planted("PERSON", first.full, "", b.tags(first, first.full, lang, "table_notes")),
            Planted("PERSON", note_value, "", b.tags(noted, note_value, lang, "table_notes")),
        ]
        notes_col = "comentarios"
    else:
        util("zlecenie", "record_id", f"{i + 1:04d}-WK/25")
        util("stanowisko_nr", "record_id", f"S{rng.randint(1, 5)}")
        put("wlasciciel", main, main.full)
        put("kierowca", second, f"{second.given[0]}. {second.surname}", "initial")
        mech = b.person(lang)
        put("MECHANIK", mech, f"{mech.surname.upper()} {mech.given}")
        nid, kind = national_id(rng, "PL") or ("", "")
        row["pesel"] = nid
        planted.append(Planted("NATIONAL_ID", nid, "pesel", [f"lang:{lang}", kind]))
        row["telefon"] = ph
        planted.append(Planted("PHONE_NUMBER", ph, "telefon", [f"lang:{lang}", form]))
        util("usluga", "product", product)
        util("kwota", "amount", f"{amount:.2f}".replace(".", ","))
        util("data", "date", day.strftime("%d.%m.%Y"))
        util("status", "status", status)
        notes_col = "uwagi"
    row[notes_col] = notes
    for p in note_planted:
        planted.append(Planted(p.entity, p.value, notes_col, p.tags))
    return row, planted


def _table(out: Path, seed: int, spec: tuple[str, str, tuple[str, ...], str], n: int) -> FileSet:
    import pandas as pd

    name, tlang, columns, fmt = spec
    rng = random.Random(f"{seed}-{name}")
    b = Builder(rng, seed, tlang, canary_rate=0.0)
    canaries = _canaries(seed)
    rows, records = [], []
    others = [lg for lg in LANGS if lg != tlang]
    for i in range(n):
        lang = tlang if rng.random() > 0.3 else rng.choice(others)
        canary = canaries[i // 11] if i % 11 == 0 and i // 11 < 3 else None
        row, planted = _row(b, name, lang, tlang, i, canary)
        rows.append({c: row[c] for c in columns})
        records.append(planted)
    frame = pd.DataFrame(rows, columns=list(columns))
    path = f"{name}.{fmt}"
    if fmt == "parquet":
        frame["resa"] = frame["resa"].astype("int64")
        frame["nuits"] = frame["nuits"].astype("int64")
        frame["montant"] = frame["montant"].astype("float64")
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(frame, preserve_index=False)
        schema = pa.schema(
            [pa.field(f.name, pa.string()) if f.type == pa.large_string() else f for f in table.schema]
        )
        pq.write_table(table.cast(schema), out / path)
        for record in records:
            for p in record:
                if p.field == "montant":
                    p.value = str(float(p.value))
    else:
        frame.to_csv(out / path, index=False, sep="\t" if fmt == "tsv" else ",", encoding="utf-8")
    ids = [columns[0], columns[1]]
    return FileSet(
        name=name,
        path=path,
        fmt=fmt,
        kind="table",
        language=tlang,
        records=records,
        id_columns=ids,
        canaries=[c.full for c in canaries],
        guided_fixes=True,
    )


# --- entry points ------------------------------------------------------------------------------------------------


def generate(out_dir: Path, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    """Write the set's files into ``out_dir`` and return their truth."""
    out_dir.mkdir(parents=True, exist_ok=True)
    n_text = max(10, round(TEXT_RECORDS * scale))
    n_rows = max(30, round(TABLE_ROWS * scale))
    sets = [_text_file(out_dir, seed, lang, k, n_text) for lang in LANGS for k in range(3)]
    sets += [_table(out_dir, seed, spec, n_rows) for spec in TABLES]
    return sets


def summary(sets: list[FileSet]) -> dict[str, int]:
    """Counts of a run (never the values)."""
    counts: Counter[str] = Counter(files=len(sets), records=sum(len(s.records) for s in sets))
    for s in sets:
        for record in s.records:
            for p in record:
                counts[p.entity] += 1
                if p.entity == "PERSON":
                    counts.update(g for g in ("invented", "mimesis", "wordlike") if g in p.tags)
    return dict(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the blind12 detection set.")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    print(json.dumps(summary(generate(args.out, args.scale)), indent=1))


if __name__ == "__main__":
    main()

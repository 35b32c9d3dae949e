"""Detection set "blind16" (held out until its breakdown was read; now guided): text in eight languages and five tables, written apart from the engine.

Data card
=========

Status
    Guided fixes since 2026-12-06 (the ninth session): held out until then and measured once as the
    headline, with its peers, after the last change to detection then (6d0d067: PERSON leak 13.69 %
    (text 14.30, tables 11.87), all personal 8.61 %, utility 95.30 %, 4 of 29 files refused, no
    canary; see ``bench/README.md``); then its breakdown was read (``--blind-breakdown``) to fix what it
    showed, so every ``FileSet`` now has ``guided_fixes=True`` and `blindset17` is the held-out set.
    The engine's author had also read, before that measurement, the writer's report, which named this
    set's new shape families in general terms (Markdown strike-through and italics, wiki links, dotted
    leaders, a name before a clock time, messenger copies); no fix targeted them before the measurement.

Who wrote it and what they read
    A helper engineer, ninth session, 2026-12-06 (about forty minutes, from a brief). It read:
    `bench.detection.format` (whole); in `bench.detection.sources` a ``grep`` of its ``def`` lines, the
    bodies of ``_dataset``/``_by_gender``/``words_of``/``mimesis_person_words``/``usable``/``fold_ascii``/
    ``Deck`` (lines 1-140), ``postcode``, ``phone`` (which also showed ``MAIL_DOMAINS``, not used),
    ``iban`` and ``national_id``; the signatures of the engine's vocabulary filters (``grep -A12``); the
    first 120 lines of `bench.bench_detection` and its lines naming blind15 (to register the set); the
    shared set checks; blind15's test (as this test's model); the data cards of blind3 to blind15 (their
    genre tables, styles, locales, word sources and sentence shapes, plus ``grep`` hits for this set's
    candidate genres, which made it drop several first choices; one such ``grep`` also ran over the set
    modules themselves and printed their file names and, for blind3 to blind5, a few matching template
    lines, none reused); the list of mimesis locales and the keys of seven ``person.json`` files; and its
    own generated files. It read no recognizer, cue list, pattern, profile or vocabulary
    list of the engine, no other benchmark set body and no engine or benchmark output, and it never ran
    the engine, ``bench.bench_detection`` or ``manage.py anonymize``. Every sentence template, product,
    company, status, header, syllable inventory, word list and romanisation table here was written fresh
    for this module. The engine's vocabulary is reached only through ``sources.usable`` and Faker's
    person words through the name ``sources`` imports.

Text files (24, 95 records each at scale 1.0)
    Per language three files in genres no earlier card lists, TXT and JSONL mixed. A TXT record is one
    line in a "paper ledger typed up" layout: a ``utility:date`` and a ``utility:timestamp`` joined by a
    "/" and followed by a "▸" mark, a business sentence (order number, product, amount, status, company;
    now and then a SKU, a version or a tracking number), three sentences in the shapes below and one
    contact phrase. JSONL records nest: the sentences in ``<root>.log[].said``, the contact phrase three
    levels down (``<root>.customer.contact.line``), a ticket number (``<root>.ticket``), a quantity
    (``<root>.count``) and a timestamp (``<root>.when``); the roots are ``pumpout``, ``verleih``,
    ``velo``, ``traje``, ``gommone``, ``tent``, ``sprzet``, ``mota``. One file per language is a
    lower-case chat: in TXT a messenger copy-paste line "name, [dd.mm.yy hh:mm]: text"; in JSONL a
    ``m.from`` field with ``m.at`` (a timestamp), ``m.body`` and, now and then, a ``m.thread[]`` list of ``from``/``txt``
    objects; @mentions, greetings, sign-offs.

    ===  ================================  ========================================  ==============================
    en   knife-sharpening rounds (txt)     septic-tank emptying bookings (jsonl)     community orchard chat (txt)
    de   Mosterei, Lohnpressung (txt)      Hochzeitsdeko-Verleih (jsonl)             Feuerwehr-Förderverein (jsonl)
    fr   atelier de vitraux (txt)          location de vélos-cargo (jsonl)           fanfare municipale chat (txt)
    es   tostadero de café (txt)           alquiler de trajes de flamenca (jsonl)    peña de pesca chat (jsonl)
    it   caseificio, ritiri (txt)          noleggio gommoni (jsonl)                  calcio balilla chat (txt)
    nl   glazenwasser, rondes (txt)        partytentverhuur (jsonl)                  klaverjasclub chat (jsonl)
    pl   naprawa zegarków (txt)            wypożyczalnia sprzętu budowlanego (jsonl) klub morsów chat (txt)
    pt   ourivesaria, consertos (txt)      oficina de motas (jsonl)                  clube de columbofilia (jsonl)
    ===  ================================  ========================================  ==============================

    New sentence shapes (slot tags), each in every language: names struck through in Markdown with a
    replacement (``strike``: "~~X~~ → Y"), in wiki links (``wiki_link``: "[[X]]"), on a dotted-leader
    price line (``dotted_leader``: "X ........ 12,50"), as a Slack-style mention (``slack_mention``:
    "<@X>"), followed by a clock time (``at_time``: "X @ 14:30") and in Markdown italics
    (``italic``: "_X_"). Also names at sentence start, as agents, in pairs, after honorifics (only the
    surname planted); in chats as speakers, senders, @mentions, greetings and sign-offs. A lone given name
    in lower case (``given_only``), a lone surname in capitals (``surname_only``), "SURNAME, Given"
    (``reversed``), "G. Surname" (``initial``) or, new, "SURNAME Given" without a comma
    (``surname_first``) stands in for a full name now and then. Each text file draws its products from
    its own genre's half of the language's product list (some named after first names or places).

Tables (5, 120 rows each at scale 1.0)
    ``sharpening_rounds.csv`` (English: ``householder`` "Given SURNAME", ``grinder`` "given" in lower
    case; IDs ``ticket`` like "K25-0001" and repeating ``route``), ``mosterei_lohnpressung.tsv``
    (German: ``Anlieferer`` "SURNAME Given" without a comma, ``Presser`` a lone given name; IDs
    ``Lieferschein`` like "LP-0001" and repeating ``Presse``), ``vitraux_commandes.parquet`` (French,
    typed: int64 ``commande`` and ``qte``, float64 ``montant``, date32 ``date``; ``client`` "Mme Given
    Surname" / "M. Given Surname" with the honorific in the cell, ``verrier`` a lone surname; IDs
    ``commande`` and repeating ``four``), ``trajes_flamenca.csv`` (Spanish: ``clienta`` "Surname
    Surname, Given", ``costurera`` "Given Surname"; IDs ``pedido`` like "TF/0001" and repeating
    ``taller``), ``noleggio_gommoni.tsv`` (Italian: ``cliente`` "given.surname" as a handle,
    ``skipper`` "G. SURNAME"; IDs ``contratto`` like "NG0001" and repeating ``pontile``). Headers of
    the contact and business columns are in each table's language. Each has two record-ID columns,
    products, amounts, dates, statuses, a quantity, phone, IBAN (every third row), ID document, birth
    date, town and a notes column naming the row's main person in full and the second person.

Names
    The group is drawn first: about 40 % **invented** from syllable inventories in twelve styles no
    earlier card lists (``invented`` + ``style:<s>``): fon, temne, sukuma, lozi, ovambo, santali, tulu,
    karen, wayuu, garifuna, kalmyk, circassian. About 40 % **mimesis** (``mimesis`` + ``locale:<l>``):
    ``ru``, ``uk``, ``kk``, ``el`` and ``ko`` (Hangul decomposed) and ``fa``, ``ar-eg``, ``ar-dz`` all
    romanised in Albanian usage, which no earlier card names (sh, zh, ç, shç, xh for dž, c for ts, h, j,
    y for ы/ү, ë for ә/ㅓ/ㅡ; Greek dh/th, ou as u, ai as e; Arabic article dropped, short vowels supplied
    as a at the start of a word and e later). Only names that romanise to one word are used. About 20 %
    **word-like** (``wordlike`` + ``wordsrc:<lang>``): surnames that are food and landscape words,
    given names colour and weather words, of Malagasy (mg), Uzbek (uz), Lingala (ln), Kinyarwanda (rw),
    Xhosa (xh) and Shona (sn).

    Filters. Name words: three letters or more, unknown to the engine (``sources.usable``, also in
    capitals and ASCII-folded), absent (also ASCII-folded) from Faker's person words and from every
    mimesis person list, not a word of any template, product, company, status or header here, no word of
    an invented place, and wordfreq zipf < 3 in all eight languages. E-mail local parts are two-letter
    runs of the person's names with digits, so they never hold a name word whole.

Places and contacts
    Streets and cities from invented roots with each language's street words, filtered like names.
    Phones, IBANs, national IDs and postcodes from the `sources` helpers (each called with a fresh
    ``random.Random``); a UK National Insurance number is built here.

Canaries
    Three invented people: all three in every table (the main person of its first three rows), the first
    a speaker in every chat (lower case), and each the customer of about 1 % of the other text records.
    ``canaries`` lists those that appear in a file.

Run: ``.venv/bin/python -m bench.detection.blindset16 --out var/blind16``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bench.detection import sources
from bench.detection.format import FileSet, Planted, write_truth

DEFAULT_SEED = 16_061_226
LANGS: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
TEXT_RECORDS = 95
TABLE_ROWS = 120
NEW_SHAPES: tuple[str, ...] = ("strike", "wiki_link", "dotted_leader", "slack_mention", "at_time", "italic")
ROOTS = {
    "en": "pumpout",
    "de": "verleih",
    "fr": "velo",
    "es": "traje",
    "it": "gommone",
    "nl": "tent",
    "pl": "sprzet",
    "pt": "mota",
}
#: (txt file, jsonl file, chat file, chat format) per language.
FILES = {
    "en": ("sharpening_rounds_en", "septic_bookings_en", "orchard_chat", "txt"),
    "de": ("mosterei_de", "deko_verleih_de", "foerderverein_chat", "jsonl"),
    "fr": ("vitraux_fr", "velos_cargo_fr", "fanfare_chat", "txt"),
    "es": ("tostadero_es", "trajes_flamenca_es", "pesca_chat", "jsonl"),
    "it": ("caseificio_it", "gommoni_it", "balilla_chat", "txt"),
    "nl": ("glazenwasser_nl", "partytent_nl", "klaverjas_chat", "jsonl"),
    "pl": ("zegarki_pl", "sprzet_pl", "morsy_chat", "txt"),
    "pt": ("ourivesaria_pt", "motas_pt", "columbofilia_chat", "jsonl"),
}

# --- name sources ----------------------------------------------------------------------------------------

#: Syllable inventories: (onsets, vowels, codas, word endings).
STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "fon": (("gb", "kp", "h", "s", "d", "x", "z", "m", "n", "y"), ("o", "e", "a", "u", "ɛ"), ("",), ("non", "hwe", "sa", "to")),
    "temne": (("b", "k", "th", "y", "r", "m", "n", "f", "s"), ("a", "o", "e", "i"), ("", "m", "n"), ("ba", "mar", "kuh", "nthe")),
    "sukuma": (("ng", "nh", "sh", "bh", "k", "m", "l", "w", "j"), ("a", "u", "i", "e"), ("",), ("ja", "hya", "lu", "gwa")),
    "lozi": (("ny", "mw", "ku", "s", "l", "z", "m", "n", "w"), ("a", "i", "e", "o"), ("",), ("ana", "ilu", "ezi", "mbo")),
    "ovambo": (("nd", "ng", "sh", "kw", "t", "p", "h", "n", "y"), ("a", "e", "o", "u"), ("",), ("pandu", "shi", "hole", "tuk")),
    "santali": (("b", "d", "h", "k", "m", "r", "s", "t", "c"), ("a", "o", "u", "i", "e"), ("", "n", "r", "l"), ("ram", "muni", "tudu", "kisku")),
    "tulu": (("b", "k", "p", "sh", "v", "r", "n", "m", "d"), ("a", "e", "i", "u", "o"), ("", "n"), ("anna", "appe", "ethi", "ooru")),
    "karen": (("k", "th", "h", "p", "s", "l", "m", "n", "w", "g"), ("a", "aw", "ay", "e", "u"), ("",), ("moo", "paw", "htoo", "say")),
    "wayuu": (("j", "sh", "w", "p", "k", "t", "m", "n"), ("a", "aa", "ii", "u", "o"), ("",), ("wai", "shii", "paa", "laa")),
    "garifuna": (("b", "g", "l", "m", "n", "r", "s", "w", "f"), ("a", "u", "i", "ü"), ("",), ("agu", "aru", "ina", "uma")),
    "kalmyk": (("b", "d", "g", "ts", "z", "m", "n", "s", "kh"), ("a", "ä", "ö", "ü", "e"), ("", "n", "r", "l"), ("jirg", "tsan", "dorj", "gal")),
    "circassian": (("psh", "tl", "kh", "sh", "z", "b", "d", "q", "m"), ("a", "e", "y"), ("", "s", "sh"), ("ko", "psh", "oqu", "ey")),
}  # fmt: skip
#: The eight mimesis locales romanised here (in Albanian usage).
MIMESIS_LOCALES: tuple[str, ...] = ("ru", "uk", "kk", "el", "ko", "fa", "ar-eg", "ar-dz")
#: Word-like names: (given names: colour/weather words, surnames: food and landscape words).
WORDLIKE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "mg": (("mena", "maitso", "fotsy", "mavo", "manga", "orana", "rivotra", "masoandro"),
           ("vary", "rano", "hazo", "vato", "ravina", "akondro", "voankazo", "vohitra", "renirano", "tanimbary")),
    "uz": (("qizil", "yashil", "sariq", "qora", "osmon", "shamol", "qorbo"),
           ("anor", "uzum", "olma", "tosh", "qum", "daryo", "dala", "bodring", "sabzi", "yongoq")),
    "ln": (("motane", "mpembe", "moindo", "mbula", "moyi", "ngonga"),
           ("ebale", "zamba", "ngomba", "nzete", "mbila", "mbisi", "lisusu", "madesu", "pondu", "liboke")),
    "rw": (("umutuku", "umweru", "umukara", "imvura", "izuba", "inkuba"),
           ("ikiyaga", "umusozi", "ishyamba", "ibishyimbo", "umuceri", "ibirayi", "urutoki", "ikawa")),
    "xh": (("bomvu", "mhlophe", "mnyama", "luhlaza", "imvula", "ilanga"),
           ("intaba", "umlambo", "ihlathi", "umbona", "imbotyi", "amasi", "ithanga", "umngqusho")),
    "sn": (("tsvuku", "chena", "nhema", "mvura", "zuva", "dutu"),
           ("gomo", "rwizi", "sango", "chibage", "nyemba", "mupunga", "dovi", "nhopi", "mhunga")),
}  # fmt: skip

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "zh", "з": "z", "и": "i",
    "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ç", "ш": "sh", "щ": "shç", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "ju", "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g", "ә": "ë", "ғ": "gh",
    "қ": "k", "ң": "ng", "ө": "o", "ұ": "u", "ү": "y", "һ": "h",
}  # fmt: skip
_UK = {"г": "h", "и": "y"}
_GREEK_PAIRS = {
    "ου": "u",
    "αι": "e",
    "ει": "i",
    "οι": "i",
    "γκ": "g",
    "τσ": "c",
    "τζ": "xh",
    "αυ": "av",
    "ευ": "ev",
}
_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "dh", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "h", "ψ": "ps", "ω": "o",
}  # fmt: skip
_ARABIC = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "th", "ج": "xh", "چ": "ç", "ح": "h", "خ": "h", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
    "غ": "gh", "ف": "f", "ق": "k", "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "ة": "a", "ء": "", "ئ": "i", "ؤ": "u", "أ": "a", "إ": "i", "آ": "a", "ا": "a", "ى": "a", "و": "u",
    "ي": "i", "ی": "i",
}  # fmt: skip
_HANGUL_INITIAL = (
    "g",
    "gg",
    "n",
    "d",
    "dd",
    "r",
    "m",
    "b",
    "bb",
    "s",
    "ss",
    "",
    "xh",
    "xhxh",
    "ç",
    "k",
    "t",
    "p",
    "h",
)
_HANGUL_VOWEL = ("a", "e", "ja", "je", "ë", "e", "jë", "je", "o", "va", "ve", "ve", "jo", "u", "vë", "ve", "vi", "ju", "ë", "ëi", "i")  # fmt: skip
_HANGUL_FINAL = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip
_VOWELS = set("aeiouyë")


def _romanise_arabic(word: str) -> str:
    word = re.sub(r"[\u064b-\u065f\u0670]", "", word)  # harakat
    if word.startswith("ال"):
        word = word[2:]
    out = ""
    for i, char in enumerate(word):
        sound = _ARABIC.get(char)
        if sound is None:
            return ""
        if char in "وي" and (i == 0 or (out and out[-1] in _VOWELS)):
            sound = "v" if char == "و" else "j"
        if sound and sound[0] not in _VOWELS and out and out[-1] not in _VOWELS and sound not in "aiu":
            out += "a" if len(out) <= 2 else "e"
        out += sound
    return out


def romanise(text: str, locale: str) -> str:
    """``text`` in Albanian usage ("" when a letter has no rule here); one word or a space-joined few."""
    words = []
    for word in text.split():
        low = word.lower()
        if locale in {"ru", "uk", "kk"}:
            table = {**_CYR, **_UK} if locale == "uk" else _CYR
            if any(c not in table for c in low):
                return ""
            out = "".join(table[c] for c in low)
        elif locale == "el":
            low = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
            low = re.sub(r"^μπ", "b", re.sub(r"^ντ", "d", low))
            for pair, sound in _GREEK_PAIRS.items():
                low = low.replace(pair, sound)
            out = "".join(_GREEK.get(c, c if c.isascii() else "?") for c in low)
            if "?" in out:
                return ""
        elif locale == "ko":
            out = ""
            for char in low:
                code = ord(char) - 0xAC00
                if not 0 <= code < 11172:
                    return ""
                out += (
                    _HANGUL_INITIAL[code // 588]
                    + _HANGUL_VOWEL[(code % 588) // 28]
                    + _HANGUL_FINAL[code % 28]
                )
        else:
            out = _romanise_arabic(word)
        if not out:
            return ""
        words.append(out[:1].upper() + out[1:])
    return " ".join(words)


# --- vocabulary filters --------------------------------------------------------------------------------

_TEMPLATE_TEXTS: list[str] = []  # filled from the language tables below (see `template_words`)


@lru_cache(maxsize=1)
def _covered_mimesis_words() -> frozenset[str]:
    """Every mimesis person word (all locales), also ASCII-folded: no planted name word is one."""
    words = sources.mimesis_person_words()
    return frozenset(words | {sources.fold_ascii(w) for w in words})


@lru_cache(maxsize=1)
def template_words() -> frozenset[str]:
    """Case-folded words of every template, product, company, status, header and domain of the set."""
    return frozenset(w.casefold() for text in _TEMPLATE_TEXTS for w in re.findall(r"[^\W\d_]+", text))


@cache
def _name_ok(word: str) -> bool:
    from wordfreq import zipf_frequency

    if len(word) < 3 or not re.fullmatch(r"[^\W\d_]+", word):
        return False
    folded = sources.fold_ascii(word)
    for form in {word, word.upper(), word.lower(), folded, folded.capitalize()}:
        if not form or not sources.usable(form):
            return False
    faker = sources.faker_person_words()
    covered = _covered_mimesis_words()
    for form in (word.casefold(), folded):
        if form in faker or form in covered or form in template_words():
            return False
    return max(zipf_frequency(word, lang) for lang in LANGS) < 3


def _syllable_word(rng: random.Random, style: str, parts: int) -> str:
    onsets, vowels, codas, endings = STYLES[style]
    body = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(parts))
    if rng.random() < 0.5:
        body += rng.choice(endings)
    return body.capitalize()


@cache
def _invented_pool(style: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    rng = random.Random(f"b16-{style}")
    given: list[str] = []
    surnames: list[str] = []
    for _ in range(3000):
        target = given if len(given) <= len(surnames) else surnames
        word = _syllable_word(rng, style, rng.choice((1, 2, 2)) if target is given else rng.choice((2, 2, 3)))
        if (
            word not in given
            and word not in surnames
            and word.casefold() not in _place_words()
            and _name_ok(word)
        ):
            target.append(word)
        if len(given) >= 40 and len(surnames) >= 40:
            break
    return tuple(given), tuple(surnames)


def _mimesis_items(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [str(v) for vs in value.values() for v in vs]
    return [str(v) for v in value or []]


@cache
def _mimesis_pool(locale: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    path = sources._DATASETS / locale / "person.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    pools: list[tuple[str, ...]] = []
    for key in ("names", "surnames"):
        found: list[str] = []
        for raw in _mimesis_items(data.get(key)):
            word = romanise(raw, locale)
            fresh = word and " " not in word and word not in found and word.casefold() not in _place_words()
            if fresh and _name_ok(word):
                found.append(word)
        pools.append(tuple(found))
    return pools[0], pools[1]


@cache
def _wordlike_pool(src: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    given, surnames = WORDLIKE[src]
    ok = [tuple(w.capitalize() for w in words if _name_ok(w.capitalize())) for words in (given, surnames)]
    return ok[0], ok[1]


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    group: str  # invented | mimesis | wordlike
    source: str  # style:… | locale:… | wordsrc:…

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


def _usable_pools(kind: str) -> list[str]:
    keys: Sequence[str] = {"invented": list(STYLES), "mimesis": MIMESIS_LOCALES, "wordlike": list(WORDLIKE)}[
        kind
    ]
    pool: Callable[[str], tuple[tuple[str, ...], tuple[str, ...]]] = {
        "invented": _invented_pool,
        "mimesis": _mimesis_pool,
        "wordlike": _wordlike_pool,
    }[kind]
    return [k for k in keys if all(pool(k))]


def draw_person(rng: random.Random) -> Person:
    roll = rng.random()
    kind = "invented" if roll < 0.4 else "mimesis" if roll < 0.8 else "wordlike"
    key = rng.choice(_usable_pools(kind))
    if kind == "invented":
        given, surnames = _invented_pool(key)
        tag = f"style:{key}"
    elif kind == "mimesis":
        given, surnames = _mimesis_pool(key)
        tag = f"locale:{key}"
    else:
        given, surnames = _wordlike_pool(key)
        tag = f"wordsrc:{key}"
    first, last = rng.choice(given), rng.choice(surnames)
    while last == first:
        last = rng.choice(surnames)
    return Person(first, last, kind, tag)


# --- places ----------------------------------------------------------------------------------------------

_PLACE_SYLLABLES = ("vor", "quel", "dran", "silk", "amb", "ost", "rell", "pim", "tav", "glon", "ech", "murn")
STREET_FORMS = {
    "en": ("{n} {r} Lane", "{n} {r} Row"),
    "de": ("{r}stieg {n}", "{r}weg {n}"),
    "fr": ("{n} impasse des {r}", "{n} chemin de {r}"),
    "es": ("Travesía {r} {n}", "Camino de {r}, {n}"),
    "it": ("Vicolo {r} {n}", "Strada {r} {n}"),
    "nl": ("{r}pad {n}", "{r}kade {n}"),
    "pl": ("ul. {r}owa {n}", "ul. {r}ska {n}"),
    "pt": ("Travessa do {r}, {n}", "Rua de {r}, {n}"),
}
CITY_ENDS = {
    "en": ("thwaite", "combe"),
    "de": ("büttel", "rode"),
    "fr": ("court", "villiers"),
    "es": ("illa", "edo"),
    "it": ("ano", "asco"),
    "nl": ("drecht", "wijk"),
    "pl": ("owice", "ólka"),
    "pt": ("elos", "arim"),
}


@lru_cache(maxsize=1)
def _place_roots() -> tuple[str, ...]:
    from wordfreq import zipf_frequency

    rng = random.Random("b16-places")
    roots: list[str] = []
    while len(roots) < 60:
        root = (rng.choice(_PLACE_SYLLABLES) + rng.choice(_PLACE_SYLLABLES)).capitalize()
        if root not in roots and sources.usable(root) and max(zipf_frequency(root, x) for x in LANGS) < 2:
            roots.append(root)
    return tuple(roots)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return frozenset(r.casefold() for r in _place_roots())


def _city(rng: random.Random, lang: str) -> str:
    for _ in range(100):
        city = rng.choice(_place_roots()) + rng.choice(CITY_ENDS[lang])
        if sources.usable(city):
            return city
    raise RuntimeError("no usable city")  # pragma: no cover


def _street(rng: random.Random, lang: str) -> str:
    root = rng.choice(_place_roots())
    return rng.choice(STREET_FORMS[lang]).format(r=root, n=rng.randint(1, 140))


# --- language tables -------------------------------------------------------------------------------------

#: Per language: products (some from first names or places), companies, statuses, honorifics, the
#: business sentence, the person sentences by slot, the contact phrases and the chat phrases.
TEXTS: dict[str, dict[str, Any]] = {
    "en": {
        "products": ("Matilda paring knife", "Sheffield cleaver", "Oxford whetstone 1000", "Bramble secateurs",
                     "Harvey hedge shears", "Kent bread knife", "pump-out visit", "tank inspection"),
        "companies": ("Edgewise Ltd", "Clearflow Tankers", "Orchard Row CIC"),
        "statuses": ("paid", "on account", "awaiting parts", "done"),
        "hon": ("Mrs", "Mr"),
        "biz": "Job {order}: {product} x{qty}, {amount}, {status} ({company}).",
        "slots": {
            "sentence_start": "{a} left the blades in the porch box.",
            "agent": "Ground and honed by {a} before lunch.",
            "pair": "{a} and {b} share the van this week.",
            "honorific": "{h} {s} wants the scissors back by Friday.",
            "strike": "Contact ~~{a}~~ → {b} from now on.",
            "wiki_link": "History in [[{a}]] on the shared drive.",
            "dotted_leader": "{a} ........ {amount};",
            "slack_mention": "flagged to <@{a}> about the {product}",
            "at_time": "{a} @ {time}, gate code at the side.",
            "italic": "_{a}_ rang back twice about it.",
        },
        "contact": {"phone": "tel {phone}, mail {email}", "address": "drop at {street}, {city} {pc}",
                    "dob": "DOB {dob}, NI {nid}", "iban": "refund to {iban}"},
        "chat": {"greet": "morning {a}", "sign": "cheers, {a}", "mention": "@{a} can you bring the ladder",
                 "bodies": ("apples on the north row are ready", "who has the long pruner?",
                            "paid {amount} for the mulch", "ticket {order} for the cider kit")},
    },
    "de": {
        "products": ("Apfelsaft Trüb 5 l", "Bag-in-Box Elbtal", "Greta Mostkrug", "Pressung 100 kg",
                     "Hussenset Weiß", "Lichterkette Bodensee", "Stehtisch-Husse", "Anton Girlande"),
        "companies": ("Mosterei Obstgarten GmbH", "Festzauber Verleih", "Kellerpresse eG"),
        "statuses": ("bezahlt", "offen", "abgeholt", "storniert"),
        "hon": ("Frau", "Herr"),
        "biz": "Auftrag {order}: {product} ×{qty}, {amount}, {status} ({company}).",
        "slots": {
            "sentence_start": "{a} hat drei Kisten Falläpfel angeliefert.",
            "agent": "Abgefüllt durch {a} am Vormittag.",
            "pair": "{a} und {b} teilen sich die Spätschicht.",
            "honorific": "{h} {s} holt die Flaschen am Samstag.",
            "strike": "Ansprechpartner ~~{a}~~ → {b} ab sofort.",
            "wiki_link": "Details siehe [[{a}]] im Kundenordner.",
            "dotted_leader": "{a} ........ {amount};",
            "slack_mention": "bitte <@{a}> wegen {product} fragen",
            "at_time": "{a} @ {time}, Hoftor offen lassen.",
            "italic": "_{a}_ hat zweimal angerufen.",
        },
        "contact": {"phone": "Tel. {phone}, Mail {email}", "address": "Lieferadresse {street}, {pc} {city}",
                    "dob": "geb. {dob}, Steuer-ID {nid}", "iban": "Erstattung auf {iban}"},
        "chat": {"greet": "moin {a}", "sign": "gruß {a}", "mention": "@{a} kannst du den grill mitbringen",
                 "bodies": ("der infostand steht ab neun", "wer hat den schlüssel zum gerätehaus?",
                            "spende {amount} ist eingegangen", "quittung {order} liegt im fach")},
    },
    "fr": {
        "products": ("vitrail Amélie 40×60", "plomb H 6 mm", "verre cathédrale Chartres", "restauration rosace",
                     "vélo-cargo Lyon", "remorque Basile", "batterie 500 Wh", "casque enfant"),
        "companies": ("Atelier Lumière SARL", "Cargo Pédale", "Verres du Vieux Port"),
        "statuses": ("réglé", "en attente", "livré", "annulé"),
        "hon": ("Mme", "M."),
        "biz": "Commande {order} : {product} ×{qty}, {amount}, {status} ({company}).",
        "slots": {
            "sentence_start": "{a} a déposé les panneaux fissurés.",
            "agent": "Sertissage fait par {a} ce matin.",
            "pair": "{a} et {b} se partagent le four.",
            "honorific": "{h} {s} passera vendredi pour la pose.",
            "strike": "Contact ~~{a}~~ → {b} désormais.",
            "wiki_link": "Voir fiche [[{a}]] sur le serveur.",
            "dotted_leader": "{a} ........ {amount};",
            "slack_mention": "demander à <@{a}> pour {product}",
            "at_time": "{a} @ {time}, sonner deux fois.",
            "italic": "_{a}_ a rappelé deux fois.",
        },
        "contact": {"phone": "tél. {phone}, courriel {email}", "address": "livrer au {street}, {pc} {city}",
                    "dob": "né(e) le {dob}, NIR {nid}", "iban": "rembourser sur {iban}"},
        "chat": {"greet": "salut {a}", "sign": "bises, {a}", "mention": "@{a} tu prends le tuba",
                 "bodies": ("répétition jeudi à la salle des fêtes", "qui a les partitions du défilé ?",
                            "cotisation {amount} reçue", "reçu {order} dans la boîte")},
    },
    "es": {
        "products": ("café Huila 1 kg", "tueste Lucía 250 g", "molido Jerez", "blend Alhambra",
                     "traje Carmela lunares", "mantón Sevilla", "peineta nácar", "flores de pelo"),
        "companies": ("Tostadero La Brasa SL", "Volantes y Lunares", "Café Tres Cumbres"),
        "statuses": ("pagado", "pendiente", "entregado", "anulado"),
        "hon": ("Sra.", "Sr."),
        "biz": "Pedido {order}: {product} ×{qty}, {amount}, {status} ({company}).",
        "slots": {
            "sentence_start": "{a} recogió los sacos de verde.",
            "agent": "Tostado por {a} en el turno de mañana.",
            "pair": "{a} y {b} se reparten el reparto.",
            "honorific": "{h} {s} paga al recoger.",
            "strike": "Contacto ~~{a}~~ → {b} desde hoy.",
            "wiki_link": "Ver ficha [[{a}]] en la carpeta.",
            "dotted_leader": "{a} ........ {amount};",
            "slack_mention": "avisar a <@{a}> por {product}",
            "at_time": "{a} @ {time}, dejar en portería.",
            "italic": "_{a}_ ha llamado dos veces.",
        },
        "contact": {"phone": "tel. {phone}, correo {email}", "address": "enviar a {street}, {pc} {city}",
                    "dob": "nacido/a el {dob}, DNI {nid}", "iban": "devolver a {iban}"},
        "chat": {"greet": "buenas {a}", "sign": "un abrazo, {a}", "mention": "@{a} trae el cebo",
                 "bodies": ("salimos del puerto a las seis", "¿quién lleva la nevera?",
                            "cuota {amount} pagada", "licencia {order} renovada")},
    },
    "it": {
        "products": ("mozzarella Paola 250 g", "ricotta Assisi", "burrata 200 g", "caciotta Murgia",
                     "gommone 5 m", "motore 40 cv", "giubbotti salvagente", "noleggio Gino giornata"),
        "companies": ("Caseificio Due Valli srl", "Mare Aperto Noleggi", "Latteria Sociale"),
        "statuses": ("saldato", "in sospeso", "ritirato", "annullato"),
        "hon": ("sig.ra", "sig."),
        "biz": "Ordine {order}: {product} ×{qty}, {amount}, {status} ({company}).",
        "slots": {
            "sentence_start": "{a} ha ritirato le forme stagionate.",
            "agent": "Confezionato da {a} in mattinata.",
            "pair": "{a} e {b} coprono il banco sabato.",
            "honorific": "{h} {s} passa dopo le cinque.",
            "strike": "Referente ~~{a}~~ → {b} da oggi.",
            "wiki_link": "Vedi scheda [[{a}]] nel gestionale.",
            "dotted_leader": "{a} ........ {amount};",
            "slack_mention": "chiedere a <@{a}> per {product}",
            "at_time": "{a} @ {time}, citofono rotto.",
            "italic": "_{a}_ ha richiamato due volte.",
        },
        "contact": {"phone": "tel. {phone}, mail {email}", "address": "consegna in {street}, {pc} {city}",
                    "dob": "nato/a il {dob}, CF {nid}", "iban": "rimborso su {iban}"},
        "chat": {"greet": "ciao {a}", "sign": "a dopo, {a}", "mention": "@{a} porti le palline",
                 "bodies": ("torneo al bar giovedì sera", "chi ha le chiavi del circolo?",
                            "quota {amount} versata", "prenotazione {order} confermata")},
    },
    "nl": {
        "products": ("ruiten binnen+buiten", "dakgoot reinigen", "zonnepanelen wassen", "serre Hendrik",
                     "partytent 6×12", "statafel Zeeland", "heater Pieter", "vloerdelen 20 m²"),
        "companies": ("Helder Glas VOF", "Tentenhuis Noord", "Glans & Zeem"),
        "statuses": ("betaald", "open", "opgehaald", "geannuleerd"),
        "hon": ("mevr.", "dhr."),
        "biz": "Bon {order}: {product} ×{qty}, {amount}, {status} ({company}).",
        "slots": {
            "sentence_start": "{a} heeft de ladder weer geleend.",
            "agent": "Gelapt door {a} vanochtend.",
            "pair": "{a} en {b} doen samen de ronde.",
            "honorific": "{h} {s} betaalt contant.",
            "strike": "Contact ~~{a}~~ → {b} voortaan.",
            "wiki_link": "Zie kaart [[{a}]] in de map.",
            "dotted_leader": "{a} ........ {amount};",
            "slack_mention": "even <@{a}> vragen over {product}",
            "at_time": "{a} @ {time}, achterom via de poort.",
            "italic": "_{a}_ belde twee keer.",
        },
        "contact": {"phone": "tel. {phone}, mail {email}", "address": "adres {street}, {pc} {city}",
                    "dob": "geb. {dob}, BSN {nid}", "iban": "terugstorten op {iban}"},
        "chat": {"greet": "hoi {a}", "sign": "groet, {a}", "mention": "@{a} neem jij de kaarten mee",
                 "bodies": ("competitie dinsdag in het buurthuis", "wie heeft de scoreblokken?",
                            "contributie {amount} ontvangen", "zaal {order} gereserveerd")},
    },
    "pl": {
        "products": ("bateria do zegarka", "pasek skórzany 20 mm", "zegar Gdańsk", "serwis mechanizmu",
                     "zagęszczarka 90 kg", "rusztowanie Warta", "młot Zenon", "betoniarka 150 l"),
        "companies": ("Zegarmistrz Tik-Tak s.c.", "Budsprzęt Wynajem", "Czas i Koło"),
        "statuses": ("opłacone", "w toku", "odebrane", "anulowane"),
        "hon": ("pani", "pan"),
        "biz": "Zlecenie {order}: {product} ×{qty}, {amount}, {status} ({company}).",
        "slots": {
            "sentence_start": "{a} zostawił(a) zegarek do wymiany szkiełka.",
            "agent": "Wyregulował(a) {a} przed południem.",
            "pair": "{a} i {b} mają dyżur w sobotę.",
            "honorific": "{h} {s} odbierze w piątek.",
            "strike": "Kontakt ~~{a}~~ → {b} od dziś.",
            "wiki_link": "Historia w [[{a}]] w segregatorze.",
            "dotted_leader": "{a} ........ {amount};",
            "slack_mention": "zapytać <@{a}> o {product}",
            "at_time": "{a} @ {time}, domofon nie działa.",
            "italic": "_{a}_ dzwonił(a) dwa razy.",
        },
        "contact": {"phone": "tel. {phone}, mail {email}", "address": "adres {street}, {pc} {city}",
                    "dob": "ur. {dob}, PESEL {nid}", "iban": "zwrot na {iban}"},
        "chat": {"greet": "siema {a}", "sign": "pozdro, {a}", "mention": "@{a} weź termos",
                 "bodies": ("morsowanie w niedzielę o dziesiątej", "kto ma klucz do przebieralni?",
                            "składka {amount} wpłacona", "zapisy {order} zamknięte")},
    },
    "pt": {
        "products": ("fio de ouro 45 cm", "anel Leonor", "soldadura de elo", "brincos Viana",
                     "revisão 10 000 km", "pneu traseiro", "kit corrente Duarte", "capacete Porto"),
        "companies": ("Ourivesaria Filigrana Lda", "Motos do Largo", "Oficina Duas Rodas"),
        "statuses": ("pago", "pendente", "levantado", "cancelado"),
        "hon": ("D.", "Sr."),
        "biz": "Talão {order}: {product} ×{qty}, {amount}, {status} ({company}).",
        "slots": {
            "sentence_start": "{a} deixou o fio partido ao balcão.",
            "agent": "Polido por {a} durante a manhã.",
            "pair": "{a} e {b} fazem o balcão ao sábado.",
            "honorific": "{h} {s} levanta na sexta.",
            "strike": "Contacto ~~{a}~~ → {b} a partir de hoje.",
            "wiki_link": "Ver ficha [[{a}]] no arquivo.",
            "dotted_leader": "{a} ........ {amount};",
            "slack_mention": "perguntar a <@{a}> pelo {product}",
            "at_time": "{a} @ {time}, tocar à campainha.",
            "italic": "_{a}_ ligou duas vezes.",
        },
        "contact": {"phone": "tel. {phone}, email {email}", "address": "morada {street}, {pc} {city}",
                    "dob": "nasc. {dob}, NIF {nid}", "iban": "devolver para {iban}"},
        "chat": {"greet": "olá {a}", "sign": "abraço, {a}", "mention": "@{a} trazes o cesto",
                 "bodies": ("solta em Mirandela no domingo", "quem tem as anilhas?",
                            "quota {amount} paga", "inscrição {order} feita")},
    },
}  # fmt: skip
CURRENCY = {"en": "£{v}", "de": "{v} €", "fr": "{v} €", "es": "{v} €", "it": "€ {v}", "nl": "€ {v}", "pl": "{v} zł", "pt": "{v} €"}  # fmt: skip
DATE_FMT = {"en": "%d/%m/%Y", "de": "%d.%m.%Y", "fr": "%d/%m/%Y", "es": "%d/%m/%Y", "it": "%d/%m/%Y", "nl": "%d-%m-%Y", "pl": "%d.%m.%Y", "pt": "%d/%m/%Y"}  # fmt: skip
MAIL_HOSTS = ("postbox.example", "mailhaven.example", "inbox-co.example")
JSON_KEYS = ("log", "said", "customer", "contact", "line", "ticket", "count", "when", "m", "from", "body", "thread", "txt")  # fmt: skip
CHAT_WORDS = ("m", "from", "body", "thread", "txt")

FORMS = ("full", "full", "full", "full", "given_only", "surname_only", "reversed", "initial", "surname_first")


def _cased(text: str, case: str) -> str:
    return text.lower() if case == "lower" else text.upper() if case == "upper" else text


class Builder:
    """Draws people, business values and contact values for one generation run."""

    def __init__(self, rng: random.Random, canaries: list[Person]) -> None:
        self.rng = rng
        self.canaries = canaries
        self.products: Sequence[str] = ()

    def product(self, lang: str) -> str:
        """A product of the current file's genre (the first or second half of the language's list)."""
        return self.rng.choice(self.products or TEXTS[lang]["products"])

    # people
    def person(self) -> Person:
        return draw_person(self.rng)

    def tags(self, person: Person, lang: str, case: str, *extra: str) -> list[str]:
        tags = [f"lang:{lang}", case, person.group, person.source, *extra]
        if person in self.canaries:
            tags.append("canary")
        return tags

    def render(self, person: Person, lang: str, slot: str, form: str | None = None) -> tuple[str, Planted]:
        """A person in a text slot, in one of the forms (case drawn), and its planted value."""
        form = form or self.rng.choice(FORMS)
        case = self.rng.choice(("title", "title", "title", "lower", "upper"))
        g, s = person.given, person.surname
        if form == "given_only":
            text, case = g.lower(), "lower"
        elif form == "surname_only":
            text, case = s.upper(), "upper"
        elif form == "reversed":
            text = _cased(f"{s.upper()}, {g}", case)
        elif form == "initial":
            text = _cased(f"{g[0]}. {s}", case)
        elif form == "surname_first":
            text = _cased(f"{s.upper()} {g}", case)
        else:
            text = _cased(person.full, case)
        tags = self.tags(person, lang, case, slot) + ([] if form == "full" else [form])
        return text, Planted("PERSON", text, "text", tags)

    # business values
    def amount(self, lang: str) -> str:
        value = f"{self.rng.randint(3, 2400)},{self.rng.randint(0, 99):02d}"
        return CURRENCY[lang].format(v=value.replace(",", ".") if lang == "en" else value)

    def order(self, lang: str) -> str:
        prefix = {
            "en": "KS",
            "de": "LP",
            "fr": "VX",
            "es": "TC",
            "it": "CF",
            "nl": "GW",
            "pl": "ZG",
            "pt": "OR",
        }[lang]
        return f"{prefix}-{self.rng.randint(10000, 99999)}"

    def moment(self) -> dt.datetime:
        start = dt.datetime(2025, 1, 2, 7, 0, tzinfo=dt.UTC)
        return start + dt.timedelta(days=self.rng.randrange(330), minutes=self.rng.randrange(660))

    def birth(self) -> dt.date:
        return dt.date(1941, 1, 1) + dt.timedelta(days=self.rng.randrange(365 * 62))

    def side_value(self, lang: str) -> tuple[str, str]:
        """A SKU, a version or a tracking number, with its utility kind."""
        kind = self.rng.choice(("sku", "version", "tracking_number"))
        if kind == "sku":
            letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
            return kind, f"{letters}-{self.rng.randint(100, 999)}-{self.rng.choice('ABCXYZ')}"
        if kind == "version":
            return kind, f"v{self.rng.randint(1, 4)}.{self.rng.randint(0, 12)}.{self.rng.randint(0, 30)}"
        return kind, f"JD{self.rng.randint(10**15, 10**16 - 1)}"

    # contacts
    def email(self, person: Person) -> str:
        g, s = sources.fold_ascii(person.given), sources.fold_ascii(person.surname)
        start = self.rng.randrange(max(1, len(g) - 1))
        local = f"{g[start : start + 2]}.{s[:2]}{self.rng.randint(10, 99)}"
        return f"{local}@{self.rng.choice(MAIL_HOSTS)}"

    def phone(self, lang: str) -> tuple[str, str]:
        return sources.phone(random.Random(self.rng.random()), COUNTRY[lang])

    def iban(self, lang: str) -> str:
        return sources.iban(random.Random(self.rng.random()), COUNTRY[lang])[0]

    def national_id(self, lang: str) -> str:
        if lang == "en":
            first = self.rng.choice("ABCEGHJKLMNPRSTWXYZ")
            second = self.rng.choice("ABCEGHJKLMNPRSTWXYZ")
            digits = "".join(self.rng.choice("0123456789") for _ in range(6))
            return f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {self.rng.choice('ABCD')}"
        found = sources.national_id(random.Random(self.rng.random()), COUNTRY[lang])
        assert found is not None
        return found[0]

    def contact(self, lang: str, person: Person, kind: str) -> tuple[str, list[Planted]]:
        """A contact phrase of ``kind`` (phone, address, dob, iban) and its planted values."""
        phrase = TEXTS[lang]["contact"][kind]
        tag = [f"lang:{lang}"]
        if kind == "phone":
            number, style = self.phone(lang)
            mail = self.email(person)
            planted = [
                Planted("PHONE_NUMBER", number, tags=[*tag, style]),
                Planted("EMAIL_ADDRESS", mail, tags=tag),
            ]
            return phrase.format(phone=number, email=mail), planted
        if kind == "address":
            street, city = _street(self.rng, lang), _city(self.rng, lang)
            code = sources.postcode(random.Random(self.rng.random()), COUNTRY[lang])
            planted = [
                Planted("STREET_ADDRESS", street, tags=tag),
                Planted("POSTCODE", code, tags=tag),
                Planted("CITY", city, tags=tag),
            ]
            return phrase.format(street=street, pc=code, city=city), planted
        if kind == "dob":
            born = self.birth().strftime(DATE_FMT[lang])
            nid = self.national_id(lang)
            planted = [Planted("DATE_OF_BIRTH", born, tags=tag), Planted("NATIONAL_ID", nid, tags=tag)]
            return phrase.format(dob=born, nid=nid), planted
        value = self.iban(lang)
        return phrase.format(iban=value), [Planted("IBAN_CODE", value, tags=tag)]


def _utility(kind: str, value: str, lang: str, field: str = "text") -> Planted:
    return Planted(f"utility:{kind}", value, field, [f"lang:{lang}"])


# --- text records ------------------------------------------------------------------------------------------

SLOTS = ("sentence_start", "agent", "pair", "honorific", *NEW_SHAPES)


def _slot_sentence(b: Builder, lang: str, slot: str, people: list[Person]) -> tuple[str, list[Planted]]:
    """One sentence with one or two people in ``slot`` (plus a business value for some shapes)."""
    table = TEXTS[lang]
    template: str = table["slots"][slot]
    planted: list[Planted] = []
    values: dict[str, str] = {}
    if slot == "honorific":
        person = people[0]
        case = b.rng.choice(("title", "upper"))
        surname = _cased(person.surname, case)
        values["h"], values["s"] = b.rng.choice(table["hon"]), surname
        planted.append(Planted("PERSON", surname, tags=b.tags(person, lang, case, "honorific")))
    else:
        form = "full" if slot in {"wiki_link", "slack_mention"} and b.rng.random() < 0.5 else None
        text, plant = b.render(people[0], lang, slot, form)
        values["a"] = text
        planted.append(plant)
        if "{b}" in template:
            other, plant_b = b.render(people[1], lang, slot)
            values["b"] = other
            planted.append(plant_b)
    if "{amount}" in template:
        values["amount"] = b.amount(lang)
        planted.append(_utility("amount", values["amount"], lang))
    if "{product}" in template:
        values["product"] = b.product(lang)
        planted.append(_utility("product", values["product"], lang))
    if "{time}" in template:
        values["time"] = f"{b.rng.randint(7, 19):02d}:{b.rng.choice((0, 15, 30, 45)):02d}"
        planted.append(_utility("timestamp", values["time"], lang))
    sentence = template.format(**values)
    return (sentence if sentence[-1] in ".;!?" else f"{sentence}."), planted


def _business(b: Builder, lang: str) -> tuple[str, list[Planted]]:
    table = TEXTS[lang]
    values = {
        "order": b.order(lang),
        "product": b.product(lang),
        "qty": str(b.rng.randint(1, 12)),
        "amount": b.amount(lang),
        "status": b.rng.choice(table["statuses"]),
        "company": b.rng.choice(table["companies"]),
    }
    kinds = {"order": "order_number", "product": "product", "qty": "quantity", "amount": "amount"}
    kinds |= {"status": "status", "company": "company"}
    planted = [_utility(kinds[k], v, lang) for k, v in values.items()]
    text = table["biz"].format(**values)
    if b.rng.random() < 0.35:
        kind, value = b.side_value(lang)
        text += f" [{value}]"
        planted.append(_utility(kind, value, lang))
    return text, planted


def _text_parts(
    b: Builder, lang: str, index: int
) -> tuple[list[str], list[Planted], str, list[Planted], set[str]]:
    """The sentences (business + three slots) and the contact phrase of one record, with their values."""
    sentences: list[str] = []
    planted: list[Planted] = []
    text, values = _business(b, lang)
    sentences.append(text)
    planted += values
    used: set[str] = set()
    customer = b.person()
    if b.rng.random() < 0.01:
        customer = b.rng.choice(b.canaries)
        used.add(customer.full)
    for n, slot in enumerate(b.rng.sample(SLOTS, 3)):
        people = [customer if n == 0 else b.person(), b.person()]
        if n == 0 and customer in b.canaries:
            text_a, plant = b.render(customer, lang, "sentence_start", "full")
            sentence, values = TEXTS[lang]["slots"]["sentence_start"].format(a=text_a), [plant]
        else:
            sentence, values = _slot_sentence(b, lang, slot, people)
        sentences.append(sentence)
        planted += values
    kind = ("phone", "address", "dob", "iban")[index % 4]
    contact, contact_values = b.contact(lang, customer, kind)
    return sentences, planted, contact, contact_values, used


def _ledger_file(b: Builder, lang: str, n: int) -> tuple[list[str], list[list[Planted]], set[str]]:
    lines: list[str] = []
    records: list[list[Planted]] = []
    canaries: set[str] = set()
    for i in range(n):
        when = b.moment()
        date, clock = when.strftime(DATE_FMT[lang]), when.strftime("%H:%M")
        sentences, planted, contact, contact_values, used = _text_parts(b, lang, i)
        canaries |= used
        lines.append(f"{date}/{clock} ▸ " + " ".join(sentences) + f" {contact}.")
        records.append(
            [_utility("date", date, lang), _utility("timestamp", clock, lang), *planted, *contact_values]
        )
    return lines, records, canaries


def _jsonl_file(b: Builder, lang: str, n: int) -> tuple[list[str], list[list[Planted]], set[str]]:
    root = ROOTS[lang]
    lines: list[str] = []
    records: list[list[Planted]] = []
    canaries: set[str] = set()
    for i in range(n):
        sentences, planted, contact, contact_values, used = _text_parts(b, lang, i)
        canaries |= used
        ticket = f"T{b.rng.randint(100, 999)}/{b.rng.randint(1000, 9999)}"
        count = str(b.rng.randint(1, 40))
        when = b.moment().strftime("%Y-%m-%dT%H:%M")
        obj = {
            root: {
                "ticket": ticket,
                "when": when,
                "count": count,
                "log": [{"said": s} for s in sentences],
                "customer": {"contact": {"line": contact}},
            }
        }
        said = f"{root}.log[].said"
        record = [
            _utility("case_number", ticket, lang, f"{root}.ticket"),
            _utility("timestamp", when, lang, f"{root}.when"),
            _utility("quantity", count, lang, f"{root}.count"),
            *[Planted(p.entity, p.value, said, p.tags) for p in planted],
            *[Planted(p.entity, p.value, f"{root}.customer.contact.line", p.tags) for p in contact_values],
        ]
        lines.append(json.dumps(obj, ensure_ascii=False))
        records.append(record)
    return lines, records, canaries


# --- chats -------------------------------------------------------------------------------------------------


def _chat_name(b: Builder, person: Person, lang: str, slot: str) -> tuple[str, Planted]:
    text = person.full.lower() if b.rng.random() < 0.6 or person in b.canaries else person.given.lower()
    return text, Planted("PERSON", text, "text", b.tags(person, lang, "lower", slot))


def _chat_body(b: Builder, lang: str) -> tuple[str, list[Planted]]:
    """A lower-case message: a cue with a person (greeting, mention or sign-off) and a body."""
    chat = TEXTS[lang]["chat"]
    cue = b.rng.choice(("greet", "mention", "sign"))
    slot = {"greet": "greeting", "mention": "mention", "sign": "signoff"}[cue]
    name, plant = _chat_name(b, b.person(), lang, slot)
    body: str = b.rng.choice(chat["bodies"])
    planted = [plant]
    if "{amount}" in body:
        amount = b.amount(lang).lower()
        body = body.format(amount=amount)
        planted.append(_utility("amount", amount, lang))
    elif "{order}" in body:
        order = b.order(lang).lower()
        body = body.format(order=order)
        planted.append(_utility("order_number", order, lang))
    cue_text = chat[cue].format(a=name)
    text = {"greet": f"{cue_text}! {body}", "mention": f"{cue_text}? {body}"}.get(cue, f"{body} {cue_text}")
    return text.lower(), planted


def _chat_file(b: Builder, lang: str, n: int, fmt: str) -> tuple[list[str], list[list[Planted]]]:
    lines: list[str] = []
    records: list[list[Planted]] = []
    for i in range(n):
        speaker = b.canaries[0] if i == 0 else b.person()
        who, who_plant = _chat_name(b, speaker, lang, "chat_speaker")
        body, planted = _chat_body(b, lang)
        stamp = b.moment().strftime("%d.%m.%y %H:%M")
        if fmt == "txt":
            lines.append(f"{who}, [{stamp}]: {body}")
            records.append([who_plant, _utility("timestamp", stamp, lang), *planted])
            continue
        message: dict[str, Any] = {"from": who, "at": stamp, "body": body}
        record = [
            Planted(
                "PERSON",
                who,
                "m.from",
                [t if t != "chat_speaker" else "sender_field" for t in who_plant.tags],
            ),
            _utility("timestamp", stamp, lang, "m.at"),
            *[Planted(p.entity, p.value, "m.body", p.tags) for p in planted],
        ]
        if i % 4 == 3:
            reply_who, reply_plant = _chat_name(b, b.person(), lang, "sender_field")
            reply, reply_values = _chat_body(b, lang)
            message["thread"] = [{"from": reply_who, "txt": reply}]
            record.append(Planted("PERSON", reply_who, "m.thread[].from", reply_plant.tags))
            record += [Planted(p.entity, p.value, "m.thread[].txt", p.tags) for p in reply_values]
        lines.append(json.dumps({"m": message}, ensure_ascii=False))
        records.append(record)
    return lines, records


# --- tables ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    name: str
    fmt: str
    lang: str
    id_column: str
    id_shape: str  # format with {i}
    group_column: str
    people: tuple[tuple[str, str], tuple[str, str]]  # (column, cell form)
    headers: tuple[str, ...]  # product, amount, status, date, qty, phone, iban, id_doc, born, town, notes
    note: str  # with {a} (main person, full) and {b} (second person) and {product}


TABLES: tuple[TableSpec, ...] = (
    TableSpec("sharpening_rounds", "csv", "en", "ticket", "K25-{i:04d}", "route",
              (("householder", "given_SURNAME"), ("grinder", "given_lower")),
              ("item", "charge", "state", "visit_date", "blades", "phone", "iban", "ni_number", "dob", "town", "notes"),
              "{a} asked {b} to put a finer edge on the {product}."),
    TableSpec("mosterei_lohnpressung", "tsv", "de", "Lieferschein", "LP-{i:04d}", "Presse",
              (("Anlieferer", "SURNAME_given"), ("Presser", "given")),
              ("Artikel", "Betrag", "Stand", "Datum", "Menge", "Telefon", "IBAN", "Ausweis", "Geburtsdatum", "Ort", "Vermerk"),
              "{a} bringt nächste Woche mehr Obst, {b} übernimmt ({product})."),
    TableSpec("vitraux_commandes", "parquet", "fr", "commande", "{i}", "four",
              (("client", "hon_full"), ("verrier", "surname")),
              ("article", "montant", "etat", "date", "qte", "tel", "iban", "piece_identite", "naissance", "commune", "remarque"),
              "{a} veut revoir la teinte avec {b} ({product})."),
    TableSpec("trajes_flamenca", "csv", "es", "pedido", "TF/{i:04d}", "taller",
              (("clienta", "surnames_given"), ("costurera", "full")),
              ("articulo", "importe", "estado", "fecha", "unidades", "telefono", "iban", "dni", "nacimiento", "localidad", "observaciones"),
              "{a} prueba el {product} con {b} el jueves."),
    TableSpec("noleggio_gommoni", "tsv", "it", "contratto", "NG{i:04d}", "pontile",
              (("cliente", "handle"), ("skipper", "initial_UPPER")),
              ("articolo", "importo", "stato", "data", "persone", "telefono", "iban", "codice_fiscale", "nascita", "comune", "note"),
              "{a} parte alle nove, briefing con {b} ({product})."),
)  # fmt: skip
HONORIFIC_CELL = ("Mme", "M.")


def _cell(b: Builder, person: Person, form: str, lang: str, slot: str) -> tuple[str, Planted]:
    g, s = person.given, person.surname
    case = "title"
    value: str | None = None
    if form == "given_SURNAME":
        text = f"{g} {s.upper()}"
    elif form == "given_lower":
        text, case = g.lower(), "lower"
    elif form == "SURNAME_given":
        text = f"{s.upper()} {g}"
    elif form == "given":
        text = g
    elif form == "hon_full":
        value = person.full
        text = f"{b.rng.choice(HONORIFIC_CELL)} {value}"
    elif form == "surname":
        text = s
    elif form == "surnames_given":
        second = b.person().surname
        text = f"{s} {second}, {g}"
    elif form == "handle":
        text, case = f"{g}.{s}".lower(), "lower"
    elif form == "initial_UPPER":
        text, case = f"{g[0]}. {s}".upper(), "upper"
    else:
        text = person.full
    return text, Planted("PERSON", value or text, slot, b.tags(person, lang, case, "table_cell"))


def _table_rows(b: Builder, spec: TableSpec, n: int) -> tuple[list[dict[str, Any]], list[list[Planted]]]:
    lang = spec.lang
    head = dict(zip(("product", "amount", "status", "date", "qty", "phone", "iban", "id_doc", "born", "town", "notes"), spec.headers, strict=True))  # fmt: skip
    rows: list[dict[str, Any]] = []
    records: list[list[Planted]] = []
    for i in range(n):
        main = b.canaries[i] if i < 3 else b.person()
        second = b.person()
        row: dict[str, Any] = {
            spec.id_column: spec.id_shape.format(i=i + 1),
            spec.group_column: str(b.rng.randint(1, 4)),
        }
        record = [_utility("record_id", row[spec.id_column], lang, spec.id_column)]
        record.append(_utility("record_id", row[spec.group_column], lang, spec.group_column))
        for (column, form), person in zip(spec.people, (main, second), strict=True):
            row[column], plant = _cell(b, person, form, lang, column)
            record.append(plant)
        product = b.product(lang)
        when = b.moment().date()
        amount = round(b.rng.uniform(8, 900), 2)
        values = {
            "product": product,
            "amount": str(amount) if spec.fmt == "parquet" else f"{amount:.2f}",
            "status": b.rng.choice(TEXTS[lang]["statuses"]),
            "date": when.isoformat(),
            "qty": str(b.rng.randint(1, 9)),
        }
        kinds = {
            "product": "product",
            "amount": "amount",
            "status": "status",
            "date": "date",
            "qty": "quantity",
        }
        for key, value in values.items():
            row[head[key]] = value
            record.append(_utility(kinds[key], value, lang, head[key]))
        tag = [f"lang:{lang}"]
        number, style = b.phone(lang)
        contacts = {
            "phone": ("PHONE_NUMBER", number),
            "iban": ("IBAN_CODE", b.iban(lang) if i % 3 == 0 else ""),
            "id_doc": ("NATIONAL_ID", b.national_id(lang)),
            "born": ("DATE_OF_BIRTH", b.birth().strftime(DATE_FMT[lang])),
            "town": ("CITY", _city(b.rng, lang)),
        }
        for key, (entity, value) in contacts.items():
            row[head[key]] = value
            if value:
                record.append(Planted(entity, value, head[key], [*tag, style] if key == "phone" else tag))
        b_text, b_plant = b.render(
            second, lang, "table_notes", b.rng.choice(("full", "initial", "given_only"))
        )
        a_text = main.full
        row[head["notes"]] = spec.note.format(a=a_text, b=b_text, product=product)
        record.append(Planted("PERSON", a_text, head["notes"], b.tags(main, lang, "title", "table_notes")))
        record.append(Planted(b_plant.entity, b_plant.value, head["notes"], b_plant.tags))
        record.append(_utility("product", product, lang, head["notes"]))
        rows.append(row)
        records.append(record)
    return rows, records


def _write_table(path: Path, spec: TableSpec, rows: list[dict[str, Any]]) -> None:
    if spec.fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        amount, date, qty = spec.headers[1], spec.headers[3], spec.headers[4]
        types = {spec.id_column: pa.int64(), spec.group_column: pa.int64(), qty: pa.int64()}
        types |= {amount: pa.float64(), date: pa.date32()}
        columns: dict[str, Any] = {}
        for name in rows[0]:
            values = [row[name] for row in rows]
            kind = types.get(name, pa.string())
            if kind == pa.int64():
                values = [int(v) for v in values]
            elif kind == pa.float64():
                values = [float(v) for v in values]
            elif kind == pa.date32():
                values = [dt.date.fromisoformat(v) for v in values]
            columns[name] = pa.array(values, type=kind)
        pq.write_table(pa.table(columns), path)
        return
    import pandas as pd

    frame = pd.DataFrame(rows)
    frame.to_csv(path, index=False, sep="\t" if spec.fmt == "tsv" else ",", encoding="utf-8")


# --- the set -----------------------------------------------------------------------------------------------


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


_TEMPLATE_TEXTS.extend(
    _strings(
        [
            TEXTS,
            [
                (t.name, t.headers, t.note, t.id_column, t.group_column, [c for c, _ in t.people])
                for t in TABLES
            ],
            MAIL_HOSTS,
            STREET_FORMS,
            CITY_ENDS,
            ROOTS,
            FILES,
            JSON_KEYS,
            HONORIFIC_CELL,
            CURRENCY,
            ["ok", "at", "thread", "from", "txt", "body"],
        ]
    )
)


def _canaries(seed: int) -> list[Person]:
    rng = random.Random(f"canary-{seed}")
    people: list[Person] = []
    while len(people) < 3:
        style = rng.choice(list(STYLES))
        given, surnames = _invented_pool(style)
        person = Person(rng.choice(given), rng.choice(surnames), "invented", f"style:{style}")
        if all(person.given != p.given and person.surname != p.surname for p in people):
            people.append(person)
    return people


def _write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8", newline="")


def _text_sets(b: Builder, out: Path, n: int) -> list[FileSet]:
    sets: list[FileSet] = []
    first = b.canaries[0].full
    for lang in LANGS:
        ledger, bookings, chat, chat_fmt = FILES[lang]
        b.products = TEXTS[lang]["products"][:4]
        lines, records, used = _ledger_file(b, lang, n)
        _write_lines(out / f"{ledger}.txt", lines)
        sets.append(FileSet(ledger, f"{ledger}.txt", "txt", "text", lang, records, canaries=sorted(used)))
        b.products = TEXTS[lang]["products"][4:]
        lines, records, used = _jsonl_file(b, lang, n)
        _write_lines(out / f"{bookings}.jsonl", lines)
        sets.append(
            FileSet(bookings, f"{bookings}.jsonl", "jsonl", "text", lang, records, canaries=sorted(used))
        )
        lines, records = _chat_file(b, lang, n, chat_fmt)
        name = f"{lang}_{chat}"
        _write_lines(out / f"{name}.{chat_fmt}", lines)
        sets.append(FileSet(name, f"{name}.{chat_fmt}", chat_fmt, "text", lang, records, canaries=[first]))
    return sets


def generate(out_dir: Path | str, scale: float = 1.0, seed: int = DEFAULT_SEED) -> list[FileSet]:
    """Write the set's files into ``out_dir`` and return the truth of each file."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    b = Builder(rng, _canaries(seed))
    sets = _text_sets(b, out, max(12, round(TEXT_RECORDS * scale)))
    rows_per_table = max(12, round(TABLE_ROWS * scale))
    for spec in TABLES:
        products = TEXTS[spec.lang]["products"]
        b.products = (
            products[4:] if spec.lang in {"es", "it"} else products[:6] if spec.lang == "en" else products[:4]
        )
        rows, records = _table_rows(b, spec, rows_per_table)
        path = f"{spec.name}.{spec.fmt}"
        _write_table(out / path, spec, rows)
        sets.append(
            FileSet(
                spec.name,
                path,
                spec.fmt,
                "table",
                spec.lang,
                records,
                id_columns=[spec.id_column, spec.group_column],
                canaries=[c.full for c in b.canaries],
            )
        )
    for file_set in sets:
        file_set.guided_fixes = True  # guided since its breakdown was read (see the card's Status)
    return sets


def summary(sets: Sequence[FileSet]) -> dict[str, Any]:
    """Counts of files, records and planted values by entity (no values)."""
    entities: dict[str, int] = {}
    for file_set in sets:
        for record in file_set.records:
            for planted in record:
                entities[planted.entity] = entities.get(planted.entity, 0) + 1
    return {"files": len(sets), "records": sum(len(s.records) for s in sets), "planted": entities}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    sets = generate(args.out, args.scale, args.seed)
    write_truth(sets, args.out / "truth.json")
    print(json.dumps(summary(sets), indent=1))


if __name__ == "__main__":
    main()

"""Held-out detection set "blind4": SME data in styles the engine's authors did not anticipate.

Data card
---------
* **Status: guided fixes since 2026-12-05** (held out until then: its breakdown was read once to fix
  what it showed; `blindset5` is the held-out set now). Written apart from the engine by a helper who read only
  `bench/detection/format.py` (interface and scoring), the contact-value helpers of
  `bench/detection/sources.py` (`phone`, `iban`, `national_id`, `postcode`, `fold_ascii`,
  `mimesis_person_words`, `usable`), the signatures of `anonymize.vocabulary.is_known_to_engine` and
  `faker_person_words`, and how `bench/bench_detection.py` loads a set. No recognizer, cue list,
  vocabulary, engine test or other benchmark set was read, and the engine was never run on these files:
  do not tune on this set. Every template sentence was written for this module.
* **Names.** (1) Invented from syllable inventories in nine styles (West-African-, South-Asian-,
  Chinese-pinyin-, Arabic-, Georgian-, Basque-, Welsh-, Amharic-, Quechua-like); every word is absent
  from the engine's lists (`is_known_to_engine`), Faker's and mimesis's person words (own spelling and
  ASCII fold) and common words (wordfreq zipf < 2 in all eight languages). (2) mimesis names of the
  locales en-ca, nl-be, ru, uk, kk, el (Cyrillic and Greek transliterated by a table in this module),
  filtered against the engine, Faker and wordfreq. Particles (van, de, al-, ap…) and double-barrelled
  surnames appear in the text; only the identifying words are planted.
* **Places.** Invented street and city roots with each language's endings, filtered the same way.
* **Contacts.** Phones, IBANs, national IDs and postcodes from the `sources` helpers (valid shapes and
  check digits); a GB National Insurance number built here; e-mails whose local part comes from names.
* **Files** (scale 1.0, ~3,300 records): per language (en de fr es it nl pl pt) three text files in
  different genres (vet clinic notes, property-management logs, delivery dispatch, recruitment notes,
  customer reviews with replies, call transcripts, handwritten-style notes, forum threads, CRM
  activity logs, e-mails with headers) of which one is a lower-case group chat; plus three tables:
  `b4_orders.csv` (shop orders), `b4_members.parquet` (club members), `b4_staff.tsv` (payroll).
* **Tags.** PERSON: `lang:xx`, case `title`/`lower`/`upper`, source `invented` + `style:<s>` or
  `mimesis` + `locale:<l>`, position (`intro`, `callback`, `handover`, `greeting`, `signoff`, `title`,
  `relation`, `after_product`, `possessive`, `plain`, `repeat`, `mention`, `nickname`, `chat_speaker`,
  `email_local`, `email_header`, `name_column`, `last_first`, and the new `date_adjacent` (a date just
  before the name), `initial` ("K. Surname"), `particle`, `double_barrel`, `sender_field` (a JSON field
  holding only a name), `reviewer`, `vocative` (name ending a chat line), `spelled` (caller spells the
  name), `caps_note` (name in capitals mid-note), `honorific` (surname after Dr/Frau/Sra./pan; named
  so to keep it apart from the case tag `title`)); `repeat` on a later mention of a person in the same
  record; `canary` for the canary people. Three canary people: all three in every table, the first one a
  member of every group chat (lower case), and all drawn as customers in ~1% of other records. Other personal values: `lang:xx` and a form (`intl`/`national` phones…). Utility values:
  `utility:<kind>` with `lang:xx`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bench.detection.format import FileSet, Planted, name_tokens, write_truth
from bench.detection.sources import (
    fold_ascii,
    iban,
    mimesis_person_words,
    national_id,
    phone,
    postcode,
    usable,
)

DEFAULT_SEED = 4404
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "von",
        "da",
        "di",
        "del",
        "la",
        "le",
        "ter",
        "ten",
        "ap",
        "al",
        "el",
        "dos",
        "das",
    }
)

# --- word filters ----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _faker_words() -> frozenset[str]:
    from anonymize.vocabulary import faker_person_words

    return frozenset(w.casefold() for w in faker_person_words())


@cache
def _common(word: str) -> bool:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is optional
        return False
    return any(zipf_frequency(w, lang) >= 2 for w in {word.casefold(), fold_ascii(word)} for lang in LANGS)


@cache
def clean_word(word: str, check_mimesis: bool = True) -> bool:
    """A name word the engine cannot know: not in its lists, Faker's, mimesis's (optional), nor common."""
    if len(word) < 3 or not usable(word):
        return False
    forms = {word.casefold(), fold_ascii(word)}
    if forms & _faker_words():
        return False
    if check_mimesis and forms & mimesis_person_words():
        return False
    return not _common(word)


# --- invented names --------------------------------------------------------------------------------------

#: style -> (first-name parts, surname parts); each part list is (starts, middles, ends).
STYLES: dict[str, tuple[tuple[list[str], ...], tuple[list[str], ...]]] = {
    "westafrican": (
        (
            ["Ade", "Olu", "Chi", "Kwa", "Efu", "Nnam", "Yaw", "Ifu", "Ebu", "Odu"],
            ["wa", "ye", "lo", "nke", "", "so"],
            ["mide", "lara", "kesi", "nnaya", "bofo", "dele", "femi"],
        ),
        (
            ["Oko", "Nwa", "Bada", "Agye", "Ekwu", "Ako", "Ibe", "Osa"],
            ["yi", "ron", "mo", "fe", "chu", ""],
            ["wale", "nkwo", "dike", "mensah", "futa", "gbemi", "konye"],
        ),
    ),
    "southasian": (
        (
            ["Anu", "Pra", "Sre", "Har", "Vij", "Dee", "Kau", "Nee"],
            ["ri", "va", "sh", "ma", ""],
            ["dhika", "veena", "jitha", "preeta", "lakshi", "anvita"],
        ),
        (
            ["Raj", "Venk", "Thir", "Pal", "Kumb", "Adhi"],
            ["ara", "ama", "u", "an"],
            ["kodi", "wadkar", "esanar", "appalu", "vanthi", "muruthi"],
        ),
    ),
    "pinyin": (
        (
            ["Xiu", "Qiao", "Zhuo", "Yun", "Ruo", "Shu", "Xin"],
            [""],
            ["qing", "lian", "ting", "yue", "nuan", "zhen"],
        ),
        (["Qiao", "Zhuo", "Xiong", "Rui", "Quan"], [""], ["miao", "ruan", "xuan", "zhai", "cuo"]),
    ),
    "arabic": (
        (
            ["Nou", "Far", "Sami", "Khal", "Rah", "Bas", "Zai"],
            ["ra", "i", "a", ""],
            ["diyah", "meen", "thara", "lijah", "sumah"],
        ),
        (
            ["Rash", "Qad", "Harb", "Suw", "Jaz", "Mahf"],
            ["w", "i", "a"],
            ["adi", "ouri", "ameen", "abri", "ithani"],
        ),
    ),
    "georgian": (
        (
            ["Nu", "Ta", "Le", "Zu", "Ke", "Ni", "Mze"],
            ["tsi", "ko", "ma", "li"],
            ["no", "vane", "tso", "ria", "khi"],
        ),
        (
            ["Tskha", "Kvara", "Gogi", "Beri", "Chkho", "Mtsi"],
            ["lo", "ta", "na", "ri"],
            ["shvili", "dze", "tadze", "ava", "uri"],
        ),
    ),
    "basque": (
        (
            ["Itz", "Ane", "Aitz", "Gor", "Mai", "Ibo", "Oih"],
            ["i", "a", "ar"],
            ["ane", "tzol", "bire", "kune", "ortz"],
        ),
        (
            ["Etxe", "Goi", "Zabal", "Arri", "Ibar", "Olatz", "Urki"],
            ["ber", "go", "ti", ""],
            ["aga", "eta", "garai", "beitia", "ondo"],
        ),
    ),
    "welsh": (
        (
            ["Gwyn", "Rhod", "Cad", "Eil", "Llyw", "Dyf", "Mered"],
            ["", "a", "y"],
            ["eth", "wenna", "fryn", "ydd", "rhys"],
        ),
        (["Llwyd", "Pryth", "Gwal", "Cynf", "Rhyd"], ["", "o", "e"], ["arth", "wyn", "elyn", "ddon", "fach"]),
    ),
    "amharic": (
        (
            ["Tes", "Ab", "Ge", "Mes", "Alem", "Yeb", "Zew"],
            ["fa", "e", "bre", "ke", ""],
            ["lech", "nesh", "tayehu", "wubet", "gash"],
        ),
        (
            ["Wolde", "Haile", "Tekle", "Gebre", "Desta"],
            ["ma", "gi", "yo", ""],
            ["riam", "sellassie", "hawariat", "kidan", "tsadik"],
        ),
    ),
    "quechua": (
        (
            ["Qori", "Wayra", "Killa", "Sumaq", "Ayar", "Chaska", "Nina"],
            ["", "y", "ku"],
            ["wasi", "pampa", "rimay", "tupa", "yllu"],
        ),
        (
            ["Wayllu", "Qhapaq", "Yupan", "Mayta", "Ticlla", "Huaman"],
            ["", "ri", "cha"],
            ["nku", "kuri", "qaqa", "puma", "chaki"],
        ),
    ),
}

# --- transliteration for mimesis Cyrillic/Greek names -----------------------------------------------

_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґүұқңғөһә",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
            "u",
            "u",
            "q",
            "ng",
            "gh",
            "o",
            "h",
            "a",
        ],
        strict=True,
    )
)
_GRK = dict(
    zip(
        "αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ",
        [
            "a",
            "a",
            "v",
            "g",
            "d",
            "e",
            "e",
            "z",
            "i",
            "i",
            "th",
            "i",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "x",
            "o",
            "o",
            "p",
            "r",
            "s",
            "s",
            "t",
            "y",
            "y",
            "y",
            "y",
            "f",
            "ch",
            "ps",
            "o",
            "o",
        ],
        strict=True,
    )
)


def translit(value: str) -> str:
    out = []
    for ch in value:
        low = ch.lower()
        rep = _CYR.get(low, _GRK.get(low))
        if rep is None:
            out.append(ch)
        else:
            out.append(rep.capitalize() if ch != low and rep else rep)
    text = "".join(out)
    return text[:1].upper() + text[1:]


# --- people ----------------------------------------------------------------------------------------------


@dataclass
class Person:
    first: str
    last: str  # identifying surname words (planted)
    shown_last: str  # as written (particles, hyphens)
    tags: list[str]
    nick: str | None = None
    canary: bool = False
    gender: str = "female"

    @property
    def full(self) -> str:
        return f"{self.first} {self.shown_last}"

    @property
    def value_full(self) -> str:
        return f"{self.first} {self.last}"


def _build(rng: random.Random, parts: tuple[list[str], ...]) -> str:
    return rng.choice(parts[0]) + rng.choice(parts[1]) + rng.choice(parts[2])


def _nick(first: str) -> str | None:
    base = first[:4].rstrip("aeiouy") or first[:3]
    for cand in (base + "i", base + "o", first[:3] + "zi", base + "ie"):
        if cand.lower() != first.lower() and clean_word(cand):
            return cand
    return None


def invented_people(rng: random.Random, count: int, used: set[str]) -> list[Person]:
    people: list[Person] = []
    styles = sorted(STYLES)
    tries = 0
    while len(people) < count and tries < count * 200:
        tries += 1
        style = styles[tries % len(styles)]
        fparts, lparts = STYLES[style]
        first, last = _build(rng, fparts), _build(rng, lparts)
        if (
            first.casefold() in used
            or last.casefold() in used
            or not clean_word(first)
            or not clean_word(last)
        ):
            continue
        tags = ["invented", f"style:{style}"]
        shown = last
        roll = rng.random()
        if style == "arabic" and roll < 0.35:
            shown, tags = f"Al-{last}", [*tags, "particle"]
        elif style == "welsh" and roll < 0.3:
            shown, tags = f"ap {last}", [*tags, "particle"]
        elif roll < 0.08:
            second = _build(rng, lparts)
            if clean_word(second) and second.casefold() not in used:
                shown, last = f"{last}-{second}", f"{last}-{second}"
                tags = [*tags, "double_barrel"]
                used.add(second.casefold())
        used.update({first.casefold(), *[w.casefold() for w in name_tokens(last)]})
        people.append(Person(first, last, shown, tags, _nick(first), gender=rng.choice(["female", "male"])))
    return people


@lru_cache(maxsize=1)
def _mimesis_dir() -> Path:
    import mimesis

    return Path(mimesis.__file__).parent / "datasets"


def _mimesis_list(locale: str, key: str) -> list[tuple[str, str]]:
    path = _mimesis_dir() / locale / "person.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    value = data.get(key)
    if value is None and "-" in locale:
        return _mimesis_list(locale.split("-")[0], key)
    if isinstance(value, dict):
        return [(str(v), g) for g, vs in sorted(value.items()) for v in vs]
    return [(str(v), "any") for v in value or []]


def mimesis_people(rng: random.Random, count: int, used: set[str]) -> list[Person]:
    people: list[Person] = []
    locales = ["en-ca", "nl-be", "ru", "uk", "kk", "el"]
    pools: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}
    for loc in locales:
        firsts = [(translit(n), g) for n, g in _mimesis_list(loc, "names")]
        lasts = [(translit(n), g) for n, g in _mimesis_list(loc, "surnames")]
        firsts = [(n, g) for n, g in firsts if re.fullmatch(r"[A-Za-z]+", n) and clean_word(n, False)]
        lasts = [
            (n, g)
            for n, g in lasts
            if re.fullmatch(r"[A-Za-z' -]+", n)
            and all(clean_word(w, False) for w in n.replace("-", " ").split() if w.lower() not in PARTICLES)
        ]
        pools[loc] = (firsts, lasts)
    tries = 0
    while len(people) < count and tries < count * 100:
        tries += 1
        loc = locales[tries % len(locales)]
        firsts, lasts = pools[loc]
        if not firsts or not lasts:
            continue
        first, gender = rng.choice(firsts)
        same = [n for n, g in lasts if g in {gender, "any"}] or [n for n, _ in lasts]
        shown = rng.choice(same)
        ident = " ".join(w for w in shown.split() if w.lower() not in PARTICLES)
        if first.casefold() in used or any(w.casefold() in used for w in name_tokens(ident)):
            continue
        used.update({first.casefold(), *[w.casefold() for w in name_tokens(ident)]})
        tags = ["mimesis", f"locale:{loc}"] + (["particle"] if ident != shown else [])
        people.append(Person(first, ident, shown, tags, _nick(first), gender=gender))
    return people


def _place_word(rng: random.Random, used: set[str], build: Callable[[], str]) -> str:
    for _ in range(500):
        word = build()
        if word.casefold() not in used and clean_word(word):
            used.add(word.casefold())
            return word
    raise RuntimeError("no place word")


ROOTS_A = [
    "Brok",
    "Vel",
    "Quen",
    "Dram",
    "Tol",
    "Skir",
    "Mav",
    "Orn",
    "Pell",
    "Zur",
    "Grav",
    "Hask",
    "Lum",
    "Wend",
]
ROOTS_B = ["el", "ar", "ov", "ist", "umb", "ek", "az", "ith", "orr", "and"]
STREET = {
    "en": lambda r: f"{r} {random.Random(r).choice(['Road', 'Lane', 'Close', 'Crescent', 'Mews'])}",
    "de": lambda r: f"{r}{random.Random(r).choice(['straße', 'weg', 'gasse', 'ring'])}",
    "fr": lambda r: f"{random.Random(r).choice(['rue', 'allée', 'impasse', 'chemin'])} des {r}",
    "es": lambda r: f"{random.Random(r).choice(['Calle', 'Avenida', 'Travesía'])} {r}",
    "it": lambda r: f"{random.Random(r).choice(['Via', 'Vicolo', 'Viale'])} {r}",
    "nl": lambda r: f"{r}{random.Random(r).choice(['straat', 'laan', 'gracht', 'hof'])}",
    "pl": lambda r: f"ul. {r}{random.Random(r).choice(['owa', 'ska', 'ecka'])}",
    "pt": lambda r: f"{random.Random(r).choice(['Rua', 'Travessa', 'Largo'])} do {r}",
}
CITY_END = {
    "en": ["ham", "bury", "wick", "ford"],
    "de": ["dorf", "hausen", "feld", "stedt"],
    "fr": ["ville", "court", "lac", "ac"],
    "es": ["ejo", "illa", "al", "ona"],
    "it": ["ano", "ello", "ia", "ate"],
    "nl": ["dam", "hoven", "wijk", "rade"],
    "pl": ["owo", "ice", "ów", "sk"],
    "pt": ["inha", "elo", "al", "ada"],
}


@dataclass
class Home:
    street: str  # with house number, as written
    postcode: str
    city: str
    city_word: str  # identifying word of the city


@cache
def _place_pools(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Invented street roots and city names for ``lang`` (filtered like names; shared by all homes)."""
    mids = ["", "e", "a", "in", "o"]
    roots = sorted({a + m + b for a in ROOTS_A for m in mids for b in ROOTS_B})
    cities = sorted({a + m + e for a in ROOTS_A for m in ["", "e", "i", "a"] for e in CITY_END[lang]})
    rng = random.Random(f"places-{lang}")
    rng.shuffle(roots)
    rng.shuffle(cities)
    return (
        tuple(r for r in roots[:260] if clean_word(r))[:120],
        tuple(c for c in cities[:200] if clean_word(c))[:80],
    )


def make_home(rng: random.Random, lang: str, used: set[str]) -> Home:
    roots, cities = _place_pools(lang)
    root, city = rng.choice(roots), rng.choice(cities)
    street = STREET[lang](root)
    num = str(rng.randint(1, 180)) + rng.choice(["", "", "", "a", "B"])
    addr = f"{num} {street}" if lang in {"en", "fr"} else f"{street} {num}"
    return Home(addr, postcode(rng, COUNTRY[lang]), city, city)


# --- business values ---------------------------------------------------------------------------------

PRODUCTS = [
    "Amelia Desk Lamp",
    "Porto Espresso Cup",
    "Oscar Cat Tree",
    "Matilda Linen Throw",
    "Bergamo Pasta Pot",
    "Clara Baby Monitor",
    "Utrecht Bike Lock",
    "Hugo Beard Trimmer",
    "Sevilla Ceramic Vase",
    "Greta Wool Socks",
    "Lyon Chef Knife",
    "Bruno Dog Harness",
    "Gdansk Amber Pendant",
    "Lotte Sleep Mask",
    "Bremen Rain Jacket",
    "Marta Sewing Kit",
    "Nordvik Oak Shelf",
    "AquaPure Filter 3",
    "Vectra Router AX6",
    "Helix Standing Desk",
]
MODELS = ["Vectra Router AX6", "Helix Standing Desk", "AquaPure Filter 3", "Clara Baby Monitor"]
LEGAL = {
    "en": ["Ltd", "LLP", "plc"],
    "de": ["GmbH", "KG", "AG"],
    "fr": ["SARL", "SAS", "S.A."],
    "es": ["S.L.", "S.A."],
    "it": ["S.r.l.", "S.p.A."],
    "nl": ["B.V.", "N.V."],
    "pl": ["sp. z o.o.", "S.A."],
    "pt": ["Lda.", "S.A."],
}
CO_SUFFIX = ["hof", "werk", "tech", "mont", "berg", "line", "dal"]
STATUS = {
    "en": ["shipped", "on hold", "refunded", "awaiting stock", "delivered"],
    "de": ["versendet", "in Bearbeitung", "storniert", "zugestellt"],
    "fr": ["expédiée", "en attente", "remboursée", "livrée"],
    "es": ["enviado", "pendiente", "reembolsado", "entregado"],
    "it": ["spedito", "in attesa", "rimborsato", "consegnato"],
    "nl": ["verzonden", "in behandeling", "terugbetaald", "geleverd"],
    "pl": ["wysłane", "w realizacji", "zwrócone", "doręczone"],
    "pt": ["enviado", "pendente", "reembolsado", "entregue"],
}
COUNTRIES = {
    "en": ["Ireland", "Portugal", "Norway"],
    "de": ["Österreich", "Polen", "Dänemark"],
    "fr": ["Belgique", "Suisse", "Maroc"],
    "es": ["Portugal", "México", "Francia"],
    "it": ["Svizzera", "Slovenia", "Malta"],
    "nl": ["België", "Duitsland", "Luxemburg"],
    "pl": ["Niemcy", "Czechy", "Litwa"],
    "pt": ["Espanha", "Brasil", "Angola"],
}
CURRENCY = {"en": "GBP", "pl": "PLN"}


def ean13(rng: random.Random) -> str:
    from stdnum import ean as std_ean

    body = rng.choice(["40", "50", "76", "84", "80", "87", "59", "56"]) + "".join(
        rng.choice(string.digits) for _ in range(10)
    )
    return body + std_ean.calc_check_digit(body)


def gb_nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    return f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


def amount(rng: random.Random, lang: str) -> str:
    value = rng.randint(3, 2400) + rng.choice([0, 0.5, 0.9, 0.99, 0.25])
    if lang == "en":
        return f"£{value:,.2f}"
    text = f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    if lang == "pl":
        return f"{text} zł"
    return f"{text} €" if lang in {"fr", "de", "es", "pt", "it"} else f"€ {text}"


# --- per-record context ------------------------------------------------------------------------------


class World:
    """All people, places and value makers for one set, drawn from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        used: set[str] = set()
        rng = self.rng
        self.canaries = invented_people(random.Random(seed + 1), 3, used)
        for c in self.canaries:
            c.canary = True
            c.tags = [*c.tags, "canary"]
        self.people = invented_people(rng, 260, used) + mimesis_people(rng, 120, used)
        rng.shuffle(self.people)
        self.staff = {lang: self.people[i * 6 : i * 6 + 6] for i, lang in enumerate(LANGS)}
        self.customers = self.people[len(LANGS) * 6 :]
        self.places_used = used
        self.founders = []
        for _ in range(40):
            root = _place_word(
                rng,
                used,
                lambda: rng.choice(ROOTS_A) + rng.choice(["", "a", "en", "i"]) + rng.choice(["", "k", "d"]),
            )
            self.founders.append(root)
        self.order_seq = 0

    def customer(self, rng: random.Random) -> Person:
        if rng.random() < 0.012:
            return rng.choice(self.canaries)
        return rng.choice(self.customers)

    def company(self, rng: random.Random, lang: str) -> str:
        founder = rng.choice(self.founders)
        if rng.random() < 0.3:  # the founder's surname standing alone: "Xyz & Söhne GmbH"
            kin = {"de": "& Söhne", "fr": "& Fils", "pt": "& Filhos", "es": "e Hijos", "it": "& Figli"}
            return f"{founder} {kin.get(lang, '& Sons')} {rng.choice(LEGAL[lang])}"
        return f"{founder}{rng.choice(CO_SUFFIX)} {rng.choice(LEGAL[lang])}"


def person_tags(p: Person, lang: str, case: str, pos: str) -> list[str]:
    tags = [f"lang:{lang}", case, *p.tags, pos]
    return list(dict.fromkeys(tags))


def apply_case(text: str, case: str) -> str:
    return text.lower() if case == "lower" else text.upper() if case == "upper" else text


PH = re.compile(r"\{([A-Za-z_]+?)(\d?)(?::([a-z_]+))?\}")


@dataclass
class Ctx:
    world: World
    rng: random.Random
    lang: str
    people: list[Person]
    case: str = "title"
    homes: dict[int, Home] = field(default_factory=dict)
    track_repeat: bool = False  # text records: later mentions of a person get the tag ``repeat``
    seen: set[str] = field(default_factory=set)


def _email_for(rng: random.Random, p: Person, lang: str, separated: bool) -> str:
    domains = {
        "en": ["gmail.com", "btinternet.com", "outlook.com"],
        "de": ["web.de", "gmx.de", "posteo.de"],
        "fr": ["orange.fr", "free.fr", "laposte.net"],
        "es": ["gmail.com", "hotmail.es", "telefonica.net"],
        "it": ["libero.it", "tiscali.it", "gmail.com"],
        "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
        "pl": ["wp.pl", "o2.pl", "interia.pl"],
        "pt": ["sapo.pt", "gmail.com", "iol.pt"],
    }
    f, lname = fold_ascii(p.first), fold_ascii(p.last.replace("-", ""))
    if separated:
        local = rng.choice(
            [f"{f}.{lname}", f"{lname}.{f}", f"{f}_{lname}", f"{f}{rng.randint(60, 99)}", f"{f[0]}.{lname}"]
        )
    else:
        local = rng.choice([f"{f}{lname}", f"{f[0]}{lname}{rng.randint(1, 9)}", f"{lname}{f[:2]}"])
    return f"{local}@{rng.choice(domains[lang])}"


def render(tpl: str, ctx: Ctx, fld: str) -> tuple[str, list[Planted]]:
    """Fill a template; every placeholder plants what it writes."""
    planted: list[Planted] = []
    rng, lang = ctx.rng, ctx.lang
    lt = f"lang:{lang}"

    def person(i: str) -> Person:
        return ctx.people[int(i or 1) - 1]

    def home(i: str) -> Home:
        k = int(i or 1)
        if k not in ctx.homes:
            ctx.homes[k] = make_home(rng, lang, ctx.world.places_used)
        return ctx.homes[k]

    def plant(entity: str, value: str, tags: list[str]) -> None:
        planted.append(Planted(entity, value, fld, tags))

    def sub(m: re.Match[str]) -> str:
        kind, idx, pos = m.group(1), m.group(2), m.group(3) or "plain"
        upper = kind.isupper() and len(kind) > 1
        key = kind.lower()
        case = "upper" if upper else ctx.case
        if key in {"full", "first", "last", "ini", "lastfirst", "nick", "firstposs"}:
            p = person(idx)
            if key == "nick" and not p.nick:
                key = "first"
            text = {
                "full": p.full,
                "first": p.first,
                "last": p.shown_last,
                "ini": f"{p.first[0]}. {p.shown_last}",
                "lastfirst": f"{p.shown_last}, {p.first}",
                "nick": p.nick or p.first,
                "firstposs": f"{p.first}'s",
            }[key]
            value = {"full": p.value_full, "lastfirst": p.value_full, "last": p.last, "ini": p.last}.get(
                key, p.nick if key == "nick" else p.first
            )
            tags = person_tags(p, lang, case, pos)
            if key == "ini":
                tags.append("initial")
            if key == "nick":
                tags.append("nickname")
            if ctx.track_repeat:
                if p.value_full in ctx.seen:
                    tags.append("repeat")
                ctx.seen.add(p.value_full)
            plant("PERSON", value or p.first, list(dict.fromkeys(tags)))
            return apply_case(text, case)
        if key in {"mail", "mailp"}:
            p = person(idx)
            addr = _email_for(rng, p, lang, separated=key == "mailp")
            plant("EMAIL_ADDRESS", addr, [lt, "name_local"])
            if key == "mailp":
                tags = person_tags(p, lang, "lower", "email_local")
                words = [w for w in re.split(r"[._@\d]+", addr.split("@")[0]) if len(w) >= 2]
                value = " ".join(
                    w for w in words if w in {fold_ascii(p.first), fold_ascii(p.last.replace("-", ""))}
                )
                if value:
                    plant("PERSON", value, tags)
            return addr
        if key == "user":
            p = person(idx)
            handle = rng.choice(
                [
                    f"{fold_ascii(p.first)}_{rng.randint(10, 99)}",
                    f"{fold_ascii(p.last)}.{fold_ascii(p.first)[:1]}",
                    f"{fold_ascii(p.first)}{fold_ascii(p.last)[:3]}",
                ]
            )
            plant("USERNAME", handle, [lt])
            return handle
        if key == "phone":
            text, style = phone(rng, COUNTRY[lang])
            for _ in range(20):  # the helper falls back to the library's example number (IT fixed lines)
                if not re.sub(r"\D", "", text).endswith("212345678"):
                    break
                text, style = phone(rng, COUNTRY[lang])
            plant("PHONE_NUMBER", text, [lt, "national" if style == "national" else "intl", style])
            return text
        if key == "iban":
            text, style = iban(rng, COUNTRY[lang])
            plant("IBAN_CODE", text, [lt, style])
            return text
        if key == "nid":
            got = None if lang == "en" else national_id(rng, COUNTRY[lang])
            while got is None and lang != "en":  # the DE draw can come back empty: draw again
                got = national_id(rng, COUNTRY[lang])
            text, kind = got if got else (gb_nino(rng), "GB NINO")
            plant("NATIONAL_ID", text, [lt, kind])
            return text
        if key == "addr":
            h = home(idx)
            plant("STREET_ADDRESS", h.street, [lt])
            return h.street
        if key == "pc":
            h = home(idx)
            plant("POSTCODE", h.postcode, [lt])
            return h.postcode
        if key == "city":
            h = home(idx)
            plant("CITY", h.city, [lt, "home"])
            return h.city
        if key == "dob":
            y, mo, d = rng.randint(1941, 2004), rng.randint(1, 12), rng.randint(1, 28)
            text = rng.choice([f"{d:02d}.{mo:02d}.{y}", f"{d:02d}/{mo:02d}/{y}", f"{y}-{mo:02d}-{d:02d}"])
            plant("DATE_OF_BIRTH", text, [lt])
            return text
        # utility values
        value = utility_value(key, ctx)
        plant(f"utility:{UTIL_KIND.get(key, key)}", value, [lt])
        return value

    text = PH.sub(sub, tpl)
    return text, planted


UTIL_KIND = {
    "product": "product",
    "order": "order_number",
    "track": "tracking_number",
    "case": "case_number",
    "invoice": "invoice_number",
    "sku": "sku",
    "ean": "ean",
    "ver": "version",
    "amt": "amount",
    "ts": "timestamp",
    "date": "date",
    "co": "company",
    "status": "status",
    "qty": "quantity",
    "country": "country",
    "cur": "currency",
}


def utility_value(key: str, ctx: Ctx) -> str:
    rng, lang = ctx.rng, ctx.lang
    if key == "product":
        return rng.choice(PRODUCTS)
    if key == "order":
        return rng.choice(
            [
                f"ORD-2024-{rng.randint(100000, 999999)}",
                f"#{rng.randint(4000000, 4999999)}",
                "0" + "".join(rng.choice(string.digits) for _ in range(9)),  # phone-length order number
                f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}",
            ]
        )
    if key == "track":
        return rng.choice(
            [
                "JJD" + "".join(rng.choice(string.digits) for _ in range(15)),
                "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                f"PX{rng.randint(100000000, 999999999)}{rng.choice(['PT', 'NL', 'DE'])}",
            ]
        )
    if key == "case":
        return rng.choice(
            [
                f"CASE-{rng.randint(10000, 99999)}",
                f"TKT#{rng.randint(1000, 99999)}",
                f"SR{rng.randint(100000, 999999)}",
            ]
        )
    if key == "invoice":
        return rng.choice(
            [
                f"INV/2025/{rng.randint(1, 9999):05d}",
                f"FV 2024/{rng.randint(1, 12):02d}/{rng.randint(1, 999)}",
                f"FT 2025/{rng.randint(100, 9999)}",
                f"R-{rng.randint(2023, 2025)}-{rng.randint(10000, 99999)}",
            ]
        )
    if key == "sku":
        return f"{rng.choice(['LMP', 'CUP', 'KNF', 'JKT', 'VSE'])}-{rng.randint(100, 999)}-{rng.choice(['BLK', 'WHT', 'OAK', 'RED'])}"
    if key == "ean":
        return ean13(rng)
    if key == "ver":
        return f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if key == "amt":
        return amount(rng, lang)
    if key == "ts":
        return f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}"
    if key == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        return f"{d:02d}/{m:02d}/2025" if lang in {"en", "fr", "es", "it", "pt"} else f"{d:02d}.{m:02d}.2025"
    if key == "co":
        return ctx.world.company(rng, lang)
    if key == "status":
        return rng.choice(STATUS[lang])
    if key == "qty":
        n = rng.randint(2, 40)
        unit = {
            "en": "units",
            "de": "Stück",
            "fr": "unités",
            "es": "unidades",
            "it": "pezzi",
            "nl": "stuks",
            "pl": "szt.",
            "pt": "unidades",
        }[lang]
        return f"{n} {unit}"
    if key == "country":
        return rng.choice(COUNTRIES[lang])
    if key == "cur":
        return CURRENCY.get(lang, "EUR")
    raise KeyError(key)


# --- templates -----------------------------------------------------------------------------------------
# Persons: 1 = the customer, 2 = a relative or second customer, 3 and 4 = staff. Lower-case chats render
# every name in lower case; upper-case kinds ({FULL1:…}) write the name in capitals.

GENRE_A: dict[str, tuple[str, list[str]]] = {
    "en": (
        "vet_clinic_notes",
        [
            "{ts} appt booked for Biscuit (spaniel, 7y), owner {full1:intro}, mob {phone}. Lives {addr1}, {city1} {pc1}. prefers texts",
            "post-op check: {firstposs1:possessive} cat eating again; inv {invoice} of {amt} settled by card. seen by Dr {last3:honorific}",
            "OWNER {FULL1:intro} rang re {product} (SKU {sku}) wants refund, order {order}. handed to {first3:handover}",
            "vacc reminder sent to {mailp1}; {full1:plain} says mother-in-law {full2:relation} brings the dog Thurs",
            "{date} {full1:date_adjacent} DOB {dob}, new client, referred by {co}. insurance {status}",
            "NB do not discuss acct with ex-partner {full2:mention} per {first1:callback} on {date}",
            "bloods to lab, results to {full1:plain} ({mail1}); {qty} of renal diet {product} ordered, {amt}",
            "DD set up for {lastfirst1:last_first}: IBAN {iban}. next visit {date}. -- {FULL3:signoff}",
            "2x {product} for {full1:after_product}, collected by {ini2:plain} on {date}",
        ],
    ),
    "de": (
        "property_management_log",
        [
            "{ts} Mieterin {full1:intro} ({addr1}, {pc1} {city1}) meldet Wasserschaden im Bad, Rückruf unter {phone}",
            "Handwerker von {co} war da, Rechnung {invoice} über {amt}; Kopie an Frau {last1:honorific} geschickt",
            "Schlüsselübergabe an {full2:relation} (Bruder von {first1:callback}) am {date}, Protokoll bei {first3:handover}",
            "Kaution von {lastfirst1:last_first} eingegangen, IBAN {iban}, Status: {status}",
            "Herr {last2:honorific} beschwert sich über Lärm aus Whg. 3, Mieter {full1:mention} angeschrieben ({mailp1})",
            "{date} {full1:date_adjacent}, geb. {dob}, Steuer-ID {nid}, Mietvertrag unterschrieben. Gez. {FULL3:signoff}",
            "Rauchmelder {product} ({qty}, EAN {ean}) bestellt, Auftrag {order}, Lieferung nach {country}? nein, intern",
            "Bitte {first1:plain} nochmal erinnern: Nebenkosten {amt} offen seit {date}. Übernahme durch {full4:handover}",
            "Briefkastenschild {product} für {full1:after_product} bestellt; Hausmeister {ini3:plain} montiert es",
        ],
    ),
    "fr": (
        "delivery_dispatch",
        [
            "{ts} tournée 14 : colis {track} pour {full1:intro}, {addr1}, {pc1} {city1}, tél {phone}",
            "client absent, avis laissé ; {first1:callback} rappelle demain, commande {order} ({status})",
            "livré à la voisine {full2:relation} (signature), produit {product} x {qty}",
            "chauffeur {first3:handover} remplacé par {full4:handover} sur la zone nord",
            "réclamation de {lastfirst1:last_first} : carton abîmé, facture {invoice} {amt}, mail {mailp1}",
            "{date} {full1:date_adjacent} refuse le colis, retour vers {co}",
            "digicode changé chez {FULL1:caps_note}, demander à M. {last2:honorific} au 2e",
            "code promo envoyé à {mail1} pour le {product} (réf {sku}) -- {first3:signoff}",
            "{product} {full1:after_product} né(e) le {dob} : pièce d'identité vérifiée par {ini3:plain}",
        ],
    ),
    "es": (
        "crm_activity_log",
        [
            "{ts} llamada saliente a {full1:intro} ({co}), interesado en {qty} de {product}. móvil {phone}",
            "reunión con {first1:callback} y su socio {full2:relation}; presupuesto {invoice} por {amt}",
            "email enviado a {mailp1} con la oferta; estado: {status}",
            "{date} {full1:date_adjacent} pide factura a nombre de {lastfirst1:last_first}, DNI {nid}",
            "seguimiento: la Sra. {last1:honorific} no contesta, pasar a {first3:handover}",
            "dirección de envío: {addr1}, {pc1} {city1}. pedido {order}",
            "pago por transferencia, IBAN {iban}, vencimiento {date}. registrado por {FULL3:signoff}",
            "nota: {firstposs1:possessive} pedido del {product} (EAN {ean}) sale desde {country}",
            "demo del {product} {full1:after_product}, fecha de nacimiento {dob} (para el seguro)",
        ],
    ),
    "it": (
        "handwritten_notes",
        [
            "h. {ts} tel. sig.ra {full1:intro} x preventivo {product}, richiamare al {phone}",
            "ok da {first1:callback}, acconto {amt} ric. n. {invoice}; indir. {addr1}, {pc1} {city1}",
            "CF {nid} - nata il {dob} - pratica {case}",
            "ritira il figlio {full2:relation} gio. pom., avvisare {first3:handover}",
            "{date} {full1:date_adjacent}: reclamo x ordine {order}, stato {status}",
            "mail a {mailp1} con foto; cc dott. {last3:honorific}",
            "bonifico da {lastfirst1:last_first}, IBAN {iban} -- {FULL4:signoff}",
            "fornitore {co}: {qty} x {product} cod. {sku}, passa {full4:handover}",
            "consegnato {product} a {full1:after_product} - firma {ini1:plain}",
        ],
    ),
    "nl": (
        "recruitment_notes",
        [
            "{ts} intake met kandidaat {full1:intro}, tel {phone}, woont {addr1}, {pc1} {city1}",
            "{first1:callback} heeft ervaring bij {co}; salarisindicatie {amt} per maand",
            "referentie gebeld: {full2:relation} (oud-leidinggevende), positief",
            "{date} {full1:date_adjacent} tweede gesprek met {full3:handover} en {first4:plain}",
            "contract gestuurd naar {mailp1}, status {status}; BSN {nid} ontvangen",
            "kandidaat {lastfirst1:last_first}, geb. {dob}, wil starten per {date}",
            "laptop {product} (serienr. {sku}, {ver}) klaarzetten voor {firstposs1:possessive} eerste dag",
            "salaris naar IBAN {iban}. groet, {FULL3:signoff}",
            "welkomstpakket {product} {full1:after_product} klaar, ophalen bij {ini4:plain}",
        ],
    ),
    "pl": (
        "property_management_log",
        [
            "{ts} lokatorka {full1:intro} ({addr1}, {pc1} {city1}) zgłasza przeciek, tel. {phone}",
            "ekipa z {co} na miejscu, faktura {invoice} na {amt}",
            "klucze odebrał {full2:relation}, szwagier pani {last1:honorific}, {date}",
            "czynsz od {lastfirst1:last_first} zaksięgowany, konto {iban}, status: {status}",
            "{date} {full1:date_adjacent} PESEL {nid}, umowa podpisana, przekazane do {full3:handover}",
            "pan {last2:honorific} skarży się na hałas, napisano do {full1:mention} ({mailp1})",
            "zamówiono {qty} {product} (EAN {ean}), zamówienie {order}",
            "proszę przypomnieć {first1:plain} o zaległości {amt}. pozdr. {FULL4:signoff}",
            "montaż {product} {full1:after_product}, {date}, odbiór protokołu {ini3:plain}",
        ],
    ),
    "pt": (
        "delivery_dispatch",
        [
            "{ts} rota 7: encomenda {track} para {full1:intro}, {addr1}, {pc1} {city1}, tlm {phone}",
            "destinatário ausente; {first1:callback} pede nova entrega, pedido {order} ({status})",
            "entregue à vizinha {full2:relation}, {qty} de {product}",
            "motorista {first3:handover} substituído por {full4:handover} hoje",
            "reclamação de {lastfirst1:last_first}: caixa partida, fatura {invoice} {amt}, email {mailp1}",
            "{date} {full1:date_adjacent} recusou, devolução para {co}",
            "NIF {nid} do cliente {FULL1:caps_note} para a fatura",
            "cupão enviado para {mail1} ({product}, ref {sku}) -- {first3:signoff}",
            "{product} {full1:after_product}, entregar até {date}, assinado {ini1:plain}",
        ],
    ),
}

CHAT: dict[str, list[str]] = {
    "en": [
        "morning all @{nick2:mention} did u get the keys off {first3:plain}?",
        "{first2:greeting}!! thanks for covering sat, owe u one",
        "can someone ring {full3:plain} back on {phone}, asking about {order}",
        "{firstposs3:possessive} van broke down again lol, {product} delivery late",
        "ok tell {first2:mention} the {product} came in, {qty}",
        "night {first2:vocative} see u tmrw x",
        "fyi {full3:plain} new email is {mailp3}",
        "{first2:greeting} u around? {co} rep is here, {ts}",
        "who has the tablet w/ {ver}?? {case} still open",
        "lol no. ask {nick3:nickname}",
    ],
    "de": [
        "moin zusammen, @{nick2:mention} hast du {first3:plain} erreicht?",
        "hey {first2:greeting}, danke fürs einspringen",
        "kann jemand {full3:plain} zurückrufen? {phone}, wegen {order}",
        "paket für {first3:mention} liegt noch hier ({product})",
        "ciao {first2:vocative}, bis morgen",
        "neue mail von {full3:plain}: {mailp3}",
        "{first2:mention} sagt {status}, rechnung {invoice} ist raus",
        "{first2:greeting} bist du da? vertreter von {co} wartet",
        "wer hat das tablet mit {ver}? {case} noch offen",
        "frag {nick3:nickname}",
    ],
    "fr": [
        "coucou @{nick2:mention} t'as vu {first3:plain} ce matin ?",
        "merci {first2:greeting} t'es top",
        "qqn peut rappeler {full3:plain} au {phone} ? c'est pour {order}",
        "le colis de {first3:mention} est toujours au dépôt ({product})",
        "bonne soirée {first2:vocative} à demain",
        "nouvelle adresse mail de {full3:plain} : {mailp3}",
        "{first2:mention} dit que c'est {status}, facture {invoice}",
        "{first2:greeting} t'es là ? le commercial de {co} attend",
        "qui a la tablette en {ver} ? {case} toujours ouvert",
        "demande à {nick3:nickname} mdr",
    ],
    "es": [
        "buenas @{nick2:mention} hablaste con {first3:plain}?",
        "gracias {first2:greeting} eres un sol",
        "alguien puede llamar a {full3:plain}? {phone}, es por el pedido {order}",
        "el paquete de {first3:mention} sigue aquí ({product})",
        "hasta mañana {first2:vocative}",
        "el correo nuevo de {full3:plain} es {mailp3}",
        "{first2:mention} dice que está {status}, factura {invoice}",
        "{first2:greeting} estás? el de {co} espera",
        "quién tiene la tablet con {ver}? {case} sigue abierto",
        "pregúntale a {nick3:nickname} jaja",
    ],
    "it": [
        "ciao @{nick2:mention} hai sentito {first3:plain}?",
        "grazie {first2:greeting} sei un mito",
        "qualcuno richiama {full3:plain}? {phone}, per l'ordine {order}",
        "il pacco di {first3:mention} è ancora qui ({product})",
        "a domani {first2:vocative}",
        "nuova mail di {full3:plain}: {mailp3}",
        "{first2:mention} dice {status}, fattura {invoice}",
        "{first2:greeting} ci sei? quello di {co} aspetta",
        "chi ha il tablet con {ver}? {case} ancora aperto",
        "chiedi a {nick3:nickname} ahah",
    ],
    "nl": [
        "hoi @{nick2:mention} heb je {first3:plain} al gesproken?",
        "dankjewel {first2:greeting} top",
        "kan iemand {full3:plain} terugbellen? {phone}, over bestelling {order}",
        "pakket van {first3:mention} ligt hier nog ({product})",
        "tot morgen {first2:vocative}",
        "nieuw mailadres van {full3:plain}: {mailp3}",
        "{first2:mention} zegt {status}, factuur {invoice}",
        "{first2:greeting} ben je er? die van {co} wacht",
        "wie heeft de tablet met {ver}? {case} staat nog open",
        "vraag {nick3:nickname} haha",
    ],
    "pl": [
        "hej @{nick2:mention} gadałeś z {first3:plain}?",
        "dzięki {first2:greeting} jesteś wielki",
        "może ktoś oddzwonić do {full3:plain}? {phone}, chodzi o zamówienie {order}",
        "paczka dla {first3:mention} dalej leży ({product})",
        "do jutra {first2:vocative}",
        "nowy mail {full3:plain}: {mailp3}",
        "{first2:mention} mówi że {status}, faktura {invoice}",
        "{first2:greeting} jesteś? gość z {co} czeka",
        "kto ma tablet z {ver}? {case} dalej otwarte",
        "zapytaj {nick3:nickname} xd",
    ],
    "pt": [
        "olá @{nick2:mention} falaste com {first3:plain}?",
        "obrigada {first2:greeting} és uma estrela",
        "alguém liga ao {full3:plain}? {phone}, é sobre o pedido {order}",
        "a encomenda do {first3:mention} continua cá ({product})",
        "até amanhã {first2:vocative}",
        "email novo do {full3:plain}: {mailp3}",
        "{first2:mention} diz que está {status}, fatura {invoice}",
        "{first2:greeting} estás aí? o da {co} está à espera",
        "quem tem o tablet com {ver}? {case} ainda aberto",
        "pergunta ao {nick3:nickname} ahah",
    ],
}

#: Second genre per language: (genre, framing, agent/staff lines, customer lines).
GENRE_B: dict[str, tuple[str, list[str], list[str]]] = {
    "en": (
        "call_transcript",
        [
            "Good morning, Harbourside Vets, you're through to {first3:intro}, how can I help?",
            "Thanks {first1:callback}. Can I take the first line of the address and postcode?",
            "I can see the {product}, order {order}, status {status}. I'll put you through to {full4:handover}.",
            "Lovely, so that's {amt} on invoice {invoice}. Anything else, {first1:vocative}?",
        ],
        [
            "Hi, it's {full1:intro}, I rang last week about case {case}.",
            "{addr1}, {pc1}. Mobile is {phone} if we get cut off.",
            "My son {full2:relation} might call too, his email is {mailp2}.",
            "It's {FULL1:spelled}, with a capital at the start.",
        ],
    ),
    "de": (
        "email",
        [
            "Sehr geehrte Frau {last1:greeting}, anbei die Abrechnung {invoice} über {amt}.",
            "Ihr Anliegen (Vorgang {case}) hat {full3:handover} übernommen.",
            "Mit freundlichen Grüßen\n{full3:signoff}\n{co}",
        ],
        [
            "Hallo {first3:greeting}, mein Nachbar {full2:relation} hat den Schlüssel, bitte bei ihm klingeln.",
            "Neue Anschrift: {addr1}, {pc1} {city1}. Telefon {phone}.",
            "Viele Grüße\n{FULL1:signoff}",
        ],
    ),
    "fr": (
        "reviews_with_replies",
        [
            "Bonjour {first1:greeting}, merci pour votre avis ! Nous avons transmis à {full3:handover}. Cordialement, {first4:signoff}",
            "Désolés pour le retard de la commande {order}, un avoir de {amt} a été émis ({invoice}).",
        ],
        [
            "Livreur super sympa ({first3:mention}), {product} reçu en parfait état. {date}",
            "Colis laissé chez {full2:relation} sans prévenir, pas top. commande {order}",
            "Trois semaines pour un {product} à {amt}... je ne recommande pas",
        ],
    ),
    "es": (
        "call_transcript",
        [
            "Buenos días, le atiende {first3:intro}, ¿en qué puedo ayudarle?",
            "Gracias, {first1:callback}. ¿Me confirma su dirección y código postal?",
            "Veo el {product}, pedido {order}, estado {status}. Le paso con {full4:handover}.",
            "Perfecto, son {amt}, factura {invoice}. ¿Algo más, {first1:vocative}?",
        ],
        [
            "Hola, soy {full1:intro}, llamé la semana pasada por la incidencia {case}.",
            "{addr1}, {pc1} {city1}. Mi móvil es {phone}.",
            "Mi hija {full2:relation} también puede llamar, su correo es {mailp2}.",
            "Se escribe {FULL1:spelled}, todo junto.",
        ],
    ),
    "it": (
        "forum_thread",
        [
            "Ciao a tutti, qualcuno ha il {product} versione {ver}? si blocca dopo l'update",
            "@{first1:mention} prova a resettarlo, a me l'ha risolto {full2:plain} dell'assistenza",
            "grazie {first1:greeting}! ordine {order} del {date}, ancora in garanzia",
        ],
        [
            "anche a me, ticket {case} aperto con {co}, nessuna risposta",
            "scrivete a {mailp1} se volete i log, sono {full1:signoff}",
            "confermo, stesso problema, {qty} pezzi resi",
        ],
    ),
    "nl": (
        "reviews_with_replies",
        [
            "Hoi {first1:greeting}, dank voor je review! {full3:handover} neemt contact op. Groet, {first4:signoff}",
            "Sorry voor bestelling {order}, we hebben {amt} teruggestort ({invoice}).",
        ],
        [
            "Bezorger {first3:mention} was erg vriendelijk, {product} prima ontvangen {date}",
            "Pakket bij {full2:relation} afgegeven zonder bericht. bestelling {order}",
            "Drie weken voor een {product} van {amt}, niet aan te raden",
        ],
    ),
    "pl": (
        "email",
        [
            "Szanowna Pani {last1:greeting}, w załączeniu rozliczenie {invoice} na kwotę {amt}.",
            "Sprawę {case} przejął(a) {full3:handover}.",
            "Z poważaniem\n{full3:signoff}\n{co}",
        ],
        [
            "Dzień dobry {first3:greeting}, klucze ma sąsiad {full2:relation}.",
            "Nowy adres: {addr1}, {pc1} {city1}. Tel. {phone}.",
            "Pozdrawiam\n{FULL1:signoff}",
        ],
    ),
    "pt": (
        "forum_thread",
        [
            "Olá a todos, alguém tem o {product} versão {ver}? bloqueia depois da atualização",
            "@{first1:mention} experimenta fazer reset, a mim resolveu o {full2:plain} do apoio",
            "obrigado {first1:greeting}! pedido {order} de {date}, ainda na garantia",
        ],
        [
            "também aqui, pedido {case} aberto com a {co}, sem resposta",
            "escrevam para {mailp1} se quiserem os logs, sou o {full1:signoff}",
            "confirmo, mesmo problema, {qty} devolvidas",
        ],
    ),
}

# --- file builders -------------------------------------------------------------------------------------


def _n(base: int, scale: float) -> int:
    return max(4, round(base * scale))


def _ctx(world: World, rng: random.Random, lang: str, case: str = "title") -> Ctx:
    staff = world.staff[lang]
    first, second = world.customer(rng), world.customer(rng)
    while second is first:
        second = world.customer(rng)
    s3, s4 = rng.sample(staff, 2)
    return Ctx(world, rng, lang, [first, second, s3, s4], case, track_repeat=True)


def build_genre_a(world: World, lang: str, out_dir: Path, scale: float) -> FileSet:
    genre, templates = GENRE_A[lang]
    rng = random.Random(f"{world.rng.random()}-a-{lang}")
    name = f"b4_{lang}_{genre}"
    lines: list[str] = []
    records: list[list[Planted]] = []
    for _ in range(_n(85, scale)):
        ctx = _ctx(world, rng, lang)
        picked = rng.sample(templates, rng.choice([1, 1, 2, 2, 3]))
        parts, planted = [], []
        for tpl in picked:
            text, got = render(tpl, ctx, "text")
            parts.append(text)
            planted += got
        lines.append(rng.choice([" | ", " / ", ". ", " -- "]).join(parts))
        records.append(planted)
    path = out_dir / f"{name}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(name, path.name, "txt", "text", lang, records, notes=genre)


def build_chat(world: World, lang: str, out_dir: Path, scale: float) -> FileSet:
    rng = random.Random(f"{world.rng.random()}-chat-{lang}")
    members = [*rng.sample(world.customers, 5), world.canaries[0]]
    outsiders = world.staff[lang]
    as_jsonl = lang in {"de", "fr", "nl", "pt"}
    name = f"b4_{lang}_group_chat"
    lines: list[str] = []
    records: list[list[Planted]] = []
    for i in range(_n(90, scale)):
        speaker = rng.choice(members)
        other = rng.choice([m for m in members if m is not speaker])
        ctx = Ctx(
            world,
            rng,
            lang,
            [speaker, other, rng.choice([*outsiders, world.customer(rng)])],
            "lower",
            track_repeat=True,
        )
        body_field = "body" if as_jsonl else "text"
        body, planted = render(rng.choice(CHAT[lang]), ctx, body_field)
        hhmm = f"{8 + i * 10 // _n(90, scale):02d}:{rng.randint(0, 59):02d}"
        use_nick = speaker.nick is not None and rng.random() < 0.3
        shown = (speaker.nick if use_nick else speaker.first) or speaker.first
        tags = person_tags(speaker, lang, "lower", "chat_speaker") + (["nickname"] if use_nick else [])
        if as_jsonl:
            lines.append(json.dumps({"t": hhmm, "from": shown.lower(), "body": body}, ensure_ascii=False))
            planted.insert(0, Planted("PERSON", shown, "from", tags))
        else:
            lines.append(f"[{hhmm}] {shown.lower()}: {body}")
            planted.insert(0, Planted("PERSON", shown, "text", tags))
        records.append(planted)
    fmt = "jsonl" if as_jsonl else "txt"
    path = out_dir / f"{name}.{fmt}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(name, path.name, fmt, "text", lang, records, canaries=[], notes="lower-case group chat")


def build_genre_b(world: World, lang: str, out_dir: Path, scale: float) -> FileSet:
    genre, staff_lines, cust_lines = GENRE_B[lang]
    rng = random.Random(f"{world.rng.random()}-b-{lang}")
    name = f"b4_{lang}_{genre}"
    lines: list[str] = []
    records: list[list[Planted]] = []
    for _ in range(_n(70, scale)):
        ctx = _ctx(world, rng, lang)
        planted: list[Planted] = []

        def r(tpl: str, fld: str, ctx: Ctx = ctx, planted: list[Planted] = planted) -> str:
            text, got = render(tpl, ctx, fld)
            planted.extend(got)
            return text

        obj: dict[str, Any]
        if genre == "call_transcript":
            turns = []
            for i in range(4):
                if rng.random() < 0.85:
                    turns.append({"speaker": "Agent", "text": r(staff_lines[i], "turns[].text")})
                if rng.random() < 0.85:
                    turns.append({"speaker": "Caller", "text": r(cust_lines[i], "turns[].text")})
            obj = {
                "call_id": r("{case}", "call_id"),
                "agent": r("{first3:sender_field}", "agent"),
                "started": r("{ts}", "started"),
                "turns": turns,
            }
        elif genre == "email":
            outgoing = rng.random() < 0.5
            body_lines = staff_lines if outgoing else cust_lines
            if outgoing:
                headers = {
                    "from": r("{full3:email_header} <{mailp3}>", "headers.from"),
                    "to": r("{full1:email_header} <{mail1}>", "headers.to"),
                }
            else:
                headers = {
                    "from": r("{full1:email_header} <{mailp1}>", "headers.from"),
                    "to": r("{first3:email_header} <{mailp3}>", "headers.to"),
                }
            headers["subject"] = r(rng.choice(["Re: {case}", "{invoice}", "Fwd: {order}"]), "headers.subject")
            obj = {"headers": headers, "body": "\n\n".join(r(t, "body") for t in body_lines)}
        elif genre == "reviews_with_replies":
            author = rng.choice(["{full1:reviewer}", "{first1:reviewer} {ini1:reviewer}", "{nick1:reviewer}"])
            if "ini1" in author:
                author = "{full1:reviewer}"
            obj = {
                "review": {
                    "author": r(author, "review.author"),
                    "rating": rng.randint(1, 5),
                    "text": r(rng.choice(cust_lines), "review.text"),
                }
            }
            if rng.random() < 0.75:
                obj["reply"] = {
                    "by": r("{first4:sender_field}", "reply.by"),
                    "text": r(rng.choice(staff_lines), "reply.text"),
                }
        else:  # forum_thread
            posts = [{"user": r("{user1}", "posts[].user"), "body": r(staff_lines[0], "posts[].body")}]
            for tpl in rng.sample(staff_lines[1:] + cust_lines, rng.randint(1, 3)):
                posts.append({"user": r("{user2}", "posts[].user"), "body": r(tpl, "posts[].body")})
            obj = {
                "thread": {"id": r("{case}", "thread.id"), "title": r("{product} {ver}", "thread.title")},
                "posts": posts,
            }
        lines.append(json.dumps(obj, ensure_ascii=False))
        records.append(planted)
    path = out_dir / f"{name}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(name, path.name, "jsonl", "text", lang, records, notes=genre)


# --- tables ----------------------------------------------------------------------------------------------

TABLE_NOTES: dict[str, list[str]] = {
    "en": [
        "{firstposs1:possessive} parcel left with neighbour {full2:relation}",
        "called {first1:callback} re {order}, wants it gift-wrapped",
        "second {product} for her sister {first2:relation}; packed by {first3:handover}",
        "",
        "{product} {first1:after_product} (gift)",
        "VIP - {FULL1:caps_note} - handle with care, ask {full3:handover}",
    ],
    "de": [
        "{firstposs1:possessive} Paket beim Nachbarn {full2:relation} abgegeben",
        "{first1:callback} angerufen wegen {order}, will Geschenkverpackung",
        "",
        "Reklamation an {full3:handover} weitergegeben",
    ],
    "nl": [
        "lid via {first2:relation} (partner) binnengekomen",
        "{first1:callback} belde over {invoice}",
        "",
        "opzegging besproken met {full3:handover}",
    ],
    "pt": [
        "sócio indicado por {full2:relation}",
        "{first1:callback} pediu recibo {invoice}",
        "",
        "falar com {first3:handover} sobre a mensalidade",
    ],
    "pl": ["członek polecony przez {full2:relation}", "{first1:callback} prosi o fakturę {invoice}", ""],
    "fr": [
        "arrêt maladie validé par {full3:handover}",
        "{first1:callback} en télétravail le vendredi",
        "",
        "remplace {full2:mention} pendant son congé",
    ],
    "it": [
        "ferie approvate da {full3:handover}",
        "{first1:callback} part-time dal {date}",
        "",
        "sostituisce {full2:mention} in magazzino",
    ],
}


def _row_ctx(world: World, rng: random.Random, lang: str, person: Person) -> tuple[Ctx, Ctx]:
    """(context for business values, context for the row person's own values). The second draws from a
    generator seeded by the person, so a returning customer keeps their phone, birth date and address."""
    ctx = _ctx(world, rng, lang, "title")
    ctx.track_repeat = False
    while person in ctx.people[1:]:
        ctx = _ctx(world, rng, lang, "title")
        ctx.track_repeat = False
    ctx.people[0] = person
    own = Ctx(world, random.Random(f"{world.seed}-{person.value_full}-{lang}"), lang, ctx.people, "title")
    return ctx, own


def _row_lang(world: World, person: Person, langs: list[str]) -> str:
    return random.Random(f"{world.seed}-lang-{person.value_full}").choice(langs)


def _cell(row: dict[str, str], planted: list[Planted], col: str, tpl: str, ctx: Ctx) -> None:
    text, got = render(tpl, ctx, col)
    row[col] = text
    planted.extend(got)


def _table_people(world: World, rng: random.Random, count: int) -> list[Person]:
    """Rows' people: most appear once, some return (repeat customers), and the canaries appear."""
    people = [world.customer(rng) for _ in range(count)]
    for i, canary in enumerate(world.canaries):
        people[(i * 97 + 13) % count] = canary
    return people


def build_orders(world: World, out_dir: Path, scale: float) -> FileSet:
    rng = random.Random(f"{world.rng.random()}-orders")
    n = _n(460, scale)
    ids: dict[str, str] = {}
    rows, records = [], []
    for person in _table_people(world, rng, n):
        lang = _row_lang(world, person, ["en", "de"])
        ctx, own = _row_ctx(world, rng, lang, person)
        ctx.case = "title"
        row: dict[str, str] = {}
        planted: list[Planted] = []
        acc = ids.setdefault(person.value_full, f"ACC-{rng.choice([2023, 2024, 2025])}-{len(ids) + 101:05d}")
        row["account_id"] = acc
        planted.append(Planted("utility:record_id", acc, "account_id", [f"lang:{lang}"]))
        _cell(row, planted, "first_name", "{first1:name_column}", ctx)
        _cell(row, planted, "last_name", "{last1:name_column}", ctx)
        full_tpl = rng.choice(["{full1:name_column}", "{lastfirst1:last_first}", "{FULL1:name_column}"])
        _cell(row, planted, "customer", full_tpl, ctx)
        _cell(row, planted, "email", own.rng.choice(["{mailp1}", "{mail1}"]), own)
        _cell(row, planted, "phone", "{phone}", own)
        _cell(row, planted, "birth_date", "{dob}", own)
        row["gender"] = person.gender[0].upper()
        _cell(row, planted, "postcode", "{pc1}", own)
        _cell(row, planted, "city", "{city1}", own)
        _cell(row, planted, "product", "{product}", ctx)
        _cell(row, planted, "order_no", "{order}", ctx)
        _cell(row, planted, "invoice_no", "{invoice}", ctx)
        _cell(row, planted, "amount", "{amt}", ctx)
        _cell(row, planted, "currency", "{cur}", ctx)
        _cell(row, planted, "status", "{status}", ctx)
        _cell(row, planted, "order_date", "{date}", ctx)
        ctx.case = rng.choice(["title", "lower"])
        _cell(row, planted, "notes", rng.choice(TABLE_NOTES[lang]), ctx)
        rows.append(row)
        records.append(planted)
    import pandas as pd

    path = out_dir / "b4_orders.csv"
    pd.DataFrame(rows).to_csv(path, index=False, encoding="utf-8")
    return FileSet(
        "b4_orders",
        path.name,
        "csv",
        "table",
        "mixed",
        records,
        id_columns=["account_id"],
        notes="shop orders (en/de rows)",
    )


def build_members(world: World, out_dir: Path, scale: float) -> FileSet:
    rng = random.Random(f"{world.rng.random()}-members")
    n = _n(440, scale)
    rows, records = [], []
    seen: set[str] = set()
    for person in _table_people(world, rng, n):
        lang = _row_lang(world, person, ["nl", "pt", "pl"])
        ctx, own = _row_ctx(world, rng, lang, person)
        ctx.case = "title"
        row: dict[str, str] = {}
        planted: list[Planted] = []
        while True:
            mid = f"P{rng.randint(40000, 49999) * 100 + rng.randint(0, 99):07d}"
            if mid not in seen:
                seen.add(mid)
                break
        row["member_id"] = mid
        planted.append(Planted("utility:record_id", mid, "member_id", [f"lang:{lang}"]))
        _cell(row, planted, "surname", rng.choice(["{last1:name_column}", "{LAST1:name_column}"]), ctx)
        _cell(row, planted, "given_name", "{first1:name_column}", ctx)
        _cell(row, planted, "date_of_birth", "{dob}", own)
        row["gender"] = {"female": "F", "male": "M"}.get(person.gender, "X")
        _cell(row, planted, "street", "{addr1}", own)
        _cell(row, planted, "postcode", "{pc1}", own)
        _cell(row, planted, "city", "{city1}", own)
        _cell(row, planted, "iban", "{iban}", own)
        _cell(row, planted, "phone", "{phone}", own)
        plan = rng.choice(["Quinta Gold Plan", "Amelia Swim Pass", "Porto Family Plan", "Basic 12"])
        row["plan"] = plan
        planted.append(Planted("utility:product", plan, "plan", [f"lang:{lang}"]))
        _cell(row, planted, "monthly_fee", "{amt}", ctx)
        _cell(row, planted, "joined", "{date}", ctx)
        _cell(row, planted, "status", "{status}", ctx)
        ctx.case = rng.choice(["title", "lower"])
        _cell(row, planted, "notes", rng.choice(TABLE_NOTES[lang]), ctx)
        rows.append(row)
        records.append(planted)
    import pandas as pd

    path = out_dir / "b4_members.parquet"
    pd.DataFrame(rows).to_parquet(path, index=False)
    return FileSet(
        "b4_members",
        path.name,
        "parquet",
        "table",
        "mixed",
        records,
        id_columns=["member_id"],
        notes="club members (nl/pt/pl rows)",
    )


def build_staff(world: World, out_dir: Path, scale: float) -> FileSet:
    rng = random.Random(f"{world.rng.random()}-staff")
    n = _n(420, scale)
    rows, records = [], []
    start = rng.randint(1000, 3000)
    emp_ids: dict[str, str] = {}
    for person in _table_people(world, rng, n):
        lang = _row_lang(world, person, ["fr", "it", "de"])
        ctx, own = _row_ctx(world, rng, lang, person)
        ctx.case = "title"
        row: dict[str, str] = {}
        planted: list[Planted] = []
        emp = emp_ids.setdefault(person.value_full, str(start + 3 * len(emp_ids) + rng.randint(0, 2)))
        row["emp_no"] = emp
        planted.append(Planted("utility:record_id", emp, "emp_no", [f"lang:{lang}"]))
        _cell(row, planted, "name", "{lastfirst1:last_first}", ctx)
        _cell(row, planted, "national_id", "{nid}", own)
        _cell(row, planted, "iban", "{iban}", own)
        _cell(row, planted, "work_email", "{mailp1}", own)
        _cell(row, planted, "login", "{user1}", own)
        dept = rng.choice(["Lager", "Logistique", "Magazzino", "Vertrieb", "Amministrazione"])
        row["department"] = dept
        planted.append(Planted("utility:other", dept, "department", [f"lang:{lang}"]))
        _cell(row, planted, "salary", "{amt}", ctx)
        _cell(row, planted, "start_date", "{date}", ctx)
        _cell(row, planted, "manager", "{full3:name_column}", ctx)
        ctx.case = rng.choice(["title", "lower"])
        _cell(row, planted, "notes", rng.choice(TABLE_NOTES.get(lang, TABLE_NOTES["de"])), ctx)
        rows.append(row)
        records.append(planted)
    import pandas as pd

    path = out_dir / "b4_staff.tsv"
    pd.DataFrame(rows).to_csv(path, index=False, sep="\t", encoding="utf-8")
    return FileSet(
        "b4_staff",
        path.name,
        "tsv",
        "table",
        "mixed",
        records,
        id_columns=["emp_no"],
        notes="payroll staff (fr/it/de rows)",
    )


# --- entry points ---------------------------------------------------------------------------------------


def generate(out_dir: Path, *, seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[FileSet]:
    """Write the blind4 files into ``out_dir`` and return their truth (deterministic for a seed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    world = World(seed)
    sets: list[FileSet] = []
    for lang in LANGS:
        sets.append(build_genre_a(world, lang, out_dir, scale))
        sets.append(build_chat(world, lang, out_dir, scale))
        sets.append(build_genre_b(world, lang, out_dir, scale))
    sets += [
        build_orders(world, out_dir, scale),
        build_members(world, out_dir, scale),
        build_staff(world, out_dir, scale),
    ]
    canaries = sorted({w for c in world.canaries for w in name_tokens(c.value_full)})
    for s in sets:
        s.canaries = canaries
    return sets


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    sets = generate(args.out, seed=args.seed, scale=args.scale)
    write_truth(sets, args.out / "truth.json")
    total = sum(len(s.records) for s in sets)
    digest = hashlib.sha256(b"".join((args.out / s.path).read_bytes() for s in sets)).hexdigest()[:12]
    print(f"{len(sets)} files, {total} records, sha256 {digest}")


if __name__ == "__main__":
    main()

"""Third detection set ("blind3"): SME free text, chats, e-mails and three tables in 8 languages.

Held out until its breakdown was read (2026-12-05) to fix the leaks it showed: since then it is a set that
guided fixes, and `blindset4` is the held-out one.

How it was written. Apart from the engine: its author read no recognizer, cue list or vocabulary under
``anonymize/`` and none of the templates of ``devset.py``, ``devset2.py`` or ``blindset.py``; every
sentence below was written for this set. The engine is used only as a filter: every planted name word,
street root and city must be unknown to it (`anonymize.vocabulary.is_known_to_engine`), absent from
Faker's person lists (`faker_person_words`), not a common word of the eight languages (wordfreq Zipf
below 2) and no word of this module's own templates or business values. Names come from this module's
syllable inventories in styles outside the first blind set's list (Baltic, Hungarian, Greek, Turkish,
Swahili, Tagalog, Vietnamese, Persian and Maori-like romanisations; invented words must also be absent
from every mimesis name list, in their own spelling and in ASCII) and from the mimesis locales de-at,
de-ch, en-au and sk (not used by `sources`) plus fi, hr and et. Streets and cities are built from invented roots with each language's street and place
endings. Contact values reuse `bench.detection.sources` (phones via phonenumbers, IBANs and national IDs
with valid check digits via python-stdnum, postcodes); the UK NI number is built here.

What it holds (scale 1.0: 27 files, 3,300 records): ``notes_<lang>.txt`` (service-desk tickets, driver
notes, hotel reception logs, HR/onboarding notes, school-parent messages, forum posts with @mentions,
meeting minutes), ``mail_<lang>.jsonl`` (e-mails with from/to/subject/body and a quoted reply) and a
lower-case support chat per language, as JSONL (``speaker``/``text`` fields: en, fr, it, pl) or as a
plain ``name: text`` TXT (de, es, nl, pt), for en, de, fr, es, it, nl, pl, pt; and three tables of 500
rows: ``webshop_orders.csv`` (``no`` plain integers, ``customer_id`` like ``C10042``),
``staff_onboarding.tsv`` (``employee_id`` like ``E951396``) and ``club_members.parquet``
(``member_id`` like ``MBR-00412``), each with name, contact and quasi-identifier columns, product names
and a free-text notes column that repeats the row's names. Business values that must survive: products
(several named after first names or places), order/tracking/case/invoice numbers, SKUs, EANs,
versions, amounts, timestamps, non-birth dates, companies, statuses, quantities, room numbers.

Tags on planted personal values: ``lang:xx``; the case (``title``/``lower``/``upper``); the source
(``invented`` with ``style:<style>``, ``mimesis`` with ``locale:<locale>``, ``non_european``); for
PERSON the way it appears (``intro``, ``callback``, ``handover``, ``greeting``, ``signoff``, ``title``,
``relation``, ``after_product``, ``possessive``, ``plain``, ``repeat``, ``mention``, ``nickname``,
``chat_speaker``, ``email_local``, ``email_header``; in tables ``name_column``, ``last_first``),
``particle`` and ``compound`` for surnames with a particle or two parts, ``genre:<genre>`` for notes;
``canary`` on the canary people; ``intl``/``national`` on phones. Particles (van der, de la, di, bin,
al-…) are written in the text but not planted: they identify nobody.

Run: ``.venv/bin/python -m bench.detection.blindset3 --out var/blind3`` (writes the files and
truth.json); ``python -m bench.bench_detection --set blind3`` scores it (its breakdown is withheld).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from bench.detection.format import FileSet, Planted, name_tokens, write_truth

LANGS: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}
#: Languages whose chat is written as JSONL (speaker/text); the others as a plain "name: text" TXT.
JSONL_CHATS = frozenset({"en", "fr", "it", "pl"})
DEFAULT_SEED = 3_141_593


# --- filters -------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _engine_filters() -> tuple[Callable[[str], bool], frozenset[str]]:
    from anonymize.vocabulary import faker_person_words, is_known_to_engine

    return is_known_to_engine, faker_person_words()


@cache
def _mimesis_words() -> frozenset[str]:
    from bench.detection.sources import mimesis_person_words

    return mimesis_person_words()


@cache
def _own_words() -> frozenset[str]:
    """Every word this module writes around the planted values (templates, products, companies…)."""
    words: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            words.update(w.casefold() for w in _WORD.findall(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(TEXTS)
    walk(
        (
            PRODUCTS,
            COMPANIES,
            STATUSES,
            DEPARTMENTS,
            PLANS,
            LAPTOPS,
            TITLES,
            PARTICLES,
            STREET_FORMS,
            CITY_ENDINGS,
        )
    )
    return frozenset(words)


def _common(word: str) -> bool:
    from wordfreq import zipf_frequency

    return any(zipf_frequency(word, lang) >= 2.0 for lang in LANGS)


@cache
def word_ok(word: str, invented: bool = True) -> bool:
    """A word usable in a planted name, street or city: 3+ letters, unknown to the engine and Faker,
    not a common word, not one of this module's own words (and, when invented, in no mimesis list)."""
    known, faker = _engine_filters()
    folded = word.casefold()
    if len(folded) < 3 or not folded.isalpha():
        return False
    if folded in faker or folded in _own_words() or known(word) or _common(folded):
        return False
    # its ASCII spelling (e-mail local parts, usernames, people who drop accents) must pass too
    plain = _fold(word)
    if plain != folded and (plain in faker or known(plain) or _common(plain)):
        return False
    return not (invented and (folded in _mimesis_words() or plain in _mimesis_words()))


def _value_ok(value: str, invented: bool = True) -> bool:
    known, _ = _engine_filters()
    words = _WORD.findall(value)
    return bool(words) and not known(value) and all(word_ok(w, invented) for w in words)


# --- name inventories ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """A romanised naming style: first names and surnames built as onset + ending."""

    first_onsets: tuple[str, ...]
    first_endings: tuple[str, ...]
    last_roots: tuple[str, ...]
    last_endings: tuple[str, ...]
    nick_endings: tuple[str, ...]
    european: bool


STYLES: dict[str, Style] = {
    "baltic": Style(
        ("Dau", "Gied", "Rū", "Ža", "Vaid", "Ei", "Laim", "Skir", "Jov", "Ging", "Aud", "Sal"),
        ("ilė", "rutė", "gailė", "mantas", "vydas", "tautas", "dra", "mintė", "gerdas", "rūnas"),
        (
            "Žemga",
            "Kalva",
            "Barzdo",
            "Vilkme",
            "Straumi",
            "Dzirna",
            "Pakalni",
            "Ruožo",
            "Sniega",
            "Gaižu",
            "Tumša",
        ),
        ("tis", "uskas", "nas", "lytė", "vienė", "lis", "rīņš", "čius", "vičius", "nis"),
        ("ukas", "ytė", "is"),
        True,
    ),
    "hungarian": Style(
        ("Zsó", "Gyön", "Csen", "Emő", "Iloz", "Szir", "Tün", "Bors", "Vidő", "Ágo", "Kend"),
        ("fia", "ke", "nga", "rike", "kő", "bolya", "tőd", "rka", "mér", "gyes"),
        ("Várko", "Hegye", "Kövesd", "Szente", "Rába", "Tölgye", "Csoro", "Bükke", "Nyára", "Somo", "Fehér"),
        ("nyi", "falvi", "szegi", "házy", "lőrincz", "gyessy", "ffy", "di", "vári", "kuti"),
        ("ci", "kó", "si"),
        True,
    ),
    "greek": Style(
        ("Ela", "Dimo", "Stav", "Chrys", "Evag", "Thal", "Ari", "Kalli", "Ioan", "Pers", "Myr"),
        ("nthi", "tria", "roula", "thea", "stos", "nikos", "anthia", "doros", "menis", "xeni"),
        ("Pap", "Karav", "Vlach", "Sotir", "Lagk", "Mavrog", "Tsik", "Xyl", "Kouts", "Drak", "Amvr"),
        ("opoulos", "akis", "idou", "atos", "ellis", "oglou", "ianos", "aki", "iotis", "oudis"),
        ("ula", "kis", "ko"),
        True,
    ),
    "turkish": Style(
        ("Ay", "Del", "Gül", "Ece", "Tol", "Bar", "Sev", "Nil", "Öz", "Çağ", "İl", "Yağ"),
        ("şen", "nur", "fer", "güneş", "tan", "çe", "han", "sel", "kın", "dem", "piri"),
        ("Kara", "Akça", "Yılma", "Demir", "Çalış", "Özbe", "Tunç", "Kuyu", "Gökte", "Erde", "Sarı"),
        ("oğlu", "kaya", "taşlı", "dereli", "soylu", "bekçi", "yurtlu", "göllü", "kın", "lli"),
        ("oş", "iş", "cim"),
        False,
    ),
    "swahili": Style(
        ("Wa", "Nya", "Mwa", "Ke", "Ju", "Sha", "Zu", "Ta", "Rehe", "Ha", "Mo", "Ndi"),
        ("kesa", "mbui", "njiru", "limu", "tendo", "riko", "wadi", "mani", "sita", "funzo"),
        ("Mwaki", "Kibo", "Oduya", "Nyama", "Mazu", "Chande", "Kilo", "Mzee", "Baraka", "Wambu", "Simba"),
        ("kazi", "ngwe", "senga", "tembo", "rungu", "hinja", "lombe", "wezi", "mbaga", "tuli"),
        ("zi", "wa", "mo"),
        False,
    ),
    "tagalog": Style(
        ("Mari", "Ro", "Jer", "Ali", "Lu", "Che", "Dan", "Ma", "Rod", "Jo", "Ame", "Ti"),
        ("cel", "sario", "lyn", "beth", "zel", "lito", "vic", "nelia", "mae", "dalyn", "rico"),
        ("Manga", "Bagta", "Dakil", "Panla", "Tagu", "Lumba", "Magba", "Sibu", "Dimag", "Kala", "Banta"),
        ("lan", "sin", "yan", "pig", "bol", "gan", "gun", "nan", "ngan", "wan"),
        ("ng", "boy", "ay"),
        False,
    ),
    "vietnamese": Style(
        ("Th", "Ng", "Kh", "Ph", "Tr", "Nh", "H", "L", "V", "Đ", "X", "Gi"),
        ("ương", "oàn", "iệp", "uyết", "ạch", "ấn", "ơn", "ưu", "oanh", "iêm", "ảo", "ồng"),
        ("Tr", "L", "Đ", "V", "Kh", "Th", "D", "Qu", "Ng", "Ph", "Ch"),
        ("ương", "ưu", "ịnh", "oàng", "ạc", "ũ", "ân", "iêu", "ồ", "uyên"),
        (),
        False,
    ),
    "persian": Style(
        ("Par", "Shir", "Dar", "Nas", "Golb", "Ros", "Mehr", "Tar", "Yas", "Kia", "Bah", "Aza"),
        ("isa", "ineh", "yush", "ahar", "nush", "zad", "ran", "dokht", "mand", "vash"),
        ("Ghol", "Tehra", "Kazer", "Faraz", "Nikbe", "Bahma", "Sarv", "Jahan", "Esfand", "Mokhta", "Rowshan"),
        ("izadeh", "anipour", "nejad", "vand", "abadi", "ian", "doust", "far", "khani", "zamani"),
        ("i", "ji", "ou"),
        False,
    ),
    "maori": Style(
        ("Ta", "Whe", "Ra", "Hi", "Mo", "Pou", "Nga", "Ari", "Ke", "Ro", "Tu", "Wi"),
        ("nui", "rangi", "kura", "tea", "mana", "wai", "hine", "roa", "tahi", "moana"),
        ("Whaka", "Ngato", "Tama", "Ruawa", "Paere", "Hokio", "Mihi", "Tauri", "Kaiha", "Huri", "Rewi"),
        ("rau", "roa", "kino", "whiti", "nuku", "tiaki", "hapa", "ngaro", "rere", "tonga"),
        ("i", "ti", "wa"),
        False,
    ),
}
#: mimesis locales used for names (none is used by the other sets' name pools).
MIMESIS_LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en-au", "fi"),
    "de": ("de-at", "de-ch"),
    "fr": ("de-ch", "fi"),
    "es": ("hr", "et"),
    "it": ("hr", "et"),
    "nl": ("de-ch", "et"),
    "pl": ("sk", "hr"),
    "pt": ("fi", "de-at"),
}
#: Particles written before a surname per language (and non-European ones); never planted.
PARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("O'",),
    "de": ("von", "von der", "zu"),
    "fr": ("de", "de la", "du"),
    "es": ("de", "de la", "del"),
    "it": ("di", "De", "Della", "Lo"),
    "nl": ("van", "van der", "van den", "de", "ter"),
    "pl": (),
    "pt": ("da", "dos", "de"),
    "non_european": ("bin", "binti", "al-", "dela", "delos", "Te"),
}
#: Canary people: invented words that must appear in no output, log or report.
CANARY_NAMES = (
    ("Ysoldrinque", "Vrondhammerby"),
    ("Quenvalisse", "Keszthalvoric"),
    ("Ottrazinde", "Mbuzorindeka"),
)


@dataclass(frozen=True)
class Person:
    """One planted person; ``last`` is the identifying surname (hyphenated when compound)."""

    first: str
    last: str
    particle: str
    nick: str
    gender: str
    tags: tuple[str, ...]
    domain: str = ""

    def surname(self) -> str:
        if not self.particle:
            return self.last
        if self.particle.endswith(("-", "'")):
            return f"{self.particle}{self.last}"
        return f"{self.particle} {self.last}"


def _combos(onsets: tuple[str, ...], endings: tuple[str, ...], invented: bool = True) -> tuple[str, ...]:
    found = []
    for onset in onsets:
        for ending in endings:
            word = onset + ending
            if word_ok(word, invented):
                found.append(word)
    return tuple(found)


@cache
def style_pool(style: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(first names, surnames) of an invented style, every word filtered."""
    spec = STYLES[style]
    return _combos(spec.first_onsets, spec.first_endings), _combos(spec.last_roots, spec.last_endings)


@cache
def mimesis_pool(locale: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(first names, surnames) of a mimesis locale that pass the filters (single words only)."""
    import mimesis

    path = Path(mimesis.__file__).parent / "datasets" / locale / "person.json"
    data = json.loads(path.read_text(encoding="utf-8"))

    def flat(value: Any) -> list[str]:
        items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else list(value)
        return sorted({v for v in items if isinstance(v, str) and re.fullmatch(r"[^\W\d_]{3,}", v)})

    firsts = tuple(w for w in flat(data.get("names", {})) if word_ok(w, invented=False))
    lasts = tuple(w for w in flat(data.get("surnames", {})) if word_ok(w, invented=False))
    return firsts, lasts


def _nickname(rng: random.Random, first: str, endings: tuple[str, ...]) -> str:
    for _ in range(6 if endings else 0):
        cut = rng.randint(2, max(2, min(4, len(first) - 1)))
        nick = first[:cut] + rng.choice(endings)
        if nick.casefold() != first.casefold() and word_ok(nick):
            return nick
    return ""


def make_person(rng: random.Random, lang: str) -> Person:
    """A person whose words pass every filter, from an invented style (60 %) or a mimesis locale."""
    gender = rng.choice(("f", "m"))
    for _ in range(50):
        if rng.random() < 0.6:
            style = rng.choice(sorted(STYLES))
            firsts, lasts = style_pool(style)
            spec = STYLES[style]
            tags = ["invented", f"style:{style}"] + ([] if spec.european else ["non_european"])
            nick_endings = spec.nick_endings
        else:
            locales = MIMESIS_LOCALES[lang]
            locale = rng.choice(locales)
            with_surnames = [loc for loc in locales if mimesis_pool(loc)[1]] or list(locales)
            firsts = mimesis_pool(locale)[0]
            lasts = mimesis_pool(locale if mimesis_pool(locale)[1] else rng.choice(with_surnames))[1]
            tags = ["mimesis", f"locale:{locale}"]
            nick_endings = ("i", "ka", "o")
        if not firsts or not lasts:
            continue
        first, last = rng.choice(firsts), rng.choice(lasts)
        if rng.random() < 0.12:
            other = rng.choice(lasts)
            if other != last:
                last = f"{last}-{other}"
                tags.append("compound")
        particle = ""
        if rng.random() < 0.14:
            choices = PARTICLES["non_european" if "non_european" in tags else lang]
            if choices:
                particle = rng.choice(choices)
                tags.append("particle")
        nick = _nickname(rng, first, nick_endings)
        return Person(first, last, particle, nick, gender, tuple(tags))
    raise RuntimeError("no name passes the filters")


def canary_people() -> list[Person]:
    return [
        Person(f, s, "", "", "f" if i % 2 else "m", ("invented", "canary"))
        for i, (f, s) in enumerate(CANARY_NAMES)
    ]


# --- places ----------------------------------------------------------------------------------------------

_PLACE_ONSETS = (
    "Kel",
    "Vorn",
    "Brask",
    "Timl",
    "Osk",
    "Mirv",
    "Draun",
    "Fels",
    "Quarn",
    "Zel",
    "Hovr",
    "Lun",
    "Pesk",
    "Wart",
    "Gorm",
    "Nald",
)
_PLACE_MIDDLES = ("a", "e", "i", "o", "u", "ar", "en", "il", "ov", "um")
#: Street patterns per language; ``{root}`` is an invented word, ``{no}`` the house number.
STREET_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("{no} {root} Road", "{no} {root} Lane", "Flat {flat}, {no} {root} Street", "{no} {root} Close"),
    "de": ("{root}straße {no}", "{root}weg {no}", "Am {root}hof {no}", "{root}gasse {no}a"),
    "fr": (
        "{no} rue de {root}",
        "{no}, allée des {root}s",
        "{no} bis avenue {root}",
        "{no} chemin de {root}",
    ),
    "es": ("Calle {root} {no}, {flat}º", "Avda. de {root} {no}", "C/ {root} {no}", "Plaza {root} {no}"),
    "it": ("Via {root} {no}", "Viale {root} {no}/B", "Piazza {root} {no}", "Vicolo {root} {no}"),
    "nl": ("{root}straat {no}", "{root}laan {no}", "{root}gracht {no}-{flat}", "{root}weg {no}"),
    "pl": ("ul. {root}ska {no}/{flat}", "ul. {root}owa {no}", "al. {root}skiego {no}", "os. {root} {no}"),
    "pt": (
        "Rua {root} {no}, {flat}º Esq.",
        "Av. {root} {no}",
        "Travessa do {root} {no}",
        "Largo {root} {no}",
    ),
}
CITY_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("ford", "bury", "wick", "ham", "stow", "mouth"),
    "de": ("ingen", "hausen", "feld", "dorf", "bach", "stedt"),
    "fr": ("ville", "ac", "court", "ignan", "mont", "ieux"),
    "es": ("ejo", "illa", "ares", "ón", "uela", "edo"),
    "it": ("ello", "ano", "ate", "ona", "engo", "iglia"),
    "nl": ("wijk", "dam", "recht", "hoven", "horst", "zijl"),
    "pl": ("ów", "ice", "owo", "ewo", "in", "ówka"),
    "pt": ("eira", "elo", "ães", "ões", "inha", "al"),
}


@cache
def place_roots() -> tuple[str, ...]:
    roots = []
    for onset in _PLACE_ONSETS:
        for middle in _PLACE_MIDDLES:
            root = onset + middle
            if word_ok(root):
                roots.append(root)
    return tuple(roots)


@cache
def city_pool(lang: str) -> tuple[str, ...]:
    cities = []
    for root in place_roots():
        for ending in CITY_ENDINGS[lang]:
            city = root.rstrip("aeiou") + ending if ending[0] in "aeiouãõáéíóúäöå" else root + ending
            if _value_ok(city):
                cities.append(city)
    return tuple(cities)


# --- values ----------------------------------------------------------------------------------------------

_START = datetime(2024, 9, 1, 7, 0, tzinfo=UTC)
MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
}
TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"f": ("Mrs", "Ms", "Miss", "Dr"), "m": ("Mr", "Mr.", "Dr")},
    "de": {"f": ("Frau", "Fr.", "Frau Dr."), "m": ("Herr", "Hr.", "Herrn")},
    "fr": {"f": ("Madame", "Mme", "Mme."), "m": ("Monsieur", "M.", "Me")},
    "es": {"f": ("Sra.", "doña", "la señora"), "m": ("Sr.", "don", "el señor")},
    "it": {"f": ("Sig.ra", "signora", "dott.ssa"), "m": ("Sig.", "signor", "dott.")},
    "nl": {"f": ("mevrouw", "mevr.", "Mw."), "m": ("meneer", "dhr.", "de heer")},
    "pl": {"f": ("Pani", "pani", "p."), "m": ("Pan", "pan", "p.")},
    "pt": {"f": ("Sra.", "D.", "a senhora"), "m": ("Sr.", "o senhor", "Eng.")},
}
PRODUCTS: tuple[str, ...] = (
    "Margot Desk Lamp",
    "Oskar Cargo Bike",
    "Clara Espresso Grinder",
    "Bruno Orthopaedic Dog Bed",
    "Bergen Rain Jacket",
    "Siena Wall Tile 20x20",
    "Porto Tumbler 350 ml",
    "Lotte Baby Carrier",
    "Felix Standing Desk",
    "Havana Linen Shirt",
    "Oslo Sofa 3-Seater",
    "Nora Kettle 1.7 L",
    "Milano Espresso Cups",
    "Greta Wool Blanket",
    "Atlas Trail Backpack 28L",
    "Vienna Bentwood Chair",
    "Aurora Smart Bulb E27",
    "Jasper Chef Knife 20 cm",
    "Rosa Garden Hose 25 m",
    "Luca Kids Helmet",
    "Camden Leather Wallet",
    "Sofia Mattress 140x200",
    "Leo Night Light",
    "Bordeaux Wine Glasses",
    "Emma Hair Dryer 2000W",
    "Heidelberg Bread Bin",
    "Max Power Drill 18V",
    "Iris Yoga Mat",
    "Brighton Beach Towel",
    "Hugo Coffee Table",
    "Valencia Citrus Juicer",
    "Victor Vacuum Flask",
    "Olivia Office Chair",
    "Geneva Wall Clock",
    "ThermoBox Pro",
    "CleanSweep X3 Robot Vacuum",
    "AquaPure Filter Jug",
    "PixelFrame 10",
    "TrailRunner GTX",
    "SoundPod Mini",
    "FlexiHose 15 m",
    "EcoPads 30-pack",
    "SnapCharge 65W",
    "Lumio Reading Light",
)
COMPANIES: tuple[str, ...] = (
    "Nordlicht Logistik GmbH",
    "Brightwell Couriers Ltd",
    "Atelier Bleu SARL",
    "Ferretería Solmar S.L.",
    "Ponte Verde S.r.l.",
    "De Groene Fiets B.V.",
    "Bałtyk Trans Sp. z o.o.",
    "Maré Alta Lda.",
    "Kessel & Sohn KG",
    "Hotel Zur Linde",
    "Quickparts Direct",
    "Fjordline Travel AS",
    "Sunfield Foods plc",
    "Tecnoluz Ibérica S.A.",
    "Studio Lanterna",
    "Polar Parcel",
    "Hotel Miramar",
    "Café Central",
)
STATUSES: dict[str, tuple[str, ...]] = {
    "en": ("open", "pending", "resolved", "on hold", "closed"),
    "de": ("offen", "in Bearbeitung", "erledigt", "wartet auf Kunde", "geschlossen"),
    "fr": ("ouvert", "en attente", "résolu", "en cours", "clôturé"),
    "es": ("abierto", "pendiente", "resuelto", "en curso", "cerrado"),
    "it": ("aperto", "in lavorazione", "risolto", "sospeso", "chiuso"),
    "nl": ("open", "in behandeling", "afgehandeld", "wacht op klant", "gesloten"),
    "pl": ("otwarte", "w toku", "rozwiązane", "wstrzymane", "zamknięte"),
    "pt": ("aberto", "pendente", "resolvido", "em curso", "fechado"),
}
DEPARTMENTS: tuple[str, ...] = (
    "Logistics",
    "Finance",
    "Customer Care",
    "Warehouse",
    "IT",
    "Sales",
    "Kitchen",
    "Front Office",
)
PLANS: tuple[str, ...] = (
    "Family 12",
    "Student Flex",
    "Premium 24",
    "Basic",
    "Off-Peak",
    "Senior Plus",
    "Corporate 3",
)
_QTY: dict[str, tuple[str, ...]] = {
    "en": ("{n} pcs", "{n}x", "qty {n}", "{n} units"),
    "de": ("{n} Stück", "{n}x", "{n} Stk."),
    "fr": ("{n} pièces", "{n}x", "qté {n}"),
    "es": ("{n} unidades", "{n} uds.", "{n} ud."),
    "it": ("{n} pezzi", "{n}x", "qtà {n}"),
    "nl": ("{n} stuks", "{n}x", "{n} st."),
    "pl": ("{n} szt.", "{n}x", "{n} sztuk"),
    "pt": ("{n} unidades", "{n} un.", "{n} peças"),
}
COMPANY_DOMAINS = (
    "nordlicht-logistik.de",
    "brightwell.co.uk",
    "atelierbleu.fr",
    "solmar.es",
    "ponteverde.it",
    "groenefiets.nl",
    "baltyktrans.pl",
    "marealta.pt",
)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def moment(rng: random.Random) -> datetime:
    return _START + timedelta(minutes=rng.randint(0, 60 * 24 * 540))


def fmt_date(rng: random.Random, lang: str, when: datetime) -> str:
    """A date as people of ``lang`` write it (numeric or with the month's name)."""
    d, m, y = when.day, when.month, when.year
    month = MONTHS[lang][m - 1]
    forms = {
        "en": (f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{y}-{m:02d}-{d:02d}"),
        "de": (f"{d:02d}.{m:02d}.{y}", f"{d}. {month} {y}", f"{d}.{m}.{y}"),
        "fr": (f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}"),
        "es": (f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}"),
        "it": (f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}"),
        "nl": (f"{d:02d}-{m:02d}-{y}", f"{d} {month} {y}"),
        "pl": (f"{d:02d}.{m:02d}.{y}", f"{d} {month} {y}", f"{y}-{m:02d}-{d:02d}"),
        "pt": (f"{d:02d}/{m:02d}/{y}", f"{d} de {month} de {y}"),
    }[lang]
    return rng.choice(forms)


def fmt_timestamp(rng: random.Random, lang: str, when: datetime) -> str:
    forms = [f"{when:%Y-%m-%d %H:%M}", f"{when:%Y-%m-%dT%H:%M:%S}"]
    forms.append(f"{when:%d.%m.%Y %H:%M}" if lang in {"de", "pl"} else f"{when:%d/%m/%Y %H:%M}")
    return rng.choice(forms)


def fmt_amount(rng: random.Random, lang: str) -> str:
    value = rng.choice(
        [rng.randint(3, 99) + rng.choice([0, 0.5, 0.9, 0.99]), rng.randint(100, 2400) + rng.choice([0, 0.5])]
    )
    whole, cents = int(value), round((value - int(value)) * 100)
    if lang == "en":
        return rng.choice([f"£{whole:,}.{cents:02d}", f"€{whole:,}.{cents:02d}", f"GBP {whole}.{cents:02d}"])
    grouped = f"{whole:,}".replace(",", ".")
    if lang == "pl":
        return rng.choice([f"{grouped},{cents:02d} zł", f"{whole},{cents:02d} PLN"])
    return rng.choice([f"{grouped},{cents:02d} €", f"€ {grouped},{cents:02d}", f"{whole},{cents:02d} EUR"])


def order_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"ORD-{rng.randint(2024, 2026)}-{_digits(rng, 6)}",
            f"40{_digits(rng, 8)}",
            f"A{_digits(rng, 7)}",
            f"WEB-{_digits(rng, 5)}-{_digits(rng, 2)}",
            f"PO{_digits(rng, 6)}",
        ]
    )


def tracking_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"JJD00{_digits(rng, 16)}",
            f"1Z{_letters(rng, 3)}{_digits(rng, 3)}{_digits(rng, 10)}",
            f"3S{_letters(rng, 4)}{_digits(rng, 7)}",
            f"{_letters(rng, 2)}{_digits(rng, 9)}GB",
            f"{_digits(rng, 11)}",
        ]
    )


def case_number(rng: random.Random) -> str:
    return rng.choice(
        [
            f"CASE-{_digits(rng, 5)}",
            f"INC{_digits(rng, 7)}",
            f"SR-{rng.randint(2024, 2026)}-{_digits(rng, 4)}",
            f"TCK{_digits(rng, 6)}",
        ]
    )


def invoice_number(rng: random.Random) -> str:
    y = rng.randint(2024, 2026)
    return rng.choice(
        [
            f"INV-{y}-{_digits(rng, 4)}",
            f"RE{y}{_digits(rng, 5)}",
            f"FA-{y}-{_digits(rng, 5)}",
            f"FV/{_digits(rng, 4)}/{rng.randint(1, 12):02d}/{y}",
            f"F{y}/{_digits(rng, 4)}",
        ]
    )


def sku(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{_letters(rng, 2)}-{_digits(rng, 3)}-{_letters(rng, 3)}",
            f"{_letters(rng, 3)}{_digits(rng, 4)}-{_letters(rng, 1)}",
            f"SKU {_digits(rng, 6)}",
        ]
    )


def ean(rng: random.Random) -> str:
    from stdnum import ean as std_ean

    body = rng.choice(["40", "30", "84", "80", "87", "59", "56", "50"]) + _digits(rng, 10)
    return body + std_ean.calc_check_digit(body)


def version(rng: random.Random) -> str:
    a, b, c = rng.randint(1, 9), rng.randint(0, 24), rng.randint(0, 30)
    return rng.choice([f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"{a}.{b}", f"{a}.{b}.{c}-{rng.randint(10, 99)}"])


def uk_nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    body = _digits(rng, 6)
    return rng.choice(
        [
            f"{first}{second}{body}{rng.choice('ABCD')}",
            f"{first}{second} {body[:2]} {body[2:4]} {body[4:]} {rng.choice('ABCD')}",
        ]
    )


def national_id(rng: random.Random, lang: str) -> str:
    from bench.detection.sources import national_id as nid

    if lang == "en":
        return uk_nino(rng)
    found = nid(rng, COUNTRY[lang])
    return found[0] if found else uk_nino(rng)


@cache
def _example_numbers(country: str) -> tuple[str, ...]:
    import phonenumbers
    from phonenumbers import PhoneNumberType

    found = []
    for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
        example = phonenumbers.example_number_for_type(country, kind)
        if example is not None:
            found.append(str(example.national_number))
    return tuple(found)


def phone_number(rng: random.Random, lang: str) -> tuple[str, str]:
    """A phone of the language's country, (text, form); never libphonenumber's example number, which
    `sources.phone` falls back to when it finds no valid random one (Italian fixed lines)."""
    from bench.detection.sources import phone

    country = COUNTRY[lang]
    text, form = phone(rng, country)
    for _ in range(20):
        if not re.sub(r"\D", "", text).endswith(_example_numbers(country)):
            break
        text, form = phone(rng, country)
    return text, form


def street(rng: random.Random, lang: str) -> str:
    form = rng.choice(STREET_FORMS[lang])
    return form.format(root=rng.choice(place_roots()), no=rng.randint(1, 188), flat=rng.randint(1, 9))


def _fold(value: str) -> str:
    from bench.detection.sources import fold_ascii

    return fold_ascii(value).replace("-", "").replace("'", "")


# --- records ---------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{([A-Za-z]+\d?)(?:\.([a-z_]+))?\}")
_ROLE = re.compile(r"^([ABCS])([flntue]?)$")
_DEFAULT_WAY = {"": "plain", "f": "plain", "l": "plain", "n": "nickname", "t": "title"}


class Record:
    """One record being written: fills template slots and keeps the truth of what it planted."""

    def __init__(
        self,
        rng: random.Random,
        lang: str,
        case: str,
        people: dict[str, Person],
        tags: list[str],
        *,
        lower_all: bool = False,
    ) -> None:
        self.rng, self.lang, self.case, self.people = rng, lang, case, people
        self.tags = [f"lang:{lang}", *tags]
        self.lower_all = lower_all
        self.planted: list[Planted] = []
        self._cache: dict[str, str] = {}
        self.seen: set[str] = set()

    # names
    def cased(self, text: str) -> str:
        return text.lower() if self.case == "lower" else text.upper() if self.case == "upper" else text

    def plant(self, entity: str, value: str, fld: str, extra: list[str]) -> None:
        self.planted.append(Planted(entity, value, fld, [*self.tags, *extra]))

    def person(self, role: str, part: str, way: str | None, fld: str) -> str:
        """A person's name part (full, first, last, title + last, nickname, username, e-mail) in the
        record's case; plants the identifying words (never a particle) with the way it appears."""
        person = self.people[role]
        way = way or _DEFAULT_WAY.get(part, "plain")
        key = f"{role}{part}"
        if key in self.seen and way == "plain":
            way = "repeat"
        self.seen.add(key)
        tags = [*person.tags, way]
        if part == "e":
            return self.email(role, fld)
        if part == "u":
            return self.username(role, fld, tags)
        if part == "n" and not person.nick:
            part = "f"
        first, last = self.cased(person.first), self.cased(person.surname())
        core_last = self.cased(person.last)
        if part == "f":
            self.plant("PERSON", first, fld, [self.case, *tags])
            return first
        if part == "n":
            nick = self.cased(person.nick)
            self.plant(
                "PERSON",
                nick,
                fld,
                [self.case, *tags, "nickname"] if way != "nickname" else [self.case, *tags],
            )
            return nick
        if part in {"l", "t"}:
            self.plant("PERSON", core_last, fld, [self.case, *tags])
            if part == "t":
                return f"{self.rng.choice(TITLES[self.lang][person.gender])} {last}"
            return last
        self.plant("PERSON", f"{first} {core_last}", fld, [self.case, *tags])
        return f"{first} {last}"

    def email(self, role: str, fld: str) -> str:
        """The person's e-mail (one per record); the name words in its local part are planted too."""
        key = f"{role}:email"
        person = self.people[role]
        if key not in self._cache:
            first, last = _fold(person.first), _fold(person.last)
            local = self.rng.choice(
                [
                    f"{first}.{last}",
                    f"{first[0]}.{last}",
                    f"{first}{self.rng.randint(1, 99)}",
                    f"{last}.{first}",
                    f"{first}_{last}",
                    f"{last}{self.rng.randint(60, 99)}",
                ]
            )
            domain = person.domain or self.rng.choice(_mail_domains(self.lang))
            self._cache[key] = f"{local}@{domain}"
        address = self._cache[key]
        local = address.split("@", 1)[0]
        self.plant("EMAIL_ADDRESS", address, fld, ["lower", *person.tags])
        words = [t for t in name_tokens(local) if t in {_fold(person.first), _fold(person.last)}]
        if words:
            self.plant("PERSON", " ".join(words), fld, ["lower", *person.tags, "email_local"])
        return address

    def username(self, role: str, fld: str, tags: list[str]) -> str:
        """A login built from the person's name or nickname (one per record)."""
        key = f"{role}:user"
        person = self.people[role]
        if key not in self._cache:
            first, last = _fold(person.first), _fold(person.last)
            nick = _fold(person.nick) if person.nick else first
            self._cache[key] = self.rng.choice(
                [
                    f"{first}_{last}",
                    f"{first}{self.rng.randint(1, 99)}",
                    f"{last}{self.rng.randint(70, 99)}",
                    f"{nick}_{self.rng.randint(1, 9)}",
                    f"{first}.{last}",
                ]
            )
        value = self._cache[key]
        self.plant("USERNAME", value, fld, ["lower", *tags])
        return value

    # other values
    def value(self, slot: str, fld: str) -> str:
        """A personal or business value for a slot (the same slot gives the same value in a record)."""
        base = slot.rstrip("0123456789")
        if slot in self._cache:
            text = self._cache[slot]
        else:
            text = self._make(base)
            self._cache[slot] = text
        entity, tags = self._entity(base, text)
        self.plant(entity, text, fld, tags)
        return text

    def _make(self, base: str) -> str:
        rng, lang = self.rng, self.lang
        if base == "phone":
            text, form = phone_number(rng, lang)
            self._cache["phone:form"] = "national" if form == "national" else "intl"
            return text
        if base == "iban":
            from bench.detection.sources import iban

            return iban(rng, COUNTRY[lang])[0]
        if base == "natid":
            return national_id(rng, lang)
        if base == "street":
            return street(rng, lang)
        if base == "postcode":
            from bench.detection.sources import postcode

            return postcode(rng, COUNTRY[lang])
        if base == "city":
            return rng.choice(city_pool(lang))
        if base == "dob":
            born = datetime(rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28), tzinfo=UTC)
            return fmt_date(rng, lang, born)
        makers: dict[str, Callable[[], str]] = {
            "product": lambda: rng.choice(PRODUCTS),
            "order": lambda: order_number(rng),
            "tracking": lambda: tracking_number(rng),
            "case": lambda: case_number(rng),
            "invoice": lambda: invoice_number(rng),
            "sku": lambda: sku(rng),
            "ean": lambda: ean(rng),
            "version": lambda: version(rng),
            "amount": lambda: fmt_amount(rng, lang),
            "ts": lambda: fmt_timestamp(rng, lang, moment(rng)),
            "time": lambda: f"{rng.randint(7, 21):02d}:{rng.choice(['00', '15', '30', '45', '05', '50'])}",
            "date": lambda: fmt_date(rng, lang, moment(rng)),
            "company": lambda: rng.choice(COMPANIES),
            "status": lambda: rng.choice(STATUSES[lang]),
            "qty": lambda: rng.choice(_QTY[lang]).format(n=rng.randint(2, 24)),
            "dept": lambda: rng.choice(DEPARTMENTS),
            "num": lambda: str(rng.randint(2, 12)),
            "laptop": lambda: rng.choice(LAPTOPS),
            "room": lambda: str(
                rng.choice(
                    [
                        rng.randint(101, 129),
                        rng.randint(201, 228),
                        rng.randint(301, 318),
                        rng.randint(401, 412),
                    ]
                )
            ),
        }
        text = makers[base]()
        if self.lower_all and base in {"product", "company", "status", "street", "city"}:
            text = text.lower()
        return text

    def _entity(self, base: str, text: str) -> tuple[str, list[str]]:
        personal = {
            "phone": "PHONE_NUMBER",
            "iban": "IBAN_CODE",
            "natid": "NATIONAL_ID",
            "street": "STREET_ADDRESS",
            "postcode": "POSTCODE",
            "city": "CITY",
            "dob": "DATE_OF_BIRTH",
        }
        if base in personal:
            extra = ["lower" if self.lower_all and base in {"street", "city"} else "title"]
            if base == "phone":
                extra.append(self._cache.get("phone:form", "national"))
            return personal[base], extra
        kind = {
            "product": "product",
            "order": "order_number",
            "tracking": "tracking_number",
            "case": "case_number",
            "invoice": "invoice_number",
            "sku": "sku",
            "ean": "ean",
            "version": "version",
            "amount": "amount",
            "ts": "timestamp",
            "time": "timestamp",
            "date": "date",
            "company": "company",
            "status": "status",
            "qty": "quantity",
            "room": "other",
            "dept": "other",
            "num": "quantity",
            "laptop": "product",
        }[base]
        extra = []
        if base == "product":
            first_word = text.split()[0].casefold()
            if first_word in _PRODUCT_PERSON:
                extra.append("product_first_name")
            elif first_word in _PRODUCT_PLACE:
                extra.append("product_place")
        return f"utility:{kind}", extra

    def fill(self, template: str, fld: str = "text") -> str:
        """The template with every slot filled; each filled slot is planted in ``fld``."""

        def one(match: re.Match[str]) -> str:
            slot, way = match.group(1), match.group(2)
            role = _ROLE.match(slot)
            if role:
                return self.person(role.group(1), role.group(2), way, fld)
            return self.value(slot, fld)

        return _SLOT.sub(one, template)


_PRODUCT_PERSON = frozenset(
    {
        "margot",
        "oskar",
        "clara",
        "bruno",
        "lotte",
        "felix",
        "nora",
        "greta",
        "jasper",
        "rosa",
        "luca",
        "sofia",
        "leo",
        "emma",
        "max",
        "iris",
        "hugo",
        "victor",
        "olivia",
    }
)
_PRODUCT_PLACE = frozenset(
    {
        "bergen",
        "siena",
        "porto",
        "havana",
        "oslo",
        "milano",
        "atlas",
        "vienna",
        "camden",
        "bordeaux",
        "heidelberg",
        "brighton",
        "valencia",
        "geneva",
    }
)


@cache
def _mail_domains(lang: str) -> tuple[str, ...]:
    from bench.detection.sources import MAIL_DOMAINS

    return tuple(MAIL_DOMAINS[lang])


# --- texts -----------------------------------------------------------------------------------------------
# Slots: {A}/{B}/{C} people of the record, {S} a staff member; a suffix picks the part (f first name,
# l surname, t title + surname, n nickname, u username, e e-mail) and ``.way`` the way tag. Other slots
# are values ({phone}, {iban}, {street}, {product}, {order}…); a trailing digit asks for a second value.

TEXTS: dict[str, dict[str, list[Any]]] = {}

TEXTS["en"] = {
    "notes": [
        (
            "desk",
            "{ts} caller gave her name as {A.intro}, {product} keeps rebooting since {version}; escalated to {S.handover}, ref {case}.",
        ),
        (
            "desk",
            "Spoke to {At} again about invoice {invoice} ({amount}). {Af.repeat} says the money left her account on {date}. Will chase accounts. – {Sf.signoff}",
        ),
        ("desk", "{company} | {A} can't log in as {Au}; reset link sent to {Ae}. Status: {status}."),
        (
            "desk",
            "Please ring back {Af.callback} on {phone} before Friday, order {order} still shows {status}.",
        ),
        (
            "desk",
            "Handed over to {S.handover}: customer {A} wants a refund for {qty} {product} ({sku}), paid {amount}.",
        ),
        (
            "desk",
            "{product} {A.after_product} rang – lid cracked after two weeks, wants a swap. Order {order}, EAN {ean}.",
        ),
        (
            "delivery",
            "Driver note {date}: parcel {tracking} left with neighbour {B.relation} at the back door, {Af} was out.",
        ),
        ("delivery", "RING TWICE – {At} is hard of hearing. {street}, {postcode} {city}. Mobile {phone}."),
        (
            "delivery",
            "Couldn't find {street}, called {A.callback} on {phone}; she said leave it with her son {Bf.relation} next door.",
        ),
        (
            "delivery",
            "{time} redelivery for {A}: {num} boxes of {product}, signed for by {B.relation} (husband). Tracking {tracking}.",
        ),
        ("hotel", "Room {room}: {At} checked in {ts}, late checkout agreed, booked through {company}."),
        (
            "hotel",
            "Guest {A.intro} lost the key card for {room}, ID checked, new card issued by {Sf.handover}.",
        ),
        (
            "hotel",
            "Night shift: {A} and her partner {Bf.relation} complained about noise from {room2}. Offered a {amount} voucher.",
        ),
        (
            "hotel",
            "Wake-up call 06:30 for {At}, taxi to the airport booked. Guest born {dob}, passport seen.",
        ),
        (
            "hr",
            "Onboarding {date}: {A.intro} starts in {dept}, her buddy is {Bf.relation}. Laptop {laptop}, asset {sku}. Salary to {iban}.",
        ),
        (
            "hr",
            "New starter {A}, date of birth {dob}, NI number {natid}, lives at {street}, {postcode} {city}.",
        ),
        (
            "hr",
            "{Af.possessive}'s probation review is due {date}; {S.handover} to confirm with payroll. Emergency contact: {B.relation} ({phone}).",
        ),
        (
            "school",
            "Message from {B.relation}, mum of {Af.relation} in Year 4: grandma {C.relation} will collect {Af.repeat} on Thursday.",
        ),
        (
            "school",
            "Hi Ms {Sl.title}, {Af} has a dentist appointment on {date} so will leave at 11:15. Thanks, {B.signoff}",
        ),
        ("school", "Reminder for {At}: trip payment {amount} under ref {invoice}. Questions to {Ae}."),
        (
            "forum",
            "@{Af.mention} try a factory reset on the {product}, firmware {version} fixed it for me. Cheers, {Bf.signoff}",
        ),
        (
            "forum",
            "Thanks {Af.greeting}! Also pinging @{Bf.mention}, she had the same problem with order {order}.",
        ),
        (
            "forum",
            "Posted by {Au} on {ts}: anyone else's {product} blinking red? Mine is {sku}, bought from {company}.",
        ),
        (
            "forum",
            "{An.nickname} (real name {A}) is organising the swap meet on {date}, DM her or call {phone}.",
        ),
        (
            "minutes",
            "Minutes {date} – present: {A}, {B}, {Sf} (chair). Action: {Af.repeat} sends the Q3 figures to {company} by {date2}.",
        ),
        (
            "minutes",
            "AOB: {At} raised the {product} recall; {Bf.handover} will follow up with the supplier. Next meeting {date}.",
        ),
        ("desk", "cb req: {A.callback} wants a call back re {invoice}, best after 4pm on {phone}"),
        (
            "desk",
            "Returned {product} {Af.after_product}'s order {order} – box damaged, refund {amount} approved by {Sf.handover}.",
        ),
        (
            "forum",
            "@{Au.mention} @{Bf.mention} the {version} update is out, changelog on the {company} site.",
        ),
        (
            "desk",
            "{ts} – this is {A.intro} from flat 3, the {product} I bought ({ean}) won't pair. Tracking was {tracking}.",
        ),
        (
            "hotel",
            "Early arrival: {Af.possessive}'s room {room} not ready, luggage stored. Her brother {B.relation} joins tomorrow.",
        ),
        (
            "school",
            "Lost property: {Af.possessive}'s lunchbox found in the hall, {Bf.relation} (dad) will pick it up. – {S.signoff}",
        ),
        (
            "desk",
            "Please call {At.callback} back asap: direct debit for {invoice} bounced, IBAN on file {iban}.",
        ),
        (
            "minutes",
            "Welcome to {A.intro} (goes by {An.nickname}) who joins the committee; thanks to {B} for 6 years as treasurer.",
        ),
    ],
    "chat_c": [
        "hi, my name is {A.intro}, my {product} arrived broken",
        "order number is {order}, paid {amount} on {date}",
        "you can reach me on {phone} after 5",
        "it's {Ae} – same as on the account",
        "address is {street}, {postcode} {city}",
        "my husband {B.relation} placed the order actually, it's under his name",
        "thanks {Sf.greeting}, that's really helpful",
        "still waiting, tracking {tracking} hasn't moved since {date}",
        "ok cheers, {Af.signoff}",
        "can {C.handover} call me back? he was dealing with it last week",
        "this is {A.intro} again, ref {case}",
        "my username is {Au}, version {version}",
    ],
    "chat_a": [
        "hi {Af.greeting}, thanks for waiting – i'm {Sf.intro} from {company}",
        "thanks {Af.greeting}, i can see order {order} with {qty} {product}",
        "i've opened case {case} and passed it to {C.handover}",
        "could you confirm your date of birth for security? we have {dob} on file",
        "refund of {amount} issued today, you'll see it in 3-5 days",
        "{Af.greeting}, the courier says it was left with {B.relation} at no. 12",
        "no worries {An.greeting}, anything else i can help with?",
        "i'll note {phone} as the best number, {Af.repeat}",
        "i'll ring you back, {Af.callback}, on {phone} in 10 min",
        "@{Af.mention} see invoice {invoice} attached",
    ],
    "subject": [
        "Re: order {order}",
        "Complaint – {product}",
        "Invoice {invoice} query",
        "Re: Re: case {case} ({status})",
        "Delivery for {A}",
    ],
    "mail_in": [
        "Hello {Sf.greeting},\n\nI ordered {qty} {product} on {date} (order {order}) and only half arrived. Could you check with {company}?\n\nBest wishes,\n{A.signoff}\n{phone}",
        "Dear team,\n\nPlease update my address to {street}, {postcode} {city}. My account is under {Ae}.\n\nThanks,\n{Af.signoff}",
        "Hi,\n\nmy mother {B.relation} is the account holder but she's in hospital – can I collect the {product} for her? Reference {case}.\n\nRegards\n{A.signoff}",
        "Hi {Sf.greeting},\n\nthe refund of {amount} for invoice {invoice} still hasn't reached {iban}. It's been two weeks.\n\n{Af.signoff}",
        (
            "Booking {case} – change of dates",
            "Hi there,\n\nwe're booked in for {date} (booking {case}) but my partner {B.relation} can only come a day later. Can we keep room {room}?\n\nThanks so much,\n{Af.signoff} & {Bf.signoff}",
        ),
        (
            "Absence {date}",
            "Dear {St.greeting},\n\n{Bf.relation} will be off school on {date} – family funeral. Her brother {Cf.relation} is in Year 2 and will be off as well.\n\nKind regards,\n{A.signoff}",
        ),
        "Hello,\n\nplease close my account ({Au}) and delete my data. Last order was {order}.\n\n{A.signoff}\nborn {dob}",
    ],
    "mail_out": [
        "Dear {At.greeting},\n\nthank you for your patience. Your replacement {product} ({sku}) ships today with tracking {tracking}.\n\nKind regards,\n{S.signoff}\n{company}",
        "Hi {Af.greeting},\n\nI've passed your case {case} to my colleague {B.handover}, who looks after {company} orders. She'll ring you on {phone}.\n\nBest,\n{Sf.signoff}",
        "Hello {A.greeting},\n\nwe've credited {amount} against invoice {invoice}. Status is now {status}.\n\nThanks,\n{Sf.signoff} – Customer Care",
        (
            "Welcome to the team, {Af}!",
            "Hi {Af.greeting},\n\nwelcome aboard! Your first day is {date}; ask for {B.handover} at reception. Please bring your NI number ({natid}) and bank details.\n\nCheers,\n{Sf.signoff}\nPeople Team",
        ),
        "Dear {At.greeting},\n\nyour {product} has been collected by our courier (tracking {tracking}). We'll update you once it reaches {company}.\n\nRegards,\n{S.signoff}",
    ],
    "quote_head": ["On {date2}, {X} wrote:", "-----Original Message-----\nFrom: {X}\nSent: {ts2}"],
    "row_orders": [
        "leave with neighbour {B.relation} if out",
        "{Af} called twice about the delay",
        "gift for her sister {Bf.relation}, no invoice in the box",
        "ring {At} on arrival, gate code 4471",
        "{Af} is collecting in store, ID checked",
        "neighbour {Bf.relation} at no. 7 has a key",
    ],
    "row_staff": [
        "buddy: {B.handover}; desk next to {Cf}",
        "{Af} prefers to be called {An.nickname}",
        "start moved to {date}, agreed with {S.handover}",
        "emergency contact {B.relation} {phone}",
        "works Tue-Thu, shares desk with {C}",
        "laptop handed over by {Sf.handover}",
    ],
    "row_members": [
        "joined with partner {B.relation}",
        "{Af} asked for a locker near the pool",
        "referred by {B}, voucher sent",
        "card lost, new one handed over by {Sf.handover}",
        "{An.nickname} plays Tue doubles with {B}",
        "pays by standing order from {iban}",
    ],
}

TEXTS["de"] = {
    "notes": [
        (
            "desk",
            "{ts} Anruferin nannte sich {A.intro}, ihr {product} startet seit Update {version} ständig neu. Weitergeleitet an {S.handover}, Vorgang {case}.",
        ),
        ("desk", "Rückruf an {At} bis Freitag unter {phone}, Bestellung {order} steht noch auf „{status}“."),
        ("desk", "{A} kommt mit dem Login {Au} nicht rein, Link zum Zurücksetzen ging an {Ae}."),
        (
            "desk",
            "Übergabe an {Sf.handover}: Kunde {A} möchte {qty} {product} ({sku}) zurückgeben, bezahlt {amount}.",
        ),
        (
            "desk",
            "Reklamation {product} {A.after_product}: Deckel nach zwei Wochen gerissen, Rechnung {invoice} vom {date}.",
        ),
        (
            "desk",
            "bearbeitet von {S.handover} – {Af} hat die Gutschrift über {amount} bestätigt. Erledigt. Gruß {Sf.signoff}",
        ),
        (
            "delivery",
            "Fahrernotiz {date}: Paket {tracking} beim Nachbarn {B.relation} abgegeben, {At} war nicht da.",
        ),
        (
            "delivery",
            "BITTE ZWEIMAL KLINGELN, {At} hört schlecht. {street}, {postcode} {city}, Handy {phone}.",
        ),
        (
            "delivery",
            "{street} nicht gefunden, {A.callback} zurückgerufen ({phone}): Abgabe bei ihrem Sohn {Bf.relation} im Erdgeschoss.",
        ),
        (
            "delivery",
            "{time} Zweitzustellung an {A}, {num} Kartons {product}, unterschrieben von Ehemann {B.relation}.",
        ),
        (
            "hotel",
            "Zimmer {room}: {At} Check-in {ts}, späte Abreise bis 14 Uhr vereinbart, gebucht über {company}.",
        ),
        (
            "hotel",
            "Gast {A.intro} hat die Schlüsselkarte für {room} verloren, Ausweis geprüft, neue Karte durch {Sf.handover}.",
        ),
        (
            "hotel",
            "Nachtdienst: {A} und ihre Lebensgefährtin {Bf.relation} beschweren sich über Lärm aus {room2}. Gutschein {amount} angeboten.",
        ),
        ("hotel", "Weckruf 6:30 für {At}, Taxi zum Flughafen bestellt. Geburtsdatum laut Meldeschein {dob}."),
        (
            "hr",
            "Onboarding {date}: {A.intro} fängt in der Abteilung {dept} an, Patin ist {Bf.relation}. Laptop {laptop}, Inventar {sku}.",
        ),
        (
            "hr",
            "Neue Mitarbeiterin {A}, geb. {dob}, Steuer-ID {natid}, wohnhaft {street}, {postcode} {city}, Gehaltskonto {iban}.",
        ),
        (
            "hr",
            "Probezeitgespräch mit {At} am {date}, {S.handover} stimmt sich mit der Lohnbuchhaltung ab. Notfallkontakt: {B.relation}, {phone}.",
        ),
        (
            "school",
            "Nachricht von {B.relation}, Mutter von {Af.relation} (Klasse 3b): Oma {C.relation} holt {Af.repeat} am Donnerstag ab.",
        ),
        (
            "school",
            "Liebe Frau {Sl.title}, {Af} hat am {date} einen Zahnarzttermin und geht um 11:15. Viele Grüße, {B.signoff}",
        ),
        (
            "forum",
            "@{Af.mention} setz den {product} mal zurück, Firmware {version} hat’s bei mir behoben. LG {Bf.signoff}",
        ),
        ("forum", "Danke {Af.greeting}! @{Bf.mention} hatte das gleiche Problem mit Bestellung {order}."),
        (
            "forum",
            "Beitrag von {Au} am {ts}: Blinkt bei noch jemandem der {product} rot? Meiner ist {sku}, gekauft bei {company}.",
        ),
        (
            "forum",
            "{An.nickname} (eigentlich {A}) organisiert den Tauschmarkt am {date}, einfach anrufen: {phone}.",
        ),
        (
            "minutes",
            "Protokoll {date} – anwesend: {A}, {B}, {Sf} (Leitung). Aufgabe: {Af.repeat} schickt die Zahlen bis {date2} an {company}.",
        ),
        (
            "minutes",
            "Verschiedenes: {At} spricht den Rückruf {product} an, {Bf.handover} klärt das mit dem Lieferanten.",
        ),
        (
            "desk",
            "Rückrufbitte: {A.callback} möchte zurückgerufen werden wegen {invoice}, am besten nach 16 Uhr ({phone}).",
        ),
        (
            "desk",
            "Retoure {product} {Af.after_product} eingegangen, Auftrag {order}, Gutschrift {amount} freigegeben von {Sf.handover}.",
        ),
        ("forum", "@{Au.mention} @{Bf.mention} das Update {version} ist raus, Changelog bei {company}."),
        (
            "desk",
            "{ts} Hier spricht {A.intro} aus dem 3. OG – der {product} (EAN {ean}) verbindet sich nicht. Sendung war {tracking}.",
        ),
        (
            "hotel",
            "Frühanreise: Zimmer {room} für Familie {Al} noch nicht fertig, Gepäck eingelagert. Bruder {B.relation} kommt morgen.",
        ),
        (
            "school",
            "Fundsache: Brotdose von {Af} lag in der Turnhalle, Papa {Bf.relation} holt sie ab. – {S.signoff}",
        ),
        (
            "desk",
            "Bitte {At.callback} dringend zurückrufen: Lastschrift für {invoice} geplatzt, hinterlegte IBAN {iban}.",
        ),
        (
            "minutes",
            "Begrüßung von {A.intro} (alle sagen {An.nickname}) im Vorstand; Dank an {B} für sechs Jahre Kassenführung.",
        ),
    ],
    "chat_c": [
        "hallo, ich bin {A.intro} und mein {product} ist kaputt angekommen",
        "bestellnummer ist {order}, bezahlt am {date}",
        "am besten erreichbar unter {phone} ab 17 uhr",
        "meine mail ist {Ae}",
        "adresse: {street}, {postcode} {city}",
        "mein mann {B.relation} hat eigentlich bestellt, läuft auf seinen namen",
        "danke {Sf.greeting}, super",
        "sendung {tracking} hängt seit {date} fest",
        "ok danke, gruß {Af.signoff}",
        "kann {C.handover} mich zurückrufen? der hatte das letzte woche",
        "hier nochmal {A.intro}, vorgang {case}",
        "mein benutzername ist {Au}, version {version}",
    ],
    "chat_a": [
        "hallo {Af.greeting}, hier ist {Sf.intro} von {company}",
        "danke {Af.greeting}, ich sehe die bestellung {order} mit {qty} {product}",
        "ich habe den vorgang {case} angelegt und an {C.handover} übergeben",
        "zur sicherheit bitte noch das geburtsdatum – bei uns steht {dob}",
        "die erstattung über {amount} ist raus, dauert 3-5 tage",
        "{Af.greeting}, laut fahrer liegt das paket bei {B.relation} im haus nebenan",
        "kein problem {An.greeting}, sonst noch was?",
        "ich rufe dich gleich zurück, {Af.callback}, unter {phone}",
        "@{Af.mention} rechnung {invoice} ist im anhang",
    ],
    "subject": [
        "AW: Bestellung {order}",
        "Reklamation {product}",
        "Rechnung {invoice}",
        "AW: AW: Vorgang {case}",
        "Lieferung an {A}",
    ],
    "mail_in": [
        "Hallo {Sf.greeting},\n\nich habe am {date} {qty} {product} bestellt (Nr. {order}), angekommen ist nur die Hälfte. Können Sie bei {company} nachfragen?\n\nViele Grüße\n{A.signoff}\nTel. {phone}",
        "Sehr geehrte Damen und Herren,\n\nbitte ändern Sie meine Anschrift auf {street}, {postcode} {city}. Mein Konto läuft unter {Ae}.\n\nMit freundlichen Grüßen\n{A.signoff}",
        "Guten Tag,\n\nmeine Mutter {B.relation} ist Kontoinhaberin, liegt aber im Krankenhaus. Darf ich den {product} für sie abholen? Vorgang {case}.\n\nGruß\n{Af.signoff}",
        "Hallo,\n\ndie Gutschrift über {amount} zur Rechnung {invoice} ist immer noch nicht auf {iban} eingegangen.\n\nLG {Af.signoff}",
        (
            "Buchung {case} – Terminänderung",
            "Hallo zusammen,\n\nwir sind für den {date} gebucht (Buchung {case}), mein Partner {B.relation} kann aber erst einen Tag später. Können wir Zimmer {room} behalten?\n\nDanke und Gruß\n{Af.signoff} und {Bf.signoff}",
        ),
        (
            "Fehlzeit am {date}",
            "Sehr geehrte {St.greeting},\n\n{Bf.relation} fehlt am {date} wegen einer Beerdigung in der Familie. Ihr Bruder {Cf.relation} (2. Klasse) ebenfalls.\n\nFreundliche Grüße\n{A.signoff}",
        ),
        "Guten Tag,\n\nbitte löschen Sie mein Konto ({Au}) und alle Daten. Letzte Bestellung: {order}.\n\n{A.signoff}\ngeb. {dob}",
    ],
    "mail_out": [
        "Sehr geehrte/r {At.greeting},\n\nvielen Dank für Ihre Geduld. Ihr Ersatz-{product} ({sku}) geht heute raus, Sendungsnummer {tracking}.\n\nFreundliche Grüße\n{S.signoff}\n{company}",
        "Hallo {Af.greeting},\n\nich habe Ihren Vorgang {case} an meine Kollegin {B.handover} übergeben, sie ruft Sie unter {phone} an.\n\nBeste Grüße\n{Sf.signoff}",
        "Guten Tag {At.greeting},\n\nwir haben {amount} auf die Rechnung {invoice} gutgeschrieben. Status: {status}.\n\n{Sf.signoff}, Kundenservice",
        (
            "Willkommen im Team, {Af}!",
            "Hallo {Af.greeting},\n\nherzlich willkommen! Dein erster Tag ist der {date}, bitte am Empfang nach {B.handover} fragen. Bring bitte deine Steuer-ID ({natid}) und die Bankverbindung mit.\n\nViele Grüße\n{Sf.signoff}\nPersonalabteilung",
        ),
        "Guten Tag {At.greeting},\n\nIhr {product} wurde abgeholt (Sendung {tracking}). Wir melden uns, sobald er bei {company} ist.\n\nMit freundlichen Grüßen\n{S.signoff}",
    ],
    "quote_head": ["Am {date2} schrieb {X}:", "-----Ursprüngliche Nachricht-----\nVon: {X}\nGesendet: {ts2}"],
    "row_orders": [
        "bei Nachbarin {B.relation} abgeben",
        "{Af} hat zweimal wegen der Verspätung angerufen",
        "Geschenk für Schwester {Bf.relation}, keine Rechnung beilegen",
        "vor Lieferung {At} anrufen",
        "{Af} holt im Laden ab, Ausweis geprüft",
        "Nachbar {Bf.relation} (Nr. 7) hat Schlüssel",
    ],
    "row_staff": [
        "Pate: {B.handover}; Platz neben {Cf}",
        "{Af} möchte {An.nickname} genannt werden",
        "Beginn verschoben auf {date}, mit {S.handover} abgestimmt",
        "Notfallkontakt {B.relation} {phone}",
        "Di–Do im Büro, teilt Platz mit {C}",
        "Laptop übergeben von {Sf.handover}",
    ],
}

TEXTS["fr"] = {
    "notes": [
        (
            "desk",
            "{ts} l'appelante s'est présentée comme {A.intro}, son {product} redémarre en boucle depuis la {version}. Transmis à {S.handover}, dossier {case}.",
        ),
        ("desk", "Rappeler {At} au {phone} avant vendredi, la commande {order} est toujours « {status} »."),
        (
            "desk",
            "{A} n'arrive plus à se connecter avec l'identifiant {Au}, lien de réinitialisation envoyé à {Ae}.",
        ),
        ("desk", "Passé à {Sf.handover} : le client {A} veut rendre {qty} {product} ({sku}), payé {amount}."),
        (
            "desk",
            "Réclamation {product} {A.after_product} : couvercle fendu après deux semaines, facture {invoice} du {date}.",
        ),
        (
            "desk",
            "traité par {S.handover}, {Af} confirme l'avoir de {amount}. Clos. Cordialement, {Sf.signoff}",
        ),
        (
            "delivery",
            "Note chauffeur {date} : colis {tracking} déposé chez le voisin {B.relation}, {At} absente.",
        ),
        ("delivery", "SONNER DEUX FOIS, {At} entend mal. {street}, {postcode} {city}. Portable {phone}."),
        (
            "delivery",
            "Adresse introuvable ({street}), rappelé {A.callback} au {phone} : laisser chez son fils {Bf.relation} au rez-de-chaussée.",
        ),
        (
            "delivery",
            "{time} nouvelle livraison pour {A}, {num} cartons {product}, signé par son mari {B.relation}.",
        ),
        ("hotel", "Chambre {room} : {At} arrivée {ts}, départ tardif accordé, réservation via {company}."),
        (
            "hotel",
            "Le client {A.intro} a perdu sa carte de la {room}, pièce d'identité vérifiée, nouvelle carte remise par {Sf.handover}.",
        ),
        (
            "hotel",
            "Nuit : {A} et sa compagne {Bf.relation} se plaignent du bruit de la {room2}. Bon de {amount} proposé.",
        ),
        ("hotel", "Réveil 6h30 pour {At}, taxi pour l'aéroport. Née le {dob} d'après la fiche de police."),
        (
            "hr",
            "Intégration {date} : {A.intro} commence au service {dept}, sa marraine est {Bf.relation}. Portable {laptop}, inventaire {sku}.",
        ),
        (
            "hr",
            "Nouvelle salariée {A}, date de naissance {dob}, n° de sécu {natid}, domiciliée {street}, {postcode} {city}. RIB {iban}.",
        ),
        (
            "hr",
            "Entretien de fin de période d'essai avec {At} le {date} ; {S.handover} valide avec la paie. Personne à prévenir : {B.relation}, {phone}.",
        ),
        (
            "school",
            "Message de {B.relation}, maman de {Af.relation} (CE2) : sa mamie {C.relation} viendra chercher {Af.repeat} jeudi.",
        ),
        (
            "school",
            "Bonjour Madame {Sl.title}, {Af} a rendez-vous chez le dentiste le {date}, il partira à 11h15. Merci, {B.signoff}",
        ),
        (
            "forum",
            "@{Af.mention} essaie de réinitialiser le {product}, le firmware {version} a réglé ça chez moi. Bises, {Bf.signoff}",
        ),
        ("forum", "Merci {Af.greeting} ! @{Bf.mention} avait le même souci avec la commande {order}."),
        (
            "forum",
            "Posté par {Au} le {ts} : quelqu'un d'autre a le {product} qui clignote rouge ? Le mien c'est {sku}, acheté chez {company}.",
        ),
        (
            "forum",
            "{An.nickname} ({A} de son vrai nom) organise la bourse d'échange le {date}, appelez le {phone}.",
        ),
        (
            "minutes",
            "Compte rendu du {date} – présents : {A}, {B}, {Sf} (présidente). Action : {Af.repeat} envoie les chiffres à {company} avant le {date2}.",
        ),
        ("minutes", "Divers : {At} signale le rappel du {product} ; {Bf.handover} voit avec le fournisseur."),
        (
            "desk",
            "À rappeler : {A.callback} souhaite être rappelée pour la facture {invoice}, plutôt après 16h ({phone}).",
        ),
        (
            "desk",
            "Retour {product} {Af.after_product} reçu, commande {order}, avoir de {amount} validé par {Sf.handover}.",
        ),
        (
            "forum",
            "@{Au.mention} @{Bf.mention} la mise à jour {version} est dispo, notes de version sur le site de {company}.",
        ),
        (
            "desk",
            "{ts} C'est {A.intro} du 3e étage, le {product} (EAN {ean}) ne s'appaire pas. Le suivi était {tracking}.",
        ),
        (
            "hotel",
            "Arrivée anticipée : la {room} de la famille {Al} n'est pas prête, bagages en consigne. Son frère {B.relation} arrive demain.",
        ),
        (
            "school",
            "Objet trouvé : la boîte à goûter de {Af} était au gymnase, son papa {Bf.relation} passera la chercher. – {S.signoff}",
        ),
        (
            "desk",
            "Merci de rappeler {At.callback} rapidement : prélèvement de la facture {invoice} rejeté, IBAN enregistré {iban}.",
        ),
        (
            "minutes",
            "Bienvenue à {A.intro} (dite {An.nickname}) au bureau ; merci à {B} pour six ans de trésorerie.",
        ),
    ],
    "chat_c": [
        "bonjour, je suis {A.intro}, mon {product} est arrivé cassé",
        "le numéro de commande c'est {order}, payé le {date}",
        "vous pouvez me joindre au {phone} après 17h",
        "mon mail : {Ae}",
        "adresse {street}, {postcode} {city}",
        "c'est mon mari {B.relation} qui a commandé en fait",
        "merci {Sf.greeting} c'est parfait",
        "le colis {tracking} ne bouge plus depuis le {date}",
        "ok merci, bonne journée, {Af.signoff}",
        "est-ce que {C.handover} peut me rappeler ? c'est lui qui avait le dossier",
        "c'est encore {A.intro}, dossier {case}",
        "mon identifiant c'est {Au}, version {version}",
    ],
    "chat_a": [
        "bonjour {Af.greeting}, ici {Sf.intro} du service client {company}",
        "merci {Af.greeting}, je vois la commande {order} avec {qty} {product}",
        "j'ai ouvert le dossier {case} et je le passe à {C.handover}",
        "pour vérifier, votre date de naissance ? nous avons {dob}",
        "remboursement de {amount} fait aujourd'hui, comptez 3 à 5 jours",
        "{Af.greeting}, le livreur l'a laissé chez {B.relation} à côté",
        "pas de souci {An.greeting}, autre chose ?",
        "je vous rappelle, {Af.callback}, au {phone} dans 10 min",
        "@{Af.mention} facture {invoice} en pièce jointe",
    ],
    "subject": [
        "RE: commande {order}",
        "Réclamation {product}",
        "Facture {invoice}",
        "RE: RE: dossier {case}",
        "Livraison pour {A}",
    ],
    "mail_in": [
        "Bonjour {Sf.greeting},\n\nJ'ai commandé {qty} {product} le {date} (commande {order}) et la moitié seulement est arrivée. Pouvez-vous voir avec {company} ?\n\nBien à vous,\n{A.signoff}\n{phone}",
        "Madame, Monsieur,\n\nMerci de changer mon adresse : {street}, {postcode} {city}. Mon compte est au nom de {Ae}.\n\nCordialement,\n{A.signoff}",
        "Bonjour,\n\nma mère {B.relation} est titulaire du compte mais elle est hospitalisée. Puis-je retirer le {product} à sa place ? Dossier {case}.\n\n{Af.signoff}",
        "Bonjour,\n\nle remboursement de {amount} (facture {invoice}) n'est toujours pas arrivé sur {iban}.\n\nMerci, {Af.signoff}",
        (
            "Réservation {case} – changement de dates",
            "Bonjour,\n\nnous avons réservé pour le {date} (réservation {case}) mais mon conjoint {B.relation} n'arrivera que le lendemain. Pouvons-nous garder la chambre {room} ?\n\nMerci beaucoup,\n{Af.signoff} et {Bf.signoff}",
        ),
        (
            "Absence du {date}",
            "Madame {Sl.greeting},\n\n{Bf.relation} sera absente le {date} pour des obsèques. Son frère {Cf.relation}, en CP, aussi.\n\nCordialement,\n{A.signoff}",
        ),
        "Bonjour,\n\nmerci de supprimer mon compte ({Au}) et mes données. Dernière commande : {order}.\n\n{A.signoff}\nnée le {dob}",
    ],
    "mail_out": [
        "{At.greeting},\n\nMerci de votre patience. Votre {product} de remplacement ({sku}) part aujourd'hui, suivi {tracking}.\n\nBien cordialement,\n{S.signoff}\n{company}",
        "Bonjour {Af.greeting},\n\nJ'ai transmis votre dossier {case} à ma collègue {B.handover} qui vous appellera au {phone}.\n\nBonne journée,\n{Sf.signoff}",
        "Bonjour {At.greeting},\n\nNous avons crédité {amount} sur la facture {invoice}. Statut : {status}.\n\n{Sf.signoff}, service client",
        (
            "Bienvenue dans l'équipe, {Af} !",
            "Bonjour {Af.greeting},\n\nbienvenue ! Votre premier jour est le {date}, demandez {B.handover} à l'accueil. Merci d'apporter votre numéro de sécurité sociale ({natid}) et un RIB.\n\nÀ bientôt,\n{Sf.signoff}\nRessources humaines",
        ),
        "{At.greeting},\n\nvotre {product} a été enlevé par notre transporteur (suivi {tracking}). Nous revenons vers vous dès réception chez {company}.\n\nCordialement,\n{S.signoff}",
    ],
    "quote_head": ["Le {date2}, {X} a écrit :", "-----Message d'origine-----\nDe : {X}\nEnvoyé : {ts2}"],
    "row_orders": [
        "déposer chez la voisine {B.relation}",
        "{Af} a appelé deux fois pour le retard",
        "cadeau pour sa sœur {Bf.relation}, pas de facture dans le colis",
        "appeler {At} à l'arrivée",
        "{Af} retire en magasin, pièce d'identité vue",
        "le voisin {Bf.relation} au n° 7 a les clés",
    ],
    "row_staff": [
        "marraine : {B.handover} ; bureau à côté de {Cf}",
        "{Af} préfère qu'on l'appelle {An.nickname}",
        "arrivée décalée au {date}, validé avec {S.handover}",
        "personne à prévenir {B.relation} {phone}",
        "présente mar.-jeu., partage le bureau avec {C}",
        "portable remis par {Sf.handover}",
    ],
}

TEXTS["es"] = {
    "notes": [
        (
            "desk",
            "{ts} llamó una clienta, dijo llamarse {A.intro}; el {product} se reinicia desde la versión {version}. Escalado a {S.handover}, caso {case}.",
        ),
        (
            "desk",
            "Devolver la llamada a {At} al {phone} antes del viernes, el pedido {order} sigue «{status}».",
        ),
        ("desk", "{A} no puede entrar con el usuario {Au}; enlace de recuperación enviado a {Ae}."),
        (
            "desk",
            "Pasado a {Sf.handover}: el cliente {A} quiere devolver {qty} de {product} ({sku}), pagó {amount}.",
        ),
        (
            "desk",
            "Reclamación {product} {A.after_product}: la tapa se rajó a las dos semanas, factura {invoice} del {date}.",
        ),
        (
            "desk",
            "atendido por {S.handover}; {Af} confirma el abono de {amount}. Cerrado. Saludos, {Sf.signoff}",
        ),
        (
            "delivery",
            "Nota del repartidor {date}: paquete {tracking} entregado al vecino {B.relation}, {At} no estaba.",
        ),
        ("delivery", "LLAMAR DOS VECES, {At} oye mal. {street}, {postcode} {city}. Móvil {phone}."),
        (
            "delivery",
            "No encuentro {street}; llamé a {A.callback} al {phone} y dice que lo deje con su hijo {Bf.relation} en el bajo.",
        ),
        (
            "delivery",
            "{time} segundo intento para {A}, {num} cajas de {product}, firma su marido {B.relation}.",
        ),
        ("hotel", "Habitación {room}: {At} entrada {ts}, salida tardía concedida, reserva por {company}."),
        (
            "hotel",
            "El huésped {A.intro} perdió la tarjeta de la {room}; DNI comprobado, tarjeta nueva entregada por {Sf.handover}.",
        ),
        (
            "hotel",
            "Turno de noche: {A} y su pareja {Bf.relation} se quejan del ruido de la {room2}. Se ofrece vale de {amount}.",
        ),
        ("hotel", "Despertador 6:30 para {At}, taxi al aeropuerto. Fecha de nacimiento en la ficha: {dob}."),
        (
            "hr",
            "Incorporación {date}: {A.intro} empieza en {dept}, su mentora es {Bf.relation}. Portátil {laptop}, inventario {sku}.",
        ),
        (
            "hr",
            "Nueva empleada {A}, nacida el {dob}, DNI {natid}, domicilio {street}, {postcode} {city}. Cuenta nómina {iban}.",
        ),
        (
            "hr",
            "Revisión del periodo de prueba con {At} el {date}; {S.handover} lo confirma con nóminas. Contacto de emergencia: {B.relation}, {phone}.",
        ),
        (
            "school",
            "Mensaje de {B.relation}, madre de {Af.relation} (3º B): la abuela {C.relation} recoge a {Af.repeat} el jueves.",
        ),
        (
            "school",
            "Hola señora {Sl.title}, {Af} tiene dentista el {date} y saldrá a las 11:15. Gracias, {B.signoff}",
        ),
        (
            "forum",
            "@{Af.mention} prueba a resetear el {product}, con el firmware {version} se me arregló. Un saludo, {Bf.signoff}",
        ),
        ("forum", "¡Gracias {Af.greeting}! @{Bf.mention} tuvo el mismo problema con el pedido {order}."),
        (
            "forum",
            "Publicado por {Au} el {ts}: ¿a alguien más le parpadea en rojo el {product}? El mío es {sku}, comprado en {company}.",
        ),
        ("forum", "{An.nickname} (en realidad {A}) organiza el mercadillo del {date}, llamad al {phone}."),
        (
            "minutes",
            "Acta del {date} – asistentes: {A}, {B}, {Sf} (preside). Tarea: {Af.repeat} envía las cifras a {company} antes del {date2}.",
        ),
        (
            "minutes",
            "Ruegos y preguntas: {At} plantea la retirada del {product}; {Bf.handover} lo verá con el proveedor.",
        ),
        (
            "desk",
            "Pide que le llamen: {A.callback}, por la factura {invoice}, mejor a partir de las 16h ({phone}).",
        ),
        (
            "desk",
            "Devolución {product} {Af.after_product} recibida, pedido {order}, abono de {amount} aprobado por {Sf.handover}.",
        ),
        (
            "forum",
            "@{Au.mention} @{Bf.mention} ya está la actualización {version}, las notas en la web de {company}.",
        ),
        (
            "desk",
            "{ts} Soy {A.intro}, del tercero B: el {product} (EAN {ean}) no se empareja. El seguimiento era {tracking}.",
        ),
        (
            "hotel",
            "Llegada temprana: la {room} de la familia {Al} no está lista, equipaje en consigna. Su hermano {B.relation} llega mañana.",
        ),
        (
            "school",
            "Objetos perdidos: la fiambrera de {Af} estaba en el gimnasio, su padre {Bf.relation} pasará a por ella. – {S.signoff}",
        ),
        (
            "desk",
            "Llamar urgente a {At.callback}: recibo de la factura {invoice} devuelto, IBAN registrado {iban}.",
        ),
        (
            "minutes",
            "Bienvenida a {A.intro} (todos la llaman {An.nickname}) a la junta; gracias a {B} por seis años de tesorería.",
        ),
    ],
    "chat_c": [
        "hola, soy {A.intro}, el {product} me llegó roto",
        "el pedido es el {order}, pagado el {date}",
        "me podéis llamar al {phone} a partir de las 5",
        "mi correo es {Ae}",
        "dirección: {street}, {postcode} {city}",
        "en realidad lo pidió mi marido {B.relation}, está a su nombre",
        "gracias {Sf.greeting}, genial",
        "el envío {tracking} no se mueve desde el {date}",
        "vale gracias, un saludo, {Af.signoff}",
        "¿me puede llamar {C.handover}? lo llevaba él la semana pasada",
        "soy {A.intro} otra vez, caso {case}",
        "mi usuario es {Au}, versión {version}",
    ],
    "chat_a": [
        "hola {Af.greeting}, te atiende {Sf.intro} de {company}",
        "gracias {Af.greeting}, veo el pedido {order} con {qty} de {product}",
        "he abierto el caso {case} y se lo paso a {C.handover}",
        "por seguridad, ¿tu fecha de nacimiento? tenemos {dob}",
        "reembolso de {amount} hecho hoy, tarda de 3 a 5 días",
        "{Af.greeting}, el repartidor lo dejó con {B.relation} en la puerta de al lado",
        "nada {An.greeting}, ¿algo más?",
        "te llamo en 10 min, {Af.callback}, al {phone}",
        "@{Af.mention} te adjunto la factura {invoice}",
    ],
    "subject": [
        "RE: pedido {order}",
        "Reclamación {product}",
        "Factura {invoice}",
        "RE: RE: caso {case}",
        "Entrega para {A}",
    ],
    "mail_in": [
        "Hola {Sf.greeting}:\n\nPedí {qty} de {product} el {date} (pedido {order}) y solo ha llegado la mitad. ¿Podéis mirarlo con {company}?\n\nUn saludo,\n{A.signoff}\n{phone}",
        "Estimados señores:\n\nPor favor, cambien mi dirección a {street}, {postcode} {city}. Mi cuenta está con {Ae}.\n\nAtentamente,\n{A.signoff}",
        "Buenas:\n\nmi madre {B.relation} es la titular pero está ingresada. ¿Puedo recoger el {product} por ella? Caso {case}.\n\n{Af.signoff}",
        "Hola:\n\nel abono de {amount} de la factura {invoice} aún no ha llegado a {iban}.\n\nGracias, {Af.signoff}",
        (
            "Reserva {case} – cambio de fechas",
            "Hola:\n\ntenemos reserva para el {date} (reserva {case}) pero mi pareja {B.relation} llega un día más tarde. ¿Podemos mantener la habitación {room}?\n\nMil gracias,\n{Af.signoff} y {Bf.signoff}",
        ),
        (
            "Falta del {date}",
            "Estimada {St.greeting}:\n\n{Bf.relation} faltará el {date} por un funeral familiar. Su hermano {Cf.relation}, de 2º, tampoco irá.\n\nUn saludo,\n{A.signoff}",
        ),
        "Buenos días:\n\nsolicito la baja de mi cuenta ({Au}) y el borrado de mis datos. Último pedido: {order}.\n\n{A.signoff}\nfecha de nacimiento {dob}",
    ],
    "mail_out": [
        "Estimada {At.greeting}:\n\nGracias por su paciencia. Su {product} de sustitución ({sku}) sale hoy con el seguimiento {tracking}.\n\nUn cordial saludo,\n{S.signoff}\n{company}",
        "Hola {Af.greeting}:\n\nHe pasado tu caso {case} a mi compañera {B.handover}, que te llamará al {phone}.\n\nSaludos,\n{Sf.signoff}",
        "Buenos días {At.greeting}:\n\nHemos abonado {amount} en la factura {invoice}. Estado: {status}.\n\n{Sf.signoff}, Atención al cliente",
        (
            "¡Bienvenida al equipo, {Af}!",
            "Hola {Af.greeting}:\n\n¡bienvenida! Tu primer día es el {date}; pregunta por {B.handover} en recepción. Trae tu DNI ({natid}) y el número de cuenta.\n\nUn abrazo,\n{Sf.signoff}\nRR. HH.",
        ),
        "Estimado/a {At.greeting}:\n\nnuestro transportista ha recogido su {product} (seguimiento {tracking}). Le avisaremos cuando llegue a {company}.\n\nAtentamente,\n{S.signoff}",
    ],
    "quote_head": ["El {date2}, {X} escribió:", "-----Mensaje original-----\nDe: {X}\nEnviado: {ts2}"],
    "row_orders": [
        "dejar con la vecina {B.relation}",
        "{Af} llamó dos veces por el retraso",
        "regalo para su hermana {Bf.relation}, sin factura",
        "llamar a {At} al llegar",
        "{Af} recoge en tienda, DNI comprobado",
        "el vecino {Bf.relation} del 7 tiene llave",
    ],
    "row_members": [
        "se apuntó con su pareja {B.relation}",
        "{Af} pide taquilla junto a la piscina",
        "recomendado por {B}, vale enviado",
        "perdió la tarjeta, nueva entregada por {Sf.handover}",
        "{An.nickname} juega dobles los martes con {B}",
        "paga por domiciliación desde {iban}",
    ],
}

TEXTS["it"] = {
    "notes": [
        (
            "desk",
            "{ts} la cliente si è presentata come {A.intro}; il {product} si riavvia dalla versione {version}. Girato a {S.handover}, pratica {case}.",
        ),
        ("desk", "Richiamare {At} al {phone} entro venerdì, l'ordine {order} risulta ancora «{status}»."),
        ("desk", "{A} non riesce ad accedere con l'utente {Au}, link di reset inviato a {Ae}."),
        (
            "desk",
            "Passato a {Sf.handover}: il cliente {A} vuole rendere {qty} {product} ({sku}), pagati {amount}.",
        ),
        (
            "desk",
            "Reclamo {product} {A.after_product}: coperchio crepato dopo due settimane, fattura {invoice} del {date}.",
        ),
        (
            "desk",
            "gestito da {S.handover}; {Af} conferma la nota di credito di {amount}. Chiuso. Saluti, {Sf.signoff}",
        ),
        ("delivery", "Nota autista {date}: pacco {tracking} lasciato al vicino {B.relation}, {At} assente."),
        ("delivery", "SUONARE DUE VOLTE, {At} sente poco. {street}, {postcode} {city}. Cell. {phone}."),
        (
            "delivery",
            "Non trovo {street}, richiamato {A.callback} al {phone}: lasciare al figlio {Bf.relation} al piano terra.",
        ),
        (
            "delivery",
            "{time} seconda consegna per {A}, {num} scatole di {product}, firma il marito {B.relation}.",
        ),
        (
            "hotel",
            "Camera {room}: {At} arrivo {ts}, late check-out concesso, prenotazione tramite {company}.",
        ),
        (
            "hotel",
            "L'ospite {A.intro} ha perso la chiave della {room}; documento controllato, nuova chiave consegnata da {Sf.handover}.",
        ),
        (
            "hotel",
            "Turno di notte: {A} e la compagna {Bf.relation} lamentano rumore dalla {room2}. Offerto buono da {amount}.",
        ),
        ("hotel", "Sveglia 6:30 per {At}, taxi per l'aeroporto. Data di nascita da schedina: {dob}."),
        (
            "hr",
            "Inserimento {date}: {A.intro} inizia in {dept}, tutor {Bf.relation}. Portatile {laptop}, cespite {sku}.",
        ),
        (
            "hr",
            "Nuova assunta {A}, nata il {dob}, codice fiscale {natid}, residente in {street}, {postcode} {city}. IBAN stipendio {iban}.",
        ),
        (
            "hr",
            "Colloquio di fine prova con {At} il {date}; {S.handover} conferma con l'ufficio paghe. In caso di emergenza: {B.relation}, {phone}.",
        ),
        (
            "school",
            "Messaggio di {B.relation}, mamma di {Af.relation} (3ª B): giovedì la nonna {C.relation} viene a prendere {Af.repeat}.",
        ),
        (
            "school",
            "Gentile maestra {Sl.title}, {Af} ha il dentista il {date} ed esce alle 11:15. Grazie, {B.signoff}",
        ),
        (
            "forum",
            "@{Af.mention} prova a resettare il {product}, col firmware {version} a me si è sistemato. Ciao, {Bf.signoff}",
        ),
        ("forum", "Grazie {Af.greeting}! @{Bf.mention} aveva lo stesso problema con l'ordine {order}."),
        (
            "forum",
            "Scritto da {Au} il {ts}: a qualcun altro il {product} lampeggia rosso? Il mio è {sku}, preso da {company}.",
        ),
        ("forum", "{An.nickname} (all'anagrafe {A}) organizza il mercatino del {date}, chiamate il {phone}."),
        (
            "minutes",
            "Verbale del {date} – presenti: {A}, {B}, {Sf} (presidente). Azione: {Af.repeat} manda i numeri a {company} entro il {date2}.",
        ),
        ("minutes", "Varie: {At} segnala il richiamo del {product}; {Bf.handover} sente il fornitore."),
        (
            "desk",
            "Da richiamare: {A.callback} chiede di essere ricontattata per la fattura {invoice}, meglio dopo le 16 ({phone}).",
        ),
        (
            "desk",
            "Reso {product} {Af.after_product} arrivato, ordine {order}, nota di credito {amount} approvata da {Sf.handover}.",
        ),
        (
            "forum",
            "@{Au.mention} @{Bf.mention} è uscito l'aggiornamento {version}, le note sul sito di {company}.",
        ),
        (
            "desk",
            "{ts} Sono {A.intro} del terzo piano, il {product} (EAN {ean}) non si associa. Il tracking era {tracking}.",
        ),
        (
            "hotel",
            "Arrivo anticipato: la {room} della famiglia {Al} non è pronta, bagagli in deposito. Il fratello {B.relation} arriva domani.",
        ),
        (
            "school",
            "Oggetti smarriti: la merendiera di {Af} era in palestra, il papà {Bf.relation} passa a prenderla. – {S.signoff}",
        ),
        (
            "desk",
            "Richiamare subito {At.callback}: RID della fattura {invoice} respinto, IBAN in archivio {iban}.",
        ),
        (
            "minutes",
            "Benvenuto a {A.intro} (per tutti {An.nickname}) nel direttivo; grazie a {B} per sei anni da tesoriere.",
        ),
    ],
    "chat_c": [
        "ciao, sono {A.intro}, il {product} è arrivato rotto",
        "l'ordine è {order}, pagato il {date}",
        "mi trovate al {phone} dopo le 17",
        "la mia mail è {Ae}",
        "indirizzo: {street}, {postcode} {city}",
        "in realtà l'ha ordinato mio marito {B.relation}, è a nome suo",
        "grazie {Sf.greeting}, perfetto",
        "la spedizione {tracking} è ferma dal {date}",
        "ok grazie, buona giornata, {Af.signoff}",
        "mi può richiamare {C.handover}? seguiva lui la pratica",
        "sono ancora {A.intro}, pratica {case}",
        "il mio utente è {Au}, versione {version}",
    ],
    "chat_a": [
        "ciao {Af.greeting}, sono {Sf.intro} di {company}",
        "grazie {Af.greeting}, vedo l'ordine {order} con {qty} {product}",
        "ho aperto la pratica {case} e la passo a {C.handover}",
        "per sicurezza mi confermi la data di nascita? abbiamo {dob}",
        "rimborso di {amount} fatto oggi, servono 3-5 giorni",
        "{Af.greeting}, il corriere l'ha lasciato a {B.relation} della porta accanto",
        "figurati {An.greeting}, altro?",
        "ti richiamo tra 10 minuti, {Af.callback}, al {phone}",
        "@{Af.mention} in allegato la fattura {invoice}",
    ],
    "subject": [
        "R: ordine {order}",
        "Reclamo {product}",
        "Fattura {invoice}",
        "R: R: pratica {case}",
        "Consegna per {A}",
    ],
    "mail_in": [
        "Buongiorno {Sf.greeting},\n\nil {date} ho ordinato {qty} {product} (ordine {order}) ma è arrivata solo metà. Potete sentire {company}?\n\nCordiali saluti,\n{A.signoff}\n{phone}",
        "Gentili signori,\n\nvi prego di aggiornare il mio indirizzo in {street}, {postcode} {city}. Il mio account è {Ae}.\n\nDistinti saluti,\n{A.signoff}",
        "Salve,\n\nmia madre {B.relation} è l'intestataria ma è ricoverata. Posso ritirare io il {product}? Pratica {case}.\n\n{Af.signoff}",
        "Buongiorno,\n\nil rimborso di {amount} della fattura {invoice} non è ancora arrivato su {iban}.\n\nGrazie, {Af.signoff}",
        (
            "Prenotazione {case} – cambio date",
            "Buongiorno,\n\nabbiamo prenotato per il {date} (prenotazione {case}) ma il mio compagno {B.relation} arriva il giorno dopo. Possiamo tenere la camera {room}?\n\nGrazie mille,\n{Af.signoff} e {Bf.signoff}",
        ),
        (
            "Assenza del {date}",
            "Gentile {St.greeting},\n\n{Bf.relation} sarà assente il {date} per un funerale in famiglia. Anche il fratello {Cf.relation} (seconda) non ci sarà.\n\nCordiali saluti,\n{A.signoff}",
        ),
        "Salve,\n\nchiedo la chiusura del mio account ({Au}) e la cancellazione dei dati. Ultimo ordine: {order}.\n\n{A.signoff}\nnata il {dob}",
    ],
    "mail_out": [
        "Gentile {At.greeting},\n\ngrazie per la pazienza. Il {product} sostitutivo ({sku}) parte oggi, tracking {tracking}.\n\nCordiali saluti,\n{S.signoff}\n{company}",
        "Ciao {Af.greeting},\n\nho passato la pratica {case} alla collega {B.handover}, che ti chiamerà al {phone}.\n\nA presto,\n{Sf.signoff}",
        "Buongiorno {At.greeting},\n\nabbiamo accreditato {amount} sulla fattura {invoice}. Stato: {status}.\n\n{Sf.signoff}, Servizio clienti",
        (
            "Benvenuta nel team, {Af}!",
            "Ciao {Af.greeting},\n\nbenvenuta! Il primo giorno è il {date}, chiedi di {B.handover} alla reception. Porta il codice fiscale ({natid}) e l'IBAN.\n\nA presto,\n{Sf.signoff}\nUfficio Personale",
        ),
        "Gentile {At.greeting},\n\nil corriere ha ritirato il suo {product} (tracking {tracking}). La aggiorneremo all'arrivo presso {company}.\n\nCordiali saluti,\n{S.signoff}",
    ],
    "quote_head": [
        "Il giorno {date2} {X} ha scritto:",
        "-----Messaggio originale-----\nDa: {X}\nInviato: {ts2}",
    ],
    "row_orders": [
        "lasciare alla vicina {B.relation}",
        "{Af} ha chiamato due volte per il ritardo",
        "regalo per la sorella {Bf.relation}, niente fattura nel pacco",
        "chiamare {At} all'arrivo",
        "{Af} ritira in negozio, documento visto",
        "il vicino {Bf.relation} al civico 7 ha le chiavi",
    ],
    "row_members": [
        "iscritta con il compagno {B.relation}",
        "{Af} chiede un armadietto vicino alla piscina",
        "presentato da {B}, buono inviato",
        "tessera persa, nuova consegnata da {Sf.handover}",
        "{An.nickname} gioca il doppio del martedì con {B}",
        "paga con addebito su {iban}",
    ],
}

TEXTS["nl"] = {
    "notes": [
        (
            "desk",
            "{ts} beller noemde zich {A.intro}, {product} valt telkens uit sinds {version}. Doorgezet naar {S.handover}, melding {case}.",
        ),
        ("desk", "Graag {At} terugbellen op {phone}, bestelling {order} staat nog op '{status}'."),
        ("desk", "{A} kan niet inloggen met {Au}; resetlink gestuurd naar {Ae}."),
        (
            "desk",
            "Overgedragen aan {Sf.handover}: klant {A} wil {qty} {product} ({sku}) retour, betaald {amount}.",
        ),
        (
            "desk",
            "Klacht {product} {A.after_product}: deksel gescheurd na twee weken, factuur {invoice} van {date}.",
        ),
        (
            "desk",
            "behandeld door {S.handover}, {Af} akkoord met creditnota van {amount}. Afgesloten. Groetjes, {Sf.signoff}",
        ),
        (
            "delivery",
            "Chauffeursnotitie {date}: pakket {tracking} afgegeven bij buurman {B.relation}, {At} niet thuis.",
        ),
        (
            "delivery",
            "TWEE KEER AANBELLEN, {At} is slechthorend. {street}, {postcode} {city}. Mobiel {phone}.",
        ),
        (
            "delivery",
            "{street} niet gevonden, {A.callback} teruggebeld op {phone}: afgeven bij haar zoon {Bf.relation} beneden.",
        ),
        (
            "delivery",
            "{time} tweede bezorging voor {A}, {num} dozen {product}, getekend door haar man {B.relation}.",
        ),
        ("hotel", "Kamer {room}: {At} ingecheckt {ts}, late check-out afgesproken, geboekt via {company}."),
        (
            "hotel",
            "Gast {A.intro} is de sleutelkaart van {room} kwijt, legitimatie gezien, nieuwe kaart door {Sf.handover}.",
        ),
        (
            "hotel",
            "Nachtdienst: {A} en haar vriendin {Bf.relation} klagen over lawaai uit {room2}. Tegoedbon van {amount} aangeboden.",
        ),
        (
            "hotel",
            "Wekservice 6.30 uur voor {At}, taxi naar Schiphol geregeld. Geboortedatum op de registratiekaart: {dob}.",
        ),
        (
            "hr",
            "Onboarding {date}: {A.intro} begint bij {dept}, buddy is {Bf.relation}. Laptop {laptop}, inventarisnr. {sku}.",
        ),
        (
            "hr",
            "Nieuwe collega {A}, geboren {dob}, BSN {natid}, woont {street}, {postcode} {city}. Salaris naar {iban}.",
        ),
        (
            "hr",
            "Evaluatie proeftijd met {At} op {date}; {S.handover} stemt af met salarisadministratie. Noodcontact: {B.relation}, {phone}.",
        ),
        (
            "school",
            "Bericht van {B.relation}, moeder van {Af.relation} (groep 5): oma {C.relation} haalt {Af.repeat} donderdag op.",
        ),
        (
            "school",
            "Beste juf {Sl.title}, {Af} moet op {date} naar de tandarts en gaat om 11.15 uur weg. Groetjes, {B.signoff}",
        ),
        (
            "forum",
            "@{Af.mention} probeer de {product} te resetten, met firmware {version} was het bij mij opgelost. Gr. {Bf.signoff}",
        ),
        ("forum", "Dank je {Af.greeting}! @{Bf.mention} had precies hetzelfde met bestelling {order}."),
        (
            "forum",
            "Geplaatst door {Au} op {ts}: knippert bij iemand anders de {product} ook rood? De mijne is {sku}, gekocht bij {company}.",
        ),
        ("forum", "{An.nickname} (officieel {A}) regelt de ruilmarkt op {date}, bel {phone}."),
        (
            "minutes",
            "Notulen {date} – aanwezig: {A}, {B}, {Sf} (voorzitter). Actie: {Af.repeat} stuurt de cijfers vóór {date2} naar {company}.",
        ),
        (
            "minutes",
            "Rondvraag: {At} begint over de terugroepactie van de {product}; {Bf.handover} belt de leverancier.",
        ),
        (
            "desk",
            "Klant belde over {Af.possessive}'s abonnement, partner {B.relation} is overleden, opzeggen per {date}.",
        ),
        (
            "desk",
            "Terugbelverzoek: {A.callback} wil teruggebeld worden over factuur {invoice}, liefst na vieren ({phone}).",
        ),
        (
            "desk",
            "Retour {product} {Af.after_product} binnen, order {order}, creditering {amount} goedgekeurd door {Sf.handover}.",
        ),
        (
            "forum",
            "@{Au.mention} @{Bf.mention} update {version} staat online, release notes op de site van {company}.",
        ),
        (
            "desk",
            "{ts} Met {A.intro} van driehoog, de {product} (EAN {ean}) wil niet koppelen. Track & trace was {tracking}.",
        ),
        (
            "hotel",
            "Vroege aankomst: kamer {room} van familie {Al} nog niet klaar, bagage in de opslag. Broer {B.relation} komt morgen.",
        ),
        (
            "school",
            "Gevonden voorwerpen: de broodtrommel van {Af} lag in de gymzaal, vader {Bf.relation} haalt hem op. – {S.signoff}",
        ),
        (
            "desk",
            "Graag {At.callback} snel terugbellen: incasso voor {invoice} gestorneerd, bekende IBAN {iban}.",
        ),
        (
            "minutes",
            "Welkom aan {A.intro} (zegt iedereen {An.nickname} tegen) in het bestuur; dank aan {B} voor zes jaar penningmeesterschap.",
        ),
    ],
    "chat_c": [
        "hoi, ik ben {A.intro}, mijn {product} is kapot aangekomen",
        "bestelnummer is {order}, betaald op {date}",
        "bereikbaar op {phone} na vijven",
        "mijn mail is {Ae}",
        "adres: {street}, {postcode} {city}",
        "mijn man {B.relation} heeft besteld, staat op zijn naam",
        "top, dank je {Sf.greeting}",
        "zending {tracking} staat sinds {date} stil",
        "oké bedankt, groetjes {Af.signoff}",
        "kan {C.handover} me terugbellen? die had het vorige week",
        "met {A.intro} weer, melding {case}",
        "mijn gebruikersnaam is {Au}, versie {version}",
    ],
    "chat_a": [
        "hoi {Af.greeting}, je spreekt met {Sf.intro} van {company}",
        "dank je {Af.greeting}, ik zie bestelling {order} met {qty} {product}",
        "ik heb melding {case} aangemaakt en doorgezet naar {C.handover}",
        "ter controle je geboortedatum? wij hebben {dob}",
        "terugbetaling van {amount} is vandaag gedaan, 3-5 werkdagen",
        "{Af.greeting}, de bezorger heeft het bij {B.relation} naast je afgegeven",
        "graag gedaan {An.greeting}, verder nog iets?",
        "ik bel je zo terug, {Af.callback}, op {phone}",
        "@{Af.mention} factuur {invoice} zit in de bijlage",
    ],
    "subject": [
        "Re: bestelling {order}",
        "Klacht {product}",
        "Factuur {invoice}",
        "Re: Re: melding {case}",
        "Levering voor {A}",
    ],
    "mail_in": [
        "Hallo {Sf.greeting},\n\nIk heb op {date} {qty} {product} besteld (bestelling {order}) maar de helft is gekomen. Kunnen jullie bij {company} navragen?\n\nMet vriendelijke groet,\n{A.signoff}\n{phone}",
        "Geachte heer/mevrouw,\n\nWilt u mijn adres wijzigen in {street}, {postcode} {city}? Mijn account is {Ae}.\n\nGroet,\n{A.signoff}",
        "Hoi,\n\nmijn moeder {B.relation} is rekeninghouder maar ligt in het ziekenhuis. Mag ik de {product} voor haar ophalen? Melding {case}.\n\nGroetjes, {Af.signoff}",
        "Goedemiddag,\n\nde terugbetaling van {amount} voor factuur {invoice} staat nog steeds niet op {iban}.\n\nGroeten,\n{Af.signoff}",
        (
            "Boeking {case} – andere data",
            "Hallo,\n\nwe hebben geboekt voor {date} (boeking {case}) maar mijn partner {B.relation} komt pas een dag later. Kunnen we kamer {room} houden?\n\nAlvast bedankt,\n{Af.signoff} en {Bf.signoff}",
        ),
        (
            "Afwezig op {date}",
            "Beste juf {Sl.greeting},\n\n{Bf.relation} is op {date} afwezig vanwege een begrafenis. Haar broertje {Cf.relation} uit groep 4 ook.\n\nGroetjes,\n{A.signoff}",
        ),
        "Goedendag,\n\nwilt u mijn account ({Au}) opheffen en mijn gegevens wissen? Laatste bestelling: {order}.\n\n{A.signoff}\ngeboren {dob}",
    ],
    "mail_out": [
        "Beste {At.greeting},\n\nBedankt voor uw geduld. Uw vervangende {product} ({sku}) gaat vandaag mee, track & trace {tracking}.\n\nMet vriendelijke groet,\n{S.signoff}\n{company}",
        "Hoi {Af.greeting},\n\nIk heb je melding {case} doorgezet naar mijn collega {B.handover}, zij belt je op {phone}.\n\nGroet,\n{Sf.signoff}",
        "Goedemorgen {At.greeting},\n\nWe hebben {amount} gecrediteerd op factuur {invoice}. Status: {status}.\n\n{Sf.signoff}, Klantenservice",
        (
            "Welkom in het team, {Af}!",
            "Hoi {Af.greeting},\n\nwelkom! Je eerste dag is {date}; vraag bij de receptie naar {B.handover}. Neem je BSN ({natid}) en rekeningnummer mee.\n\nGroet,\n{Sf.signoff}\nHR",
        ),
        "Beste {At.greeting},\n\nuw {product} is opgehaald door onze koerier (track & trace {tracking}). We laten het weten zodra het bij {company} is.\n\nMet vriendelijke groet,\n{S.signoff}",
    ],
    "quote_head": ["Op {date2} schreef {X}:", "-----Oorspronkelijk bericht-----\nVan: {X}\nVerzonden: {ts2}"],
    "row_orders": [
        "afgeven bij buurvrouw {B.relation}",
        "{Af} heeft twee keer gebeld over de vertraging",
        "cadeau voor zus {Bf.relation}, geen factuur meesturen",
        "{At} bellen bij aankomst",
        "{Af} haalt op in de winkel, ID gezien",
        "buurman {Bf.relation} op nr. 7 heeft een sleutel",
    ],
    "row_staff": [
        "buddy: {B.handover}; werkplek naast {Cf}",
        "{Af} wil graag {An.nickname} genoemd worden",
        "start verschoven naar {date}, afgestemd met {S.handover}",
        "noodcontact {B.relation} {phone}",
        "werkt di-do, deelt bureau met {C}",
        "laptop uitgereikt door {Sf.handover}",
    ],
}

TEXTS["pl"] = {
    "notes": [
        (
            "desk",
            "{ts} dzwoniła klientka, przedstawiła się jako {A.intro}; {product} restartuje się od wersji {version}. Przekazano do {S.handover}, zgłoszenie {case}.",
        ),
        ("desk", "Oddzwonić do {At} na {phone} do piątku, zamówienie {order} ma nadal status „{status}”."),
        ("desk", "{A} nie może się zalogować jako {Au}, link do resetu wysłany na {Ae}."),
        (
            "desk",
            "Przekazane do {Sf.handover}: klient {A} chce zwrócić {qty} {product} ({sku}), zapłacił {amount}.",
        ),
        (
            "desk",
            "Reklamacja {product} {A.after_product}: pęknięta pokrywka po dwóch tygodniach, faktura {invoice} z {date}.",
        ),
        (
            "desk",
            "obsługiwał {S.handover}; {Af} potwierdza korektę na {amount}. Zamknięte. Pozdrawiam, {Sf.signoff}",
        ),
        (
            "delivery",
            "Notatka kierowcy {date}: paczka {tracking} zostawiona u sąsiada {B.relation}, {At} nieobecna.",
        ),
        ("delivery", "DZWONIĆ DWA RAZY, {At} słabo słyszy. {street}, {postcode} {city}. Tel. kom. {phone}."),
        (
            "delivery",
            "Nie mogłem znaleźć adresu {street}, oddzwoniłem do {A.callback} ({phone}): zostawić u syna {Bf.relation} na parterze.",
        ),
        ("delivery", "{time} ponowna dostawa dla {A}, {num} kartonów {product}, podpisał mąż {B.relation}."),
        (
            "hotel",
            "Pokój {room}: {At} zameldowanie {ts}, późne wymeldowanie zgodzone, rezerwacja przez {company}.",
        ),
        (
            "hotel",
            "Gość {A.intro} zgubił kartę do pokoju {room}; dowód sprawdzony, nową kartę wydał(a) {Sf.handover}.",
        ),
        (
            "hotel",
            "Nocna zmiana: {A} i partnerka {Bf.relation} skarżą się na hałas z {room2}. Zaproponowano bon {amount}.",
        ),
        ("hotel", "Budzenie 6:30 dla {At}, taksówka na lotnisko. Data urodzenia z karty meldunkowej: {dob}."),
        (
            "hr",
            "Wdrożenie {date}: {A.intro} zaczyna w dziale {dept}, opiekunka {Bf.relation}. Laptop {laptop}, nr inw. {sku}.",
        ),
        (
            "hr",
            "Nowa pracownica {A}, ur. {dob}, PESEL {natid}, zam. {street}, {postcode} {city}. Konto do wypłat {iban}.",
        ),
        (
            "hr",
            "Ocena okresu próbnego {At} w dniu {date}; {S.handover} potwierdza z kadrami. Kontakt awaryjny: {B.relation}, {phone}.",
        ),
        (
            "school",
            "Wiadomość od {B.relation}, mamy {Af.relation} (klasa 3b): w czwartek babcia {C.relation} odbierze {Af.repeat}.",
        ),
        (
            "school",
            "Dzień dobry pani {Sl.title}, {Af} ma {date} dentystę i wyjdzie o 11:15. Dziękuję, {B.signoff}",
        ),
        ("forum", "@{Af.mention} zresetuj {product}, u mnie firmware {version} pomógł. Pozdro, {Bf.signoff}"),
        ("forum", "Dzięki {Af.greeting}! @{Bf.mention} miała to samo z zamówieniem {order}."),
        (
            "forum",
            "Dodane przez {Au} {ts}: komuś jeszcze {product} miga na czerwono? Mój to {sku}, kupiony w {company}.",
        ),
        ("forum", "{An.nickname} (czyli {A}) organizuje giełdę wymiany {date}, dzwońcie {phone}."),
        (
            "minutes",
            "Protokół z {date} – obecni: {A}, {B}, {Sf} (prowadząca). Zadanie: {Af.repeat} wysyła liczby do {company} do {date2}.",
        ),
        (
            "minutes",
            "Sprawy różne: {At} porusza wycofanie {product}; {Bf.handover} skontaktuje się z dostawcą.",
        ),
        (
            "desk",
            "Prośba o kontakt: {A.callback} prosi o telefon w sprawie faktury {invoice}, najlepiej po 16 ({phone}).",
        ),
        (
            "desk",
            "Zwrot {product} {Af.after_product} przyjęty, zamówienie {order}, korekta {amount} zatwierdzona przez {Sf.handover}.",
        ),
        (
            "forum",
            "@{Au.mention} @{Bf.mention} aktualizacja {version} już jest, opis zmian na stronie {company}.",
        ),
        (
            "desk",
            "{ts} Mówi {A.intro} z trzeciego piętra, {product} (EAN {ean}) nie chce się sparować. Numer przesyłki {tracking}.",
        ),
        (
            "hotel",
            "Wcześniejszy przyjazd: pokój {room} rodziny {Al} jeszcze niegotowy, bagaż w przechowalni. Brat {B.relation} dojedzie jutro.",
        ),
        (
            "school",
            "Rzeczy znalezione: śniadaniówka {Af} leżała na sali gimnastycznej, tata {Bf.relation} ją odbierze. – {S.signoff}",
        ),
        (
            "desk",
            "Pilnie oddzwonić do {At.callback}: polecenie zapłaty za {invoice} odrzucone, zapisany rachunek {iban}.",
        ),
        (
            "minutes",
            "Witamy {A.intro} (dla wszystkich {An.nickname}) w zarządzie; podziękowania dla {B} za sześć lat skarbnikowania.",
        ),
    ],
    "chat_c": [
        "dzień dobry, tu {A.intro}, {product} przyszedł uszkodzony",
        "numer zamówienia {order}, zapłacone {date}",
        "proszę dzwonić na {phone} po 17",
        "mój mail to {Ae}",
        "adres: {street}, {postcode} {city}",
        "właściwie zamawiał mąż {B.relation}, jest na niego",
        "dzięki {Sf.greeting}, super",
        "przesyłka {tracking} stoi od {date}",
        "ok dziękuję, pozdrawiam, {Af.signoff}",
        "czy {C.handover} może oddzwonić? on to prowadził w zeszłym tygodniu",
        "to znowu {A.intro}, zgłoszenie {case}",
        "mój login to {Au}, wersja {version}",
    ],
    "chat_a": [
        "dzień dobry {Af.greeting}, z tej strony {Sf.intro} z {company}",
        "dziękuję {Af.greeting}, widzę zamówienie {order}: {qty} {product}",
        "założyłam zgłoszenie {case} i przekazuję do {C.handover}",
        "dla weryfikacji data urodzenia? mamy {dob}",
        "zwrot {amount} zlecony dziś, 3-5 dni roboczych",
        "{Af.greeting}, kurier zostawił paczkę u {B.relation} obok",
        "nie ma sprawy {An.greeting}, coś jeszcze?",
        "oddzwonię za 10 minut, {Af.callback}, na {phone}",
        "@{Af.mention} faktura {invoice} w załączniku",
    ],
    "subject": [
        "Odp: zamówienie {order}",
        "Reklamacja {product}",
        "Faktura {invoice}",
        "Odp: Odp: zgłoszenie {case}",
        "Dostawa dla {A}",
    ],
    "mail_in": [
        "Dzień dobry {Sf.greeting},\n\n{date} zamówiłam {qty} {product} (zamówienie {order}), doszła tylko połowa. Czy mogą Państwo sprawdzić to z {company}?\n\nPozdrawiam\n{A.signoff}\n{phone}",
        "Szanowni Państwo,\n\nproszę o zmianę adresu na {street}, {postcode} {city}. Konto jest na {Ae}.\n\nZ poważaniem\n{A.signoff}",
        "Dzień dobry,\n\nmama {B.relation} jest właścicielką konta, ale leży w szpitalu. Czy mogę odebrać {product} za nią? Zgłoszenie {case}.\n\n{Af.signoff}",
        "Dzień dobry,\n\nzwrot {amount} za fakturę {invoice} nadal nie wpłynął na {iban}.\n\nDziękuję, {Af.signoff}",
        (
            "Rezerwacja {case} – zmiana terminu",
            "Dzień dobry,\n\nmamy rezerwację na {date} (rezerwacja {case}), ale mój partner {B.relation} dojedzie dzień później. Czy możemy zatrzymać pokój {room}?\n\nDziękuję,\n{Af.signoff} i {Bf.signoff}",
        ),
        (
            "Nieobecność {date}",
            "Szanowna {St.greeting},\n\n{Bf.relation} będzie nieobecna {date} z powodu pogrzebu w rodzinie. Jej brat {Cf.relation} z klasy 2 również.\n\nZ poważaniem\n{A.signoff}",
        ),
        "Dzień dobry,\n\nproszę o usunięcie konta ({Au}) i moich danych. Ostatnie zamówienie: {order}.\n\n{A.signoff}\ndata urodzenia {dob}",
    ],
    "mail_out": [
        "Szanowna {At.greeting},\n\ndziękujemy za cierpliwość. Zastępczy {product} ({sku}) wysyłamy dziś, numer przesyłki {tracking}.\n\nZ poważaniem\n{S.signoff}\n{company}",
        "Dzień dobry {Af.greeting},\n\nprzekazałam zgłoszenie {case} koleżance {B.handover}, zadzwoni pod {phone}.\n\nPozdrawiam\n{Sf.signoff}",
        "Dzień dobry {At.greeting},\n\nzaksięgowaliśmy {amount} na fakturze {invoice}. Status: {status}.\n\n{Sf.signoff}, Obsługa Klienta",
        (
            "Witamy w zespole, {Af}!",
            "Cześć {Af.greeting},\n\nwitamy! Pierwszy dzień to {date}, na recepcji zapytaj o {B.handover}. Weź proszę PESEL ({natid}) i numer konta.\n\nPozdrawiam\n{Sf.signoff}\nDział kadr",
        ),
        "Szanowna {At.greeting},\n\nkurier odebrał {product} (numer przesyłki {tracking}). Damy znać, gdy dotrze do {company}.\n\nZ poważaniem\n{S.signoff}",
    ],
    "quote_head": [
        "W dniu {date2} {X} napisał(a):",
        "-----Wiadomość oryginalna-----\nOd: {X}\nWysłano: {ts2}",
    ],
    "row_orders": [
        "zostawić u sąsiadki {B.relation}",
        "{Af} dzwoniła dwa razy w sprawie opóźnienia",
        "prezent dla siostry {Bf.relation}, bez faktury w paczce",
        "zadzwonić do {At} przed dostawą",
        "{Af} odbiera w sklepie, dowód sprawdzony",
        "sąsiad {Bf.relation} spod 7 ma klucz",
    ],
    "row_members": [
        "zapisała się z partnerem {B.relation}",
        "{Af} prosi o szafkę przy basenie",
        "z polecenia {B}, voucher wysłany",
        "zgubiona karta, nową wydał {Sf.handover}",
        "{An.nickname} gra debla we wtorki z {B}",
        "płaci zleceniem stałym z {iban}",
    ],
}

TEXTS["pt"] = {
    "notes": [
        (
            "desk",
            "{ts} a cliente identificou-se como {A.intro}; o {product} reinicia desde a versão {version}. Encaminhado para {S.handover}, processo {case}.",
        ),
        ("desk", "Ligar de volta à {At} para o {phone} até sexta, a encomenda {order} continua «{status}»."),
        ("desk", "{A} não consegue entrar com o utilizador {Au}; link de recuperação enviado para {Ae}."),
        (
            "desk",
            "Passado a {Sf.handover}: o cliente {A} quer devolver {qty} de {product} ({sku}), pagou {amount}.",
        ),
        (
            "desk",
            "Reclamação {product} {A.after_product}: tampa rachada ao fim de duas semanas, fatura {invoice} de {date}.",
        ),
        (
            "desk",
            "atendido por {S.handover}; {Af} confirma a nota de crédito de {amount}. Fechado. Cumprimentos, {Sf.signoff}",
        ),
        (
            "delivery",
            "Nota do estafeta {date}: encomenda {tracking} entregue ao vizinho {B.relation}, {At} ausente.",
        ),
        ("delivery", "TOCAR DUAS VEZES, {At} ouve mal. {street}, {postcode} {city}. Telemóvel {phone}."),
        (
            "delivery",
            "Não encontrei a {street}, liguei à {A.callback} ({phone}): deixar com o filho {Bf.relation} no rés-do-chão.",
        ),
        (
            "delivery",
            "{time} segunda tentativa para {A}, {num} caixas de {product}, assinou o marido {B.relation}.",
        ),
        ("hotel", "Quarto {room}: {At} check-in {ts}, saída tardia aceite, reserva via {company}."),
        (
            "hotel",
            "O hóspede {A.intro} perdeu o cartão do quarto {room}; documento verificado, cartão novo entregue por {Sf.handover}.",
        ),
        (
            "hotel",
            "Turno da noite: {A} e a companheira {Bf.relation} queixam-se do barulho do {room2}. Oferecido vale de {amount}.",
        ),
        ("hotel", "Despertar às 6h30 para {At}, táxi para o aeroporto. Data de nascimento na ficha: {dob}."),
        (
            "hr",
            "Integração {date}: {A.intro} começa em {dept}, a madrinha é {Bf.relation}. Portátil {laptop}, inventário {sku}.",
        ),
        (
            "hr",
            "Nova colaboradora {A}, nascida a {dob}, NIF {natid}, morada {street}, {postcode} {city}. IBAN para o ordenado {iban}.",
        ),
        (
            "hr",
            "Avaliação do período experimental de {At} a {date}; {S.handover} confirma com os recursos humanos. Contacto de emergência: {B.relation}, {phone}.",
        ),
        (
            "school",
            "Mensagem de {B.relation}, mãe de {Af.relation} (3.º B): na quinta a avó {C.relation} vem buscar {Af.repeat}.",
        ),
        (
            "school",
            "Olá professora {Sl.title}, {Af} tem dentista a {date} e sai às 11h15. Obrigada, {B.signoff}",
        ),
        (
            "forum",
            "@{Af.mention} experimenta fazer reset ao {product}, com o firmware {version} resolveu-se. Abraço, {Bf.signoff}",
        ),
        ("forum", "Obrigado {Af.greeting}! @{Bf.mention} teve o mesmo problema com a encomenda {order}."),
        (
            "forum",
            "Publicado por {Au} em {ts}: a mais alguém o {product} pisca a vermelho? O meu é {sku}, comprado na {company}.",
        ),
        (
            "forum",
            "{An.nickname} (de seu nome {A}) organiza a feira de trocas a {date}, liguem para {phone}.",
        ),
        (
            "minutes",
            "Ata de {date} – presentes: {A}, {B}, {Sf} (preside). Ação: {Af.repeat} envia os números à {company} até {date2}.",
        ),
        (
            "minutes",
            "Outros assuntos: {At} levanta a recolha do {product}; {Bf.handover} fala com o fornecedor.",
        ),
        (
            "desk",
            "Pedido de contacto: {A.callback} quer que lhe liguem por causa da fatura {invoice}, de preferência depois das 16h ({phone}).",
        ),
        (
            "desk",
            "Devolução {product} {Af.after_product} recebida, encomenda {order}, nota de crédito {amount} aprovada por {Sf.handover}.",
        ),
        ("forum", "@{Au.mention} @{Bf.mention} já saiu a atualização {version}, notas no site da {company}."),
        (
            "desk",
            "{ts} Fala {A.intro}, do 3.º esquerdo: o {product} (EAN {ean}) não emparelha. O seguimento era {tracking}.",
        ),
        (
            "hotel",
            "Chegada antecipada: o quarto {room} da família {Al} ainda não está pronto, bagagem guardada. O irmão {B.relation} chega amanhã.",
        ),
        (
            "school",
            "Perdidos e achados: a lancheira de {Af} estava no ginásio, o pai {Bf.relation} vem buscá-la. – {S.signoff}",
        ),
        (
            "desk",
            "Ligar com urgência a {At.callback}: débito direto da fatura {invoice} devolvido, IBAN registado {iban}.",
        ),
        (
            "minutes",
            "Boas-vindas a {A.intro} (para todos {An.nickname}) na direção; obrigado a {B} por seis anos como tesoureiro.",
        ),
    ],
    "chat_c": [
        "olá, sou a {A.intro}, o {product} chegou partido",
        "a encomenda é a {order}, paga a {date}",
        "podem ligar para o {phone} depois das 17h",
        "o meu email é {Ae}",
        "morada: {street}, {postcode} {city}",
        "na verdade foi o meu marido {B.relation} que encomendou",
        "obrigada {Sf.greeting}, ótimo",
        "a encomenda {tracking} está parada desde {date}",
        "ok obrigada, cumprimentos, {Af.signoff}",
        "o {C.handover} pode ligar-me? era ele que tinha o processo",
        "é a {A.intro} outra vez, processo {case}",
        "o meu utilizador é {Au}, versão {version}",
    ],
    "chat_a": [
        "olá {Af.greeting}, fala {Sf.intro} da {company}",
        "obrigado {Af.greeting}, vejo a encomenda {order} com {qty} de {product}",
        "abri o processo {case} e passei ao {C.handover}",
        "por segurança, a data de nascimento? temos {dob}",
        "reembolso de {amount} feito hoje, 3 a 5 dias úteis",
        "{Af.greeting}, o estafeta deixou com {B.relation} na porta ao lado",
        "de nada {An.greeting}, mais alguma coisa?",
        "ligo-lhe daqui a 10 min, {Af.callback}, para o {phone}",
        "@{Af.mention} segue a fatura {invoice} em anexo",
    ],
    "subject": [
        "RE: encomenda {order}",
        "Reclamação {product}",
        "Fatura {invoice}",
        "RE: RE: processo {case}",
        "Entrega para {A}",
    ],
    "mail_in": [
        "Olá {Sf.greeting},\n\nEncomendei {qty} de {product} a {date} (encomenda {order}) e só chegou metade. Podem verificar com a {company}?\n\nCumprimentos,\n{A.signoff}\n{phone}",
        "Exmos. Senhores,\n\nPeço a alteração da morada para {street}, {postcode} {city}. A conta está em {Ae}.\n\nAtenciosamente,\n{A.signoff}",
        "Boa tarde,\n\na minha mãe {B.relation} é a titular mas está internada. Posso levantar o {product} por ela? Processo {case}.\n\n{Af.signoff}",
        "Bom dia,\n\no reembolso de {amount} da fatura {invoice} ainda não chegou ao {iban}.\n\nObrigada, {Af.signoff}",
        (
            "Reserva {case} – alteração de datas",
            "Olá,\n\ntemos reserva para {date} (reserva {case}) mas o meu companheiro {B.relation} só chega no dia seguinte. Podemos manter o quarto {room}?\n\nMuito obrigada,\n{Af.signoff} e {Bf.signoff}",
        ),
        (
            "Falta a {date}",
            "Cara {St.greeting},\n\n{Bf.relation} vai faltar a {date} por causa de um funeral. O irmão {Cf.relation}, do 2.º ano, também.\n\nCumprimentos,\n{A.signoff}",
        ),
        "Bom dia,\n\npeço o encerramento da minha conta ({Au}) e a eliminação dos meus dados. Última encomenda: {order}.\n\n{A.signoff}\nnascida a {dob}",
    ],
    "mail_out": [
        "Cara {At.greeting},\n\nObrigado pela paciência. O {product} de substituição ({sku}) segue hoje, código de seguimento {tracking}.\n\nCom os melhores cumprimentos,\n{S.signoff}\n{company}",
        "Olá {Af.greeting},\n\nPassei o processo {case} à minha colega {B.handover}, que lhe liga para o {phone}.\n\nAté breve,\n{Sf.signoff}",
        "Bom dia {At.greeting},\n\nCreditámos {amount} na fatura {invoice}. Estado: {status}.\n\n{Sf.signoff}, Apoio ao Cliente",
        (
            "Bem-vinda à equipa, {Af}!",
            "Olá {Af.greeting},\n\nbem-vinda! O primeiro dia é {date}; pergunte pelo {B.handover} na receção. Traga o NIF ({natid}) e o IBAN.\n\nAté já,\n{Sf.signoff}\nRecursos Humanos",
        ),
        "Cara {At.greeting},\n\no seu {product} foi recolhido pela transportadora (seguimento {tracking}). Avisamos quando chegar à {company}.\n\nCom os melhores cumprimentos,\n{S.signoff}",
    ],
    "quote_head": ["Em {date2}, {X} escreveu:", "-----Mensagem original-----\nDe: {X}\nEnviada: {ts2}"],
    "row_orders": [
        "deixar com a vizinha {B.relation}",
        "{Af} ligou duas vezes por causa do atraso",
        "presente para a irmã {Bf.relation}, sem fatura na caixa",
        "ligar à {At} à chegada",
        "{Af} levanta na loja, documento visto",
        "o vizinho {Bf.relation} do n.º 7 tem a chave",
    ],
    "row_members": [
        "inscreveu-se com o companheiro {B.relation}",
        "{Af} pede cacifo perto da piscina",
        "indicado por {B}, vale enviado",
        "cartão perdido, novo entregue por {Sf.handover}",
        "{An.nickname} joga pares à terça com {B}",
        "paga por débito direto de {iban}",
    ],
}


# --- files -----------------------------------------------------------------------------------------------

LAPTOPS: tuple[str, ...] = (
    "ThinkPad T14 Gen 4",
    "MacBook Air 13 M2",
    "Latitude 5440",
    "EliteBook 840 G10",
    "Surface Laptop 5",
)
_NOTE_CASES = (("title", 0.68), ("lower", 0.2), ("upper", 0.12))
_MAIL_CASES = (("title", 0.85), ("lower", 0.08), ("upper", 0.07))
_NAME_COLUMN_CASES = (("title", 0.7), ("upper", 0.2), ("lower", 0.1))


def _weighted(rng: random.Random, choices: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def _cycle(rng: random.Random, items: list[Any], n: int) -> list[Any]:
    """``n`` items that go through every item before repeating one (each round shuffled)."""
    out: list[Any] = []
    while len(out) < n:
        batch = list(items)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:n]


def _staff(rng: random.Random, lang: str) -> Person:
    person = make_person(rng, lang)
    return Person(
        person.first, person.last, "", person.nick, person.gender, person.tags, rng.choice(COMPANY_DOMAINS)
    )


def _people(rng: random.Random, lang: str, canary: Person | None = None) -> dict[str, Person]:
    return {
        "A": canary or make_person(rng, lang),
        "B": make_person(rng, lang),
        "C": make_person(rng, lang),
        "S": _staff(rng, lang),
    }


def _canary_at(n: int, count: int, offset: int) -> dict[int, Person]:
    """Record positions that get a canary person (spread over the file, deterministic)."""
    people = canary_people()
    if n <= 0:
        return {}
    return {
        (offset * 7 + 11 + i * max(1, n // count)) % n: people[(offset + i) % len(people)]
        for i in range(count)
    }


def _canary_words(records: list[list[Planted]]) -> list[str]:
    words = {w for f, s in CANARY_NAMES for w in (f, s)}
    found = {t for record in records for p in record if "canary" in p.tags for t in name_tokens(p.value)}
    return sorted(w for w in words if w.casefold() in {t.casefold() for t in found})


def notes_file(out_dir: Path, lang: str, n: int, seed: int, offset: int) -> FileSet:
    """Free-text notes of many genres, one per line."""
    rng = random.Random(f"{seed}:notes:{lang}")
    canaries = _canary_at(n, 1, offset)
    lines, records = [], []
    for i, (genre, template) in enumerate(_cycle(rng, TEXTS[lang]["notes"], n)):
        record = Record(
            rng, lang, _weighted(rng, _NOTE_CASES), _people(rng, lang, canaries.get(i)), [f"genre:{genre}"]
        )
        lines.append(record.fill(template))
        records.append(record.planted)
    name = f"notes_{lang}"
    path = out_dir / f"{name}.txt"
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return FileSet(
        name,
        path.name,
        "txt",
        "text",
        lang,
        records,
        canaries=_canary_words(records),
        notes="free-text notes: desk, delivery, hotel, HR, school, forum, minutes",
    )


def chat_file(out_dir: Path, lang: str, n: int, seed: int, offset: int) -> FileSet:
    """A lower-case support chat: conversations of 4-7 messages between a customer and an agent."""
    rng = random.Random(f"{seed}:chat:{lang}")
    as_jsonl = lang in JSONL_CHATS
    canaries = _canary_at(n, 1, offset)
    lines: list[str] = []
    records: list[list[Planted]] = []
    customer_lines = _cycle(rng, TEXTS[lang]["chat_c"], n)
    agent_lines = _cycle(rng, TEXTS[lang]["chat_a"], n)
    while len(lines) < n:
        lower = rng.random() < 0.8
        case = "lower" if lower else "title"
        canary = next((canaries[i] for i in range(len(lines), len(lines) + 7) if i in canaries), None)
        people = _people(rng, lang, canary)
        speaker_kind = rng.choice(("first", "first", "first", "nick", "user"))
        conversation = f"CH-{_digits(rng, 6)}"
        when = moment(rng)
        customer_first = rng.random() < 0.6
        for turn in range(rng.randint(4, 7)):
            if len(lines) >= n:
                break
            customer = (turn % 2 == 0) == customer_first
            record = Record(
                rng, lang, case, people, ["chat", "jsonl" if as_jsonl else "txt_chat"], lower_all=lower
            )
            speaker_field = "speaker" if as_jsonl else "text"
            if not customer:
                speaker = record.person("S", "f", "chat_speaker", speaker_field)
            elif speaker_kind == "user":
                speaker = record.username("A", speaker_field, [*people["A"].tags, "chat_speaker"])
            elif speaker_kind == "nick" and people["A"].nick:
                speaker = record.person("A", "n", "chat_speaker", speaker_field)
            else:
                speaker = record.person("A", "f", "chat_speaker", speaker_field)
            # the speaker slot is not a mention in the text: later slots of the same part are not repeats
            record.seen.clear()
            template = customer_lines.pop() if customer else agent_lines.pop()
            text = record.fill(template)
            when += timedelta(seconds=rng.randint(20, 400))
            if as_jsonl:
                stamp = f"{when:%Y-%m-%dT%H:%M:%S}"
                record.planted.append(Planted("utility:timestamp", stamp, "time", [f"lang:{lang}"]))
                record.planted.append(
                    Planted("utility:case_number", conversation, "conversation", [f"lang:{lang}"])
                )
                lines.append(
                    json.dumps(
                        {"conversation": conversation, "time": stamp, "speaker": speaker, "text": text},
                        ensure_ascii=False,
                    )
                )
            else:
                stamp = f"{when:%H:%M}"
                if rng.random() < 0.5:
                    record.planted.append(Planted("utility:timestamp", stamp, "text", [f"lang:{lang}"]))
                    lines.append(f"[{stamp}] {speaker}: {text}")
                else:
                    lines.append(f"{speaker}: {text}")
            records.append(record.planted)
    name = f"chat_{lang}"
    path = out_dir / f"{name}.{'jsonl' if as_jsonl else 'txt'}"
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return FileSet(
        name,
        path.name,
        "jsonl" if as_jsonl else "txt",
        "text",
        lang,
        records,
        canaries=_canary_words(records),
        notes="support chat, mostly lower case",
    )


def mail_file(out_dir: Path, lang: str, n: int, seed: int, offset: int) -> FileSet:
    """E-mails (from, to, subject, body with a quoted earlier message) between customers and staff."""
    rng = random.Random(f"{seed}:mail:{lang}")
    texts = TEXTS[lang]
    canaries = _canary_at(n, 1, offset)
    lines, records = [], []
    inbound = _cycle(rng, texts["mail_in"], n)
    outbound = _cycle(rng, texts["mail_out"], n)
    for i in range(n):
        people = _people(rng, lang, canaries.get(i))
        record = Record(rng, lang, _weighted(rng, _MAIL_CASES), people, ["mail"])
        incoming = rng.random() < 0.6
        author, reader = ("A", "S") if incoming else ("S", "A")
        stamp = record.value("ts", "date")
        sender = f"{record.person(author, '', 'email_header', 'from')} <{record.email(author, 'from')}>"
        recipient = f"service@{people['S'].domain}" if incoming else record.email("A", "to")
        template = (inbound if incoming else outbound)[i]
        # a template is a body, or (subject, body) when only one subject fits it
        subject, template = (
            template if isinstance(template, tuple) else (rng.choice(texts["subject"]), template)
        )
        earlier = (outbound if incoming else inbound)[(i + 1) % n]
        subject = record.fill(subject, "subject")
        body = record.fill(template, "body")
        head = record.fill(rng.choice(texts["quote_head"]).replace("{X", "{" + reader), "body")
        quoted = record.fill(earlier[1] if isinstance(earlier, tuple) else earlier, "body")
        full = f"{body}\n\n{head}\n" + "\n".join(f"> {line}" if line else ">" for line in quoted.split("\n"))
        message = {
            "id": f"<{_digits(rng, 8)}.{_digits(rng, 4)}@mail>",
            "date": stamp,
            "from": sender,
            "to": recipient,
            "subject": subject,
            "body": full,
        }
        lines.append(json.dumps(message, ensure_ascii=False))
        records.append(record.planted)
    name = f"mail_{lang}"
    path = out_dir / f"{name}.jsonl"
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return FileSet(
        name,
        path.name,
        "jsonl",
        "text",
        lang,
        records,
        canaries=_canary_words(records),
        notes="e-mails with a quoted reply",
    )


# --- tables ----------------------------------------------------------------------------------------------


def _unique_ids(rng: random.Random, n: int, low: int, high: int) -> list[int]:
    return rng.sample(range(low, high), n)


def _name_cell(record: Record, role: str, fld: str, *, last_first: bool) -> str:
    """A full name in a name column, "First Last" or "Last, First"."""
    person = record.people[role]
    first, last = record.cased(person.first), record.cased(person.surname())
    tags = [record.case, *person.tags, "name_column"] + (["last_first"] if last_first else [])
    record.plant("PERSON", f"{first} {record.cased(person.last)}", fld, tags)
    return f"{last}, {first}" if last_first else f"{first} {last}"


def _row(
    rng: random.Random, lang: str, canary: Person | None, managers: list[Person] | None = None
) -> Record:
    people = _people(rng, lang, canary)
    if managers:
        people["S"] = rng.choice(managers)
    return Record(rng, lang, _weighted(rng, _NAME_COLUMN_CASES), people, ["table"])


def _note(record: Record, rng: random.Random, key: str, fld: str) -> str:
    if rng.random() < 0.35:
        return ""
    record.case = "title" if record.case == "upper" else record.case
    return record.fill(rng.choice(TEXTS[record.lang][key]), fld)


def orders_table(out_dir: Path, n: int, seed: int) -> FileSet:
    """Web-shop orders (CSV): ``no`` and ``customer_id`` record IDs, contact columns, delivery notes."""
    import pandas as pd

    rng = random.Random(f"{seed}:orders")
    canaries = _canary_at(n, 2, 1)
    start = rng.randint(1000, 5000)
    customer_ids = _unique_ids(rng, n, 10000, 99999)
    rows, records = [], []
    for i in range(n):
        lang = rng.choice(LANGS)
        record = _row(rng, lang, canaries.get(i))
        row: dict[str, str] = {"no": str(start + i), "customer_id": f"C{customer_ids[i]}"}
        record.planted.append(Planted("utility:record_id", row["no"], "no", [f"lang:{lang}"]))
        record.planted.append(
            Planted("utility:record_id", row["customer_id"], "customer_id", [f"lang:{lang}"])
        )
        row["customer"] = _name_cell(record, "A", "customer", last_first=rng.random() < 0.25)
        record.seen.add("A")
        row["email"] = record.email("A", "email")
        row["phone"] = record.value("phone", "phone")
        row["street"] = record.value("street", "street")
        row["postcode"] = record.value("postcode", "postcode")
        row["city"] = record.value("city", "city")
        row["country"] = COUNTRY[lang]
        record.planted.append(Planted("utility:country", row["country"], "country", [f"lang:{lang}"]))
        row["product"] = record.value("product", "product")
        row["sku"] = record.value("sku", "sku")
        row["ean"] = record.value("ean", "ean")
        row["qty"] = str(rng.randint(1, 6))
        record.planted.append(Planted("utility:quantity", row["qty"], "qty", [f"lang:{lang}"]))
        row["amount"] = record.value("amount", "amount")
        row["order_ref"] = record.value("order", "order_ref")
        row["ordered_at"] = record.value("ts", "ordered_at")
        row["status"] = record.value("status", "status")
        row["delivery_note"] = _note(record, rng, "row_orders", "delivery_note")
        rows.append(row)
        records.append(record.planted)
    path = out_dir / "webshop_orders.csv"
    pd.DataFrame(rows).to_csv(path, index=False, encoding="utf-8")
    return FileSet(
        "webshop_orders",
        path.name,
        "csv",
        "table",
        "mixed",
        records,
        ["no", "customer_id"],
        _canary_words(records),
        notes="orders with record IDs, products and delivery notes",
    )


def staff_table(out_dir: Path, n: int, seed: int) -> FileSet:
    """HR onboarding list (TSV): ``employee_id``, birth dates, national IDs, IBANs, managers, notes."""
    import pandas as pd

    rng = random.Random(f"{seed}:staff")
    canaries = _canary_at(n, 2, 2)
    ids = _unique_ids(rng, n, 100000, 999999)
    langs = ("en", "de", "fr", "nl")
    managers = {lang: [_staff(rng, lang) for _ in range(6)] for lang in langs}
    rows, records = [], []
    for i in range(n):
        lang = rng.choice(langs)
        record = _row(rng, lang, canaries.get(i), managers[lang])
        row = {"employee_id": f"E{ids[i]}"}
        record.planted.append(
            Planted("utility:record_id", row["employee_id"], "employee_id", [f"lang:{lang}"])
        )
        row["name"] = _name_cell(record, "A", "name", last_first=rng.random() < 0.6)
        record.seen.add("A")
        row["birth_date"] = record.value("dob", "birth_date")
        row["national_id"] = record.value("natid", "national_id")
        row["iban"] = record.value("iban", "iban")
        row["mobile"] = record.value("phone", "mobile")
        row["private_email"] = record.email("A", "private_email")
        row["street"] = record.value("street", "street")
        row["postcode"] = record.value("postcode", "postcode")
        row["city"] = record.value("city", "city")
        row["department"] = rng.choice(DEPARTMENTS)
        record.planted.append(Planted("utility:other", row["department"], "department", [f"lang:{lang}"]))
        row["start_date"] = record.value("date", "start_date")
        row["manager"] = _name_cell(record, "S", "manager", last_first=False)
        row["laptop"] = rng.choice(LAPTOPS)
        record.planted.append(Planted("utility:product", row["laptop"], "laptop", [f"lang:{lang}"]))
        row["asset_tag"] = record.value("sku", "asset_tag")
        row["note"] = _note(record, rng, "row_staff", "note")
        rows.append(row)
        records.append(record.planted)
    path = out_dir / "staff_onboarding.tsv"
    pd.DataFrame(rows).to_csv(path, index=False, sep="\t", encoding="utf-8")
    return FileSet(
        "staff_onboarding",
        path.name,
        "tsv",
        "table",
        "mixed",
        records,
        ["employee_id"],
        _canary_words(records),
        notes="HR onboarding list",
    )


def members_table(out_dir: Path, n: int, seed: int) -> FileSet:
    """Sports-club members (Parquet): ``member_id`` and integer ``card_no``, split name columns,
    quasi-identifiers (gender, birth year, postcode, town), plans and comments."""
    import pandas as pd

    rng = random.Random(f"{seed}:members")
    canaries = _canary_at(n, 2, 3)
    ids = _unique_ids(rng, n, 100, 99999)
    cards = _unique_ids(rng, n, 200000, 899999)
    langs = ("es", "it", "pl", "pt", "en")
    rows: list[dict[str, Any]] = []
    records = []
    for i in range(n):
        lang = rng.choice(langs)
        key = "row_members" if "row_members" in TEXTS[lang] else "row_orders"
        record = _row(rng, lang, canaries.get(i))
        row: dict[str, Any] = {"member_id": f"MBR-{ids[i]:05d}", "card_no": cards[i]}
        record.planted.append(Planted("utility:record_id", row["member_id"], "member_id", [f"lang:{lang}"]))
        record.planted.append(Planted("utility:record_id", str(row["card_no"]), "card_no", [f"lang:{lang}"]))
        person = record.people["A"]
        first, last = record.cased(person.first), record.cased(person.surname())
        record.plant("PERSON", first, "first_name", [record.case, *person.tags, "name_column"])
        record.plant(
            "PERSON", record.cased(person.last), "last_name", [record.case, *person.tags, "name_column"]
        )
        record.seen.update({"Af", "Al"})
        row["first_name"], row["last_name"] = first, last
        row["username"] = record.username("A", "username", [*person.tags, "name_column"])
        row["gender"] = {"f": "F", "m": "M"}[person.gender] if rng.random() < 0.95 else "X"
        row["birth_year"] = rng.randint(1950, 2008)
        row["postcode"] = record.value("postcode", "postcode")
        row["town"] = record.value("city", "town")
        row["phone"] = record.value("phone", "phone")
        row["plan"] = rng.choice(PLANS)
        record.planted.append(Planted("utility:product", row["plan"], "plan", [f"lang:{lang}"]))
        row["joined"] = record.value("date", "joined")
        row["last_visit"] = record.value("ts", "last_visit")
        row["fee"] = record.value("amount", "fee")
        row["comment"] = _note(record, rng, key, "comment")
        rows.append(row)
        records.append(record.planted)
    path = out_dir / "club_members.parquet"
    frame = pd.DataFrame(rows)
    frame["card_no"] = frame["card_no"].astype("int64")
    frame["birth_year"] = frame["birth_year"].astype("int64")
    frame.to_parquet(path, index=False)
    return FileSet(
        "club_members",
        path.name,
        "parquet",
        "table",
        "mixed",
        records,
        ["member_id", "card_no"],
        _canary_words(records),
        notes="club members with quasi-identifiers",
    )


# --- entry points ----------------------------------------------------------------------------------------


def generate(out_dir: Path, *, seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[FileSet]:
    """Write the blind3 set into ``out_dir``; one FileSet per file (deterministic for the seed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    def count(base: int) -> int:
        return max(4, round(base * scale))

    sets: list[FileSet] = []
    for i, lang in enumerate(LANGS):
        sets.append(notes_file(out_dir, lang, count(100), seed, i))
        sets.append(mail_file(out_dir, lang, count(45), seed, i + 1))
        sets.append(chat_file(out_dir, lang, count(80), seed, i + 2))
    table_rows = max(10, round(500 * scale))
    sets.append(orders_table(out_dir, table_rows, seed))
    sets.append(staff_table(out_dir, table_rows, seed))
    sets.append(members_table(out_dir, table_rows, seed))
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    sets = generate(args.out, seed=args.seed, scale=args.scale)
    write_truth(sets, args.out / "truth.json")
    print(f"{len(sets)} files, {sum(len(s.records) for s in sets)} records -> {args.out}")


if __name__ == "__main__":
    main()

"""Value sources for the development set: names, places and business values the engine never saw.

Names, streets and cities come from mimesis's datasets (read from the installed package, v22) and
from syllable-built inventions; every one is dropped when `anonymize.vocabulary.is_known_to_engine`
knows it or one of its words. Invented words must also be absent from every mimesis person list (all
locales) and from Faker's person lists. Contact values (phones, e-mails, IBANs, national IDs) have
valid shapes and check digits; business values (products, order numbers, EANs, amounts…) are the
utility a benchmark expects to survive. Everything is drawn from a seeded `random.Random`.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import mimesis
import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType
from stdnum import ean as std_ean
from stdnum import iban as std_iban

from anonymize.vocabulary import faker_person_words, is_known_to_engine

LANGS: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
#: mimesis locales whose names count as European, per language of the set.
EU_LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en", "en-gb"),
    "de": ("de", "de-at", "de-ch"),
    "fr": ("fr",),
    "es": ("es",),
    "it": ("it",),
    "nl": ("nl",),
    "pl": ("pl",),
    "pt": ("pt",),
}
#: Other European locales that fill thin surname pools (people move).
EXTRA_EU_LOCALES: tuple[str, ...] = ("cs", "da", "hu", "no", "sv", "et", "is")
#: Latin-script locales outside Europe.
NON_EU_LOCALES: tuple[str, ...] = ("tr", "az", "es-mx", "pt-br")
COUNTRY: dict[str, str] = {
    "en": "GB",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "nl": "NL",
    "pl": "PL",
    "pt": "PT",
}
GENDERS = ("female", "male")
_DATASETS = Path(mimesis.__file__).parent / "datasets"
_NAME_RE = re.compile(r"^[^\W\d_]{3,}(?:-[^\W\d_]{3,})?$")
_WORD_RE = re.compile(r"[^\W\d_]+")


# --- mimesis datasets ------------------------------------------------------------------------------


def _dataset(locale: str, name: str) -> dict[str, Any]:
    """A mimesis JSON dataset, falling back to the base language for missing keys (as mimesis does)."""
    path = _DATASETS / locale / f"{name}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    base = locale.split("-")[0]
    if base != locale and (_DATASETS / base / f"{name}.json").exists():
        return {**_dataset(base, name), **data}
    return data


def _by_gender(value: Any, gender: str) -> list[str]:
    if isinstance(value, dict):
        return [str(v) for v in value.get(gender, [])]
    return [str(v) for v in value or []]


def words_of(value: str) -> list[str]:
    """The case-folded letter runs of ``value``."""
    return [w.casefold() for w in _WORD_RE.findall(value)]


@lru_cache(maxsize=1)
def mimesis_person_words() -> frozenset[str]:
    """Every word of every first name and surname of every mimesis locale (case-folded)."""
    found: set[str] = set()
    for folder in _DATASETS.iterdir():
        path = folder / "person.json"
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("names", "surnames", "first_name", "last_name"):
            value = data.get(key)
            items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value or []
            for item in items:
                found.update(words_of(str(item)))
    return frozenset(found)


def usable(value: str, banned: Collection[str] = ()) -> bool:
    """True when neither ``value`` nor any of its words (three letters or more, as the engine's own
    check counts them) is known to the engine or banned."""
    if is_known_to_engine(value):
        return False
    return not any(w in banned or is_known_to_engine(w) for w in words_of(value) if len(w) >= 3)


def fold_ascii(value: str) -> str:
    """``value`` in lower-case ASCII (for e-mail local parts)."""
    value = value.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ı", "i")
    value = value.replace("ə", "e").replace("Ə", "E")
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-_")).lower()


class Deck:
    """Draw items in a shuffled order, reshuffling when exhausted (even use, no early repeats)."""

    def __init__(self, items: Sequence[str], rng: random.Random) -> None:
        if not items:
            raise ValueError("an empty deck")
        self.items = list(items)
        self.rng = rng
        self.order: list[str] = []

    def draw(self) -> str:
        if not self.order:
            self.order = self.items[:]
            self.rng.shuffle(self.order)
        return self.order.pop()

    def __len__(self) -> int:
        return len(self.items)


# --- invented words ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """A syllable inventory for invented names."""

    syllables: tuple[str, ...]
    female: tuple[str, ...]
    male: tuple[str, ...]
    surname: tuple[str, ...]
    surname_female: tuple[str, ...] = ()


STYLES: dict[str, Style] = {
    "slavic": Style(
        (
            "bo",
            "dra",
            "gos",
            "kra",
            "lu",
            "mi",
            "ne",
            "pro",
            "ra",
            "sła",
            "sto",
            "vla",
            "wo",
            "zde",
            "zo",
            "dro",
            "bre",
            "cze",
            "szy",
            "wi",
            "ło",
            "że",
            "chwa",
            "mszy",
            "trze",
        ),
        ("ena", "ava", "ilja", "uta", "ka", "ysła", "inka"),
        ("omir", "osław", "ek", "an", "ko", "imir"),
        ("owski", "ewicz", "czyk", "ak", "enko", "ar", "iński"),
        ("owska", "ewicz", "czyk", "ak", "enko", "ar", "ińska"),
    ),
    "romance": Style(
        (
            "al",
            "bel",
            "car",
            "dor",
            "fa",
            "gi",
            "lo",
            "mar",
            "ne",
            "or",
            "pe",
            "ri",
            "sal",
            "te",
            "va",
            "zi",
            "qui",
            "ran",
            "cel",
            "lio",
            "ser",
            "tor",
        ),
        ("ella", "ina", "ia", "ara", "ilde", "etta"),
        ("ano", "ello", "io", "ardo", "isto", "ario"),
        ("etti", "ucci", "ares", "oni", "ez", "eira", "ault", "ier", "asco"),
    ),
    "germanic": Style(
        (
            "al",
            "berg",
            "dal",
            "ed",
            "frid",
            "gun",
            "hal",
            "il",
            "kett",
            "lind",
            "mun",
            "olf",
            "rag",
            "sig",
            "thor",
            "ul",
            "wal",
            "win",
            "hrod",
            "brun",
            "ees",
            "gert",
        ),
        ("hild", "trud", "wine", "gard", "linde", "burga"),
        ("bert", "mund", "wald", "helm", "ric", "fried"),
        ("inger", "mann", "hoff", "brecht", "sen", "ke", "stedt", "rath", "hauer"),
    ),
    "west_african": Style(
        (
            "a",
            "de",
            "o",
            "lu",
            "chi",
            "nke",
            "kwa",
            "me",
            "yo",
            "ba",
            "fo",
            "ke",
            "ife",
            "ngo",
            "zu",
            "tun",
            "ji",
            "se",
            "da",
            "bu",
            "nna",
        ),
        ("ola", "emi", "esi", "adi", "ayo", "nne"),
        ("ode", "ike", "wale", "uma", "ebo"),
        ("onye", "owale", "adu", "ekwe", "oba", "ibe", "ilo"),
    ),
    "east_asian": Style(
        (
            "hao",
            "jin",
            "ming",
            "xiu",
            "yun",
            "tae",
            "sung",
            "hyo",
            "ryo",
            "kazu",
            "shin",
            "mei",
            "lan",
            "zhe",
            "qiu",
            "wen",
            "tomo",
            "aki",
            "jun",
            "seo",
        ),
        ("mei", "na", "ko", "yeon", "lan", "xi"),
        ("hao", "to", "jun", "woo", "ki", "ren"),
        ("mura", "zhao", "yama", "seong", "gawa", "qiang"),
    ),
}

#: Endings of invented city names, per language.
CITY_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("ton", "ford", "by", "wick", "ham", "bury"),
    "de": ("burg", "dorf", "hausen", "feld", "stedt", "bach"),
    "fr": ("ville", "court", "ac", "y-sur-Orle", "mont"),
    "es": ("ejo", "illa", "ón", "ares", "uela"),
    "it": ("ano", "ello", "ate", "ona", "iglio"),
    "nl": ("dorp", "veen", "horst", "broek", "dam", "wijk"),
    "pl": ("ów", "owo", "ice", "no", "yń"),
    "pt": ("ães", "elo", "inha", "ares", "ouço"),
}


class Inventor:
    """Invented words from syllables, never known to the engine, to mimesis or to Faker."""

    def __init__(self, rng: random.Random, banned: Collection[str] = ()) -> None:
        self.rng = rng
        self.banned = set(banned)
        self.used: set[str] = set()
        self.forbidden = mimesis_person_words() | faker_person_words()

    def accept(self, word: str) -> bool:
        folded = word.casefold()
        if (
            len(folded) < 4
            or not _case_safe(word)
            or folded in self.used
            or folded in self.banned
            or folded in self.forbidden
            or not usable(word)
            or re.search(r"(.)\1\1", folded)
        ):
            return False
        self.used.add(folded)
        return True

    def word(self, syllables: Sequence[str], endings: Sequence[str], parts: tuple[int, int] = (1, 2)) -> str:
        for _ in range(500):
            stem = "".join(self.rng.choice(syllables) for _ in range(self.rng.randint(*parts)))
            candidate = (stem + self.rng.choice(endings)).capitalize()
            if self.accept(candidate):
                return candidate
        raise RuntimeError("no invented word left for this inventory")

    def first(self, style: str, gender: str) -> str:
        s = STYLES[style]
        return self.word(s.syllables, s.female if gender == "female" else s.male)

    def surname(self, style: str, gender: str) -> str:
        s = STYLES[style]
        endings = s.surname_female if gender == "female" and s.surname_female else s.surname
        return self.word(s.syllables, endings)

    def place(self, lang: str) -> str:
        syllables = STYLES[self.rng.choice(["romance", "germanic", "slavic"])].syllables
        return self.word(syllables, CITY_ENDINGS[lang], parts=(1, 2))


# --- names --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    """A person: first name, surname, gender, where it came from (mimesis|invented|non_european)."""

    first: str
    last: str
    gender: str
    source: str
    locale: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _case_safe(value: str) -> bool:
    """Lower and upper case keep the value's length and stay unknown to the engine (no ``İ``/``ı``)."""
    lower, upper = value.lower(), value.upper()
    return (
        len(lower) == len(upper) == len(value) and lower.upper() == upper and usable(lower) and usable(upper)
    )


def _usable_names(values: Iterable[str], banned: Collection[str]) -> list[str]:
    return sorted(
        {v for v in values if _NAME_RE.match(v) and v[0].isupper() and usable(v, banned) and _case_safe(v)}
    )


@lru_cache(maxsize=64)
def _locale_names(locale: str, kind: str, gender: str, banned: frozenset[str]) -> tuple[str, ...]:
    data = _dataset(locale, "person")
    return tuple(_usable_names(_by_gender(data.get(kind), gender), banned))


class NamePool:
    """People for the dev set, evenly drawn per language and source, tokens spread across records."""

    def __init__(self, rng: random.Random, banned: Collection[str] = ()) -> None:
        self.rng = rng
        self.banned = frozenset(w.casefold() for w in banned)
        self.inventor = Inventor(rng, self.banned)
        self._decks: dict[tuple[str, ...], Deck] = {}

    def _deck(self, key: tuple[str, ...], factory: Callable[[], Sequence[str]]) -> Deck:
        if key not in self._decks:
            self._decks[key] = Deck(factory(), self.rng)
        return self._decks[key]

    def _from_locales(self, locales: Sequence[str], kind: str, gender: str) -> list[str]:
        return sorted({n for loc in locales for n in _locale_names(loc, kind, gender, self.banned)})

    def mimesis(self, lang: str, gender: str | None = None) -> Name:
        """A name from the language's European mimesis locales (surnames padded from other EU locales)."""
        gender = gender or self.rng.choice(GENDERS)
        locales = EU_LOCALES[lang]
        first = self._deck(
            ("eu", lang, "first", gender), lambda: self._from_locales(locales, "names", gender)
        )

        def surnames() -> list[str]:
            own = self._from_locales(locales, "surnames", gender)
            if len(own) < 150:
                own += self._from_locales(EXTRA_EU_LOCALES, "surnames", gender)
            return sorted(set(own))

        last = self._deck(("eu", lang, "last", gender), surnames)
        return Name(first.draw(), last.draw(), gender, "mimesis", locales[0])

    def non_european(self, gender: str | None = None) -> Name:
        """A name from a Latin-script locale outside Europe (tr, az, es-mx, pt-br)."""
        gender = gender or self.rng.choice(GENDERS)
        locale = self.rng.choice(NON_EU_LOCALES)
        first = self._deck(
            ("ne", locale, "first", gender), lambda: self._from_locales([locale], "names", gender)
        )
        last = self._deck(
            ("ne", locale, "last", gender), lambda: self._from_locales([locale], "surnames", gender)
        )
        return Name(first.draw(), last.draw(), gender, "non_european", locale)

    def invented(self, gender: str | None = None, style: str | None = None) -> Name:
        """A name built from syllables of one inventory (never in any list)."""
        gender = gender or self.rng.choice(GENDERS)
        style = style or self.rng.choice(sorted(STYLES))
        return Name(
            self.inventor.first(style, gender),
            self.inventor.surname(style, gender),
            gender,
            "invented",
            style,
        )

    def draw(self, lang: str, source: str, gender: str | None = None) -> Name:
        if source == "invented":
            return self.invented(gender)
        if source == "non_european":
            return self.non_european(gender)
        return self.mimesis(lang, gender)

    def nickname(self, name: Name) -> str:
        """A short form of the first name (``Radosław`` → ``Radek``), unknown to the engine."""
        base = name.first.split("-")[0]
        vowels = set("aeiouyąęóàáâãäåèéêëìíîïòóôõöùúûüə")
        for _ in range(40):
            cut = self.rng.randint(2, max(2, min(4, len(base) - 2)))
            while cut < len(base) - 1 and base[cut - 1].lower() in vowels:
                cut += 1  # end the stem on a consonant: "Rad", "Bog", "Kon"
            candidate = base[:cut] + self.rng.choice(["i", "o", "y", "ek", "ie", "a", "u", "si"])
            if candidate.casefold() == base.casefold() or len(candidate) < 3:
                continue
            if self.inventor.accept(candidate):
                return candidate
        return base


# --- places -------------------------------------------------------------------------------------------

STREET_TYPES: dict[str, tuple[str, ...]] = {
    "en": ("Street", "Road", "Lane", "Avenue", "Close", "Way", "Drive", "Crescent"),
    "de": ("straße", "weg", "gasse", "allee", "ring"),
    "fr": ("rue", "avenue", "allée", "boulevard", "impasse", "chemin"),
    "es": ("Calle", "Avenida", "Paseo", "Camino"),
    "it": ("Via", "Viale", "Piazza", "Corso"),
    "nl": ("straat", "laan", "weg", "gracht", "dreef"),
    "pl": ("ul.", "al.", "os."),
    "pt": ("Rua", "Avenida", "Travessa", "Largo"),
}
_STREET_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": ("straße", "strasse", "weg", "gasse", "allee", "ring", "platz", "damm", "ufer", "steig", "pfad",
           "chaussee", "markt", "hof", "berg", "graben", "anger", "feld", "tor", "brücke", "wall"),
    "nl": ("straat", "weg", "laan", "plein", "gracht", "kade", "singel", "dreef", "hof", "pad", "dijk",
           "park", "steeg", "wal", "markt", "erf", "hoek", "veld", "baan", "dam", "burg", "state"),
}  # fmt: skip
_STREET_PREFIXES = re.compile(r"^(calle|avenida|rúa|rua|paseo|plaza|camino|via|viale|piazza|corso)\b", re.I)


@dataclass(frozen=True)
class Address:
    """A street line, postcode and city in one country, with where the names came from."""

    street: str
    postcode: str
    city: str
    country: str
    source: str


def postcode(rng: random.Random, country: str) -> str:
    """A postcode in the country's shape."""
    digits = string.digits
    if country == "GB":
        letters = "ABCDEFGHJKLMNOPRSTUWYZ"
        area = rng.choice(letters) + rng.choice(["", rng.choice(letters)])
        district = str(rng.randint(1, 29))
        return f"{area}{district} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    if country == "NL":
        letters = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase)
        while letters in {"SA", "SD", "SS"}:
            letters = "AB"
        return f"{rng.randint(1000, 9999)} {letters}"
    if country == "PL":
        return f"{rng.randint(0, 99):02d}-{rng.randint(0, 999):03d}"
    if country == "PT":
        return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"
    if country == "ES":
        return f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}"
    if country == "FR":
        return f"{rng.randint(1, 95):02d}{rng.randint(0, 999):03d}"
    return "".join(rng.choice(digits) for _ in range(5)).replace("0", "1", 1)


@lru_cache(maxsize=32)
def _locale_places(locale: str, banned: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = _dataset(locale, "address")
    streets = [str(s) for s in (data.get("street") or {}).get("name", [])]
    cities = [str(c) for c in data.get("city", [])]

    def ok(value: str) -> bool:
        return bool(value) and not re.search(r"\d", value) and len(value) <= 40 and usable(value, banned)

    return tuple(sorted({s for s in streets if ok(s)})), tuple(sorted({c for c in cities if ok(c)}))


class PlacePool:
    """Streets and cities from mimesis (filtered) or invented, with postcodes, per language."""

    def __init__(self, rng: random.Random, inventor: Inventor, banned: Collection[str] = ()) -> None:
        self.rng = rng
        self.inventor = inventor
        self.banned = frozenset(w.casefold() for w in banned)
        self._decks: dict[tuple[str, str], Deck] = {}

    def words(self) -> set[str]:
        """Every word of every place this pool may draw from mimesis (names must avoid them)."""
        out: set[str] = set()
        for locales in EU_LOCALES.values():
            for loc in locales:
                streets, cities = _locale_places(loc, self.banned)
                for value in (*streets, *cities):
                    out.update(words_of(value))
        return out

    def _mimesis(self, lang: str, which: int) -> str | None:
        key = (lang, "street" if which == 0 else "city")
        if key not in self._decks:
            places = {v for loc in EU_LOCALES[lang] for v in _locale_places(loc, self.banned)[which]}
            values = sorted(places)
            if len(values) < 20:
                return None
            self._decks[key] = Deck(values, self.rng)
        return self._decks[key].draw()

    def street(self, lang: str, name: str, number: str) -> str:
        """A street line in the language's usual shape (street-type words the engine knows are left out)."""
        kinds = [k for k in STREET_TYPES[lang] if lang in {"de", "nl"} or usable(k)]
        kind = self.rng.choice(kinds)
        if lang == "en":
            return f"{number} {name} {kind}"
        if lang in {"de", "nl"}:
            done = " " in name or "-" in name or name.casefold().endswith(_STREET_ENDINGS[lang])
            return f"{name} {number}" if done else f"{name}{kind} {number}"
        if lang == "fr":
            return f"{number} {kind} {name}"
        if lang == "es":
            return f"{name}, {number}" if _STREET_PREFIXES.match(name) else f"{kind} {name}, {number}"
        if lang == "it":
            return f"{name} {number}" if _STREET_PREFIXES.match(name) else f"{kind} {name} {number}"
        if lang == "pl":
            return f"{kind} {name} {number}"
        return f"{kind} {name}, {number}"

    def address(self, lang: str, source: str | None = None) -> Address:
        """A full address; ``source`` is ``mimesis`` or ``invented`` (random when None)."""
        source = source or self.rng.choice(["mimesis", "invented"])
        number = str(self.rng.randint(1, 240))
        if lang == "pl" and self.rng.random() < 0.4:
            number += f"/{self.rng.randint(1, 60)}"
        elif lang in {"nl", "de"} and self.rng.random() < 0.2:
            number += self.rng.choice("abc")
        street = city = None
        if source == "mimesis":
            for _ in range(20):  # the whole line must be unknown to the engine, not only the name
                name = self._mimesis(lang, 0)
                line = self.street(lang, name, number) if name else None
                if line is None or usable(line):
                    street = line
                    break
            city = self._mimesis(lang, 1)
        if street is None or city is None:
            source, street = "invented", None
            syllables = STYLES[self.rng.choice(["romance", "germanic", "slavic"])].syllables
            while street is None or not usable(street):
                street_name = self.inventor.word(syllables, ("an", "en", "ow", "ia", "er", "el", "ina"))
                street = self.street(lang, street_name, number)
            city = self.inventor.place(lang)
        country = COUNTRY[lang]
        return Address(street, postcode(self.rng, country), city, country, source)


# --- contact values -------------------------------------------------------------------------------------


def phone(rng: random.Random, country: str) -> tuple[str, str]:
    """A valid phone number of ``country`` with random digits: (text, format national|intl|e164|00)."""
    kind = rng.choice([PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(country, kind) or phonenumbers.example_number(country)
    if example is None:
        raise ValueError(f"phonenumbers has no example number for {country}")
    nsn = str(example.national_number)
    keep = max(2, len(nsn) - 6)
    number = example
    for _ in range(200):
        body = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        candidate = phonenumbers.parse(f"+{example.country_code}{body}")
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    style = rng.choice(["national", "national", "intl", "intl", "e164", "00"])
    if style == "national":
        return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL), style
    if style == "e164":
        return phonenumbers.format_number(number, PhoneNumberFormat.E164), style
    text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    return ("00" + text[1:] if style == "00" else text), style


MAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "en": ("gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "proton.me"),
    "de": ("web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"),
    "fr": ("orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"),
    "es": ("telefonica.net", "gmail.com", "hotmail.es", "yahoo.es"),
    "it": ("libero.it", "virgilio.it", "tiscali.it", "gmail.com"),
    "nl": ("ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"),
    "pl": ("wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"),
    "pt": ("sapo.pt", "gmail.com", "iol.pt", "hotmail.com"),
}


def email(rng: random.Random, name: Name, lang: str, domain: str | None = None) -> str:
    """An e-mail address whose local part is built from the person's name."""
    first, last = fold_ascii(name.first), fold_ascii(name.last)
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}{last}{rng.randint(1, 99)}",
            f"{last}.{first}",
            f"{first}_{last[0]}",
            f"{first}{rng.randint(1960, 2005)}",
            f"{first[0]}.{last}",
        ]
    )
    return f"{local}@{domain or rng.choice(MAIL_DOMAINS[lang])}"


IBAN_LENGTH = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "PT": 25, "GB": 22, "AT": 20}


def iban(rng: random.Random, country: str) -> tuple[str, str]:
    """A valid IBAN of ``country``: (text, grouped|compact)."""
    length = IBAN_LENGTH.get(country, 22)
    digits, upper = string.digits, string.ascii_uppercase
    for _ in range(5000):
        if country == "GB":
            bban = "".join(rng.choice(upper) for _ in range(4)) + "".join(
                rng.choice(digits) for _ in range(14)
            )
        elif country == "NL":
            bban = "".join(rng.choice(upper) for _ in range(4)) + "".join(
                rng.choice(digits) for _ in range(10)
            )
        elif country == "IT":
            bban = rng.choice(upper) + "".join(rng.choice(digits) for _ in range(length - 5))
        else:
            bban = "".join(rng.choice(digits) for _ in range(length - 4))
        value = country + std_iban.calc_check_digits(country + "00" + bban) + bban
        if std_iban.is_valid(value):
            break
    else:  # pragma: no cover - every supported country converges well before
        raise RuntimeError(f"no valid IBAN for {country}")
    if rng.random() < 0.6:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4)), "grouped"
    return value, "compact"


def national_id(rng: random.Random, country: str) -> tuple[str, str] | None:
    """A national ID with valid check digits where python-stdnum makes it easy: (value, kind)."""
    import stdnum.de.idnr
    import stdnum.es.dni
    import stdnum.fr.nir
    import stdnum.it.codicefiscale
    import stdnum.nl.bsn
    import stdnum.pl.pesel
    import stdnum.pt.nif

    d = string.digits
    for _ in range(2000):
        if country == "ES":
            body = f"{rng.randrange(10**8):08d}"
            return body + stdnum.es.dni.calc_check_digit(body), "ES DNI"
        if country == "NL":
            value = f"{rng.randrange(10**8, 10**9):09d}"
            if stdnum.nl.bsn.is_valid(value):
                return value, "NL BSN"
        elif country == "PL":
            born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 55))
            month = born.month + (20 if born.year >= 2000 else 0)
            head = f"{born.year % 100:02d}{month:02d}{born.day:02d}{rng.randrange(10**4):04d}"
            return head + stdnum.pl.pesel.calc_check_digit(head), "PL PESEL"
        elif country == "PT":
            head = rng.choice("1235") + "".join(rng.choice(d) for _ in range(7))
            return head + stdnum.pt.nif.calc_check_digit(head), "PT NIF"
        elif country == "IT":
            letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(6))
            head = (
                f"{letters}{rng.randrange(100):02d}{rng.choice('ABCDEHLMPRST')}{rng.randint(1, 71):02d}"
                f"{rng.choice('ABCDEFGHILM')}{rng.randrange(1, 1000):03d}"
            )
            return head + stdnum.it.codicefiscale.calc_check_digit(head), "IT CF"
        elif country == "FR":
            head = (
                f"{rng.choice('12')}{rng.randrange(100):02d}{rng.randint(1, 12):02d}"
                f"{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
            )
            return head + stdnum.fr.nir.calc_check_digits(head), "FR NIR"
        elif country == "DE":
            value = "".join(rng.choice(d) for _ in range(11))
            if value[0] != "0" and stdnum.de.idnr.is_valid(value):
                return value, "DE IdNr"
        else:
            return None
    return None


# --- business values ----------------------------------------------------------------------------------

#: Well-known first names used in product names (the engine knows them; they must still survive).
PRODUCT_FIRST_NAMES = (
    "Victoria", "Amelie", "Oscar", "Clara", "Hugo", "Matilda", "Elsa", "Luna", "Sofia", "Leon", "Emma",
    "Felix", "Greta", "Marco", "Lucia", "Jasper", "Nora", "Bruno", "Mila", "Otto", "Frida", "Paula",
    "Margot", "Ingrid", "Carmen", "Beatrice", "Stella", "Olivia",
)  # fmt: skip
PRODUCT_PLACES = (
    "Lisbon", "Oslo", "Verona", "Malaga", "Bergen", "Siena", "Porto", "Bruges", "Kraków", "Toledo",
    "Firenze", "Vienna", "Geneva", "Provence", "Toscana", "Bristol", "Sevilla", "Nice", "Valencia", "Lyon",
    "Gdańsk", "Delft", "Bordeaux", "Como",
)  # fmt: skip
PRODUCT_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("Teapot", "Armchair", "Floor Lamp", "Duvet", "Kettle", "Backpack", "Desk", "Rug", "Mug Set"),
    "de": ("Teekanne", "Sessel", "Stehlampe", "Bettdecke", "Wasserkocher", "Rucksack", "Schreibtisch"),
    "fr": ("Théière", "Fauteuil", "Lampadaire", "Couette", "Bouilloire", "Sac à dos", "Bureau"),
    "es": ("Tetera", "Sillón", "Lámpara", "Edredón", "Hervidor", "Mochila", "Escritorio"),
    "it": ("Teiera", "Poltrona", "Lampada", "Piumone", "Bollitore", "Zaino", "Scrivania"),
    "nl": ("Theepot", "Fauteuil", "Staande lamp", "Dekbed", "Waterkoker", "Rugzak", "Bureau"),
    "pl": ("Czajnik", "Fotel", "Lampa", "Kołdra", "Plecak", "Biurko", "Dywan"),
    "pt": ("Bule", "Poltrona", "Candeeiro", "Edredão", "Chaleira", "Mochila", "Secretária"),
}
COLOURS: dict[str, tuple[str, ...]] = {
    "en": ("Red", "Sage", "Ivory", "Navy", "Rose", "Amber", "Olive", "Slate"),
    "de": ("Rot", "Grün", "Salbei", "Anthrazit", "Sand", "Petrol"),
    "fr": ("Rouge", "Bleu nuit", "Ivoire", "Vert sauge", "Taupe"),
    "es": ("Azul", "Rojo", "Verde oliva", "Arena", "Terracota"),
    "it": ("Rosso", "Blu", "Avorio", "Verde salvia", "Tortora"),
    "nl": ("Rood", "Oker", "Zeegroen", "Antraciet", "Zand"),
    "pl": ("Czerwony", "Grafit", "Beżowy", "Butelkowa zieleń", "Musztardowy"),
    "pt": ("Azul", "Verde", "Marfim", "Terracota", "Cinza"),
}
BRAND_MODELS = (
    "Fairphone 5", "Pixel 8a", "ThinkPad X1 Carbon", "Galaxy A55", "Kindle Paperwhite", "Moto G84",
    "Nokia G42", "Xperia 10 V", "Redmi Note 13", "OnePlus Nord 3",
)  # fmt: skip
STATUSES: dict[str, tuple[str, ...]] = {
    "en": ("shipped", "pending", "cancelled", "refunded", "delivered", "on hold"),
    "de": ("versandt", "offen", "storniert", "erstattet", "zugestellt"),
    "fr": ("expédié", "en attente", "annulé", "remboursé", "livré"),
    "es": ("enviado", "pendiente", "cancelado", "reembolsado", "entregado"),
    "it": ("spedito", "in attesa", "annullato", "rimborsato", "consegnato"),
    "nl": ("verzonden", "in behandeling", "geannuleerd", "terugbetaald", "bezorgd"),
    "pl": ("wysłane", "oczekuje", "anulowane", "zwrócone", "dostarczone"),
    "pt": ("enviado", "pendente", "cancelado", "reembolsado", "entregue"),
}
COMPANY_WORDS = (
    "Nordlicht", "Atlantic", "Alpine", "Harbour", "Riverside", "Polar", "Baltic", "Mistral", "Sirocco",
    "Meridian", "Cobalt", "Granite", "Evergreen", "Lighthouse", "Summit", "Tidewater", "Keystone",
)  # fmt: skip
COMPANY_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("Logistics", "Systems", "Foods", "Supplies", "Print"),
    "de": ("Logistik", "Systeme", "Feinkost", "Versand", "Druck"),
    "fr": ("Logistique", "Distribution", "Imprimerie", "Services"),
    "es": ("Transportes", "Suministros", "Distribuciones", "Servicios"),
    "it": ("Logistica", "Forniture", "Distribuzione", "Servizi"),
    "nl": ("Logistiek", "Groothandel", "Drukkerij", "Diensten"),
    "pl": ("Logistyka", "Hurtownia", "Dystrybucja", "Usługi"),
    "pt": ("Transportes", "Distribuição", "Serviços", "Conservas"),
}
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("Ltd", "plc", "LLP"),
    "de": ("GmbH", "AG", "GmbH & Co. KG"),
    "fr": ("SARL", "SAS", "SA"),
    "es": ("S.L.", "S.A."),
    "it": ("S.r.l.", "S.p.A."),
    "nl": ("B.V.", "N.V."),
    "pl": ("sp. z o.o.", "S.A."),
    "pt": ("Lda.", "S.A."),
}
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"),
}  # fmt: skip


class Business:
    """Business values (utility) in varied shapes, per language."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _digits(self, n: int) -> str:
        return str(self.rng.randint(1, 9)) + "".join(self.rng.choice(string.digits) for _ in range(n - 1))

    def product(self, lang: str) -> str:
        """A product name, often holding a first name, a place or a colour word."""
        r = self.rng
        noun = r.choice(PRODUCT_NOUNS[lang])
        colour = r.choice(COLOURS[lang])
        pick = r.randrange(7)
        if pick == 0:
            return f"{r.choice(PRODUCT_FIRST_NAMES)} {noun}"
        if pick == 1:
            return f"{noun} {r.choice(PRODUCT_FIRST_NAMES)}"
        if pick == 2:
            return f"{r.choice(PRODUCT_PLACES)} {noun} {colour}"
        if pick == 3:
            return f"{noun} {r.choice(PRODUCT_PLACES)} – {colour}"
        if pick == 4:
            return f"{r.choice(PRODUCT_FIRST_NAMES)} {noun} {colour}"
        if pick == 5:
            return f"{noun} {colour} {r.choice(['S', 'M', 'L', 'XL', '1.2 L', '140x200'])}"
        return r.choice(BRAND_MODELS)

    def order_number(self) -> str:
        r = self.rng
        pick = r.randrange(6)
        if pick == 0:
            return self._digits(r.randint(8, 12))
        if pick == 1:
            return f"ORD-{r.randint(2023, 2025)}-{r.randrange(10**6):06d}"
        if pick == 2:
            return f"SO{self._digits(6)}"
        if pick == 3:
            return f"#{self._digits(r.randint(6, 9))}"
        if pick == 4:
            return f"BST-{self._digits(5)}"
        return f"{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}-{self._digits(7)}"

    def tracking_number(self) -> str:
        r = self.rng
        pick = r.randrange(4)
        if pick == 0:
            body = "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8))
            return f"1Z{body}{self._digits(8)}"
        if pick == 1:
            return f"00{self._digits(18)}"
        if pick == 2:
            cc = r.choice(["DE", "NL", "PL", "FR", "GB", "PT"])
            return f"{r.choice(['RR', 'LX', 'CP', 'EE'])}{self._digits(9)}{cc}"
        return f"JJD{self._digits(16)}"

    def case_number(self) -> str:
        r = self.rng
        return r.choice(
            [
                f"CASE-{r.randrange(10**6):06d}",
                f"SR-{r.randint(2023, 2025)}-{self._digits(5)}",
                f"INC{self._digits(7)}",
                self._digits(r.randint(8, 10)),
                f"T-{self._digits(6)}",
            ]
        )

    def invoice_number(self) -> str:
        r = self.rng
        year = r.randint(2023, 2025)
        return r.choice(
            [
                f"INV-{year}-{r.randrange(10**4):04d}",
                f"F{year}/{r.randrange(10**5):05d}",
                f"RE-{self._digits(5)}",
                f"FV/{r.randint(1, 999)}/{year}",
                self._digits(r.randint(9, 11)),
            ]
        )

    def sku(self) -> str:
        r = self.rng
        letters = string.ascii_uppercase
        return r.choice(
            [
                f"SKU-{r.choice(letters)}{r.choice(letters)}-{r.randint(100, 9999)}-{r.choice(['BLK', 'WHT', 'RED', 'GRN'])}",
                f"{r.choice(letters)}{r.choice(letters)}-{r.randint(1000, 9999)}-{r.choice(['S', 'M', 'L', 'XL'])}",
                f"{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(10, 99)}",
                f"ART{self._digits(6)}",
            ]
        )

    def ean(self) -> str:
        head = str(self.rng.choice([400, 401, 540, 590, 560, 800, 841, 871, 300, 500])) + "".join(
            self.rng.choice(string.digits) for _ in range(9)
        )
        return head + std_ean.calc_check_digit(head)

    def version(self) -> str:
        r = self.rng
        base = f"{r.randint(1, 14)}.{r.randint(0, 30)}.{r.randint(0, 20)}"
        return r.choice(
            [base, f"v{base}", f"{base}-beta.{r.randint(1, 5)}", f"{r.randint(2, 9)}.{r.randint(0, 9)}"]
        )

    def amount(self, lang: str) -> str:
        r = self.rng
        value = r.choice(
            [r.randint(3, 99) + r.randrange(100) / 100, r.randint(100, 9999) + r.randrange(100) / 100]
        )
        whole, cents = int(value), round(value * 100) % 100
        dot_thousands = f"{whole:,}".replace(",", ".")
        space_thousands = f"{whole:,}".replace(",", " ")
        pick = r.randrange(4)
        if lang == "en":
            return [
                f"£{whole:,}.{cents:02d}",
                f"EUR {whole}.{cents:02d}",
                f"€{whole:,}.{cents:02d}",
                f"{whole}.{cents:02d} EUR",
            ][pick]
        if lang == "pl":
            return [
                f"{space_thousands},{cents:02d} zł",
                f"{whole},{cents:02d} PLN",
                f"EUR {whole}.{cents:02d}",
                f"{space_thousands},{cents:02d} €",
            ][pick]
        if lang == "fr":
            return [
                f"{space_thousands},{cents:02d} €",
                f"{whole},{cents:02d} EUR",
                f"EUR {whole}.{cents:02d}",
                f"{whole},{cents:02d}€",
            ][pick]
        if lang == "nl":
            return [
                f"€ {dot_thousands},{cents:02d}",
                f"€{whole},{cents:02d}",
                f"EUR {whole}.{cents:02d}",
                f"{dot_thousands},{cents:02d} euro",
            ][pick]
        return [f"{dot_thousands},{cents:02d} €", f"{whole},{cents:02d} EUR", f"EUR {whole}.{cents:02d}", f"€ {dot_thousands},{cents:02d}"][pick]  # fmt: skip

    def moment(self) -> dt.datetime:
        start = dt.datetime(2024, 1, 1, 7, 0, tzinfo=dt.UTC)
        return start + dt.timedelta(minutes=self.rng.randrange(60 * 24 * 540))

    def timestamp(self, style: int | None = None) -> str:
        """A timestamp in one of four shapes (``style`` 0-3 fixes it, as a table column would)."""
        m = self.moment()
        shapes = [
            f"[{m:%Y-%m-%d %H:%M}]",
            f"{m:%Y-%m-%dT%H:%M:%S}Z",
            f"{m:%d.%m.%Y %H:%M}",
            f"{m:%Y-%m-%d %H:%M:%S}",
        ]
        return shapes[style] if style is not None else self.rng.choice(shapes)

    def date(self, lang: str) -> str:
        """A date (of an order, a delivery, an appointment; never a birth date)."""
        d = self.moment().date()
        month = MONTHS[lang][d.month - 1]
        text = {
            "en": f"{d.day} {month} {d.year}",
            "de": f"{d.day}. {month} {d.year}",
            "es": f"{d.day} de {month} de {d.year}",
            "pt": f"{d.day} de {month} de {d.year}",
        }.get(lang, f"{d.day} {month} {d.year}")
        numeric = {
            "de": f"{d:%d.%m.%Y}",
            "pl": f"{d:%d.%m.%Y}",
            "nl": f"{d:%d-%m-%Y}",
        }.get(lang, f"{d:%d/%m/%Y}")
        return self.rng.choice([text, numeric, numeric, f"{d:%Y-%m-%d}"])

    def company(self, lang: str) -> str:
        r = self.rng
        return f"{r.choice(COMPANY_WORDS)} {r.choice(COMPANY_NOUNS[lang])} {r.choice(LEGAL_FORMS[lang])}"

    def status(self, lang: str) -> str:
        return self.rng.choice(STATUSES[lang])

    def record_id(self, style: str, index: int) -> str:
        """A record ID: ``C10000`` (sequential), ``E951396``, ``MBR-004211`` or plain numeric."""
        if style == "C":
            return f"C{10000 + index}"
        if style == "E":
            return f"E{self._digits(6)}"
        if style == "MBR":
            return f"MBR-{index * 7 + 1000:06d}"
        return self._digits(7)


def business_words() -> set[str]:
    """Every word of the fixed business vocabularies (names drawn for people must avoid them)."""
    out: set[str] = set()
    groups: list[Iterable[str]] = [PRODUCT_FIRST_NAMES, PRODUCT_PLACES, BRAND_MODELS, COMPANY_WORDS]
    for table in (PRODUCT_NOUNS, COLOURS, STATUSES, COMPANY_NOUNS, LEGAL_FORMS, MONTHS, STREET_TYPES):
        groups.extend(table.values())
    for group in groups:
        for value in group:
            out.update(words_of(value))
    return out

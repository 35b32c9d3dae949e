"""Blind held-out detection set: multilingual notes, e-mails, chat logs and three tables.

Written apart from the development set and from the engine's recognizers, so that the figures it gives
measure detection the engine was not tuned on. Names come from this module's own syllable inventories
(Germanic, Romance, Slavic, Nordic, West-African, South-Asian, East-Asian and Arabic romanised styles)
and from mimesis locales; every name word is unknown to the engine (`is_known_to_engine`), absent from
Faker's name lists, and not a common word of the eight languages (spaCy stop words, wordfreq). Invented
words are also absent from every mimesis name list. Streets and cities are invented or mimesis ones,
filtered the same way. Phones, e-mails, IBANs (valid checksums) and national IDs (valid checksums,
python-stdnum) are generated per country.

Output (scale 1.0): ``notes_<lang>.txt`` (CRM / case notes, one per line), ``mail_<lang>.jsonl``
(customer e-mails with subject, body and quoted reply), ``chat_<lang>.jsonl`` (lower-case support chat)
for en, de, fr, es, it, nl, pl, pt; ``customers_orders.csv``, ``members.tsv`` and
``clinic_visits.parquet`` (about 500 rows each, with record-ID columns).

Tags on planted personal values: ``lang:xx``; the case (``title``/``lower``/``upper``: a PERSON's own
case, the record's case for other values); the source (``invented``, ``mimesis``, ``non_european``,
``style:<style>`` for invented names); for PERSON the way it appears (``intro``, ``callback``,
``handover``, ``greeting``, ``signoff``, ``title``, ``relation``, ``after_product``, ``possessive``,
``plain``, ``repeat``, ``chat_speaker``, ``mention``, ``nickname``, ``email_local``; in tables also
``name_column``, ``last_first``); ``canary`` on canary values; ``intl``/``national`` on phones.

Run: ``.venv/bin/python -m bench.detection.blindset --out var/blind`` (writes the files and truth.json).
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bench.detection.format import (
    PERSONAL_ENTITIES,
    UTILITY_KINDS,
    FileSet,
    Planted,
    contains_word,
    name_tokens,
    read_records,
    write_truth,
)

LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")


def _w(text: str) -> list[str]:
    """The words of ``text`` (inventories are written as space-separated strings)."""
    return text.split()


# --- word filters ------------------------------------------------------------------------------------

#: Obvious words that stop-word lists miss but notes are full of (any of the eight languages).
_EXTRA_COMMON = frozenset(
    _w(
        "name order call phone mail email ticket case client cliente klant klient kunde kundin "
        "paket pacco colis paczka rua via calle straat strasse straße ulica rue road lane street "
        "plaza piazza mark will bill rose may june april august grace hope joy faith summer "
        "winter autumn spring dawn sky river stone wood field hill brook ford king queen prince "
        "duke lord lady baron pope saint santo santa sankt mama papa baby bambino nonna oma opa "
        "tante zia tia hero nova luna stella sole mare monte bosco villa casa haus huis dom chata "
        "cabo porto ponte"
    )
)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    words: set[str] = set(_EXTRA_COMMON)
    for lang in LANGS:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
        words.update(w.casefold() for w in module.STOP_WORDS)
    return frozenset(words)


def _zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


@lru_cache(maxsize=1)
def _engine_lists() -> tuple[Any, Any]:
    from anonymize.vocabulary import faker_person_words, is_known_to_engine

    return faker_person_words(), is_known_to_engine


def _known(value: str) -> bool:
    return _engine_lists()[1](value)


@lru_cache(maxsize=1)
def _mimesis_dir() -> Path:
    import mimesis

    return Path(mimesis.__file__).parent / "datasets"


@cache
def _mimesis_json(locale: str, kind: str) -> dict[str, Any]:
    return json.loads((_mimesis_dir() / locale / f"{kind}.json").read_text(encoding="utf-8"))


def _flat(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [x for v in value.values() for x in _flat(v)]
    if isinstance(value, list):
        return [x for v in value for x in _flat(v)]
    return [value] if isinstance(value, str) else []


@lru_cache(maxsize=1)
def _mimesis_person_words() -> frozenset[str]:
    words: set[str] = set()
    for path in sorted(_mimesis_dir().glob("*/person.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("names", "surnames"):
            for name in _flat(data.get(key)):
                words.update(w.casefold() for w in re.split(r"[\s\-]+", name) if w)
    return frozenset(words)


def _latin(word: str) -> bool:
    return all(c.isalpha() and "LATIN" in unicodedata.name(c, "") for c in word)


@cache
def _word_ok(word: str, strict: bool) -> bool:
    """A usable name word: unknown to the engine, not a Faker name, not a common word. ``strict``
    (invented words) also keeps out every mimesis name and anything wordfreq has seen."""
    if len(word) < 3 or not word.isalpha() or not _latin(word) or len(word.lower()) != len(word):
        return False
    folded = word.casefold()
    if folded in _engine_lists()[0] or folded in _common_words() or _known(word):
        return False
    if strict and folded in _mimesis_person_words():
        return False
    limit = 1.5 if strict else 2.5
    return all(_zipf(folded, lang) < limit for lang in LANGS)


def _name_ok(name: str, strict: bool) -> bool:
    parts = name.split("-")
    return " " not in name and all(_word_ok(p, strict) for p in parts) and not _known(name)


_ASCII = {
    "ß": "ss",
    "ø": "o",
    "æ": "ae",
    "ł": "l",
    "đ": "d",
    "þ": "th",
    "ð": "d",
    "ı": "i",
    "œ": "oe",
    "ə": "e",
}


def _ascii(text: str) -> str:
    text = "".join(_ASCII.get(c, _ASCII.get(c.lower(), c)) for c in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and c.isalnum()).lower()


# --- own name inventories ---------------------------------------------------------------------------

_STYLES: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "germanic": {
        "m": (
            _w("Adal Bern Ed Gun Hart Os Wal Rein Sieg Lud Ar Ul Diet Gis Hel Eck Fried Wolf Ans Bal"),
            ["brand", "mut", "wig", "ger", "bert", "wald", "rich", "frid", "helm", "mar", "hold", "win"],
        ),
        "f": (
            _w("Adel Bern Ed Gun Hilde Os Wal Rein Sieg Lud Irm Ul Diet Gis Hel Ger Fried Wil Ans Mecht"),
            ["trud", "hild", "burg", "lind", "gard", "run", "heid", "wina", "frieda", "gunde", "tje", "ke"],
        ),
        "l": (
            _w(
                "Brenn Kolb Hag Wend Stahl Mauer Holz Rieg Sell Trost Ebel Fahr Gretz Hink Kess Lamm Much "
                "Pfau Quast Rott Schwen Tesk Voss Wurz Zell"
            ),
            _w("mann er inger bach hofer ecker hammer dörfer wieser ke ling meier lein berger stedt"),
        ),
    },
    "romance": {
        "m": (
            _w("Ama Bel Cor Dam Eri Fla Gia Lau Mar Ori Sev Val Ild Rem Tul Ugo Nev Otta Pao Sil"),
            ["ndo", "lio", "nzo", "rio", "vio", "berto", "ciano", "dino", "fredo", "miro", "sio", "tino"],
        ),
        "f": (
            _w("Ama Bel Cor Dam Eri Fla Gia Lau Mar Ori Sev Val Ild Rem Tul Ugo Nev Otta Pao Sil"),
            _w("nda lia nza ria via berta ciana dina fina mira sia tina ella ette"),
        ),
        "l": (
            _w(
                "Bel Cas Fer Gar Mon Pel Ros San Val Orti Lombar Ser Ciamp Dal Esqu Fag Lav Mazz Nov Quer "
                "Tor Urb"
            ),
            _w("etti ucci ardo ino ez ais ier one aldi elli ega eira oni asco iglia adas ot ès"),
        ),
    },
    "slavic": {
        "m": (
            _w("Bo Mi Ra Vla Zde Lu Sta Dra Ve Ja Bro Do Gor Kazi Le Pre Rad Sobie Świę Wie"),
            ["slav", "dan", "mir", "sław", "bor", "ko", "mił", "gost", "wit", "dar", "pełk", "rad"],
        ),
        "f": (
            _w("Bo Mi Ra Vla Zde Lu Sta Dra Ve Ja Bro Do Gor Kazi Le Pre Rad Sobie Świę Wie"),
            ["slava", "dana", "mira", "sława", "bora", "ka", "miła", "gosta", "wita", "dara", "na", "lena"],
        ),
        "l": (
            _w(
                "Kow Nowa Wiśn Brzęcz Grab Krup Zaw Soch Pilch Mroz Dąbr Chmiel Gąs Jastrz Kluk Łap Okr "
                "Pęk Rzep Szczep Tręb Wrzos Żuł"
            ),
            ["ski", "czyk", "ak", "iec", "owicz", "ewski", "arz", "uk", "ny", "ała", "ik", "uch", "oń"],
        ),
    },
    "nordic": {
        "m": (
            _w("As Bjør Ei Frey Gud Hal Ing Sig Tor Ulf Rag Sol Arn Ketil Od Sten Tjod Vig Al Ger"),
            ["vald", "mund", "var", "bjørn", "stein", "geir", "leif", "ulf", "mar", "brand", "rik", "fast"],
        ),
        "f": (
            _w("As Bjør Ei Frey Gud Hal Ing Sig Tor Ulf Rag Sol Arn Ketil Od Sten Tjod Vig Al Ger"),
            ["rid", "dis", "laug", "veig", "ny", "hild", "borg", "run", "frid", "gunn", "vor", "lin"],
        ),
        "l": (
            _w(
                "Berg Dahl Lund Holm Strand Vik Fjell Ny Sand Lie Mo Aas Bratt Eng Gjer Haug Kval Lien "
                "Rød Skog Ulv Øy"
            ),
            _w("gren qvist heim rud stad seth by ang bakken ør vold nes sæter mark bø"),
        ),
    },
    "west_african": {
        "m": (
            _w("Ade Olu Chi Kwa Oba Ngo Fola Ife Tun Ebu Kay Sek Yaw Mam Bab"),
            ["bayo", "mide", "nedu", "wale", "kuma", "tunde", "yemi", "femi", "dare", "sola", "nna", "kou"],
        ),
        "f": (
            _w("Ade Olu Chi Kwa Oba Ngo Fola Ife Tun Ebu Kay Sek Yaw Mam Bab"),
            ["bisi", "mide", "nma", "wunmi", "sika", "tola", "yemi", "funke", "dara", "sola", "ola", "nike"],
        ),
        "l": (
            _w("Okon Adey Obi Nwa Asa Mensa Bamid Oye Ekwe Tanko Ogun Ajay Dia Kou Sow Tra Yeb"),
            _w("kwe emi nna fo ele doro gbola wusi chukwu ah badé koro nde tey"),
        ),
    },
    "south_asian": {
        "m": (
            _w("Ani Dev Har Kri Pra Ra Sun Vi Ish Gau Nir Shre Aru Bal Chan"),
            ["ndra", "shan", "jit", "deep", "mesh", "kash", "rav", "vinder", "tosh", "nath", "preet", "vesh"],
        ),
        "f": (
            _w("Ani Dev Har Kri Pra Ra Sun Vi Ish Gau Nir Shre Aru Bal Chan"),
            ["vika", "nita", "tha", "ya", "shree", "priya", "leena", "mala", "ni", "jali", "rupa", "vati"],
        ),
        "l": (
            _w("Bhar Chakra Des Kul Mal Nar Pat Rag Shan Tri Venk Ayy Gho Iyen Jag Kap Moh Saxe"),
            _w("dwaj varti hpande karni hotra ayan wardhan havan astri ivedi anathan walia ekar garh"),
        ),
    },
    "east_asian": {
        "m": (
            _w("Xiu Mei Jun Hao Lin Yu Tae Min Seo Hye Ji Zhen Qing Wen Ying Soo Eun Hyun Kae Ryo Shin"),
            ["hao", "jun", "woo", "bin", "sung", "ran", "ki", "ta"],
        ),
        "f": (
            _w("Xiu Mei Jun Hao Lin Yu Tae Min Seo Hye Ji Zhen Qing Wen Ying Soo Eun Hyun Kae Ryo Shin"),
            ["lan", "yan", "hee", "ting", "mei", "rin", "ko", "na"],
        ),
        "l": (
            _w("Tsuru Hana Ishi Kawa Mori Taka Yoshi Naka Oka Kiri Sawa Fuji Hoshi Kuro Mina"),
            _w("gawa mura moto bayashi saki hara zawa oka kubo shima tani yama numa"),
        ),
    },
    "arabic": {
        "m": (
            ["Kha", "Nas", "Ra", "Sa", "Ya", "Za", "Fa", "Ha", "Mu", "Ja", "Ta", "Bas"],
            ["rim", "lid", "ser", "shid", "mir", "sin", "nab", "bir", "wad", "fiq", "hir", "mal"],
        ),
        "f": (
            ["Kha", "Nas", "Ra", "Sa", "Ya", "Za", "Fa", "Ha", "Mu", "Ja", "Ta", "Bas"],
            ["tima", "diya", "ra", "mira", "sina", "niya", "wa", "ira", "la", "hra", "yla", "dia"],
        ),
        "l": (
            ["Bou", "Ben", "Kha", "Maj", "Naj", "Sha", "Tam", "Zah", "Has", "Qar", "Dar", "Mans"],
            ["zidi", "nouna", "rabi", "dali", "jawi", "mouri", "tari", "hiri", "sawi", "adi", "oumi", "ani"],
        ),
    },
}
_EUROPEAN_STYLES = ("germanic", "romance", "slavic", "nordic")
_OTHER_STYLES = ("west_african", "south_asian", "east_asian", "arabic")
_HOME_STYLE = {
    "en": ("germanic", "nordic", "romance"),
    "de": ("germanic",),
    "fr": ("romance",),
    "es": ("romance",),
    "it": ("romance",),
    "nl": ("germanic", "nordic"),
    "pl": ("slavic",),
    "pt": ("romance",),
}
_MIMESIS_HOME = {
    "en": ("en-gb", "en"),
    "de": ("de", "de-at", "de-ch"),
    "fr": ("fr",),
    "es": ("es",),
    "it": ("it",),
    "nl": ("nl",),
    "pl": ("pl",),
    "pt": ("pt",),
}
_MIMESIS_OTHER_EUROPE = ("da", "sv", "no", "fi", "cs", "hu", "hr", "et", "is")
_MIMESIS_NON_EUROPE = ("tr", "az", "pt-br", "es-mx")

#: Syllables for canary names only (never used for ordinary names).
_CANARY_PARTS = (
    ["Quil", "Zor", "Yv", "Xan", "Ulv", "Vorq"],
    ["mira", "vane", "deth", "bryn", "quist"],
    ["Zelb", "Quorv", "Yxl", "Vrind", "Xaph"],
    ["ritt", "ashka", "enholm", "odeau", "uvik"],
)


def _combine(pre: str, suf: str) -> str:
    word = pre + (suf[1:] if pre[-1].lower() == suf[0].lower() else suf)
    return word[0].upper() + word[1:].lower()


def _feminine_slavic(last: str) -> str:
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("ny", "na")):
        if last.endswith(masc):
            return last[: -len(masc)] + fem
    return last


@dataclass(frozen=True)
class _Pool:
    first_m: tuple[str, ...]
    first_f: tuple[str, ...]
    last_m: tuple[str, ...]
    last_f: tuple[str, ...]


@lru_cache(maxsize=1)
def _invented_pools() -> dict[str, _Pool]:
    pools = {}
    for style, parts in _STYLES.items():
        combos = {key: sorted({_combine(p, s) for p, s in itertools.product(*parts[key])}) for key in "mfl"}
        last_m = [w for w in combos["l"] if _word_ok(w, True)]
        if style == "slavic":
            last_f = [f for f in (_feminine_slavic(w) for w in last_m) if _word_ok(f, True)]
        else:
            last_f = last_m
        pools[style] = _Pool(
            tuple(w for w in combos["m"] if _word_ok(w, True)),
            tuple(w for w in combos["f"] if _word_ok(w, True)),
            tuple(last_m),
            tuple(last_f),
        )
    return pools


@lru_cache(maxsize=1)
def _invented_words() -> frozenset[str]:
    words: set[str] = set()
    for pool in _invented_pools().values():
        for group in (pool.first_m, pool.first_f, pool.last_m, pool.last_f):
            words.update(w.casefold() for w in group)
    return frozenset(words)


@cache
def _mimesis_pool(locale: str) -> _Pool:
    data = _mimesis_json(locale, "person")
    names, surnames = data["names"], data["surnames"]
    if isinstance(surnames, dict):
        last_m, last_f = _flat(surnames.get("male")), _flat(surnames.get("female"))
    else:
        last_m = last_f = _flat(surnames)
    return _Pool(
        tuple(sorted(set(_flat(names.get("male"))))),
        tuple(sorted(set(_flat(names.get("female"))))),
        tuple(sorted(set(last_m))),
        tuple(sorted(set(last_f))),
    )


@dataclass(frozen=True)
class _Person:
    first: str
    last: str
    gender: str  # m | f
    sources: tuple[str, ...]
    nick: str
    canary: bool = False
    email: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def words(self) -> set[str]:
        return {t.casefold() for t in name_tokens(f"{self.first} {self.last} {self.nick}")}


def _nickname(rng: random.Random, first: str) -> str | None:
    cands = [first[:3] + "i", first[:4] + "i", first[:3] + "y", first[:4] + "o", first[:3] + "ek"]
    cands += [first[:4] + "a", first[:3] + "u", first[:4] + "e"]
    cands = sorted({c.capitalize() for c in cands if len(c) >= 4 and c.casefold() != first.casefold()})
    rng.shuffle(cands)
    return next((c for c in cands if _word_ok(c, True)), None)


def _pick(rng: random.Random, words: tuple[str, ...], strict: bool) -> str | None:
    if not words:
        return None
    for _ in range(60):
        word = rng.choice(words)
        if _name_ok(word, strict):
            return word
    return None


class _Names:
    """Draws people for a language: invented (own and other styles) and mimesis (European or not)."""

    def person(self, rng: random.Random, lang: str) -> _Person:
        for _ in range(200):
            person = self._draw(rng, lang)
            if person is not None:
                return person
        raise RuntimeError("no name could be drawn")

    def _draw(self, rng: random.Random, lang: str) -> _Person | None:
        gender = rng.choice("mf")
        r = rng.random()
        if r < 0.62:
            if r < 0.30:
                style = rng.choice(_HOME_STYLE[lang])
            elif r < 0.40:
                style = rng.choice([s for s in _EUROPEAN_STYLES if s not in _HOME_STYLE[lang]])
            else:
                style = rng.choice(_OTHER_STYLES)
            pool = _invented_pools()[style]
            first = rng.choice(pool.first_m if gender == "m" else pool.first_f)
            last = rng.choice(pool.last_m if gender == "m" else pool.last_f)
            sources: tuple[str, ...] = ("invented", f"style:{style}")
            if style in _OTHER_STYLES:
                sources = ("invented", "non_european", f"style:{style}")
        else:
            if r < 0.85:
                home = rng.random() < 0.7
                locale = rng.choice(_MIMESIS_HOME[lang] if home else _MIMESIS_OTHER_EUROPE)
                sources = ("mimesis",)
            else:
                locale = rng.choice(_MIMESIS_NON_EUROPE)
                sources = ("mimesis", "non_european")
            pool = _mimesis_pool(locale)
            first = _pick(rng, pool.first_m if gender == "m" else pool.first_f, False)
            last = _pick(rng, pool.last_m if gender == "m" else pool.last_f, False)
            if first is None or last is None:
                return None
        if first.casefold() == last.casefold():
            return None
        nick = _nickname(rng, first)
        if nick is None:
            return None
        return _Person(first, last, gender, sources, nick)


def _canaries(rng: random.Random, count: int) -> list[_Person]:
    firsts = sorted({_combine(p, s) for p, s in itertools.product(_CANARY_PARTS[0], _CANARY_PARTS[1])})
    lasts = sorted({_combine(p, s) for p, s in itertools.product(_CANARY_PARTS[2], _CANARY_PARTS[3])})
    taken = _invented_words()
    firsts = [w for w in firsts if _word_ok(w, True) and w.casefold() not in taken]
    lasts = [w for w in lasts if _word_ok(w, True) and w.casefold() not in taken]
    rng.shuffle(firsts)
    rng.shuffle(lasts)
    people = []
    for i in range(count):
        first, last = firsts[i], lasts[i]
        nick = _nickname(rng, first) or first
        email = f"{_ascii(first)}.{_ascii(last)}@{rng.choice(('posteo.de', 'gmail.com', 'mailbox.org'))}"
        gender = rng.choice("mf")
        people.append(_Person(first, last, gender, ("invented", "style:canary"), nick, True, email))
    return people


# --- places ------------------------------------------------------------------------------------------

_ROOT_PARTS = (
    _w("Br D F Gr H K Kl L M N P R S St T Tr V W Sk Pl"),
    list("aeiou"),
    ["lm", "rn", "nd", "sk", "rg", "lb", "nt", "st", "rk", "ld", "ss", "tt", "mb", "rv"],
    ["en", "er", "ing", "au", "ik", "ow", "el"],
)
_CITY_ENDINGS = {
    "en": ["ham", "ford", "by", "ton", "wick", "field"],
    "de": ["dorf", "hausen", "ingen", "feld", "stedt", "heim"],
    "fr": ["ville", "court", "ac", "ay", "ières"],
    "es": ["ejo", "ales", "illa", "ares", "ena"],
    "it": ["ano", "ello", "ate", "engo", "ino"],
    "nl": ["wijk", "dam", "veen", "horst", "rade", "hoven"],
    "pl": ["ów", "ice", "owo", "ewo", "ino"],
    "pt": ["eira", "elo", "ães", "inha", "ede"],
}
_ADDRESS_LOCALE = {
    "en": "en",
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "pt": "pt",
}
_CITY_LOCALE = {"en": "en-gb", "de": "de", "fr": "fr", "es": "es", "nl": "nl", "pl": "pl", "pt": "pt"}


@lru_cache(maxsize=1)
def _root_combos() -> tuple[str, ...]:
    return tuple(sorted({"".join(parts) for parts in itertools.product(*_ROOT_PARTS)}))


@cache
def _root_ok(root: str) -> bool:
    return _word_ok(root, True) and root.casefold() not in _invented_words()


@cache
def _mimesis_streets(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = _mimesis_json(_ADDRESS_LOCALE[lang], "address")
    street = data["street"]
    names = street["name"] if isinstance(street, dict) else street
    suffixes = street.get("suffix", []) if isinstance(street, dict) else []
    ok = sorted(
        {
            n
            for n in names
            if re.fullmatch(r"[^\W\d_][^\W\d_ .'\-]*(?:[ .'\-]+[^\W\d_]+)*", n) and not _known(n)
        }
    )
    return tuple(ok), tuple(suffixes)


@cache
def _mimesis_cities(lang: str) -> tuple[str, ...]:
    locale = _CITY_LOCALE.get(lang)
    if locale is None:
        return ()
    cities = _mimesis_json(locale, "address")["city"]
    return tuple(sorted({c for c in cities if re.fullmatch(r"[^\W\d_][^\W\d_ '\-]*", c) and not _known(c)}))


def _digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pattern)


_UK_AREAS = ["AB", "B", "BS", "CF", "EH", "G", "KT", "L", "LS", "M", "NE", "NG", "OX", "RG", "SW", "TN"]
_UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_NL_LETTERS = "ABCDEGHJKLMNPRTVWXZ"


def _postcode(rng: random.Random, lang: str) -> str:
    if lang == "en":
        if rng.random() < 0.3:
            routing = rng.choice(("D02", "D08", "T12", "H91", "V94", "A96", "D15"))
            tail = "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
            return f"{routing} {tail}"
        area = rng.choice(_UK_AREAS)
        return f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(_UK_LETTERS)}{rng.choice(_UK_LETTERS)}"
    if lang == "nl":
        return f"{rng.randint(1000, 9999)} {rng.choice(_NL_LETTERS)}{rng.choice(_NL_LETTERS)}"
    if lang == "pl":
        return f"{rng.randint(0, 99):02d}-{rng.randint(0, 999):03d}"
    if lang == "pt":
        return f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}"
    low = {"de": 1067, "fr": 1000, "es": 1001, "it": 10}[lang]
    high = {"de": 99998, "fr": 95999, "es": 52999, "it": 98168}[lang]
    return f"{rng.randint(low, high):05d}"


# --- phones, IBANs, national IDs, dates ---------------------------------------------------------------

_PHONES = {
    "en": "07### ###### |+44 7### ######|020 #### ####|+44 20 #### ####|+353 8# ### ####|08# ### ####|0161 ### ####",
    "de": "015# ########|+49 15# ########|0171/#######|030 ########|+49 (0)30 ########|089 #######|+49 176 ########",
    "fr": "06 ## ## ## ##|07 ## ## ## ##|+33 6 ## ## ## ##|01.##.##.##.##|+33 (0)1 ## ## ## ##|04 ## ## ## ##",
    "es": "6## ### ###|+34 6## ## ## ##|91 ### ## ##|+34 93 ### ## ##|6########",
    "it": "3## ### ####|+39 3## #######|02 #### ####|+39 06 ########|3#########",
    "nl": "06-########|06 ## ## ## ##|+31 6 ########|020-#######|+31 (0)10 ### ####|0031 6 ########",
    "pl": "5## ### ###|+48 5##-###-###|22 ### ## ##|+48 22 ### ## ##|6## ### ###",
    "pt": "9## ### ###|+351 9## ### ###|21 ### ####|+351 22 ### ####",
}
_OTHER_EU_PHONES = (
    "+32 47# ## ## ##|+43 664 #######|+46 70 ### ## ##|+45 ## ## ## ##|+358 40 ### ####|+420 6## ### ###"
)


def _phone(rng: random.Random, lang: str) -> str:
    patterns = _PHONES[lang].split("|")
    if rng.random() < 0.08:
        patterns = _OTHER_EU_PHONES.split("|")
    return _digits(rng, rng.choice(patterns).strip())


def _iban_digits(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text))


def _iban(rng: random.Random, lang: str) -> str:
    from stdnum import iban as iban_mod
    from stdnum.es import ccc

    country = rng.choice(
        {
            "en": ("GB", "IE"),
            "de": ("DE", "DE", "AT"),
            "fr": ("FR", "FR", "LU"),
            "es": ("ES",),
            "it": ("IT",),
            "nl": ("NL",),
            "pl": ("PL",),
            "pt": ("PT",),
        }[lang]
    )
    for _ in range(100):
        if country == "DE":
            bban = _digits(rng, "#" * 18)
        elif country == "AT" or country == "LU":
            bban = _digits(rng, "#" * 16)
        elif country == "FR":
            bank, branch, account = _digits(rng, "#####"), _digits(rng, "#####"), _digits(rng, "#" * 11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
            bban = f"{bank}{branch}{account}{key:02d}"
        elif country == "ES":
            raw = _digits(rng, "########") + "00" + _digits(rng, "#" * 10)
            bban = raw[:8] + ccc.calc_check_digits(raw) + raw[10:]
        elif country == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + _digits(rng, "#" * 22)
        elif country == "NL":
            bban = rng.choice(("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ")) + _digits(
                rng, "#" * 10
            )
        elif country == "PL":
            bban = _digits(rng, "#" * 24)
        elif country == "PT":
            body = _digits(rng, "#" * 19)
            bban = f"{body}{98 - (int(body) * 100) % 97:02d}"
        elif country == "GB":
            bban = rng.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + _digits(rng, "#" * 14)
        else:
            bban = rng.choice(("AIBK", "BOFI")) + _digits(rng, "#" * 14)
        check = 98 - _iban_digits(bban + country + "00") % 97
        value = f"{country}{check:02d}{bban}"
        if iban_mod.is_valid(value):
            if rng.random() < 0.6:
                return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
            return value
    raise RuntimeError("no valid IBAN")


def _national_id(rng: random.Random, lang: str) -> str:
    from stdnum.de import idnr
    from stdnum.es import dni
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.it import codicefiscale
    from stdnum.nl import bsn
    from stdnum.pl import pesel
    from stdnum.pt import nif

    for _ in range(500):
        if lang == "en":
            body = _digits(rng, "#########")
            for d in "0123456789":
                if nhs.is_valid(body + d):
                    value = body + d
                    return f"{value[:3]} {value[3:6]} {value[6:]}" if rng.random() < 0.7 else value
        elif lang == "de":
            digits = rng.sample("0123456789", 9)  # one digit absent, one repeated (the ID's rule)
            digits.append(rng.choice(digits))
            rng.shuffle(digits)
            body = "".join(digits)
            value = next((body + d for d in "0123456789" if idnr.is_valid(body + d)), "")
            if value:
                return f"{value[:2]} {value[2:5]} {value[5:8]} {value[8:]}" if rng.random() < 0.4 else value
        elif lang == "fr":
            body = (
                f"{rng.randint(1, 2)}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
                f"{rng.randint(1, 95):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
            )
            value = body + nir.calc_check_digits(body)
            if nir.is_valid(value):
                if rng.random() < 0.5:
                    parts = (
                        value[0],
                        value[1:3],
                        value[3:5],
                        value[5:7],
                        value[7:10],
                        value[10:13],
                        value[13:],
                    )
                    return " ".join(parts)
                return value
        elif lang == "es":
            body = _digits(rng, "########")
            value = body + dni.calc_check_digit(body)
            if dni.is_valid(value):
                return value if rng.random() < 0.7 else f"{body}-{value[-1]}"
        elif lang == "it":
            letters = "BCDFGHLMNPRSTVZ"
            day = rng.randint(1, 28) + rng.choice((0, 40))
            body = (
                "".join(rng.choice(letters) for _ in range(6))
                + f"{rng.randint(50, 99):02d}"
                + rng.choice("ABCDEHLMPRST")
                + f"{day:02d}"
                + rng.choice(("H501", "F205", "L219", "A662", "G273", "D612"))
            )
            value = body + codicefiscale.calc_check_digit(body)
            if codicefiscale.is_valid(value):
                return value
        elif lang == "nl":
            value = _digits(rng, "#########")
            if value[0] != "0" and bsn.is_valid(value):
                return value
        elif lang == "pl":
            body = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + _digits(
                rng, "####"
            )
            value = body + pesel.calc_check_digit(body)
            if pesel.is_valid(value):
                return value
        else:
            body = str(rng.randint(1, 2)) + _digits(rng, "#######")
            value = body + nif.calc_check_digit(body)
            if nif.is_valid(value):
                return value if rng.random() < 0.7 else f"{value[:3]} {value[3:6]} {value[6:]}"
    raise RuntimeError("no valid national ID")


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
_START = datetime(2024, 1, 1, tzinfo=UTC)


def _moment(rng: random.Random) -> datetime:
    return _START + timedelta(minutes=rng.randint(0, 910 * 24 * 60))


def _format_date(rng: random.Random, lang: str, moment: datetime, *, words: bool = True) -> str:
    d, m, y = moment.day, moment.month, moment.year
    month = _MONTHS[lang].split()[m - 1]
    numeric = {
        "en": f"{d:02d}/{m:02d}/{y}",
        "de": f"{d:02d}.{m:02d}.{y}",
        "fr": f"{d:02d}/{m:02d}/{y}",
        "es": f"{d:02d}/{m:02d}/{y}",
        "it": f"{d:02d}/{m:02d}/{y}",
        "nl": f"{d:02d}-{m:02d}-{y}",
        "pl": f"{d:02d}.{m:02d}.{y}",
        "pt": f"{d:02d}/{m:02d}/{y}",
    }[lang]
    if not words or rng.random() < 0.6:
        return numeric if rng.random() < 0.9 else moment.strftime("%Y-%m-%d")
    return {
        "en": f"{d} {month} {y}",
        "de": f"{d}. {month} {y}",
        "es": f"{d} de {month} de {y}",
        "pt": f"{d} de {month} de {y}",
    }.get(lang, f"{d} {month} {y}")


def _dob(rng: random.Random, lang: str) -> str:
    born = datetime(1940, 1, 1, tzinfo=UTC) + timedelta(days=rng.randint(0, 66 * 365))
    return _format_date(rng, lang, born, words=False)


def _iso(rng: random.Random) -> str:
    moment = _moment(rng) + timedelta(seconds=rng.randint(0, 59))
    return rng.choice(
        (
            moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
            moment.strftime("%Y-%m-%dT%H:%M:%S+02:00"),
            moment.strftime("%Y-%m-%d %H:%M:%S"),
            moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z",
        )
    )


# --- business values ---------------------------------------------------------------------------------

_PRODUCT_NAMES = [
    "Victoria",
    "Margot",
    "Oscar",
    "Hugo",
    "Greta",
    "Elsa",
    "Felix",
    "Clara",
    "Luna",
    "Nora",
    "Otto",
    "Ida",
    "Bruno",
    "Frida",
    "Lotte",
    "Sofia",
    "Matteo",
    "Lucia",
    "Emil",
    "Ada",
    "Oslo",
    "Como",
    "Bergen",
    "Verona",
    "Lisboa",
    "Malaga",
    "Kyoto",
    "Porto",
    "Bremen",
    "Gdynia",
    "Delft",
    "Nantes",
    "Indigo",
    "Coral",
    "Ruby",
    "Amber",
    "Ivory",
    "Olive",
    "Sage",
    "Slate",
]
_PRODUCT_NOUNS = {
    "en": ["Teapot", "Desk Lamp", "Armchair", "Duvet", "Kettle", "Backpack", "Blender", "Rug", "Bike Helmet"],
    "de": ["Teekanne", "Schreibtischlampe", "Sessel", "Bettdecke", "Wasserkocher", "Rucksack", "Teppich"],
    "fr": ["Théière", "Lampe de bureau", "Fauteuil", "Couette", "Bouilloire", "Sac à dos", "Tapis"],
    "es": ["Tetera", "Lámpara", "Sillón", "Edredón", "Hervidor", "Mochila", "Batidora", "Alfombra"],
    "it": ["Teiera", "Lampada", "Poltrona", "Piumino", "Bollitore", "Zaino", "Frullatore", "Tappeto"],
    "nl": ["Theepot", "Bureaulamp", "Fauteuil", "Dekbed", "Waterkoker", "Rugzak", "Vloerkleed"],
    "pl": ["Czajnik", "Lampka", "Fotel", "Kołdra", "Plecak", "Dywan", "Dzbanek"],
    "pt": ["Bule", "Candeeiro", "Poltrona", "Edredão", "Chaleira", "Mochila", "Tapete"],
}
_PLAN_WORDS = [
    "Nova",
    "Stratus",
    "Helio",
    "Polar",
    "Aurora",
    "Zenit",
    "Orbit",
    "Luna",
    "Clara",
    "Oscar",
    "Vita",
    "Flexa",
]
_PLAN_TIERS = ["Basic", "Plus", "Premium", "Flex 12", "Family", "Student", "Business", "Pro 24", "Cloud 3"]
_CLINIC_SERVICES = {
    "en": ["Dental check-up", "Physio session 45 min", "Blood panel", "Flu vaccination", "Clara Vital Check"],
    "de": ["Zahnreinigung", "Physiotherapie 45 min", "Blutbild groß", "Grippeimpfung", "Vital-Check Clara"],
    "fr": ["Détartrage", "Séance de kiné 45 min", "Bilan sanguin", "Vaccin grippe", "Bilan Clara Vital"],
    "es": ["Limpieza dental", "Fisioterapia 45 min", "Analítica completa", "Vacuna gripe", "Chequeo Clara"],
    "it": [
        "Pulizia denti",
        "Fisioterapia 45 min",
        "Esami del sangue",
        "Vaccino antinfluenzale",
        "Check-up Clara",
    ],
    "nl": ["Gebitsreiniging", "Fysiotherapie 45 min", "Bloedonderzoek", "Griepprik", "Vitaal-check Clara"],
    "pl": ["Higienizacja", "Fizjoterapia 45 min", "Morfologia", "Szczepienie grypa", "Pakiet Clara Vital"],
    "pt": [
        "Limpeza dentária",
        "Fisioterapia 45 min",
        "Análises ao sangue",
        "Vacina da gripe",
        "Check-up Clara",
    ],
}
_COMPANY_ROOTS = [
    "Nordwind",
    "Alpenblick",
    "Brightwater",
    "Costazul",
    "Rivalta",
    "Zeeland",
    "Vistula",
    "Atlantico",
    "Silverline",
    "Greenfield",
    "Kompass",
    "Polaris",
    "Meridian",
    "Solaris",
    "Horizonte",
    "Baltica",
    "Sunbeam",
    "Bluewave",
    "Ostwind",
    "Tramontana",
]
_COMPANY_FORMS = {
    "en": (
        ["Logistics", "Home Energy", "Dental Care", "Software", "Couriers"],
        ["Ltd", "Ltd.", "LLP"],
        "{r} {a} {f}",
    ),
    "de": (
        ["Logistik", "Haustechnik", "Versand", "Energie", "Software"],
        ["GmbH", "GmbH & Co. KG", "AG"],
        "{r} {a} {f}",
    ),
    "fr": (["Logistique", "Énergie", "Services", "Informatique"], ["SARL", "SAS", "SA"], "{a} {r} {f}"),
    "es": (["Logística", "Energía", "Servicios", "Software"], ["S.L.", "S.A."], "{a} {r} {f}"),
    "it": (["Logistica", "Energia", "Servizi", "Software"], ["S.r.l.", "S.p.A."], "{r} {a} {f}"),
    "nl": (["Logistiek", "Energie", "Installatietechniek", "Software"], ["B.V.", "V.O.F."], "{r} {a} {f}"),
    "pl": (["Logistyka", "Energia", "Serwis", "Software"], ["Sp. z o.o.", "S.A."], "{r} {a} {f}"),
    "pt": (["Logística", "Energia", "Serviços", "Software"], ["Lda.", "S.A."], "{r} {a} {f}"),
}
_EAN_PREFIX = {
    "en": "50",
    "de": "40",
    "fr": "30",
    "es": "84",
    "it": "80",
    "nl": "87",
    "pl": "590",
    "pt": "560",
}
_COUNTRIES = {
    "en": ("GB", "IE"),
    "de": ("DE", "AT"),
    "fr": ("FR",),
    "es": ("ES",),
    "it": ("IT",),
    "nl": ("NL",),
    "pl": ("PL",),
    "pt": ("PT",),
}


def _group(number: int, sep: str) -> str:
    return f"{number:,}".replace(",", sep)


def _amount(rng: random.Random, lang: str, *, bare: bool = False) -> str:
    value = rng.choice((rng.uniform(3, 99), rng.uniform(100, 999), rng.uniform(1000, 9999)))
    whole, cents = f"{value:.2f}".split(".")
    w = int(whole)
    if bare:
        return f"{_group(w, '.')},{cents}" if lang != "en" else f"{_group(w, ',')}.{cents}"
    options = {
        "en": [f"€{_group(w, ',')}.{cents}", f"£{_group(w, ',')}.{cents}", f"EUR {_group(w, ',')}.{cents}"],
        "de": [f"{_group(w, '.')},{cents} €", f"{_group(w, '.')},{cents} EUR", f"€ {_group(w, '.')},{cents}"],
        "fr": [f"{_group(w, ' ')},{cents} €", f"{_group(w, ' ')},{cents} EUR", f"{_group(w, '.')},{cents} €"],
        "es": [f"{_group(w, '.')},{cents} €", f"{_group(w, '.')},{cents} EUR"],
        "it": [
            f"€ {_group(w, '.')},{cents}",
            f"{_group(w, '.')},{cents} euro",
            f"{_group(w, '.')},{cents} €",
        ],
        "nl": [f"€ {_group(w, '.')},{cents}", f"EUR {_group(w, '.')},{cents}", f"€{_group(w, '.')},{cents}"],
        "pl": [
            f"{_group(w, ' ')},{cents} zł",
            f"{_group(w, ' ')},{cents} PLN",
            f"{_group(w, '.')},{cents} zł",
        ],
        "pt": [f"{_group(w, '.')},{cents} €", f"€ {_group(w, '.')},{cents}", f"{_group(w, ' ')},{cents} EUR"],
    }[lang]
    return rng.choice(options)


def _order_number(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return str(rng.randint(1, 9)) + _digits(rng, "#" * rng.randint(7, 11))
    if r < 0.6:
        return "0" + str(rng.randint(1, 9)) + _digits(rng, "#" * rng.randint(8, 9))
    if r < 0.8:
        return f"ORD-{rng.randint(2024, 2026)}-{_digits(rng, '#####')}"
    return rng.choice("ABW") + _digits(rng, "#" * 8)


def _tracking(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    r = rng.random()
    if r < 0.2:
        return "JJD" + _digits(rng, "#" * 18)
    if r < 0.4:
        return "1Z" + "".join(rng.choice(letters + "0123456789") for _ in range(6)) + _digits(rng, "#" * 10)
    if r < 0.55:
        return "3S" + "".join(rng.choice(letters) for _ in range(4)) + _digits(rng, "#" * 7)
    if r < 0.75:
        code = rng.choice(("DE", "FR", "ES", "IT", "NL", "PL", "PT", "GB"))
        return rng.choice(("RR", "CP", "LX", "RB")) + _digits(rng, "#" * 9) + code
    return _digits(rng, "#" * rng.choice((12, 14, 20)))


def _case_number(rng: random.Random) -> str:
    return rng.choice(
        (
            f"CASE-{_digits(rng, '######')}",
            f"T-{rng.randint(2024, 2026)}-{_digits(rng, '#####')}",
            f"SR{_digits(rng, '#######')}",
            f"INC{_digits(rng, '#######')}",
            f"#{rng.randint(100000, 999999)}",
        )
    )


def _invoice_number(rng: random.Random) -> str:
    y = rng.randint(2024, 2026)
    return rng.choice(
        (
            f"INV-{y}-{_digits(rng, '#####')}",
            f"RE{y}-{_digits(rng, '####')}",
            f"F{y}/{_digits(rng, '#####')}",
            f"FV/{y}/{rng.randint(1, 12):02d}/{_digits(rng, '###')}",
            f"FT {y}/{rng.randint(1, 999)}",
            f"FAC-{y % 100}-{_digits(rng, '#####')}",
            str(rng.randint(1, 9)) + _digits(rng, "#" * rng.randint(8, 9)),
        )
    )


def _sku(rng: random.Random) -> str:
    letters = "ABCDEFGHKLMNPRSTVW"
    return rng.choice(
        (
            "".join(rng.choice(letters) for _ in range(3))
            + f"-{_digits(rng, '####')}-"
            + rng.choice(("BL", "RD", "GR", "WH", "BK", "SS")),
            f"SKU-{_digits(rng, '#####')}",
            "".join(rng.choice(letters) for _ in range(2)) + f"{_digits(rng, '###')}-{_digits(rng, '##')}",
        )
    )


def _ean(rng: random.Random, lang: str) -> str:
    from stdnum import ean

    body = _EAN_PREFIX[lang] + _digits(rng, "#" * (12 - len(_EAN_PREFIX[lang])))
    value = body + ean.calc_check_digit(body)
    assert ean.is_valid(value)
    return value


def _version(rng: random.Random) -> str:
    a, b, c = rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 15)
    return rng.choice(
        (
            f"v{a}.{b}.{c}",
            f"{a}.{b}.{c}",
            f"{rng.randint(2024, 2026)}.{rng.randint(1, 12)}.{c}",
            f"{a}.{b}.{c}-beta.{c + 1}",
        )
    )


def _product(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.25:
        return f"{rng.choice(_PLAN_WORDS)} {rng.choice(_PLAN_TIERS)}"
    name = rng.choice(_PRODUCT_NAMES)
    noun = rng.choice(_PRODUCT_NOUNS[lang])
    if lang in ("fr", "es", "it", "pt") or (lang in ("de", "nl", "pl") and rng.random() < 0.3):
        return f"{noun} {name}"
    return f"{name} {noun}"


def _company(rng: random.Random, lang: str) -> str:
    activities, forms, shape = _COMPANY_FORMS[lang]
    return shape.format(r=rng.choice(_COMPANY_ROOTS), a=rng.choice(activities), f=rng.choice(forms))


# --- language specifics ------------------------------------------------------------------------------

_TITLES = {
    "en": {"f": ["Mrs", "Ms", "Mrs.", "Dr"], "m": ["Mr", "Mr.", "Dr"]},
    "de": {"f": ["Frau", "Fr.", "Dr."], "m": ["Herr", "Hr.", "Dr."]},
    "fr": {"f": ["Madame", "Mme", "Dr"], "m": ["Monsieur", "M.", "Dr"]},
    "es": {"f": ["Sra.", "Dña.", "Dra."], "m": ["Sr.", "D.", "Dr."]},
    "it": {"f": ["Sig.ra", "dott.ssa", "Signora"], "m": ["Sig.", "dott.", "Signor"]},
    "nl": {"f": ["mevrouw", "mevr.", "mw.", "dr."], "m": ["meneer", "dhr.", "de heer", "dr."]},
    "pl": {"f": ["Pani", "p.", "dr"], "m": ["Pan", "p.", "dr"]},
    "pt": {"f": ["Sra.", "D.", "Dra."], "m": ["Sr.", "Dr."]},
}
_MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "eircom.net"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "outlook.pt"],
}
_CHANNELS = {
    "en": ["#support", "#orders", "#billing"],
    "de": ["#kundenservice", "#versand", "#buchhaltung"],
    "fr": ["#sav", "#commandes", "#compta"],
    "es": ["#soporte", "#pedidos", "#facturacion"],
    "it": ["#assistenza", "#ordini", "#fatture"],
    "nl": ["#klantenservice", "#bestellingen", "#facturen"],
    "pl": ["#obsluga-klienta", "#zamowienia", "#faktury"],
    "pt": ["#apoio", "#encomendas", "#faturacao"],
}


def _pl_genitive(last: str, gender: str) -> str:
    if gender == "m":
        if last.endswith(("ski", "cki")):
            return last[:-1] + "iego"
        if last.endswith("y"):
            return last[:-1] + "ego"
        if last.endswith("a"):
            return last[:-1] + "y"
        if last[-1] in "aeiouyąęó":
            return last
        return last + "a"
    if last.endswith(("ska", "cka")):
        return last[:-1] + "iej"
    if last.endswith("na"):
        return last[:-1] + "ej"
    return last


def _possessive(lang: str, person: _Person) -> tuple[str, str]:
    """(text, planted value) for the possessive of ``person`` in ``lang``."""
    first = person.first
    if lang == "en":
        return f"{first}'s", first
    if lang in ("de", "nl"):
        if lang == "de" and first[-1] in "sßxz":
            return f"{first}'", first
        if lang == "nl" and first[-1].lower() in "aeiouy":
            return f"{first}'s", first
        word = first + "s"
        return (word, word) if _word_ok(word, False) else (f"{first}'s", first)
    if lang == "fr":
        return (f"d'{first}", first) if first[0].lower() in "aeiouyhéèâ" else (f"de {first}", first)
    if lang == "es":
        return f"de {first}", first
    if lang == "it":
        return f"di {first}", first
    if lang == "pt":
        return (f"do {first}" if person.gender == "m" else f"da {first}"), first
    word = _pl_genitive(person.last, person.gender)
    return (word, word) if word == person.last or _word_ok(word, False) else (person.last, person.last)


# --- templates ---------------------------------------------------------------------------------------
# {a} {a.f} {a.l} full / first / last name of person a (customer); b, d staff; c relation / other person.
# Forms: t/tt title + surname (tt: the usual title), tf title + full name, p possessive, n nickname,
# at @handle, el e-mail with the name in its local part, email any e-mail, uu/uf upper full / first.
# ":way" sets the PERSON tag; {a?male|female} switches on the person's gender. Other fields: {phone}
# {iban} {nid} {addr} {dob} (personal) and {product} {order} {tracking} {case} {invoice} {sku} {ean}
# {version} {amount} {ts} {iso} {date} {company} (utility).

_NOTES: dict[str, dict[str, list[str]]] = {
    "en": {
        "open": [
            "{ts} Customer {a:intro} called about order {order}.",
            "Caller gave {a?his|her} name as {a:intro} and asked about invoice {invoice}.",
            "{a.tf:intro} rang re. the {product}, order {order}.",
            "New ticket from {a:intro} ({a.email}): {product} arrived damaged.",
            "{a:plain} – {order} – {product} – refund approved.",
            "RMA {product} {a:after_product}: lid cracked on arrival.",
            "Please call back {a:callback} on {phone} before 5pm re. case {case}.",
            "{a.t:title} phoned again about the {product}, parcel {tracking} has not moved.",
            "Spoke to {a:intro} today, new delivery address is {addr}.",
            "Walk-in at the clinic: {a:intro}, DOB {dob}, booked for {date}.",
            "{a.p:possessive} parcel {tracking} is stuck at the depot since {date}.",
            "Email from {a.email} – {a:plain} says the {product} ({sku}) is missing a part.",
            "{ts} {a:plain} disputes the smart meter reading, account {order}.",
            "Chat transcript: {a.f:intro} asked why {version} broke the CSV export.",
        ],
        "detail": [
            "Refund of {amount} to {iban} authorised on {date}.",
            "Replacement {product} (EAN {ean}) sent with tracking {tracking}.",
            "Invoice {invoice} over {amount} is overdue since {date}.",
            "{a.f:repeat} confirmed the address: {addr}.",
            "Order {order} placed {iso}, SKU {sku}, total {amount}.",
            "Works on {version} after clearing the cache, {a.f:repeat} is happy.",
            "Meter swap scheduled for {date}, tariff {product}.",
            "Appointment moved to {date}; reminder SMS to {phone}.",
            "Direct debit mandate updated to {iban}.",
            "Billing entity on invoice {invoice} is {company}.",
            "Courier {company} lost the first shipment, new tracking {tracking}.",
            "Case {case} reopened, previous ticket closed {iso}.",
            "{a.t:repeat} wants the receipt for {amount} by email to {a.email}.",
            "Licence key resent for {product}, {version}.",
            "NHS number {nid} added to the file.",
        ],
        "close": [
            "Handled by {b.f:handover}.",
            "Escalated to {b:handover} (2nd line).",
            "Neighbour {c:relation} can accept the parcel.",
            "{c?Husband|Wife} {c:relation} called too, same issue.",
            "Passed on to {b.f:handover} in accounts, {d.f:handover} to follow up.",
            "Call back {a.t:callback} tomorrow morning.",
            "{ts} handover: {d.f:handover} → {b.f:handover}.",
            "Logged by {b.l:handover}.",
            "{a.f:repeat} says {a?his|her} {c?son|daughter} {c.f:relation} set up the account.",
            "Again: {a:repeat} must not be charged twice!",
        ],
    },
    "de": {
        "open": [
            "{ts} {a?Kunde|Kundin} {a:intro} ruft wegen Bestellung {order} an.",
            "{a?Anrufer nannte sich|Anruferin nannte sich} {a:intro}, Frage zur Rechnung {invoice}.",
            "{a.tf:intro} hat wegen {product} angerufen, Auftrag {order}.",
            "Neues Ticket von {a:intro} ({a.email}): {product} beschädigt angekommen.",
            "{a:plain} / {order} / {product} / Gutschrift freigegeben.",
            "Retoure {product} {a:after_product}, Karton eingedrückt.",
            "Bitte {a:callback} unter {phone} zurückrufen, Vorgang {case}.",
            "{a.t:title} hat nochmal wegen {product} angerufen, Sendung {tracking} bewegt sich nicht.",
            "Mit {a:intro} gesprochen, neue Lieferadresse: {addr}.",
            "Praxis: {a:intro}, geb. {dob}, Termin am {date} bestätigt.",
            "{a.p:possessive} Paket {tracking} liegt seit {date} im Depot.",
            "Mail von {a.email} – {a:plain} meldet, dass bei {product} ({sku}) ein Teil fehlt.",
            "{ts} {a:plain} beschwert sich über die Zählerstandsabrechnung, Vertragskonto {order}.",
            "Chat: {a.f:intro} fragt, warum seit {version} der CSV-Export nicht mehr geht.",
        ],
        "detail": [
            "Erstattung {amount} auf {iban} am {date} angewiesen.",
            "Ersatz verschickt: {product} (EAN {ean}), Sendung {tracking}.",
            "Rechnung {invoice} über {amount} ist seit {date} überfällig.",
            "{a.f:repeat} hat die Adresse bestätigt: {addr}.",
            "Bestellung {order} vom {iso}, Artikel {sku}, Summe {amount}.",
            "Mit {version} und geleertem Cache läuft es, {a.f:repeat} ist zufrieden.",
            "Zählerwechsel am {date}, Tarif {product}.",
            "Termin auf {date} verschoben, SMS an {phone}.",
            "SEPA-Mandat auf {iban} geändert.",
            "Rechnungsempfänger laut {invoice}: {company}.",
            "Spedition {company} hat die erste Sendung verloren, neue Sendungsnummer {tracking}.",
            "Vorgang {case} wieder geöffnet, altes Ticket am {iso} geschlossen.",
            "{a.t:repeat} möchte den Beleg über {amount} per Mail an {a.email}.",
            "Lizenzschlüssel für {product} ({version}) erneut gesendet.",
            "Steuer-ID {nid} für die Rechnung hinterlegt.",
        ],
        "close": [
            "Bearbeitet von {b.f:handover}.",
            "Eskaliert an {b:handover} (2nd Level).",
            "{c?Nachbar|Nachbarin} {c:relation} nimmt das Paket an.",
            "{c?Ehemann|Ehefrau} {c:relation} hat ebenfalls angerufen.",
            "An {b.f:handover} in der Buchhaltung übergeben, {d.f:handover} meldet sich.",
            "Rückruf {a.t:callback} morgen früh.",
            "{ts} Übergabe: {d.f:handover} → {b.f:handover}.",
            "Erfasst von {b.l:handover}.",
            "{a.f:repeat} sagt, {c?der Sohn|die Tochter} {c.f:relation} hat das Konto angelegt.",
            "Nochmal: {a:repeat} darf nicht doppelt belastet werden!",
        ],
    },
    "fr": {
        "open": [
            "{ts} {a?Le client|La cliente} {a:intro} appelle au sujet de la commande {order}.",
            "{a?L'appelant|L'appelante} a donné le nom {a:intro}, question sur la facture {invoice}.",
            "{a.tf:intro} a appelé pour {product}, commande {order}.",
            "Nouveau ticket de {a:intro} ({a.email}) : {product} arrivé abîmé.",
            "{a:plain} – {order} – {product} – avoir validé.",
            "Retour {product} {a:after_product}, carton enfoncé.",
            "Merci de rappeler {a:callback} au {phone}, dossier {case}.",
            "{a.t:title} a rappelé pour {product}, le colis {tracking} ne bouge plus.",
            "Échange avec {a:intro} : nouvelle adresse de livraison {addr}.",
            "Cabinet : {a:intro}, né{a?|e} le {dob}, rendez-vous confirmé pour le {date}.",
            "Le colis {a.p:possessive} ({tracking}) est bloqué au dépôt depuis le {date}.",
            "Mail de {a.email} – {a:plain} signale qu'il manque une pièce sur {product} ({sku}).",
            "{ts} {a:plain} conteste le relevé de compteur, contrat {order}.",
            "Chat : {a.f:intro} demande pourquoi l'export CSV ne marche plus depuis la {version}.",
        ],
        "detail": [
            "Remboursement de {amount} sur {iban} validé le {date}.",
            "Remplacement envoyé : {product} (EAN {ean}), suivi {tracking}.",
            "La facture {invoice} de {amount} est impayée depuis le {date}.",
            "{a.f:repeat} a confirmé l'adresse : {addr}.",
            "Commande {order} du {iso}, réf. {sku}, total {amount}.",
            "Ça fonctionne en {version} après vidage du cache, {a.f:repeat} est satisfait{a?|e}.",
            "Changement de compteur prévu le {date}, offre {product}.",
            "Rendez-vous déplacé au {date}, SMS envoyé au {phone}.",
            "Mandat SEPA mis à jour : {iban}.",
            "Facturé à {company} (facture {invoice}).",
            "Le transporteur {company} a perdu le premier envoi, nouveau suivi {tracking}.",
            "Dossier {case} rouvert, ancien ticket clos le {iso}.",
            "{a.t:repeat} veut le justificatif de {amount} par mail à {a.email}.",
            "Clé de licence renvoyée pour {product}, {version}.",
            "N° de sécu {nid} noté pour le remboursement.",
        ],
        "close": [
            "Traité par {b.f:handover}.",
            "Transmis à {b:handover} (niveau 2).",
            "{c?Son voisin|Sa voisine} {c:relation} réceptionnera le colis.",
            "{c?Son mari|Sa femme} {c:relation} a aussi appelé, même problème.",
            "Transmis à {b.f:handover} à la compta, {d.f:handover} fera le suivi.",
            "Rappeler {a.t:callback} demain matin.",
            "{ts} relève : {d.f:handover} → {b.f:handover}.",
            "Saisi par {b.l:handover}.",
            "{a.f:repeat} dit que {c?son fils|sa fille} {c.f:relation} a créé le compte.",
            "Encore une fois : ne pas débiter {a:repeat} deux fois !",
        ],
    },
    "es": {
        "open": [
            "{ts} {a?El cliente|La clienta} {a:intro} llama por el pedido {order}.",
            "Dijo llamarse {a:intro}; consulta sobre la factura {invoice}.",
            "{a.tf:intro} llamó por {product}, pedido {order}.",
            "Nuevo ticket de {a:intro} ({a.email}): {product} llegó dañado.",
            "{a:plain} – {order} – {product} – abono aprobado.",
            "Devolución {product} {a:after_product}, caja aplastada.",
            "Devolver la llamada a {a:callback} al {phone}, expediente {case}.",
            "{a.t:title} volvió a llamar por {product}, el envío {tracking} no se mueve.",
            "Hablé con {a:intro}: nueva dirección de entrega {addr}.",
            "Clínica: {a:intro}, fecha de nacimiento {dob}, cita confirmada para el {date}.",
            "El paquete {a.p:possessive} ({tracking}) está parado en el almacén desde el {date}.",
            "Correo de {a.email} – {a:plain} dice que a {product} ({sku}) le falta una pieza.",
            "{ts} {a:plain} reclama la lectura del contador, contrato {order}.",
            "Chat: {a.f:intro} pregunta por qué desde la {version} no funciona la exportación CSV.",
        ],
        "detail": [
            "Reembolso de {amount} a {iban} autorizado el {date}.",
            "Enviado repuesto {product} (EAN {ean}), seguimiento {tracking}.",
            "La factura {invoice} de {amount} está vencida desde el {date}.",
            "{a.f:repeat} confirmó la dirección: {addr}.",
            "Pedido {order} del {iso}, ref. {sku}, total {amount}.",
            "Con la {version} y la caché borrada funciona, {a.f:repeat} está conforme.",
            "Cambio de contador programado para el {date}, tarifa {product}.",
            "Cita cambiada al {date}, SMS al {phone}.",
            "Domiciliación actualizada a {iban}.",
            "Facturar a {company} (factura {invoice}).",
            "La agencia {company} perdió el primer envío, nuevo seguimiento {tracking}.",
            "Expediente {case} reabierto, ticket anterior cerrado el {iso}.",
            "{a.t:repeat} quiere el justificante de {amount} por correo a {a.email}.",
            "Clave de licencia reenviada para {product}, {version}.",
            "DNI {nid} registrado para la factura.",
        ],
        "close": [
            "Atendido por {b.f:handover}.",
            "Escalado a {b:handover} (segundo nivel).",
            "{c?Su vecino|Su vecina} {c:relation} recogerá el paquete.",
            "{c?Su marido|Su mujer} {c:relation} también llamó por lo mismo.",
            "Pasado a {b.f:handover} en contabilidad, {d.f:handover} hará el seguimiento.",
            "Volver a llamar a {a.t:callback} mañana por la mañana.",
            "{ts} relevo: {d.f:handover} → {b.f:handover}.",
            "Registrado por {b.l:handover}.",
            "{a.f:repeat} dice que {c?su hijo|su hija} {c.f:relation} creó la cuenta.",
            "Otra vez: ¡no cobrar dos veces a {a:repeat}!",
        ],
    },
    "it": {
        "open": [
            "{ts} {a?Il cliente|La cliente} {a:intro} chiama per l'ordine {order}.",
            "Al telefono si è presentat{a?o|a} come {a:intro}, domanda sulla fattura {invoice}.",
            "{a.tf:intro} ha chiamato per {product}, ordine {order}.",
            "Nuovo ticket da {a:intro} ({a.email}): {product} arrivato danneggiato.",
            "{a:plain} – {order} – {product} – nota di credito approvata.",
            "Reso {product} {a:after_product}, scatola schiacciata.",
            "Richiamare {a:callback} al {phone}, pratica {case}.",
            "{a.t:title} ha richiamato per {product}, la spedizione {tracking} è ferma.",
            "Sentit{a?o|a} {a:intro}: nuovo indirizzo di consegna {addr}.",
            "Ambulatorio: {a:intro}, nat{a?o|a} il {dob}, visita confermata per il {date}.",
            "Il pacco {a.p:possessive} ({tracking}) è fermo in deposito dal {date}.",
            "Mail da {a.email} – {a:plain} segnala che manca un pezzo di {product} ({sku}).",
            "{ts} {a:plain} contesta la lettura del contatore, contratto {order}.",
            "Chat: {a.f:intro} chiede perché dalla {version} l'export CSV non funziona più.",
        ],
        "detail": [
            "Rimborso di {amount} su {iban} autorizzato il {date}.",
            "Spedito sostitutivo {product} (EAN {ean}), tracking {tracking}.",
            "La fattura {invoice} di {amount} è scaduta dal {date}.",
            "{a.f:repeat} ha confermato l'indirizzo: {addr}.",
            "Ordine {order} del {iso}, cod. {sku}, totale {amount}.",
            "Con la {version} e la cache svuotata funziona, {a.f:repeat} è soddisfatt{a?o|a}.",
            "Sostituzione contatore fissata per il {date}, offerta {product}.",
            "Appuntamento spostato al {date}, SMS al {phone}.",
            "Mandato SEPA aggiornato: {iban}.",
            "Intestare a {company} (fattura {invoice}).",
            "Il corriere {company} ha perso la prima spedizione, nuovo tracking {tracking}.",
            "Pratica {case} riaperta, ticket precedente chiuso il {iso}.",
            "{a.t:repeat} vuole la ricevuta di {amount} via mail a {a.email}.",
            "Chiave di licenza reinviata per {product}, {version}.",
            "Codice fiscale {nid} registrato per la fattura.",
        ],
        "close": [
            "Gestito da {b.f:handover}.",
            "Inoltrato a {b:handover} (secondo livello).",
            "{c?Il vicino|La vicina} {c:relation} ritirerà il pacco.",
            "Anche {c?il marito|la moglie} {c:relation} ha chiamato per lo stesso problema.",
            "Passato a {b.f:handover} in amministrazione, {d.f:handover} segue la pratica.",
            "Richiamare {a.t:callback} domattina.",
            "{ts} passaggio di consegne: {d.f:handover} → {b.f:handover}.",
            "Inserito da {b.l:handover}.",
            "{a.f:repeat} dice che {c?il figlio|la figlia} {c.f:relation} ha creato l'account.",
            "Di nuovo: non addebitare due volte {a:repeat}!",
        ],
    },
    "nl": {
        "open": [
            "{ts} Klant {a:intro} belt over bestelling {order}.",
            "Beller gaf als naam {a:intro} op, vraag over factuur {invoice}.",
            "{a.tf:intro} belde over {product}, order {order}.",
            "Nieuw ticket van {a:intro} ({a.email}): {product} beschadigd aangekomen.",
            "{a:plain} – {order} – {product} – creditnota goedgekeurd.",
            "Retour {product} {a:after_product}, doos ingedeukt.",
            "Graag {a:callback} terugbellen op {phone}, dossier {case}.",
            "{a.t:title} belde opnieuw over {product}, zending {tracking} staat stil.",
            "Gesproken met {a:intro}, nieuw afleveradres: {addr}.",
            "Praktijk: {a:intro}, geboren {dob}, afspraak bevestigd op {date}.",
            "{a.p:possessive} pakket {tracking} ligt sinds {date} in het depot.",
            "Mail van {a.email} – {a:plain} meldt dat er een onderdeel mist bij {product} ({sku}).",
            "{ts} {a:plain} klaagt over de meterstand, contract {order}.",
            "Chat: {a.f:intro} vraagt waarom de CSV-export sinds {version} niet meer werkt.",
        ],
        "detail": [
            "Terugbetaling van {amount} naar {iban} goedgekeurd op {date}.",
            "Vervangend exemplaar {product} (EAN {ean}) verstuurd, track & trace {tracking}.",
            "Factuur {invoice} van {amount} staat sinds {date} open.",
            "{a.f:repeat} heeft het adres bevestigd: {addr}.",
            "Bestelling {order} van {iso}, art. {sku}, totaal {amount}.",
            "Met {version} en een lege cache werkt het weer, {a.f:repeat} is tevreden.",
            "Meterwissel gepland op {date}, tarief {product}.",
            "Afspraak verzet naar {date}, sms naar {phone}.",
            "Machtiging aangepast naar {iban}.",
            "Factureren aan {company} (factuur {invoice}).",
            "Vervoerder {company} is de eerste zending kwijt, nieuwe track & trace {tracking}.",
            "Dossier {case} heropend, vorig ticket gesloten op {iso}.",
            "{a.t:repeat} wil het betaalbewijs van {amount} per mail naar {a.email}.",
            "Licentiesleutel opnieuw verstuurd voor {product}, {version}.",
            "BSN {nid} vastgelegd voor de declaratie.",
        ],
        "close": [
            "Behandeld door {b.f:handover}.",
            "Geëscaleerd naar {b:handover} (2e lijn).",
            "{c?Buurman|Buurvrouw} {c:relation} neemt het pakket aan.",
            "Partner {c:relation} belde ook, zelfde probleem.",
            "Doorgezet naar {b.f:handover} van de boekhouding, {d.f:handover} pakt het op.",
            "Morgenochtend {a.t:callback} terugbellen.",
            "{ts} overdracht: {d.f:handover} → {b.f:handover}.",
            "Ingevoerd door {b.l:handover}.",
            "{a.f:repeat} zegt dat {c?zoon|dochter} {c.f:relation} het account heeft aangemaakt.",
            "Nogmaals: {a:repeat} niet dubbel afschrijven!",
        ],
    },
    "pl": {
        "open": [
            "{ts} {a?Klient|Klientka} {a:intro} dzwoni w sprawie zamówienia {order}.",
            "{a?Dzwoniący przedstawił się|Dzwoniąca przedstawiła się} jako {a:intro}, pytanie o fakturę {invoice}.",
            "{a.tf:intro} {a?dzwonił|dzwoniła} w sprawie produktu {product}, zamówienie {order}.",
            "Nowe zgłoszenie – {a:intro} ({a.email}): {product}, uszkodzenie w transporcie.",
            "{a:plain} – {order} – {product} – korekta zatwierdzona.",
            "Zwrot {product} {a:after_product}, karton zgnieciony.",
            "Oddzwonić: {a:callback}, tel. {phone}, sprawa {case}.",
            "{a.t:title} znowu {a?dzwonił|dzwoniła} w sprawie produktu {product}, przesyłka {tracking} stoi.",
            "Rozmowa – {a:intro}, nowy adres dostawy: {addr}.",
            "Przychodnia: {a:intro}, ur. {dob}, wizyta potwierdzona na {date}.",
            "Paczka {a?pana|pani} {a.p:possessive} ({tracking}) leży w magazynie od {date}.",
            "Mail z {a.email} – {a:plain} zgłasza brak części w {product} ({sku}).",
            "{ts} {a:plain} reklamuje odczyt licznika, umowa {order}.",
            "Czat: {a.f:intro} pyta, dlaczego od wersji {version} nie działa eksport CSV.",
        ],
        "detail": [
            "Zwrot {amount} na konto {iban} zlecony {date}.",
            "Wysłano zamiennik {product} (EAN {ean}), przesyłka {tracking}.",
            "Faktura {invoice} na {amount} nieopłacona od {date}.",
            "{a.f:repeat} {a?potwierdził|potwierdziła} adres: {addr}.",
            "Zamówienie {order} z {iso}, indeks {sku}, razem {amount}.",
            "Na {version} po wyczyszczeniu cache działa, {a.f:repeat} {a?zadowolony|zadowolona}.",
            "Wymiana licznika zaplanowana na {date}, taryfa {product}.",
            "Wizyta przełożona na {date}, SMS na {phone}.",
            "Zmieniono rachunek do polecenia zapłaty: {iban}.",
            "Fakturować na {company} (faktura {invoice}).",
            "Kurier {company} zgubił pierwszą przesyłkę, nowy numer {tracking}.",
            "Sprawa {case} otwarta ponownie, poprzednie zgłoszenie zamknięte {iso}.",
            "{a.t:repeat} prosi o potwierdzenie wpłaty {amount} na maila {a.email}.",
            "Klucz licencyjny do {product} wysłany ponownie, {version}.",
            "PESEL {nid} dopisany do karty.",
        ],
        "close": [
            "Obsługa: {b.f:handover}.",
            "Przekazano do: {b:handover} (druga linia).",
            "{c?Sąsiad|Sąsiadka} {c:relation} odbierze paczkę.",
            "{c?Mąż|Żona} {c:relation} też dzwonił{c?|a} w tej sprawie.",
            "Przekazane do księgowości ({b.f:handover}), dalej prowadzi {d.f:handover}.",
            "Jutro rano oddzwonić – {a.t:callback}.",
            "{ts} zmiana dyżuru: {d.f:handover} → {b.f:handover}.",
            "Wprowadził{b?|a}: {b.l:handover}.",
            "{a.f:repeat} mówi, że konto {c?założył syn|założyła córka} {c.f:relation}.",
            "Jeszcze raz: nie obciążać podwójnie – {a:repeat}!",
        ],
    },
    "pt": {
        "open": [
            "{ts} {a?O cliente|A cliente} {a:intro} ligou por causa da encomenda {order}.",
            "Quem ligou identificou-se como {a:intro}, dúvida sobre a fatura {invoice}.",
            "{a.tf:intro} ligou por causa de {product}, encomenda {order}.",
            "Novo pedido de {a:intro} ({a.email}): {product} chegou danificado.",
            "{a:plain} – {order} – {product} – nota de crédito aprovada.",
            "Devolução {product} {a:after_product}, caixa amolgada.",
            "Ligar de volta a {a:callback} para o {phone}, processo {case}.",
            "{a.t:title} voltou a ligar por causa de {product}, a remessa {tracking} está parada.",
            "Falei com {a:intro}: nova morada de entrega {addr}.",
            "Clínica: {a:intro}, data de nascimento {dob}, consulta confirmada para {date}.",
            "A encomenda {a.p:possessive} ({tracking}) está parada no armazém desde {date}.",
            "Email de {a.email} – {a:plain} diz que falta uma peça em {product} ({sku}).",
            "{ts} {a:plain} reclama da leitura do contador, contrato {order}.",
            "Chat: {a.f:intro} pergunta porque é que desde a {version} a exportação CSV não funciona.",
        ],
        "detail": [
            "Reembolso de {amount} para {iban} autorizado em {date}.",
            "Enviado {product} de substituição (EAN {ean}), tracking {tracking}.",
            "A fatura {invoice} de {amount} está em atraso desde {date}.",
            "{a.f:repeat} confirmou a morada: {addr}.",
            "Encomenda {order} de {iso}, ref. {sku}, total {amount}.",
            "Com a {version} e a cache limpa funciona, {a.f:repeat} ficou satisfeit{a?o|a}.",
            "Troca de contador agendada para {date}, tarifário {product}.",
            "Consulta remarcada para {date}, SMS para {phone}.",
            "Débito direto atualizado para {iban}.",
            "Faturar a {company} (fatura {invoice}).",
            "A transportadora {company} perdeu o primeiro envio, novo tracking {tracking}.",
            "Processo {case} reaberto, pedido anterior fechado em {iso}.",
            "{a.t:repeat} quer o comprovativo de {amount} por email para {a.email}.",
            "Chave de licença reenviada para {product}, {version}.",
            "NIF {nid} registado para a fatura.",
        ],
        "close": [
            "Atendido por {b.f:handover}.",
            "Encaminhado para {b:handover} (2.ª linha).",
            "{c?O vizinho|A vizinha} {c:relation} vai receber a encomenda.",
            "{c?O marido|A mulher} {c:relation} também ligou pelo mesmo motivo.",
            "Passado a {b.f:handover} da contabilidade, {d.f:handover} faz o acompanhamento.",
            "Ligar amanhã de manhã a {a.t:callback}.",
            "{ts} passagem de turno: {d.f:handover} → {b.f:handover}.",
            "Registado por {b.l:handover}.",
            "{a.f:repeat} diz que {c?o filho|a filha} {c.f:relation} criou a conta.",
            "Outra vez: não cobrar duas vezes a {a:repeat}!",
        ],
    },
}

_MAIL: dict[str, dict[str, list[str]]] = {
    "en": {
        "subject": [
            "Order {order} – damaged {product}",
            "Question about invoice {invoice}",
            "Re: case {case}",
            "Change of address",
            "Refund request ({amount})",
            "Login problem after update {version}",
            "Appointment on {date}",
            "Parcel {tracking}",
        ],
        "greet": [
            "Hello,",
            "Hi there,",
            "Dear Sir or Madam,",
            "Hi {b.f:greeting},",
            "Dear {b.tt:greeting},",
            "Good morning {b.f:greeting},",
        ],
        "body": [
            "My name is {a:intro} and I ordered the {product} (order {order}) on {date}.",
            "I'm writing about invoice {invoice}: I was charged {amount} twice.",
            "Please send the refund to {iban}, account holder {a:plain}.",
            "My new address is {addr}, please update your records.",
            "You can reach me on {phone} or at {a.email}.",
            "My {c?husband|wife} {c:relation} already called about this last week.",
            "The tracking {tracking} hasn't moved since {iso}.",
            "Since version {version} the app keeps logging me out.",
            "I'd like to move my appointment with {b.tf:title} to {date}.",
            "The courier says the parcel was left with my neighbour {c:relation}, but {c.f:repeat} never got it.",
            "This is {a.f:intro} from {company}, we still haven't received the credit note for {invoice}.",
            "My NHS number is {nid} and my date of birth is {dob}.",
        ],
        "sign": [
            "Best regards,\n{a:signoff}",
            "Thanks,\n{a.f:signoff}",
            "Cheers, {a.f:signoff}",
            "Kind regards\n{a:signoff}\n{phone}",
            "{a.f:signoff}",
            "Regards,\n{a.uu:signoff}",
            "Thanks a lot!\n{a.n:signoff}",
        ],
        "reply": [
            "Dear {a.tt:greeting},\nthank you for your message. Your case {case} has been passed to {d:handover}.\n"
            "Kind regards,\n{b:signoff}\n{company}",
            "Hi {a.f:greeting},\nwe've sent a replacement, tracking {tracking}.\nBest,\n{b.f:signoff}",
            "Hello {a:greeting},\ninvoice {invoice} ({amount}) was settled on {date}.\n{b.f:signoff} – Customer Care",
            "Hi {a.n:greeting},\nyour appointment is confirmed for {date}, please bring your card.\nThanks, {b.f:signoff}",
        ],
    },
    "de": {
        "subject": [
            "Bestellung {order} – {product} beschädigt",
            "Frage zur Rechnung {invoice}",
            "AW: Vorgang {case}",
            "Adressänderung",
            "Erstattung {amount}",
            "Login-Problem nach Update {version}",
            "Termin am {date}",
            "Sendung {tracking}",
        ],
        "greet": [
            "Hallo,",
            "Guten Tag,",
            "Sehr geehrte Damen und Herren,",
            "Hallo {b.f:greeting},",
            "Sehr geehrte{b?r|} {b.tt:greeting},",
            "Moin {b.f:greeting},",
        ],
        "body": [
            "mein Name ist {a:intro}, ich habe am {date} {product} bestellt (Bestellung {order}).",
            "es geht um die Rechnung {invoice}: Mir wurden {amount} doppelt abgebucht.",
            "Bitte überweisen Sie die Erstattung auf {iban}, Kontoinhaber{a?|in} {a:plain}.",
            "Meine neue Adresse lautet {addr}.",
            "Sie erreichen mich unter {phone} oder per Mail an {a.email}.",
            "{c?Mein Mann|Meine Frau} {c:relation} hat letzte Woche schon deswegen angerufen.",
            "Die Sendung {tracking} bewegt sich seit {iso} nicht mehr.",
            "Seit Version {version} werde ich in der App ständig abgemeldet.",
            "Ich möchte meinen Termin bei {b.tf:title} auf den {date} verschieben.",
            "Laut Zusteller liegt das Paket bei {c?meinem Nachbarn|meiner Nachbarin} {c:relation}, "
            "aber {c.f:repeat} hat nichts bekommen.",
            "hier ist {a.f:intro} von {company}, die Gutschrift zu {invoice} fehlt uns immer noch.",
            "Meine Steuer-ID lautet {nid}, geboren bin ich am {dob}.",
        ],
        "sign": [
            "Viele Grüße\n{a:signoff}",
            "Danke und Gruß\n{a.f:signoff}",
            "LG {a.f:signoff}",
            "Mit freundlichen Grüßen\n{a:signoff}\nTel. {phone}",
            "{a.f:signoff}",
            "Gruß\n{a.uu:signoff}",
            "Liebe Grüße, {a.n:signoff}",
        ],
        "reply": [
            "Sehr geehrte{a?r|} {a.tt:greeting},\nvielen Dank für Ihre Nachricht. Ihr Vorgang {case} wurde an "
            "{d:handover} weitergeleitet.\nMit freundlichen Grüßen\n{b:signoff}\n{company}",
            "Hallo {a.f:greeting},\nwir haben Ersatz verschickt, Sendungsnummer {tracking}.\nViele Grüße\n{b.f:signoff}",
            "Guten Tag {a:greeting},\ndie Rechnung {invoice} ({amount}) wurde am {date} beglichen.\n"
            "{b.f:signoff} vom Kundenservice",
            "Hallo {a.n:greeting},\nIhr Termin am {date} ist bestätigt, bitte Versichertenkarte mitbringen.\n"
            "Gruß, {b.f:signoff}",
        ],
    },
    "fr": {
        "subject": [
            "Commande {order} – {product} abîmé",
            "Question sur la facture {invoice}",
            "RE: dossier {case}",
            "Changement d'adresse",
            "Demande de remboursement ({amount})",
            "Problème de connexion depuis la mise à jour {version}",
            "Rendez-vous du {date}",
            "Colis {tracking}",
        ],
        "greet": [
            "Bonjour,",
            "Madame, Monsieur,",
            "Bonjour {b.f:greeting},",
            "Bonjour {b.tt:greeting},",
            "Salut {b.f:greeting},",
        ],
        "body": [
            "je m'appelle {a:intro} et j'ai commandé {product} (commande {order}) le {date}.",
            "Je vous écris au sujet de la facture {invoice} : j'ai été débité{a?|e} deux fois de {amount}.",
            "Merci de rembourser sur {iban}, titulaire {a:plain}.",
            "Ma nouvelle adresse : {addr}.",
            "Vous pouvez me joindre au {phone} ou à {a.email}.",
            "{c?Mon mari|Ma femme} {c:relation} vous a déjà appelés la semaine dernière.",
            "Le colis {tracking} n'a pas bougé depuis le {iso}.",
            "Depuis la version {version}, l'application me déconnecte sans arrêt.",
            "Je souhaite déplacer mon rendez-vous avec {b.tf:title} au {date}.",
            "Le livreur dit avoir laissé le colis chez {c?mon voisin|ma voisine} {c:relation}, "
            "mais {c.f:repeat} n'a rien reçu.",
            "c'est {a.f:intro} de {company}, nous attendons toujours l'avoir pour la facture {invoice}.",
            "Mon numéro de sécurité sociale est le {nid}, né{a?|e} le {dob}.",
        ],
        "sign": [
            "Cordialement,\n{a:signoff}",
            "Merci,\n{a.f:signoff}",
            "Bonne journée, {a.f:signoff}",
            "Bien à vous\n{a:signoff}\n{phone}",
            "{a.f:signoff}",
            "Cdlt\n{a.uu:signoff}",
            "Bises, {a.n:signoff}",
        ],
        "reply": [
            "Bonjour {a.tt:greeting},\nmerci pour votre message. Votre dossier {case} a été transmis à {d:handover}.\n"
            "Cordialement,\n{b:signoff}\n{company}",
            "Bonjour {a.f:greeting},\nun remplacement est parti, suivi {tracking}.\nBonne journée,\n{b.f:signoff}",
            "Bonjour {a:greeting},\nla facture {invoice} ({amount}) a été réglée le {date}.\n{b.f:signoff}, service client",
            "Bonjour {a.n:greeting},\nvotre rendez-vous du {date} est confirmé, pensez à votre carte Vitale.\n"
            "{b.f:signoff}",
        ],
    },
    "es": {
        "subject": [
            "Pedido {order} – {product} dañado",
            "Consulta sobre la factura {invoice}",
            "RE: expediente {case}",
            "Cambio de dirección",
            "Solicitud de reembolso ({amount})",
            "No puedo entrar desde la actualización {version}",
            "Cita del {date}",
            "Envío {tracking}",
        ],
        "greet": [
            "Hola,",
            "Buenos días:",
            "Estimados señores:",
            "Hola {b.f:greeting}:",
            "Estimad{b?o|a} {b.tt:greeting}:",
            "Buenas tardes, {b.f:greeting}:",
        ],
        "body": [
            "me llamo {a:intro} y el {date} pedí {product} (pedido {order}).",
            "Les escribo por la factura {invoice}: me han cobrado {amount} dos veces.",
            "Por favor, hagan el reembolso a {iban}, titular {a:plain}.",
            "Mi nueva dirección es {addr}.",
            "Pueden llamarme al {phone} o escribirme a {a.email}.",
            "{c?Mi marido|Mi mujer} {c:relation} ya llamó por esto la semana pasada.",
            "El envío {tracking} no se mueve desde {iso}.",
            "Desde la versión {version} la app me cierra la sesión todo el rato.",
            "Quisiera cambiar mi cita con {b.tf:title} al {date}.",
            "El repartidor dice que dejó el paquete a {c?mi vecino|mi vecina} {c:relation}, "
            "pero {c.f:repeat} no recibió nada.",
            "soy {a.f:intro}, de {company}; seguimos esperando el abono de la factura {invoice}.",
            "Mi DNI es {nid} y nací el {dob}.",
        ],
        "sign": [
            "Un saludo,\n{a:signoff}",
            "Gracias,\n{a.f:signoff}",
            "Saludos, {a.f:signoff}",
            "Atentamente\n{a:signoff}\n{phone}",
            "{a.f:signoff}",
            "Saludos\n{a.uu:signoff}",
            "Besos, {a.n:signoff}",
        ],
        "reply": [
            "Estimad{a?o|a} {a.tt:greeting}:\ngracias por su mensaje. Su expediente {case} se ha pasado a {d:handover}.\n"
            "Atentamente,\n{b:signoff}\n{company}",
            "Hola {a.f:greeting}:\nya hemos enviado el repuesto, seguimiento {tracking}.\nUn saludo,\n{b.f:signoff}",
            "Buenos días, {a:greeting}:\nla factura {invoice} ({amount}) quedó pagada el {date}.\n"
            "{b.f:signoff}, atención al cliente",
            "Hola {a.n:greeting}:\ntu cita del {date} está confirmada, trae la tarjeta sanitaria.\n{b.f:signoff}",
        ],
    },
    "it": {
        "subject": [
            "Ordine {order} – {product} danneggiato",
            "Domanda sulla fattura {invoice}",
            "R: pratica {case}",
            "Cambio indirizzo",
            "Richiesta di rimborso ({amount})",
            "Problema di accesso dopo l'aggiornamento {version}",
            "Appuntamento del {date}",
            "Spedizione {tracking}",
        ],
        "greet": [
            "Buongiorno,",
            "Salve,",
            "Spettabile servizio clienti,",
            "Ciao {b.f:greeting},",
            "Gentile {b.tt:greeting},",
            "Buonasera {b.f:greeting},",
        ],
        "body": [
            "mi chiamo {a:intro} e il {date} ho ordinato {product} (ordine {order}).",
            "Vi scrivo per la fattura {invoice}: mi avete addebitato {amount} due volte.",
            "Vi prego di rimborsare su {iban}, intestato a {a:plain}.",
            "Il mio nuovo indirizzo è {addr}.",
            "Potete chiamarmi al {phone} o scrivere a {a.email}.",
            "{c?Mio marito|Mia moglie} {c:relation} vi ha già chiamato la settimana scorsa.",
            "La spedizione {tracking} è ferma dal {iso}.",
            "Dalla versione {version} l'app mi disconnette in continuazione.",
            "Vorrei spostare l'appuntamento con {b.tf:title} al {date}.",
            "Il corriere dice di aver lasciato il pacco {c?al vicino|alla vicina} {c:relation}, "
            "ma {c.f:repeat} non ha ricevuto niente.",
            "sono {a.f:intro} di {company}, aspettiamo ancora la nota di credito per la fattura {invoice}.",
            "Il mio codice fiscale è {nid}, sono nat{a?o|a} il {dob}.",
        ],
        "sign": [
            "Cordiali saluti,\n{a:signoff}",
            "Grazie,\n{a.f:signoff}",
            "Un saluto, {a.f:signoff}",
            "Distinti saluti\n{a:signoff}\n{phone}",
            "{a.f:signoff}",
            "Saluti\n{a.uu:signoff}",
            "Baci, {a.n:signoff}",
        ],
        "reply": [
            "Gentile {a.tt:greeting},\ngrazie per il messaggio. La sua pratica {case} è stata inoltrata a {d:handover}.\n"
            "Cordiali saluti,\n{b:signoff}\n{company}",
            "Ciao {a.f:greeting},\nabbiamo spedito la sostituzione, tracking {tracking}.\nA presto,\n{b.f:signoff}",
            "Buongiorno {a:greeting},\nla fattura {invoice} ({amount}) risulta saldata il {date}.\n"
            "{b.f:signoff}, assistenza clienti",
            "Ciao {a.n:greeting},\nl'appuntamento del {date} è confermato, porta la tessera sanitaria.\n{b.f:signoff}",
        ],
    },
    "nl": {
        "subject": [
            "Bestelling {order} – {product} beschadigd",
            "Vraag over factuur {invoice}",
            "RE: dossier {case}",
            "Adreswijziging",
            "Verzoek om terugbetaling ({amount})",
            "Inlogprobleem na update {version}",
            "Afspraak op {date}",
            "Zending {tracking}",
        ],
        "greet": [
            "Hallo,",
            "Goedemiddag,",
            "Geachte heer, mevrouw,",
            "Hoi {b.f:greeting},",
            "Geachte {b.tt:greeting},",
            "Beste {b.f:greeting},",
        ],
        "body": [
            "mijn naam is {a:intro} en ik heb op {date} {product} besteld (bestelling {order}).",
            "Ik mail over factuur {invoice}: er is twee keer {amount} afgeschreven.",
            "Graag de terugbetaling naar {iban} t.n.v. {a:plain}.",
            "Mijn nieuwe adres is {addr}.",
            "U kunt mij bereiken op {phone} of via {a.email}.",
            "{c?Mijn man|Mijn vrouw} {c:relation} heeft vorige week al gebeld.",
            "Zending {tracking} staat sinds {iso} stil.",
            "Sinds versie {version} word ik steeds uitgelogd in de app.",
            "Ik wil mijn afspraak bij {b.tf:title} verzetten naar {date}.",
            "Volgens de bezorger ligt het pakket bij {c?mijn buurman|mijn buurvrouw} {c:relation}, "
            "maar {c.f:repeat} heeft niets ontvangen.",
            "met {a.f:intro} van {company}; we wachten nog steeds op de creditnota voor factuur {invoice}.",
            "Mijn BSN is {nid}, geboren op {dob}.",
        ],
        "sign": [
            "Met vriendelijke groet,\n{a:signoff}",
            "Bedankt,\n{a.f:signoff}",
            "Groetjes, {a.f:signoff}",
            "Mvg\n{a:signoff}\n{phone}",
            "{a.f:signoff}",
            "Groet,\n{a.uu:signoff}",
            "Groetjes,\n{a.n:signoff}",
        ],
        "reply": [
            "Geachte {a.tt:greeting},\nbedankt voor uw bericht. Uw dossier {case} is doorgezet naar {d:handover}.\n"
            "Met vriendelijke groet,\n{b:signoff}\n{company}",
            "Hoi {a.f:greeting},\nwe hebben een vervangend exemplaar verstuurd, track & trace {tracking}.\n"
            "Groetjes,\n{b.f:signoff}",
            "Beste {a:greeting},\nfactuur {invoice} ({amount}) is op {date} voldaan.\n{b.f:signoff}, klantenservice",
            "Hoi {a.n:greeting},\nje afspraak op {date} staat, neem je zorgpas mee.\n{b.f:signoff}",
        ],
    },
    "pl": {
        "subject": [
            "Zamówienie {order} – reklamacja {product}",
            "Pytanie o fakturę {invoice}",
            "RE: sprawa {case}",
            "Zmiana adresu",
            "Prośba o zwrot ({amount})",
            "Problem z logowaniem po aktualizacji {version}",
            "Wizyta {date}",
            "Przesyłka {tracking}",
        ],
        "greet": [
            "Dzień dobry,",
            "Witam,",
            "Szanowni Państwo,",
            "Cześć {b.f:greeting},",
            "Dzień dobry, {b:greeting},",
        ],
        "body": [
            "nazywam się {a:intro}, {date} zamówił{a?em|am} {product} (zamówienie {order}).",
            "Piszę w sprawie faktury {invoice}: pobrano ode mnie dwa razy {amount}.",
            "Proszę o zwrot na konto {iban}, właściciel: {a:plain}.",
            "Mój nowy adres: {addr}.",
            "Można się ze mną kontaktować pod numerem {phone} lub mailowo: {a.email}.",
            "{c?Mąż|Żona} {c:relation} dzwonił{c?|a} już w tej sprawie w zeszłym tygodniu.",
            "Przesyłka {tracking} stoi od {iso}.",
            "Od wersji {version} aplikacja ciągle mnie wylogowuje.",
            "Chciał{a?bym|abym} przełożyć wizytę ({b.tf:title}) na {date}.",
            "Kurier twierdzi, że zostawił paczkę u {c?sąsiada|sąsiadki} ({c:relation}), "
            "ale {c.f:repeat} nic nie dostał{c?|a}.",
            "tu {a.f:intro} z firmy {company}, nadal czekamy na korektę do faktury {invoice}.",
            "Mój PESEL to {nid}, data urodzenia {dob}.",
        ],
        "sign": [
            "Pozdrawiam,\n{a:signoff}",
            "Dziękuję,\n{a.f:signoff}",
            "Pozdrawiam serdecznie, {a.f:signoff}",
            "Z poważaniem\n{a:signoff}\n{phone}",
            "{a.f:signoff}",
            "Pozdrawiam\n{a.uu:signoff}",
            "Buziaki, {a.n:signoff}",
        ],
        "reply": [
            "Dzień dobry, {a:greeting},\ndziękujemy za wiadomość. Sprawa {case} została przekazana do: {d:handover}.\n"
            "Z poważaniem\n{b:signoff}\n{company}",
            "Cześć {a.f:greeting},\nwysłaliśmy zamiennik, numer przesyłki {tracking}.\nPozdrawiam,\n{b.f:signoff}",
            "Dzień dobry,\nfaktura {invoice} ({amount}) została opłacona {date}.\n{b.f:signoff}, obsługa klienta",
            "Cześć {a.n:greeting},\nwizyta {date} potwierdzona, prosimy zabrać dowód osobisty.\n{b.f:signoff}",
        ],
    },
    "pt": {
        "subject": [
            "Encomenda {order} – {product} danificado",
            "Dúvida sobre a fatura {invoice}",
            "RE: processo {case}",
            "Alteração de morada",
            "Pedido de reembolso ({amount})",
            "Não consigo entrar desde a atualização {version}",
            "Consulta de {date}",
            "Envio {tracking}",
        ],
        "greet": [
            "Olá,",
            "Bom dia,",
            "Exmos. Senhores,",
            "Olá {b.f:greeting},",
            "Exm{b?o|a}. {b.tt:greeting},",
            "Boa tarde {b.f:greeting},",
        ],
        "body": [
            "chamo-me {a:intro} e no dia {date} encomendei {product} (encomenda {order}).",
            "Escrevo por causa da fatura {invoice}: cobraram-me {amount} duas vezes.",
            "Por favor façam o reembolso para {iban}, titular {a:plain}.",
            "A minha nova morada é {addr}.",
            "Podem contactar-me pelo {phone} ou por {a.email}.",
            "{c?O meu marido|A minha mulher} {c:relation} já ligou por causa disto na semana passada.",
            "O envio {tracking} está parado desde {iso}.",
            "Desde a versão {version} a aplicação está sempre a terminar a sessão.",
            "Queria remarcar a consulta com {b.tf:title} para {date}.",
            "O estafeta diz que deixou a encomenda com {c?o vizinho|a vizinha} {c:relation}, "
            "mas {c.f:repeat} não recebeu nada.",
            "fala {a.f:intro}, da {company}; continuamos à espera da nota de crédito da fatura {invoice}.",
            "O meu NIF é {nid} e nasci a {dob}.",
        ],
        "sign": [
            "Cumprimentos,\n{a:signoff}",
            "Obrigad{a?o|a},\n{a.f:signoff}",
            "Abraço, {a.f:signoff}",
            "Com os melhores cumprimentos\n{a:signoff}\n{phone}",
            "{a.f:signoff}",
            "Cumprimentos\n{a.uu:signoff}",
            "Beijinhos, {a.n:signoff}",
        ],
        "reply": [
            "Exm{a?o|a}. {a.tt:greeting},\nobrigado pela sua mensagem. O processo {case} foi encaminhado para "
            "{d:handover}.\nCom os melhores cumprimentos,\n{b:signoff}\n{company}",
            "Olá {a.f:greeting},\njá enviámos a substituição, tracking {tracking}.\nCumprimentos,\n{b.f:signoff}",
            "Bom dia {a:greeting},\na fatura {invoice} ({amount}) foi paga em {date}.\n{b.f:signoff}, apoio ao cliente",
            "Olá {a.n:greeting},\na consulta de {date} está confirmada, traga o cartão de utente.\n{b.f:signoff}",
        ],
    },
}

_CHAT: dict[str, dict[str, list[Any]]] = {
    "en": {
        "single": [
            "{a.f:chat_speaker}: hi, order {order} still hasn't shipped?",
            "{b.f:chat_speaker}: {a.at:mention} can you dm me your email pls",
            "{a.n:chat_speaker}: sure it's {a.el:email_local}",
            "{a.f:chat_speaker}: THIS IS THE THIRD TIME I ASK {b.uf:mention}, WHERE IS MY REFUND",
            "{b.f:chat_speaker}: hey {a.n:nickname}, refund of {amount} went out on {date}",
            "{a.f:chat_speaker}: thx {b.f:greeting}!! cheers, {a.n:signoff}",
            "{ts} {a.f:chat_speaker}: app crashes on {version} since this morning",
            "{b.f:chat_speaker}: handing this over to {d.at:mention}, {d.f:handover} knows billing",
            "{a.f:chat_speaker}: my {c?brother|sister} {c.f:relation} will pick up the {product} from the shop",
            "{a.f:chat_speaker}: call me on {phone} and ask for {a.f:repeat}",
            "{b.n:chat_speaker}: morning all, {a.f:plain} from the bakery called again about invoice {invoice}",
        ],
        "conv": [
            [
                "{a.f:chat_speaker}: hi {b.at:mention} quick question",
                "{b.f:chat_speaker}: hi {a.f:greeting}, what's the order number?",
                "{a.f:chat_speaker}: {order}, the {product}",
            ],
            [
                "{b.f:chat_speaker}: {a.n:nickname} your parcel is at the depot, tracking {tracking}",
                "{a.n:chat_speaker}: ugh ok, can {c.f:relation} collect it?",
                "{b.f:chat_speaker}: yes if {c.f:repeat} brings id",
            ],
            [
                "{a.f:chat_speaker}: WHY WAS I CHARGED TWICE FOR {amount}",
                "{b.f:chat_speaker}: sorry {a.f:greeting}! escalating to {d.at:mention}",
                "{d.f:chat_speaker}: on it, case {case}",
            ],
        ],
    },
    "de": {
        "single": [
            "{a.f:chat_speaker}: hallo, bestellung {order} ist immer noch nicht raus?",
            "{b.f:chat_speaker}: {a.at:mention} schick mir mal bitte deine mailadresse per dm",
            "{a.n:chat_speaker}: klar, {a.el:email_local}",
            "{a.f:chat_speaker}: ICH FRAGE JETZT ZUM DRITTEN MAL {b.uf:mention}, WO BLEIBT MEINE ERSTATTUNG",
            "{b.f:chat_speaker}: hey {a.n:nickname}, die erstattung über {amount} ist am {date} raus",
            "{a.f:chat_speaker}: danke {b.f:greeting}!! lg {a.n:signoff}",
            "{ts} {a.f:chat_speaker}: app stürzt seit {version} dauernd ab",
            "{b.f:chat_speaker}: ich geb das an {d.at:mention} weiter, {d.f:handover} kennt sich mit abrechnung aus",
            "{a.f:chat_speaker}: {c?mein bruder|meine schwester} {c.f:relation} holt {product} im laden ab",
            "{a.f:chat_speaker}: ruf mich unter {phone} an und frag nach {a.f:repeat}",
            "{b.n:chat_speaker}: moin, {a.f:plain} von der bäckerei hat wieder wegen rechnung {invoice} angerufen",
        ],
        "conv": [
            [
                "{a.f:chat_speaker}: hi {b.at:mention} kurze frage",
                "{b.f:chat_speaker}: hi {a.f:greeting}, welche bestellnummer?",
                "{a.f:chat_speaker}: {order}, {product}",
            ],
            [
                "{b.f:chat_speaker}: {a.n:nickname} dein paket liegt im depot, sendung {tracking}",
                "{a.n:chat_speaker}: oh man ok, kann {c.f:relation} es abholen?",
                "{b.f:chat_speaker}: ja, wenn {c.f:repeat} den ausweis mitbringt",
            ],
            [
                "{a.f:chat_speaker}: WARUM WURDEN MIR {amount} DOPPELT ABGEBUCHT",
                "{b.f:chat_speaker}: sorry {a.f:greeting}! ich eskaliere an {d.at:mention}",
                "{d.f:chat_speaker}: bin dran, vorgang {case}",
            ],
        ],
    },
    "fr": {
        "single": [
            "{a.f:chat_speaker}: bonjour, la commande {order} n'est toujours pas partie ?",
            "{b.f:chat_speaker}: {a.at:mention} tu peux m'envoyer ton mail en mp stp",
            "{a.n:chat_speaker}: oui c'est {a.el:email_local}",
            "{a.f:chat_speaker}: C'EST LA TROISIÈME FOIS QUE JE DEMANDE {b.uf:mention}, OÙ EST MON REMBOURSEMENT",
            "{b.f:chat_speaker}: coucou {a.n:nickname}, le remboursement de {amount} est parti le {date}",
            "{a.f:chat_speaker}: merci {b.f:greeting} !! bises, {a.n:signoff}",
            "{ts} {a.f:chat_speaker}: l'appli plante depuis la {version}",
            "{b.f:chat_speaker}: je passe la main à {d.at:mention}, {d.f:handover} gère la facturation",
            "{a.f:chat_speaker}: {c?mon frère|ma sœur} {c.f:relation} va récupérer {product} en boutique",
            "{a.f:chat_speaker}: appelez-moi au {phone} et demandez {a.f:repeat}",
            "{b.n:chat_speaker}: salut tout le monde, {a.f:plain} de la boulangerie a rappelé pour la facture {invoice}",
        ],
        "conv": [
            [
                "{a.f:chat_speaker}: salut {b.at:mention} petite question",
                "{b.f:chat_speaker}: salut {a.f:greeting}, c'est quoi le numéro de commande ?",
                "{a.f:chat_speaker}: {order}, {product}",
            ],
            [
                "{b.f:chat_speaker}: {a.n:nickname} ton colis est au dépôt, suivi {tracking}",
                "{a.n:chat_speaker}: pff ok, {c.f:relation} peut le récupérer ?",
                "{b.f:chat_speaker}: oui si {c.f:repeat} a une pièce d'identité",
            ],
            [
                "{a.f:chat_speaker}: POURQUOI J'AI ÉTÉ DÉBITÉ DEUX FOIS DE {amount}",
                "{b.f:chat_speaker}: désolé {a.f:greeting} ! je transmets à {d.at:mention}",
                "{d.f:chat_speaker}: je m'en occupe, dossier {case}",
            ],
        ],
    },
    "es": {
        "single": [
            "{a.f:chat_speaker}: hola, ¿el pedido {order} todavía no ha salido?",
            "{b.f:chat_speaker}: {a.at:mention} me pasas tu correo por privado porfa",
            "{a.n:chat_speaker}: sí, es {a.el:email_local}",
            "{a.f:chat_speaker}: ES LA TERCERA VEZ QUE PREGUNTO {b.uf:mention}, DÓNDE ESTÁ MI REEMBOLSO",
            "{b.f:chat_speaker}: hola {a.n:nickname}, el reembolso de {amount} salió el {date}",
            "{a.f:chat_speaker}: gracias {b.f:greeting}!! un abrazo, {a.n:signoff}",
            "{ts} {a.f:chat_speaker}: la app se cuelga desde la {version}",
            "{b.f:chat_speaker}: se lo paso a {d.at:mention}, {d.f:handover} lleva la facturación",
            "{a.f:chat_speaker}: {c?mi hermano|mi hermana} {c.f:relation} recogerá {product} en la tienda",
            "{a.f:chat_speaker}: llamadme al {phone} y preguntad por {a.f:repeat}",
            "{b.n:chat_speaker}: buenas, {a.f:plain} de la panadería ha vuelto a llamar por la factura {invoice}",
        ],
        "conv": [
            [
                "{a.f:chat_speaker}: hola {b.at:mention} una pregunta rápida",
                "{b.f:chat_speaker}: hola {a.f:greeting}, ¿qué número de pedido?",
                "{a.f:chat_speaker}: {order}, {product}",
            ],
            [
                "{b.f:chat_speaker}: {a.n:nickname} tu paquete está en el almacén, seguimiento {tracking}",
                "{a.n:chat_speaker}: vale, ¿puede recogerlo {c.f:relation}?",
                "{b.f:chat_speaker}: sí, si {c.f:repeat} trae el dni",
            ],
            [
                "{a.f:chat_speaker}: POR QUÉ ME HABÉIS COBRADO {amount} DOS VECES",
                "{b.f:chat_speaker}: perdona {a.f:greeting}! lo escalo a {d.at:mention}",
                "{d.f:chat_speaker}: me pongo, expediente {case}",
            ],
        ],
    },
    "it": {
        "single": [
            "{a.f:chat_speaker}: ciao, l'ordine {order} non è ancora partito?",
            "{b.f:chat_speaker}: {a.at:mention} mi mandi la tua mail in privato?",
            "{a.n:chat_speaker}: certo, {a.el:email_local}",
            "{a.f:chat_speaker}: È LA TERZA VOLTA CHE CHIEDO {b.uf:mention}, DOV'È IL MIO RIMBORSO",
            "{b.f:chat_speaker}: ehi {a.n:nickname}, il rimborso di {amount} è partito il {date}",
            "{a.f:chat_speaker}: grazie {b.f:greeting}!! un abbraccio, {a.n:signoff}",
            "{ts} {a.f:chat_speaker}: l'app crasha dalla {version}",
            "{b.f:chat_speaker}: passo a {d.at:mention}, {d.f:handover} segue la fatturazione",
            "{a.f:chat_speaker}: {c?mio fratello|mia sorella} {c.f:relation} ritira {product} in negozio",
            "{a.f:chat_speaker}: chiamatemi al {phone} e chiedete di {a.f:repeat}",
            "{b.n:chat_speaker}: buongiorno a tutti, {a.f:plain} del panificio ha richiamato per la fattura {invoice}",
        ],
        "conv": [
            [
                "{a.f:chat_speaker}: ciao {b.at:mention} domanda veloce",
                "{b.f:chat_speaker}: ciao {a.f:greeting}, numero d'ordine?",
                "{a.f:chat_speaker}: {order}, {product}",
            ],
            [
                "{b.f:chat_speaker}: {a.n:nickname} il tuo pacco è in deposito, tracking {tracking}",
                "{a.n:chat_speaker}: uff ok, può ritirarlo {c.f:relation}?",
                "{b.f:chat_speaker}: sì, se {c.f:repeat} porta un documento",
            ],
            [
                "{a.f:chat_speaker}: PERCHÉ MI AVETE ADDEBITATO {amount} DUE VOLTE",
                "{b.f:chat_speaker}: scusa {a.f:greeting}! inoltro a {d.at:mention}",
                "{d.f:chat_speaker}: ci penso io, pratica {case}",
            ],
        ],
    },
    "nl": {
        "single": [
            "{a.f:chat_speaker}: hoi, bestelling {order} is nog steeds niet verstuurd?",
            "{b.f:chat_speaker}: {a.at:mention} kun je je mailadres even in een dm sturen?",
            "{a.n:chat_speaker}: tuurlijk, {a.el:email_local}",
            "{a.f:chat_speaker}: IK VRAAG HET NU VOOR DE DERDE KEER {b.uf:mention}, WAAR BLIJFT MIJN GELD",
            "{b.f:chat_speaker}: hey {a.n:nickname}, de terugbetaling van {amount} is op {date} verstuurd",
            "{a.f:chat_speaker}: dank je {b.f:greeting}!! groetjes, {a.n:signoff}",
            "{ts} {a.f:chat_speaker}: app crasht sinds {version}",
            "{b.f:chat_speaker}: ik zet het door naar {d.at:mention}, {d.f:handover} doet de facturatie",
            "{a.f:chat_speaker}: {c?mijn broer|mijn zus} {c.f:relation} haalt {product} op in de winkel",
            "{a.f:chat_speaker}: bel me op {phone} en vraag naar {a.f:repeat}",
            "{b.n:chat_speaker}: goedemorgen, {a.f:plain} van de bakkerij belde weer over factuur {invoice}",
        ],
        "conv": [
            [
                "{a.f:chat_speaker}: hoi {b.at:mention} snelle vraag",
                "{b.f:chat_speaker}: hoi {a.f:greeting}, welk ordernummer?",
                "{a.f:chat_speaker}: {order}, {product}",
            ],
            [
                "{b.f:chat_speaker}: {a.n:nickname} je pakket ligt in het depot, track & trace {tracking}",
                "{a.n:chat_speaker}: balen, mag {c.f:relation} het ophalen?",
                "{b.f:chat_speaker}: ja, als {c.f:repeat} een id meeneemt",
            ],
            [
                "{a.f:chat_speaker}: WAAROM IS ER TWEE KEER {amount} AFGESCHREVEN",
                "{b.f:chat_speaker}: sorry {a.f:greeting}! ik escaleer naar {d.at:mention}",
                "{d.f:chat_speaker}: ik pak het op, dossier {case}",
            ],
        ],
    },
    "pl": {
        "single": [
            "{a.f:chat_speaker}: cześć, zamówienie {order} dalej nie wysłane?",
            "{b.f:chat_speaker}: {a.at:mention} podeślij mi maila na priv",
            "{a.n:chat_speaker}: jasne, {a.el:email_local}",
            "{a.f:chat_speaker}: PYTAM JUŻ TRZECI RAZ {b.uf:mention}, GDZIE JEST MÓJ ZWROT",
            "{b.f:chat_speaker}: hej {a.n:nickname}, zwrot {amount} poszedł {date}",
            "{a.f:chat_speaker}: dzięki {b.f:greeting}!! pozdro, {a.n:signoff}",
            "{ts} {a.f:chat_speaker}: apka się wysypuje od {version}",
            "{b.f:chat_speaker}: przekazuję do {d.at:mention}, {d.f:handover} ogarnia faktury",
            "{a.f:chat_speaker}: {c?brat|siostra} {c.f:relation} odbierze {product} w sklepie",
            "{a.f:chat_speaker}: dzwońcie na {phone}, proszę o kontakt – {a.f:repeat}",
            "{b.n:chat_speaker}: hej wszystkim, {a.f:plain} z piekarni znowu dzwonił{a?|a} w sprawie faktury {invoice}",
        ],
        "conv": [
            [
                "{a.f:chat_speaker}: hej {b.at:mention} szybkie pytanie",
                "{b.f:chat_speaker}: hej {a.f:greeting}, jaki numer zamówienia?",
                "{a.f:chat_speaker}: {order}, {product}",
            ],
            [
                "{b.f:chat_speaker}: {a.n:nickname} paczka czeka w magazynie, numer {tracking}",
                "{a.n:chat_speaker}: ok, może ją odebrać {c.f:relation}?",
                "{b.f:chat_speaker}: tak, jeśli {c.f:repeat} będzie mieć dowód",
            ],
            [
                "{a.f:chat_speaker}: DLACZEGO POBRALIŚCIE {amount} DWA RAZY",
                "{b.f:chat_speaker}: przepraszam {a.f:greeting}! eskaluję do {d.at:mention}",
                "{d.f:chat_speaker}: zajmuję się, sprawa {case}",
            ],
        ],
    },
    "pt": {
        "single": [
            "{a.f:chat_speaker}: olá, a encomenda {order} ainda não saiu?",
            "{b.f:chat_speaker}: {a.at:mention} mandas-me o teu email por mensagem privada?",
            "{a.n:chat_speaker}: claro, {a.el:email_local}",
            "{a.f:chat_speaker}: É A TERCEIRA VEZ QUE PERGUNTO {b.uf:mention}, ONDE ESTÁ O MEU REEMBOLSO",
            "{b.f:chat_speaker}: olá {a.n:nickname}, o reembolso de {amount} saiu a {date}",
            "{a.f:chat_speaker}: obrigad{a?o|a} {b.f:greeting}!! beijinhos, {a.n:signoff}",
            "{ts} {a.f:chat_speaker}: a app vai abaixo desde a {version}",
            "{b.f:chat_speaker}: passo para {d.at:mention}, {d.f:handover} trata da faturação",
            "{a.f:chat_speaker}: {c?o meu irmão|a minha irmã} {c.f:relation} vai levantar {product} na loja",
            "{a.f:chat_speaker}: liguem-me para o {phone} e perguntem por {a.f:repeat}",
            "{b.n:chat_speaker}: bom dia a todos, {a.f:plain} da padaria voltou a ligar por causa da fatura {invoice}",
        ],
        "conv": [
            [
                "{a.f:chat_speaker}: olá {b.at:mention} pergunta rápida",
                "{b.f:chat_speaker}: olá {a.f:greeting}, qual é o número da encomenda?",
                "{a.f:chat_speaker}: {order}, {product}",
            ],
            [
                "{b.f:chat_speaker}: {a.n:nickname} a tua encomenda está no armazém, tracking {tracking}",
                "{a.n:chat_speaker}: ok, pode ser {c.f:relation} a levantar?",
                "{b.f:chat_speaker}: sim, se {c.f:repeat} levar o cartão de cidadão",
            ],
            [
                "{a.f:chat_speaker}: PORQUE É QUE ME COBRARAM {amount} DUAS VEZES",
                "{b.f:chat_speaker}: desculpa {a.f:greeting}! vou passar a {d.at:mention}",
                "{d.f:chat_speaker}: estou a tratar, processo {case}",
            ],
        ],
    },
}

_TABLE_NOTES: dict[str, list[str]] = {
    "en": [
        "{a.f:plain} called, wants invoice {invoice} resent",
        "cb {a.f:callback} re {order}; {b.f:handover} checking stock for {sku}",
        "{a.t:title} prefers email, partner {c:relation} handles payments",
        "paid {amount} on {date}, handled by {b.f:handover}",
        "{a.p:possessive} replacement {product} shipped, {tracking}",
        "{ts} no answer on {phone}, try {a.f:callback} again tomorrow",
        "new address {a.el:email_local}, the old one bounces",
    ],
    "de": [
        "{a.f:plain} hat angerufen, will Rechnung {invoice} nochmal",
        "RR {a.f:callback} wg. {order}; {b.f:handover} prüft Bestand {sku}",
        "{a.t:title} will nur per Mail, Partner{c?|in} {c:relation} zahlt",
        "{amount} am {date} bezahlt, bearbeitet von {b.f:handover}",
        "Ersatz {product} für {a.f:plain} raus, {tracking}",
        "{ts} unter {phone} nicht erreicht, morgen nochmal {a.f:callback} versuchen",
        "neue Mail {a.el:email_local}, alte kommt zurück",
    ],
    "fr": [
        "{a.f:plain} a appelé, veut la facture {invoice} à nouveau",
        "rappeler {a.f:callback} pour {order} ; {b.f:handover} vérifie le stock {sku}",
        "{a.t:title} préfère le mail, {c?son conjoint|sa conjointe} {c:relation} paie",
        "{amount} payé le {date}, traité par {b.f:handover}",
        "remplacement {product} pour {a.f:plain} parti, {tracking}",
        "{ts} pas de réponse au {phone}, rappeler {a.f:callback} demain",
        "nouvelle adresse mail {a.el:email_local}, l'ancienne ne marche plus",
    ],
    "es": [
        "{a.f:plain} llamó, quiere la factura {invoice} otra vez",
        "devolver llamada a {a.f:callback} por {order}; {b.f:handover} revisa stock {sku}",
        "{a.t:title} prefiere email, paga su pareja {c:relation}",
        "{amount} pagado el {date}, atendido por {b.f:handover}",
        "enviado repuesto {product} para {a.f:plain}, {tracking}",
        "{ts} no contesta en el {phone}, volver a llamar a {a.f:callback} mañana",
        "correo nuevo {a.el:email_local}, el antiguo rebota",
    ],
    "it": [
        "{a.f:plain} ha chiamato, vuole di nuovo la fattura {invoice}",
        "richiamare {a.f:callback} per {order}; {b.f:handover} verifica giacenza {sku}",
        "{a.t:title} preferisce la mail, paga {c?il compagno|la compagna} {c:relation}",
        "{amount} pagato il {date}, gestito da {b.f:handover}",
        "spedito sostitutivo {product} per {a.f:plain}, {tracking}",
        "{ts} non risponde al {phone}, riprovare domani con {a.f:callback}",
        "nuova mail {a.el:email_local}, la vecchia torna indietro",
    ],
    "nl": [
        "{a.f:plain} belde, wil factuur {invoice} opnieuw",
        "{a.f:callback} terugbellen ivm {order}; {b.f:handover} checkt voorraad {sku}",
        "{a.t:title} wil alleen mail, partner {c:relation} betaalt",
        "{amount} betaald op {date}, behandeld door {b.f:handover}",
        "vervangend exemplaar {product} voor {a.f:plain} verstuurd, {tracking}",
        "{ts} geen gehoor op {phone}, morgen {a.f:callback} nog eens proberen",
        "nieuw mailadres {a.el:email_local}, oude komt terug",
    ],
    "pl": [
        "{a.f:plain} {a?dzwonił|dzwoniła}, prosi o ponowne wysłanie faktury {invoice}",
        "oddzwonić: {a.f:callback}, sprawa {order}; {b.f:handover} sprawdza stan {sku}",
        "{a.t:title} woli maila, płaci {c?partner|partnerka} {c:relation}",
        "{amount} zapłacone {date}, obsługa: {b.f:handover}",
        "zamiennik {product} dla: {a.f:plain} wysłany, {tracking}",
        "{ts} brak odpowiedzi pod {phone}, jutro ponownie – {a.f:callback}",
        "nowy mail {a.el:email_local}, stary odbija",
    ],
    "pt": [
        "{a.f:plain} ligou, quer a fatura {invoice} outra vez",
        "ligar a {a.f:callback} por causa de {order}; {b.f:handover} verifica stock {sku}",
        "{a.t:title} prefere email, paga {c?o companheiro|a companheira} {c:relation}",
        "{amount} pago em {date}, atendido por {b.f:handover}",
        "enviado {product} de substituição para {a.f:plain}, {tracking}",
        "{ts} não atende o {phone}, tentar {a.f:callback} amanhã",
        "email novo {a.el:email_local}, o antigo devolve",
    ],
}

# --- rendering ---------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{([a-d])\?([^|{}]*)\|([^{}]*)\}|\{([a-z]+)(?:\.([a-z]+))?(?::([a-z_]+))?\}")
_DEFAULT_WAY = {"": "plain", "f": "plain", "l": "plain", "lf": "plain", "uu": "plain", "uf": "plain"}
_FORM_WAY = {"p": "possessive", "n": "nickname", "at": "mention"}
#: A title form gets the way tags ``title`` and ``honorific`` (``title`` alone merges with the case tag).
_TITLE_FORMS = frozenset({"t", "tt", "tf"})
_LOWERABLE = frozenset({"STREET_ADDRESS", "CITY", "EMAIL_ADDRESS", "product", "company", "date", "amount"})


def _shout(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= 6 and text == text.upper()


class _Kit:
    """Everything a record draws from: names, places and the value makers."""

    def __init__(self) -> None:
        self.names = _Names()

    def roster(self, rng: random.Random, lang: str, size: int = 10) -> list[_Person]:
        return [self.names.person(rng, lang) for _ in range(size)]

    def cast(
        self, rng: random.Random, lang: str, roster: list[_Person], a: _Person | None = None
    ) -> dict[str, _Person]:
        for _ in range(100):
            main = a or self.names.person(rng, lang)
            other = self.names.person(rng, lang)
            staff = rng.sample(roster, 2)
            people = [main, staff[0], other, staff[1]]
            seen: set[str] = set()
            clash = False
            for person in people:
                words = person.words()
                if words & seen:
                    clash = True
                    break
                seen |= words
            if not clash:
                return dict(zip("abcd", people, strict=True))
        raise RuntimeError("no cast without shared name words")

    def root(self, rng: random.Random) -> str:
        combos = _root_combos()
        for _ in range(200):
            root = rng.choice(combos)
            if _root_ok(root):
                return root
        raise RuntimeError("no street root")

    def street(self, rng: random.Random, lang: str) -> tuple[str, str]:
        n = rng.randint(1, 160)
        names, suffixes = _mimesis_streets(lang)
        if names and rng.random() < 0.4:
            name = rng.choice(names)
            sfx = rng.choice(suffixes) if suffixes else ""
            if lang == "en":
                return f"{n} {name} {sfx}".strip(), "mimesis"
            if lang in ("de", "nl"):
                return f"{name} {n}", "mimesis"
            if lang == "fr":
                return f"{n} {sfx} {name}", "mimesis"
            if lang in ("es", "pt"):
                lead = name.split()[0].casefold()
                prefixes = (
                    "calle",
                    "avenida",
                    "av",
                    "plaza",
                    "paseo",
                    "alameda",
                    "rua",
                    "rúa",
                    "carrer",
                    "camino",
                )
                head = name if lead in prefixes else None
                head = head or (f"Calle {name}" if lang == "es" else f"Rua {name}")
                return f"{head}, {n}", "mimesis"
            return f"{sfx} {name} {n}".strip(), "mimesis"
        root = self.root(rng)
        shapes = {
            "en": [
                f"{n} {root} Road",
                f"{n} {root} Lane",
                f"{n} {root} Close",
                f"Flat {rng.randint(1, 9)}, {n} {root} Street",
            ],
            "de": [f"{root}straße {n}", f"{root}weg {n}", f"{root}allee {n}a", f"Am {root}hof {n}"],
            "fr": [f"{n} rue {root}", f"{n} avenue {root}", f"{n} impasse {root}", f"{n} chemin de {root}"],
            "es": [f"Calle {root} {n}", f"Avda. {root}, {n}", f"C/ {root} {n}, {rng.randint(1, 8)}º B"],
            "it": [f"Via {root} {n}", f"Viale {root} {n}", f"Piazza {root} {n}"],
            "nl": [f"{root}straat {n}", f"{root}laan {n}", f"{root}weg {n}a", f"{root}gracht {n}"],
            "pl": [f"ul. {root}owa {n}", f"ul. {root}ska {n}/{rng.randint(1, 40)}", f"al. {root}owa {n}"],
            "pt": [f"Rua {root}, {n}", f"Av. {root} {n}", f"Travessa do {root} {n}"],
        }[lang]
        return rng.choice(shapes), "invented"

    def city(self, rng: random.Random, lang: str) -> tuple[str, str]:
        cities = _mimesis_cities(lang)
        if cities and rng.random() < 0.5:
            return rng.choice(cities), "mimesis"
        for _ in range(100):
            root = self.root(rng)
            city = root + rng.choice(_CITY_ENDINGS[lang])
            if _word_ok(city, True):
                return city, "invented"
        raise RuntimeError("no city")

    def email(self, rng: random.Random, lang: str, person: _Person, named: bool) -> tuple[str, str | None]:
        if person.canary:
            local = person.email.split("@")[0]
            return person.email, local
        f, last, nick = _ascii(person.first), _ascii(person.last), _ascii(person.nick)
        nn = str(rng.randint(1, 99))
        with_name = [
            (f"{f}.{last}", f"{f}.{last}"),
            (f"{f}_{last}{nn}", f"{f}_{last}"),
            (f"{f}{nn}", f),
            (f"{last}.{f}", f"{last}.{f}"),
            (f"{f}.{last}{rng.randint(60, 99)}", f"{f}.{last}"),
        ]
        domain = rng.choice(_MAIL_DOMAINS[lang])
        if named or rng.random() < 0.5:
            rng.shuffle(with_name)
            for local, segment in with_name:
                if all(_word_ok(t, False) for t in name_tokens(segment)):
                    return f"{local}@{domain}", segment
            return f"{with_name[0][0]}@{domain}", None
        local = rng.choice(
            (f"{f[0]}{last}", f"{f[0]}.{last}", f"{nick}{nn}", f"{last}{f[0]}{nn}", f"{f}{last[0]}")
        )
        return f"{local}@{domain}", None

    def handle(self, rng: random.Random, person: _Person) -> str:
        options = [
            person.first,
            person.nick,
            f"{person.first}.{person.last}",
            f"{person.first}_{person.last}",
        ]
        rng.shuffle(options)
        for option in options:
            handle = "".join(_ascii(part) if part.isalpha() else part for part in re.split(r"([._])", option))
            if all(_word_ok(t, False) for t in name_tokens(handle)):
                return handle
        return person.first.lower()


class _Ctx:
    """Renders templates for one record: fixed people and case mode, collects what it plants."""

    def __init__(
        self,
        kit: _Kit,
        rng: random.Random,
        lang: str,
        persons: dict[str, _Person],
        mode: str,
        upper_p: float = 0.06,
    ) -> None:
        self.kit, self.rng, self.lang, self.persons, self.mode = kit, rng, lang, persons, mode
        self.upper_p = upper_p
        self.emails: dict[str, tuple[str, str | None]] = {}

    def render(self, template: str, field: str, plants: list[Planted]) -> str:
        out: list[str] = []
        pos = 0
        for match in _TOKEN.finditer(template):
            out.append(self._literal(template[pos : match.start()]))
            if match.group(1):
                person = self.persons[match.group(1)]
                out.append(self._literal(match.group(2) if person.gender == "m" else match.group(3)))
            elif match.group(4) in self.persons:
                text = self._person(match.group(4), match.group(5) or "", match.group(6), field, plants)
                before = "".join(out).rstrip(" ")
                capital = match.group(5) in ("t", "tt", "tf", "p")
                if capital and self.mode == "title" and (not before or before[-1] in ".:!?\n–"):
                    text = text[0].upper() + text[1:]
                out.append(text)
            else:
                out.append(self._value(match.group(4), field, plants))
            pos = match.end()
        out.append(self._literal(template[pos:]))
        return "".join(out)

    def _literal(self, text: str) -> str:
        return text.lower() if self.mode == "lower" and not _shout(text) else text

    def _tags(self, value: str | None, sources: tuple[str, ...], extra: list[str]) -> list[str]:
        if value is not None and any(c.isalpha() for c in value):
            case = "upper" if value.isupper() else "lower" if value == value.lower() else "title"
        else:
            case = self.mode
        tags = [f"lang:{self.lang}", case, *sources, *extra]
        return list(dict.fromkeys(tags))

    def _person(self, slot: str, form: str, way: str | None, field: str, plants: list[Planted]) -> str:
        p = self.persons[slot]
        rng = self.rng
        if form in ("el", "email"):
            return self._email(slot, field, plants, named=form == "el", way=way)
        ways = [way] if way else []
        if form in ("t", "tt", "tf"):
            titles = _TITLES[self.lang][p.gender]
            title = titles[0] if form == "tt" else rng.choice(titles)
            value = p.full if form == "tf" else p.last
            text = f"{title} {value}"
        elif form == "p":
            text, value = _possessive(self.lang, p)
        elif form == "n":
            text = value = p.nick
        elif form == "at":
            value = self.kit.handle(rng, p)
            text = "@" + value
        elif form in ("f", "uf"):
            text = value = p.first
        elif form == "l":
            text = value = p.last
        elif form == "lf":
            text = value = f"{p.last}, {p.first}"
        else:
            text = value = p.full
        if form in _FORM_WAY:
            ways.append(_FORM_WAY[form])
        if form in _TITLE_FORMS:
            ways += ["title", "honorific"]
        if not ways:
            ways.append(_DEFAULT_WAY.get(form, "plain"))
        shouted = form in ("uu", "uf") or (
            self.mode == "title"
            and not p.canary
            and form in ("", "l", "t", "lf")
            and rng.random() < self.upper_p
        )
        if shouted:
            text, value = text.replace(value, value.upper()), value.upper()
        elif self.mode == "lower":
            text, value = text.lower(), value.lower()
        extra = [*ways, "canary"] if p.canary else ways
        plants.append(Planted("PERSON", value, field, self._tags(value, p.sources, extra)))
        return text

    def _email(self, slot: str, field: str, plants: list[Planted], *, named: bool, way: str | None) -> str:
        p = self.persons[slot]
        cached = self.emails.get(slot)
        if cached is None or (named and cached[1] is None):
            cached = self.kit.email(self.rng, self.lang, p, named)
            self.emails[slot] = cached
        email, segment = cached
        canary = ["canary"] if p.canary else []
        plants.append(Planted("EMAIL_ADDRESS", email, field, self._tags(None, p.sources, canary)))
        if named and segment:
            ways = list(dict.fromkeys([way or "email_local", "email_local", *canary]))
            plants.append(Planted("PERSON", segment, field, self._tags(segment, p.sources, ways)))
        return email

    def _personal(
        self, entity: str, value: str, field: str, plants: list[Planted], source: str, *extra: str
    ) -> str:
        if self.mode == "lower" and entity in _LOWERABLE:
            value = value.lower()
        plants.append(Planted(entity, value, field, self._tags(None, (source,), list(extra))))
        return value

    def _utility(self, kind: str, value: str, field: str, plants: list[Planted]) -> str:
        if self.mode == "lower" and kind in _LOWERABLE:
            value = value.lower()
        plants.append(Planted(f"utility:{kind}", value, field, [f"lang:{self.lang}"]))
        return value

    def _value(self, name: str, field: str, plants: list[Planted]) -> str:
        rng, lang, kit = self.rng, self.lang, self.kit
        if name == "phone":
            value = _phone(rng, lang)
            fmt = "intl" if value.startswith(("+", "00")) else "national"
            return self._personal("PHONE_NUMBER", value, field, plants, "invented", fmt)
        if name == "iban":
            value = _iban(rng, lang)
            return self._personal(
                "IBAN_CODE", value, field, plants, "invented", "spaced" if " " in value else "compact"
            )
        if name == "nid":
            return self._personal("NATIONAL_ID", _national_id(rng, lang), field, plants, "invented")
        if name == "dob":
            return self._personal("DATE_OF_BIRTH", _dob(rng, lang), field, plants, "invented")
        if name == "addr":
            street, street_src = kit.street(rng, lang)
            city, city_src = kit.city(rng, lang)
            street = self._personal("STREET_ADDRESS", street, field, plants, street_src)
            code = self._personal("POSTCODE", _postcode(rng, lang), field, plants, "invented")
            city = self._personal("CITY", city, field, plants, city_src)
            return f"{street}, {city} {code}" if lang == "en" else f"{street}, {code} {city}"
        if name == "ts":
            value = _moment(rng).strftime("%Y-%m-%d %H:%M")
            return f"[{self._utility('timestamp', value, field, plants)}]"
        makers = {
            "product": ("product", lambda: _product(rng, lang)),
            "order": ("order_number", lambda: _order_number(rng)),
            "tracking": ("tracking_number", lambda: _tracking(rng)),
            "case": ("case_number", lambda: _case_number(rng)),
            "invoice": ("invoice_number", lambda: _invoice_number(rng)),
            "sku": ("sku", lambda: _sku(rng)),
            "ean": ("ean", lambda: _ean(rng, lang)),
            "version": ("version", lambda: _version(rng)),
            "amount": ("amount", lambda: _amount(rng, lang)),
            "iso": ("timestamp", lambda: _iso(rng)),
            "date": ("date", lambda: _format_date(rng, lang, _moment(rng))),
            "company": ("company", lambda: _company(rng, lang)),
        }
        kind, make = makers[name]
        return self._utility(kind, make(), field, plants)


# --- record checks -----------------------------------------------------------------------------------


def _unambiguous(plants: list[Planted]) -> bool:
    """No PERSON word also sits in a utility value, street, city or other non-name value of its field."""
    for p in plants:
        if p.entity != "PERSON":
            continue
        tokens = name_tokens(p.value)
        for q in plants:
            if q.field != p.field or q.entity in ("PERSON", "EMAIL_ADDRESS", "USERNAME"):
                continue
            if any(contains_word(q.value, t) for t in tokens):
                return False
    return True


def _retry(make: Any, *args: Any) -> Any:
    for _ in range(60):
        result = make(*args)
        if _unambiguous(result[-1]):
            return result
    raise RuntimeError("could not build an unambiguous record")


# --- text files --------------------------------------------------------------------------------------


def _note_record(kit: _Kit, rng: random.Random, lang: str, roster: list[_Person], canary: _Person | None):
    mode = "title" if canary or rng.random() >= 0.4 else "lower"
    ctx = _Ctx(kit, rng, lang, kit.cast(rng, lang, roster, canary), mode)
    templates = _NOTES[lang]
    opens = (
        [t for t in templates["open"] if "{a:intro}" in t and "{a.email}" in t]
        if canary
        else templates["open"]
    )
    parts = [rng.choice(opens), *rng.sample(templates["detail"], rng.choice((1, 1, 2)))]
    if rng.random() < 0.75:
        parts.append(rng.choice(templates["close"]))
    plants: list[Planted] = []
    text = " ".join(ctx.render(t, "text", plants) for t in parts)
    return text, plants


def _notes_file(
    kit: _Kit, out_dir: Path, lang: str, seed: int, scale: float, canary: _Person | None
) -> FileSet:
    rng = random.Random(f"{seed}:notes:{lang}")
    roster = kit.roster(rng, lang)
    n = max(1, round(110 * scale))
    canary_at = n // 3 if canary else -1
    lines: list[str] = []
    records: list[list[Planted]] = []
    for i in range(n):
        if i != canary_at and rng.random() < 0.06:
            lines.append("")
            records.append([])
            continue
        text, plants = _retry(_note_record, kit, rng, lang, roster, canary if i == canary_at else None)
        lines.append(text)
        records.append(plants)
    path = out_dir / f"notes_{lang}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(
        name=path.stem,
        path=str(path),
        fmt="txt",
        kind="text",
        language=lang,
        records=records,
        canaries=[canary.full, canary.email] if canary else [],
        notes="CRM / case notes, one per line (blank lines are empty records); ~40 % lower case",
    )


def _mail_record(kit: _Kit, rng: random.Random, lang: str, roster: list[_Person], canary: _Person | None):
    mode = "title" if canary or rng.random() >= 0.3 else "lower"
    ctx = _Ctx(kit, rng, lang, kit.cast(rng, lang, roster, canary), mode)
    t = _MAIL[lang]
    plants: list[Planted] = []
    record: dict[str, Any] = {"id": f"MSG-{rng.randint(2024, 2026)}-{rng.randint(0, 999999):06d}"}
    ctx._utility("other", record["id"], "id", plants)
    record["received"] = ctx._utility("timestamp", _iso(rng), "received", plants)
    header = "{a:plain} <{a.email}>" if canary or rng.random() < 0.5 else "{a.email}"
    record["from"] = ctx.render(header, "from", plants)
    record["subject"] = ctx.render(rng.choice(t["subject"]), "subject", plants)
    body = [rng.choice(t["body"][:1] if canary else t["body"])]
    body += rng.sample([b for b in t["body"] if b not in body], rng.choice((0, 1, 1, 2)))
    text = ctx.render(rng.choice(t["greet"]), "body", plants) + "\n\n"
    text += " ".join(ctx.render(b, "body", plants) for b in body)
    text += "\n\n" + ctx.render(rng.choice(t["sign"]), "body", plants)
    record["body"] = text
    if rng.random() < 0.4:
        record["thread"] = {"body": ctx.render(rng.choice(t["reply"]), "thread.body", plants)}
    return record, plants


def _mail_file(
    kit: _Kit, out_dir: Path, lang: str, seed: int, scale: float, canary: _Person | None
) -> FileSet:
    rng = random.Random(f"{seed}:mail:{lang}")
    roster = kit.roster(rng, lang)
    n = max(1, round(50 * scale))
    canary_at = n // 2 if canary else -1
    lines, records = [], []
    for i in range(n):
        record, plants = _retry(_mail_record, kit, rng, lang, roster, canary if i == canary_at else None)
        lines.append(json.dumps(record, ensure_ascii=False))
        records.append(plants)
    path = out_dir / f"mail_{lang}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(
        name=path.stem,
        path=str(path),
        fmt="jsonl",
        kind="text",
        language=lang,
        records=records,
        canaries=[canary.full, canary.email] if canary else [],
        notes="customer e-mails: id, received, from, subject, body, optional thread.body (quoted reply)",
    )


def _chat_record(kit: _Kit, rng: random.Random, lang: str, roster: list[_Person], canary: _Person | None):
    ctx = _Ctx(kit, rng, lang, kit.cast(rng, lang, roster, canary), "lower")
    t = _CHAT[lang]
    plants: list[Planted] = []
    record: dict[str, Any] = {"ts": ctx._utility("timestamp", _iso(rng), "ts", plants)}
    record["channel"] = rng.choice(_CHANNELS[lang])
    if canary is not None:
        template = next(s for s in t["single"] if "{a.el:" in s)
        record["message"] = ctx.render(template, "message", plants)
    elif rng.random() < 0.7:
        record["message"] = ctx.render(rng.choice(t["single"]), "message", plants)
    else:
        record["conversation"] = [
            ctx.render(line, "conversation[]", plants) for line in rng.choice(t["conv"])
        ]
    return record, plants


def _chat_file(
    kit: _Kit, out_dir: Path, lang: str, seed: int, scale: float, canary: _Person | None
) -> FileSet:
    rng = random.Random(f"{seed}:chat:{lang}")
    roster = kit.roster(rng, lang, 6)
    n = max(1, round(60 * scale))
    canary_at = n // 2 if canary else -1
    lines, records = [], []
    for i in range(n):
        record, plants = _retry(_chat_record, kit, rng, lang, roster, canary if i == canary_at else None)
        lines.append(json.dumps(record, ensure_ascii=False))
        records.append(plants)
    path = out_dir / f"chat_{lang}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FileSet(
        name=path.stem,
        path=str(path),
        fmt="jsonl",
        kind="text",
        language=lang,
        records=records,
        canaries=[canary.email] if canary else [],
        notes="lower-case support chat: ts, channel, message or conversation[] (speaker before the colon)",
    )


# --- tables ------------------------------------------------------------------------------------------


@dataclass
class _Customer:
    lang: str
    person: _Person
    name_cell: str
    name_ways: list[str]
    email: str
    phone: str
    street: tuple[str, str]
    postcode: str
    city: tuple[str, str]
    ids: dict[str, str]
    country: str


def _name_cell(rng: random.Random, person: _Person) -> tuple[str, list[str]]:
    if person.canary:
        return person.full, ["plain", "name_column"]
    r = rng.random()
    if r < 0.5:
        return person.full, ["plain", "name_column"]
    if r < 0.75:
        return f"{person.last}, {person.first}", ["plain", "name_column", "last_first"]
    if r < 0.87:
        return person.full.upper(), ["plain", "name_column"]
    if r < 0.93:
        return f"{person.last.upper()}, {person.first}", ["plain", "name_column", "last_first"]
    return person.full.lower(), ["plain", "name_column"]


def _customer(kit: _Kit, rng: random.Random, ids: dict[str, str], canary: _Person | None) -> _Customer:
    lang = rng.choice(LANGS)
    person = canary or kit.names.person(rng, lang)
    cell, ways = _name_cell(rng, person)
    email = person.email if canary else kit.email(rng, lang, person, False)[0]
    street, city = kit.street(rng, lang), kit.city(rng, lang)
    country = rng.choice(_COUNTRIES[lang])
    phone = _phone(rng, lang)
    return _Customer(lang, person, cell, ways, email, phone, street, _postcode(rng, lang), city, ids, country)


def _tag(
    lang: str, value: str | None, sources: tuple[str, ...], *extra: str, mode: str = "title"
) -> list[str]:
    if value is not None and any(c.isalpha() for c in value):
        case = "upper" if value.isupper() else "lower" if value == value.lower() else "title"
    else:
        case = mode
    return list(dict.fromkeys([f"lang:{lang}", case, *sources, *extra]))


def _table_note(kit: _Kit, rng: random.Random, cust: _Customer, roster: list[_Person], field: str):
    mode = "lower" if rng.random() < 0.5 else "title"
    ctx = _Ctx(kit, rng, cust.lang, kit.cast(rng, cust.lang, roster, cust.person), mode)
    plants: list[Planted] = []
    return ctx.render(rng.choice(_TABLE_NOTES[cust.lang]), field, plants), plants


def _contact_plants(cust: _Customer, columns: dict[str, str]) -> list[Planted]:
    """PERSON, e-mail, phone and address cells of a customer, keyed by logical column -> real header."""
    p, lang = cust.person, cust.lang
    canary = ["canary"] if p.canary else []
    out = [
        Planted(
            "PERSON",
            cust.name_cell,
            columns["name"],
            _tag(lang, cust.name_cell, p.sources, *cust.name_ways, *canary),
        )
    ]
    if "email" in columns:
        out.append(
            Planted("EMAIL_ADDRESS", cust.email, columns["email"], _tag(lang, None, p.sources, *canary))
        )
    if "phone" in columns:
        fmt = "intl" if cust.phone.startswith(("+", "00")) else "national"
        out.append(
            Planted("PHONE_NUMBER", cust.phone, columns["phone"], _tag(lang, None, ("invented",), fmt))
        )
    if "street" in columns:
        out.append(
            Planted("STREET_ADDRESS", cust.street[0], columns["street"], _tag(lang, None, (cust.street[1],)))
        )
        out.append(Planted("POSTCODE", cust.postcode, columns["postcode"], _tag(lang, None, ("invented",))))
        out.append(Planted("CITY", cust.city[0], columns["city"], _tag(lang, None, (cust.city[1],))))
    return out


def _pick_customer(
    kit: _Kit, rng: random.Random, pool: list[_Customer], new_ids: Any, canary: _Person | None
) -> _Customer:
    if canary is None and len(pool) >= 30 and rng.random() < 0.2:
        return rng.choice(pool)
    cust = _customer(kit, rng, next(new_ids), canary)
    pool.append(cust)
    return cust


def _customers_file(kit: _Kit, out_dir: Path, seed: int, scale: float, canary: _Person) -> FileSet:
    import pandas as pd

    rng = random.Random(f"{seed}:customers")
    n = max(1, round(500 * scale))
    rosters = {lang: kit.roster(rng, lang, 6) for lang in LANGS}
    numbers = iter(rng.sample(range(10000, 99999), n + 1))
    new_ids = ({"customer_id": f"C{next(numbers)}"} for _ in itertools.count())
    pool: list[_Customer] = []
    rows, records = [], []
    cols = {
        "name": "name",
        "email": "email",
        "phone": "phone",
        "street": "street",
        "postcode": "postcode",
        "city": "city",
    }
    for i in range(n):
        cust = _pick_customer(kit, rng, pool, new_ids, canary if i == n // 2 else None)
        lang = cust.lang
        row = {
            "customer_id": cust.ids["customer_id"],
            "name": cust.name_cell,
            "email": cust.email,
            "phone": cust.phone,
        }
        row |= {"street": cust.street[0], "postcode": cust.postcode, "city": cust.city[0]}
        plants = [Planted("utility:record_id", row["customer_id"], "customer_id", [f"lang:{lang}"])]
        plants += _contact_plants(cust, cols)
        moment = _moment(rng)
        utility = {
            "country": ("country", cust.country),
            "product": ("product", _product(rng, lang)),
            "sku": ("sku", _sku(rng)),
            "order_no": ("order_number", _order_number(rng)),
            "qty": ("quantity", str(rng.randint(1, 6))),
            "amount": ("amount", _amount(rng, lang, bare=True)),
            "currency": ("currency", {"pl": "PLN", "en": rng.choice(("EUR", "GBP"))}.get(lang, "EUR")),
            "ordered_at": ("timestamp", moment.strftime(rng.choice(("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S")))),
            "status": ("status", rng.choice(("shipped", "open", "returned", "cancelled", "paid", "on hold"))),
        }
        for column, (kind, value) in utility.items():
            row[column] = value
            plants.append(Planted(f"utility:{kind}", value, column, [f"lang:{lang}"]))
        note, note_plants = (
            ("", []) if rng.random() < 0.25 else _retry(_table_note, kit, rng, cust, rosters[lang], "notes")
        )
        row["notes"] = note
        plants += note_plants
        rows.append(row)
        records.append(plants)
    path = out_dir / "customers_orders.csv"
    pd.DataFrame(rows).to_csv(path, index=False, encoding="utf-8")
    return FileSet(
        name=path.stem,
        path=str(path),
        fmt="csv",
        kind="table",
        language="mixed",
        records=records,
        id_columns=["customer_id"],
        canaries=[canary.full, canary.email],
        notes="order export, one row per order (customers repeat), notes column in the row's language",
    )


def _members_file(kit: _Kit, out_dir: Path, seed: int, scale: float) -> FileSet:
    import pandas as pd

    rng = random.Random(f"{seed}:members")
    n = max(1, round(500 * scale))
    rosters = {lang: kit.roster(rng, lang, 6) for lang in LANGS}
    refs = iter(rng.sample(range(1, 999999), n + 1))
    nums = iter(rng.sample(range(100000, 99999999), n + 1))
    new_ids = ({"ref": f"MBR-{next(refs):06d}", "no": str(next(nums))} for _ in itertools.count())
    pool: list[_Customer] = []
    rows, records = [], []
    cols = {"name": "c1", "email": "c2", "phone": "c3", "street": "info", "postcode": "c5", "city": "c6"}
    for _ in range(n):
        cust = _pick_customer(kit, rng, pool, new_ids, None)
        lang = cust.lang
        row = {"ref": cust.ids["ref"], "no": cust.ids["no"], "c1": cust.name_cell, "c2": cust.email}
        row |= {"c3": cust.phone, "info": cust.street[0], "c5": cust.postcode, "c6": cust.city[0]}
        plants = [Planted("utility:record_id", row[c], c, [f"lang:{lang}"]) for c in ("ref", "no")]
        plants += _contact_plants(cust, cols)
        utility = {
            "plan": ("product", f"{rng.choice(_PLAN_WORDS)} {rng.choice(_PLAN_TIERS)}"),
            "fee": ("amount", _amount(rng, lang)),
            "since": ("date", _format_date(rng, lang, _moment(rng), words=False)),
            "c9": ("status", rng.choice(("active", "paused", "cancelled", "trial", "overdue"))),
        }
        for column, (kind, value) in utility.items():
            row[column] = value
            plants.append(Planted(f"utility:{kind}", value, column, [f"lang:{lang}"]))
        note, note_plants = (
            ("", []) if rng.random() < 0.3 else _retry(_table_note, kit, rng, cust, rosters[lang], "c10")
        )
        row["c10"] = note
        plants += note_plants
        rows.append(row)
        records.append(plants)
    path = out_dir / "members.tsv"
    pd.DataFrame(rows).to_csv(path, index=False, sep="\t", encoding="utf-8")
    return FileSet(
        name=path.stem,
        path=str(path),
        fmt="tsv",
        kind="table",
        language="mixed",
        records=records,
        id_columns=["ref", "no"],
        notes="membership register with unhelpful headers (c1…c10, ref, no, info)",
    )


def _clinic_file(kit: _Kit, out_dir: Path, seed: int, scale: float, canary: _Person) -> FileSet:
    import pandas as pd

    rng = random.Random(f"{seed}:clinic")
    n = max(1, round(500 * scale))
    rosters = {lang: kit.roster(rng, lang, 6) for lang in LANGS}
    employees = [f"E{x}" for x in rng.sample(range(100000, 999999), 24)]
    numbers = iter(rng.sample(range(1000000, 9999999), n + 1))
    new_ids = ({"patient_no": str(next(numbers))} for _ in itertools.count())
    pool: list[_Customer] = []
    rows, records = [], []
    for i in range(n):
        cust = _pick_customer(kit, rng, pool, new_ids, canary if i == n // 3 else None)
        lang, p = cust.lang, cust.person
        by_mail = p.canary or rng.random() < 0.4
        cols = {"name": "patient", ("email" if by_mail else "phone"): "contact"}
        row = {
            "patient_no": cust.ids["patient_no"],
            "employee": rng.choice(employees),
            "patient": cust.name_cell,
        }
        plants = [
            Planted("utility:record_id", row[c], c, [f"lang:{lang}"]) for c in ("patient_no", "employee")
        ]
        plants += _contact_plants(cust, cols)
        dob, nid, iban = _dob(rng, lang), _national_id(rng, lang), _iban(rng, lang)
        row |= {"born": dob, "ins_no": nid, "iban": iban, "contact": cust.email if by_mail else cust.phone}
        plants.append(Planted("DATE_OF_BIRTH", dob, "born", _tag(lang, None, ("invented",))))
        plants.append(Planted("NATIONAL_ID", nid, "ins_no", _tag(lang, None, ("invented",))))
        plants.append(Planted("IBAN_CODE", iban, "iban", _tag(lang, None, ("invented",))))
        utility = {
            "visit": ("timestamp", _iso(rng)),
            "service": ("product", rng.choice(_CLINIC_SERVICES[lang])),
            "invoice": ("invoice_number", _invoice_number(rng)),
            "amount": ("amount", _amount(rng, lang)),
            "insurer": ("company", _company(rng, lang)),
        }
        for column, (kind, value) in utility.items():
            row[column] = value
            plants.append(Planted(f"utility:{kind}", value, column, [f"lang:{lang}"]))
        note, note_plants = (
            ("", []) if rng.random() < 0.3 else _retry(_table_note, kit, rng, cust, rosters[lang], "remarks")
        )
        row["remarks"] = note
        plants += note_plants
        rows.append(row)
        records.append(plants)
    path = out_dir / "clinic_visits.parquet"
    pd.DataFrame(rows).astype(str).to_parquet(path, index=False)
    return FileSet(
        name=path.stem,
        path=str(path),
        fmt="parquet",
        kind="table",
        language="mixed",
        records=records,
        id_columns=["patient_no", "employee"],
        canaries=[canary.full, canary.email],
        notes="clinic visits: patient and employee IDs, DOB, national ID, IBAN, mixed contact column, remarks",
    )


# --- checks and entry point ---------------------------------------------------------------------------


def _verify(sets: list[FileSet]) -> None:
    """Every planted value occurs in its field of the written record; no PERSON word sits in a utility
    value of its field; entity types and utility kinds are known ones; canaries are planted."""
    for fs in sets:
        if fs.guided_fixes:
            raise AssertionError(f"{fs.name}: guided_fixes must be False")
        records = read_records(Path(fs.path), fs.fmt)
        if len(records) != len(fs.records):
            raise AssertionError(f"{fs.name}: {len(records)} records written, {len(fs.records)} in truth")
        values: set[str] = set()
        for i, (record, planted) in enumerate(zip(records, fs.records, strict=True)):
            for p in planted:
                if p.is_utility:
                    if p.entity.split(":", 1)[1] not in UTILITY_KINDS:
                        raise AssertionError(f"{fs.name} #{i}: unknown utility kind")
                elif p.entity not in PERSONAL_ENTITIES:
                    raise AssertionError(f"{fs.name} #{i}: unknown entity {p.entity}")
                if not p.value or p.value not in record.get(p.field, ""):
                    raise AssertionError(f"{fs.name} #{i}: a planted {p.entity} is not in field {p.field}")
                if p.field in fs.id_columns and p.entity != "utility:record_id":
                    raise AssertionError(f"{fs.name} #{i}: non-ID value planted in an ID column")
                values.add(p.value)
            if not _unambiguous(planted):
                raise AssertionError(f"{fs.name} #{i}: a PERSON word also sits in another value of its field")
            for field in {p.field for p in planted}:
                # With every planted personal value removed, no name word may remain: a perfect engine scores 0.
                rest = record.get(field, "")
                personal = [p for p in planted if p.field == field and not p.is_utility]
                for p in sorted(personal, key=lambda p: -len(p.value)):
                    rest = rest.replace(p.value, " ")
                words = [t for p in personal if p.entity == "PERSON" for t in name_tokens(p.value)]
                if any(contains_word(rest, w) for w in words):
                    raise AssertionError(f"{fs.name} #{i}: a name word occurs outside the planted values")
        for column in fs.id_columns:
            if sum(p.field == column for r in fs.records for p in r) != len(fs.records):
                raise AssertionError(f"{fs.name}: ID column {column} not planted on every row")
        for canary in fs.canaries:
            if canary not in values:
                raise AssertionError(f"{fs.name}: a canary is listed but not planted")


def generate(out_dir: Path, *, seed: int = 20261205, scale: float = 1.0) -> list[FileSet]:
    """Write the blind set into ``out_dir``; one FileSet per file (deterministic for the seed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    kit = _Kit()
    canaries = _canaries(random.Random(f"{seed}:canaries"), 5)
    sets = [
        _notes_file(kit, out_dir, lang, seed, scale, canaries[0] if lang == "en" else None) for lang in LANGS
    ]
    sets += [
        _mail_file(kit, out_dir, lang, seed, scale, canaries[1] if lang == "de" else None) for lang in LANGS
    ]
    sets += [
        _chat_file(kit, out_dir, lang, seed, scale, canaries[2] if lang == "fr" else None) for lang in LANGS
    ]
    sets.append(_customers_file(kit, out_dir, seed, scale, canaries[3]))
    sets.append(_members_file(kit, out_dir, seed, scale))
    sets.append(_clinic_file(kit, out_dir, seed, scale, canaries[4]))
    _verify(sets)
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    sets = generate(args.out, seed=args.seed, scale=args.scale)
    write_truth(sets, args.out / "truth.json")
    print(f"{len(sets)} files, {sum(len(s.records) for s in sets)} records -> {args.out}")


if __name__ == "__main__":
    main()

"""Name sources: Faker's person lists (MIT), invented names from syllable inventories, Polish inflection.

Faker's lists are read as data (``faker.providers.person.<locale>.Provider``); only Latin-script
entries are kept. Each name is put in the train or the dev pool by a stable hash so the dev split
measures names never seen in training.
"""

from __future__ import annotations

import importlib
import random
import re
import zlib
from dataclasses import dataclass, field

#: Faker locales per corpus language (own-language names).
LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en_GB", "en_US", "en_IE", "en_NZ"),
    "de": ("de_DE", "de_AT", "de_CH"),
    "fr": ("fr_FR", "fr_BE", "fr_CH", "fr_CA"),
    "es": ("es_ES", "es_MX", "es_AR", "es_CO", "es_CL"),
    "it": ("it_IT",),
    "nl": ("nl_NL", "nl_BE"),
    "pl": ("pl_PL",),
    "pt": ("pt_PT", "pt_BR"),
    "sv": ("sv_SE",),
    "da": ("da_DK",),
}
#: Other European locales (Latin script).
OTHER_EU: tuple[str, ...] = (
    "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "fi_FI", "no_NO",
    "is_IS", "ga_IE", "de_LU", "de_LI",
)  # fmt: skip
#: Non-European locales with Latin-script (or romanised) names.
NON_EU: tuple[str, ...] = (
    "tr_TR", "en_IN", "id_ID", "yo_NG", "zu_ZA", "ja_JP", "zh_CN", "vi_VN", "sw", "tw_GH", "en_KE",
    "en_PK", "ha_NG", "ig_NG", "en_NG", "en_TH", "az_AZ", "uz_UZ", "fil_PH", "en_PH", "es_MX",
)  # fmt: skip

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ʯḀ-ỿ'’ .-]+$")
DEV_SHARE = 12  # percent of each name list reserved for the dev split


def is_dev_name(name: str) -> bool:
    """True if ``name`` belongs to the dev-only part of the lists (stable across runs)."""
    return zlib.crc32(name.lower().encode("utf-8")) % 100 < DEV_SHARE


#: Two-letter surnames kept (common East Asian names that are not words in the corpus languages).
SHORT_NAMES = frozenset({"Li", "Wu", "Xu", "Ng", "Yu", "Hu", "Lu", "Jo", "Bo", "Yi"})


def _short_ok(name: str) -> bool:
    """Names of one or two letters are mostly noise (and clash with words like "si", "an", "do")."""
    return len(name) > 2 or name in SHORT_NAMES


def _clean(values: object) -> list[str]:
    if isinstance(values, dict):
        values = list(values)
    if not isinstance(values, list | tuple):
        return []
    out = []
    for v in values:
        if isinstance(v, tuple):  # ja_JP pairs: (kanji, kana, romaji)
            v = v[-1]
        if isinstance(v, str) and _LATIN.match(v) and _short_ok(v) and len(v) < 30 and v != "Doe":
            out.append(v.strip())
    return sorted(set(out))


@dataclass
class Pool:
    """First names by gender and surnames by gender (``u`` = unisex) of one locale."""

    locale: str
    first: dict[str, list[str]] = field(default_factory=dict)
    last: dict[str, list[str]] = field(default_factory=dict)

    def ok(self) -> bool:
        return bool(self.first.get("f") or self.first.get("m") or self.first.get("u")) and bool(
            self.last.get("u") or self.last.get("m")
        )


def _attr(provider: type, *names: str) -> list[str]:
    for name in names:
        values = _clean(getattr(provider, name, None))
        if values:
            return values
    return []


def load_pool(locale: str) -> Pool | None:
    """Read the Latin-script first/last names of Faker's ``locale`` person provider."""
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except (ImportError, AttributeError):
        return None
    pool = Pool(locale)
    if locale in {"ja_JP", "zh_CN"}:
        pool.first["f"] = _attr(provider, "first_romanized_names_female", "first_romanized_names")
        pool.first["m"] = _attr(provider, "first_romanized_names_male", "first_romanized_names")
        pool.last["u"] = _attr(provider, "last_romanized_names")
    else:
        pool.first["f"] = _attr(provider, "first_names_female")
        pool.first["m"] = _attr(provider, "first_names_male")
        pool.first["u"] = _attr(provider, "first_names_unisex", "first_names")
        pool.last["f"] = _attr(provider, "last_names_female")
        pool.last["m"] = _attr(provider, "last_names_male", "male_last_names")
        pool.last["u"] = _attr(provider, "last_names", "unisex_last_names", "last_names_without_suffix")
        if locale == "pl_PL":
            pool.last["u"] = _attr(provider, "unisex_last_names")
    if not pool.last.get("u"):
        pool.last["u"] = pool.last.get("m", [])
    return pool if pool.ok() else None


def feminine_pl(surname: str) -> str:
    """Polish feminine form of a surname (-ski -> -ska, -cki -> -cka)."""
    for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("ny", "na"), ("wy", "wa")):
        if surname.endswith(m):
            return surname[: -len(m)] + f
    return surname


def decline_pl(name: str, case: str, gender: str) -> str:
    """Rough Polish inflection of one name word (good enough to look like real declined names)."""
    if case in {"", "nom"} or not name or not name[-1].isalpha():
        return name
    low = name.lower()
    for adj in ("ska", "cka", "dzka"):
        if low.endswith(adj):
            stem = name[:-1]
            return stem + ("iej" if case in {"gen", "dat", "loc"} else "ą")
    for adj in ("ski", "cki", "dzki"):
        if low.endswith(adj):
            stem = name[:-1]
            return stem + {"gen": "iego", "acc": "iego", "dat": "iemu", "ins": "im", "loc": "im"}[case]
    if low.endswith("a"):
        stem = name[:-1]
        if case == "acc":
            return stem + "ę"
        if case == "ins":
            return stem + "ą"
        if case == "gen":
            return stem + ("i" if low[-2:-1] in {"k", "g", "l", "j", "i"} else "y")
        if low.endswith("ka"):
            return stem[:-1] + "ce"
        if low.endswith(("ia", "la", "ja")):
            return stem + "i"
        return stem + "ie"
    if gender == "f":
        return name  # feminine surnames ending in a consonant do not inflect
    if low.endswith(("i", "y")):
        return name + {"gen": "ego", "acc": "ego", "dat": "emu", "ins": "m", "loc": "m"}[case]
    stem = name
    if low.endswith("ek") and len(low) > 3:
        stem = name[:-2] + name[-1]
    elif low.endswith("eł"):
        stem = name[:-2] + "ł"
    suffix = {"gen": "a", "acc": "a", "dat": "owi", "ins": "em", "loc": "u"}[case]
    if case == "ins" and stem.lower().endswith(("k", "g")):
        suffix = "iem"
    return stem + suffix


# --- invented names -----------------------------------------------------------------------------

# fmt: off
#: Syllable inventories per style: (onsets, vowels, codas, first-name endings, surname endings).
STYLES: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {
    "germanic": (
        ["b", "br", "d", "dr", "f", "fr", "g", "gr", "h", "k", "kr", "l", "m", "n", "r", "s", "st", "sch", "t",
         "tr", "v", "w", "z"],
        ["a", "e", "i", "o", "u", "ei", "au", "ie", "ä", "ö", "ü"],
        ["", "n", "nd", "rt", "lf", "ld", "rn", "st", "ng", "ck", "tz", "ll", "m"],
        ["a", "e", "o", "ine", "hard", "bert", "fried", "helm", "run", "trud", "mar", "win", ""],
        ["mann", "berg", "er", "ing", "hoff", "brand", "stein", "feld", "ke", "bach", "hauser", "ler", "dorf"],
    ),
    "romance": (
        ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "gi", "ch", "br", "pr", "tr", "gu"],
        ["a", "e", "i", "o", "u", "ia", "io", "ie", "au", "é", "à", "ã"],
        ["", "", "", "n", "r", "l", "s"],
        ["o", "a", "ino", "ina", "ella", "etta", "ão", "inha", "ette", "ine", "el", "án", "io"],
        ["ez", "es", "eau", "ini", "etti", "elli", "ão", "eira", "ard", "ot", "oni", "az", "ucci", "ales"],
    ),
    "slavic": (
        ["w", "sz", "cz", "pr", "kr", "br", "dz", "zd", "ż", "ł", "m", "n", "r", "s", "t", "b", "j", "gr",
         "str", "k", "d", "z", "ch"],
        ["a", "e", "i", "o", "u", "y", "ie", "ó", "ę", "ą"],
        ["", "", "n", "r", "k", "sz", "cz", "l", "w", "m"],
        ["a", "ek", "o", "ia", "usz", "ina", "ysz", "ka", "mir", "sław", "wa", "an"],
        ["ski", "ska", "wicz", "czyk", "ak", "ek", "ova", "enko", "iak", "owski", "uk", "ov", "ić", "ová"],
    ),
    "nordic": (
        ["b", "d", "f", "g", "h", "k", "l", "m", "n", "r", "s", "sk", "sv", "t", "th", "v", "bj", "j"],
        ["a", "e", "i", "o", "u", "y", "å", "ä", "ø", "æ", "ö", "ei"],
        ["", "n", "r", "l", "rn", "lf", "gg", "kk", "nd"],
        ["a", "e", "ar", "ik", "hild", "borg", "dis", "ulf", "vin", "rid", "ja", "o"],
        ["sen", "son", "dóttir", "gaard", "lund", "qvist", "strøm", "berg", "holm", "vik", "dahl", "by"],
    ),
    "bantu": (
        ["b", "d", "k", "m", "n", "t", "z", "mb", "nd", "ng", "nk", "ts", "kw", "th", "sh", "ny", "l", "w", "ch"],
        ["a", "e", "i", "o", "u"],
        [""],
        ["a", "e", "i", "o", "we", "ile", "ani", "ayo", "emi", "ola", "ndo", "izo", "ana"],
        ["a", "e", "i", "o", "ana", "eni", "wayo", "ola", "mbe", "unde", "ekwu", "ongo", "ezi"],
    ),
    "east_asian": (
        ["h", "k", "s", "t", "n", "m", "y", "r", "w", "ch", "sh", "ts", "zh", "x", "q", "j", "l", "b", "d", "ng",
         "ph", "th", "tr"],
        ["a", "e", "i", "o", "u", "ai", "ao", "ei", "ou", "ia", "ie", "uo", "uy", "ươ", "ô", "ơ"],
        ["", "", "n", "ng", "nh", "m"],
        ["", "ko", "mi", "ki", "to", "ya", "ri", "an", "ing", "u", "ei"],
        ["", "moto", "mura", "kawa", "yama", "da", "no", "ng", "ang", "ong", "en"],
    ),
    "south_asian": (
        ["r", "s", "sh", "v", "p", "k", "d", "m", "n", "j", "bh", "dh", "ch", "g", "h", "pr", "sr", "t", "a"],
        ["a", "aa", "i", "ee", "u", "e", "o", "ai", "au"],
        ["", "", "n", "sh", "r", "t", "v", "l", "m"],
        ["a", "esh", "ika", "deep", "preet", "an", "ita", "endra", "ini", "ul", "it", "ya"],
        ["a", "an", "ani", "ar", "ia", "kar", "wal", "esh", "oor", "ali", "ullah", "ein", "y"],
    ),
    "invented": (
        ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "w", "x", "z", "y",
         "kh", "zv", "qu", "gw", "tl"],
        ["a", "e", "i", "o", "u", "y", "ae", "oa", "ui", "ey"],
        ["", "", "x", "z", "n", "r", "l", "q", "th", "k"],
        ["", "a", "ix", "on", "yn", "el", "ara", "o", "is"],
        ["", "ax", "or", "ell", "ynn", "ez", "ath", "uun", "ik", "oz"],
    ),
}
# fmt: on


def invent(rng: random.Random, style: str | None = None, surname: bool = False) -> str:
    """An invented, pronounceable-ish name of a syllable style."""
    style = style or rng.choice(list(STYLES))
    onsets, vowels, codas, first_end, last_end = STYLES[style]
    for _ in range(20):
        n = rng.choice((1, 1, 2, 2, 2, 3))
        parts = [rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(n)]
        ending = rng.choice(last_end if surname else first_end)
        word = "".join(parts) + ending
        if 3 <= len(word) <= 13 and not re.search(r"(.)\1\1", word):
            return word[0].upper() + word[1:]
    return "Xan"


class NameBank:
    """Samples first names and surnames from Faker pools and invented names, per split."""

    def __init__(self, split: str) -> None:
        self.split = split
        self.pools: dict[str, Pool] = {}
        for loc in sorted({*sum(LOCALES.values(), ()), *OTHER_EU, *NON_EU}):
            pool = load_pool(loc)
            if pool is not None:
                self.pools[loc] = self._filter(pool)

    def _filter(self, pool: Pool) -> Pool:
        want_dev = self.split == "dev"

        def keep(names: list[str]) -> list[str]:
            kept = [n for n in names if is_dev_name(n) == want_dev]
            return kept or names

        return Pool(
            pool.locale,
            {k: keep(v) for k, v in pool.first.items() if v},
            {k: keep(v) for k, v in pool.last.items() if v},
        )

    def locales_for(self, lang: str) -> tuple[str, ...]:
        return tuple(loc for loc in LOCALES[lang] if loc in self.pools)

    def pick_pool(self, rng: random.Random, lang: str) -> Pool | None:
        """The pool a person of an example in ``lang`` comes from; None = invented name."""
        r = rng.random()
        if r < 0.50:
            group = self.locales_for(lang)
        elif r < 0.66:
            group = tuple(loc for langs in LOCALES.values() for loc in langs if loc in self.pools)
            group += tuple(loc for loc in OTHER_EU if loc in self.pools)
        elif r < 0.82:
            group = tuple(loc for loc in NON_EU if loc in self.pools)
        else:
            return None
        return self.pools[rng.choice(group)] if group else None

    def first(self, rng: random.Random, pool: Pool | None, gender: str) -> str:
        if pool is None:
            return invent(rng)
        names = pool.first.get(gender) or pool.first.get("u") or pool.first.get("f") or pool.first.get("m")
        return rng.choice(names or ["Alex"])

    def last(self, rng: random.Random, pool: Pool | None, gender: str) -> str:
        if pool is None:
            return invent(rng, surname=True)
        if pool.locale == "pl_PL":  # Faker lists masculine -ski forms apart; derive the feminine ones
            name = rng.choice(pool.last.get("m", []) + pool.last.get("u", []) or ["Nowak"])
            return feminine_pl(name) if gender == "f" else name
        names = pool.last.get(gender) or pool.last.get("u") or []
        return rng.choice(names or ["Smith"])

"""Synthetic multilingual corpus for the ``PERSON`` NER model, written as spaCy ``DocBin`` files.

Usage: ``python -m training.names.generate [OUT_DIR] [--train N] [--dev N] [--seed S] [--preview K]``
(default ``var/training/names/``). Output is deterministic for a given seed.

Each example is 1-4 clauses from `templates.TEMPLATES`, or an e-mail, a chat excerpt or a CRM record,
with person names from `names.NameBank` (Faker lists + invented names) and hard negatives labelled O
(products built from names, streets named after people, companies, departments, greetings without a
name). Noise: typos, dropped punctuation, lower/upper/title case. Examples whose entity spans do not
align to tokens of the model's tokenizer are dropped.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import random
import re
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from faker import Faker
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from training.names import lexicon as lx
from training.names import shapes
from training.names.names import LOCALES, NON_EU, OTHER_EU, NameBank, Pool, decline_pl, invent, load_pool
from training.names.templates import CHAT, TEMPLATES
from training.names.tokenizer import make_nlp
from training.names.vocab import DEFAULT_WHEEL, is_ranked, load_vocab

DEFAULT_OUT = Path("var/training/names")
LABEL = "PERSON"
FAKER_LOCALE = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "pt": "pt_PT",
    "sv": "sv_SE",
    "da": "da_DK",
}
#: Case modes of a whole example and their shares.
CASE_MODES: dict[str, float] = {
    "asis": 0.46,
    "lower": 0.35,
    "names_lower": 0.07,
    "names_upper": 0.05,
    "upper": 0.03,
    "title": 0.04,
}
PLACEHOLDER = re.compile(r"\{(P\d?)([mf]?)(?::(\w+))?(?:@(\w+))?\}|\{([A-Z]+\d?)(?:@\w+)?\}")
HELD_OUT_TEMPLATE_SHARE = 10  # percent of templates used only in the dev split
#: Faker locales whose addresses, cities and companies are mixed into every language (place-name variety).
PLACE_LOCALES: tuple[str, ...] = (
    "en_GB", "en_US", "en_IE", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "es_ES", "it_IT", "nl_NL", "nl_BE",
    "pl_PL", "pt_PT", "pt_BR", "sv_SE", "da_DK", "fi_FI", "no_NO", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR",
    "sl_SI", "et_EE", "lt_LT", "lv_LV", "tr_TR", "en_IN", "id_ID", "en_AU", "en_CA", "es_MX", "fr_CA",
)  # fmt: skip


def stable_faker(locale: str, seed: int) -> Faker:
    """A seeded Faker whose city lists are sorted (it_IT builds its list from a set: hash-seed dependent)."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    for provider in fake.get_providers():
        cities = getattr(provider, "cities", None)
        if isinstance(cities, list):
            provider.cities = sorted(cities)  # type: ignore[attr-defined]
    return fake


def banned_words() -> set[str]:
    """Lower-cased names (all lists, both splits) and cities: never used as O filler words."""
    banned = {c.lower() for c in lx.CITIES}
    for loc in sorted({*sum(LOCALES.values(), ()), *OTHER_EU, *NON_EU}):
        pool = load_pool(loc)
        if pool is None:
            continue
        for names in (*pool.first.values(), *pool.last.values()):
            for name in names:
                banned.add(name.lower())
                banned.update(part.lower() for part in re.split(r"[ -]", name))
    return banned


@functools.lru_cache(maxsize=2)
def vocabulary(wheel: Path = DEFAULT_WHEEL) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Cached `load_vocab` for all corpus languages."""
    return load_vocab(lx.LANGS, banned_words(), wheel)


@dataclass
class Person:
    """One person of an example; rendered in different forms by `Generator.render_person`."""

    first: str
    last: str
    middle: str
    gender: str


@dataclass
class Seg:
    """A piece of example text; ``kind`` is ``per`` (a PERSON), ``neg`` (filled non-person) or ``lit``."""

    text: str
    kind: str = "lit"


def is_held_out(lang: str, index: int) -> bool:
    """True if template ``index`` of ``lang`` is reserved for the dev split."""
    return zlib.crc32(f"{lang}:{index}".encode()) % 100 < HELD_OUT_TEMPLATE_SHARE


class Generator:
    """Deterministic example generator for one split (``train`` or ``dev``)."""

    def __init__(self, split: str, seed: int) -> None:
        self.split = split
        self.rng = random.Random(seed)
        self.bank = NameBank(split)
        self.fakers: dict[str, Faker] = {}
        for i, (lang, locale) in enumerate(FAKER_LOCALE.items()):
            self.fakers[lang] = stable_faker(locale, seed * 100 + i)
        self.place_fakers: list[Faker] = []
        for i, locale in enumerate(PLACE_LOCALES):
            self.place_fakers.append(stable_faker(locale, seed * 1000 + i))
        self.common_words, self.large_words = vocabulary()
        self.pos: dict[str, list[str]] = {}
        self.neg: dict[str, list[str]] = {}
        self.held: dict[str, list[str]] = {}
        for lang, own_templates in TEMPLATES.items():
            templates = own_templates + shapes.SHAPES.get(lang, [])
            seen = [t for i, t in enumerate(templates) if not is_held_out(lang, i)]
            self.held[lang] = [t for i, t in enumerate(templates) if is_held_out(lang, i)]
            pool = seen if split == "train" else templates
            self.pos[lang] = [t for t in pool if "{P" in t.replace("{PROD", "").replace("{PHONE", "")]
            self.neg[lang] = [t for t in pool if t not in self.pos[lang]]
        self.persons: dict[str, Person] = {}
        self.lang = "en"
        self.fillers: dict[str, Callable[[], str]] = {
            "PROD": self.product,
            "PROD2": self.product,
            "CITY": self.city,
            "STREET": self.street,
            "COMP": self.company,
            "DEPT": lambda: self.pick(lx.DEPT),
            "ROLE": lambda: self.pick(lx.ROLE),
            "DAY": lambda: self.pick(lx.DAYS),
            "MONTH": lambda: self.pick(lx.MONTHS),
            "DATE": self.date,
            "TIME": self.time,
            "ORDER": self.order,
            "SKU": self.sku,
            "AMT": self.amount,
            "PHONE": lambda: self.fakers[self.lang].phone_number(),
            "EMAIL": self.email,
            "TICKET": self.ticket,
            "BRAND": lambda: self.rng.choice(lx.BRANDS),
            "HI": lambda: self.pick(lx.HI),
            "HI0": lambda: self.pick(lx.HI0),
            "BYE": lambda: self.pick(lx.BYE),
            "STATUS": lambda: self.pick(lx.STATUS),
            "NUM": lambda: str(self.rng.randint(1, 240)),
            "COUNTRY": self.country,
            "JOB": self.job,
            "W": lambda: self.words(1, 3),
        }

    # --- small helpers ------------------------------------------------------------------------
    def pick(self, table: dict[str, list[str]]) -> str:
        return self.rng.choice(table.get(self.lang) or table["en"])

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # --- non-person fillers (all labelled O) ----------------------------------------------------
    def any_first_name(self) -> str:
        pool = self.bank.pick_pool(self.rng, self.lang)
        return self.bank.first(self.rng, pool, self.rng.choice("fm"))

    def product(self) -> str:
        rng = self.rng
        own = lx.PRODUCT_NOUNS.get(self.lang, lx.PRODUCT_NOUNS["en"])
        use_own = self.chance(0.7)
        noun = rng.choice(own if use_own else lx.PRODUCT_NOUNS["en"])
        r = rng.random()
        word = (
            self.any_first_name()
            if r < 0.5
            else rng.choice(lx.CITIES)
            if r < 0.68
            else rng.choice(lx.PRODUCT_WORDS)
            if r < 0.85
            else self.any_first_name() + " " + rng.choice(lx.COLOURS)
        )
        style = rng.random()
        if style < 0.14:  # a variant word, then a name or place: "Kit Bergen", "Set Clara"
            return f"{rng.choice(shapes.VARIANTS)} {word.split(' ')[0]}"
        if style < 0.18 and self.lang == "de":  # "Chormappe Bruno"
            return f"{rng.choice(shapes.DE_COMPOUNDS)} {word.split(' ')[0]}"
        if style < 0.22 and self.lang in shapes.LOWER_NOUNS:  # "hortensia Begoña", "reader bag Bremen"
            return f"{rng.choice(shapes.LOWER_NOUNS[self.lang])} {word.split(' ')[0]}"
        style = rng.random()
        if style < 0.16:
            text = (
                f"{rng.choice(lx.COLOURS)} {rng.choice(lx.MATERIALS) + ' ' if self.chance(0.4) else ''}{noun}"
            )
        elif style < 0.24:
            text = f"{rng.choice(lx.BRANDS)} {noun}"
        elif use_own and self.lang in lx.NOUN_FIRST and self.chance(0.7):
            text = f"{noun} {word}"
        else:
            text = f"{word} {noun}"
        if self.chance(0.15):
            text += " " + rng.choice(lx.SIZES)
        return text

    def place_faker(self) -> Faker:
        """The example language's Faker (55 %) or one of many other locales'."""
        return self.fakers[self.lang] if self.chance(0.55) else self.rng.choice(self.place_fakers)

    def city(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return self.rng.choice(lx.CITIES)
        if r < 0.65 and self.lang != "en":
            return self.fakers[self.lang].city()
        return self.rng.choice(self.place_fakers).city()

    def country(self) -> str:
        return self.place_faker().country()

    def job(self) -> str:
        try:
            return self.fakers[self.lang].job()
        except AttributeError:
            return self.fakers["en"].job()

    def named_street(self) -> str:
        """A street named after a person (an address, so O)."""
        rng = self.rng
        pool = self.bank.pick_pool(rng, self.lang)
        first = self.bank.first(rng, pool, rng.choice("fm"))
        last = self.bank.last(rng, pool, "m")
        full = f"{first} {last}" if self.chance(0.5) else last
        n = rng.randint(1, 180)
        forms = {
            "en": [f"{n} {last} Street", f"{n} {full} Road", f"{full} Avenue {n}", f"{n} {last} Lane"],
            "de": [
                f"{last}straße {n}",
                f"{first}-{last}-Straße {n}",
                f"{last}weg {n}",
                f"{last}platz {n}",
                f"{last}str. {n}",
            ],
            "fr": [f"{n} rue {full}", f"{n}, avenue {full}", f"{n} boulevard {last}", f"place {full}"],
            "es": [f"calle {full} {n}", f"C/ {last}, {n}", f"avenida de {full}, {n}", f"plaza de {last} {n}"],
            "it": [f"via {full} {n}", f"viale {last}, {n}", f"piazza {full} {n}", f"corso {last} {n}"],
            "nl": [f"{last}straat {n}", f"{first} {last}laan {n}", f"{last}plein {n}", f"{last}weg {n}"],
            "pl": [f"ul. {full} {n}", f"ulica {last} {n}", f"al. {full} {n}", f"pl. {last} {n}"],
            "pt": [f"Rua {full}, {n}", f"Avenida {full} {n}", f"Travessa {last}, {n}", f"Largo {last} {n}"],
            "sv": [f"{last}gatan {n}", f"{last}vägen {n}"],
            "da": [f"{last}s Vej {n}", f"{last}gade {n}"],
        }[self.lang]
        return rng.choice(forms)

    def street(self) -> str:
        if self.chance(0.5):
            return self.named_street()
        return self.place_faker().street_address().replace("\n", ", ")

    def company(self) -> str:
        if self.chance(0.2) and self.lang in shapes.COMPANY_PREFIXES:  # "Ditta Sbrolli", "Zakład Grabet"
            pool = self.bank.pick_pool(self.rng, self.lang)
            return (
                f"{self.rng.choice(shapes.COMPANY_PREFIXES[self.lang])} {self.bank.last(self.rng, pool, 'm')}"
            )
        if self.chance(0.35):
            return self.place_faker().company()
        tails = lx.COMPANY_TAILS.get(self.lang, lx.COMPANY_TAILS["en"])
        return f"{self.rng.choice(lx.COMPANY_WORDS)} {self.rng.choice(tails)}"

    def date(self) -> str:
        rng = self.rng
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2023, 2024, 2025))
        return rng.choice(
            (
                f"{d:02d}.{m:02d}.{y}",
                f"{d}/{m}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d} {self.pick(lx.MONTHS)}",
                f"{d}/{m}",
            )
        )

    def time(self) -> str:
        h, mi = self.rng.randint(7, 19), self.rng.choice((0, 15, 30, 45))
        return self.rng.choice((f"{h}:{mi:02d}", f"{h}h{mi:02d}", f"{h}.{mi:02d}", f"{h % 12 or 12}pm"))

    def order(self) -> str:
        rng = self.rng
        n = rng.randint(10000, 9999999)
        return rng.choice(
            (f"#{n}", f"ORD-{rng.randint(2023, 2025)}-{n % 10000:04d}", f"A{n}", str(n), f"{n}-DE")
        )

    def sku(self) -> str:
        rng = self.rng
        letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(rng.randint(2, 3)))
        return rng.choice(
            (
                f"SKU-{rng.randint(1000, 9999)}-{letters[0]}",
                f"{letters}-{rng.randint(10, 999)}",
                f"ART {rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(10, 99)}",
            )
        )

    def amount(self) -> str:
        rng = self.rng
        v = rng.randint(3, 2500) + rng.choice((0, 0.5, 0.9, 0.99))
        eu = f"{v:.2f}".replace(".", ",")
        return rng.choice(
            (f"€{v:.2f}", f"{eu} €", f"{eu} EUR", f"£{v:.2f}", f"{eu} zł", f"{v:.2f} SEK", f"EUR {eu}")
        )

    def email(self) -> str:
        pool = self.bank.pick_pool(self.rng, self.lang)
        first = self.bank.first(self.rng, pool, "f").lower().replace(" ", "")
        last = self.bank.last(self.rng, pool, "m").lower().replace(" ", "")
        local = self.rng.choice(
            (f"{first}.{last}", f"{first[0]}{last}", f"{first}{self.rng.randint(1, 99)}", "info")
        )
        domain = self.rng.choice(("example.com", "mail.de", "gmail.com", "outlook.fr", "shop.nl", "firma.pl"))
        return re.sub(r"[^a-z0-9.@_-]", "", f"{local}@{domain}") or "info@example.com"

    def ticket(self) -> str:
        n = self.rng.randint(100, 99999)
        return self.rng.choice((f"#{n}", f"TCK-{n}", f"INC{n:07d}", f"SUP-{n}"))

    # --- ordinary words (O) ---------------------------------------------------------------------
    def words(self, lo: int, hi: int) -> str:
        """``lo``-``hi`` random ordinary words of the example language."""
        out = []
        lang = self.lang if self.lang in self.large_words else "en"
        for _ in range(self.rng.randint(lo, hi)):
            if self.chance(0.5):
                out.append(self.rng.choice(self.common_words[lang]))
            else:  # frequency-ranked lists: skewed towards frequent words
                words = self.large_words[lang]
                u = self.rng.random() ** 2.5 if is_ranked(lang) else self.rng.random()
                out.append(words[int(u * len(words))])
        return " ".join(out)

    def salad(self) -> Seg:
        """A clause of random ordinary words (labelled O)."""
        words = self.words(3, 12).split(" ")
        for i in range(1, len(words) - 1):
            if self.chance(0.06):
                words[i] += ","
        if self.chance(0.4):
            words[0] = words[0][:1].upper() + words[0][1:]
        return Seg(" ".join(words) + self.rng.choice((".", ".", "", "!", "?", "")))

    # --- persons --------------------------------------------------------------------------------
    def new_person(self, gender: str = "") -> Person:
        rng, lang = self.rng, self.lang
        gender = gender or rng.choice("fm")
        pool: Pool | None = self.bank.pick_pool(rng, lang)
        first = self.bank.first(rng, pool, gender)
        if self.chance(0.06):
            sep = "-" if lang in {"fr", "de"} or self.chance(0.3) else " "
            first = f"{first}{sep}{self.bank.first(rng, pool, gender)}"
        last = self.bank.last(rng, pool, gender)
        own = pool is not None and pool.locale in self.bank.locales_for(lang)
        if lang == "es" and own and self.chance(0.55):
            last = f"{last} {self.bank.last(rng, pool, gender)}"
        elif lang == "pt" and own and self.chance(0.45):
            last = f"{self.bank.last(rng, pool, gender)} {rng.choice(('da ', 'dos ', 'de ', ''))}{last}"
        elif lang == "nl" and own and self.chance(0.3):
            last = f"{rng.choice(('van', 'de', 'van der', 'van den', 'van de', 'ter', 'den', 'te'))} {last}"
        elif lang == "de" and self.chance(0.03):
            last = f"von {last}"
        elif self.chance(0.04):
            last = f"{last}-{self.bank.last(rng, pool, gender)}"
        middle = ""
        if lang == "en" and self.chance(0.08):
            middle = rng.choice("ABCDEFGHJKLMNPRSTW") + rng.choice((".", ""))
        elif self.chance(0.03):
            middle = self.bank.first(rng, pool, gender)
        if pool is None and self.chance(0.3):
            last = invent(rng, rng.choice(("romance", "slavic", "germanic", "nordic")), surname=True)
        return Person(first.strip(), last.strip(), middle, gender)

    def person(self, key: str, gender: str) -> Person:
        existing = self.persons.get(key)
        if existing is not None and (not gender or existing.gender == gender):
            return existing
        if existing is not None:  # gender clash with an earlier clause: a new person under a new key
            key = f"{key}_{len(self.persons)}"
        self.persons[key] = self.new_person(gender)
        return self.persons[key]

    def inflect(self, words: str, case: str, gender: str) -> str:
        if not case:
            return words
        if self.lang == "pl":
            return " ".join(
                w if w.endswith(".") or len(w) < 2 else decline_pl(w, case, gender) for w in words.split()
            )
        if case == "gen" and self.lang in {"de", "sv", "da"}:
            return words + ("'" if words[-1] in "sxzß" else "s")
        return words

    def handle(self, p: Person) -> str:
        first = re.sub(r"[^\w]", "", p.first.lower())
        last = re.sub(r"[^\w]", "", p.last.lower().split()[-1])
        return self.rng.choice(
            (
                first,
                f"{first}.{last}",
                f"{first}_{last}",
                f"{first}{last}",
                f"{first[0]}{last}",
                f"{first}.{last[0]}",
                f"{first}{self.rng.randint(1, 99)}",
            )
        )

    def render_person(self, p: Person, form: str, case: str) -> list[Seg]:
        rng = self.rng
        if form in {"", "any"}:
            form = rng.choices(("fl", "f", "l", "il", "fi", "lf", "t"), (45, 28, 4, 4, 4, 5, 10))[0]
        elif form == "staff":
            form = rng.choices(("f", "fi", "fl", "l"), (40, 20, 35, 5))[0]
        elif form == "sig":
            form = rng.choices(("fl", "f", "fi"), (55, 35, 10))[0]
        first = f"{p.first} {p.middle}" if p.middle and form == "fl" else p.first
        if form == "h":
            return [Seg(self.handle(p), "per")]
        if form == "t":
            titles = (lx.TITLES_F if p.gender == "f" else lx.TITLES_M).get(self.lang, lx.TITLES_M["en"])
            title = rng.choice(titles)
            if self.lang == "pl" and title.lower() == "pan" and case:
                title = title[:3] + {"gen": "a", "acc": "a", "dat": "u", "ins": "em", "loc": "u"}[case]
            name = p.last if self.chance(0.7) else f"{first} {p.last}"
            return [Seg(title + " ", "lit"), Seg(self.inflect(name, case, p.gender), "per")]
        if form == "f":
            text = self.inflect(first, case, p.gender)
        elif form == "l":
            text = self.inflect(p.last, case, p.gender)
        elif form == "il":
            text = f"{p.first[0]}{rng.choice(('. ', '.', ' '))}{p.last}"
        elif form == "fi":
            text = f"{self.inflect(p.first, case, p.gender)} {p.last[0]}."
        elif form == "lf":
            last = p.last.upper() if self.chance(0.5) else p.last
            text = f"{last}{rng.choice((' ', ' ', ', '))}{p.first}"
        else:
            text = self.inflect(f"{first} {p.last}", case, p.gender)
        return [Seg(text, "per")]

    # --- templates ------------------------------------------------------------------------------
    def fill(self, template: str) -> list[Seg]:
        segs: list[Seg] = []
        pos = 0
        for m in PLACEHOLDER.finditer(template):
            if m.start() > pos:
                segs.append(Seg(template[pos : m.start()]))
            pos = m.end()
            if m.group(1):
                p = self.person(m.group(1), m.group(2))
                segs.extend(self.render_person(p, m.group(3) or "", m.group(4) or ""))
            elif m.group(5) == "W":
                segs.append(Seg(self.fillers["W"]()))
            else:
                segs.append(Seg(self.fillers[m.group(5)](), "neg"))
        if pos < len(template):
            segs.append(Seg(template[pos:]))
        for prev, seg in itertools.pairwise(segs):  # "Zn." + "." -> "Zn."
            if prev.text.endswith(".") and seg.kind == "lit" and seg.text.startswith("."):
                seg.text = seg.text[1:]
        return segs

    def clause_template(self, negative: bool) -> str:
        lang = self.lang
        if self.split == "dev" and not negative and self.held[lang] and self.chance(0.3):
            held_pos = [t for t in self.held[lang] if t in self.pos[lang]]
            if held_pos:
                return self.rng.choice(held_pos)
        return self.rng.choice(self.neg[lang] if negative else self.pos[lang])

    def clauses(self, n: int, neg_share: float) -> list[Seg]:
        segs: list[Seg] = []
        for i in range(n):
            if i:
                sep = self.rng.choice((" ", " ", "\n", " - ", " | ", "; ", ". ", " // ", "\n\n"))
                ended = segs[-1].text.rstrip()[-1:] in {".", "!", "?", ":", ";"}
                if ended and sep in {". ", "; "}:
                    sep = " "
                elif not ended and sep == " ":
                    sep = ". "
                segs.append(Seg(sep))
            lang = self.lang
            if self.chance(0.06):  # code-switching: an English clause inside another language
                self.lang = "en"
            if self.chance(0.12):
                segs.append(self.salad())
                self.lang = lang
                continue
            clause = self.fill(self.clause_template(self.chance(neg_share)))
            if self.chance(0.2):  # ordinary words right before / after the clause (and its names)
                clause.insert(0, Seg(self.words(1, 4) + self.rng.choice((" ", ", ", ": "))))
            if self.chance(0.2):
                last = clause[-1]
                if last.kind == "lit" and last.text[-1:] in ".!?":
                    last.text = last.text[:-1]
                clause.append(Seg(self.rng.choice((" ", ", ", " - ")) + self.words(1, 5)))
            segs.extend(clause)
            self.lang = lang
        return segs

    def mail(self) -> list[Seg]:
        rng = self.rng
        segs: list[Seg] = []
        if self.chance(0.72):
            segs.append(Seg(self.pick(lx.HI) + " "))
            segs.extend(self.render_person(self.person("P7", ""), rng.choice(("f", "f", "f", "t", "fl")), ""))
            segs.append(Seg(rng.choice((",", ",", "!", "", " ,"))))
        else:
            segs.append(Seg(self.pick(lx.HI0) + rng.choice((",", ",", "!", ""))))
        segs.append(Seg(rng.choice(("\n\n", "\n", " "))))
        segs.extend(self.clauses(rng.choice((1, 1, 2, 2, 3)), 0.2))
        segs.append(Seg(rng.choice(("\n\n", "\n", " "))))
        segs.append(Seg(self.pick(lx.BYE) + rng.choice((",", ",", "", " -")) + rng.choice(("\n", " ", "\n"))))
        if self.chance(0.78):
            segs.extend(self.render_person(self.person("P8", ""), "sig", ""))
            if self.chance(0.35):
                segs.append(Seg("\n"))
                segs.append(Seg(self.company(), "neg"))
        else:
            segs.append(Seg(self.pick(lx.TEAM_SIG), "neg"))
        return segs

    def chat(self) -> list[Seg]:
        rng = self.rng
        people = [self.person(f"P{8 + i}", "") for i in range(rng.choice((1, 2, 2, 3)))]
        bots = [self.pick(lx.BOT_SPEAKERS) for _ in range(2)]
        style = rng.choice(("colon", "colon", "stamp", "stamp", "angle", "paren"))
        lower = self.chance(0.5)
        segs: list[Seg] = []
        minute = rng.randint(0, 1300)
        for i in range(rng.randint(2, 6)):
            if i:
                segs.append(Seg("\n" if self.chance(0.85) else " "))
            minute += rng.randint(0, 4)
            stamp = f"{minute // 60 % 24:02d}:{minute % 60:02d}"
            if self.chance(0.3):
                speaker = [Seg(rng.choice(bots), "neg")]
            else:
                p = rng.choice(people)
                form = rng.choices(("f", "fl", "fi", "h"), (60, 20, 12, 8))[0]
                speaker = self.render_person(p, form, "")
                if lower:
                    speaker = [Seg(s.text.lower(), s.kind) for s in speaker]
            if style == "stamp":
                segs.append(Seg(f"[{stamp}] "))
                segs.extend(speaker)
                segs.append(Seg(": "))
            elif style == "angle":
                segs.append(Seg("<"))
                segs.extend(speaker)
                segs.append(Seg("> "))
            elif style == "paren":
                segs.extend(speaker)
                segs.append(Seg(f" ({stamp}): "))
            else:
                segs.extend(speaker)
                segs.append(Seg(": "))
            if self.chance(0.2):
                segs.append(Seg(self.words(2, 9)))
            else:
                segs.extend(self.fill(rng.choice(CHAT.get(self.lang) or CHAT["en"])))
        return segs

    def record(self) -> list[Seg]:
        rng = self.rng
        person_keys, other_keys = lx.RECORD_KEYS.get(self.lang, lx.RECORD_KEYS["en"])
        sep = rng.choice(("\n", "\n", " | ", "; ", ", "))
        kv = rng.choice((": ", ": ", " = ", " - ", ":"))
        fields: list[list[Seg]] = []
        for i in range(rng.choice((0, 1, 1, 1, 2))):
            form = rng.choice(("fl", "fl", "lf", "t", "f", "staff"))
            fields.append(
                [
                    Seg(rng.choice(person_keys) + kv),
                    *self.render_person(self.person(f"P{i + 1}", ""), form, ""),
                ]
            )
        for key, filler in rng.sample(other_keys, rng.randint(1, min(4, len(other_keys)))):
            value = self.pick(lx.STATUS) if filler == "STATUS" else self.fillers[filler]()
            fields.append([Seg(key + kv), Seg(value, "neg")])
        rng.shuffle(fields)
        segs: list[Seg] = []
        for i, f in enumerate(fields):
            if i:
                segs.append(Seg(sep))
            segs.extend(f)
        return segs

    def business_line(self) -> list[Seg]:
        """A one-line record: a heading, an order sentence (product, amount, status, company), one to
        three clauses about people and, often, a contact phrase, as in exported notes and TXT logs."""
        rng, lang = self.rng, self.lang
        orders, vias = shapes.ORDER_LINE.get(lang, shapes.ORDER_LINE["en"])
        segs: list[Seg] = []
        heading = rng.choice(("#{NUM} {DATE} {TIME} ", "[{DATE} {TIME}] ", "{DATE}; ", "", "#{NUM} "))
        segs.extend(self.fill(heading))
        order = f"{rng.choice(orders)} {{ORDER}}: {{PROD}}, {{AMT}}, {{STATUS}}, {rng.choice(vias)} {{COMP}}."
        if self.chance(0.25):
            order = f"{rng.choice(orders)} {{ORDER}}: {{PROD}}, {{AMT}}."
        segs.extend(self.fill(order))
        for _ in range(rng.choice((1, 2, 2, 3))):
            segs.append(Seg(" "))
            segs.extend(self.fill(self.clause_template(self.chance(0.15))))
        if self.chance(0.6) and lang in shapes.CONTACT:
            segs.append(Seg(" "))
            segs.extend(self.fill(rng.choice(shapes.CONTACT[lang])))
        return segs

    def address_block(self) -> list[Seg]:
        """A name (sometimes none) over job, company and postal-address lines."""
        rng = self.rng
        fake = self.place_faker()
        lines: list[list[Seg]] = []
        if self.chance(0.85):
            lines.append(
                self.render_person(self.person("P1", ""), rng.choice(("fl", "fl", "fl", "t", "lf")), "")
            )
        if self.chance(0.35):
            lines.append([Seg(self.job(), "neg")])
        if self.chance(0.5):
            lines.append([Seg(self.company(), "neg")])
        street = self.street() if self.chance(0.5) else fake.street_address()
        lines.extend([Seg(part.strip(), "neg")] for part in street.split("\n"))
        if self.chance(0.3):
            lines.append(
                [
                    Seg(
                        rng.choice(("Apt.", "Apt", "Flat", "App.", "Whg.", "m.")) + f" {rng.randint(1, 999)}",
                        "neg",
                    )
                ]
            )
        lines.append([Seg(f"{fake.postcode()} {fake.city()}", "neg")])
        if self.chance(0.4):
            lines.append([Seg(self.country(), "neg")])
        if self.chance(0.3):
            lines.append(
                [
                    Seg(
                        rng.choice(("Tel: ", "Phone: ", "Mobile: ", "T "))
                        + self.fakers[self.lang].phone_number(),
                        "neg",
                    )
                ]
            )
        if (
            lines and self.chance(0.5) and self.persons
        ):  # the person often closes a letter or a quote block twice
            lines.insert(rng.randint(1, len(lines)), self.render_person(self.persons["P1"], "fl", ""))
        prefix = rng.choice(("", "", "", ">", "> "))
        sep = rng.choice(("\n", "\n", "\n", ", ", "\n\n"))
        segs: list[Seg] = []
        for i, line in enumerate(lines):
            if i:
                segs.append(Seg(sep))
            if prefix and sep.startswith("\n"):
                segs.append(Seg(prefix))
            segs.extend(line)
        if self.chance(0.4):
            intro = self.salad()
            intro.text = intro.text.rstrip(".!?") + rng.choice((":\n", ": ", "\n"))
            segs.insert(0, intro)
        return segs

    def bare_names(self) -> list[Seg]:
        """Names with no cue at all among ordinary words or in a list."""
        rng = self.rng
        segs: list[Seg] = []
        for i in range(rng.randint(1, 3)):
            if i or self.chance(0.5):
                segs.append(Seg(self.words(1, 6) + rng.choice((" ", ", ", " - ", ": "))))
            segs.extend(
                self.render_person(self.person(f"P{i + 1}", ""), rng.choice(("fl", "fl", "f", "lf", "l")), "")
            )
            if self.chance(0.6):
                segs.append(Seg(rng.choice((" ", ", ", " ")) + self.words(1, 6)))
            segs.append(Seg(rng.choice((" ", "; ", "\n", ". "))))
        return segs

    # --- noise ----------------------------------------------------------------------------------
    def typo(self, word: str) -> str:
        if len(word) < 4 or not word.isalpha():
            return word
        i = self.rng.randint(1, len(word) - 2)
        op = self.rng.choice(("swap", "drop", "double", "near"))
        if op == "swap":
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if op == "drop":
            return word[:i] + word[i + 1 :]
        if op == "double":
            return word[:i] + word[i] + word[i:]
        return word[:i] + self.rng.choice("aeiounrst") + word[i + 1 :]

    def add_noise(self, segs: list[Seg]) -> tuple[list[Seg], str]:
        rng = self.rng
        drop_punct = self.chance(0.2)
        typo_rate = rng.choice((0.0, 0.0, 0.02, 0.05))
        out: list[Seg] = []
        for s in segs:
            text = s.text
            if s.kind == "lit":
                if drop_punct:
                    text = re.sub(r"(?<=\w)[.,;!?](?=\s|$)", "", text)
                if typo_rate:
                    text = re.sub(
                        r"\w+",
                        lambda m: self.typo(m.group()) if rng.random() < typo_rate else m.group(),
                        text,
                    )
            elif s.kind == "per" and self.chance(0.02):
                words = text.split(" ")
                j = rng.randrange(len(words))
                words[j] = self.typo(words[j])
                text = " ".join(words)
            out.append(Seg(text, s.kind))
        mode = rng.choices(list(CASE_MODES), list(CASE_MODES.values()))[0]
        for s in out:
            if mode == "lower" or (mode == "names_lower" and s.kind == "per"):
                s.text = s.text.lower()
            elif mode == "upper" or (mode == "names_upper" and s.kind == "per" and self.chance(0.7)):
                s.text = s.text.upper()
            elif mode == "title":
                s.text = re.sub(r"(?<![\w'’])(\w)", lambda m: m.group(1).upper(), s.text)
        if self.chance(0.04):  # doubled spaces
            for s in out:
                if s.kind == "lit":
                    s.text = s.text.replace(" ", "  ", 1)
        return out, mode

    # --- examples -------------------------------------------------------------------------------
    def example(self) -> tuple[str, list[tuple[int, int]], str, str]:
        """Return ``(text, person char spans, language, case mode)`` of one new example."""
        rng = self.rng
        self.lang = rng.choices(list(lx.LANG_WEIGHTS), list(lx.LANG_WEIGHTS.values()))[0]
        lang = self.lang
        self.persons = {}
        kind = rng.choices(
            ("clauses", "neg", "mail", "chat", "record", "address", "salad", "bare", "line"),
            (44, 8, 11, 10, 6, 5, 3, 3, 10),
        )[0]
        if kind == "clauses":
            segs = self.clauses(rng.choices((1, 2, 3, 4), (35, 35, 20, 10))[0], 0.22)
        elif kind == "neg":
            segs = self.clauses(rng.choice((1, 2, 3)), 1.0)
        elif kind == "mail":
            segs = self.mail()
        elif kind == "chat":
            segs = self.chat()
        elif kind == "record":
            segs = self.record()
        elif kind == "line":
            segs = self.business_line()
        elif kind == "address":
            segs = self.address_block()
        elif kind == "salad":
            segs = [self.salad() if i % 2 == 0 else Seg(" ") for i in range(2 * rng.randint(1, 4) - 1)]
        else:
            segs = self.bare_names()
        segs, mode = self.add_noise(segs)
        text, spans, offset = "", [], 0
        for s in segs:
            if s.kind == "per":
                spans.append((offset, offset + len(s.text)))
            text += s.text
            offset += len(s.text)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        spans = [(a - lead, b - lead) for a, b in spans]
        return text, spans, lang, mode


def build_doc(nlp: Language, text: str, spans: list[tuple[int, int]]) -> Doc | None:
    """A doc of ``text`` with PERSON entities, or None if a span does not align to tokens."""
    doc = nlp.make_doc(text)
    ents = []
    for start, end in spans:
        span = doc.char_span(start, end, label=LABEL, alignment_mode="strict")
        if span is None or span.text != span.text.strip() or not span.text:
            return None
        ents.append(span)
    try:
        doc.ents = ents
    except ValueError:  # overlapping spans
        return None
    return doc


def generate(split: str, n: int, seed: int, nlp: Language | None = None) -> tuple[DocBin, Counter[str]]:
    """Generate ``n`` aligned examples of ``split``; return the DocBin and counters."""
    nlp = nlp or make_nlp()
    gen = Generator(split, seed)
    docbin = DocBin(store_user_data=True)
    stats: Counter[str] = Counter()
    seen: set[str] = set()
    while stats["examples"] < n:
        text, spans, lang, mode = gen.example()
        if not text or text in seen:
            stats["duplicates"] += 1
            continue
        doc = build_doc(nlp, text, spans)
        if doc is None:
            stats["dropped_misaligned"] += 1
            continue
        seen.add(text)
        doc.user_data["lang"] = lang
        doc.user_data["case"] = mode
        docbin.add(doc)
        stats["examples"] += 1
        stats[f"lang_{lang}"] += 1
        stats[f"case_{mode}"] += 1
        stats["entities"] += len(doc.ents)
        stats["tokens"] += len(doc)
        stats["no_entity"] += not doc.ents
    return docbin, stats


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.names.generate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument("--train", type=int, default=50_000, help="training examples")
    parser.add_argument("--dev", type=int, default=5_000, help="dev examples")
    parser.add_argument("--seed", type=int, default=20240611, help="random seed (dev uses seed + 1)")
    parser.add_argument("--preview", type=int, default=0, help="print K dev examples and exit")
    args = parser.parse_args(argv)
    nlp = make_nlp()
    if args.preview:
        gen = Generator("dev", args.seed + 1)
        for _ in range(args.preview):
            text, spans, lang, mode = gen.example()
            ok = build_doc(nlp, text, spans) is not None
            print(
                f"--- {lang} {mode} {'' if ok else 'MISALIGNED'}\n{text}\n  => {[text[a:b] for a, b in spans]}"
            )
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for split, n, seed in (("train", args.train, args.seed), ("dev", args.dev, args.seed + 1)):
        docbin, stats = generate(split, n, seed, nlp)
        path = args.out / f"{split}.spacy"
        docbin.to_disk(path)
        print(f"{split}: wrote {path} ({path.stat().st_size / 1e6:.1f} MB) {dict(sorted(stats.items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Held-out detection set "blind5": text in eight languages and four tables, written apart from the engine.

Data card
=========

Status
    Guided fixes since 2026-12-05 (its fourth session of the day): held out until then, its breakdown
    was read once (``--blind-breakdown``) to fix what it showed, so every ``FileSet`` now has
    ``guided_fixes=True`` and `blindset6` is the held-out set. Its figures before that reading are in
    ``bench/README.md``.

Who wrote it and what they read
    A separate author session, from a brief. It read only the benchmark's interface and scoring
    (`bench.detection.format`), the contact-value helpers of `bench.detection.sources` (``phone``,
    ``iban``, ``national_id``, ``postcode``, ``fold_ascii``, ``mimesis_person_words``, ``usable``), the
    signatures and docstrings of `anonymize.vocabulary.is_known_to_engine` and ``faker_person_words``,
    how `bench.bench_detection` loads a set, and the shared set checks. It read no recognizer, cue
    list, pattern or profile of the engine, no other benchmark set and no engine output, and it never
    ran the engine. Every sentence template, product, company and syllable inventory here was written
    fresh for this module.

Text files (24)
    Per language (en de fr es it nl pl pt) three files in genres no earlier set used, TXT and JSONL
    mixed (JSONL records nest: objects with sender/body fields, lists of updates or messages). One file
    per language is a lower-case group chat (speaker before a colon or in a ``sender`` field,
    @mentions, nicknames, names in greetings and at line ends). Genres: school office messages, IT
    helpdesk handovers, coworking community chat (en); hotel front-desk shift log, car-workshop job
    cards, sports-club team chat (de); pharmacy counter log, insurance claim notes, volunteer rota chat
    (fr); library loans desk, bakery and catering orders, removal crew chat (es); dental reception,
    event registration desk, choir chat (it); tutoring agency, bicycle repair log, allotment
    association chat (nl); coaching notes of a sports club, laptop service desk, student house chat
    (pl); laundry and dry-cleaning counter, travel agency bookings, parents' carpool chat (pt).
    Sentence shapes vary on purpose: names at sentence start, after verbs of speech, in lists, in
    parentheses, after dashes, with initials, in possessives (each language's own form, inflected in
    Polish, German and Dutch), reversed (``SURNAME, Given``), after honorifics (Mr/Frau/Mme/Sr./Sig./
    dhr./pan/Sra.), as the object of verbs, next to business values; whole records in capitals now
    and then, single names in lower or upper case.

Tables (4)
    ``catering_orders.csv`` (English headers), ``werkstatt_auftraege.tsv`` (German),
    ``prestiti_biblioteca.parquet`` (Italian, typed date and integer columns),
    ``sinistros_seguro.csv`` (Portuguese). Each has record-ID columns (``id_columns``), products
    (some built from first names and place words, e.g. "Matilda Cake Stand", "Toledo Mug"), amounts,
    dates, statuses, a notes column mentioning people, and person columns under headers that do and
    do not say "name" (``collected_by``, ``Kunde``, ``Mechaniker``, ``nominativo``, ``segurado``,
    ``perito``). Rows carry their own language (``lang:`` tag) for notes and contact formats.

Names
    Every person is invented. Half come from syllable inventories in ten styles no earlier set used
    (tags ``invented`` + ``style:<s>``): polynesian, malagasy, vietnamese, nahuatl, zulu, armenian,
    tamil, mongolian, inuit, thai. The rest are mimesis 22 first names and surnames of locales no
    earlier set used (tags ``mimesis`` + ``locale:<l>``): tr, fi, hu, cs, da, no, sv, et, is, and ko
    romanised from Hangul by the Revised Romanization table in this module. Every name word (also in
    its upper/lower/ASCII-folded spelling, and every derived form: possessives, Polish genitives,
    nicknames, @handles) is unknown to the engine (``is_known_to_engine``), absent from Faker's person
    words and from the mimesis person lists of the eight covered languages, not a word of any template,
    product or company here, and rare (wordfreq ``zipf_frequency < 2`` in all eight languages).

Places and contacts
    Streets and cities are invented per language from syllables and that language's endings
    (``-bury``, ``-hausen``, ``-ville``, ``-ejo``, ``-engo``, ``-veen``, ``-ów``, ``-ães``…) and filtered
    the same way (no city the engine knows). Phones, IBANs, national IDs and postcodes come from the
    shared helpers (valid shapes and check digits; a UK National Insurance number is built here).
    E-mail local parts are built from the person's letters but never contain a whole name word, so a
    leaked e-mail is not scored as a leaked name. Dates of birth are planted as ``DATE_OF_BIRTH``,
    other dates as ``utility:date``.

Tags
    PERSON: ``lang:xx``; case ``title``/``lower``/``upper``; source (above); one slot tag
    (``sentence_start``, ``after_speech_verb``, ``list``, ``parenthesis``, ``after_dash``,
    ``initial``, ``possessive``, ``honorific``, ``object``, ``beside_value``, ``greeting``,
    ``line_end``, ``chat_speaker``, ``sender_field``, ``mention``, ``nickname``, ``reversed``,
    ``apposition``, ``agent``, ``vocative``, ``signoff``, ``table_cell``, ``table_notes``); ``repeat``
    on later mentions of a person in the same record; ``canary`` on canary people. Other personal
    values and every ``utility:<kind>`` value carry ``lang:xx``.

Canaries
    Three invented people: all three in every table, the first in every group chat (lower case, full
    name), and each drawn as the customer of about 1 % of other text records. ``canaries`` lists those
    that appear in a file.

Size
    About 3,300 records at scale 1.0 (24 text files of about 95 records, tables of 200-320 rows);
    deterministic for a seed (``DEFAULT_SEED`` 5505) and generated in a few seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bench.detection.format import FileSet, Planted, contains_word, kept, leaked, name_tokens
from bench.detection.sources import fold_ascii, iban, national_id, phone, postcode

DEFAULT_SEED = 5505
LANGS = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
#: A slot of a template: a person form + index (``{N1@list}``) or a value (``{order}``, ``{amt2}``).
_SLOT = re.compile(r"\{([A-Za-z]+)(\d?)(?:@([a-z_]+))?\}")
COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT"}

# =====================================================================================================
# Word filter: a planted name, street or city word must be unknown to every list we can see
# =====================================================================================================


@lru_cache(maxsize=1)
def _covered_mimesis_words() -> frozenset[str]:
    """Person words of the mimesis locales of the eight covered languages (case-folded)."""
    import mimesis

    found: set[str] = set()
    base = Path(mimesis.__file__).parent / "datasets"
    for lang in LANGS:
        data = json.loads((base / lang / "person.json").read_text(encoding="utf-8"))
        for key in ("names", "surnames"):
            value = data.get(key)
            items = [v for vs in value.values() for v in vs] if isinstance(value, dict) else value or []
            for item in items:
                found.update(w.casefold() for w in re.findall(r"[^\W\d_]+", str(item)))
    return frozenset(found)


@lru_cache(maxsize=1)
def _own_words() -> frozenset[str]:
    """Every word of this module's templates, products, companies and place words."""
    texts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                texts.append(str(key))
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, Genre | TableSpec):
            walk(vars(value))

    for name, value in globals().items():
        if name.isupper() and not name.startswith("_"):
            walk(value)
    words: set[str] = set()
    for text in texts:
        words.update(w.casefold() for w in re.findall(r"[^\W\d_]+", _SLOT.sub(" ", text)))
    return frozenset(words)


@cache
def word_ok(word: str) -> bool:
    """True when ``word`` (in every spelling a record may show) is unknown to the engine, to Faker, to
    the covered mimesis lists and to this module, and rare in all eight languages."""
    from wordfreq import zipf_frequency

    from anonymize.vocabulary import faker_person_words, is_known_to_engine

    if len(word) < 2:
        return False
    faker = faker_person_words()
    covered = _covered_mimesis_words()
    own = _own_words()
    spellings = {word, word.lower(), word.upper(), word.casefold(), word.upper().casefold(), fold_ascii(word)}
    spellings.discard("")
    for spelling in spellings:
        folded = spelling.casefold()
        if is_known_to_engine(spelling) or folded in faker or folded in covered or folded in own:
            return False
        if any(zipf_frequency(folded, lang) >= 2 for lang in LANGS):
            return False
    return True


def value_ok(value: str) -> bool:
    """Every name token of ``value`` passes `word_ok`."""
    tokens = name_tokens(value)
    return bool(tokens) and all(word_ok(t) for t in tokens)


# =====================================================================================================
# Invented names: ten syllable styles
# =====================================================================================================


def _w(text: str) -> tuple[str, ...]:
    """The words of ``text`` (inventories are written as one string)."""
    return tuple(text.split())


def _join(parts: Sequence[str]) -> str:
    word = "".join(parts)
    return word[:1].upper() + word[1:].lower()


def _plausible(word: str) -> bool:
    """No letter three times running, no three vowels running, no half repeated (``Lerler``)."""
    low = word.casefold()
    if re.search(r"(.)\1\1", low) or re.search(r"[aeiouy]{3}", fold_ascii(low)):
        return False
    return not any(
        low[i : i + n] == low[i + n : i + 2 * n] for n in (3, 4, 5, 6) for i in range(len(low) - 2 * n + 1)
    )


def _syllables(rng: random.Random, inventory: Sequence[str], low: int, high: int) -> list[str]:
    return [rng.choice(inventory) for _ in range(rng.randint(low, high))]


_POLY = [c + v for c in "hklmnptvwf" for v in "aeiou"] + ["ai", "au", "ei", "ou", "a", "o"]
_NAHUATL = _w(
    "tla tze xo chi itz coa hua mic yol teo cua metz tli ix quet zal toch cal pil tepo ollin "
    "cue atl ehe ama cih mal nex ozo"
)
_INUIT = _w("a pu tsi aq nu ka li ik sii vik qa ja ngu ta tuk juaq naa ma ki lu qi ar piq suk aa ler to ut")
_VIET_ONSETS = _w("B Ch D Đ G Gi H Kh L M N Ng Nh Ph Qu S T Th Tr V X")
_VIET_RHYMES = _w(
    "oanh ương iêu uyên ăng ôi ưu ai ao oa uy inh ơn ây iết ạnh ũng ộc ắc ỳ ể ần ến ường ỏi ước ội ạc iễn ầu "
    "uấn ỹ ưởng oàng iềm ẫn ừng ọc ệ uế"
)


def _polynesian(rng: random.Random, kind: str) -> str:
    if kind == "given":
        return _join(_syllables(rng, _POLY, 2, 4))
    return _join([rng.choice(["te", "tu", "ma", "fa", "ta", "ka", "tui", ""]), *_syllables(rng, _POLY, 2, 3)])


def _malagasy(rng: random.Random, kind: str) -> str:
    if kind == "given":
        head = rng.choice(_w("hery tovo lala voa mia fana rija tsiry niaina tiana ando miora feno"))
        tail = rng.choice(_w("niaina soa tiana harisoa vola nirina maro fidy lalaina zo hasina"))
        return _join([head, tail])
    head = rng.choice(_w("ra andria raza rako rabe randria rasolo ratsima"))
    mid = rng.choice([*_w("fin mana to soa mbo hari niry ndra vel"), ""])
    tail = rng.choice(_w("drakoto arisoa manana ony ivelo maharo zafy ntsoa nirina"))
    return _join([head, mid, tail])


def _vietnamese(rng: random.Random, kind: str) -> str:
    return rng.choice(_VIET_ONSETS) + rng.choice(_VIET_RHYMES)


def _nahuatl(rng: random.Random, kind: str) -> str:
    end = rng.choice(["tl", "tli", "tzin", "", "atl"] if kind == "given" else ["catl", "huatl", "tzin", "co"])
    return _join([*_syllables(rng, _NAHUATL, 2, 3), end])


def _zulu(rng: random.Random, kind: str) -> str:
    mids = _w("bu si so ndi le the mba nga zwe lo khe thu li fe ya ne")
    if kind == "given":
        head = rng.choice(_w("nom si tha lwa bu nto zi mthu sa nok lu mphi thu zama"))
        return _join([head, *_syllables(rng, mids, 0, 1), rng.choice(_w("so le lo zi ni sa ndo we ve thi"))])
    head = rng.choice(_w("mk ndl kh ng ma ngc shab zu mth nx bh mb ds"))
    tail = rng.choice(_w("ize amini umalo ela wane abo ungu ethe ozi ahlo"))
    return _join([head, *_syllables(rng, mids, 0, 1), tail])


def _armenian(rng: random.Random, kind: str) -> str:
    head = rng.choice(
        _w("var hov nar ash gev mher ani tak ar lus siran hrach kar sev ter vah arp zar shog nvard")
    )
    if kind == "given":
        return _join([head, rng.choice(_w("dan sep ine ush ork ik ui ak en an ast og agh et ert"))])
    mid = rng.choice(["a", "e", "o", "", "ts", "gh", "r", "k"])
    return _join([head, mid, rng.choice(["yan", "ian", "unts", "yants", "uni"])])


def _tamil(rng: random.Random, kind: str) -> str:
    if kind == "given":
        head = rng.choice(
            _w("kavi then ilan sel mu ezhil nila mani kala aran vel pari anbu sen thiru valli amu")
        )
        tail = rng.choice(
            _w("yarasan mozhi vam rugan arasi vannan mathi selvi kannan vendhan amudhan zhagi thendral")
        )
        return _join([head, tail])
    head = rng.choice(_w("pazhani ara velu sentha muthu kathi ponnu sundara ilango kuma nata"))
    return _join([head, rng.choice(_w("vel samy mani ppan rasu lingam vanan nathan sekar"))])


def _mongolian(rng: random.Random, kind: str) -> str:
    parts = _w(
        "bat bold oyun chimeg tseg erdene gan altan saikhan tuya naran suren dorj munkh khulan enkh baatar "
        "tsolmon sarnai nomin ariun ulzii tem delger od bayar"
    )
    return _join([rng.choice(parts), rng.choice(parts)])


def _inuit(rng: random.Random, kind: str) -> str:
    return _join(_syllables(rng, _INUIT, 2, 3) if kind == "given" else _syllables(rng, _INUIT, 3, 4))


def _thai(rng: random.Random, kind: str) -> str:
    parts = _w(
        "siri wan kit ti sak thong chai som porn rat ana wong phan nop kul pai boon ya nat tha pim prap sut "
        "chan wi rung ploy lam"
    )
    return _join(_syllables(rng, parts, 2, 2) if kind == "given" else _syllables(rng, parts, 3, 4))


STYLE_MAKERS: dict[str, Callable[[random.Random, str], str]] = {
    "polynesian": _polynesian,
    "malagasy": _malagasy,
    "vietnamese": _vietnamese,
    "nahuatl": _nahuatl,
    "zulu": _zulu,
    "armenian": _armenian,
    "tamil": _tamil,
    "mongolian": _mongolian,
    "inuit": _inuit,
    "thai": _thai,
}
#: Styles whose family name comes first (and a middle name sits between).
FAMILY_FIRST = frozenset({"vietnamese"})


@cache
def invented_pool(style: str, kind: str, size: int = 90) -> tuple[str, ...]:
    """A fixed pool of filtered invented words of a style (independent of the generation seed)."""
    rng = random.Random(f"blind5/{style}/{kind}")
    maker = STYLE_MAKERS[style]
    found: list[str] = []
    for _ in range(size * 40):
        word = maker(rng, kind)
        if 3 <= len(word) <= 16 and word not in found and _plausible(word) and word_ok(word):
            found.append(word)
            if len(found) >= size:
                break
    return tuple(found)


# =====================================================================================================
# mimesis names of locales no earlier set used (Korean romanised here)
# =====================================================================================================

MIMESIS_LOCALES = ("tr", "fi", "hu", "cs", "da", "no", "sv", "et", "is", "ko")

# Revised Romanization of Korean: initial, medial and final jamo of a precomposed Hangul syllable.
_KO_INITIALS = (
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
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
)
_KO_MEDIALS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
    "eu", "ui", "i",
)  # fmt: skip
_KO_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
    "t", "t", "k", "t", "p", "t",
)  # fmt: skip


def romanise_korean(text: str) -> str:
    """Hangul syllables in Revised Romanization (no sound changes across syllables), capitalised."""
    out = []
    for char in text:
        code = ord(char) - 0xAC00
        if not 0 <= code < 11172:
            return ""
        initial, rest = divmod(code, 588)
        medial, final = divmod(rest, 28)
        out.append(_KO_INITIALS[initial] + _KO_MEDIALS[medial] + _KO_FINALS[final])
    word = "".join(out)
    return word[:1].upper() + word[1:]


@cache
def mimesis_pool(locale: str, kind: str, gender: str, size: int = 90) -> tuple[str, ...]:
    """Filtered single-word first names or surnames of a mimesis locale (a fixed sample)."""
    import mimesis

    path = Path(mimesis.__file__).parent / "datasets" / locale / "person.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    value = data["names" if kind == "given" else "surnames"]
    items = [str(v) for v in (value.get(gender, []) if isinstance(value, dict) else value)]
    if locale == "ko":
        items = [romanise_korean(v) for v in items]
    items = sorted({v for v in items if re.fullmatch(r"[^\W\d_]{3,16}", v) and v[1:] == v[1:].lower()})
    random.Random(f"blind5/{locale}/{kind}/{gender}").shuffle(items)
    found: list[str] = []
    for item in items:
        if word_ok(item):
            found.append(item)
            if len(found) >= size:
                break
    return tuple(found)


# =====================================================================================================
# People
# =====================================================================================================


@dataclass
class Person:
    given: str
    surname: str
    gender: str  # female | male
    source: tuple[str, ...]
    middle: str = ""
    canary: bool = False
    chat_name: str = ""  # how the person shows in a group chat (lower case)
    _nick: str = ""

    @property
    def full(self) -> str:
        if self.middle:
            return f"{self.surname} {self.middle} {self.given}"
        return f"{self.given} {self.surname}"

    def nickname(self, rng: random.Random) -> str:
        if not self._nick:
            base = fold_ascii(self.given)
            candidates = [base[:n] + s for n in (3, 4, 5) for s in ("i", "o", "y", "ie", "ka", "")]
            rng.shuffle(candidates)
            self._nick = next(
                (c for c in candidates if len(c) >= 3 and c != base and value_ok(c)), self.given.lower()
            )
        return self._nick


def draw_person(rng: random.Random, banned: frozenset[str] = frozenset(), gender: str = "") -> Person:
    gender = gender or rng.choice(("female", "male"))
    for _ in range(50):
        if rng.random() < 0.5:
            style = rng.choice(sorted(STYLE_MAKERS))
            given = rng.choice(invented_pool(style, "given"))
            surname = rng.choice(invented_pool(style, "surname"))
            middle = rng.choice(invented_pool(style, "given")) if style in FAMILY_FIRST else ""
            person = Person(given, surname, gender, ("invented", f"style:{style}"), middle=middle)
        else:
            locale = rng.choice(MIMESIS_LOCALES)
            given = rng.choice(mimesis_pool(locale, "given", gender))
            surname = rng.choice(mimesis_pool(locale, "surname", gender))
            person = Person(given, surname, gender, ("mimesis", f"locale:{locale}"))
        words = {w.casefold() for w in name_tokens(person.full)}
        if len(words) == len(name_tokens(person.full)) and not words & banned:
            return person
    raise RuntimeError("no person could be drawn")


# =====================================================================================================
# Places
# =====================================================================================================

PLACE_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        _w(
        "ash brack cold dun elm fen gar hol kex lud marl nether pell quen rad shil thorn wex yar brom "
        "chud dray fird"
        ),
        _w("ford bury thorpe wick stead combe minster by ham worth field ton"),
    ),
    "de": (
        _w(
        "brunn eich hag kolk lind mar nieder ober quell rott sulz tann wend zell bräm gröt fahl hülm "
        "kirr lös"
        ),
        _w("dorf hausen bach ingen stedt heim feld rode au berg leben kirchen"),
    ),
    "fr": (
        _w("vaud ker mont beau lor pla bress chaum roch ver malv fonten grav luss morv queyr"),
        _w("ville court ac ières eval mont ois ay ignac euil ange"),
    ),
    "es": (
        _w("villa torre alba cala mora peña sala riba quin zarza olme vald berz garr lloz"),
        _w("ejo illa edo ares uela ona al ido oso aga ueca"),
    ),
    "it": (
        _w("castel monte roc valle borg serr pian cas fior lucc terr vign bric sarz gorg"),
        _w("ano ello ate ago engo ona era ino asco uzzo iano"),
    ),
    "nl": (
        _w("wes brak hoog lin mar oost sten veld zwaan kort graf hel dier roos buur"),
        _w("dam dorp veen wijk hoven horst kerk broek zijl sloot enburg"),
    ),
    "pl": (
        _w("brzez dąbr grab jaw kląt lip młyn olsz piask rud strz świer trzc wólk żabn chrz głusz"),
        _w("owo ice ów no ków ino ewo in isko niki"),
    ),
    "pt": (
        _w("vila casal mont alva ferr lour gou barr tav sant marv arr perr"),
        _w("elos inho ães eira ada ouço ela edo ais osa"),
    ),
}  # fmt: skip
#: Street stems end like this (a root + an ending), except in fr/es/it/pt where streets take a place name.
STREET_ENDS: dict[str, tuple[str, ...]] = {
    "en": ("ridge", "gate", "brook", "mead", "hollow", "ley", "wood"),
    "de": ("linger", "feld", "hof", "berg", "bach", "winkel"),
    "nl": ("hof", "veld", "berg", "wijk", "burg", "akker"),
    "pl": ("owa", "ska", "inowa", "ecka", "ańska"),
}
STREET_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("{n} {S} Lane", "{n} {S} Road", "{n} {S} Close", "{n} {S} Mews", "Flat {f}, {n} {S} Crescent"),
    "de": ("{S}straße {n}", "{S}weg {n}", "{S}gasse {n}", "Am {S} {n}"),
    "fr": ("{n} rue de {S}", "{n}, allée de {S}", "{n} chemin de {S}", "{n} impasse de {S}"),
    "es": ("Calle {S} {n}", "Avenida de {S}, {n}", "Camino de {S} {n}, {f}º", "Plaza de {S} {n}"),
    "it": ("Via {S} {n}", "Viale {S} {n}", "Vicolo {S} {n}", "Corso {S} {n}"),
    "nl": ("{S}straat {n}", "{S}laan {n}", "{S}gracht {n}", "{S}kade {n}"),
    "pl": ("ul. {S} {n}", "ul. {S} {n}/{f}", "al. {S} {n}"),
    "pt": ("Rua de {S}, {n}", "Travessa de {S}, {n}", "Avenida {S} {n}, {f}º", "Largo de {S} {n}"),
}


@cache
def place_pool(lang: str, kind: str, size: int = 40) -> tuple[str, ...]:
    """Invented city names or street stems of a language, filtered like names."""
    rng = random.Random(f"blind5/place/{lang}/{kind}")
    roots, ends = PLACE_PARTS[lang]
    if kind == "street" and lang in STREET_ENDS:
        ends = STREET_ENDS[lang]
    found: list[str] = []
    for _ in range(size * 40):
        word = _join([rng.choice(roots), rng.choice(["", "", "er", "en", "a", "i"]), rng.choice(ends)])
        if word not in found and _plausible(word) and word_ok(word):
            found.append(word)
            if len(found) >= size:
                break
    return tuple(found)


# =====================================================================================================
# Values: contacts (personal) and business values (utility)
# =====================================================================================================

MAIL_HOSTS: dict[str, tuple[str, ...]] = {
    "en": ("gmail.com", "outlook.com", "sky.com", "icloud.com", "proton.me"),
    "de": ("gmx.de", "web.de", "posteo.de", "mailbox.org", "gmail.com"),
    "fr": ("orange.fr", "free.fr", "laposte.net", "gmail.com", "yahoo.fr"),
    "es": ("gmail.com", "hotmail.es", "yahoo.es", "outlook.es"),
    "it": ("libero.it", "alice.it", "gmail.com", "tim.it"),
    "nl": ("ziggo.nl", "xs4all.nl", "gmail.com", "live.nl"),
    "pl": ("wp.pl", "o2.pl", "interia.pl", "gmail.com", "onet.pl"),
    "pt": ("sapo.pt", "gmail.com", "netcabo.pt", "outlook.pt"),
}
MONTHS: dict[str, tuple[str, ...]] = {
    "en": _w("January February March April May June July August September October November December"),
    "de": _w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _w("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": _w("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "it": _w("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "nl": _w("januari februari maart april mei juni juli augustus september oktober november december"),
    "pl": _w(
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
    ),
    "pt": _w("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
}
HONORIFICS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"female": ("Ms", "Mrs", "Ms."), "male": ("Mr", "Mr.")},
    "de": {"female": ("Frau",), "male": ("Herr",)},
    "fr": {"female": ("Mme", "Madame"), "male": ("M.", "Monsieur")},
    "es": {"female": ("la Sra.", "doña"), "male": ("el Sr.", "don")},
    "it": {"female": ("la Sig.ra", "la signora"), "male": ("il Sig.", "il signor")},
    "nl": {"female": ("mevr.", "mevrouw"), "male": ("dhr.", "meneer")},
    "pl": {"female": ("pani",), "male": ("pan",)},
    "pt": {"female": ("Sra.", "D."), "male": ("Sr.",)},
}
COMPANIES: dict[str, tuple[str, ...]] = {
    "en": ("Harrowgate Print Ltd", "Bluefinch Catering Co.", "Kestrel Cloud Services", "Northlight Coaches",
           "Oakridge Office Supplies", "Tallyhouse Accounting LLP"),
    "de": ("Brückner & Söhne GmbH", "Autoteile Nordring KG", "Taxi Zentrale Westend", "Lindenhof Wäscherei GmbH",
           "Ersatzteilwelt24 GmbH", "Hansa Glas AG"),
    "fr": ("Cabinet Expertise Roussel & Associés", "Garage du Pont-Neuf", "Pharma Distribution Ouest",
           "Transports Lemarchand SARL", "Assurances Mutuelles du Littoral", "Boulangerie des Tanneurs"),
    "es": ("Mensajería Rápida Ebro S.L.", "Harinas del Duero S.A.", "Mudanzas Horizonte S.L.",
           "Papelería Los Arcos", "Construcciones Iberfrío S.L."),
    "it": ("Laboratorio Odontotecnico Adriatico", "Eventi & Congressi Srl", "FinDent Credito S.p.A.",
           "Tipografia San Marco", "Rifornimenti Lombardi Srl"),
    "nl": ("Fietsgroothandel Van der Zee B.V.", "Lease-a-Bike Nederland", "Zaadhandel De Kiem", "Accu Service Oost",
           "Bijlescentrum Noord B.V."),
    "pl": ("Serwis Komputerowy Bajt sp. z o.o.", "Ośrodek Wypoczynkowy Jantar", "Hurtownia Sportowa Gol",
           "Części Laptopowe Mega", "Kurier Ekspres24"),
    "pt": ("Oficina Auto Ribeirinha Lda.", "Lavandarias Alfacinha", "Hotel Miradouro do Atlântico",
           "Transportes Serra & Filhos", "Seguros Tágide S.A."),
}  # fmt: skip
#: Repair shops of the claims table (utility ``company``; some carry a common surname on purpose).
GARAGES: dict[str, tuple[str, ...]] = {
    "pt": (
        "Oficina Auto Ribeirinha Lda.",
        "Garagem Estrela do Lis",
        "Auto Reparadora Silva & Costa",
        "Vidros Rápidos Lda.",
    ),
    "pl": ("Warsztat Samochodowy Tłok", "Auto-Serwis Nowak i Syn", "Blacharstwo Lakiernictwo Iskra"),
    "es": ("Talleres Hermanos Ruiz S.L.", "Chapa y Pintura El Cruce", "Lunas Express Levante"),
}
#: Words for products named after people and places ("Matilda Cake Stand", "Toledo Mug").
PRODUCT_FIRST_NAMES = (
    "Victoria",
    "Matilda",
    "Florence",
    "Oscar",
    "Clara",
    "Hugo",
    "Greta",
    "Felix",
    "Lola",
    "Bruno",
    "Sophie",
    "Marco",
    "Rosa",
    "Emma",
    "Leon",
    "Nina",
)
PRODUCT_PLACES = (
    "Toledo",
    "Windsor",
    "Riviera",
    "Bergen",
    "Monaco",
    "Sorrento",
    "Aspen",
    "Lisbon",
    "Kyoto",
    "Malibu",
    "Oslo",
    "Capri",
    "Dakota",
    "Sahara",
    "Provence",
    "Cambridge",
)


def _group_thousands(number: int, sep: str) -> str:
    return f"{number:,}".replace(",", sep)


def fmt_amount(rng: random.Random, lang: str, low: int = 5, high: int = 900) -> str:
    units = rng.randint(low, high) if rng.random() < 0.92 else rng.randint(1000, 4800)
    cents = rng.choice([0, 0, 50, 90, 95, rng.randint(1, 99)])
    if lang == "en":
        return rng.choice([f"£{_group_thousands(units, ',')}.{cents:02d}", f"GBP {units}.{cents:02d}"])
    if lang in {"de", "es"}:
        return rng.choice([f"{_group_thousands(units, '.')},{cents:02d} €", f"EUR {units},{cents:02d}"])
    if lang == "fr":
        return rng.choice([f"{_group_thousands(units, ' ')},{cents:02d} €", f"{units},{cents:02d} EUR"])
    if lang in {"it", "nl"}:
        return rng.choice([f"€ {_group_thousands(units, '.')},{cents:02d}", f"€{units},{cents:02d}"])
    if lang == "pl":
        return rng.choice([f"{_group_thousands(units, ' ')},{cents:02d} zł", f"{units},{cents:02d} PLN"])
    return rng.choice([f"{_group_thousands(units, ' ')},{cents:02d} €", f"{units},{cents:02d} EUR"])


def fmt_date(rng: random.Random, lang: str, day: dt.date) -> str:
    d, m, y = day.day, day.month, day.year
    month = MONTHS[lang][m - 1]
    numeric = {
        "en": f"{d:02d}/{m:02d}/{y}",
        "de": f"{d:02d}.{m:02d}.{y}",
        "pl": f"{d:02d}.{m:02d}.{y}",
        "nl": f"{d:02d}-{m:02d}-{y}",
    }.get(lang, f"{d:02d}/{m:02d}/{y}")
    spelled = {
        "en": f"{d} {month} {y}",
        "de": f"{d}. {month} {y}",
        "es": f"{d} de {month} de {y}",
        "pt": f"{d} de {month} de {y}",
    }.get(lang, f"{d} {month} {y}")
    roll = rng.random()
    return numeric if roll < 0.6 else spelled if roll < 0.88 else day.isoformat()


def recent_day(rng: random.Random) -> dt.date:
    return dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(600))


def birth_day(rng: random.Random) -> dt.date:
    return dt.date(1938, 1, 1) + dt.timedelta(days=rng.randrange(365 * 74))


def fmt_timestamp(rng: random.Random, lang: str) -> str:
    day = recent_day(rng)
    clock = f"{rng.randint(6, 22):02d}:{rng.randrange(60):02d}"
    if rng.random() < 0.35:
        return f"{day.isoformat()} {clock}"
    d, m, y = day.day, day.month, day.year
    sep = {"de": ".", "pl": ".", "nl": "-"}.get(lang, "/")
    return f"{d:02d}{sep}{m:02d}{sep}{y} {clock}"


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def ean13(rng: random.Random) -> str:
    from stdnum import ean as std_ean

    body = rng.choice(["40", "54", "76", "80", "84", "87", "590", "560"])
    body += "".join(rng.choice(string.digits) for _ in range(12 - len(body)))
    return body + std_ean.calc_check_digit(body)


def business_code(rng: random.Random, kind: str, prefix: str) -> str:
    """An order, case, invoice, record, tracking number, SKU or version in one of a few shapes."""
    year = rng.choice([2024, 2025])
    if kind == "order":
        return rng.choice(
            [
                f"{prefix}-{rng.randint(10000, 99999)}",
                f"{prefix}{year}-{rng.randint(100, 9999):04d}",
                f"#{rng.randint(100000, 999999)}",
            ]
        )
    if kind == "case":
        return rng.choice(
            [
                f"{prefix}-{year}-{rng.randint(1, 99999):05d}",
                f"{prefix}/{year % 100}/{rng.randint(1000, 99999)}",
            ]
        )
    if kind == "inv":
        return rng.choice(
            [
                f"{prefix}-{year}-{rng.randint(1, 9999):04d}",
                f"{prefix}{year}{rng.randint(1, 99999):05d}",
                f"{prefix} {year}/{rng.randint(1, 999)}",
            ]
        )
    if kind == "rid":
        return f"{prefix}{rng.randint(10000, 999999)}"
    if kind == "sku":
        return f"{_alnum(rng, 2, string.ascii_uppercase)}-{rng.randint(100, 9999)}-{_alnum(rng, 1)}"
    if kind == "track":
        return rng.choice(
            [
                f"1Z{_alnum(rng, 6)}{rng.randrange(10**10):010d}",
                f"JJD{rng.randrange(10**18):018d}",
                f"CP{rng.randrange(10**9):09d}{prefix[:2].upper() or 'XX'}",
            ]
        )
    if kind == "ver":
        return rng.choice(
            [
                f"{rng.randint(1, 24)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}",
                f"{year}.{rng.randint(1, 12)}.{rng.randint(1, 9)}",
            ]
        )
    raise ValueError(kind)


def uk_nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        head = rng.choice(first) + rng.choice(second)
        if head not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    digits = f"{rng.randrange(10**6):06d}"
    tail = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{head} {digits[:2]} {digits[2:4]} {digits[4:]} {tail}"
    return f"{head}{digits}{tail}"


def street_address(rng: random.Random, lang: str) -> str:
    form = rng.choice(STREET_FORMS[lang])
    stem = rng.choice(place_pool(lang, "street" if lang in STREET_ENDS else "city"))
    return form.format(S=stem, n=rng.randint(1, 180), f=rng.randint(1, 9))


def email_for(rng: random.Random, person: Person, lang: str) -> str:
    """An address made of the person's letters in which no whole name word stands alone."""
    given = fold_ascii(person.given) or "x"
    surname = fold_ascii(person.surname) or "y"
    number = f"{rng.randint(1, 99)}"
    tokens = [*name_tokens(person.full), given, surname]
    candidates = [
        f"{given[0]}{surname}{number}",
        f"{given[:3]}{surname[:3]}{number}",
        f"{given}{surname[0]}{number}",
        f"{surname}{given[:2]}",
        f"{given[0]}{surname}",
    ]
    rng.shuffle(candidates)
    for local in candidates:
        if not any(contains_word(local, t) for t in tokens):
            return f"{local}@{rng.choice(MAIL_HOSTS[lang])}"
    return f"{given[0]}{rng.randint(100, 999)}x{surname[:2]}@{rng.choice(MAIL_HOSTS[lang])}"


# =====================================================================================================
# Rendering a record: templates with slots -> text + truth, with a self-check of the truth
# =====================================================================================================

UTILITY_SLOTS = {
    "prod": "product",
    "order": "order_number",
    "track": "tracking_number",
    "case": "case_number",
    "inv": "invoice_number",
    "sku": "sku",
    "ean": "ean",
    "ver": "version",
    "amt": "amount",
    "ts": "timestamp",
    "date": "date",
    "co": "company",
    "status": "status",
    "rid": "record_id",
    "qty": "quantity",
}
PERSONAL_SLOTS = {
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "iban": "IBAN_CODE",
    "street": "STREET_ADDRESS",
    "pc": "POSTCODE",
    "city": "CITY",
    "dob": "DATE_OF_BIRTH",
    "nid": "NATIONAL_ID",
}
#: Value slots whose text follows the record's case (capitals, lower-case chat).
CASED_SLOTS = frozenset({"prod", "co", "status", "street", "city"})
#: The slot tag a person form has when the template gives none.
DEFAULT_POSITION = {
    "H": "honorific",
    "Q": "possessive",
    "I": "initial",
    "R": "reversed",
    "M": "mention",
    "K": "nickname",
    "C": "chat_speaker",
}


def possessive(lang: str, word: str, gender: str = "male") -> tuple[str, str]:
    """(planted value, suffix) of a name used as a possessor; Polish inflects it to the genitive (a
    woman's name ending in a consonant stays as it is)."""
    low = word.casefold()
    if lang == "en":
        return word, "’s" if word.endswith("y") and len(word) % 2 else "'s"
    if lang == "de":
        return (word, "'") if low[-1] in "sßxz" else (word + ("S" if word.isupper() else "s"), "")
    if lang == "nl":
        if low[-1] in "aeiouy":
            return word, "'s"
        return (word, "'") if low[-1] in "sxz" else (word + ("S" if word.isupper() else "s"), "")
    if lang == "pl":
        up = word.isupper()
        if low.endswith("a"):
            ending = "i" if low[-2:-1] in {"k", "g", "l", "j"} else "y"
            return word[:-1] + (ending.upper() if up else ending), ""
        if low[-1] not in "aeiouyąęó" and gender == "male":
            return word + ("A" if up else "a"), ""
    return word, ""


def _case_tag(value: str) -> str:
    letters = [c for c in value if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "upper"
    if letters and all(c.islower() for c in letters):
        return "lower"
    if any(len(t) >= 2 and t.isupper() for t in name_tokens(value)):
        return "upper"
    return "title"


@dataclass
class Genre:
    """One text file: its language, format, content and how its records are built."""

    name: str
    lang: str
    fmt: str  # txt | jsonl
    about: str
    products: tuple[str, ...]
    statuses: tuple[str, ...]
    prefixes: dict[str, str]
    lines: tuple[str, ...] = ()  # TXT templates, or chat messages
    frame: Callable[[random.Random, str | None], Any] | None = None  # JSONL structure (template leaves)
    chat: bool = False
    base: int = 95
    companies: tuple[str, ...] = ()  # the file's own firms (default: the language's list)


@dataclass
class FileContext:
    lang: str
    rng: random.Random
    genre: Genre | None
    canaries: Sequence[Person]
    banned: frozenset[str]
    staff: list[Person] = field(default_factory=list)
    roster: list[Person] = field(default_factory=list)
    canary_rate: float = 0.0
    products: Sequence[str] = ()
    statuses: Sequence[str] = ()
    prefixes: dict[str, str] = field(default_factory=dict)
    companies: Sequence[str] = ()


class Inconsistent(ValueError):
    """A record whose text and truth disagree (it is drawn again)."""


class Record:
    """The planted values and field texts of one record being written."""

    def __init__(self, ctx: FileContext, *, lang: str | None = None, mode: str = "normal") -> None:
        self.ctx = ctx
        self.rng = ctx.rng
        self.lang = lang or ctx.lang
        self.mode = mode  # normal | upper | lower
        self.people: dict[int, Person] = {}
        self.mentioned: set[int] = set()
        self.values: dict[str, tuple[str, str, list[str]]] = {}
        self.placed: set[tuple[str, str]] = set()
        self.planted: list[Planted] = []
        self.leaves: dict[str, list[tuple[str, str, str]]] = {}  # field -> (text, persons masked, all masked)

    # --- people ------------------------------------------------------------------------------------

    def person(self, idx: int) -> Person:
        if idx not in self.people:
            taken = {w.casefold() for p in self.people.values() for w in name_tokens(p.full)}
            if self.ctx.roster:
                pool = [p for p in self.ctx.roster if p not in self.people.values()]
                self.people[idx] = self.rng.choice(pool)
            elif idx >= 5 and self.ctx.staff:
                pool = [p for p in self.ctx.staff if p not in self.people.values()]
                self.people[idx] = self.rng.choice(pool)
            elif idx == 1 and self.ctx.canary_rate and self.rng.random() < self.ctx.canary_rate:
                self.people[idx] = self.rng.choice(list(self.ctx.canaries))
            else:
                self.people[idx] = draw_person(self.rng, self.ctx.banned | taken)
        return self.people[idx]

    def _person_form(self, person: Person, form: str) -> tuple[str, str, str]:
        """(prefix, value, suffix) of a person in a form, before the record's case."""
        rng, lang = self.rng, self.lang
        if person.canary and form not in {"C", "M", "K"}:
            form = "N" if form != "H" else "H"
        if form == "N":
            return "", person.full, ""
        if form == "G":
            return "", person.given, ""
        if form == "S":
            return "", person.surname, ""
        if form == "F":
            return (
                ("", person.full, "") if person.middle else ("", f"{person.given} {person.surname[0]}.", "")
            )
        if form == "I":
            return (
                ("", person.full, "") if person.middle else ("", f"{person.given[0]}. {person.surname}", "")
            )
        if form == "R":
            if person.middle:
                return "", person.full, ""
            if rng.random() < 0.5:
                return "", f"{person.surname.upper()} {person.given}", ""
            return "", f"{person.surname}, {person.given}", ""
        if form == "H":
            title = rng.choice(HONORIFICS[lang][person.gender])
            return f"{title} ", (person.full if person.canary else person.surname), ""
        if form == "Q":
            base = person.full if person.canary else person.given
            if person.canary and lang == "pl":
                return "", base, ""
            value, suffix = possessive(lang, base, person.gender)
            return ("", value, suffix) if value_ok(value) else ("", base, "")
        if form == "K":
            return "", person.nickname(rng), ""
        if form == "M":
            given, surname = fold_ascii(person.given), fold_ascii(person.surname)
            handle = rng.choice(
                [given, given, f"{given}_{surname[:1]}", f"{given}.{surname}", person.nickname(rng)]
            )
            return "@", handle, ""
        if form == "C":
            return "", person.chat_name or person.given.lower(), ""
        raise ValueError(form)

    def _person_slot(self, form: str, idx: int, position: str, field_name: str) -> tuple[str, str, str]:
        person = self.person(idx)
        prefix, value, suffix = self._person_form(person, form)
        if not value_ok(value):
            prefix, value, suffix = "", (person.full if person.canary else person.given), ""
        if self.mode == "upper":
            value = value.upper()
        elif self.mode == "lower" or form in {"C", "M", "K"}:
            value = value.lower()
        else:
            roll = self.rng.random()
            if roll < 0.05:
                value = value.lower()
            elif roll < 0.09:
                value = value.upper()
        tags = [f"lang:{self.lang}", _case_tag(value), *person.source, position]
        if idx in self.mentioned:
            tags.append("repeat")
        if person.canary:
            tags.append("canary")
        self.mentioned.add(idx)
        self.planted.append(Planted("PERSON", value, field_name, tags))
        return self._literal(prefix), value, self._literal(suffix)

    # --- values ------------------------------------------------------------------------------------

    def _value(self, name: str, digit: str) -> tuple[str, str, list[str]]:
        rng, lang, ctx = self.rng, self.lang, self.ctx
        tags = [f"lang:{lang}"]
        if name in UTILITY_SLOTS:
            kind = UTILITY_SLOTS[name]
            if name == "prod":
                value = rng.choice(list(ctx.products))
            elif name == "status":
                value = rng.choice(list(ctx.statuses))
            elif name == "co":
                value = rng.choice(list(ctx.companies or COMPANIES[lang]))
            elif name == "amt":
                value = fmt_amount(rng, lang)
            elif name == "date":
                value = fmt_date(rng, lang, recent_day(rng))
            elif name == "ts":
                value = fmt_timestamp(rng, lang)
            elif name == "ean":
                value = ean13(rng)
            elif name == "qty":
                value = str(rng.randint(1, 40))
            else:
                value = business_code(rng, name, ctx.prefixes.get(name, name[:3].upper()))
            return f"utility:{kind}", value, tags
        entity = PERSONAL_SLOTS[name]
        country = COUNTRY[lang]
        if name == "email":
            value = email_for(rng, self.person(int(digit or 1)), lang)
        elif name == "phone":
            value, style = phone(rng, country)
            tags.append(f"phone:{style}")
        elif name == "iban":
            value, style = iban(rng, country)
            tags.append(f"iban:{style}")
        elif name == "street":
            value = street_address(rng, lang)
        elif name == "pc":
            value = postcode(rng, country)
        elif name == "city":
            value = rng.choice(place_pool(lang, "city"))
        elif name == "dob":
            value = fmt_date(rng, lang, birth_day(rng))
        else:
            found = national_id(rng, country)
            value, kind = found if found else (uk_nino(rng), "GB NINO")
            tags.append(f"id:{kind.replace(' ', '_')}")
        return entity, value, tags

    def _value_slot(self, name: str, digit: str, field_name: str) -> tuple[str, bool]:
        key = name + digit
        if key not in self.values:
            entity, value, tags = self._value(name, digit)
            if name in CASED_SLOTS and self.mode != "normal":
                value = value.upper() if self.mode == "upper" else value.lower()
            self.values[key] = (entity, value, tags)
        entity, value, tags = self.values[key]
        if (key, field_name) not in self.placed:
            self.placed.add((key, field_name))
            self.planted.append(Planted(entity, value, field_name, list(tags)))
        return value, not entity.startswith("utility:")

    # --- templates ---------------------------------------------------------------------------------

    def _literal(self, text: str) -> str:
        return text.upper() if self.mode == "upper" else text.lower() if self.mode == "lower" else text

    def fill(self, template: str, field_name: str = "text") -> str:
        """The template with every slot filled; the truth is recorded for ``field_name``."""
        text: list[str] = []
        persons_masked: list[str] = []
        all_masked: list[str] = []
        pos = 0
        for match in _SLOT.finditer(template):
            literal = self._literal(template[pos : match.start()])
            for part in (text, persons_masked, all_masked):
                part.append(literal)
            name, digit, position = match.groups()
            if len(name) == 1 and name.isupper():
                prefix, value, suffix = self._person_slot(
                    name, int(digit or 1), position or DEFAULT_POSITION.get(name, "mention_other"), field_name
                )
                if match.start() == 0 and prefix[:1].islower() and self.mode == "normal":
                    prefix = prefix[:1].upper() + prefix[1:]
                text.append(prefix + value + suffix)
                persons_masked.append(prefix + "\x00" + suffix)
                all_masked.append(prefix + "\x00" + suffix)
            else:
                value, personal = self._value_slot(name, digit, field_name)
                text.append(value)
                persons_masked.append(value)
                all_masked.append("\x00" if personal else value)
            pos = match.end()
            if text[-1].endswith(".") and template[pos : pos + 1] == ".":
                pos += 1  # "… B.V." ends the sentence: no second full stop
        literal = self._literal(template[pos:])
        for part in (text, persons_masked, all_masked):
            part.append(literal)
        out = "".join(text)
        self.leaves.setdefault(field_name, []).append((out, "".join(persons_masked), "".join(all_masked)))
        return out

    def fill_tree(self, value: Any, path: str = "") -> Any:
        """A JSON structure with every string leaf filled (field names as `format.read_records` joins them)."""
        if isinstance(value, str):
            return self.fill(value, path or "text")
        if isinstance(value, dict):
            return {k: self.fill_tree(v, f"{path}.{k}" if path else k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.fill_tree(v, f"{path}[]") for v in value]
        return value

    def check(self) -> None:
        """The truth is exact: every planted value is in its field, no personal value also stands outside
        its own slot (a name word in a literal, an e-mail or a product), utility values overlap nothing."""
        for planted in self.planted:
            leaves = self.leaves[planted.field]
            text = "\n".join(t for t, _, _ in leaves)
            all_masked = "\n".join(m for _, _, m in leaves)
            if planted.is_utility:
                ok = kept(planted, text, table=False) and planted.value in all_masked
            else:
                ok = leaked(planted, text) and not leaked(planted, all_masked)
                if planted.entity == "PERSON":  # not in an e-mail, a product or a literal either
                    ok = ok and not leaked(planted, "\n".join(m for _, m, _ in leaves))
            if not ok:
                raise Inconsistent(f"{planted.entity} in {planted.field}")


# =====================================================================================================
# Chat threads and text files
# =====================================================================================================


def remap(template: str, mapping: dict[int, int]) -> str:
    """The template with person indices renumbered (``{G2}`` -> ``{G5}`` for mapping {2: 5})."""

    def swap(match: re.Match[str]) -> str:
        name, digit, position = match.groups()
        if not (len(name) == 1 and name.isupper()):
            return match.group(0)
        idx = mapping.get(int(digit or 1), int(digit or 1))
        return "{" + f"{name}{idx}" + (f"@{position}" if position else "") + "}"

    return _SLOT.sub(swap, template)


def chat_thread(rng: random.Random, lines: Sequence[str], count: int) -> list[tuple[int, str]]:
    """``count`` messages as (speaker index, body template); persons 2-4 of a message are the others,
    the previous speaker first (replies address them)."""
    speakers = [1, 2, rng.choice([1, 3])][:count]
    bodies = rng.sample(list(lines), count)
    messages = []
    for j, me in enumerate(speakers):
        others = [k for k in range(1, 7) if k != me]
        if j and rng.random() < 0.7:
            others.remove(speakers[j - 1])
            others.insert(0, speakers[j - 1])
        mapping = {1: me, 2: others[0], 3: others[1], 4: others[2]}
        messages.append((me, remap(bodies[j], mapping)))
    return messages


def _chat_member(rng: random.Random, banned: frozenset[str]) -> Person:
    person = draw_person(rng, banned)
    given, surname = person.given.lower(), person.surname.lower()
    person.chat_name = rng.choice(
        [given, given, person.nickname(rng), person.full.lower(), f"{given} {surname[0]}"]
    )
    return person


def build_text_file(
    genre: Genre, out_dir: Path, seed: int, scale: float, canaries: Sequence[Person], banned: frozenset[str]
) -> FileSet:
    rng = random.Random(f"blind5/{seed}/{genre.name}")
    ctx = FileContext(
        genre.lang,
        rng,
        genre,
        canaries,
        banned,
        canary_rate=0.0 if genre.chat else 0.011,
        products=genre.products,
        statuses=genre.statuses,
        prefixes=genre.prefixes,
        companies=genre.companies,
    )
    ctx.staff = [draw_person(rng, banned) for _ in range(6)]
    if genre.chat:
        ctx.roster = [_chat_member(rng, banned) for _ in range(16)]
    count = max(6, round(genre.base * scale))
    canary_at = min(2, count - 1) if genre.chat else -1
    lines: list[str] = []
    records: list[list[Planted]] = []
    for i in range(count):
        for _attempt in range(30):
            roll = rng.random()
            mode = "lower" if genre.chat else "upper" if roll < 0.05 else "lower" if roll < 0.08 else "normal"
            rec = Record(ctx, mode=mode)
            intro = None
            if i == canary_at:
                rec.people[1] = canaries[0]
                intro = CANARY_INTROS[genre.lang]
            if genre.fmt == "txt":
                body = intro or rng.choice(genre.lines)
                line = rec.fill(("{C1@chat_speaker}: " + body) if genre.chat else body)
            else:
                assert genre.frame is not None
                line = json.dumps(rec.fill_tree(genre.frame(rng, intro)), ensure_ascii=False)
            try:
                rec.check()
            except Inconsistent:
                continue
            break
        else:  # pragma: no cover - templates and pools make a clean record within a few tries
            raise RuntimeError(f"{genre.name}: no consistent record")
        if "\n" in line or "\r" in line:  # pragma: no cover - templates hold no line breaks
            raise RuntimeError(f"{genre.name}: a record spans lines")
        lines.append(line)
        records.append(rec.planted)
    path = out_dir / f"{genre.name}.{genre.fmt}"
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return _file_set(genre.name, path.name, genre.fmt, "text", genre.lang, records, canaries, genre.about)


def _file_set(
    name: str,
    path: str,
    fmt: str,
    kind: str,
    language: str,
    records: list[list[Planted]],
    canaries: Sequence[Person],
    notes: str,
    id_columns: Sequence[str] = (),
) -> FileSet:
    planted_text = " ".join(p.value.casefold() for r in records for p in r if "canary" in p.tags)
    present = [c.full for c in canaries if c.full.casefold() in planted_text]
    return FileSet(
        name=name,
        path=path,
        fmt=fmt,
        kind=kind,
        language=language,
        records=records,
        id_columns=list(id_columns),
        canaries=present,
        guided_fixes=True,
        notes=notes,
    )


# =====================================================================================================
# Content: English
# =====================================================================================================

CANARY_INTROS = {
    "en": "hi all, i just joined the second floor, say hi if you see me at the coffee machine",
    "de": "hallo zusammen, bin neu im team und freu mich auf samstag!",
    "fr": "bonjour à tous, je rejoins l'équipe du samedi matin, ravie de vous lire",
    "es": "hola a todos, soy la nueva del equipo, empiezo el lunes 💪",
    "it": "ciao a tutti, da questa settimana canto con i contralti!",
    "nl": "hoi allemaal, ik heb sinds deze maand een tuin aan het achterpad",
    "pl": "cześć wszystkim, od dziś mieszkam w pokoju 3.14 😊",
    "pt": "olá a todos, obrigada por me adicionarem ao grupo das boleias",
}

EN_SCHOOL_LINES = (
    "{ts} — {N1@sentence_start} (Year 4, Maple class) will be collected at 1.30pm by {G2@object} for a check-up.",
    "Phone message for {H5}: {H1} rang about the {prod} payment of {amt}, still {status}.",
    "PTA meeting {date}, present: {N1@list}, {N2@list}, {N3@list} and {H5}.",
    "Lost property: {prod} labelled {I1@initial}, handed in by the caretaker — {N2@after_dash} will collect it.",
    '"They will be back on Monday," said {N1@after_speech_verb} when dropping off the sick note ({date}).',
    "Dinner money: {amt} received for {G1@object} and {G2@object} (invoice {inv}), paid by {H3}.",
    "New starter registered: {R1@reversed}, DOB {dob}, {street}, {city} {pc}. Parent contact {phone}.",
    "Reply sent to {email1} about {Q1} place on the Year 5 trip ({amt}, {status}).",
    "Permission slips still missing from {N1@list}, {N2@list} and {N3@list}; reminder texted {date}.",
    "Uniform order {order}: 2 x {prod}, {amt}, paid {date} by {N1@beside_value}.",
    "Please ask {N1@object} to call the office back on {phone} about {Q2} inhaler.",
    "{N1@sentence_start} asked whether the {prod} can be paid in two parts; "
    "agreed with {H5} ({amt} now, rest by {date}).",
    "Absence reported for {G2@object} by {N1@agent}: stomach bug, back {date}.",
    "Bank transfer from {N1@beside_value} ({iban}) matched to order {order}, {amt}.",
    "Note from {H5} to {H6}: {G1@sentence_start} was very upset after football, please keep an eye.",
    "CALLBACK NEEDED: {H1}, {phone}, re {prod} — {F5@signoff}",
    "Visitor badge issued to {N1@object} (grandparent of {G2@apposition}) at {ts}.",
)
EN_HELPDESK_SUMMARIES = (
    "{G1@sentence_start} cannot log in to {prod} since the update to {ver}.",
    "Laptop for new starter {N2@apposition} to be imaged before {date}; asset tag {sku}.",
    "{Q1} mailbox is full, wants everything older than {date} archived.",
    "Shared drive access for {N2@object} and {N3@object}, requested by {H1}.",
    "VPN drops every ten minutes (FortiClient {ver}), reported by {N1@agent}.",
    "Printer on floor 3 jams; {N2@sentence_start} says it started after the toner swap.",
    "Reset MFA for {R1@reversed}, new mobile {phone}.",
    "Purchase request {order}: {prod} for {N2@beside_value}, {amt}, approved by {H3}.",
    "Desk move for {N1@object} and {N2@object} on {date}, two monitors each.",
    "Phishing mail forwarded by {I1@initial}, sender spoofing {co}.",
)
EN_HELPDESK_UPDATES = (
    "Called {G1@object}, reinstalled {prod} {ver}; works now.",
    "Waiting on {N2@sentence_start} to approve, chased by e-mail.",
    "Remote session with {H1}, cleared the credential cache.",
    "Escalated to {co} under their ref {order}.",
    "Parts shipped, tracking {track}; {G1@sentence_start} will be in on {date}.",
    "Closed after confirmation from {N1@agent}.",
    "{G2@sentence_start} from accounts says the licence ({sku}) was never renewed.",
    "Left a voicemail for {H1} — no answer at {ts}.",
    "Replacement charger handed to {N1@object} at reception.",
    "Asked {H1} for the serial number; photo sent from {email1}.",
)
EN_COWORKING_LINES = (
    "morning all! who left a laptop stand in meeting room 2?",
    "{M2@mention} your parcel is at the front desk, tracking {track}",
    "thanks {G2@line_end}",
    "hey {G2@greeting}, is the {prod} booked for friday?",
    "{K2@nickname} and {K3@nickname} are doing the pizza run, {amt} each",
    "who's in for quiz night on {date}? me, {G2@list}, {G3@list} and {K4@list} so far",
    "lol {K2@nickname} that was the fire alarm test",
    "invoice {inv} for desk 14 went to the wrong person, {M2@mention} can you check",
    "cheers {G2@line_end}!",
    "has anyone seen {Q2} charger? grey usb-c",
    "{N2@sentence_start} is hosting demo day, ask them for a slot",
    "{G2@sentence_start} says the coffee machine is fixed 🎉",
    "reminder: hot desk renewals due {date}, {amt} a month",
    "welcome {N2@greeting} to the community!!",
    "night {G2@line_end}",
    "{M2@mention} {M3@mention} standup moved to 10:30",
    "just spoke to {G2@object}, the projector cable is in the cupboard",
    "ok {K2@vocative} 👍",
)


def _frame_en_helpdesk(rng: random.Random, intro: str | None = None) -> Any:
    notes = rng.sample(EN_HELPDESK_UPDATES, rng.randint(1, 3))
    return {
        "ticket": "{case}",
        "opened": "{ts}",
        "requester": "{N1@name_field}",
        "queue": rng.choice(["Hardware", "Accounts", "Network", "Facilities IT"]),
        "summary": rng.choice(EN_HELPDESK_SUMMARIES),
        "handover": [{"by": f"{{F{5 + i % 2}@sender_field}}", "note": n} for i, n in enumerate(notes)],
        "status": "{status}",
    }


def _frame_en_coworking(rng: random.Random, intro: str | None = None) -> Any:
    channel = rng.choice(["#general", "#kitchen", "#events", "#lost-and-found"])
    if intro:
        return {"channel": channel, "messages": [{"sender": "{C1@sender_field}", "body": intro}]}
    thread = chat_thread(rng, EN_COWORKING_LINES, rng.choice([1, 2, 2, 3]))
    return {
        "channel": channel,
        "messages": [{"sender": f"{{C{who}@sender_field}}", "body": body} for who, body in thread],
    }


# =====================================================================================================
# Content: German
# =====================================================================================================

DE_HOTEL_LINES = (
    "{ts} Check-in {R1@reversed}, Zimmer 214, drei Nächte, Buchung {order}, Anzahlung {amt}.",
    "Frühschicht {date}: {H5} übergibt an {N6@object}, offene Punkte siehe unten.",
    "{H1} (Zimmer 108) beschwert sich über Lärm aus 110 — die Gäste {N2@list} und {N3@list} wurden angesprochen.",
    "Weckruf 6:15 für {N1@beside_value}, Taxi zum Flughafen bei {co} bestellt.",
    "Fundsache: Ladekabel im Frühstücksraum – gehört wohl {Q1} Sohn (Zimmer 305).",
    "„Die Rechnung bitte auf die Firma“, sagte {H1}; Rechnung {inv} auf {co} umgeschrieben.",
    "Meldeschein unvollständig: {N1@sentence_start}, geb. {dob}, {street}, {pc} {city} – Ausweisnummer fehlt.",
    "Late Check-out bis 14 Uhr für {I1@initial} genehmigt ({amt} Aufpreis).",
    "Parkkarte von {N1@possessive} ({order}) nicht zurückgegeben, {amt} auf die Zimmerrechnung.",
    "RÜCKRUF: {H1} verschiebt die Anreise auf den {date}, bitte Zimmer halten.",
    "{N1@sentence_start} hat das Paket „{prod}“ gebucht und zahlt per Überweisung von {iban}.",
    "Gruppe Sommerfest {co}: Ansprechpartner ist {N1@apposition}, {phone}, {email1}.",
    "Nachtschicht – {G5@after_dash} hat die Kasse gezählt, Differenz {amt}, Beleg liegt im Fach.",
    "Beschwerde Frühstück: {H1} fand ein Haar im Müsli, Gutschein {order} über {amt} ausgegeben.",
    "Schlüsselkarte für Zimmer 412 ({N1@parenthesis}) gesperrt, neue Karte ausgegeben von {N5@agent}.",
    "Bitte {N1@object} morgen früh an den Shuttle um 7:40 erinnern.",
    "Anwesend bei der Teambesprechung: {N5@list}, {N6@list}, {G2@list} und ich.",
)
DE_WORKSHOP_NOTES = (
    "{H1} wartet in der Kundenlounge, bitte bis 12 Uhr fertig.",
    "Fahrzeug gebracht von {N2@agent}, abholen wird es {H1}.",
    "Kostenvoranschlag {inv} über {amt} per Mail an {email1}, Freigabe steht aus.",
    "{Q1} Winterreifen eingelagert, Regal {sku}.",
    "Rückruf erbeten: {N1@beside_value} {phone}",
    "Ersatzteil {sku} bei {co} bestellt, Lieferung {date}, Sendung {track}.",
    "Kunde ({N1@parenthesis}) meldet Klappern hinten links über 80 km/h.",
    "Laut {G5@agent} ist der Zahnriemen fällig; {H1} entscheidet morgen.",
    "Probefahrt mit {I1@initial} am {date} – Geräusch weg.",
    "Leihwagen an {N1@object} übergeben, Kaution {amt}.",
    "„Das Licht war schon vorher kaputt“, meint {H1}.",
    "Rechnung {inv} bar bezahlt, Quittung mitgegeben – {G6@signoff}",
)
DE_WORKSHOP_TASKS = (
    "Ölwechsel 5W-30 inkl. Filter {sku}",
    "Bremsbeläge vorne erneuert ({amt})",
    "HU/AU-Termin am {date}",
    "Klimaanlage desinfiziert",
    "Fehlerspeicher ausgelesen, Softwarestand {ver}",
    "Reifenwechsel auf Sommerräder",
)
DE_CLUB_LINES = (
    "training heute fällt aus, halle gesperrt!! {M2@mention} sagst du der a-jugend bescheid?",
    "wer fährt samstag? hab 3 plätze, {G2@list} und {K3@list} sind schon drin",
    "danke {G2@line_end}",
    "moin {G2@greeting}, hast du die trikots bei {co} abgeholt?",
    "{K2@nickname} hat sein handy in der kabine liegen lassen 🙈",
    "saisonbeitrag {amt} bitte bis {date} überweisen, betreff mitgliedsnr {rid}",
    "gute besserung {G2@line_end}!!",
    "{Q2} mama hat kuchen für den heimspieltag gebacken 🍰",
    "für sonntag haben wir {N2@object} als schiri eingetragen",
    "hab {G2@object} gefragt, kommt erst zur zweiten halbzeit",
    "neue bälle ({prod}) sind da, die rechnung {inv} liegt bei {G2@line_end}",
    "glückwunsch an {N2@object} zum 50. tor 🎉",
    "ok {G2@vocative} 👍",
    "bin heute raus, rücken. sorry {K2@line_end}",
    "{M2@mention} {M3@mention} aufstellung kommt heute abend",
    "„halle ist wieder offen“ schreibt {G2@after_speech_verb} gerade",
)


def _frame_de_workshop(rng: random.Random, intro: str | None = None) -> Any:
    return {
        "auftrag": "{order}",
        "annahme": "{ts}",
        "kunde": {"name": "{N1@name_field}", "telefon": "{phone}"},
        "fahrzeug": "{prod}",
        "arbeiten": rng.sample(DE_WORKSHOP_TASKS, rng.randint(1, 3)),
        "mechaniker": "{F5@name_field}",
        "bemerkungen": rng.sample(DE_WORKSHOP_NOTES, rng.randint(1, 2)),
        "status": "{status}",
    }


# =====================================================================================================
# Content: French
# =====================================================================================================

FR_PHARMACY_LINES = (
    "{ts} – Ordonnance renouvelée pour {N1@object} : {prod}, trois boîtes, reste à charge {amt}.",
    "{H1} passera récupérer la commande {order} demain vers 10 h ({prod}).",
    "Tiers payant refusé pour {R1@reversed} (né·e le {dob}), carte Vitale à mettre à jour.",
    "« Je reviens avec l'ordonnance », a dit {H1} ; produit mis de côté : {prod}.",
    "Piluliers pour {co} : {N1@list}, {N2@list} et {N3@list}, livraison le {date}.",
    "Rupture {prod} – prévenir {N1@after_dash} au {phone} dès réception.",
    "Livraison à domicile : {N1@sentence_start}, {street}, {pc} {city}, code d'entrée au dos du bon.",
    "Facture {inv} ({amt}) envoyée à la mutuelle de {N1@possessive}.",
    "{N1@sentence_start} demande si le {prod} est compatible avec son traitement ; vu avec {H5}.",
    "Le tensiomètre de {Q1} repart au SAV sous garantie, n° de série {sku}.",
    "Appel de {H1} ({phone}) : effet indésirable signalé, transmis à {N5@object}.",
    "Commande groupée {order} pour {co}, réglée par virement ({iban}) par {N1@beside_value}.",
    "VACCINATION GRIPPE : {N1@list}, {N2@list} — rendez-vous le {date}.",
    "Avance de {amt} consentie à {I1@initial}, à régulariser avant le {date}.",
    "Message laissé par {G5@agent} : {H1} a oublié sa carte bancaire au comptoir.",
    "Numéro de sécurité sociale de {Q1} corrigé : {nid}.",
)
FR_CLAIM_NOTES = (
    "Appel de {H1} : fuite chez le voisin du dessus ({N2@parenthesis}), plafond de la cuisine touché.",
    "Expert mandaté : {co}, visite prévue le {date}.",
    "{N1@sentence_start} transmet les photos et la facture {inv} du plombier ({amt}).",
    "Constat amiable signé par {N1@list} et {N2@list} ; l'autre véhicule est assuré chez {co}.",
    "« Je n'étais pas au volant », affirme {H1} ; conducteur déclaré : {N2@object}.",
    "Franchise de {amt} déduite, virement sur le compte {iban} au nom de {N1@beside_value}.",
    "Relance envoyée à {email1} – pièces manquantes.",
    "Dossier transmis à {G6@object} pour validation (montant supérieur à {amt}).",
    "Le garage confirme la réparation : {prod}, devis {order}.",
    "Le témoin de {Q1}, {N3@apposition}, est joignable au {phone}.",
    "RDV d'expertise déplacé au {date} à la demande de {H1}.",
    "Sinistre survenu au {street}, {pc} {city}.",
)


def _frame_fr_claims(rng: random.Random, intro: str | None = None) -> Any:
    notes = rng.sample(FR_CLAIM_NOTES, rng.randint(1, 3))
    return {
        "dossier": "{case}",
        "ouvert_le": "{date}",
        "assure": "{R1@name_field}",
        "type": rng.choice(["dégât des eaux", "bris de glace", "accident auto", "vol de vélo"]),
        "notes": [
            {"auteur": f"{{F{5 + i % 2}@sender_field}}", "quand": f"{{ts{i + 1}}}", "texte": n}
            for i, n in enumerate(notes)
        ],
        "montant_estime": "{amt}",
        "statut": "{status}",
    }


FR_VOLUNTEER_LINES = (
    "coucou {G2@greeting} ! tu peux prendre le créneau de samedi 9h-12h ?",
    "{M2@mention} la clé de l'entrepôt est chez {N3@object}",
    "merci {G2@line_end} 🙏",
    "présents mardi : {G2@list}, {K3@list} et moi",
    "{K2@nickname} est malade, quelqu'un pour le tri de demain ?",
    "la livraison de {co} arrive le {date}, bon de livraison {order}",
    "bonne nuit {G2@line_end}",
    "la voiture de {Q2} est dispo pour la tournée de jeudi",
    "salut {N2@greeting}, bienvenue dans l'équipe !",
    "c'est {G2@object} qui a les formulaires d'adhésion",
    "{M2@mention} {M3@mention} réunion bilan le {date} à 18h",
    "j'ai croisé {G2@object} ce matin, tout va bien",
    "cotisation {amt} à régler avant le {date} svp",
    "ok pour moi {K2@line_end}",
    "« on manque de sacs », dit {G2@after_speech_verb}, quelqu'un passe chez {co} ?",
)


def _frame_fr_volunteers(rng: random.Random, intro: str | None = None) -> Any:
    group = rng.choice(["planning bénévoles", "tournée du jeudi", "tri alimentaire"])
    if intro:
        return {"groupe": group, "de": "{C1@sender_field}", "texte": intro, "reponses": []}
    thread = chat_thread(rng, FR_VOLUNTEER_LINES, rng.choice([1, 2, 2, 3]))
    (first, body), rest = thread[0], thread[1:]
    return {
        "groupe": group,
        "de": f"{{C{first}@sender_field}}",
        "texte": body,
        "reponses": [{"de": f"{{C{who}@sender_field}}", "texte": text} for who, text in rest],
    }


# =====================================================================================================
# Content: Spanish
# =====================================================================================================

ES_LIBRARY_LINES = (
    "{ts} Préstamo: «{prod}» a {N1@object}, carné {rid}, devolución el {date}.",
    "{H1} renueva por teléfono «{prod}» hasta el {date}.",
    "{N1@sentence_start} devuelve «{prod}» con la cubierta rota; sanción de {amt}.",
    "Reserva de {Q1}: «{prod}», aviso enviado a {email1}.",
    "Alta de socio: {R1@reversed}, fecha de nacimiento {dob}, {street}, {pc} {city}, tel. {phone}.",
    "Club de lectura del {date}: asistieron {N1@list}, {N2@list}, {N3@list} y {N4@list}.",
    "—No me llegó ningún aviso —dijo {H1}; se anula la sanción.",
    "Préstamo interbibliotecario {order} pedido por {I1@initial}; llega por mensajería, envío {track}.",
    "Sala de estudio reservada para {N1@beside_value} ({date}, de 16 a 18 h).",
    "Objeto olvidado en la sala infantil: la mochila de {Q1}; avisado el padre — {N2@after_dash}.",
    "Donación de {N1@agent}: catorce libros, recibo {inv}.",
    "URGENTE – {H1} ({phone}): el libro reservado ya está disponible.",
    "{H5} autoriza ampliar el préstamo de {G1@object} a seis ejemplares.",
    "Pago de la sanción ({amt}) por transferencia desde {iban}, titular {N1@apposition}.",
    "Taller infantil: inscritos {G1@list}, {G2@list} y {G3@list}; responsable {N5@apposition}.",
)
ES_BAKERY_NOTES = (
    "Tarta de cumpleaños para {G2@object}; escribir «Felicidades, {G2@vocative}» en chocolate.",
    "Recogerá {N2@after_verb} a partir de las 17 h.",
    "Sin gluten: lo pidió {H1} por teléfono.",
    "Cliente habitual ({N1@parenthesis}); pagado con Bizum, {amt}.",
    "Factura {inv} a nombre de {co}; la recoge {H1}.",
    "Entrega a domicilio en {street}, {pc} {city}; preguntar por {G2@object}.",
    "Confirmado por WhatsApp con {N1@agent} el {date}.",
    "{N1@sentence_start} quiere cambiar el relleno a trufa; avisar a {G5@object} en el obrador.",
    "Catering para la oficina de {co}: cuarenta personas, contacto {N2@apposition}, {email2}.",
    "Señal de {amt} pagada — {F5@signoff}",
    "«Que no lleve nueces», insistió {G1@after_speech_verb}.",
)
ES_MOVING_LINES = (
    "buenos días equipo, hoy toca la mudanza de {Q2}, furgoneta grande",
    "{M2@mention} llevas tú las mantas?",
    "gracias {G2@line_end}",
    "vamos {G2@list}, {K3@list} y yo en el camión 2",
    "el cliente ({G2@parenthesis}) dice que el sofá no cabe por la puerta 😂",
    "hola {G2@greeting}, a qué hora sales?",
    "presupuesto {inv} aceptado, {amt}, fecha {date}",
    "{K2@nickname} se ha dejado el móvil en la furgo",
    "ojo con el piano de {Q2}, pesa un montón",
    "vale {K2@vocative} 👍",
    "{M2@mention} {M3@mention} mañana a las 7 en la nave",
    "dice {G2@after_speech_verb} que faltan veinte cajas",
    "las cajas nuevas vienen con seguimiento {track}",
    "hasta mañana {G2@line_end}",
    "he hablado con {N2@object}, firma el albarán mañana",
)


def _frame_es_bakery(rng: random.Random, intro: str | None = None) -> Any:
    lines = [{"producto": "{prod}", "importe": "{amt}"}]
    if rng.random() < 0.5:
        lines.append({"producto": "{prod2}", "importe": "{amt2}"})
    return {
        "pedido": "{order}",
        "fecha_pedido": "{ts}",
        "cliente": "{N1@name_field}",
        "telefono": "{phone}",
        "lineas": lines,
        "recogida": "{date}",
        "notas": rng.sample(ES_BAKERY_NOTES, rng.randint(1, 2)),
        "estado": "{status}",
    }


# =====================================================================================================
# Content: Italian
# =====================================================================================================

IT_DENTAL_LINES = (
    "{ts} {R1@reversed} – controllo semestrale spostato al {date}, avviso via SMS al {phone}.",
    "{H1} chiede il preventivo per l'impianto: {inv}, totale {amt}.",
    "Prima visita: {N1@sentence_start}, data di nascita {dob}, C.F. {nid}, {street}, {pc} {city}.",
    "«Ho un dolore fortissimo», ha detto {H1} al telefono; fissata un'urgenza alle 16.",
    "Igiene per {N1@list}, {N2@list} e {N3@list} (stessa famiglia) il {date}.",
    "Pagamento di {amt} con POS da {N1@beside_value}, fattura {inv}.",
    "{N5@sentence_start} chiede di richiamare {H1} per le radiografie.",
    "Il bite di {Q1} è pronto presso {co}, ritiro il {date}.",
    "Disdetta di {I1@initial} per il {date} — lo spazio va a {N2@after_dash}.",
    "Finanziamento con {co} per {N1@object}: dodici rate da {amt}, pratica {case}.",
    "RICHIAMARE ENTRO LE 12 – {N1@after_dash}",
    "Bonifico ricevuto da {N1@beside_value} ({iban}) per la fattura {inv}.",
    "Mail inviata a {email1} con le istruzioni dopo l'estrazione.",
    "Accompagnatore di {Q1}: {N2@apposition}, delega firmata.",
    "{H1} ha acquistato in studio {prod}, {amt}.",
)
IT_EVENT_NOTES = (
    "Badge ristampato, cognome scritto male ({S1@parenthesis}).",
    "Con ospite: {N2@apposition}, pass {order}.",
    "{H1} ha chiesto la fattura elettronica, numero {inv}.",
    "Pranzo vegano per {G1@object} e {G2@object}.",
    "Ritiro kit relatori per {N1@beside_value} alle 9:30.",
    "Relatori della sessione B: {N2@list}, {N3@list} e {N4@list}.",
    "Segnalato da {N5@agent}: cambio sala per il workshop di {Q2}.",
    "«Sono iscritto da marzo», ha spiegato {G1@after_speech_verb}; trovato il pagamento di {amt}.",
    "Voucher {order} non valido, sostituito da {G5@agent}.",
    "TEL {phone} — {N1@after_dash} arriva in ritardo, tenere il badge.",
)
IT_CHOIR_LINES = (
    "ciao {G2@greeting}! stasera prove alle 21 in parrocchia",
    "{M2@mention} hai tu gli spartiti del requiem?",
    "grazie {G2@line_end} ❤️",
    "contralti presenti: {G2@list}, {K3@list} e {G4@list}",
    "{K2@nickname} è senza voce, niente solo sabato",
    "quota annuale {amt}, entro il {date}",
    "la cartellina di {Q2} è rimasta sul pianoforte",
    "buonanotte {G2@line_end}",
    "ha detto {G2@after_speech_verb} che il concerto è confermato",
    "{M2@mention} {M3@mention} prova di sezione giovedì",
    "benvenuto tra i tenori, {N2@line_end}!",
    "ok {K2@vocative}",
    "biglietti del concerto su {co}, codice ordine {order}",
    "ho sentito {G2@object} ieri, sta meglio",
)


def _frame_it_event(rng: random.Random, intro: str | None = None) -> Any:
    return {
        "badge": "{rid}",
        "registrato": "{ts}",
        "partecipante": {"nome": "{N1@name_field}", "azienda": "{co}", "email": "{email1}"},
        "biglietto": "{prod}",
        "importo": "{amt}",
        "note_desk": rng.sample(IT_EVENT_NOTES, rng.randint(1, 2)),
        "stato": "{status}",
    }


def _frame_it_choir(rng: random.Random, intro: str | None = None) -> Any:
    if intro:
        return {"gruppo": "coro", "messaggi": [{"mittente": "{C1@sender_field}", "testo": intro}]}
    thread = chat_thread(rng, IT_CHOIR_LINES, rng.choice([1, 2, 2, 3]))
    return {
        "gruppo": rng.choice(["coro", "coro - soprani", "coro - direttivo"]),
        "messaggi": [{"mittente": f"{{C{who}@sender_field}}", "testo": body} for who, body in thread],
    }


# =====================================================================================================
# Content: Dutch
# =====================================================================================================

NL_TUTOR_NOTES = (
    "Intake met {H2}; {G1@sentence_start} heeft moeite met breuken.",
    "{Q1} rapport doorgenomen, wiskunde omhoog naar een 6,8.",
    "Les verplaatst naar {date} op verzoek van {N2@agent}.",
    "Docent {N5@apposition} wordt vervangen door {N6@object} wegens ziekte.",
    "Proefles gratis; daarna pakket {prod} ({amt}).",
    "'We willen eigenlijk meer Engels', zei {H2}.",
    "Aanwezig bij het oudergesprek: {N2@list}, {N5@list} en {G1@list}.",
    "Betaling via incasso van {iban} ({I2@initial}).",
    "Examengroep: {G1@list}, {G3@list}, {G4@list} — lokaal 2.",
    "Herinnering voor factuur {inv} gestuurd naar {email2}.",
    "Let op: {G1@sentence_start} is dyslectisch, verklaring zit in het dossier.",
)
NL_BIKE_LINES = (
    "{ts} Binnen: {prod} van {N1@possessive}, achterband lek, klaar op {date}.",
    "{H1} belt: ketting springt eraf, morgen langsbrengen.",
    "Werkbon {order} – {N1@after_dash} – remkabels vervangen, {amt}.",
    "{Q1} bakfiets: accu ({sku}) gaat terug naar {co}.",
    "Opgehaald door {N2@agent} namens {H1}, gepind {amt}.",
    "Leasefiets {prod} voor {N1@beside_value}, contract {case}.",
    "'Hij remt nog steeds slecht', zegt {H1}; gratis nagekeken.",
    "Proefrit met {I1@initial}, versnellingen afgesteld.",
    "Bezorgen bij {N1@object}: {street}, {pc} {city}.",
    "Onderdelen besteld voor {N1@list}, {N2@list} en {N3@list}; zending {track}.",
    "GESTOLEN GEMELD: framenummer {sku}, eigenaar {N1@apposition}, {phone}.",
    "Garantieclaim {case} voor {R1@reversed} ingediend bij {co}.",
    "Afspraak {date} 9:00 voor {N1@beside_value} – {G5@signoff}",
    "{N1@sentence_start} wil een offerte voor een nieuwe {prod}, mailen naar {email1}.",
)
NL_ALLOTMENT_LINES = (
    "goeiemorgen {G2@greeting}, de kraan bij tuin 14 lekt weer",
    "{M2@mention} heb jij de sleutel van het gereedschapshok?",
    "dank je {G2@line_end}!",
    "werkochtend zaterdag: {G2@list}, {K3@list} en {G4@list} doen mee",
    "{K2@nickname} heeft courgettes over, wie wil?",
    "contributie {amt} voor {date} overmaken aub, met je tuinnummer erbij",
    "{Q2} kas is kapot door de storm 😢",
    "fijne avond {G2@line_end}",
    "volgens {G2@agent} komt de container pas dinsdag",
    "{M2@mention} {M3@mention} vergadering verplaatst naar {date}",
    "welkom {N2@greeting}! jij hebt tuin 31 toch?",
    "zaadbestelling bij {co} loopt, bestelnummer {order}",
    "top {K2@vocative}",
    "'mest komt morgen', zei {G2@after_speech_verb}",
    "ik heb {G2@object} de sleutel gegeven",
)


def _frame_nl_tutor(rng: random.Random, intro: str | None = None) -> Any:
    notes = rng.sample(NL_TUTOR_NOTES, rng.randint(1, 3))
    return {
        "dossier": "{rid}",
        "leerling": "{N1@name_field}",
        "ouder": {"naam": "{N2@name_field}", "telefoon": "{phone}", "mail": "{email2}"},
        "vak": "{prod}",
        "docent": "{N5@name_field}",
        "logboek": [{"datum": f"{{date{i + 1}}}", "notitie": n} for i, n in enumerate(notes)],
        "factuur": "{inv}",
        "bedrag": "{amt}",
        "status": "{status}",
    }


# =====================================================================================================
# Content: Polish
# =====================================================================================================

PL_COACH_LINES = (
    "{date} trening U12: obecni {N1@list}, {N2@list}, {N3@list} i {N4@list}.",
    "{N1@sentence_start} – skręcona kostka, przerwa do {date}, rodzice powiadomieni ({phone}).",
    "{H1} prosi o zmianę grupy dla {G2@object}.",
    "Składka {amt} od {N1@beside_value} wpłynęła, przelew z konta {iban}.",
    "Bardzo dobry mecz {Q1}, dwie asysty.",
    "Zgłoszenie do kadry: {R1@reversed}, ur. {dob}, PESEL {nid}.",
    "„Nie dam rady w sobotę” – mówi {G1@after_speech_verb}; zastępstwo: {N2@object}.",
    "Sprzęt: {prod} wydany – {I1@after_dash}, kaucja {amt}.",
    "Faktura {inv} za obóz letni wystawiona na {N1@object}.",
    "TRENING INDYWIDUALNY – {N1@after_dash}, środa 17:00.",
    "Rodzic {N1@apposition} pyta o zwolnienie lekarskie; mail {email1}.",
    "Asystent {G5@apposition} prowadzi rozgrzewkę, ja ćwiczę z grupą {G1@object}.",
    "Transport na turniej zapewnia {H1}: zabiera {G2@list} i {G3@list}.",
    "Adres do wysyłki medalu: {N1@sentence_start}, {street}, {pc} {city}.",
)
PL_SERVICE_NOTES = (
    "Klient {N1@apposition} zgłasza, że bateria trzyma 20 minut.",
    "{H1} zgadza się na wymianę matrycy; zamówiona w {co}, przesyłka {track}.",
    "Dane z dysku {Q1} skopiowane na pendrive.",
    "Wycena {inv}: {amt}, czeka na akceptację klienta ({N1@parenthesis}).",
    "{N1@sentence_start} odbierze sprzęt {date}.",
    "Sprzęt odbiera {N2@after_verb} z upoważnienia.",
    "Aktualizacja BIOS do {ver}, test OK — {F5@signoff}",
    "Gwarancja producenta: zgłoszenie {order} w {co}.",
    "„Laptop spadł ze stołu” – tłumaczy {G1@after_speech_verb}.",
    "Przekazano do {G6@object} (mikrolutowanie).",
)
PL_DORM_LINES = (
    "hej {G2@greeting}, masz ładowarkę do lapka?",
    "{M2@mention} oddaj mi patelnię plz 😅",
    "dzięki {G2@line_end}",
    "na imprezę w sobotę idą {G2@list}, {K3@list} i {G4@list}",
    "{K2@nickname} znowu zostawia naczynia w zlewie",
    "czynsz {amt} do {date}, numer konta w przypiętej",
    "laptop {Q2} jest w serwisie, więc pisze z telefonu",
    "dobranoc {G2@line_end}",
    "mówi {G2@after_speech_verb}, że pralka znowu nie działa",
    "{M2@mention} {M3@mention} sprzątanie kuchni w niedzielę",
    "witamy {N2@object} na piętrze!!",
    "paczka z {co} przyszła, nr przesyłki {track}",
    "spoko {K2@vocative}",
    "widziałem {G2@object} na stołówce, zaraz będzie",
)


def _frame_pl_service(rng: random.Random, intro: str | None = None) -> Any:
    notes = rng.sample(PL_SERVICE_NOTES, rng.randint(1, 3))
    return {
        "zgloszenie": "{case}",
        "przyjeto": "{ts}",
        "klient": "{N1@name_field}",
        "kontakt": {"tel": "{phone}", "email": "{email1}"},
        "sprzet": "{prod}",
        "nr_seryjny": "{sku}",
        "historia": [{"kto": f"{{G{5 + i % 2}@sender_field}}", "wpis": n} for i, n in enumerate(notes)],
        "koszt": "{amt}",
        "status": "{status}",
    }


def _frame_pl_dorm(rng: random.Random, intro: str | None = None) -> Any:
    room = rng.choice(["pokój 3.14", "piętro 3", "kuchnia B"])
    if intro:
        return {"czat": room, "wiadomosci": [{"od": "{C1@sender_field}", "tresc": intro}]}
    thread = chat_thread(rng, PL_DORM_LINES, rng.choice([1, 2, 2, 3]))
    return {
        "czat": room,
        "wiadomosci": [{"od": f"{{C{who}@sender_field}}", "tresc": body} for who, body in thread],
    }


# =====================================================================================================
# Content: Portuguese
# =====================================================================================================

PT_LAUNDRY_LINES = (
    "{ts} Entregue por {N1@agent}: duas camisas e um fato, talão {order}, pronto a {date}.",
    "{H1} reclama de uma nódoa no vestido; refazemos sem custo.",
    "{prod} de {Q1} — {amt}, pago.",
    "Levantado por {N2@agent} em nome de {H1}.",
    "“Isto não é meu”, disse {H1}; troca de sacos com o talão {order}.",
    "Cliente nova: {R1@reversed}, {phone}, {email1}, NIF {nid}.",
    "Recolha ao domicílio: {N1@sentence_start}, {street}, {pc} {city}, terça de manhã.",
    "Fatura {inv} para {co}, aos cuidados de {N1@beside_value}.",
    "{N1@sentence_start} pagou {amt} por MB Way; falta o cartão de cliente {rid}.",
    "URGENTE: fato de {N1@possessive} para sábado (casamento).",
    "Botão partido no casaco de {I1@initial} — avisar antes de cobrar.",
    "Entregas de hoje: {N1@list}, {N2@list}, {N3@list} e {N4@list}.",
    "Tapete ({H1}) enviado para limpeza especial, regressa a {date}.",
    "Transferência de {iban} recebida ({amt}), cliente {N1@apposition}.",
)
PT_TRAVEL_NOTES = (
    "Cliente {N1@apposition} pede quarto com vista mar; confirmado pelo {co}.",
    "Passaporte de {Q2} caduca em {date2} — avisar!",
    "{H1} pagou o sinal de {amt} por transferência ({iban}).",
    "Seguro de viagem {case} emitido para {N1@list} e {N2@list}.",
    "“Queremos sair mais cedo”, escreveu {G1@after_speech_verb}; voo alterado, localizador {rid}.",
    "Data de nascimento de {Q3} para o bilhete: {dob}.",
    "Transfer do aeroporto para {N1@beside_value}, chegada {ts2}.",
    "Reembolso de {amt2} a {I1@initial} processado.",
    "Contacto de emergência: {N3@apposition}, {phone}.",
    "Fatura {inv} enviada para {email1}.",
)
PT_CARPOOL_LINES = (
    "bom dia {G2@greeting}! hoje levo eu os miúdos ao treino",
    "{M2@mention} consegues ir buscar às 18h30?",
    "obrigada {G2@line_end}",
    "no carro de hoje: {G2@list}, {K3@list} e o meu",
    "{K2@nickname} ficou doente, não vai ao jogo",
    "quota do torneio {amt} até {date}, por mb way",
    "a mochila de {Q2} ficou no meu carro",
    "boa noite {G2@line_end}",
    "disse {G2@after_speech_verb} que o jogo passou para as 10h",
    "{M2@mention} {M3@mention} reunião de pais dia {date}",
    "olá {N2@greeting}, já estás no grupo 🙂",
    "quem fica com {G2@object} na sexta?",
    "ok {K2@vocative} 👍",
    "falei com {N2@object}, leva ela as laranjas",
)


def _frame_pt_travel(rng: random.Random, intro: str | None = None) -> Any:
    passengers = ["{N1@list}", "{N2@list}"] + (["{N3@list}"] if rng.random() < 0.4 else [])
    return {
        "reserva": "{order}",
        "data_reserva": "{ts}",
        "titular": "{N1@name_field}",
        "passageiros": passengers,
        "pacote": "{prod}",
        "valor": "{amt}",
        "partida": "{date}",
        "notas": rng.sample(PT_TRAVEL_NOTES, rng.randint(1, 2)),
        "estado": "{status}",
    }


# =====================================================================================================
# The text files
# =====================================================================================================

GENRES: list[Genre] = [
    Genre(
        "en_school_office",
        "en",
        "txt",
        "primary school office: phone messages, absences, payments, registrations",
        (
            "PE kit",
            "book bag",
            "Matilda Lunchbox",
            "Windsor Blazer",
            "reading folder",
            "logo water bottle",
            "Florence Cardigan",
            "descant recorder",
        ),
        ("paid", "outstanding", "refunded", "part paid"),
        {"order": "UNI", "inv": "INV"},
        lines=EN_SCHOOL_LINES,
    ),
    Genre(
        "en_it_helpdesk",
        "en",
        "jsonl",
        "IT helpdesk tickets with shift handover notes (nested list of updates)",
        (
            "Sage 200",
            "AutoCAD LT 2024",
            "Xero",
            "Oscar Timesheets",
            "Windsor Payroll",
            "Adobe Acrobat Pro",
            "Zoom Rooms",
        ),
        ("open", "waiting on user", "escalated", "resolved"),
        {"case": "HD", "order": "PO"},
        frame=_frame_en_helpdesk,
        companies=("Kestrel Cloud Services", "Northgate Managed IT Ltd", "Brightwire Telecom"),
    ),
    Genre(
        "en_coworking_chat",
        "en",
        "jsonl",
        "coworking space community chat, lower case (channels with message lists, sender/body)",
        (
            "standing desk",
            "phone booth",
            "big meeting room",
            "Aspen Lounge",
            "label printer",
            "Oscar Projector",
        ),
        ("booked", "free"),
        {"inv": "CW"},
        lines=EN_COWORKING_LINES,
        frame=_frame_en_coworking,
        chat=True,
    ),
    Genre(
        "de_hotel_rezeption",
        "de",
        "txt",
        "hotel front desk shift log",
        (
            "Wellness-Wochenende Alpenglühen",
            "Romantik-Paket Greta",
            "Tagungspauschale Klassik",
            "Arrangement Sorrento",
            "Frühstück Plus",
            "Wanderwoche Aspen",
        ),
        ("bezahlt", "offen", "storniert", "garantiert"),
        {"order": "BU", "inv": "RE"},
        lines=DE_HOTEL_LINES,
    ),
    Genre(
        "de_kfz_werkstatt",
        "de",
        "jsonl",
        "car workshop job cards (customer object, lists of tasks and remarks)",
        (
            "VW Caddy 2.0 TDI",
            "Škoda Octavia Combi",
            "Opel Corsa F",
            "Ford Transit Custom",
            "BMW 318d Touring",
            "Dacia Duster",
            "Seat Leon ST",
        ),
        ("in Arbeit", "wartet auf Teile", "fertig", "abgeholt"),
        {"order": "WA", "inv": "RE", "track": "DE"},
        frame=_frame_de_workshop,
        companies=("Autoteile Nordring KG", "Ersatzteilwelt24 GmbH", "Hansa Glas AG"),
    ),
    Genre(
        "de_sportverein_chat",
        "de",
        "txt",
        "handball club team group chat, lower case",
        ("Select Ultimate Replica", "Molten H3X5001", "Kempa Spectrum Synergy Plus"),
        ("bezahlt", "offen"),
        {"inv": "RE", "rid": "M-"},
        lines=DE_CLUB_LINES,
        chat=True,
        companies=("Sport Brückner", "Teamsport Westend", "Ballschmiede KG"),
    ),
    Genre(
        "fr_pharmacie_comptoir",
        "fr",
        "txt",
        "pharmacy counter log",
        (
            "Doliprane 1000 mg",
            "Ventolin 100 µg",
            "Spasfon Lyoc 80 mg",
            "Crème Clara Hydratante",
            "Baume Provence",
            "Smecta 3 g",
        ),
        ("réglé", "en attente", "livré"),
        {"order": "CMD", "inv": "FA"},
        lines=FR_PHARMACY_LINES,
        companies=("l'EHPAD Les Glycines", "la résidence Bel-Air", "le foyer Saint-Roch"),
    ),
    Genre(
        "fr_sinistres_assurance",
        "fr",
        "jsonl",
        "insurance claim files with dated notes (nested author/text objects)",
        (
            "Peugeot 208",
            "Renault Clio V",
            "lave-linge Bosch Serie 6",
            "canapé Lisbon 3 places",
            "vélo électrique Moustache Samedi 27",
        ),
        ("ouvert", "en expertise", "indemnisé", "clos"),
        {"case": "SIN", "order": "DEV", "inv": "F"},
        frame=_frame_fr_claims,
        companies=(
            "Cabinet Expertise Roussel & Associés",
            "Assurances Mutuelles du Littoral",
            "Garage du Pont-Neuf",
        ),
    ),
    Genre(
        "fr_benevoles_chat",
        "fr",
        "jsonl",
        "food-bank volunteer rota chat, lower case (sender/body with replies)",
        ("caisses de légumes", "chambre froide"),
        ("ok",),
        {"order": "BL"},
        lines=FR_VOLUNTEER_LINES,
        frame=_frame_fr_volunteers,
        chat=True,
        companies=("Boulangerie des Tanneurs", "Transports Lemarchand SARL", "Pharma Distribution Ouest"),
    ),
    Genre(
        "es_biblioteca_prestamos",
        "es",
        "txt",
        "public library loans desk",
        (
            "La casa de los relojes",
            "El invierno en Maravedí",
            "Manual de huerto urbano",
            "Cocina de Toledo",
            "Atlas de aves ibéricas",
            "Lola y el faro",
            "Cartas desde Capri",
        ),
        ("prestado", "devuelto", "reservado", "con retraso"),
        {"order": "PI", "inv": "DON", "rid": "C-", "track": "ES"},
        lines=ES_LIBRARY_LINES,
    ),
    Genre(
        "es_pasteleria_pedidos",
        "es",
        "jsonl",
        "bakery and catering orders (order lines list, notes list)",
        (
            "Tarta de Santiago",
            "Roscón de Reyes",
            "Tarta Sacher",
            "Bandeja de miniaturas",
            "Tarta Rosa de frambuesa",
            "Empanada gallega grande",
            "Croissants de mantequilla (docena)",
        ),
        ("pendiente", "en preparación", "listo", "entregado"),
        {"order": "PED", "inv": "FAC"},
        frame=_frame_es_bakery,
        companies=("Construcciones Iberfrío S.L.", "Papelería Los Arcos", "Mensajería Rápida Ebro S.L."),
    ),
    Genre(
        "es_mudanza_chat",
        "es",
        "txt",
        "removal company crew chat, lower case",
        ("cajas", "mantas"),
        ("ok",),
        {"inv": "PRE", "track": "ES"},
        lines=ES_MOVING_LINES,
        chat=True,
    ),
    Genre(
        "it_studio_dentistico",
        "it",
        "txt",
        "dental practice reception log",
        (
            "spazzolino sonico Pro 3",
            "kit igiene Portofino",
            "scovolini interdentali",
            "collutorio Greta Menta",
        ),
        ("pagato", "da saldare", "in attesa"),
        {"inv": "FT", "case": "FIN"},
        lines=IT_DENTAL_LINES,
        companies=(
            "Laboratorio Odontotecnico Adriatico",
            "FinDent Credito S.p.A.",
            "Dental Service Nord Srl",
        ),
    ),
    Genre(
        "it_registrazioni_evento",
        "it",
        "jsonl",
        "conference registration desk (participant object, desk notes list)",
        (
            "Pass completo 2 giorni",
            "Ingresso giornaliero",
            "Workshop Venezia Design",
            "Cena di gala",
            "Pass Studenti",
        ),
        ("confermato", "check-in fatto", "annullato", "lista d'attesa"),
        {"order": "VC", "inv": "FE", "rid": "BDG-"},
        frame=_frame_it_event,
    ),
    Genre(
        "it_coro_chat",
        "it",
        "jsonl",
        "choir group chat, lower case (message lists with mittente/testo)",
        ("spartiti",),
        ("ok",),
        {"order": "TK"},
        lines=IT_CHOIR_LINES,
        frame=_frame_it_choir,
        chat=True,
        companies=("Biglietteria Lirica Srl", "TicketVeneto"),
    ),
    Genre(
        "nl_bijlesbureau",
        "nl",
        "jsonl",
        "tutoring agency files (pupil, parent object, dated log list)",
        (
            "Bijles wiskunde B",
            "Examentraining Engels",
            "Huiswerkbegeleiding 10 uur",
            "Rekenpakket Bergen",
            "Strippenkaart Sophie 5x",
        ),
        ("actief", "gepauzeerd", "afgerond"),
        {"inv": "F", "rid": "LL-"},
        frame=_frame_nl_tutor,
    ),
    Genre(
        "nl_fietsenmaker",
        "nl",
        "txt",
        "bicycle repair shop job log",
        (
            "Gazelle Orange C7",
            "Cortina E-U4",
            "Babboe City",
            "Batavus Finez",
            "stadsfiets Emma",
            "Sparta Oslo",
        ),
        ("binnen", "in reparatie", "klaar", "opgehaald"),
        {"order": "WB", "case": "GC", "track": "NL"},
        lines=NL_BIKE_LINES,
        companies=("Fietsgroothandel Van der Zee B.V.", "Lease-a-Bike Nederland", "Accu Service Oost"),
    ),
    Genre(
        "nl_volkstuin_chat",
        "nl",
        "txt",
        "allotment association chat, lower case",
        ("zaden",),
        ("ok",),
        {"order": "ZB"},
        lines=NL_ALLOTMENT_LINES,
        chat=True,
        companies=("Zaadhandel De Kiem", "Tuincentrum Groenrijk Oost"),
    ),
    Genre(
        "pl_trener_notatki",
        "pl",
        "txt",
        "youth football coaching notes",
        (
            "strój meczowy Entrada 22",
            "piłka Select Brillant",
            "torba Bergen",
            "bidon klubowy",
            "dres treningowy Victoria",
        ),
        ("opłacone", "nieopłacone", "zwrócone"),
        {"inv": "FV"},
        lines=PL_COACH_LINES,
    ),
    Genre(
        "pl_serwis_laptopow",
        "pl",
        "jsonl",
        "laptop repair desk (contact object, history list with kto/wpis)",
        (
            "Lenovo ThinkPad E14 Gen 5",
            "HP ProBook 450 G9",
            "Asus VivoBook 15",
            "MacBook Air M2",
            "Dell Inspiron 3520",
            "Acer Aspire 5",
        ),
        ("przyjęte", "w naprawie", "czeka na części", "do odbioru", "wydane"),
        {"case": "SRV", "order": "RMA", "inv": "WYC", "track": "PL"},
        frame=_frame_pl_service,
        companies=("Części Laptopowe Mega", "Serwis Komputerowy Bajt sp. z o.o.", "Lenovo Polska"),
    ),
    Genre(
        "pl_akademik_chat",
        "pl",
        "jsonl",
        "student house group chat, lower case (od/tresc message lists)",
        ("patelnia",),
        ("ok",),
        {"track": "PL"},
        lines=PL_DORM_LINES,
        frame=_frame_pl_dorm,
        chat=True,
        companies=("Kurier Ekspres24", "Hurtownia Sportowa Gol"),
    ),
    Genre(
        "pt_lavandaria",
        "pt",
        "txt",
        "laundry and dry-cleaning counter log",
        (
            "Edredão king size",
            "Pack 5 camisas",
            "Cortinados Sintra",
            "Capa de sofá Lola",
            "Vestido de cerimónia",
        ),
        ("pago", "por pagar", "pronto", "entregue"),
        {"order": "T", "inv": "FT", "rid": "CL"},
        lines=PT_LAUNDRY_LINES,
        companies=("Hotel Miradouro do Atlântico", "Transportes Serra & Filhos", "Seguros Tágide S.A."),
    ),
    Genre(
        "pt_agencia_viagens",
        "pt",
        "jsonl",
        "travel agency bookings (passenger list, notes list)",
        (
            "Açores 7 noites",
            "Circuito Marrocos Imperial",
            "Cruzeiro Fiordes",
            "Fim de semana em Sevilha",
            "Pacote Madeira Clara",
            "Escapadinha Kyoto",
        ),
        ("confirmada", "pendente", "cancelada", "emitida"),
        {"order": "RV", "case": "SV", "inv": "FT", "rid": "PNR"},
        frame=_frame_pt_travel,
        companies=("Hotel Miradouro do Atlântico", "Hotel Baía dos Golfinhos", "Hotel Solar da Ribeira"),
    ),
    Genre(
        "pt_boleias_pais_chat",
        "pt",
        "txt",
        "parents' carpool chat for a youth football team, lower case",
        ("laranjas",),
        ("ok",),
        {},
        lines=PT_CARPOOL_LINES,
        chat=True,
    ),
]


# =====================================================================================================
# Tables
# =====================================================================================================


def named_products(
    seed_text: str, nouns: Sequence[str], count: int, *, name_first: bool = True
) -> tuple[str, ...]:
    """Products named after a first name or a place ("Matilda Cake Stand", "Tarte Lisbon")."""
    rng = random.Random(f"blind5/products/{seed_text}")
    found: list[str] = []
    while len(found) < count:
        word = rng.choice(PRODUCT_FIRST_NAMES + PRODUCT_PLACES)
        noun = rng.choice(list(nouns))
        product = f"{word} {noun}" if name_first else f"{noun} {word}"
        if product not in found:
            found.append(product)
    return tuple(found)


CATERING_PRODUCTS = (
    "Sandwich platter (20)",
    "Vegan buffet box",
    "Scone tray",
    "Afternoon tea for two",
    "Fruit skewers (30)",
    *named_products("catering", ("Cake Stand", "Teapot", "Platter", "Hamper", "Sponge", "Tart"), 12),
)
WORKSHOP_SERVICES = (
    "Inspektion nach Herstellervorgabe", "Ölwechsel", "Bremsen vorne", "Zahnriemenwechsel", "HU/AU",
    "Klimaservice", "Reifenwechsel inkl. Einlagerung",
)  # fmt: skip
WORKSHOP_VEHICLES = (
    "VW Golf VIII", "Opel Astra K", "Ford Focus Turnier", "Toyota Yaris Hybrid", "Škoda Fabia", "Renault Kangoo",
    "Mercedes Vito 114", "Fiat Ducato",
)  # fmt: skip
LIBRARY_TITLES = (
    "Il giardino delle ore", "La città sotto la neve", "Manuale di fermentazione", "Storia minima del caffè",
    "Lettere a Clara", "Un inverno a Bergen", "Il faro di Capri", "Ricette di Provence", "Guida ai funghi d'Italia",
)  # fmt: skip
TABLE_NOTES: dict[str, dict[str, tuple[str, ...]]] = {
    "catering": {
        "en": (
            "Allergy: nuts. {G1@table_notes} will confirm numbers by Friday.",
            "Deliver to reception, ask for {N2@table_notes}.",
            "Paid by card over the phone ({H1}).",
            "Birthday tea for {G2@table_notes}, candles included.",
            "Regular customer; {G5@table_notes} knows the order.",
            "",
        ),
        "nl": (
            "Wordt opgehaald door {N2@table_notes}.",
            "Allergie: noten, gecontroleerd door {G5@table_notes}.",
            "{H1} belt nog over het aantal.",
            "Verjaardag van {G2@table_notes}, kaarsjes erbij.",
        ),
        "fr": (
            "Récupéré par {N2@table_notes} vers 11 h.",
            "Sans gluten, vu avec {H1}.",
            "Anniversaire de {G2@table_notes}, bougies fournies.",
            "Livraison au bureau, demander {N2@table_notes}.",
        ),
    },
    "workshop": {
        "de": (
            "Ersatzwagen für {G1@table_notes} reserviert.",
            "Kunde will Rückruf von {G5@table_notes}.",
            "{H1} bringt den Zweitschlüssel vorbei.",
            "Abholung durch {N2@table_notes}.",
            "",
        ),
        "pl": (
            "Odbiór: {N2@table_notes}, z upoważnienia.",
            "{H1} dowiezie drugi kluczyk.",
            "Auto zastępcze dla {G1@table_notes}.",
        ),
        "nl": (
            "Wordt opgehaald door {N2@table_notes}.",
            "{H1} wil eerst een offerte.",
            "Leenauto voor {G1@table_notes}.",
        ),
    },
    "library": {
        "it": (
            "Prenotato anche da {N2@table_notes}.",
            "{H1} segnala pagine strappate.",
            "Restituito da {G2@table_notes} per conto del titolare.",
            "",
        ),
        "es": (
            "Reservado también por {N2@table_notes}.",
            "{H1} avisa de que lo devolverá tarde.",
            "Lo devuelve {G2@table_notes}.",
        ),
        "fr": (
            "Réservé aussi par {N2@table_notes}.",
            "{H1} signale des pages abîmées.",
            "Rendu par {G2@table_notes}.",
        ),
    },
    "claims": {
        "pt": (
            "Testemunha: {N2@table_notes}.",
            "{H1} enviou fotografias por e-mail.",
            "Condutor no momento: {N2@table_notes}.",
            "Perito {G5@table_notes} pede orçamento revisto.",
            "",
        ),
        "pl": (
            "Świadek: {N2@table_notes}.",
            "{H1} przesyła zdjęcia mailem.",
            "Kierowca w chwili zdarzenia: {N2@table_notes}.",
        ),
        "es": (
            "Testigo: {N2@table_notes}.",
            "{H1} envía fotos por correo.",
            "Conductor en el momento: {N2@table_notes}.",
        ),
    },
}


@dataclass
class TableSpec:
    name: str
    fmt: str  # csv | tsv | parquet
    header_lang: str
    about: str
    columns: tuple[str, ...]
    id_columns: tuple[str, ...]
    row_langs: tuple[str, ...]
    notes_key: str
    base: int
    products: tuple[str, ...]
    statuses: tuple[str, ...]


TABLES = (
    TableSpec(
        "catering_orders", "csv", "en", "bakery/catering orders (English headers)",
        ("order_ref", "customer_name", "collected_by", "phone", "product", "qty", "total", "pickup_date", "status",
         "notes"),
        ("order_ref",), ("en", "en", "en", "nl", "fr"), "catering", 320, CATERING_PRODUCTS,
        ("paid", "deposit paid", "unpaid", "collected", "cancelled"),
    ),
    TableSpec(
        "werkstatt_auftraege", "tsv", "de", "car workshop jobs (German headers)",
        ("Auftragsnr", "Kunden-Nr", "Kunde", "Telefon", "E-Mail", "Fahrzeug", "Leistung", "Mechaniker", "Betrag",
         "Annahme", "Status", "Bemerkung"),
        ("Auftragsnr", "Kunden-Nr"), ("de", "de", "de", "pl", "nl"), "workshop", 260, WORKSHOP_VEHICLES,
        ("offen", "in Arbeit", "fertig", "abgerechnet"),
    ),
    TableSpec(
        "prestiti_biblioteca", "parquet", "it", "library loans (Italian headers, typed date and integer columns)",
        ("id_prestito", "tessera", "nominativo", "data_nascita", "email", "titolo", "ean", "scadenza", "rinnovi",
         "penale", "stato", "note"),
        ("id_prestito", "tessera"), ("it", "it", "it", "es", "fr"), "library", 260, LIBRARY_TITLES,
        ("in prestito", "restituito", "in ritardo", "perso"),
    ),
    TableSpec(
        "sinistros_seguro", "csv", "pt", "insurance claims (Portuguese headers)",
        ("n_processo", "apolice", "segurado", "nif", "iban", "morada", "codigo_postal", "localidade", "perito",
         "oficina", "valor_estimado", "data_participacao", "estado", "observacoes"),
        ("n_processo", "apolice"), ("pt", "pt", "pt", "pl", "es"), "claims", 200, (),
        ("aberto", "em peritagem", "pago", "recusado", "encerrado"),
    ),
)  # fmt: skip


def _ids(rng: random.Random, count: int, shape: Callable[[int], str]) -> list[str]:
    number = rng.randint(1000, 9000)
    out = []
    for _ in range(count):
        number += rng.randint(1, 9)
        out.append(shape(number))
    return out


def _plant(rec: Record, entity: str, value: str, column: str) -> str:
    rec.planted.append(Planted(entity, value, column, [f"lang:{rec.lang}"]))
    rec.leaves.setdefault(column, []).append(
        (value, value, "\x00" if not entity.startswith("utility:") else value)
    )
    return value


def build_table(
    spec: TableSpec,
    out_dir: Path,
    seed: int,
    scale: float,
    canaries: Sequence[Person],
    banned: frozenset[str],
) -> FileSet:
    rng = random.Random(f"blind5/{seed}/{spec.name}")
    ctx = FileContext(
        spec.header_lang, rng, None, canaries, banned, products=spec.products, statuses=spec.statuses
    )
    ctx.staff = [draw_person(rng, banned) for _ in range(7)]
    count = max(10, round(spec.base * scale))
    canary_rows = dict(zip(sorted(rng.sample(range(count), 3)), canaries, strict=True))
    year = rng.choice([24, 25])
    primary = _ids(
        rng,
        count,
        {
            "catering_orders": lambda n: f"CT-{year}-{n:05d}",
            "werkstatt_auftraege": lambda n: f"WA{n:06d}",
            "prestiti_biblioteca": lambda n: f"PR-{n:07d}",
            "sinistros_seguro": lambda n: f"SIN-20{year}-{n:06d}",
        }[spec.name],
    )
    regulars: list[tuple[Person, str]] = []  # returning customers keep their number
    rows: list[dict[str, Any]] = []
    records: list[list[Planted]] = []
    for i in range(count):
        for _attempt in range(30):
            lang = rng.choice(spec.row_langs)
            rec = Record(ctx, lang=lang)
            row: dict[str, Any] = {}
            if i in canary_rows:
                rec.people[1] = canary_rows[i]
            secondary = ""
            if len(spec.id_columns) > 1:
                if regulars and rng.random() < 0.15 and i not in canary_rows:
                    person, secondary = rng.choice(regulars)
                    rec.people[1] = person
                else:
                    secondary = {
                        "Kunden-Nr": f"K-{rng.randint(10000, 99999)}",
                        "tessera": f"T{rng.randint(100000, 999999)}",
                        "apolice": f"AP-{rng.randint(1000000, 9999999)}",
                    }[spec.id_columns[1]]
            _fill_row(spec, rec, row, primary[i], secondary)
            try:
                rec.check()
            except Inconsistent:
                continue
            break
        else:  # pragma: no cover
            raise RuntimeError(f"{spec.name}: no consistent row")
        if secondary and (rec.people[1], secondary) not in regulars and not rec.people[1].canary:
            regulars.append((rec.people[1], secondary))
        rows.append(row)
        records.append(rec.planted)
    path = out_dir / f"{spec.name}.{spec.fmt}"
    _write_table(spec, rows, path)
    return _file_set(
        spec.name,
        path.name,
        spec.fmt,
        "table",
        "mixed",
        records,
        canaries,
        spec.about,
        id_columns=spec.id_columns,
    )


def _person_cell(rec: Record, idx: int, column: str) -> str:
    rng = rec.rng
    form = rng.choice("NNNNRG") if idx != 1 else rng.choice("NNNNR")
    if idx >= 5:
        form = rng.choice("NNF")
    return rec.fill(f"{{{form}{idx}@table_cell}}", column)


def _fill_row(spec: TableSpec, rec: Record, row: dict[str, Any], primary: str, secondary: str) -> None:
    rng, lang = rec.rng, rec.lang
    header = spec.header_lang
    notes = rng.choice(TABLE_NOTES[spec.notes_key][lang])
    cols = spec.columns
    row[cols[0]] = _plant(rec, "utility:record_id", primary, cols[0])
    if spec.name == "catering_orders":
        row["customer_name"] = _person_cell(rec, 1, "customer_name")
        roll = rng.random()
        row["collected_by"] = (
            _person_cell(rec, 2, "collected_by")
            if roll < 0.6
            else rec.fill("{G1@table_cell}", "collected_by")
            if roll < 0.8
            else ""
        )
        row["phone"] = rec.fill("{phone}", "phone")
        row["product"] = _plant(rec, "utility:product", rng.choice(spec.products), "product")
        row["qty"] = _plant(rec, "utility:quantity", str(rng.randint(1, 60)), "qty")
        row["total"] = _plant(rec, "utility:amount", fmt_amount(rng, header), "total")
        row["pickup_date"] = _plant(
            rec, "utility:date", fmt_date(rng, header, recent_day(rng)), "pickup_date"
        )
        row["status"] = _plant(rec, "utility:status", rng.choice(spec.statuses), "status")
        row["notes"] = rec.fill(notes, "notes") if notes else ""
    elif spec.name == "werkstatt_auftraege":
        row["Kunden-Nr"] = _plant(rec, "utility:record_id", secondary, "Kunden-Nr")
        row["Kunde"] = _person_cell(rec, 1, "Kunde")
        row["Telefon"] = rec.fill("{phone}", "Telefon")
        row["E-Mail"] = rec.fill("{email1}", "E-Mail")
        row["Fahrzeug"] = _plant(rec, "utility:product", rng.choice(spec.products), "Fahrzeug")
        row["Leistung"] = _plant(rec, "utility:product", rng.choice(WORKSHOP_SERVICES), "Leistung")
        row["Mechaniker"] = _person_cell(rec, 5, "Mechaniker")
        row["Betrag"] = _plant(rec, "utility:amount", fmt_amount(rng, header, 40, 2400), "Betrag")
        row["Annahme"] = _plant(rec, "utility:date", fmt_date(rng, header, recent_day(rng)), "Annahme")
        row["Status"] = _plant(rec, "utility:status", rng.choice(spec.statuses), "Status")
        row["Bemerkung"] = rec.fill(notes, "Bemerkung") if notes else ""
    elif spec.name == "prestiti_biblioteca":
        row["tessera"] = _plant(rec, "utility:record_id", secondary, "tessera")
        row["nominativo"] = _person_cell(rec, 1, "nominativo")
        row["data_nascita"] = rec.fill("{dob}", "data_nascita")
        row["email"] = rec.fill("{email1}", "email")
        row["titolo"] = _plant(rec, "utility:product", rng.choice(spec.products), "titolo")
        row["ean"] = _plant(rec, "utility:ean", ean13(rng), "ean")
        due = recent_day(rng)
        _plant(rec, "utility:date", due.isoformat(), "scadenza")
        row["scadenza"] = due
        renewals = rng.randint(0, 3)
        _plant(rec, "utility:quantity", str(renewals), "rinnovi")
        row["rinnovi"] = renewals
        row["penale"] = _plant(rec, "utility:amount", fmt_amount(rng, header, 1, 30), "penale")
        row["stato"] = _plant(rec, "utility:status", rng.choice(spec.statuses), "stato")
        row["note"] = rec.fill(notes, "note") if notes else ""
    else:
        row["apolice"] = _plant(rec, "utility:record_id", secondary, "apolice")
        row["segurado"] = _person_cell(rec, 1, "segurado")
        row["nif"] = rec.fill("{nid}", "nif")
        row["iban"] = rec.fill("{iban}", "iban")
        row["morada"] = rec.fill("{street}", "morada")
        row["codigo_postal"] = rec.fill("{pc}", "codigo_postal")
        row["localidade"] = rec.fill("{city}", "localidade")
        row["perito"] = _person_cell(rec, 5, "perito")
        row["oficina"] = _plant(rec, "utility:company", rng.choice(GARAGES[lang]), "oficina")
        row["valor_estimado"] = _plant(
            rec, "utility:amount", fmt_amount(rng, header, 80, 9000), "valor_estimado"
        )
        row["data_participacao"] = _plant(
            rec, "utility:date", fmt_date(rng, header, recent_day(rng)), "data_participacao"
        )
        row["estado"] = _plant(rec, "utility:status", rng.choice(spec.statuses), "estado")
        row["observacoes"] = rec.fill(notes, "observacoes") if notes else ""


def _write_table(spec: TableSpec, rows: list[dict[str, Any]], path: Path) -> None:
    if spec.fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"scadenza": pa.date32(), "rinnovi": pa.int64()}
        schema = pa.schema([(c, types.get(c, pa.string())) for c in spec.columns])
        table = pa.table({c: [r[c] for r in rows] for c in spec.columns}, schema=schema)
        pq.write_table(table, path)
        return
    import csv

    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t" if spec.fmt == "tsv" else ",", lineterminator="\n")
        writer.writerow(spec.columns)
        for row in rows:
            writer.writerow([row[c] for c in spec.columns])


# =====================================================================================================
# generate
# =====================================================================================================


def draw_canaries(seed: int) -> list[Person]:
    rng = random.Random(f"blind5/{seed}/canaries")
    found: list[Person] = []
    while len(found) < 3:
        taken = frozenset(w.casefold() for p in found for w in name_tokens(p.full))
        person = draw_person(rng, taken, gender="" if found else "female")
        person.canary = True
        person.chat_name = person.full.lower()
        found.append(person)
    return found


def generate(out_dir: Path, *, seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[FileSet]:
    """Write the blind5 files into ``out_dir`` and return their truth (deterministic for a seed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    canaries = draw_canaries(seed)
    banned = frozenset(w.casefold() for p in canaries for w in name_tokens(p.full))
    sets = [build_text_file(g, out_dir, seed, scale, canaries, banned) for g in GENRES]
    sets += [build_table(t, out_dir, seed, scale, canaries, banned) for t in TABLES]
    return sets

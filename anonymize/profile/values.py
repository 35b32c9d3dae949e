"""Cell validators and value shapes: what one cell (or a sample of cells) looks like.

Each validator is cheap (regex, checksum, phone parsing) and holds no state; shares over a sample
are what the profiler decides with.
"""

from __future__ import annotations

import importlib
import ipaddress
import re
from collections.abc import Callable
from functools import lru_cache

import pandas as pd
import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn

from anonymize.profile.patterns import (
    ADDRESS_SHAPE_RE,
    DATE_RE,
    EMAIL_RE,
    HEADER_VETOES,
    HOUSE_PART_RE,
    LETTER_PREFIX_RE,
    NAME_TOKEN_RE,
    NINO_RE,
    NO_TRUNK_PREFIX_REGIONS,
    PHONE_REGIONS,
    PHONE_SHAPE_RE,
    PLACE_PART_RE,
    POSTCODE_PLACE_RE,
    POSTCODE_RES,
    SAMPLE_SIZE,
    SENTENCE_MARK_RE,
    STREET_RE,
    URL_RE,
)
from anonymize.profile.vocabularies import header_hint


def is_email(value: str) -> bool:
    return bool(EMAIL_RE.match(value))


def is_url(value: str) -> bool:
    return bool(URL_RE.match(value))


def is_iban(value: str) -> bool:
    compact = value.replace(" ", "").replace("-", "")
    return len(compact) >= 15 and compact[:2].isalpha() and std_iban.is_valid(compact)


def is_credit_card(value: str) -> bool:
    digits = re.sub(r"[\s\-]", "", value)
    return digits.isdigit() and 13 <= len(digits) <= 19 and luhn.is_valid(digits)


def is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return "." in value or ":" in value


def is_phone(value: str) -> bool:
    """A possible phone number of an EU region (or any region when written with +/00)."""
    if not PHONE_SHAPE_RE.match(value) or LETTER_PREFIX_RE.match(value):
        return False
    digits = sum(ch.isdigit() for ch in value)
    if not 7 <= digits <= 15 or DATE_RE.match(value):
        return False
    candidate = "+" + value[2:] if value.startswith("00") else value
    regions: tuple[str, ...] = PHONE_REGIONS
    if value.isdigit() and not value.startswith("0"):
        # A bare digit run without the trunk 0 is a national number only where there is no trunk
        # prefix; phonenumbers also accepts German or Swedish local numbers without their area
        # code, which makes every 7-digit account or member number a "phone".
        if digits < 8:
            return False
        regions = NO_TRUNK_PREFIX_REGIONS
    try:
        if candidate.startswith("+"):
            return phonenumbers.is_valid_number(phonenumbers.parse(candidate, None))
        for region in regions:
            parsed = phonenumbers.parse(candidate, region)
            if phonenumbers.is_valid_number(parsed):
                return True
    except phonenumbers.NumberParseException:
        return False
    return False


def _stdnum_validator(module: str) -> Callable[[str], bool]:
    mod = importlib.import_module(f"stdnum.{module}")

    def validate(value: str) -> bool:
        try:
            return bool(mod.is_valid(value))
        except Exception:
            return False

    return validate


def is_nino(value: str) -> bool:
    return bool(NINO_RE.match(value.upper()))


#: National identifier validators, most specific first (ties in share go to the earlier entry).
NATIONAL_ID_VALIDATORS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("IT_FISCAL_CODE", _stdnum_validator("it.codicefiscale")),
    ("ES_NIF", _stdnum_validator("es.nif")),
    ("ES_NIE", _stdnum_validator("es.nie")),
    ("FI_HETU", _stdnum_validator("fi.hetu")),
    ("UK_NINO", is_nino),
    ("US_SSN", _stdnum_validator("us.ssn")),
    ("FR_NIR", _stdnum_validator("fr.nir")),
    ("BE_NATIONAL_NUMBER", _stdnum_validator("be.nn")),
    ("PL_PESEL", _stdnum_validator("pl.pesel")),
    ("DE_TAX_ID", _stdnum_validator("de.idnr")),
    ("SE_PERSONNUMMER", _stdnum_validator("se.personnummer")),
    ("AT_SVNR", _stdnum_validator("at.vnr")),
    ("IE_PPSN", _stdnum_validator("ie.pps")),
    ("NL_BSN", _stdnum_validator("nl.bsn")),
    ("PT_NIF", _stdnum_validator("pt.nif")),
    ("DK_CPR", _stdnum_validator("dk.cpr")),
)

#: Pattern validators for direct identifiers, in priority order.
DIRECT_VALIDATORS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("EMAIL_ADDRESS", is_email),
    ("IBAN_CODE", is_iban),
    ("URL", is_url),
    ("IP_ADDRESS", is_ip),
    ("CREDIT_CARD", is_credit_card),
    *NATIONAL_ID_VALIDATORS,
    ("PHONE_NUMBER", is_phone),
)

NATIONAL_IDS = frozenset(name for name, _ in NATIONAL_ID_VALIDATORS)

#: Digits an identifier cannot do without (a cheap pre-filter before its validator). Every national
#: ID has at least six, except an Italian fiscal code, whose digits may all be letters (omocodia);
#: phones need seven (`is_phone`), card numbers twelve, IBANs their two check digits.
MIN_DIGITS: dict[str, int] = {
    **{name: 6 for name in NATIONAL_IDS if name != "IT_FISCAL_CODE"},
    "PHONE_NUMBER": 7,
    "CREDIT_CARD": 12,
    "IBAN_CODE": 2,
}

#: Further EU national identifiers without an entity of their own: they count toward a mixed
#: ``NATIONAL_ID`` column (and beat a phone reading of the same digits), never name a column alone.
EXTRA_NATIONAL_ID_VALIDATORS: tuple[Callable[[str], bool], ...] = tuple(
    _stdnum_validator(module) for module in ("cz.rc", "ch.ssn", "gr.amka", "lt.asmens", "ro.cnp", "si.emso")
)


def is_national_id(value: str) -> bool:
    """Valid under any national identifier validator Shoal knows."""
    return any(v(value) for _, v in NATIONAL_ID_VALIDATORS) or any(
        v(value) for v in EXTRA_NATIONAL_ID_VALIDATORS
    )


def is_postcode(value: str) -> bool:
    return any(p.match(value.upper()) for p in POSTCODE_RES)


def is_street_address(value: str) -> bool:
    """A street word with a number (``Kerkstraat 12``), or the comma-separated shape of a postal address."""
    if bool(ADDRESS_SHAPE_RE.match(value)) and len(value.split()) >= 2 and bool(STREET_RE.search(value)):
        return True
    return is_postal_address_shape(value)


def is_postal_address_shape(value: str) -> bool:
    """The shape of a postal address in any language, without knowing its street words.

    ``<words> <number>[, …], <postcode> <Place>`` (``Hlavní 12, 110 00 Praha``) or
    ``<number> <words>, <Place>`` (``12 High Road, Leeds``): short, comma-separated parts, one with a
    house number, one a postcode next to a place name or a place name alone, and no sentence marks.
    """
    value = value.strip()
    if not 8 <= len(value) <= 120 or SENTENCE_MARK_RE.search(value):
        return False
    tokens = value.split()
    if len(tokens) > 16:
        return False
    # Prose has long lowercase words (verbs, nouns); addresses have capitalised names and particles.
    lowercase_words = sum(1 for t in tokens if len(t) > 4 and t.isalpha() and t.islower())
    if lowercase_words > 1:
        return False
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not 2 <= len(parts) <= 5:
        return False
    house = any(HOUSE_PART_RE.match(p) for p in parts[:-1])
    # "London SW1A 1AA", "75011 Paris"; not "seit 2023" (a note after a name: "Yajusam K., seit 2023")
    postcode_place = any(POSTCODE_PLACE_RE.match(p) and not p[:1].islower() for p in parts[1:])
    last_is_place = bool(PLACE_PART_RE.match(parts[-1])) and parts[-1][:1].isupper()
    street_words = (
        bool(PLACE_PART_RE.match(parts[0]))
        and parts[0][:1].isupper()
        and not any(ch.isdigit() for ch in parts[0])
    )
    return (house and (postcode_place or last_is_place)) or (postcode_place and street_words)


def street_part(value: str) -> str | None:
    """The words of a one-part street address (``Na Špitálce`` for ``Na Špitálce 5``), else None."""
    value = value.strip()
    if len(value) > 60 or "," in value or SENTENCE_MARK_RE.search(value) or not HOUSE_PART_RE.match(value):
        return None
    words = [t for t in value.split() if not any(ch.isdigit() for ch in t)]
    if not words or sum(1 for t in words if len(t) > 4 and t.isalpha() and t.islower()) > 1:
        return None
    return " ".join(words).casefold()


def street_only_share(values: list[str]) -> float:
    """Share of cells shaped ``<words> <number>`` / ``<number> <words>`` when the words vary.

    Street names are nearly all distinct; product models (``iPhone 14 Pro``) and labels (``Gate 4``)
    share the same few words, so a column whose words repeat scores 0.
    """
    parts = [street_part(v) for v in values]
    words = [p for p in parts if p]
    if not words or len(set(words)) < 0.6 * len(words):
        return 0.0
    return len(words) / len(values)


def is_prose(value: str) -> bool:
    """Three words or more, one of them a function word of a language Shoal reads, or written as a
    sentence (see `is_sentence`)."""
    from anonymize.vocabulary import prose_words

    value = name_core(value)  # "Taraq Hajuri (nr 298)", "Yajusam K., seit 2023": a name and its decoration
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", value)]
    return len(words) >= 3 and (any(w in prose_words() for w in words) or is_sentence(value, words))


def is_sentence(value: str, words: list[str]) -> bool:
    """Three words or more written as a sentence: ending in a full stop, "!" or "?", or a label and its
    words ("Testigo: Tiitus Parantainen."). A company's legal form ("Vidros Rápidos Lda.") is no
    sentence end."""
    stripped = value.rstrip()
    if len(words) < 3:
        return False
    if stripped.endswith(("!", "?")):
        return True
    if stripped.endswith(".") and words[-1] not in COMPANY_WORDS and len(words[-1]) > 2:
        return True
    label, colon, rest = stripped.partition(": ")
    return bool(colon) and bool(label.strip()) and len(rest.split()) >= 2


#: Legal-form words that make a name-shaped value a company ("Nordlicht Logistik GmbH").
COMPANY_WORDS = frozenset(
    """gmbh ag kg ohg ug se sa sas sarl sàrl srl spa s.p.a bv nv vof ltd limited plc llc inc corp co
    company sp zoo oy oyj ab as asa aps a/s lda kft sro s.r.o group holding""".split()  # noqa: SIM905
)


def place_shape(value: str) -> bool:
    """One to four words, the first capitalised, no digits: the shape of a place name."""
    return bool(PLACE_PART_RE.match(value)) and value[:1].isupper() and not any(ch.isdigit() for ch in value)


def is_product_name(value: str) -> bool:
    """A short value holding a product noun in any language Shoal reads ("Stella Lampa")."""
    from anonymize.recognizers.products import is_product_noun

    return any(is_product_noun(w) for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", value))


def rare_name_shape(value: str) -> bool:
    """Name-shaped, and every word a known name or a word rare in every language Shoal reads
    (no company form, no common noun): "Quennell Brasko", not "Rose Gold Watch Strap"."""
    if not name_shape(value):
        return False
    value = strip_titles(name_core(value))
    from anonymize.recognizers.person_names import name_lists
    from anonymize.recognizers.products import is_product_noun
    from anonymize.vocabulary import LANGUAGES, zipf

    first, last = name_lists()
    for token in value.replace(",", " ").split():
        word = token.strip(".").casefold()
        if word in COMPANY_WORDS or is_product_noun(word):
            return False
        if word in first or word in last:
            continue
        if max(zipf(part, lang) for part in word.split("-") for lang in LANGUAGES) >= 4.0:
            return False
    return True


_SINGLE_NAME_RE = re.compile(r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž'’-]{2,15}")
_SINGLE_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-]){2,15}")


def _first_name_column(name: str, values: list[str], city_share: float, *, lower_case: bool = False) -> bool:
    """Single capitalised words (or, with ``lower_case``, when the NER reads the column as people,
    lower-case ones: "zlatoslava", "mnyama"), eight or more distinct ones (four with ``lower_case``), nearly all a known first name
    or a word of no language Shoal reads, under a header that names no product, brand or place: the
    first names of staff or customers."""
    if city_share >= 0.1 or HEADER_VETOES.search(name) or header_hint(name) in {"CITY", "STREET_ADDRESS"}:
        return False
    single = _SINGLE_NAME_RE if not lower_case else _SINGLE_WORD_RE
    # Four will do when the NER reads people: a small team's names under "bediening" or "shift".
    if (
        len(set(values)) < (4 if lower_case else 8)
        or _share(values, lambda v: bool(single.fullmatch(v))) < 0.9
    ):
        return False
    from anonymize.recognizers.person_names import name_lists
    from anonymize.vocabulary import LANGUAGES, zipf

    first, _ = name_lists()

    def first_name_like(value: str) -> bool:
        word = value.casefold()
        return word in first or max(zipf(word, lang) for lang in LANGUAGES) < 2.5

    return _share(values, first_name_like) >= 0.8


def without_number_after(value: str) -> str:
    """``value`` without an age or a staff number in brackets at its end (`_NUMBER_AFTER`)."""
    return _NUMBER_AFTER.sub("", value)


@lru_cache(maxsize=8192)
def name_core(value: str) -> str:
    """The name a cell decorates, when what is left is written as one, else ``value`` unchanged.

    Booking and staff lists wrap names: companions ("Entkit Yukarnanki +1"), a note with a number
    after a comma ("Yajusam K., seit 2023"), a role in square brackets ("Tiava Gomiona
    [vrijwilliger]"), an age or staff number (`without_number_after`), initials before the name in
    brackets ("L.P. (Lukij Parfentšikov)"), "SURNAME/Given Mr" (a title after it). Only shape decides here; what the
    words are is for the column tests.
    """
    from anonymize.recognizers.name_context import title_words

    core = _DECORATION_AFTER.sub("", without_number_after(value)).strip()
    initials = _INITIALS_THEN_NAME.fullmatch(core)
    if initials:
        core = initials.group(1)
    if core.count("/") == 1:
        core = core.replace("/", " ")
    tokens = core.split()
    if len(tokens) >= 3 and tokens[-1].casefold().rstrip(".") in title_words():
        tokens = tokens[:-1]
    if core == value or not 1 <= len(tokens) <= 4:
        return value
    return " ".join(tokens) if all(NAME_TOKEN_RE.match(t) and len(t) <= 24 for t in tokens) else value


#: What closes a decorated name: "+1" companions, ", seit 2023" (a comma and a short note, a word then a
#: number: an item's ", 4 h" or ", 2 kg" is no note), "[vrijwilliger]" (a role in square brackets).
_DECORATION_AFTER = re.compile(
    r"(?:[ \t]*\+[ \t]?\d{1,2}|,[ \t]*[^\W\d_][^,\d]{0,20}\d[^,]{0,12}|[ \t]*\[[^\[\]]{1,40}\])[ \t]*$"
)
#: Initials, then the name they stand for in brackets: "L.P. (Lukij Parfentšikov)".
_INITIALS_THEN_NAME = re.compile(r"(?:[^\W\d_]\.){1,3}[ \t]*\(([^()]+)\)")


def strip_titles(value: str) -> str:
    """``value`` without the titles before a name ("Hr. Aimur Nurmsalu", "lek. dent. Tildra …")."""
    from anonymize.recognizers.name_context import title_words

    tokens = value.split()
    while len(tokens) > 1 and tokens[0].casefold().rstrip(".") in title_words():
        tokens = tokens[1:]
    return " ".join(tokens)


#: A bracket closing a cell with an age, a staff number or a station in it, after a name: "(38 ans)",
#: "(nr 298)", "(stan. 3)", "(desk 12)".
_NUMBER_AFTER = re.compile(
    r"(?i)[ \t]*\((?:(?:nr|no|n°|nº|#|id|pers\.?-?nr|[^\W\d_]{2,8}\.?[ \t]?(?:nr|no|n°)?)\.?[ \t]?\d{1,6}"
    r"|\d{1,3}[ \t]?(?:ans|jahre|años|anni|anos|jaar|lat|yrs?|years?|y/o|j\.?))\)[ \t]*$"
)
_INITIAL_DOT_RE = re.compile(r"^([^\W\d_])\.(?=[^\W\d_]{2})")


def name_shape(value: str) -> bool:
    """One title or none, then two to four alphabetic tokens (any case): the shape of a name, the given
    name in brackets too ("Myrzachmetova (Ajdana)"); a title and one word ("Frau Serrosa", "Madame
    Brunieux") is one too."""
    stripped = strip_titles(name_core(value))  # "Homa Tsasikwawma (38 ans)", "Entkit Yukarnanki +1"
    if stripped != value and len(stripped.split()) == 1:
        return bool(NAME_TOKEN_RE.match(stripped))
    stripped = _INITIAL_DOT_RE.sub(r"\1. ", stripped)  # "B.Bofalee": an initial joined to the surname
    if re.fullmatch(r"[^()]+\([^()]+\)", stripped.strip()):
        stripped = stripped.replace("(", " ").replace(")", " ")
    tokens = stripped.replace(",", " ").replace(" & ", " ").split()  # "Timoimee, Kaakenyi & Kajima"
    return 2 <= len(tokens) <= 5 and all(NAME_TOKEN_RE.match(t) and len(t) <= 24 for t in tokens)


def sample_values(series: pd.Series, size: int = SAMPLE_SIZE) -> list[str]:
    """Up to ``size`` non-empty cells as stripped strings, spread over the series deterministically."""
    values = series.dropna()
    if not len(values):
        return []
    strings = values.astype(str).str.strip()
    strings = strings[strings != ""]
    if len(strings) > size:
        step = len(strings) / size
        strings = strings.iloc[[int(i * step) for i in range(size)]]
    return strings.tolist()


def _share(values: list[str], predicate: Callable[[str], bool]) -> float:
    if not values:
        return 0.0
    return sum(1 for v in values if predicate(v)) / len(values)

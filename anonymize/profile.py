"""Column profiling: decide from a sample of values what each column holds.

Each column gets a kind (`direct_identifier`, `quasi_identifier`, `free_text`, `not_personal`), the
entity it holds, a `qi_type` for quasi-identifiers (``date``, ``age``, ``number``, ``postcode``,
``category``), a confidence and evidence (share of sampled cells matching each entity, header hint).

Headers are evidence, never the only evidence: a column called ``col7`` holding IBANs is an IBAN column,
and ``phone_model`` holding "iPhone 13" is not a phone column. Cheap validators (regex, checksums via
python-stdnum, phonenumbers, date parsing) run on up to ``sample_size`` cells; Presidio (spaCy NER plus
Shoal's recognizers) only runs on a few cells of the columns the validators leave undecided. Evidence
holds shares and names, never a cell value.
"""

from __future__ import annotations

import importlib
import ipaddress
import itertools
import re
import statistics
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import pandas as pd
import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn

from anonymize.dtypes import infer_type
from anonymize.entities import Category

DIRECT = Category.DIRECT.value
QUASI = Category.QUASI.value
NOT_PERSONAL = Category.CONTEXT.value
FREE_TEXT = "free_text"

SAMPLE_SIZE = 500
NER_SAMPLE_SIZE = 40
PHONE_REGIONS = ("DE", "FR", "ES", "IT", "NL", "PL", "GB", "PT", "SE", "BE", "AT", "IE", "DK", "FI", "CH")
#: Regions whose national numbers have no trunk 0 (or mobiles without one: IT 3xx, PL): only these
#: read a bare digit run that does not start with 0.
NO_TRUNK_PREFIX_REGIONS = ("ES", "PT", "IT", "DK", "PL")

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+'\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
URL_RE = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
PHONE_SHAPE_RE = re.compile(r"^(\+|00)?[\d\s().\-/]{6,22}$")
#: Letters glued to digits by ``-`` or ``/`` (``ORD-2025-010001``, ``INV/2024/12``): a code, not a phone.
LETTER_PREFIX_RE = re.compile(r"^\s*[^\W\d_]+\s*[-/]\s*\d")
NINO_RE = re.compile(r"^[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]$")
DATE_RE = re.compile(
    r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$"
)
POSTCODE_RES = (
    re.compile(r"^\d{4,6}$"),  # DE FR ES IT FI (5), AT BE DK CH HU SI (4), RO (6)
    re.compile(r"^\d{3} \d{2}$"),  # SE CZ SK GR
    re.compile(r"^\d{4} ?[A-Z]{2}$"),  # NL
    re.compile(r"^\d{2}-\d{3}$"),  # PL
    re.compile(r"^\d{4}-\d{3}$"),  # PT
    re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"),  # GB
    re.compile(r"^[AC-FHKNPRTV-Y]\d{2}[\dW] ?[AC-FHKNPRTV-Y\d]{4}$"),  # IE Eircode
    # country-prefixed: LT-12345, CH-8000, ΤΚ 123 45 (a separator after the letters: "E951396" and
    # "C10000" are record IDs)
    re.compile(r"^[^\W\d_]{1,3}[- ](?:\d{3,6}|\d{3} \d{2,3})$"),
)
#: A postcode-shaped token inside a longer address part (any of the shapes above, unanchored).
POSTCODE_PATTERN = (
    r"(?:[^\W\d_]{1,3}[- ])?(?:\d{2,3}[ -]\d{2,3}|\d{3,6}|\d{4} ?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"
    r"|[AC-FHKNPRTV-Y]\d{2}[\dW] ?[AC-FHKNPRTV-Y\d]{4})"
)
#: A place name: one to four words starting with a letter (``Praha``, ``Bad Ischl``, ``Saint-Gilles``).
PLACE_PATTERN = r"(?![A-Z]{1,4}\b)[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-()]+){0,3}"
POSTCODE_PLACE_RE = re.compile(
    rf"^(?:{POSTCODE_PATTERN}\s+{PLACE_PATTERN}|{PLACE_PATTERN}\s+{POSTCODE_PATTERN})$"
)
#: ``<words> [nr.] <number>[a]`` or ``<number>[a] <words>``: the house-number part of an address.
HOUSE_PART_RE = re.compile(
    r"^(?:[^\W\d_][\w'’.\-]*\s+){1,5}(?:(?:nr|no|n|nº|č|br)\.?\s*)?\d{1,5}[^\W\d_]?(?:[/-]\d{1,4}[^\W\d_]?)?\.?"
    r"(?:\s+[\w'’.\-/]+){0,6}$"
    r"|^\d{1,5}[^\W\d_]?(?:[/-]\d{1,4})?,?\s+[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-/]+){0,5}$",
    re.IGNORECASE,
)
PLACE_PART_RE = re.compile(rf"^{PLACE_PATTERN}$")
#: Characters that mark a sentence rather than an address (``nr.``/``Str.`` abbreviations are fine).
SENTENCE_MARK_RE = re.compile(r"[!?:;@<>=\[\]{}]|\.\s+[^\W\d_]{2,}\s+[^\W\d_]{2,}\s+[a-z]|https?://")
STREET_WORDS = (
    r"stra(ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|rue|avenue|boulevard|bd|chemin|impasse|all[ée]e|"
    r"calle|avenida|avda|paseo|plaza|camino|ronda|traves[ií]a|cañada|via|viale|piazza|corso|vicolo|largo|"
    r"straat|laan|gracht|plein|kade|steeg|hof|ul\.|ulica|al\.|aleja|pl\.|os\.|rua|travessa|largo|"
    r"gatan|vägen|gränd|road|street|lane|avenue|close|drive|way|court|place|crescent|terrace|gardens|"
    r"flat|apartment|suite|studio|square"
)
#: Street words written as a suffix of a compound (``Barkholzstraße``, ``Furuvägen``, ``Kerkstraat``).
STREET_SUFFIXES = r"stra(ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|straat|laan|gracht|plein|kade|hof|gatan|vägen|gränd|steeg"
STREET_RE = re.compile(rf"(\b({STREET_WORDS})\b|\w({STREET_SUFFIXES})\b)", re.IGNORECASE)
ADDRESS_SHAPE_RE = re.compile(r"^(?=.*\d)(?=.*[^\W\d_]{3,}).{5,100}$", re.DOTALL)
#: A letter prefix then a separator or digits then more digits: the head of an identifier code.
CODE_RE = re.compile(r"^([^\W\d_]{2,6}[-/_#.]?)((?=[\w\-/.]*\d)[\w\-/.]{3,30})$")
#: An identifier code: a short letter prefix, maybe a separator, digits, maybe a letter or two.
RECORD_ID_RE = re.compile(r"^[^\W\d_]{0,4}[-_/#.]?\d{3,12}[^\W\d_]{0,2}$")
#: Under an ID header also two digit groups ("K2024-5531"); without one those are order numbers.
RECORD_ID_HEADED_RE = re.compile(r"^[^\W\d_]{0,4}[-_/#.]?\d{2,12}(?:[-_/.]\d{1,8})?[^\W\d_]{0,2}$")
#: Headers naming a row's identifier ("id", "uuid"), or merely its number ("no", "nr", "Nº", "#").
GENERIC_ID_HEADER_RE = re.compile(
    r"(?:^|[\W_])(?:id|uid|uuid|guid)$|^(?:id|uid|uuid|guid)(?:$|[\W_])|^\s*(?:no|nr|n[°º]|num|#)\.?\s*$",
    re.I,
)
#: Headers naming the identifier of a person's record (customer, member, employee, patient IDs…).
PERSON_ID_HEADER_RE = re.compile(
    r"^(?:cust|kd|kdnr|acct|pat|pid|mbr|emp)(?:$|[\W_])"
    r"|(?:customer|client|member|employee|staff|user|account|patient|student|person|contact|subscriber|"
    r"kunden?|mitglieds?|mitarbeiter|personal|adh[ée]rent|cliente|socio|emplead[oa]|dipendente|"
    r"paziente|klant|lid|medewerker|klient|pracownik|pacjent|funcion[aá]rio|utente|utilisateur|usuario)"
    r"[\s_\-.]*(?:id|no|nr|n[°º]|num|number|nummer|numéro|número|numero|code|key|ref|#)",
    re.IGNORECASE,
)
NAME_TOKEN_RE = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*([-'’][^\W\d_]+)*\.?$")
NUMBER_RE = re.compile(r"^[+-]?(\d{1,3}([ ,.’']\d{3})+|\d+)([.,]\d+)?$")
INT_RE = re.compile(r"^\d{1,3}$")
CURRENCY_CODES = frozenset(
    [
        "EUR",
        "USD",
        "GBP",
        "CHF",
        "SEK",
        "NOK",
        "DKK",
        "PLN",
        "CZK",
        "HUF",
        "RON",
        "BGN",
        "HRK",
        "ISK",
        "JPY",
        "CNY",
        "AUD",
        "CAD",
        "NZD",
        "INR",
        "BRL",
        "MXN",
        "ZAR",
        "TRY",
        "RUB",
    ]
)
#: Marital status in the languages Shoal reads (masculine and feminine forms).
MARITAL_VALUES = frozenset(
    """single married divorced widowed separated partnered engaged cohabiting unmarried
    civil-partnership domestic-partnership ledig verheiratet geschieden verwitwet getrennt verpartnert
    célibataire marié mariée divorcé divorcée veuf veuve pacsé pacsée séparé séparée
    soltero soltera casado casada divorciado divorciada viudo viuda separado separada
    celibe nubile sposato sposata coniugato coniugata divorziato divorziata vedovo vedova separato separata
    ongehuwd gehuwd gescheiden weduwe weduwnaar samenwonend alleenstaand
    kawaler panna żonaty zamężna rozwiedziony rozwiedziona wdowiec wdowa
    solteiro solteira viúvo viúva ogift gift skild skiljd änka änkling sambo""".split()  # noqa: SIM905
)
GENDER_VALUES = frozenset(
    [
        "m",
        "f",
        "w",
        "d",
        "x",
        "male",
        "female",
        "man",
        "woman",
        "diverse",
        "other",
        "non-binary",
        "mann",
        "frau",
        "männlich",
        "weiblich",
        "divers",
        "homme",
        "femme",
        "h",
        "hombre",
        "mujer",
        "masculino",
        "femenino",
        "uomo",
        "donna",
        "maschio",
        "femmina",
        "man",
        "vrouw",
        "mężczyzna",
        "kobieta",
        "k",
        "homem",
        "mulher",
        "kvinna",
        "man",
        "mr",
        "mrs",
        "ms",
    ]
)

#: Header words hinting at an entity or quasi-identifier; evidence only, checked against the values.
HEADER_HINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"e-?mail|courriel|correo", re.I), "EMAIL_ADDRESS"),
    (re.compile(r"iban|bank.?account|konto", re.I), "IBAN_CODE"),
    (
        re.compile(r"phone|tel|mobile|handy|cell|fax|telefon|t[ée]l[ée]phone|telefono|móvil", re.I),
        "PHONE_NUMBER",
    ),
    (
        re.compile(r"birth|dob|geburt|naissance|nacimiento|nascita|geboorte|urodzenia|nascimento|född", re.I),
        "DATE_OF_BIRTH",
    ),
    (re.compile(r"post.?code|zip|plz|postal|cap$|cp$|postnummer|kod.?poczt", re.I), "POSTCODE"),
    (re.compile(r"(^|_|\b)(age|alter|âge|edad|età|leeftijd|wiek|idade|ålder)($|_|\b)", re.I), "AGE"),
    (re.compile(r"gender|sex|geschlecht|sexe|género|sesso|geslacht|płeć|sexo|kön", re.I), "GENDER"),
    (
        re.compile(r"nationalit|citizenship|staatsangeh|nacionalidad|nazionalit|obywatelstwo", re.I),
        "NATIONALITY",
    ),
    (
        re.compile(
            r"marital|civil.?status|famil(?:ien)?stand|[ée]tat.?civil|estado.?civil|stato.?civile|"
            r"burgerlijke.?staat|stan.?cywilny|civilst[åa]nd",
            re.I,
        ),
        "MARITAL_STATUS",
    ),
    (
        re.compile(
            r"(^|_|\b)(country|land|pays|pa[ií]s|paese|kraj|staat|nation)($|_|\b)|country|herkunftsland", re.I
        ),
        "COUNTRY",
    ),
    (
        re.compile(
            r"(^|_|\b)(region|state|province|county|canton|kanton|district)($|_|\b)|bundesland|d[ée]partement|"
            r"provinc|regione|wojew[oó]dztwo|voivodeship|comunidad|distrito|l[äa]n$",
            re.I,
        ),
        "REGION",
    ),
    (re.compile(r"job|occupation|profession|beruf|métier|profesión|title|position", re.I), "JOB_TITLE"),
    (
        re.compile(
            r"city|town|ort$|stadt|ville|ciudad|città|plaats|miasto|cidade|stad|^loc$|locat|lieu|localit|"
            r"localidad|miejscowo|gemeente|municip|comune|commune|woonplaats|wohnort",
            re.I,
        ),
        "CITY",
    ),
    (
        re.compile(r"address|adresse|street|strasse|straße|rue|calle|via|adres|morada|gatu", re.I),
        "STREET_ADDRESS",
    ),
    (
        re.compile(
            r"ssn|national.?id|nino|pesel|bsn|nif|nie|dni|codice|fiscal|steuer|tax.?id|nir|personnummer|cpr|hetu",
            re.I,
        ),
        "NATIONAL_ID",
    ),
    (
        re.compile(
            r"(^|_|\b)(first|last|full|sur|given|family|customer|client|contact)?_?\s?(name|nom|nombre|nome|naam|nazwisko|imię|namn)($|_|\b)"
            r"|^(customer|client|contact|patient|person|holder|account.?holder|owner|employee|member|"
            r"kunde|kundin|klant|klient|cliente|paciente|paziente|titular|inhaber)$",
            re.I,
        ),
        "PERSON",
    ),
)
#: Header words that rule out a hint from a broader one (``phone_model``, ``product_name``).
HEADER_VETOES = re.compile(
    r"model|product|company|firm|file|brand|device|sku|item|article|shop|store|artikel|articolo|artículo|"
    r"artigo|produkt|prodotto|producto|produto|produit|ware|towar|firma|empresa|azienda|bedrijf|entreprise",
    re.I,
)


@dataclass
class ColumnProfile:
    """What one column holds, how sure we are, and why."""

    name: str
    kind: str
    entity: str | None = None
    qi_type: str | None = None
    confidence: float = 0.0
    evidence: dict[str, Any] = field(default_factory=dict)
    #: What the sampled values are (integer, decimal, boolean, date, timestamp, category, text: see
    #: ``anonymize.dtypes``); the artifact's column type is decided over the whole file.
    value_type: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColumnProfile:
        return cls(**data)


@dataclass
class Profile:
    """The profile of a table: one `ColumnProfile` per column, in column order."""

    columns: list[ColumnProfile]
    rows_sampled: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"rows_sampled": self.rows_sampled, "columns": [c.to_dict() for c in self.columns]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        return cls(
            columns=[ColumnProfile.from_dict(c) for c in data["columns"]],
            rows_sampled=int(data.get("rows_sampled", 0)),
        )

    def column(self, name: str) -> ColumnProfile:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


# --- cell validators -------------------------------------------------------------------------------


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
    postcode_place = any(POSTCODE_PLACE_RE.match(p) for p in parts[1:])
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


def record_id_evidence(name: str, values: list[str], unique_ratio: float) -> str | None:
    """Why the column holds the identifiers of people's records, or None.

    Identifier codes in nearly every cell (``C10000``, ``E951396``, ``100234``), nearly all distinct,
    and either a header that says so (``customer_id``, ``Mitgliedsnummer``), one constant letter
    prefix (postcodes have none, or a country prefix with a separator), or numbers that rise in file
    order or fill a dense range (postcodes scatter). Not a postcode, not a quasi-identifier: the
    plan keeps it or, with a key, pseudonymises it so joins survive.
    """
    person_header = bool(PERSON_ID_HEADER_RE.search(name))
    headed = person_header or bool(GENERIC_ID_HEADER_RE.search(name))
    # Under a person's ID header, IDs repeat (a returning customer, a patient's second visit).
    if len(values) < 5 or unique_ratio < (0.3 if person_header else 0.9):
        return None
    shaped = [v for v in values if (RECORD_ID_HEADED_RE if person_header else RECORD_ID_RE).match(v)]
    if len(shaped) < 0.9 * len(values):
        return None
    if headed:
        return "header"
    prefixes = {re.match(r"^[^\W\d_]*", v).group().upper() for v in shaped}  # type: ignore[union-attr]
    if len(prefixes) == 1 and next(iter(prefixes)):
        digits = [len(re.sub(r"\D", "", v)) for v in shaped]
        if min(digits) >= 4:
            return "constant prefix"
    numbers = [int(v) for v in shaped if v.isdigit()]
    if len(numbers) >= 0.9 * len(values) and len(numbers) >= 20:
        rising = sum(1 for a, b in itertools.pairwise(numbers) if b > a) / (len(numbers) - 1)
        dense = (max(numbers) - min(numbers) + 1) <= 3 * len(numbers)
        if rising >= 0.95 or dense:
            return "rising numbers" if rising >= 0.95 else "dense range"
    return None


def is_prose(value: str) -> bool:
    """Three words or more, one of them a function word of a language Shoal reads."""
    from anonymize.vocabulary import prose_words

    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", value)]
    return len(words) >= 3 and any(w in prose_words() for w in words)


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
    value = strip_titles(value)
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


def _first_name_column(name: str, values: list[str], city_share: float) -> bool:
    """Single capitalised words, eight or more distinct ones, nearly all a known first name or a
    word of no language Shoal reads, under a header that names no product, brand or place: the
    first names of staff or customers."""
    if city_share >= 0.1 or HEADER_VETOES.search(name) or header_hint(name) in {"CITY", "STREET_ADDRESS"}:
        return False
    if len(set(values)) < 8 or _share(values, lambda v: bool(_SINGLE_NAME_RE.fullmatch(v))) < 0.9:
        return False
    from anonymize.recognizers.person_names import name_lists
    from anonymize.vocabulary import LANGUAGES, zipf

    first, _ = name_lists()

    def first_name_like(value: str) -> bool:
        word = value.casefold()
        return word in first or max(zipf(word, lang) for lang in LANGUAGES) < 2.5

    return _share(values, first_name_like) >= 0.8


def strip_titles(value: str) -> str:
    """``value`` without the titles before a name ("Hr. Aimur Nurmsalu", "lek. dent. Tildra …")."""
    from anonymize.recognizers.name_context import title_words

    tokens = value.split()
    while len(tokens) > 1 and tokens[0].casefold().rstrip(".") in title_words():
        tokens = tokens[1:]
    return " ".join(tokens)


def name_shape(value: str) -> bool:
    """One title or none, then two to four alphabetic tokens (any case): the shape of a name;
    a title and one word ("Frau Serrosa", "Madame Brunieux") is one too."""
    stripped = strip_titles(value)
    if stripped != value and len(stripped.split()) == 1:
        return bool(NAME_TOKEN_RE.match(stripped))
    tokens = stripped.replace(",", " ").split()
    return 2 <= len(tokens) <= 5 and all(NAME_TOKEN_RE.match(t) and len(t) <= 24 for t in tokens)


def code_signature(value: str) -> str | None:
    """``ORD-9-9`` for ``ORD-2025-010001``: the literal letter prefix, then the digit/letter runs.

    None when the value does not start with letters followed by a separator or digits; identifier
    codes (order numbers, SKUs, ticket ids) share one signature across a column, personal values don't.
    """
    match = CODE_RE.match(value)
    if not match:
        return None
    rest = re.sub(r"\d+", "9", match.group(2))
    rest = re.sub(r"[^\W\d_]+", "A", rest)
    return match.group(1).upper() + rest


def code_pattern_share(values: list[str]) -> float:
    """Share of cells carrying the column's most common `code_signature`."""
    signatures = [code_signature(v) for v in values]
    counts: dict[str, int] = {}
    for signature in signatures:
        if signature is not None:
            counts[signature] = counts.get(signature, 0) + 1
    if not counts or not values:
        return 0.0
    return max(counts.values()) / len(values)


# --- vocabularies (from installed packages, no download) -------------------------------------------

_VOCAB_LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "pt_PT", "sv_SE", "en_US")
#: City names come from every European locale Faker ships: a city column mixes countries.
_CITY_LOCALES = (
    *_VOCAB_LOCALES,
    *("de_AT", "de_CH", "fr_CH", "it_CH", "fr_BE", "nl_BE", "en_IE", "cs_CZ", "sk_SK", "sl_SI", "hu_HU"),
    *("ro_RO", "el_GR", "lt_LT", "lv_LV", "et_EE", "fi_FI", "da_DK", "no_NO", "hr_HR", "bg_BG", "uk_UA"),
)


def _faker_attr(kind: str, attr: str, locales: tuple[str, ...] = _VOCAB_LOCALES) -> set[str]:
    values: set[str] = set()
    for locale in locales:
        try:
            provider = importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
        except ImportError:
            continue
        values.update(str(v).casefold() for v in getattr(provider, attr, ()) or ())
    return values


@lru_cache(maxsize=1)
def country_vocabulary() -> frozenset[str]:
    """Country names (in the EU languages Faker ships) and ISO 3166 alpha-2 codes."""
    names = _faker_attr("address", "countries")
    codes = {r.casefold() for r in phonenumbers.SUPPORTED_REGIONS}
    return frozenset(names | codes)


@lru_cache(maxsize=1)
def city_vocabulary() -> frozenset[str]:
    cities = _faker_attr("address", "cities", _CITY_LOCALES) | _faker_attr(
        "address", "city_names", _CITY_LOCALES
    )
    return frozenset(c for c in cities if len(c) >= 3)


@lru_cache(maxsize=1)
def region_vocabulary() -> frozenset[str]:
    """Regions, states, provinces, departments and counties Faker ships for the EU locales."""
    names: set[str] = set()
    for locale in _CITY_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        except ImportError:
            continue
        for attr in ("states", "regions", "departments", "provinces", "counties", "region_names"):
            for value in getattr(provider, attr, ()) or ():
                text = value[-1] if isinstance(value, tuple) else value
                if isinstance(text, str) and len(text) >= 3:
                    names.add(text.casefold())
    return frozenset(names - country_vocabulary())


@lru_cache(maxsize=1)
def job_vocabulary() -> frozenset[str]:
    return frozenset(_faker_attr("job", "jobs"))


# --- profiling -------------------------------------------------------------------------------------


#: JSON keys whose value is the name or handle of a person (chat and ticket exports).
NAME_KEYS = frozenset(
    [
        "user",
        "username",
        "user_name",
        "userid_name",
        "author",
        "sender",
        "speaker",
        "nick",
        "nickname",
        "handle",
        "screen_name",
        "display_name",
        "displayname",
        "agent",
        "agent_name",
        "assignee",
        "reporter",
        "recipient",
        "requester",
        "participant",
        "from_name",
        "to_name",
        "created_by",
        "updated_by",
        "owner_name",
    ]
)


def is_name_key(path: str) -> bool:
    """Whether a JSON leaf at ``path`` ("messages[].user", "ticket.author.name") holds a person's
    name or handle by its key."""
    parts = [p.removesuffix("[]") for p in path.split(".") if p]
    if not parts:
        return False
    last = parts[-1].casefold()
    if last in NAME_KEYS:
        return True
    if header_hint(last) != "PERSON":
        return False
    if last not in _BARE_NAME_KEYS:
        return True  # "first_name", "customer", "patient"
    # a bare "name" is a person's only under a person's key ("author": {"name": …}), not "product.name"
    return len(parts) > 1 and (parts[-2].casefold() in NAME_KEYS or header_hint(parts[-2]) == "PERSON")


_BARE_NAME_KEYS = frozenset({"name", "nom", "nombre", "nome", "naam", "namn"})


def header_hint(name: str) -> str | None:
    """Return the entity or quasi-identifier a header suggests, or None."""
    for pattern, hint in HEADER_HINTS:
        if pattern.search(name):
            if HEADER_VETOES.search(name) and hint in {"PHONE_NUMBER", "PERSON", "JOB_TITLE", "CITY"}:
                return None
            return hint
    return None


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


_MONTH_NAMES = {
    1: "january jan januar janvier janv enero ene gennaio gen januari stycznia styczeń sty janeiro",
    2: "february feb februar février févr fevrier febrero febbraio februari lutego luty lut fevereiro fev",
    3: "march mar märz maerz mars marzo maart marca marzec março",
    4: "april apr avril abril aprile kwietnia kwiecień kwi",
    5: "may mai mayo maggio mei maja maj maio",
    6: "june jun juni juin junio giugno czerwca czerwiec cze junho",
    7: "july jul juli juillet juil julio luglio lipca lipiec lip julho",
    8: "august aug août aout agosto augustus sierpnia sierpień sie ago",
    9: "september sep sept septembre septiembre settembre set września wrzesień wrz setembro",
    10: "october oct oktober okt octobre octubre ottobre ott października październik paź outubro out",
    11: "november nov novembre noviembre listopada listopad lis novembro",
    12: "december dec dezember dez décembre diciembre dic dicembre grudnia grudzień gru dezembro",
}
MONTHS: dict[str, int] = {word: month for month, words in _MONTH_NAMES.items() for word in words.split()}
#: "4. November 1940", "21 février 2000", "12 de marzo de 1985", "March 12, 1985".
MONTH_DATE_RE = re.compile(
    r"^(?:(?P<d1>\d{1,2})\.?\s+(?:de\s+)?(?P<m1>[^\W\d_]+)\.?,?\s+(?:de\s+)?(?P<y1>\d{4})"
    r"|(?P<m2>[^\W\d_]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4}))$"
)


def _month_date(value: str) -> date | None:
    match = MONTH_DATE_RE.match(value.strip())
    if match is None:
        return None
    day, month, year = (
        (match.group("d1"), match.group("m1"), match.group("y1"))
        if match.group("d1")
        else (
            match.group("d2"),
            match.group("m2"),
            match.group("y2"),
        )
    )
    number = MONTHS.get(month.casefold())
    if number is None:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


def _parse_dates(values: list[str]) -> list[date]:
    """The values that are dates (year first, else day first: EU order, or with a month name in
    one of Shoal's languages), numeric ones parsed in two batches."""
    candidates = [v for v in values if DATE_RE.match(v)]
    dates: list[date] = [d for v in values if not DATE_RE.match(v) and (d := _month_date(v)) is not None]
    for dayfirst in (False, True):
        group = [v for v in candidates if v[:4].isdigit() != dayfirst]
        if group:
            dates.extend(_to_dates(group, dayfirst=dayfirst))
    return dates


def _to_dates(values: list[str], *, dayfirst: bool) -> list[date]:
    """Parse a batch of date strings; a batch mixing time zones ("…Z" beside local times) or
    otherwise unparsable as a whole falls back to one value at a time, so it never fails a run."""
    try:
        parsed = pd.to_datetime(
            pd.Series(values), errors="coerce", format="mixed", dayfirst=dayfirst, utc=True
        )
        return [d.date() for d in parsed.dropna()]
    except (ValueError, OverflowError, TypeError):
        dates = []
        for value in values:
            try:
                one = pd.to_datetime(value, errors="coerce", dayfirst=dayfirst, utc=True)
            except (ValueError, OverflowError, TypeError):
                continue
            if not pd.isna(one):
                dates.append(one.date())
        return dates


def _looks_like_birth_dates(dates: list[date], today: date) -> bool:
    """Birth dates: every date at least ~14 years ago, spread over decades."""
    years = [d.year for d in dates]
    ages = [(today - d).days / 365.25 for d in dates]
    if len(years) < 2:
        return False
    return min(ages) >= 14 and statistics.median(ages) >= 18 and statistics.pstdev(years) >= 6


def _decide(
    name: str, kind: str, entity: str | None, qi_type: str | None, confidence: float, evidence: dict
) -> ColumnProfile:
    return ColumnProfile(
        name=name,
        kind=kind,
        entity=entity,
        qi_type=qi_type,
        confidence=round(min(confidence, 1.0), 3),
        evidence=evidence,
    )


def _profile_by_values(name: str, values: list[str], today: date) -> tuple[ColumnProfile | None, dict]:
    """Decide with cheap validators; return (profile or None when undecided, evidence so far)."""
    hint = header_hint(name)
    evidence: dict[str, Any] = {"sampled": len(values), "header_hint": hint, "matches": {}}
    if not values:
        return _decide(name, NOT_PERSONAL, None, None, 1.0, {**evidence, "empty": True}), evidence
    matches: dict[str, float] = evidence["matches"]

    lengths = [len(v) for v in values]
    mean_tokens = sum(len(v.split()) for v in values) / len(values)
    mean_length = sum(lengths) / len(values)
    evidence["mean_length"] = round(mean_length, 1)
    unique_ratio = len(set(values)) / len(values)
    evidence["unique_ratio"] = round(unique_ratio, 3)

    # Direct identifiers with strict validators: checksum or syntax.
    short_values = [v for v in values if len(v) <= 64]
    digits = [sum(ch.isdigit() for ch in v) for v in short_values]
    for entity, validator in DIRECT_VALIDATORS:
        # A validator only sees values with the digits its identifier needs: same shares, far fewer
        # checksum calls on columns of names, cities or words.
        least = MIN_DIGITS.get(entity, 0)
        hits = sum(1 for v, d in zip(short_values, digits, strict=True) if d >= least and validator(v))
        share = hits / len(values)
        if share > 0:
            matches[entity] = round(share, 3)
    id_candidates = [v for v, d in zip(short_values, digits, strict=True) if d >= 6]
    hinted_national_id = hint == "NATIONAL_ID"
    best: tuple[str, float] | None = None
    if matches:
        top = max(matches.values())
        # The most specific validator within 80 % of the best share wins (checksums before phones).
        for entity, _ in DIRECT_VALIDATORS:
            if matches.get(entity, 0) >= 0.8 * top:
                best = (entity, matches[entity])
                break
    national_total = min(1.0, sum(share for entity, share in matches.items() if entity in NATIONAL_IDS))
    phone_share = matches.get("PHONE_NUMBER", 0.0)
    if phone_share and (best is None or best[0] == "PHONE_NUMBER"):
        # Digits that pass a national-ID checksum are read as that ID, not as a phone number.
        national_total = max(
            national_total, _share(id_candidates, is_national_id) * len(id_candidates) / len(values)
        )
        phone_only = _share(id_candidates, lambda v: is_phone(v) and not is_national_id(v))
        evidence["phone_only_share"] = round(phone_only * len(id_candidates) / len(values), 3)
        phone_share = evidence["phone_only_share"]
    if (
        national_total >= 0.5
        and national_total > phone_share
        and (best is None or best[0] not in NATIONAL_IDS or best[1] < 0.5)
    ):
        # A column of national IDs from several countries: no single checksum dominates.
        evidence["national_id_share"] = round(min(national_total, 1.0), 3)
        return _decide(name, DIRECT, "NATIONAL_ID", None, min(national_total, 1.0), evidence), evidence
    if best:
        entity, share = best
        hinted = hint == entity or (hinted_national_id and entity in NATIONAL_IDS)
        direct_total = min(1.0, sum(matches.values()))
        if share >= 0.5 or (hinted and share >= 0.2) or (direct_total >= 0.7 and share >= 0.3):
            confidence = share + (0.15 if hinted else 0.0)
            return _decide(name, DIRECT, entity, None, max(confidence, direct_total), evidence), evidence

    record_id = record_id_evidence(name, values, unique_ratio)
    if record_id is not None:
        evidence["record_id"] = record_id
        return _decide(name, DIRECT, "RECORD_ID", None, 0.9, evidence), evidence

    product_share = _share(values, is_product_name)
    if product_share >= 0.5 and mean_tokens <= 6 and _share(values, is_prose) < 0.3:
        # "Victoria Teapot", "Zaino Avorio M": names and places inside product names are no people.
        evidence["product_share"] = round(product_share, 3)
        return _decide(name, NOT_PERSONAL, "PRODUCT", None, product_share, evidence), evidence

    code_share = code_pattern_share(values)
    if code_share >= 0.8:
        # One literal prefix and shape in most cells (``ORD-2025-010001``): an identifier code.
        evidence["code_pattern_share"] = round(code_share, 3)
        return _decide(name, NOT_PERSONAL, None, None, code_share, evidence), evidence

    if mean_length >= 30 and mean_tokens >= 5:
        evidence["street_address_share"] = round(_share(values, is_street_address), 3)
        if evidence["street_address_share"] < 0.5:
            return _decide(name, FREE_TEXT, None, None, min(1.0, mean_tokens / 8), evidence), evidence
    elif mean_tokens >= 2.5:
        # Short notes ("call anna back", "quennell asked for a refund") are prose too: their words
        # include function words, which product names, job titles and addresses rarely have.
        prose = _share(values, is_prose)
        if prose >= 0.5:
            evidence["prose_share"] = round(prose, 3)
            return _decide(name, FREE_TEXT, None, None, prose, evidence), evidence

    # Dates: a birth-date spread makes a quasi-identifier; order or event dates are kept.
    dates = _parse_dates(values)
    date_share = len(dates) / len(values)
    if date_share:
        matches["DATE"] = round(date_share, 3)
    if date_share >= 0.8:
        birthlike = _looks_like_birth_dates(dates, today)
        evidence["birth_date_spread"] = birthlike
        if hint == "DATE_OF_BIRTH" or birthlike:
            return _decide(
                name, QUASI, "DATE_OF_BIRTH", "date", date_share * (1.0 if hint else 0.75), evidence
            ), evidence
        return _decide(name, NOT_PERSONAL, "DATE_TIME", None, date_share * 0.9, evidence), evidence

    postcode_share = _share(values, is_postcode)
    if postcode_share:
        matches["POSTCODE"] = round(postcode_share, 3)
    if postcode_share >= 0.6:
        # 0.6, not higher: a small file from many countries has shapes no list covers (60 rows
        # leave little room); a header hint or a mix of shapes is the supporting evidence.
        pure_digits = [v for v in values if v.isdigit()]
        digit_lengths = {len(v) for v in pure_digits}
        mixed = len(pure_digits) < 0.9 * len(values)
        if (
            hint == "POSTCODE"
            or (mixed and postcode_share >= 0.7)
            or (len(digit_lengths) == 1 and postcode_share >= 0.8)
        ):
            confidence = postcode_share * (1.0 if hint == "POSTCODE" or mixed else 0.6)
            return _decide(name, QUASI, "POSTCODE", "postcode", confidence, evidence), evidence

    int_share = _share(values, lambda v: bool(INT_RE.match(v)) and 0 <= int(v) <= 120)
    if hint == "AGE" and int_share >= 0.9:
        return _decide(name, QUASI, "AGE", "age", int_share, evidence), evidence

    lowered = [v.casefold() for v in values]
    gender_share = _share(lowered, lambda v: v in GENDER_VALUES)
    if gender_share >= 0.9 and len(set(lowered)) <= 6:
        matches["GENDER"] = round(gender_share, 3)
        return _decide(name, QUASI, "GENDER", "category", gender_share, evidence), evidence

    countries = country_vocabulary()
    country_share = _share(lowered, lambda v: v in countries)
    if country_share:
        matches["COUNTRY"] = round(country_share, 3)
    if country_share >= 0.8 or (hint in {"COUNTRY", "NATIONALITY"} and country_share >= 0.5):
        # Where someone lives or comes from narrows them down with any other attribute (issue 13).
        if hint == "NATIONALITY":
            return _decide(name, QUASI, "NATIONALITY", "category", country_share, evidence), evidence
        return _decide(name, QUASI, "COUNTRY", "category", country_share * 0.9, evidence), evidence

    marital_share = _share(lowered, lambda v: v.replace(" ", "-") in MARITAL_VALUES)
    if marital_share:
        matches["MARITAL_STATUS"] = round(marital_share, 3)
    if (marital_share >= 0.8 and len(set(lowered)) <= 16) or (
        hint == "MARITAL_STATUS" and len(set(lowered)) <= 12
    ):
        return _decide(name, QUASI, "MARITAL_STATUS", "category", max(marital_share, 0.6), evidence), evidence

    regions = region_vocabulary()
    region_share = _share(lowered, lambda v: v in regions)
    if region_share:
        matches["REGION"] = round(region_share, 3)
    distinct = len(set(lowered))
    if (region_share >= 0.7 and distinct <= 120) or (
        hint == "REGION" and distinct <= 150 and _share(values, place_shape) + region_share >= 0.7
    ):
        return _decide(name, QUASI, "REGION", "category", max(region_share, 0.6), evidence), evidence

    if hint in {"NATIONALITY", "COUNTRY"} and distinct <= 250 and _share(values, place_shape) >= 0.7:
        # Demonyms and country names in any language ("Deutsch", "polonaise"): a category all the same.
        entity = "NATIONALITY" if hint == "NATIONALITY" else "COUNTRY"
        return _decide(name, QUASI, entity, "category", 0.6, evidence), evidence

    jobs = job_vocabulary()
    job_share = _share(lowered, lambda v: v in jobs)
    if job_share:
        matches["JOB_TITLE"] = round(job_share, 3)
    if job_share >= 0.6 or (hint == "JOB_TITLE" and job_share >= 0.2):
        return _decide(name, QUASI, "JOB_TITLE", "category", job_share, evidence), evidence

    street_share = max(_share(values, is_street_address), street_only_share(values))
    if street_share:
        matches["STREET_ADDRESS"] = round(street_share, 3)
    if street_share >= 0.5 or (hint == "STREET_ADDRESS" and street_share >= 0.2):
        return _decide(
            name, DIRECT, "STREET_ADDRESS", None, street_share + (0.2 if hint else 0), evidence
        ), evidence

    currency_share = _share(values, lambda v: v.upper() in CURRENCY_CODES)
    number_share = _share(values, lambda v: bool(NUMBER_RE.match(v)))
    if currency_share >= 0.8:
        return _decide(name, NOT_PERSONAL, "CURRENCY", None, currency_share, evidence), evidence
    if number_share >= 0.9:
        matches["NUMBER"] = round(number_share, 3)
        return _decide(name, NOT_PERSONAL, "NUMBER", None, number_share * 0.9, evidence), evidence
    return None, evidence


def _profile_with_ner(name: str, values: list[str], evidence: dict, ner: dict[str, float]) -> ColumnProfile:
    hint = evidence.get("header_hint")
    matches = evidence["matches"]
    evidence["ner"] = ner
    shaped = _share(values, name_shape)
    if shaped:
        matches["NAME_SHAPE"] = round(shaped, 3)
    person = ner.get("PERSON", 0.0)
    location = ner.get("LOCATION", 0.0)
    unique_ratio = evidence.get("unique_ratio", 0.0)
    lowered = [v.casefold() for v in values]
    cities = city_vocabulary()
    city_share = _share(lowered, lambda v: v in cities)
    if city_share:
        matches["CITY"] = round(city_share, 3)

    rare = _share(values, rare_name_shape)
    if (
        person >= 0.3
        and person >= location
        and shaped >= 0.5
        and (person >= 0.6 or rare >= 0.3 or hint == "PERSON")
    ):
        return _decide(
            name, DIRECT, "PERSON", None, 0.5 + person / 2 + (0.1 if hint == "PERSON" else 0), evidence
        )
    if hint == "PERSON" and shaped >= 0.5:
        return _decide(name, DIRECT, "PERSON", None, 0.5 + shaped / 3, evidence)
    if rare:
        matches["RARE_NAME_SHAPE"] = round(rare, 3)
    if shaped >= 0.7 and rare >= 0.6 and city_share < 0.3:
        # Names no list or model knows: name-shaped cells whose words are not words of any language.
        return _decide(name, DIRECT, "PERSON", None, 0.4 + rare / 3, evidence)
    if _first_name_column(name, values, city_share):
        # A roster of first names no list holds ("Florinio", "Allaug" under ``mech``).
        matches["FIRST_NAME_SHAPE"] = 1.0
        return _decide(name, DIRECT, "PERSON", None, 0.6, evidence)
    places = _share(values, place_shape)
    if hint == "CITY" and places >= 0.7 and shaped < 0.5:
        # A town column of places no list holds ("Quiquiwick", "Leça da Palmeira").
        return _decide(name, QUASI, "CITY", "category", places, evidence)
    if city_share >= 0.3 or location >= 0.4 or (hint == "CITY" and (location + city_share) >= 0.1):
        return _decide(
            name, QUASI, "CITY", "category", max(city_share, location) + (0.2 if hint else 0), evidence
        )
    if shaped >= 0.7 and unique_ratio >= 0.6 and person >= 0.1:
        return _decide(name, DIRECT, "PERSON", None, 0.4 + person, evidence)
    for entity, share in sorted(ner.items(), key=lambda kv: -kv[1]):
        if entity in {
            "PERSON",
            "LOCATION",
            "DATE_TIME",
            "ORGANIZATION",
            "NRP",
            "US_DRIVER_LICENSE",
            "US_BANK_NUMBER",
            "US_PASSPORT",
        }:
            continue
        if share >= 0.5:
            from anonymize.entities import category_of

            category = category_of(entity).value
            qi_type = (
                "postcode"
                if entity == "POSTCODE"
                else "date"
                if entity == "DATE_OF_BIRTH"
                else "category"
                if category == QUASI
                else None
            )
            return _decide(name, category, entity, qi_type, share, evidence)
    return _decide(name, NOT_PERSONAL, None, None, 0.6, evidence)


def profile_frame(
    df: pd.DataFrame,
    *,
    analyzer: Any | None = None,
    sample_size: int = SAMPLE_SIZE,
    ner_sample_size: int = NER_SAMPLE_SIZE,
    today: date | None = None,
) -> Profile:
    """Profile every column of ``df`` (a sample of the file) and return a `Profile` in column order.

    ``analyzer`` is the Presidio analyzer used on the few cells validators cannot decide; without one,
    undecided columns are judged by shape alone.
    """
    today = today or date.today()  # noqa: DTZ011 - a calendar date for age arithmetic
    decided: dict[str, ColumnProfile] = {}
    pending: dict[str, tuple[list[str], dict]] = {}
    samples: dict[str, list[str]] = {}
    for name in df.columns:
        values = sample_values(df[name], sample_size)
        samples[str(name)] = values
        profile, evidence = _profile_by_values(str(name), values, today)
        if profile is not None:
            decided[str(name)] = profile
        else:
            pending[str(name)] = (values, evidence)

    if pending:
        ner_by_column: dict[str, dict[str, float]] = {}
        if analyzer is not None:
            batch: list[str] = []
            slices: dict[str, tuple[int, int]] = {}
            for name, (values, _) in pending.items():
                few = values[:: max(1, len(values) // ner_sample_size)][:ner_sample_size]
                slices[name] = (len(batch), len(batch) + len(few))
                batch.extend(few)
            if batch:
                from anonymize.text import analyze_texts

                results = analyze_texts(analyzer, batch, score_threshold=0.4)
                for name, (lo, hi) in slices.items():
                    ner_by_column[name] = _shares_from_results(batch[lo:hi], results[lo:hi])
        for name, (values, evidence) in pending.items():
            decided[name] = _profile_with_ner(name, values, evidence, ner_by_column.get(name, {}))

    _propose_rare_categories(decided, samples)
    for name in df.columns:
        decided[str(name)].value_type = infer_type(df[name])
    return Profile(columns=[decided[str(name)] for name in df.columns], rows_sampled=len(df))


#: A category seen in less than this share of the sampled cells is rare: it singles its holders out.
RARE_CATEGORY_SHARE = 0.02
#: At most this many distinct values (and this share of the sample) make a column categorical.
MAX_CATEGORIES = 50


def rare_category_evidence(values: list[str]) -> float | None:
    """Share of sampled cells holding a rare category, for a categorical column with rare values.

    A short-valued column with few distinct values, each repeated on average, and some of them rare
    (under `RARE_CATEGORY_SHARE` of the cells: "enterprise" among "basic"/"plus", a rare diagnosis)
    is a candidate quasi-identifier: the few holders of a rare value are singled out by it together
    with any other attribute. None when the column is not categorical or has no rare value.
    """
    if len(values) < 50:
        return None
    counts: dict[str, int] = {}
    for value in values:
        counts[value.casefold()] = counts.get(value.casefold(), 0) + 1
    if not 2 <= len(counts) <= min(MAX_CATEGORIES, len(values) // 5):
        return None
    if sum(len(v) for v in values) / len(values) > 40 or any(ch.isdigit() for v in counts for ch in v[:1]):
        return None
    rare = sum(c for c in counts.values() if c < RARE_CATEGORY_SHARE * len(values))
    return round(rare / len(values), 3) if rare else None


def _propose_rare_categories(profiles: dict[str, ColumnProfile], samples: dict[str, list[str]]) -> None:
    """Mark plain categorical columns with rare values as candidate quasi-identifiers (``qi_type``
    ``category``, evidence ``rare_categories``); their kind stays, the plan asks to confirm them."""
    for name, profile in profiles.items():
        if profile.kind != NOT_PERSONAL or profile.entity is not None or profile.qi_type is not None:
            continue
        share = rare_category_evidence(samples.get(name, []))
        if share is not None:
            profile.qi_type = "category"
            profile.evidence["rare_categories"] = share


def _shares_from_results(values: list[str], results: Iterable[list[Any]]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for value, found in zip(values, results, strict=True):
        letters = max(1, len(value.replace(" ", "")))
        covered: dict[str, int] = {}
        for r in found:
            covered[r.entity_type] = covered.get(r.entity_type, 0) + len(
                value[r.start : r.end].replace(" ", "")
            )
        for entity, chars in covered.items():
            if chars / letters >= 0.5:
                counts[entity] = counts.get(entity, 0) + 1
    if not values:
        return {}
    return {entity: round(n / len(values), 3) for entity, n in counts.items()}

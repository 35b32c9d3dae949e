"""Shoal's recognizers and the post-filter the pipelines apply to Presidio's results.

`register_all(registry)` adds every Shoal recognizer to a Presidio `RecognizerRegistry` and removes the
predefined ones that are weak or replaced (see `REMOVED_PRESIDIO_RECOGNIZERS`).
`filter_results(text, results)` drops what is below `SCORE_THRESHOLD` (e.g. bare digit runs whose
context never showed up) and Presidio's known false positives: greetings taken for names, product
model codes taken for names or IDs, and DATE_TIME on plain numbers.
Callers: ``get_analyzer().analyze(text, language="en", context=[header])`` then ``filter_results``.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerRegistry, RecognizerResult

from anonymize.entities import NATIONAL_ID_ENTITIES
from anonymize.recognizers.age import AgeRecognizer
from anonymize.recognizers.at_svnr import AtSvnrRecognizer
from anonymize.recognizers.be_national_number import BeNationalNumberRecognizer
from anonymize.recognizers.credit_card import ShoalCreditCardRecognizer
from anonymize.recognizers.date_of_birth import DateOfBirthRecognizer
from anonymize.recognizers.de_tax_id import ShoalDeTaxIdRecognizer
from anonymize.recognizers.dk_cpr import DkCprRecognizer
from anonymize.recognizers.email_extras import (
    EmailDerivedNameRecognizer,
    EmailDisplayNameRecognizer,
    ObfuscatedEmailRecognizer,
    ShoalEmailRecognizer,
)
from anonymize.recognizers.es_dni import EsDniRecognizer, ShoalEsNieRecognizer
from anonymize.recognizers.eu_iban import EuIbanRecognizer
from anonymize.recognizers.eu_postcode import EuPostcodeRecognizer
from anonymize.recognizers.eu_street_address import EuStreetAddressRecognizer
from anonymize.recognizers.eu_vat import EuVatRecognizer
from anonymize.recognizers.fi_hetu import FiHetuRecognizer
from anonymize.recognizers.fr_nir import FrNirRecognizer
from anonymize.recognizers.ie_ppsn import IePpsnRecognizer
from anonymize.recognizers.it_fiscal_code import ShoalItFiscalCodeRecognizer
from anonymize.recognizers.learned_names import LearnedNameRecognizer
from anonymize.recognizers.name_context import NameContextRecognizer
from anonymize.recognizers.national_id import NationalIdRecognizer
from anonymize.recognizers.nl_bsn import NlBsnRecognizer
from anonymize.recognizers.person_names import PersonNameRecognizer, name_lists
from anonymize.recognizers.phone import EuPhoneRecognizer
from anonymize.recognizers.pl_pesel import ShoalPlPeselRecognizer
from anonymize.recognizers.products import beside_product
from anonymize.recognizers.pt_nif import PtNifRecognizer
from anonymize.recognizers.se_personnummer import ShoalSePersonnummerRecognizer
from anonymize.recognizers.uk_nhs import UkNhsRecognizer
from anonymize.recognizers.uk_nino import ShoalUkNinoRecognizer
from anonymize.recognizers.us_ssn import ShoalUsSsnRecognizer

__all__ = ["SCORE_THRESHOLD", "filter_results", "register_all", "shoal_recognizers"]

#: Results scoring below this are dropped by `filter_results`. Context-requiring patterns start at
#: 0.05; Presidio's context enhancer lifts a match with a context word to at least 0.4.
SCORE_THRESHOLD = 0.4

#: Predefined recognizers removed: weak US patterns that fire on order numbers and product codes, and
#: the ones Shoal replaces with broader, checksum-validated versions.
REMOVED_PRESIDIO_RECOGNIZERS: tuple[str, ...] = (
    "UsLicenseRecognizer",  # letters+digits: flags "XR2000", invoice numbers
    "UsBankRecognizer",  # 8-17 plain digits
    "UsPassportRecognizer",  # 9 plain digits
    "UsItinRecognizer",  # weak 9-digit patterns
    "PhoneRecognizer",  # only a few regions; replaced by EuPhoneRecognizer
    "IbanRecognizer",  # replaced by EuIbanRecognizer (trailing-word safe)
    "NhsRecognizer",  # replaced by UkNhsRecognizer (context for plain digits)
    "UsSsnRecognizer",  # replaced by our ShoalUsSsnRecognizer (stdnum rules, context for plain digits)
    "MedicalLicenseRecognizer",  # US DEA numbers: two letters + 7 digits, noisy on product codes
    "CreditCardRecognizer",  # misses Mastercard 2-series and Maestro; replaced by ShoalCreditCardRecognizer
    "EmailRecognizer",  # public-suffix check misses .local/.corp/.example; replaced by ShoalEmailRecognizer
)


def shoal_recognizers(language: str = "en") -> list[EntityRecognizer]:
    """Return one fresh instance of every Shoal recognizer for ``language``."""
    classes: list[type[EntityRecognizer]] = [
        EuIbanRecognizer,
        EuPhoneRecognizer,
        ShoalUkNinoRecognizer,
        UkNhsRecognizer,
        EsDniRecognizer,
        ShoalEsNieRecognizer,
        ShoalItFiscalCodeRecognizer,
        NlBsnRecognizer,
        ShoalDeTaxIdRecognizer,
        FrNirRecognizer,
        BeNationalNumberRecognizer,
        ShoalPlPeselRecognizer,
        PtNifRecognizer,
        IePpsnRecognizer,
        AtSvnrRecognizer,
        DkCprRecognizer,
        ShoalSePersonnummerRecognizer,
        FiHetuRecognizer,
        ShoalUsSsnRecognizer,
        NationalIdRecognizer,
        EuVatRecognizer,
        ShoalCreditCardRecognizer,
        EuPostcodeRecognizer,
        EuStreetAddressRecognizer,
        DateOfBirthRecognizer,
        ShoalEmailRecognizer,
        ObfuscatedEmailRecognizer,
        EmailDisplayNameRecognizer,
        EmailDerivedNameRecognizer,
        PersonNameRecognizer,
        NameContextRecognizer,
        LearnedNameRecognizer,
        AgeRecognizer,
    ]
    return [cls(supported_language=language) for cls in classes]  # type: ignore[call-arg]


def register_all(registry: RecognizerRegistry) -> None:
    """Add Shoal's recognizers to ``registry`` and remove the weak/replaced predefined ones."""
    for name in REMOVED_PRESIDIO_RECOGNIZERS:
        registry.recognizers = [r for r in registry.recognizers if getattr(r, "name", None) != name]
    languages = registry.supported_languages or ["en"]
    for language in languages:
        for recognizer in shoal_recognizers(language):
            registry.add_recognizer(recognizer)


# --- post-filter -------------------------------------------------------------------------------------

GREETINGS: frozenset[str] = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "dear",
        "hallo",
        "hola",
        "ciao",
        "salut",
        "bonjour",
        "bonsoir",
        "servus",
        "moin",
        "hej",
        "hei",
        "tag",
        "guten",
        "gutentag",
        "morning",
        "evening",
        "afternoon",
        "good",
        "there",
        "all",
        "everyone",
        "team",
        "sir",
        "madam",
        "sirs",
        "madams",
        "or",
        "and",
        "to",
        "whom",
        "it",
        "may",
        "concern",
        "mr",
        "mrs",
        "ms",
        "dr",
        "liebe",
        "lieber",
        "sehr",
        "geehrte",
        "geehrter",
        "damen",
        "herren",
        "mesdames",
        "messieurs",
        "monsieur",
        "madame",
        "estimado",
        "estimada",
        "estimados",
        "señor",
        "señora",
        "gentile",
        "egregio",
        "signore",
        "signora",
        "geachte",
        "heer",
        "mevrouw",
        "beste",
        "cher",
        "chère",
        "chers",
        "regards",
        "best",
        "kind",
        "thanks",
        "thank",
        "cheers",
        "yours",
        "sincerely",
        "greetings",
        "welcome",
        "goodbye",
        "bye",
        "witam",
        "szanowni",
        "państwo",
        "olá",
        "bom",
        "dia",
        "boa",
        "tarde",
        "god",
        "dag",
        "hyvää",
        "päivää",
    ]
)
#: Product/model codes: "iPhone 13", "XR-2000", "A320", "Galaxy S23", "RTX 4090".
MODEL_CODE = re.compile(
    r"^(?:(?:iPhone|iPad|Galaxy|Pixel|Xbox|PlayStation|PS|Model|Series|Type|Version|v)\s?[\w-]*\d[\w-]*"
    r"|[A-Za-z]{1,5}[- ]?\d{2,6}[A-Za-z]{0,3}|\d{2,6}[A-Za-z]{1,3})$",
    re.IGNORECASE,
)
#: "Nokia G42", "Redmi Note 13", "Galaxy S23 Ultra": a brand or line, then a code with a digit.
_NAMED_MODEL = re.compile(
    r"^(?:[^\W\d_][\w-]*\s+){1,2}[A-Za-z]{0,3}\d{1,4}[A-Za-z]{0,2}(?:\s+(?:Pro|Max|Plus|Ultra|Mini|Lite|FE|5G))*$"
)
#: Entity types a model code is typically mistaken for (never checksum-validated ones).
_MODEL_CODE_PRONE = frozenset(
    {"PERSON", "ORGANIZATION", "LOCATION", "NRP", "DATE_TIME", "US_DRIVER_LICENSE", "US_PASSPORT",
     "US_BANK_NUMBER", "MEDICAL_LICENSE"}
)  # fmt: skip
#: Entities that a product named after a person or a place is mistaken for.
_PRODUCT_PRONE = frozenset({"PERSON", "LOCATION", "NRP"})
_PLAIN_NUMBER = re.compile(r"^\d[\d\s]*(?:[.,]\d+)?$")
_YEAR = re.compile(r"^(?:1[89]|20)\d{2}$")
_WORD = re.compile(r"[^\W\d_]+")
#: Words that make the number after them a business reference, not a person's identifier.
NEGATIVE_CONTEXT = re.compile(
    r"(?i)\b(?:order|invoice|inv|ref|reference|sku|item|article|art|product|model|part|serial|tracking|"
    r"ticket|case|booking|receipt|transaction|po|bestellung|bestellnummer|rechnung|artikel|commande|"
    r"facture|référence|pedido|factura|referencia|ordine|fattura|articolo|bestelling|factuur|"
    r"zamówienie|faktura|encomenda|fatura|ordre|tilaus|lasku|beställning|version|ver|v|release|build|firmware|"
    r"réf|cod|kod|código|codice|artikelnummer|art\.-nr|ean|gtin|upc|tracking|sendung|suivi|seguimiento|"
    r"spedizione|zending|przesyłka|envio|case|fall|dossier|caso|pratica|zaak|sprawa|processo)\b\W{0,3}(?:no\.?|nr\.?|n°|"
    r"number|nummer|numéro|número|numero|#|id)?\W{0,3}(?:[^\W\d_]{1,6}[-/_#.]\s?(?:\d+[-/_. ])*)?$"
)
#: A letter-led reference code ("ORD-2025-010001", "PO/2025/123456") that spaCy tags as a name or place.
_CODE_TOKEN = re.compile(r"\b[^\W\d_]{1,6}[-/_#.]\d{3,}")
#: Number-shaped entities without a checksum, which a business reference before them cancels.
_NEGATIVE_CONTEXT_PRONE = frozenset(
    {"PHONE_NUMBER", "POSTCODE", "US_SSN", "DATE_TIME", "UK_NHS", "NL_BSN", "PT_NIF", "DK_CPR", "NATIONAL_ID"}
)
#: A result of one of these types swallows weaker labels inside it (a name inside a street address).
_CONTAINERS = frozenset({"STREET_ADDRESS", "EMAIL_ADDRESS", "IBAN_CODE", "PHONE_NUMBER", "URL", "EU_VAT"})
_CONTAINED = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME", "NRP", "URL", "POSTCODE"})
#: A phone-shaped digit run that overlaps one of these is part of it (house numbers, SSNs, IPs, …).
_PHONE_YIELDS_TO = NATIONAL_ID_ENTITIES | {
    "STREET_ADDRESS",
    "POSTCODE",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "EU_VAT",
    "DATE_OF_BIRTH",
}


def filter_results(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drop low scores and known false positives; keep order. Pure: ``results`` is not mutated."""
    strong = [_trimmed(text, r) if _is_spacy(r) and r.entity_type == "PERSON" else r for r in results]
    strong = [_without_labels(text, r) if r.entity_type == "PERSON" else r for r in strong]
    strong = [
        _without_leading_word(text, r) if r.entity_type == "PERSON" and _is_ner(r) else r for r in strong
    ]
    strong = [_one_line(text, r) if r.entity_type == "PERSON" else r for r in strong]
    strong = [before_company(text, r) if r.entity_type == "PERSON" else r for r in strong]
    strong = [r for r in strong if r.end > r.start]
    strong = [r for r in strong if r.score >= SCORE_THRESHOLD]
    languages: list[tuple[str, ...]] = []  # guessed on first need, once per text
    containers = [r for r in strong if r.entity_type in _CONTAINERS]
    persons = [r for r in strong if r.entity_type == "PERSON" and not _is_greeting(text[r.start : r.end])]
    kept = []
    for result in strong:
        value = text[result.start : result.end].strip()
        kind = result.entity_type
        if kind == "PERSON" and (
            _is_greeting(value) or (_is_lowercase_non_name(value) and not _reads_position(result))
        ):
            continue
        if kind == "PERSON" and _is_ner(result) and _words_of_the_language(value, text, languages, result):
            continue  # spaCy's English model reads "Rückruf" or "Lieferung" in German notes as a name
        if kind in _MODEL_CODE_PRONE and MODEL_CODE.match(value) and not value.isdigit():
            continue
        if kind in _MODEL_CODE_PRONE and _CODE_TOKEN.search(value):
            continue
        if kind in _PRODUCT_PRONE and _inside_code(text, result.start, result.end):
            continue  # "EE263371859GB", "FN-2468-M": a name never shares its word with digits
        if kind in _PRODUCT_PRONE and (_legal_form(value) or _before_legal_form(text, result.end)):
            continue  # "S.L.", "Atlantic Suministros S.L.": a company, not a place or a person
        if kind in _NEGATIVE_CONTEXT_PRONE and _digits_in_a_code(text, result.start, result.end):
            continue  # "crm-de-00075": the digits of an identifier code, not a postcode or a phone
        if kind == "CREDIT_CARD" and _is_ean(text, result.start, result.end):
            continue  # "EAN 5601218778108" passes Luhn one time in ten
        if kind == "PERSON" and _NAMED_MODEL.match(value):
            continue
        if (
            kind in _PRODUCT_PRONE
            and beside_product(text, result.start, result.end)
            and not any(
                _names_position(p) and p.start <= result.start and result.end <= p.end for p in persons
            )
        ):
            continue  # "Victoria Teapot", "Lampe Florence": a product, unless a cue names a person there
        if kind == "DATE_TIME" and _PLAIN_NUMBER.match(value) and not _YEAR.match(value):
            continue
        if kind in _NEGATIVE_CONTEXT_PRONE and NEGATIVE_CONTEXT.search(
            text[max(0, result.start - 30) : result.start]
        ):
            continue
        if kind in _CONTAINED and any(
            c is not result
            and c.entity_type != kind
            and c.start <= result.start
            and result.end <= c.end
            and not (kind == "URL" and c.entity_type == "URL")
            for c in containers
        ):
            continue
        if kind in {"ORGANIZATION", "LOCATION"} and any(
            p.entity_type == "PERSON" and p.start <= result.start and result.end <= p.end + 3 for p in persons
        ):
            continue
        if kind == "DATE_TIME" and any(
            o.entity_type in {"AGE", "DATE_OF_BIRTH"} and o.start < result.end and result.start < o.end
            for o in strong
        ):
            continue
        if kind == "PHONE_NUMBER" and _PT_POSTCODE.fullmatch(value):
            continue  # "9966-618": a Portuguese postcode (four digits, a dash, three)
        if kind == "PHONE_NUMBER" and _VERSION_NUMBER.fullmatch(value):
            continue  # "upgrade to 2.5.17.3284": a version; dotted phones start with 0 or +
        if kind == "PHONE_NUMBER" and _YEAR_SLASH_NUMBER.fullmatch(value):
            continue  # "vorgang 2023/1934", "pedido nº 2024/43143": a file number, not a phone
        if kind == "PHONE_NUMBER" and any(
            o.entity_type in _PHONE_YIELDS_TO and o.start < result.end and result.start < o.end
            for o in strong
        ):
            continue
        kept.append(result)
    return kept


#: A year, a slash and a running number: how offices number cases, orders and invoices. Phone
#: numbers written with a slash start with their trunk 0 or a "+" ("040/25049364").
_PT_POSTCODE = re.compile(r"\d{4}-\d{3}")
_VERSION_NUMBER = re.compile(r"[1-9]\d{0,2}(?:\.\d{1,5}){2,4}")
_YEAR_SLASH_NUMBER = re.compile(r"(?:19|20)\d\d ?/ ?\d{2,7}")


def _is_greeting(value: str) -> bool:
    words = [w.lower() for w in _WORD.findall(value)]
    return not words or all(w in GREETINGS for w in words)


_NAME_RUN = re.compile(
    r"[A-ZÀ-ÞĀ-Ž][^\W_]*(?:['’][^\W\d_]+)?(?:[ \t]+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|le|la|du|ter|ten)"
    r"[ \t]+)*[A-ZÀ-ÞĀ-Ž][^\W_]*(?:['’][^\W\d_]+)?)*"
)


def _is_spacy(result: RecognizerResult) -> bool:
    name = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
    return name == "SpacyRecognizer"


def _trimmed(text: str, result: RecognizerResult) -> RecognizerResult:
    """An NER name cut to its capitalised words when it runs into lower-case ones ("Proboek confirma
    la dirección" is "Proboek"): in a cased text a name does not go on in lower case."""
    value = text[result.start : result.end]
    if value.islower() or value.isupper() or not any(w[:1].islower() for w in value.split()):
        return result
    run = _NAME_RUN.search(value)
    if run is None:
        return result
    return RecognizerResult(
        result.entity_type,
        result.start + run.start(),
        result.start + run.end(),
        result.score,
        result.analysis_explanation,
        result.recognition_metadata,
    )


_EDGE_WORD = re.compile(r"[^\s]+")


def _without_labels(text: str, result: RecognizerResult) -> RecognizerResult:
    """A name without the field labels, greetings and sign-offs at its edges ("Hipolito Sikking
    DOB" is the name before "DOB"; "Moin Selemawit" the name after "Moin"); all labels: an empty
    span, dropped."""
    from anonymize.recognizers.name_cues import NOT_NAMES
    from anonymize.vocabulary import stop_words

    words = list(_EDGE_WORD.finditer(text, result.start, result.end))
    if not words:
        return result

    from anonymize.recognizers.person_names import SIGN_OFF_WORDS_RE

    def label(word: str) -> bool:
        folded = word.strip(".,:;()!").lower()  # not casefold: "grüße" must stay "grüße"
        parts = [p for p in re.split(r"[_.\-]", folded) if p]
        if len(parts) > 1 and all(p in NOT_NAMES for p in parts):
            return True  # "support_bot", "no-reply"
        if folded in GREETINGS or SIGN_OFF_WORDS_RE.fullmatch(folded):
            return True  # "Moin Selemawit", "Grüße\nSevda": the greeting or sign-off is no part of the name
        return folded in NOT_NAMES or (word.islower() and folded in stop_words("en"))

    first, last = 0, len(words) - 1
    while first <= last and label(words[first].group()):
        first += 1
    while last >= first and label(words[last].group()):
        last -= 1
    if (first, last) == (0, len(words) - 1):
        return result
    start, end = (words[first].start(), words[last].end()) if first <= last else (result.start, result.start)
    return RecognizerResult(
        result.entity_type, start, end, result.score, result.analysis_explanation, result.recognition_metadata
    )


#: How common (Zipf, English) a leading word must be to be no part of a model's name.
_COMMON_LEADING_ZIPF = 4.5


def _without_leading_word(text: str, result: RecognizerResult) -> RecognizerResult:
    """A model's name without a very common English word before it that opens a name cue ("Call
    Sylvie before delivery", "Email Kwabena the invoice": the imperative is not the name; "Nine
    Oosterhous" keeps its first name). Any name of any list stays, common
    word or not ("Mark Oyelaran", "Will Tannock")."""
    from anonymize.recognizers.name_context import cue_first_words
    from anonymize.vocabulary import faker_person_words, zipf

    words = list(_EDGE_WORD.finditer(text, result.start, result.end))
    if len(words) < 2:
        return result
    folded = words[0].group().lower()
    if (
        folded not in cue_first_words()
        or zipf(folded, "en") < _COMMON_LEADING_ZIPF
        or folded in faker_person_words()
    ):
        return result
    return RecognizerResult(
        result.entity_type,
        words[1].start(),
        result.end,
        result.score,
        result.analysis_explanation,
        result.recognition_metadata,
    )


def _one_line(text: str, result: RecognizerResult) -> RecognizerResult:
    """A name ends at its line's end ("Frau Jastarz\nAblieferbeleg für …" is "Jastarz"): a line break
    inside a finding joins a name to whatever starts the next line."""
    cut = text.find("\n", result.start, result.end)
    if cut < 0:
        return result
    end = cut
    while end > result.start and text[end - 1] in " \t\r,;":
        end -= 1
    return RecognizerResult(
        result.entity_type,
        result.start,
        end,
        result.score,
        result.analysis_explanation,
        result.recognition_metadata,
    )


def _inside_code(text: str, start: int, end: int) -> bool:
    """Digits in the same whitespace-delimited token as the span: part of a code, not a name."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    token = text[left:right].strip(".,;:()[]{}\"'")
    return any(ch.isdigit() for ch in token)


_LEGAL_FORMS = frozenset(
    """ltd llc llp plc inc corp gmbh ag kg ohg ug se sa sas sarl sàrl srl spa bv nv vof lda oy oyj ab as
    asa aps sp zoo co s.a s.l s.p.a s.r.l b.v n.v s.a.s s.r.o a.s kft e.k ek e.v ev gbr mbh kgaa
    (haftungsbeschränkt) haftungsbeschränkt limited ltda slu s.l.u sasu eurl snc bvba cv s.c sc sp.j
    s.n.c s.a.s.u""".split()  # noqa: SIM905
)
#: Words that may join a company's name to its legal form ("Kleintierklinik am Park e.K.").
_COMPANY_JOINERS = frozenset("am an der die das im zum zur & und and et y e en de del la le".split())  # noqa: SIM905
_PARTICLE_IN_NAME = re.compile(r"(?i)[ \t]+(?:von|van|de|di|da|du|del|della)[ \t]+")


def before_company(text: str, result: RecognizerResult) -> RecognizerResult:
    """A name found where a company's name runs on to its legal form within three words ("Zahnarzt-
    praxis am Kanal e.K.", "wohnkontor eiche ug") is that company: an empty span. A name with a
    particle that leads into one ("Rozalinda von Spedition Weitblick e.K.") keeps its part before the
    particle."""
    from anonymize.vocabulary import stop_words

    inside = text[result.start : result.end].split()
    if len(inside) > 1 and _legal_form(inside[-1]):
        return RecognizerResult(
            result.entity_type, result.start, result.start, result.score, result.analysis_explanation
        )
    following = text[result.end : result.end + 60].split("\n", 1)[0]  # a company's name is on one line
    words = re.findall(r"[^\s,;:()]+|\([^)\s]*\)", following)
    upper = text[result.start : result.start + 1].isupper()
    for word in words[:4]:
        if _legal_form(word):
            break
        folded = word.casefold()
        if folded in _COMPANY_JOINERS:
            continue
        if (
            not word[:1].isalpha()
            or word[:1].isupper() != upper
            or any(folded in stop_words(lang) for lang in ("en", "de", "fr", "es", "it", "nl", "pl", "pt"))
        ):
            return result
    else:
        return result
    if not text[result.end : result.end + 1].isspace() and result.end < len(text):
        return result
    value = text[result.start : result.end]
    particle = _PARTICLE_IN_NAME.search(value)
    end = result.start + particle.start() if particle else result.start
    return RecognizerResult(
        result.entity_type,
        result.start,
        end,
        result.score,
        result.analysis_explanation,
        result.recognition_metadata,
    )


#: The Polish "sp. z o.o." in any case: unambiguous as a whole though "sp" alone is a word.
_SP_Z_OO = re.compile(r"(?i)sp\.?[ \t]*z[ \t]*o\.[ \t]*o\.?(?:[ \t].*)?")


def legal_form_ahead(text: str, end: int, within: int = 5) -> bool:
    """A company's legal form closes a name within ``within`` words after ``end``, on the same line
    ("… z Drukarnia Atrament s.c.", "… from Nordlys Trading Ltd")."""
    following = text[end : end + 80].split("\n", 1)[0]
    words = re.findall(r"[^\s,;:()]+", following)
    for n in range(1, min(within, len(words)) + 1):
        if _legal_form(words[n - 1]) or _SP_Z_OO.fullmatch(" ".join(words[n - 1 : n + 3])):
            return n >= 2  # a name before the form: "z s.c." alone names no company
    return False


def _before_legal_form(text: str, end: int) -> bool:
    """The span's last word is, or the next word is, a company's legal form."""
    following = re.match(r"[ \t,]+([^\s,;]+)", text[end : end + 20])
    return bool(following) and _legal_form(following.group(1))  # type: ignore[union-attr]


def _digits_in_a_code(text: str, start: int, end: int) -> bool:
    """Only digits, inside a whitespace-delimited token that has three letters or more."""
    value = text[start:end]
    if any(ch.isalpha() for ch in value):
        return False
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    token = re.sub(r"^[^\W\d_]+[.:]+", "", text[left:right])  # a label glued by a dot: "Tel.0364…"
    return sum(ch.isalpha() for ch in token) >= 3


_EAN_CONTEXT = re.compile(r"(?i)\b(?:ean|gtin|upc|barcode|code-barres|codice a barre|strichcode)\b\W{0,4}$")


def _is_ean(text: str, start: int, end: int) -> bool:
    """Thirteen digits with a valid EAN-13 check digit, after "EAN", "GTIN", "barcode"…"""
    from stdnum import ean

    digits = re.sub(r"\D", "", text[start:end])
    return (
        len(digits) in {8, 13}
        and ean.is_valid(digits)
        and bool(_EAN_CONTEXT.search(text[max(0, start - 20) : start]))
    )


def _legal_form(value: str) -> bool:
    """Every word of ``value`` is a company's legal form ("S.L.", "sp. z o.o.")."""
    originals = value.replace("&", " ").split()
    words = [w.strip(".").casefold() for w in originals]
    if any(
        w in _AMBIGUOUS_FORMS and o.islower() and "." not in o.rstrip(".")
        for w, o in zip(words, originals, strict=True)
    ):
        return False  # "holt es ab", "as agreed", "se llama": the words, not "AB", "AS", "SE"
    return any(w in _LEGAL_FORMS for w in words) and all(
        w in _LEGAL_FORMS or w in {"z", "o.o", "o", "co"} for w in words
    )


#: Legal forms that are also short words of the languages Shoal reads: forms only in capitals or with dots.
_AMBIGUOUS_FORMS = frozenset("ab as se sa ag co sc ev ek cv sp spa nv kg ug asa oy sas".split())  # noqa: SIM905


def _is_ner(result: RecognizerResult) -> bool:
    """Found by a statistical model (spaCy's or Shoal's names model), not by a rule."""
    name = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
    return name in {"SpacyRecognizer", "LearnedNameRecognizer"}


def _words_of_the_language(
    value: str, text: str, languages: list[tuple[str, ...]], result: RecognizerResult | None = None
) -> bool:
    """Every word of ``value`` is an ordinary word of the language ``text`` is in (a common one for
    English), and none is a known name: NER misreading a noun, mostly in a language it was not
    trained for ("Rückruf", "Lieferung"), not a person."""
    from anonymize.vocabulary import LANGUAGES, guess_languages, zipf

    if not languages:
        languages.append(guess_languages(text))
    words = [w.casefold() for w in _WORD.findall(value)]
    if not words:
        return False
    first, last = name_lists()
    # English is spaCy's own language: only its common words ("Gift wrapping") are misreadings. A
    # text too short to tell its language ("manda para …") is judged against every language.
    bars = {lang: 4.0 if lang == "en" else 3.0 for lang in languages[0]} or dict.fromkeys(LANGUAGES, 3.5)
    # A known name that the names model read in lower case and that is also a very common word of
    # the text's language ("manda para …", a verb in Portuguese) counts as the word: the lists hold
    # rare given names from every locale.
    lower_model = value.islower() and result is not None and not _is_spacy(result)
    return all(
        (
            (w not in first and w not in last)
            or (
                lower_model and max((zipf(w, lang) for lang in languages[0]), default=0.0) >= COMMON_NAME_ZIPF
            )
        )
        and any(zipf(w, lang) >= bar for lang, bar in bars.items())
        for w in words
    )


#: Zipf frequency above which a known name read by a model in the text's language is taken for a word.
COMMON_NAME_ZIPF = 4.5


def _names_position(result: RecognizerResult) -> bool:
    """A name found at a cue or in an e-mail (not by a model): it outweighs a product noun nearby."""
    name = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
    return name in _POSITION_NAME_RECOGNIZERS and name != "LearnedNameRecognizer"


def _reads_position(result: RecognizerResult) -> bool:
    """A name read off an e-mail address, a display name or a name position (a cue, a chat speaker,
    a mention) holds even in lower case ("anna nowak <…>", "escalated to marek")."""
    name = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
    return name in _POSITION_NAME_RECOGNIZERS


_POSITION_NAME_RECOGNIZERS = frozenset(
    {
        "EmailDerivedNameRecognizer",
        "EmailDisplayNameRecognizer",
        "NameContextRecognizer",
        "LearnedNameRecognizer",
    }
)


def _is_lowercase_non_name(value: str) -> bool:
    """spaCy sometimes tags lower-case phrases ("geboren am") as PERSON; keep them only if a word is a name."""
    if not value.islower():
        return False
    first, last = name_lists()
    return not any(w in first or w in last for w in _WORD.findall(value))

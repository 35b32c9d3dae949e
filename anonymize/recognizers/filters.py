"""The post-filter the pipelines apply to Presidio's results: `filter_results` drops low scores and
known false positives (greetings, model codes, companies, products, plain numbers, findings inside a
better one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from anonymize.entities import NATIONAL_ID_ENTITIES
from anonymize.recognizers._base import (
    SHAPE_AND_MODEL_NAME_SOURCES,
    in_code_token,
    recognizer_name,
    respan,
    token_around,
    url_inside_a_word,
)
from anonymize.recognizers.companies import _before_legal_form, _legal_form, before_company, business_around
from anonymize.recognizers.name_cues import NOT_NAMES
from anonymize.recognizers.name_lists import complete_lists, row_names
from anonymize.recognizers.name_shapes import THING_ARTICLES, after_article
from anonymize.recognizers.no_words import is_a_word
from anonymize.recognizers.particles import with_particles
from anonymize.recognizers.person_names import HONORIFICS, is_listed_name, name_lists
from anonymize.recognizers.person_trims import (
    _WORD,
    _is_greeting,
    _is_spacy,
    _one_line,
    _trimmed,
    _without_labels,
    _without_leading_word,
)
from anonymize.recognizers.products import (
    beside_product,
    is_product_noun,
    item_before_price,
    named_thing,
    product_run,
    recurring_thing_spans,
)
from anonymize.recognizers.recipients import with_recipients

#: Results scoring below this are dropped by `filter_results`. Context-requiring patterns start at
#: 0.05; Presidio's context enhancer lifts a match with a context word to at least 0.4.
SCORE_THRESHOLD = 0.4

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

#: Entities whose value may run over lines (a postal address); any other finding ends at its line's end.
_MULTILINE = frozenset({"STREET_ADDRESS"})

#: Entities that a product named after a person or a place is mistaken for.
_PRODUCT_PRONE = frozenset({"PERSON", "LOCATION", "NRP"})

_PLAIN_NUMBER = re.compile(r"^\d[\d\s]*(?:[.,]\d+)?$")

_YEAR = re.compile(r"^(?:1[89]|20)\d{2}$")

#: Words that make the number after them a business reference, not a person's identifier.
NEGATIVE_CONTEXT = re.compile(
    r"(?i)\b(?:order|invoice|inv|ref|reference|sku|item|article|art|product|model|part|serial|tracking|"
    r"ticket|case|booking|receipt|transaction|po|bestellung|bestellnummer|rechnung|artikel|commande|"
    r"facture|référence|pedido|factura|referencia|ordine|fattura|articolo|bestelling|factuur|"
    r"zamówienie|faktura|encomenda|fatura|ordre|tilaus|lasku|beställning|version|ver|v|release|build|firmware|"
    r"réf|cod|kod|código|codice|artikelnummer|art\.-nr|ean|gtin|upc|tracking|sendung|suivi|seguimiento|"
    r"spedizione|zending|przesyłka|envio|case|fall|dossier|caso|pratica|zaak|sprawa|processo|auftrag|"
    r"auftragsnummer|auftragsnr|vorgang|re|fwd|fw|aw|wg)\b\W{0,3}(?:no\.?|nr\.?|n°|"
    r"number|nummer|numéro|número|numero|#|id)?\W{0,3}(?:[^\W\d_]{1,6}[-/_#.]\s?(?:\d+[-/_. ])*)?$"
)

#: A letter-led reference code ("ORD-2025-010001", "PO/2025/123456") that spaCy tags as a name or place.
_CODE_TOKEN = re.compile(r"\b[^\W\d_]{1,6}[-/_#.]\d{3,}")

#: Number-shaped entities without a checksum, which a business reference before them cancels.
NEGATIVE_CONTEXT_PRONE = frozenset(
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
    strong = [_one_line(text, r) if r.entity_type not in _MULTILINE else r for r in strong]
    strong = [
        before_company(text, r) if r.entity_type in {"PERSON", "LOCATION", "NRP"} else r for r in strong
    ]
    strong = [r for r in strong if r.end > r.start]
    strong = [_as_handle(text, r) if r.entity_type == "PERSON" else r for r in strong]
    strong = [r for r in strong if r.score >= SCORE_THRESHOLD]
    languages: list[tuple[str, ...]] = []  # guessed on first need, once per text
    containers = [r for r in strong if r.entity_type in _CONTAINERS]
    persons = [r for r in strong if r.entity_type == "PERSON" and not _is_greeting(text[r.start : r.end])]
    kept = []
    for result in strong:
        value = text[result.start : result.end].strip()
        if _is_false_positive(text, value, result, languages, persons) or _is_covered(
            text, value, result, strong, containers, persons
        ):
            continue
        kept.append(result)
    return with_recipients(text, row_names(text, complete_lists(text, with_particles(text, kept))))


#: An initial and a surname ("L. Pafomoff"): a person's shape that no product takes.
_INITIAL_AND_SURNAME = re.compile(r"[A-ZÀ-ÞĀ-Ž]\.[ \t]?[A-ZÀ-ÞĀ-Ž][^\W\d_]+(?:-[A-ZÀ-ÞĀ-Ž][^\W\d_]+)?")


#: What a catalogue item's name is read as: a person, or a place ("reader bag Bremen").
_THING_PRONE = frozenset({"PERSON", "LOCATION", "CITY"})


def drop_recurring_things(
    texts: Sequence[str], results: Sequence[list[RecognizerResult]]
) -> list[list[RecognizerResult]]:
    """Without the names that a batch's recurring noun + name pairs hold (`recurring_thing_spans`):
    "leitão Bairrada" in record after record is a product, "reader bag Bremen" too. A name a cue reads
    there stays."""
    things = recurring_thing_spans(list(texts))
    return [
        [
            r
            for r in found
            if r.entity_type not in _THING_PRONE
            or _names_position(r)
            or not any(start <= r.start and r.end <= end for start, end in spans)
        ]
        for found, spans in zip(results, things, strict=True)
    ]


def _is_false_positive(
    text: str,
    value: str,
    result: RecognizerResult,
    languages: list[tuple[str, ...]],
    persons: list[RecognizerResult],
) -> bool:
    """Whether ``result`` is one of Presidio's known false positives, judged by its value and the
    text around it (greetings, model codes, companies, products, plain numbers)."""
    kind = result.entity_type
    if kind == "PERSON" and (
        _is_greeting(value) or (_is_lowercase_non_name(value) and not _reads_position(result))
    ):
        return True
    if (
        kind == "PERSON"
        and text[max(0, result.start - 1) : result.start] == "#"
        and _CAMEL_CASE.search(value)
    ):
        return True  # "#BlackFriday": a hashtag of joined words is a topic
    if kind == "PERSON" and value.casefold() in NOT_NAMES:
        return True  # "Fwd: 85-2692949", "Support:": a mail prefix or a role in a name's place
    if kind == "PERSON" and _is_ner(result) and _words_of_the_language(value, text, languages, result):
        return True  # spaCy's English model reads "Rückruf" or "Lieferung" in German notes as a name
    if kind in _MODEL_CODE_PRONE and MODEL_CODE.match(value) and not value.isdigit():
        return True
    if kind in _MODEL_CODE_PRONE and _CODE_TOKEN.search(value):
        return True
    if kind in _PRODUCT_PRONE and in_code_token(text, result.start, result.end) and not _embedded(result):
        return True  # "EE263371859GB", "FN-2468-M": a name never shares its word with digits
    if kind in _PRODUCT_PRONE and (_legal_form(value) or _before_legal_form(text, result.end, value)):
        return True  # "S.L.", "Atlantic Suministros S.L.": a company, not a place or a person
    if kind in NEGATIVE_CONTEXT_PRONE and _digits_in_a_code(text, result.start, result.end):
        return True  # "crm-de-00075": the digits of an identifier code, not a postcode or a phone
    if kind in NEGATIVE_CONTEXT_PRONE and text[max(0, result.start - 1) : result.start] == "#":
        return True  # "#4892560": a number after a hash sign is a reference, never a phone or a postcode
    if kind == "CREDIT_CARD" and _is_ean(text, result.start, result.end):
        return True  # "EAN 5601218778108" passes Luhn one time in ten
    if kind == "PERSON" and _NAMED_MODEL.match(value):
        return True
    if kind == "PERSON" and business_around(text, result.start, result.end):
        return True  # "Escalated to Brightwire Telecom", "chez Garage du Pont-Neuf": a business
    if kind in _PRODUCT_PRONE and _BEFORE_QUANTITY.match(text, result.end):
        return True  # "Greta Mostkrug ×6", "Sheffield cleaver x8,": a product and how many, no person
    if kind == "PHONE_NUMBER" and _A_DATE.search(value):
        return True  # "03.07.2025/15:38": a date and an hour, not a phone
    if (
        kind in _PRODUCT_PRONE
        and not _INITIAL_AND_SURNAME.fullmatch(value)  # "L. Pafomoff belt": no product has an initial
        and beside_product(text, result.start, result.end)
        and not any(_names_position(p) and p.start <= result.start and result.end <= p.end for p in persons)
    ):
        return True  # "Victoria Teapot", "Lampe Florence": a product, unless a cue names a person there
    if (
        kind in {"PERSON", "ORGANIZATION"}
        and not _names_position(result)
        and product_run(text, result.start, result.end)
    ):
        return True  # "Lotte Sleep Mask", "Oscar Cat| Tree": a product run read by a model or the lists
    if (
        kind == "PERSON"
        and all(is_product_noun(w) and not is_listed_name(w) for w in _WORD.findall(value))
        and _after_capitalised_word(text, result.start)
    ):
        return True  # "Lyon Chef Knife": a product noun ending a capitalised run, not a name after "Chef"
    if kind == "PERSON" and not _names_position(result) and named_thing(text, result.start, result.end):
        return True  # "un geranio Carmen": a thing's noun after an article, no person's noun
    if kind == "PERSON" and _thing_after_the(text, value, result):
        return True  # "swap to the Verona Heist": English puts no article before a person's name
    if kind == "PERSON" and item_before_price(text, result, recognizer_name(result)):
        return True  # "Brenderup 1205S", "Quiropodia por 533,50 €": a brand or an item, found by no cue
    if kind == "URL" and url_inside_a_word(text, result):
        return True  # "Agrin_before.jp|g": a piece of a file name, not a web address
    if kind == "DATE_TIME" and _PLAIN_NUMBER.match(value) and not _YEAR.match(value):
        return True
    return bool(
        kind in NEGATIVE_CONTEXT_PRONE
        and NEGATIVE_CONTEXT.search(text[max(0, result.start - 30) : result.start])
    )


def _is_covered(
    text: str,
    value: str,
    result: RecognizerResult,
    strong: list[RecognizerResult],
    containers: list[RecognizerResult],
    persons: list[RecognizerResult],
) -> bool:
    """Whether a finding that holds it, or a more specific one over it, makes ``result`` redundant or
    wrong (a place inside an address, a date inside an age, a phone over a national ID), or its
    value is a postcode, version or file number read as a phone."""
    kind = result.entity_type
    if kind in _CONTAINED and any(
        c is not result
        and c.entity_type != kind
        and c.start <= result.start
        and result.end <= c.end
        and not (kind == "URL" and c.entity_type == "URL")
        for c in containers
    ):
        return True
    if kind in {"ORGANIZATION", "LOCATION"} and any(
        p.entity_type == "PERSON" and p.start <= result.start and result.end <= p.end + 3 for p in persons
    ):
        return True
    if kind == "DATE_TIME" and any(
        o.entity_type in {"AGE", "DATE_OF_BIRTH"} and o.start < result.end and result.start < o.end
        for o in strong
    ):
        return True
    if kind == "POSTCODE" and _year_of_a_date(text, result):
        return True  # "in on 17 March 2024": a date's year, not a postcode
    if kind == "PHONE_NUMBER" and _PT_POSTCODE.fullmatch(value):
        return True  # "9966-618": a Portuguese postcode (four digits, a dash, three)
    # "upgrade to 2.5.17.3284", "LT 2024 2025.9.9": a version; dotted phones start with 0 or +
    if kind == "PHONE_NUMBER" and (
        _VERSION_NUMBER.fullmatch(value)
        or (value[:1] not in "0+" and any(_VERSION_NUMBER.fullmatch(part) for part in value.split()))
    ):
        return True
    if kind == "PHONE_NUMBER" and _YEAR_SLASH_NUMBER.fullmatch(value):
        return True  # "vorgang 2023/1934", "KW 0001/2025": a file number and its year, not a phone
    return kind == "PHONE_NUMBER" and any(
        o.entity_type in _PHONE_YIELDS_TO
        and o.start < result.end
        and result.start < o.end
        # "Recapito 312 351 9492": a postcode read in a phone's last digit group is part of the phone
        and not (o.entity_type == "POSTCODE" and result.start < o.start and o.end <= result.end)
        for o in strong
    )


def _year_of_a_date(text: str, result: RecognizerResult) -> bool:
    """A four-digit year that ends a written date ("17 March 2024", "3 de maio de 2024", "2024-05-25")."""
    if not _YEAR.match(text[result.start : result.end]):
        return False
    window = max(0, result.start - 24)
    return any(
        window + m.start() <= result.start and result.end <= window + m.end()
        for m in _date_re().finditer(text[window : result.end + 8])
    )


@lru_cache(maxsize=1)
def _date_re() -> re.Pattern[str]:
    """The written dates the birth-date recognizer reads (`date_of_birth.DATE`), compiled once."""
    from anonymize.recognizers.date_of_birth import DATE

    return re.compile(DATE)


_PT_POSTCODE = re.compile(r"\d{4}-\d{3}")
_VERSION_NUMBER = re.compile(r"(?:[1-9]\d{0,2}|20\d\d)(?:\.\d{1,5}){2,4}")  # 2.5.17, 2025.9.9
#: A year and a running number either way round ("2023/1934", "0001/2025"); a phone has more digits.
_YEAR_SLASH_NUMBER = re.compile(r"(?:19|20)\d\d ?/ ?\d{2,7}|\d{1,6} ?/ ?(?:19|20)\d\d")
#: Up to two more words of the same item, then a quantity and a comma, a colon or the line's end.
_BEFORE_QUANTITY = re.compile(
    r"(?:[ \t]+(?:[^\W\d_][\w'’-]*|\d+(?:[.,]\d+)?(?:[ \t]?[^\W\d_]{1,3}\b)?)){0,3}"
    r"[ \t]+[x×][ \t]?\d{1,4}\b(?=[ \t]*(?:[,;:)]|$))",
    re.M,
)
#: A whole calendar date with a four-digit year.
_A_DATE = re.compile(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d{2}(?![\d.])")


def _as_handle(text: str, result: RecognizerResult) -> RecognizerResult:
    """An ``@mention`` with digits in it ("@marek_77") is a user name: kept as one, not dropped as a code."""
    if not (_mention(text, result) and in_code_token(text, result.start, result.end)):
        return result
    return respan(result, result.start, result.end, "USERNAME")


def _mention(text: str, result: RecognizerResult) -> bool:
    """An ``@handle`` (with or without its "@"): user names mix letters and digits ("@marek_77")."""
    at = result.start if text[result.start : result.start + 1] == "@" else result.start - 1
    return (
        at >= 0
        and text[at : at + 1] == "@"
        and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "._-+"))
    )


def _digits_in_a_code(text: str, start: int, end: int) -> bool:
    """Only digits, inside a whitespace-delimited token that has three letters or more, or that
    opens with a capital letter or three and a dash ("F-2024-0973": an invoice number)."""
    value = text[start:end]
    if any(ch.isalpha() for ch in value):
        return False
    token = re.sub(
        r"^[^\W\d_]+[.:]+", "", token_around(text, start, end)
    )  # a label glued by a dot: "Tel.0364…"
    return sum(ch.isalpha() for ch in token) >= 3 or bool(_LETTER_PREFIX.match(token))


#: A code's letter prefix: one to three capitals and a dash before its digits ("F-2024-0973").
_LETTER_PREFIX = re.compile(r"[A-Z]{1,3}-\d")


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


def _is_ner(result: RecognizerResult) -> bool:
    """Found by a statistical model (spaCy's or Shoal's names model), not by a rule."""
    name = recognizer_name(result)
    return name in {"SpacyRecognizer", "LearnedNameRecognizer"}


def _words_of_the_language(
    value: str, text: str, languages: list[tuple[str, ...]], result: RecognizerResult | None = None
) -> bool:
    """Every word of ``value`` is an ordinary word of the language ``text`` is in (a common one for English),
    none a known name: NER misreading a noun, mostly in a language it was not trained for ("Rückruf")."""
    from anonymize.vocabulary import LANGUAGES, WEEKDAY_ABBREVIATIONS, guess_languages, rota_days, zipf

    if not languages:
        languages.append(guess_languages(text))
    words = [w.casefold() for w in _WORD.findall(value)]
    if not words:
        return False
    first, last = name_lists()
    # English is spaCy's own language: only its common words ("Gift wrapping") are misreadings. A
    # text too short to tell its language ("manda para …") is judged against every language.
    bars = {lang: 4.0 if lang == "en" else 3.0 for lang in languages[0]} or dict.fromkeys(LANGUAGES, 3.5)
    # A known name the names model read in lower case that is also a very common word of the text's
    # language ("manda para …", a verb in Portuguese) counts as the word: lists hold rare given names.
    lower_model = value.islower() and result is not None and not _is_spacy(result)
    days = rota_days(text) if WEEKDAY_ABBREVIATIONS.intersection(words) else frozenset()  # "lun. Ana / mié."

    def common(w: str) -> bool:
        return w in days or any(zipf(w, lang) >= bar for lang, bar in bars.items())

    # … and so does every known name of a lower-case phrase whose other words are plain words of the
    # language ("carton abîmé": "carton" is also a surname somewhere)
    lower_phrase = (
        lower_model and len(words) > 1 and any(w not in first and w not in last and common(w) for w in words)
    )
    rarer = (w not in first and w not in last and (common(w) or is_a_word(w)) for w in words)  # lazy
    if len(words) > 1 and any(map(common, words)) and all(rarer):
        return True  # "Ricevuta controfirmata": a common word and a rarer word of the lists, no name
    return all(
        (
            (w not in first and w not in last)
            or lower_phrase
            or (
                lower_model and max((zipf(w, lang) for lang in languages[0]), default=0.0) >= COMMON_NAME_ZIPF
            )
        )
        and common(w)
        for w in words
    )


#: Zipf frequency above which a known name read by a model in the text's language is taken for a word.
COMMON_NAME_ZIPF = 4.5


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]$")


def _thing_after_the(text: str, value: str, result: RecognizerResult) -> bool:
    """A name read by a model or by shape right after "the" / "het", not a family's plural: a thing."""
    if _names_position(result) or value.endswith(("s", "s'", "s’")):
        return False
    return after_article(text, result.start, THING_ARTICLES, by_language=False)


def _after_capitalised_word(text: str, start: int) -> bool:
    """A capitalised word that is no honorific stands right before ``start`` ("Chef| Knife", not "Frau| Lampe")."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and not HONORIFICS.match(text, before.start())


def _names_position(result: RecognizerResult) -> bool:
    """A name found at a cue or in an e-mail (not by a model): it outweighs a product noun nearby."""
    name = recognizer_name(result)
    return name in _POSITION_NAME_RECOGNIZERS and name not in SHAPE_AND_MODEL_NAME_SOURCES


def _reads_position(result: RecognizerResult) -> bool:
    """A name read off an e-mail address, a display name or a name position (a cue, a chat speaker,
    a mention) holds even in lower case ("anna nowak <…>", "escalated to marek")."""
    name = recognizer_name(result)
    return name in _POSITION_NAME_RECOGNIZERS


_CAMEL_CASE = re.compile(r"^[A-ZÀ-Þ]?[a-zß-ÿ]+[A-ZÀ-Þ][a-zß-ÿ]")


def _embedded(result: RecognizerResult) -> bool:
    """A name read inside a hashtag, a file name or a web address: its token holds digits and dots."""
    return recognizer_name(result) == "EmbeddedNameRecognizer"


_POSITION_NAME_RECOGNIZERS = frozenset(
    {
        "EmbeddedNameRecognizer",
        "LiteralNameRecognizer",
        "EmailDerivedNameRecognizer",
        "EmailDisplayNameRecognizer",
        "NameContextRecognizer",
        *SHAPE_AND_MODEL_NAME_SOURCES,
    }
)


def _is_lowercase_non_name(value: str) -> bool:
    """spaCy sometimes tags lower-case phrases ("geboren am") as PERSON; keep them only if a word is a name."""
    if not value.islower():
        return False
    first, last = name_lists()
    return not any(w in first or w in last for w in _WORD.findall(value))

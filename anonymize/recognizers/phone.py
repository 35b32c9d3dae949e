"""Phone numbers for the EU/EEA, UK, US and Switzerland → ``PHONE_NUMBER`` (replaces Presidio's).

Candidates are runs of digits with the separators people type (``+``, spaces, dots, dashes, slashes,
brackets); each is checked with Google's libphonenumber (``phonenumbers``) against every region in
``REGIONS`` with leniency VALID, so the number must exist in that region's numbering plan. International
forms (``+33 …``, ``0049 …``) score high; national forms score medium when written with separators and
need context when they are a bare digit run (a bare 10-digit run is as likely an order number).
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from anonymize.recognizers._base import NEEDS_CONTEXT, make_result

REGIONS: tuple[str, ...] = (
    "GB", "US", "DE", "FR", "ES", "IT", "NL", "BE", "LU", "IE", "PT", "AT", "CH", "PL", "CZ", "SK",
    "HU", "SI", "HR", "RO", "BG", "GR", "CY", "MT", "DK", "SE", "FI", "EE", "LV", "LT", "NO", "IS", "LI",
)  # fmt: skip

_CANDIDATE = re.compile(
    r"(?<![\w+])(?:\(\+\d{1,3}\)\s?|\+\(\d{1,3}\)\s?|\+\s?|00)?\(?\d[\d \-./()]{5,20}\d(?!\w)"
)
#: A letter-led code glued to the candidate ("ORD-", "INV-2024-", "PO/", "ticket_", "A1#").
_CODE_PREFIX = re.compile(r"(?<![\w])([^\W\d_][\w]*)[-/_#.]$")
#: Abbreviations that may be glued to a phone number ("Tel.0364…", "T.+49…", "Nr.030…").
_PHONE_LABELS = frozenset(
    {"tel", "tél", "phone", "ph", "mob", "mobile", "cell", "fax", "tlf", "tfn", "nr", "no", "n", "t", "m",
     "f", "p", "h", "w", "o", "c", "gsm", "handy", "telefon", "tel/fax", "fon"}
)  # fmt: skip
#: "(+30) 2439 …" and "+(370) 3915…": brackets around the country code, rewritten to "+30 " (same length).
_BRACKETED_CC = re.compile(r"\(\+(\d{1,3})\)|\+\((\d{1,3})\)")
#: Candidates shaped like something else: a date (with or without a time), a ZIP+4, an SSN, an IPv4.
_NOT_A_PHONE = re.compile(
    r"^(?:\d{4}([-./])\d{1,2}\1\d{1,2}|\d{1,2}([-./])\d{1,2}\2\d{2,4})(?![\d.\-/])"
    r"|^\d{5}-\d{4}$|^\d{3}-\d{2}-\d{4}$|^\d{1,3}(?:\.\d{1,3}){3}$"
)
#: A whole date inside a candidate ("#3 28.03.2025 15:05", "12 1.4.2025 09"): a heading's date and hour.
_DATE_INSIDE = re.compile(r"(?<!\d)(?:\d{1,2}([./-])\d{1,2}\1\d{4}|\d{4}-\d{2}-\d{2})(?!\d)")
#: Minutes right after a candidate ("… 15" + ":05"): its last digits are an hour.
_MINUTES_AFTER = re.compile(r":[0-5]\d(?!\d)")
_HAS_SEPARATOR = re.compile(r"[ \-./()]")
#: A run of digits and a slash before one to three more: a reference and its year or part, where a
#: number's area code and line are split the other way ("0221/4711234").
_REFERENCE_TAIL = re.compile(r"^\d{4,}/\d{1,3}$")

INTERNATIONAL_SCORE = 0.85
NATIONAL_SCORE = 0.6


class EuPhoneRecognizer(LocalRecognizer):
    ENTITY = "PHONE_NUMBER"
    CONTEXT = [
        "phone", "telephone", "tel", "mobile", "cell", "call", "fax", "contact", "telefon",
        "telefono", "teléfono", "téléphone", "portable", "handy", "móvil", "cellulare", "mobiel",
        "telefoon", "telefone", "puhelin", "tlf", "tfn", "ring", "whatsapp",
    ]  # fmt: skip

    def __init__(self, supported_language: str = "en", regions: tuple[str, ...] = REGIONS) -> None:
        self.regions = regions
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=supported_language,
            name=type(self).__name__,
            context=self.CONTEXT,
        )

    def load(self) -> None:
        """Nothing to load: libphonenumber's metadata ships with the package."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for candidate in _CANDIDATE.finditer(text):
            span = _before_date_and_hour(text, candidate)
            if _is_glued_to_code(text[max(0, candidate.start() - 20) : candidate.start()]):
                continue
            digits = sum(ch.isdigit() for ch in span)
            if digits < 7 or digits > 15:
                continue
            if _NOT_A_PHONE.search(span):
                continue
            found = self._match(span)
            if found is None:
                continue
            start, end, international = found
            stripped = span[start:end]
            if not international and _REFERENCE_TAIL.match(stripped):
                continue  # "Lift-out 207988/14", "410009/71": a number and its year or part, no phone
            if international:
                score = INTERNATIONAL_SCORE
            elif _HAS_SEPARATOR.search(stripped.strip("()")):
                score = NATIONAL_SCORE
            else:
                score = NEEDS_CONTEXT
            why = "international" if international else "national"
            results.append(
                make_result(self, self.ENTITY, candidate.start() + start, candidate.start() + end, score, why)
            )
        return results

    def _match(self, span: str) -> tuple[int, int, bool] | None:
        international = span.startswith(("+", "00", "(+"))
        if international:
            found = _match_international(span)
            if found is not None:
                return found
        regions = self.regions[:1] if international else self.regions
        for region in regions:
            for match in phonenumbers.PhoneNumberMatcher(span, region, leniency=phonenumbers.Leniency.VALID):
                return match.start, match.end, international
        if international and "(0)" in span:
            # "+41 (0)44 668 18 00": the optional trunk zero in brackets, which libphonenumber rejects.
            try:
                number = phonenumbers.parse(span.replace("(0)", ""), None)
            except phonenumbers.NumberParseException:
                return None
            if phonenumbers.is_valid_number(number):
                return 0, len(span.rstrip()), True
        return None


def _before_date_and_hour(text: str, candidate: re.Match[str]) -> str:
    """The candidate up to a whole date inside it, and without an hour its minutes follow: a heading's
    "#3 28.03.2025 15:05" holds no phone, "030 1234567 12.03.2025" holds one before its date."""
    span = candidate.group()
    date = _DATE_INSIDE.search(span)
    if date is not None and date.start() > 0:
        return span[: date.start()].rstrip(" -./(")
    if date is None and _MINUTES_AFTER.match(text, candidate.end()):
        return re.sub(r"[ \-./()]*\d{1,2}$", "", span)
    return span


def _is_glued_to_code(before: str) -> bool:
    """True when the text before a candidate ends in a letter-led code and a joiner ("ORD-", "PO/")."""
    match = _CODE_PREFIX.search(before)
    return match is not None and match.group(1).lower() not in _PHONE_LABELS


def _match_international(span: str) -> tuple[int, int, bool] | None:
    """A ``+CC``/``00CC`` number of a possible length for its country (``IS_POSSIBLE``, not local-only).

    A bare ``00`` run without separators ("0012345678") stays under VALID: it is as likely an ID.
    """
    if span.startswith("00") and not _HAS_SEPARATOR.search(span):
        return None
    normalized = _BRACKETED_CC.sub(lambda m: f" +{m.group(1) or m.group(2)} ", span)
    leniency = phonenumbers.Leniency.POSSIBLE
    for match in phonenumbers.PhoneNumberMatcher(normalized, "GB", leniency=leniency):
        reason = phonenumbers.is_possible_number_with_reason(match.number)
        if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
            return None
        start = 0 if normalized[: match.start].strip() == "" else match.start
        return start, match.end, True
    return None

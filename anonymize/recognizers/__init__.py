"""Shoal's recognizers and the post-filter the pipelines apply to Presidio's results.

`register_all(registry)` adds every Shoal recognizer to a Presidio `RecognizerRegistry` and removes the
predefined ones that are weak or replaced (see `REMOVED_PRESIDIO_RECOGNIZERS`).
`filter_results(text, results)` drops what is below `SCORE_THRESHOLD` (e.g. bare digit runs whose
context never showed up) and Presidio's known false positives: greetings taken for names, product
model codes taken for names or IDs, and DATE_TIME on plain numbers.
Callers: ``get_analyzer().analyze(text, language="en", context=[header])`` then ``filter_results``.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from anonymize.recognizers.age import AgeRecognizer
from anonymize.recognizers.at_svnr import AtSvnrRecognizer
from anonymize.recognizers.be_national_number import BeNationalNumberRecognizer
from anonymize.recognizers.companies import before_company, legal_form_ahead
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
from anonymize.recognizers.embedded_names import EmbeddedNameRecognizer
from anonymize.recognizers.es_dni import EsDniRecognizer, ShoalEsNieRecognizer
from anonymize.recognizers.eu_iban import EuIbanRecognizer
from anonymize.recognizers.eu_postcode import EuPostcodeRecognizer
from anonymize.recognizers.eu_street_address import EuStreetAddressRecognizer
from anonymize.recognizers.eu_vat import EuVatRecognizer
from anonymize.recognizers.fi_hetu import FiHetuRecognizer
from anonymize.recognizers.filters import SCORE_THRESHOLD, filter_results
from anonymize.recognizers.fr_nir import FrNirRecognizer
from anonymize.recognizers.ie_ppsn import IePpsnRecognizer
from anonymize.recognizers.it_fiscal_code import ShoalItFiscalCodeRecognizer
from anonymize.recognizers.learned_names import LearnedNameRecognizer
from anonymize.recognizers.literals import LiteralNameRecognizer
from anonymize.recognizers.name_context import NameContextRecognizer
from anonymize.recognizers.name_shapes import NameShapeRecognizer
from anonymize.recognizers.national_id import NationalIdRecognizer
from anonymize.recognizers.nl_bsn import NlBsnRecognizer
from anonymize.recognizers.no_words import NoWordNameRecognizer
from anonymize.recognizers.person_names import PersonNameRecognizer
from anonymize.recognizers.phone import EuPhoneRecognizer
from anonymize.recognizers.pl_pesel import ShoalPlPeselRecognizer
from anonymize.recognizers.pt_nif import PtNifRecognizer
from anonymize.recognizers.se_personnummer import ShoalSePersonnummerRecognizer
from anonymize.recognizers.uk_nhs import UkNhsRecognizer
from anonymize.recognizers.uk_nino import ShoalUkNinoRecognizer
from anonymize.recognizers.us_ssn import ShoalUsSsnRecognizer

__all__ = [
    "SCORE_THRESHOLD",
    "before_company",
    "filter_results",
    "legal_form_ahead",
    "register_all",
    "shoal_recognizers",
]

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
        NameShapeRecognizer,
        EmbeddedNameRecognizer,
        LiteralNameRecognizer,
        NoWordNameRecognizer,
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

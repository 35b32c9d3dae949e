"""The entity vocabulary shared by recognizers, profiling, plans and reports.

Presidio's own names are kept where Presidio has them; Shoal's recognizers add the rest. Each entity
belongs to a category that decides its default treatment: direct identifiers are removed, quasi-
identifiers are generalised under the re-identification risk gate, context entities are kept.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    DIRECT = "direct_identifier"
    QUASI = "quasi_identifier"
    CONTEXT = "not_personal"


NATIONAL_ID_ENTITIES: frozenset[str] = frozenset(
    {
        "US_SSN",
        "UK_NINO",
        "UK_NHS",
        "ES_NIF",
        "ES_NIE",
        "IT_FISCAL_CODE",
        "NL_BSN",
        "DE_TAX_ID",
        "FR_NIR",
        "BE_NATIONAL_NUMBER",
        "PL_PESEL",
        "PT_NIF",
        "IE_PPSN",
        "AT_SVNR",
        "DK_CPR",
        "SE_PERSONNUMMER",
        "FI_HETU",
        "NATIONAL_ID",
    }
)

DIRECT_ENTITIES: frozenset[str] = NATIONAL_ID_ENTITIES | frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "CREDIT_CARD",
        "IP_ADDRESS",
        "STREET_ADDRESS",
        "EU_VAT",
        "URL",
        "USERNAME",
        "CRYPTO",
        "MEDICAL_LICENSE",
        "US_PASSPORT",
        "US_DRIVER_LICENSE",
        "US_BANK_NUMBER",
        "US_ITIN",
    }
)

QUASI_ENTITIES: frozenset[str] = frozenset({"DATE_OF_BIRTH", "POSTCODE", "AGE", "LOCATION", "NRP"})

#: Entities that are never personal on their own in Shoal's products (kept by default).
CONTEXT_ENTITIES: frozenset[str] = frozenset({"DATE_TIME", "ORGANIZATION"})


def category_of(entity: str) -> Category:
    """Return the default category of an entity type (unknown types count as direct identifiers)."""
    if entity in QUASI_ENTITIES:
        return Category.QUASI
    if entity in CONTEXT_ENTITIES:
        return Category.CONTEXT
    return Category.DIRECT

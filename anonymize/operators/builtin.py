"""Shoal's column and span operators: keep, drop, redact, placeholder, mask, pseudonym, generalize,
surrogate.

``pseudonym`` is pseudonymisation, not anonymisation (GDPR Recital 26): whoever holds the key can link
a pseudonym back to a candidate value, so its output is still personal data. Keys are passed in as
parameters (from ``PSEUDONYM_KEY`` by the caller); the engine never reads Django settings.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Any

import pandas as pd
from faker import Faker

from anonymize.operators.base import Operator, map_distinct


class Keep(Operator):
    name = "keep"

    def transform_values(self, values: pd.Series, entity: str | None) -> pd.Series:
        return values

    def apply(self, series, entity=None):  # type: ignore[no-untyped-def]
        return series

    def operate(self, text: str, entity: str) -> str:
        return text


class Drop(Operator):
    """Empty the whole column (the column itself stays, so the layout is unchanged)."""

    name = "drop"

    def transform_values(self, values: pd.Series, entity: str | None) -> pd.Series:
        return pd.Series([""] * len(values), index=values.index, dtype=object)

    def apply(self, series, entity=None):  # type: ignore[no-untyped-def]
        import pyarrow as pa

        if isinstance(series, pa.Array | pa.ChunkedArray):
            return pa.array([""] * len(series), type=pa.string())
        return pd.Series([""] * len(series), index=series.index, dtype=object)

    def operate(self, text: str, entity: str) -> str:
        return ""


class Redact(Drop):
    """Remove the value (in text: remove the span)."""

    name = "redact"


class Placeholder(Operator):
    """Replace the value by its entity type, e.g. ``<PERSON>`` (or ``params['text']``)."""

    name = "placeholder"

    def _token(self, entity: str | None) -> str:
        return str(self.params.get("text") or f"<{entity or 'REDACTED'}>")

    def transform_values(self, values: pd.Series, entity: str | None) -> pd.Series:
        return pd.Series([self._token(entity)] * len(values), index=values.index, dtype=object)

    def operate(self, text: str, entity: str) -> str:
        return self._token(entity)


class Mask(Operator):
    """Replace every character but the last ``keep_last`` (default 4) by ``char`` (default ``*``)."""

    name = "mask"

    def transform_values(self, values: pd.Series, entity: str | None) -> pd.Series:
        keep = int(self.params.get("keep_last", 4))
        char = str(self.params.get("char", "*"))

        def mask(value: str) -> str:
            if len(value) <= keep:
                return char * len(value)
            return char * (len(value) - keep) + (value[-keep:] if keep else "")

        return map_distinct(values, mask)


def _hmac(key: bytes, value: str) -> bytes:
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).digest()


def _key_bytes(key: str | bytes | None, operator: str) -> bytes:
    if not key:
        raise ValueError(f"the {operator} operator needs a key (set PSEUDONYM_KEY)")
    return key if isinstance(key, bytes) else key.encode("utf-8")


class Pseudonym(Operator):
    """Keyed HMAC-SHA256 of the value, hex, truncated to ``length`` (default 16), prefixed by the entity.

    The same value always gives the same pseudonym under one key, so joins across rows and files
    survive. This is pseudonymisation: the output stays personal data for whoever holds the key.
    """

    name = "pseudonym"

    def transform_values(self, values: pd.Series, entity: str | None) -> pd.Series:
        key = _key_bytes(self.params.get("key"), self.name)
        length = int(self.params.get("length", 16))
        prefix = f"{entity}_" if entity and self.params.get("prefix", True) else ""
        return map_distinct(values, lambda v: prefix + _hmac(key, v).hex()[:length])


_DATE_RE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def generalize_date(value: str, level: str) -> str:
    """``year_month`` → ``1980-04``, ``year`` → ``1980``, ``decade`` → ``1980s``; unparsable → ``*``."""
    m = _DATE_RE.match(value.strip())
    if m:
        year, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(6), m.group(5))
    else:
        parsed = pd.to_datetime(value, errors="coerce")
        if pd.isna(parsed):
            return "*"
        year, month = str(parsed.year), str(parsed.month)
    if level == "year_month":
        return f"{year}-{int(month):02d}"
    if level == "decade":
        return f"{year[:3]}0s"
    return year


def generalize_number(value: str, width: float) -> str:
    """Band ``value`` into ``[lo-hi)`` of ``width``; unparsable → ``*``."""
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        return "*"
    lo = int(number // width * width)
    return f"{lo}-{lo + int(width) - 1}" if float(width).is_integer() else f"{lo}-{lo + width}"


def generalize_postcode(value: str, keep: int) -> str:
    compact = value.strip()
    return compact[:keep] + "*" if len(compact) > keep else compact[:keep]


class Generalize(Operator):
    """Coarsen a quasi-identifier: date → year (``level``), age/number → band (``width``), postcode →
    prefix (``keep`` characters), category → ``*`` when ``suppress`` is set, else unchanged."""

    name = "generalize"

    def transform_values(self, values: pd.Series, entity: str | None) -> pd.Series:
        qi_type = self.params.get("qi_type", "category")
        if qi_type == "date":
            level = str(self.params.get("level", "year"))
            return map_distinct(values, lambda v: generalize_date(v, level))
        if qi_type in {"age", "number"}:
            width = float(self.params.get("width", 10 if qi_type == "age" else 100))
            return map_distinct(values, lambda v: generalize_number(v, width))
        if qi_type == "postcode":
            keep = int(self.params.get("keep", 2))
            return map_distinct(values, lambda v: generalize_postcode(v, keep))
        if self.params.get("suppress"):
            return pd.Series(["*"] * len(values), index=values.index, dtype=object)
        return values


#: Faker method that produces a realistic stand-in for each entity type.
SURROGATE_METHODS: dict[str, str] = {
    "PERSON": "name",
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone_number",
    "IBAN_CODE": "iban",
    "STREET_ADDRESS": "street_address",
    "POSTCODE": "postcode",
    "CITY": "city",
    "LOCATION": "city",
    "DATE_OF_BIRTH": "date_of_birth",
    "CREDIT_CARD": "credit_card_number",
    "IP_ADDRESS": "ipv4",
    "URL": "url",
    "JOB_TITLE": "job",
}


class Surrogate(Operator):
    """A realistic fake of the same type (Faker, ``locale``), the same for the same value in a dataset.

    Faker is seeded from HMAC(key, value), so the mapping is consistent and, without the key, cannot be
    recomputed from a guessed value. Entities without a Faker generator get a placeholder.
    """

    name = "surrogate"

    def __init__(self, **params: Any) -> None:
        super().__init__(**params)
        self._faker = Faker(str(params.get("locale", "en_GB")))

    def _fake(self, value: str, entity: str | None) -> str:
        key = _key_bytes(self.params.get("key"), self.name)
        method = SURROGATE_METHODS.get(entity or "")
        if method is None:
            return f"<{entity or 'REDACTED'}>"
        self._faker.seed_instance(int.from_bytes(_hmac(key, value)[:8], "big"))
        fake = getattr(self._faker, method)()
        return fake.isoformat() if hasattr(fake, "isoformat") else str(fake).replace("\n", ", ")

    def transform_values(self, values: pd.Series, entity: str | None) -> pd.Series:
        return map_distinct(values, lambda v: self._fake(v, entity))


OPERATORS: dict[str, type[Operator]] = {
    cls.name: cls for cls in (Keep, Drop, Redact, Placeholder, Mask, Pseudonym, Generalize, Surrogate)
}

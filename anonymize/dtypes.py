"""Value types of table columns: what a column of text cells holds, and its typed Arrow form.

CSV, TSV and XLSX cells arrive as text, and anonymised cells leave the operators as text; an ML team
wants amounts as numbers and dates as dates. This module infers one *value type* per column over all
of its values (`TypeTracker`, streamed chunk by chunk) and converts the column to Arrow
(`to_arrow`). A type is chosen only when **every** non-null value of the column parses as it, so the
conversion never loses a value; anything else stays text.

Value types and their Arrow form (Croissant ``dataType`` in ``pool.croissant``):

=============  ===================================  ==============================================
value type     Arrow type                           accepted cells
=============  ===================================  ==============================================
``integer``    ``int64``                            ``-12``, ``0``, ``1977`` (no leading zero, no
                                                    ``+``, at most 15 digits: ``0612…`` phone
                                                    numbers, ``01234`` postcodes and long IDs stay
                                                    text)
``decimal``    ``float64``                          ``12.50``, ``-0.5``, ``1e3`` and integers
``boolean``    ``bool``                             ``true``/``false``/``yes``/``no`` (any case)
``date``       ``timestamp[us]`` + field metadata   ISO 8601 calendar dates ``1977-05-03``
               ``shoal:type = date``
``timestamp``  ``timestamp[us]`` (``[us, UTC]``     ISO 8601 date-times ``2024-03-01T10:15:00``
               when the values carry an offset)     (``T`` or a space; all with an offset or none)
``category``   ``string``                           few distinct values (reported, stored as text)
``text``       ``string``                           anything else
=============  ===================================  ==============================================

Dates are stored as midnight timestamps (marked ``shoal:type = date`` in the field's metadata, which
the Croissant datasheet declares as ``sc:Date``) because pandas has no date dtype: ``date32`` columns
read back as Python objects, timestamps as ``datetime64``.

Null cells: missing values, blank cells and the usual null spellings (`NULL_TOKENS`) are null in a
typed column; ``*``, the cell a fully generalised or suppressed quasi-identifier holds
(``anonymize.risk``), is null too. In a text column every cell is kept as written.

Generalised values keep a typed form where one exists: a birth date generalised to its year holds
``1977``…, which is an ``integer`` column. Intervals keep the documented string form of
``anonymize.risk`` (``"30-34"``, ``"1970-1979"``: inclusive bounds, lower first) and months the ISO
8601 reduced form ``"1977-05"``; both are text.

Columns typed differently by different files (parts of one run, contributors of one corpus) are
`unify`-ed: integer widens to decimal, date to timestamp, an all-null column takes the other type;
any other mix becomes text.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
import pyarrow as pa

INTEGER = "integer"
DECIMAL = "decimal"
BOOLEAN = "boolean"
DATE = "date"
TIMESTAMP = "timestamp"
CATEGORY = "category"
TEXT = "text"
#: Every value type, most specific first.
VALUE_TYPES = (INTEGER, DECIMAL, BOOLEAN, DATE, TIMESTAMP, CATEGORY, TEXT)
#: Value types stored as Arrow strings.
STRING_TYPES = frozenset({CATEGORY, TEXT})

#: Arrow field metadata key naming a column's value type where its Arrow type does not (dates).
TYPE_KEY = b"shoal:type"

#: Cells that mean "no value" in a typed column ("*": a suppressed or fully generalised cell).
NULL_TOKENS = frozenset({"", "*", "na", "n/a", "nan", "null", "none"})

#: A column with at most this many distinct values (and few per record) is a category.
CATEGORY_MAX_DISTINCT = 50
#: Distinct values remembered per column to tell a category from text.
_DISTINCT_CAP = CATEGORY_MAX_DISTINCT + 1

_INTEGER_RE = r"-?(?:0|[1-9][0-9]{0,14})"
_DECIMAL_RE = _INTEGER_RE + r"(?:\.[0-9]{1,15})?(?:[eE][-+]?[0-9]{1,3})?"
_BOOLEAN = {"true": True, "false": False, "yes": True, "no": False}
_DATE_RE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_TIME_RE = r"[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
_OFFSET_RE = r"(?:Z|[-+][0-9]{2}:?[0-9]{2})"
_NAIVE_RE = _DATE_RE + _TIME_RE
_AWARE_RE = _DATE_RE + _TIME_RE + _OFFSET_RE

_TYPED = (INTEGER, DECIMAL, BOOLEAN, DATE, TIMESTAMP)


def _texts(values: Any) -> pd.Series:
    """The non-null cells of ``values`` as stripped strings (nulls and null tokens removed)."""
    series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    series = series[series.notna()]
    if series.empty:
        return pd.Series([], dtype=object)
    texts = series.map(lambda v: v if isinstance(v, str) else str(v)).str.strip()
    return texts[~texts.str.lower().isin(NULL_TOKENS)]


def _valid_dates(texts: pd.Series) -> bool:
    parsed = pd.to_datetime(texts.str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
    return bool(parsed.notna().all())


class TypeTracker:
    """The value type of one column, updated chunk by chunk; memory is bounded (a few distinct values).

    ``update`` with every chunk of the column, then read ``value_type``.
    """

    def __init__(self) -> None:
        self.candidates: set[str] = set(_TYPED)
        self.values = 0
        self.distinct: set[str] = set()
        self.aware = False
        self.naive = False

    def update(self, values: Any) -> None:
        """Narrow the column's type with another chunk of its cells."""
        texts = _texts(values)
        if texts.empty:
            return
        self.values += len(texts)
        unique = pd.Series(pd.unique(texts), dtype=object)
        if len(self.distinct) < _DISTINCT_CAP:
            self.distinct.update(unique.iloc[: _DISTINCT_CAP - len(self.distinct)])
        if not self.candidates:
            return
        if INTEGER in self.candidates and not unique.str.fullmatch(_INTEGER_RE).all():
            self.candidates.discard(INTEGER)
        if DECIMAL in self.candidates and not unique.str.fullmatch(_DECIMAL_RE).all():
            self.candidates.discard(DECIMAL)
        if BOOLEAN in self.candidates and not unique.str.lower().isin(_BOOLEAN).all():
            self.candidates.discard(BOOLEAN)
        if DATE in self.candidates and not (unique.str.fullmatch(_DATE_RE).all() and _valid_dates(unique)):
            self.candidates.discard(DATE)
        if TIMESTAMP in self.candidates:
            dated = unique.str.fullmatch(_DATE_RE)
            naive = unique.str.fullmatch(_NAIVE_RE)
            aware = unique.str.fullmatch(_AWARE_RE)
            self.naive = self.naive or bool((dated | naive).any())  # a bare date has no offset
            self.aware = self.aware or bool(aware.any())
            if not ((dated | naive | aware).all() and _valid_dates(unique)) or (self.aware and self.naive):
                self.candidates.discard(TIMESTAMP)

    @property
    def value_type(self) -> str:
        """The most specific type every value seen so far parses as (``text`` for a column of nulls)."""
        if self.values:
            for kind in _TYPED:
                if kind in self.candidates:
                    return kind
        if self.values and len(self.distinct) <= CATEGORY_MAX_DISTINCT and len(self.distinct) < self.values:
            return CATEGORY
        return TEXT

    @property
    def timezone(self) -> str | None:
        """``"UTC"`` for a timestamp column whose values carry an offset, else None."""
        return "UTC" if self.aware else None


def infer_type(values: Iterable[Any]) -> str:
    """The value type of a whole column given at once (a profile sample, a test)."""
    tracker = TypeTracker()
    tracker.update(values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object))
    return tracker.value_type


def arrow_field(name: str, value_type: str, tz: str | None = None) -> pa.Field:
    """The Arrow field storing a column of ``value_type``."""
    kind: pa.DataType
    metadata = None
    if value_type == INTEGER:
        kind = pa.int64()
    elif value_type == DECIMAL:
        kind = pa.float64()
    elif value_type == BOOLEAN:
        kind = pa.bool_()
    elif value_type == DATE:
        kind = pa.timestamp("us")
        metadata = {TYPE_KEY: DATE.encode()}
    elif value_type == TIMESTAMP:
        kind = pa.timestamp("us", tz=tz)
    else:
        kind = pa.string()
    return pa.field(name, kind, metadata=metadata)


def to_arrow(values: pd.Series, value_type: str, tz: str | None = None) -> pa.Array:
    """Convert text cells to the Arrow array of ``value_type``; nulls and `NULL_TOKENS` become null.

    Raises ``ValueError`` when a cell does not parse (the type must come from a `TypeTracker` that
    saw every cell). Strings types keep every cell as written.
    """
    field = arrow_field("", value_type, tz)
    if value_type in STRING_TYPES:
        return pa.array(values.map(lambda v: None if _is_null(v) else str(v)), type=pa.string())
    texts = values.map(lambda v: None if _is_null(v) else str(v).strip())
    texts = texts.where(~texts.fillna("").str.lower().isin(NULL_TOKENS), None)
    present = texts.notna().to_numpy()
    if value_type in (INTEGER, DECIMAL):
        numbers = pd.to_numeric(texts, errors="coerce")
        if bool((numbers.isna().to_numpy() & present).any()):
            raise ValueError(f"a cell is not a {value_type}")
        if value_type == INTEGER:
            return pa.array(numbers.fillna(0).astype("int64").to_numpy(), type=pa.int64(), mask=~present)
        return pa.array(numbers.to_numpy(dtype="float64"), type=pa.float64(), mask=~present)
    if value_type == BOOLEAN:
        flags = texts.str.lower().map(_BOOLEAN)
        if bool((flags.isna().to_numpy() & present).any()):
            raise ValueError("a cell is not a boolean")
        return pa.array(flags.fillna(False).astype(bool).to_numpy(), type=pa.bool_(), mask=~present)
    if value_type == DATE:
        stamps = pd.to_datetime(texts, format="%Y-%m-%d", errors="coerce")
    else:
        stamps = pd.to_datetime(texts, format="ISO8601", errors="coerce", utc=tz is not None)
    if bool((stamps.isna().to_numpy() & present).any()):
        raise ValueError(f"a cell is not a {value_type}")
    return pa.array(stamps, type=field.type, from_pandas=True)


def _is_null(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def value_type_of(field: pa.Field) -> str:
    """The value type an Arrow field stores (text for anything Shoal does not type)."""
    kind = field.type
    declared = (field.metadata or {}).get(TYPE_KEY)
    if declared is not None and declared.decode() in VALUE_TYPES:
        return declared.decode()
    if pa.types.is_boolean(kind):
        return BOOLEAN
    if pa.types.is_integer(kind):
        return INTEGER
    if pa.types.is_floating(kind) or pa.types.is_decimal(kind):
        return DECIMAL
    if pa.types.is_date(kind):
        return DATE
    if pa.types.is_timestamp(kind):
        return TIMESTAMP
    return TEXT


def unify(fields: Iterable[pa.Field], name: str | None = None) -> pa.Field:
    """One field able to hold every one of ``fields``' values (same column in several files).

    Equal types stay; null (a column empty everywhere) takes the other type; integers widen to
    decimals and dates to timestamps of the same zone; any other mix is text. The date marker is kept
    only when every typed field is a date.
    """
    seen = [f for f in fields if not pa.types.is_null(f.type)]
    first_name = name if name is not None else next(iter(seen), pa.field("", pa.null())).name
    if not seen:
        return pa.field(first_name, pa.null())
    kinds = {value_type_of(f) for f in seen}
    types = {f.type for f in seen}
    if len(types) == 1:
        metadata = seen[0].metadata if kinds == {DATE} else None
        return pa.field(first_name, seen[0].type, metadata=metadata)
    if kinds <= {INTEGER, DECIMAL} and all(
        pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t) for t in types
    ):
        return pa.field(first_name, pa.float64())
    zones = {t.tz for t in types if pa.types.is_timestamp(t)}
    if all(pa.types.is_timestamp(t) or pa.types.is_date(t) for t in types) and len(zones) <= 1:
        tz = zones.pop() if zones else None
        metadata = {TYPE_KEY: DATE.encode()} if kinds == {DATE} else None
        return pa.field(first_name, pa.timestamp("us", tz=tz), metadata=metadata)
    return pa.field(first_name, pa.string())


def cast_column(array: pa.Array | pa.ChunkedArray, field: pa.Field) -> pa.Array | pa.ChunkedArray:
    """``array`` as ``field``'s type; to text, booleans read ``true``/``false`` and dates
    ``YYYY-MM-DD`` (not a midnight timestamp)."""
    if array.type == field.type:
        return array
    if pa.types.is_string(field.type) and pa.types.is_timestamp(array.type):
        values = array.to_pandas()
        date_only = bool(values.dropna().map(lambda v: v == v.normalize()).all()) if len(values) else True
        fmt = "%Y-%m-%d" if date_only and array.type.tz is None else None
        text = values.map(lambda v: None if pd.isna(v) else (v.strftime(fmt) if fmt else v.isoformat()))
        return pa.array(text.astype(object), type=pa.string())
    return array.cast(field.type)


#: Quasi-identifier types whose generalised values can stay typed (a year, a whole number).
TYPED_QI_TYPES = frozenset({"date", "number", "age"})


def typed_columns(plan: Any, *, kept: bool = True) -> set[str]:
    """Columns of an ``anonymize.plan.Plan`` whose output is typed when every value allows it: kept
    columns (unless ``kept`` is False) and generalised dates and numbers. Postcodes, direct
    identifiers and scanned or replaced cells stay text whatever they look like (a postcode of
    digits is a code, not a number)."""
    out: set[str] = set()
    for column in plan.columns:
        operator = column.operator.name
        if column.qi_type == "postcode" or column.kind == "direct_identifier" or column.scan:
            continue
        if (operator == "keep" and kept) or (operator == "generalize" and column.qi_type in TYPED_QI_TYPES):
            out.add(column.name)
    return out


def cell_text(value: Any) -> str | None:
    """A typed cell as the text it was parsed from (numbers, dates), for code that scans text; None
    for nulls and booleans."""
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, bool) or _is_null(value):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, pd.Timestamp):
        if value.tzinfo is None and value == value.normalize():
            return value.strftime("%Y-%m-%d")
        return value.isoformat()
    return str(value) if hasattr(value, "isoformat") else None


def column_types(schema: pa.Schema) -> dict[str, str]:
    """Each column's value type, by name (what reports and datasheets say of a typed file)."""
    return {field.name: value_type_of(field) for field in schema}


def typed_schema(schema: pa.Schema, types: Mapping[str, tuple[str, str | None]]) -> pa.Schema:
    """``schema`` with the string columns named in ``types`` ({name: (value type, zone)}) typed."""
    fields = []
    for field in schema:
        if field.name in types and (pa.types.is_string(field.type) or pa.types.is_large_string(field.type)):
            kind, tz = types[field.name]
            fields.append(arrow_field(field.name, kind, tz))
        else:
            fields.append(field)
    return pa.schema(fields, metadata=schema.metadata)


__all__ = [
    "BOOLEAN",
    "CATEGORY",
    "DATE",
    "DECIMAL",
    "INTEGER",
    "NULL_TOKENS",
    "TEXT",
    "TIMESTAMP",
    "TYPED_QI_TYPES",
    "TYPE_KEY",
    "VALUE_TYPES",
    "TypeTracker",
    "arrow_field",
    "cast_column",
    "cell_text",
    "column_types",
    "infer_type",
    "to_arrow",
    "typed_columns",
    "typed_schema",
    "unify",
    "value_type_of",
]

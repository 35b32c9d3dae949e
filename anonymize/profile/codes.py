"""Identifier shapes: record IDs (``C-10234``) and literal-prefixed codes (``ORD-2025-010001``)."""

from __future__ import annotations

import itertools
import re

from anonymize.profile.patterns import (
    CODE_RE,
    GENERIC_ID_HEADER_RE,
    PERSON_ID_HEADER_RE,
    RECORD_ID_HEADED_RE,
    RECORD_ID_RE,
)


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

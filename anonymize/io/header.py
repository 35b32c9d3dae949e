"""Header detection: whether a table's first row names its columns, and which header cells are personal."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection
from typing import Any

from anonymize.entities import DIRECT_ENTITIES
from anonymize.io.formats import _unique_names
from anonymize.profile import (
    DATE_RE,
    NUMBER_RE,
    is_credit_card,
    is_email,
    is_iban,
    is_phone,
    is_url,
    rare_name_shape,
    strip_titles,
)

#: Rows after the first one read to decide whether the first one is a header.
HEADER_SAMPLE_ROWS = 100


#: Share of a column's sampled cells that must share a shape for that shape to be the column's.
_SHAPE_SHARE = 0.5


_LETTER_RE = re.compile(r"[^\W\d_]")


_TRUNK_PHONE_RE = re.compile(r"^\s*(\+|00|\(?0)")


#: Entities a header cell must never hold (a PERSON is judged apart, see `personal_header_cells`).
_HEADER_ENTITIES = DIRECT_ENTITIES - {"PERSON", "URL", "STREET_ADDRESS"}


def _cell_shape(value: str) -> str:
    """The kind of value a cell holds, fine enough to tell a label from a data cell:
    ``empty``, ``email``, ``url``, ``date``, ``int`` (an integer), ``number``, ``phone``,
    ``code:<signature>`` (letters and digits: ``code:AAA-9-9``), ``text`` (no digit) or ``other``."""
    v = value.strip()
    if not v:
        return "empty"
    if is_email(v):
        return "email"
    if is_url(v):
        return "url"
    if DATE_RE.match(v):
        return "date"
    if NUMBER_RE.match(v):
        return "int" if v.lstrip("+-").isdigit() else "number"
    if is_phone(v):
        return "phone"
    has_digit = any(ch.isdigit() for ch in v)
    if has_digit and _LETTER_RE.search(v):
        signature = re.sub(r"\d+", "9", re.sub(r"[^\W\d_]", lambda m: "A" if m.group().isupper() else "a", v))
        return "code:" + signature
    if _LETTER_RE.search(v):
        return "text"
    return "other"


def _share(shapes: list[str], shape: str) -> float:
    return sum(1 for s in shapes if s == shape) / len(shapes) if shapes else 0.0


def _column_vote(first: str, values: list[str], personal: bool) -> int:
    """+1 when the first row's cell reads as one of the column's data cells, -1 when it reads as a
    label over them, 0 when the cell tells nothing (both text, or an empty cell)."""
    cell = first.strip()
    if not cell:
        return 0
    shape = _cell_shape(cell)
    shapes = [_cell_shape(v) for v in values]
    if personal:  # a person's value is data unless the column holds something else entirely
        return 1 if not values or _share(shapes, shape) >= _SHAPE_SHARE else 0
    if cell in values:  # it recurs as a value below
        return 1
    if not values:
        return 0
    if shape == "text":
        if _share(shapes, "text") < _SHAPE_SHARE:
            return -1  # a label over numbers, dates, e-mails, codes…
        lengths = {len(v) for v in values}
        if len(values) >= 3 and len(lengths) == 1 and all(s == "text" for s in shapes):
            return 1 if len(cell) in lengths else -1  # fixed-width values (codes): the stdlib's rule
        return 0
    if _share(shapes, shape) < _SHAPE_SHARE:
        return 0
    if shape == "int":  # an integer within the digit counts of the column's integers is one of them
        digits = [len(v.lstrip("+-")) for v, s in zip(values, shapes, strict=True) if s == "int"]
        return 1 if min(digits) <= len(cell.lstrip("+-")) <= max(digits) else 0
    return 1


def is_header_row(first: list[str], rows: list[list[str]], *, personal: Collection[int] = ()) -> bool:
    """Whether ``first`` (a table's first row) is a header over the data ``rows`` that follow it.

    Each column votes: a first-row cell of the same shape as the column's values (an e-mail over
    e-mails, a date over dates, an integer of their length over integers, a code of their pattern) or
    that recurs as a value below is data (+1); a cell without digits over a column mostly of numbers,
    dates, e-mails, phones or codes is a label (-1), as is a label of another length over fixed-width
    text. A cell holding a personal value (its position in ``personal``, see `personal_header_cells`)
    is data unless its column holds another kind of value. The row is data when the votes add up
    above zero, a header otherwise (a header is the common case, and its cells are then scanned and
    replaced where personal).
    ``csv.Sniffer().has_header`` makes the type and length comparisons only, and reads a row of
    names, e-mail addresses and phone numbers over the same as a header; it is not used.
    """
    score = 0
    for i, cell in enumerate(first):
        values = [row[i].strip() for row in rows if i < len(row) and row[i].strip()]
        score += _column_vote(cell, values, i in personal)
    return score <= 0


def personal_header_cells(cells: list[str], *, analyzer: Any | None = None) -> list[int]:
    """Positions of the header cells that hold a personal value, never to be published as names.

    Without a model: an e-mail address, an IBAN, a card number, a phone number written with its
    trunk or country prefix, a name whose every word is a listed name or rare in every language
    (`anonymize.profile.rare_name_shape`). With ``analyzer``, also what Presidio and Shoal's
    recognizers find in the cell: a direct identifier from a pattern recognizer, a PERSON from spaCy
    (in the cell, or in it without its titles: "Dr. Hans Weber") or from a sure name cue ("Frau
    Meier"). The names model and the name lists alone flag ordinary labels ("Job Title", "Grace
    Period"), and a role word before a label reads as a cue ("Contact Email"): neither is enough.
    """
    found: set[int] = set()
    todo: list[int] = []
    for i, raw in enumerate(cells):
        cell = raw.strip()
        if not cell or _label_compound(cell) or _lower_case_word(cell):
            continue
        if (
            is_email(cell)
            or is_iban(cell)
            or is_credit_card(cell)
            or (_TRUNK_PHONE_RE.match(cell) is not None and is_phone(cell))
            or rare_name_shape(cell)
        ):
            found.add(i)
        elif any(ch.isalnum() for ch in cell):
            todo.append(i)
    if analyzer is not None and todo:
        from anonymize.text import analyze_texts

        texts = [cells[i].strip() for i in todo]
        untitled = [strip_titles(t) for t in texts]
        results = analyze_texts(
            analyzer, texts + [u if u != t else "" for t, u in zip(texts, untitled, strict=True)], pack=False
        )
        for n, i in enumerate(todo):
            if any(_personal_finding(r) for r in results[n] + results[n + len(todo)]):
                found.add(i)
    return sorted(found)


#: The heads of compound labels ("Fundnummer", "Kundennummer", "Abholdatum", "Auftragsnummer"): a
#: compound with one of them is a column's label, however rare the compound; no surname ends so.
_LABEL_HEADS = (
    "nummer", "nummern", "nr", "number", "datum", "kennung", "kennzeichen", "betrag", "summe", "preis",
    "nummers", "bedrag", "numer", "numero", "número", "code", "codes",
)  # fmt: skip


def _label_compound(cell: str) -> bool:
    """One word ending in a label's head after at least three letters ("Fundnummer")."""
    word = cell.casefold()
    return word.isalpha() and any(word.endswith(head) and len(word) >= len(head) + 3 for head in _LABEL_HEADS)


def _lower_case_word(cell: str) -> bool:
    """One lower-case word of a language ("thatcher", "baker"): a label, though spaCy reads a person
    in it and the lists hold it as a surname; a person's name in a header is written as one."""
    from anonymize.vocabulary import LANGUAGES, is_common_word

    return cell.isalpha() and cell.islower() and is_common_word(cell, LANGUAGES, 3.0)


def _personal_finding(result: Any) -> bool:
    source = (result.recognition_metadata or {}).get("recognizer_name", "")
    if result.entity_type == "PERSON":
        return source == "SpacyRecognizer" or (source == "NameContextRecognizer" and result.score >= 0.8)
    return result.entity_type in _HEADER_ENTITIES and source != "SpacyRecognizer" and result.score >= 0.5


def _generated_names(width: int) -> list[str]:
    return [f"column_{i + 1}" for i in range(width)]


def _csv_rows(text: str, delimiter: str, *, truncated: bool) -> list[list[str]]:
    """The first rows of a CSV head (blank lines skipped); a row the head may have cut is dropped."""
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    complete = True
    try:
        for row in reader:
            if len(rows) > HEADER_SAMPLE_ROWS:
                break
            if row or not rows:
                rows.append(row)
        else:
            complete = not truncated
    except csv.Error:
        complete = False
    if not complete and len(rows) > 1:
        rows.pop()
    return rows


def _trimmed(cells: list[str]) -> list[str]:
    cells = list(cells)
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def _named(header: list[str], replaced: list[int]) -> tuple[list[str], list[str]]:
    """Column names and output header of a header row whose cells at ``replaced`` are personal:
    both call those columns ``column_<i>``."""
    cleaned = ["" if i in replaced else cell for i, cell in enumerate(header)]
    columns = _unique_names(cleaned)
    written = [columns[i] if i in replaced else cell for i, cell in enumerate(header)]
    return columns, written

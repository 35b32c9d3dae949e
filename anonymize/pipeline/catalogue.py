"""JSONL fields that hold a catalogue, not people: a ``"fahrzeug": "Škoda Octavia Combi"`` or
``"pacote": "Escapadinha Kyoto"`` field read like a table's column.

A short value alone ("Strippenkaart Sophie 5x") looks like a name to every name reader; the same
value under the same key in record after record is a product, a service or a status. So each key path
with enough values in a chunk of records is profiled as a table's column would be (`profile_frame`,
Presidio on the undecided ones), and a path the profiler judges not personal is kept as it is, exactly
where a table keeps such a column; a path of birth dates or of direct identifiers (but names and
record IDs) is replaced as a whole. Name keys ("sender", "mittente") are never profiled, and a path
the profiler does not judge not personal goes through detection as before.

Each kept path is written into the plan as a kept column, so the contributor's review shows it, the
self-check reads it as a structured column, and a reviewed plan replays it: when a plan arrives with
columns, they alone decide and nothing is profiled.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd

from anonymize.plan import ColumnPlan, OperatorSpec, Plan
from anonymize.profile import DIRECT, NOT_PERSONAL, is_name_key, profile_frame
from anonymize.profile.vocabularies import LANGUAGE_CODE_SENDER_KEYS, header_hint

#: Direct identifiers a profiled key path is not replaced with as a whole: names go through name
#: detection (name keys, propagation), record IDs are kept like a table's.
NOT_WHOLE_FIELD = frozenset({"PERSON", "RECORD_ID", "USERNAME"})

#: Header hints of a last key that has a path profiled even under a person's key ("cliente.nif").
_IDENTIFIER_HINTS = frozenset({"DATE_OF_BIRTH", "NATIONAL_ID", "PHONE_NUMBER", "IBAN_CODE", "EMAIL_ADDRESS"})


def replaced_whole(kind: str, entity: str | None) -> bool:
    """A profiled path replaced as a whole: birth dates, and direct identifiers but names and record
    IDs ("nascimento", "faturacao.nif"): their values alone carry no cue a detector reads."""
    if entity is None or entity in NOT_WHOLE_FIELD:
        return False
    return kind == DIRECT or (entity == "DATE_OF_BIRTH" and kind != NOT_PERSONAL)


#: A key path is profiled once a chunk holds this many values of it: fewer tell no column's story.
MIN_VALUES = 20


class FieldCatalogue:
    """The key paths of a JSONL file kept as they are; decided chunk by chunk, once per path."""

    def __init__(self, analyzer: Any, plan: Plan) -> None:
        self.analyzer = analyzer
        self.plan = plan
        self.fixed = bool(plan.columns)  # a reviewed plan decides alone
        self.kept = {
            c.name
            for c in plan.columns
            if c.operator.name == "keep" and not c.scan and c.kind == NOT_PERSONAL
        }
        #: Key paths replaced as a whole by their entity: birth dates under "nascimento", whose values
        #: alone carry no cue a detector reads.
        self.replaced = {
            c.name: c.entity
            for c in plan.columns
            if c.operator.name == "placeholder" and c.entity is not None and replaced_whole(c.kind, c.entity)
        }
        self.decided = {c.name for c in plan.columns}

    def update(self, leaves: Iterable[tuple[str, str]]) -> None:
        """Profile the undecided key paths of ``(path, value)`` pairs that have enough values."""
        if self.fixed:
            return
        values: dict[str, list[str]] = defaultdict(list)
        for path, value in leaves:
            if path and path not in self.decided:
                values[path].append(value)
        enough = {path: found for path, found in values.items() if len(found) >= MIN_VALUES}
        self.decided.update(path for path, found in enough.items() if not _catalogue_shaped(found))
        todo = {
            path: found
            for path, found in enough.items()
            if path not in self.decided and (_profiled(path) or _identifier_path(path))
        }  # only a catalogue's shape is worth profiling, and identifiers under a person's key
        if not todo:
            return
        frame = pd.DataFrame({path: pd.Series(found, dtype=object) for path, found in todo.items()})
        for column in profile_frame(frame, analyzer=self.analyzer).columns:
            self.decided.add(column.name)
            if column.entity is not None and replaced_whole(column.kind, column.entity):
                self.replaced[column.name] = column.entity
                self.plan.columns.append(
                    ColumnPlan(
                        name=column.name,
                        kind=column.kind,
                        operator=OperatorSpec("placeholder"),
                        entity=column.entity,
                        qi_type=column.qi_type,
                        confidence=column.confidence,
                    )
                )
            if column.kind != NOT_PERSONAL or not _profiled(column.name):
                continue
            self.kept.add(column.name)
            self.plan.columns.append(
                ColumnPlan(
                    name=column.name,
                    kind=NOT_PERSONAL,
                    operator=OperatorSpec("keep"),
                    entity=column.entity,
                    confidence=column.confidence,
                )
            )


def _catalogue_shaped(values: list[str]) -> bool:
    """Values a catalogue holds: numbers, codes and dates (digits in most), or a closed set of items
    that repeat (at most half of them distinct) and are mostly not names: staff names under a key
    the name keys miss repeat too ("by": "Rhodyeth"), a subject line does not repeat."""
    distinct = set(values)
    if sum(any(ch.isdigit() for ch in v) for v in values) >= 0.8 * len(values):
        return True
    if len(distinct) > 0.5 * len(values):
        return False
    return sum(_name_like(v) for v in distinct) < 0.5 * len(distinct)


def _name_like(value: str) -> bool:
    """One to three words in any case, each a listed name or a word of no language ("Maiarortz", "bami")."""
    from anonymize.recognizers.name_shapes import is_no_word
    from anonymize.recognizers.person_names import is_listed_name

    words = value.split()
    return 1 <= len(words) <= 3 and all(is_listed_name(w) or is_no_word(w) for w in words)


def _identifier_path(path: str) -> bool:
    """The last key of ``path`` names a birth date or an identifier ("cliente.nascimento", "guest.nif")."""
    return header_hint(path.rsplit(".", 1)[-1].removesuffix("[]")) in _IDENTIFIER_HINTS


#: Last keys that name a code of the record, not a person's identifier ("cliente.codice").
_BARE_CODE_KEYS = frozenset(
    {"id", "code", "codice", "codigo", "código", "cod", "kod", "nr", "no", "number", "numero"}
)

#: Per entity, whether a value fits it: a short code with digits, a place's words, a date…
_FITS: dict[str, Callable[[str], bool]] = {
    "POSTCODE": lambda v: 3 <= len(v) <= 10 and sum(c.isdigit() for c in v) >= 2 and len(v.split()) <= 2,
    "CITY": lambda v: (
        len(v) <= 40 and len(v.split()) <= 4 and v[0].isalpha() and not any(c.isdigit() for c in v)
    ),
    "STREET_ADDRESS": lambda v: len(v) <= 100 and any(c.isalpha() for c in v),
    "NATIONAL_ID": lambda v: len(v) <= 24 and sum(c.isdigit() for c in v) >= 4,
    "DATE_OF_BIRTH": lambda v: len(v) <= 24 and sum(c.isdigit() for c in v) >= 4,
    "PHONE_NUMBER": lambda v: len(v) <= 24 and sum(c.isdigit() for c in v) >= 6,
    "IBAN_CODE": lambda v: len(v) <= 42 and sum(c.isdigit() for c in v) >= 8,
    "EMAIL_ADDRESS": lambda v: "@" in v and len(v.split()) == 1,
}


def personal_detail(path: str, value: str) -> str | None:
    """The entity of a person's detail by its place: a leaf under a person's key whose last key names
    an identifier, a contact or a part of an address ("cliente.morada.codigo_postal": "4715-031",
    "klient.adres.kod": "62-345", "kunde.steuer_id"), when the value fits it. Alone, "62-345" or
    "Grustedt" carries no cue a detector reads; its key says whose and what it is, in a file of any size."""
    parts = [part.removesuffix("[]") for part in path.split(".") if part]
    if len(parts) < 2 or not value.strip():
        return None
    last = parts[-1].casefold()
    entity = header_hint(last)
    if entity is None and last in _BARE_CODE_KEYS and header_hint(parts[-2]) == "STREET_ADDRESS":
        entity = "POSTCODE"  # "adres.kod", "address.code"
    fits = _FITS.get(entity or "")
    if fits is None or (entity == "NATIONAL_ID" and last in _BARE_CODE_KEYS) or not fits(value.strip()):
        return None
    owner = any(is_name_key(".".join(parts[: i + 1])) for i in range(len(parts) - 1))
    return entity if owner else None


def _profiled(path: str) -> bool:
    """A path worth profiling: no key on it names a person ("msg.de.alias", "job.engineer"), nor is a
    "de"/"da" key that may be a sender's."""
    parts = [part.removesuffix("[]") for part in path.split(".") if part]
    return not any(
        is_name_key(".".join(parts[: i + 1])) or part.casefold() in LANGUAGE_CODE_SENDER_KEYS
        for i, part in enumerate(parts)
    )

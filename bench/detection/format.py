"""The shape of a detection benchmark set and how its outputs are scored.

A generator writes files (TXT, JSONL, CSV, Parquet) into a directory and returns one `FileSet` per
file: for each record of the file (a TXT line, a JSONL line, a table row, in file order) the values
planted in it, each with the field it sits in (``"text"`` for TXT lines, the JSON key path for JSONL,
the column for tables). Personal values must disappear from that field of the output; utility values
(``utility:<kind>``) must survive there unchanged; record-ID columns must come out unchanged or as a
consistent keyed pseudonym (one output per input value, no two inputs sharing one).

Scoring never prints a planted value: breakdowns use entity types and tags (``lower``, ``invented``,
``chat_speaker``…), leaks are described by shape.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

#: Personal entity types a set may plant (PERSON is scored by name token, the rest by normalised value).
PERSONAL_ENTITIES = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "CREDIT_CARD",
        "IP_ADDRESS",
        "NATIONAL_ID",
        "STREET_ADDRESS",
        "POSTCODE",
        "CITY",
        "DATE_OF_BIRTH",
        "USERNAME",
    }
)
#: Utility kinds: business values that must survive unchanged.
UTILITY_KINDS = frozenset(
    {
        "product",
        "order_number",
        "tracking_number",
        "case_number",
        "invoice_number",
        "sku",
        "ean",
        "version",
        "amount",
        "timestamp",
        "date",
        "record_id",
        "company",
        "status",
        "country",
        "currency",
        "quantity",
        "other",
    }
)


@dataclass
class Planted:
    """One value planted in a record. ``entity`` is a personal type or ``utility:<kind>``."""

    entity: str
    value: str
    field: str = "text"
    # ``dataclasses.field``: the bare name is shadowed by the ``field`` attribute just above
    tags: list[str] = dataclasses.field(default_factory=list)

    @property
    def is_utility(self) -> bool:
        return self.entity.startswith("utility:")


@dataclass
class FileSet:
    """One generated file and the truth of each of its records (same order as the file)."""

    name: str
    path: str
    fmt: str  # txt | jsonl | csv | tsv | parquet
    kind: str  # text | table
    language: str = "mixed"
    records: list[list[Planted]] = field(default_factory=list)
    id_columns: list[str] = field(default_factory=list)
    canaries: list[str] = field(default_factory=list)
    guided_fixes: bool = False
    notes: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FileSet:
        records = [[Planted(**p) for p in record] for record in data.pop("records")]
        return cls(records=records, **data)


def write_truth(sets: Sequence[FileSet], path: Path) -> None:
    path.write_text(json.dumps([s.to_dict() for s in sets], ensure_ascii=False), encoding="utf-8")


def read_truth(path: Path) -> list[FileSet]:
    return [FileSet.from_dict(d) for d in json.loads(path.read_text(encoding="utf-8"))]


# --- reading outputs ---------------------------------------------------------------------------------


def _leaves(value: Any, path: str, out: dict[str, list[str]]) -> None:
    if isinstance(value, str):
        out[path or "text"].append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            _leaves(item, f"{path}.{key}" if path else str(key), out)
    elif isinstance(value, list):
        for item in value:
            _leaves(item, f"{path}[]", out)


def read_records(path: Path, fmt: str) -> list[dict[str, str]]:
    """Each record of an output file as ``{field: text}`` (JSONL leaves joined per key path)."""
    if fmt in {"txt", "jsonl"}:
        # Records end at "\n" only (as the pipeline reads them): no newline translation, and no
        # ``splitlines``, which also breaks at U+2028, \x0c… that JSON strings may hold unescaped.
        with path.open(encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()  # the file's final newline; a last line without one is still a record
    if fmt == "txt":
        return [{"text": line.removesuffix("\r")} for line in lines]
    if fmt == "jsonl":
        records = []
        for line in lines:
            fields: dict[str, list[str]] = defaultdict(list)
            if line.strip():
                _leaves(json.loads(line), "", fields)
            records.append({k: "\n".join(v) for k, v in fields.items()})
        return records
    import pandas as pd

    if fmt == "parquet":
        # typed columns (dates, numbers) read as their text; a null (a suppressed cell) as ""
        frame = pd.read_parquet(path).astype(object)
        frame = frame.where(frame.notna(), "").astype(str)
    else:
        frame = pd.read_csv(
            path, dtype=str, keep_default_na=False, sep="\t" if fmt == "tsv" else ",", encoding="utf-8"
        )
    return frame.to_dict("records")  # type: ignore[return-value]


# --- matching ------------------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[\W_]+")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def name_tokens(value: str) -> list[str]:
    """The words of a name that identify (two letters or more)."""
    return [t for t in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", value) if len(t) >= 2]


def contains_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as a whole word, any case (``anna's`` holds ``anna``)."""
    pattern = rf"(?<![^\W\d_]){re.escape(_fold(word))}(?![^\W\d_])"
    return re.search(pattern, _fold(text)) is not None


def _value_pattern(value: str) -> re.Pattern[str] | None:
    """The value's letters and digits, any case, with any separators between them (five or more),
    or verbatim (shorter values); never inside a longer run of letters or digits."""
    compact = _SEPARATORS.sub("", _fold(value))
    if not compact:
        return None
    if len(compact) >= 5:
        body = r"[\W_]*".join(re.escape(c) for c in compact)
    else:
        body = re.escape(_fold(value).strip())
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])")


def leaked(planted: Planted, output: str) -> bool:
    """A personal value leaks when it survives in its field: any name word for a PERSON, else the
    value verbatim or with case and separators changed (five letters/digits or more), as a whole
    token: a postcode ``75011`` inside a kept order number ``4475011234`` is not a leak."""
    if not planted.value:
        return False
    if planted.entity in {"PERSON", "USERNAME"}:
        return any(contains_word(output, token) for token in name_tokens(planted.value))
    pattern = _value_pattern(planted.value)
    return pattern is not None and pattern.search(_fold(output)) is not None


def kept(planted: Planted, output: str, *, table: bool) -> bool:
    """A utility value survives when its cell is unchanged (tables) or it is still in the text."""
    if table and planted.field != "text":
        return output.strip() == planted.value.strip() or planted.value in output
    return planted.value in output


def consistent_ids(pairs: Iterable[tuple[str, str]]) -> tuple[int, int]:
    """(kept, total) for a record-ID column: unchanged, or a keyed pseudonym (same input → same output,
    distinct inputs → distinct outputs, no placeholder, no truncation to a shared prefix)."""
    pairs = list(pairs)
    forward: dict[str, set[str]] = defaultdict(set)
    backward: dict[str, set[str]] = defaultdict(set)
    for before, after in pairs:
        forward[before].add(after)
        backward[after].add(before)
    good = 0
    for before, after in pairs:
        if before == after or (
            after
            and "<" not in after
            and "*" not in after
            and len(forward[before]) == 1
            and len(backward[after]) == 1
        ):
            good += 1
    return good, len(pairs)


# --- tallies -------------------------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts of planted and leaked (personal) or kept (utility) values, with breakdowns."""

    planted: Counter[str] = field(default_factory=Counter)
    leaks: Counter[str] = field(default_factory=Counter)
    by_tag: Counter[str] = field(default_factory=Counter)
    leaks_by_tag: Counter[str] = field(default_factory=Counter)
    utility: Counter[str] = field(default_factory=Counter)
    utility_kept: Counter[str] = field(default_factory=Counter)
    leak_shapes: Counter[str] = field(default_factory=Counter)
    lost_utility: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        for name in asdict(self):
            getattr(self, name).update(getattr(other, name))

    def person_leak(self) -> float:
        return self.leaks["PERSON"] / self.planted["PERSON"] if self.planted["PERSON"] else 0.0

    def personal_leak(self) -> float:
        total = sum(self.planted.values())
        return sum(self.leaks.values()) / total if total else 0.0

    def utility_rate(self) -> float:
        total = sum(self.utility.values())
        return sum(self.utility_kept.values()) / total if total else 1.0

    def summary(self) -> dict[str, Any]:
        return {
            "person_leak": round(self.person_leak(), 4),
            "personal_leak": round(self.personal_leak(), 4),
            "utility": round(self.utility_rate(), 4),
            "planted": dict(self.planted),
            "leaks": dict(self.leaks),
            "leak_by_tag": {t: f"{self.leaks_by_tag[t]}/{n}" for t, n in sorted(self.by_tag.items()) if n},
            "utility_by_kind": {k: f"{self.utility_kept[k]}/{n}" for k, n in sorted(self.utility.items())},
        }


def shape(value: str) -> str:
    """A value's form without the value: letters → a/A, digits → 9, runs collapsed."""
    masked = re.sub(r"[^\W\d_]", lambda m: "A" if m.group().isupper() else "a", value)
    masked = re.sub(r"\d", "9", masked)
    return re.sub(r"(.)\1{2,}", r"\1\1…", masked)[:40]


def score_file(file_set: FileSet, outputs: Sequence[dict[str, str]]) -> Tally:
    """Score one file's output records against its truth (records aligned by position)."""
    tally = Tally()
    table = file_set.kind == "table"
    if len(outputs) != len(file_set.records):
        raise ValueError(
            f"{file_set.name}: {len(outputs)} output records for {len(file_set.records)} planted records"
        )
    for record, output in zip(file_set.records, outputs, strict=True):
        for planted in record:
            text = (
                output.get(planted.field, "") if table or planted.field != "text" else output.get("text", "")
            )
            if not text and not table:
                text = "\n".join(output.values())
            if planted.is_utility:
                kind = planted.entity.split(":", 1)[1]
                if table and kind == "record_id":
                    continue  # scored per column below
                tally.utility[kind] += 1
                if kept(planted, text, table=table):
                    tally.utility_kept[kind] += 1
                else:
                    tally.lost_utility[f"{kind} {shape(planted.value)}"] += 1
                continue
            tally.planted[planted.entity] += 1
            for tag in planted.tags:
                tally.by_tag[f"{planted.entity}:{tag}"] += 1
            if leaked(planted, text):
                tally.leaks[planted.entity] += 1
                for tag in planted.tags:
                    tally.leaks_by_tag[f"{planted.entity}:{tag}"] += 1
                tally.leak_shapes[f"{planted.entity} {'/'.join(planted.tags)} {shape(planted.value)}"] += 1
    if table:
        for column in file_set.id_columns:
            pairs = [
                (p.value, output.get(column, ""))
                for record, output in zip(file_set.records, outputs, strict=True)
                for p in record
                if p.field == column and p.entity == "utility:record_id"
            ]
            good, total = consistent_ids(pairs)
            tally.utility["record_id"] += total
            tally.utility_kept["record_id"] += good
            if total - good:
                tally.lost_utility[f"record_id column {column}"] += total - good
    return tally


def find_canaries(
    canaries: Iterable[str], paths: Iterable[Path], extra_texts: Iterable[str] = ()
) -> list[str]:
    """Where any canary appears (file names and 'stdout/stderr' labels, never the canary itself)."""
    found = []
    canaries = [c for c in canaries if c]
    for path in paths:
        try:
            data = path.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            continue
        if any(c in data or _fold(c) in _fold(data) for c in canaries):
            found.append(path.name)
    for i, text in enumerate(extra_texts):
        if any(c in text or _fold(c) in _fold(text) for c in canaries):
            found.append(f"log #{i}")
    return found

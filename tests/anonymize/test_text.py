from __future__ import annotations

import json
import re

import pytest
from faker import Faker
from presidio_analyzer import RecognizerResult

from anonymize import text as text_module
from anonymize.pipeline import run
from anonymize.text import (
    TextAnonymizer,
    analyze_texts,
    block_bounds,
    block_known_values,
    resolve_overlaps,
)

fake = Faker("en_GB")
fake.seed_instance(21)
PEOPLE = [fake.name() for _ in range(6)]
EMAILS = [fake.email() for _ in range(6)]


def _tickets() -> list[str]:
    return [
        f"Hello, this is {p}. Please write to {e} about my parcel."
        for p, e in zip(PEOPLE, EMAILS, strict=True)
    ]


def test_packed_analysis_finds_the_same_entities_as_one_text_at_a_time(analyzer):
    texts = _tickets()
    packed = analyze_texts(analyzer, texts, pack=True)
    single = analyze_texts(analyzer, texts, pack=False)

    def as_set(results):
        return [
            {(r.entity_type, r.start, r.end) for r in found if r.entity_type == "EMAIL_ADDRESS"}
            for found in results
        ]

    assert as_set(packed) == as_set(single)
    for text, found in zip(texts, packed, strict=True):
        assert all(0 <= r.start < r.end <= len(text) for r in found)


def test_it_replaces_entities_with_placeholders_and_reports_spans_without_text(analyzer):
    texts, spans = TextAnonymizer(analyzer).anonymize(_tickets(), first_record=10)
    joined = " ".join(texts)
    assert not any(email in joined for email in EMAILS)
    assert "<EMAIL_ADDRESS>" in joined
    assert {s.record for s in spans} == set(range(10, 16))
    assert all(set(s.to_dict()) <= {"record", "start", "end", "entity_type", "score", "field"} for s in spans)


def test_overlapping_spans_are_redacted_as_their_union():
    results = [
        RecognizerResult("PERSON", 0, 4, 0.85),
        RecognizerResult("PERSON", 0, 11, 0.6),
        RecognizerResult("LOCATION", 9, 16, 0.5),
        RecognizerResult("EMAIL_ADDRESS", 20, 30, 1.0),
    ]
    kept = resolve_overlaps(results)
    assert [(r.entity_type, r.start, r.end) for r in kept] == [("PERSON", 0, 16), ("EMAIL_ADDRESS", 20, 30)]


def test_overlaps_resolve_to_the_higher_score_then_the_longer_span():
    results = [
        RecognizerResult("PHONE_NUMBER", 0, 10, 0.4),
        RecognizerResult("UK_NHS", 0, 10, 0.9),
        RecognizerResult("DATE_TIME", 3, 5, 0.9),
        RecognizerResult("PERSON", 12, 20, 0.5),
    ]
    kept = resolve_overlaps(results)
    assert [(r.entity_type, r.start) for r in kept] == [("UK_NHS", 0), ("PERSON", 12)]


def test_a_txt_file_is_anonymised_line_by_line_deterministically(tmp_path, analyzer):
    source = tmp_path / "tickets.txt"
    source.write_text("\n".join(_tickets()) + "\n\nthanks\n", encoding="utf-8")
    spans = tmp_path / "spans.jsonl"
    report = run(source, tmp_path / "a", analyzer=analyzer, spans_path=spans)
    run(source, tmp_path / "b", analyzer=analyzer)
    out = (tmp_path / "a" / "tickets.txt").read_text(encoding="utf-8")
    assert out == (tmp_path / "b" / "tickets.txt").read_text(encoding="utf-8")
    assert out.count("\n") == source.read_text(encoding="utf-8").count("\n")
    assert out.splitlines()[-1] == "thanks"
    assert not any(e in out for e in EMAILS)
    lines = [json.loads(line) for line in spans.read_text().splitlines()]
    assert lines and all("text" not in line for line in lines)
    assert report.entity_counts["EMAIL_ADDRESS"] == len(EMAILS)


def test_jsonl_anonymises_every_string_field_recursively_and_keeps_other_values(tmp_path, analyzer):
    records = [
        {
            "id": i,
            "score": 0.5,
            "ok": True,
            "body": t,
            "meta": {"from": e, "tags": ["parcel", e]},
            "none": None,
        }
        for i, (t, e) in enumerate(zip(_tickets(), EMAILS, strict=True))
    ]
    source = tmp_path / "t.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    run(source, tmp_path / "out", analyzer=analyzer, spans_path=tmp_path / "s.jsonl")
    out = [json.loads(line) for line in (tmp_path / "out" / "t.jsonl").read_text().splitlines()]
    assert [r["id"] for r in out] == list(range(len(records)))
    assert all(r["score"] == 0.5 and r["ok"] is True and r["none"] is None for r in out)
    assert all(
        r["meta"]["from"] == "<EMAIL_ADDRESS>" and r["meta"]["tags"] == ["parcel", "<EMAIL_ADDRESS>"]
        for r in out
    )
    fields = {json.loads(line).get("field") for line in (tmp_path / "s.jsonl").read_text().splitlines()}
    assert {"body", "meta.from", "meta.tags[]"} <= fields


def test_records_become_a_parquet_artifact_for_workers(tmp_path, analyzer):
    import pyarrow.parquet as pq

    source = tmp_path / "t.jsonl"
    source.write_text(json.dumps({"body": _tickets()[0], "n": 3}) + "\n\n", encoding="utf-8")
    report = run(source, tmp_path / "out", analyzer=analyzer, artifact_format="parquet")
    rows = pq.read_table(tmp_path / "out" / "t.parquet").to_pylist()
    assert report.output_name == "t.parquet"
    assert rows[1] == {"record": None}
    record = json.loads(rows[0]["record"])
    assert record["n"] == 3 and EMAILS[0] not in record["body"]


def test_a_txt_file_becomes_a_jsonl_artifact_of_text_objects(tmp_path, analyzer):
    source = tmp_path / "t.txt"
    source.write_text("\n".join(_tickets()[:2]) + "\n", encoding="utf-8")
    report = run(source, tmp_path / "out", analyzer=analyzer, artifact_format="jsonl")
    lines = [json.loads(line) for line in (tmp_path / "out" / "t.jsonl").read_text().splitlines()]
    assert report.output_name == "t.jsonl" and len(lines) == 2
    assert all(set(line) == {"text"} and "<EMAIL_ADDRESS>" in line["text"] for line in lines)


def test_a_table_cannot_become_a_jsonl_artifact(tmp_path, analyzer):
    source = tmp_path / "t.csv"
    source.write_text("a\n1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="artifact format"):
        run(source, tmp_path / "out", analyzer=analyzer, artifact_format="jsonl")


def _mentions(line: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word.casefold())}(?!\w)", line.casefold()) is not None


def test_a_name_from_a_txt_header_is_removed_from_every_line_of_its_block(tmp_path, analyzer):
    first, last, email = PEOPLE[0].split()[-2], PEOPLE[0].split()[-1], EMAILS[0]
    # Enough filler that the body is analysed apart from the header: on its own line by line, NER
    # misses a lower-case or all-caps surname.
    filler = [f"Item {i}: the courier scanned the parcel at the depot." for i in range(12)]
    body = [
        f"ticket reassigned to {last.lower()} for follow-up.",
        f"{last.upper()} CONFIRMED THE ADDRESS.",
        f"the refund for {first.lower()} {last.lower()} was approved.",
    ]
    ticket = [f"From: {first} {last} <{email}>", *filler, *body]
    other = ["Unrelated: the parcel and the order were fine.", "Stock was counted at the depot."]
    source = tmp_path / "mail.txt"
    source.write_text("\n".join([*ticket, "", *other]) + "\n", encoding="utf-8")

    run(source, tmp_path / "a", analyzer=analyzer)
    run(source, tmp_path / "b", analyzer=analyzer, chunk_rows=4)  # blocks cross the reader's chunks
    out = (tmp_path / "a" / "mail.txt").read_text(encoding="utf-8")
    assert out == (tmp_path / "b" / "mail.txt").read_text(encoding="utf-8")
    lines = out.split("\n")
    assert len(lines) == len(ticket) + 1 + len(other) + 1 and lines[-1] == ""
    for line in lines[: len(ticket)]:
        assert not any(_mentions(line, word) for word in (first, last, email)), line
    assert lines[1 : 1 + len(filler)] == filler
    assert lines[len(ticket) - len(body) : len(ticket)] == [
        "ticket reassigned to <PERSON> for follow-up.",
        "<PERSON> CONFIRMED THE ADDRESS.",
        "the refund for <PERSON> was approved.",
    ]
    assert lines[len(ticket)] == ""
    assert lines[len(ticket) + 1 : -1] == other


def test_findings_of_one_block_are_not_looked_for_in_the_next(analyzer, monkeypatch):
    surname = PEOPLE[1].split()[-1]
    lines = [f"From: {PEOPLE[1]}", f"ask {surname.lower()} first", "", f"the {surname.lower()} file"]

    def detect(analyzer, texts, **kwargs):  # NER finds the capitalised header name only
        return [
            [RecognizerResult("PERSON", 6, len(t.split("\n")[0]), 0.85)] if t.startswith("From: ") else []
            for t in texts
        ]

    monkeypatch.setattr(text_module, "analyze_texts", detect)
    out, spans = TextAnonymizer(analyzer).anonymize_blocks(lines, first_record=100)
    assert out == ["From: <PERSON>", "ask <PERSON> first", "", f"the {surname.lower()} file"]
    assert sorted({s.record for s in spans}) == [100, 101]
    assert all(s.score == 1.0 for s in spans if s.record == 101)


def test_block_bounds_split_on_blank_lines_and_cap_long_runs():
    lines = ["a", "b", "", "  ", "c", "d", "e", "f", "g", ""]
    assert block_bounds(lines, max_lines=3) == [(0, 2), (4, 7), (7, 9)]
    assert block_bounds(["", " "]) == []
    assert block_bounds(["x"] * 5, max_lines=2) == [(0, 2), (2, 4), (4, 5)]


def test_known_values_of_a_block_add_name_parts_but_no_common_words_or_quasi_identifiers():
    first, last = PEOPLE[2].split()[-2], PEOPLE[2].split()[-1]
    line = f"Dear Team, {first} {last} from Leeds wrote from {EMAILS[2]}"
    name_at = line.index(first)
    results = [
        RecognizerResult("PERSON", 0, 9, 0.6),  # "Dear Team"
        RecognizerResult("PERSON", name_at, name_at + len(first) + 1 + len(last), 0.85),
        RecognizerResult("LOCATION", line.index("Leeds"), line.index("Leeds") + 5, 0.85),
        RecognizerResult("EMAIL_ADDRESS", line.index(EMAILS[2]), len(line), 1.0),
    ]
    values = block_known_values([line, "no findings here"], [results, []])
    assert set(values) == {
        (EMAILS[2], "EMAIL_ADDRESS"),
        (f"{first} {last}", "PERSON"),
        (first, "PERSON"),
        (last, "PERSON"),
    }
    assert values == block_known_values(["no findings here", line], [[], list(reversed(results))])

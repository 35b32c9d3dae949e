from __future__ import annotations

import json

import pytest
from faker import Faker
from presidio_analyzer import RecognizerResult

from anonymize.engine import get_analyzer
from anonymize.pipeline import run
from anonymize.text import TextAnonymizer, analyze_texts, resolve_overlaps

fake = Faker("en_GB")
fake.seed_instance(21)
PEOPLE = [fake.name() for _ in range(6)]
EMAILS = [fake.email() for _ in range(6)]


@pytest.fixture(scope="module")
def analyzer():
    return get_analyzer()


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

"""Detection over forked processes gives the same output as in-process detection."""

from __future__ import annotations

import json

from anonymize import pipeline
from anonymize.parallel import default_processes
from anonymize.pipeline import run


def test_a_large_text_file_is_anonymised_the_same_by_two_processes(analyzer, tmp_path, monkeypatch):
    people = ["Oyelaran Adebisi", "Ysolde Marchetaux", "Tjarvi Olwensk", "Quennell Brasko"]
    records = [
        {"id": i, "text": f"escalated to {people[i % 4]}, call +44 20 7946 09{i % 100:02d} about order {i}"}
        for i in range(700)
    ]
    source = tmp_path / "notes.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    monkeypatch.setenv("SHOAL_TEXT_PROCESSES", "1")
    run(source, tmp_path / "one", analyzer=analyzer)
    monkeypatch.setenv("SHOAL_TEXT_PROCESSES", "2")
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_BYTES", 0)
    run(source, tmp_path / "two", analyzer=analyzer)
    one = (tmp_path / "one" / "notes.jsonl").read_text(encoding="utf-8")
    assert one == (tmp_path / "two" / "notes.jsonl").read_text(encoding="utf-8")
    assert not any(word in one for word in ("Adebisi", "Marchetaux", "Olwensk", "Brasko", "7946"))


def test_processes_come_from_the_setting_and_a_bad_value_fails_loudly(monkeypatch):
    monkeypatch.setenv("SHOAL_TEXT_PROCESSES", "3")
    assert default_processes() == 3
    monkeypatch.setenv("SHOAL_TEXT_PROCESSES", "many")
    try:
        default_processes()
    except ValueError as exc:
        assert "SHOAL_TEXT_PROCESSES" in str(exc)
    else:  # pragma: no cover - the assertion above must trigger
        raise AssertionError("a bad setting must raise")

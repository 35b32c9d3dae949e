"""The blind3 detection set is self-consistent: what its truth says was planted is in the files, in
the right field, and no planted name, street or city is one the engine (or Faker) could know.

Only the generator runs here; the engine never sees the set (its figures are for the headline run)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from anonymize.vocabulary import is_known_to_engine
from bench.bench_detection import HELD_OUT, SET_MODULES, load_generator
from bench.detection import blindset3
from bench.detection.format import FileSet, contains_word, name_tokens, read_records, read_truth, write_truth
from tests.bench.setchecks import assert_no_planted_name_or_city_is_known

SCALE = 0.1


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[FileSet]]:
    out = tmp_path_factory.mktemp("blind3")
    sets = blindset3.generate(out, scale=SCALE)
    return out, sets


def _records(out: Path, file_set: FileSet) -> list[dict[str, str]]:
    return read_records(out / file_set.path, file_set.fmt)


def test_it_writes_text_and_tables_in_every_format(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    assert {s.fmt for s in sets} == {"txt", "jsonl", "csv", "tsv", "parquet"}
    assert {s.language for s in sets if s.kind == "text"} == set(blindset3.LANGS)
    assert sum(1 for s in sets if s.kind == "table") == 3
    for file_set in sets:
        assert (out / file_set.path).is_file()
        assert len(_records(out, file_set)) == len(file_set.records), file_set.name
        assert not file_set.guided_fixes


def test_every_planted_value_is_in_its_records_field(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    checked = 0
    for file_set in sets:
        for record, fields in zip(file_set.records, _records(out, file_set), strict=True):
            for planted in record:
                text = fields.get(planted.field)
                assert text is not None, f"{file_set.name}: no field {planted.field}"
                if planted.entity in {"PERSON", "USERNAME"}:
                    tokens = name_tokens(planted.value)
                    assert tokens, f"{file_set.name}: a name without words"
                    assert all(contains_word(text, t) for t in tokens), f"{file_set.name}/{planted.field}"
                else:
                    assert planted.value in text, f"{file_set.name}/{planted.field}: {planted.entity}"
                checked += 1
    assert checked > 2000


def test_no_planted_name_street_or_city_is_known_to_the_engine_or_faker(
    generated: tuple[Path, list[FileSet]],
) -> None:
    _, sets = generated
    assert_no_planted_name_or_city_is_known(
        sets, name_entities=frozenset({"PERSON", "USERNAME"}), min_words=300
    )
    roots = blindset3.place_roots()
    assert roots and not any(is_known_to_engine(root) for root in roots)


def test_it_plants_every_way_a_name_is_written_and_the_business_values(
    generated: tuple[Path, list[FileSet]],
) -> None:
    _, sets = generated
    person_tags: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for file_set in sets:
        for record in file_set.records:
            for planted in record:
                if planted.entity == "PERSON":
                    person_tags.update(planted.tags)
                    assert any(t.startswith("lang:") for t in planted.tags)
                    assert {"title", "lower", "upper"} & set(planted.tags)
                    assert {"invented", "mimesis"} & set(planted.tags)
                elif planted.is_utility:
                    kinds[planted.entity.split(":", 1)[1]] += 1
    ways = {"intro", "callback", "handover", "greeting", "signoff", "title", "relation", "after_product"}
    ways |= {"plain", "repeat", "mention", "nickname", "chat_speaker", "email_local", "name_column"}
    ways |= {"last_first", "lower", "upper", "non_european", "compound", "particle", "canary"}
    assert ways <= set(person_tags), ways - set(person_tags)
    assert {f"lang:{lang}" for lang in blindset3.LANGS} <= set(person_tags)
    expected = {"product", "order_number", "tracking_number", "case_number", "invoice_number", "sku", "ean"}
    expected |= {"version", "amount", "timestamp", "date", "company", "status", "quantity", "record_id"}
    assert expected <= set(kinds), expected - set(kinds)


def test_record_id_columns_are_unique_and_shaped(generated: tuple[Path, list[FileSet]]) -> None:
    _, sets = generated
    tables = {s.name: s for s in sets if s.kind == "table"}
    shapes = {
        ("webshop_orders", "no"): r"\d+",
        ("webshop_orders", "customer_id"): r"C\d{5}",
        ("staff_onboarding", "employee_id"): r"E\d{6}",
        ("club_members", "member_id"): r"MBR-\d{5}",
        ("club_members", "card_no"): r"\d{6}",
    }
    for (name, column), shape in shapes.items():
        assert column in tables[name].id_columns
        values = [p.value for r in tables[name].records for p in r if p.field == column]
        assert len(values) == len(tables[name].records) == len(set(values))
        assert all(re.fullmatch(shape, v) for v in values), (name, column)


def test_canaries_are_planted_and_listed(generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    listed = {c for s in sets for c in s.canaries}
    assert len(listed) >= 3
    for file_set in sets:
        text = "\n".join(v for record in _records(out, file_set) for v in record.values()).casefold()
        for canary in file_set.canaries:
            assert canary.casefold() in text, file_set.name
            planted = [p.value.casefold() for r in file_set.records for p in r if "canary" in p.tags]
            assert any(canary.casefold() in value for value in planted), file_set.name


def test_it_is_deterministic_for_a_seed(tmp_path: Path, generated: tuple[Path, list[FileSet]]) -> None:
    out, sets = generated
    again = blindset3.generate(tmp_path, scale=SCALE)
    assert [s.to_dict() for s in again] == [s.to_dict() for s in sets]
    for file_set in sets:
        assert (tmp_path / file_set.path).read_bytes() == (
            out / file_set.path
        ).read_bytes() or file_set.fmt == "parquet"
    write_truth(again, tmp_path / "truth.json")
    assert json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    assert [s.to_dict() for s in read_truth(tmp_path / "truth.json")] == [s.to_dict() for s in sets]


def test_the_benchmark_runs_it_as_a_set_that_guided_fixes() -> None:
    """Its breakdown was read to fix what it showed, so it no longer counts as held out."""
    assert SET_MODULES["blind3"] == "blindset3"
    assert "blind3" not in HELD_OUT
    assert load_generator("blind3") is blindset3.generate

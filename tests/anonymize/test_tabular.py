from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from anonymize.pipeline import finish_parts, plan_split, run
from anonymize.plan import ColumnPlan, OperatorSpec, Plan
from bench.datagen import PERSONAL_COLUMNS, UTILITY_COLUMNS, make_customers

ROWS = 120


@pytest.fixture(scope="module")
def customers() -> pd.DataFrame:
    frame, _ = make_customers(ROWS, seed=5)
    return frame


def _read_csv(path, sep=","):
    return pd.read_csv(path, dtype=str, keep_default_na=False, sep=sep)


def test_a_csv_keeps_rows_columns_and_order_and_loses_its_identifiers(tmp_path, customers, analyzer):
    source = tmp_path / "in" / "customers.csv"
    source.parent.mkdir()
    customers.to_csv(source, index=False)
    report = run(source, tmp_path / "out", analyzer=analyzer, k=2)
    out = _read_csv(tmp_path / "out" / "customers.csv")
    assert list(out.columns) == list(customers.columns)
    assert len(out) == len(customers) == report.rows
    assert out["col13"].tolist() == customers["col13"].tolist()  # order numbers: kept, same order
    qis = report.plan["risk"]["quasi_identifiers"]
    for column in UTILITY_COLUMNS:
        if column in qis:  # country is a quasi-identifier: kept, or blank where a record is suppressed
            kept = [a == b or a in {"", "*"} for a, b in zip(out[column], customers[column], strict=True)]
            assert all(kept) and sum(a != "" for a in out[column]) >= 0.95 * len(out)
            continue
        assert out[column].tolist() == customers[column].tolist()
    for column in ("col1", "ref", "contact", "col4", "col5", "col6"):
        assert not set(out[column]) & set(customers[column])
    assert (tmp_path / "out" / "customers.csv.report.json").exists()
    assert report.risk["levels"] == report.plan["risk"]["levels"]
    kinds = {c.name: c.kind for c in report.columns}
    assert kinds["col1"] == "direct_identifier" and kinds["notes"] == "free_text"


def test_chunked_processing_gives_the_same_output_as_one_chunk(tmp_path, customers, analyzer):
    source = tmp_path / "customers.csv"
    customers.to_csv(source, index=False)
    run(source, tmp_path / "a", analyzer=analyzer, chunk_rows=17, selfcheck=False)
    run(source, tmp_path / "b", analyzer=analyzer, chunk_rows=10_000, selfcheck=False)
    assert (tmp_path / "a" / "customers.csv").read_bytes() == (tmp_path / "b" / "customers.csv").read_bytes()


def test_a_run_split_into_parts_gives_the_same_artifact_and_report_as_one_run(tmp_path, customers, analyzer):
    source = tmp_path / "customers.csv"
    customers.to_csv(source, index=False)
    options = {"analyzer": analyzer, "k": 3, "artifact_format": "parquet", "pseudonym_key": "test-key"}
    whole = run(source, tmp_path / "whole", **options)
    proposed = Plan.from_dict(whole.plan)
    proposed.risk.levels = {}  # plan_split must find the same levels on its own

    plan, rows, risk = plan_split(source, plan=proposed)
    parts, reports = [], []
    for index, start in enumerate(range(0, rows, 37)):  # parts cut across the reader's chunks of 17
        out = tmp_path / f"part{index}"
        part = run(
            source,
            out,
            plan=plan,
            rows=(start, min(start + 37, rows)),
            selfcheck=False,
            chunk_rows=17,
            **options,
        )
        parts.append(out / part.output_name)
        reports.append(json.loads(part.to_json()))
    merged = finish_parts(parts, reports, tmp_path / "merged", plan=plan, risk_report=risk, analyzer=analyzer)

    assert rows == ROWS == merged.rows and len(parts) == 4
    assert plan.risk.levels == whole.plan["risk"]["levels"] and risk == whole.risk
    assert pq.read_table(tmp_path / "merged" / "customers.parquet").equals(
        pq.read_table(tmp_path / "whole" / "customers.parquet")
    )
    assert merged.entity_counts == whole.entity_counts
    assert [(c.name, c.cells_changed, c.entities) for c in merged.columns] == [
        (c.name, c.cells_changed, c.entities) for c in whole.columns
    ]
    assert merged.selfcheck["passed"]  # same rows and values; row groups (so bytes) differ


def test_a_part_needs_a_table_and_a_plan(tmp_path, customers, analyzer):
    source = tmp_path / "customers.csv"
    customers.to_csv(source, index=False)
    with pytest.raises(ValueError, match="plan_split"):
        run(source, tmp_path / "out", analyzer=analyzer, rows=(0, 10))


def test_a_latin1_semicolon_file_is_detected_and_written_back_as_utf8(tmp_path, customers, analyzer):
    source = tmp_path / "kunden.csv"
    frame = customers[["col1", "col9", "col15"]].copy()
    frame = frame[frame["col1"].map(lambda v: v.encode("latin-1", "ignore").decode("latin-1") == v)].copy()
    frame["col9"] = "Österreich"
    frame.to_csv(source, index=False, sep=";", encoding="latin-1")
    run(source, tmp_path / "out", analyzer=analyzer, risk=False)
    out = _read_csv(tmp_path / "out" / "kunden.csv", sep=";")
    assert out["col9"].unique().tolist() == ["Österreich"]
    assert out["col15"].tolist() == frame["col15"].tolist()


def test_a_tsv_stays_a_tsv(tmp_path, customers, analyzer):
    source = tmp_path / "c.tsv"
    customers[["col1", "col13"]].to_csv(source, index=False, sep="\t")
    run(source, tmp_path / "out", analyzer=analyzer, risk=False)
    out = _read_csv(tmp_path / "out" / "c.tsv", sep="\t")
    assert list(out.columns) == ["col1", "col13"]
    assert set(out["col1"]) == {"<PERSON>"}


def test_parquet_keeps_the_types_of_kept_columns(tmp_path, customers, analyzer):
    frame = customers[["col1", "col15", "col11"]].copy()
    frame["col15"] = frame["col15"].astype(float)
    frame["qty"] = range(len(frame))
    source = tmp_path / "c.parquet"
    frame.to_parquet(source, index=False)
    run(source, tmp_path / "out", analyzer=analyzer, risk=False)
    table = pq.read_table(tmp_path / "out" / "c.parquet")
    assert table.schema.field("qty").type == pa.int64()
    assert table.schema.field("col15").type == pa.float64()
    assert table.column("qty").to_pylist() == list(range(len(frame)))
    assert set(table.column("col1").to_pylist()) == {"<PERSON>"}


def test_xlsx_round_trips(tmp_path, customers, analyzer):
    source = tmp_path / "c.xlsx"
    customers[["col1", "ref", "col13"]].to_excel(source, index=False)
    run(source, tmp_path / "out", analyzer=analyzer, risk=False)
    out = pd.read_excel(tmp_path / "out" / "c.xlsx", dtype=str)
    assert out["col13"].tolist() == customers["col13"].tolist()
    assert set(out["ref"]) == {"<EMAIL_ADDRESS>"}


def test_an_edited_plan_is_applied_and_a_dropped_column_stays_empty(tmp_path, customers, analyzer):
    source = tmp_path / "c.csv"
    customers[["col1", "ref", "col4", "col13"]].to_csv(source, index=False)
    plan = Plan(
        columns=[
            ColumnPlan("col1", "direct_identifier", OperatorSpec("pseudonym"), entity="PERSON"),
            ColumnPlan("ref", "direct_identifier", OperatorSpec("drop"), entity="EMAIL_ADDRESS"),
            ColumnPlan(
                "col4", "direct_identifier", OperatorSpec("mask", {"keep_last": 4}), entity="IBAN_CODE"
            ),
            ColumnPlan("col13", "not_personal", OperatorSpec("keep")),
        ]
    )
    run(source, tmp_path / "out", plan=plan, analyzer=analyzer, pseudonym_key="k1")
    out = _read_csv(tmp_path / "out" / "c.csv")
    assert list(out.columns) == ["col1", "ref", "col4", "col13"]
    assert set(out["ref"]) == {""}
    assert all(v.startswith("PERSON_") for v in out["col1"])
    assert [v[-4:] for v in out["col4"]] == [v[-4:] for v in customers["col4"]]
    assert out["col13"].tolist() == customers["col13"].tolist()


def test_a_plan_naming_missing_columns_is_an_input_error(tmp_path, customers, analyzer):
    from anonymize.errors import InputError

    source = tmp_path / "c.csv"
    customers[["col13"]].to_csv(source, index=False)
    plan = Plan(columns=[ColumnPlan("nope", "not_personal", OperatorSpec("keep"))])
    with pytest.raises(InputError, match="nope"):
        run(source, tmp_path / "out", plan=plan, analyzer=analyzer)


def test_stored_risk_levels_are_replayed(tmp_path, customers, analyzer):
    source = tmp_path / "c.csv"
    customers.to_csv(source, index=False)
    first = run(source, tmp_path / "a", analyzer=analyzer, k=3, selfcheck=False)
    replay = run(source, tmp_path / "b", analyzer=analyzer, plan=first.plan, selfcheck=False)
    assert replay.plan["risk"]["levels"] == first.plan["risk"]["levels"]
    assert (tmp_path / "a" / "c.csv").read_bytes() == (tmp_path / "b" / "c.csv").read_bytes()


def test_the_worker_artifact_is_parquet(tmp_path, customers, analyzer):
    source = tmp_path / "c.csv"
    customers[["col1", "col13"]].to_csv(source, index=False)
    report = run(source, tmp_path / "out", analyzer=analyzer, artifact_format="parquet", risk=False)
    table = pq.read_table(tmp_path / "out" / "c.parquet")
    assert report.output["name"] == "c.parquet" and len(report.output["sha256"]) == 64
    assert table.column("col13").to_pylist() == customers["col13"].tolist()


def test_personal_columns_of_the_benchmark_are_all_treated(tmp_path, customers, analyzer):
    source = tmp_path / "c.csv"
    customers.to_csv(source, index=False)
    report = run(source, tmp_path / "out", analyzer=analyzer)
    operators = {c.name: c.operator for c in report.columns}
    assert all(operators[c] != "keep" for c in PERSONAL_COLUMNS)
    json.dumps(report.to_dict())


def test_a_records_own_identifiers_are_removed_from_its_free_text(tmp_path, customers, analyzer):
    frame = customers[["col1", "contact", "notes", "col13"]].copy()
    frame.loc[3, "col1"] = "Quirinus Zebedäus"
    frame.loc[3, "notes"] = f"zebedäus rang from {frame.loc[3, 'contact']}, order fine"
    source = tmp_path / "c.csv"
    frame.to_csv(source, index=False)
    run(source, tmp_path / "out", analyzer=analyzer, risk=False)
    notes = _read_csv(tmp_path / "out" / "c.csv")["notes"].tolist()
    assert "zebedäus" not in notes[3].casefold()
    assert frame.loc[3, "contact"] not in notes[3]
    assert notes[3].endswith("order fine")


def test_record_ids_stay_or_get_the_same_keyed_pseudonym_in_their_column_and_notes(tmp_path, analyzer):
    ids = [f"E{951396 + 7 * i}" for i in range(60)]
    frame = pd.DataFrame(
        {
            "customer_id": ids,
            "amount": [f"{10 + i}.50" for i in range(60)],
            "notes": [f"customer {cid} asked for a refund of the kettle" for cid in ids],
        }
    )
    source = tmp_path / "ids.csv"
    frame.to_csv(source, index=False)
    run(source, tmp_path / "kept", analyzer=analyzer, risk=False)
    kept = _read_csv(tmp_path / "kept" / "ids.csv")
    assert kept["customer_id"].tolist() == ids  # never cut to a postcode prefix
    run(source, tmp_path / "keyed", analyzer=analyzer, risk=False, pseudonym_key="k" * 32)
    keyed = _read_csv(tmp_path / "keyed" / "ids.csv")
    pseudonyms = keyed["customer_id"].tolist()
    assert len(set(pseudonyms)) == len(ids) and not set(pseudonyms) & set(ids)
    for pseudonym, note in zip(pseudonyms, keyed["notes"], strict=True):
        assert note == f"customer {pseudonym} asked for a refund of the kettle"

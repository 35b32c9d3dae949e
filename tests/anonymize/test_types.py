"""Column value types: inference over whole columns, typed Arrow columns, widening, typed artifacts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from anonymize import dtypes
from anonymize.dtypes import TypeTracker, infer_type, to_arrow, unify
from anonymize.io import TableWriter
from anonymize.pipeline import finish_parts, plan_split, run
from anonymize.plan import Plan
from anonymize.profile import profile_frame


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["12", "-3", "0", ""], "integer"),
        (["1977", "1984", "*"], "integer"),  # a birth date generalised to its year
        (["12.50", "3", "-0.5", "1e3"], "decimal"),
        (["0612345678", "0698765432"], "text"),  # leading zero: a phone number, not a number
        (["01234", "75008"], "text"),  # a postcode with its zero
        (["+33612345678"], "text"),
        (["1234567890123456"], "text"),  # 16 digits: an identifier, past float precision
        (["yes", "No", "TRUE", "false", "n/a"], "boolean"),
        (["1", "0", "1"], "integer"),  # 0/1 stays a number
        (["2024-02-29", "1977-05-03", "NULL"], "date"),
        (["2023-02-29"], "text"),  # no such day
        (["05/03/1977", "2024-01-01"], "text"),  # only ISO 8601 dates are typed
        (["2024-03-01T10:15:00", "2024-03-01 09:00", "2024-03-02"], "timestamp"),
        (["2024-03-01T10:15:00Z", "2024-03-01T10:15:00+02:00"], "timestamp"),
        (["2024-03-01T10:15:00Z", "2024-03-01T10:15:00"], "text"),  # offset and none mixed
        (["1977-05", "1978-01"], "text"),  # a month: ISO reduced precision, kept as text
        (["30-34", "35-39"], "text"),  # an interval in anonymize.risk's form
        (["red", "blue", "red", "red"], "category"),
        (["a free sentence", "another one"], "text"),
        (["", None, "*"], "text"),  # nothing to type
    ],
)
def test_a_column_is_typed_only_when_every_value_parses(values: list[Any], expected: str) -> None:
    assert infer_type(values) == expected


def test_the_type_is_decided_over_every_chunk_not_the_first() -> None:
    tracker = TypeTracker()
    tracker.update(pd.Series(["1", "2"], dtype=object))
    assert tracker.value_type == "integer"
    tracker.update(pd.Series(["2.5"], dtype=object))
    assert tracker.value_type == "decimal"
    tracker.update(pd.Series(["n/a", "seven"], dtype=object))
    assert tracker.value_type == "text"


def test_conversion_keeps_every_value_and_turns_null_spellings_into_nulls() -> None:
    cells = pd.Series(["12", "", "*", None, "-4"], dtype=object)
    assert to_arrow(cells, "integer").to_pylist() == [12, None, None, None, -4]
    assert to_arrow(pd.Series(["yes", "NO", "null"], dtype=object), "boolean").to_pylist() == [
        True,
        False,
        None,
    ]
    dates = to_arrow(pd.Series(["1977-05-03", "NaN"], dtype=object), "date")
    assert dates.type == pa.timestamp("us") and dates.to_pylist() == [dt.datetime(1977, 5, 3), None]
    aware = to_arrow(pd.Series(["2024-03-01T10:15:00+02:00"], dtype=object), "timestamp", "UTC")
    assert aware.to_pylist() == [dt.datetime(2024, 3, 1, 8, 15, tzinfo=dt.UTC)]
    texts = pd.Series(["*", "", "x"], dtype=object)
    assert to_arrow(texts, "text").to_pylist() == ["*", "", "x"]  # text cells are kept as written
    with pytest.raises(ValueError, match="integer"):
        to_arrow(pd.Series(["12", "twelve"], dtype=object), "integer")


def test_a_date_column_is_marked_so_that_it_reads_as_a_date_not_a_timestamp() -> None:
    field = dtypes.arrow_field("born", "date")
    assert dtypes.value_type_of(field) == "date"
    assert dtypes.value_type_of(pa.field("at", pa.timestamp("us"))) == "timestamp"
    assert dtypes.value_type_of(pa.field("n", pa.int32())) == "integer"


@pytest.mark.parametrize(
    ("types", "expected", "kind"),
    [
        ([pa.int64(), pa.int64()], pa.int64(), "integer"),
        ([pa.int64(), pa.float64()], pa.float64(), "decimal"),
        ([pa.null(), pa.int64()], pa.int64(), "integer"),
        ([pa.int64(), pa.string()], pa.string(), "text"),
        ([pa.bool_(), pa.int64()], pa.string(), "text"),
        ([pa.timestamp("us"), pa.date32()], pa.timestamp("us"), "timestamp"),
        ([pa.timestamp("us", tz="UTC"), pa.timestamp("us")], pa.string(), "text"),
    ],
)
def test_columns_typed_differently_widen_to_a_common_type_else_text(
    types: list[pa.DataType], expected: pa.DataType, kind: str
) -> None:
    field = unify([pa.field("c", t) for t in types])
    assert field.type == expected
    assert dtypes.value_type_of(field) == kind


def test_dates_stay_dates_when_unified_with_dates_and_read_as_iso_text_when_widened() -> None:
    date = dtypes.arrow_field("d", "date")
    assert dtypes.value_type_of(unify([date, date])) == "date"
    array = to_arrow(pd.Series(["1977-05-03", None], dtype=object), "date")
    assert dtypes.cast_column(array, pa.field("d", pa.string())).to_pylist() == ["1977-05-03", None]
    assert dtypes.cast_column(pa.array([12, None]), pa.field("n", pa.string())).to_pylist() == ["12", None]


def test_the_parquet_writer_types_the_columns_it_is_told_to_over_all_chunks(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    header = ["amount", "price", "code", "note"]
    writer = TableWriter(path, "parquet", header=header, typed={"amount", "price", "note"})
    writer.write(
        pd.DataFrame({"amount": ["1", "2"], "price": ["3", "4"], "code": ["5", "6"], "note": ["", ""]})
    )
    writer.write(
        pd.DataFrame({"amount": ["3", ""], "price": ["4.25", "*"], "code": ["7", "8"], "note": ["", ""]})
    )
    writer.close()
    table = pq.read_table(path)
    assert table.schema.field("amount").type == pa.int64()
    assert table.schema.field("price").type == pa.float64()  # widened by the second chunk
    assert table.schema.field("code").type == pa.string()  # not asked for: left as written
    assert table.schema.field("note").type == pa.string()  # empty column: nothing to type
    assert table.column("amount").to_pylist() == [1, 2, 3, None]
    assert table.column("price").to_pylist() == [3.0, 4.0, 4.25, None]
    assert table.column("code").to_pylist() == ["5", "6", "7", "8"]


def _customers(path: Path, rows: int = 60) -> None:
    records = []
    for i in range(rows):
        records.append(
            {
                "birth_date": f"{1950 + i % 3}-0{1 + i % 9}-1{i % 10}",
                "zip": f"0{1000 + i % 4}",
                "amount": str(10 + i),
                "price": f"{i % 7}.{i % 10}0",
                "member": "yes" if i % 2 else "no",
                "ordered_at": f"2024-03-0{1 + i % 9}T10:{i % 60:02d}:00",
                "signed_up": f"2023-1{i % 3}-0{1 + i % 9}",
                "segment": ("gold", "silver", "bronze")[i % 3],
                "comment": "",
            }
        )
    pd.DataFrame(records).to_csv(path, index=False)


def _plan(path: Path) -> dict[str, Any]:
    """Birth date generalised to its year (level 2), postcode kept, the rest kept."""
    columns = [
        {"name": "birth_date", "kind": "quasi_identifier", "qi_type": "date", "operator": "generalize"},
        {"name": "zip", "kind": "quasi_identifier", "qi_type": "postcode", "operator": "keep"},
    ]
    for name in ("amount", "price", "member", "ordered_at", "signed_up", "segment", "comment"):
        columns.append({"name": name, "kind": "not_personal", "operator": "keep"})
    return {
        "columns": columns,
        "risk": {"k": 2, "quasi_identifiers": {"birth_date": "date"}, "levels": {"birth_date": 2}},
    }


def test_a_csv_anonymised_to_parquet_reads_back_in_pandas_with_numbers_and_dates(
    tmp_path: Path, analyzer: Any
) -> None:
    source = tmp_path / "customers.csv"
    _customers(source)
    report = run(source, tmp_path / "out", plan=_plan(source), analyzer=analyzer, artifact_format="parquet")
    frame = pd.read_parquet(tmp_path / "out" / "customers.parquet")
    assert frame["birth_date"].dtype == "int64"  # generalised to the year: still a number
    assert set(frame["birth_date"]) == {1950, 1951, 1952}
    assert frame["amount"].dtype == "int64"
    assert frame["price"].dtype == "float64"
    assert frame["member"].dtype == "bool"
    assert pd.api.types.is_datetime64_any_dtype(frame["ordered_at"])
    assert pd.api.types.is_datetime64_any_dtype(frame["signed_up"])
    assert frame["signed_up"].iloc[0] == pd.Timestamp("2023-10-01")
    assert pd.api.types.is_string_dtype(frame["zip"]) and frame["zip"].iloc[0] == "01000"
    assert pd.api.types.is_string_dtype(frame["segment"])
    assert report.output["types"] == {
        "birth_date": "integer",
        "zip": "text",
        "amount": "integer",
        "price": "decimal",
        "member": "boolean",
        "ordered_at": "timestamp",
        "signed_up": "date",
        "segment": "text",
        "comment": "text",
    }
    written = json.loads((tmp_path / "out" / "customers.csv.report.json").read_text())
    assert written["output"]["types"]["signed_up"] == "date"


def test_a_csv_output_stays_text_as_the_cli_promises(tmp_path: Path, analyzer: Any) -> None:
    source = tmp_path / "customers.csv"
    _customers(source, rows=10)
    run(source, tmp_path / "out", plan=_plan(source), analyzer=analyzer, risk=False)
    out = pd.read_csv(tmp_path / "out" / "customers.csv", dtype=str, keep_default_na=False)
    assert out["price"].iloc[0] == "0.00" and out["zip"].iloc[0] == "01000"


def test_a_run_in_parts_types_the_merged_artifact_like_one_run(tmp_path: Path, analyzer: Any) -> None:
    source = tmp_path / "customers.csv"
    _customers(source, rows=40)
    options: dict[str, Any] = {"analyzer": analyzer, "artifact_format": "parquet", "selfcheck": False}
    run(source, tmp_path / "whole", plan=_plan(source), **options)
    plan, rows, risk = plan_split(source, plan=Plan.from_dict(_plan(source)), analyzer=analyzer)
    parts, reports = [], []
    for index, start in enumerate(range(0, rows, 15)):
        part = run(source, tmp_path / f"p{index}", plan=plan, rows=(start, min(start + 15, rows)), **options)
        parts.append(tmp_path / f"p{index}" / part.output_name)
        reports.append(json.loads(part.to_json()))
    finish_parts(parts, reports, tmp_path / "merged", plan=plan, risk_report=risk, selfcheck=False)
    assert pq.read_table(tmp_path / "merged" / "customers.parquet").equals(
        pq.read_table(tmp_path / "whole" / "customers.parquet")
    )


def test_parts_typed_differently_are_merged_into_the_wider_type(tmp_path: Path) -> None:
    from anonymize.pipeline import merge_parts

    pq.write_table(pa.table({"n": pa.array([1, 2]), "s": pa.array([True, None])}), tmp_path / "a.parquet")
    pq.write_table(pa.table({"n": pa.array([2.5]), "s": pa.array(["maybe"])}), tmp_path / "b.parquet")
    rows = merge_parts([tmp_path / "a.parquet", tmp_path / "b.parquet"], tmp_path / "m.parquet")
    merged = pq.read_table(tmp_path / "m.parquet")
    assert rows == 3
    assert merged.column("n").to_pylist() == [1.0, 2.0, 2.5]
    assert merged.column("s").to_pylist() == ["true", None, "maybe"]


def test_profiling_reports_each_columns_value_type() -> None:
    frame = pd.DataFrame(
        {
            "amount": ["12", "7", "30"],
            "when": ["2024-01-02", "2024-02-03", "2024-03-04"],
            "colour": ["red", "red", "blue"],
        },
        dtype=object,
    )
    profile = profile_frame(frame)
    assert {c.name: c.value_type for c in profile.columns} == {
        "amount": "integer",
        "when": "date",
        "colour": "category",
    }
    assert profile.column("amount").to_dict()["value_type"] == "integer"


def test_the_proposed_plan_of_a_customer_table_types_its_utility_columns(
    tmp_path: Path, analyzer: Any
) -> None:
    from tests.conftest import customers_csv

    source = tmp_path / "customers.csv"
    source.write_bytes(customers_csv(rows=60, canary=False))
    report = run(source, tmp_path / "out", analyzer=analyzer, artifact_format="parquet", pseudonym_key="k")
    frame = pd.read_parquet(tmp_path / "out" / "customers.parquet")
    assert frame["amount"].dtype == "int64"
    assert pd.api.types.is_datetime64_any_dtype(frame["order_date"])
    assert report.output["types"]["order_date"] == "date"
    assert report.output["types"]["name"] == report.output["types"]["email"] == "text"


def test_a_parquet_source_keeps_its_own_types_and_types_its_generalised_columns(
    tmp_path: Path, analyzer: Any
) -> None:
    source = tmp_path / "orders.parquet"
    pq.write_table(
        pa.table(
            {
                "birth_date": [f"19{60 + i % 2}-05-0{1 + i % 9}" for i in range(20)],
                "code": [str(1000 + i) for i in range(20)],  # text in the source: it stays text
                "amount": pa.array(range(20), pa.int32()),
            }
        ),
        source,
    )
    plan = {
        "columns": [
            {"name": "birth_date", "kind": "quasi_identifier", "qi_type": "date", "operator": "generalize"},
            {"name": "code", "kind": "not_personal", "operator": "keep"},
            {"name": "amount", "kind": "not_personal", "operator": "keep"},
        ],
        "risk": {"k": 2, "quasi_identifiers": {"birth_date": "date"}, "levels": {"birth_date": 2}},
    }
    report = run(source, tmp_path / "out", plan=plan, analyzer=analyzer)
    table = pq.read_table(tmp_path / "out" / "orders.parquet")
    assert table.schema.field("birth_date").type == pa.int64()
    assert set(table.column("birth_date").to_pylist()) == {1960, 1961}
    assert table.schema.field("code").type == pa.string()
    assert table.schema.field("amount").type == pa.int32()
    assert report.output["types"] == {"birth_date": "integer", "code": "text", "amount": "integer"}

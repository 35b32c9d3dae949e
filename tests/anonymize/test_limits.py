"""Limits checked before the work (issue 11): files that declare or reach a size past the limits fail
fast with a readable reason that quotes no cell, before the parser materialises them."""

from __future__ import annotations

import json
import re
import time
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest

from anonymize import io as shoal_io
from anonymize import limits
from anonymize.errors import InputError
from anonymize.pipeline import run
from anonymize.scan import scan

SECRET = "Zebulon Quaxfeather"
#: Far under the two minutes the issue accepts; a file over the limits costs milliseconds here.
FAST = 15.0


def _sparse_workbook(path: Path, *, dimension: bool = True) -> Path:
    """1.6 KB of workbook whose used range is A1:XFD1048576 (one cell at XFD1, one at A1048576)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = SECRET
    ws["XFD1"] = SECRET
    ws["A1048576"] = SECRET
    wb.save(path)
    if not dimension:
        _rewrite_sheet(path, lambda xml: re.sub(rb"<dimension [^>]*/>", b"", xml))
    return path


def _rewrite_sheet(path: Path, change: Any, member: str = "xl/worksheets/sheet1.xml") -> None:
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info, data in items:
            target.writestr(info, change(data) if info.filename == member else data)


def _bomb(path: Path, empty_rows: int) -> Path:
    """A workbook whose sheet has no ``<dimension>`` and ``empty_rows`` empty rows after a header:
    ``<row/>`` repeated compresses about 1000:1."""
    wb = openpyxl.Workbook()
    wb.active["A1"] = "name"
    wb.save(path)
    head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    header = b'<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row>'
    _rewrite_sheet(path, lambda _: head + header + b"<row/>" * empty_rows + b"</sheetData></worksheet>")
    return path


@pytest.fixture
def unparsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if openpyxl opens the workbook: the limits must reject it before."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("openpyxl opened a workbook the limits should have rejected")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)


def _rejects(call: Any, match: str) -> str:
    started = time.perf_counter()
    with pytest.raises(InputError, match=match) as info:
        call()
    assert time.perf_counter() - started < FAST
    message = str(info.value)
    assert SECRET not in message and "Zebulon" not in message
    return message


# --- XLSX --------------------------------------------------------------------------------------------


def test_a_sparse_workbook_fails_fast_in_the_pipeline(tmp_path: Path, analyzer: Any) -> None:
    source = _sparse_workbook(tmp_path / "sparse.xlsx")
    assert source.stat().st_size < 10_000

    message = _rejects(lambda: run(source, tmp_path / "out", analyzer=analyzer), "16,384 columns")

    assert message == "the first sheet has 16,384 columns; the limit is 2,048"
    assert not list((tmp_path / "out").glob("*"))


def test_a_sparse_workbook_fails_on_its_declared_cells_before_openpyxl_opens_it(
    tmp_path: Path, analyzer: Any, monkeypatch: pytest.MonkeyPatch, unparsed: None
) -> None:
    monkeypatch.setenv("SHOAL_MAX_COLUMNS", "16384")  # the columns pass: the used range does not
    source = _sparse_workbook(tmp_path / "sparse.xlsx")

    message = _rejects(lambda: scan(source, analyzer=analyzer), "cells")

    assert "1,048,576 rows × 16,384 columns" in message and "10,000,000 cells" in message


def test_a_sparse_workbook_without_dimension_fails_fast_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unparsed: None
) -> None:
    source = _sparse_workbook(tmp_path / "sparse.xlsx", dimension=False)
    with zipfile.ZipFile(source) as archive:
        assert b"<dimension" not in archive.read("xl/worksheets/sheet1.xml")

    _rejects(lambda: shoal_io.open_table(source), "16,384 columns; the limit is 2,048")
    monkeypatch.setenv("SHOAL_MAX_COLUMNS", "16384")
    _rejects(lambda: shoal_io.open_table(source), "more cells than the limit of 10,000,000")


def test_a_used_range_declared_late_in_the_sheet_is_checked_too(tmp_path: Path, unparsed: None) -> None:
    """openpyxl finds ``<dimension>`` wherever it stands before the data; so must the check."""
    source = tmp_path / "late.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = SECRET  # one cell, but a used range of the whole sheet, after 100 KB of comment
    wb.save(source)
    late = b"<!--" + b" " * 100_000 + b'--><dimension ref="A1:XFD1048576"'
    _rewrite_sheet(source, lambda xml: re.sub(rb'<dimension ref="[^"]*"', late, xml))
    with zipfile.ZipFile(source) as archive:
        assert b'"A1:XFD1048576"' in archive.read("xl/worksheets/sheet1.xml")

    _rejects(lambda: shoal_io.open_table(source), "the first sheet has 16,384 columns; the limit is 2,048")


def test_a_zip_bomb_fails_on_its_compression_ratio_before_parsing(
    tmp_path: Path, analyzer: Any, unparsed: None
) -> None:
    source = _bomb(tmp_path / "bomb.xlsx", empty_rows=3_000_000)  # 18 MB of XML in ~20 KB
    with zipfile.ZipFile(source) as archive:
        sheet = archive.getinfo("xl/worksheets/sheet1.xml")
    assert sheet.file_size > 500 * sheet.compress_size

    message = _rejects(lambda: run(source, tmp_path / "out", analyzer=analyzer), "compressed")

    assert re.search(r"compressed [\d,]+:1 \(17\.2 MiB unpacked\); the limit is 100:1", message), message


def test_a_zip_bomb_fails_on_its_unpacked_size_before_parsing(
    tmp_path: Path, analyzer: Any, monkeypatch: pytest.MonkeyPatch, unparsed: None
) -> None:
    monkeypatch.setenv("SHOAL_MAX_COMPRESSION_RATIO", "100000")  # only the size is judged here
    monkeypatch.setenv("SHOAL_XLSX_MAX_UNCOMPRESSED_BYTES", str(8 << 20))  # 2 GB in production
    source = _bomb(tmp_path / "bomb.xlsx", empty_rows=3_000_000)

    message = _rejects(lambda: scan(source, analyzer=analyzer), "unpacks to")

    assert message == "the XLSX file unpacks to 17.2 MiB; the limit is 8 MiB"


def test_a_sheet_without_dimension_stops_at_the_row_limit_before_openpyxl_sizes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, unparsed: None
) -> None:
    monkeypatch.setenv("SHOAL_MAX_COMPRESSION_RATIO", "100000")
    monkeypatch.setenv("SHOAL_MAX_ROWS", "50000")
    source = _bomb(tmp_path / "bomb.xlsx", empty_rows=3_000_000)

    _rejects(lambda: shoal_io.open_table(source), "the first sheet has more rows than the limit of 50,000")


def test_the_workbook_reader_counts_as_it_goes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Behind the checks made at opening, the reader enforces the limits on the rows it reads."""
    source = tmp_path / "rows.xlsx"
    wb = openpyxl.Workbook()
    for i in range(30):
        wb.active.append([f"id-{i}", i])
    wb.save(source)
    table = shoal_io.open_table(source, header=False)
    monkeypatch.setenv("SHOAL_XLSX_MAX_CELLS", "40")  # 2 columns: the 21st row passes it

    with pytest.raises(InputError, match="more cells than the limit of 40"):
        list(table.iter_chunks(5))


def test_a_workbook_within_the_limits_reads_as_before(tmp_path: Path) -> None:
    source = tmp_path / "ok.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["name", "city", None])
    ws.append(["Ann", "Cork"])
    ws.append([None, None])
    ws.append(["Bo", "Gent"])
    ws["D6"] = None  # a styled but empty cell widens the used range
    ws["D6"].number_format = "0.00"
    wb.save(source)

    table = shoal_io.open_table(source)

    assert table.columns == ["name", "city"]
    assert pd.concat(table.iter_chunks(10)).to_dict("list") == {
        "name": ["Ann", "Bo"],
        "city": ["Cork", "Gent"],
    }


# --- Parquet -----------------------------------------------------------------------------------------


def _parquet(path: Path, rows: int) -> Path:
    pd.DataFrame({"id": range(rows), "name": [SECRET] * rows, "city": ["Cork"] * rows}).to_parquet(
        path, index=False, row_group_size=250
    )
    return path


@pytest.fixture
def unread(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("rows were read from a Parquet file the limits should have rejected")

    monkeypatch.setattr(pq.ParquetFile, "iter_batches", refuse)
    monkeypatch.setattr(pq.ParquetFile, "read", refuse)


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SHOAL_MAX_ROWS", "999", "the Parquet file has 1,000 rows; the limit is 999"),
        (
            "SHOAL_MAX_CELLS",
            "2999",
            "the Parquet file spans 1,000 rows × 3 columns = 3,000 cells; the limit is 2,999 cells",
        ),
        ("SHOAL_MAX_COLUMNS", "2", "the Parquet file has 3 columns; the limit is 2"),
        ("SHOAL_MAX_UNCOMPRESSED_BYTES", "1024", "uncompressed; the limit is 1 KiB"),
    ],
)
def test_parquet_over_a_limit_fails_from_its_metadata(
    tmp_path: Path,
    analyzer: Any,
    monkeypatch: pytest.MonkeyPatch,
    unread: None,
    variable: str,
    value: str,
    message: str,
) -> None:
    source = _parquet(tmp_path / "t.parquet", 1_000)
    monkeypatch.setenv(variable, value)

    assert message in _rejects(lambda: run(source, tmp_path / "out", analyzer=analyzer), re.escape(message))


# --- CSV, JSONL, TXT -------------------------------------------------------------------------------


def test_a_csv_stops_at_the_row_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "t.csv"
    source.write_text("name,n\n" + "".join(f"{SECRET},{i}\n" for i in range(500)))
    monkeypatch.setenv("SHOAL_MAX_ROWS", "100")
    table = shoal_io.open_table(source)

    _rejects(lambda: list(table.iter_chunks(50)), "the table has more rows than the limit of 100")


def test_a_csv_wider_than_the_limit_is_rejected_at_its_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "t.csv"
    source.write_text(",".join(f"c{i}" for i in range(40)) + "\n" + ",".join([SECRET] * 40) + "\n")
    monkeypatch.setenv("SHOAL_MAX_COLUMNS", "32")

    _rejects(lambda: shoal_io.open_table(source), "the table has 40 columns; the limit is 32")


def test_a_deeply_nested_jsonl_line_fails_with_a_nesting_reason(tmp_path: Path, analyzer: Any) -> None:
    source = tmp_path / "deep.jsonl"
    deep = "[" * 5_000 + json.dumps(SECRET) + "]" * 5_000
    source.write_text(json.dumps({"name": SECRET}) + "\n" + deep + "\n")

    message = _rejects(lambda: run(source, tmp_path / "out", analyzer=analyzer), "deeper than 64 levels")

    assert message.startswith("line 2: ")
    assert "RecursionError" not in message


@pytest.mark.parametrize(("depth", "rejected"), [(64, False), (65, True)])
def test_nesting_is_allowed_up_to_the_limit(tmp_path: Path, depth: int, rejected: bool) -> None:
    value: Any = "x"
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    source = tmp_path / "d.jsonl"
    source.write_text(json.dumps(value) + "\n")
    if rejected:
        with pytest.raises(InputError, match="line 1: a record nests arrays or objects deeper than 64"):
            list(shoal_io.iter_records(source, "jsonl"))
    else:
        assert list(shoal_io.iter_records(source, "jsonl")) == [[value]]


def test_records_past_the_limit_stop_the_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "t.txt"
    source.write_text(f"{SECRET}\n" * 50)
    monkeypatch.setenv("SHOAL_MAX_ROWS", "10")

    _rejects(lambda: list(shoal_io.iter_records(source, "txt")), "more records than the limit of 10")


# --- configuration ---------------------------------------------------------------------------------


def test_limits_come_from_the_environment_and_a_typo_fails_loudly() -> None:
    assert limits.Limits.from_env({}) == limits.Limits()
    assert limits.Limits.from_env({"SHOAL_MAX_CELLS": "5_000"}).max_cells == 5_000
    assert limits.Limits.from_env({"SHOAL_MAX_ROWS": "2000000"}).xlsx_max_rows == 1_048_576
    with pytest.raises(limits.LimitsConfigError, match="SHOAL_MAX_ROWS must be a whole number"):
        limits.Limits.from_env({"SHOAL_MAX_ROWS": "10M"})
    with pytest.raises(limits.LimitsConfigError, match="must be positive"):
        limits.Limits.from_env({"SHOAL_JSON_MAX_DEPTH": "0"})

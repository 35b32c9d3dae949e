from __future__ import annotations

import pytest
from faker import Faker

from anonymize.errors import InputError
from anonymize.pipeline import run

fake = Faker("fr_FR")
fake.seed_instance(9)
SECRET = fake.name()


def _fails(tmp_path, analyzer, name: str, content: bytes, match: str) -> str:
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(InputError, match=match) as info:
        run(source, tmp_path / "out", analyzer=analyzer)
    message = str(info.value)
    assert SECRET not in message
    assert not list((tmp_path / "out").glob("*.partial"))
    return message


def test_an_empty_file_is_rejected(tmp_path, analyzer):
    _fails(tmp_path, analyzer, "e.csv", b"", "empty")


def test_ragged_rows_are_rejected_without_quoting_the_row(tmp_path, analyzer):
    content = f"a,b,c\n1,2,3\n{SECRET},x\n".encode()
    message = _fails(tmp_path, analyzer, "r.csv", content, "ragged rows")
    assert "2 fields" in message and "has 3" in message


def test_binary_junk_is_rejected(tmp_path, analyzer):
    junk = bytes(range(256)) * 64
    _fails(tmp_path, analyzer, "j.csv", junk, "binary")


def test_bad_encoding_past_the_sniffed_head_is_rejected(tmp_path, analyzer):
    head = b"name,city\n" + b"".join(f"{fake.first_name()},Paris\n".encode() for _ in range(8000))
    assert len(head) > 64 * 1024
    content = head + SECRET.encode("utf-8") + b",\xff\xfe\xfa\n"
    _fails(tmp_path, analyzer, "b.csv", content, "not valid")


def test_a_ten_megabyte_cell_rejects_the_file(tmp_path, analyzer):
    content = b"a,b\n1," + b"x" * (10 * 1024 * 1024) + b"\n"
    _fails(tmp_path, analyzer, "big.csv", content, "cap")


def test_a_two_megabyte_cell_in_a_text_file_rejects_the_file(tmp_path, analyzer):
    _fails(tmp_path, analyzer, "big.txt", b"y" * (2 * 1024 * 1024) + b"\n", "cap")


@pytest.mark.parametrize("name", ["data.exe", "data", "data.docx"])
def test_a_wrong_extension_is_rejected(tmp_path, analyzer, name):
    _fails(tmp_path, analyzer, name, b"a,b\n1,2\n", "unsupported file type")


def test_a_corrupt_parquet_file_is_rejected(tmp_path, analyzer):
    _fails(tmp_path, analyzer, "x.parquet", f"a,b\n{SECRET},2\n".encode(), "Parquet")


def test_an_invalid_json_line_is_rejected_with_its_line_number(tmp_path, analyzer):
    content = f'{{"a": 1}}\n{{"name": "{SECRET}"\n'.encode()
    _fails(tmp_path, analyzer, "x.jsonl", content, "line 2 is not valid JSON")


def test_a_corrupt_workbook_is_rejected(tmp_path, analyzer):
    _fails(tmp_path, analyzer, "x.xlsx", b"PK\x03\x04 not really a zip", "XLSX")

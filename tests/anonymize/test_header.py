"""Header rows: a first record of personal data is data, and header cells never publish a personal value.

Issue 11: a CSV without a header row had its first record (name, e-mail, phone, town) turned into the
column names, which survived anonymisation into the Parquet schema, the report and the datasheet.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from anonymize import io as shoal_io
from anonymize.pipeline import plan_split, run
from anonymize.scan import scan

PEOPLE = [
    ("Anna Schmidt", "anna.schmidt@example.de", "+49 30 1234567", "Berlin"),
    ("Max Müller", "max.mueller@example.com", "+49 40 7654321", "Hamburg"),
    ("Jean Dupont", "jean.dupont@example.fr", "+33 1 23 45 67 89", "Paris"),
    ("Giulia Rossi", "giulia.rossi@example.it", "+39 06 1234 5678", "Roma"),
    ("Lars Eriksson", "lars.eriksson@example.se", "+46 8 123 456 78", "Stockholm"),
    ("Piotr Nowak", "piotr.nowak@example.pl", "+48 22 123 45 67", "Warszawa"),
    ("Sophie Martin", "sophie.martin@example.fr", "+33 6 12 34 56 78", "Lyon"),
    ("Tom Becker", "tom.becker@example.de", "+49 89 1234567", "München"),
]
#: A first record whose every value is unique to it, to be looked for in everything a run writes.
CANARY = ("Quirin Zaunkönig", "quirin.zaunkoenig@canary-mail.example", "+49 151 98765432", "Kanarienhausen")
CANARY_TOKENS = ("Quirin", "Zaunkönig", "zaunkoenig", "canary-mail", "98765432", "151 987", "Kanarienhausen")


def _people(rows: int = 40) -> list[tuple[str, ...]]:
    return [PEOPLE[i % len(PEOPLE)] for i in range(rows)]


def _write(path: Path, header: tuple[str, ...] | None, rows: list[tuple[str, ...]], sep: str = ",") -> Path:
    lines = ([sep.join(header)] if header else []) + [sep.join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


HEADERLESS = {
    "contacts.csv": (None, _people(), ","),
    "kontakte.csv": (None, _people(), ";"),
    "contacts.tsv": (None, _people(), "\t"),
    "unique-first.csv": (None, [CANARY, *_people()], ","),
    "single-record.csv": (None, [CANARY], ","),
    "names-and-towns.csv": (None, [(p[0], p[3]) for p in _people()], ","),
    "ids.csv": (None, [(str(i + 1), p[0], p[1]) for i, p in enumerate(_people())], ","),
    "local-phones.csv": (
        None,
        [(p[0], f"030 {1_000_000 + 37 * i}", p[3]) for i, p in enumerate(_people())],
        ";",
    ),
    "emails.csv": (None, [(p[1],) for p in _people()], ","),
    "payments.csv": (None, [(f"2024-01-{i % 28 + 1:02d}", f"{3.5 * i:.2f}", "EUR") for i in range(30)], ","),
}

HEADED = {
    "customers.csv": (
        ("customer_id", "name", "email", "phone", "city", "notes"),
        [(str(i + 1), *p, "called about an invoice") for i, p in enumerate(_people())],
        ",",
    ),
    "kunden.csv": (("Kunde", "E-Mail", "Telefon", "Ort"), _people(), ";"),
    "kunden-lokal.csv": (
        ("Kunde", "E-Mail", "Telefon", "Ort"),
        [(p[0], p[1], f"030 {1_000_000 + 37 * i}", p[3]) for i, p in enumerate(_people())],
        ";",
    ),
    "names.csv": (("name", "city"), [(p[0], p[3]) for p in _people()], ","),
    "full-names.csv": (("Full Name", "City"), [(p[0], p[3]) for p in _people()], ","),
    "vornamen.csv": (("Vorname", "Nachname", "Wohnort"), [(*p[0].split(), p[3]) for p in _people()], ","),
    "contacts.tsv": (("id", "name", "email"), [(str(i), p[0], p[1]) for i, p in enumerate(_people())], "\t"),
    "orders.csv": (
        ("Order ID", "Order Date", "Ship Mode", "Customer Name", "Segment", "City", "Sales"),
        [
            (
                f"CA-2016-{152156 + i}",
                f"11/{i % 28 + 1}/2016",
                "Second Class",
                p[0],
                "Consumer",
                p[3],
                f"{261.96 + i:.2f}",
            )
            for i, p in enumerate(_people())
        ],
        ",",
    ),
    "pivot.csv": (
        ("region", "2021", "2022", "2023"),
        [
            (r, f"{i}.5", f"{i + 1}.25", f"{i + 2}.75")
            for i, r in enumerate(["North", "South", "East", "West"])
        ],
        ",",
    ),
    "payments.csv": (("date", "amount", "currency"), HEADERLESS["payments.csv"][1], ","),
    "header-only.csv": (("customer_id", "name", "email"), [], ","),
}


@pytest.mark.parametrize("name", sorted(HEADERLESS))
def test_a_first_record_of_data_is_read_as_data(tmp_path, name) -> None:
    _, rows, sep = HEADERLESS[name]
    path = _write(tmp_path / name, None, rows, sep)

    source = shoal_io.open_table(path)
    frame = source.head(1_000)

    width = len(rows[0])
    assert not source.has_header
    assert source.columns == source.header == [f"column_{i + 1}" for i in range(width)]
    assert len(frame) == len(rows)
    assert tuple(frame.iloc[0]) == rows[0]
    assert source.header_report() == {"first_row": "data", "replaced_columns": []}


@pytest.mark.parametrize("name", sorted(HEADED))
def test_a_header_row_is_kept(tmp_path, name) -> None:
    header, rows, sep = HEADED[name]
    path = _write(tmp_path / name, header, rows, sep)

    source = shoal_io.open_table(path)

    assert source.has_header
    assert source.columns == source.header == list(header)
    assert len(source.head(1_000)) == len(rows)
    assert source.header_report() == {"first_row": "header", "replaced_columns": []}


@pytest.mark.parametrize(
    "name", ["customers.csv", "kunden.csv", "orders.csv", "full-names.csv", "vornamen.csv"]
)
def test_the_model_keeps_ordinary_headers_too(tmp_path, analyzer, name) -> None:
    header, rows, sep = HEADED[name]
    source = shoal_io.open_table(_write(tmp_path / name, header, rows, sep), analyzer=analyzer)
    assert source.has_header and source.columns == list(header)


def test_the_model_reads_a_first_record_of_unlisted_names_and_towns_as_data(tmp_path, analyzer) -> None:
    rows = [("Will Smith", "Bad Kreuznach"), *[(p[0], p[3]) for p in PEOPLE[2:]]]
    path = _write(tmp_path / "pairs.csv", None, rows)

    assert shoal_io.open_table(path, analyzer=analyzer).columns == ["column_1", "column_2"]


def test_the_first_row_can_be_forced_either_way(tmp_path) -> None:
    header, rows, sep = HEADED["kunden.csv"]
    path = _write(tmp_path / "kunden.csv", header, rows, sep)

    as_data = shoal_io.open_table(path, header=False)
    assert as_data.columns == ["column_1", "column_2", "column_3", "column_4"]
    assert len(as_data.head(1_000)) == len(rows) + 1
    forced = shoal_io.open_table(_write(tmp_path / "c.csv", None, _people()), header=True)
    assert forced.columns == ["column_1", "column_2", "column_3", "Berlin"]  # still scanned


@pytest.mark.parametrize(
    ("cells", "replaced"),
    [
        (["id", "Anna Schmidt", "score"], [1]),
        (["id", "anna.schmidt@example.de", "score"], [1]),
        (["id", "+49 30 1234567", "score"], [1]),
        (["DE89370400440532013000", "amount", "Quennell Brasko"], [0, 2]),
        (["customer_id", "First Name", "Job Title", "E-Mail", "2021", "Street Address"], []),
    ],
)
def test_header_cells_holding_a_personal_value_are_found_without_the_model(cells, replaced) -> None:
    assert shoal_io.personal_header_cells(cells) == replaced


def test_the_model_finds_names_the_lists_miss_and_not_labels(analyzer) -> None:
    names = ["Max Müller", "Will Smith", "Dr. Hans Weber", "Frau Meier", "Schmidt"]
    labels = [
        "First Name", "Customer Name", "Contact Email", "Job Title", "Grace Period", "Account Holder",
        "Date of Birth", "Postal Code", "Steuer-ID", "IBAN", "Geburtsdatum", "Straße", "Kommentar",
        "Datum", "Ship City", "Order Date", "Mother's Maiden Name", "Emergency Contact", "Q1 2021",
    ]  # fmt: skip

    found = shoal_io.personal_header_cells(names + labels, analyzer=analyzer)

    assert found == list(range(len(names)))


def test_a_personal_header_cell_becomes_a_generated_name_in_columns_and_output(tmp_path) -> None:
    rows = [(str(i), str(2 * i), str(3 * i)) for i in range(20)]
    path = _write(tmp_path / "scores.csv", ("id", "Anna Schmidt", "score"), rows)

    source = shoal_io.open_table(path)

    assert source.has_header
    assert source.columns == source.header == ["id", "column_2", "score"]
    assert source.header_report() == {"first_row": "header", "replaced_columns": ["column_2"]}
    assert "Anna" not in json.dumps(source.header_report())
    assert list(source.head(5).columns) == ["id", "column_2", "score"]


def test_a_generated_name_does_not_clash_with_a_real_one(tmp_path) -> None:
    rows = [(str(i), str(i), str(i)) for i in range(20)]
    path = _write(tmp_path / "clash.csv", ("column_2", "Anna Schmidt", "score"), rows)

    assert shoal_io.open_table(path).columns == ["column_2", "column_2.1", "score"]


def test_a_parquet_column_named_after_a_person_is_renamed_when_read(tmp_path) -> None:
    path = tmp_path / "scores.parquet"
    pd.DataFrame({"id": [1, 2, 3], "anna.schmidt@example.de": ["a", "b", "c"]}).to_parquet(path, index=False)

    source = shoal_io.open_table(path)

    assert source.columns == source.header == ["id", "column_2"]
    assert source.schema is not None and source.schema.names == ["id", "column_2"]
    assert list(source.head(10).columns) == ["id", "column_2"]
    subset = next(source.iter_chunks(10, columns=["column_2"]))
    assert list(subset.columns) == ["column_2"] and subset["column_2"].tolist() == ["a", "b", "c"]


def _workbook(path: Path, rows: list[tuple[object, ...]]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


def test_a_workbook_without_a_header_row_is_read_as_data(tmp_path) -> None:
    rows = [(p[0], p[1], p[2], p[3], 20 + i) for i, p in enumerate(_people(20))]
    source = shoal_io.open_table(_workbook(tmp_path / "contacts.xlsx", rows))

    assert not source.has_header
    assert source.columns == ["column_1", "column_2", "column_3", "column_4", "column_5"]
    frame = source.head(100)
    assert len(frame) == 20 and frame.iloc[0].tolist() == [*PEOPLE[0], "20"]


def test_a_workbook_header_is_kept_and_its_personal_cells_replaced(tmp_path) -> None:
    rows = [("Kunde", "E-Mail", "Anna Schmidt", "Alter")] + [
        (p[0], p[1], i, 20 + i) for i, p in enumerate(_people(20))
    ]
    source = shoal_io.open_table(_workbook(tmp_path / "kunden.xlsx", rows))

    assert source.has_header
    assert source.columns == source.header == ["Kunde", "E-Mail", "column_3", "Alter"]
    assert len(source.head(100)) == 20


def _leaks(directory: Path) -> list[str]:
    """Canary tokens found in any file under ``directory`` (text or binary)."""
    found = []
    for path in directory.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {t}" for t in CANARY_TOKENS if t.encode("utf-8") in data]
    return found


@pytest.mark.parametrize("artifact_format", [None, "parquet"])
def test_a_headerless_first_record_is_anonymised_and_published_nowhere(
    tmp_path, analyzer, artifact_format
) -> None:
    path = _write(tmp_path / "contacts.csv", None, [CANARY, *_people(60)])
    out = tmp_path / "out"

    report = run(
        path, out, analyzer=analyzer, spans_path=out / "spans.jsonl", artifact_format=artifact_format
    )

    assert report.rows == 61
    assert report.header == {"first_row": "data", "replaced_columns": []}
    assert [c.name for c in report.columns] == ["column_1", "column_2", "column_3", "column_4"]
    assert _leaks(out) == []
    artifact = out / report.output_name
    frame = pd.read_parquet(artifact) if artifact_format else pd.read_csv(artifact, dtype=str)
    assert list(frame.columns) == ["column_1", "column_2", "column_3", "column_4"]
    assert len(frame) == 61
    # the first record went through the plan like the others: the same placeholders, no value kept
    assert frame.iloc[0, :3].tolist() == frame.iloc[1, :3].tolist()


def test_a_personal_header_cell_is_published_nowhere(tmp_path, analyzer) -> None:
    rows = [(str(i + 1), f"{10 + i % 7}.5", p[3]) for i, p in enumerate(_people(60))]
    path = _write(tmp_path / "scores.csv", ("customer_id", CANARY[0], "city"), rows)
    out = tmp_path / "out"

    report = run(path, out, analyzer=analyzer, spans_path=out / "spans.jsonl", artifact_format="parquet")

    assert report.header == {"first_row": "header", "replaced_columns": ["column_2"]}
    assert [c.name for c in report.columns] == ["customer_id", "column_2", "city"]
    assert pd.read_parquet(out / report.output_name).columns.tolist() == ["customer_id", "column_2", "city"]
    assert _leaks(out) == []


def test_scan_run_and_split_name_the_columns_alike(tmp_path, analyzer) -> None:
    rows = [(str(i + 1), f"{10 + i % 7}.5", p[3]) for i, p in enumerate(_people(60))]
    path = _write(tmp_path / "scores.csv", ("customer_id", "Will Smith", "city"), rows)

    scanned = scan(path, analyzer=analyzer)
    columns = [c.name for c in scanned.plan.columns]
    fixed, records, _ = plan_split(path, plan=scanned.plan)  # the process-wide analyzer, as the workers
    report = run(path, tmp_path / "out", plan=fixed, analyzer=analyzer, artifact_format="parquet")

    assert columns == ["customer_id", "column_2", "city"]
    assert scanned.profile["header"] == {"first_row": "header", "replaced_columns": ["column_2"]}
    assert "Will Smith" not in json.dumps(scanned.to_dict())
    assert records == 60 and [c.name for c in report.columns] == columns

"""Typed corpora: a published version keeps numbers and dates, contributors' types are unified, and
the Croissant datasheet declares the same types and passes mlcroissant's validation (offline)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from django.core.files.storage import default_storage

from anonymize.pipeline import run
from pool.models import CorpusVersion, Dataset
from pool.services.corpora import corpus_build, version_path
from pool.storage import sha256_of, store_file
from tests.api.pooling import isolated_media, make_corpus, ready_dataset

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["isolated_media"]

CUSTOMER_COLUMNS = ["birth_year", "zip", "amount", "price", "member", "signed_up", "ordered_at", "segment"]


def customers_csv(path: Path, rows: int = 40) -> None:
    """A customer table in classes of 10 over (birth year, postcode), with typed utility columns."""
    records = []
    for i in range(rows):
        records.append(
            {
                "birth_date": f"{1960 + i % 2}-0{1 + i % 9}-1{i % 10}",
                "zip": ("01000", "75008")[(i // 2) % 2],
                "amount": str(10 + i),
                "price": f"{i % 7}.{i % 10}0",
                "member": "yes" if i % 3 else "no",
                "signed_up": f"2023-1{i % 3}-0{1 + i % 9}",
                "ordered_at": f"2024-03-0{1 + i % 9} 10:{i % 60:02d}:00",
                "segment": ("gold", "silver")[i % 2],
            }
        )
    pd.DataFrame(records).to_csv(path, index=False)


def customer_plan() -> dict[str, Any]:
    columns: list[dict[str, Any]] = [
        {"name": "birth_date", "kind": "quasi_identifier", "qi_type": "date", "operator": "generalize"},
        {"name": "zip", "kind": "quasi_identifier", "qi_type": "postcode", "operator": "keep"},
    ]
    for name in ("amount", "price", "member", "signed_up", "ordered_at", "segment"):
        columns.append({"name": name, "kind": "not_personal", "operator": "keep"})
    return {
        "columns": columns,
        "risk": {"k": 5, "quasi_identifiers": {"birth_date": "date"}, "levels": {"birth_date": 2}},
    }


def anonymised_customers(tmp: Path) -> Path:
    """The artifact the workers write for the customer table (the real pipeline, Parquet output)."""
    from anonymize.engine import get_analyzer

    source = tmp / "customers.csv"
    customers_csv(source)
    run(source, tmp / "out", plan=customer_plan(), analyzer=get_analyzer(), artifact_format="parquet")
    return tmp / "out" / "customers.parquet"


def contribution(
    world: dict[str, Any], corpus: Any, artifact: Path, qis: dict[str, str], **fields: Any
) -> Dataset:
    """A ready dataset whose stored artifact is the file ``artifact`` (types and metadata as written)."""
    dataset = ready_dataset(
        organization=world[fields.pop("org", "acme")],
        user=world[fields.pop("user", "alice")],
        corpora=[corpus],
        frame=pd.DataFrame({"x": [1]}),
        quasi_identifiers=qis,
        reported_k=5,
        **fields,
    )
    stored = store_file(artifact, f"artifacts/{dataset.pk}/typed.parquet")
    Dataset.objects.filter(pk=dataset.pk).update(
        artifact=stored,
        artifact_sha256=sha256_of(artifact),
        artifact_size=artifact.stat().st_size,
        artifact_rows=pq.read_metadata(artifact).num_rows,
    )
    dataset.refresh_from_db()
    return dataset


def shards(version: CorpusVersion) -> list[Path]:
    return [
        Path(default_storage.path(version_path(version.corpus, version.number, f["name"])))
        for f in version.files
        if f["name"].endswith(".parquet")
    ]


def validated_records(version: CorpusVersion, tmp: Path) -> tuple[Any, list[dict[str, Any]]]:
    """mlcroissant's reading of the datasheet and its records, offline: the file URLs are pointed at
    the stored shards (a datasheet's own URLs are the API's)."""
    import mlcroissant as mlc

    sheet = json.loads(json.dumps(version.datasheet))
    local = {p.name: p for p in shards(version)}
    for entry in sheet["distribution"]:
        if entry["@type"] == "cr:FileObject" and entry["name"] in local:
            entry["contentUrl"] = str(local[entry["name"]])
    path = tmp / "croissant.json"
    path.write_text(json.dumps(sheet))
    dataset = mlc.Dataset(jsonld=path)  # raises mlcroissant.ValidationError on an invalid document
    return dataset, list(dataset.records("records"))


def test_a_published_customer_table_reads_back_with_numbers_and_dates(world: dict[str, Any]) -> None:
    corpus = make_corpus("customers")
    with tempfile.TemporaryDirectory() as tmp:
        artifact = anonymised_customers(Path(tmp))
        contribution(world, corpus, artifact, {"birth_date": "date", "zip": "postcode"})
    version = corpus_build(corpus=corpus)
    assert version is not None and version.status == CorpusVersion.Status.PUBLISHED, version.error_message

    [shard] = shards(version)
    frame = pd.read_parquet(shard)  # what a consumer does, as in the README
    assert len(frame) == 40
    assert frame["birth_date"].dtype == "int64"  # generalised to the year: still a number
    assert frame["amount"].dtype == "int64"
    assert frame["price"].dtype == "float64"
    assert frame["member"].dtype == "bool"
    assert pd.api.types.is_datetime64_any_dtype(frame["signed_up"])
    assert pd.api.types.is_datetime64_any_dtype(frame["ordered_at"])
    assert pd.api.types.is_string_dtype(frame["zip"]) and set(frame["zip"]) == {"01000", "75008"}
    assert frame.loc[0, "signed_up"] == pd.Timestamp("2023-10-01")

    fields = {f["name"]: f["dataType"] for f in version.datasheet["recordSet"][0]["field"]}
    assert fields == {
        "birth_date": "sc:Integer",
        "zip": "sc:Text",
        "amount": "sc:Integer",
        "price": "sc:Float",
        "member": "sc:Boolean",
        "signed_up": "sc:Date",
        "ordered_at": "sc:DateTime",
        "segment": "sc:Text",
    }


def test_the_datasheet_passes_mlcroissant_validation_and_reads_with_its_declared_types(
    world: dict[str, Any], tmp_path: Path
) -> None:
    corpus = make_corpus("customers")
    contribution(world, corpus, anonymised_customers(tmp_path), {"birth_date": "date", "zip": "postcode"})
    version = corpus_build(corpus=corpus)
    assert version is not None and version.status == CorpusVersion.Status.PUBLISHED, version.error_message

    dataset, records = validated_records(version, tmp_path)
    assert not dataset.metadata.ctx.issues.errors
    assert not dataset.metadata.ctx.issues.warnings, dataset.metadata.ctx.issues.report()
    declared = {f.name: str(f.data_types[0]) for f in dataset.metadata.record_sets[0].fields}
    assert declared["amount"] == "https://schema.org/Integer"
    assert declared["signed_up"] == "https://schema.org/Date"
    assert len(records) == 40
    first = records[0]
    assert first["records/amount"] == 10 and isinstance(first["records/amount"], int)
    assert isinstance(first["records/price"], float)
    assert first["records/member"] in (True, False)
    assert pd.Timestamp(first["records/signed_up"]) == pd.Timestamp("2023-10-01")
    assert first["records/zip"] in (b"01000", b"75008", "01000", "75008")


def test_contributors_typing_a_column_differently_are_pooled_under_the_wider_type(
    world: dict[str, Any], tmp_path: Path
) -> None:
    corpus = make_corpus("mixed", k_threshold=2)
    a = pa.table(
        {
            "band": pa.array(["x", "x"]),
            "amount": pa.array([10, 20], pa.int64()),
            "when": pa.array(["2024-01-02", "2024-01-03"]).cast(pa.timestamp("us")),
            "score": pa.array([1, 2], pa.int64()),
            "only_a": pa.array([True, False]),
        }
    )
    date_field = pa.field("when", pa.timestamp("us"), metadata={b"shoal:type": b"date"})
    a = a.cast(pa.schema([date_field if f.name == "when" else f for f in a.schema]))
    b = pa.table(
        {
            "band": pa.array(["x", "x"]),
            "amount": pa.array([2.5, None], pa.float64()),
            "when": pa.array(["2024-01-04", "2024-01-05"]).cast(pa.timestamp("us")),
            "score": pa.array(["high", "low"]),
        }
    )
    b = b.cast(pa.schema([date_field if f.name == "when" else f for f in b.schema]))
    pq.write_table(a, tmp_path / "a.parquet")
    pq.write_table(b, tmp_path / "b.parquet")
    contribution(world, corpus, tmp_path / "a.parquet", {"band": "category"})
    contribution(world, corpus, tmp_path / "b.parquet", {"band": "category"}, org="other", user="charlie")
    version = corpus_build(corpus=corpus)
    assert version is not None and version.status == CorpusVersion.Status.PUBLISHED, version.error_message

    table = pq.read_table(shards(version)[0])
    assert table.schema.field("amount").type == pa.float64()  # integer + decimal: decimal
    assert table.column("amount").to_pylist() == [10.0, 20.0, 2.5, None]
    assert table.schema.field("score").type == pa.string()  # integer + text: text, values kept
    assert table.column("score").to_pylist() == ["1", "2", "high", "low"]
    assert table.column("only_a").to_pylist() == [True, False, None, None]
    fields = {f["name"]: f["dataType"] for f in version.datasheet["recordSet"][0]["field"]}
    assert fields == {
        "band": "sc:Text",
        "amount": "sc:Float",
        "when": "sc:Date",  # dates from both: still dates
        "score": "sc:Text",
        "only_a": "sc:Boolean",
    }
    frame = pd.read_parquet(shards(version)[0])
    assert pd.api.types.is_datetime64_any_dtype(frame["when"])


def test_a_pooled_treatment_keeps_generalised_years_as_integers(
    world: dict[str, Any], tmp_path: Path
) -> None:
    """Each contribution is safe on its own QIs; pooled over the union of their QIs (birth date and
    postcode) the records single out, and the build generalises them: a generalised year stays an
    integer column and the datasheet says so; a postcode prefix stays text."""
    corpus = make_corpus("pooled", k_threshold=5)
    rows = []
    for i in range(60):
        rows.append(
            {"birth_date": f"{1960 + i % 3}-0{1 + i % 9}-1{i % 10}", "zip": f"7{i % 2}{i:03d}", "n": i}
        )
    frame = pd.DataFrame(rows)
    frame.iloc[:30].to_parquet(tmp_path / "a.parquet", index=False)
    frame.iloc[30:].to_parquet(tmp_path / "b.parquet", index=False)
    contribution(world, corpus, tmp_path / "a.parquet", {"birth_date": "date", "zip": "postcode"})
    contribution(world, corpus, tmp_path / "b.parquet", {"birth_date": "date"}, org="other", user="charlie")
    version = corpus_build(corpus=corpus)
    assert version is not None and version.status == CorpusVersion.Status.PUBLISHED, version.error_message
    assert version.risk_report["treated"] is True
    assert version.risk_report["treatment"]["levels"]["birth_date"] == 2  # years (classes of 10)
    table = pq.read_table(shards(version)[0])
    fields = {f["name"]: f["dataType"] for f in version.datasheet["recordSet"][0]["field"]}
    assert table.schema.field("birth_date").type == pa.int64()
    assert set(table.column("birth_date").to_pylist()) <= {1960, 1961, 1962, None}
    assert fields["birth_date"] == "sc:Integer"
    assert table.schema.field("zip").type == pa.string() and fields["zip"] == "sc:Text"  # a prefix
    assert table.schema.field("n").type == pa.int64() and fields["n"] == "sc:Integer"


def test_a_text_corpus_in_several_shards_also_passes_mlcroissant_validation(
    world: dict[str, Any], tmp_path: Path, settings: Any
) -> None:
    """Several Parquet shards are a FileSet; the JSONL copy is a plain distribution."""
    import mlcroissant as mlc

    from pool.models import Corpus

    settings.SHOAL_SHARD_ROWS = 2
    corpus = make_corpus("notes", kind=Corpus.Kind.TEXT)
    texts = ["the order arrived late", "the parcel was damaged", "a refund was issued", "thanks"]
    ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[corpus],
        texts=texts,
        artifact_format="jsonl",
        risk_report={"residual_findings": 0},
    )
    version = corpus_build(corpus=corpus)
    assert version is not None and version.status == CorpusVersion.Status.PUBLISHED, version.error_message
    assert [f["name"] for f in version.files] == ["part-00000.parquet", "part-00001.parquet", "data.jsonl"]
    path = tmp_path / "croissant.json"
    path.write_text(json.dumps(version.datasheet))
    dataset = mlc.Dataset(jsonld=path)
    assert not dataset.metadata.ctx.issues.errors
    assert not dataset.metadata.ctx.issues.warnings, dataset.metadata.ctx.issues.report()
    [field] = dataset.metadata.record_sets[0].fields
    assert (field.name, str(field.data_types[0])) == ("text", "https://schema.org/Text")

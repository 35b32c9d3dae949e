"""Corpus membership and versioned builds: policy admission, immutability, pooled risk, Croissant."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from django.core.files.storage import default_storage

from anonymize.risk import measure
from contracts.models import AuditEvent
from pool.models import Corpus, CorpusVersion
from pool.services import corpora as corpora_service
from pool.services.corpora import corpus_build, corpus_members, dataset_pool, version_path
from tests.api.pooling import (
    QIS,
    eager_tasks,
    isolated_media,
    make_corpus,
    ready_dataset,
    safe_contribution,
    safe_table,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["eager_tasks", "isolated_media"]


def read_version(version: CorpusVersion) -> pd.DataFrame:
    frames = [
        pq.read_table(
            default_storage.path(version_path(version.corpus, version.number, f["name"]))
        ).to_pandas()
        for f in version.files
        if f["name"].endswith(".parquet")
    ]
    return pd.concat(frames, ignore_index=True)


def test_a_build_publishes_parquet_shards_with_hashes_a_manifest_and_a_croissant_datasheet(
    world: dict[str, Any],
) -> None:
    corpus = make_corpus()
    dataset = safe_contribution(world, [corpus], org="acme", seed=1)
    version = corpus_build(corpus=corpus)
    assert version is not None
    assert version.status == CorpusVersion.Status.PUBLISHED, version.error_message
    assert version.number == 1
    assert version.row_count == 20
    assert list(version.datasets.all()) == [dataset]
    assert version.manifest["datasets"] == [
        {
            "id": dataset.pk,
            "sha256": dataset.artifact_sha256,
            "rows": 20,
            "organization": "acme",
            "licence": "CDLA-Permissive-2.0",
        }
    ]
    [entry] = version.files
    assert entry["name"] == "part-00000.parquet"
    assert len(entry["sha256"]) == 64
    assert default_storage.size(version_path(corpus, 1, entry["name"])) == entry["size"]
    assert version.risk_report["k"] == 5
    sheet = version.datasheet
    assert sheet["@type"] == "sc:Dataset"
    assert sheet["conformsTo"] == "http://mlcommons.org/croissant/1.0"
    assert sheet["@context"]["cr"] == "http://mlcommons.org/croissant/"
    assert sheet["license"] == ["https://spdx.org/licenses/CDLA-Permissive-2.0.html"]
    [distribution] = sheet["distribution"]
    assert distribution["@type"] == "cr:FileObject"
    assert distribution["sha256"] == entry["sha256"]
    assert distribution["encodingFormat"] == "application/x-parquet"  # Croissant's name for Parquet
    assert distribution["contentUrl"] == "/api/v1/corpora/health/versions/1/files/part-00000.parquet"
    fields = {f["name"]: f["dataType"] for f in sheet["recordSet"][0]["field"]}
    assert fields == {"age": "sc:Integer", "postcode": "sc:Text", "amount": "sc:Integer", "city": "sc:Text"}
    assert sheet["rai:dataUseCases"] == ["model-training"]
    assert sheet["shoal:attribution"] == ["“Contribution” by Acme (CDLA-Permissive-2.0)"]
    verbs = set(AuditEvent.objects.values_list("verb", flat=True))
    assert {"corpus_version.building", "corpus_version.published"} <= verbs


def test_a_build_with_unchanged_membership_does_nothing(world: dict[str, Any]) -> None:
    corpus = make_corpus()
    safe_contribution(world, [corpus], org="acme", seed=1)
    first = corpus_build(corpus=corpus)
    again = corpus_build(corpus=corpus)
    assert again == first
    assert corpus.versions.count() == 1


def test_a_new_member_builds_a_new_version_and_leaves_the_old_one_untouched(world: dict[str, Any]) -> None:
    corpus = make_corpus()
    safe_contribution(world, [corpus], org="acme", seed=1)
    v1 = corpus_build(corpus=corpus)
    assert v1 is not None
    old_files = list(v1.files)
    safe_contribution(world, [corpus], org="other", seed=2)
    v2 = corpus_build(corpus=corpus)
    assert v2 is not None
    v1.refresh_from_db()
    assert (v1.status, v2.status, v2.number) == ("superseded", "published", 2)
    assert v1.files == old_files
    assert default_storage.exists(version_path(corpus, 1, "part-00000.parquet"))
    assert v2.row_count == 40


@pytest.mark.parametrize(
    ("purposes", "licence", "reported_k", "reason"),
    [
        (("academic-research",), "CDLA-Permissive-2.0", 5, "does not cover purpose model-training"),
        (("model-training",), "CDLA-Permissive-2.0", 3, "k-anonymity 3 is below the corpus threshold 5"),
    ],
)
def test_a_contribution_the_policy_refuses_is_not_pooled(
    world: dict[str, Any], purposes: tuple[str, ...], licence: str, reported_k: int, reason: str
) -> None:
    corpus = make_corpus()
    dataset = ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[corpus],
        frame=safe_table(1),
        quasi_identifiers=QIS,
        reported_k=reported_k,
        purposes=purposes,
        licence=licence,
    )
    decisions = dataset_pool(dataset=dataset)
    assert not decisions["health"].allowed
    assert any(reason in r for r in decisions["health"].reasons)
    assert corpus_members(corpus=corpus) == []
    assert corpus_build(corpus=corpus) is None
    assert AuditEvent.objects.filter(verb="corpus.member_refused").exists()


def test_two_individually_safe_contributions_are_unsafe_together_and_the_build_treats_them(
    world: dict[str, Any],
) -> None:
    """Acme knows age and postcode single people out; Other declared only age and kept exact postcodes.

    Each is 5-anonymous over its own quasi-identifiers, but pooled, Other's records are unique on
    (age, postcode): the build re-measures over the union of declared QIs and generalises.
    """
    corpus = make_corpus()
    acme = safe_table(1)
    other = pd.DataFrame(
        {
            "age": [34] * 5 + [47] * 5,
            "postcode": [f"1011{i}" for i in range(10)],
            "amount": range(10),
            "city": ["Berlin"] * 10,
        }
    )
    assert measure(acme, ["age", "postcode"]).k >= 5
    assert measure(other, ["age"]).k >= 5
    ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[corpus],
        frame=acme,
        quasi_identifiers=QIS,
        reported_k=5,
    )
    ready_dataset(
        organization=world["other"],
        user=world["charlie"],
        corpora=[corpus],
        frame=other,
        quasi_identifiers={"age": "number"},
        reported_k=5,
    )
    assert measure(pd.concat([acme, other]), ["age", "postcode"]).k == 1

    version = corpus_build(corpus=corpus)

    assert version is not None
    assert version.status == CorpusVersion.Status.PUBLISHED, version.error_message
    assert version.risk_report["pooled"]["k"] == 1
    assert version.risk_report["treated"] is True
    assert version.risk_report["k"] >= 5
    published = read_version(version)
    assert len(published) == 30
    assert measure(published, ["age", "postcode"]).k >= 5


def test_a_pool_read_in_small_batches_publishes_the_same_treated_table(
    world: dict[str, Any], settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build streams the members batch by batch; batch and shard sizes change nothing but files."""
    whole, batched = make_corpus("whole"), make_corpus("batched")
    acme = safe_table(1)
    other = pd.DataFrame(
        {
            "age": [34] * 5 + [47] * 5,
            "postcode": [f"1011{i}" for i in range(10)],
            "amount": [f"{i}.50" for i in range(10)],  # text here, integers at acme: pooled as text
            "note": ["x"] * 10,  # a column acme does not have: null in acme's records
        }
    )
    ready_dataset(organization=world["acme"], user=world["alice"], corpora=[whole, batched], frame=acme,
                  quasi_identifiers=QIS, reported_k=5)  # fmt: skip
    ready_dataset(organization=world["other"], user=world["charlie"], corpora=[whole, batched], frame=other,
                  quasi_identifiers={"age": "number"}, reported_k=5)  # fmt: skip

    reference = corpus_build(corpus=whole)
    settings.SHOAL_SHARD_ROWS = 11
    monkeypatch.setattr(corpora_service, "POOL_BATCH_ROWS", 4)
    version = corpus_build(corpus=batched)

    assert reference is not None and version is not None
    assert version.status == reference.status == CorpusVersion.Status.PUBLISHED, version.error_message
    assert [f["rows"] for f in version.files] == [11, 11, 8]
    assert version.risk_report["treated"] and version.risk_report == reference.risk_report
    published = read_version(version)
    pd.testing.assert_frame_equal(published, read_version(reference))
    assert published["amount"].tolist()[:20] == [str(v) for v in acme["amount"]]  # order kept
    assert published["note"].isna().sum() == 20
    assert measure(published, ["age", "postcode"]).k >= 5


def test_the_build_refuses_a_pool_it_cannot_make_safe_within_the_information_loss_limit(
    world: dict[str, Any], settings: Any
) -> None:
    settings.SHOAL_POOL_MAX_INFORMATION_LOSS = 0.0
    corpus = make_corpus()
    other = pd.DataFrame({"age": [34] * 5 + [47] * 5, "postcode": [f"1011{i}" for i in range(10)]})
    ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[corpus],
        frame=safe_table(1)[["age", "postcode"]],
        quasi_identifiers=QIS,
        reported_k=5,
    )
    ready_dataset(
        organization=world["other"],
        user=world["charlie"],
        corpora=[corpus],
        frame=other,
        quasi_identifiers={"age": "number"},
        reported_k=5,
    )
    version = corpus_build(corpus=corpus)
    assert version is not None
    assert version.status == CorpusVersion.Status.FAILED
    assert "k=1, under the corpus threshold 5" in version.error_message
    assert "10119" not in version.error_message
    assert not default_storage.exists(version_path(corpus, version.number, "part-00000.parquet"))
    assert corpus_build(corpus=corpus) == version  # same members: no second failed build


def test_shards_split_at_the_configured_row_count(world: dict[str, Any], settings: Any) -> None:
    settings.SHOAL_SHARD_ROWS = 7
    corpus = make_corpus()
    safe_contribution(world, [corpus], org="acme", seed=1)
    version = corpus_build(corpus=corpus)
    assert version is not None
    assert [f["name"] for f in version.files] == [
        "part-00000.parquet",
        "part-00001.parquet",
        "part-00002.parquet",
    ]
    assert [f["rows"] for f in version.files] == [7, 7, 6]
    assert len(read_version(version)) == 20
    assert version.datasheet["distribution"][-1]["@type"] == "cr:FileSet"


def test_a_text_corpus_pools_jsonl_and_parquet_contributions_and_reports_identifier_density(
    world: dict[str, Any],
) -> None:
    from faker import Faker

    fake = Faker("en_GB")
    fake.seed_instance(7)
    corpus = make_corpus("notes", kind=Corpus.Kind.TEXT)
    jsonl_texts = [fake.sentence(nb_words=10) for _ in range(4)]
    parquet_texts = [fake.sentence(nb_words=10) for _ in range(3)]
    ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[corpus],
        texts=jsonl_texts,
        artifact_format="jsonl",
        risk_report={"residual_findings": 2},
    )
    ready_dataset(
        organization=world["other"],
        user=world["charlie"],
        corpora=[corpus],
        texts=parquet_texts,
        risk_report={"residual_findings": 1},
    )
    version = corpus_build(corpus=corpus)
    assert version is not None
    assert version.status == CorpusVersion.Status.PUBLISHED, version.error_message
    assert [f["name"] for f in version.files] == ["part-00000.parquet", "data.jsonl"]
    assert read_version(version)["text"].tolist() == jsonl_texts + parquet_texts
    tokens = sum(len(t.split()) for t in jsonl_texts + parquet_texts)
    assert version.risk_report["tokens"] == tokens
    assert version.risk_report["identifier_density_per_1000_tokens"] == pytest.approx(3000 / tokens)
    jsonl = next(d for d in version.datasheet["distribution"] if d["name"] == "data.jsonl")
    assert jsonl["encodingFormat"] == "application/jsonl"


def test_pooling_a_ready_dataset_queues_a_build_that_publishes_it(
    world: dict[str, Any], eager_tasks: None, django_capture_on_commit_callbacks: Any
) -> None:
    corpus = make_corpus()
    dataset = safe_contribution(world, [corpus], org="acme", seed=1)
    with django_capture_on_commit_callbacks(execute=True):
        decisions = dataset_pool(dataset=dataset)
    assert decisions["health"].allowed
    assert list(corpus.versions.get().datasets.all()) == [dataset]
    assert AuditEvent.objects.filter(verb="corpus.member_admitted").exists()

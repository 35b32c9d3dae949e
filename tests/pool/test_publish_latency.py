"""Publish latency: a lone membership change builds at once, a burst shares one build, and the
dataset's timeline reports how long after ``ready`` each corpus published it."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from pool.models import CorpusVersion, Dataset
from pool.services.corpora import corpus_build, corpus_build_delay
from pool.services.datasets import dataset_timeline
from tests.api.pooling import isolated_media, make_corpus, safe_contribution
from tests.conftest import customers_csv
from tests.e2e.conftest import _end_stray_sessions, celery_worker

__all__ = ["_end_stray_sessions", "celery_worker", "isolated_media"]


@pytest.mark.django_db
def test_a_corpus_never_built_builds_at_once(world: dict[str, Any], settings: Any) -> None:
    settings.SHOAL_BUILD_DEBOUNCE_SECONDS = 30
    corpus = make_corpus()
    assert corpus_build_delay(corpus_id=corpus.pk) == 0


@pytest.mark.django_db
@pytest.mark.usefixtures("isolated_media")
def test_a_change_soon_after_a_build_waits_for_the_rest_of_the_window_only(
    world: dict[str, Any], settings: Any
) -> None:
    settings.SHOAL_BUILD_DEBOUNCE_SECONDS = 30
    corpus = make_corpus()
    safe_contribution(world, [corpus], org="acme", seed=1)
    version = corpus_build(corpus=corpus)
    assert version is not None and version.status == CorpusVersion.Status.PUBLISHED
    started = version.created_at
    assert corpus_build_delay(corpus_id=corpus.pk, now=started + timedelta(seconds=10)) == 20
    assert corpus_build_delay(corpus_id=corpus.pk, now=started + timedelta(seconds=29.5)) == 1
    assert corpus_build_delay(corpus_id=corpus.pk, now=started + timedelta(seconds=31)) == 0
    settings.SHOAL_BUILD_DEBOUNCE_SECONDS = 0
    assert corpus_build_delay(corpus_id=corpus.pk, now=started + timedelta(seconds=1)) == 0


@pytest.mark.django_db
@pytest.mark.usefixtures("isolated_media")
def test_the_timeline_reports_the_publish_latency_of_the_first_version_of_each_corpus(
    world: dict[str, Any],
) -> None:
    corpus = make_corpus()
    dataset = safe_contribution(world, [corpus], org="acme", seed=1)
    v1 = corpus_build(corpus=corpus)
    assert v1 is not None and v1.published_at is not None
    safe_contribution(world, [corpus], org="other", seed=2)
    v2 = corpus_build(corpus=corpus)
    assert v2 is not None and v2.number == 2 and v2.published_at is not None
    dataset.refresh_from_db()

    timeline = dataset_timeline(dataset=dataset)

    assert [e["event"] for e in timeline] == ["uploaded", "ready", "published", "published"]
    assert [e["at"] for e in timeline] == sorted(e["at"] for e in timeline)
    first, second = timeline[2], timeline[3]
    assert (first["corpus"], first["version"], second["version"]) == ("health", 1, 2)
    expected = (v1.published_at - dataset.ready_at).total_seconds()
    assert first["seconds_after_ready"] == pytest.approx(expected, abs=0.001)
    assert "seconds_after_ready" not in second


@pytest.mark.django_db
def test_a_dataset_not_yet_ready_has_no_published_event(world: dict[str, Any], licence: Any) -> None:
    from contracts.services.consent import consent_record_create

    consent = consent_record_create(
        actor=world["alice"],
        controller_name="Acme",
        legal_basis="consent",
        purposes=[],
        valid_from=timezone.now().date(),
    )
    dataset = Dataset.objects.create(
        organization=world["acme"],
        uploaded_by=world["alice"],
        title="Pending",
        format=Dataset.Format.CSV,
        licence=licence,
        consent_record=consent,
        original_filename="pending.csv",
    )
    assert [e["event"] for e in dataset_timeline(dataset=dataset)] == ["uploaded"]


@pytest.mark.e2e
@pytest.mark.usefixtures("isolated_media")
def test_a_real_worker_publishes_a_lone_ready_dataset_without_waiting_for_the_debounce(
    celery_worker: Any, world: dict[str, Any], settings: Any
) -> None:
    """The debounce window (120 s here) would hold the build back; a lone change must not wait for it."""
    from pool.tasks import dataset_pool_task

    settings.SHOAL_BUILD_DEBOUNCE_SECONDS = 120
    corpus = make_corpus()
    dataset = safe_contribution(world, [corpus], org="acme", seed=1)
    dataset_pool_task.delay(dataset.pk)  # what `ready` queues on commit

    deadline = time.monotonic() + 60
    while not corpus.versions.filter(status=CorpusVersion.Status.PUBLISHED).exists():
        assert time.monotonic() < deadline, "no version published within 60 s"
        time.sleep(0.2)
    dataset.refresh_from_db()
    [published] = [e for e in dataset_timeline(dataset=dataset) if e["event"] == "published"]
    assert published["version"] == 1
    assert published["seconds_after_ready"] < 60


# --- a large file that fits one part: one pass, not two ----------------------------------------------


@pytest.mark.django_db
def test_a_large_table_the_scan_counted_within_one_part_skips_the_split_pass(
    world: dict[str, Any], licence: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`plan_split` reads the whole file to count it; the scan has counted it already."""
    import anonymize.pipeline
    from tests.pool.test_datasets import process, upload

    settings.SHOAL_SPLIT_MIN_BYTES = 0  # every table is "large"
    settings.SHOAL_PART_ROWS = 30
    calls: list[int] = []
    real_plan_split = anonymize.pipeline.plan_split
    monkeypatch.setattr(
        anonymize.pipeline, "plan_split", lambda *a, **kw: calls.append(1) or real_plan_split(*a, **kw)
    )
    dataset = process(upload(world["alice"], world["acme"], licence, customers_csv(rows=30)), world["alice"])
    assert dataset.risk_report["before"]["records"] == 30
    assert dataset.status == Dataset.Status.READY, dataset.error_message
    assert dataset.artifact_rows == 30 and not dataset.parts.exists()
    assert calls == []

    settings.SHOAL_PART_ROWS = 29  # one record more than a part: counted again, and split
    split = upload(world["alice"], world["acme"], licence, customers_csv(rows=30))
    process(split, world["alice"])
    assert calls == [1]
    assert split.parts.count() == 2


@pytest.mark.django_db
def test_the_timeline_is_in_the_dataset_api_and_on_its_page(world: dict[str, Any], licence: Any) -> None:
    from django.test import Client
    from rest_framework.test import APIClient

    from tests.pool.test_datasets import upload

    dataset = upload(world["alice"], world["acme"], licence)
    api = APIClient()
    api.force_authenticate(world["alice"])
    body = api.get(f"/api/v1/datasets/{dataset.pk}/").json()
    assert [e["event"] for e in body["timeline"]] == ["uploaded"]
    assert api.get("/api/v1/datasets/").json()["results"][0]["timeline"] is None
    client = Client()
    client.force_login(world["alice"])
    assert 'id="timeline"' in client.get(f"/datasets/{dataset.pk}/").content.decode()

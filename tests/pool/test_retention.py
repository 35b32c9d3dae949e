"""The hourly sweep: raw files past retention, expired consents, grant expiry notices."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from pool.models import Dataset, Notice
from pool.services.corpora import corpus_build
from pool.services.retention import retention_sweep
from tests.api.pooling import eager_tasks, grant_for, isolated_media, make_corpus, ready_dataset, safe_table
from tests.pool.test_datasets import upload

__all__ = ["eager_tasks", "isolated_media"]

pytestmark = pytest.mark.django_db


def test_raw_files_past_retention_are_deleted_once(
    world: dict[str, Any], licence: Any, settings: Any
) -> None:
    settings.RAW_RETENTION_DAYS = 30
    dataset = upload(world["alice"], world["acme"], licence)
    name, storage = dataset.raw_file.name, dataset.raw_file.storage
    assert retention_sweep().raw_deleted == 0
    assert retention_sweep(timezone.now() + timedelta(days=31)).raw_deleted == 1
    assert not storage.exists(name)
    assert Dataset.objects.get(pk=dataset.pk).raw_deleted_at is not None
    assert retention_sweep(timezone.now() + timedelta(days=32)).raw_deleted == 0


def test_an_expired_consent_leaves_the_next_version(
    isolated_media: Any,
    world: dict[str, Any],
    django_capture_on_commit_callbacks: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus = make_corpus()
    keep = ready_dataset(
        organization=world["acme"], user=world["alice"], corpora=[corpus], frame=safe_table(1)
    )
    expiring = ready_dataset(
        organization=world["other"],
        user=world["charlie"],
        corpora=[corpus],
        frame=safe_table(2),
        valid_until=timezone.localdate() + timedelta(days=1),
    )
    first = corpus_build(corpus=corpus)
    assert set(first.datasets.all()) == {keep, expiring}
    after_expiry = timezone.now() + timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        result = retention_sweep(after_expiry)
    assert result.consents_expired == [expiring.consent_record_id]
    assert result.corpora_rebuilt == [corpus.slug]
    assert callbacks, "a corpus build is queued on commit"
    monkeypatch.setattr(timezone, "now", lambda: after_expiry)  # the queued build runs after expiry
    second = corpus_build(corpus=corpus)
    assert second is not None
    assert list(second.datasets.all()) == [keep]
    assert retention_sweep(after_expiry).consents_expired == []


def test_grant_holders_are_warned_before_expiry_and_told_once_after(world: dict[str, Any]) -> None:
    corpus = make_corpus()
    grant = grant_for(corpus, world["lab"], world["consumer"], days=10)
    assert retention_sweep().grant_warnings == 1
    assert retention_sweep().grant_warnings == 0
    later = grant.expires_at + timedelta(hours=1)
    assert retention_sweep(later).grants_expired == 1
    assert retention_sweep(later).grants_expired == 0
    subjects = list(
        Notice.objects.filter(organization=world["lab"], kind="expiry").values_list("subject", flat=True)
    )
    assert len(subjects) == 2
    assert any("has expired" in s for s in subjects)


def test_lost_and_stalled_work_is_queued_again(
    world: dict[str, Any], licence: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from pool.services.datasets import dataset_scan

    waiting = upload(world["alice"], world["acme"], licence)
    stalled = upload(world["alice"], world["acme"], licence)
    Dataset.objects.filter(pk=stalled.pk).update(  # claimed by a worker that died: its lease ran out
        status=Dataset.Status.SCANNING, claim_token="dead/1", claim_expires_at=timezone.now()
    )
    assert retention_sweep().requeued == []
    later = timezone.now() + timedelta(hours=3)
    result = retention_sweep(later)
    assert sorted(result.requeued) == sorted([waiting.pk, stalled.pk])
    dataset_scan(dataset_id=stalled.pk)  # the queued delivery takes the claim over
    assert Dataset.objects.get(pk=stalled.pk).status == Dataset.Status.AWAITING_REVIEW


def test_an_unreviewed_upload_expires_with_a_readable_reason(world: dict[str, Any], licence: Any) -> None:
    from pool.services.datasets import dataset_scan

    dataset = upload(world["alice"], world["acme"], licence)
    dataset_scan(dataset_id=dataset.pk)
    assert retention_sweep(timezone.now() + timedelta(days=40)).raw_deleted == 1
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.FAILED
    assert "not reviewed within 30 days" in dataset.error_message


def test_a_consent_withdrawal_whose_cascade_was_lost_is_run_again(
    world: dict[str, Any], licence: Any, eager_tasks: None
) -> None:
    from contracts.models import ConsentRecord

    dataset = upload(world["alice"], world["acme"], licence)
    assert retention_sweep().cascades == []
    # The withdrawal committed but its cascade never reached the broker.
    ConsentRecord.objects.filter(pk=dataset.consent_record_id).update(withdrawn_at=timezone.now())
    assert retention_sweep().cascades == [dataset.consent_record_id]
    dataset.refresh_from_db()
    assert dataset.status == Dataset.Status.WITHDRAWN
    assert not dataset.raw_file
    assert retention_sweep().cascades == []

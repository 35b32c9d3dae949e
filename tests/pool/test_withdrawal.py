"""Withdrawal and erasure: artifacts deleted, versions withdrawn, rebuilt without it, recipients told."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from django.core import mail
from django.core.files.storage import default_storage

from common.errors import ApplicationError
from contracts.models import AuditEvent
from contracts.services.consent import consent_withdraw
from pool.models import CorpusVersion, Dataset, Notice, Organization
from pool.services.corpora import corpus_build, version_path
from pool.services.withdrawal import dataset_withdraw
from tests.api.pooling import (
    eager_tasks,
    grant_for,
    isolated_media,
    make_corpus,
    safe_contribution,
)
from tests.conftest import api_client_for

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("isolated_media", "eager_tasks"),
]
__all__ = ["eager_tasks", "isolated_media"]


@pytest.fixture
def webhook(settings: Any) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A loopback HTTP receiver recording the JSON bodies POSTed to it (loopback explicitly allowed)."""
    settings.SHOAL_WEBHOOK_ALLOWED_HOSTS = ["127.0.0.1"]
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/hook", received
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def pooled(world: dict[str, Any]) -> dict[str, Any]:
    """Version 1 of a corpus pooling Acme's and Other's contributions, downloaded by the Lab."""
    corpus = make_corpus()
    acme = safe_contribution(world, [corpus], org="acme", seed=1, title="Acme orders")
    other = safe_contribution(world, [corpus], org="other", seed=2, title="Other orders")
    v1 = corpus_build(corpus=corpus)
    assert v1 is not None and v1.status == "published"
    grant_for(corpus, world["lab"], world["consumer"])
    response = api_client_for(world["consumer"]).get(
        "/api/v1/corpora/health/versions/1/files/part-00000.parquet", HTTP_RANGE="bytes=0-9"
    )
    assert response.status_code == 206
    bystander = Organization.objects.create(
        name="Bystander", slug="bystander", country="FR", contact_email="b@bystander.example"
    )
    return {"corpus": corpus, "acme": acme, "other": other, "v1": v1, "bystander": bystander}


def test_withdrawing_a_dataset_erases_it_rebuilds_without_it_and_notifies_every_downloader(
    world: dict[str, Any],
    pooled: dict[str, Any],
    webhook: tuple[str, list[dict[str, Any]]],
    django_capture_on_commit_callbacks: Any,
) -> None:
    url, received = webhook
    Organization.objects.filter(pk=world["lab"].pk).update(webhook_url=url)
    acme, v1 = pooled["acme"], pooled["v1"]
    artifact = acme.artifact.name
    assert default_storage.exists(artifact)

    with django_capture_on_commit_callbacks(execute=True):
        dataset_withdraw(dataset=acme, user=world["alice"], reason="the customer asked for erasure")

    acme.refresh_from_db()
    v1.refresh_from_db()
    assert acme.status == Dataset.Status.WITHDRAWN
    assert not default_storage.exists(artifact)
    assert v1.status == CorpusVersion.Status.WITHDRAWN
    assert not default_storage.exists(version_path(v1.corpus, 1, "part-00000.parquet"))
    v2 = CorpusVersion.objects.get(corpus=v1.corpus, number=2)
    assert v2.status == CorpusVersion.Status.PUBLISHED
    assert list(v2.datasets.all()) == [pooled["other"]]
    assert v2.row_count == 20

    erasure = Notice.objects.get(kind=Notice.Kind.ERASURE)
    assert (erasure.organization, erasure.corpus_version) == (world["lab"], v1)
    assert "Art. 17" in erasure.body and "Art. 19" in erasure.body
    assert not Notice.objects.filter(organization=pooled["bystander"]).exists()
    assert Notice.objects.filter(organization=world["acme"], kind=Notice.Kind.DATASET).exists()
    lab_mail = [m for m in mail.outbox if m.to == ["l@lab.example"]]
    assert len(lab_mail) == 1 and "withdrawn" in lab_mail[0].subject
    assert [(r["kind"], r["corpus"], r["version"]) for r in received] == [("erasure", "health", 1)]
    erasure.refresh_from_db()
    assert erasure.emailed_at is not None and erasure.webhook_delivered_at is not None

    verbs = list(AuditEvent.objects.values_list("verb", flat=True))
    for verb in (
        "dataset.withdrawn",
        "dataset.files_deleted",
        "corpus_version.withdrawn",
        "corpus_version.files_deleted",
        "notice.created",
    ):
        assert verb in verbs
    payloads = json.dumps(list(AuditEvent.objects.values_list("payload", flat=True)))
    assert "the customer asked" not in payloads


def test_withdrawing_twice_does_nothing_more(
    world: dict[str, Any], pooled: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        dataset_withdraw(dataset=pooled["acme"], user=world["alice"], reason="asked")
    counts = (Notice.objects.count(), CorpusVersion.objects.count(), AuditEvent.objects.count())
    with django_capture_on_commit_callbacks(execute=True):
        dataset_withdraw(dataset=pooled["acme"], user=world["alice"], reason="asked again")
    assert (Notice.objects.count(), CorpusVersion.objects.count(), AuditEvent.objects.count()) == counts


def test_only_a_contributor_of_the_owner_may_withdraw(world: dict[str, Any], pooled: dict[str, Any]) -> None:
    with pytest.raises(ApplicationError, match="owning organisation"):
        dataset_withdraw(dataset=pooled["acme"], user=world["charlie"], reason="not mine")
    pooled["acme"].refresh_from_db()
    assert pooled["acme"].status == Dataset.Status.READY


def test_a_withdrawal_needs_a_reason(world: dict[str, Any], pooled: dict[str, Any]) -> None:
    with pytest.raises(ApplicationError, match="reason"):
        dataset_withdraw(dataset=pooled["acme"], user=world["alice"], reason="  ")


def test_withdrawing_consent_runs_the_same_cascade(
    world: dict[str, Any], pooled: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    acme = pooled["acme"]
    with django_capture_on_commit_callbacks(execute=True):
        consent_withdraw(record=acme.consent_record, actor=world["alice"], reason="subject objected")
    acme.refresh_from_db()
    assert acme.status == Dataset.Status.WITHDRAWN
    assert not acme.artifact
    pooled["v1"].refresh_from_db()
    assert pooled["v1"].status == CorpusVersion.Status.WITHDRAWN
    assert CorpusVersion.objects.get(number=2).status == CorpusVersion.Status.PUBLISHED
    assert Notice.objects.filter(organization=world["lab"], kind=Notice.Kind.ERASURE).count() == 1
    assert AuditEvent.objects.filter(verb="dataset.withdrawn", payload__cause="consent").exists()


def test_withdrawing_the_only_member_publishes_no_empty_version(world: dict[str, Any]) -> None:
    corpus = make_corpus()
    dataset = safe_contribution(world, [corpus], org="acme", seed=1)
    corpus_build(corpus=corpus)
    dataset_withdraw(dataset=dataset, user=world["alice"], reason="asked")
    assert corpus_build(corpus=corpus) is None  # the corpus is empty (tests/pool/test_corpus_outcomes.py)
    assert list(corpus.versions.values_list("number", "status")) == [(1, "withdrawn")]


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:6379/", False),
        ("http://localhost/hook", False),
        ("http://169.254.169.254/latest/meta-data/", False),
        ("http://10.0.0.5/hook", False),
        ("http://[::1]/hook", False),
        ("ftp://93.184.216.34/hook", False),
        ("https://93.184.216.34/hook", True),
    ],
)
def test_webhooks_never_target_the_pools_own_network(url: str, allowed: bool) -> None:
    from pool.services.notices import webhook_target_allowed

    assert webhook_target_allowed(url) is allowed


def test_an_erasure_interrupted_after_the_claim_is_finished_by_the_retry(
    world: dict[str, Any], pooled: dict[str, Any]
) -> None:
    from pool.services.withdrawal import dataset_erase

    acme, v1 = pooled["acme"], pooled["v1"]
    shard = version_path(v1.corpus, 1) + "part-00000.parquet"
    # The first run claimed the version and died before deleting its files.
    CorpusVersion.objects.filter(pk=v1.pk).update(status=CorpusVersion.Status.WITHDRAWN)
    Dataset.objects.filter(pk=acme.pk).update(status=Dataset.Status.WITHDRAWN)
    assert default_storage.exists(shard)
    dataset_erase(dataset_id=acme.pk, cause="dataset")
    assert not default_storage.exists(shard)
    assert AuditEvent.objects.filter(verb="corpus_version.files_deleted", object_id=str(v1.pk)).exists()

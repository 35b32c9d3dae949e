"""The pooling flows through the REST API: access request → approval → download, approve, withdraw."""

from __future__ import annotations

import copy
import io
from typing import Any

import pandas as pd
import pytest

from pool.models import AccessGrant, Dataset, DownloadEvent
from pool.services.corpora import corpus_build
from tests.api.pooling import (
    isolated_media,
    make_corpus,
    make_officer,
    safe_contribution,
)
from tests.conftest import api_client_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["isolated_media"]


@pytest.fixture
def corpus(world: dict[str, Any]) -> Any:
    corpus = make_corpus(grant_days=30)
    safe_contribution(world, [corpus], org="acme", seed=1)
    assert corpus_build(corpus=corpus).status == "published"
    return corpus


def test_a_consumer_asks_an_officer_approves_and_the_consumer_downloads(
    world: dict[str, Any], corpus: Any
) -> None:
    consumer = api_client_for(world["consumer"])
    created = consumer.post(
        "/api/v1/corpora/health/access-requests/",
        {"purpose": "model-training", "accept_terms": True, "justification": "benchmark"},
        format="json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["status"] == "pending"
    assert created.json()["grant"] is None
    file_url = "/api/v1/corpora/health/versions/1/files/part-00000.parquet"
    assert consumer.get(file_url).status_code == 403

    approved = api_client_for(make_officer()).post(f"/api/v1/access-requests/{created.json()['id']}/approve/")
    assert approved.status_code == 200, approved.content
    assert approved.json()["status"] == "approved"
    assert approved.json()["grant"]["purpose"] == "model-training"

    response = consumer.get(file_url)
    assert response.status_code == 200
    frame = pd.read_parquet(io.BytesIO(b"".join(response.streaming_content)))
    assert len(frame) == 20
    assert DownloadEvent.objects.get().grant == AccessGrant.objects.get()
    notices = consumer.get("/api/v1/notices/?kind=grant").json()["results"]
    assert [n["subject"] for n in notices] == ["Access to health granted"]


def test_a_request_without_accepted_terms_is_a_400_in_the_one_error_shape(
    world: dict[str, Any], corpus: Any
) -> None:
    response = api_client_for(world["consumer"]).post(
        "/api/v1/corpora/health/access-requests/",
        {"purpose": "model-training", "accept_terms": False},
        format="json",
    )
    assert response.status_code == 400
    assert response.json() == {"message": "Accept the corpus terms to request access.", "extra": {}}


def test_versions_list_newest_first_and_filter_by_status(world: dict[str, Any], corpus: Any) -> None:
    safe_contribution(world, [corpus], org="other", seed=2)
    corpus_build(corpus=corpus)
    client = api_client_for(world["consumer"])
    versions = client.get("/api/v1/corpora/health/versions/").json()["results"]
    assert [(v["number"], v["status"]) for v in versions] == [(2, "published"), (1, "superseded")]
    published = client.get("/api/v1/corpora/health/versions/?status=published").json()["results"]
    assert [v["number"] for v in published] == [2]
    detail = client.get("/api/v1/corpora/health/versions/2/").json()
    assert detail["datasheet"]["@type"] == "sc:Dataset"
    assert detail["files"][0]["url"] == "/api/v1/corpora/health/versions/2/files/part-00000.parquet"


def test_the_withdraw_endpoint_needs_a_reason_and_then_withdraws(world: dict[str, Any], corpus: Any) -> None:
    dataset = Dataset.objects.get()
    client = api_client_for(world["alice"])
    missing = client.post(f"/api/v1/datasets/{dataset.pk}/withdraw/", {}, format="json")
    assert missing.status_code == 400
    assert "reason" in missing.json()["extra"]["fields"]
    done = client.post(
        f"/api/v1/datasets/{dataset.pk}/withdraw/", {"reason": "erasure request"}, format="json"
    )
    assert done.status_code == 200
    assert done.json()["status"] == "withdrawn"
    versions = client.get("/api/v1/corpora/health/versions/").json()["results"]
    assert versions[0]["status"] == "withdrawn"


def test_the_approve_endpoint_hands_the_reviewed_plan_to_the_dataset_service(
    world: dict[str, Any], upload_payload: dict[str, Any]
) -> None:
    from pool.services.datasets import dataset_scan

    client = api_client_for(world["alice"])
    created = client.post("/api/v1/datasets/", upload_payload, format="multipart").json()
    dataset_scan(dataset_id=created["id"])
    dataset = Dataset.objects.get(pk=created["id"])
    assert dataset.status == "awaiting_review", dataset.error_message
    charlie = api_client_for(world["charlie"])
    assert charlie.post(f"/api/v1/datasets/{dataset.pk}/approve/", {}, format="json").status_code == 404
    # The reviewer drops a column the scan proposed to keep or transform: the stored plan says so.
    edited = copy.deepcopy(dataset.plan)
    column = next(c for c in edited["columns"] if c["operator"]["name"] != "drop")
    column["operator"] = {"name": "drop", "params": {}}
    response = client.post(f"/api/v1/datasets/{dataset.pk}/approve/", {"plan": edited}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "approved"
    dataset.refresh_from_db()
    stored = next(c for c in dataset.plan["columns"] if c["name"] == column["name"])
    assert stored["operator"]["name"] == "drop"
    again = client.post(f"/api/v1/datasets/{dataset.pk}/approve/", {}, format="json")
    assert again.status_code == 400
    assert "awaiting review" in again.json()["message"]

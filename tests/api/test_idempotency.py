"""Issue 11, item 5: an upload retried with the same Idempotency-Key creates one dataset; the same key
with another upload is a 422."""

from __future__ import annotations

import re
import threading
from datetime import date, timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.utils import timezone

from contracts.models import ConsentRecord
from pool.models import Dataset, IdempotencyKey
from pool.services.idempotency import KEY_TTL, idempotency_keys_expire
from tests.conftest import api_client_for, customers_csv

pytestmark = pytest.mark.django_db

URL = "/api/v1/datasets/"


def payload(licence: Any, title: str = "Customers", content: bytes | None = None) -> dict[str, Any]:
    return {
        "file": SimpleUploadedFile("customers.csv", content or customers_csv(), content_type="text/csv"),
        "title": title,
        "licence": licence.spdx_id,
        "legal_basis": "consent",
        "purposes": ["model-training"],
        "valid_from": date(2025, 1, 1).isoformat(),
    }


def post(client: Any, licence: Any, key: str | None, **changes: Any) -> Any:
    headers = {"HTTP_IDEMPOTENCY_KEY": key} if key is not None else {}
    return client.post(URL, payload(licence, **changes), format="multipart", **headers)


def test_a_retry_with_the_same_key_answers_with_the_first_dataset(
    world: dict[str, Any], licence: Any
) -> None:
    client = api_client_for(world["alice"])

    first = post(client, licence, "key-1")
    second = post(client, licence, "key-1")

    assert first.status_code == second.status_code == 201
    assert second.json()["id"] == first.json()["id"]
    assert second["Idempotent-Replayed"] == "true" and "Idempotent-Replayed" not in first
    assert Dataset.objects.count() == 1 and ConsentRecord.objects.count() == 1


def test_the_same_key_with_other_fields_or_another_file_is_a_422(world: dict[str, Any], licence: Any) -> None:
    client = api_client_for(world["alice"])
    assert post(client, licence, "key-1").status_code == 201

    for changes in ({"title": "Other"}, {"content": customers_csv(seed=9)}):
        refused = post(client, licence, "key-1", **changes)
        assert refused.status_code == 422
        assert refused.json()["message"].startswith("This Idempotency-Key was already used for a different")
    assert Dataset.objects.count() == 1


def test_keys_belong_to_one_user(world: dict[str, Any], licence: Any) -> None:
    alice = post(api_client_for(world["alice"]), licence, "shared-key").json()
    bob = post(api_client_for(world["bob"]), licence, "shared-key").json()
    assert alice["id"] != bob["id"] and Dataset.objects.count() == 2


def test_without_a_key_every_upload_creates_a_dataset(world: dict[str, Any], licence: Any) -> None:
    client = api_client_for(world["alice"])
    assert post(client, licence, None).json()["id"] != post(client, licence, None).json()["id"]
    assert not IdempotencyKey.objects.exists()


def test_a_blank_or_overlong_key_is_a_400(world: dict[str, Any], licence: Any) -> None:
    client = api_client_for(world["alice"])
    for key in ("  ", "k" * 256):
        response = post(client, licence, key)
        assert response.status_code == 400
        assert "Idempotency-Key must be 1 to 255" in response.json()["message"]
    assert not Dataset.objects.exists()


def test_a_failed_upload_does_not_use_up_its_key(world: dict[str, Any], licence: Any) -> None:
    client = api_client_for(world["alice"])
    empty = client.post(
        URL,
        payload(licence) | {"file": SimpleUploadedFile("customers.csv", b"")},
        format="multipart",
        HTTP_IDEMPOTENCY_KEY="key-1",
    )
    assert empty.status_code == 400
    assert post(client, licence, "key-1").status_code == 201  # the corrected retry goes through
    assert Dataset.objects.count() == 1


def test_a_key_expires_after_a_day_and_the_sweep_deletes_it(world: dict[str, Any], licence: Any) -> None:
    client = api_client_for(world["alice"])
    first = post(client, licence, "key-1").json()
    IdempotencyKey.objects.update(created_at=timezone.now() - KEY_TTL - timedelta(minutes=1))

    again = post(client, licence, "key-1", title="A new upload")
    assert again.status_code == 201 and again.json()["id"] != first["id"]
    assert IdempotencyKey.objects.get().dataset_id == again.json()["id"]

    IdempotencyKey.objects.update(created_at=timezone.now() - KEY_TTL - timedelta(minutes=1))
    assert idempotency_keys_expire() == 1
    assert not IdempotencyKey.objects.exists()


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
def test_two_concurrent_requests_with_the_same_key_create_one_dataset(
    world: dict[str, Any], licence: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pool import tasks

    monkeypatch.setattr(tasks.dataset_scan_task, "apply_async", lambda *args, **kwargs: None)  # no broker
    clients = [api_client_for(world["alice"]) for _ in range(2)]
    answers: list[Any] = [None, None]
    start = threading.Barrier(2)

    def send(i: int) -> None:
        try:
            start.wait()
            answers[i] = post(clients[i], licence, "same-time")
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert [answer.status_code for answer in answers] == [201, 201]
    assert answers[0].json()["id"] == answers[1].json()["id"]
    assert Dataset.objects.count() == 1 and ConsentRecord.objects.count() == 1


# --- the web form -------------------------------------------------------------------------------


def test_the_upload_form_sent_twice_creates_one_dataset(world: dict[str, Any], licence: Any) -> None:
    client = Client()
    client.force_login(world["alice"])
    page = client.get("/datasets/upload/").content.decode()
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page)
    assert key, "the form carries a hidden idempotency key"
    form = payload(licence) | {"organization": world["acme"].pk, "idempotency_key": key.group(1)}

    first = client.post("/datasets/upload/", form)
    form["file"] = SimpleUploadedFile("customers.csv", customers_csv(), content_type="text/csv")
    second = client.post("/datasets/upload/", form, follow=True)

    dataset = Dataset.objects.get()
    assert first.status_code == 302 and first["Location"] == f"/datasets/{dataset.pk}/"
    assert second.redirect_chain == [(f"/datasets/{dataset.pk}/", 302)]
    assert "This upload had already been received." in second.content.decode()


def test_the_upload_form_resent_with_other_values_asks_to_check_them(
    world: dict[str, Any], licence: Any
) -> None:
    client = Client()
    client.force_login(world["alice"])
    form = payload(licence) | {"organization": world["acme"].pk, "idempotency_key": "a" * 32}
    assert client.post("/datasets/upload/", form).status_code == 302

    form = payload(licence, title="Changed") | {"organization": world["acme"].pk, "idempotency_key": "a" * 32}
    response = client.post("/datasets/upload/", form)

    assert response.status_code == 400
    page = response.content.decode()
    assert "This form was already sent with other values" in page
    assert 'name="idempotency_key" value="' + "a" * 32 not in page  # a fresh key for the next send
    assert Dataset.objects.count() == 1

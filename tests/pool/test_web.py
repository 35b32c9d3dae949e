"""Login pages and the signed-in user's name; another tenant's dataset is a 404."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_login_page_renders(db: Any) -> None:
    response = Client().get("/accounts/login/")
    assert response.status_code == 200
    assert b'name="username"' in response.content


def test_pages_require_login(db: Any) -> None:
    response = Client().get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_every_page_shows_the_signed_in_users_name(world: dict[str, Any]) -> None:
    client = Client()
    client.force_login(world["alice"])
    for url in ("/", "/datasets/upload/"):
        assert "Alice T" in client.get(url).content.decode()


def test_logout_logs_out(world: dict[str, Any]) -> None:
    client = Client()
    client.force_login(world["alice"])
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    assert client.get("/").status_code == 302


def test_another_tenants_dataset_is_not_found(world: dict[str, Any], licence: Any) -> None:
    from tests.pool.test_datasets import upload

    dataset = upload(world["alice"], world["acme"], licence)
    client = Client()
    client.force_login(world["charlie"])
    assert client.get(f"/datasets/{dataset.pk}/").status_code == 404
    client.force_login(world["bob"])
    assert client.get(f"/datasets/{dataset.pk}/").status_code == 200


def test_healthz_reports_database_broker_and_storage(db: Any) -> None:
    response = Client().get("/healthz")
    body = response.json()
    assert response.status_code == 200, body
    assert body["ok"] is True
    assert set(body["checks"]) == {"database", "broker", "storage"}

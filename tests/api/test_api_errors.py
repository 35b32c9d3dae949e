"""Every error under /api/ is JSON in one shape; the schema documents the errors; a consent that ends
before it starts is a 400 with a field error (API and web form), not a 500."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from contracts.models import ConsentRecord
from pool.models import Dataset
from tests.conftest import CANARY_NAME, api_client_for, customers_csv

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/v1/no-such-thing/", "/api/nothing", "/api/v1/datasets/x/"])
def test_an_unknown_api_url_is_a_json_404(world: dict[str, Any], path: str) -> None:
    for client in (APIClient(), api_client_for(world["alice"])):
        response = client.get(path)
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert response.json() == {"message": "Not found.", "extra": {}}


def test_an_unknown_page_outside_the_api_stays_html(db: Any) -> None:
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    assert "application/json" not in response["Content-Type"]


def test_a_missing_slash_still_redirects(world: dict[str, Any]) -> None:
    response = api_client_for(world["alice"]).get("/api/v1/corpora")
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/corpora/"


def test_an_unhandled_error_is_a_json_500_and_its_message_is_not_logged(
    world: dict[str, Any], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(user: Any) -> Any:
        raise RuntimeError(f"cell value {CANARY_NAME}")

    monkeypatch.setattr("pool.api.views.notices_for_user", broken)
    client = api_client_for(world["alice"])
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR):
        response = client.get("/api/v1/notices/")
    assert response.status_code == 500
    assert response.json() == {"message": "Internal server error.", "extra": {}}
    assert "RuntimeError" in caplog.text
    assert CANARY_NAME not in caplog.text


def test_the_schema_lists_the_error_responses_of_every_operation(db: Any) -> None:
    schema = APIClient().get("/api/schema/", {"format": "json"}).json()
    assert set(schema["components"]["schemas"]["Error"]["required"]) == {"message", "extra"}
    operations = [
        (path, method, operation)
        for path, item in schema["paths"].items()
        for method, operation in item.items()
        if path.startswith("/api/v1/")
    ]
    assert operations
    for path, method, operation in operations:
        codes = set(operation["responses"])
        assert {"401", "403", "429"} <= codes, (method, path)
        if method in {"post", "put", "patch"}:
            assert "400" in codes, (method, path)
        if "{" in path:
            assert "404" in codes, (method, path)
        assert "Retry-After" in operation["responses"]["429"]["headers"]
        body = operation["responses"]["401"]["content"]["application/json"]["schema"]
        assert body == {"$ref": "#/components/schemas/Error"}
    file_get = schema["paths"]["/api/v1/corpora/{slug}/versions/{number}/files/{name}"]["get"]
    # A response the view documents itself keeps its description.
    assert file_get["responses"]["410"]["description"].startswith("The version was withdrawn")
    assert file_get["responses"]["403"]["description"] == "No active grant, or the policy refuses."


def test_an_api_upload_whose_consent_ends_before_it_starts_is_a_400(
    world: dict[str, Any], upload_payload: dict[str, Any]
) -> None:
    payload = {**upload_payload, "valid_from": "2025-06-01", "valid_until": "2025-05-31"}
    response = api_client_for(world["alice"]).post("/api/v1/datasets/", payload, format="multipart")
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["message"] == "Validation error"
    assert body["extra"]["fields"]["valid_until"] == ["Must not be before valid_from."]
    assert not Dataset.objects.exists()
    assert not ConsentRecord.objects.exists()


def test_an_api_upload_valid_for_one_day_is_accepted(
    world: dict[str, Any], upload_payload: dict[str, Any]
) -> None:
    payload = {**upload_payload, "valid_from": "2025-06-01", "valid_until": "2025-06-01"}
    response = api_client_for(world["alice"]).post("/api/v1/datasets/", payload, format="multipart")
    assert response.status_code == 201, response.content


def test_the_upload_form_refuses_a_consent_that_ends_before_it_starts(
    world: dict[str, Any], licence: Any
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = Client()
    client.force_login(world["alice"])
    response = client.post(
        "/datasets/upload/",
        {
            "organization": world["acme"].pk,
            "title": "Customers",
            "file": SimpleUploadedFile("customers.csv", customers_csv(), content_type="text/csv"),
            "licence": licence.spdx_id,
            "legal_basis": "consent",
            "purposes": ["model-training"],
            "valid_from": date(2025, 6, 1).isoformat(),
            "valid_until": date(2025, 5, 31).isoformat(),
        },
    )
    assert response.status_code == 400
    assert response.context["form"].errors["valid_until"] == ["Must not be before the start of validity."]
    assert not Dataset.objects.exists()

"""Content-Security-Policy and Permissions-Policy on pages, the admin, the API and its docs; the policy
still lets each page run its own scripts."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from rest_framework.test import APIClient

from tests.conftest import api_client_for

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)


def directives(response: Any) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parts = (part.split() for part in policy.split(";") if part.strip())
    return {name: values for name, *values in parts}


def sha256_source(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def assert_strict(csp: dict[str, list[str]]) -> None:
    assert csp["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("path", ["/accounts/login/", "/admin/login/", "/healthz"])
def test_pages_carry_both_headers(path: str) -> None:
    response = Client().get(path)
    assert response.status_code == 200
    assert_strict(directives(response))
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_signed_in_pages_and_the_api_carry_both_headers(world: dict[str, Any]) -> None:
    client = Client()
    client.force_login(world["alice"])
    for response in (
        client.get("/"),
        client.get("/datasets/upload/"),
        api_client_for(world["alice"]).get("/api/v1/corpora/"),
        APIClient().get("/api/v1/corpora/"),
    ):
        assert response.status_code in (200, 401), response
        assert_strict(directives(response))
        assert "camera=()" in response["Permissions-Policy"]


def test_every_inline_script_in_the_templates_is_allowed_by_its_hash() -> None:
    scripts = [
        (path.name, body)
        for path in TEMPLATES.rglob("*.html")
        for body in INLINE_SCRIPT.findall(path.read_text())
    ]
    for name, body in scripts:
        assert "{{" not in body and "{%" not in body, f"{name}: a templated script cannot be hashed"
        assert sha256_source(body) in settings.SHOAL_CSP_SCRIPT_HASHES, (
            f"{name}: add {sha256_source(body)} to SHOAL_CSP_SCRIPT_HASHES"
        )


def test_the_dataset_pages_live_progress_script_runs_under_its_policy(
    world: dict[str, Any], licence: Any
) -> None:
    from tests.pool.test_datasets import upload

    dataset = upload(world["alice"], world["acme"], licence)
    client = Client()
    client.force_login(world["alice"])
    response = client.get(f"/datasets/{dataset.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert INLINE_SCRIPT.findall(html) == []
    sources = re.findall(r'<script src="([^"]+)"', html)
    assert "/static/pool/contributor.js" in sources
    assert "'self'" in directives(response)["script-src"]
    script = client.get("/static/pool/contributor.js")
    assert script.status_code == 200


def test_the_api_docs_load_swagger_ui_and_their_own_set_up_script() -> None:
    response = Client().get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert INLINE_SCRIPT.findall(html) == []  # the split view: no inline script to allow
    csp = directives(response)
    assert_strict(csp)
    # Swagger UI comes from the project's own static files (drf-spectacular-sidecar), no CDN
    assert all("https:" not in " ".join(csp[d]) for d in ("script-src", "style-src", "img-src")), csp
    srcs = re.findall(r'<script src="([^"]+)"', html)
    assert any(
        src.startswith("/static/") and src.endswith("swagger-ui-dist/swagger-ui-bundle.js") for src in srcs
    )
    own = [src for src in srcs if src.startswith("/api/docs/")]
    assert own, srcs
    script = Client().get(own[0].replace("&amp;", "&"))
    assert script.status_code == 200
    assert script["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle" in script.content.decode()

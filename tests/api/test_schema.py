"""The OpenAPI schema validates with no warnings (drf-spectacular), and documents the pool endpoints."""

from __future__ import annotations

from pathlib import Path

import yaml
from django.core.management import call_command


def test_the_openapi_schema_validates_without_warnings(tmp_path: Path) -> None:
    out = tmp_path / "schema.yml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(out))
    paths = yaml.safe_load(out.read_text())["paths"]
    for path in (
        "/api/v1/datasets/{id}/approve/",
        "/api/v1/datasets/{id}/withdraw/",
        "/api/v1/corpora/{slug}/access-requests/",
        "/api/v1/access-requests/{id}/approve/",
        "/api/v1/corpora/{slug}/versions/",
        "/api/v1/corpora/{slug}/versions/{number}/",
        "/api/v1/corpora/{slug}/versions/{number}/files/{name}",
        "/api/v1/notices/",
    ):
        assert path in paths, path

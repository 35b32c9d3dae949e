"""/healthz: the storage write probe runs once per interval per process, and broken storage is a 503."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from pool.services import health
from tests.api.pooling import isolated_media

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["isolated_media"]


@pytest.fixture(autouse=True)
def _no_earlier_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a fresh process would: no passing write probe yet."""
    monkeypatch.setattr(health, "_storage_ok_at", None)


def block_writes(root: Path) -> None:
    """Put a regular file where the probe's folder goes: every write under it fails, even as root."""
    shutil.rmtree(root / "healthz", ignore_errors=True)
    (root / "healthz").write_bytes(b"")


def storage_check() -> tuple[int, dict[str, Any]]:
    response = Client().get("/healthz")
    return response.status_code, response.json()["checks"]["storage"]


def test_repeated_calls_do_not_write_to_storage_each_time(
    isolated_media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, check = storage_check()
    assert status == 200 and check["ok"] is True and "written_s_ago" not in check
    assert list((isolated_media / "healthz").iterdir()) == []  # the probe object was deleted
    block_writes(isolated_media)
    for _ in range(5):  # any write attempt would now fail and answer 503
        status, check = storage_check()
        assert status == 200, check
        assert check["written_s_ago"] >= 0
    monkeypatch.setattr(health, "STORAGE_PROBE_INTERVAL", 0.0)
    status, check = storage_check()
    assert status == 503
    assert check["ok"] is False and check["error"].endswith("Error")


def test_a_broken_storage_answers_503_on_every_call_until_it_works(isolated_media: Path) -> None:
    block_writes(isolated_media)
    for _ in range(2):
        response = Client().get("/healthz")
        assert response.status_code == 503
        assert response.json()["ok"] is False
        assert response.json()["checks"]["storage"]["ok"] is False
    (isolated_media / "healthz").unlink()
    status, check = storage_check()
    assert status == 200 and check["ok"] is True and "written_s_ago" not in check

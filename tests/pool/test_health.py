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
    assert health._storage_ok_at is not None
    health._storage_ok_at -= 20.0  # the passing write probe is now 20 s old, within the interval
    for _ in range(5):  # any write attempt would now fail and answer 503
        status, check = storage_check()
        assert status == 200, check
        assert 20.0 <= check["written_s_ago"] < 25.0  # the age of that probe, not of this call
    monkeypatch.setattr(health, "STORAGE_PROBE_INTERVAL", 19.0)  # 20 s old is now past the interval
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


def test_the_broker_probe_reaches_the_projects_broker_through_the_current_celery_app() -> None:
    from celery import current_app

    from config.celery import app

    assert current_app._get_current_object() is app  # what pool.services.health connects with
    report = health.health_report()
    assert report["checks"]["broker"]["ok"] is True, report
    assert report["checks"]["database"]["ok"] is True, report

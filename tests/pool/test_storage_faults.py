"""Read-only, missing or hung storage: /healthz answers 503 and an upload is a JSON 503 that keeps no row."""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.files.storage import FileSystemStorage
from django.test import Client

from contracts.models import AuditEvent, ConsentRecord
from pool.models import Dataset
from pool.services import health
from tests.api.pooling import isolated_media
from tests.conftest import api_client_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("isolated_media")]
__all__ = ["isolated_media"]

AS_ROOT = os.geteuid() == 0
# Folders the app writes into: raw uploads and the health probe.
WRITTEN_FOLDERS = ("raw", "healthz")


@pytest.fixture(autouse=True)
def _no_earlier_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a fresh process would: no passing write probe yet."""
    monkeypatch.setattr(health, "_storage_ok_at", None)


@pytest.fixture
def read_only(isolated_media: Path) -> Iterator[Path]:
    """Make the storage refuse writes. chmod 0o500 does so for anyone but root, whom permissions do not
    stop; as root, put a regular file where each folder the app writes into goes (NotADirectoryError /
    FileExistsError, as a read-only mount would refuse with EROFS)."""
    if AS_ROOT:
        for folder in WRITTEN_FOLDERS:
            shutil.rmtree(isolated_media / folder, ignore_errors=True)
            (isolated_media / folder).write_bytes(b"")
    else:
        isolated_media.chmod(0o500)
    yield isolated_media
    isolated_media.chmod(0o700)


def healthz() -> tuple[int, dict[str, Any]]:
    response = Client().get("/healthz")
    return response.status_code, response.json()["checks"]["storage"]


def test_healthz_answers_503_when_storage_is_read_only(read_only: Path) -> None:
    status, check = healthz()
    assert status == 503
    assert check["ok"] is False and check["error"] in {
        "PermissionError",
        "FileExistsError",
        "NotADirectoryError",
    }


@pytest.mark.skipif(AS_ROOT, reason="root ignores file permissions; the missing-root test covers this path")
def test_storage_made_read_only_after_a_passing_probe_is_caught_at_once(isolated_media: Path) -> None:
    assert healthz()[0] == 200
    isolated_media.chmod(0o500)
    try:
        status, check = healthz()  # within the probe interval: no write, but the root is checked
        assert status == 503 and check["error"] == "PermissionError"
    finally:
        isolated_media.chmod(0o700)


def test_a_storage_root_that_disappears_after_a_passing_probe_is_caught_at_once(isolated_media: Path) -> None:
    assert healthz()[0] == 200
    isolated_media.rename(isolated_media.with_name("unmounted"))
    status, check = healthz()
    assert status == 503 and check["error"] == "FileNotFoundError"


def test_healthz_answers_503_when_the_storage_root_is_missing(settings: Any, tmp_path: Path) -> None:
    missing = tmp_path / "not-mounted"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(missing), "base_url": None},
        },
    }
    status, check = healthz()
    assert status == 503 and check["error"] == "FileNotFoundError"
    assert not missing.exists()  # the probe did not create an empty folder in its place


def test_a_hung_storage_answers_503_within_the_probe_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    storage_class = FileSystemStorage
    original_save = storage_class.save

    def hang(self: Any, *args: Any, **kwargs: Any) -> str:
        release.wait(10)
        return original_save(self, *args, **kwargs)

    monkeypatch.setattr(storage_class, "save", hang)
    monkeypatch.setattr(health, "STORAGE_PROBE_TIMEOUT", 0.2)
    try:
        started = time.monotonic()
        status, check = healthz()
        assert status == 503 and check["error"] == "TimeoutError"
        assert time.monotonic() - started < 2
        status, check = healthz()  # the stuck probe is not doubled: this one fails at once
        assert status == 503 and check["error"] == "TimeoutError"
    finally:
        release.set()
    for _ in range(100):  # the released probe finishes and frees the slot
        if not any(t.name == "storage-probe" for t in threading.enumerate()):
            break
        time.sleep(0.02)
    monkeypatch.undo()
    assert healthz()[0] == 200


def test_an_upload_into_read_only_storage_is_a_json_503_that_keeps_no_row(
    world: dict[str, Any], upload_payload: dict[str, Any], read_only: Path
) -> None:
    client = api_client_for(world["alice"])
    datasets, consents, events = (
        Dataset.objects.count(),
        ConsentRecord.objects.count(),
        AuditEvent.objects.count(),
    )
    response = client.post("/api/v1/datasets/", upload_payload, format="multipart")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == "60"
    assert response.json() == {"message": "storage is not writable, try later", "extra": {}}
    assert Dataset.objects.count() == datasets
    assert ConsentRecord.objects.count() == consents
    assert AuditEvent.objects.count() == events
    assert healthz()[0] == 503


def test_an_upload_after_a_passing_probe_makes_healthz_write_again(
    world: dict[str, Any], upload_payload: dict[str, Any], isolated_media: Path
) -> None:
    assert healthz()[0] == 200
    (isolated_media / "raw").write_bytes(b"")  # only the uploads' folder is blocked
    response = api_client_for(world["alice"]).post("/api/v1/datasets/", upload_payload, format="multipart")
    assert response.status_code == 503
    assert health._storage_ok_at is None  # the next /healthz writes instead of trusting the last pass

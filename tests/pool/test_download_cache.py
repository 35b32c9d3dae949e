"""Fast version-file serving: cached decisions that still fail at once, sparse records, the byte paths.

A download's grant/policy decision is reused for a short TTL, so these tests first *warm* it (one
successful request) and then change the world through the real services: the very next request must
see the change. Records: HEAD, 304 and 416 write nothing; a ranged reader leaves one event per session;
the lineage still reaches every downloader (Art. 19). Bytes: ``X-Accel-Redirect`` behind nginx, a
presigned redirect for S3, gunicorn's ``sendfile`` for local files (real gunicorn, real Range windows).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from common.errors import AccessDeniedError, GoneError, NotFoundError, error_status
from pool.models import CorpusVersion, DownloadEvent, Notice
from pool.services.access import access_grant_revoke
from pool.services.access_cache import access_generation
from pool.services.corpora import version_path
from pool.services.downloads import DownloadError, DownloadForbidden, DownloadNotFound, VersionGone
from pool.services.tokens import token_issue
from pool.services.withdrawal import dataset_withdraw
from tests.api.pooling import (
    eager_tasks,
    grant_for,
    isolated_media,
    make_officer,
)
from tests.conftest import api_client_for
from tests.pool.test_downloads import published  # the same published version fixture

__all__ = ["eager_tasks", "isolated_media", "published"]

ROOT = Path(__file__).resolve().parents[2]
URL = "/api/v1/corpora/health/versions/1/files/part-00000.parquet"


def stored_bytes(version: CorpusVersion) -> bytes:
    with default_storage.open(version_path(version.corpus, version.number, "part-00000.parquet"), "rb") as fh:
        return fh.read()


def body(response: Any) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


# --- one error path -------------------------------------------------------------------------------


def test_download_errors_carry_no_status_and_the_handler_maps_their_kind() -> None:
    for error in (DownloadError, DownloadNotFound, DownloadForbidden, VersionGone):
        assert "status" not in vars(error)
    assert isinstance(DownloadNotFound("x"), NotFoundError)
    assert [error_status(e("x")) for e in (DownloadNotFound, DownloadForbidden, VersionGone)] == [
        404,
        403,
        410,
    ]
    assert [error_status(e("x")) for e in (NotFoundError, AccessDeniedError, GoneError)] == [404, 403, 410]
    assert error_status(DownloadError("x")) == 400


@pytest.mark.django_db
def test_an_unknown_corpus_is_a_json_404_from_the_shared_handler(world: dict[str, Any]) -> None:
    response = api_client_for(world["consumer"]).get("/api/v1/corpora/nope/versions/1/files/a.parquet")
    assert response.status_code == 404
    assert response.json() == {"message": "No such corpus.", "extra": {}}


# --- the cached decision --------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_warm_decision_and_token_cost_no_query_and_no_write(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    client = api_client_for(world["consumer"])
    assert client.head(URL).status_code == 200  # decides and caches; stamps the token's use
    with CaptureQueriesContext(connection) as queries:
        for _ in range(5):
            assert client.head(URL).status_code == 200
            assert client.get(URL, HTTP_RANGE="bytes=4-19").status_code == 206
    statements = [q["sql"].split()[0].upper() for q in queries.captured_queries]
    # No token, grant, policy or version query and no last_used_at write (at most once a minute): the
    # only statement is the one record of the ranged session (none for HEAD).
    assert statements == ["INSERT"]


@pytest.mark.django_db
def test_a_withdrawal_answers_410_at_once_although_the_decision_was_cached(
    world: dict[str, Any], published: CorpusVersion, eager_tasks: None
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    client = api_client_for(world["consumer"])
    assert client.get(URL, HTTP_RANGE="bytes=0-3").status_code == 206
    before = access_generation()
    dataset_withdraw(dataset=published.datasets.get(), user=world["alice"], reason="erasure request")
    assert access_generation() != before
    gone = client.get(URL, HTTP_RANGE="bytes=0-3")
    assert gone.status_code == 410
    assert set(gone.json()) == {"message", "extra"}
    assert client.head(URL).status_code == 410


@pytest.mark.django_db
def test_a_version_withdrawn_by_a_bare_update_and_its_audit_event_is_410_at_once(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    """The withdrawal services write ``.update()`` (no model signal) and an audit event: the audit
    event alone voids the cached decisions."""
    from contracts.audit import audit_log

    grant_for(published.corpus, world["lab"], world["consumer"])
    client = api_client_for(world["consumer"])
    assert client.head(URL).status_code == 200
    CorpusVersion.objects.filter(pk=published.pk).update(status=CorpusVersion.Status.WITHDRAWN)
    audit_log(actor=None, verb="corpus_version.withdrawn", obj=published)
    assert client.head(URL).status_code == 410


@pytest.mark.django_db
def test_a_revoked_grant_is_refused_at_once(world: dict[str, Any], published: CorpusVersion) -> None:
    grant = grant_for(published.corpus, world["lab"], world["consumer"])
    client = api_client_for(world["consumer"])
    assert client.head(URL).status_code == 200
    access_grant_revoke(grant=grant, officer=make_officer(), reason="contract ended")
    refused = client.head(URL)
    assert refused.status_code == 403


@pytest.mark.django_db
def test_a_consent_withdrawal_is_refused_at_once(world: dict[str, Any], published: CorpusVersion) -> None:
    from contracts.services.consent import consent_withdraw

    grant_for(published.corpus, world["lab"], world["consumer"])
    client = api_client_for(world["consumer"])
    assert client.get(URL, HTTP_RANGE="bytes=0-3").status_code == 206
    consent_withdraw(record=published.datasets.get().consent_record, actor=world["alice"], reason="asked")
    response = client.get(URL, HTTP_RANGE="bytes=0-3")
    assert response.status_code == 403
    assert any("withdrawn" in r for r in response.json()["extra"]["reasons"])


@pytest.mark.django_db
def test_a_revoked_token_is_refused_at_once(world: dict[str, Any], published: CorpusVersion) -> None:
    from pool.services.tokens import token_revoke

    grant_for(published.corpus, world["lab"], world["consumer"])
    token, key = token_issue(user=world["consumer"])
    headers = {"HTTP_AUTHORIZATION": f"Token {key}"}
    from rest_framework.test import APIClient

    client = APIClient()
    assert client.head(URL, **headers).status_code == 200
    token_revoke(token=token, actor=world["consumer"])
    assert client.head(URL, **headers).status_code == 401


@pytest.mark.django_db
def test_a_cached_decision_never_outlives_the_grant(world: dict[str, Any], published: CorpusVersion) -> None:
    grant = grant_for(published.corpus, world["lab"], world["consumer"])
    grant.expires_at = timezone.now() + timedelta(seconds=2)
    grant.save()
    client = api_client_for(world["consumer"])
    assert client.head(URL).status_code == 200
    time.sleep(2.2)
    assert client.head(URL).status_code == 403


@pytest.mark.django_db
def test_a_refusal_is_not_cached(world: dict[str, Any], published: CorpusVersion) -> None:
    client = api_client_for(world["consumer"])
    assert client.head(URL).status_code == 403
    grant_for(published.corpus, world["lab"], world["consumer"])
    assert client.head(URL).status_code == 200


@pytest.mark.django_db
def test_another_organisations_user_never_gets_a_cached_decision(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    assert api_client_for(world["consumer"]).head(URL).status_code == 200
    assert api_client_for(world["charlie"]).head(URL).status_code == 403


# --- records ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_ranged_reader_leaves_one_event_per_token_and_whole_files_one_each(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    first, second = api_client_for(world["consumer"]), api_client_for(world["consumer"])
    for start in (100, 0, 40, 8):
        assert first.get(URL, HTTP_RANGE=f"bytes={start}-{start + 7}").status_code == 206
    assert first.head(URL).status_code == 200
    events = list(DownloadEvent.objects.all())
    assert [(e.range_header, e.bytes_sent) for e in events] == [("bytes=100-107", 8)]
    assert second.get(URL, HTTP_RANGE="bytes=-8").status_code == 206
    assert first.get(URL).status_code == 200
    assert first.get(URL).status_code == 200
    size = published.files[0]["size"]
    assert sorted(DownloadEvent.objects.values_list("bytes_sent", flat=True)) == [8, 8, size, size]
    assert DownloadEvent.objects.values("token").distinct().count() == 2
    assert set(DownloadEvent.objects.values_list("organization", flat=True)) == {world["lab"].pk}


@pytest.mark.django_db
def test_a_reader_that_only_read_ranges_still_gets_the_erasure_notice(
    world: dict[str, Any],
    published: CorpusVersion,
    eager_tasks: None,
    django_capture_on_commit_callbacks: Any,
) -> None:
    """Art. 19 lineage: pyarrow reads the footer by suffix range and then column chunks; that reader
    must be on the list of downloaders although its later ranges were not recorded."""
    grant_for(published.corpus, world["lab"], world["consumer"])
    client = api_client_for(world["consumer"])
    for header in ("bytes=-8", "bytes=-200", "bytes=4-60"):
        assert client.get(URL, HTTP_RANGE=header).status_code == 206
    with django_capture_on_commit_callbacks(execute=True):
        dataset_withdraw(dataset=published.datasets.get(), user=world["alice"], reason="erasure request")
    erasure = Notice.objects.get(kind=Notice.Kind.ERASURE)
    assert (erasure.organization, erasure.corpus_version_id) == (world["lab"], published.pk)


# --- the byte paths ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_behind_nginx_the_app_checks_and_hands_the_bytes_to_an_internal_location(
    world: dict[str, Any], published: CorpusVersion, settings: Any
) -> None:
    settings.SHOAL_ACCEL_REDIRECT = True
    grant_for(published.corpus, world["lab"], world["consumer"])
    client = api_client_for(world["consumer"])
    sha256 = published.files[0]["sha256"]
    whole = client.get(URL)
    assert whole.status_code == 200
    assert whole["X-Accel-Redirect"] == "/_protected/files/corpora/health/v1/part-00000.parquet"
    assert body(whole) == b""
    assert "Content-Range" not in whole  # nginx sets the length and range of what it sends
    assert whole["Content-Length"] == "0"  # of this (empty) answer, which nginx replaces
    assert whole["ETag"] == f'"{sha256}"'
    assert whole["Content-Type"] == "application/vnd.apache.parquet"
    assert whole["Content-Disposition"] == 'attachment; filename="part-00000.parquet"'
    ranged = client.get(URL, HTTP_RANGE="bytes=10-19")
    assert ranged["X-Accel-Redirect"].startswith("/_protected/files/")
    assert ranged["X-Shoal-Range"] == "bytes=10-19"
    for answered_by_the_app in (client.head(URL), client.get(URL, HTTP_IF_NONE_MATCH=f'"{sha256}"')):
        assert "X-Accel-Redirect" not in answered_by_the_app


@pytest.fixture
def s3_storage(settings: Any) -> None:
    """The S3 backend as production configures it; presigned URLs are computed locally (no network)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "shoal",
                "endpoint_url": "http://minio.invalid:9000",
                "region_name": "us-east-1",
                "access_key": "test-access",
                "secret_key": "test-secret-key-for-signing",
                "default_acl": "private",
                "querystring_auth": True,
            },
        },
    }


@pytest.mark.django_db
def test_on_s3_a_checked_get_redirects_to_a_presigned_url_and_head_needs_no_storage(
    world: dict[str, Any], published: CorpusVersion, s3_storage: None
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    client = api_client_for(world["consumer"])
    head = client.head(URL)  # answered from the version's manifest: storage is never asked
    assert head.status_code == 200
    assert head["Content-Length"] == str(published.files[0]["size"])
    response = client.get(URL, HTTP_RANGE="bytes=0-9")
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert (location.hostname, location.path) == (
        "minio.invalid",
        "/shoal/corpora/health/v1/part-00000.parquet",
    )
    query = parse_qs(location.query)
    assert any(name.endswith("Signature") for name in query)  # signed (SigV2 or V4, as configured)
    assert query["response-content-type"] == ["application/vnd.apache.parquet"]
    assert response["Cache-Control"] == "private, no-store"
    assert DownloadEvent.objects.count() == 1


@pytest.mark.django_db
def test_on_s3_behind_nginx_the_presigned_path_goes_to_the_storage_proxy_location(
    world: dict[str, Any], published: CorpusVersion, s3_storage: None, settings: Any
) -> None:
    settings.SHOAL_ACCEL_REDIRECT = True
    grant_for(published.corpus, world["lab"], world["consumer"])
    response = api_client_for(world["consumer"]).get(URL, HTTP_RANGE="bytes=5-9")
    accel = urlsplit(response["X-Accel-Redirect"])
    assert accel.path == "/_protected/s3/shoal/corpora/health/v1/part-00000.parquet"
    assert any(name.endswith("Signature") for name in parse_qs(accel.query))
    assert response["X-Shoal-Range"] == "bytes=5-9"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.mark.django_db(transaction=True)
def test_gunicorn_sends_exact_windows_of_the_file_with_sendfile(
    world: dict[str, Any], published: CorpusVersion, isolated_media: Path, tmp_path: Path
) -> None:
    """The production server (gunicorn, as in the Dockerfile) on the test database: whole file, ranges
    in the middle and at the end, HEAD, 304, 416 — byte for byte."""
    grant_for(published.corpus, world["lab"], world["consumer"])
    _, key = token_issue(user=world["consumer"])
    port = _free_port()
    var = tmp_path / "var"
    var.mkdir()
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "STORAGE_URL": f"file://{isolated_media}",
        "SHOAL_VAR_DIR": str(var),
        "DEBUG": "0",
        "SECURE_SSL_REDIRECT": "0",
        "SHOAL_MANIFEST_STATIC": "0",
        "SECRET_KEY": "gunicorn-test-secret-key-0123456789-abcdefgh",
    }
    cmd = [
        sys.executable,
        "-m",
        "gunicorn",
        "config.wsgi:application",
        "--workers",
        "1",
        "--no-control-socket",
    ]
    server = subprocess.Popen([*cmd, "--bind", f"127.0.0.1:{port}"], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        url = f"http://127.0.0.1:{port}{URL}"
        auth = {"Authorization": f"Token {key}"}
        data = stored_bytes(published)
        size = len(data)
        whole = requests.get(url, headers=auth, timeout=30)
        assert (whole.status_code, whole.content) == (200, data)
        for header, window in (
            ("bytes=4-19", data[4:20]),
            (f"bytes={size // 2}-", data[size // 2 :]),
            ("bytes=-8", data[-8:]),
        ):
            part = requests.get(url, headers={**auth, "Range": header}, timeout=30)
            assert (part.status_code, part.content) == (206, window), header
            assert part.headers["Content-Length"] == str(len(window))
        head = requests.head(url, headers=auth, timeout=30)
        assert (head.status_code, head.headers["Content-Length"]) == (200, str(size))
        etag = whole.headers["ETag"]
        assert requests.get(url, headers={**auth, "If-None-Match": etag}, timeout=30).status_code == 304
        assert requests.get(url, headers={**auth, "Range": f"bytes={size}-"}, timeout=30).status_code == 416
        assert DownloadEvent.objects.count() == 2  # the whole file and the first range
    finally:
        server.terminate()
        server.wait(timeout=15)

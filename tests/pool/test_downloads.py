"""Version file downloads: ranges, ETags, HEAD, grant/policy/status checks, records, real HTTP clients."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

import pandas as pd
import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from pool.models import CorpusVersion, DownloadEvent
from pool.services.corpora import corpus_build, version_path
from pool.services.downloads import download_plan, parse_range
from tests.api.pooling import (
    grant_for,
    isolated_media,
    make_corpus,
    ready_dataset,
    safe_table,
)
from tests.conftest import api_client_for

__all__ = ["isolated_media"]

URL = "/api/v1/corpora/health/versions/{n}/files/{name}"
ETAG = '"abc"'


@pytest.mark.parametrize(
    ("header", "size", "expected"),
    [
        ("bytes=0-9", 100, (0, 9)),
        ("bytes=10-", 100, (10, 99)),
        ("bytes=-10", 100, (90, 99)),
        ("bytes=-500", 100, (0, 99)),
        ("bytes=90-200", 100, (90, 99)),
        ("bytes=0-0", 1, (0, 0)),
        ("bytes=0-9,20-29", 100, None),
        ("bytes=9-3", 100, None),
        ("items=0-9", 100, None),
        ("bytes=-", 100, None),
        ("", 100, None),
    ],
)
def test_a_single_byte_range_is_parsed_and_anything_else_is_ignored(
    header: str, size: int, expected: tuple[int, int] | None
) -> None:
    assert parse_range(header, size) == expected


@pytest.mark.parametrize(("header", "size"), [("bytes=100-", 100), ("bytes=-0", 100), ("bytes=0-", 0)])
def test_an_unsatisfiable_range_raises(header: str, size: int) -> None:
    with pytest.raises(ValueError):
        parse_range(header, size)


@pytest.mark.parametrize(
    ("kwargs", "status", "start", "length", "content_range"),
    [
        ({}, 200, 0, 100, None),
        ({"range_header": "bytes=10-19"}, 206, 10, 10, "bytes 10-19/100"),
        ({"range_header": "bytes=200-"}, 416, 0, 0, "bytes */100"),
        ({"if_none_match": ETAG}, 304, 0, 0, None),
        ({"if_none_match": 'W/"abc", "other"'}, 304, 0, 0, None),
        ({"if_none_match": '"other"'}, 200, 0, 100, None),
        ({"range_header": "bytes=10-19", "if_range": ETAG}, 206, 10, 10, "bytes 10-19/100"),
        ({"range_header": "bytes=10-19", "if_range": '"changed"'}, 200, 0, 100, None),
        ({"method": "HEAD"}, 200, 0, 0, None),
        ({"method": "HEAD", "range_header": "bytes=-10"}, 206, 90, 0, "bytes 90-99/100"),
    ],
)
def test_the_response_plan_follows_rfc_9110(
    kwargs: dict[str, str], status: int, start: int, length: int, content_range: str | None
) -> None:
    plan = download_plan(**{"method": "GET", "size": 100, "etag": ETAG, **kwargs})
    assert (plan.status, plan.start, plan.length) == (status, start, length)
    assert plan.headers.get("Content-Range") == content_range
    assert plan.headers["ETag"] == ETAG
    assert plan.headers["Accept-Ranges"] == "bytes"


@pytest.fixture
def published(world: dict[str, Any], isolated_media: Any) -> CorpusVersion:
    corpus = make_corpus()
    ready_dataset(
        organization=world["acme"],
        user=world["alice"],
        corpora=[corpus],
        frame=safe_table(1),
        quasi_identifiers={"age": "number", "postcode": "postcode"},
        reported_k=5,
    )
    version = corpus_build(corpus=corpus)
    assert version is not None and version.status == "published"
    return version


def file_bytes(version: CorpusVersion, name: str = "part-00000.parquet") -> bytes:
    with default_storage.open(version_path(version.corpus, version.number, name), "rb") as fh:
        return fh.read()


def body(response: Any) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
def test_a_granted_consumer_downloads_the_whole_file_with_its_etag(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    response = api_client_for(world["consumer"]).get(URL.format(n=1, name="part-00000.parquet"))
    assert response.status_code == 200
    content = body(response)
    assert content == file_bytes(published)
    entry = published.files[0]
    assert response["ETag"] == f'"{entry["sha256"]}"'
    assert response["Content-Length"] == str(entry["size"])
    assert response["Content-Type"] == "application/vnd.apache.parquet"
    assert response["Accept-Ranges"] == "bytes"
    assert len(pd.read_parquet(io.BytesIO(content))) == 20
    event = DownloadEvent.objects.get()
    assert (event.organization, event.user, event.bytes_sent) == (
        world["lab"],
        world["consumer"],
        entry["size"],
    )
    assert event.token is not None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("range_header", "window"),
    [("bytes=4-19", slice(4, 20)), ("bytes=-8", slice(-8, None)), ("bytes=100-", slice(100, None))],
)
def test_a_range_request_gets_206_with_exactly_those_bytes(
    world: dict[str, Any], published: CorpusVersion, range_header: str, window: slice
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    client = api_client_for(world["consumer"])
    response = client.get(URL.format(n=1, name="part-00000.parquet"), HTTP_RANGE=range_header)
    expected = file_bytes(published)[window]
    assert response.status_code == 206
    assert body(response) == expected
    assert response["Content-Length"] == str(len(expected))
    assert response["Content-Range"].endswith(f"/{published.files[0]['size']}")
    assert DownloadEvent.objects.get().range_header == range_header


@pytest.mark.django_db
def test_conditional_and_head_requests_answer_without_a_body(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    client = api_client_for(world["consumer"])
    url = URL.format(n=1, name="part-00000.parquet")
    etag = f'"{published.files[0]["sha256"]}"'
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    head = client.head(url)
    assert head.status_code == 200
    assert head["Content-Length"] == str(published.files[0]["size"])
    assert head.content == b""
    unsatisfiable = client.get(url, HTTP_RANGE="bytes=999999-")
    assert unsatisfiable.status_code == 416
    assert unsatisfiable["Content-Range"] == f"bytes */{published.files[0]['size']}"
    assert not DownloadEvent.objects.exists()  # HEAD, 304 and 416 send no file: nothing to record
    assert client.get(url, HTTP_RANGE="bytes=0-3", HTTP_IF_RANGE='"stale"').status_code == 200
    assert DownloadEvent.objects.count() == 1


@pytest.mark.django_db
def test_without_an_active_grant_the_download_is_forbidden(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    client = api_client_for(world["consumer"])
    url = URL.format(n=1, name="part-00000.parquet")
    response = client.get(url)
    assert response.status_code == 403
    assert "no active access grant" in response.json()["message"]
    grant = grant_for(published.corpus, world["lab"], world["consumer"])
    grant.revoked_at = timezone.now() - timedelta(seconds=1)
    grant.save()
    assert client.get(url).status_code == 403
    assert not DownloadEvent.objects.exists()


@pytest.mark.django_db
def test_unknown_files_and_versions_are_404_and_a_withdrawn_version_is_410(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    client = api_client_for(world["consumer"])
    assert client.get(URL.format(n=1, name="secret.parquet")).status_code == 404
    assert client.get(URL.format(n=9, name="part-00000.parquet")).status_code == 404
    CorpusVersion.objects.filter(pk=published.pk).update(status=CorpusVersion.Status.WITHDRAWN)
    gone = client.get(URL.format(n=1, name="part-00000.parquet"))
    assert gone.status_code == 410
    assert set(gone.json()) == {"message", "extra"}


@pytest.mark.django_db
def test_a_superseded_version_stays_downloadable_while_the_grant_lasts(
    world: dict[str, Any], published: CorpusVersion
) -> None:
    grant_for(published.corpus, world["lab"], world["consumer"])
    ready_dataset(
        organization=world["other"],
        user=world["charlie"],
        corpora=[published.corpus],
        frame=safe_table(2),
        quasi_identifiers={"age": "number", "postcode": "postcode"},
        reported_k=5,
    )
    assert corpus_build(corpus=published.corpus).number == 2
    response = api_client_for(world["consumer"]).get(URL.format(n=1, name="part-00000.parquet"))
    assert response.status_code == 200
    assert body(response) == file_bytes(published)


@pytest.mark.django_db
def test_the_policy_is_checked_on_every_download(world: dict[str, Any], published: CorpusVersion) -> None:
    from contracts.services.consent import consent_withdraw

    grant_for(published.corpus, world["lab"], world["consumer"])
    dataset = published.datasets.get()
    consent_withdraw(record=dataset.consent_record, actor=world["alice"], reason="data subject asked")
    response = api_client_for(world["consumer"]).get(URL.format(n=1, name="part-00000.parquet"))
    assert response.status_code == 403
    assert any("withdrawn" in r for r in response.json()["extra"]["reasons"])


@pytest.mark.django_db(transaction=True)
def test_pandas_reads_a_version_file_over_http_with_the_token_header(
    world: dict[str, Any], published: CorpusVersion, live_server: Any
) -> None:
    """``pandas.read_parquet(url, storage_options=headers)``: without fsspec pandas sends the headers
    through urllib; with fsspec/aiohttp installed the same call goes through HTTPFileSystem."""
    import requests

    from pool.services.tokens import token_issue

    grant_for(published.corpus, world["lab"], world["consumer"])
    _, key = token_issue(user=world["consumer"])
    url = live_server.url + URL.format(n=1, name="part-00000.parquet")
    headers = {"Authorization": f"Token {key}"}
    frame = pd.read_parquet(url, storage_options=headers)
    assert len(frame) == 20
    assert list(frame.columns) == ["age", "postcode", "amount", "city"]
    size = published.files[0]["size"]
    head = requests.head(url, headers=headers, timeout=10)
    assert head.headers["Content-Length"] == str(size)
    footer = requests.get(url, headers={**headers, "Range": "bytes=-8"}, timeout=10)
    assert footer.status_code == 206
    assert footer.content[-4:] == b"PAR1"
    assert footer.headers["Content-Range"] == f"bytes {size - 8}-{size - 1}/{size}"


@pytest.mark.django_db(transaction=True)
def test_fsspec_and_hugging_face_datasets_read_a_version_over_http(
    world: dict[str, Any],
    published: CorpusVersion,
    live_server: Any,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The two clients ML teams use, as they are: fsspec's HTTPFileSystem (random access with Range)
    and ``datasets.load_dataset("parquet", data_files=url)`` with the token in storage_options."""
    import datasets
    import fsspec

    from pool.services.tokens import token_issue

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    grant_for(published.corpus, world["lab"], world["consumer"])
    _, key = token_issue(user=world["consumer"])
    url = live_server.url + URL.format(n=1, name="part-00000.parquet")
    headers = {"Authorization": f"Bearer {key}"}
    fs = fsspec.filesystem("http", headers=headers)
    assert fs.size(url) == published.files[0]["size"]
    with fs.open(url, "rb", block_size=64) as fh:
        fh.seek(-4, 2)
        assert fh.read() == b"PAR1"
    loaded = datasets.load_dataset(
        "parquet",
        data_files={"train": url},
        storage_options={"headers": headers},
        cache_dir=str(tmp_path / "hf-cache"),
    )
    assert loaded["train"].num_rows == 20
    assert loaded["train"].column_names == ["age", "postcode", "amount", "city"]

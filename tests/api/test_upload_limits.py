"""Issue 11: an upload over the size limit is refused while it streams in, and leaves no temporary file."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpRequest, UnreadablePostError
from django.http.multipartparser import MultiPartParser
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, FakePayload, encode_multipart

from common.uploads import FORM_OVERHEAD_BYTES, REFUSED_ATTR, LimitedUploadHandler
from pool.models import Dataset
from tests.conftest import api_client_for

pytestmark = pytest.mark.django_db

LIMIT = 100_000


@pytest.fixture
def temp_dir(settings: Any, tmp_path: Path) -> Path:
    """A small upload limit, and the uploads' temporary files in a directory of their own."""
    settings.SHOAL_MAX_UPLOAD_BYTES = LIMIT
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    return tmp_path


class CountingPayload(FakePayload):
    """The request body; remembers how much of it was read, and can fail after ``fail_after`` bytes
    as a connection the client dropped does."""

    def __init__(self, content: bytes, fail_after: int | None = None) -> None:
        super().__init__(content)
        self.consumed = 0
        self.fail_after = fail_after

    def read(self, size: int = -1, /) -> bytes:
        if self.fail_after is not None and self.consumed >= self.fail_after:
            raise UnreadablePostError("the client went away")
        chunk = super().read(size)
        self.consumed += len(chunk)
        return chunk


def form(payload: dict[str, Any], size: int) -> dict[str, Any]:
    data = dict(payload)
    data["file"] = SimpleUploadedFile("big.csv", b"a,b\n" + b"1,2\n" * (size // 4), content_type="text/csv")
    return data


def post_body(client: Any, path: str, body: bytes, declared: int | None = None) -> Any:
    payload = CountingPayload(body)
    response = client.generic(
        "POST",
        path,
        b"",
        content_type=MULTIPART_CONTENT,
        CONTENT_LENGTH=str(len(body) if declared is None else declared),
        **{"wsgi.input": payload},
    )
    response.payload = payload
    return response


def test_a_declared_length_over_the_limit_is_refused_before_the_body_is_read(
    world: dict[str, Any], upload_payload: dict[str, Any], temp_dir: Path
) -> None:
    body = encode_multipart(BOUNDARY, form(upload_payload, 2_000))
    response = post_body(
        api_client_for(world["alice"]), "/api/v1/datasets/", body, declared=LIMIT + FORM_OVERHEAD_BYTES + 1
    )

    assert response.status_code == 413
    assert response.json() == {
        "message": "The file is larger than the 100,000 bytes limit.",
        "extra": {"max_bytes": LIMIT},
    }
    assert response.payload.consumed == 0
    assert not Dataset.objects.exists() and not list(temp_dir.iterdir())


def test_the_web_form_refuses_a_declared_length_over_the_limit_with_a_page(
    world: dict[str, Any], upload_payload: dict[str, Any], temp_dir: Path
) -> None:
    client = Client()
    client.force_login(world["alice"])
    body = encode_multipart(BOUNDARY, form(upload_payload, 2_000))
    response = post_body(client, "/datasets/upload/", body, declared=LIMIT + FORM_OVERHEAD_BYTES + 1)

    assert response.status_code == 413 and response["Content-Type"].startswith("text/html")
    assert "larger than the 100,000 bytes limit" in response.content.decode()
    assert response.payload.consumed == 0


def test_a_file_past_the_limit_is_stopped_while_it_streams_and_leaves_no_temporary_file(
    world: dict[str, Any], upload_payload: dict[str, Any], temp_dir: Path
) -> None:
    body = encode_multipart(BOUNDARY, form(upload_payload, 1_000_000))
    assert len(body) < LIMIT + FORM_OVERHEAD_BYTES  # the declared length passes the first check

    response = post_body(api_client_for(world["alice"]), "/api/v1/datasets/", body)

    assert response.status_code == 413, response.content[:300]
    assert response.json()["message"] == "The file is larger than the 100,000 bytes limit."
    assert response.payload.consumed < 500_000  # stopped near the limit, the rest never read
    assert not Dataset.objects.exists() and not list(temp_dir.iterdir())


def test_the_web_form_shows_the_limit_on_its_file_field(
    world: dict[str, Any], upload_payload: dict[str, Any], temp_dir: Path
) -> None:
    client = Client()
    client.force_login(world["alice"])
    data = form(upload_payload, 500_000) | {"organization": world["acme"].pk}

    response = client.post("/datasets/upload/", data)

    assert response.status_code == 413
    errors = response.context["form"].errors
    assert errors["file"] == ["The file is larger than the 100,000 bytes limit."]
    assert "This field is required" not in response.content.decode()
    assert not Dataset.objects.exists() and not list(temp_dir.iterdir())


def test_a_body_longer_than_its_declared_length_is_counted_not_trusted(temp_dir: Path) -> None:
    """An ASGI server hands Django the whole body whatever Content-Length says: the handler counts."""
    body = encode_multipart(BOUNDARY, {"title": "x", "file": SimpleUploadedFile("a.csv", b"x" * 400_000)})
    request = HttpRequest()
    meta = {"CONTENT_TYPE": MULTIPART_CONTENT, "CONTENT_LENGTH": "1000"}

    post, files = MultiPartParser(meta, io.BytesIO(body), [LimitedUploadHandler(request)]).parse()

    assert getattr(request, REFUSED_ATTR) == "The file is larger than the 100,000 bytes limit."
    assert "file" not in files and post["title"] == "x"
    assert not list(temp_dir.iterdir())


def test_an_upload_whose_client_went_away_leaves_no_temporary_file(
    world: dict[str, Any], upload_payload: dict[str, Any], temp_dir: Path, settings: Any
) -> None:
    settings.SHOAL_MAX_UPLOAD_BYTES = 10_000_000
    body = encode_multipart(BOUNDARY, form(upload_payload, 3_000_000))
    client = api_client_for(world["alice"])
    client.raise_request_exception = False
    payload = CountingPayload(body, fail_after=1_000_000)

    response = client.generic(
        "POST",
        "/api/v1/datasets/",
        b"",
        content_type=MULTIPART_CONTENT,
        CONTENT_LENGTH=str(len(body)),
        **{"wsgi.input": payload},
    )

    assert response.status_code in (400, 500)
    assert 1_000_000 <= payload.consumed < len(body)
    assert not Dataset.objects.exists() and not list(temp_dir.iterdir())


def test_an_upload_under_the_limit_still_works_and_its_temporary_file_goes(
    world: dict[str, Any], upload_payload: dict[str, Any], temp_dir: Path
) -> None:
    data = form(upload_payload, LIMIT - 1_000)
    response = api_client_for(world["alice"]).post("/api/v1/datasets/", data, format="multipart")

    assert response.status_code == 201, response.content[:300]
    dataset = Dataset.objects.get(pk=response.json()["id"])
    assert 0 < dataset.raw_size <= LIMIT
    assert not list(temp_dir.iterdir())

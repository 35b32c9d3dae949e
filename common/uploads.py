"""Upload size limits enforced while the request body streams in, not after it is on disk (issue 11).

Two checks, both against ``SHOAL_MAX_UPLOAD_BYTES`` (the largest file a contributor may upload):

- `UploadSizeLimitMiddleware` answers 413 to a POST to an upload URL whose ``Content-Length`` is larger
  than the limit plus `FORM_OVERHEAD_BYTES` (the other form fields and the multipart framing), before
  anything reads the body: JSON ``{"message": ..., "extra": {...}}`` under ``/api/``, a short page
  for the web form.
- `LimitedUploadHandler` (``FILE_UPLOAD_HANDLERS``) counts a file's bytes as they arrive and stops the
  upload at the first byte past the limit, for bodies whose ``Content-Length`` understates them (or any
  multipart URL the middleware does not watch). It stops with ``StopUpload(connection_reset=True)``, so
  the rest of the body is never read, and records the refusal on the request: the upload views answer
  413 (`upload_refusal`), and the middleware turns any other view's answer into a 413.

Temporary files: the handler deletes the file it was writing whenever an upload stops before that file
is complete (size limit, client gone, malformed body), and the middleware asks it to once more after
every request, whatever happened inside; complete files are deleted when Django closes the request.
A process killed outright cannot clean up: ``FILE_UPLOAD_TEMP_DIR`` (``SHOAL_UPLOAD_TEMP_DIR``) lets
deployments put these files where leftovers are easy to find.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadhandler import StopUpload, TemporaryFileUploadHandler
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.html import escape

#: Room in a request body for the form fields and multipart headers besides the file itself.
FORM_OVERHEAD_BYTES = 1024 * 1024

#: Attribute of the Django request that holds the refusal message once an upload was stopped.
REFUSED_ATTR = "shoal_upload_refused"

_MIB = 1024 * 1024


def max_upload_bytes() -> int:
    return int(settings.SHOAL_MAX_UPLOAD_BYTES)


def describe_size(size: int) -> str:
    """``512 MiB`` for whole mebibytes, else ``1,000 bytes``."""
    if size >= _MIB and size % _MIB == 0:
        return f"{size // _MIB} MiB"
    return f"{size:,} bytes"


def too_large_message() -> str:
    return f"The file is larger than the {describe_size(max_upload_bytes())} limit."


def _refuse(request: HttpRequest | None) -> None:
    """Record the refusal on ``request`` and stop reading its body."""
    if request is not None:
        setattr(request, REFUSED_ATTR, too_large_message())
    raise StopUpload(connection_reset=True)


class LimitedUploadHandler(TemporaryFileUploadHandler):
    """Streams each file to a temporary file, refusing the upload once a file passes
    ``SHOAL_MAX_UPLOAD_BYTES`` or the declared body is larger than any allowed upload."""

    def __init__(self, request: HttpRequest | None = None) -> None:
        super().__init__(request)
        self.limit = max_upload_bytes()
        self._complete = True  # no file being written

    def handle_raw_input(
        self,
        input_data: Any,
        META: dict[str, Any],
        content_length: int,
        boundary: bytes,
        encoding: Any = None,
    ) -> None:
        if content_length and content_length > self.limit + FORM_OVERHEAD_BYTES:
            _refuse(self.request)

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self._complete = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        if start + len(raw_data) > self.limit:
            self.discard_unfinished()
            _refuse(self.request)
        super().receive_data_chunk(raw_data, start)

    def file_complete(self, file_size: int) -> Any:
        self._complete = True
        return super().file_complete(file_size)

    def upload_interrupted(self) -> None:
        self.discard_unfinished()

    def discard_unfinished(self) -> None:
        """Close and delete the temporary file of a file whose upload did not complete."""
        if self._complete or not hasattr(self, "file"):
            return
        self._complete = True
        path = self.file.temporary_file_path()
        with contextlib.suppress(FileNotFoundError):
            self.file.close()  # a NamedTemporaryFile: closing deletes it
        Path(path).unlink(missing_ok=True)


def upload_refusal(request: Any) -> str | None:
    """Parse the body of ``request`` (a Django or DRF request), then return why its upload was
    refused for its size, or None."""
    if isinstance(request, HttpRequest):
        request.POST  # noqa: B018  (parses the body, running the upload handlers)
    else:
        request.data  # noqa: B018
    return getattr(request, REFUSED_ATTR, None)


def too_large_response(request: HttpRequest, message: str | None = None) -> HttpResponse:
    """413 in the API's error shape under ``/api/``, a short page elsewhere."""
    message = message or too_large_message()
    if request.path_info.startswith("/api/"):
        return JsonResponse({"message": message, "extra": {"max_bytes": max_upload_bytes()}}, status=413)
    page = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>File too large · Shoal</title>"
        f"</head><body><h1>File too large</h1><p>{escape(message)}</p>"
        f"<p><a href='{escape(reverse('pool:dataset-upload'))}'>Back to the upload form</a></p></body></html>"
    )
    return HttpResponse(page, status=413, content_type="text/html; charset=utf-8")


def _upload_paths() -> frozenset[str]:
    return frozenset({reverse("api-datasets"), reverse("pool:dataset-upload")})


class UploadSizeLimitMiddleware:
    """Refuses an over-long upload before its body is read, and cleans up after every upload."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST" and request.path_info in _upload_paths():
            try:
                declared = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                declared = 0
            if declared > max_upload_bytes() + FORM_OVERHEAD_BYTES:
                return too_large_response(request)
        try:
            response = self.get_response(request)
        finally:
            for handler in getattr(request, "_upload_handlers", None) or ():
                if isinstance(handler, LimitedUploadHandler):
                    handler.discard_unfinished()
        refused = getattr(request, REFUSED_ATTR, None)
        if refused and response.status_code != 413:
            return too_large_response(request, refused)  # a view that did not look (admin, another form)
        return response

"""Serving version files: grant, policy and version status checked on every request; ranges; records.

Superseded versions stay downloadable while the organisation's grant is active: a consumer must be able
to re-fetch the exact version a model was trained on. Supersession is not erasure; withdrawal is, and a
withdrawn version answers 410 Gone. Building and failed versions do not exist for consumers (404).

HTTP semantics (RFC 9110): one byte range per request (``bytes=a-b``, ``bytes=a-``, ``bytes=-n``); a
multi-range or malformed header is ignored and the whole file is sent; an unsatisfiable range is 416.
The ETag is the file's quoted SHA-256, so ``If-None-Match`` gives 304 and ``If-Range`` resumes only an
unchanged file. Each request, HEAD and 304 included, leaves a ``DownloadEvent``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from django.core.files.storage import default_storage
from django.db.models import F

from common.errors import ApplicationError
from contracts.adapters import decide_from_models
from pool.croissant import encoding_format
from pool.models import AccessGrant, ApiToken, Corpus, CorpusVersion, DownloadEvent
from pool.services.access import grants_active_for
from pool.services.corpora import version_path

CHUNK_BYTES = 256 * 1024
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class DownloadError(ApplicationError):
    """A refused download; ``status`` is the HTTP status the API answers with."""

    status = 400


class DownloadNotFound(DownloadError):
    status = 404


class DownloadForbidden(DownloadError):
    status = 403


class VersionGone(DownloadError):
    status = 410


@dataclass(frozen=True)
class FileAccess:
    """A version file the user may fetch now, under ``grant``."""

    version: CorpusVersion
    name: str
    size: int
    sha256: str
    grant: AccessGrant

    @property
    def etag(self) -> str:
        return f'"{self.sha256}"'

    @property
    def content_type(self) -> str:
        return encoding_format(self.name)

    @property
    def storage_name(self) -> str:
        return version_path(self.version.corpus, self.version.number, self.name)


@dataclass(frozen=True)
class ResponsePlan:
    """What to answer: status, the byte window to send (``length`` 0: no body) and extra headers."""

    status: int
    start: int = 0
    length: int = 0
    headers: dict[str, str] = field(default_factory=dict)


def version_file_authorize(*, corpus: Corpus, number: int, name: str, user: Any) -> FileAccess:
    """Check the version, the file, the user's grant and the access policy; raise a ``DownloadError``."""
    version = corpus.versions.filter(number=number).first()
    hidden = (CorpusVersion.Status.BUILDING, CorpusVersion.Status.FAILED)
    if version is None or version.status in hidden:
        raise DownloadNotFound("No such version.")
    entry = next((f for f in version.files if f.get("name") == name), None)
    if entry is None and version.status != CorpusVersion.Status.WITHDRAWN:
        raise DownloadNotFound("No such file in this version.")
    grants = list(grants_active_for(user=user, corpus=corpus))
    if not grants:
        raise DownloadForbidden(f"Your organisation has no active access grant for corpus {corpus.slug}.")
    if version.status == CorpusVersion.Status.WITHDRAWN:
        raise VersionGone(
            f"Version {number} of corpus {corpus.slug} was withdrawn (erasure); use the current version."
        )
    reasons: list[str] = []
    for grant in grants:
        decision = decide_from_models(
            action="download", corpus=corpus, datasets=version.datasets.all(), grant=grant
        )
        if decision.allowed:
            assert entry is not None
            return FileAccess(version, name, int(entry["size"]), str(entry["sha256"]), grant)
        reasons.extend(decision.reasons)
    raise DownloadForbidden("The access policy refuses this download.", {"reasons": reasons})


def _etags(header: str) -> list[str]:
    return [tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()]


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """Return the inclusive ``(start, end)`` of a single-range header, None to send everything.

    Raises ``ValueError`` when the range is well formed but unsatisfiable (→ 416).
    """
    match = _RANGE.match(header.strip().replace(" ", ""))
    if not match:
        return None  # absent, malformed or multi-range: ignored (RFC 9110 §14.2)
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise ValueError("empty suffix range")
        return max(0, size - suffix), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if last and end < start:
        return None  # invalid: ignored
    if start >= size:
        raise ValueError("range starts after the end of the file")
    return start, min(end, size - 1)


def download_plan(
    *, method: str, size: int, etag: str, range_header: str = "", if_none_match: str = "", if_range: str = ""
) -> ResponsePlan:
    """Decide status, byte window and headers for one request (pure; the view streams the window)."""
    headers = {"ETag": etag, "Accept-Ranges": "bytes"}
    if if_none_match and ("*" in _etags(if_none_match) or etag in _etags(if_none_match)):
        return ResponsePlan(304, headers=headers)
    byte_range: tuple[int, int] | None = None
    if range_header and (not if_range or if_range.strip() == etag):
        try:
            byte_range = parse_range(range_header, size)
        except ValueError:
            return ResponsePlan(416, headers={**headers, "Content-Range": f"bytes */{size}"})
    if byte_range is None:
        plan = ResponsePlan(200, 0, size, {**headers, "Content-Length": str(size)})
    else:
        start, end = byte_range
        length = end - start + 1
        plan = ResponsePlan(
            206,
            start,
            length,
            {**headers, "Content-Length": str(length), "Content-Range": f"bytes {start}-{end}/{size}"},
        )
    if method == "HEAD":
        return ResponsePlan(plan.status, plan.start, 0, plan.headers)
    return plan


def download_record(
    *, access: FileAccess, user: Any, token: Any, bytes_sent: int, range_header: str = ""
) -> DownloadEvent:
    """Record who fetched which version file, how many bytes and which range."""
    return DownloadEvent.objects.create(
        version=access.version,
        file_name=access.name,
        organization=access.grant.organization,
        user=user if getattr(user, "pk", None) else None,
        token=token if isinstance(token, ApiToken) else None,
        grant=access.grant,
        bytes_sent=bytes_sent,
        range_header=range_header[:100],
    )


def version_file_open(*, access: FileAccess) -> IO[bytes]:
    """Open the stored file for reading (raises ``DownloadNotFound`` when storage lost it)."""
    try:
        return default_storage.open(access.storage_name, "rb")
    except FileNotFoundError as exc:
        raise DownloadNotFound("The file is missing from storage.") from exc


def stream_window(fh: IO[bytes], *, start: int, length: int, event_id: int) -> Iterator[bytes]:
    """Yield ``length`` bytes from ``start``; if the client leaves early, correct the recorded bytes."""
    sent = 0
    try:
        fh.seek(start)
        while sent < length:
            block = fh.read(min(CHUNK_BYTES, length - sent))
            if not block:
                break
            sent += len(block)
            yield block
    finally:
        fh.close()
        if sent != length:
            DownloadEvent.objects.filter(pk=event_id).update(bytes_sent=F("bytes_sent") - (length - sent))

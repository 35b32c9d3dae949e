"""Serving version files: grant, policy and version status decided once per short TTL; ranges; records.

Superseded versions stay downloadable while the organisation's grant is active: a consumer must be able
to re-fetch the exact version a model was trained on. Supersession is not erasure; withdrawal is, and a
withdrawn version answers 410 Gone. Building and failed versions do not exist for consumers (404).

**Decision cache.** Ranged readers (pyarrow, fsspec, Hugging Face ``datasets``) fetch one file in many
small requests, so an *allowed* decision is memoised per (user, version file) for
``SHOAL_DOWNLOAD_AUTH_TTL`` seconds, never past the first instant the clock alone could change it
(grant expiry, consent validity), and only within the current access generation
(``pool.services.access_cache``): any grant, consent, version or membership change voids it, so a
withdrawn version answers 410 on the next request. Refusals are never cached.

HTTP semantics (RFC 9110): one byte range per request (``bytes=a-b``, ``bytes=a-``, ``bytes=-n``); a
multi-range or malformed header is ignored and the whole file is sent; an unsatisfiable range is 416.
The ETag is the file's quoted SHA-256, so ``If-None-Match`` gives 304 and ``If-Range`` resumes only an
unchanged file.

**Records.** A ``DownloadEvent`` is written for every GET of a whole file, and for the first ranged GET
of a file by one token (or session) within ``SHOAL_DOWNLOAD_EVENT_WINDOW``: enough for the Art. 19
lineage (dataset → versions → downloaders) without a write per range request. HEAD, 304 and 416
record nothing.

**Bytes** are never copied through Python when a web server can send them: behind nginx
(``SHOAL_ACCEL_REDIRECT``) the answer is an ``X-Accel-Redirect`` to an internal location; otherwise a
local file goes out as a ``FileResponse`` (gunicorn uses ``sendfile``), and an S3 object as a redirect to
a presigned URL issued after the check.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.http import content_disposition_header

from common.errors import AccessDeniedError, ApplicationError, GoneError, NotFoundError
from contracts.adapters import facts_from_models
from contracts.policy import PolicyQuestion, decide
from pool.croissant import encoding_format
from pool.models import ApiToken, Corpus, CorpusVersion, DownloadEvent
from pool.services.access import grants_active_for
from pool.services.access_cache import access_generation, access_memo
from pool.services.corpora import version_path

logger = logging.getLogger(__name__)

#: Block size of the Python fallback (the test client, runserver); gunicorn sends the file itself.
CHUNK_BYTES = 1024 * 1024
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class DownloadError(ApplicationError):
    """A refused download; the kind (not found, forbidden, gone) decides the API's status code."""


class DownloadNotFound(DownloadError, NotFoundError):
    """No such version or file for this caller, or storage lost the file."""


class DownloadForbidden(DownloadError, AccessDeniedError):
    """No active grant, or the access policy refuses."""


class VersionGone(DownloadError, GoneError):
    """The version was withdrawn (erasure, Art. 17): its files are gone for good."""


@dataclass(frozen=True)
class FileAccess:
    """A version file the user may fetch until ``good_until``, under grant ``grant_id``.

    Plain values only (no model instances), so that it is cheap to keep in the cache.
    """

    version_id: int
    corpus_slug: str
    number: int
    name: str
    size: int
    sha256: str
    grant_id: int
    organization_id: int
    good_until: datetime | None = None

    @property
    def etag(self) -> str:
        return f'"{self.sha256}"'

    @property
    def content_type(self) -> str:
        return encoding_format(self.name)

    @property
    def storage_name(self) -> str:
        return version_path(Corpus(slug=self.corpus_slug), self.number, self.name)


@dataclass(frozen=True)
class ResponsePlan:
    """What to answer: status, the byte window to send (``length`` 0: no body) and extra headers."""

    status: int
    start: int = 0
    length: int = 0
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def sends_body(self) -> bool:
        return self.status in (200, 206) and self.length > 0


# --- authorisation -----------------------------------------------------------------------------------


def _decision_key(*, generation: str, user_id: int, slug: str, number: int, name: str) -> str:
    material = f"{generation}\x1f{user_id}\x1f{slug}\x1f{number}\x1f{name}".encode()
    return "downloads:access:" + hashlib.blake2b(material, digest_size=16).hexdigest()


def _instant(value: date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.combine(value, time.min, tzinfo=UTC)  # a date: the earliest instant it can mean


def _good_until(question: PolicyQuestion) -> datetime | None:
    """The first future instant at which the clock alone could change the decision (expiry, validity)."""
    instants: list[datetime | None] = []
    if question.grant is not None:
        instants += [question.grant.expires_at, question.grant.revoked_at]
    for contribution in question.contributions:
        consent = contribution.consent
        instants += [
            _instant(consent.valid_until),
            consent.withdrawn_at,
            consent.invalidated_at,
        ]
    future = [moment for moment in instants if moment is not None and moment > question.now]
    return min(future, default=None)


def _decide(*, slug: str, number: int, name: str, user: Any) -> FileAccess:
    corpus = Corpus.objects.filter(slug=slug).first()
    if corpus is None:
        raise DownloadNotFound("No such corpus.")
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
    assert entry is not None
    reasons: list[str] = []
    for grant in grants:
        question = facts_from_models(
            action="download", corpus=corpus, datasets=version.datasets.all(), grant=grant
        )
        decision = decide(**question.as_kwargs())
        if decision.allowed:
            return FileAccess(
                version_id=version.pk,
                corpus_slug=corpus.slug,
                number=version.number,
                name=name,
                size=int(entry["size"]),
                sha256=str(entry["sha256"]),
                grant_id=grant.pk,
                organization_id=grant.organization_id,
                good_until=_good_until(question),
            )
        reasons.extend(decision.reasons)
    raise DownloadForbidden("The access policy refuses this download.", {"reasons": reasons})


def version_file_authorize(
    *,
    number: int,
    name: str,
    user: Any,
    slug: str = "",
    corpus: Corpus | None = None,
    generation: str | None = None,
) -> FileAccess:
    """Check the version, the file, the user's grant and the access policy; raise a ``DownloadError``.

    The corpus is named by ``slug`` (the API: no query when the decision is cached) or given.
    An allowed decision is reused for ``SHOAL_DOWNLOAD_AUTH_TTL`` seconds within one generation (see the
    module docstring); a refusal is decided afresh on every request. ``generation``: the one already
    read for this request (token authentication reads it), to save a round trip.
    """
    slug = corpus.slug if corpus is not None else slug
    ttl = int(settings.SHOAL_DOWNLOAD_AUTH_TTL)
    user_id = getattr(user, "pk", None)
    if ttl <= 0 or user_id is None:
        return _decide(slug=slug, number=number, name=name, user=user)
    generation = generation or access_generation()
    key = _decision_key(generation=generation, user_id=user_id, slug=slug, number=number, name=name)
    now = timezone.now()
    cached = access_memo.get(key)
    if isinstance(cached, FileAccess) and (cached.good_until is None or cached.good_until > now):
        return cached
    access = _decide(slug=slug, number=number, name=name, user=user)
    lifetime = ttl if access.good_until is None else min(ttl, (access.good_until - now).total_seconds())
    if lifetime >= 1:
        access_memo.set(key, access, timeout=int(lifetime))
    return access


# --- the response plan (pure) ------------------------------------------------------------------------


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
    """Decide status, byte window and headers for one request (pure; the view sends the window)."""
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


# --- records -----------------------------------------------------------------------------------------


def download_record(
    *, access: FileAccess, user: Any, token: Any, bytes_sent: int, range_header: str = ""
) -> DownloadEvent:
    """Record who fetched which version file, how many bytes and which range (always writes a row)."""
    return DownloadEvent.objects.create(
        version_id=access.version_id,
        file_name=access.name,
        organization_id=access.organization_id,
        user=user if getattr(user, "pk", None) else None,
        token=token if isinstance(token, ApiToken) else None,
        grant_id=access.grant_id,
        bytes_sent=bytes_sent,
        range_header=range_header[:100],
    )


def _session_key(*, access: FileAccess, user: Any, token: Any, generation: str) -> str:
    who = f"t{token.digest}" if isinstance(token, ApiToken) else f"u{getattr(user, 'pk', None)}"
    material = f"{generation}\x1f{who}\x1f{access.version_id}\x1f{access.name}".encode()
    return "downloads:seen:" + hashlib.blake2b(material, digest_size=16).hexdigest()


def download_record_if_due(
    *,
    access: FileAccess,
    plan: ResponsePlan,
    user: Any,
    token: Any,
    range_header: str = "",
    generation: str | None = None,
) -> DownloadEvent | None:
    """Record a fetch when ``plan`` sends a body and it is a whole file or the first range of a session.

    A *session* is one token's (or one signed-in user's) ranged reads of one file within
    ``SHOAL_DOWNLOAD_EVENT_WINDOW`` seconds; its later ranges are not recorded, so that a reader making
    thousands of range requests costs one write (and one more after any change that voids decisions).
    ``bytes_sent`` is the window planned for that request.
    """
    if not plan.sends_body:
        return None
    if plan.status == 206:
        window = int(settings.SHOAL_DOWNLOAD_EVENT_WINDOW)
        generation = generation or access_generation()
        key = _session_key(access=access, user=user, token=token, generation=generation)
        # This process has seen the session (no round trip), or another process has (shared add).
        if window > 0 and (not access_memo.add(key, 1, window) or not cache.add(key, 1, window)):
            return None
    return download_record(
        access=access, user=user, token=token, bytes_sent=plan.length, range_header=range_header
    )


# --- where the bytes come from -----------------------------------------------------------------------


@dataclass(frozen=True)
class FileSource:
    """How the view obtains the bytes of a planned window: exactly one of the three is set.

    ``accel_uri``: the internal nginx location to hand over to (``X-Accel-Redirect``);
    ``redirect_url``: a presigned storage URL the client fetches itself; ``window``: an open local file.
    """

    accel_uri: str = ""
    redirect_url: str = ""
    window: FileWindow | None = None


class FileWindow:
    """``length`` bytes of an open file from ``start``: read in blocks by Python, or sent by the server.

    gunicorn's ``sendfile`` path reads ``fileno()`` from the current OS offset for the response's
    ``Content-Length``; the Python path reads at most ``length`` bytes, so both send exactly the window.
    """

    def __init__(self, fh: IO[bytes], *, start: int, length: int) -> None:
        fh.seek(start)
        self._fh = fh
        self._left = length

    def fileno(self) -> int:
        return self._fh.fileno()

    def read(self, size: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        block = self._fh.read(self._left if size < 0 else min(size, self._left))
        self._left -= len(block)
        return block

    def close(self) -> None:
        self._fh.close()


def _local_path(name: str) -> str | None:
    try:
        return str(default_storage.path(name))
    except NotImplementedError:  # remote storage (S3/MinIO)
        return None


def _accel_uri(access: FileAccess) -> str:
    """The internal nginx location for this file (local files or the S3 proxy; see deploy/nginx)."""
    if _local_path(access.storage_name) is not None:
        return settings.SHOAL_ACCEL_FILES_PREFIX.rstrip("/") + "/" + quote(access.storage_name)
    url = urlsplit(_presigned_url(access))
    return settings.SHOAL_ACCEL_S3_PREFIX.rstrip("/") + url.path + (f"?{url.query}" if url.query else "")


def _presigned_url(access: FileAccess) -> str:
    return str(
        default_storage.url(
            access.storage_name,
            parameters={
                "ResponseContentType": access.content_type,
                "ResponseContentDisposition": content_disposition_header(True, access.name) or "attachment",
            },
            expire=60,
        )
    )


def version_file_open(*, access: FileAccess) -> IO[bytes]:
    """Open the stored file for reading in Python (the data viewer); ``DownloadNotFound`` if lost."""
    try:
        return default_storage.open(access.storage_name, "rb")
    except FileNotFoundError as exc:
        raise DownloadNotFound("The file is missing from storage.") from exc


def version_file_source(*, access: FileAccess, plan: ResponsePlan) -> FileSource:
    """Where the bytes of ``plan``'s window come from (only call it when the plan sends a body)."""
    if settings.SHOAL_ACCEL_REDIRECT:
        return FileSource(accel_uri=_accel_uri(access))
    path = _local_path(access.storage_name)
    if path is None:
        return FileSource(redirect_url=_presigned_url(access))
    try:
        fh = Path(path).open("rb")  # noqa: SIM115 - the response closes it
    except FileNotFoundError as exc:
        logger.error("version file missing from storage: version %s file %s", access.version_id, access.name)
        raise DownloadNotFound("The file is missing from storage.") from exc
    return FileSource(window=FileWindow(fh, start=plan.start, length=plan.length))

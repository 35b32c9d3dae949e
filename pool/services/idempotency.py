"""``Idempotency-Key`` for uploads: a client that retries an upload (its connection dropped, the
answer was lost) sends the same key and gets the dataset its first request created, not a second one.

A key belongs to one user for ``KEY_TTL`` (24 hours; the retention sweep deletes older keys). The key
is recorded in the upload's own transaction, under a unique constraint: a concurrent retry waits for
the first request's transaction and then answers with its dataset. The same key with a different
request (other fields or another file) is refused (`IdempotencyKeyReused`, HTTP 422).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Model
from django.utils import timezone

from common.errors import ApplicationError
from pool.models import Dataset, IdempotencyKey

KEY_TTL = timedelta(hours=24)
MAX_KEY_LENGTH = 255


class IdempotencyKeyReused(ApplicationError):
    """The key was already used for a different request."""


@dataclass(frozen=True)
class Contribution:
    dataset: Dataset
    replayed: bool  # True: an earlier request with the same key created the dataset


def idempotency_key_clean(key: str) -> str:
    """A key as sent (surrounding blanks removed), or a readable refusal."""
    key = key.strip()
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable() or not key.isascii():
        raise ApplicationError(
            f"The Idempotency-Key must be 1 to {MAX_KEY_LENGTH} printable ASCII characters."
        )
    return key


def upload_fingerprint(fields: Mapping[str, Any], file: UploadedFile) -> str:
    """SHA-256 over an upload's fields (model instances by primary key, lists in order-free form)
    and its file's name and content."""

    def plain(value: Any) -> Any:
        if isinstance(value, Model):
            return [value._meta.label, value.pk]
        if isinstance(value, str | bytes | dict) or not hasattr(value, "__iter__"):
            return value
        return sorted((plain(item) for item in value), key=lambda item: json.dumps(item, default=str))

    digest = hashlib.sha256()
    for chunk in file.chunks():
        digest.update(chunk)
    file.seek(0)
    shape = {name: plain(value) for name, value in sorted(fields.items()) if name != "file"}
    shape["file"] = {"name": file.name, "size": file.size, "sha256": digest.hexdigest()}
    return hashlib.sha256(json.dumps(shape, sort_keys=True, default=str).encode()).hexdigest()


def dataset_contribute_once(*, user: Any, idempotency_key: str | None, **contribution: Any) -> Contribution:
    """`dataset_contribute`, at most once per user and ``idempotency_key`` (every upload without a
    key creates a dataset). The upload's fingerprint (`upload_fingerprint`) tells a retry from a reuse."""
    from pool.services.datasets import dataset_contribute

    if idempotency_key is None:
        return Contribution(dataset_contribute(user=user, **contribution), replayed=False)
    key = idempotency_key_clean(idempotency_key)
    request_hash = upload_fingerprint(contribution, contribution["file"])
    with transaction.atomic():
        earlier = _earlier(user, key)
        if earlier is not None:
            return _replay(earlier, request_hash)
        try:
            with transaction.atomic():  # waits for a concurrent request holding the same key
                record = IdempotencyKey.objects.create(user=user, key=key, request_hash=request_hash)
        except IntegrityError:
            earlier = _earlier(user, key)
            if earlier is None:  # pragma: no cover - the other request's key expired meanwhile
                raise
            return _replay(earlier, request_hash)
        dataset = dataset_contribute(user=user, **contribution)
        IdempotencyKey.objects.filter(pk=record.pk).update(dataset=dataset)
    return Contribution(dataset, replayed=False)


def _earlier(user: Any, key: str) -> IdempotencyKey | None:
    fresh = IdempotencyKey.objects.filter(user=user, key=key, created_at__gte=timezone.now() - KEY_TTL)
    earlier = fresh.select_related("dataset").first()
    if earlier is None:
        IdempotencyKey.objects.filter(user=user, key=key).delete()  # expired: the key is free again
    return earlier


def _replay(earlier: IdempotencyKey, request_hash: str) -> Contribution:
    if earlier.request_hash != request_hash or earlier.dataset is None:
        raise IdempotencyKeyReused(
            "This Idempotency-Key was already used for a different upload; send a new key for a new "
            "upload, or repeat the first request unchanged to get its dataset."
        )
    return Contribution(earlier.dataset, replayed=True)


def idempotency_keys_expire(*, now: datetime | None = None) -> int:
    """Delete the keys older than ``KEY_TTL`` (retention sweep); returns how many."""
    now = now or timezone.now()
    deleted, _ = IdempotencyKey.objects.filter(created_at__lt=now - KEY_TTL).delete()
    return deleted

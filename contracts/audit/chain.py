"""The chain itself: what a row's hash covers, how it is computed, and appending a row.

``hash`` = HMAC-SHA256(AUDIT_KEY, prev_hash + ``row_material``), computed by the standard library
(``hmac``) over canonical JSON from the standard encoder. The format is frozen: rows written by earlier
releases must keep verifying (tests/contracts/test_audit_digest.py pins the digest of a fixed event).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime
from functools import partial
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from contracts.audit.anchor import chain_id, write_anchor
from contracts.canonical import CanonicalJSONEncoder
from contracts.models import AuditEvent

GENESIS = "0" * 64
# pg_advisory_xact_lock key serialising appends: int64 taken from "shoal-audit".
ADVISORY_LOCK_ID = int.from_bytes(hashlib.sha256(b"shoal-audit").digest()[:8], "big", signed=True)
# Columns, in order, that the hash covers (see ``row_material``); ``verify_chain`` streams exactly these.
CHAINED_FIELDS = (
    "seq",
    "created_at",
    "actor_name",
    "verb",
    "object_type",
    "object_id",
    "purpose",
    "request_id",
    "payload",
)
# What ``json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)``
# builds on every call, built once: the verifier encodes one payload per row.
CANONICAL_ENCODER = CanonicalJSONEncoder()
# The same output for ``row_material``, whose payloads come decoded from JSON (the row, or
# ``audit_log``'s own round trip) and so cannot be circular: skipping that check saves a tenth of a row.
_MATERIAL_ENCODER = CanonicalJSONEncoder(check_circular=False)


def canonical_json(data: Any) -> bytes:
    """Serialise ``data`` deterministically (sorted keys, no spaces, UTF-8)."""
    return CANONICAL_ENCODER.encode(data).encode()


def row_material(
    seq: int,
    created_at: datetime | str,
    actor_name: str,
    verb: str,
    object_type: str,
    object_id: str,
    purpose: str,
    request_id: str,
    payload: Any,
) -> bytes:
    """The canonical bytes of one row (everything but the hashes and the actor foreign key).

    Text fields are length-prefixed (``<len>:<text>``, so no field can bleed into the next) and the
    payload is canonical JSON. ``created_at`` is an aware UTC datetime, or already its ``isoformat()``.
    """
    return row_material_from_text(
        seq,
        created_at if isinstance(created_at, str) else created_at.isoformat(),
        actor_name,
        verb,
        object_type,
        object_id,
        purpose,
        request_id,
        "{}" if payload == {} else _MATERIAL_ENCODER.encode(payload),
    )


def row_material_from_text(
    seq: int,
    created_at: str,
    actor_name: str,
    verb: str,
    object_type: str,
    object_id: str,
    purpose: str,
    request_id: str,
    payload_text: str,
) -> bytes:
    """``row_material`` with the payload already in canonical JSON text (as SQLite stores it since
    migration 0006): the same bytes, without decoding and re-encoding it. Text in any other form gives
    other bytes, so a hash that matches still proves the canonical payload; callers fall back to
    ``row_material`` on a mismatch (rows written before 0006)."""
    t = created_at
    return (
        f"{seq};{len(t)}:{t}{len(actor_name)}:{actor_name}{len(verb)}:{verb}{len(object_type)}:{object_type}"
        f"{len(object_id)}:{object_id}{len(purpose)}:{purpose}{len(request_id)}:{request_id}{payload_text}"
    ).encode()


def chain_mac() -> hmac.HMAC:
    """An HMAC-SHA256 keyed with AUDIT_KEY and fed nothing yet: ``copy()`` it once per row to skip
    re-deriving the key pads (the verifier hashes a million rows)."""
    return hmac.new(settings.AUDIT_KEY.encode(), digestmod=hashlib.sha256)


def compute_hash(event: AuditEvent, prev_hash: str) -> str:
    """Return the chain hash of ``event`` given its predecessor's hash."""
    material = row_material(*(getattr(event, name) for name in CHAINED_FIELDS))
    return hmac.new(settings.AUDIT_KEY.encode(), prev_hash.encode() + material, hashlib.sha256).hexdigest()


def _stored_float(text: str) -> float | str:
    """A payload float as the chain stores it: a number when every database gives it back unchanged,
    else its text. PostgreSQL's jsonb returns ``1e+16`` as the integer ``10000000000000000`` and
    ``-0.0`` as ``0``, which would re-encode differently and read as tampering at verify time."""
    value = float(text)
    if "e+" in text.lower() or (value == 0 and text.startswith("-")):
        return text
    return value


def audit_log(
    *,
    actor: Any | None,
    verb: str,
    obj: models.Model | None = None,
    payload: dict[str, Any] | None = None,
    purpose: str = "",
    request_id: str = "",
    actor_name: str = "",
) -> AuditEvent:
    """Append one event to the chain. ``payload`` must hold no personal data (ids, counts, codes).

    Call it inside the transaction that makes the change, so the change and its audit row commit or
    roll back together; the anchor line is written on commit.
    """
    with transaction.atomic():
        conn = transaction.get_connection()
        if conn.vendor == "postgresql":
            with conn.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [ADVISORY_LOCK_ID])
        last = AuditEvent.objects.order_by("-seq").values_list("seq", "hash").first()
        event = AuditEvent(
            seq=(last[0] + 1) if last else 1,
            created_at=timezone.now(),
            actor=actor if getattr(actor, "pk", None) else None,
            actor_name=actor_name or (getattr(actor, "get_username", lambda: "")() if actor else "system"),
            verb=verb,
            object_type=obj._meta.label_lower if obj is not None else "",
            object_id=str(obj.pk) if obj is not None else "",
            purpose=purpose,
            request_id=request_id,
            payload=json.loads(canonical_json(payload or {}), parse_float=_stored_float),
        )
        event.prev_hash = last[1] if last else GENESIS
        event.hash = compute_hash(event, event.prev_hash)
        event.save(force_insert=True)
        first = (
            event.hash
            if event.seq == 1
            else AuditEvent.objects.filter(seq=1).values_list("hash", flat=True).first()
        )
        transaction.on_commit(partial(write_anchor, chain_id(first or GENESIS), event.seq, event.hash))
    return event

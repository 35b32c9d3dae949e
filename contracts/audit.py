"""Append to and verify the hash-chained audit log (GDPR Art. 5(2): be able to demonstrate compliance).

Each row's ``hash`` = HMAC-SHA256(AUDIT_KEY, prev_hash + canonical JSON of the row's fields). The key
never enters the database, so whoever can edit rows cannot forge a consistent chain. Three more guards:

- appends are serialised (PostgreSQL: a transaction-scoped advisory lock; SQLite: the settings open
  every transaction with ``BEGIN IMMEDIATE``, which takes the write lock first), so two writers cannot
  both extend the same head; ``seq`` and ``hash`` are unique as a last resort;
- on PostgreSQL a trigger (migration 0004) refuses UPDATE, DELETE and TRUNCATE on the table;
- after each commit the new head is appended to ``settings.AUDIT_ANCHOR``, a file outside the
  database, so removing the newest rows (which leaves a valid shorter chain) is detected. A line reads
  ``"<chain> <seq> <hash>"`` where ``<chain>`` (the first 16 hex digits of row 1's hash) tells apart
  chains of different databases that share one file (a developer's database and test databases);
- on PostgreSQL a trigger keeps a high-water mark (the largest seq ever inserted, and its hash) in a
  table of its own that only rises (migration 0005), so removing the newest rows *and* the matching
  anchor lines is still detected; ``guard_report`` checks that every one of these triggers exists,
  is enabled and runs the function body its migration installed.

What none of this stops: a PostgreSQL superuser (or the tables' owner) who knows the scheme can
disable the triggers, delete rows, lower the mark and re-enable everything, and whoever can also
edit the anchor file then leaves no trace; ``SET session_replication_role = replica`` even skips the
triggers without touching the catalog. Only a witness outside their reach (the anchor shipped to
append-only storage on another host) closes that, and the app must not connect as such a role
(README "Operations": the ``shoal_app`` role).

The hash covers ``actor_name`` but not the ``actor`` foreign key, which Django sets to NULL when a user
is deleted (the one update the trigger allows).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, connections, models, transaction
from django.utils import timezone

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
ANCHOR_KEEP = 10_000  # newest anchor entries compared row by row with the chain
# The high-water mark (migration 0005) and the triggers of migrations 0004 and 0005, by table, with
# the function each must run.
HIGH_WATER_TABLE = "shoal_audit_high_water"
GUARD_TRIGGERS: dict[str, dict[str, str]] = {
    "contracts_auditevent": {
        "contracts_auditevent_append_only": "shoal_append_only",
        "contracts_auditevent_no_truncate": "shoal_append_only",
        "contracts_auditevent_high_water": "shoal_audit_high_water_raise",
        "contracts_auditevent_high_water_reset": "shoal_audit_high_water_reset",
    },
    "contracts_consentevent": {
        "contracts_consentevent_append_only": "shoal_append_only",
        "contracts_consentevent_no_truncate": "shoal_append_only",
    },
    HIGH_WATER_TABLE: {
        "shoal_audit_high_water_only_rises": "shoal_audit_high_water_guard",
        "shoal_audit_high_water_no_truncate": "shoal_audit_high_water_guard",
    },
}
GUARD_MIGRATIONS = (
    "contracts.migrations.0004_append_only_guards",
    "contracts.migrations.0005_audit_high_water",
)
_anchor_lock = threading.Lock()


_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _payload_encoder() -> Callable[[Any], str]:
    """``_ENCODER.encode`` without its per-call set-up (a closure and a C encoder built on every call,
    two thirds of its time on a small payload): the same C encoder with the same options, built once.

    It skips only the circular-reference check, which cannot fire on what it is given: payloads that
    ``audit_log`` has already round-tripped through JSON, or that were just decoded from the database.
    """
    try:  # markers, default, encoder, indent, separators, sort_keys, skipkeys, allow_nan: as _ENCODER's
        encode = c_make_encoder(None, str, encode_basestring, None, ":", ",", True, False, True)
    except TypeError:  # pragma: no cover - no C accelerator (None), or a Python that changed its arguments
        return _ENCODER.encode
    return lambda data: "".join(encode(data, 0))


_encode_payload = _payload_encoder()


def canonical_json(data: Any) -> bytes:
    """Serialise ``data`` deterministically (sorted keys, no spaces, UTF-8)."""
    return _ENCODER.encode(data).encode()


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
    t = created_at if isinstance(created_at, str) else created_at.isoformat()
    return (
        f"{seq};{len(t)}:{t}{len(actor_name)}:{actor_name}{len(verb)}:{verb}{len(object_type)}:{object_type}"
        f"{len(object_id)}:{object_id}{len(purpose)}:{purpose}{len(request_id)}:{request_id}"
        f"{'{}' if payload == {} else _encode_payload(payload)}"
    ).encode()


def _mac() -> hmac.HMAC:
    return hmac.new(settings.AUDIT_KEY.encode(), digestmod=hashlib.sha256)


def _hmac_pads() -> tuple[Any, Any]:
    """SHA-256 states that have absorbed AUDIT_KEY XOR ipad and XOR opad (RFC 2104), for ``_walk``.

    HMAC(key, m) = SHA256(key^opad + SHA256(key^ipad + m)): ``_walk`` copies ``inner``, feeds it the
    row, and feeds its digest to a copy of ``outer``. That is what ``hmac.HMAC`` does without OpenSSL;
    here it costs about half of ``hmac.HMAC.copy/update/hexdigest``, which are Python wrappers.
    tests/contracts/test_audit.py checks it against ``hmac.new`` for keys around the 64-byte block.
    """
    key = settings.AUDIT_KEY.encode()
    if len(key) > hashlib.sha256().block_size:
        key = hashlib.sha256(key).digest()
    key = key.ljust(hashlib.sha256().block_size, b"\0")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in key))
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in key))
    return inner, outer


def compute_hash(event: AuditEvent, prev_hash: str) -> str:
    """Return the chain hash of ``event`` given its predecessor's hash."""
    mac = _mac()
    mac.update(prev_hash.encode())
    mac.update(row_material(*(getattr(event, name) for name in CHAINED_FIELDS)))
    return mac.hexdigest()


def chain_id(first_hash: str) -> str:
    return first_hash[:16]


def _write_anchor(chain: str, seq: int, digest: str) -> None:
    """Append the chain head to the anchor file (runs after commit; the file is only ever appended to)."""
    path = Path(settings.AUDIT_ANCHOR)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _anchor_lock, path.open("a", encoding="ascii") as fh:
        fh.write(f"{chain} {seq} {digest}\n")
        fh.flush()
        os.fsync(fh.fileno())


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
        transaction.on_commit(partial(_write_anchor, chain_id(first or GENESIS), event.seq, event.hash))
    return event


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    rows: int
    first_bad_seq: int | None = None
    reason: str = ""
    head_seq: int = 0
    anchored_seq: int = 0


@dataclass(frozen=True)
class Anchor:
    """What the anchor file says about one chain: its newest seq and the newest entries' hashes."""

    head_seq: int
    recent: dict[int, str]
    other_chains: bool


def read_anchor(chain: str | None, path: Path | str | None = None, keep: int = ANCHOR_KEEP) -> Anchor:
    """Stream the anchor file; keep the newest ``keep`` entries of ``chain`` (None: the table is empty)."""
    path = Path(path or settings.AUDIT_ANCHOR)
    head = 0
    recent: deque[tuple[int, str]] = deque(maxlen=keep)
    others = False
    if path.exists():
        with path.open(encoding="ascii", errors="replace") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) != 3 or not parts[1].isdigit():
                    continue
                if parts[0] != chain:
                    others = True
                    continue
                seq = int(parts[1])
                head = max(head, seq)
                recent.append((seq, parts[2]))
    return Anchor(head, dict(recent), others)


def _stream_rows(chunk_size: int, lo: int | None = None, hi: int | None = None) -> Iterator[tuple[Any, ...]]:
    """Yield ``CHAINED_FIELDS + (prev_hash, hash)`` as plain tuples, in ``seq`` order, decoded exactly as
    the ORM would decode them but without its per-row machinery (about twice as fast as ``values_list``).
    Only rows with ``lo < seq <= hi`` when those bounds are given."""
    vendor = connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        queryset = AuditEvent.objects.order_by("seq").values_list(*CHAINED_FIELDS, "prev_hash", "hash")
        if lo is not None:
            queryset = queryset.filter(seq__gt=lo)
        if hi is not None:
            queryset = queryset.filter(seq__lte=hi)
        yield from queryset.iterator(chunk_size=chunk_size)
        return
    table = connection.ops.quote_name(AuditEvent._meta.db_table)
    db_tz = connection.timezone
    utc_text = vendor == "sqlite" and all(
        datetime(2000, month, 1, tzinfo=db_tz).utcoffset() == timedelta(0) for month in (1, 7)
    )
    pg_text = vendor == "postgresql"
    names = [connection.ops.quote_name(c) for c in (*CHAINED_FIELDS, "prev_hash", "hash")]
    if utc_text:
        names[1] += " || ''"  # the stored text itself: skips the sqlite3 module's datetime converter
    elif pg_text:
        # isoformat()'s text, made by the server: the timestamptz loader Django installs is pure Python
        # (about 5 µs a row, half the walk). The fraction is always there, trimmed below like isoformat()
        # does; a value outside Python's range ('infinity') comes back as text that no hash matches.
        stamp = f"to_char({names[1]} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
        names[1] = f"COALESCE({stamp}, {names[1]}::text)"
    columns = ", ".join(names)
    loads = json.JSONDecoder().decode
    where = " AND ".join(
        [*(["seq > %s"] if lo is not None else []), *(["seq <= %s"] if hi is not None else [])]
    )
    params = [bound for bound in (lo, hi) if bound is not None]
    sql = f"SELECT {columns} FROM {table} {'WHERE ' + where if where else ''} ORDER BY seq"  # noqa: S608
    # One SELECT reads one snapshot on both databases. PostgreSQL's server-side cursor needs a
    # transaction; on SQLite a transaction would be BEGIN IMMEDIATE (settings), i.e. the write lock held
    # for the whole walk: every writer, and the other workers of ``_walk_parallel``, would wait on it.
    snapshot = nullcontext() if vendor == "sqlite" else transaction.atomic()
    with snapshot, connection.chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(chunk_size):
            for seq, created, *middle, payload, prev, digest in rows:
                if utc_text:  # SQLite keeps str(naive UTC datetime); its isoformat() differs by the "T"
                    created = f"{created[:10]}T{created[11:]}+00:00"
                elif pg_text:
                    created = f"{created[:-7] if created.endswith('.000000') else created}+00:00"
                elif created.tzinfo is None:
                    created = created.replace(tzinfo=db_tz).astimezone(UTC)
                elif created.tzinfo is not UTC:
                    created = created.astimezone(UTC)
                if isinstance(payload, str):
                    payload = loads(payload)
                yield (seq, created, *middle, payload, prev, digest)


@dataclass(frozen=True)
class _Segment:
    """The verdict on one contiguous run of rows; the link into its first row is checked by the caller."""

    rows: int = 0
    bad_seq: int | None = None
    reason: str = ""
    first_seq: int = 0
    first_prev: str = ""
    last_seq: int = 0
    last_hash: str = GENESIS


def _walk(
    lo: int | None, hi: int | None, first_expected: int | None, anchored: dict[int, str], chunk_size: int
) -> _Segment:
    """Check rows ``lo < seq <= hi`` in order: consecutive seqs, links inside the run, content hashes."""
    rows = 0
    expected_seq = first_expected
    first_seq, first_prev = 0, ""
    last_seq, last_hash = 0, GENESIS
    inner, outer = _hmac_pads()
    for seq, *fields_, stored_prev, stored_hash in _stream_rows(chunk_size, lo, hi):
        rows += 1
        if rows == 1:
            first_seq, first_prev = seq, stored_prev
            expected_seq = seq if expected_seq is None else expected_seq
        if seq != expected_seq:
            missing = "missing" if seq > expected_seq else "out of order or duplicated"
            reason = f"expected seq {expected_seq}, found {seq} ({missing})"
            return _Segment(rows, seq, reason, first_seq, first_prev, last_seq, last_hash)
        if rows > 1 and stored_prev != last_hash:
            reason = "prev_hash does not match the preceding row"
            return _Segment(rows, seq, reason, first_seq, first_prev, last_seq, last_hash)
        mac = inner.copy()  # HMAC(AUDIT_KEY, prev_hash + material), as compute_hash
        mac.update(stored_prev.encode())
        mac.update(row_material(seq, *fields_))
        digest = outer.copy()
        digest.update(mac.digest())
        if not hmac.compare_digest(stored_hash, digest.hexdigest()):
            reason = "hash does not match the row's content"
            return _Segment(rows, seq, reason, first_seq, first_prev, last_seq, last_hash)
        if seq in anchored and anchored[seq] != stored_hash:
            reason = "hash differs from the one recorded in the anchor file"
            return _Segment(rows, seq, reason, first_seq, first_prev, last_seq, last_hash)
        last_seq, last_hash = seq, stored_hash
        expected_seq = seq + 1
    return _Segment(rows, None, "", first_seq, first_prev, last_seq, last_hash)


def _walk_in_child(args: tuple[int | None, int | None, int | None, dict[int, str], int]) -> _Segment:
    lo, hi, first_expected, anchored, chunk_size = args
    try:
        return _walk(lo, hi, first_expected, anchored, chunk_size)
    finally:
        connections.close_all()


def _walk_parallel(workers: int, anchored: dict[int, str], chunk_size: int) -> list[_Segment]:
    """Split the rows into ``workers`` seq ranges checked by forked processes (each with its own
    connection); the first range has no lower bound and the last no upper bound, so no row escapes."""
    bounds = AuditEvent.objects.aggregate(low=models.Min("seq"), high=models.Max("seq"))
    low, high = (bounds["low"] or 1) - 1, bounds["high"] or 0
    cuts = [low + (high - low) * k // workers for k in range(1, workers)]
    ranges = list(zip([None, *cuts], [*cuts, None], strict=True))
    connections.close_all()  # children must not share the parent's connection
    jobs = [(lo, hi, 1 if lo is None else None, anchored, chunk_size) for lo, hi in ranges]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(_walk_in_child, jobs)


def verify_chain(
    *,
    anchor: Path | str | None = None,
    chunk_size: int = 2_000,
    workers: int = 1,
    anchor_grace: timedelta | None = None,
) -> ChainVerdict:
    """Walk the chain in ``seq`` order; return the first row whose position, link or hash does not hold.

    Streams plain tuples (no model instances; bench/bench_audit.py measures a million rows) and takes
    no write lock, so the app keeps appending while it runs (rows added meanwhile are not read). Compares
    the newest anchored hashes row by row, and finally the head with the anchor file: a chain shorter
    than its anchor lost its newest rows. ``workers > 1`` checks seq ranges in forked processes (same
    verdict); it falls back to one process inside a transaction or on an in-memory SQLite database.

    On PostgreSQL the chain must also reach the high-water mark (read before the walk: a mark ahead of
    the head means rows were removed, whatever the anchor says) and no further than the mark read
    after it (rows beyond it were inserted while its trigger was off). With ``anchor_grace``, a row
    older than that but newer than the anchor's last line fails too: anchor lines are written on
    commit, so their absence means they were lost or are not being written.
    """
    first = AuditEvent.objects.filter(seq=1).values_list("hash", flat=True).first()
    anchor_ = read_anchor(chain_id(first) if first else None, anchor)
    mark_before = high_water()
    anchored = anchor_.recent
    in_memory = getattr(connection, "is_in_memory_db", lambda: False)()
    if workers > 1 and not connection.in_atomic_block and not in_memory:
        segments = _walk_parallel(workers, anchored, chunk_size)
    else:
        segments = [_walk(None, None, 1, anchored, chunk_size)]
    rows = 0
    head_seq, head_hash = 0, GENESIS
    for segment in segments:
        if segment.rows:
            if head_seq and segment.first_seq != head_seq + 1:
                reason = f"expected seq {head_seq + 1}, found {segment.first_seq} (missing)"
                return ChainVerdict(False, rows + 1, segment.first_seq, reason)
            seq_error = segment.bad_seq == segment.first_seq and segment.reason.startswith("expected seq")
            if not seq_error and segment.first_prev != head_hash:
                reason = "prev_hash does not match the preceding row"
                return ChainVerdict(False, rows + 1, segment.first_seq, reason)
        if segment.bad_seq is not None:
            return ChainVerdict(False, rows + segment.rows, segment.bad_seq, segment.reason)
        rows += segment.rows
        if segment.rows:
            head_seq, head_hash = segment.last_seq, segment.last_hash
    anchored_seq = anchor_.head_seq
    if not rows and anchor_.other_chains and first is None:
        # An empty table next to an anchor that knows chains: either a fresh database sharing the file
        # or a table emptied of everything. Only a database whose rows were all removed has lost data
        # it cannot show, so say it plainly rather than guess.
        return ChainVerdict(False, 0, 1, "the table is empty but the anchor file records audit rows")
    if anchored_seq > head_seq:
        return ChainVerdict(
            False,
            rows,
            head_seq + 1,
            f"chain ends at seq {head_seq} but the anchor file records seq {anchored_seq}: rows were removed",
            head_seq,
            anchored_seq,
        )
    if head_seq and not anchored_seq:
        return ChainVerdict(False, rows, 1, "the anchor file has no entry for this chain", head_seq, 0)
    mark_problem = _high_water_problem(mark_before, head_seq)
    if mark_problem is not None:
        return ChainVerdict(False, rows, mark_problem[0], mark_problem[1], head_seq, anchored_seq)
    if anchor_grace is not None and head_seq > anchored_seq:
        overdue = (
            AuditEvent.objects.filter(
                seq__gt=anchored_seq, seq__lte=head_seq, created_at__lt=timezone.now() - anchor_grace
            )
            .order_by("seq")
            .values_list("seq", flat=True)
            .first()
        )
        if overdue is not None:
            reason = (
                f"rows up to seq {head_seq} exist but the anchor file stops at seq {anchored_seq} "
                f"(seq {overdue} is older than {anchor_grace}): anchor lines were lost or are not written"
            )
            return ChainVerdict(False, rows, overdue, reason, head_seq, anchored_seq)
    return ChainVerdict(True, rows, None, "", head_seq, anchored_seq)


def _high_water_problem(mark_before: tuple[int, str] | None, head_seq: int) -> tuple[int, str] | None:
    """``(first bad seq, reason)`` when the chain disagrees with the high-water mark, else None."""
    if mark_before is None:
        return None
    mark_seq, mark_hash = mark_before
    if mark_seq > head_seq:
        return head_seq + 1, (
            f"chain ends at seq {head_seq} but the high-water mark records seq {mark_seq}: rows were removed"
        )
    if mark_seq:
        stored = AuditEvent.objects.filter(seq=mark_seq).values_list("hash", flat=True).first()
        if stored is None or not hmac.compare_digest(stored, mark_hash):
            return mark_seq, "hash differs from the one recorded in the high-water mark"
    mark_after = high_water()
    if mark_after is not None and mark_after[0] < head_seq:
        return mark_after[0] + 1, (
            f"rows up to seq {head_seq} exist but the high-water mark stops at seq {mark_after[0]}: "
            "rows were inserted while its trigger was off, or the mark was lowered"
        )
    return None


@dataclass(frozen=True)
class GuardReport:
    """What ``guard_report`` found: ``problems`` fail verification, ``notes`` are advice."""

    problems: list[str]
    notes: list[str]
    checked: bool  # False where there is nothing to check (SQLite: no triggers)


def _expected_function_bodies() -> dict[str, str]:
    """The body of every guard function, as the contracts migrations install it (whitespace-trimmed)."""
    import importlib
    import re

    bodies: dict[str, str] = {}
    for module_name in GUARD_MIGRATIONS:
        module = importlib.import_module(module_name)
        text = getattr(module, "FUNCTION", "") + getattr(module, "FUNCTIONS", "")
        for name, body in re.findall(r"FUNCTION (\w+)\(\)[^$]*?\$\$(.*?)\$\$", text, flags=re.DOTALL):
            bodies[name] = body.strip()
    return bodies


def guard_report() -> GuardReport:
    """On PostgreSQL: every append-only and high-water trigger exists, fires (``pg_trigger.tgenabled``
    'O' or 'A'; 'D' is disabled, 'R' fires only in replica sessions) and runs the function body its
    migration installed (a replaced body could let everything through)."""
    if connection.vendor != "postgresql":
        return GuardReport([], [], checked=False)
    problems: list[str] = []
    notes: list[str] = []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, t.tgname, t.tgenabled, p.proname, p.prosrc FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE NOT t.tgisinternal AND c.relname = ANY(%s) AND pg_table_is_visible(c.oid)",
            [list(GUARD_TRIGGERS)],
        )
        found = {(table, name): (state, proname, src) for table, name, state, proname, src in cursor}
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        superuser = cursor.fetchone()
    bodies = _expected_function_bodies()
    for table, triggers in GUARD_TRIGGERS.items():
        for trigger, function in triggers.items():
            if (table, trigger) not in found:
                problems.append(f"trigger {trigger} on {table} is missing")
                continue
            state, proname, src = found[table, trigger]
            if state not in ("O", "A"):
                meaning = {"D": "disabled", "R": "replica-only"}.get(state, state)
                problems.append(
                    f"trigger {trigger} on {table} is not enabled (tgenabled={state!r}, {meaning})"
                )
            if proname != function:
                problems.append(f"trigger {trigger} on {table} runs {proname}(), not {function}()")
            elif function in bodies and (src or "").strip() != bodies.pop(function):
                problems.append(f"function {function}() differs from the body its migration installed")
    if superuser and superuser[0]:
        notes.append(
            "this connection's role is a superuser, which can disable these guards; "
            "connect the app as a least-privilege role (README: Operations)"
        )
    return GuardReport(problems, notes, checked=True)


def high_water() -> tuple[int, str] | None:
    """The high-water mark ``(seq, hash)`` (``(0, "")`` before the first append), or None where there is
    none (SQLite, or migration 0005 not applied: ``guard_report`` names the missing triggers)."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [HIGH_WATER_TABLE])
        if not cursor.fetchone()[0]:
            return None
        cursor.execute(f"SELECT seq, hash FROM {HIGH_WATER_TABLE} WHERE id = 1")  # noqa: S608 - a constant
        row = cursor.fetchone()
    return (int(row[0]), row[1]) if row else (0, "")

"""Verifying the chain: stream the rows, recompute every hash, compare with the anchor and the mark.

The walk streams plain tuples (no model instances; bench/bench_audit.py measures a million rows), can
split the rows among forked processes, and takes no write lock.
"""

from __future__ import annotations

import hmac
import json
import multiprocessing
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from django.db import connection, connections, models, transaction
from django.utils import timezone

from contracts.audit.anchor import chain_id, read_anchor
from contracts.audit.chain import CHAINED_FIELDS, GENESIS, chain_mac, row_material, row_material_from_text
from contracts.audit.guards import high_water
from contracts.models import AuditEvent


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    rows: int
    first_bad_seq: int | None = None
    reason: str = ""
    head_seq: int = 0
    anchored_seq: int = 0


def _stream_rows(
    chunk_size: int, lo: int | None = None, hi: int | None = None, *, payload_text: bool = False
) -> Iterator[tuple[Any, ...]]:
    """Yield ``CHAINED_FIELDS + (prev_hash, hash)`` as plain tuples, in ``seq`` order, decoded exactly as
    the ORM would decode them but without its per-row machinery (about twice as fast as ``values_list``).
    Only rows with ``lo < seq <= hi`` when those bounds are given. With ``payload_text`` the payload
    stays the stored text on SQLite (see `_row_digest`)."""
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
        # (about 5 µs a row, half the walk). A zero fraction is trimmed as isoformat() does; a value
        # outside Python's range ('infinity') comes back as text that no hash matches.
        stamp = f"to_char({names[1]} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
        names[1] = f"COALESCE(replace({stamp} || '+00:00', '.000000+', '+'), {names[1]}::text)"
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
                    pass  # the server made it
                elif created.tzinfo is None:
                    created = created.replace(tzinfo=db_tz).astimezone(UTC)
                elif created.tzinfo is not UTC:
                    created = created.astimezone(UTC)
                if isinstance(payload, str) and not (payload_text and utc_text):
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
    keyed = chain_mac()
    for seq, *fields_, stored_prev, stored_hash in _stream_rows(chunk_size, lo, hi, payload_text=True):
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
        if not _row_matches(keyed, seq, fields_, stored_prev, stored_hash):
            reason = "hash does not match the row's content"
            return _Segment(rows, seq, reason, first_seq, first_prev, last_seq, last_hash)
        if seq in anchored and anchored[seq] != stored_hash:
            reason = "hash differs from the one recorded in the anchor file"
            return _Segment(rows, seq, reason, first_seq, first_prev, last_seq, last_hash)
        last_seq, last_hash = seq, stored_hash
        expected_seq = seq + 1
    return _Segment(rows, None, "", first_seq, first_prev, last_seq, last_hash)


def _row_matches(keyed: hmac.HMAC, seq: int, fields_: list[Any], prev: str, stored_hash: str) -> bool:
    """Does HMAC(AUDIT_KEY, prev_hash + material), as ``compute_hash``, equal the stored hash?

    A payload that is still text (SQLite) is first hashed as it is stored: the text of every row written
    since migration 0006 is its canonical JSON, so a match proves the row. Only on a mismatch is it
    decoded and re-encoded (rows written before 0006, in Django's default JSON form; or a tampered row).
    """
    payload = fields_[-1]
    mac = keyed.copy()
    mac.update(prev.encode())
    if isinstance(payload, str):
        mac.update(row_material_from_text(seq, *fields_))
        if hmac.compare_digest(stored_hash, mac.hexdigest()):
            return True
        try:
            payload = json.loads(payload)
        except ValueError:  # not JSON: no canonical payload can have been hashed from it
            return False
        mac = keyed.copy()
        mac.update(prev.encode())
    mac.update(row_material(seq, *[*fields_[:-1], payload]))
    return hmac.compare_digest(stored_hash, mac.hexdigest())


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
    joined = _join_segments(segments)
    if isinstance(joined, ChainVerdict):
        return joined
    rows, head_seq = joined
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
    overdue = _overdue_anchor(anchored_seq, head_seq, anchor_grace)
    if overdue is not None:
        return ChainVerdict(False, rows, overdue[0], overdue[1], head_seq, anchored_seq)
    return ChainVerdict(True, rows, None, "", head_seq, anchored_seq)


def _join_segments(segments: list[_Segment]) -> ChainVerdict | tuple[int, int]:
    """Check the links between consecutive segments; the failing verdict, or ``(rows, head seq)``."""
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
    return rows, head_seq


def _overdue_anchor(anchored_seq: int, head_seq: int, grace: timedelta | None) -> tuple[int, str] | None:
    """``(seq, reason)`` for the oldest unanchored row older than ``grace``, else None."""
    if grace is None or head_seq <= anchored_seq:
        return None
    overdue = (
        AuditEvent.objects.filter(
            seq__gt=anchored_seq, seq__lte=head_seq, created_at__lt=timezone.now() - grace
        )
        .order_by("seq")
        .values_list("seq", flat=True)
        .first()
    )
    if overdue is None:
        return None
    return overdue, (
        f"rows up to seq {head_seq} exist but the anchor file stops at seq {anchored_seq} "
        f"(seq {overdue} is older than {grace}): anchor lines were lost or are not written"
    )


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

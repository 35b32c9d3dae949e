# ruff: noqa: S608 - the tests tamper with the table through raw SQL on purpose
"""The audit chain: intact on a seeded database, broken by every kind of tampering, append-only in use."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, connections, transaction

from contracts.audit import GENESIS, _write_anchor, audit_log, chain_id, read_anchor, verify_chain
from contracts.models import AppendOnlyError, AuditEvent

TABLE = "contracts_auditevent"


@pytest.fixture
def anchor(settings: Any, tmp_path: Path) -> Path:
    path = tmp_path / "anchors" / "audit-anchor.log"
    settings.AUDIT_ANCHOR = path
    return path


@pytest.fixture
def seeded(db: Any, anchor: Path, django_capture_on_commit_callbacks: Any) -> int:
    """The demo world (organisations, users, corpora) with its audit rows anchored; returns the head seq."""
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", "--no-datasets", stdout=_Null())
        for i in range(5):
            audit_log(
                actor=None, verb="test.event", payload={"i": i, "note": "café"}, purpose="model-training"
            )
    return AuditEvent.objects.count()


class _Null:
    def write(self, *_: Any) -> None:
        pass


def sql(statement: str, params: list[Any] | None = None) -> None:
    """Run raw SQL as a tamperer would; on PostgreSQL first disable the append-only trigger (rolled back
    with the test's transaction)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending FK checks may block ALTER TABLE
            cursor.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER {TABLE}_append_only")
        cursor.execute(statement, params or [])


def broken_at() -> int | None:
    verdict = verify_chain()
    assert not verdict.ok
    return verdict.first_bad_seq


def test_verify_passes_on_a_seeded_database(seeded: int, anchor: Path) -> None:
    verdict = verify_chain()
    assert verdict.ok, verdict
    assert (verdict.rows, verdict.head_seq, verdict.anchored_seq) == (seeded, seeded, seeded)
    assert seeded >= 10
    lines = anchor.read_text().splitlines()
    first = AuditEvent.objects.get(seq=1).hash
    assert lines[-1] == f"{chain_id(first)} {seeded} {AuditEvent.objects.get(seq=seeded).hash}"


def test_the_command_exits_zero_and_reports_the_head(seeded: int, capsys: Any) -> None:
    call_command("verify_audit_log")
    assert f"audit log intact: {seeded} rows" in capsys.readouterr().out


@pytest.mark.parametrize(
    "column",
    ["verb", "actor_name", "object_type", "object_id", "purpose", "request_id", "prev_hash", "hash"],
)
def test_one_changed_byte_in_any_column_breaks_the_chain_at_that_row(seeded: int, column: str) -> None:
    last_byte = f"CASE WHEN {column} = '' THEN '!' ELSE substr({column}, 1, length({column}) - 1) || '!' END"
    sql(f"UPDATE {TABLE} SET {column} = {last_byte} WHERE seq = 4")
    assert broken_at() == 4


def test_one_changed_byte_in_the_payload_or_the_timestamp_breaks_the_chain(seeded: int) -> None:
    last = seeded
    row = AuditEvent.objects.get(seq=last)
    with transaction.atomic():
        sql(f"UPDATE {TABLE} SET payload = %s WHERE seq = %s", [_json(row.payload | {"i": 5}), last])
        assert broken_at() == last
        transaction.set_rollback(True)
    stamp = row.created_at.replace(microsecond=(row.created_at.microsecond + 1) % 1_000_000)
    sql(f"UPDATE {TABLE} SET created_at = %s WHERE seq = %s", [stamp, last])
    assert broken_at() == last


def _json(value: Any) -> str:
    import json

    return json.dumps(value)


def test_editing_any_single_row_is_caught_and_named(seeded: int) -> None:
    for seq in range(1, seeded + 1):
        with transaction.atomic():
            sql(f"UPDATE {TABLE} SET verb = verb || '.' WHERE seq = %s", [seq])
            assert broken_at() == seq
            transaction.set_rollback(True)
    assert verify_chain().ok


def test_a_deleted_row_is_caught(seeded: int) -> None:
    sql(f"DELETE FROM {TABLE} WHERE seq = 3")
    verdict = verify_chain()
    assert (verdict.ok, verdict.first_bad_seq) == (False, 4)
    assert "expected seq 3" in verdict.reason


def test_an_inserted_row_is_caught_at_the_end_and_in_the_middle(seeded: int) -> None:
    head = AuditEvent.objects.get(seq=seeded)
    with transaction.atomic():
        sql(
            f"INSERT INTO {TABLE} (seq, created_at, actor_name, verb, object_type, object_id, purpose, request_id,"
            f" payload, prev_hash, hash) VALUES (%s, %s, 'mallory', 'grant.approved', '', '', '', '', '{{}}', %s, %s)",
            [seeded + 1, head.created_at, head.hash, "f" * 64],
        )
        assert broken_at() == seeded + 1
        transaction.set_rollback(True)
    # In the middle: make room at seq 3 by shifting the rest up, then insert a copy of row 2.
    sql(f"UPDATE {TABLE} SET seq = -seq - 1 WHERE seq >= 3")
    sql(f"UPDATE {TABLE} SET seq = -seq WHERE seq < 0")
    row = AuditEvent.objects.get(seq=2)
    sql(
        f"INSERT INTO {TABLE} (seq, created_at, actor_name, verb, object_type, object_id, purpose, request_id,"
        f" payload, prev_hash, hash) VALUES (3, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
        [
            row.created_at,
            row.actor_name,
            row.verb,
            row.object_type,
            row.object_id,
            row.purpose,
            row.request_id,
            _json(row.payload),
            row.hash,
            "e" * 64,
        ],
    )
    assert broken_at() == 3


def test_two_swapped_rows_are_caught(seeded: int) -> None:
    sql(f"UPDATE {TABLE} SET seq = -1 WHERE seq = 3")
    sql(f"UPDATE {TABLE} SET seq = 3 WHERE seq = 4")
    sql(f"UPDATE {TABLE} SET seq = 4 WHERE seq = -1")
    assert broken_at() == 3


def test_removing_the_newest_rows_is_caught_by_the_anchor(seeded: int) -> None:
    sql(f"DELETE FROM {TABLE} WHERE seq > %s", [seeded - 2])
    verdict = verify_chain()
    assert not verdict.ok
    assert verdict.first_bad_seq == seeded - 1
    assert "rows were removed" in verdict.reason
    with pytest.raises(CommandError, match=f"BROKEN at seq {seeded - 1}") as exc:
        call_command("verify_audit_log")
    assert exc.value.returncode == 1


def test_removing_every_row_is_caught_by_the_anchor(seeded: int) -> None:
    sql(f"DELETE FROM {TABLE}")
    assert broken_at() == 1


def test_a_rewritten_chain_that_disagrees_with_the_anchor_is_caught(seeded: int, settings: Any) -> None:
    # Whoever holds the key could recompute every hash; the anchor still holds the old heads.
    from contracts.audit import compute_hash

    prev = GENESIS
    for event in AuditEvent.objects.order_by("seq"):
        if event.seq == 2:
            event.verb = "rewritten"
        new_hash = compute_hash(event, prev)
        sql(
            f"UPDATE {TABLE} SET verb = %s, prev_hash = %s, hash = %s WHERE seq = %s",
            [event.verb, prev, new_hash, event.seq],
        )
        prev = new_hash
    verdict = verify_chain()
    assert not verdict.ok and "anchor" in verdict.reason


def test_a_chain_without_its_anchor_fails(seeded: int, anchor: Path) -> None:
    anchor.unlink()
    assert broken_at() == 1


def test_the_anchor_ignores_other_databases_chains(seeded: int, anchor: Path) -> None:
    with anchor.open("a") as fh:
        fh.write(f"{'9' * 16} {seeded + 50} {'a' * 64}\n")
    assert verify_chain().ok
    assert read_anchor(chain_id(AuditEvent.objects.get(seq=1).hash)).head_seq == seeded


def test_the_anchor_is_written_on_commit_only(
    db: Any, anchor: Path, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        audit_log(actor=None, verb="test.rolled_back")
    assert not anchor.exists()
    writes = [c for c in callbacks if getattr(c, "func", None) is _write_anchor]
    assert len(writes) == 1


def test_rows_are_append_only_in_the_orm(seeded: int) -> None:
    event = AuditEvent.objects.get(seq=1)
    event.verb = "changed"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(seq=1).update(verb="changed")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()


def test_deleting_a_user_detaches_their_events_and_keeps_the_chain_intact(
    db: Any, anchor: Path, django_capture_on_commit_callbacks: Any
) -> None:
    user = get_user_model().objects.create_user("erin_t", password="pw-erin-123")
    with django_capture_on_commit_callbacks(execute=True):
        event = audit_log(actor=user, verb="test.by_user")
    user.delete()
    event = AuditEvent.objects.get(pk=event.pk)
    assert (event.actor_id, event.actor_name) == (None, "erin_t")
    assert verify_chain().ok


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigger is PostgreSQL's")
@pytest.mark.parametrize(
    "statement",
    [
        f"UPDATE {TABLE} SET verb = 'x' WHERE seq = 1",
        f"DELETE FROM {TABLE} WHERE seq = 1",
        f"TRUNCATE {TABLE}",
    ],
)
def test_the_database_refuses_updates_deletes_and_truncation(seeded: int, statement: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # TRUNCATE waits for no deferred FK check
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(statement)
    assert verify_chain().ok


def test_concurrent_writers_never_fork_the_chain(transactional_db: None, anchor: Path) -> None:
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"].startswith("file:memorydb"):
        pytest.skip(
            "in-memory SQLite shares one cache; bench/bench_audit.py --concurrency runs the file case"
        )
    errors: list[BaseException] = []
    writers, each = 4, 15

    def write(n: int) -> None:
        try:
            for i in range(each):
                audit_log(actor=None, verb="test.concurrent", payload={"writer": n, "i": i})
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    verdict = verify_chain()
    assert verdict.ok, verdict
    assert verdict.rows == writers * each
    assert len(anchor.read_text().splitlines()) == writers * each


SWAP = [
    f"UPDATE {TABLE} SET seq = -1 WHERE seq = 20",
    f"UPDATE {TABLE} SET seq = 20 WHERE seq = 21",
    f"UPDATE {TABLE} SET seq = 21 WHERE seq = -1",
]
TAMPERINGS: dict[str, list[str]] = {
    "intact": [],
    "edited row": [f"UPDATE {TABLE} SET verb = verb || '!' WHERE seq = 17"],
    "edited first row": [f"UPDATE {TABLE} SET verb = verb || '!' WHERE seq = 1"],
    "deleted row": [f"DELETE FROM {TABLE} WHERE seq = 9"],
    "deleted run across a range boundary": [f"DELETE FROM {TABLE} WHERE seq BETWEEN 8 AND 30"],
    "swapped rows": SWAP,
    "removed tail": [f"DELETE FROM {TABLE} WHERE seq > 35"],
}


@pytest.mark.parametrize("tampering", TAMPERINGS)
def test_parallel_verification_gives_the_sequential_verdict(
    transactional_db: None, anchor: Path, tampering: str
) -> None:
    if getattr(connection, "is_in_memory_db", lambda: False)():
        pytest.skip("forked workers cannot see an in-memory database")
    for i in range(40):
        audit_log(actor=None, verb="test.parallel", payload={"i": i})
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER {TABLE}_append_only")
        try:
            for statement in TAMPERINGS[tampering]:
                cursor.execute(statement)
        finally:
            if connection.vendor == "postgresql":
                cursor.execute(f"ALTER TABLE {TABLE} ENABLE TRIGGER {TABLE}_append_only")
    sequential = verify_chain()
    parallel = verify_chain(workers=3)
    assert (parallel.ok, parallel.first_bad_seq) == (sequential.ok, sequential.first_bad_seq)
    assert sequential.ok == (tampering == "intact")
    if sequential.ok:
        assert (parallel.rows, parallel.head_seq) == (40, 40)


# Payloads whose canonical JSON has to come out byte for byte the same after a trip through the
# database: SQLite keeps Django's json.dumps text (ASCII escapes, ", " separators, insertion order),
# PostgreSQL's jsonb re-orders keys and re-spaces. Floats of 1e16 and more and -0.0 are left out:
# jsonb's numeric gives them back as integers / 0.0 (a limit of jsonb, not of the reading code).
PAYLOADS: list[dict[str, Any]] = [
    {},
    {"note": "café ünïcödé 日本語 😀 \u2028", "quote": 'he said "hi" \\ back', "ctrl": "tab\tnew\nline\x01"},
    {"nested": {"b": [1, 2.5, {"z": None, "a": True}], "a": {}}, "empty": [], "B": False, "é": 0},
    {"10": "ten", "9": "nine", "big": 2**70, "neg": -3, "small": 1e-07, "tenth": 0.1, "f": 12345.678},
    {"list": [[], [[]], {"k": [{"deep": ["ü"]}]}], "s": ""},
]


def test_streamed_rows_give_the_material_the_rows_were_hashed_from(
    db: Any, anchor: Path, django_capture_on_commit_callbacks: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from django.utils import timezone

    from contracts.audit import CHAINED_FIELDS, _stream_rows, compute_hash, row_material

    # isoformat() drops a zero fraction and keeps trailing zeros; PostgreSQL's text would trim them.
    stamps = [datetime(2026, 3, 1, 12, 0, 0, micro, tzinfo=UTC) for micro in (0, 1, 70_000)]
    with django_capture_on_commit_callbacks(execute=True):
        for i, payload in enumerate(PAYLOADS):
            if i < len(stamps):
                monkeypatch.setattr(timezone, "now", lambda i=i: stamps[i])
            else:
                monkeypatch.undo()  # the real clock
            audit_log(actor=None, verb="test.material", payload=payload, actor_name="zoë", request_id="ß-1")
    streamed = list(_stream_rows(chunk_size=2))
    events = list(AuditEvent.objects.order_by("seq"))
    assert len(streamed) == len(events) == len(PAYLOADS)
    for row, event in zip(streamed, events, strict=True):
        assert row_material(*row[:9]) == row_material(*(getattr(event, name) for name in CHAINED_FIELDS))
        assert compute_hash(event, row[9]) == row[10] == event.hash
    assert verify_chain().ok


def test_a_timestamp_python_cannot_hold_breaks_the_chain_at_its_row(seeded: int) -> None:
    sql(f"UPDATE {TABLE} SET created_at = 'infinity' WHERE seq = 3")
    assert broken_at() == 3


def test_verification_lets_writers_append_meanwhile(transactional_db: None, anchor: Path) -> None:
    """Reading the chain takes no write lock (on SQLite a transaction would be BEGIN IMMEDIATE)."""
    if getattr(connection, "is_in_memory_db", lambda: False)():
        pytest.skip("another thread's connection cannot see an in-memory database")
    from contracts.audit import _stream_rows

    for i in range(3):
        audit_log(actor=None, verb="test.before", payload={"i": i})
    appended = threading.Event()

    def write() -> None:
        try:
            audit_log(actor=None, verb="test.during")
            appended.set()
        finally:
            connections.close_all()

    stream = _stream_rows(chunk_size=1)
    next(stream)
    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert appended.wait(timeout=10), "the writer waited for the verification to finish"
    finally:
        stream.close()
        writer.join()
    assert verify_chain().rows == 4


def test_payload_floats_the_database_would_rewrite_keep_the_chain_intact(
    seeded: int, anchor: Path, django_capture_on_commit_callbacks: Any
) -> None:
    """jsonb gives 1e+16 back as an integer and -0.0 as 0: stored as text, they verify everywhere."""
    payload = {"big": 1e16, "tiny": 1e-05, "zero": -0.0, "share": 0.0123, "whole": 100.0, "n": 3}
    with django_capture_on_commit_callbacks(execute=True):
        event = audit_log(actor=None, verb="test.floats", payload=payload)

    stored = AuditEvent.objects.get(pk=event.pk).payload
    assert stored == {"big": "1e+16", "tiny": 1e-05, "zero": "-0.0", "share": 0.0123, "whole": 100.0, "n": 3}
    assert verify_chain().ok


def test_payloads_are_stored_as_the_canonical_json_the_chain_hashes(seeded: int) -> None:
    """On SQLite the stored text is hashed as it is (no decode and re-encode per row)."""
    from contracts.audit import canonical_json

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT payload FROM {TABLE} WHERE seq = %s", [seeded])
        (stored,) = cursor.fetchone()
    event = AuditEvent.objects.get(seq=seeded)
    assert event.payload == {"i": 4, "note": "café"}
    if connection.vendor == "sqlite":  # jsonb keeps no text of its own
        assert stored == canonical_json(event.payload).decode() == '{"i":4,"note":"café"}'


@pytest.mark.parametrize("form", ["django default", "spaced and escaped"])
def test_rows_stored_in_another_json_form_still_verify_and_edits_to_them_are_caught(
    seeded: int, form: str
) -> None:
    """Rows written before payloads were stored canonically (Django's default ``json.dumps``) verify
    through the decode path; the same payload in another spelling is the same payload."""
    import json

    for seq in range(1, seeded + 1):
        payload = AuditEvent.objects.get(seq=seq).payload
        text = json.dumps(payload) if form == "django default" else json.dumps(payload, indent=1)
        sql(f"UPDATE {TABLE} SET payload = %s WHERE seq = %s", [text, seq])
    assert verify_chain().ok
    payload = AuditEvent.objects.get(seq=3).payload
    sql(f"UPDATE {TABLE} SET payload = %s WHERE seq = 3", [json.dumps(payload | {"extra": 1})])
    assert broken_at() == 3

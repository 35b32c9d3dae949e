# ruff: noqa: S608 - the tests tamper with the tables through raw SQL on purpose
"""verify_audit_log also checks its guards: the append-only triggers are there and enabled, the chain
reaches the high-water mark kept outside the audit table, and the anchor file is not behind."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from contracts.audit import (
    GUARD_TRIGGERS,
    HIGH_WATER_TABLE,
    audit_log,
    guard_report,
    high_water,
    verify_chain,
)
from contracts.models import AuditEvent
from tests.contracts.test_audit import anchor, seeded

__all__ = ["anchor", "seeded"]

AUDIT = "contracts_auditevent"
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the append-only triggers and the high-water mark exist on PostgreSQL only (SQLite has none)",
)


def superuser_sql(statement: str, params: list[Any] | None = None) -> None:
    """What a superuser session can do (rolled back with the test's transaction)."""
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending FK checks may block ALTER TABLE
        cursor.execute(statement, params or [])


def verify_fails(match: str) -> None:
    with pytest.raises(CommandError, match=match) as exc:
        call_command("verify_audit_log")
    assert exc.value.returncode == 1


def truncate_anchor(path: Path, after_seq: int) -> None:
    """Drop every anchor line past ``after_seq``, as someone covering up removed rows would."""
    kept = [line for line in path.read_text().splitlines() if int(line.split()[1]) <= after_seq]
    path.write_text("".join(f"{line}\n" for line in kept))


@postgres_only
def test_an_intact_database_passes_with_every_trigger_enabled(seeded: int, capsys: Any) -> None:
    report = guard_report()
    assert report.checked and report.problems == []
    assert high_water() == (seeded, AuditEvent.objects.get(seq=seeded).hash)
    call_command("verify_audit_log")
    assert "triggers enabled" in capsys.readouterr().out


@postgres_only
@pytest.mark.parametrize(
    ("table", "trigger"),
    [(table, trigger) for table, triggers in GUARD_TRIGGERS.items() for trigger in triggers],
)
def test_a_disabled_trigger_fails_verification(seeded: int, table: str, trigger: str) -> None:
    superuser_sql(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")
    assert any(trigger in problem and "'D'" in problem for problem in guard_report().problems)
    verify_fails(f"trigger {trigger} on {table} is not enabled")


@postgres_only
def test_a_dropped_trigger_fails_verification(seeded: int) -> None:
    superuser_sql(f"DROP TRIGGER {AUDIT}_append_only ON {AUDIT}")
    verify_fails(f"trigger {AUDIT}_append_only on {AUDIT} is missing")


@postgres_only
def test_a_trigger_function_replaced_by_a_no_op_fails_verification(seeded: int) -> None:
    superuser_sql(
        "CREATE OR REPLACE FUNCTION shoal_append_only() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN RETURN NEW; END $$"
    )
    verify_fails("function shoal_append_only\\(\\) differs from the body its migration installed")


@postgres_only
def test_removed_newest_rows_and_anchor_lines_are_caught_by_the_high_water_mark(
    seeded: int, anchor: Path
) -> None:
    superuser_sql(f"ALTER TABLE {AUDIT} DISABLE TRIGGER {AUDIT}_append_only")
    superuser_sql(f"DELETE FROM {AUDIT} WHERE seq > %s", [seeded - 2])
    superuser_sql(f"ALTER TABLE {AUDIT} ENABLE TRIGGER {AUDIT}_append_only")
    truncate_anchor(anchor, seeded - 2)
    assert guard_report().problems == []  # every trigger is back on: only the mark remembers
    verdict = verify_chain()
    assert not verdict.ok
    assert verdict.first_bad_seq == seeded - 1
    assert f"high-water mark records seq {seeded}: rows were removed" in verdict.reason
    verify_fails(f"BROKEN at seq {seeded - 1}: chain ends at seq {seeded - 2} but the high-water mark")


@postgres_only
def test_the_high_water_mark_only_rises(seeded: int) -> None:
    for statement in (
        f"UPDATE {HIGH_WATER_TABLE} SET seq = 1",
        f"DELETE FROM {HIGH_WATER_TABLE}",
        f"TRUNCATE {HIGH_WATER_TABLE}",
    ):
        with pytest.raises(DatabaseError, match="high-water mark only rises"), transaction.atomic():
            superuser_sql(statement)
    assert high_water() == (seeded, AuditEvent.objects.get(seq=seeded).hash)


@postgres_only
def test_a_rolled_back_append_leaves_the_mark_where_it_was(seeded: int) -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        audit_log(actor=None, verb="test.rolled_back")
        assert high_water()[0] == seeded + 1
        raise RuntimeError
    assert high_water()[0] == seeded
    assert verify_chain().ok


@postgres_only
def test_rows_inserted_while_the_mark_trigger_was_off_fail_verification(
    seeded: int, django_capture_on_commit_callbacks: Any
) -> None:
    superuser_sql(f"ALTER TABLE {AUDIT} DISABLE TRIGGER {AUDIT}_high_water")
    with django_capture_on_commit_callbacks(execute=True):
        audit_log(actor=None, verb="test.unmarked")
    superuser_sql(f"ALTER TABLE {AUDIT} ENABLE TRIGGER {AUDIT}_high_water")
    verdict = verify_chain()
    assert not verdict.ok and verdict.first_bad_seq == seeded + 1
    assert "inserted while its trigger was off" in verdict.reason


def test_an_anchor_left_behind_fails_once_the_rows_are_older_than_the_grace(
    seeded: int, anchor: Path, settings: Any
) -> None:
    truncate_anchor(anchor, seeded - 1)  # the newest row's line is gone, the row is fresh
    assert verify_chain(anchor_grace=timedelta(minutes=5)).ok
    call_command("verify_audit_log")
    verdict = verify_chain(anchor_grace=timedelta(0), anchor=anchor)
    assert not verdict.ok and verdict.first_bad_seq == seeded
    assert f"anchor file stops at seq {seeded - 1}" in verdict.reason
    later = timezone.now() + timedelta(minutes=10)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: later)
        verify_fails("anchor lines were lost or are not written")
        call_command("verify_audit_log", "--anchor-grace", "-1")  # the check can be turned off


@pytest.mark.skipif(connection.vendor == "postgresql", reason="checks the SQLite fallback")
def test_sqlite_has_no_guards_to_check(seeded: int, capsys: Any) -> None:
    assert guard_report().checked is False and high_water() is None
    call_command("verify_audit_log")
    assert "no database triggers to check" in capsys.readouterr().out

"""The database-side guards of the chain (PostgreSQL only): append-only triggers and the high-water mark.

``guard_report`` checks that every trigger of migrations 0004 and 0005 exists, is enabled and runs the
function body its migration installed; ``high_water`` reads the mark the verifier compares with.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from django.db import connection

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


@dataclass(frozen=True)
class GuardReport:
    """What ``guard_report`` found: ``problems`` fail verification, ``notes`` are advice."""

    problems: list[str]
    notes: list[str]
    checked: bool  # False where there is nothing to check (SQLite: no triggers)


def _expected_function_bodies() -> dict[str, str]:
    """The body of every guard function, as the contracts migrations install it (whitespace-trimmed)."""
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

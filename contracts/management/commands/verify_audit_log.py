"""``manage.py verify_audit_log``: exit 0 only for an intact audit chain that matches its anchor file,
its high-water mark, and (PostgreSQL) append-only triggers that are present and enabled."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "Verify the hash chain of the audit log, its anchor file and high-water mark, and (PostgreSQL) "
        "that the append-only triggers exist and are enabled. Exits 0 when intact, 1 naming the first "
        "bad row on any edit, deletion, insertion, reordering or truncation, or the guard that is off."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--anchor", help="anchor file to compare with (default: settings.AUDIT_ANCHOR)")
        parser.add_argument(
            "--workers", type=int, default=1, help="processes checking seq ranges in parallel (default 1)"
        )
        parser.add_argument(
            "--anchor-grace",
            type=float,
            default=300.0,
            help="seconds a row may wait for its anchor line before that counts as lost (default 300; "
            "negative: do not check)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        from contracts.audit import guard_report, verify_chain

        started = time.perf_counter()
        guards = guard_report()
        for note in guards.notes:
            self.stderr.write(f"warning: {note}")
        grace = options["anchor_grace"]
        verdict = verify_chain(
            anchor=options.get("anchor"),
            workers=max(1, options["workers"]),
            anchor_grace=timedelta(seconds=grace) if grace >= 0 else None,
        )
        elapsed = time.perf_counter() - started
        failures = [f"append-only guard: {problem}" for problem in guards.problems]
        if not verdict.ok:
            failures.insert(
                0,
                f"audit log BROKEN at seq {verdict.first_bad_seq}: {verdict.reason} ({verdict.rows} rows read)",
            )
        if failures:
            raise CommandError("; ".join(failures), returncode=1)
        unanchored = verdict.head_seq - verdict.anchored_seq
        note = f", {unanchored} newest rows not yet anchored" if unanchored else ""
        checked = "triggers enabled" if guards.checked else "no database triggers to check on this backend"
        self.stdout.write(
            f"audit log intact: {verdict.rows} rows, head seq {verdict.head_seq}, "
            f"anchored up to seq {verdict.anchored_seq}{note}; {checked} ({elapsed:.2f} s)"
        )

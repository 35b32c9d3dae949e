"""``manage.py verify_audit_log``: exit 0 only for an intact audit chain that matches its anchor file."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = (
        "Verify the hash chain of the audit log and its anchor file. Exits 0 when intact, 1 naming the "
        "first bad row on any edit, deletion, insertion, reordering or truncation."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--anchor", help="anchor file to compare with (default: settings.AUDIT_ANCHOR)")
        parser.add_argument(
            "--workers", type=int, default=1, help="processes checking seq ranges in parallel (default 1)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        from contracts.audit import verify_chain

        started = time.perf_counter()
        verdict = verify_chain(anchor=options.get("anchor"), workers=max(1, options["workers"]))
        elapsed = time.perf_counter() - started
        if not verdict.ok:
            raise CommandError(
                f"audit log BROKEN at seq {verdict.first_bad_seq}: {verdict.reason} "
                f"({verdict.rows} rows read)",
                returncode=1,
            )
        unanchored = verdict.head_seq - verdict.anchored_seq
        note = f", {unanchored} newest rows not yet anchored" if unanchored else ""
        self.stdout.write(
            f"audit log intact: {verdict.rows} rows, head seq {verdict.head_seq}, "
            f"anchored up to seq {verdict.anchored_seq}{note} ({elapsed:.2f} s)"
        )

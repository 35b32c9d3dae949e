"""``manage.py anonymize INPUT --out DIR``: the pipeline the workers run, on a local file, no database."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from anonymize.cli import EXIT_OK, add_arguments, execute


class Command(BaseCommand):
    help = "Anonymise a CSV/TSV, Parquet, XLSX, JSONL or TXT file into --out (same name, same format) plus a JSON report."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        add_arguments(parser)

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        code = execute(
            input=options["input"],
            out=options["out"],
            report=options["report"],
            plan=options["plan"],
            k=options["k"],
            no_risk=options["no_risk"],
            spans=options["spans"],
            stdout=self.stdout,
            stderr=self.stderr,
        )
        if code != EXIT_OK:
            raise CommandError("anonymisation failed (see the message above)", returncode=code)

"""``manage.py seed_demo``: create the demo organisations, users, corpora and datasets (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Create demo data (alice, dave, bob, carol; password shoal-demo). Safe to run repeatedly."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-datasets", action="store_true", help="skip the demo uploads")

    def handle(self, *args: Any, **options: Any) -> None:
        from pool.services.demo import seed_demo

        created = seed_demo(with_datasets=not options["no_datasets"])
        summary = ", ".join(f"{count} {kind}" for kind, count in created.items())
        self.stdout.write(f"seed_demo: created {summary}")

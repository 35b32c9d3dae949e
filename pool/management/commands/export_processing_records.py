"""``manage.py export_processing_records [--format json|csv]``: GDPR Art. 30 records to stdout."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = "Print the records of processing activities (GDPR Art. 30), one per corpus, as JSON or CSV."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["json", "csv"], default="json")

    def handle(self, *args: Any, **options: Any) -> None:
        from pool.services.processing_records import processing_records, processing_records_csv

        records = processing_records()
        if options["format"] == "csv":
            self.stdout.write(processing_records_csv(records), ending="")
        else:
            self.stdout.write(json.dumps(records, indent=2, ensure_ascii=False))

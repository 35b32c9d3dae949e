"""``manage.py reconcile_storage [--delete] [--format text|json]``: storage against the database."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class Command(BaseCommand):
    help = (
        "Report raw uploads and artifacts in storage that no dataset needs (files without rows) and "
        "datasets naming a file storage lacks (rows without files); with --delete, delete the orphan "
        "raw uploads (artifacts are only reported). Prints storage keys, dataset ids and codes only."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--delete", action="store_true", help="delete raw uploads no longer needed")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        from pool.services.retention import storage_reconcile

        result = storage_reconcile(delete=options["delete"])
        if options["format"] == "json":
            self.stdout.write(json.dumps(result.to_dict(), indent=2))
            return
        sections = [
            ("raw files without a dataset needing them", result.raw_orphans),
            ("artifacts without a row", result.artifact_orphans),
            ("rows whose raw file is missing", result.raw_missing),
            ("rows whose artifact is missing", result.artifact_missing),
        ]
        for title, items in sections:
            self.stdout.write(f"{title}: {len(items)}")
            for item in items:
                dataset = item.dataset if item.dataset is not None else "-"
                self.stdout.write(f"  dataset {dataset}  {item.cause}  {item.key}")
        if options["delete"]:
            self.stdout.write(f"raw files deleted: {len(result.raw_deleted)}")
            for key in result.raw_delete_failed:
                self.stderr.write(f"could not delete {key}")
        elif result.raw_orphans:
            self.stdout.write("run again with --delete to delete the orphan raw files")

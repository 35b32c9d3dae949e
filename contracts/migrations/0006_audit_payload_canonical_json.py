"""Audit payloads are stored as canonical JSON (contracts.canonical): on SQLite the verifier hashes the
stored text as it is. The encoder lives in Python only, so the table is not touched (no SQLite rebuild
of an append-only table); rows written before keep verifying through the decode-and-re-encode path."""

from django.db import migrations, models

import contracts.canonical


class Migration(migrations.Migration):
    dependencies = [
        ("contracts", "0005_audit_high_water"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="auditevent",
                    name="payload",
                    field=models.JSONField(
                        default=dict, editable=False, encoder=contracts.canonical.CanonicalJSONEncoder
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]

"""Backfill consent history and make the history and audit tables append-only on PostgreSQL.

The trigger refuses UPDATE, DELETE and TRUNCATE on ``contracts_auditevent`` and
``contracts_consentevent``. Two exceptions: an UPDATE that only sets ``actor_id`` to NULL (Django's
``SET_NULL`` when a user is deleted; the hash does not cover the foreign key), and a TRUNCATE in a
session that has set ``shoal.audit_maintenance = 'on'`` (test databases are flushed between
transactional tests; the anchor file still reveals a truncated chain in production).
"""

from django.db import migrations

TABLES = ("contracts_auditevent", "contracts_consentevent")

FUNCTION = """
CREATE OR REPLACE FUNCTION shoal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.actor_id IS NULL AND OLD.actor_id IS NOT NULL
       AND (to_jsonb(NEW) - 'actor_id') = (to_jsonb(OLD) - 'actor_id') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'TRUNCATE' AND current_setting('shoal.audit_maintenance', true) = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'shoal: % is append-only, % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
"""


def install_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION, params=None)
    for table in TABLES:
        schema_editor.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION shoal_append_only()"
        )
        schema_editor.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION shoal_append_only()"
        )


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS shoal_append_only()")


def backfill_history(apps, schema_editor):
    """Give every record created before the history existed its ``given`` (and ``withdrawn``) event."""
    ConsentRecord = apps.get_model("contracts", "ConsentRecord")
    ConsentEvent = apps.get_model("contracts", "ConsentEvent")
    for record in ConsentRecord.objects.filter(events__isnull=True).iterator():
        ConsentEvent.objects.create(
            record=record,
            kind="given",
            at=record.created_at,
            valid_from=record.valid_from,
            valid_until=record.valid_until,
            actor_name="migration",
        )
        if record.withdrawn_at:
            ConsentEvent.objects.create(
                record=record,
                kind="withdrawn",
                at=record.withdrawn_at,
                reason=record.withdrawal_reason,
                actor_name="migration",
            )


class Migration(migrations.Migration):
    dependencies = [("contracts", "0003_consent_events")]
    operations = [
        migrations.RunPython(backfill_history, migrations.RunPython.noop),
        migrations.RunPython(install_triggers, drop_triggers),
    ]

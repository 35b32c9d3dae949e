"""A high-water mark of the audit chain, kept outside the audit table (PostgreSQL only).

``shoal_audit_high_water`` holds one row: the largest ``seq`` ever inserted into
``contracts_auditevent`` and its hash. An AFTER INSERT trigger raises it in the inserting transaction,
so a rolled-back append rolls the mark back too (a sequence's ``setval``/``nextval`` would not: every
failed upload would then read as removed rows). Deleting audit rows does not lower it, and the table
refuses a lower mark and any DELETE or TRUNCATE, so removing the newest rows *and* the matching anchor
lines still leaves ``verify_audit_log`` a witness: the mark is ahead of the chain's head.

The trigger functions are SECURITY DEFINER (they run as the migration's owner role): the application
role needs no privilege on the mark table but SELECT. When a role named by ``SHOAL_APP_DB_ROLE``
(default ``shoal_app``) exists, this migration also narrows its grants on the audit tables to
SELECT and INSERT (plus UPDATE of ``actor_id``, Django's SET_NULL on user deletion) and on the mark
to SELECT; see README "Operations".

A TRUNCATE of the audit table (allowed only in a session with ``shoal.audit_maintenance = 'on'``,
i.e. the test suite's flush) also clears the mark.
"""

import os

from django.db import migrations

MARK = "shoal_audit_high_water"
AUDIT = "contracts_auditevent"
CONSENT = "contracts_consentevent"

TABLE = f"""
CREATE TABLE IF NOT EXISTS {MARK} (
    id smallint PRIMARY KEY CHECK (id = 1),
    seq bigint NOT NULL,
    hash varchar(64) NOT NULL
)
"""

FUNCTIONS = """
CREATE OR REPLACE FUNCTION shoal_audit_high_water_raise() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    INSERT INTO shoal_audit_high_water AS mark (id, seq, hash) VALUES (1, NEW.seq, NEW.hash)
    ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash
    WHERE mark.seq < EXCLUDED.seq;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION shoal_audit_high_water_reset() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    DELETE FROM shoal_audit_high_water;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION shoal_audit_high_water_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.seq >= OLD.seq THEN
        RETURN NEW;
    END IF;
    IF current_setting('shoal.audit_maintenance', true) = 'on' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        IF TG_OP = 'TRUNCATE' THEN
            RETURN NULL;
        END IF;
    END IF;
    RAISE EXCEPTION 'shoal: the audit high-water mark only rises, % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
"""

TRIGGERS = f"""
CREATE TRIGGER {AUDIT}_high_water AFTER INSERT ON {AUDIT}
    FOR EACH ROW EXECUTE FUNCTION shoal_audit_high_water_raise();
CREATE TRIGGER {AUDIT}_high_water_reset AFTER TRUNCATE ON {AUDIT}
    FOR EACH STATEMENT EXECUTE FUNCTION shoal_audit_high_water_reset();
CREATE TRIGGER {MARK}_only_rises BEFORE UPDATE OR DELETE ON {MARK}
    FOR EACH ROW EXECUTE FUNCTION shoal_audit_high_water_guard();
CREATE TRIGGER {MARK}_no_truncate BEFORE TRUNCATE ON {MARK}
    FOR EACH STATEMENT EXECUTE FUNCTION shoal_audit_high_water_guard();
"""

BACKFILL = f"""
INSERT INTO {MARK} (id, seq, hash)
SELECT 1, seq, hash FROM {AUDIT} ORDER BY seq DESC LIMIT 1
ON CONFLICT (id) DO NOTHING
"""  # noqa: S608 - constants only


def install(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT quote_ident(current_schema())")
        schema = cursor.fetchone()[0]
    schema_editor.execute(TABLE, params=None)
    schema_editor.execute(FUNCTIONS.format(schema=schema), params=None)
    schema_editor.execute(TRIGGERS, params=None)
    schema_editor.execute(BACKFILL, params=None)
    schema_editor.execute(f"REVOKE ALL ON {MARK} FROM PUBLIC", params=None)
    role = os.environ.get("SHOAL_APP_DB_ROLE", "shoal_app")
    with connection.cursor() as cursor:
        cursor.execute("SELECT quote_ident(rolname) FROM pg_roles WHERE rolname = %s", [role])
        found = cursor.fetchone()
    if found is None:
        return
    app = found[0]
    for table in (AUDIT, CONSENT):
        schema_editor.execute(f"REVOKE ALL ON {table} FROM {app}", params=None)
        schema_editor.execute(f"GRANT SELECT, INSERT ON {table} TO {app}", params=None)
        schema_editor.execute(f"GRANT UPDATE (actor_id) ON {table} TO {app}", params=None)
    schema_editor.execute(f"REVOKE ALL ON {MARK} FROM {app}", params=None)
    schema_editor.execute(f"GRANT SELECT ON {MARK} TO {app}", params=None)


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TRIGGER IF EXISTS {AUDIT}_high_water ON {AUDIT}", params=None)
    schema_editor.execute(f"DROP TRIGGER IF EXISTS {AUDIT}_high_water_reset ON {AUDIT}", params=None)
    schema_editor.execute(f"DROP TABLE IF EXISTS {MARK}", params=None)
    for function in ("raise", "reset", "guard"):
        schema_editor.execute(f"DROP FUNCTION IF EXISTS shoal_audit_high_water_{function}()", params=None)


class Migration(migrations.Migration):
    dependencies = [("contracts", "0004_append_only_guards")]
    operations = [migrations.RunPython(install, uninstall)]

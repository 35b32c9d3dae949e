#!/bin/sh
# Creates the least-privilege role the app connects as (README "Operations"). The postgres image runs
# this once, when its data volume is first initialised, as POSTGRES_USER: the owner role, which owns
# every table because `migrate` runs as it. An existing volume skips this: run the README's SQL.
#
# shoal_app owns nothing and is no superuser, so it can neither disable a trigger nor bypass one;
# it gets SELECT/INSERT/UPDATE/DELETE on the tables the owner creates later, and contracts migration
# 0005 narrows the audit tables to SELECT/INSERT (plus UPDATE of actor_id, Django's SET_NULL) and the
# audit high-water mark to SELECT.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner="$POSTGRES_USER" -v dbname="$POSTGRES_DB" -v app_password="$SHOAL_APP_DB_PASSWORD" <<'SQL'
CREATE ROLE shoal_app LOGIN PASSWORD :'app_password'
    NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
REVOKE ALL ON DATABASE :"dbname" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"dbname" TO shoal_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO shoal_app;
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO shoal_app;
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO shoal_app;
SQL

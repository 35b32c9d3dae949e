"""Append to and verify the hash-chained audit log (GDPR Art. 5(2): be able to demonstrate compliance).

Each row's ``hash`` = HMAC-SHA256(AUDIT_KEY, prev_hash + canonical JSON of the row's fields). The key
never enters the database, so whoever can edit rows cannot forge a consistent chain. Three more guards:

- appends are serialised (PostgreSQL: a transaction-scoped advisory lock; SQLite: the settings open
  every transaction with ``BEGIN IMMEDIATE``, which takes the write lock first), so two writers cannot
  both extend the same head; ``seq`` and ``hash`` are unique as a last resort;
- on PostgreSQL a trigger (migration 0004) refuses UPDATE, DELETE and TRUNCATE on the table;
- after each commit the new head is appended to ``settings.AUDIT_ANCHOR``, a file outside the
  database, so removing the newest rows (which leaves a valid shorter chain) is detected. A line reads
  ``"<chain> <seq> <hash>"`` where ``<chain>`` (the first 16 hex digits of row 1's hash) tells apart
  chains of different databases that share one file (a developer's database and test databases);
- on PostgreSQL a trigger keeps a high-water mark (the largest seq ever inserted, and its hash) in a
  table of its own that only rises (migration 0005), so removing the newest rows *and* the matching
  anchor lines is still detected; ``guard_report`` checks that every one of these triggers exists,
  is enabled and runs the function body its migration installed.

What none of this stops: a PostgreSQL superuser (or the tables' owner) who knows the scheme can
disable the triggers, delete rows, lower the mark and re-enable everything, and whoever can also
edit the anchor file then leaves no trace; ``SET session_replication_role = replica`` even skips the
triggers without touching the catalog. Only a witness outside their reach (the anchor shipped to
append-only storage on another host) closes that, and the app must not connect as such a role
(README "Operations": the ``shoal_app`` role).

The hash covers ``actor_name`` but not the ``actor`` foreign key, which Django sets to NULL when a user
is deleted (the one update the trigger allows).

Modules: ``chain`` (the hashed material, the HMAC, appending), ``anchor`` (the file outside the
database), ``verify`` (walking the chain), ``guards`` (PostgreSQL triggers and the high-water mark).
This module re-exports their public names.
"""

from __future__ import annotations

from contracts.audit.anchor import ANCHOR_KEEP, Anchor, chain_id, read_anchor, write_anchor
from contracts.audit.chain import (
    ADVISORY_LOCK_ID,
    CANONICAL_ENCODER,
    CHAINED_FIELDS,
    GENESIS,
    audit_log,
    canonical_json,
    compute_hash,
    row_material,
)
from contracts.audit.guards import (
    GUARD_MIGRATIONS,
    GUARD_TRIGGERS,
    HIGH_WATER_TABLE,
    GuardReport,
    guard_report,
    high_water,
)
from contracts.audit.verify import ChainVerdict, _stream_rows, verify_chain

_write_anchor = write_anchor  # the name tests and bench/bench_audit.py import

__all__ = [
    "ADVISORY_LOCK_ID",
    "ANCHOR_KEEP",
    "CANONICAL_ENCODER",
    "CHAINED_FIELDS",
    "GENESIS",
    "GUARD_MIGRATIONS",
    "GUARD_TRIGGERS",
    "HIGH_WATER_TABLE",
    "Anchor",
    "ChainVerdict",
    "GuardReport",
    "_stream_rows",
    "_write_anchor",
    "audit_log",
    "canonical_json",
    "chain_id",
    "compute_hash",
    "guard_report",
    "high_water",
    "read_anchor",
    "row_material",
    "verify_chain",
    "write_anchor",
]

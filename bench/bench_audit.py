"""Benchmark ``verify_chain`` on a large audit log, and check that concurrent writers serialise.

    .venv/bin/python bench/bench_audit.py                 # 1,000,000 rows in a scratch SQLite file
    .venv/bin/python bench/bench_audit.py --rows 100000 --writers 4 --events 50
    .venv/bin/python bench/bench_audit.py --database-url postgres://postgres@127.0.0.1:5432/shoal_bench_audit

Rows are computed with the real chain function and bulk-inserted (no per-row audit_log call), then
``verify_chain`` is timed against a baseline in the same run: streaming the same columns through the
ORM (``values_list``) without hashing. ``--writers`` starts that many processes appending through
``audit_log`` at once on the same database (SQLite: IMMEDIATE transactions; PostgreSQL: the advisory
lock) and verifies the chain afterwards. ``--database-url`` runs on PostgreSQL in a scratch database
that the script creates and drops. ``--repeat N`` keeps the best of N timings (the machine is shared).

Latest figures (2026-11-29, 2 shared cores, ``--repeat 2``, 1,000,000 rows; "before" is the previous
commit's contracts/audit.py timed by this same script right before, on the same machine):

| 1,000,000 rows | SQLite: 1 process | 2 processes | PostgreSQL: 1 process | 2 processes |
|---|---|---|---|---|
| before | 12.58 s | 13.07 s | 23.07 s | 12.66 s |
| after | **8.98 s** (111k rows/s) | **5.25 s** | **12.94 s** (77k rows/s) | **7.16 s** |

What changed: on SQLite the walk no longer runs inside a transaction, which the settings make
``BEGIN IMMEDIATE``: it held the write lock for the whole walk, so the second worker waited for the
first (2 processes were no faster) and every writer of the app waited too. On PostgreSQL the server
formats ``created_at`` (Django's timestamptz loader is pure Python, ~5 µs a row). On both, the
canonical JSON encoder is built once instead of per row, and rows are fetched 2,000 at a time instead of
20,000 (fewer cache misses). Since then (issue 15) the HMAC is ``hmac.new`` and the JSON the standard
encoder (public APIs only, hash format pinned by tests/contracts/test_audit_digest.py), which cost 19 %
(decode + re-encode + the HMAC object's copy per row). Payloads are now stored as canonical JSON
(contracts migration 0006), so on SQLite the stored text is hashed as it is, with decode and re-encode
only for rows written before. 200,000 rows, same machine (2026-12-05): SQLite 1.34 s before the switch
(524bd69), 1.60 s after it, 0.95 s now (0.81x the bare read); PostgreSQL 0.90x, 1.13x, 0.92x the bare
read. Per row on SQLite, what is left: reading ~3 µs, the material ~1 µs, the HMAC ~1.2 µs.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[1]
T = TypeVar("T")


def setup_django(workdir: Path, database_url: str = "") -> None:
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["AUDIT_ANCHOR"] = str(workdir / "anchor.log")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def fill(rows: int, batch: int = 20_000) -> None:
    """Insert ``rows`` chained rows straight into the table (as the app would have written them)."""
    from django.conf import settings
    from django.db import connection, transaction

    from contracts.audit import GENESIS, _write_anchor, chain_id, row_material
    from contracts.models import AuditEvent

    key = settings.AUDIT_KEY.encode()
    start = datetime(2026, 1, 1, tzinfo=UTC)
    verbs = [
        "dataset.uploaded",
        "dataset.ready",
        "corpus.version_published",
        "download.file",
        "grant.approved",
    ]

    def material() -> object:
        for seq in range(1, rows + 1):
            created = start + timedelta(milliseconds=seq * 7, microseconds=seq % 997)
            payload = {"rows": seq % 5000, "sha256": f"{seq:064x}"[:16], "ok": seq % 3 == 0}
            yield (
                seq,
                created,
                f"user{seq % 40}",
                verbs[seq % 5],
                "pool.dataset",
                str(seq // 3),
                "",
                "",
                payload,
            )

    columns = "seq, created_at, actor_name, verb, object_type, object_id, purpose, request_id, payload, prev_hash, hash"
    sql = f"INSERT INTO contracts_auditevent ({columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"  # noqa: S608
    sqlite = connection.vendor == "sqlite"
    # What the ORM would send: SQLite gets str(naive UTC datetime), PostgreSQL an aware datetime.
    adapt = connection.ops.adapt_datetimefield_value if sqlite else (lambda value: value)
    # The payload as the model field writes it (canonical JSON text since contracts migration 0006; the
    # encoder is the field's own, so the script also times older code with that code's field).
    encoder = AuditEvent._meta.get_field("payload").encoder
    store_payload = partial(json.dumps, cls=encoder)
    prev = GENESIS
    first = ""
    buffer: list[tuple[object, ...]] = []
    base = hmac.new(key, digestmod=hashlib.sha256)

    def flush(raw: Any) -> None:
        if sqlite:
            raw.executemany(sql, buffer)
        else:
            with raw.copy(f"COPY contracts_auditevent ({columns}) FROM STDIN") as copy:
                for row in buffer:
                    copy.write_row(row)
        buffer.clear()

    with transaction.atomic():
        raw = connection.cursor().cursor  # the driver's own cursor, no Django wrapping
        for item in material():
            mac = base.copy()
            mac.update(prev.encode())
            mac.update(row_material(*item))
            digest = mac.hexdigest()
            first = first or digest
            buffer.append((item[0], adapt(item[1]), *item[2:8], store_payload(item[8]), prev, digest))
            prev = digest
            if len(buffer) >= batch:
                flush(raw)
        if buffer:
            flush(raw)
    _write_anchor(chain_id(first), rows, prev)


def baseline_read() -> int:
    from contracts.audit import CHAINED_FIELDS
    from contracts.models import AuditEvent

    n = 0
    for _row in (
        AuditEvent.objects.order_by("seq")
        .values_list(*CHAINED_FIELDS, "prev_hash", "hash")
        .iterator(chunk_size=20_000)
    ):
        n += 1
    return n


def _writer(args: tuple[str, str, int, int]) -> int:
    workdir, database_url, writer, events = args
    setup_django(Path(workdir), database_url)
    from contracts.audit import audit_log

    for i in range(events):
        audit_log(actor=None, verb="bench.concurrent", payload={"writer": writer, "i": i})
    return events


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--writers", type=int, default=0, help="concurrent writer processes (0: skip)")
    parser.add_argument("--events", type=int, default=50, help="events per writer")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory (and database)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="time each read and verify N times, keep the best"
    )
    parser.add_argument(
        "--database-url",
        default="",
        help="postgres://... to run on PostgreSQL: the database it names must not exist; it is created and"
        " dropped afterwards (default: a scratch SQLite file)",
    )
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="shoal-bench-audit-"))
    if args.database_url:
        _pg_database(args.database_url, create=True)
    try:
        run(args, workdir)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
            if args.database_url:
                _pg_database(args.database_url, create=False)


def _pg_database(url: str, *, create: bool) -> None:
    """Create (refusing an existing one) or drop the scratch PostgreSQL database that ``url`` names."""
    import psycopg
    from psycopg import sql

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    maintenance = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as conn:
        if create:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        else:
            # The parent's Django connection and the forked workers' are closed by now; FORCE ends any other.
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def best_of(repeat: int, func: Callable[[], T]) -> tuple[float, T]:
    """Run ``func`` ``repeat`` times; the shortest wall time and the last result (the machine is shared)."""
    times = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - t0)
    return min(times), result


def run(args: argparse.Namespace, workdir: Path) -> None:
    setup_django(workdir, args.database_url)
    from django.core.management import call_command
    from django.db import connection

    from contracts.audit import verify_chain

    call_command("migrate", verbosity=0)
    t0 = time.perf_counter()
    fill(args.rows)
    t_fill = time.perf_counter() - t0
    t_read, read = best_of(args.repeat, baseline_read)
    t_verify, verdict = best_of(args.repeat, verify_chain)
    assert verdict.ok and verdict.rows == args.rows == read, verdict
    t_parallel, verdict = best_of(args.repeat, partial(verify_chain, workers=2))
    assert verdict.ok and verdict.rows == args.rows, verdict
    print(f"database             {connection.vendor:>12}")
    print(f"rows                 {args.rows:>12,}")
    print(f"fill (compute+insert) {t_fill:>11.2f} s")
    print(f"ORM values_list read {t_read:>11.2f} s  {read / t_read:>12,.0f} rows/s")
    print(
        f"verify_chain         {t_verify:>11.2f} s  {args.rows / t_verify:>12,.0f} rows/s"
        f"  ({t_verify / t_read:.2f}x the bare read)"
    )
    print(
        f"verify_chain 2 procs {t_parallel:>11.2f} s  {args.rows / t_parallel:>12,.0f} rows/s"
        f"  ({t_verify / t_parallel:.2f}x faster than one process)"
    )
    if args.writers:
        t0 = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(args.writers) as pool:
            jobs = [(str(workdir), args.database_url, w, args.events) for w in range(args.writers)]
            written = sum(pool.map(_writer, jobs))
        t_conc = time.perf_counter() - t0
        verdict = verify_chain()
        assert verdict.ok and verdict.rows == args.rows + written, verdict
        print(
            f"concurrent appends   {written:>12,} by {args.writers} processes in {t_conc:.2f} s; chain intact"
        )
    connection.close()  # so that the scratch PostgreSQL database can be dropped


if __name__ == "__main__":
    main()

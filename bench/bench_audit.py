"""Benchmark ``verify_chain`` on a large audit log, and check that concurrent writers serialise.

    .venv/bin/python bench/bench_audit.py                 # 1,000,000 rows in a scratch SQLite file
    .venv/bin/python bench/bench_audit.py --rows 100000 --writers 4 --events 50

Rows are computed with the real chain function and bulk-inserted (no per-row audit_log call), then
``verify_chain`` is timed against a baseline in the same run: streaming the same columns without
hashing. ``--writers`` starts that many processes appending through ``audit_log`` at once on the same
SQLite file (IMMEDIATE transactions) and verifies the chain afterwards.
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup_django(workdir: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
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

    sql = (
        "INSERT INTO contracts_auditevent (seq, created_at, actor_name, verb, object_type, object_id, purpose,"
        " request_id, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    adapt = connection.ops.adapt_datetimefield_value
    prev = GENESIS
    first = ""
    buffer: list[tuple[object, ...]] = []
    base = hmac.new(key, digestmod=hashlib.sha256)
    with transaction.atomic():
        raw = connection.cursor().cursor  # the sqlite3 cursor: "?" placeholders, no Django wrapping
        for item in material():
            mac = base.copy()
            mac.update(prev.encode())
            mac.update(row_material(*item))
            digest = mac.hexdigest()
            first = first or digest
            buffer.append((item[0], adapt(item[1]), *item[2:8], json.dumps(item[8]), prev, digest))
            prev = digest
            if len(buffer) >= batch:
                raw.executemany(sql, buffer)
                buffer.clear()
        if buffer:
            raw.executemany(sql, buffer)
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


def _writer(args: tuple[str, int, int]) -> int:
    workdir, writer, events = args
    setup_django(Path(workdir))
    from contracts.audit import audit_log

    for i in range(events):
        audit_log(actor=None, verb="bench.concurrent", payload={"writer": writer, "i": i})
    return events


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--writers", type=int, default=0, help="concurrent writer processes (0: skip)")
    parser.add_argument("--events", type=int, default=50, help="events per writer")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="shoal-bench-audit-"))
    try:
        run(args, workdir)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


def run(args: argparse.Namespace, workdir: Path) -> None:
    setup_django(workdir)
    from django.core.management import call_command

    from contracts.audit import verify_chain

    call_command("migrate", verbosity=0)
    t0 = time.perf_counter()
    fill(args.rows)
    t_fill = time.perf_counter() - t0
    t0 = time.perf_counter()
    read = baseline_read()
    t_read = time.perf_counter() - t0
    t0 = time.perf_counter()
    verdict = verify_chain()
    t_verify = time.perf_counter() - t0
    assert verdict.ok and verdict.rows == args.rows == read, verdict
    t0 = time.perf_counter()
    verdict = verify_chain(workers=2)
    t_parallel = time.perf_counter() - t0
    assert verdict.ok and verdict.rows == args.rows, verdict
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
            written = sum(pool.map(_writer, [(str(workdir), w, args.events) for w in range(args.writers)]))
        t_conc = time.perf_counter() - t0
        verdict = verify_chain()
        assert verdict.ok and verdict.rows == args.rows + written, verdict
        print(
            f"concurrent appends   {written:>12,} by {args.writers} processes in {t_conc:.2f} s; chain intact"
        )


if __name__ == "__main__":
    main()

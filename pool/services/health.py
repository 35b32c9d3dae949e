"""Health probes for /healthz: database, broker and storage, each with its latency."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from celery import current_app
from django.core.files.storage import default_storage
from django.db import connection

from pool.storage import storage_probe, storage_writable


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _broker() -> None:
    # The project's Celery app is the current one (config/celery.py creates it at start-up, set as
    # current); pool reaches it through Celery rather than importing `config`.
    with current_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
        conn.default_channel  # noqa: B018 - opening the channel proves the transport works


# /healthz is polled every few seconds. The write probe (write, read back, delete: three requests
# on S3) runs at most once per interval per process, within STORAGE_PROBE_TIMEOUT; in between, each
# call only asks whether a key exists (a HEAD on S3, a stat on disk) and, on disk, whether the root
# is there and writable (``os.access``: a read-only remount or chmod shows at once). Those have no
# side effect and fail at once when the store is unreachable, read-only or refuses our credentials.
# A failure is never kept: the next call probes again. An upload that storage refused clears the
# last pass too (`storage_write_failed`), so the next call writes rather than trusting it.
STORAGE_PROBE_INTERVAL = 60.0  # seconds
STORAGE_PROBE_TIMEOUT = 5.0  # seconds; /healthz answers 503 rather than hang on a stuck store
STORAGE_LOOKUP_KEY = "healthz/lookup"  # never written: only the answer matters, not its value
_storage_ok_at: float | None = None  # time.monotonic() of this process's last passing write probe


def _storage_probe() -> None:
    storage_probe(prefix="healthz", timeout=STORAGE_PROBE_TIMEOUT)


def storage_write_failed() -> None:
    """Forget the last passing write probe: storage just refused a write."""
    global _storage_ok_at
    _storage_ok_at = None


def _storage() -> dict[str, Any] | None:
    """Write probe when the last pass is older than the interval, else a read-only lookup."""
    global _storage_ok_at
    now = time.monotonic()
    last, _storage_ok_at = _storage_ok_at, None  # any exception below leaves it cleared
    if last is not None and now - last < STORAGE_PROBE_INTERVAL:
        storage_writable()
        default_storage.exists(STORAGE_LOOKUP_KEY)
        _storage_ok_at = last
        return {"written_s_ago": round(now - last, 1)}
    _storage_probe()
    _storage_ok_at = time.monotonic()
    return None


CHECKS: dict[str, Callable[[], dict[str, Any] | None]] = {
    "database": _database,
    "broker": _broker,
    "storage": _storage,
}


def health_report() -> dict[str, Any]:
    """Run every probe; ``ok`` is true only when all pass. Error texts name the exception type only.

    A probe may return extra fields for its entry, e.g. the age of a result it did not re-check.
    """
    results: dict[str, Any] = {}
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            extra = check()
            results[name] = {"ok": True, **(extra or {})}
        except Exception as exc:
            results[name] = {"ok": False, "error": type(exc).__name__}
        results[name]["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return {"ok": all(r["ok"] for r in results.values()), "checks": results}

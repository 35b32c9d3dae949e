"""pytest plugin: a test run shares nothing with a running app (``make test`` beside ``make run``).

Loaded by ``-p tests.isolation`` (pyproject.toml), so it runs while pytest reads its options, before
pytest-django imports the settings. It gives the run:

- its own ``SHOAL_VAR_DIR``: a fresh directory (under the caller's ``SHOAL_VAR_DIR`` when one is set,
  else under the system's temporary directory), so the filesystem broker, the media storage, the SQLite
  test database, the generated keys and the audit anchor (``AUDIT_ANCHOR``) are the run's own;
- its own Celery queue (``SHOAL_TASK_QUEUE``) and cache key prefix (``SHOAL_CACHE_PREFIX``), so a
  worker of the app on the same Redis never takes the tests' tasks and the tests' worker never takes
  the app's, and neither reads the other's cached decisions.

PostgreSQL needs nothing: pytest-django uses ``test_<name>``, never the app's database; servers under
test listen on free ports. The directory is deleted when the run ends (``SHOAL_KEEP_TEST_VAR=1`` keeps
it), and so are the run's queue and cache keys in Redis.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from pathlib import Path

import pytest

RUN_ID = secrets.token_hex(4)
QUEUE = f"shoal-test-{RUN_ID}"
CACHE_PREFIX = f"shoal-test-{RUN_ID}"


def _isolate() -> Path:
    parent = os.environ.get("SHOAL_VAR_DIR") or tempfile.gettempdir()
    Path(parent).mkdir(parents=True, exist_ok=True)
    run_dir = Path(tempfile.mkdtemp(prefix=f"shoal-test-{RUN_ID}-", dir=parent))
    os.environ["SHOAL_VAR_DIR"] = str(run_dir)
    os.environ["AUDIT_ANCHOR"] = str(run_dir / "audit-anchor.log")
    os.environ["SHOAL_TASK_QUEUE"] = QUEUE
    os.environ["SHOAL_CACHE_PREFIX"] = CACHE_PREFIX
    os.environ["SHOAL_TEST_RUN"] = RUN_ID
    return run_dir


RUN_DIR = _isolate()


def _forget_redis_keys(url: str, *, queue: str = QUEUE, cache_prefix: str = CACHE_PREFIX) -> None:
    """Delete a queue, its kombu bindings and the cache keys under a prefix (Redis down: nothing to do)."""
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
    with contextlib.suppress(redis.RedisError, OSError):
        client.delete(queue, f"_kombu.binding.{queue}", f"_kombu.binding_permanent.{queue}")
        for key in client.scan_iter(match=f"{cache_prefix}:*", count=500):
            client.delete(key)


def pytest_report_header() -> str:
    return f"isolated run {RUN_ID}: SHOAL_VAR_DIR={RUN_DIR}, Celery queue {QUEUE}"


@pytest.hookimpl(trylast=True)
def pytest_unconfigure() -> None:
    if os.environ.get("REDIS_URL"):
        _forget_redis_keys(os.environ["REDIS_URL"])
    if os.environ.get("SHOAL_KEEP_TEST_VAR", "") not in {"1", "true", "yes"}:
        shutil.rmtree(RUN_DIR, ignore_errors=True)

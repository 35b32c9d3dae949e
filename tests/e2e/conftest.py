"""A real Celery worker (in a thread) on the configured broker: Redis when REDIS_URL is set, else the
filesystem transport."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def celery_worker(transactional_db: Any) -> Iterator[Any]:
    from celery.contrib.testing.worker import start_worker

    from config.celery import app

    _purge(app)
    with start_worker(
        app, pool="solo", concurrency=1, perform_ping_check=False, shutdown_timeout=30
    ) as worker:
        yield worker


def _purge(app: Any) -> None:
    """Drop messages left by earlier tests so the worker only sees this test's tasks."""
    with app.connection_for_write() as conn:
        conn.default_channel.queue_purge(app.conf.task_default_queue)

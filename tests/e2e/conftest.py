"""A real Celery worker (in a thread) on the configured broker: Redis when REDIS_URL is set, else the
filesystem transport."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def _end_stray_sessions(django_db_setup: Any, django_db_blocker: Any) -> Iterator[None]:
    """End the PostgreSQL sessions that worker and live-server threads leave open, before the test
    database is dropped (else: 'database is being accessed by other users' at teardown)."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture
def celery_worker(transactional_db: Any, _end_stray_sessions: None) -> Iterator[Any]:
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

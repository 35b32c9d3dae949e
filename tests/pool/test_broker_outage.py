"""Issue 11, item 5: a broker outage neither fails an upload nor kills a worker.

An upload made while the broker is unreachable answers 201 (JSON) with its dataset, consent and file
stored once; the claims sweep queues its scan when the broker is back. A worker outlives the broker
being stopped and started again and processes tasks afterwards (slow test, private redis-server).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from celery.signals import after_task_publish
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from config.celery import app
from contracts.models import ConsentRecord
from pool import tasks
from pool.models import Dataset
from pool.services.outbox import LOST_AFTER, PUBLISH_GRACE, scan_publish, scans_publish_pending
from tests.conftest import api_client_for, customers_csv
from tests.pool.test_datasets import upload

ROOT = Path(__file__).resolve().parents[2]
DEAD_BROKER = "redis://127.0.0.1:1/0"  # nothing listens on port 1: every connection is refused


def use_broker(url: str) -> None:
    """Point the app at ``url``: forget the app's pools of connections to the previous broker (what
    Celery itself does after a fork; kombu keeps them, per broker, for when it comes back)."""
    app._pool = None
    app.amqp._producer_pool = None
    app.conf.broker_url = url


@pytest.fixture
def broker_down() -> Iterator[str]:
    """The broker is unreachable until the test calls ``use_broker(original)``; restored after."""
    original = app.conf.broker_url
    use_broker(DEAD_BROKER)
    try:
        yield original
    finally:
        use_broker(original)


@pytest.fixture
def published() -> Iterator[list[tuple[str, str, Any]]]:
    """(task name, task id, args) of every message the broker accepted during the test."""
    sent: list[tuple[str, str, Any]] = []

    def record(sender: Any = None, headers: Any = None, body: Any = None, **_: Any) -> None:
        sent.append((headers["task"], headers["id"], list(body[0])))

    after_task_publish.connect(record, weak=False)
    try:
        yield sent
    finally:
        after_task_publish.disconnect(record)


def take_from_queue(task_id: str) -> dict[str, Any] | None:
    """Remove the message of ``task_id`` from the default queue and return its headers (other
    messages are put back)."""
    others = []
    found = None
    with app.connection_for_read() as conn:
        channel = conn.default_channel
        for _ in range(1000):
            message = channel.basic_get(app.conf.task_default_queue, no_ack=False)
            if message is None:
                break
            if message.headers.get("id") == task_id:
                message.ack()
                found = message.headers
                break
            others.append(message)
        for message in others:
            message.reject(requeue=True)
    return found


def payload(licence: Any, title: str = "Customers") -> dict[str, Any]:
    return {
        "file": SimpleUploadedFile("customers.csv", customers_csv(), content_type="text/csv"),
        "title": title,
        "licence": licence.spdx_id,
        "legal_basis": "consent",
        "purposes": ["model-training"],
        "valid_from": date(2025, 1, 1).isoformat(),
    }


# --- uploads while the broker is away --------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_an_upload_during_an_outage_is_stored_once_and_queued_by_the_sweep_when_the_broker_is_back(
    world: dict[str, Any], licence: Any, broker_down: str, published: list[tuple[str, str, Any]]
) -> None:
    client = api_client_for(world["alice"])
    key = {"HTTP_IDEMPOTENCY_KEY": "upload-during-outage-1"}

    started = time.monotonic()
    response = client.post("/api/v1/datasets/", payload(licence), format="multipart", **key)
    assert time.monotonic() - started < 20  # a dead broker does not hold the request

    assert response.status_code == 201, response.content[:500]
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == "uploaded" and body["scan_queued_at"] is None
    dataset = Dataset.objects.get()
    assert dataset.pk == body["id"] and dataset.scan_queued_at is None
    assert ConsentRecord.objects.count() == 1
    assert dataset.raw_file.storage.exists(dataset.raw_file.name)

    # The client retries (it saw no answer, or wants to be sure): the same dataset, nothing new.
    again = client.post("/api/v1/datasets/", payload(licence), format="multipart", **key)
    assert again.status_code == 201 and again.json()["id"] == dataset.pk
    assert again["Idempotent-Replayed"] == "true"
    assert Dataset.objects.count() == 1 and ConsentRecord.objects.count() == 1

    later = timezone.now() + PUBLISH_GRACE + timedelta(seconds=1)
    assert scans_publish_pending(now=later) == []  # still away: the entry stays for the next sweep
    assert Dataset.objects.get().scan_queued_at is None
    assert published == []

    use_broker(broker_down)  # the broker is back
    assert scans_publish_pending(now=later) == [dataset.pk]

    dataset.refresh_from_db()
    assert dataset.scan_queued_at == later and dataset.status == Dataset.Status.UPLOADED
    assert [(name, args) for name, _, args in published] == [("pool.tasks.dataset_scan_task", [dataset.pk])]
    headers = take_from_queue(published[0][1])
    assert headers is not None and headers["task"] == "pool.tasks.dataset_scan_task"
    assert scans_publish_pending(now=later + timedelta(seconds=5)) == []  # queued once


@pytest.mark.django_db(transaction=True)
def test_the_upload_form_during_an_outage_redirects_to_the_dataset(
    world: dict[str, Any], licence: Any, broker_down: str
) -> None:
    client = Client()
    client.force_login(world["alice"])
    form = payload(licence) | {"organization": world["acme"].pk, "idempotency_key": uuid.uuid4().hex}

    response = client.post("/datasets/upload/", form, follow=True)

    dataset = Dataset.objects.get()
    assert response.redirect_chain == [(f"/datasets/{dataset.pk}/", 302)]
    assert "will be queued as soon as the task queue answers" in response.content.decode()
    assert dataset.scan_queued_at is None and ConsentRecord.objects.count() == 1


def test_an_upload_with_the_broker_up_records_when_its_scan_was_queued(
    world: dict[str, Any],
    upload_payload: dict[str, Any],
    django_capture_on_commit_callbacks: Any,
    published: list[tuple[str, str, Any]],
) -> None:
    client = api_client_for(world["alice"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/api/v1/datasets/", upload_payload, format="multipart")
    assert response.status_code == 201
    dataset = Dataset.objects.get(pk=response.json()["id"])
    assert dataset.scan_queued_at is not None
    assert [(name, args) for name, _, args in published] == [("pool.tasks.dataset_scan_task", [dataset.pk])]
    assert take_from_queue(published[0][1]) is not None  # leave no message behind for a later worker


# --- the sweep --------------------------------------------------------------------------------------


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Dataset ids of the scans handed to the broker (instead of sending them)."""
    ids: list[int] = []
    monkeypatch.setattr(tasks.dataset_scan_task, "apply_async", lambda args, **_: ids.append(args[0]))
    return ids


@pytest.mark.django_db
def test_the_sweep_leaves_a_fresh_upload_to_its_own_publish(
    world: dict[str, Any], licence: Any, sent: list[int]
) -> None:
    dataset = upload(world["alice"], world["acme"], licence)  # its on-commit publish never ran here

    assert scans_publish_pending() == []
    assert scans_publish_pending(now=timezone.now() + PUBLISH_GRACE + timedelta(seconds=1)) == [dataset.pk]
    assert sent == [dataset.pk]


@pytest.mark.django_db
def test_the_sweep_queues_again_a_scan_lost_with_the_brokers_queue_but_not_a_started_one(
    world: dict[str, Any], licence: Any, sent: list[int]
) -> None:
    lost = upload(world["alice"], world["acme"], licence)
    waiting = upload(world["alice"], world["acme"], licence)
    started = upload(world["alice"], world["acme"], licence)
    now = timezone.now()
    Dataset.objects.filter(pk=lost.pk).update(scan_queued_at=now - LOST_AFTER - timedelta(seconds=1))
    Dataset.objects.filter(pk=waiting.pk).update(scan_queued_at=now - LOST_AFTER + timedelta(minutes=1))
    Dataset.objects.filter(pk=started.pk).update(
        scan_queued_at=now - 2 * LOST_AFTER, status=Dataset.Status.SCANNING
    )

    assert scans_publish_pending(now=now) == [lost.pk]
    assert scans_publish_pending(now=now + timedelta(minutes=1)) == []  # one message per LOST_AFTER
    assert sent == [lost.pk]


@pytest.mark.django_db
def test_a_failed_publish_is_logged_and_leaves_the_entry(
    world: dict[str, Any], licence: Any, broker_down: str, caplog: pytest.LogCaptureFixture
) -> None:
    dataset = upload(world["alice"], world["acme"], licence)

    assert scan_publish(dataset=dataset) is False

    assert Dataset.objects.get(pk=dataset.pk).scan_queued_at is None
    assert "could not be queued" in caplog.text and "the claims sweep queues it" in caplog.text


def test_the_claims_sweep_task_also_publishes_waiting_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    import pool.services.datasets
    import pool.services.outbox

    calls: list[str] = []
    monkeypatch.setattr(
        pool.services.datasets, "dataset_claims_sweep", lambda: calls.append("claims") or [1, 2]
    )
    monkeypatch.setattr(pool.services.outbox, "scans_publish_pending", lambda: calls.append("scans") or [3])
    assert tasks.dataset_claims_sweep_task.run() == {"requeued": 2, "scans_published": 1}
    assert calls == ["claims", "scans"]


# --- workers ---------------------------------------------------------------------------------------


def test_workers_retry_the_broker_for_ever_and_run_without_gossip_and_mingle() -> None:
    from celery.signals import worker_init

    assert app.conf.broker_connection_retry and app.conf.broker_connection_retry_on_startup
    assert app.conf.broker_connection_max_retries is None
    assert app.conf.worker_cancel_long_running_tasks_on_connection_loss is False

    class FakeWorker:
        options = {"without_gossip": False, "without_mingle": False, "without_heartbeat": False}

    worker_init.send(sender=FakeWorker)
    assert FakeWorker.options == {"without_gossip": True, "without_mingle": True, "without_heartbeat": False}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _database_url() -> str:
    from django.db import connection

    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class _Redis:
    """A private redis-server (no persistence) that the test stops and starts."""

    def __init__(self, port: int, workdir: Path) -> None:
        self.port, self.workdir, self.process = port, workdir, None

    def start(self) -> None:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", str(self.workdir)]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.2):
                return
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


def _wait_for(log: Path, text: str, worker: subprocess.Popen[bytes], seconds: float, count: int = 1) -> None:
    deadline = time.monotonic() + seconds
    while log.read_text().count(text) < count:
        assert worker.poll() is None, f"the worker exited:\n{log.read_text()[-4000:]}"
        assert time.monotonic() < deadline, f"no {text!r} in the worker's log:\n{log.read_text()[-4000:]}"
        time.sleep(0.2)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs the redis-server binary")
@pytest.mark.django_db(transaction=True)
def test_a_worker_outlives_its_broker_stopping_and_processes_tasks_when_it_is_back(tmp_path: Path) -> None:
    """A real worker started as docker-compose starts it (no --without-* options), on a private
    redis-server that is stopped for a while (several reconnection attempts) and started again."""
    port = _free_port()
    broker = f"redis://127.0.0.1:{port}/0"
    redis = _Redis(port, tmp_path)
    redis.start()
    queue = f"outage-test-{uuid.uuid4().hex[:8]}"
    log = tmp_path / "worker.log"
    env = {**os.environ, "REDIS_URL": broker, "DATABASE_URL": _database_url()}
    command = [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", queue]
    command += ["--concurrency", "1", "--loglevel", "INFO"]
    with log.open("w") as out:
        worker = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_for(log, " ready.", worker, 90)
        with app.connection_for_write(broker) as conn:
            first = tasks.dataset_claims_sweep_task.apply_async(queue=queue, connection=conn)
        _wait_for(log, f"[{first.id}] succeeded", worker, 60)
        time.sleep(5)  # an idle worker, every consumer step settled
        redis.stop()
        _wait_for(log, "Connection to broker lost", worker, 30)
        _wait_for(log, "Cannot connect to", worker, 30, count=3)  # retrying, not giving up
        redis.start()
        _wait_for(log, "Connected to redis://", worker, 60, count=2)

        with app.connection_for_write(broker) as conn:
            probe = tasks.dataset_claims_sweep_task.apply_async(queue=queue, connection=conn)
        _wait_for(log, f"[{probe.id}] succeeded", worker, 60)

        redis.stop()  # and a second outage
        _wait_for(log, "Connection to broker lost", worker, 30, count=2)
        redis.start()
        _wait_for(log, "Connected to redis://", worker, 60, count=3)
        with app.connection_for_write(broker) as conn:
            second = tasks.dataset_claims_sweep_task.apply_async(queue=queue, connection=conn)
        _wait_for(log, f"[{second.id}] succeeded", worker, 60)

        text = log.read_text()
        assert "AttributeError" not in text and "Unrecoverable error" not in text, text[-4000:]
        assert "Error on restarting" not in text, text[-4000:]
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
        redis.stop()


@pytest.mark.django_db(transaction=True)
def test_work_queued_after_a_commit_never_fails_its_request_while_the_broker_is_away(
    world: dict[str, Any], broker_down: str, published: list[tuple[str, str, Any]]
) -> None:
    """Approvals, pooling, builds and notices queue their task after the commit; with the broker away
    the commit stands, the request does not fail, and the sweeps queue the work later (a build by
    the corpora refresh, an approved dataset by the stalled sweep)."""
    from django.db import transaction

    from pool.services.corpora import corpus_build_schedule
    from tests.api.pooling import make_corpus

    corpus = make_corpus(grant_days=30)
    with transaction.atomic():
        corpus_build_schedule(corpus=corpus, countdown=0)
    assert published == []  # nothing reached the broker, and nothing was raised

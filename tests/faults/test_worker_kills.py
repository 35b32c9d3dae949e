"""Issue 11 acceptance: a worker SIGKILLed mid-anonymisation loses and duplicates nothing.

A real prefork worker (concurrency 1) anonymises approved datasets while this test kills it at random
(seeded) moments, at least ``KILLS`` times: mostly its pool process (the main process notices, and the
broker redelivers the message at once: ``acks_late`` + ``reject_on_worker_lost``), sometimes the whole
worker with its process group (the message stays unacknowledged; the claims sweep, run here every
second as beat would every ``SHOAL_CLAIMS_SWEEP_SECONDS``, queues the takeover once the lease ran out).
Leases are short (6 s, heartbeat 1 s) so that the suite takes minutes, and the interruption limit is
high so that no dataset fails for that rule. Then every dataset must be ``ready`` with exactly one
artifact in storage (the one its row names, with its checksum) and its raw upload gone.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import psutil
import pytest
from django.core.files.storage import default_storage

from config import limits
from config.celery import app
from pool import tasks
from pool.models import Dataset, DatasetPart
from pool.services import datasets as datasets_service
from pool.services.datasets import dataset_approve, dataset_claims_sweep, dataset_scan
from pool.storage import sha256_of
from tests.conftest import customers_csv
from tests.pool.test_datasets import upload
from tests.pool.test_task_limits import _database_url

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
SEED = 20250611
KILLS = 50
ROWS = 1500  # about two seconds of anonymisation on one core
BATCH = 4  # datasets queued whenever none is left to kill
LEASE, HEARTBEAT = 6, 1
KILL_PHASE_SECONDS = 300
SETTLE_SECONDS = 120


class Worker:
    """``celery worker`` on a private queue, in its own process group."""

    def __init__(self, queue: str, logdir: Path) -> None:
        self.queue, self.logdir, self.starts = queue, logdir, 0
        self.process: subprocess.Popen[bytes] | None = None
        self.env = {
            **os.environ,
            "DATABASE_URL": _database_url(),
            "SHOAL_CLAIM_LEASE_SECONDS": str(LEASE),
            "SHOAL_CLAIM_HEARTBEAT_SECONDS": str(HEARTBEAT),
            "SHOAL_CLAIM_MAX_INTERRUPTIONS": "100000",
        }

    @property
    def log(self) -> Path:
        return self.logdir / f"worker-{self.starts}.log"

    def start(self) -> None:
        self.starts += 1
        command = [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", self.queue]
        command += ["--concurrency", "1", "--without-gossip", "--without-mingle", "--loglevel", "INFO"]
        with self.log.open("w") as out:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )

    def children(self) -> list[psutil.Process]:
        assert self.process is not None
        with contextlib.suppress(psutil.NoSuchProcess):
            return psutil.Process(self.process.pid).children()
        return []

    def kill_child(self) -> bool:
        children = self.children()
        for child in children:
            with contextlib.suppress(psutil.NoSuchProcess):
                child.send_signal(signal.SIGKILL)
        return bool(children)

    def kill_all(self) -> None:
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.kill_all()

    def tail(self) -> str:
        return self.log.read_text()[-3000:] if self.log.exists() else ""


def _approved_batch(world: dict[str, Any], licence: Any, count: int) -> list[int]:
    ids = []
    for _ in range(count):
        dataset = upload(world["alice"], world["acme"], licence, customers_csv(rows=ROWS, seed=len(ids)))
        # A stale artifact folder (an earlier test database reused this id) would count as an orphan.
        for name in default_storage.listdir(f"artifacts/{dataset.pk}")[1] if _exists(dataset.pk) else []:
            default_storage.delete(f"artifacts/{dataset.pk}/{name}")
        dataset_scan(dataset_id=dataset.pk)
        dataset_approve(dataset=Dataset.objects.get(pk=dataset.pk), user=world["alice"])
        ids.append(dataset.pk)
    return ids


def _exists(pk: int) -> bool:
    return default_storage.exists(f"artifacts/{pk}")


def test_sigkilled_workers_lose_and_duplicate_no_artifact(
    world: dict[str, Any], licence: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.conf import settings
    from django.db import connection

    if connection.vendor == "sqlite":
        pytest.skip(
            "fifty kills of a worker process need a database server it shares with the test (CI: PostgreSQL)"
        )
    rng = random.Random(SEED)
    queue = f"faults-{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr(limits, "CLAIM_LEASE_SECONDS", LEASE)  # the sweep run here judges leases alike
    monkeypatch.setattr(settings, "SHOAL_CLAIM_LEASE_SECONDS", LEASE)  # pool reads it from settings
    # an approval whose message a killed worker took: queued again after a few leases, not 5 minutes
    monkeypatch.setattr(datasets_service, "APPROVED_LOST_AFTER", timedelta(seconds=3 * LEASE))
    for name in ("dataset_anonymize_task", "dataset_anonymize_part_task", "dataset_finish_parts_task"):
        task = getattr(tasks, name)
        monkeypatch.setattr(task, "delay", lambda *args, task=task: task.apply_async(args, queue=queue))

    worker = Worker(queue, tmp_path)
    ids: list[int] = []
    kills = {"child": 0, "worker": 0}
    started = time.monotonic()
    try:
        worker.start()
        while sum(kills.values()) < KILLS:
            assert time.monotonic() - started < KILL_PHASE_SECONDS, (kills, worker.tail())
            dataset_claims_sweep()
            pending = Dataset.objects.filter(pk__in=ids, status__in=["approved", "anonymizing"])
            if not pending.exists():
                ids += _approved_batch(world, licence, BATCH)  # approval queues each anonymisation
                continue
            if not Dataset.objects.filter(pk__in=ids, status="anonymizing", claim_token__gt="").exists():
                time.sleep(0.2)  # nothing running yet (worker starting, redelivery on its way)
                continue
            time.sleep(rng.uniform(0.1, 3.0))  # somewhere in the run: reading, anonymising, storing
            if rng.random() < 0.75:
                if worker.kill_child():
                    kills["child"] += 1
            else:
                worker.kill_all()
                kills["worker"] += 1
                worker.start()
            time.sleep(0.5)
        kill_phase = time.monotonic() - started

        deadline = time.monotonic() + SETTLE_SECONDS
        idle_since = time.monotonic()
        while Dataset.objects.filter(pk__in=ids).exclude(status="ready").exists():
            statuses = list(Dataset.objects.filter(pk__in=ids).values_list("pk", "status", "error_message"))
            assert time.monotonic() < deadline, (statuses, worker.tail())
            assert not [s for s in statuses if s[1] == "failed"], statuses
            if Dataset.objects.filter(pk__in=ids, status="anonymizing").exists():
                idle_since = time.monotonic()
            elif time.monotonic() - idle_since > 3 * LEASE:
                break  # only `approved` datasets left, and nothing picks them up: their messages are lost
            dataset_claims_sweep()
            time.sleep(1)
        dataset_claims_sweep()  # beat's next sweep: a worker killed after "ready" left its raw upload
        print(f"\nfaults: {kills} kills over {len(ids)} datasets; kill phase {kill_phase:.0f} s, ")
        print(f"settled {time.monotonic() - started:.0f} s after the first start")
    finally:
        worker.stop()
        with contextlib.suppress(Exception), app.connection_for_write() as conn:
            conn.default_channel.queue_delete(queue)

    assert sum(kills.values()) >= KILLS
    lost = list(Dataset.objects.filter(pk__in=ids, status="approved").values_list("pk", flat=True))
    datasets = list(Dataset.objects.filter(pk__in=ids).exclude(pk__in=lost).order_by("pk"))
    assert [d.status for d in datasets] == ["ready"] * len(datasets)
    assert not DatasetPart.objects.filter(dataset__in=ids).exists()
    for dataset in datasets:
        folder = f"artifacts/{dataset.pk}"
        dirs, files = default_storage.listdir(folder)
        assert (dirs, files) == ([], ["data.parquet"]), (dataset.pk, dirs, files)  # no orphan, no copy
        assert dataset.artifact.name == f"{folder}/data.parquet"
        assert sha256_of(Path(default_storage.path(dataset.artifact.name))) == dataset.artifact_sha256
        assert dataset.artifact_rows == ROWS
        assert not dataset.raw_file and dataset.raw_deleted_at is not None
        raw = f"raw/{dataset.pk}"
        assert not default_storage.exists(raw) or default_storage.listdir(raw) == ([], []), dataset.pk
    assert not lost, f"{LOST_MESSAGE}: datasets {lost} of {len(ids)} stayed approved"


LOST_MESSAGE = (
    "a worker killed after taking an anonymisation message but before claiming the dataset: the claims "
    "sweep must queue the approved dataset again (APPROVED_LOST_AFTER), not wait for Redis's hour-long "
    "visibility timeout"
)


def test_the_sweep_queues_again_an_approved_dataset_whose_message_was_lost(
    world: dict[str, Any], licence: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    sent: list[int] = []
    monkeypatch.setattr(tasks.dataset_anonymize_task, "delay", sent.append)
    dataset = upload(world["alice"], world["acme"], licence)
    dataset_scan(dataset_id=dataset.pk)
    dataset_approve(dataset=Dataset.objects.get(pk=dataset.pk), user=world["alice"])
    assert sent == [dataset.pk]  # the message the killed worker took
    sent.clear()
    later = timezone.now() + timedelta(minutes=15)  # the acceptance allows 10 minutes

    assert dataset_claims_sweep(now=later) == [dataset.pk]
    assert sent == [dataset.pk]

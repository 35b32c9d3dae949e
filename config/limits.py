"""Celery time limits per kind of task, and the lease of a dataset claim (issue 11).

**Time limits.** At the soft limit Celery raises ``SoftTimeLimitExceeded`` inside the task: a dataset
stage fails its dataset with a readable reason ("The scan took longer than 15 minutes…") and the
worker process carries on with the next task. At the hard limit (soft + ``SHOAL_TIME_LIMIT_GRACE``)
the pool kills the process that ignored the soft one (stuck in C code); Celery then calls the task's
``on_failure`` in the worker's main process, which fails the dataset the same way, and acknowledges
the message (``CELERY_TASK_ACKS_ON_FAILURE_OR_TIMEOUT``), so the file is not tried again.

Only the prefork pool enforces either limit; it is Celery's default and what ``make run``
(``config.devrun``) and docker-compose start. The solo and threads pools ignore both (they run the
task in the worker's own process and have nothing to kill), so `config.celery` logs an error when a
worker starts on one of them. The claim lease below still recovers from a worker that dies there.

Celery writes a task's limits into each message it sends, so the process that queues a task (web,
beat, worker) decides them: set ``SHOAL_TIME_LIMIT_*`` alike for every process.

Every hard limit stays below the Redis broker's ``visibility_timeout`` (3600 s, settings.py):
Redis hands an unacknowledged message to another worker after that long, even while the first
still runs it.

Kinds, their tasks and soft limits (env variable, in seconds):

- ``SCAN`` (15 min, ``SHOAL_TIME_LIMIT_SCAN``): dataset_scan_task.
- ``ANONYMIZE`` (50 min, ``SHOAL_TIME_LIMIT_ANONYMIZE``): dataset_anonymize_task,
  dataset_anonymize_part_task, dataset_finish_parts_task.
- ``POOL`` (20 min, ``SHOAL_TIME_LIMIT_POOL``): dataset_pool_task, corpus_build_task,
  consent_withdrawn_task.
- ``SWEEP`` (10 min, ``SHOAL_TIME_LIMIT_SWEEP``): retention_sweep_task, storage_reconcile_task,
  corpora_refresh_task, dataset_claims_sweep_task.
- ``NOTICE`` (2 min, ``SHOAL_TIME_LIMIT_NOTICE``): notice_deliver_task (e-mail and webhook).

Large tables are split into parts of ``SHOAL_PART_ROWS`` records, each its own task under the
anonymisation limit; JSONL and TXT files are one task, so a text file needing more than 50 minutes
on one core fails with the time-limit reason.

**Claim lease.** A worker claiming a dataset stage (or a part of a large table) holds it for
``SHOAL_CLAIM_LEASE_SECONDS`` (300), renewed every ``SHOAL_CLAIM_HEARTBEAT_SECONDS`` (30) while it
works. A claim whose lease has run out belongs to a worker that died: the next delivery of the task
takes it over (`pool.services.datasets`), and ``dataset_claims_sweep_task`` (every
``SHOAL_CLAIMS_SWEEP_SECONDS``, 120) queues that delivery where none is coming. A stage whose worker
is lost more than ``SHOAL_CLAIM_MAX_INTERRUPTIONS`` (2) times fails (a file that kills its worker,
for instance by exhausting memory, is not tried for ever).
"""

from __future__ import annotations

from dataclasses import dataclass

from config.env import ImproperlyConfiguredEnv, env_int


def _positive(name: str, default: int) -> int:
    value = env_int(name, default)
    if value <= 0:
        raise ImproperlyConfiguredEnv(f"{name} must be a positive number of seconds, got {value}")
    return value


GRACE_SECONDS = _positive("SHOAL_TIME_LIMIT_GRACE", 120)


@dataclass(frozen=True)
class TimeLimit:
    """A task kind's soft and hard time limits, in seconds."""

    soft: int
    hard: int

    def describe(self) -> str:
        """The soft limit as people read it: ``15 minutes``, ``1 minute``, ``45 seconds``."""
        if self.soft % 60:
            return f"{self.soft} second{'s' if self.soft != 1 else ''}"
        minutes = self.soft // 60
        return f"{minutes} minute{'s' if minutes != 1 else ''}"


def _limit(name: str, default: int) -> TimeLimit:
    soft = _positive(name, default)
    return TimeLimit(soft=soft, hard=soft + GRACE_SECONDS)


SCAN = _limit("SHOAL_TIME_LIMIT_SCAN", 15 * 60)
ANONYMIZE = _limit("SHOAL_TIME_LIMIT_ANONYMIZE", 50 * 60)
POOL = _limit("SHOAL_TIME_LIMIT_POOL", 20 * 60)
SWEEP = _limit("SHOAL_TIME_LIMIT_SWEEP", 10 * 60)
NOTICE = _limit("SHOAL_TIME_LIMIT_NOTICE", 2 * 60)

#: Each kind by name, for the reason a dataset fails with and for checks.
TIME_LIMITS = {"scan": SCAN, "anonymisation": ANONYMIZE, "pool": POOL, "sweep": SWEEP, "notice": NOTICE}

CLAIM_LEASE_SECONDS = _positive("SHOAL_CLAIM_LEASE_SECONDS", 300)
CLAIM_HEARTBEAT_SECONDS = _positive("SHOAL_CLAIM_HEARTBEAT_SECONDS", 30)
CLAIM_MAX_INTERRUPTIONS = _positive("SHOAL_CLAIM_MAX_INTERRUPTIONS", 2)
CLAIMS_SWEEP_SECONDS = _positive("SHOAL_CLAIMS_SWEEP_SECONDS", 120)

if CLAIM_HEARTBEAT_SECONDS * 3 > CLAIM_LEASE_SECONDS:
    raise ImproperlyConfiguredEnv(
        "SHOAL_CLAIM_LEASE_SECONDS must be at least three heartbeats (SHOAL_CLAIM_HEARTBEAT_SECONDS) long"
    )

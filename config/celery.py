"""The Celery app; tasks are discovered in every installed app's ``tasks`` module.

Time limits are declared on each task (`pool.tasks`, values from `config.limits`). Only the prefork
pool enforces them; a worker started on another pool logs an error saying so. A prefork child that
ends a task above ``SHOAL_WORKER_MAX_MEMORY_MIB`` (4096) resident is replaced, so the memory one
large file took is returned to the machine. Beat also runs the claims sweep every
``SHOAL_CLAIMS_SWEEP_SECONDS`` (claims whose worker died are taken over, `config.limits`).
"""

from __future__ import annotations

import logging
import os
from typing import Any

from celery import Celery
from celery.signals import worker_init

from config import limits
from config.env import env_int

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

logger = logging.getLogger(__name__)

app = Celery("shoal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.worker_max_memory_per_child = env_int("SHOAL_WORKER_MAX_MEMORY_MIB", 4096) * 1024  # KiB
app.autodiscover_tasks()

CLAIMS_SWEEP_ENTRY = "dataset-claims-sweep"


@app.on_after_configure.connect
def _schedule_claims_sweep(sender: Celery, **_: Any) -> None:
    sender.add_periodic_task(
        float(limits.CLAIMS_SWEEP_SECONDS),
        sender.signature("pool.tasks.dataset_claims_sweep_task"),
        name=CLAIMS_SWEEP_ENTRY,
    )


def pool_enforces_time_limits(pool_cls: Any) -> bool:
    """Whether a worker pool (class or alias such as ``"solo"``) enforces soft and hard time limits:
    prefork only (solo and threads run tasks in the worker's own process and ignore both)."""
    from celery.concurrency import get_implementation
    from celery.concurrency.prefork import TaskPool as PreforkPool

    implementation = get_implementation(pool_cls) if isinstance(pool_cls, str) else pool_cls
    return isinstance(implementation, type) and issubclass(implementation, PreforkPool)


@worker_init.connect
def _check_pool(sender: Any = None, **_: Any) -> None:
    pool_cls = getattr(sender, "pool_cls", None)
    if pool_cls is not None and not pool_enforces_time_limits(pool_cls):
        logger.error(
            "this worker's pool (%s) enforces no task time limits: a file that hangs holds the worker "
            "until it is killed; start workers with the prefork pool (the default, no --pool option)",
            getattr(pool_cls, "__name__", pool_cls),
        )
    visibility = (app.conf.broker_transport_options or {}).get("visibility_timeout")
    longest = max(limit.hard for limit in limits.TIME_LIMITS.values())
    if visibility and longest >= visibility:
        logger.error(
            "a task's hard time limit (%ss) reaches the broker's visibility timeout (%ss): Redis would "
            "hand a running task to a second worker",
            longest,
            visibility,
        )

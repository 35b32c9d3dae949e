"""The Celery app; tasks are discovered in every installed app's ``tasks`` module.

**Broker outages.** A worker outlives a broker outage of any length and reconnects when the broker is
back: connection retries never end (Celery's default gives up after 100 attempts and the worker exits
with "Unrecoverable error"), and the Redis client times out and checks idle connections so a dead or
half-open connection is noticed. Workers run without the Gossip and Mingle steps (`_without_gossip`):
on a lost connection the consumer restarts them, and their stop closes a channel whose connection kombu
has already released, raising ``AttributeError: 'NoneType' object has no attribute 'hostname'`` (or
``… 'connection_errors'``) — celery/kombu#582, celery/celery#8030, where workers were also left
consuming nothing after reconnecting. Shoal uses neither (no remote revokes, no clock sync between
workers). A task running when the connection drops runs to its end (its stage is claimed in the
database, so the redelivery that follows does nothing) rather than being cancelled. Uploads made
while the broker is away are queued later by the claims sweep (`pool.services.outbox`).

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
from celery.signals import setup_logging, worker_init

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


# --- broker connection (see the module docstring) ---------------------------------------------------

# Redis has no protocol heartbeat (``broker_heartbeat`` applies to AMQP only); the client's
# health check (a PING on a connection idle this long) and timeouts take its place.
REDIS_TRANSPORT_OPTIONS: dict[str, object] = {
    "socket_timeout": 30,  # seconds without an answer before a read fails (BRPOP waits 1 s)
    "socket_connect_timeout": 3,  # bounds how long an upload's publish can wait for a dead broker
    "socket_keepalive": True,
    "retry_on_timeout": True,
    "health_check_interval": 25,
}


@app.on_after_configure.connect
def _survive_broker_outages(sender: Celery, **_: Any) -> None:
    """Set once the settings are read (reading ``broker_url`` at import would configure the app
    before the handlers below are connected)."""
    conf = sender.conf
    conf.broker_connection_retry_on_startup = True
    conf.broker_connection_retry = True
    conf.broker_connection_max_retries = None  # for ever: a worker must outlive any outage
    # The stages are claimed in the database: a task cut off from the broker finishes its work, and
    # the redelivery of its unacknowledged message finds the stage done. Cancelling would throw away
    # hours of anonymisation for a second's blip. (Celery 5 still warns at each loss that 6.0
    # changes the default.)
    conf.worker_cancel_long_running_tasks_on_connection_loss = False
    if str(conf.broker_url or "").startswith(("redis://", "rediss://")):
        conf.broker_transport_options = {
            **REDIS_TRANSPORT_OPTIONS,
            **(conf.broker_transport_options or {}),  # settings win (visibility_timeout…)
        }


def pool_enforces_time_limits(pool_cls: Any) -> bool:
    """Whether a worker pool (class or alias such as ``"solo"``) enforces soft and hard time limits:
    prefork only (solo and threads run tasks in the worker's own process and ignore both)."""
    from celery.concurrency import get_implementation
    from celery.concurrency.prefork import TaskPool as PreforkPool

    implementation = get_implementation(pool_cls) if isinstance(pool_cls, str) else pool_cls
    return isinstance(implementation, type) and issubclass(implementation, PreforkPool)


@setup_logging.connect
def _django_logging(loglevel: Any = None, **_: Any) -> None:
    """Workers and beat log through Django's ``LOGGING`` (JSON lines in production, with the personal
    data filter) instead of Celery's own root handler; ``--loglevel`` still sets the level."""
    import logging.config

    from django.conf import settings

    logging.config.dictConfig(settings.LOGGING)
    if loglevel:
        logging.getLogger().setLevel(loglevel)


@worker_init.connect
def _without_gossip(sender: Any = None, **_: Any) -> None:
    """Leave out the Gossip and Mingle consumer steps (``--without-gossip --without-mingle``, for every
    way a worker is started): their restart after a lost broker connection fails (module docstring).
    ``options`` are the keyword arguments the worker hands to its consumer's steps."""
    options = getattr(sender, "options", None)
    if isinstance(options, dict):
        options["without_gossip"] = True
        options["without_mingle"] = True


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

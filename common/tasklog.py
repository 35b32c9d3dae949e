"""One structured log line per Celery task run: task, kind, ids, duration, outcome and counts.

Connected to Celery's signals (`connect`, called from ``CommonConfig.ready``), so every task of every
app is covered without a line in its body, whether it runs in a worker or eagerly. A run is logged
when it ends (``task_postrun``); a run whose process was killed at the hard time limit or lost has no
``task_postrun``, and the worker's main process logs it from ``task_failure`` instead. The line never
carries values: ids are the task's integer arguments by name (tasks take ids, STYLE.md), counts are the
integers of a ``dict`` the task returns, and a failure names its exception type only.

Fields: ``event`` ("task"), ``task`` (the registered name), ``kind`` (the task's time-limit kind when it
declares one), ``task_id``, the id arguments (``dataset_id=…``), ``duration_s``, ``outcome``
(``success`` | ``failure`` | ``retry`` | ``ignored`` | ``rejected`` | ``time_limit`` | ``lost``),
``error`` (exception type, on failure), ``retries`` and ``counts``.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Mapping
from typing import Any

from celery import Task, signals
from celery.exceptions import TimeLimitExceeded, WorkerLostError

logger = logging.getLogger("shoal.tasks")

#: Runs started in this process, by task id: (monotonic start, failure type once known).
_running: dict[str, dict[str, Any]] = {}

_OUTCOMES = {"SUCCESS": "success", "FAILURE": "failure", "RETRY": "retry", "IGNORED": "ignored"}


def task_ids(task: Task, args: Any, kwargs: Any) -> dict[str, int]:
    """The task's integer arguments by parameter name (``{"dataset_id": 7}``); nothing else."""
    try:
        names = list(inspect.signature(task.run).parameters)
    except (TypeError, ValueError):
        names = []
    named = dict(zip(names, args or (), strict=False))
    named.update(kwargs or {})
    return {
        name: value
        for name, value in named.items()
        if isinstance(value, int) and not isinstance(value, bool) and name != "self"
    }


def _counts(retval: Any) -> dict[str, int] | None:
    if not isinstance(retval, Mapping):
        return None
    counts = {str(k): v for k, v in retval.items() if isinstance(v, int) and not isinstance(v, bool)}
    return counts or None


def _emit(task: Task, task_id: str, ids: dict[str, int], outcome: str, **fields: Any) -> None:
    name = getattr(task, "name", None) or type(task).__name__
    line: dict[str, Any] = {"event": "task", "task": name, "task_id": task_id, **ids, "outcome": outcome}
    kind = getattr(task, "kind", "")
    if kind:
        line["kind"] = kind
    line.update({key: value for key, value in fields.items() if value is not None})
    level = logging.INFO if outcome in ("success", "retry", "ignored") else logging.WARNING
    logger.log(level, "task %s %s", name.rsplit(".", 1)[-1], outcome, extra=line)


def _on_prerun(sender: Task | None = None, task_id: str | None = None, **_: Any) -> None:
    if task_id is not None:
        _running[task_id] = {"started": time.monotonic(), "error": None}


def _on_failure(
    sender: Task | None = None,
    task_id: str | None = None,
    exception: BaseException | None = None,
    args: Any = None,
    kwargs: Any = None,
    **_: Any,
) -> None:
    if task_id is None or sender is None:
        return
    run = _running.get(task_id)
    if run is not None:  # the run is in this process: task_postrun writes its line
        run["error"] = type(exception).__name__ if exception is not None else None
        return
    # The worker's main process reports a child killed at the hard limit or lost: no postrun follows.
    if isinstance(exception, TimeLimitExceeded):
        limit = exception.args[0] if exception.args else None
        outcome, duration = "time_limit", float(limit) if isinstance(limit, int | float) else None
    elif isinstance(exception, WorkerLostError):
        outcome, duration = "lost", None
    else:
        return
    _emit(
        sender,
        task_id,
        task_ids(sender, args, kwargs),
        outcome,
        duration_s=duration,
        error=type(exception).__name__,
    )


def _on_retry(request: Any = None, reason: BaseException | str | None = None, **_: Any) -> None:
    run = _running.get(getattr(request, "id", None) or "")
    cause = getattr(reason, "exc", None) or reason  # celery.exceptions.Retry wraps the cause
    if run is not None and isinstance(cause, BaseException):
        run["error"] = type(cause).__name__


def _on_postrun(
    sender: Task | None = None,
    task_id: str | None = None,
    args: Any = None,
    kwargs: Any = None,
    retval: Any = None,
    state: str | None = None,
    **_: Any,
) -> None:
    if task_id is None or sender is None:
        return
    run = _running.pop(task_id, None)
    duration = round(time.monotonic() - run["started"], 3) if run is not None else None
    outcome = _OUTCOMES.get(state or "", (state or "unknown").lower())
    retries = getattr(sender.request, "retries", 0) or None
    _emit(
        sender,
        task_id,
        task_ids(sender, args, kwargs),
        outcome,
        duration_s=duration,
        error=run["error"] if run is not None and outcome != "success" else None,
        retries=retries,
        counts=_counts(retval) if outcome == "success" else None,
    )


def connect() -> None:
    """Connect the handlers once per process (idempotent: ``dispatch_uid``)."""
    signals.task_prerun.connect(_on_prerun, weak=False, dispatch_uid="shoal.tasklog.prerun")
    signals.task_failure.connect(_on_failure, weak=False, dispatch_uid="shoal.tasklog.failure")
    signals.task_retry.connect(_on_retry, weak=False, dispatch_uid="shoal.tasklog.retry")
    signals.task_postrun.connect(_on_postrun, weak=False, dispatch_uid="shoal.tasklog.postrun")

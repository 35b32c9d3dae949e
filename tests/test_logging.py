"""Failures are logged without messages that could quote personal data."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from common.logging import JsonFormatter, KeyValueFormatter, log_failure, record_fields
from tests.conftest import CANARY_NAME


def test_a_failure_is_logged_with_its_type_and_frames_but_not_its_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger("shoal.test")
    try:
        float(CANARY_NAME)
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="shoal.test"):
            log_failure(logger, exc, "scan of dataset %s failed", 7)
    assert "scan of dataset 7 failed (ValueError)" in caplog.text
    assert "test_logging.py" in caplog.text
    assert CANARY_NAME not in caplog.text


# --- structured lines: JSON in production, one line per task run ---------------------------------


def _record(logger_name: str = "shoal.test", **fields: object) -> logging.LogRecord:
    return logging.getLogger(logger_name).makeRecord(
        logger_name, logging.INFO, __file__, 1, "task %s %s", ("x", "success"), None, extra=fields
    )


def test_the_json_formatter_writes_one_object_per_line_with_the_records_fields() -> None:
    line = JsonFormatter().format(_record(task="pool.tasks.x", dataset_id=7, duration_s=0.25))
    assert "\n" not in line
    data = json.loads(line)
    assert data["message"] == "task x success" and data["level"] == "INFO"
    assert (data["task"], data["dataset_id"], data["duration_s"]) == ("pool.tasks.x", 7, 0.25)
    assert data["time"].endswith("+00:00")


def test_the_json_formatter_gives_an_exceptions_type_and_frames_but_not_its_message() -> None:
    try:
        float(CANARY_NAME)
    except ValueError:
        record = logging.getLogger("shoal.test").makeRecord(
            "shoal.test", logging.ERROR, __file__, 1, "failed", (), sys.exc_info()
        )
    data = json.loads(JsonFormatter().format(record))
    assert data["exc_type"] == "ValueError" and "test_logging.py" in data["stack"]
    assert CANARY_NAME not in json.dumps(data)


def test_the_text_formatter_appends_the_fields_as_key_value_pairs() -> None:
    text = KeyValueFormatter("%(message)s").format(_record(outcome="success", counts={"a": 1}))
    assert text == 'task x success outcome="success" counts={"a": 1}'


def _log_in_a_fresh_process(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Start Django with ``env`` (DEBUG, SHOAL_LOG_FORMAT) and log one record with a field."""
    code = "import logging; logging.getLogger('shoal.probe').info('hello %s', 'there', extra={'n': 3})"
    clean = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SHOAL_LOG_FORMAT")}
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=Path(__file__).resolve().parent.parent,
        env={**clean, "SHOAL_VAR_DIR": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_logs_json_lines_and_development_text(tmp_path: Path) -> None:
    production = _log_in_a_fresh_process(tmp_path, DEBUG="0")
    assert production.returncode == 0, production.stderr[-2000:]
    line = next(json.loads(t) for t in production.stderr.splitlines() if "shoal.probe" in t)
    assert (line["message"], line["n"], line["logger"]) == ("hello there", 3, "shoal.probe")

    development = _log_in_a_fresh_process(tmp_path, DEBUG="1")
    line = next(t for t in development.stderr.splitlines() if "shoal.probe" in t)
    assert line.endswith("shoal.probe: hello there n=3")

    wrong = _log_in_a_fresh_process(tmp_path, DEBUG="1", SHOAL_LOG_FORMAT="xml")
    assert wrong.returncode != 0 and "SHOAL_LOG_FORMAT must be json or text" in wrong.stderr


def _task_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "shoal.tasks"]


@pytest.mark.django_db
def test_every_task_run_logs_one_line_with_duration_outcome_and_counts(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from pool.tasks import corpora_refresh_task, notice_deliver_task

    with caplog.at_level(logging.INFO, logger="shoal.tasks"):
        corpora_refresh_task.apply()
        first = _task_lines(caplog)
        notice_deliver_task.apply(args=[987654])  # no such notice: the service raises DoesNotExist
    lines = _task_lines(caplog)
    assert len(first) == 1 and len(lines) == 2
    ok, failed = (record_fields(r) for r in lines)
    assert ok["task"] == "pool.tasks.corpora_refresh_task" and ok["kind"] == "sweep"
    assert ok["outcome"] == "success" and ok["counts"] == {"builds_queued": 0}
    assert isinstance(ok["duration_s"], float) and 0 <= ok["duration_s"] < 30
    assert failed["task"] == "pool.tasks.notice_deliver_task" and failed["notice_id"] == 987654
    assert (failed["outcome"], failed["error"], failed["kind"]) == ("failure", "DoesNotExist", "notice")
    assert lines[1].levelno == logging.WARNING and "counts" not in failed
    assert json.loads(JsonFormatter().format(lines[1]))["outcome"] == "failure"


@pytest.mark.django_db
def test_a_retried_run_and_its_retry_log_a_line_each(
    caplog: pytest.LogCaptureFixture, settings: Any, world: dict[str, Any]
) -> None:
    """The webhook target resolves into the loopback network once allowed: a closed port there is
    a transient failure, retried (eagerly here) until the retries run out."""
    import socket

    from pool.models import Notice, Organization
    from pool.tasks import notice_deliver_task

    settings.SHOAL_WEBHOOK_ALLOWED_HOSTS = ["127.0.0.1"]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        Organization.objects.filter(pk=world["lab"].pk).update(
            webhook_url=f"http://127.0.0.1:{sock.getsockname()[1]}/hook", contact_email=""
        )
        notice = Notice.objects.create(organization=world["lab"], kind="grant", subject="s", body="b")
        with caplog.at_level(logging.INFO, logger="shoal.tasks"):
            notice_deliver_task.apply(args=[notice.pk])
    fields = [record_fields(r) for r in _task_lines(caplog)]
    retries = notice_deliver_task.max_retries
    assert [f["outcome"] for f in fields] == ["retry"] * retries + ["failure"]
    assert {f["task_id"] for f in fields} == {fields[0]["task_id"]}
    assert [f.get("retries") for f in fields] == [None, *range(1, retries + 1)]
    assert {f["error"] for f in fields} == {"NoticeDeliveryIncomplete"}
    assert all(f["notice_id"] == notice.pk and f["duration_s"] >= 0 for f in fields)


def test_a_run_killed_at_its_hard_limit_is_logged_once_by_the_workers_main_process(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The child running the task is gone, so no task_postrun follows: the main process's
    task_failure (as Celery sends it from ``Request.on_timeout``) writes the run's line."""
    from celery import signals
    from celery.exceptions import TimeLimitExceeded

    from pool.tasks import dataset_scan_task

    with caplog.at_level(logging.INFO, logger="shoal.tasks"):
        signals.task_failure.send(
            sender=dataset_scan_task,
            task_id="killed-run",
            exception=TimeLimitExceeded(1020),
            args=[41],
            kwargs={},
            traceback=None,
            einfo=None,
        )
    fields = [record_fields(r) for r in _task_lines(caplog)]
    assert len(fields) == 1
    assert (fields[0]["outcome"], fields[0]["dataset_id"], fields[0]["duration_s"]) == (
        "time_limit",
        41,
        1020.0,
    )
    assert (fields[0]["kind"], fields[0]["error"]) == ("scan", "TimeLimitExceeded")


@pytest.mark.django_db(transaction=True)
def test_a_production_worker_writes_each_task_run_as_one_json_line(tmp_path: Path) -> None:
    """A real prefork worker (as `make run` and compose start it) with DEBUG=0: Celery's logging goes
    through Django's LOGGING, so the task lines are JSON objects."""
    import time
    import uuid

    from pool.tasks import corpora_refresh_task, notice_deliver_task
    from tests.pool.test_task_limits import _database_url

    queue = f"log-test-{uuid.uuid4().hex[:8]}"
    log = tmp_path / "worker.log"
    env = {**os.environ, "DATABASE_URL": _database_url(), "DEBUG": "0"}
    env.pop("SHOAL_LOG_FORMAT", None)
    command = [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", queue, "--concurrency", "1"]
    command += ["--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel", "INFO"]
    root = Path(__file__).resolve().parent.parent
    with log.open("w") as out:
        worker = subprocess.Popen(command, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        corpora_refresh_task.apply_async(queue=queue)
        notice_deliver_task.apply_async(args=[987654], queue=queue)
        deadline = time.monotonic() + 90
        while log.read_text().count('"logger": "shoal.tasks"') < 2:
            assert time.monotonic() < deadline and worker.poll() is None, log.read_text()[-3000:]
            time.sleep(0.2)
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
    lines = [json.loads(t) for t in log.read_text().splitlines() if t.startswith("{")]
    ours = sorted((x for x in lines if x["logger"] == "shoal.tasks"), key=lambda x: x["task"])
    assert [(x["task"].rsplit(".", 1)[-1], x["outcome"]) for x in ours] == [
        ("corpora_refresh_task", "success"),
        ("notice_deliver_task", "failure"),
    ]
    assert all(isinstance(x["duration_s"], float) for x in ours)
    assert ours[0]["counts"] == {"builds_queued": 0} and ours[1]["notice_id"] == 987654
    assert any(x["logger"] == "celery.apps.worker" for x in lines)  # Celery's own lines are JSON too

"""Tests beside a running app (issue 14): a test run has its own var directory, broker queue, cache
prefix, database and ports (`tests.isolation`), so ``make test`` leaves a ``make run`` alone."""

from __future__ import annotations

import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.conf import settings

from tests.isolation import _forget_redis_keys

ROOT = Path(__file__).resolve().parent.parent
REPO_VAR = ROOT / "var"

#: What the running app holds: datasets and versions with their states, the audit log's length.
SNAPSHOT = """
import json
from contracts.models import AuditEvent
from pool.models import CorpusVersion, Dataset
print(json.dumps({
    "datasets": sorted([d.pk, d.title, d.status, d.artifact_sha256] for d in Dataset.objects.all()),
    "versions": sorted(
        [v.corpus.slug, v.number, v.status, sorted(v.datasets.values_list("pk", flat=True))]
        for v in CorpusVersion.objects.select_related("corpus")
    ),
    "audit_events": AuditEvent.objects.count(),
}))
"""

APPROVE_CUSTOMERS = """
from django.contrib.auth import get_user_model
from pool.models import Dataset
from pool.services.datasets import dataset_approve
dataset = Dataset.objects.get(title="Acme customers 2025")
dataset_approve(dataset=dataset, user=get_user_model().objects.get(username="alice"))
"""

#: The variables a test run sets for itself; neither the app nor a nested run may inherit them.
RUN_VARIABLES = {"SHOAL_VAR_DIR", "AUDIT_ANCHOR", "SHOAL_TASK_QUEUE", "SHOAL_CACHE_PREFIX", "SHOAL_TEST_RUN"}

#: A slice of the suite that sends tasks through the broker to a real worker, and publishes.
E2E_SLICE = [
    "tests/e2e/test_worker.py",
    "tests/pool/test_publish_latency.py::test_a_real_worker_publishes_a_lone_ready_dataset_without_waiting_for_the_debounce",
]


def test_this_run_has_its_own_var_directory_queue_and_cache_prefix() -> None:
    var = Path(settings.VAR_DIR).resolve()
    assert var != REPO_VAR.resolve()
    assert var.name.startswith(f"shoal-test-{os.environ['SHOAL_TEST_RUN']}-")
    assert Path(settings.AUDIT_ANCHOR).resolve().parent == var
    assert Path(settings.BROKER_DIR).resolve().parent == var
    if settings.STORAGE_URL.startswith("file://"):
        assert var in Path(settings.MEDIA_ROOT).resolve().parents
    run_name = f"shoal-test-{os.environ['SHOAL_TEST_RUN']}"
    queue, prefix = settings.CELERY_TASK_DEFAULT_QUEUE, settings.SHOAL_CACHE_PREFIX
    assert queue == prefix == run_name
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        assert var in Path(database["TEST"]["NAME"]).resolve().parents
    else:
        assert database["TEST"].get("NAME") in (None, f"test_{database['NAME']}")


def test_make_serve_runs_the_server_command_of_the_production_image() -> None:
    """`make serve` (load tests) and the image (Dockerfile CMD, compose `web`) run one gunicorn."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    cmd = json.loads(next(line for line in dockerfile.splitlines() if line.startswith("CMD "))[4:])
    # inside `make test` the caller's MAKEFLAGS would add "Entering directory" lines: a clean make
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MAKELEVEL", "MFLAGS"}}
    dry_run = subprocess.run(
        ["make", "--no-print-directory", "-n", "serve", "PORT=8765"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    serve = shlex.split(dry_run.replace("\\\n", " ").splitlines()[-1])
    assert serve[0] == "DEBUG=0" and serve[2].endswith("/gunicorn")
    assert serve[3] == cmd[1] == "config.wsgi:application"

    def options(argv: list[str]) -> list[str]:
        """Everything but the executable, the app and the bind address."""
        rest = argv[argv.index("config.wsgi:application") + 1 :]
        bind = rest.index("--bind")
        return rest[:bind] + rest[bind + 2 :]

    assert options(serve) == ["--no-control-socket", *options(cmd)]
    assert serve[serve.index("--bind") + 1] == "127.0.0.1:8765"
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert compose["services"]["web"]["command"] == cmd


# --- the demo beside a test run -------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in RUN_VARIABLES and not k.startswith("PYTEST_")}
    env.pop("DATABASE_URL", None)  # the app and the nested run use SQLite files under their var dirs
    return {**env, "PYTHONUNBUFFERED": "1", **extra}


def _manage(env: dict[str, str], *args: str, timeout: float = 300) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"manage.py {args[0]} failed:\n{result.stderr[-3000:]}"
    return result.stdout


def _snapshot(env: dict[str, str]) -> dict[str, Any]:
    return json.loads(_manage(env, "shell", "-c", SNAPSHOT).strip().splitlines()[-1])


def _settled(state: dict[str, Any]) -> bool:
    moving = {"uploaded", "scanning", "approved", "anonymizing"}
    return all(d[2] not in moving for d in state["datasets"]) and all(
        v[2] != "building" for v in state["versions"]
    )


def _wait(env: dict[str, str], done: Any, what: str, timeout: float = 420) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        state = _snapshot(env)
        if done(state):
            return state
        assert time.monotonic() < deadline, f"the app did not reach {what}: {state}"
        time.sleep(3)


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:
            return bool(response.status == 200)
    except OSError:
        return False


@pytest.fixture
def running_app(tmp_path: Path) -> Iterator[tuple[dict[str, str], int, Path]]:
    """`make run` on its own var directory and a free port: migrate, seed the demo, then web, worker
    and beat from config/devrun.py; one demo dataset approved, so the demo has a published version."""
    var = tmp_path / "app-var"
    port = _free_port()
    # Its own queue and cache prefix too: on a Redis shared with a real `make run`, this stand-in
    # must not take the real app's tasks either.
    name = f"shoal-isolation-app-{os.environ['SHOAL_TEST_RUN']}"
    env = _clean_env(
        SHOAL_VAR_DIR=str(var), DEBUG="1", PORT=str(port), SHOAL_TASK_QUEUE=name, SHOAL_CACHE_PREFIX=name
    )
    _manage(env, "migrate", "--noinput")
    _manage(env, "seed_demo")
    log = (tmp_path / "devrun.log").open("wb")
    app = subprocess.Popen(
        [sys.executable, "-m", "config.devrun"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        _wait(env, _settled, "the end of the demo scans")
        _manage(env, "shell", "-c", APPROVE_CUSTOMERS)
        _wait(
            env,
            lambda s: _settled(s) and any(v[2] == "published" for v in s["versions"]),
            "a published demo version",
        )
        deadline = time.monotonic() + 60
        while not _healthy(port):
            assert time.monotonic() < deadline, "the app's web server does not answer"
            time.sleep(1)
        yield env, port, var
    finally:
        app.send_signal(signal.SIGTERM)  # devrun stops web, worker and beat
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(app.pid, signal.SIGKILL)
            app.wait()
        log.close()
        if env.get("REDIS_URL"):
            _forget_redis_keys(env["REDIS_URL"], queue=name, cache_prefix=name)


@pytest.mark.slow
def test_end_to_end_tests_beside_a_running_app_pass_and_leave_its_demo_data_unchanged(
    running_app: tuple[dict[str, str], int, Path], tmp_path: Path
) -> None:
    env, port, var = running_app
    before = _snapshot(env)
    assert any(d[2] == "ready" for d in before["datasets"]), before
    anchor_before = (var / "audit-anchor.log").read_bytes()

    # The nested run is told the app's var directory, as `make test` beside `make run` shares var/.
    nested = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *E2E_SLICE],
        cwd=ROOT,
        env=_clean_env(SHOAL_VAR_DIR=str(var)),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert nested.returncode == 0, nested.stdout[-4000:] + nested.stderr[-2000:]
    assert " passed" in nested.stdout

    after = _snapshot(env)
    assert after == before
    assert (var / "audit-anchor.log").read_bytes() == anchor_before
    assert _healthy(port)
    leftovers = [p.name for p in var.iterdir() if p.name.startswith("shoal-test-")]
    assert leftovers == []  # the nested run removed its own directory

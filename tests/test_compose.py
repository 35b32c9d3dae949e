"""docker-compose.yml runs commands that exist in this project (no Docker engine is needed)."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _shoal_commands(service: dict) -> list[list[str]]:
    command = service["command"]
    if command[:2] == ["sh", "-c"]:
        return [shlex.split(part) for part in command[2].split("&&")]
    return [command]


def test_it_defines_the_production_services() -> None:
    assert {"web", "worker", "beat", "postgres", "redis", "minio"} <= set(_compose()["services"])


def test_every_command_it_runs_exists_in_the_project() -> None:
    services = _compose()["services"]
    django_commands = get_commands()
    for name in ("web", "worker", "beat"):
        for argv in _shoal_commands(services[name]):
            if argv[:2] == ["python", "manage.py"]:
                assert argv[2] in django_commands, f"{name}: manage.py {argv[2]} does not exist"
            elif argv[0] == "gunicorn":
                module, attr = argv[1].split(":")
                assert (ROOT / (module.replace(".", "/") + ".py")).exists(), argv
                assert f"{attr} =" in (ROOT / (module.replace(".", "/") + ".py")).read_text()
            elif argv[0] == "celery":
                assert argv[1:3] == ["-A", "config"]
                assert (ROOT / "config" / "celery.py").exists()
                assert argv[3] in {"worker", "beat"}
            else:
                raise AssertionError(f"{name}: unexpected command {argv}")


def test_the_dockerfile_installs_the_hashed_lock_and_runs_gunicorn() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "--require-hashes" in dockerfile
    assert (ROOT / "requirements.lock").exists()
    assert '"config.wsgi:application"' in dockerfile

"""Settings come from the environment through typed readers that fail loudly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from config.env import ImproperlyConfiguredEnv, env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("true", True), ("ON", True), ("0", False), ("no", False)]
)
def test_it_reads_booleans(raw: str, expected: bool) -> None:
    assert env_bool("X", environ={"X": raw}) is expected


@pytest.mark.parametrize("raw", ["ture", "2", "yess"])
def test_it_rejects_a_misspelt_boolean(raw: str) -> None:
    with pytest.raises(ImproperlyConfiguredEnv, match="X must be a boolean"):
        env_bool("X", environ={"X": raw})


def test_it_rejects_a_non_integer() -> None:
    with pytest.raises(ImproperlyConfiguredEnv):
        env_int("PORT", 8000, environ={"PORT": "eighty"})


def test_it_splits_lists_and_drops_blanks() -> None:
    assert env_list("H", [], environ={"H": "a.example, b.example,,"}) == ["a.example", "b.example"]


PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "x" * 20 + "-production-secret-key-0123456789",
    "PSEUDONYM_KEY": "p" * 20 + "-production-pseudonym-key-0123456789",
    "AUDIT_KEY": "a" * 20 + "-production-audit-key-0123456789",
    "ALLOWED_HOSTS": "shoal.example.org",
}


def _manage(args: list[str], env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DATABASE_URL", "REDIS_URL"}}
    base.update({"SHOAL_VAR_DIR": str(tmp_path), **env})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=base, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_the_deploy_check(tmp_path: Path) -> None:
    result = _manage(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "PSEUDONYM_KEY", "AUDIT_KEY"])
def test_the_deploy_check_fails_when_a_key_is_not_in_the_environment(tmp_path: Path, missing: str) -> None:
    env = {k: v for k, v in PRODUCTION.items() if k != missing}
    result = _manage(["check", "--deploy", "--fail-level", "WARNING"], env, tmp_path)
    assert result.returncode != 0
    assert f"{missing} is read from a file generated under var/" in result.stderr


def test_a_short_secret_key_stops_start_up(tmp_path: Path) -> None:
    result = _manage(["check"], {**PRODUCTION, "SECRET_KEY": "short"}, tmp_path)
    assert result.returncode != 0
    assert "SECRET_KEY must be at least 32 characters" in result.stderr


def test_database_url_switches_the_engine(tmp_path: Path) -> None:
    code = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    env = {"DATABASE_URL": "postgres://u@db.invalid:5432/x"}
    result = _manage(["shell", "-c", code], env, tmp_path)
    assert result.stdout.strip().splitlines()[-1] == "django.db.backends.postgresql", result.stderr
    default = _manage(["shell", "-c", code], {}, tmp_path)
    assert default.stdout.strip().splitlines()[-1] == "django.db.backends.sqlite3", default.stderr


def test_redis_url_switches_the_broker(tmp_path: Path) -> None:
    code = "from django.conf import settings; print(settings.CELERY_BROKER_URL)"
    assert _manage(
        ["shell", "-c", code], {"REDIS_URL": "redis://127.0.0.1:6379/5"}, tmp_path
    ).stdout.strip().splitlines()[-1] == ("redis://127.0.0.1:6379/5")
    assert (
        _manage(["shell", "-c", code], {}, tmp_path).stdout.strip().splitlines()[-1]
        == "filesystem://localhost/"
    )

"""docker-compose.yml runs commands that exist in this project (no Docker engine is needed)."""

from __future__ import annotations

import re
import shlex
import shutil
import string
import subprocess
from pathlib import Path

import pytest
import yaml
from django.conf import settings
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


# --- nginx in front: version-file bytes by X-Accel-Redirect (deploy/nginx/) ----------------------------

NGINX_TEMPLATE = ROOT / "deploy" / "nginx" / "templates" / "shoal.conf.template"


def test_nginx_is_the_only_published_front_and_web_hands_it_the_bytes() -> None:
    services = _compose()["services"]
    assert "ports" not in services["web"]
    assert services["nginx"]["ports"] == [f"8000:{services['nginx']['environment']['NGINX_PORT']}"]
    web_env = services["web"]["environment"]
    assert web_env["SHOAL_ACCEL_REDIRECT"] == "1"
    assert web_env["SHOAL_NUM_PROXIES"] == "1"
    assert web_env["STORAGE_URL"].startswith("s3://")  # the anchor merge kept the shared variables
    assert "./deploy/nginx/templates:/etc/nginx/templates:ro" in services["nginx"]["volumes"]


def test_the_nginx_template_gets_every_variable_and_the_apps_internal_prefixes() -> None:
    env = _compose()["services"]["nginx"]["environment"]
    template = NGINX_TEMPLATE.read_text()
    assert set(re.findall(r"\$\{(\w+)\}", template)) <= set(env)
    assert env["SHOAL_ACCEL_FILES_PREFIX"] == settings.SHOAL_ACCEL_FILES_PREFIX
    assert env["SHOAL_ACCEL_S3_PREFIX"] == settings.SHOAL_ACCEL_S3_PREFIX
    assert env["SHOAL_UPSTREAM"] == "web:8000"
    assert env["SHOAL_S3_UPSTREAM"] == "minio:9000"
    assert template.count("internal;") == 2  # neither byte location can be requested from outside


def test_the_rendered_nginx_config_is_valid(tmp_path: Path) -> None:
    """``nginx -t`` on the template as the image renders it (service names replaced by loopback, which
    nginx must resolve while it checks)."""
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        pytest.skip("nginx is not installed (apt-get install nginx-light)")
    env = {
        **_compose()["services"]["nginx"]["environment"],
        "SHOAL_UPSTREAM": "127.0.0.1:8000",
        "SHOAL_S3_UPSTREAM": "127.0.0.1:9000",
        "SHOAL_MEDIA_ROOT": str(tmp_path / "media"),
    }
    (tmp_path / "shoal.conf").write_text(string.Template(NGINX_TEMPLATE.read_text()).safe_substitute(env))
    conf = tmp_path / "nginx.conf"
    conf.write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log;\n"
        "events {}\n"
        f"http {{ client_body_temp_path {tmp_path}/body; proxy_temp_path {tmp_path}/proxy;\n"
        f"       include {tmp_path}/shoal.conf; }}\n"
    )
    result = subprocess.run([nginx, "-t", "-c", str(conf)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr

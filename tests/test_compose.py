"""docker-compose.yml runs commands that exist in this project (no Docker engine is needed)."""

from __future__ import annotations

import fnmatch
import json
import re
import shlex
import shutil
import string
import subprocess
import tomllib
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


# --- the Dockerfile, read as Docker reads it (no Docker engine needed) ------------------------------


def _dockerfile() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (INSTRUCTION, arguments): comments dropped, continuation
    lines joined."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for raw in (ROOT / "Dockerfile").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        keyword, _, rest = (pending + line).partition(" ")
        instructions.append((keyword.upper(), rest.strip()))
        pending = ""
    assert not pending, "the Dockerfile ends inside a continued line"
    return instructions


def _ignored_by_dockerignore(relative: str) -> bool:
    """Whether the build context leaves ``relative`` out (.dockerignore: patterns, ``**``, ``!``)."""
    ignored = False
    for raw in (ROOT / ".dockerignore").read_text().splitlines():
        pattern = raw.strip()
        if not pattern or pattern.startswith("#"):
            continue
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").strip("/")
        parts = Path(relative).parts
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        candidates = [pattern, pattern.replace("**/", "")] if "**/" in pattern else [pattern]
        if any(fnmatch.fnmatchcase(prefix, c) for prefix in prefixes for c in candidates) or (
            pattern.startswith("**/") and any(fnmatch.fnmatchcase(part, pattern[3:]) for part in parts)
        ):
            ignored = not negate
    return ignored


def test_the_dockerfile_builds_from_sources_that_exist_and_reach_the_build_context() -> None:
    instructions = _dockerfile()
    assert instructions[0][0] == "FROM"
    base = instructions[0][1]
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    minor = re.match(r"python:(3\.\d+)", base)
    assert minor and f">={minor.group(1)}" in requires, (base, requires)
    copies = [args.split() for keyword, args in instructions if keyword == "COPY"]
    assert copies, "the image copies nothing"
    for argv in copies:
        sources = [a for a in argv[:-1] if not a.startswith("--")]
        for source in sources:
            for path in ROOT.glob(source) if any(ch in source for ch in "*?[") else [ROOT / source]:
                assert path.exists(), f"COPY {source}: not in the repository"
                if path != ROOT:
                    assert not _ignored_by_dockerignore(str(path.relative_to(ROOT))), source
    # What the running image needs is in the context; what must never enter an image is not.
    for needed in (
        "manage.py",
        "config/settings.py",
        "pool/tasks.py",
        "anonymize/engine.py",
        "contracts/models.py",
        "common/logging.py",
        "templates",
        "static",
        "anonymize/model_manifest.json",
    ):
        assert (ROOT / needed).exists() and not _ignored_by_dockerignore(needed), needed
    for secret in ("var/secret_key.txt", ".venv/bin/python", ".git/config", "pool/__pycache__/x.pyc"):
        assert _ignored_by_dockerignore(secret), secret


def test_the_dockerfile_installs_the_hashed_lock_before_copying_the_code() -> None:
    instructions = _dockerfile()
    steps = [(keyword, args) for keyword, args in instructions if keyword in ("COPY", "RUN")]
    lock_copy = next(i for i, (k, a) in enumerate(steps) if k == "COPY" and "requirements.lock" in a.split())
    install = next(i for i, (k, a) in enumerate(steps) if k == "RUN" and "pip install" in a)
    code_copy = next(i for i, (k, a) in enumerate(steps) if k == "COPY" and a.split()[0] == ".")
    assert lock_copy < install < code_copy  # code changes reuse the dependency layer
    argv = shlex.split(steps[install][1])
    assert "--require-hashes" in argv and "--no-deps" in argv
    assert argv[argv.index("-r") + 1] == "requirements.lock"
    lock = (ROOT / "requirements.lock").read_text()
    pins = dict(re.findall(r"^([A-Za-z0-9_.\-]+)==(\S+) \\$", lock, flags=re.MULTILINE))
    assert pins and lock.count("--hash=sha256:") >= len(pins)
    pinned = {re.sub(r"[-_.]+", "-", name).lower() for name in pins}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for requirement in project["dependencies"]:
        name = re.sub(r"[-_.]+", "-", re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0]).lower()
        assert name in pinned, f"{requirement} is not pinned in requirements.lock (make lock)"


def test_the_image_runs_collectstatic_and_gunicorn_as_an_unprivileged_user() -> None:
    instructions = _dockerfile()
    runs = [args for keyword, args in instructions if keyword == "RUN"]
    collect = next(shlex.split(r) for r in runs if "collectstatic" in r)
    manage = collect.index("manage.py")
    assert collect[manage + 1] in get_commands() and "DEBUG=0" in collect[:manage]
    users = [args for keyword, args in instructions if keyword == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert any("useradd" in r and r.split()[-1] == users[-1] for r in runs)
    cmd = json.loads(next(args for keyword, args in instructions if keyword == "CMD"))
    assert cmd[0] == "gunicorn"
    module, attr = cmd[1].split(":")
    assert f"{attr} =" in (ROOT / (module.replace(".", "/") + ".py")).read_text()
    port = next(args for keyword, args in instructions if keyword == "EXPOSE")
    assert cmd[cmd.index("--bind") + 1] == f"0.0.0.0:{port}"
    assert _compose()["services"]["web"]["command"] == cmd


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

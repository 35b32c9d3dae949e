"""Serving benchmark: the API and version files under the production server, against a static server.

One run starts, each on a free loopback port with its own ``SHOAL_VAR_DIR`` and database:

* ``before``: the code at ``--baseline`` (default: the commit before version files were served by the
  web server, issue 14), extracted with ``git archive`` into a temporary directory;
* ``gunicorn``: this checkout, gunicorn as in the Dockerfile (3 workers), production settings
  (``DEBUG=0``), files sent with ``sendfile`` by gunicorn;
* ``nginx``: this checkout behind nginx with ``deploy/nginx/templates/shoal.conf.template`` and
  ``SHOAL_ACCEL_REDIRECT=1``, as docker-compose runs it (when an ``nginx`` binary is installed);
* ``static``: the same file from a static server, the reference: nginx when installed, else gunicorn
  with a tiny WSGI app that hands the file to ``wsgi.file_wrapper`` (sendfile).

Each app gets the same seeded corpus: a published version with one ``--size-mb`` file (hard-linked, so
every server reads the same page-cached bytes) and ``--readers`` consumer accounts with a token each,
which the requests rotate through (many readers, not one account's minute-long throttle history). An
asyncio client (aiohttp) then measures, for ``--clients`` concurrent clients during ``--duration``
seconds each (targets interleaved per scenario): the corpus
catalogue, a version's detail, HEAD on the file, 1 KiB Range GETs at random offsets, and whole-file
GETs: requests/s, p50/p95/p99 latency, errors, MB/s. Loopback only; bounded in time.

    .venv/bin/python -m bench.bench_serve                       # SQLite, locmem cache
    .venv/bin/python -m bench.bench_serve --database-url postgres://postgres@127.0.0.1:5432 \\
        --redis-url redis://127.0.0.1:6379/8 --json var/bench-serve.json   # as in production

The API throttle (``SHOAL_THROTTLE_USER``) is raised for the run (it would otherwise cap each account at
1,200 requests a minute, which is policy, not serving speed) and its counters are emptied before each
measurement.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import itertools
import json
import os
import random
import secrets
import shlex
import shutil
import signal
import socket
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE_REV = "58b79f8"  # before "serve at the disk's speed" (issue 14): per-request checks and writes
FILE_NAME = "big.parquet"


def gunicorn_options() -> list[str]:
    """The production server's options: the Makefile's ``GUNICORN_ARGS`` (``make serve``, the Dockerfile's
    CMD and docker-compose's ``web`` agree on them), else the Dockerfile's."""
    makefile = ROOT / "Makefile"
    for line in makefile.read_text().splitlines() if makefile.exists() else []:
        if line.startswith("GUNICORN_ARGS"):
            return shlex.split(line.split("=", 1)[1])
    return ["--workers", "3", "--timeout", "120"]


SEED = r"""
import json, os, shutil
from pathlib import Path
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from contracts.models import Licence, Purpose
from contracts.vocabulary import seed_vocabulary
from pool.models import CorpusVersion, Membership, Organization
from pool.services.corpora import corpus_build, version_path
from pool.services.tokens import token_issue
from tests.api.pooling import QIS, grant_for, make_corpus, ready_dataset, safe_table

if not Licence.objects.exists():
    seed_vocabulary(Licence, Purpose)
users = get_user_model()
acme = Organization.objects.create(name="Acme", slug="acme", country="IE", contact_email="a@acme.example")
lab = Organization.objects.create(name="Lab", slug="lab", kind="lab", country="NL", contact_email="l@lab.example")
alice = users.objects.create_user("alice_b", password="pw-alice-bench")
Membership.objects.create(user=alice, organization=acme, role=Membership.Role.CONTRIBUTOR)
consumers = [users.objects.create_user(f"reader_{i}") for i in range(int(os.environ["BENCH_USERS"]))]
for consumer in consumers:
    Membership.objects.create(user=consumer, organization=lab, role=Membership.Role.CONSUMER)
corpus = make_corpus("bench")
for seed in (1, 2):
    ready_dataset(organization=acme, user=alice, corpora=[corpus], frame=safe_table(seed),
                  quasi_identifiers=QIS, reported_k=5)
version = corpus_build(corpus=corpus)
assert version is not None and version.status == "published", version
target = Path(default_storage.path(version_path(corpus, version.number, os.environ["BENCH_NAME"])))
target.parent.mkdir(parents=True, exist_ok=True)
try:
    os.link(os.environ["BENCH_FILE"], target)
except OSError:
    shutil.copyfile(os.environ["BENCH_FILE"], target)
entry = {**version.files[0], "name": os.environ["BENCH_NAME"], "size": int(os.environ["BENCH_SIZE"]),
         "sha256": os.environ["BENCH_SHA256"], "rows": 0,
         "url": version.files[0]["url"].replace(version.files[0]["name"], os.environ["BENCH_NAME"])}
CorpusVersion.objects.filter(pk=version.pk).update(files=[*version.files, entry])
grant_for(corpus, lab, consumers[0])
keys = [token_issue(user=consumer)[1] for consumer in consumers]
print("BENCH " + json.dumps({"tokens": keys, "slug": corpus.slug, "number": version.number}))
"""

STATIC_APP = '''
import os

PATH = os.environ["BENCH_STATIC_FILE"]
SIZE = os.path.getsize(PATH)


def application(environ, start_response):
    """A static file with HEAD and one byte range, sent with wsgi.file_wrapper (sendfile)."""
    start, end, status = 0, SIZE - 1, "200 OK"
    header = environ.get("HTTP_RANGE", "")
    if header.startswith("bytes="):
        first, _, last = header[6:].partition("-")
        start, end, status = int(first), min(int(last), SIZE - 1), "206 Partial Content"
    headers = [("Content-Length", str(end - start + 1)), ("Content-Type", "application/octet-stream"),
               ("Accept-Ranges", "bytes")]
    if status.startswith("206"):
        headers.append(("Content-Range", f"bytes {start}-{end}/{SIZE}"))
    start_response(status, headers)
    if environ["REQUEST_METHOD"] == "HEAD":
        return [b""]
    fh = open(PATH, "rb")
    fh.seek(start)
    return environ["wsgi.file_wrapper"](fh, 1024 * 1024)
'''


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing answers on port {port}")


@dataclass
class App:
    """One Shoal deployment under test: its tree, environment, server processes and seeded token."""

    name: str
    tree: Path
    var: Path
    env: dict[str, str]
    port: int = 0
    base_url: str = ""
    tokens: list[str] = field(default_factory=list)
    slug: str = ""
    number: int = 0
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)


def app_env(*, var: Path, database_url: str, redis_url: str, accel: bool) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SHOAL_", "DATABASE_URL", "REDIS_URL", "STORAGE_URL", "DJANGO_"))
    }
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(40),
        PSEUDONYM_KEY=secrets.token_urlsafe(40),
        AUDIT_KEY=secrets.token_urlsafe(40),
        SHOAL_VAR_DIR=str(var),
        AUDIT_ANCHOR=str(var / "audit-anchor.log"),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SHOAL_MANIFEST_STATIC="0",
        SHOAL_THROTTLE_USER="10000000/min",
        SHOAL_ACCEL_REDIRECT="1" if accel else "0",
        DATABASE_URL=database_url or f"sqlite:///{var / 'shoal.sqlite3'}",
        PYTHONUNBUFFERED="1",
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def create_database(base_url: str, name: str) -> str:
    """A fresh PostgreSQL database ``name`` on the server of ``base_url``; returns its URL."""
    import psycopg

    with psycopg.connect(base_url.rstrip("/") + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return base_url.rstrip("/") + "/" + name


def prepare(app: App, *, big: Path, size: int, sha256: str, users: int) -> None:
    """Migrate and seed ``app``'s database (in its own tree, so the baseline runs its own code)."""
    python = sys.executable
    run = {"cwd": app.tree, "env": app.env, "check": True, "capture_output": True, "text": True}
    subprocess.run([python, "manage.py", "migrate", "--noinput"], **run)  # type: ignore[call-overload]
    seeded = subprocess.run(  # type: ignore[call-overload]
        [python, "manage.py", "shell", "-c", SEED],
        **{
            **run,
            "env": {
                **app.env,
                "BENCH_FILE": str(big),
                "BENCH_NAME": FILE_NAME,
                "BENCH_SIZE": str(size),
                "BENCH_SHA256": sha256,
                "BENCH_USERS": str(users),
            },
        },
    )
    line = next(x for x in seeded.stdout.splitlines() if x.startswith("BENCH "))
    facts = json.loads(line.removeprefix("BENCH "))
    app.tokens, app.slug, app.number = facts["tokens"], facts["slug"], facts["number"]


def start_gunicorn(tree: Path, env: dict[str, str], port: int, *, log: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "gunicorn", "config.wsgi:application", *gunicorn_options()]
    # One control socket per server (gunicorn's default path is shared by every server of a user).
    cmd += ["--no-control-socket", "--bind", f"127.0.0.1:{port}"]
    with log.open("ab") as out:
        proc = subprocess.Popen(cmd, cwd=tree, env=env, stdout=out, stderr=subprocess.STDOUT)
    wait_for_port(port, proc)
    return proc


def render_nginx(
    *, work: Path, port: int, upstream_port: int, media_root: Path, static_port: int, static_dir: Path
) -> Path:
    """nginx.conf: the deployment's template (as docker-compose renders it) plus the static reference."""
    template = (ROOT / "deploy" / "nginx" / "templates" / "shoal.conf.template").read_text()
    shoal = string.Template(template).safe_substitute(
        NGINX_PORT=f"127.0.0.1:{port}",
        SHOAL_UPSTREAM=f"127.0.0.1:{upstream_port}",
        SHOAL_MEDIA_ROOT=str(media_root),
        SHOAL_ACCEL_FILES_PREFIX="/_protected/files/",
        SHOAL_ACCEL_S3_PREFIX="/_protected/s3/",
        SHOAL_S3_UPSTREAM="127.0.0.1:9",  # not used: the benchmark stores files locally
    )
    (work / "shoal.conf").write_text(shoal)
    temp = work / "nginx-temp"
    temp.mkdir(exist_ok=True)
    conf = work / "nginx.conf"
    conf.write_text(f"""
worker_processes auto;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    default_type application/octet-stream;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    keepalive_requests 100000;
    include {work}/shoal.conf;
    server {{
        listen 127.0.0.1:{static_port};
        sendfile on;
        tcp_nopush on;
        location /static/ {{ alias {static_dir}/; }}
    }}
}}
""")
    return conf


# --- the client ------------------------------------------------------------------------------------


@dataclass
class Result:
    target: str
    scenario: str
    clients: int
    requests: int
    errors: int
    seconds: float
    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    mb_per_s: float
    error_sample: str = ""


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


Request = Callable[[], tuple[str, str, dict[str, str], int]]


async def measure(
    target: str, scenario: str, clients: int, duration: float, make: Request, *, grace: float = 30.0
) -> Result:
    """``clients`` loops sending ``make()`` requests for ``duration`` seconds; bodies are read and dropped.

    Requests/s and MB/s count what completed (bytes: what arrived) inside the window. A request still in
    flight at the deadline may finish within ``grace`` seconds: its latency counts, it is no error; one
    still running after that is cancelled and reported as unfinished (an error: the server stalled).
    """
    import aiohttp

    latencies: list[float] = []
    errors: list[str] = []
    received = 0
    in_window = 0
    began = time.perf_counter()
    stop_at = began + duration
    connector = aiohttp.TCPConnector(limit=0, force_close=False)
    timeout = aiohttp.ClientTimeout(total=None, sock_read=60)

    async def client(session: aiohttp.ClientSession) -> None:
        nonlocal received, in_window
        while time.perf_counter() < stop_at:
            method, url, headers, expect = make()
            start = time.perf_counter()
            try:
                async with session.request(method, url, headers=headers, allow_redirects=False) as resp:
                    while chunk := await resp.content.read(1 << 20):
                        if time.perf_counter() <= stop_at:
                            received += len(chunk)
                    if resp.status != expect:
                        errors.append(f"{resp.status} for {method} {scenario}")
                        continue
            except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                errors.append(type(exc).__name__)
                continue
            end = time.perf_counter()
            latencies.append(end - start)
            in_window += end <= stop_at

    async with aiohttp.ClientSession(connector=connector, timeout=timeout, auto_decompress=False) as session:
        tasks = [asyncio.create_task(client(session)) for _ in range(clients)]
        _, pending = await asyncio.wait(tasks, timeout=duration + grace)
        for task in pending:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    ms = sorted(x * 1000 for x in latencies)
    errors += ["unfinished"] * len(pending)
    return Result(
        target=target,
        scenario=scenario,
        clients=clients,
        requests=len(latencies),
        errors=len(errors),
        seconds=round(duration, 2),
        rps=round(in_window / duration, 1),
        p50_ms=round(percentile(ms, 50), 2),
        p95_ms=round(percentile(ms, 95), 2),
        p99_ms=round(percentile(ms, 99), 2),
        mb_per_s=round(received / duration / 1e6, 1),
        error_sample=errors[0] if errors else "",
    )


async def warm_up(make: Request, *, requests: int, concurrency: int) -> None:
    """Send ``requests`` requests, ``concurrency`` at a time, and wait for all: every gunicorn worker has
    then imported its code and opened its connections before anything is timed."""
    import aiohttp

    async def one(session: aiohttp.ClientSession, gate: asyncio.Semaphore) -> None:
        async with gate:
            method, url, headers, _ = make()
            async with session.request(method, url, headers=headers, allow_redirects=False) as resp:
                await resp.read()

    gate = asyncio.Semaphore(concurrency)
    timeout = aiohttp.ClientTimeout(total=300)
    async with aiohttp.ClientSession(timeout=timeout, auto_decompress=False) as session:
        await asyncio.gather(*(one(session, gate) for _ in range(requests)))


def app_scenarios(app: App, size: int) -> Iterator[tuple[str, Request]]:
    api = f"{app.base_url}/api/v1"
    readers = itertools.cycle(
        [{"Authorization": f"Token {key}", "Accept": "application/json"} for key in app.tokens]
    )
    file_url = f"{api}/corpora/{app.slug}/versions/{app.number}/files/{FILE_NAME}"

    def one_range() -> tuple[str, str, dict[str, str], int]:
        start = random.randrange(0, size - 1024)
        return "GET", file_url, {**next(readers), "Range": f"bytes={start}-{start + 1023}"}, 206

    yield "catalogue", lambda: ("GET", f"{api}/corpora/", next(readers), 200)
    yield "version", lambda: ("GET", f"{api}/corpora/{app.slug}/versions/{app.number}/", next(readers), 200)
    yield "head", lambda: ("HEAD", file_url, next(readers), 200)
    yield "range-1k", one_range
    yield "get-whole", lambda: ("GET", file_url, next(readers), 200)


def static_scenarios(url: str, size: int) -> Iterator[tuple[str, Request]]:
    def one_range() -> tuple[str, str, dict[str, str], int]:
        start = random.randrange(0, size - 1024)
        return "GET", url, {"Range": f"bytes={start}-{start + 1023}"}, 206

    yield "head", lambda: ("HEAD", url, {}, 200)
    yield "range-1k", one_range
    yield "get-whole", lambda: ("GET", url, {}, 200)


def reset_throttles(redis_url: str) -> None:
    """Empty the API throttles' histories in Redis, as the test suite does before each test.

    DRF's throttle keeps every request time of the last minute per user and rewrites that list on each
    request, so without a reset one measurement would pay for the requests of the one before it.
    """
    if not redis_url:
        return
    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match="*throttle_*", count=1000))
    if keys:
        client.delete(*keys)


def make_file(path: Path, size: int) -> str:
    """Write ``size`` random bytes to ``path`` (incompressible, like Parquet); return their sha256."""
    digest = hashlib.sha256()
    rng = random.Random(14)
    with path.open("wb") as fh:
        left = size
        while left:
            block = rng.randbytes(min(left, 1 << 22))
            digest.update(block)
            fh.write(block)
            left -= len(block)
    return digest.hexdigest()


def print_table(results: list[Result]) -> None:
    print(
        f"{'target':<9} {'scenario':<10} {'clients':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'p99 ms':>8} {'MB/s':>8} {'errors':>6}"
    )
    for r in results:
        print(
            f"{r.target:<9} {r.scenario:<10} {r.clients:>7} {r.rps:>8.1f} {r.p50_ms:>8.1f} "
            f"{r.p95_ms:>8.1f} {r.p99_ms:>8.1f} {r.mb_per_s:>8.1f} {r.errors:>6}"
            + (f"  ({r.error_sample})" if r.error_sample else "")
        )


def ratios(results: list[Result], clients: int) -> dict[str, float]:
    def get(target: str, scenario: str, attr: str) -> float:
        found = [r for r in results if (r.target, r.scenario, r.clients) == (target, scenario, clients)]
        return float(getattr(found[0], attr)) if found else float("nan")

    def ratio(a: float, b: float) -> float:
        return round(a / b, 2) if b else float("nan")

    out: dict[str, float] = {}
    for new in ("gunicorn", "nginx"):
        for scenario in ("head", "range-1k", "catalogue", "version"):
            out[f"{new}/before {scenario} req/s"] = ratio(
                get(new, scenario, "rps"), get("before", scenario, "rps")
            )
        out[f"{new}/static get-whole MB/s"] = ratio(
            get(new, "get-whole", "mb_per_s"), get("static", "get-whole", "mb_per_s")
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", default=BASELINE_REV, help="git revision measured as 'before'")
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per measurement")
    parser.add_argument("--clients", default="20,100")
    parser.add_argument(
        "--readers", type=int, default=100, help="consumer accounts (tokens) the clients rotate"
    )
    parser.add_argument("--database-url", default="", help="postgres://user@host:port: one database per app")
    parser.add_argument("--redis-url", default="", help="REDIS_URL for the apps (cache, broker)")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    clients = [int(c) for c in args.clients.split(",")]
    size = args.size_mb * 1024 * 1024
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)

    work = Path(tempfile.mkdtemp(prefix="shoal-bench-serve-"))
    work.chmod(0o755)  # nginx's workers (another user) read the static and media files below it
    procs: list[subprocess.Popen[bytes]] = []
    results: list[Result] = []
    try:
        big = work / FILE_NAME
        sha256 = make_file(big, size)
        static_dir = work / "static"
        static_dir.mkdir()
        os.link(big, static_dir / FILE_NAME)

        apps: list[App] = []
        targets = [("before", True), ("gunicorn", False), ("nginx", False)]
        for name, is_baseline in targets:
            if (is_baseline and args.skip_baseline) or (name == "nginx" and not nginx):
                continue
            tree = ROOT
            if is_baseline:
                tree = work / "baseline-tree"
                tree.mkdir()
                archive = subprocess.run(
                    ["git", "-C", str(ROOT), "archive", args.baseline], check=True, capture_output=True
                )
                subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
            var = work / f"var-{name}"
            var.mkdir()
            database = create_database(args.database_url, f"shoal_bench_{name}") if args.database_url else ""
            app = App(
                name,
                tree,
                var,
                app_env(var=var, database_url=database, redis_url=args.redis_url, accel=name == "nginx"),
            )
            print(f"== preparing {name} ({tree})", flush=True)
            prepare(app, big=big, size=size, sha256=sha256, users=args.readers)
            apps.append(app)

        static_port = free_port()
        for app in apps:
            app.port = free_port()
            proc = start_gunicorn(app.tree, app.env, app.port, log=app.var / "gunicorn.log")
            procs.append(proc)
            app.base_url = f"http://127.0.0.1:{app.port}"
            if app.name == "nginx":
                front = free_port()
                conf = render_nginx(
                    work=work,
                    port=front,
                    upstream_port=app.port,
                    media_root=app.var / "media",
                    static_port=static_port,
                    static_dir=static_dir,
                )
                procs.append(subprocess.Popen([nginx or "nginx", "-c", str(conf), "-g", "daemon off;"]))
                wait_for_port(front, procs[-1])
                wait_for_port(static_port, procs[-1])
                app.base_url = f"http://127.0.0.1:{front}"
        if nginx is None:
            env = {**os.environ, "BENCH_STATIC_FILE": str(static_dir / FILE_NAME)}
            (work / "static_app.py").write_text(STATIC_APP)
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "static_app:application",
                    "--workers",
                    "3",
                    "--no-control-socket",
                    "--bind",
                    f"127.0.0.1:{static_port}",
                ],
                cwd=work,
                env=env,
            )
            procs.append(proc)
            wait_for_port(static_port, proc)
        static_url = f"http://127.0.0.1:{static_port}/static/{FILE_NAME}"
        print(
            f"== static reference: {'nginx' if nginx else 'gunicorn + wsgi.file_wrapper'}; "
            f"file {size / 1e6:.0f} MB; {args.duration:.0f} s per measurement; cores {os.cpu_count()}",
            flush=True,
        )

        async def run_all() -> None:
            for n in clients:
                plan: list[tuple[str, str, Request]] = []
                for app in apps:
                    plan += [(app.name, s, make) for s, make in app_scenarios(app, size)]
                plan += [("static", s, make) for s, make in static_scenarios(static_url, size)]
                # Interleave targets per scenario, so that a neighbour's load spike hits all of them.
                order = ["catalogue", "version", "head", "range-1k", "get-whole"]
                plan.sort(key=lambda item: order.index(item[1]))
                for target, scenario, make in plan:
                    warm = 3 if scenario == "get-whole" else 2 * args.readers
                    await warm_up(make, requests=warm, concurrency=6)
                    reset_throttles(args.redis_url)
                    result = await measure(target, scenario, n, args.duration, make)
                    results.append(result)
                    print_table([result])

        asyncio.run(run_all())
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print("\n== all results")
    print_table(results)
    summary = {f"@{n}": ratios(results, n) for n in clients}
    print("\n== ratios")
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({"results": [asdict(r) for r in results], "ratios": summary}, indent=2)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

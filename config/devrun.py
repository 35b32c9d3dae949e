"""`make run`: web server, Celery worker and Celery beat in the foreground; Ctrl-C stops all three."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from config.env import env_int

CELERY = [sys.executable, "-m", "celery", "-A", "config"]


def main() -> int:
    port = env_int("PORT", 8000)  # a typo stops here, not in runserver's argument parsing
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    commands = {
        "web": [sys.executable, "manage.py", "runserver", f"0.0.0.0:{port}", "--noreload"],
        "worker": [*CELERY, "worker", "--loglevel", "INFO", "--concurrency", "2"],
        "beat": [*CELERY, "beat", "--loglevel", "INFO"],
    }
    print(f"\nShoal is starting on http://localhost:{port}/")
    print(
        f"Data: {os.environ.get('SHOAL_VAR_DIR') or 'var/'} (tests run beside it in directories of their own)"
    )
    print("Demo logins (password shoal-demo): alice, dave (contributors), bob (consumer), carol (compliance)")
    print("Press Ctrl-C to stop the web server, the worker and beat.\n", flush=True)
    procs = {name: subprocess.Popen(cmd, env=env) for name, cmd in commands.items()}  # noqa: S603
    stopping = False

    def stop(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    exit_code = 0
    while not stopping:
        for name, proc in procs.items():
            if proc.poll() is not None:
                print(f"{name} exited with code {proc.returncode}; stopping the others", flush=True)
                exit_code = proc.returncode or 1
                stopping = True
        time.sleep(0.5)
    for proc in procs.values():
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 15
    for proc in procs.values():
        try:
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
    return exit_code


if __name__ == "__main__":
    sys.exit(main())

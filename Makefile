# Shoal — every set-up step lives here; a fresh machine needs only Python 3.11.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
LOCK := requirements-dev.lock
STAMP := $(VENV)/.installed-$(shell sha256sum $(LOCK) 2>/dev/null | cut -c1-16)
PYTEST_ARGS ?=
# The web server of the production image: the Dockerfile's CMD and docker-compose.yml's `web` run
# gunicorn with these options (tests/test_isolation.py checks they agree).
GUNICORN_ARGS ?= --workers 3 --timeout 120

.PHONY: install run serve test test-slow lint format bench migrate lock check-migrations

install: $(STAMP)

# Re-installs only when the lock file changes (the stamp name carries its hash).
$(STAMP): $(LOCK)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCK)
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

lock:  ## regenerate both lock files (needs uv: pip install uv)
	uv pip compile pyproject.toml --generate-hashes --python-version 3.11 --python-platform x86_64-manylinux_2_28 -o requirements.lock
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 --python-platform x86_64-manylinux_2_28 -o requirements-dev.lock

migrate: install
	$(PY) manage.py migrate --noinput

run: migrate
	$(PY) manage.py seed_demo
	DEBUG=$${DEBUG:-1} PORT=$(PORT) $(PY) -m config.devrun

# gunicorn with the production settings (DEBUG=0, static files from WhiteNoise's manifest), as in the
# Dockerfile, for load tests on this machine: plain HTTP on 127.0.0.1:$(PORT), so no SSL redirect, and
# no control socket (gunicorn's default path is one per user, so two servers would contend for it).
serve: migrate
	DEBUG=0 $(PY) manage.py collectstatic --noinput --verbosity 0
	DEBUG=0 SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-0} $(VENV)/bin/gunicorn config.wsgi:application \
		--bind 127.0.0.1:$(PORT) --no-control-socket $(GUNICORN_ARGS)

check-migrations: install
	$(PY) manage.py makemigrations --check --dry-run

# lint-imports: the layering contracts of DESIGN.md §1 ([tool.importlinter] in pyproject.toml).
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy anonymize contracts
	$(VENV)/bin/lint-imports --no-cache

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: install
	$(MAKE) --no-print-directory check-migrations lint
	$(VENV)/bin/pytest -m "not slow" $(PYTEST_ARGS)

test-slow: install
	$(VENV)/bin/pytest -m slow $(PYTEST_ARGS)

bench: install
	@for script in bench/bench_*.py; do \
		echo "== $$script"; $(PY) -m bench.$$(basename $$script .py) || exit 1; \
	done

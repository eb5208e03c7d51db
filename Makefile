# Two commands for a fresh machine: `make run` and `make test` (see README.md).
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/socialsafe
export DJANGO_SETTINGS_MODULE := socialsafe.settings

.PHONY: install run test lint typecheck migrations-check test-sqlite test-postgres chromium bench clean bluesky-network

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	@# The background worker runs scheduled posts, deadline warnings, digests and polling;
	@# it stops with the server. --insecure: serve static files with DEBUG off.
	$(PY) manage.py run_worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  $(PY) manage.py runserver --insecure 127.0.0.1:$(PORT)

# Debian's Chromium for the browser tests (never a downloaded browser build).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "warning: could not install chromium; browser tests will be skipped"; }

lint: install
	$(VENV)/bin/ruff check .

typecheck: install
	$(VENV)/bin/mypy socialsafe

migrations-check: install
	$(PY) manage.py makemigrations --check --dry-run

# Bluesky's reference network for the Bluesky connector tests, installed once into .bluesky-network/.
# Tolerant of failure: without it those tests are skipped with the reason.
bluesky-network:
	@test -e .bluesky-network/.ready || bash tools/bluesky/setup.sh .bluesky-network \
	  || echo "warning: could not set up the Bluesky network; its connector tests will be skipped"

test-sqlite: install chromium bluesky-network
	$(VENV)/bin/pytest -q -p no:cacheprovider

test-postgres: install
	@if $(PY) -c "import socket; socket.create_connection(('127.0.0.1', 5432), 2)" 2>/dev/null; then \
	  echo "== PostgreSQL: running the suite again =="; \
	  DATABASE_URL=$(PG_URL) $(VENV)/bin/pytest -q -p no:cacheprovider -m "not browser"; \
	else echo "PostgreSQL not answering on 127.0.0.1:5432: skipped the PostgreSQL run"; fi

test: lint typecheck migrations-check test-sqlite test-postgres

bench: install
	for b in bench/bench_*.py; do $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) var build *.egg-info

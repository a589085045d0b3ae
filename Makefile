# Simpul ASN: `make run` serves the site, `make test` runs the whole suite. Both set everything up first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
FLASK  := $(VENV)/bin/flask --app wsgi
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: run test setup install translations lint messages vendor clean help

help:
	@echo "make run    - siapkan semuanya lalu jalankan situs di http://$(HOST):$(PORT)"
	@echo "make test   - siapkan semuanya lalu jalankan seluruh pengujian"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

translations: $(STAMP)
	$(VENV)/bin/pybabel compile -d app/translations

# Migrate the database and add the demo data (idempotent: existing rows are left alone).
setup: install translations
	$(FLASK) db upgrade
	$(FLASK) seed-demo
	$(FLASK) search sync

# Links in mail, feeds and certificates are built from SERVER_NAME (app/core/links.py), for the set-up
# commands as for the server; set SERVER_NAME yourself when visitors reach the site by another name.
# gunicorn (2 workers) and the search worker as its own process, as production runs them (bin/serve):
# Ctrl-C stops both, and either one ending stops the other.
run: export SERVER_NAME ?= $(HOST):$(PORT)
run: setup
	HOST=$(HOST) PORT=$(PORT) WORKERS=2 VENV_BIN=$(VENV)/bin bin/serve --access-logfile -

# bandit fails on HIGH severity findings only; `.venv/bin/bandit -q -r app wsgi.py` lists the lower ones too.
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/bandit -q -r app wsgi.py --severity-level high

# The suite runs on SQLite, and on PostgreSQL as well when TEST_DATABASE_URL is set (.ci/run sets it). The two
# runs go side by side (one core each); the PostgreSQL run's output is kept in test-artifacts/ and shown after
# the SQLite run's. The browser journeys (tests/browser) run once: on PostgreSQL, the production engine, when
# there is a PostgreSQL run, otherwise on SQLite.
PG_LOG := test-artifacts/pytest-postgresql.log
test: setup lint
	@mkdir -p test-artifacts
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "== PostgreSQL ($$TEST_DATABASE_URL): running beside the SQLite run, output in $(PG_LOG)"; \
		BROWSER_SHARE=postgresql $(PY) -m pytest -p no:cacheprovider > $(PG_LOG) 2>&1 & pg=$$!; \
		echo "== SQLite"; \
		env -u TEST_DATABASE_URL BROWSER_SHARE=sqlite $(PY) -m pytest; \
		lite=$$?; wait $$pg; postgres=$$?; \
		echo "== PostgreSQL: $$TEST_DATABASE_URL"; cat $(PG_LOG); \
		echo "== SQLite: exit $$lite, PostgreSQL: exit $$postgres"; \
		[ $$lite -eq 0 ] && [ $$postgres -eq 0 ]; \
	else \
		echo "== SQLite"; \
		env -u TEST_DATABASE_URL $(PY) -m pytest || exit 1; \
		echo "TEST_DATABASE_URL is not set: PostgreSQL run skipped (bash .ci/run sets it)."; \
	fi

# Extract the Indonesian source strings and merge them into the English catalogue.
messages: install
	$(VENV)/bin/pybabel extract --no-location --ignore-dirs '.*' -F babel.cfg -k _l -o app/translations/messages.pot .
	$(VENV)/bin/pybabel update --no-fuzzy-matching -i app/translations/messages.pot -d app/translations

vendor:
	bash static/vendor/fetch.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

# Load benchmark (bench/README.md): gunicorn as in production under wrk, every page against a minimal Flask
# page measured in the same round. Results in bench/results/, the markdown table on stdout.
.PHONY: bench bench-quick
BENCH_ARGS ?=

# A few minutes: 20,000 posts / 2,000 users on SQLite, 3 rounds of 3 s.
bench-quick: setup
	$(PY) bench/run.py --quick $(BENCH_ARGS)

# The full run: 200,000 posts / 20,000 users on SQLite and PostgreSQL (127.0.0.1:5432), 3 rounds of 15 s,
# plus 50,000-post datasets for the search latency probe on both backends (Whoosh on SQLite, PostgreSQL).
# Datasets are kept in instance/bench/ and reused. Two app nodes: .venv/bin/python bench/two_nodes.py (bench/README.md).
bench: setup
	$(PY) bench/run.py --posts 200000 --users 20000 --engine both --rounds 3 --duration 15 --search-posts 50000 $(BENCH_ARGS)

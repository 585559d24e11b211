# eventlens — `make run` and `make test` are all a new user needs (see README.md).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out

PG_STATE := .pg-test.state
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help install run test lint typecheck bench lock clean pg pg-stop

help:
	@echo "make run    install, extract events from the sample corpus into $(OUT)/, store them and serve the dashboard"
	@echo "make test   install, then ruff, mypy and the whole test suite (SQLite and a throwaway PostgreSQL server)"
	@echo "make bench  throughput against bare spaCy, peak memory on 100,000 documents, gazetteer lookup speed,"
	@echo "            reader comments scored per second,"
	@echo "            store ingest rate and filtered queries at 100,000 incidents (SQLite and PostgreSQL),"
	@echo "            p95 latency of the API's filtered events endpoint at 100,000 incidents (SQLite, loopback)"
	@echo "make pg     start a throwaway PostgreSQL server for the tests (prints its URL); make pg-stop ends it"

VENDOR := src/eventlens/api/static/vendor
VENDOR_STAMP := $(VENDOR)/.installed

$(STAMP): pyproject.toml requirements.lock requirements-bootstrap.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements-bootstrap.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -m eventlens.resolve.geo.index
	touch $(STAMP)

# The dashboard's front-end libraries: npm packages pinned by package-lock.json (no install scripts run), copied
# into the package's static folder; the app serves them itself, so nothing comes from a CDN.
$(VENDOR_STAMP): package.json package-lock.json tools/vendor_assets.py $(STAMP)
	bash tools/debian_package.sh npm npm
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	$(BIN)/python tools/vendor_assets.py
	touch $(VENDOR_STAMP)

install: $(STAMP) $(VENDOR_STAMP)

run: install
	mkdir -p $(OUT)
	$(BIN)/eventlens extract samples/corpus -o $(OUT)/events.jsonl -o $(OUT)/events.csv -o $(OUT)/events.geojson
	@echo "events written to $(OUT)/events.jsonl, $(OUT)/events.csv (ACLED-style) and $(OUT)/events.geojson"
	$(BIN)/eventlens ingest samples/corpus --db $(OUT)/eventlens.db --no-progress
	@echo "dashboard and API at http://$(HOST):$(PORT)/ (API docs at /docs; Ctrl-C stops it)"
	$(BIN)/eventlens serve --db $(OUT)/eventlens.db --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check src tests tools benchmarks
	$(BIN)/ruff format --check src tests tools benchmarks

typecheck: install
	$(BIN)/mypy

# The store's tests run against SQLite and a real PostgreSQL server, started here and always stopped after; the
# dashboard's in headless Debian Chromium, installed here if missing.
test: lint typecheck
	bash tools/debian_package.sh chromium chromium
	bash tools/test_postgres.sh start $(PG_STATE)
	EVENTLENS_TEST_POSTGRES_URL="$$(head -n 1 $(PG_STATE))" $(BIN)/pytest -q; \
		status=$$?; bash tools/test_postgres.sh stop $(PG_STATE); exit $$status

pg:
	bash tools/test_postgres.sh start $(PG_STATE)
	@echo "export EVENTLENS_TEST_POSTGRES_URL='$$(head -n 1 $(PG_STATE))'"

pg-stop:
	bash tools/test_postgres.sh stop $(PG_STATE)

bench: install
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/gazetteer.py
	$(BIN)/python benchmarks/comments.py
	$(BIN)/python benchmarks/api.py
	bash tools/test_postgres.sh start $(PG_STATE)
	EVENTLENS_BENCH_POSTGRES_URL="$$(head -n 1 $(PG_STATE))" $(BIN)/python benchmarks/store.py; \
		status=$$?; bash tools/test_postgres.sh stop $(PG_STATE); exit $$status

lock: install
	$(BIN)/python tools/lock_requirements.py

clean:
	bash tools/test_postgres.sh stop $(PG_STATE)
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache node_modules $(VENDOR)

# eventlens — `make run` and `make test` are all a new user needs (see README.md).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out

PG_STATE := .pg-test.state

.PHONY: help install run test lint typecheck bench lock clean pg pg-stop

help:
	@echo "make run    install, extract events from the sample corpus into $(OUT)/"
	@echo "make test   install, then ruff, mypy and the whole test suite (SQLite and a throwaway PostgreSQL server)"
	@echo "make bench  throughput against bare spaCy, peak memory on 100,000 documents, gazetteer lookup speed,"
	@echo "            store ingest rate and filtered queries at 100,000 incidents (SQLite and PostgreSQL)"
	@echo "make pg     start a throwaway PostgreSQL server for the tests (prints its URL); make pg-stop ends it"

$(STAMP): pyproject.toml requirements.lock requirements-bootstrap.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements-bootstrap.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -m eventlens.resolve.geo.index
	touch $(STAMP)

install: $(STAMP)

run: install
	mkdir -p $(OUT)
	$(BIN)/eventlens extract samples/corpus -o $(OUT)/events.jsonl -o $(OUT)/events.csv -o $(OUT)/events.geojson
	@echo "events written to $(OUT)/events.jsonl, $(OUT)/events.csv (ACLED-style) and $(OUT)/events.geojson"

lint: install
	$(BIN)/ruff check src tests tools benchmarks
	$(BIN)/ruff format --check src tests tools benchmarks

typecheck: install
	$(BIN)/mypy

# The store's tests run against SQLite and a real PostgreSQL server, started here and always stopped after.
test: lint typecheck
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
	bash tools/test_postgres.sh start $(PG_STATE)
	EVENTLENS_BENCH_POSTGRES_URL="$$(head -n 1 $(PG_STATE))" $(BIN)/python benchmarks/store.py; \
		status=$$?; bash tools/test_postgres.sh stop $(PG_STATE); exit $$status

lock: install
	$(BIN)/python tools/lock_requirements.py

clean:
	bash tools/test_postgres.sh stop $(PG_STATE)
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache

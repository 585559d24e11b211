# eventlens — `make run` and `make test` are all a new user needs (see README.md).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out

.PHONY: help install run test lint typecheck bench lock clean

help:
	@echo "make run    install, extract events from the sample corpus into $(OUT)/"
	@echo "make test   install, then ruff, mypy and the whole test suite"
	@echo "make bench  throughput against bare spaCy, peak memory on 100,000 documents, gazetteer lookup speed"

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

test: lint typecheck
	$(BIN)/pytest -q

bench: install
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/gazetteer.py

lock: install
	$(BIN)/python tools/lock_requirements.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache

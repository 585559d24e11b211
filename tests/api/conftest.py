"""The API over a real SQLite store filled through the real pipeline from reports of our own: the ten-outlet
bombing and its neighbours (tests/fixtures/incident_outlets) and the dashboard's fixture
(tests/fixtures/dashboard: a Mali ambush, a Maiduguri protest, a Bannu report whose text and reader comments
carry <script> and <img onerror>, and a Kirkuk bombing whose readers' comments are hateful or dispute it)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventlens.api import create_app
from eventlens.ingest import IngestOptions, read_inputs
from eventlens.pipeline import Pipeline
from eventlens.store import EventStore
from eventlens.types import Document
from tests.conftest import FIXTURES

TOKEN = "test-token-7f3a"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORTS = [FIXTURES / "incident_outlets", FIXTURES / "dashboard"]
HOSTILE = "frontier-courier-bannu-clash"
COMMENTED = "kirkuk-star-bus-station-bomb"  # four reader comments: hateful (with markup), two disputes, one kind


@pytest.fixture(scope="session")
def filled_store(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """Built once: ingesting is the slow part; each test gets its own copy."""
    path = tmp_path_factory.mktemp("api") / "filled.db"
    documents = [d for d in read_inputs([str(p) for p in REPORTS], IngestOptions()) if isinstance(d, Document)]
    with EventStore.open(str(path)) as store:
        for result in pipeline.process(documents):
            store.ingest(result)
    return path


@pytest.fixture
def store_path(filled_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "events.db"
    shutil.copyfile(filled_store, copy)
    return copy


@pytest.fixture
def client(store_path: Path, pipeline: Pipeline) -> Iterator[TestClient]:
    with TestClient(create_app(str(store_path), TOKEN, pipeline_factory=lambda: pipeline)) as opened:
        yield opened

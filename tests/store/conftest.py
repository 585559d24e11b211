"""Store tests run against SQLite and a real PostgreSQL server: `make test` starts one and exports
EVENTLENS_TEST_POSTGRES_URL (tools/test_postgres.sh); without it the PostgreSQL cases skip, saying so."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from eventlens.store import EventStore
from eventlens.store.database import database_url

POSTGRES_ENV = "EVENTLENS_TEST_POSTGRES_URL"


def _postgres_server() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} (make test starts one with tools/test_postgres.sh)")
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty schema on the test server (the URL sets its search_path), dropped after the test: much
    quicker than a database per test."""
    server = database_url(_postgres_server())
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{name}"'))
    try:
        yield server.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def store(store_url: str) -> Iterator[EventStore]:
    with EventStore.open(store_url) as opened:
        yield opened

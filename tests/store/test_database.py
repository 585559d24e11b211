"""Opening databases: paths and URLs, SQLite's settings, migrations that match the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from eventlens.store import EventStore, StoreError
from eventlens.store.database import current_revision, database_url, head_revision
from eventlens.store.models import Base


def test_a_path_is_an_sqlite_file(tmp_path: Path) -> None:
    url = database_url(str(tmp_path / "x.db"))
    assert url.get_backend_name() == "sqlite" and url.database == str(tmp_path / "x.db")
    assert database_url("sqlite:///rel.db").database == "rel.db"


def test_a_postgresql_url_uses_psycopg_3() -> None:
    assert database_url("postgresql://ana@localhost/events").drivername == "postgresql+psycopg"
    assert database_url("postgresql+psycopg://ana@localhost/events").drivername == "postgresql+psycopg"


def test_other_databases_are_refused_with_a_reason() -> None:
    with pytest.raises(StoreError, match="mysql is not supported"):
        database_url("mysql://localhost/events")


def test_a_store_opens_at_the_head_revision_and_reopens(store_url: str) -> None:
    with EventStore.open(store_url) as store:
        assert current_revision(store._engine) == head_revision() == "0003"
    with EventStore.open(store_url) as store:  # migrations already run: nothing to do
        assert set(inspect(store._engine).get_table_names()) >= {
            "documents",
            "document_versions",
            "mentions",
            "incidents",
            "incident_data",
            "corrections",
        }


def test_the_migrations_build_exactly_the_models_schema(store: EventStore) -> None:
    with store._engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with EventStore.open(str(tmp_path / "x.db")) as store, store._engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_folder_that_does_not_exist_yet_is_created(tmp_path: Path) -> None:
    with EventStore.open(str(tmp_path / "new" / "dir" / "x.db")):
        pass
    assert (tmp_path / "new" / "dir" / "x.db").is_file()


def test_an_unreachable_server_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot open the store"):
        EventStore.open("postgresql://nobody@/none?host=/nonexistent-socket-dir")

"""Opening a database: a path or an sqlite:// URL (the default, nothing to install) or a postgresql:// URL
(psycopg 3), and bringing its schema up to date with the migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK = 0x6576_6C6D  # an advisory lock key of our own ("evlm")


class StoreError(Exception):
    """A store that cannot be opened or an operation it refuses, said in one line for the user."""


def database_url(url_or_path: str) -> URL:
    """`eventlens.db` and `sqlite:///eventlens.db` are SQLite files; `postgresql://…` uses psycopg 3 (the
    driver eventlens installs) unless the URL names another."""
    if "://" not in url_or_path:
        return URL.create("sqlite", database=str(Path(url_or_path).expanduser()))
    try:
        url = make_url(url_or_path)
    except ArgumentError as error:
        raise StoreError(f"{url_or_path!r} is neither a file path nor a database URL") from error
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"{url.get_backend_name()} is not supported: use an SQLite file or a postgresql:// URL")
    return url


def _sqlite_connect(connection: Any, _record: Any) -> None:
    if not isinstance(connection, sqlite3.Connection):
        return
    connection.isolation_level = None  # transactions are begun by `_sqlite_begin`, not by the driver
    cursor = connection.cursor()
    # The wait for another writer's lock first: switching a new file to WAL takes a lock too, and a second
    # process opening the store while the first migrates it would otherwise fail at once, "database is locked".
    cursor.execute("PRAGMA busy_timeout=30000")
    # WAL: readers do not block the writer; synchronous NORMAL is durable across a killed process (only a power
    # cut can lose the last commits, never corrupt). Foreign keys are off in SQLite unless asked for.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # A writer (an engine with the `writer` option) takes SQLite's write lock when its transaction begins, not
    # at its first write: two writers that both read first would otherwise deadlock, one failing at once with
    # "database is locked". Readers never wait: WAL gives them the last committed state.
    mode = "IMMEDIATE" if connection.get_execution_options().get("writer") else "DEFERRED"
    connection.exec_driver_sql(f"BEGIN {mode}")


def create_store_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30.0})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine) -> None:
    """Runs the migrations the database has not had yet, in one transaction (SQLite and PostgreSQL both
    roll DDL back)."""
    config = _alembic_config()
    # Two processes opening a new store at once must not both create it: the first migrates, the second
    # waits for it and finds the schema at head (SQLite: the writer's lock; PostgreSQL: an advisory lock).
    with engine.execution_options(writer=True).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()

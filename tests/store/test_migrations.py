"""Upgrading a store written by an earlier schema keeps what it holds: 0002 moves each incident's JSON to
`incident_data` and keeps its corrections."""

from __future__ import annotations

import datetime as dt
import json

from alembic import command
from sqlalchemy import Connection, text

from eventlens.events.incidents import consolidate, incident_id_for
from eventlens.store import EventStore
from eventlens.store.database import _alembic_config, create_store_engine, database_url
from eventlens.types import EventFilter, EventRecord, Incident, MentionRef

_NOW = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)


def _incident(number: int, event_date: str | None) -> Incident:
    record = EventRecord(
        doc_id=f"doc-{number}",
        event_id=f"doc-{number}-0",
        event_date=event_date,
        date_precision="day" if event_date else None,
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Military Forces of Mali (2021-)",
        country="Mali",
        notes=f"Clash number {number} near a market town.",
    )
    ref = MentionRef(doc_id=record.doc_id, event_id=record.event_id, outlet="Test Wire")
    return consolidate(incident_id_for(ref), [(ref, record)])


def _insert_at_0001(connection: Connection, incident: Incident) -> None:
    window = incident.record.event_date
    connection.execute(
        text(
            "INSERT INTO incidents (incident_id, data, event_date, date_start, date_end, country, actors, "
            "event_type, review, mention_count, search_text, created_at, updated_at) VALUES (:id, :data, :day, "
            ":start, :start, 'mali', 'military forces of mali (2021-)', 'battles', 'unreviewed', 1, '', :now, :now)"
        ),
        {
            "id": incident.incident_id,
            "data": json.dumps(incident.model_dump(mode="json")),
            "day": window,
            "start": dt.date.fromisoformat(window) if window else None,
            "now": _NOW,
        },
    )


def test_upgrading_from_0001_keeps_every_incident_and_correction(store_url: str) -> None:
    dated, undated = _incident(1, "2023-05-04"), _incident(2, None)
    engine = create_store_engine(database_url(store_url))
    config = _alembic_config()
    with engine.execution_options(writer=True).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        _insert_at_0001(connection, undated)
        _insert_at_0001(connection, dated)
        connection.execute(
            text(
                "INSERT INTO corrections (incident_id, action, field, value, author, at, note) "
                "VALUES (:id, 'confirm', NULL, 'null', 'analyst', :now, 'seen on video')"
            ),
            {"id": dated.incident_id, "now": _NOW},
        )
    engine.dispose()

    with EventStore.open(store_url) as store:
        assert store.schema_revision() == "0003"
        assert store.incident(dated.incident_id) == dated
        assert [i.incident_id for i in store.incidents()] == [dated.incident_id, undated.incident_id]
        assert store.count(EventFilter(country="Mali")) == 2
        with store._engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM corrections")) == 1

"""Analysts' corrections: checked against the record, kept with who/when/why, never overwritten by an ingest."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from eventlens.store import CorrectionError, EventStore, StoreError, parse_value
from eventlens.store.corrections import checked_correction
from eventlens.store.models import CorrectionRow
from eventlens.types import EventFilter
from tests.store.factory import correction, record, report


def test_values_typed_on_the_command_line_take_the_fields_type() -> None:
    assert parse_value("fatalities", "3") == 3
    assert parse_value("latitude", "35.5") == 35.5
    assert parse_value("claimed", "yes") is True and parse_value("civilian_targeting", "false") is False
    assert parse_value("admin1", "null") is None
    assert parse_value("location", "Saraqib") == "Saraqib"


def test_an_edit_is_checked_against_the_record() -> None:
    base = record("a", "e")
    assert checked_correction(base, correction("edit", "fatalities", "3")).value == 3
    with pytest.raises(CorrectionError, match="no field of the event record"):
        checked_correction(base, correction("edit", "deaths", 3))
    with pytest.raises(CorrectionError, match="cannot be edited"):
        checked_correction(base, correction("edit", "evidence", "x"))
    with pytest.raises(CorrectionError, match="fatalities='many'"):
        checked_correction(base, correction("edit", "fatalities", "many"))
    with pytest.raises(CorrectionError, match="no event_type of the codebook"):
        checked_correction(base, correction("edit", "event_type", "Skirmish"))
    with pytest.raises(CorrectionError, match="geo_precision"):
        checked_correction(base, correction("edit", "geo_precision", 7))


def test_an_edit_is_a_date_a_point_or_a_count_the_store_can_read() -> None:
    base = record("a", "e")
    assert checked_correction(base, correction("edit", "event_date", "2021-02")).value == "2021-02"
    for bad in ("2021-02-30", "5 July", "2021-7-5"):
        with pytest.raises(CorrectionError, match="write a real date"):
            checked_correction(base, correction("edit", "event_date", bad))
    with pytest.raises(CorrectionError, match=r"latitude=95.0: out of range \(from -90 to 90\)"):
        checked_correction(base, correction("edit", "latitude", 95.0))
    with pytest.raises(CorrectionError, match="fatalities=-3: out of range"):
        checked_correction(base, correction("edit", "fatalities", -3))
    assert checked_correction(base, correction("edit", "longitude", -179.5)).value == -179.5


def test_a_correction_waits_for_a_writer_in_progress(store: EventStore) -> None:
    """Else an ingest and a correction re-consolidating one incident at once would each write it without the
    other's change (PostgreSQL: the writers' advisory lock; SQLite: its one writer)."""
    incident_id = store.ingest(report("wire-1", "Wire One")).incident_ids[0]
    done = threading.Event()

    def correct() -> None:
        store.correct(incident_id, correction("confirm"))
        done.set()

    with store._write() as session, session.begin():
        session.connection()  # SQLite: BEGIN IMMEDIATE, its writer's lock
        store._lock(session)
        worker = threading.Thread(target=correct)
        worker.start()
        assert not done.wait(0.5)
    worker.join(10)
    assert done.is_set()


def test_confirm_and_reject_apply_to_the_whole_incident() -> None:
    with pytest.raises(CorrectionError, match="whole incident"):
        checked_correction(record("a", "e"), correction("confirm", "fatalities"))


def test_an_edit_is_kept_with_who_when_and_why(store: EventStore) -> None:
    (incident_id,) = store.ingest(report("wire-1", "Wire One")).incident_ids
    corrected = store.correct(incident_id, correction("edit", "fatalities", "3", note="hospital list, 7 March"))
    assert corrected.record.fatalities == 3
    (kept,) = corrected.corrections
    assert (kept.author, kept.note, kept.value, kept.at.isoformat()) == (
        "analyst",
        "hospital list, 7 March",
        3,
        "2024-03-08T09:30:00+00:00",
    )
    with Session(store._engine) as session:
        row = session.scalars(select(CorrectionRow)).one()
    assert (row.incident_id, row.action, row.field, row.value) == (incident_id, "edit", "fatalities", 3)


def test_an_edit_survives_an_updated_article_and_new_reports(store: EventStore) -> None:
    (incident_id,) = store.ingest(report("wire-1", "Wire One", fatalities=12)).incident_ids
    store.correct(incident_id, correction("edit", "fatalities", 14))
    # The article is updated (toll 12 -> 16) and two more outlets report it: the analyst's 14 stands.
    assert store.ingest(report("wire-1", "Wire One", fatalities=16)).incident_ids == (incident_id,)
    store.ingest(report("radio-1", "Radio North", fatalities=16))
    store.ingest(report("local-1", "Local Monitor", fatalities=16))
    incident = store.incident(incident_id)
    assert incident is not None and incident.record.fatalities == 14 and len(incident.mentions) == 3
    assert [c.value for c in incident.corrections] == [14]


def test_a_rejected_incident_leaves_queries_unless_asked_for(store: EventStore) -> None:
    (incident_id,) = store.ingest(report("wire-1", "Wire One")).incident_ids
    store.ingest(report("konduga", "Wire One", town=2, country="Nigeria"))
    assert store.correct(incident_id, correction("reject", note="a drill, not a clash")).review == "rejected"
    assert [i.incident_id for i in store.incidents()] != [incident_id] and store.count() == 1
    assert store.count(EventFilter(include_rejected=True)) == 2
    store.ingest(report("wire-2", "Wire Two"))  # a new report of it does not bring it back
    assert store.incident(incident_id).review == "rejected"  # type: ignore[union-attr]


def test_a_confirmation_is_the_incidents_review(store: EventStore) -> None:
    (incident_id,) = store.ingest(report("wire-1", "Wire One")).incident_ids
    assert store.correct(incident_id, correction("confirm")).review == "confirmed"


def test_correcting_an_unknown_incident_or_a_bad_field_changes_nothing(store: EventStore) -> None:
    (incident_id,) = store.ingest(report("wire-1", "Wire One")).incident_ids
    with pytest.raises(StoreError, match="no incident"):
        store.correct("inc-nonexistent", correction("confirm"))
    with pytest.raises(CorrectionError):
        store.correct(incident_id, correction("edit", "fatalities", "several"))
    assert store.incident(incident_id).corrections == []  # type: ignore[union-attr]


def test_several_corrections_are_kept_all_or_none(store: EventStore) -> None:
    (incident_id,) = store.ingest(report("wire-1", "Wire One")).incident_ids
    with pytest.raises(CorrectionError):
        store.correct(incident_id, correction("edit", "fatalities", 3), correction("edit", "latitude", 123.0))
    assert store.incident(incident_id).corrections == []  # type: ignore[union-attr]
    both = store.correct(incident_id, correction("edit", "fatalities", 3), correction("edit", "location", "Binnish"))
    assert (both.record.fatalities, both.record.location, len(both.corrections)) == (3, "Binnish", 2)


def test_an_edit_survives_an_update_that_corrects_the_articles_date(store: EventStore) -> None:
    first = report("wire-1", "Wire One", event_date="2024-03-05")
    (incident_id,) = store.ingest(first).incident_ids
    store.correct(incident_id, correction("edit", "fatalities", 14))
    updated = report("wire-1", "Wire One", fatalities=16, event_date="2024-03-01")
    updated.records[0] = updated.records[0].model_copy(update={"event_id": "wire-1-e1-v2"})
    assert store.ingest(updated).incident_ids == (incident_id,)
    incident = store.incident(incident_id)
    assert incident is not None and incident.record.event_date == "2024-03-01" and incident.record.fatalities == 14

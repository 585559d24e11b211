"""Ingest: added, unchanged, updated; one incident however many outlets report it; versions kept."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from eventlens.store import EventStore, StoreError
from eventlens.store.models import DocumentRow, DocumentVersionRow, IncidentRow, MentionRow
from tests.store.factory import record, report, result


def _count(store: EventStore, table: type) -> int:
    with Session(store._engine) as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_a_new_document_is_added_with_its_incident(store: EventStore) -> None:
    outcome = store.ingest(report("wire-1", "Wire One"))
    assert outcome.status == "added" and outcome.doc_id == "wire-1"
    incident = store.incident(outcome.incident_ids[0])
    assert incident is not None
    assert incident.record.location == "Saraqib" and incident.record.fatalities == 12
    assert [m.doc_id for m in incident.mentions] == ["wire-1"]
    assert incident.mentions[0].outlet == "Wire One" and incident.mentions[0].url == "https://wireone.example/wire-1"


def test_the_same_document_again_changes_nothing(store: EventStore) -> None:
    first = store.ingest(report("wire-1", "Wire One"))
    before = [i.model_dump() for i in store.incidents()]
    again = store.ingest(report("wire-1", "Wire One"))
    assert again.status == "unchanged" and again.incident_ids == first.incident_ids
    assert [i.model_dump() for i in store.incidents()] == before
    assert _count(store, DocumentRow) == 1 and _count(store, MentionRow) == 1
    assert _count(store, DocumentVersionRow) == 0


def test_the_same_url_with_tracking_parameters_is_the_same_document(store: EventStore) -> None:
    store.ingest(report("wire-1", "Wire One"))
    moved = report("wire-1", "Wire One")
    moved.document.url = "HTTPS://WIREONE.example/wire-1/?utm_source=feed#comments"
    assert store.ingest(moved).status == "unchanged"


def test_the_same_text_without_a_url_is_the_same_document(store: EventStore) -> None:
    text = "Gunmen attacked a checkpoint near Konduga on Tuesday, killing three soldiers."
    first = result("a.txt", text, [record("a.txt", "e1", town=2)])
    respaced = result("b.txt", "  " + text.replace(" ", "  ").upper() + "\n", [record("b.txt", "e1", town=2)])
    assert store.ingest(first).status == "added"
    assert store.ingest(respaced).status == "unchanged"
    assert _count(store, DocumentRow) == 1


def test_the_same_text_under_another_url_is_not_stored_twice(store: EventStore) -> None:
    store.ingest(report("wire-1", "Wire One"))
    syndicated = report("wire-1", "Wire One")
    syndicated.document.url = "https://mirror.example/story/77"
    assert store.ingest(syndicated).status == "unchanged"


def test_the_store_says_which_documents_need_no_extraction(store: EventStore) -> None:
    store.ingest(report("wire-1", "Wire One", fatalities=12))
    assert store.is_unchanged(report("wire-1", "Wire One", fatalities=12).document)
    syndicated = report("wire-1", "Wire One", fatalities=12).document
    syndicated.url = "https://mirror.example/story/77"
    assert store.is_unchanged(syndicated)
    assert not store.is_unchanged(report("wire-1", "Wire One", fatalities=16).document)  # an update
    assert not store.is_unchanged(report("wire-2", "Wire One").document)
    store.ingest(report("wire-1", "Wire One", fatalities=16))
    assert store.is_unchanged(report("wire-1", "Wire One", fatalities=12).document)  # the earlier version again


def test_a_new_report_of_an_incident_reads_no_stored_article(store: EventStore) -> None:
    store.ingest(report("wire-1", "Wire One"))
    store.ingest(report("local-1", "Local Monitor"))
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(store._engine, "before_cursor_execute", seen)
    try:
        outcome = store.ingest(report("radio-1", "Radio North"))
    finally:
        event.remove(store._engine, "before_cursor_execute", seen)
    incident = store.incident(outcome.incident_ids[0])
    assert incident is not None and len(incident.mentions) == 3
    assert statements and not [s for s in statements if "documents.body" in s and s.lstrip().startswith("SELECT")]


def test_an_updated_article_replaces_its_records_and_keeps_the_old_version(store: EventStore) -> None:
    store.ingest(report("local-1", "Local Monitor", fatalities=12))
    added = store.ingest(report("wire-1", "Wire One", fatalities=12))
    updated = store.ingest(report("wire-1", "Wire One", fatalities=16))
    assert updated.status == "updated" and updated.incident_ids == added.incident_ids
    incident = store.incident(added.incident_ids[0])
    assert incident is not None and len(incident.mentions) == 2
    values = {v.value: v.doc_ids for v in incident.disagreements["fatalities"]}
    assert values == {12: ["local-1"], 16: ["wire-1"]}
    assert _count(store, MentionRow) == 2
    with Session(store._engine) as session:
        document = session.scalars(select(DocumentRow).where(DocumentRow.doc_id == "wire-1")).one()
        history = session.scalars(select(DocumentVersionRow)).all()
    assert document.version == 2 and "killed 16" in document.body
    assert [h.version for h in history] == [1] and "killed 12" in history[0].body
    assert history[0].records[0]["fatalities"] == 12


def test_reports_of_one_incident_by_many_outlets_make_one_incident(store: EventStore) -> None:
    outlets = ("Wire One", "Wire Two", "Local Monitor", "Radio North")
    ids = {store.ingest(report(f"doc-{n}", outlet)).incident_ids for n, outlet in enumerate(outlets)}
    assert len(ids) == 1
    (incident,) = store.incidents()
    assert sorted(incident.record.sources) == sorted(outlets) and len(incident.mentions) == 4


def test_clashes_in_different_towns_stay_apart(store: EventStore) -> None:
    store.ingest(report("a", "Wire One", town=0))
    store.ingest(report("b", "Wire One", town=2, country="Nigeria"))
    store.ingest(report("c", "Wire Two", town=4))
    assert store.count() == 3


def test_two_events_of_one_report_are_two_incidents(store: EventStore) -> None:
    both = result(
        "two.txt",
        "Two separate clashes were reported at Saraqib on Tuesday.",
        [record("two.txt", "e1"), record("two.txt", "e2")],
        url="https://wireone.example/two",
        outlet="Wire One",
    )
    assert len(store.ingest(both).incident_ids) == 2
    # A later report of the clash joins one of them, not both.
    assert len(store.ingest(report("later", "Wire Two")).incident_ids) == 1
    assert sorted(sorted(i.record.sources) for i in store.incidents()) == [["Wire One"], ["Wire One", "Wire Two"]]


def test_a_document_without_events_is_stored(store: EventStore) -> None:
    outcome = store.ingest(result("opinion", "Why the talks stalled, an essay.", url="https://op.example/1"))
    assert outcome.status == "added" and outcome.incident_ids == ()
    assert _count(store, DocumentRow) == 1 and store.count() == 0


def test_an_update_that_no_longer_tells_an_event_removes_its_incident(store: EventStore) -> None:
    store.ingest(report("wire-1", "Wire One"))
    retracted = result("wire-1", "Correction: no clash took place.", url="https://wireone.example/wire-1")
    assert store.ingest(retracted).status == "updated"
    assert store.count() == 0 and _count(store, IncidentRow) == 0


def test_documents_with_the_same_id_from_two_folders_are_kept_apart(store: EventStore) -> None:
    store.ingest(result("1.txt", "A clash at Saraqib.", [record("1.txt", "e1")]))
    second = store.ingest(result("1.txt", "A raid at Konduga.", [record("1.txt", "e1", town=2)]))
    assert second.status == "added" and second.doc_id.startswith("1.txt#")
    assert _count(store, DocumentRow) == 2


def test_a_document_that_failed_is_not_stored(store: EventStore) -> None:
    failed = result("bad", "text")
    failed.error = "could not be processed"
    with pytest.raises(StoreError, match="not processed"):
        store.ingest(failed)
    assert _count(store, DocumentRow) == 0


def test_an_earlier_version_sent_again_does_not_replace_the_newer_one(store: EventStore) -> None:
    store.ingest(report("wire-1", "Wire One", fatalities=12))
    store.ingest(report("wire-1", "Wire One", fatalities=16))
    assert store.ingest(report("wire-1", "Wire One", fatalities=12)).status == "unchanged"
    (incident,) = store.incidents()
    assert incident.record.fatalities == 16 and _count(store, DocumentVersionRow) == 1

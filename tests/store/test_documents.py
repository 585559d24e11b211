"""EventStore.document, .reports and .stats on SQLite and PostgreSQL, through the real pipeline."""

from __future__ import annotations

import pytest

from eventlens.ingest import IngestOptions, read_inputs
from eventlens.pipeline import DocumentResult, Pipeline
from eventlens.store import EventStore
from eventlens.types import Document, EventFilter
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def results(pipeline: Pipeline) -> list[DocumentResult]:
    documents = read_inputs([str(FIXTURES / "dashboard")], IngestOptions())
    return list(pipeline.process(d for d in documents if isinstance(d, Document)))


@pytest.fixture
def filled(store: EventStore, results: list[DocumentResult]) -> EventStore:
    for result in results:
        store.ingest(result)
    return store


def test_document_gives_text_comments_and_each_records_evidence(filled: EventStore) -> None:
    document = filled.document("frontier-courier-bannu-clash")
    assert document is not None and document.version == 1 and document.outlet == "Frontier Courier"
    assert [c.author for c in document.comments] == ["Khan", "Rahim"]
    (record,) = document.records
    assert filled.incident(record.incident_id) is not None
    assert all(document.body[e.start : e.end] == e.text for e in record.evidence)
    assert filled.document("nothing") is None


def test_reports_of_an_incident_carry_their_documents_and_evidence(filled: EventStore) -> None:
    (protest,) = filled.incidents(EventFilter(event_type="Protests"))
    (report,) = filled.reports(protest.incident_id)
    assert (report.doc_id, report.outlet) == ("lake-chad-post-maiduguri-protest", "Lake Chad Post")
    assert report.evidence and "Maiduguri" in report.evidence[0].text
    assert filled.reports("inc-nothing") == []


def test_stats_under_a_filter(filled: EventStore) -> None:
    everything = filled.stats()
    assert everything.total == filled.count() and sum(t.count for t in everything.by_type) == everything.total
    assert {t.name for t in everything.by_type} >= {"Battles", "Protests"}  # ACLED's spelling, not casefolded
    assert {a.name for a in everything.by_admin1} == {"Gao", "Borno", "Khyber Pakhtunkhwa", "Homs", "Kirkuk"}
    mali = filled.stats(EventFilter(country="mali"))
    assert [a.name for a in mali.by_admin1] == ["Gao"] and mali.total == filled.count(EventFilter(country="Mali"))
    assert filled.stats(top=1).by_actor == everything.by_actor[:1]

"""The issue's acceptance, through the real pipeline and the store: one bombing told by ten outlets in their own
words is one incident with ten sources, a claim plus a monitor's report makes it confirmed, a second attack in
the same city on the same day stays its own incident (tests/fixtures/incident_outlets); an article updated when
its toll rose updates its incident and keeps the first version."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from eventlens.ingest import IngestOptions, read_inputs
from eventlens.pipeline import DocumentResult, Pipeline
from eventlens.store import EventStore
from eventlens.store.models import DocumentVersionRow
from eventlens.types import Document, Incident
from tests.conftest import FIXTURES

CORPUS = FIXTURES / "incident_outlets"


@pytest.fixture(scope="module")
def results(pipeline: Pipeline) -> list[DocumentResult]:
    files = [str(CORPUS / "one_incident_ten_outlets.jsonl"), str(CORPUS / "second_attack_same_day.jsonl")]
    documents = [d for d in read_inputs(files, IngestOptions()) if isinstance(d, Document)]
    return list(pipeline.process(documents))


def _bombing(store: EventStore) -> Incident:
    (bombing,) = [i for i in store.incidents() if i.record.sub_event_type == "Remote explosive/landmine/IED"]
    return bombing


def test_ten_outlets_make_one_confirmed_incident_and_the_second_attack_stays_apart(
    store: EventStore, results: list[DocumentResult]
) -> None:
    for result in results:
        assert store.ingest(result).status == "added"
    bombing = _bombing(store)
    ten = {r.document.doc_id for r in results if "checkpoint" not in r.document.doc_id}
    assert len(bombing.record.sources) == 10 and ten <= {m.doc_id for m in bombing.mentions}
    assert bombing.record.certainty == "confirmed" and bombing.record.actor1 == "Islamic State (Syria)"
    assert {12, 14} <= {v.value for v in bombing.disagreements["fatalities"]}
    # The monitor's checkpoint report also recalls the bombing "hours" before: that record joins the bombing.
    checkpoint = [i for i in store.incidents() if {m.doc_id for m in i.mentions} & {"levant-wire-0705-checkpoint"}]
    assert len(checkpoint) == 1 and checkpoint[0].incident_id != bombing.incident_id
    assert sorted(m.doc_id for m in checkpoint[0].mentions) == [
        "furat-observatory-0706-checkpoint",
        "levant-wire-0705-checkpoint",
    ]
    # Sent again, every report changes nothing.
    assert {store.ingest(result).status for result in results} == {"unchanged"}
    assert _bombing(store) == bombing


def _article(toll: int) -> Document:
    text = (
        f"Roadside bomb kills {toll} bus passengers near Maiduguri\n\n"
        f"A roadside bomb struck a minibus on the road south of Maiduguri on Monday, killing {toll} passengers, "
        "police in Borno state said."
    )
    return Document(
        doc_id="sahel-daily-minibus",
        text=text,
        url="https://sahel-daily.example/2024/05/06/minibus-bomb",
        source="Sahel Daily",
        published=dt.date(2024, 5, 7),
    )


def test_an_article_updated_when_its_toll_rose_updates_its_incident(store: EventStore, pipeline: Pipeline) -> None:
    first, updated = pipeline.process([_article(12), _article(16)])
    (incident_id,) = store.ingest(first).incident_ids
    assert store.incident(incident_id).record.fatalities == 12  # type: ignore[union-attr]
    outcome = store.ingest(updated)
    assert outcome.status == "updated" and outcome.incident_ids == (incident_id,)
    incident = store.incident(incident_id)
    assert incident is not None and incident.record.fatalities == 16 and len(incident.mentions) == 1
    with Session(store._engine) as session:
        (kept,) = session.scalars(select(DocumentVersionRow))
    assert "killing 12 passengers" in kept.body and kept.records[0]["fatalities"] == 12
    assert store.ingest(first).status == "unchanged"  # the first version sent again changes nothing

"""The issue's acceptance, through the real pipeline and the store: one bombing told by ten outlets in their own
words is one incident with ten sources, a claim plus a monitor's report makes it confirmed, and a second attack
in the same city on the same day stays its own incident (the reports are tests/fixtures/incident_outlets)."""

from __future__ import annotations

import pytest

from eventlens.ingest import IngestOptions, read_inputs
from eventlens.pipeline import DocumentResult, Pipeline
from eventlens.store import EventStore
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

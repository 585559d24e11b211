"""The EventStore API as a whole: opening, closing, two writers at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from eventlens.store import EventStore
from tests.store.corpus import synthetic_results, write_results
from tests.store.factory import report

REPO = Path(__file__).resolve().parents[2]


def test_a_store_is_a_context_manager_and_its_data_outlives_it(store_url: str) -> None:
    with EventStore.open(store_url) as store:
        (incident_id,) = store.ingest(report("wire-1", "Wire One")).incident_ids
    with EventStore.open(store_url) as store:
        incident = store.incident(incident_id)
        assert incident is not None and incident.mentions[0].doc_id == "wire-1"
        assert store.incident("inc-none") is None


def test_two_writers_at_once_store_every_document_once(store_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "results.jsonl"
    write_results(synthetic_results(60), corpus)
    command = [sys.executable, "-m", "tests.store.crash_ingest", store_url, str(corpus)]
    writers = [subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)]
    writers.append(subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True))
    errors = [writer.communicate(timeout=120)[1] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], errors
    with EventStore.open(store_url) as store:
        incidents = list(store.incidents())
    mentions = [(m.doc_id, m.event_id) for incident in incidents for m in incident.mentions]
    assert len(mentions) == len(set(mentions))
    documents = {r.document.doc_id for r in synthetic_results(60)}
    assert {doc_id for doc_id, _ in mentions} == documents

"""Crash safety: an ingest killed (SIGKILL) in the middle of 1,000 documents and run again leaves exactly
what one clean run leaves: the same documents, versions, records and incidents (same ids), no duplicates, no
half-stored document."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from eventlens.store import EventStore
from eventlens.store.models import DocumentRow, DocumentVersionRow, IncidentRow, MentionRow
from tests.store.corpus import synthetic_results, write_results

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = 1000
KILL_AFTER = 300  # documents committed before the kill; the next one is mid-transaction


def _dump(url: str) -> dict[str, Any]:
    """The store's content, without timestamps and row numbers (which differ between any two runs)."""
    with EventStore.open(url) as store, Session(store._engine) as session:
        documents = session.execute(select(DocumentRow.id, DocumentRow.doc_id)).all()
        doc_ids = dict(documents)
        return {
            "documents": sorted(
                session.execute(
                    select(DocumentRow.doc_key, DocumentRow.doc_id, DocumentRow.version, DocumentRow.text_hash)
                ).all()
            ),
            "versions": sorted(
                (doc_ids[v.document_id], v.version, v.text_hash, str(v.records))
                for v in session.scalars(select(DocumentVersionRow))
            ),
            "mentions": sorted(
                (doc_ids[m.document_id], m.event_id, m.incident_id, str(m.record))
                for m in session.scalars(select(MentionRow))
            ),
            "incidents": sorted((i.incident_id, str(i.data)) for i in session.scalars(select(IncidentRow))),
        }


def _ingest(url: str, corpus: Path, kill_after: int | None = None) -> int:
    """Runs the ingest in a subprocess, killed with SIGKILL after `kill_after` commits; returns commits seen."""
    command = [sys.executable, "-m", "tests.store.crash_ingest", url, str(corpus)]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    committed = 0
    for line in process.stdout:
        committed = int(line)
        if kill_after is not None and committed >= kill_after:
            process.send_signal(signal.SIGKILL)
            break
    process.stdout.close()
    code = process.wait(timeout=120)
    assert code == (-signal.SIGKILL if kill_after is not None else 0)
    return committed


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "results.jsonl"
    write_results(synthetic_results(DOCUMENTS), path)
    return path


@pytest.fixture(scope="module")
def clean_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One uninterrupted run into SQLite: what every backend's interrupted run must end up equal to."""
    url = str(tmp_path_factory.mktemp("clean") / "clean.db")
    with EventStore.open(url) as store:
        for result in synthetic_results(DOCUMENTS):
            store.ingest(result)
    return _dump(url)


def _no_half_documents(dump: dict[str, Any]) -> None:
    """Every stored document has all the records of its stored version (one or two here), none twice."""
    per_document = Counter(doc_id for doc_id, *_ in dump["mentions"])
    stored = {doc_id for _, doc_id, *_ in dump["documents"]}
    assert set(per_document) == stored
    expected = {r.document.doc_id: len(r.records) for r in synthetic_results(DOCUMENTS)}
    assert all(per_document[doc_id] == expected[doc_id] for doc_id in stored)
    assert len({(doc_id, event_id) for doc_id, event_id, *_ in dump["mentions"]}) == len(dump["mentions"])


def test_a_killed_ingest_run_again_equals_one_clean_run(
    store_url: str, corpus: Path, clean_run: dict[str, Any]
) -> None:
    committed = _ingest(store_url, corpus, kill_after=KILL_AFTER)
    interrupted = _dump(store_url)
    assert KILL_AFTER <= committed < DOCUMENTS
    _no_half_documents(interrupted)
    assert 0 < len(interrupted["documents"]) < len(clean_run["documents"])

    assert _ingest(store_url, corpus) == DOCUMENTS
    resumed = _dump(store_url)
    _no_half_documents(resumed)
    assert resumed == clean_run
    assert len(resumed["documents"]) == DOCUMENTS - DOCUMENTS // 10  # every tenth is an update
    assert len(resumed["versions"]) == DOCUMENTS // 10

"""The bundled sample corpus, as `make run` reads it: every file read, most with events, none from comments."""

from __future__ import annotations

from eventlens.ingest import IngestOptions, read_inputs
from eventlens.pipeline import Pipeline
from eventlens.types import Document, InputError
from tests.conftest import REPO

CORPUS = REPO / "samples" / "corpus"


def test_every_sample_is_read_and_nearly_every_one_reports_an_event(pipeline: Pipeline) -> None:
    items = list(read_inputs([str(CORPUS)], IngestOptions()))
    failures = [item for item in items if isinstance(item, InputError)]
    documents = [item for item in items if isinstance(item, Document)]
    assert not failures
    assert len(documents) >= 30
    results = list(pipeline.process(documents))
    with_events = [r for r in results if r.records]
    assert len(with_events) >= 0.9 * len(documents)
    for result in results:
        comment_starts = [c.span.start for c in result.document.comments if c.span is not None]
        first_comment = min(comment_starts, default=len(result.document.text))
        for record in result.records:
            assert all(e.end <= first_comment for e in record.evidence), (result.document.doc_id, record.notes)
            assert record.event_type and record.sub_event_type and record.notes

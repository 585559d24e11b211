"""End to end: the founding page and a page of our own with the same traps, coded as an expert codes them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventlens.ingest import IngestOptions, read_inputs
from eventlens.pipeline import Pipeline
from eventlens.types import Document
from tests.conftest import FIXTURES, shared_path
from tests.expected_events import field_mismatches, match_events


def _run(pipeline: Pipeline, text_path: Path, published: str) -> tuple[Document, list]:  # type: ignore[type-arg]
    options = IngestOptions(default_published=dt.date.fromisoformat(published))
    [document] = list(read_inputs([str(text_path)], options))
    assert isinstance(document, Document)
    [result] = list(pipeline.process([document]))
    return document, result.records


def _check(pipeline: Pipeline, actor_dictionary, text_path: Path, expected_path: Path) -> None:  # type: ignore[no-untyped-def]
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    document, records = _run(pipeline, text_path, expected["published"])
    assert document.title == expected["title"]
    assert len(document.comments) == expected["comment_count"]
    pairs = match_events(expected["events"], records)
    missing = [event["id"] for event, record in pairs if record is None]
    assert not missing, f"no record for {missing}; got {[r.evidence[0].text[:60] for r in records]}"
    assert len(records) == len(expected["events"]), "extra records: " + "; ".join(
        r.evidence[0].text[:80] for r in records if r not in [rec for _, rec in pairs]
    )
    problems = [p for event, record in pairs if record for p in field_mismatches(event, record, actor_dictionary)]
    assert not problems, "\n".join(problems)
    for record in records:
        for evidence in record.evidence:
            assert document.text[evidence.start : evidence.end] == evidence.text
        assert record.provenance.get("sub_event_type")
        assert record.notes


@pytest.mark.shared
def test_seed_page_is_coded_as_the_expert_codes_it(pipeline, actor_dictionary) -> None:  # type: ignore[no-untyped-def]
    text = shared_path("seed", "raqqa-ied-attacks.txt")
    _check(pipeline, actor_dictionary, text, text.with_suffix(".expected.json"))


def test_own_words_ied_report_is_coded_as_an_expert_codes_it(pipeline, actor_dictionary) -> None:  # type: ignore[no-untyped-def]
    text = FIXTURES / "own-words-ied-report.txt"
    _check(pipeline, actor_dictionary, text, FIXTURES / "own-words-ied-report.expected.json")


def test_no_event_comes_from_reader_comments(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = FIXTURES / "own-words-ied-report.txt"
    document, records = _run(pipeline, text, "2021-11-17")
    comments_start = min(c.span.start for c in document.comments if c.span)
    assert records and all(e.start < comments_start for r in records for e in r.evidence)


def test_own_words_mixed_report_is_coded_as_an_expert_codes_it(pipeline, actor_dictionary) -> None:  # type: ignore[no-untyped-def]
    text = FIXTURES / "own-words-mixed-report.txt"
    _check(pipeline, actor_dictionary, text, FIXTURES / "own-words-mixed-report.expected.json")

"""End to end: the founding page and a page of our own with the same traps, coded as an expert codes them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventlens.ingest import IngestOptions, read_inputs
from eventlens.pipeline import Pipeline
from eventlens.types import Document, EventRecord
from eventlens.types.geo import haversine_km
from tests.conftest import FIXTURES, shared_path
from tests.expected_events import field_mismatches, match_events, on_side


def _run(pipeline: Pipeline, text_path: Path, published: str) -> tuple[Document, list]:  # type: ignore[type-arg]
    options = IngestOptions(default_published=dt.date.fromisoformat(published))
    [document] = list(read_inputs([str(text_path)], options))
    assert isinstance(document, Document)
    [result] = list(pipeline.process([document]))
    return document, result.records


def _check(pipeline: Pipeline, actor_dictionary, text_path: Path, expected_path: Path) -> dict[str, EventRecord]:  # type: ignore[no-untyped-def]
    """Checks the records against the expected file; returns them by expected id."""
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
    return {event["id"]: record for event, record in pairs if record is not None}


@pytest.mark.shared
def test_seed_page_is_coded_as_the_expert_codes_it(pipeline, actor_dictionary) -> None:  # type: ignore[no-untyped-def]
    text = shared_path("seed", "raqqa-ied-attacks.txt")
    records = _check(pipeline, actor_dictionary, text, text.with_suffix(".expected.json"))
    # Issue 5: the village the gazetteer lacks keeps its name, with a point in the governorate north of the city
    # ("the northern countryside"), within the seed's 120 km of it.
    city = records["E1"].latitude, records["E1"].longitude
    village = records["E3"].latitude, records["E3"].longitude
    assert None not in city and None not in village
    assert haversine_km(village, city) <= 120 and on_side(village, city, "north")  # type: ignore[arg-type]


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


# Full-length reports in our own words, each with the traps of real news: background history, a toll that rises,
# a second incident, a denial, a militant outlet's claim, an analyst's forecast, a sub-event type the
# development data never shows.
FULL_ARTICLES = [
    "own-words-idlib-chlorine-report",
    "own-words-borno-market-report",
    "own-words-lakki-marwat-report",
    "own-words-tessit-takeover-report",
]


def _full_article(pipeline: Pipeline, name: str) -> tuple[dict, Document, list]:  # type: ignore[type-arg]
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    options = IngestOptions(default_published=dt.date.fromisoformat(expected["published"]))
    [document] = list(read_inputs([str(FIXTURES / f"{name}.txt")], options))
    assert isinstance(document, Document)
    [result] = list(pipeline.process([document]))
    return expected, document, result


# Open: the lead's takeover without a fight is now typed right, but the next day's drone strike has the stronger
# cue and outranks it; the main event should be the one the headline and lead tell.
_WAITING_FOR_MAIN_EVENT = {"own-words-tessit-takeover-report"}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason="the headline's event loses to a stronger cue later on"))
        if name in _WAITING_FOR_MAIN_EVENT
        else name
        for name in FULL_ARTICLES
    ],
)
def test_a_full_article_yields_its_incidents_and_its_subject_is_the_main_event(pipeline, name: str) -> None:  # type: ignore[no-untyped-def]
    expected, document, result = _full_article(pipeline, name)
    assert document.title == expected["title"]
    pairs = match_events(expected["events"], result.records)
    missing = [event["id"] for event, record in pairs if record is None]
    assert not missing, f"no record for {missing}; got {[r.evidence[0].text[:60] for r in result.records]}"
    extra = [r.evidence[0].text[:80] for r in result.records if r not in [record for _, record in pairs]]
    assert not extra, f"records of no expected event: {extra}"
    main_event = dict((event["id"], record) for event, record in pairs)[expected["main_event"]]
    assert result.main_event() is main_event


@pytest.mark.parametrize("name", FULL_ARTICLES)
def test_a_full_article_is_coded_field_by_field(pipeline, actor_dictionary, name: str) -> None:  # type: ignore[no-untyped-def]
    _check(pipeline, actor_dictionary, FIXTURES / f"{name}.txt", FIXTURES / f"{name}.expected.json")

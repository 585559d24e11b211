"""The headline names the place of the incident a report is about; records elsewhere give way to it."""

from __future__ import annotations

from eventlens.events.salience import NOT_IN_HEADLINE_PENALTY, named_in_headline, weigh_by_headline
from eventlens.types import EventRecord, Evidence


def _record(text: str, confidence: float, location: str | None = None) -> EventRecord:
    evidence = [Evidence(text=text, start=0, end=len(text))]
    return EventRecord(doc_id="d", event_id=text[:8], confidence=confidence, evidence=evidence, location=location)


TITLE = "Suicide Bomber Kills 10 at Konduga Cattle Market"


def test_the_incident_whose_place_the_headline_names_becomes_the_main_event() -> None:
    bombing = _record("A suicide bomber blew herself up at the market in Konduga", 0.9, "Konduga")
    raid = _record("Fighters stormed a military base in Malam Fatori", 0.92, "Malam Fatori")
    weigh_by_headline([bombing, raid], TITLE)
    assert bombing.confidence == 0.9
    assert raid.confidence == round(0.92 - NOT_IN_HEADLINE_PENALTY, 3)


def test_a_place_is_named_as_a_whole_word() -> None:
    assert named_in_headline(_record("x", 0.5, "Konduga"), TITLE)
    assert not named_in_headline(_record("x", 0.5, "Kon"), TITLE)


def test_nothing_changes_when_the_headline_names_no_place_or_every_place() -> None:
    records = [_record("A bomb exploded in Kirkuk", 0.9, "Kirkuk"), _record("Police arrested two men", 0.7, "Mosul")]
    weigh_by_headline(records, "Violence in northern Iraq")
    weigh_by_headline(records, None)
    assert [r.confidence for r in records] == [0.9, 0.7]
    weigh_by_headline(records, "Blast in Kirkuk, arrests in Mosul")
    assert [r.confidence for r in records] == [0.9, 0.7]

"""The headline names the place of the incident a report is about; records elsewhere give way to it."""

from __future__ import annotations

from eventlens.events.salience import (
    NOT_IN_HEADLINE_PENALTY,
    NOT_THE_HEADLINE_TOLL_PENALTY,
    headline_gives_toll,
    named_in_headline,
    weigh_by_headline,
)
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


def _with_toll(text: str, confidence: float, fatalities: int) -> EventRecord:
    record = _record(text, confidence)
    record.fatalities = fatalities
    return record


def test_the_incident_whose_toll_the_headline_gives_becomes_the_main_event() -> None:
    market = _with_toll("Jets struck a crowded market in Ashara, killing 17 people", 0.85, 17)
    convoy = _with_toll("Two civilians died when a shell hit a car near Mayadin", 0.9, 2)
    weigh_by_headline([market, convoy], "Air strikes kill 17 at market in eastern Syria")
    assert market.confidence == 0.85
    assert convoy.confidence == round(0.9 - NOT_THE_HEADLINE_TOLL_PENALTY, 3)


def test_a_toll_is_matched_as_a_whole_figure() -> None:
    assert headline_gives_toll(_with_toll("x", 0.5, 17), "Strikes kill 17 in Syria")
    assert headline_gives_toll(_with_toll("x", 0.5, 17), "Bombing kills 17, wounds 30")
    assert not headline_gives_toll(_with_toll("x", 0.5, 17), "Strikes kill 170 in Syria")
    assert not headline_gives_toll(_with_toll("x", 0.5, 170), "Toll rises to 1,170")
    assert not headline_gives_toll(_with_toll("x", 0.5, 20), "Fighting rages on, 2017 toll revised")
    assert not headline_gives_toll(_with_toll("x", 0.5, 0), "0 dead")

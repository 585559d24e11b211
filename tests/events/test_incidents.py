"""Incidents across reports, batch: stable ids, grouping independent of order, and the acceptance corpus (one
car bombing told by ten outlets; a second attack in the same city the same day) run through the real pipeline."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from eventlens.events.incidents import group_incidents, incident_id_for
from eventlens.ingest import IngestOptions, read_inputs
from eventlens.types import Document, EventRecord, Incident, MentionRef
from tests.conftest import FIXTURES
from tests.events.incident_records import member

CORPUS = FIXTURES / "incident_outlets"


def test_an_incident_id_is_short_and_stable() -> None:
    first = MentionRef(doc_id="wire-1", event_id="e1", outlet="Wire")
    same = MentionRef(doc_id="wire-1", event_id="e1", outlet="Other name", url="https://x.example")
    assert incident_id_for(first) == incident_id_for(same)
    assert incident_id_for(first) != incident_id_for(MentionRef(doc_id="wire-1", event_id="e2"))
    assert incident_id_for(first).startswith("inc-") and len(incident_id_for(first)) == 16


def test_grouping_does_not_depend_on_the_order_of_the_reports() -> None:
    reports = [
        member("a", outlet="Wire", published=dt.date(2022, 7, 5)),
        member("b", outlet="Monitor", fatalities=14),
        member("c", outlet="Daily", fatalities=13, actor1="Islamic State (Syria)"),
        member(
            "d",
            outlet="Herald",
            event_type="Battles",
            sub_event_type="Armed clash",
            fatalities=2,
            weapon_type="Firearms",
            target_type="Military",
        ),
        member("e", outlet="Wire", event_date="2022-08-01"),
    ]
    expected = [sorted(ref.doc_id for ref in incident.mentions) for incident in group_incidents(reports)]
    assert sorted(expected) == [["a", "b", "c"], ["d"], ["e"]]
    shuffled = list(reports)
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        incidents = group_incidents(shuffled)
        assert [sorted(ref.doc_id for ref in incident.mentions) for incident in incidents] == expected
        assert [incident.incident_id for incident in incidents] == [i.incident_id for i in group_incidents(reports)]


def _main_records(pipeline, name: str) -> list[tuple[MentionRef, EventRecord]]:  # type: ignore[no-untyped-def]
    documents = [d for d in read_inputs([str(CORPUS / name)], IngestOptions()) if isinstance(d, Document)]
    pairs = []
    for result in pipeline.process(documents):
        main = result.main_event()
        assert main is not None, result.document.doc_id
        document = result.document
        ref = MentionRef(
            doc_id=document.doc_id,
            event_id=main.event_id,
            outlet=document.source,
            published=document.published,
            url=document.url,
        )
        pairs.append((ref, main))
    return pairs


@pytest.fixture(scope="module")
def incidents(pipeline) -> list[Incident]:  # type: ignore[no-untyped-def]
    reports = _main_records(pipeline, "one_incident_ten_outlets.jsonl")
    assert len(reports) == 10
    return group_incidents(reports + _main_records(pipeline, "second_attack_same_day.jsonl"))


def _bombing(incidents: list[Incident]) -> Incident:
    return next(i for i in incidents if i.record.event_type == "Explosions/Remote violence")


def test_ten_outlets_telling_one_bombing_make_one_incident_with_ten_sources(incidents: list[Incident]) -> None:
    bombing = _bombing(incidents)
    assert len(bombing.mentions) == 10
    assert len(bombing.record.sources) == 10
    assert bombing.record.event_date == "2022-07-05"
    assert bombing.record.country == "Syria"


def test_the_claim_and_the_monitors_report_make_it_confirmed(incidents: list[Incident]) -> None:
    bombing = _bombing(incidents)
    assert bombing.record.certainty == "confirmed"
    assert bombing.record.claimed is True
    assert bombing.record.actor1 == "Islamic State (Syria)"


def test_the_outlets_tolls_are_kept_and_the_lowest_is_the_incidents(incidents: list[Incident]) -> None:
    bombing = _bombing(incidents)
    figures = {value.value for value in bombing.disagreements["fatalities"]}
    assert {12, 14} <= figures
    assert bombing.record.fatalities == min(f for f in figures if isinstance(f, int) and f > 0)


def test_a_second_attack_in_the_same_city_on_the_same_day_stays_its_own_incident(incidents: list[Incident]) -> None:
    assert len(incidents) == 2
    checkpoint = next(i for i in incidents if i is not _bombing(incidents))
    assert sorted(ref.doc_id for ref in checkpoint.mentions) == [
        "furat-observatory-0706-checkpoint",
        "levant-wire-0705-checkpoint",
    ]
    assert checkpoint.record.fatalities == 2
    assert checkpoint.record.event_date == _bombing(incidents).record.event_date


def test_two_bombings_in_one_city_on_one_day_stay_two_each_with_its_two_reports(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Same sub-type, same unnamed bomber, same victims' kind, same town and day (one row in ACLED's aggregated
    # data): the tolls and sites tell them apart.
    incidents = group_incidents(_main_records(pipeline, "two_bombs_one_city.jsonl"))
    groups = sorted(sorted(ref.doc_id for ref in incident.mentions) for incident in incidents)
    assert groups == [
        ["eastern-voice-0315-car", "nangarhar-times-0314-car"],
        ["kabul-wire-0315-market", "nangarhar-times-0314-market"],
    ]
    assert {incident.record.event_date for incident in incidents} == {"2023-03-14"}
    assert {incident.record.location for incident in incidents} == {"Jalalabad"}


def test_a_report_without_a_country_may_join_an_incident_of_one() -> None:
    reports = [member("a", outlet="Wire"), member("b", outlet="Monitor", country=None, fatalities=13)]
    [incident] = group_incidents(reports)
    assert incident.record.country == "Syria"

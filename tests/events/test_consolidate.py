"""One incident's record from its reports: votes by outlet, specificity on ties, disagreements kept, every source,
corrections on top, whatever order the reports come in."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from eventlens.events.consolidate import consolidate
from eventlens.types import Correction
from tests.events.incident_records import TEN_KM_EAST, member

AT = dt.datetime(2022, 7, 8, 9, 0)


def test_the_value_most_outlets_give_wins() -> None:
    members = [
        member("a", event_type="Violence against civilians", sub_event_type="Attack"),
        member("b"),
        member("c"),
    ]
    record = consolidate("inc-1", members).record
    assert record.event_type == "Explosions/Remote violence"
    assert record.sub_event_type == "Remote explosive/landmine/IED"
    assert record.provenance["event_type"] == "incident:vote(2 of 3 outlets)"


def test_one_outlet_is_one_vote_however_many_reports_it_published() -> None:
    members = [
        member("a1", outlet="Wire", sub_event_type="Suicide bomb"),
        member("a2", outlet="wire", sub_event_type="Suicide bomb"),
        member("b", outlet="Monitor"),
        member("c", outlet="Daily"),
    ]
    assert consolidate("inc-1", members).record.sub_event_type == "Remote explosive/landmine/IED"


def test_a_day_beats_the_month_that_holds_it() -> None:
    members = [member("a", event_date="2022-07", date_precision="month"), member("b")]
    record = consolidate("inc-1", members).record
    assert (record.event_date, record.date_precision) == ("2022-07-05", "day")


def test_a_publication_week_backs_the_day_in_it() -> None:
    members = [
        member("a", event_date="2022-07-06", date_precision="week"),
        member("b", event_date="2022-07-06", date_precision="week"),
        member("c", event_date="2022-07-05", date_precision="day"),
    ]
    record = consolidate("inc-1", members).record
    assert (record.event_date, record.date_precision) == ("2022-07-05", "day")


def test_a_named_attacker_beats_an_unnamed_one_on_a_tie() -> None:
    members = [member("a"), member("b", actor1="Islamic State (Syria)")]
    assert consolidate("inc-1", members).record.actor1 == "Islamic State (Syria)"


def test_civilians_are_a_side_not_an_unknown_one() -> None:
    members = [member("a"), member("b"), member("c", actor2="Military Forces of Syria (2000-)")]
    assert consolidate("inc-1", members).record.actor2 == "Civilians (Syria)"


def test_the_town_beats_the_region_on_a_tie_and_the_place_comes_whole() -> None:
    region = member(
        "a", location="Deir-ez-Zor Governorate", latitude=35.0, longitude=40.5, geo_precision=3, admin2="Region"
    )
    town = member("b", location="Al Bukamal", latitude=TEN_KM_EAST[0], longitude=TEN_KM_EAST[1], admin2="Abu Kamal")
    record = consolidate("inc-1", [region, town]).record
    assert (record.location, record.geo_precision, record.admin2) == ("Al Bukamal", 1, "Abu Kamal")
    assert (record.latitude, record.longitude) == TEN_KM_EAST


def test_on_a_tie_between_two_places_the_more_precise_wins() -> None:
    region = member("a", location="Deir-ez-Zor", geo_precision=3, confidence=0.99)
    town = member("b", location="Al Mayadin", latitude=35.02, longitude=40.45, geo_precision=1, confidence=0.6)
    assert consolidate("inc-1", [region, town]).record.location == "Al Mayadin"


def test_spellings_of_one_town_vote_together() -> None:
    members = [
        member("a", location="Deir ez-Zor"),
        member("b", location="Deir Ez Zor"),
        member("c", location="Al Mayadin"),
    ]
    assert consolidate("inc-1", members).record.location in ("Deir ez-Zor", "Deir Ez Zor")


def test_a_tie_goes_to_the_more_confident_report() -> None:
    members = [member("a", confidence=0.6), member("b", sub_event_type="Suicide bomb", confidence=0.95)]
    assert consolidate("inc-1", members).record.sub_event_type == "Suicide bomb"


def test_disagreements_list_every_value_with_its_reports() -> None:
    members = [
        member("a", outlet="Wire", fatalities=12),
        member("b", outlet="Monitor", fatalities=16),
        member("c", outlet="Daily", fatalities=12, actor1="Islamic State (Syria)"),
        member("d", outlet="Herald", actor1="Shaitat Tribal Militia (Syria)"),
    ]
    incident = consolidate("inc-1", members)
    tolls = incident.disagreements["fatalities"]
    assert [(v.value, v.doc_ids, v.sources) for v in tolls] == [
        (12, ["a", "c", "d"], ["Daily", "Herald", "Wire"]),
        (16, ["b"], ["Monitor"]),
    ]
    actors = {v.value for v in incident.disagreements["actor1"]}
    assert actors == {"Unidentified Armed Group (Syria)", "Islamic State (Syria)", "Shaitat Tribal Militia (Syria)"}
    assert "event_type" not in incident.disagreements  # all agree


def test_sources_are_every_outlet_of_every_report_once() -> None:
    members = [
        member("a", outlet="Wire", sources=["Wire", "Amaq"]),
        member("b", outlet="Amaq News Agency", sources=["Amaq News Agency"]),
        member("c", outlet="wire", sources=["wire"]),
        member("d", outlet="Monitor", sources=["Monitor", "Hospital Gazette"]),
    ]
    sources = consolidate("inc-1", members).record.sources
    assert sorted(sources) == ["Amaq News Agency", "Hospital Gazette", "Monitor", "Wire"]


def test_the_incident_record_keeps_every_reports_evidence_and_takes_its_id() -> None:
    first = member("a", evidence=[{"text": "A car bomb exploded", "start": 0, "end": 19}])
    second = member("b", evidence=[{"text": "killing 12", "start": 40, "end": 50}])
    incident = consolidate("inc-1", [first, second])
    assert [e.text for e in incident.record.evidence] == ["A car bomb exploded", "killing 12"]
    assert incident.record.event_id == incident.incident_id == "inc-1"
    assert [m.doc_id for m in incident.mentions] == ["a", "b"]


def test_the_same_reports_in_any_order_give_the_same_incident() -> None:
    members = [
        member("a", outlet="Wire", fatalities=12, published=dt.date(2022, 7, 5)),
        member("b", outlet="Monitor", fatalities=16, actor1="Islamic State (Syria)"),
        member("c", outlet="Daily", sub_event_type="Suicide bomb", location="Deir ez-Zor"),
        member("d", outlet="Herald", event_date="2022-07-06", actor1="Shaitat Tribal Militia (Syria)"),
    ]
    results = {consolidate("inc-1", list(order)).model_dump_json() for order in itertools.permutations(members)}
    assert len(results) == 1


# Corrections: applied last, in time order, and kept on every re-consolidation.
def test_an_edit_sets_the_field_and_says_who() -> None:
    edit = Correction(action="edit", field="fatalities", value=3, author="lina", at=AT, note="hospital list")
    incident = consolidate("inc-1", [member("a"), member("b", fatalities=14)], [edit])
    assert incident.record.fatalities == 3
    assert incident.record.provenance["fatalities"] == "analyst:lina"
    assert incident.corrections == [edit]
    assert "3 fatalities" in (incident.record.notes or "")


def test_corrections_survive_consolidating_again_with_a_new_report() -> None:
    edit = Correction(action="edit", field="actor1", value="Islamic State (Syria)", author="lina", at=AT)
    confirm = Correction(action="confirm", author="omar", at=AT + dt.timedelta(hours=1))
    first = consolidate("inc-1", [member("a")], [edit, confirm])
    again = consolidate("inc-1", [member("a"), member("b", actor1="Shaitat Tribal Militia (Syria)")], first.corrections)
    assert again.record.actor1 == "Islamic State (Syria)"
    assert again.review == "confirmed"


def test_an_incident_needs_a_report() -> None:
    with pytest.raises(ValueError):
        consolidate("inc-1", [])

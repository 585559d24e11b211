"""Which stored incident a new record joins: the SQL pre-filter, the vote of members, new versions."""

from __future__ import annotations

import pytest

from eventlens.events import incident_match
from eventlens.store import EventStore
from eventlens.store.matching import WINDOW_DAYS, OldMention, inherited_incidents
from tests.store.factory import record, report


def test_a_report_dated_a_day_apart_joins_the_incident(store: EventStore) -> None:
    first = store.ingest(report("wire-1", "Wire One", event_date="2024-03-05"))
    late = store.ingest(report("wire-2", "Wire Two", event_date="2024-03-06", date_precision="week"))
    assert late.incident_ids == first.incident_ids


def test_a_report_of_the_same_place_weeks_later_is_another_incident(store: EventStore) -> None:
    store.ingest(report("wire-1", "Wire One", event_date="2024-03-05"))
    store.ingest(report("wire-2", "Wire Two", event_date=f"2024-03-{5 + WINDOW_DAYS + 10:02d}"))
    assert store.count() == 2


def test_a_report_without_a_country_may_join_one_with_it(store: EventStore) -> None:
    first = store.ingest(report("wire-1", "Wire One"))
    vague = store.ingest(report("wire-2", "Wire Two", country=None, admin1=None))
    assert vague.incident_ids == first.incident_ids


def test_the_incident_with_most_matching_members_wins(store: EventStore, monkeypatch: pytest.MonkeyPatch) -> None:
    # Which records tell the same event is events.incident_match's call; here a table says it, to test the vote.
    told_alike = {frozenset(pair) for pair in [("c1", "a1"), ("c1", "a2"), ("c1", "b1"), ("a1", "a2")]}
    monkeypatch.setattr(incident_match, "same_incident", lambda x, y: frozenset((x.doc_id, y.doc_id)) in told_alike)
    first = store.ingest(report("b1", "Wire One")).incident_ids
    second = store.ingest(report("a1", "Wire One")).incident_ids
    assert store.ingest(report("a2", "Wire Two")).incident_ids == second != first
    assert store.ingest(report("c1", "Radio North")).incident_ids == second  # two members match, against one


def test_ties_go_to_the_incident_created_first(store: EventStore, monkeypatch: pytest.MonkeyPatch) -> None:
    told_alike = {frozenset(pair) for pair in [("c1", "a1"), ("c1", "b1")]}
    monkeypatch.setattr(incident_match, "same_incident", lambda x, y: frozenset((x.doc_id, y.doc_id)) in told_alike)
    first = store.ingest(report("b1", "Wire One")).incident_ids
    store.ingest(report("a1", "Wire One"))
    assert store.ingest(report("c1", "Radio North")).incident_ids == first


def test_a_new_version_keeps_the_incidents_of_its_old_records() -> None:
    old = [
        OldMention("e1", "inc-a", record("doc", "e1", town=2, country="Nigeria")),
        OldMention("e2", "inc-b", record("doc", "e2")),
    ]
    # e9: the event id changed (the text before it grew), the event did not; e1 kept its id; e7 is new.
    new = [record("doc", "e9"), record("doc", "e1", town=2, country="Nigeria"), record("doc", "e7", town=4)]
    assert inherited_incidents(new, old) == ["inc-b", "inc-a", None]


def test_an_articles_one_event_stays_its_incident_when_an_update_moves_its_date() -> None:
    old = [OldMention("e1", "inc-a", record("doc", "e1", event_date="2024-03-05"))]
    corrected = record("doc", "e2", event_date="2024-03-01")  # the first version had the day wrong
    assert inherited_incidents([corrected], old) == ["inc-a"]
    protest = record("doc", "e3", event_type="Protests", sub_event_type="Peaceful protest", event_date="2024-03-01")
    assert inherited_incidents([protest], old) == [None]  # a different event altogether

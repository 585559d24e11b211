"""Filters over stored incidents: dates, places, actors, types, certainty, text, paging."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlens.store import EventStore
from eventlens.types import EventFilter
from tests.store.factory import report


@pytest.fixture
def filled(store: EventStore) -> EventStore:
    store.ingest(report("syria-1", "Wire One", event_date="2024-03-05", certainty="reported"))
    store.ingest(report("syria-2", "Wire One", town=1, event_date="2024-03-20", actor2="Civilians (Syria)"))
    store.ingest(
        report(
            "nigeria-1",
            "Radio North",
            town=2,
            event_date="2024-04",
            date_precision="month",
            event_type="Violence against civilians",
            sub_event_type="Attack",
            actor1="Islamic State West Africa Province",
            assoc_actor_1="Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
            actor2="Civilians (Nigeria)",
            certainty="claimed",
        )
    )
    store.ingest(report("iraq-1", "Wire Two", town=4, event_date=None, date_precision=None))
    return store


def _ids(store: EventStore, **criteria: object) -> list[str]:
    return [i.mentions[0].doc_id for i in store.incidents(EventFilter(**criteria))]  # type: ignore[arg-type]


def test_everything_in_date_order_undated_last(filled: EventStore) -> None:
    assert _ids(filled) == ["syria-1", "syria-2", "nigeria-1", "iraq-1"]


def test_newest_first_keeps_the_undated_last(filled: EventStore) -> None:
    newest = [i.mentions[0].doc_id for i in filled.incidents(newest_first=True)]
    assert newest == ["nigeria-1", "syria-2", "syria-1", "iraq-1"]
    assert [i.mentions[0].doc_id for i in filled.incidents(limit=1, newest_first=True)] == ["nigeria-1"]


def test_a_date_range_admits_incidents_whose_span_overlaps_it(filled: EventStore) -> None:
    assert _ids(filled, since=dt.date(2024, 3, 10)) == ["syria-2", "nigeria-1"]
    assert _ids(filled, until=dt.date(2024, 3, 10)) == ["syria-1"]
    # A month-precision date overlaps a range inside its month.
    assert _ids(filled, since=dt.date(2024, 4, 10), until=dt.date(2024, 4, 12)) == ["nigeria-1"]


def test_places_match_whatever_the_case(filled: EventStore) -> None:
    assert _ids(filled, country="syria") == ["syria-1", "syria-2"]
    assert _ids(filled, admin1="BORNO") == ["nigeria-1"]


def test_an_actor_matches_either_side_or_an_associated_actor_by_part_of_its_name(filled: EventStore) -> None:
    assert _ids(filled, actor="islamic state") == ["nigeria-1"]
    assert _ids(filled, actor="Ahlis Sunna") == ["nigeria-1"]
    assert _ids(filled, actor="civilians (syria)") == ["syria-2"]
    assert _ids(filled, actor="100%") == []  # wildcards in the text are matched literally


def test_types_certainty_and_text(filled: EventStore) -> None:
    assert _ids(filled, event_type="violence against civilians") == ["nigeria-1"]
    assert _ids(filled, sub_event_type="Armed clash") == ["syria-1", "syria-2", "iraq-1"]
    assert _ids(filled, certainty="claimed") == ["nigeria-1"]
    assert _ids(filled, text="tal afar") == ["iraq-1"]
    assert _ids(filled, country="Syria", since=dt.date(2024, 3, 6), text="maarat") == ["syria-2"]


def test_limit_offset_and_count(filled: EventStore) -> None:
    assert [i.mentions[0].doc_id for i in filled.incidents(limit=2, offset=1)] == ["syria-2", "nigeria-1"]
    assert filled.count(EventFilter(country="Syria")) == 2 and filled.count() == 4

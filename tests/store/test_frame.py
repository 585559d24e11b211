"""Incidents as a pandas DataFrame."""

from __future__ import annotations

import sys

import pytest

from eventlens.store import EventStore, StoreError
from eventlens.types import EventFilter
from tests.store.factory import report


def test_a_dataframe_has_one_row_per_incident_with_its_record_fields(store: EventStore) -> None:
    store.ingest(report("wire-1", "Wire One", fatalities=12))
    store.ingest(report("local-1", "Local Monitor", fatalities=16))
    store.ingest(report("konduga", "Radio North", town=2, country="Nigeria", event_date="2024-03"))
    frame = store.dataframe()
    assert len(frame) == 2
    saraqib = frame[frame["location"] == "Saraqib"].iloc[0]
    assert saraqib["mentions"] == 2 and sorted(saraqib["sources"]) == ["Local Monitor", "Wire One"]
    assert saraqib["disagreements"] == ["fatalities"] and str(saraqib["date"].date()) == "2024-03-05"
    assert frame[frame["location"] == "Konduga"]["date"].isna().all()  # month precision: no single day
    assert {"incident_id", "review", "event_type", "actor1", "latitude", "certainty"} <= set(frame.columns)
    assert "evidence" not in frame.columns


def test_a_filtered_dataframe_may_be_empty_and_keeps_its_columns(store: EventStore) -> None:
    frame = store.dataframe(EventFilter(country="Chad"))
    assert frame.empty and "incident_id" in frame.columns


def test_without_pandas_a_dataframe_says_how_to_get_it(store: EventStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if the notebook extra were not installed
    with pytest.raises(StoreError, match=r"eventlens\[notebook\]"):
        store.dataframe()

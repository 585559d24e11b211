"""Incidents as GeoJSON features and JSON lines, and the export formats by name."""

from __future__ import annotations

import io
import json

import pytest

from eventlens.export import INCIDENT_FORMATS, write_incidents
from eventlens.export.incident_feeds import write_geojson, write_jsonl
from eventlens.types.incident import Incident
from tests.export.incident_fixtures import disputed_incident, incident


def test_geojson_has_one_feature_per_incident_with_its_point_and_what_the_reports_say() -> None:
    stream = io.StringIO()
    items = [disputed_incident(), incident("inc-x", latitude=None, longitude=None, geo_precision=3, mentions=1)]
    assert write_geojson(iter(items), stream) == 2
    collection = json.loads(stream.getvalue())
    assert collection["type"] == "FeatureCollection"
    located, unlocated = collection["features"]
    assert located["id"] == "inc-d4"
    assert located["geometry"] == {"type": "Point", "coordinates": [44.39222, 35.46806]}  # no rounding
    properties = located["properties"]
    assert properties["geo_precision"] == 1
    assert properties["sources"] == ["Reuters", "Tigris Courier"]
    assert properties["reports"] == 2
    assert [v["value"] for v in properties["disagreements"]["fatalities"]] == [4, 6]
    assert properties["review"] == "confirmed"
    assert "latitude" not in properties
    assert unlocated["geometry"] is None
    assert (unlocated["properties"]["geo_precision"], unlocated["properties"]["reports"]) == (3, 1)


def test_an_empty_export_is_still_a_feature_collection() -> None:
    stream = io.StringIO()
    assert write_geojson([], stream) == 0
    assert json.loads(stream.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_jsonl_writes_each_incident_whole_and_it_reads_back() -> None:
    stream = io.StringIO()
    items = [disputed_incident(), incident("inc-y")]
    assert write_jsonl(items, stream) == 2
    lines = stream.getvalue().splitlines()
    assert [Incident.model_validate_json(line) for line in lines] == items


@pytest.mark.parametrize("kind", INCIDENT_FORMATS)
def test_every_format_writes_by_its_name(kind: str) -> None:
    stream = io.StringIO()
    assert write_incidents(kind, [incident(sources=[])], stream) == 1
    assert "inc-a1" in stream.getvalue()


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="acled-csv"):
        write_incidents("xlsx", [], io.StringIO())

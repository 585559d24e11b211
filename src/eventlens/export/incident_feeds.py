"""Incidents as GeoJSON and JSON Lines, streamed through the record writers (`writers.py`).

GeoJSON: one Feature per incident at its point (coordinates as stored, a null geometry when the incident has
none), its properties the record (geo_precision kept, so a map can tell a town from a province's centre), its
outlets, how many reports tell it, where the reports disagree and the analysts' review. JSON Lines: each
incident whole, as `Incident.model_dump_json` writes it (mentions and corrections included)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from eventlens.export.writers import GeoJsonWriter, JsonLinesWriter
from eventlens.types.incident import Incident


def incident_properties(incident: Incident) -> dict[str, object]:
    properties = incident.record.model_dump(mode="json", exclude={"latitude", "longitude"})
    properties["incident_id"] = incident.incident_id
    properties["reports"] = len(incident.mentions)
    properties["disagreements"] = {
        name: [value.model_dump(mode="json") for value in values] for name, values in incident.disagreements.items()
    }
    properties["review"] = incident.review
    return properties


def write_geojson(incidents: Iterable[Incident], stream: TextIO) -> int:
    """A FeatureCollection written feature by feature; returns the number of features."""
    writer = GeoJsonWriter(stream)
    for incident in incidents:
        record = incident.record
        writer.write_feature(incident.incident_id, record.latitude, record.longitude, incident_properties(incident))
    writer.close()
    return writer.count


def write_jsonl(incidents: Iterable[Incident], stream: TextIO) -> int:
    """One incident a line; returns the number of lines."""
    writer = JsonLinesWriter(stream)
    count = 0
    for incident in incidents:
        writer.write(incident)
        count += 1
    writer.close()
    return count

"""How incidents look in the API's lists: a summary per incident (the record without its evidence and
provenance, which the detail gives), or a GeoJSON feature."""

from __future__ import annotations

from typing import Any

from eventlens.types import Incident

_DETAIL_ONLY = {"evidence", "provenance"}


def summary(incident: Incident) -> dict[str, Any]:
    fields = incident.record.model_dump(mode="json", exclude=_DETAIL_ONLY)
    fields["incident_id"] = incident.incident_id
    fields["review"] = incident.review
    fields["reports"] = len(incident.mentions)
    return fields


def feature(incident: Incident) -> dict[str, Any] | None:
    """A point feature (GeoJSON is longitude first); an incident placed nowhere has none."""
    record = incident.record
    if record.latitude is None or record.longitude is None:
        return None
    return {
        "type": "Feature",
        "id": incident.incident_id,
        "geometry": {"type": "Point", "coordinates": [record.longitude, record.latitude]},
        "properties": summary(incident),
    }


def feature_collection(incidents: list[Incident], total: int, unplaced: int) -> dict[str, Any]:
    features = [f for f in (feature(i) for i in incidents) if f is not None]
    # Foreign members (RFC 7946 §6.1): how many the filter admits in all, and how many of this page have no point.
    return {"type": "FeatureCollection", "features": features, "total": total, "unplaced": unplaced}

"""The incident export formats by name, as `eventlens export --format` offers them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TextIO

from eventlens.export.acled import write_acled_csv
from eventlens.export.aggregate import write_acled_aggregated_csv
from eventlens.export.incident_feeds import write_geojson, write_jsonl
from eventlens.types.incident import Incident

IncidentWriter = Callable[[Iterable[Incident], TextIO], int]

_WRITERS: dict[str, IncidentWriter] = {
    "acled-csv": write_acled_csv,
    "acled-aggregated-csv": write_acled_aggregated_csv,
    "geojson": write_geojson,
    "jsonl": write_jsonl,
}
INCIDENT_FORMATS = tuple(_WRITERS)


def write_incidents(kind: str, incidents: Iterable[Incident], stream: TextIO) -> int:
    """Write incidents in one of INCIDENT_FORMATS; returns the number of rows or features written."""
    if kind not in _WRITERS:
        raise ValueError(f"unknown export format {kind!r}; choose one of {', '.join(INCIDENT_FORMATS)}")
    return _WRITERS[kind](incidents, stream)

"""Streaming writers: records are written as they come, so a run over 100,000 documents holds none of them.

CSV flattens lists with " | " and evidence to its text; GeoJSON writes one Feature per record with a
point (records without coordinates get a null geometry, as GeoJSON allows)."""

from __future__ import annotations

import csv
import json
from typing import Protocol, TextIO

from eventlens.types import EventRecord

FORMATS = ("jsonl", "csv", "geojson")
CSV_COLUMNS = [name for name in EventRecord.model_fields]


class RecordWriter(Protocol):
    def write(self, record: EventRecord) -> None: ...
    def close(self) -> None: ...


class JsonLinesWriter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, record: EventRecord) -> None:
        self.stream.write(record.model_dump_json() + "\n")

    def close(self) -> None:
        self.stream.flush()


def _flat(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return " | ".join(_flat(item.get("text") if isinstance(item, dict) else item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}={val}" for key, val in value.items())
    return str(value)


class CsvWriter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
        self.writer.writeheader()

    def write(self, record: EventRecord) -> None:
        data = record.model_dump()
        self.writer.writerow({name: _flat(data[name]) for name in CSV_COLUMNS})

    def close(self) -> None:
        self.stream.flush()


class GeoJsonWriter:
    """A FeatureCollection written incrementally: the opening, one feature at a time, the closing."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0
        stream.write('{"type": "FeatureCollection", "features": [\n')

    def write(self, record: EventRecord) -> None:
        geometry = None
        if record.latitude is not None and record.longitude is not None:
            geometry = {"type": "Point", "coordinates": [record.longitude, record.latitude]}
        properties = record.model_dump(exclude={"latitude", "longitude"})
        feature = {"type": "Feature", "id": record.event_id, "geometry": geometry, "properties": properties}
        self.stream.write(("," if self.count else "") + json.dumps(feature, ensure_ascii=False) + "\n")
        self.count += 1

    def close(self) -> None:
        self.stream.write("]}\n")
        self.stream.flush()


def open_writer(kind: str, stream: TextIO) -> RecordWriter:
    if kind == "jsonl":
        return JsonLinesWriter(stream)
    if kind == "csv":
        return CsvWriter(stream)
    if kind == "geojson":
        return GeoJsonWriter(stream)
    raise ValueError(f"unknown output format {kind!r}; choose one of {', '.join(FORMATS)}")

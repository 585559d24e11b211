"""Streaming writers: records are written as they come, so a run over 100,000 documents holds none of them.

CSV flattens lists with " | " and evidence to its text; GeoJSON writes one Feature per record with a
point (records without coordinates get a null geometry, as GeoJSON allows)."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from typing import Any, Protocol, TextIO

from pydantic import BaseModel

from eventlens.types import EventRecord

FORMATS = ("jsonl", "csv", "geojson")
CSV_COLUMNS = [name for name in EventRecord.model_fields]


class RecordWriter(Protocol):
    def write(self, record: EventRecord) -> None: ...
    def close(self) -> None: ...


class JsonLinesWriter:
    """One JSON object a line: event records, or any model of ours (incidents)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, record: BaseModel) -> None:
        self.stream.write(record.model_dump_json() + "\n")

    def close(self) -> None:
        self.stream.flush()


def flat(value: object) -> str:
    """A value as one CSV cell: empty for unknown, lists joined with " | " (evidence by its text)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return " | ".join(flat(item.get("text") if isinstance(item, dict) else item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{key}={val}" for key, val in value.items())
    return str(value)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defused(cell: str) -> str:
    """A cell a spreadsheet would run as a formula ("=HYPERLINK(...)" in a place name or an evidence sentence:
    document text is hostile) starts with an apostrophe, which shows it as text; numbers ("-3.5") stay numbers."""
    if not cell.startswith(_FORMULA_START):
        return cell
    try:
        float(cell)
    except ValueError:
        return "'" + cell
    return cell


class SpreadsheetSafeWriter(csv.DictWriter):  # csv.DictWriter[str] is not subscriptable at run time
    """A `csv.DictWriter` whose text cells never start a spreadsheet formula: every CSV eventlens writes is opened
    by analysts in a spreadsheet."""

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow({k: defused(v) if isinstance(v, str) else v for k, v in rowdict.items()})


class CsvWriter:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.writer = SpreadsheetSafeWriter(stream, fieldnames=CSV_COLUMNS)
        self.writer.writeheader()

    def write(self, record: EventRecord) -> None:
        data = record.model_dump()
        self.writer.writerow({name: flat(data[name]) for name in CSV_COLUMNS})

    def close(self) -> None:
        self.stream.flush()


class GeoJsonWriter:
    """A FeatureCollection written incrementally: the opening, one feature at a time, the closing."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0
        stream.write('{"type": "FeatureCollection", "features": [\n')

    def write(self, record: EventRecord) -> None:
        properties = record.model_dump(exclude={"latitude", "longitude"})
        self.write_feature(record.event_id, record.latitude, record.longitude, properties)

    def write_feature(
        self, feature_id: str, latitude: float | None, longitude: float | None, properties: dict[str, object]
    ) -> None:
        """One Feature: a point where both coordinates are known (as given, no rounding), else a null geometry."""
        geometry = None
        if latitude is not None and longitude is not None:
            geometry = {"type": "Point", "coordinates": [longitude, latitude]}
        feature = {"type": "Feature", "id": feature_id, "geometry": geometry, "properties": properties}
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

"""Streaming writers: JSON Lines, ACLED-style CSV, GeoJSON. What is written must parse back."""

from __future__ import annotations

import csv
import io
import json

import pytest

from eventlens.export import FORMATS, open_writer
from eventlens.export.writers import CSV_COLUMNS
from eventlens.types import EventRecord, Evidence


def _records() -> list[EventRecord]:
    located = EventRecord(
        doc_id="kirkuk.txt",
        event_id="a1",
        event_date="2018-07-05",
        date_precision="day",
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        actor1="Islamic State (Iraq)",
        country="Iraq",
        location="Kirkuk",
        latitude=35.46806,
        longitude=44.39222,
        geo_precision=1,
        fatalities=2,
        claimed=True,
        sources=["Amaq", "Tigris Watch"],
        certainty="confirmed",
        evidence=[
            Evidence(text="a bomb exploded near a patrol, killing two", start=10, end=52),
            Evidence(text="Amaq said", start=60, end=69),
        ],
        provenance={"event_type": "rule:cue:explosive", "fatalities": "rule:casualty-patterns"},
        notes="On 5 July 2018, Islamic State (Iraq) detonated an explosive device in Kirkuk, Iraq. 2 fatalities.",
    )
    unlocated = EventRecord(
        doc_id="brief.txt",
        event_id="b2",
        sub_event_type="Arrests",
        event_type="Strategic developments",
        fatalities=None,
        notes='Police said "several" men were held, in Kafr Nabl, Idlib — names withheld.',
    )
    return [located, unlocated]


def _write(kind: str, records: list[EventRecord]) -> str:
    stream = io.StringIO()
    writer = open_writer(kind, stream)
    for record in records:
        writer.write(record)
    writer.close()
    return stream.getvalue()


def test_formats() -> None:
    assert set(FORMATS) == {"jsonl", "csv", "geojson"}


def test_jsonl_is_one_record_per_line_and_round_trips() -> None:
    records = _records()
    lines = _write("jsonl", records).splitlines()
    assert len(lines) == 2
    assert [EventRecord.model_validate_json(line) for line in lines] == records
    assert json.loads(lines[1])["fatalities"] is None


def test_csv_has_every_record_field_and_flattens_lists() -> None:
    rows = list(csv.DictReader(io.StringIO(_write("csv", _records()))))
    assert len(rows) == 2
    assert list(rows[0]) == CSV_COLUMNS == list(EventRecord.model_fields)
    first, second = rows
    assert first["evidence"] == "a bomb exploded near a patrol, killing two | Amaq said"
    assert first["sources"] == "Amaq | Tigris Watch"
    assert first["claimed"] == "true"
    assert first["fatalities"] == "2"
    assert first["latitude"] == "35.46806"
    assert "event_type=rule:cue:explosive" in first["provenance"]
    assert second["fatalities"] == ""  # null is an empty cell, not 0
    assert second["wounded"] == "0"
    assert second["notes"] == _records()[1].notes  # quotes, commas and dashes survive


def test_csv_header_only_without_records() -> None:
    rows = list(csv.reader(io.StringIO(_write("csv", []))))
    assert rows == [CSV_COLUMNS]


def test_geojson_is_a_valid_feature_collection() -> None:
    collection = json.loads(_write("geojson", _records()))
    assert collection["type"] == "FeatureCollection"
    located, unlocated = collection["features"]
    assert located["type"] == "Feature"
    assert located["id"] == "a1"
    # GeoJSON positions are [longitude, latitude].
    assert located["geometry"] == {"type": "Point", "coordinates": [44.39222, 35.46806]}
    assert located["properties"]["location"] == "Kirkuk"
    assert "latitude" not in located["properties"]
    assert located["properties"]["evidence"][0]["start"] == 10
    assert unlocated["geometry"] is None
    assert unlocated["properties"]["notes"] == _records()[1].notes


def test_geojson_without_records_is_an_empty_collection() -> None:
    assert json.loads(_write("geojson", [])) == {"type": "FeatureCollection", "features": []}


def test_unknown_format_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="jsonl"):
        open_writer("xml", io.StringIO())


def test_no_csv_cell_starts_a_spreadsheet_formula() -> None:
    import csv
    import io

    from eventlens.export.writers import SpreadsheetSafeWriter

    stream = io.StringIO()
    writer = SpreadsheetSafeWriter(stream, fieldnames=["location", "latitude", "fatalities"])
    writer.writeheader()
    writer.writerow({"location": '=HYPERLINK("http://x.example","x")', "latitude": "-3.5", "fatalities": 2})
    row = next(csv.DictReader(io.StringIO(stream.getvalue())))
    assert row == {"location": '\'=HYPERLINK("http://x.example","x")', "latitude": "-3.5", "fatalities": "2"}

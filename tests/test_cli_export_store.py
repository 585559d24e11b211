"""`eventlens export` over a real event store: reports ingested, incidents exported in every format."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from eventlens.cli import main
from eventlens.ingest import IngestOptions, read_inputs
from eventlens.store import EventStore
from eventlens.types import Document
from tests.conftest import FIXTURES

# Two bombings in one city on one day, each told by two outlets (the incident tests' corpus): two incidents, one
# row once ACLED's aggregation rule applies.
TWO_BOMBS = FIXTURES / "incident_outlets" / "two_bombs_one_city.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> str:  # type: ignore[no-untyped-def]
    path = str(tmp_path_factory.mktemp("export-store") / "events.db")
    store = EventStore.open(path)
    try:
        documents = [d for d in read_inputs([str(TWO_BOMBS)], IngestOptions()) if isinstance(d, Document)]
        for result in pipeline.process(documents):
            store.ingest(result)
    finally:
        store.close()
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_two_attacks_stay_two_incidents_and_aggregate_into_one_row(db: str, tmp_path: Path) -> None:
    assert main(["export", "--db", db, "--format", "acled-csv", "-o", str(tmp_path / "events.csv")]) == 0
    rows = _rows(tmp_path / "events.csv")
    assert len(rows) == 2
    assert {(row["iso"], row["region"], row["location"]) for row in rows} == {
        ("4", "Caucasus and Central Asia", "Jalalabad")
    }
    assert all(len(row["source"].split("; ")) == 2 for row in rows)  # each bombing told by two outlets
    assert main(["export", "--db", db, "--format", "acled-aggregated-csv", "-o", str(tmp_path / "agg.csv")]) == 0
    (row,) = _rows(tmp_path / "agg.csv")
    assert row["events"] == "2"
    assert int(row["fatalities"]) == sum(int(r["fatalities"]) for r in rows)
    assert set(row["source"].split("; ")) == {s for r in rows for s in r["source"].split("; ")}


def test_filters_reach_the_store(db: str, tmp_path: Path) -> None:
    out = tmp_path / "none.geojson"
    assert main(["export", "--db", db, "-o", str(out), "--country", "Syria"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["features"] == []
    out = tmp_path / "jalalabad.geojson"
    assert main(["export", "--db", db, "-o", str(out), "--country", "Afghanistan", "--since", "2023-03-14"]) == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert [feature["properties"]["reports"] for feature in features] == [2, 2]


def test_a_reader_that_closes_the_pipe_ends_the_export_quietly(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def closed(*_: object) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("eventlens.cli_export.write_incidents", closed)
    assert main(["export", "--db", db, "--format", "jsonl", "-o", "-"]) == 0  # `eventlens export ... | head`
    assert "error" not in capsys.readouterr().err

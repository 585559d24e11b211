"""`eventlens export` over a real event store: reports ingested, incidents exported in every format."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from eventlens.cli import main
from eventlens.ingest import IngestOptions, read_inputs
from eventlens.types import Document

pytest.importorskip("sqlalchemy")
store_module = pytest.importorskip("eventlens.store")

# Two attacks by one group in one city on one day: two incidents, one row once ACLED's aggregation rule applies.
TWO_BOMBS = """Two bombs hit Kirkuk market and bus station

Published: 2021-03-16

KIRKUK, Iraq (Tigris Courier) - A bomb planted by Islamic State militants exploded in the main market of Kirkuk \
on Monday morning, killing two civilians, police said.

In a separate attack on Monday evening, another bomb planted by Islamic State militants exploded at the bus \
station in Kirkuk, killing three civilians.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline) -> str:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("export-store")
    report = folder / "two_bombs.txt"
    report.write_text(TWO_BOMBS, encoding="utf-8")
    path = str(folder / "events.db")
    store = store_module.EventStore.open(path)
    try:
        documents = [d for d in read_inputs([str(report)], IngestOptions()) if isinstance(d, Document)]
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
    assert sorted(row["fatalities"] for row in rows) == ["2", "3"]
    assert {(row["interaction"], row["iso"], row["region"]) for row in rows} == {("27", "368", "Middle East")}
    assert main(["export", "--db", db, "--format", "acled-aggregated-csv", "-o", str(tmp_path / "agg.csv")]) == 0
    (row,) = _rows(tmp_path / "agg.csv")
    assert (row["events"], row["fatalities"], row["location"]) == ("2", "5", "Kirkuk")


def test_filters_reach_the_store(db: str, tmp_path: Path) -> None:
    out = tmp_path / "none.geojson"
    assert main(["export", "--db", db, "-o", str(out), "--country", "Syria"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["features"] == []
    out = tmp_path / "kirkuk.jsonl"
    assert main(["export", "--db", db, "-o", str(out), "--admin1", "Kirkuk", "--since", "2021-03-15"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2

"""`eventlens export`: options to a filter, the store's incidents to the chosen format, errors in one line."""

from __future__ import annotations

import csv
import json
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from eventlens import cli_export
from eventlens.cli import main
from eventlens.types.incident import EventFilter, Incident
from tests.export.incident_fixtures import incident


class _FakeStoreError(Exception):
    pass


class _FakeStore:
    """The store's API as the export uses it: incidents under a filter, then close."""

    opened: ClassVar[list[str]] = []
    asked: ClassVar[list[EventFilter]] = []

    def __init__(self, items: list[Incident]) -> None:
        self.items = items

    def incidents(self, where: EventFilter) -> Iterator[Incident]:
        self.asked.append(where)
        yield from (i for i in self.items if where.country in (None, i.record.country))

    def close(self) -> None:
        self.opened.append("closed")


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> type[_FakeStore]:
    items = [incident("inc-1", sources=[]), incident("inc-2", country="Syria", sources=[])]

    def open_store(url: str) -> _FakeStore:
        if url == "broken.db":
            raise _FakeStoreError("cannot open broken.db: not an eventlens store")
        _FakeStore.opened.append(url)
        return _FakeStore(items)

    module = types.ModuleType("eventlens.store")
    module.StoreError = _FakeStoreError  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "eventlens.store", module)
    monkeypatch.setattr(cli_export, "_open_store", open_store)
    _FakeStore.opened, _FakeStore.asked = [], []
    return _FakeStore


def test_export_writes_the_filtered_incidents_as_acled_csv(store: type[_FakeStore], tmp_path: Path) -> None:
    out = tmp_path / "iraq.csv"
    db = tmp_path / "events.db"
    db.touch()
    assert main(["export", "--db", str(db), "-o", str(out), "--country", "Iraq", "--since", "2021-03-01"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [row["event_id_cnty"] for row in rows] == ["inc-1"]
    assert store.opened == [str(db), "closed"]
    assert store.asked[0].country == "Iraq" and str(store.asked[0].since) == "2021-03-01"
    assert not (tmp_path / "iraq.csv.part").exists()


@pytest.mark.parametrize(
    ("name", "fmt", "check"),
    [
        ("map.geojson", None, lambda text: len(json.loads(text)["features"]) == 2),
        ("all.jsonl", None, lambda text: len(text.splitlines()) == 2),
        ("agg.txt", "acled-aggregated-csv", lambda text: "events,event_ids" in text.splitlines()[0]),
    ],
)
def test_the_format_comes_from_the_option_or_the_extension(
    store: type[_FakeStore], tmp_path: Path, name: str, fmt: str | None, check: object
) -> None:
    out = tmp_path / name
    argv = ["export", "--db", "postgresql://analyst@localhost/events", "-o", str(out)]
    assert main([*argv, *(["--format", fmt] if fmt else [])]) == 0
    assert callable(check) and check(out.read_text(encoding="utf-8"))


def test_an_unknown_extension_without_format_is_a_usage_error(
    store: type[_FakeStore], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", "postgresql://localhost/events", "-o", str(tmp_path / "out.xlsx")]) == 2
    assert "--format" in capsys.readouterr().err


def test_a_store_that_cannot_open_is_one_line_and_no_file(
    store: type[_FakeStore], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("broken.db").touch()
    assert main(["export", "--db", "broken.db", "-o", "x.csv"]) == 2
    assert "not an eventlens store" in capsys.readouterr().err
    assert not Path("x.csv").exists() and not Path("x.csv.part").exists()


@pytest.mark.parametrize("db", ["nowhere.db", "sqlite:///nowhere.db"])
def test_a_store_file_that_does_not_exist_is_not_created(
    store: type[_FakeStore],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--db", db, "-o", "x.csv"]) == 2
    assert "no event store at nowhere.db" in capsys.readouterr().err
    assert store.opened == [] and not Path("nowhere.db").exists()


def test_an_export_that_fails_midway_leaves_no_half_file(
    store: type[_FakeStore], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(self: _FakeStore, where: EventFilter) -> Iterator[Incident]:
        yield self.items[0]
        raise _FakeStoreError("the connection dropped")

    monkeypatch.setattr(_FakeStore, "incidents", failing)
    out = tmp_path / "half.geojson"
    assert main(["export", "--db", "postgresql://localhost/events", "-o", str(out)]) == 2
    assert list(tmp_path.iterdir()) == []

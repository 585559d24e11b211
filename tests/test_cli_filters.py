"""The store's filter options, shared by `events` and `export`, as an EventFilter."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest

from eventlens.cli_filters import (
    DEFAULT_DB,
    add_db_option,
    add_filter_options,
    event_filter,
    missing_sqlite_file,
    shown_store,
)
from eventlens.types.incident import EventFilter


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="test", exit_on_error=False)
    add_db_option(parser)
    add_filter_options(parser)
    return parser.parse_args(list(argv))


def test_no_filter_admits_everything() -> None:
    args = _parse()
    assert args.db == DEFAULT_DB
    assert event_filter(args) == EventFilter()


def test_every_filter_reaches_the_event_filter() -> None:
    args = _parse(
        "--db", "postgresql://analyst@localhost/events",
        "--since", "2018-06-01", "--until", "2018-06-30",
        "--country", "Syria", "--admin1", "Idlib", "--actor", "Islamic State",
        "--type", "Battles", "--sub-type", "Armed clash", "--certainty", "confirmed",
        "--text", "checkpoint", "--include-rejected", "--disputed", "attribution",
    )  # fmt: skip
    assert args.db == "postgresql://analyst@localhost/events"
    assert event_filter(args) == EventFilter(
        since=dt.date(2018, 6, 1),
        until=dt.date(2018, 6, 30),
        country="Syria",
        admin1="Idlib",
        actor="Islamic State",
        event_type="Battles",
        sub_event_type="Armed clash",
        certainty="confirmed",
        text="checkpoint",
        include_rejected=True,
        disputed="attribution",
    )


def test_types_are_the_codebooks_in_any_case() -> None:
    args = _parse("--type", "explosions/remote violence", "--sub-type", "AIR/DRONE STRIKE")
    assert (args.event_type, args.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "argv",
    [("--since", "June 2018"), ("--certainty", "likely"), ("--type", "Batles"), ("--sub-type", "Airstrike")],
)
def test_a_bad_date_or_certainty_is_refused(argv: tuple[str, ...]) -> None:
    with pytest.raises(argparse.ArgumentError):
        _parse(*argv)


def test_a_store_is_named_without_its_password() -> None:
    assert shown_store("postgresql://analyst:s3cret@db.example/events") == "postgresql://analyst:***@db.example/events"
    assert shown_store("reports/eventlens.db") == "reports/eventlens.db"


@pytest.mark.parametrize(
    ("url", "missing"),
    [
        ("nowhere.db", "nowhere.db"),
        ("sqlite:///nowhere.db", "nowhere.db"),
        ("sqlite:///file:nowhere.db?mode=ro&uri=true", None),  # SQLite opens URIs itself
        ("sqlite://", None),
        ("postgresql://user@localhost/events", None),
    ],
)
def test_a_missing_sqlite_store_is_named(url: str, missing: str | None) -> None:
    assert missing_sqlite_file(url) == missing


def test_a_store_in_the_home_folder_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "events.db").touch()
    assert missing_sqlite_file("~/events.db") is None

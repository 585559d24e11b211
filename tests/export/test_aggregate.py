"""ACLED's aggregation: same day, same town, same actors, same sub-event type -> one row."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest

from eventlens.export.acled import AcledCoder
from eventlens.export.aggregate import AGGREGATED_COLUMNS, aggregate_rows, write_acled_aggregated_csv
from eventlens.resolve.actors import ActorDictionary
from eventlens.types.incident import Incident
from tests.export.incident_fixtures import incident

_SCALES = {"Reuters": "International", "Tigris Courier": "National", "Kirkuk Now": "National"}


@pytest.fixture(scope="module")
def coder(actor_dictionary: ActorDictionary) -> AcledCoder:
    return AcledCoder(actor_dictionary, _SCALES.get)


def _aggregate(coder: AcledCoder, items: list[Incident]) -> list[dict[str, str]]:
    stream = io.StringIO()
    count = write_acled_aggregated_csv(items, stream, coder)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert len(rows) == count
    return rows


def test_two_attacks_on_one_day_in_one_city_become_one_row(coder: AcledCoder) -> None:
    market = incident("inc-m1", fatalities=2, notes="A bomb went off in the market.", sources=["Reuters"])
    station = incident(
        "inc-s2",
        fatalities=3,
        notes="Another bomb hit the police station.",
        sources=["Tigris Courier", "Reuters"],
        assoc_actor_1="Local cell",
    )
    (row,) = _aggregate(coder, [market, station])
    assert list(row) == list(AGGREGATED_COLUMNS)
    assert (row["events"], row["event_ids"]) == ("2", "inc-m1 inc-s2")
    assert row["fatalities"] == "5"
    assert row["source"] == "Reuters; Tigris Courier"
    assert row["source_scale"] == "National-International"
    assert row["notes"] == "A bomb went off in the market. Another bomb hit the police station."
    assert row["assoc_actor_1"] == "Local cell"
    assert row["event_id_cnty"] == "inc-m1"


def test_the_actors_told_the_other_way_round_are_the_same_actors(coder: AcledCoder) -> None:
    first = incident("inc-1", actor1="Military Forces of Iraq (2018-)", actor2="Islamic State (Iraq)",
                     event_type="Battles", sub_event_type="Armed clash", assoc_actor_2="Sleeper cell")  # fmt: skip
    second = incident("inc-2", actor1="Islamic State (Iraq)", actor2="Military Forces of Iraq (2018-)",
                      event_type="Battles", sub_event_type="Armed clash", assoc_actor_1="Night unit")  # fmt: skip
    (row,) = _aggregate(coder, [first, second])
    assert row["events"] == "2"
    assert (row["actor1"], row["assoc_actor_2"]) == ("Military Forces of Iraq (2018-)", "Sleeper cell; Night unit")


@pytest.mark.parametrize(
    "change",
    [
        {"event_date": "2021-03-15"},  # another day
        {"location": "Hawija", "admin2": "Hawija"},  # another town
        {"actor1": "Unidentified Armed Group (Iraq)"},  # other actors
        {"sub_event_type": "Grenade"},  # another sub-event type
    ],
)
def test_a_different_day_town_actor_or_sub_type_stays_apart(coder: AcledCoder, change: dict[str, str]) -> None:
    rows = _aggregate(coder, [incident("inc-1"), incident("inc-2", **change)])
    assert [row["events"] for row in rows] == ["1", "1"]
    assert [row["data_id"] for row in rows] == ["1", "2"]


def test_events_without_a_day_or_a_town_are_never_merged(coder: AcledCoder) -> None:
    month = [incident(f"inc-{n}", event_date="2021-03", date_precision="month") for n in range(2)]
    placeless = [incident(f"inc-p{n}", location=None) for n in range(2)]
    assert len(_aggregate(coder, month + placeless)) == 4


def test_an_unknown_toll_adds_nothing_and_all_unknown_stays_empty(coder: AcledCoder) -> None:
    (row,) = _aggregate(coder, [incident("inc-1", fatalities=None), incident("inc-2", fatalities=4)])
    assert row["fatalities"] == "4"
    (row,) = _aggregate(coder, [incident("inc-1", fatalities=None), incident("inc-2", fatalities=None)])
    assert row["fatalities"] == ""


def test_rows_come_in_the_order_of_their_first_incident(coder: AcledCoder) -> None:
    items = [incident("inc-1"), incident("inc-2", location="Hawija"), incident("inc-3")]
    rows = _aggregate(coder, items)
    assert [row["event_ids"] for row in rows] == ["inc-1 inc-3", "inc-2"]


def test_a_days_rows_are_written_once_a_later_day_begins(coder: AcledCoder) -> None:
    """A stream in date order (the store's) is aggregated a day at a time: a whole export is never held."""
    days = ("2021-03-14", "2021-03-14", "2021-03-15", "2021-03-16")
    seen: list[str] = []

    def streamed() -> Iterator[Incident]:
        for number, day in enumerate(days):
            seen.append(day)
            yield incident(f"inc-{number}", event_date=day)

    rows = aggregate_rows(streamed(), coder)
    first = next(rows)
    assert (first["event_ids"], first["data_id"]) == ("inc-0 inc-1", "1")
    assert seen == list(days[:3])  # the 14th's row came when the 15th began, before the 16th was read
    assert [(row["event_ids"], row["data_id"]) for row in rows] == [("inc-2", "2"), ("inc-3", "3")]


def test_a_list_in_any_order_is_aggregated_and_a_stream_out_of_order_refused(coder: AcledCoder) -> None:
    later, earlier = incident("inc-l", event_date="2021-03-15"), incident("inc-e", event_date="2021-03-14")
    assert [row["event_ids"] for row in _aggregate(coder, [later, earlier, incident("inc-e2")])] == [
        "inc-e inc-e2",
        "inc-l",
    ]
    with pytest.raises(ValueError, match="date order"):
        list(aggregate_rows(iter([later, earlier]), coder))

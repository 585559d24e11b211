"""Incidents as ACLED rows: ACLED's columns, derived codes for each actor kind, unknowns empty, a CSV that reads back."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator

import pytest

from eventlens.export.acled import AcledCoder, last_change, write_acled_csv
from eventlens.export.acled_columns import ACLED_COLUMNS
from eventlens.resolve.actors import ActorDictionary
from eventlens.types.incident import Incident
from tests.export.incident_fixtures import disputed_incident, incident

_SCALES = {"Reuters": "International", "Tigris Courier": "National"}


@pytest.fixture(scope="module")
def coder(actor_dictionary: ActorDictionary) -> AcledCoder:
    return AcledCoder(actor_dictionary, _SCALES.get)


def _row(coder: AcledCoder, item: Incident) -> dict[str, str]:
    return coder.row(item, 1)


def test_a_row_has_every_acled_column_and_the_derived_codes(coder: AcledCoder) -> None:
    row = _row(coder, incident())
    assert list(row) == list(ACLED_COLUMNS)
    assert row["event_id_cnty"] == "inc-a1"
    assert (row["iso"], row["iso3"], row["region"]) == ("368", "IRQ", "Middle East")
    assert (row["year"], row["time_precision"]) == ("2021", "1")
    assert row["disorder_type"] == "Political violence"
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("2", "0", "20")
    assert row["source"] == "Reuters; Tigris Courier"
    assert row["source_scale"] == "National-International"
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("35.46806", "44.39222", "1")
    assert row["fatalities"] == "2"


def test_an_associated_actor_is_never_the_actor_itself(coder: AcledCoder) -> None:
    group = "Islamic State (Iraq)"
    row = _row(coder, incident(actor1=group, assoc_actor_1=f"{group}; Tribal fighters", assoc_actor_2=group))
    assert (row["assoc_actor_1"], row["assoc_actor_2"]) == ("Tribal fighters", "")


@pytest.mark.parametrize(
    ("actor1", "actor2", "inter1", "inter2", "interaction"),
    [
        ("Protesters (Iraq)", None, "6", "0", "60"),
        ("Rioters (Iraq)", "Police Forces of Iraq (2018-)", "5", "1", "15"),
        ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "3", "7", "37"),
        ("Military Forces of Iraq (2018-)", "Islamic State (Iraq)", "1", "2", "12"),
        ("Military Forces of Turkey (2016-)", "PKK: Kurdistan Workers Party", "8", "2", "28"),
        ("Police Forces of Iraq (2018-) Special Tactics Unit", None, "1", "0", "10"),
    ],
)
def test_actor_types_for_each_kind_of_actor(
    coder: AcledCoder, actor1: str, actor2: str | None, inter1: str, inter2: str, interaction: str
) -> None:
    row = _row(coder, incident(actor1=actor1, actor2=actor2))
    assert (row["inter1"], row["inter2"], row["interaction"]) == (inter1, inter2, interaction)


def test_an_actor_of_unknown_type_leaves_the_codes_empty(coder: AcledCoder) -> None:
    row = _row(coder, incident(actor1="Brotherhood of the Copper Hill", actor2="Civilians (Iraq)"))
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("", "7", "")


def test_unknowns_are_empty_never_none(coder: AcledCoder) -> None:
    bare = incident(
        "inc-b2",
        mentions=0,
        event_date=None,
        date_precision=None,
        event_type=None,
        sub_event_type=None,
        actor1=None,
        country=None,
        admin1=None,
        admin2=None,
        location=None,
        latitude=None,
        longitude=None,
        geo_precision=None,
        fatalities=None,
        sources=[],
        notes=None,
    )
    row = _row(coder, bare)
    assert "None" not in row.values()
    assert {name for name, value in row.items() if value} == {"data_id", "event_id_cnty"}


def test_civilian_targeting_is_acleds_label(coder: AcledCoder) -> None:
    assert _row(coder, incident(civilian_targeting=True))["civilian_targeting"] == "Civilian targeting"
    assert _row(coder, incident(civilian_targeting=False))["civilian_targeting"] == ""


def test_a_month_precise_date_keeps_its_year_and_precision(coder: AcledCoder) -> None:
    row = _row(coder, incident(event_date="2021-03", date_precision="month"))
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2021-03", "2021", "3")


def test_the_sources_fall_back_on_the_reports_outlets(coder: AcledCoder) -> None:
    row = _row(coder, incident(sources=[], mentions=2))
    assert row["source"] == "Outlet 0; Outlet 1"
    assert row["source_scale"] == ""


def test_timestamp_is_the_latest_change() -> None:
    plain = incident(mentions=2)  # reports published on 14 and 15 March
    assert last_change(plain) == int(dt.datetime(2021, 3, 15, tzinfo=dt.UTC).timestamp())
    corrected = disputed_incident()  # an analyst confirmed it on 20 March
    assert last_change(corrected) == int(dt.datetime(2021, 3, 20, 9, 30, tzinfo=dt.UTC).timestamp())
    assert last_change(incident(mentions=0)) is None


def test_the_csv_reads_back_row_for_row(coder: AcledCoder) -> None:
    items = [
        incident(notes='Gunmen shot at a checkpoint, "several" hurt; police, army replied.'),
        incident("inc-c3", actor1="Protesters (Iraq)", event_type="Protests", sub_event_type="Peaceful protest"),
    ]
    stream = io.StringIO()
    assert write_acled_csv(iter(items), stream, coder) == 2
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [row["event_id_cnty"] for row in rows] == ["inc-a1", "inc-c3"]
    assert [row["data_id"] for row in rows] == ["1", "2"]
    assert rows[0]["notes"] == items[0].record.notes
    assert rows[1]["disorder_type"] == "Demonstrations"
    assert list(rows[0]) == list(ACLED_COLUMNS)


def test_the_writer_consumes_incidents_one_at_a_time(coder: AcledCoder) -> None:
    written: list[str] = []
    stream = io.StringIO()

    def produced() -> Iterator[Incident]:
        yield incident("inc-1")
        written.append(stream.getvalue())
        yield incident("inc-2")

    write_acled_csv(produced(), stream, coder)
    assert "inc-1" in written[0]  # the first row was out before the second incident was made

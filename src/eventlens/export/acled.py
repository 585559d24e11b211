"""Incidents as ACLED rows: ACLED's columns in ACLED's order (`acled_columns.py`), one row per incident, with what
ACLED derives from a coded event filled in (actor types, interaction, ISO code, region, disorder type, time
precision, source scale). Unknown is an empty cell, never "None". Dates are ISO (YYYY-MM-DD), as ACLED's API writes
them; a date known only to the month or year stays as short as it is known ("2021-03"), its precision in
`time_precision`. Columns the store cannot know (`event_id_no_cnty`, `admin3`) are empty."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import TextIO

from eventlens.export.acled_columns import (
    ACLED_COLUMNS,
    NO_ACTOR,
    category_by_convention,
    country_codes,
    disorder_type,
    inter_code,
    interaction,
    time_precision,
)
from eventlens.export.source_scale import ScaleOf, combined_scale, gazetteer_scale_of
from eventlens.export.writers import SpreadsheetSafeWriter, flat
from eventlens.resolve.actors import ActorDictionary
from eventlens.types.incident import Incident

CIVILIAN_TARGETING = "Civilian targeting"
SOURCE_SEPARATOR = "; "


class AcledCoder:
    """Turns incidents into ACLED rows. The actor dictionary (for actor types) and the outlets' scales are loaded
    on first use; tests and callers may pass their own."""

    def __init__(self, actors: ActorDictionary | None = None, scale_of: ScaleOf | None = None) -> None:
        self._actors = actors
        self._scale_of = scale_of
        self._inter: dict[tuple[str, str | None, int | None], int | None] = {}

    @property
    def actors(self) -> ActorDictionary:
        if self._actors is None:
            self._actors = ActorDictionary.default()
        return self._actors

    @property
    def scale_of(self) -> ScaleOf:
        if self._scale_of is None:
            self._scale_of = gazetteer_scale_of()
        return self._scale_of

    def inter(self, actor: str | None, country: str | None, year: int | None) -> int | None:
        """The inter code of a named actor in an event in `country`; none when the actor's type is unknown."""
        if not actor:
            return None
        key = (actor, country, year)
        if key not in self._inter:
            self._inter[key] = self._inter_uncached(actor, country, year)
        return self._inter[key]

    def _inter_uncached(self, actor: str, country: str | None, year: int | None) -> int | None:
        known = self.actors.lookup_name(actor, country=country, year=year)
        if known is not None:
            return inter_code(known.category, known.country, country)
        return inter_code(category_by_convention(actor), None, country)

    def source_scale(self, outlets: Iterable[str]) -> str:
        return combined_scale(outlets, self.scale_of)

    def row(self, incident: Incident, number: int) -> dict[str, str]:
        """The ACLED row of one incident; `number` is its `data_id` (ACLED's row number within a file)."""
        record = incident.record
        year = _year(record.event_date)
        inter1 = self.inter(record.actor1, record.country, year)
        # An actor alone has 0 for the side nobody fills.
        inter2 = (
            self.inter(record.actor2, record.country, year) if record.actor2 else NO_ACTOR if record.actor1 else None
        )
        codes = country_codes(record.country)
        outlets = outlets_of(incident)
        values: dict[str, object] = {
            "data_id": number,
            "iso": codes.iso,
            "event_id_cnty": incident.incident_id,
            "event_date": record.event_date,
            "year": year,
            "time_precision": time_precision(record.date_precision, record.event_date),
            "disorder_type": disorder_type(record.event_type, record.sub_event_type),
            "event_type": record.event_type,
            "sub_event_type": record.sub_event_type,
            "actor1": record.actor1,
            "assoc_actor_1": associates([record.assoc_actor_1], record.actor1, record.actor2),
            "inter1": inter1,
            "actor2": record.actor2,
            "assoc_actor_2": associates([record.assoc_actor_2], record.actor1, record.actor2),
            "inter2": inter2,
            "interaction": interaction(inter1, inter2),
            "civilian_targeting": CIVILIAN_TARGETING if record.civilian_targeting else None,
            "region": codes.region,
            "country": record.country,
            "admin1": record.admin1,
            "admin2": record.admin2,
            "location": record.location,
            "latitude": record.latitude,
            "longitude": record.longitude,
            "geo_precision": record.geo_precision,
            "source": SOURCE_SEPARATOR.join(outlets),
            "source_scale": self.source_scale(outlets),
            "notes": record.notes,
            "fatalities": record.fatalities,
            "timestamp": last_change(incident),
            "iso3": codes.iso3,
        }
        return {column: flat(values.get(column)) for column in ACLED_COLUMNS}


def associates(cells: Iterable[str | None], *actors: str | None) -> str:
    """Associated actors as ACLED lists them: several in one cell, separated by "; ", each once, and never one of
    the event's own actors (a record may name the group both as the actor and, from "fighters of the group", as
    its associate; ACLED's associated actor is someone else acting with it)."""
    parts = (part.strip() for cell in cells if cell for part in cell.split(";"))
    return SOURCE_SEPARATOR.join(dict.fromkeys(part for part in parts if part and part not in actors))


def _year(event_date: str | None) -> int | None:
    return int(event_date[:4]) if event_date and event_date[:4].isdigit() else None


def outlets_of(incident: Incident) -> list[str]:
    """Every outlet that reports the incident: the record's sources, else its reports' outlets, each once."""
    named = incident.record.sources or [m.outlet for m in incident.mentions if m.outlet]
    return list(dict.fromkeys(named))


def last_change(incident: Incident) -> int | None:
    """ACLED's `timestamp`: when the event last changed, in Unix seconds: the latest correction, else the latest
    report's publication day (midnight UTC)."""
    times = [_utc(c.at) for c in incident.corrections]
    times += [dt.datetime.combine(m.published, dt.time(), dt.UTC) for m in incident.mentions if m.published]
    return int(max(times).timestamp()) if times else None


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def acled_csv_writer(stream: TextIO, columns: Iterable[str] = ACLED_COLUMNS) -> csv.DictWriter[str]:
    writer = SpreadsheetSafeWriter(stream, fieldnames=list(columns))
    writer.writeheader()
    return writer


def write_acled_csv(incidents: Iterable[Incident], stream: TextIO, coder: AcledCoder | None = None) -> int:
    """One ACLED row per incident, written as each comes; returns the number of rows."""
    coder = coder or AcledCoder()
    writer = acled_csv_writer(stream)
    count = 0
    for count, incident in enumerate(incidents, start=1):
        writer.writerow(coder.row(incident, count))
    stream.flush()
    return count

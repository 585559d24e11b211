"""ACLED's aggregation rule over incidents: what happens on the same day, at the same town-level location, between
the same actors, of the same sub-event type, is one ACLED event (two attacks by one group on one city's market and
its police station that day make one row). The row sums the fatalities, joins the sources and the notes, unites the
associated actors, and counts the incidents it holds (`events`, as ACLED's aggregated files call their count), with
their ids in `event_ids`.

Incidents without a day-precise date or a location are never merged: ACLED's rule needs both. Rows come out in
the order of their first incident. Incidents in date order (as `EventStore.incidents` streams them) are
aggregated a day at a time: once a later day begins, no incident can join the groups before it, so they are
written and only one day's rows are held, however large the export (a list in any order is sorted first)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from eventlens.events.incident_match import date_window
from eventlens.export.acled import SOURCE_SEPARATOR, AcledCoder, acled_csv_writer, associates, outlets_of
from eventlens.export.acled_columns import ACLED_COLUMNS
from eventlens.types.incident import Incident
from eventlens.types.record import EventRecord

AGGREGATED_COLUMNS = (*ACLED_COLUMNS, "events", "event_ids")
_DAY = len("YYYY-MM-DD")
_NOTES_SEPARATOR = " "
_ID_SEPARATOR = " "

GroupKey = tuple[object, ...]


def aggregation_key(record: EventRecord, fallback: str) -> GroupKey:
    """What ACLED's rule compares. Actors are a pair without order (ACLED's actor1/actor2 say no direction). A record
    the rule cannot place in a day and a town gets a key of its own (`fallback`, its incident id)."""
    day_precise = (
        record.event_date is not None and len(record.event_date) == _DAY and record.date_precision in (None, "day")
    )
    if not day_precise or not record.location or not record.sub_event_type:
        return ("single", fallback)
    place = (record.country, record.admin1, record.admin2, record.location)
    actors = frozenset(filter(None, (record.actor1, record.actor2)))
    return (record.event_date, place, record.sub_event_type, actors)


def _join_unique(values: Iterable[str | None], separator: str) -> str:
    return separator.join(dict.fromkeys(v for v in values if v))


@dataclass
class _Group:
    """One aggregated row in the making: the first incident's row, and what later incidents add to it."""

    row: dict[str, str]
    outlets: list[str]
    fatalities: list[int | None]
    notes: list[str | None]
    assoc1: list[str | None]
    assoc2: list[str | None]
    civilian_targeting: str
    ids: list[str] = field(default_factory=list)
    timestamps: list[int] = field(default_factory=list)

    def add(self, incident: Incident, row: dict[str, str]) -> None:
        record = incident.record
        self.ids.append(incident.incident_id)
        self.outlets.extend(outlets_of(incident))
        self.fatalities.append(record.fatalities)
        self.notes.append(record.notes)
        # A merged incident told with the actors the other way round keeps its associates on their own side.
        same_side = record.actor1 == self.row["actor1"] or not record.actor1
        self.assoc1.append(record.assoc_actor_1 if same_side else record.assoc_actor_2)
        self.assoc2.append(record.assoc_actor_2 if same_side else record.assoc_actor_1)
        self.civilian_targeting = self.civilian_targeting or row["civilian_targeting"]
        if row["timestamp"]:
            self.timestamps.append(int(row["timestamp"]))

    def finish(self, coder: AcledCoder) -> dict[str, str]:
        known = [f for f in self.fatalities if f is not None]
        return self.row | {
            "source": _join_unique(self.outlets, SOURCE_SEPARATOR),
            "source_scale": coder.source_scale(dict.fromkeys(self.outlets)),
            "fatalities": str(sum(known)) if known else "",
            "notes": _join_unique(self.notes, _NOTES_SEPARATOR),
            "assoc_actor_1": associates(self.assoc1, self.row["actor1"], self.row["actor2"]),
            "assoc_actor_2": associates(self.assoc2, self.row["actor1"], self.row["actor2"]),
            "civilian_targeting": self.civilian_targeting,
            # The latest change of any of its incidents is the aggregate's.
            "timestamp": str(max(self.timestamps)) if self.timestamps else "",
            "events": str(len(self.ids)),
            "event_ids": _ID_SEPARATOR.join(self.ids),
        }


def _new_group(row: dict[str, str]) -> _Group:
    return _Group(row=row, outlets=[], fatalities=[], notes=[], assoc1=[], assoc2=[], civilian_targeting="")


def first_day(record: EventRecord) -> dt.date:
    """The first day the record's date can name, the order the store streams incidents in; undated last."""
    window = date_window(record)
    return window[0] if window else dt.date.max


def _finished_groups(incidents: Iterable[Incident], coder: AcledCoder) -> Iterator[dict[str, str]]:
    """Each group's row, in the order of its first incident; a day's as soon as a later day begins."""
    if isinstance(incidents, Sequence):
        incidents = sorted(incidents, key=lambda incident: first_day(incident.record))  # stable: ties keep order
    groups: dict[GroupKey, _Group] = {}
    day = dt.date.min
    for incident in incidents:
        start = first_day(incident.record)
        if start < day:
            raise ValueError(f"{incident.incident_id} comes after incidents of a later day: give them in date order")
        if start > day:
            yield from (group.finish(coder) for group in groups.values())
            groups, day = {}, start
        row = coder.row(incident, 0)
        key = aggregation_key(incident.record, incident.incident_id)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _new_group(row)
        group.add(incident, row)
    yield from (group.finish(coder) for group in groups.values())


def aggregate_rows(incidents: Iterable[Incident], coder: AcledCoder) -> Iterator[dict[str, str]]:
    """The aggregated rows, numbered (`data_id`)."""
    for number, row in enumerate(_finished_groups(incidents, coder), start=1):
        yield row | {"data_id": str(number)}


def write_acled_aggregated_csv(incidents: Iterable[Incident], stream: TextIO, coder: AcledCoder | None = None) -> int:
    """ACLED rows after ACLED's aggregation rule, with the count of incidents each holds; returns the rows written."""
    coder = coder or AcledCoder()
    writer = acled_csv_writer(stream, AGGREGATED_COLUMNS)
    count = 0
    for row in aggregate_rows(incidents, coder):
        writer.writerow(row)
        count += 1
    stream.flush()
    return count

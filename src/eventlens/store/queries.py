"""From an `EventFilter` to the SQL that selects incidents, on the indexed filter columns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from eventlens.store.keys import casefold
from eventlens.store.models import IncidentRow
from eventlens.types import EventFilter


def conditions(where: EventFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    # An incident is in a date range when its own span (its date at its precision) overlaps the range.
    if where.since is not None:
        out.append(IncidentRow.date_end >= where.since)
    if where.until is not None:
        out.append(IncidentRow.date_start <= where.until)
    exact = (
        (IncidentRow.country, where.country),
        (IncidentRow.admin1, where.admin1),
        (IncidentRow.event_type, where.event_type),
        (IncidentRow.sub_event_type, where.sub_event_type),
        (IncidentRow.certainty, where.certainty),
    )
    out.extend(column == casefold(value) for column, value in exact if value is not None)
    if where.actor:
        out.append(IncidentRow.actors.contains(casefold(where.actor), autoescape=True))
    if where.text:
        out.append(IncidentRow.search_text.contains(casefold(where.text), autoescape=True))
    if not where.include_rejected:
        out.append(IncidentRow.review != "rejected")
    return out


def incidents_query(
    where: EventFilter, limit: int | None = None, offset: int = 0, newest_first: bool = False
) -> Select[Any]:
    """The incidents' JSON in date order, or newest first (undated last either way, then by id: the same order in
    SQLite and PostgreSQL)."""
    by_date = IncidentRow.date_start.desc() if newest_first else IncidentRow.date_start.asc()
    query = (
        select(IncidentRow.data)
        .where(*conditions(where))
        .order_by(IncidentRow.date_start.is_(None), by_date, IncidentRow.incident_id)
    )
    if offset:
        query = query.offset(offset)
    return query.limit(limit) if limit is not None else query


def count_query(where: EventFilter) -> Select[int]:
    return select(func.count()).select_from(IncidentRow).where(*conditions(where))

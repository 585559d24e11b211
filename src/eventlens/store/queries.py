"""From an `EventFilter` to the SQL that selects incidents, on the indexed filter columns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from eventlens.store.comments import disputed_values
from eventlens.store.keys import casefold
from eventlens.store.models import IncidentDataRow, IncidentRow
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
    if where.disputed == "any":
        out.append(IncidentRow.comments_disputed.is_not(None))
    elif where.disputed is not None:
        out.append(IncidentRow.comments_disputed.in_(disputed_values(where.disputed)))
    if not where.include_rejected:
        out.append(IncidentRow.review != "rejected")
    return out


def _order(undated: Any, date_start: Any, incident_id: Any, newest_first: bool) -> tuple[Any, ...]:
    """Undated last, then by date (or newest first), then by id: the same order in SQLite and PostgreSQL, and
    the order of `ix_incidents_order`."""
    return undated, date_start.desc() if newest_first else date_start.asc(), incident_id


def incidents_query(
    where: EventFilter, limit: int | None = None, offset: int = 0, newest_first: bool = False
) -> Select[Any]:
    """The incidents' JSON in date order, or newest first. A page is chosen on the narrow incidents rows first,
    and only its own rows' JSON is read (a sort of every match with its JSON would read them all)."""
    if limit is None and not offset:
        order = _order(IncidentRow.undated, IncidentRow.date_start, IncidentRow.incident_id, newest_first)
        return (
            select(IncidentDataRow.data)
            .join(IncidentRow, IncidentRow.incident_id == IncidentDataRow.incident_id)
            .where(*conditions(where))
            .order_by(*order)
        )
    columns = (IncidentRow.undated, IncidentRow.date_start, IncidentRow.incident_id)
    page = select(*columns).where(*conditions(where)).order_by(*_order(*columns, newest_first)).offset(offset)
    chosen = (page.limit(limit) if limit is not None else page).subquery()
    return (
        select(IncidentDataRow.data)
        .join(chosen, chosen.c.incident_id == IncidentDataRow.incident_id)
        .order_by(*_order(chosen.c.undated, chosen.c.date_start, chosen.c.incident_id, newest_first))
    )


def count_query(where: EventFilter) -> Select[int]:
    return select(func.count()).select_from(IncidentRow).where(*conditions(where))

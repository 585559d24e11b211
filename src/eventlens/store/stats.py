"""Counts of the incidents a filter admits, by week and type, by first-level division and by actor: what the
dashboard's timeline and summaries show. Grouped in SQL on the indexed filter columns (no JSON is read but one
incident per label shown), the same way in SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from eventlens.store.models import IncidentDataRow, IncidentRow
from eventlens.store.queries import conditions
from eventlens.types import EventFilter
from eventlens.types.vocab import ACLED_SUB_EVENT_TYPES

# Filter columns are casefolded; ACLED's own spelling of a type is known without reading any record.
_TYPE_NAMES = {name.casefold(): name for name in ACLED_SUB_EVENT_TYPES}
_WEEK_SPAN = 7  # days from an incident's first possible day to its last: a week-precision date spans 7


class WeekCount(BaseModel):
    week: dt.date = Field(description="The Monday the week starts on.")
    event_type: str | None
    count: int


class NamedCount(BaseModel):
    name: str
    count: int


class IncidentStats(BaseModel):
    total: int
    by_week: list[WeekCount]
    not_in_weeks: int = Field(description="Incidents undated or dated no closer than a month: in no week.")
    by_type: list[NamedCount]
    by_admin1: list[NamedCount]
    by_actor: list[NamedCount]


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _by_week(session: Session, where: list[ColumnElement[bool]]) -> tuple[list[WeekCount], int]:
    """Weekly counts of incidents dated to a day or a week; a month or a year is no week's (they are counted
    apart, not drawn as a spike in its first week)."""
    query = (
        select(IncidentRow.date_start, IncidentRow.date_end, IncidentRow.event_type, func.count())
        .where(*where, IncidentRow.date_start.is_not(None))
        .group_by(IncidentRow.date_start, IncidentRow.date_end, IncidentRow.event_type)
    )
    weeks: Counter[tuple[dt.date, str | None]] = Counter()
    coarse = 0
    for start, end, kind, count in session.execute(query).all():
        if start is None or end is None or (end - start).days > _WEEK_SPAN:
            coarse += count
            continue
        weeks[(_monday(start), _TYPE_NAMES.get(kind or "", kind))] += count
    counts = [WeekCount(week=w, event_type=k, count=c) for (w, k), c in sorted(weeks.items(), key=_week_order)]
    return counts, coarse


def _week_order(item: tuple[tuple[dt.date, str | None], int]) -> tuple[dt.date, str]:
    (week, kind), _ = item
    return week, kind or ""


def _grouped(session: Session, column: InstrumentedAttribute[Any], where: list[ColumnElement[bool]]) -> Counter[str]:
    query = select(column, func.count()).where(*where, column.is_not(None)).group_by(column)
    return Counter({value: count for value, count in session.execute(query)})


def _label(session: Session, field: str, folded: str, columns: tuple[InstrumentedAttribute[Any], ...]) -> str:
    """The record's own spelling of a casefolded filter value, from one incident that has it."""
    holder = select(IncidentRow.incident_id).where(or_(*(c == folded for c in columns))).limit(1).scalar_subquery()
    data = session.scalar(select(IncidentDataRow.data).where(IncidentDataRow.incident_id == holder))
    record = (data or {}).get("record", {})
    for name in (field, "actor2") if field == "actor1" else (field,):
        value = record.get(name)
        if isinstance(value, str) and value.casefold() == folded:
            return value
    return folded


def _named(
    session: Session, counts: Counter[str], field: str, columns: tuple[InstrumentedAttribute[Any], ...], top: int
) -> list[NamedCount]:
    return [NamedCount(name=_label(session, field, v, columns), count=c) for v, c in counts.most_common(top)]


def incident_stats(session: Session, where: EventFilter, top: int) -> IncidentStats:
    found = conditions(where)
    total = session.scalar(select(func.count()).select_from(IncidentRow).where(*found)) or 0
    types = _grouped(session, IncidentRow.event_type, found)
    actors = _grouped(session, IncidentRow.actor1, found) + _grouped(session, IncidentRow.actor2, found)
    admin1 = _grouped(session, IncidentRow.admin1, found)
    undated = select(func.count()).select_from(IncidentRow).where(*found, IncidentRow.date_start.is_(None))
    weeks, coarse = _by_week(session, found)
    return IncidentStats(
        total=total,
        by_week=weeks,
        not_in_weeks=coarse + (session.scalar(undated) or 0),
        by_type=[NamedCount(name=_TYPE_NAMES.get(v, v), count=c) for v, c in types.most_common()],
        by_admin1=_named(session, admin1, "admin1", (IncidentRow.admin1,), top),
        by_actor=_named(session, actors, "actor1", (IncidentRow.actor1, IncidentRow.actor2), top),
    )

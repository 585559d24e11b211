"""Which stored incident a new record belongs to.

An indexed SQL pre-filter narrows the store to the incidents holding a record of another document whose date
window, widened by `WINDOW_DAYS`, overlaps the new record's and whose country is the same or unknown;
`events.incidents.best_match` then weighs the new record against all members of each (the rule `group_incidents`
applies in batch: most members telling the same incident, more than half of them; ties go to the incident
created first, so a run is reproducible). None → a new incident."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from eventlens.events.incident_match import date_window, types_compatible
from eventlens.events.incidents import best_match, same_incident
from eventlens.store.keys import casefold
from eventlens.store.models import IncidentRow, MentionRow
from eventlens.types import EventRecord

# Wider than the day of slack same_incident allows: the window only narrows the search, best_match decides.
WINDOW_DAYS = 3


@dataclass(frozen=True)
class OldMention:
    """A record of a document's previous version, and the incident it was in."""

    event_id: str
    incident_id: str
    record: EventRecord


def _candidates(
    session: Session, record: EventRecord, document_id: int, excluded: Collection[str]
) -> dict[str, list[EventRecord]]:
    """The members of every incident holding a record of another document whose date window, widened, overlaps
    the new record's and whose country is the same or unknown (indexed columns), oldest incident first."""
    window = date_window(record)
    if window is None:
        return {}
    slack = dt.timedelta(days=WINDOW_DAYS)
    near = select(MentionRow.incident_id).where(
        MentionRow.document_id != document_id,
        MentionRow.date_start <= window[1] + slack,
        MentionRow.date_end >= window[0] - slack,
    )
    if record.country:
        near = near.where(or_(MentionRow.country == casefold(record.country), MentionRow.country.is_(None)))
    rows = session.execute(
        select(MentionRow.incident_id, MentionRow.record)
        .join(IncidentRow, IncidentRow.incident_id == MentionRow.incident_id)
        .where(MentionRow.incident_id.in_(near))
        .order_by(IncidentRow.created_at, MentionRow.incident_id, MentionRow.id)
    )
    members: dict[str, list[EventRecord]] = {}
    for incident_id, member in rows:
        if incident_id not in excluded:
            members.setdefault(incident_id, []).append(EventRecord.model_validate(member))
    return members


def best_incident(session: Session, record: EventRecord, document_id: int, excluded: Collection[str]) -> str | None:
    """The stored incident the record tells, if any, by `best_match` over all members of the candidates.
    `excluded`: incidents the document's other records are already in (two events of one report are two
    incidents)."""
    members = _candidates(session, record, document_id, excluded)
    order = list(members)
    index = best_match(record, [members[incident_id] for incident_id in order]) if order else None
    return None if index is None else order[index]


def inherited_incidents(records: Sequence[EventRecord], old: Sequence[OldMention]) -> list[str | None]:
    """For each record of a document's new version, the incident it stays in (None: it is placed afresh), so an
    incident told by an updated article keeps its id and its analysts' corrections. A record pairs with an old
    record: first one with the same event id; then one it tells the same incident as (`same_incident`, the old
    version compared as another report); last, the one record an article told before and the one it tells now,
    when their types are compatible: an update revises its event's toll, date or place."""
    paired: list[int | None] = [None] * len(records)
    free = set(range(len(old)))

    def pair(matches: Callable[[EventRecord, OldMention], bool]) -> None:
        for index, record in enumerate(records):
            if paired[index] is None:
                found = next((o for o in sorted(free) if matches(record, old[o])), None)
                if found is not None:
                    paired[index] = found
                    free.discard(found)

    pair(lambda record, mention: mention.event_id == record.event_id)
    # same_incident never pairs two records of one document: the new one is asked as if another report's.
    pair(lambda record, mention: same_incident(_as_other_report(record), mention.record))
    if len(old) == len(records) == 1:
        pair(lambda record, mention: types_compatible(record, mention.record))
    return [old[o].incident_id if o is not None else None for o in paired]


def _as_other_report(record: EventRecord) -> EventRecord:
    return record.model_copy(update={"doc_id": record.doc_id + "\x1fnew-version"})

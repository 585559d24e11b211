"""Which stored incident a new record belongs to.

An indexed SQL pre-filter narrows the store to the records of other documents whose date window, widened by
`WINDOW_DAYS`, overlaps the new record's and whose country is the same or unknown; `events.incidents.
same_incident` then judges the new record against each of them, and the incident with most matching members
wins (ties: the incident created first, then the smaller id, so a run is reproducible). None → a new incident."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from eventlens.events.incidents import same_incident
from eventlens.store.keys import casefold, date_window
from eventlens.store.models import IncidentRow, MentionRow
from eventlens.types import EventRecord

# Reports of one incident disagree on its day by a day or two ("yesterday" in a report filed after midnight);
# the window only narrows the search, same_incident decides.
WINDOW_DAYS = 3


@dataclass(frozen=True)
class OldMention:
    """A record of a document's previous version, and the incident it was in."""

    event_id: str
    incident_id: str
    record: EventRecord


def best_incident(
    session: Session,
    record: EventRecord,
    document_id: int,
    published: dt.date | None,
    excluded: Collection[str],
) -> str | None:
    """The stored incident the record tells, if any. `excluded`: incidents the document's other records are
    already in (two events of one report are two incidents)."""
    window = date_window(record, published)
    if window is None:
        return None
    slack = dt.timedelta(days=WINDOW_DAYS)
    query = select(MentionRow.incident_id, MentionRow.record, IncidentRow.created_at).join(
        IncidentRow, IncidentRow.incident_id == MentionRow.incident_id
    )
    query = query.where(
        MentionRow.document_id != document_id,
        MentionRow.date_start <= window[1] + slack,
        MentionRow.date_end >= window[0] - slack,
    )
    if record.country:
        query = query.where(or_(MentionRow.country == casefold(record.country), MentionRow.country.is_(None)))
    votes: Counter[str] = Counter()
    created: dict[str, dt.datetime] = {}
    for incident_id, member, created_at in session.execute(query):
        if incident_id in excluded:
            continue
        if same_incident(record, EventRecord.model_validate(member)):
            votes[incident_id] += 1
            created[incident_id] = created_at
    if not votes:
        return None
    return min(votes, key=lambda incident_id: (-votes[incident_id], created[incident_id], incident_id))


def inherited_incident(record: EventRecord, old: Sequence[OldMention], taken: set[int]) -> str | None:
    """The incident a record of a document's new version stays in: that of the old version's record with the
    same event id, else of the first old record it tells the same event as. `taken`: old records already
    paired (indexes into `old`), updated in place."""
    for index, mention in enumerate(old):
        if index not in taken and mention.event_id == record.event_id:
            taken.add(index)
            return mention.incident_id
    # same_incident never pairs two records of one document; the old version is compared as another one.
    as_other = record.model_copy(update={"doc_id": record.doc_id + "\x1fnew-version"})
    for index, mention in enumerate(old):
        if index not in taken and same_incident(as_other, mention.record):
            taken.add(index)
            return mention.incident_id
    return None

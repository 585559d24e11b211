"""Re-consolidating incidents after their members or corrections changed: `events.incidents.consolidate` over
every member record, with every correction on top, so no ingest or re-merge ever overwrites an analyst."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from eventlens.events.incidents import consolidate
from eventlens.store.models import CorrectionRow, DocumentRow, IncidentRow, MentionRow
from eventlens.store.rows import correction_of, fill_incident_row, mention_ref
from eventlens.types import EventRecord, Incident


def new_incident_row(incident_id: str, now: dt.datetime) -> IncidentRow:
    """An incident row before its first consolidation (its members' rows point at it)."""
    return IncidentRow(
        incident_id=incident_id,
        data={},
        actors="",
        review="unreviewed",
        mention_count=0,
        search_text="",
        created_at=now,
        updated_at=now,
    )


def consolidated(session: Session, incident_id: str) -> Incident | None:
    """The incident as its current members and corrections make it; None when no record is left in it."""
    members = session.execute(
        select(MentionRow, DocumentRow)
        .join(DocumentRow, MentionRow.document_id == DocumentRow.id)
        .where(MentionRow.incident_id == incident_id)
        .order_by(MentionRow.id)
    ).all()
    if not members:
        return None
    corrections = session.scalars(
        select(CorrectionRow).where(CorrectionRow.incident_id == incident_id).order_by(CorrectionRow.id)
    )
    return consolidate(
        incident_id,
        [
            (mention_ref(document, mention.event_id), EventRecord.model_validate(mention.record))
            for mention, document in members
        ],
        [correction_of(row) for row in corrections],
    )


def reconsolidate(session: Session, incident_ids: Iterable[str], now: dt.datetime) -> list[str]:
    """Rewrites each incident from its members; an incident whose last record went (an updated article no
    longer tells it) is deleted with its corrections. Returns the incidents that remain."""
    remaining = []
    for incident_id in sorted(set(incident_ids)):
        row = session.get(IncidentRow, incident_id)
        if row is None:
            continue
        incident = consolidated(session, incident_id)
        if incident is None:
            session.execute(delete(CorrectionRow).where(CorrectionRow.incident_id == incident_id))
            session.delete(row)
            continue
        fill_incident_row(row, incident, now)
        remaining.append(incident_id)
    session.flush()
    return remaining

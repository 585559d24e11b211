"""Re-consolidating incidents after their members or corrections changed: `events.incidents.consolidate` over
every member record, with every correction on top, so no ingest or re-merge ever overwrites an analyst."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, joinedload

from eventlens.events.incidents import consolidate
from eventlens.store.comments import incident_disputes
from eventlens.store.models import CorrectionRow, DocumentRow, IncidentRow, MentionRow
from eventlens.store.rows import correction_of, fill_incident_row
from eventlens.types import Correction, EventRecord, Incident, MentionRef


def new_incident_row(incident_id: str, now: dt.datetime) -> IncidentRow:
    """An incident row before its first consolidation (its members' rows point at it)."""
    return IncidentRow(
        incident_id=incident_id,
        undated=True,
        actors="",
        review="unreviewed",
        mention_count=0,
        search_text="",
        created_at=now,
        updated_at=now,
    )


def _consolidated_all(session: Session, incident_ids: list[str]) -> dict[str, Incident | None]:
    """Each incident as its current members and corrections make it (three queries for all of them); None for
    one no record is left in."""
    members: dict[str, list[tuple[MentionRef, EventRecord]]] = {incident_id: [] for incident_id in incident_ids}
    # Only the columns a MentionRef needs: the documents' bodies would be read once per member at every ingest
    # that touches a much-reported incident.
    rows = session.execute(
        select(
            MentionRow.incident_id,
            MentionRow.event_id,
            MentionRow.record,
            DocumentRow.doc_id,
            DocumentRow.outlet,
            DocumentRow.published,
            DocumentRow.url,
        )
        .join(DocumentRow, MentionRow.document_id == DocumentRow.id)
        .where(MentionRow.incident_id.in_(incident_ids))
        .order_by(MentionRow.id)
    )
    for incident_id, event_id, record, doc_id, outlet, published, url in rows:
        ref = MentionRef(doc_id=doc_id, event_id=event_id, outlet=outlet, published=published, url=url)
        members[incident_id].append((ref, EventRecord.model_validate(record)))
    corrections: dict[str, list[Correction]] = {incident_id: [] for incident_id in incident_ids}
    query = select(CorrectionRow).where(CorrectionRow.incident_id.in_(incident_ids)).order_by(CorrectionRow.id)
    for row in session.scalars(query):
        corrections[row.incident_id].append(correction_of(row))
    return {
        incident_id: consolidate(incident_id, members[incident_id], corrections[incident_id])
        if members[incident_id]
        else None
        for incident_id in incident_ids
    }


def consolidated(session: Session, incident_id: str) -> Incident | None:
    return _consolidated_all(session, [incident_id])[incident_id]


def reconsolidate(session: Session, incident_ids: Iterable[str], now: dt.datetime) -> list[str]:
    """Rewrites each incident from its members; an incident whose last record went (an updated article no
    longer tells it) is deleted with its corrections. Returns the incidents that remain."""
    ids = sorted(set(incident_ids))
    if not ids:
        return []
    # Each row with its JSON (a new incident has none yet: its first consolidation writes it), in one query.
    query = select(IncidentRow).where(IncidentRow.incident_id.in_(ids)).options(joinedload(IncidentRow.body))
    rows = {row.incident_id: row for row in session.scalars(query)}
    remaining = []
    disputes = incident_disputes(session, ids)
    for incident_id, incident in _consolidated_all(session, ids).items():
        row = rows[incident_id]
        if incident is None:
            session.execute(delete(CorrectionRow).where(CorrectionRow.incident_id == incident_id))
            session.delete(row)
            continue
        fill_incident_row(row, incident, now)
        row.comments_disputed = disputes[incident_id]  # readers' disputes: apart from the record, never in it
        remaining.append(incident_id)
    session.flush()
    return remaining

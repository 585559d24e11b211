"""Between the contract's types and the rows: a record's filter columns, a mention's reference, an incident's."""

from __future__ import annotations

import datetime as dt

from eventlens.events.incident_match import date_window
from eventlens.store.keys import casefold
from eventlens.store.models import CorrectionRow, DocumentRow, IncidentRow, MentionRow
from eventlens.types import Correction, EventRecord, Incident, MentionRef

_JOIN = "\x1f"  # between the parts of a searched column: no query text contains it


def utc(moment: dt.datetime) -> dt.datetime:
    """SQLite hands timestamps back without their zone; every one the store writes is UTC."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def mention_ref(document: DocumentRow, event_id: str) -> MentionRef:
    return MentionRef(
        doc_id=document.doc_id,
        event_id=event_id,
        outlet=document.outlet,
        published=document.published,
        url=document.url,
    )


def mention_row(document: DocumentRow, record: EventRecord, incident_id: str) -> MentionRow:
    window = date_window(record)
    return MentionRow(
        document_id=document.id,
        incident_id=incident_id,
        event_id=record.event_id,
        record=record.model_dump(mode="json"),
        date_start=window[0] if window else None,
        date_end=window[1] if window else None,
        country=casefold(record.country),
        admin1=casefold(record.admin1),
        event_type=casefold(record.event_type),
        latitude=record.latitude,
        longitude=record.longitude,
    )


def correction_of(row: CorrectionRow) -> Correction:
    return Correction(
        action=row.action,
        field=row.field,
        value=row.value,
        author=row.author,
        at=utc(row.at),
        note=row.note,
    )


def correction_row(incident_id: str, correction: Correction) -> CorrectionRow:
    return CorrectionRow(
        incident_id=incident_id,
        action=correction.action,
        field=correction.field,
        value=correction.value,
        author=correction.author,
        at=utc(correction.at),
        note=correction.note,
    )


def _searched(record: EventRecord) -> str:
    """What `EventFilter.text` looks in: the places, the actors, the notes and the words of the evidence."""
    parts = [
        record.location,
        record.sublocation,
        record.admin2,
        record.admin1,
        record.country,
        record.actor1,
        record.assoc_actor_1,
        record.actor2,
        record.assoc_actor_2,
        record.claimed_by,
        record.notes,
        *(evidence.text for evidence in record.evidence),
    ]
    return _JOIN.join(part.casefold() for part in parts if part)


def fill_incident_row(row: IncidentRow, incident: Incident, now: dt.datetime) -> None:
    """Writes the consolidated incident and the columns queries filter on."""
    record = incident.record
    window = date_window(record)
    actors = (record.actor1, record.assoc_actor_1, record.actor2, record.assoc_actor_2)
    row.data = incident.model_dump(mode="json")
    row.event_date = record.event_date
    row.date_start, row.date_end = window if window else (None, None)
    row.undated = row.date_start is None
    row.country = casefold(record.country)
    row.admin1 = casefold(record.admin1)
    row.actor1 = casefold(record.actor1)
    row.actor2 = casefold(record.actor2)
    row.actors = _JOIN.join(actor.casefold() for actor in actors if actor)
    row.event_type = casefold(record.event_type)
    row.sub_event_type = casefold(record.sub_event_type)
    row.certainty = record.certainty
    row.review = incident.review
    row.fatalities = record.fatalities
    row.latitude = record.latitude
    row.longitude = record.longitude
    row.mention_count = len(incident.mentions)
    row.search_text = _searched(record)
    row.updated_at = now

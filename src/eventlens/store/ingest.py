"""Storing one document's result, inside the caller's transaction: added, unchanged, or an updated version
(the old one kept in `document_versions`, its records replaced, every incident they touch re-merged)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, defer

from eventlens.events.incidents import incident_id_for
from eventlens.store.comments import comments_hash, refresh_incident_disputes, write_comments
from eventlens.store.consolidation import new_incident_row, reconsolidate
from eventlens.store.keys import document_key, text_hash
from eventlens.store.matching import OldMention, best_incident, inherited_incidents
from eventlens.store.models import DocumentRow, DocumentVersionRow, IncidentRow, MentionRow
from eventlens.store.rows import mention_ref, mention_row
from eventlens.types import Document, EventRecord

if TYPE_CHECKING:  # the pipeline loads spaCy; storing and querying need none of it
    from eventlens.pipeline import DocumentResult

Status = Literal["added", "unchanged", "updated"]


@dataclass(frozen=True)
class IngestOutcome:
    """What storing a document did. `incident_ids`: the incidents its records are in now."""

    status: Status
    doc_id: str
    incident_ids: tuple[str, ...] = ()


def _incidents_of(session: Session, document_id: int) -> tuple[str, ...]:
    found = session.scalars(select(MentionRow.incident_id).where(MentionRow.document_id == document_id))
    return tuple(sorted(set(found)))


def _is_earlier_version(session: Session, document_id: int, digest: str) -> bool:
    query = select(DocumentVersionRow.id).where(
        DocumentVersionRow.document_id == document_id, DocumentVersionRow.text_hash == digest
    )
    return session.scalar(query.limit(1)) is not None


def _free_doc_id(session: Session, wanted: str, key: str) -> str:
    """The pipeline's doc id (a file name, a row id) unless another document has it already: two folders'
    `1.txt` are two documents, and same_incident tells documents apart by id."""
    if session.scalar(select(DocumentRow.id).where(DocumentRow.doc_id == wanted)) is None:
        return wanted
    return f"{wanted}#{key.split(':', 1)[1][:10]}"


def _write_document(row: DocumentRow, result: DocumentResult, digest: str, now: dt.datetime) -> None:
    document = result.document
    row.url = document.url
    row.title = document.title
    row.published = document.published
    row.outlet = document.source
    row.language = document.language
    row.body = document.text  # the text as read: evidence offsets point into it
    write_comments(row, document, result.comment_scores, result.comment_model)
    row.text_hash = digest
    row.updated_at = now


def _archive(session: Session, row: DocumentRow, old: list[MentionRow], now: dt.datetime) -> None:
    session.add(
        DocumentVersionRow(
            document_id=row.id,
            version=row.version,
            title=row.title,
            published=row.published,
            body=row.body,
            comments=row.comments,
            text_hash=row.text_hash,
            records=[mention.record for mention in old],
            ingested_at=row.updated_at,
            superseded_at=now,
        )
    )


def _unique_event_ids(records: list[EventRecord], doc_id: str) -> list[EventRecord]:
    """The document's records under its stored id; an event id repeated within it gets a suffix."""
    seen: set[str] = set()
    out = []
    for record in records:
        event_id = record.event_id
        while event_id in seen:
            event_id += "+"
        seen.add(event_id)
        out.append(record.model_copy(update={"doc_id": doc_id, "event_id": event_id}))
    return out


def _new_incident_id(session: Session, row: DocumentRow, record: EventRecord) -> str:
    base = incident_id_for(mention_ref(row, record.event_id))
    incident_id, number = base, 1
    # An id is its first mention's; one already taken (that incident has since lost that mention) gets a number.
    while session.get(IncidentRow, incident_id) is not None:
        number += 1
        incident_id = f"{base}-{number}"
    return incident_id


def _place(
    session: Session, row: DocumentRow, records: list[EventRecord], old: list[OldMention], now: dt.datetime
) -> list[str]:
    """Puts each record into an incident: the one its old version was in, else the best stored match, else a
    new one. Returns the incidents in record order."""
    assigned: list[str] = []
    for record, inherited in zip(records, inherited_incidents(records, old), strict=True):
        incident_id = inherited
        if incident_id is None or incident_id in assigned:
            incident_id = best_incident(session, record, row.id, excluded=assigned)
        if incident_id is None:
            incident_id = _new_incident_id(session, row, record)
            session.add(new_incident_row(incident_id, now))
            session.flush()  # before the mention that points at it
        session.add(mention_row(row, record, incident_id))
        assigned.append(incident_id)
    return assigned


def _add(session: Session, result: DocumentResult, key: str, digest: str, now: dt.datetime) -> DocumentRow:
    doc_id = _free_doc_id(session, result.document.doc_id, key)
    row = DocumentRow(doc_key=key, doc_id=doc_id, version=1, ingested_at=now)
    _write_document(row, result, digest, now)
    session.add(row)
    session.flush()
    return row


def _replace(
    session: Session, row: DocumentRow, result: DocumentResult, digest: str, now: dt.datetime
) -> list[MentionRow]:
    """A new version of a stored document: the current one goes to the history; returns its records' rows,
    deleted (their incidents are re-merged once the new records are placed)."""
    old = list(session.scalars(select(MentionRow).where(MentionRow.document_id == row.id).order_by(MentionRow.id)))
    _archive(session, row, old, now)
    for mention in old:
        session.delete(mention)
    row.version += 1
    _write_document(row, result, digest, now)
    session.flush()
    return old


def _look_up(session: Session, document: Document) -> tuple[DocumentRow | None, DocumentRow | None]:
    """(the stored document that makes this one unchanged, or None; the stored document of its key, or None)."""
    key, digest = document_key(document), text_hash(document)
    # A stored version's text is read only if it is archived (an update), not to find out whether it is one.
    query = select(DocumentRow).options(defer(DocumentRow.body), defer(DocumentRow.comments))
    known = session.scalars(query.where(or_(DocumentRow.doc_key == key, DocumentRow.text_hash == digest)))
    by_key = {found.doc_key: found for found in known}
    row = by_key.get(key)
    if row is None and by_key:
        # The same text under another URL (a wire story syndicated, a page moved) is the same document.
        return by_key[min(by_key)], None
    if row is not None and (row.text_hash == digest or _is_earlier_version(session, row.id, digest)):
        # An earlier version sent again (a feed replayed, a run resumed) never replaces the newer one.
        return row, row
    return None, row


def _new_comments(same: DocumentRow, row: DocumentRow | None, document: Document) -> bool:
    """The current version's text with other comments (an HTML page whose readers wrote more): only the comments
    change. A document stored before comments were hashed (revision 0003) is compared on their number."""
    if same is not row or same.text_hash != text_hash(document):
        return False
    if same.comments_hash is None:
        return same.comments_count != len(document.comments)
    return same.comments_hash != comments_hash(document)


def stored_unchanged(session: Session, document: Document) -> bool:
    """Whether storing the document would change nothing: then it need not even be extracted."""
    same, row = _look_up(session, document)
    return same is not None and not _new_comments(same, row, document)


def _update_comments(session: Session, row: DocumentRow, result: DocumentResult, now: dt.datetime) -> IngestOutcome:
    """New comments under the same text: they are scored and kept, the records stay; the incidents' disputed
    claims follow."""
    write_comments(row, result.document, result.comment_scores, result.comment_model)
    row.updated_at = now
    session.flush()
    incidents = _incidents_of(session, row.id)
    refresh_incident_disputes(session, incidents)
    return IngestOutcome("updated", row.doc_id, incidents)


def ingest_document(session: Session, result: DocumentResult, now: dt.datetime) -> IngestOutcome:
    document = result.document
    key, digest = document_key(document), text_hash(document)
    same, row = _look_up(session, document)
    if same is not None and row is not None and _new_comments(same, row, document):
        return _update_comments(session, row, result, now)
    if same is not None:
        return IngestOutcome("unchanged", same.doc_id, _incidents_of(session, same.id))
    status: Status = "added" if row is None else "updated"
    old_rows = [] if row is None else _replace(session, row, result, digest, now)
    if row is None:
        row = _add(session, result, key, digest, now)
    old = [OldMention(m.event_id, m.incident_id, EventRecord.model_validate(m.record)) for m in old_rows]
    assigned = _place(session, row, _unique_event_ids(result.records, row.doc_id), old, now)
    reconsolidate(session, {m.incident_id for m in old} | set(assigned), now)
    return IngestOutcome(status, row.doc_id, tuple(sorted(set(assigned))))

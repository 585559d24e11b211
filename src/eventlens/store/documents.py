"""Reading one stored document back: its text as read, its reader comments apart, and the evidence of each record
it gave (for the dashboard's article view and the API's /api/documents/{doc_id})."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from eventlens.store.models import DocumentRow, MentionRow
from eventlens.types import Evidence


class StoredComment(BaseModel):
    text: str
    author: str | None = None


class DocumentRecord(BaseModel):
    """One record the document gave: its event, the incident it is in now, and the sentences it came from."""

    event_id: str
    incident_id: str
    event_type: str | None = None
    sub_event_type: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class StoredDocument(BaseModel):
    """A document's current version. `body` is the text as read (evidence offsets point into it); reader comments
    found in plain text lie inside it too, and are also in `comments`."""

    doc_id: str
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    version: int
    body: str
    comments: list[StoredComment] = Field(default_factory=list)
    records: list[DocumentRecord] = Field(default_factory=list)


def _record(mention: MentionRow) -> DocumentRecord:
    data = mention.record
    return DocumentRecord(
        event_id=mention.event_id,
        incident_id=mention.incident_id,
        event_type=data.get("event_type"),
        sub_event_type=data.get("sub_event_type"),
        evidence=[Evidence.model_validate(item) for item in data.get("evidence", [])],
    )


def stored_document(session: Session, doc_id: str) -> StoredDocument | None:
    row = session.scalars(select(DocumentRow).where(DocumentRow.doc_id == doc_id)).one_or_none()
    if row is None:
        return None
    mentions = session.scalars(select(MentionRow).where(MentionRow.document_id == row.id).order_by(MentionRow.id))
    comments = [StoredComment.model_validate(item) for item in row.comments or []]
    return StoredDocument(
        doc_id=row.doc_id,
        title=row.title,
        published=row.published,
        outlet=row.outlet,
        url=row.url,
        version=row.version,
        body=row.body,
        comments=comments,
        records=[_record(mention) for mention in mentions],
    )


class IncidentReport(BaseModel):
    """One report of an incident: the document, its outlet and date, and the sentences its record came from."""

    doc_id: str
    event_id: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


def incident_reports(session: Session, incident_id: str) -> list[IncidentReport]:
    query = (
        select(MentionRow, DocumentRow)
        .join(DocumentRow, MentionRow.document_id == DocumentRow.id)
        .where(MentionRow.incident_id == incident_id)
        .order_by(DocumentRow.published, DocumentRow.doc_id)
    )
    return [
        IncidentReport(
            doc_id=document.doc_id,
            event_id=mention.event_id,
            title=document.title,
            outlet=document.outlet,
            published=document.published,
            url=document.url,
            evidence=_record(mention).evidence,
        )
        for mention, document in session.execute(query)
    ]

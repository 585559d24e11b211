"""Reading one stored document back: its text as read, its reader comments apart, and the evidence of each record
it gave (for the dashboard's article view and the API's /api/documents/{doc_id})."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from eventlens.store.comments import comment_start, scores_of, summary_of, summary_of_scores
from eventlens.store.models import DocumentRow, MentionRow
from eventlens.types import CLAIMS, CommentScores, CommentSummary, Evidence


class CommentEvidence(BaseModel):
    """Words of a comment that raised a score: `text[start:end]` of the comment, quoted in `quote`."""

    label: str
    start: int
    end: int
    quote: str


class StoredComment(BaseModel):
    """A reader comment and its scores (0-1), labels (the scores >= 0.5) and evidence. `scored` is false for a
    comment no model has scored yet: no labels then means unknown, not clean."""

    text: str
    author: str | None = None
    scored: bool = False
    scores: dict[str, float] | None = None
    labels: list[str] = Field(default_factory=list)
    evidence: list[CommentEvidence] = Field(default_factory=list)
    model: str | None = Field(None, description="what scored it: the model and the rules' version")
    start: int | None = Field(
        None, description="where its words start in `body` (comments read from plain text lie in it); None: apart"
    )


def stored_comment(item: dict[str, Any], body: str, scores: CommentScores | None) -> StoredComment:
    text = str(item.get("text", ""))
    start = comment_start(item, body)
    if scores is None:
        return StoredComment(text=text, author=item.get("author"), start=start)
    evidence = [
        CommentEvidence(label=label, start=start, end=end, quote=text[start:end])
        for label, spans in scores.evidence.items()
        for start, end in spans
        if 0 <= start < end <= len(text)
    ]
    return StoredComment(
        text=text,
        author=item.get("author"),
        scored=True,
        scores=scores.as_dict(),
        labels=scores.labels,
        evidence=sorted(evidence, key=lambda found: (found.start, found.end)),
        model=item.get("model"),
        start=start,
    )


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
    comment_summary: CommentSummary | None = Field(None, description="None: comments not scored yet")
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
    items = row.comments or []
    scored = [scores_of(item) for item in items]
    comments = [stored_comment(item, row.body, scores) for item, scores in zip(items, scored, strict=True)]
    return StoredDocument(
        doc_id=row.doc_id,
        title=row.title,
        published=row.published,
        outlet=row.outlet,
        url=row.url,
        version=row.version,
        body=row.body,
        comments=comments,
        comment_summary=summary_of_scores(scored),
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
    comment_summary: CommentSummary | None = Field(
        None, description="its reader comments summed up (None: not scored yet); comments are not sources"
    )


class ReaderDispute(BaseModel):
    """A claim of the incident its reports' readers dispute: in how many comments, under how many reports."""

    claim: str
    comments: int
    reports: int


def reader_disputes(reports: list[IncidentReport]) -> list[ReaderDispute]:
    """What readers dispute across an incident's reports (one document counted once, whatever its records)."""
    summaries = {report.doc_id: report.comment_summary for report in reports if report.comment_summary is not None}
    out = []
    for claim in CLAIMS:
        counts = [summary.disputes[claim] for summary in summaries.values() if summary.disputes.get(claim)]
        if counts:
            out.append(ReaderDispute(claim=claim, comments=sum(counts), reports=len(counts)))
    return out


def incident_reports(session: Session, incident_id: str) -> list[IncidentReport]:
    query = (
        select(MentionRow, DocumentRow)
        .options(defer(DocumentRow.body))  # a report's summary and evidence need none of its article's text
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
            comment_summary=summary_of(document.comments or []),
        )
        for mention, document in session.execute(query)
    ]

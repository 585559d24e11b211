"""Reader comments in the store: each kept with its scores, labels, evidence spans and the model that scored it
(in the document's `comments` JSON), the document's summary in filter columns, and each incident's disputed
claims (the union of its reports' readers'). Comments never make or change a record."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from eventlens.comments import CommentScorer, score_texts, summarise
from eventlens.ingest.comment_markers import is_section_marker
from eventlens.store.models import DocumentRow, IncidentRow, MentionRow
from eventlens.types import CLAIMS, SCORE_NAMES, Comment, CommentScores, CommentSummary, Document

_JOIN = "|"
_PLAIN_KEYS = ("text", "author", "start")  # what a stored comment is before its scores


def comments_hash(document: Document) -> str:
    """A digest of the comments (text and author): an HTML page re-read with new comments under the same article
    is an update of its comments."""
    joined = "\x1e".join(f"{comment.author or ''}\x1f{comment.text}" for comment in document.comments)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _plain_item(comment: Comment) -> dict[str, Any]:
    """A comment as stored before it is scored. `start`: where its words lie in the document's text (a comment
    read from plain text), None when they lie apart from it (an HTML page's comment section)."""
    return {"text": comment.text, "author": comment.author, "start": comment.span.start if comment.span else None}


def _scored_item(plain: dict[str, Any], scores: CommentScores, model: str) -> dict[str, Any]:
    return {
        **{key: plain[key] for key in _PLAIN_KEYS if key in plain},
        "scores": scores.as_dict(),
        "labels": scores.labels,
        "evidence": {name: [list(span) for span in spans] for name, spans in scores.evidence.items()},
        "model": model,
    }


def scores_of(item: dict[str, Any]) -> CommentScores | None:
    """A stored comment's scores; None when it was never scored."""
    if "scores" not in item:
        return None
    evidence = {name: [(int(a), int(b)) for a, b in spans] for name, spans in (item.get("evidence") or {}).items()}
    return CommentScores(**{name: float(item["scores"].get(name, 0.0)) for name in SCORE_NAMES}, evidence=evidence)


def summary_of(items: Sequence[dict[str, Any]]) -> CommentSummary | None:
    """The summary of stored comments; None when any of them is unscored (unknown is not "nothing found")."""
    return summary_of_scores([scores_of(item) for item in items])


def summary_of_scores(scored: Sequence[CommentScores | None]) -> CommentSummary | None:
    """As `summary_of`, of scores already read."""
    if any(scores is None for scores in scored):
        return None
    return summarise([scores for scores in scored if scores is not None])


def disputed_column(claims: Iterable[str]) -> str | None:
    found = set(claims)
    return _JOIN.join(claim for claim in CLAIMS if claim in found) or None


def disputed_values(claim: str) -> list[str]:
    """Every value of a `comments_disputed` column that holds `claim`: a filter on them is an indexed IN."""
    others = [other for other in CLAIMS if other != claim]
    found = []
    for size in range(len(others) + 1):
        for extra in combinations(others, size):
            found.append(disputed_column((claim, *extra)))
    return [value for value in found if value is not None]


def write_comments(row: DocumentRow, document: Document, scores: Sequence[CommentScores], model: str | None) -> None:
    """The document's comments, scored when `model` scored every one of them, else kept unscored."""
    scored = model is not None and len(scores) == len(document.comments)
    if scored and model is not None:
        items = [_scored_item(_plain_item(c), s, model) for c, s in zip(document.comments, scores, strict=True)]
    else:
        items = [_plain_item(comment) for comment in document.comments]
    _fill(row, items, model if scored else None)
    row.comments_hash = comments_hash(document)


def _fill(row: DocumentRow, items: list[dict[str, Any]], model: str | None) -> None:
    row.comments = items
    row.comments_count = len(items)
    summary = summary_of(items)
    row.comments_model = model if summary is not None else None
    row.comments_hateful = summary.hateful if summary is not None else None
    row.comments_toxic = summary.toxic if summary is not None else None
    row.comments_disputed = disputed_column(summary.disputed) if summary is not None else None


def rescore_row(row: DocumentRow, scores: Sequence[CommentScores], model: str) -> None:
    """A stored document's comments scored again (in comment order)."""
    items = [_scored_item(item, each, model) for item, each in zip(row.comments or [], scores, strict=True)]
    _fill(row, items, model)


def comment_start(item: dict[str, Any], body: str) -> int | None:
    """Where a stored comment's words start in its document's text, None when they are not in it. Comments stored
    since their place is kept say it (`start`; an HTML page's are apart from the text); for one stored before, the
    last place its words stand in the text, if any: such a guess can only cut the article short, never let a
    comment pass for reporting."""
    if "start" in item:
        start = item["start"]
        return start if isinstance(start, int) and 0 <= start <= len(body) else None
    text = str(item.get("text", ""))
    found = body.rfind(text) if text.strip() else -1
    return found if found >= 0 else None


def reporting_end(body: str, starts: Iterable[int | None]) -> int:
    """Where a stored document's reporting ends: at the paragraph of its first comment lying inside the text
    (comments are a suffix of paragraphs), less a comment-section heading ("3 Comments") just before it."""
    first = min((start for start in starts if start is not None and start > 0), default=None)
    if first is None:
        return len(body)
    end = body.rfind("\n\n", 0, first)
    while end > 0:
        previous = body.rfind("\n\n", 0, end)
        paragraph = body[previous + 2 if previous >= 0 else 0 : end]
        if not is_section_marker(paragraph.strip().split("\n")[0]):
            break
        end = previous
    return max(end, 0)


def stored_report_text(row: DocumentRow) -> str:
    """The reporting of a stored document, for off-topic: its text up to its first comment (the words of an HTML
    page's comments are not in it, and a comment's words found in the report take nothing out of it)."""
    return row.body[: reporting_end(row.body, [comment_start(item, row.body) for item in row.comments or []])]


def incident_disputes(session: Session, incident_ids: Iterable[str]) -> dict[str, str | None]:
    """Each incident's `comments_disputed`: the claims any of its reports' readers dispute."""
    ids = sorted(set(incident_ids))
    claims: dict[str, set[str]] = {incident_id: set() for incident_id in ids}
    query = (
        select(MentionRow.incident_id, DocumentRow.comments_disputed)
        .join(DocumentRow, MentionRow.document_id == DocumentRow.id)
        .where(MentionRow.incident_id.in_(ids), DocumentRow.comments_disputed.is_not(None))
    )
    for incident_id, disputed in session.execute(query):
        claims[incident_id].update((disputed or "").split(_JOIN))
    return {incident_id: disputed_column(found - {""}) for incident_id, found in claims.items()}


def refresh_incident_disputes(session: Session, incident_ids: Iterable[str]) -> None:
    """Rewrites the disputed claims of incidents whose reports' comments changed (the records did not)."""
    for incident_id, disputed in incident_disputes(session, incident_ids).items():
        row = session.get(IncidentRow, incident_id)
        if row is not None:
            row.comments_disputed = disputed


def _needs_scores(model: str, stale: bool) -> ColumnElement[bool]:
    """Documents whose comments are unscored, and with `stale` those another model (or rules' version) scored."""
    unscored = DocumentRow.comments_model.is_(None)
    return and_(
        DocumentRow.comments_count > 0, or_(unscored, DocumentRow.comments_model != model) if stale else unscored
    )


def to_rescore(session: Session, model: str, stale: bool) -> list[int]:
    """The documents `rescore` would score, listed before its transactions begin."""
    query = select(DocumentRow.id).where(_needs_scores(model, stale))
    return list(session.scalars(query.order_by(DocumentRow.id)))


def rescore(
    session: Session,
    scorer: CommentScorer,
    document_ids: Sequence[int],
    stale: bool = True,
    failed: list[str] | None = None,
) -> int:
    """Scores the stored comments of these documents again, those that still need it (another writer may have
    scored or replaced them since they were listed: what it wrote stays), and their incidents' disputed claims
    follow. A document the scorer fails on (a plugged-in model's endpoint down) is left as it was and named in
    `failed`, with why. Returns how many documents it scored."""
    query = select(DocumentRow).where(DocumentRow.id.in_(document_ids), _needs_scores(scorer.name, stale))
    done = []
    for row in session.scalars(query):
        texts = [str(item.get("text", "")) for item in row.comments or []]
        try:
            scores = score_texts(scorer, texts, stored_report_text(row))
        except Exception as error:
            if failed is not None:
                failed.append(f"{row.doc_id} ({type(error).__name__}: {error})")
            continue
        rescore_row(row, scores, scorer.name)
        done.append(row.id)
    session.flush()
    incidents = select(MentionRow.incident_id).where(MentionRow.document_id.in_(done)).distinct()
    refresh_incident_disputes(session, session.scalars(incidents))
    return len(done)

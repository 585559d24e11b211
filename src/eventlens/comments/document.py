"""A document's reader comments scored against its own reporting (the words off-topic is measured on)."""

from __future__ import annotations

from collections.abc import Sequence

from eventlens.comments.scorer import CommentScorer
from eventlens.comments.topic import content_words
from eventlens.types import CommentScores, Document


def reporting_text(document: Document) -> str:
    return " ".join(block.of(document.text) for block in document.reporting_blocks())


def score_texts(scorer: CommentScorer, texts: Sequence[str], report: str) -> list[CommentScores]:
    """Each comment in order; the report's content words are computed once for all of them."""
    words = content_words(report)
    return scorer.score_many(texts, words)


def score_document(scorer: CommentScorer, document: Document) -> list[CommentScores]:
    """The scores of `document.comments`, in comment order (no comments: none, and nothing computed)."""
    if not document.comments:
        return []
    return score_texts(scorer, [comment.text for comment in document.comments], reporting_text(document))

"""Reader comments scored for hate and for what they dispute in the report (a stage: imports only types)."""

from eventlens.comments.document import score_document, score_texts
from eventlens.comments.plugin import CommentModelError, comment_scorer, load_comment_model
from eventlens.comments.scorer import CommentModel, CommentScorer, score_comment
from eventlens.comments.summary import summarise

__all__ = [
    "CommentModel",
    "CommentModelError",
    "CommentScorer",
    "comment_scorer",
    "load_comment_model",
    "score_comment",
    "score_document",
    "score_texts",
    "summarise",
]

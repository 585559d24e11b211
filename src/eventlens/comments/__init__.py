"""Reader comments scored for hate and for what they dispute in the report (a stage: imports only types)."""

from eventlens.comments.document import score_document, score_texts
from eventlens.comments.scorer import CommentScorer, score_comment
from eventlens.comments.summary import summarise

__all__ = ["CommentScorer", "score_comment", "score_document", "score_texts", "summarise"]

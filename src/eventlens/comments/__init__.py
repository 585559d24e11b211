"""Reader comments scored for hate and for what they dispute in the report (a stage: imports only types)."""

from eventlens.comments.scorer import CommentScorer, score_comment

__all__ = ["CommentScorer", "score_comment"]

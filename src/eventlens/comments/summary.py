"""One article's comments summed up (`CommentSummary`): the one place the CLI, the store and the API count them."""

from __future__ import annotations

from collections.abc import Sequence

from eventlens.types import CLAIMS, HATEFUL, CommentScores, CommentSummary
from eventlens.types.comment_summary import dispute_score


def summarise(scored: Sequence[CommentScores]) -> CommentSummary:
    """How many comments, how many hateful (an identity attack or dehumanizing), how many toxic, and how many
    comments dispute each of the report's claims."""
    labels = [set(scores.labels) for scores in scored]
    disputes = {claim: sum(1 for found in labels if dispute_score(claim) in found) for claim in CLAIMS}
    return CommentSummary(
        comments=len(scored),
        hateful=sum(1 for found in labels if found & set(HATEFUL)),
        toxic=sum(1 for found in labels if "toxic" in found),
        disputes={claim: count for claim, count in disputes.items() if count},
    )

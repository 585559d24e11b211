"""Scores of one reader comment: how hateful it is and what it disputes in the report it sits under."""

from __future__ import annotations

from dataclasses import dataclass, field

SCORE_NAMES: tuple[str, ...] = (
    "toxic",
    "insult",
    "identity_attack",
    "dehumanizing",
    "celebrates_violence",
    "disputes_attribution",
    "disputes_sourcing",
    "disputes_casualties",
    "off_topic",
)
LABEL_THRESHOLD = 0.5


@dataclass(frozen=True)
class CommentScores:
    """Each score is 0–1; `evidence` maps a score's name to the (start, end) character spans of the comment's
    text that raised it (a model's score has no span: the words it weighs most are given instead, when any)."""

    toxic: float = 0.0
    insult: float = 0.0
    identity_attack: float = 0.0
    dehumanizing: float = 0.0
    celebrates_violence: float = 0.0
    disputes_attribution: float = 0.0
    disputes_sourcing: float = 0.0
    disputes_casualties: float = 0.0
    off_topic: float = 0.0
    evidence: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, float]:
        return {name: round(float(getattr(self, name)), 3) for name in SCORE_NAMES}

    @property
    def labels(self) -> list[str]:
        """The scores at or above 0.5, in `SCORE_NAMES` order."""
        return [name for name in SCORE_NAMES if getattr(self, name) >= LABEL_THRESHOLD]

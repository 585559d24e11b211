"""What an article's reader comments say as a whole: how many, how many hateful or toxic, and which of the
report's claims readers dispute (and in how many comments). Comments are not sources: this never touches a
record's certainty."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

# The report's claims a comment can dispute, each the suffix of a `disputes_*` score.
Claim = Literal["attribution", "sourcing", "casualties"]
CLAIMS: tuple[Claim, ...] = ("attribution", "sourcing", "casualties")
# A comment is hateful when it attacks a group or speaks of people as vermin (a plain insult is only toxic).
HATEFUL: tuple[str, ...] = ("identity_attack", "dehumanizing")


def dispute_score(claim: str) -> str:
    return f"disputes_{claim}"


class CommentSummary(BaseModel):
    """One article's comments. `disputes`: claim -> how many comments dispute it (only claims disputed);
    `disputed`: those claims in `CLAIMS` order."""

    model_config = ConfigDict(frozen=True)

    comments: int = Field(description="How many reader comments.")
    hateful: int = Field(0, description="Comments that attack a group or call people vermin.")
    toxic: int = Field(0, description="Toxic comments (hateful ones included).")
    disputes: dict[str, int] = Field(default_factory=dict, description="Claim -> comments disputing it.")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def disputed(self) -> list[str]:
        return [claim for claim in CLAIMS if self.disputes.get(claim)]

    def as_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json")

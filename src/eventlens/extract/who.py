"""What a sentence says about who acted and who was hit, the input every type decision shares."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Participants:
    """What the sentence says about who acted and who was hit, as categories (from the actor lexicon)."""

    agent_category: str | None = None
    patient_category: str | None = None
    civilian_victims: bool = False
    armed_victims: bool = False  # a soldier, police officer or fighter hit, named or not
    casualties: bool = False
    named_victim: bool = False  # a person named as the one attacked: GTD's assassination
    place_attacked: bool = False  # a town or village named as the one attacked: a raid on its people

"""What participant extraction hands on: actor spans with their roles, and who a sentence's violence hit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ActorSpan:
    start: int  # token index in the doc
    end: int
    text: str
    category: str
    role: str | None  # "agent", "patient" or None
    # An armed side's person hit as a civilian (an official, an off-duty soldier): category reads "civilians".
    unarmed: bool = False


@dataclass
class RoleAssignment:
    agents: list[ActorSpan] = field(default_factory=list)
    patients: list[ActorSpan] = field(default_factory=list)
    civilian_victims: bool = False
    armed_victims: bool = False


# Finds actor names in a text, given the report's country when known: (start, end, ACLED category) with
# character offsets. The pipeline passes
# the actor dictionary's finder, so extraction and resolution read names the same way.
ActorFinder = Callable[[str, str | None], list[tuple[int, int, str]]]

# Who can own the arms that struck: states, rebels, militias, foreign forces; not crowds or civilians.
ARMED_CATEGORIES = frozenset({"state_forces", "rebel_group", "political_militia", "identity_militia", "external_other"})

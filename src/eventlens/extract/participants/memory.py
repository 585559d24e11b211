"""The last armed group a report named, for "the terrorist group" further on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from eventlens.extract.participants.grammar import phrase_head, role_of
from eventlens.extract.participants.model import ActorSpan

# "the terrorist group", "the jihadists": a reference back to the last armed group the report named.
_ANAPHORA = re.compile(
    r"\b(?:the|this|that)\s+(?:terror\w*|militant|jihadist|extremist|armed|insurgent|rebel|islamist)\s+"
    r"(?:group|organi[sz]ation|movement|faction)\b|\b(?:the|its|their)\s+(?:remaining\s+|same\s+)?(?:jihadists|"
    r"extremists|insurgents|terrorists|militants|cells|group|remnants)\b",
    re.I,
)


@dataclass
class ActorMemory:
    """The last armed group a document named, for "the terrorist group" further on."""

    last_armed_group: str | None = None
    last_armed_category: str | None = None


def back_references(sentence: SpacySpan, memory: ActorMemory) -> list[ActorSpan]:
    """ "The cells", "the terrorist group": the last armed group the report named as a perpetrator."""
    if memory.last_armed_group is None:
        return []
    found = []
    for match in _ANAPHORA.finditer(sentence.text):
        span = sentence.doc.char_span(
            sentence.start_char + match.start(), sentence.start_char + match.end(), alignment_mode="expand"
        )
        if span is None:
            continue
        category = memory.last_armed_category or "rebel_group"
        found.append(ActorSpan(span.start, span.end, memory.last_armed_group, category, role_of(phrase_head(span[-1]))))
    return found


def remember(memory: ActorMemory, actors: list[ActorSpan]) -> None:
    for actor in actors:
        if actor.category in {"rebel_group", "political_militia", "identity_militia"}:
            memory.last_armed_group = actor.text
            memory.last_armed_category = actor.category

"""How the participant tests read a sentence: its actors found, then their roles assigned."""

from __future__ import annotations

from spacy.language import Language

from eventlens.extract.participants import (
    ActorFinder,
    ActorMemory,
    ActorSpan,
    RoleAssignment,
    assign_roles,
    find_actors,
)


def read(
    nlp: Language, finder: ActorFinder, text: str, memory: ActorMemory | None = None, country: str | None = None
) -> tuple[list[ActorSpan], RoleAssignment]:
    sentence = next(iter(nlp(text).sents))
    actors = find_actors(sentence, finder, country, memory or ActorMemory())
    return actors, assign_roles(sentence, actors)


def roles_of(actors: list[ActorSpan]) -> dict[str, str | None]:
    return {a.text: a.role for a in actors}

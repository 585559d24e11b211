"""Who acted and who was hit: actor names found by the lexicon, given roles by the dependency parse.

`spans` finds the actors a sentence names and their roles, `grammar` reads a role from the parse, `memory` keeps
the last armed group for later references to it, `who_was_hit` says who was hit."""

from eventlens.extract.participants.grammar import defends, fights_with
from eventlens.extract.participants.memory import ActorMemory, remember
from eventlens.extract.participants.model import ActorFinder, ActorSpan, RoleAssignment
from eventlens.extract.participants.spans import find_actors
from eventlens.extract.participants.who_was_hit import ARMED_PERSON_NOUNS, CIVILIAN_NOUNS, assign_roles

__all__ = [
    "ARMED_PERSON_NOUNS",
    "CIVILIAN_NOUNS",
    "ActorFinder",
    "ActorMemory",
    "ActorSpan",
    "RoleAssignment",
    "assign_roles",
    "defends",
    "fights_with",
    "find_actors",
    "remember",
]

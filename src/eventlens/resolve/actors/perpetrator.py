"""GTD's perpetrator (gname) of an attack, which ACLED's actor names do not always carry.

ACLED codes attackers named only by an ideology ("Muslim extremists", "an Iran-backed militia") as an
unidentified armed group, where GTD names them; and GTD records non-state perpetrators only, so forces that
intercept a drone or defuse a bomb are nobody's perpetrator there: the group sources blame is, or "Unknown"."""

from __future__ import annotations

from collections.abc import Iterator

from eventlens.resolve.actors.dictionary import ActorDictionary
from eventlens.resolve.actors.model import Actor
from eventlens.types import EventMention

UNKNOWN = "Unknown"
# ACLED categories GTD never names as a perpetrator: it records non-state violence against people.
_NOT_PERPETRATORS = frozenset({"state_forces", "protesters", "rioters", "civilians", "external_other"})


def gtd_perpetrator(
    actors: ActorDictionary, mention: EventMention, year: int | None = None, month: int | None = None
) -> tuple[str, str] | None:
    """(GTD name, rule) for the perpetrator of an attack; None for an event that is no attack (a protest).
    The claimant comes first, then the perpetrator the sentence names, then the group sources blame."""
    if mention.attack_type is None:
        return None
    for name, rule in _candidates(actors, mention, year, month):
        if name and name != UNKNOWN:
            return name, rule
    return UNKNOWN, "rule:gtd-perpetrator-unknown"


def _candidates(
    actors: ActorDictionary, mention: EventMention, year: int | None, month: int | None
) -> Iterator[tuple[str | None, str]]:
    def named(text: str | None) -> str | None:
        actor = actors.resolve(text, mention.country, year, month) if text else None
        return _gtd_name(actor)

    claimant = mention.claim.claimed_by_text
    if claimant:
        # A claimant the dictionary does not know is still named, as the report spells it.
        yield named(claimant) or mention.claimed_by or claimant, "rule:gtd-perpetrator-claimant + dictionary:actors"
    if mention.actor1_text and mention.actor1:
        # The words that named actor1 keep what ACLED's "Unidentified Armed Group" drops ("Muslim extremists").
        actor = actors.resolve(mention.actor1_text, mention.country, year, month)
        if actor is not None and actor.acled_name == mention.actor1:
            yield _gtd_name(actor), "rule:gtd-perpetrator-actor1 + dictionary:actors"
    if mention.actor1:
        yield named(mention.actor1), "rule:gtd-perpetrator-actor1 + dictionary:actors"
    yield named(mention.claim.blamed_on), "rule:gtd-perpetrator-named-by-sources + dictionary:actors"


def _gtd_name(actor: Actor | None) -> str | None:
    """The actor's GTD name; a named non-state group GTD's tables lack keeps its own name. A state force, a
    crowd or civilians are no GTD perpetrator."""
    if actor is None:
        return None
    if actor.gtd_name:
        return actor.gtd_name
    named_group = "@" not in actor.canonical_id and actor.category not in _NOT_PERPETRATORS
    return actor.acled_name if named_group else None

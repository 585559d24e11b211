"""Who acted, when the sentence that tells an event names nobody acting: the armed actor the rest of its story
names. Reports say it in a sentence of its own ("Al Shabaab claimed the attack", "The device was likely planted
by JNIM militants", "Police carried out an operation in the area. A shoot-out broke out")."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from eventlens.resolve.actors.dictionary import ActorDictionary
from eventlens.resolve.actors.model import Actor

# Armed sides that are not the state: a group the story names is the one that struck.
_NON_STATE_ARMED = frozenset({"rebel_group", "political_militia", "identity_militia", "external_other"})
# A group named as the side that was hit is no perpetrator: "SDF members were wounded", "a commander of the
# STC", "targeting a PMF convoy".
_HIT_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:was|were|been|being)\b", re.I)
_HIT_BEFORE = re.compile(
    r"\b(?:(?:members?|commanders?|leaders?|advis[eo]rs?|president|fighters?|officials?|head|chief|soldiers?|"
    r"positions?|convoy|vehicles?|base|headquarters|checkpoint)\s+(?:of|in|to|from|for)|targeting|against|at)"
    r"\s+(?:the\s+|an?\s+)?$",
    re.I,
)
# "No group claimed responsibility": the report says nobody named is known to have done it.
_NOBODY_CLAIMED = re.compile(r"\bno (?:group|one|organi[sz]ation) (?:has |had )?(?:yet )?claimed\b", re.I)


def armed_actor_named_in(
    actors: ActorDictionary,
    text: str,
    *,
    country: str | None,
    year: int | None,
    month: int | None,
    others: Collection[str],
    state_forces: bool,
) -> Actor | None:
    """The first armed actor `text` names that is not one of `others` (the event's other sides) and not an
    unnamed role ("gunmen" says nothing more than ACLED's unidentified armed group already does). A named
    non-state group always counts; state forces only when `state_forces` (a fight, whose sides are all armed)."""
    for start, end, actor in actors.find(text, country=country, year=year, month=month):
        if actor.acled_name in others or actor.acled_name.startswith("Unidentified"):
            continue
        if _named_as_hit(text, start, end):
            continue
        if _is_named_group(actor) and actor.category in _NON_STATE_ARMED and not _NOBODY_CLAIMED.search(text):
            return actor
        if state_forces and actor.category == "state_forces" and not actor.acled_name.startswith("Government of"):
            return actor
    return None


def _is_named_group(actor: Actor) -> bool:
    """A group with a name of its own ("Al Shabaab"), not a role a country template makes ("Civilians (Mali)")."""
    return "@" not in actor.canonical_id


def _named_as_hit(text: str, start: int, end: int) -> bool:
    return _HIT_AFTER.search(text[end:]) is not None or _HIT_BEFORE.search(text[max(0, start - 40) : start]) is not None


# Who a strategic development is about is never a crowd or its victims.
_NOT_DOERS = frozenset({"civilians", "protesters", "rioters"})


def doer_named_in(
    actors: ActorDictionary,
    text: str,
    *,
    country: str | None,
    year: int | None,
    month: int | None,
    others: Collection[str],
) -> Actor | None:
    """The first actor `text` names that can carry out a strategic development (a government that imposes a
    curfew, forces that patrol or seize, a group whose fighters die planting mines): ACLED always names one."""
    for _, _, actor in actors.find(text, country=country, year=year, month=month):
        if actor.acled_name in others or actor.acled_name.startswith("Unidentified") or actor.category in _NOT_DOERS:
            continue
        return actor
    return None


GENERIC_POLICE = "police_forces"


@lru_cache(maxsize=4)  # asked once per mention that names the police: the report is read once
def police_unit_named_in(
    actors: ActorDictionary, text: str, *, country: str | None, year: int | None, month: int | None
) -> Actor | None:
    """The one police force a report names by its own name ("the Military Police", "state police officers"), which
    its bare "the police" further on stands for. None when it names none, or two ("civil and military police")."""
    units = {
        actor.acled_name: actor
        for _, _, actor in actors.find(text, country=country, year=year, month=month)
        if is_police_unit(actor)
    }
    return next(iter(units.values())) if len(units) == 1 else None


def is_generic_police(actor_id: str) -> bool:
    return actor_id.partition("@")[0] == GENERIC_POLICE


def is_police_unit(actor: Actor) -> bool:
    """A police force with a name of its own: ACLED names it after the state's police, "... Civil Police"."""
    return (
        actor.category == "state_forces"
        and actor.acled_name.endswith(" Police")
        and not is_generic_police(actor.canonical_id)
    )

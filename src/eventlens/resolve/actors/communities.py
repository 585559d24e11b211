"""Militias named after their community. ACLED names a communal, tribal or clan militia after the village, tribe
or clan it comes from ("Odejo Communal Militia (Nigeria)", "Al Hayash Tribal Militia (Yemen)"), and news names it
the same way: "militias from Odejo", "Al Hayash tribesmen", "Fellata and Rizeigat communal militias" (two sides).
A community the actor tables know by name gives its own actor ("Fellata" is an ethnic militia there)."""

from __future__ import annotations

import re

from eventlens.resolve.actors.dictionary import ActorDictionary
from eventlens.resolve.actors.model import Actor

# The unnamed roles a community's name makes a named militia of, and the word ACLED puts in the name.
_KIND_OF_ROLE = {
    "unidentified_communal_militia": "Communal",
    "unidentified_tribal_militia": "Tribal",
    "unidentified_clan_militia": "Clan",
}
_WORD = r"[A-Z][a-z][\w'-]*"
_NAME = rf"(?:(?:Al|Bani|Beni|Ahl|Ait|Ould)\s)?{_WORD}(?:\s{_WORD})?"
_TWO_NAMES = rf"(?P<first>{_NAME})(?:\s+and\s+(?P<second>{_NAME}))?"
# "Fellata and Rizeigat communal militias", "Al Hayash tribesmen": the name right before the role.
_BEFORE = re.compile(rf"(?<![\w'-]){_TWO_NAMES}\s+$")
# "communal militias from Odejo", "militiamen from the Hawadle and Jarer Weyne clans".
_AFTER = re.compile(rf"^\s+from\s+(?:the\s+)?{_TWO_NAMES}")
# Capitalised words before a role that name no community.
_NOT_NAMES = frozenset(
    "Armed Local Rival Suspected Unidentified Unknown Some Several Two Three Four The Both Other Hundreds Dozens "
    "Angry Heavily Many Various Neighbouring Neighboring Nearby Village Community Tribal Clan Communal "
    "Militias Militiamen Youths Youth Ethnic Muslim Christian Islamist Government State Police".split()
)


def community_militias(
    actors: ActorDictionary,
    role: Actor,
    role_text: str,
    sentence: str,
    *,
    country: str | None,
    year: int | None,
    month: int | None,
) -> list[Actor]:
    """The militias the sentence names after their community around the words of an unnamed militia role, one
    or two (the sides of a clash); none when the role is no community militia or names no community."""
    kind = _KIND_OF_ROLE.get(role.canonical_id.partition("@")[0])
    at = sentence.find(role_text)
    if kind is None or country is None or at < 0:
        return []
    match = _BEFORE.search(sentence[:at]) or _AFTER.match(sentence[at + len(role_text) :])
    if match is None:
        return []
    names = [name for name in (match["first"], match["second"]) if name and _is_community(actors, name, country)]
    return [_militia(actors, name, kind, country, year, month) for name in names]


def _is_community(actors: ActorDictionary, name: str, country: str) -> bool:
    """Not a common word, nor a name of its own ("Houthi tribesmen" are the Houthis', "Sudanese" a country's)."""
    first = name.split()[0]
    return first not in _NOT_NAMES and not actors.is_country(name) and actors.resolve(name, country=country) is None


def _militia(actors: ActorDictionary, name: str, kind: str, country: str, year: int | None, month: int | None) -> Actor:
    for phrase in (f"{name} {kind} militia", f"{name} militia"):
        known = actors.resolve(phrase, country=country, year=year, month=month)
        if known is not None and known.category == "identity_militia" and not known.acled_name.startswith("Unident"):
            return known
    acled_name = f"{name} {kind} Militia ({country})"
    return Actor(acled_name, None, "identity_militia", country, f"community:{name}@{country}", None)

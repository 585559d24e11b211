"""Militias named after their community (`resolve/actors/communities.py`)."""

from __future__ import annotations

from eventlens.resolve.actors import ActorDictionary
from eventlens.resolve.actors.communities import community_militias


def _named(actors: ActorDictionary, role_text: str, sentence: str, country: str = "Nigeria") -> list[str]:
    role = actors.resolve(role_text, country=country, year=2020, month=5)
    assert role is not None
    found = community_militias(actors, role, role_text, sentence, country=country, year=2020, month=5)
    return [actor.acled_name for actor in found]


def test_militias_from_a_village_are_its_communal_militia(actor_dictionary: ActorDictionary) -> None:
    sentence = "Communal militias from Akpoga raided a nearby farm settlement at dawn."
    assert _named(actor_dictionary, "Communal militias", sentence) == ["Akpoga Communal Militia (Nigeria)"]


def test_two_communities_before_the_role_are_both_sides(actor_dictionary: ActorDictionary) -> None:
    sentence = "Rizeigat and Fellata communal militias fought over grazing land for a second day."
    assert _named(actor_dictionary, "communal militias", sentence, "Sudan") == [
        "Rizeigat Ethnic Militia (Sudan)",
        "Fellata Ethnic Militia (Sudan)",
    ]


def test_tribesmen_named_by_their_tribe_are_its_tribal_militia(actor_dictionary: ActorDictionary) -> None:
    sentence = "Gunfire broke out between Al Jadaan tribesmen and a rival tribe near a well."
    assert _named(actor_dictionary, "tribesmen", sentence, "Yemen") == ["Al Jadaan Tribal Militia (Yemen)"]


def test_words_that_name_no_community_leave_the_role_unnamed(actor_dictionary: ActorDictionary) -> None:
    assert _named(actor_dictionary, "tribesmen", "Armed tribesmen blocked the road to the oil field.", "Yemen") == []
    assert _named(actor_dictionary, "tribesmen", "Houthi tribesmen fired on the convoy.", "Yemen") == []
    assert _named(actor_dictionary, "gunmen", "Odejo gunmen shot a farmer.") == []

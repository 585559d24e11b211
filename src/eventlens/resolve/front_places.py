"""Villages of a war's front line named alone. A monitor's "explosions near <village>" names no province, and
the village's name is often shared with villages elsewhere in the country, which the gazetteer may prefer. Fire
nobody is named for, in a country whose front line was open at the time, is placed on that front: at the place
the front table says one side holds, else at the one front province that has a village of that name."""

from __future__ import annotations

from eventlens.resolve.actors import ActorDictionary
from eventlens.resolve.actors.conventions import held_place_of, when
from eventlens.resolve.actors.frontlines import FIRE_SUB_EVENTS
from eventlens.resolve.places import Gazetteer, ResolvedPlace
from eventlens.types import EventMention, PlaceMention

_FOUND = 1  # geo precision of a place the gazetteer knows (3: a name kept at its province's point)


def place_on_front(mention: EventMention, actors: ActorDictionary, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The place on the front this unattributed fire happened at, when the gazetteer put it off the front."""
    if (
        mention.sub_event_type not in FIRE_SUB_EVENTS
        or mention.actor1_text
        or mention.actor2_text
        or not mention.places
    ):
        return None
    held = held_place_of(actors, mention)
    if held is not None:
        if mention.country == held.country and mention.admin1 == held.province:
            return None
        return _resolve_in(gazetteer, mention, held.province, held.country)
    if len(mention.places) != 1:
        return None  # a second place may be the province the report gives ("Serhiivka, Odesa region")
    for front in actors.frontlines:
        if front.country != mention.country or mention.admin1 in front.provinces or not front.open_at(**when(mention)):
            continue
        found = [_resolve_in(gazetteer, mention, province, front.country) for province in sorted(front.provinces)]
        known = [place for place in found if place.geo_precision == _FOUND and place.admin1 in front.provinces]
        if len(known) == 1:
            return known[0]
    return None


def _resolve_in(gazetteer: Gazetteer, mention: EventMention, province: str, country: str) -> ResolvedPlace:
    return gazetteer.resolve([*mention.places, PlaceMention(province, kind="province")], country_hint=country)

"""The `resolve` stage: dates against the publication date, places against the gazetteer, actors against
the dictionary. Places come before actors because an actor's ACLED name depends on the country
("Military Forces of Syria (2000-)")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from eventlens.resolve.actors import Actor, ActorDictionary
from eventlens.resolve.dates import resolve_mention_dates
from eventlens.resolve.places import Gazetteer, ResolvedPlace
from eventlens.types import Document, EventMention, PlaceMention
from eventlens.types.vocab import TARGET_TYPE_OF_CATEGORY

# Event types whose perpetrator ACLED always names, as "Unidentified Armed Group (Country)" when the report
# names none.
_NEEDS_PERPETRATOR = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_UNIDENTIFIED = "unidentified_armed_group"
# Only states fly war planes here: an air strike nobody names is coded to unidentified military forces.
_UNIDENTIFIED_STATE = "unidentified_military_forces"
_STATE_ONLY = frozenset({"Air/drone strike"})
_CROWD_OF_EVENT = {"Protests": "protesters", "Riots": "rioters"}
# Forces and rebels who riot or protest stay themselves; a party or a community that brings out a crowd
# becomes its associated actor.
_ARMED_CATEGORIES = frozenset({"state_forces", "rebel_group", "external_other"})


class Resolver:
    def __init__(self, actors: ActorDictionary, gazetteer: Gazetteer) -> None:
        self.actors = actors
        self.gazetteer = gazetteer

    def resolve(self, document: Document, mentions: Sequence[EventMention]) -> None:
        """Fills the canonical fields of each mention in place."""
        resolve_mention_dates(mentions, document.published)
        country = self._document_country(mentions)
        for mention in mentions:
            self._place(mention, country)
        first_located = next((m for m in mentions if m.location is not None), None)
        placed: EventMention | None = None
        for mention in mentions:
            if mention.country is None and placed is not None:
                _take_place_of(mention, placed)
            elif (
                mention.location is None
                and placed is None
                and first_located is not None
                and first_located.country in {None, mention.country, country}
            ):
                # The report's opening event is placed nowhere: it happened where the report places one later.
                _take_place_of(mention, first_located)
            if mention.country is None and country is not None:
                # Placed nowhere in particular, but in the country the report is about.
                mention.country = country
                mention.provenance["country"] = "rule:country-of-report"
            if mention.country is not None:
                placed = mention
            self._actors(mention)

    def country_of_names(self, names: Sequence[str]) -> str | None:
        """The country most of these place names lie in (a dateline, the places a report names): lets the
        extractor read country-specific names ("SNA", "Somali National Army") before events are placed."""
        votes: Counter[str] = Counter()
        for name in names:
            found = self.gazetteer.country_of(name) or self.gazetteer.resolve([PlaceMention(name)]).country
            if found:
                votes[found] += 1
        return votes.most_common(1)[0][0] if votes else None

    def _document_country(self, mentions: Sequence[EventMention]) -> str | None:
        """The country most of the report's places lie in: it settles ambiguous names ("Tripoli")."""
        votes: Counter[str] = Counter()
        for mention in mentions:
            if mention.places:
                found = self.gazetteer.resolve(mention.places)
                if found.country:
                    votes[found.country] += 1
        return votes.most_common(1)[0][0] if votes else None

    def _place(self, mention: EventMention, country: str | None) -> None:
        if not mention.places:
            return
        place: ResolvedPlace = self.gazetteer.resolve(mention.places, country_hint=country)
        mention.country, mention.admin1, mention.admin2 = place.country, place.admin1, place.admin2
        mention.location, mention.latitude, mention.longitude = place.location, place.latitude, place.longitude
        mention.geo_precision = place.geo_precision
        for name in ("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision"):
            if getattr(mention, name) is not None:
                mention.provenance[name] = place.provenance
        if mention.sublocation_text and mention.location and mention.sublocation_text != mention.location:
            mention.sublocation = mention.sublocation_text
            mention.provenance["sublocation"] = "rule:district-named-in-text"

    def _actor(self, text: str | None, mention: EventMention) -> Actor | None:
        if not text:
            return None
        return self.actors.resolve(text, country=mention.country, year=_year(mention))

    def _country_invented(self, text: str, actor: Actor) -> bool:
        """A role ("rebels", "police") names an actor only in a known country: "Syrian troops" says which,
        "rebels" alone does not, and none is invented for it."""
        if "@" not in actor.canonical_id:
            return False
        return not any(self.gazetteer.country_of(word) == actor.country for word in text.replace("'s", "").split())

    def _is_unidentified(self, name: str) -> bool:
        actor = self.actors.resolve(name)
        return actor is not None and _unidentified(actor)

    def _actors(self, mention: EventMention) -> None:
        for role in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"):
            text = getattr(mention, f"{role}_text")
            actor = self._actor(text, mention)
            if actor is None or (mention.country is None and self._country_invented(text, actor)):
                continue
            setattr(mention, role, actor.acled_name)
            mention.provenance[role] = f"{mention.provenance.get(role, 'rule:role')} + dictionary:actors"
            if role == "actor1":
                mention.actor1_category = actor.category
            elif role == "actor2":
                mention.actor2_category = actor.category
        if mention.claim.claimed_by_text:
            claimant = self._actor(mention.claim.claimed_by_text, mention)
            mention.claimed_by = claimant.acled_name if claimant else mention.claim.claimed_by_text
            mention.provenance["claimed_by"] = (
                "rule:claim-channel-owner" if mention.claim.claim_channel else "rule:claimant"
            )
            perpetrator_unnamed = mention.actor1 is None or self._is_unidentified(mention.actor1)
            if perpetrator_unnamed and mention.claim.claimed:
                # ACLED attributes an attack nobody in the text is seen doing to the group that claims it.
                mention.actor1, mention.actor1_category = mention.claimed_by, claimant.category if claimant else None
                mention.provenance["actor1"] = "rule:perpetrator-from-claim"
        if mention.claim.blamed_on and (mention.actor1 is None or self._is_unidentified(mention.actor1)):
            suspect = self._actor(mention.claim.blamed_on, mention)
            if suspect is not None and not _unidentified(suspect):
                mention.actor1, mention.actor1_category = suspect.acled_name, suspect.category
                mention.provenance["actor1"] = "rule:perpetrator-named-by-sources + dictionary:actors"
        if mention.actor1 is None and mention.event_type in _NEEDS_PERPETRATOR and mention.country:
            unnamed = _UNIDENTIFIED_STATE if mention.sub_event_type in _STATE_ONLY else _UNIDENTIFIED
            actor = self.actors.actor_by_id(unnamed, country=mention.country, year=_year(mention))
            if actor is not None:
                mention.actor1, mention.actor1_category = actor.acled_name, actor.category
                mention.provenance["actor1"] = "rule:acled-unidentified-perpetrator"
        crowd = _CROWD_OF_EVENT.get(mention.event_type or "")
        if crowd and mention.actor1_category not in _ARMED_CATEGORIES and mention.country:
            # The event decides a crowd's role: residents who block a road are protesters, who riot rioters.
            # A party or union that organised them is ACLED's associated actor, not the crowd itself.
            actor = self.actors.role_actor(crowd, mention.country, _year(mention))
            if actor is not None:
                if mention.actor1 and mention.actor1_category not in {"civilians", "protesters", "rioters"}:
                    mention.assoc_actor_1 = mention.assoc_actor_1 or mention.actor1
                    mention.provenance["assoc_actor_1"] = "rule:organiser-of-crowd + dictionary:actors"
                mention.actor1, mention.actor1_category = actor.acled_name, actor.category
                mention.provenance["actor1"] = f"rule:crowd-in-{crowd}-event + dictionary:actors"
        if mention.actor1 and mention.actor1 == mention.actor2:
            mention.actor2, mention.actor2_category = None, None
        if mention.target_type is None and mention.attack_type and mention.actor2_category:
            target = TARGET_TYPE_OF_CATEGORY.get(mention.actor2_category)
            if target:
                mention.target_type = target
                mention.provenance["target_type"] = "rule:target-from-actor2-category"


def _unidentified(actor: Actor) -> bool:
    """ACLED's names for an actor nobody identified: "Unidentified Armed Group (Mali)", "... Military Forces"."""
    return actor.acled_name.startswith("Unidentified")


def _year(mention: EventMention) -> int | None:
    """The year actor names are dated by ("Military Forces of Syria (2000-)" vs "(2024-)")."""
    return int(mention.event_date[:4]) if mention.event_date else None


_PLACE_FIELDS = ("country", "admin1", "admin2", "location", "latitude", "longitude")


def _take_place_of(mention: EventMention, earlier: EventMention) -> None:
    """A report sets its scene once: an event whose own places resolve to nothing ("the main roads into the
    city centre", a street) happened where the report last placed one, at best near it (precision 2)."""
    for name in _PLACE_FIELDS:
        setattr(mention, name, getattr(earlier, name))
        if getattr(earlier, name) is not None:
            mention.provenance[name] = "rule:place-of-another-event-in-report"
    if earlier.geo_precision is not None:
        mention.geo_precision = max(2, earlier.geo_precision)
        mention.provenance["geo_precision"] = "rule:place-of-another-event-in-report"

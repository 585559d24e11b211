"""The `resolve` stage: dates against the publication date, places against the gazetteer, actors against
the dictionary. Places come before actors because an actor's ACLED name depends on the country
("Military Forces of Syria (2000-)")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache, partial

from eventlens.resolve.actors import Actor, ActorDictionary
from eventlens.resolve.actors.communities import community_militias
from eventlens.resolve.actors.conventions import (
    apply_actor_conventions,
    could_have_done,
    unidentified,
    when,
)
from eventlens.resolve.actors.perpetrator import gtd_perpetrator
from eventlens.resolve.actors.story import GENERIC_POLICE, police_unit_named_in
from eventlens.resolve.dates import resolve_mention_dates
from eventlens.resolve.front_places import place_on_front
from eventlens.resolve.outlets import outlet_countries
from eventlens.resolve.places import (
    Gazetteer,
    ResolvedPlace,
    place_events_placed_only_in_a_country,
    report_country,
    reporting_text,
)
from eventlens.types import Document, EventMention, PlaceMention
from eventlens.types.vocab import TARGET_TYPE_OF_CATEGORY


class Resolver:
    def __init__(self, actors: ActorDictionary, gazetteer: Gazetteer) -> None:
        self.actors = actors
        self.gazetteer = gazetteer
        # Read once per credit: a feed names the same few outlets again and again, and the pipeline asks twice.
        self._outlet_countries = lru_cache(maxsize=1024)(partial(outlet_countries, gazetteer))

    def resolve(self, document: Document, mentions: Sequence[EventMention]) -> None:
        """Fills the canonical fields of each mention in place."""
        resolve_mention_dates(mentions, document.published)
        report = reporting_text(document)
        year = document.published.year if document.published else None
        outlet = self.outlet_countries(document)
        country, by_outlet = report_country(self.gazetteer, mentions, report, outlet)
        for mention in mentions:
            self._place(mention, country)
        place_events_placed_only_in_a_country(
            mentions,
            country,
            lambda where: self.gazetteer.place_in_headline(document.title, where),
            lambda where: self.gazetteer.place_most_named_in_report(report, where, year),
            document.text,
        )
        first_located = next((m for m in mentions if m.location is not None), None)
        placed: EventMention | None = None
        previous: EventMention | None = None
        for index, mention in enumerate(mentions):
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
                mention.provenance["country"] = "rule:country-of-outlet" if by_outlet else "rule:country-of-report"
            if mention.country is not None and mention.admin1 is None and mention.latitude is None:
                # Known only to its country: the region-level precision, no point and no town (never a
                # centroid that a map would show as a place).
                mention.geo_precision = 3
                mention.provenance["geo_precision"] = mention.provenance.get("country", "rule:country-of-report")
            if mention.country is not None:
                placed = mention
            gap = document.text[previous.sentence.end if previous else 0 : mention.sentence.start]
            story = _story_of(document, mentions, index)
            self._actors(mention, previous, story, gap, document.text[mention.sentence.start :], report)
            previous = mention

    def outlet_countries(self, document: Document) -> Counter[str]:
        """The countries of the regional outlets credited for a document (its `source`, else its web domain); shared
        between calls: read it, never change it."""
        return self._outlet_countries(document.source, document.url)

    def country_of_names(self, names: Sequence[str]) -> str | None:
        """The country most of these place names lie in (a dateline, the places a report names): lets the
        extractor read country-specific names ("SNA", "Somali National Army") before events are placed."""
        votes: Counter[str] = Counter()
        for name in names:
            found = self.gazetteer.country_of(name) or self.gazetteer.resolve([PlaceMention(name)]).country
            if found:
                votes[found] += 1
        return votes.most_common(1)[0][0] if votes else None

    def _place(self, mention: EventMention, country: str | None) -> None:
        if not mention.places:
            return
        _set_place(mention, self.gazetteer.resolve(mention.places, country_hint=country))
        on_front = place_on_front(mention, self.actors, self.gazetteer)
        if on_front is not None:
            _set_place(mention, on_front, "rule:village-on-frontline + ")
        if mention.sublocation_text and mention.location and mention.sublocation_text != mention.location:
            mention.sublocation = mention.sublocation_text
            mention.provenance["sublocation"] = "rule:district-named-in-text"

    def _actor(self, text: str | None, mention: EventMention) -> Actor | None:
        if not text:
            return None
        actor = self.actors.resolve(text, country=mention.country, **when(mention))
        if actor is not None and _countryless_role(actor) and mention.country:
            # "An unidentified armed group" in a report placed in Syria is Syria's.
            placed = self.actors.actor_by_id(actor.canonical_id, country=mention.country, **when(mention))
            if placed is not None and placed.country == mention.country:
                return placed
        return actor

    def _police_named_in_report(self, mention: EventMention, report: str) -> None:
        """A report that names one police force ("the Military Police carried out an operation") means it by its
        bare "the police" further on: ACLED codes the force, not the country's police at large."""
        generic = self.actors.actor_by_id(GENERIC_POLICE, country=mention.country, **when(mention))
        roles = [role for role in ("actor1", "actor2") if generic and getattr(mention, role) == generic.acled_name]
        if not roles:
            return
        unit = police_unit_named_in(self.actors, report, country=mention.country, **when(mention))
        if unit is None:
            return
        for role in roles:
            setattr(mention, role, unit.acled_name)
            mention.provenance[role] = (
                f"{mention.provenance.get(role, 'rule:role')} + rule:police-force-named-in-report"
            )

    def _country_invented(self, text: str, actor: Actor) -> bool:
        """A role ("rebels", "police") names an actor only in a known country: "Syrian troops" says which,
        "rebels" alone does not, and none is invented for it."""
        if "@" not in actor.canonical_id:
            return False
        return not any(self.gazetteer.country_of(word) == actor.country for word in text.replace("'s", "").split())

    def _is_unidentified(self, name: str) -> bool:
        actor = self.actors.resolve(name)
        return actor is not None and unidentified(actor)

    def _actors(
        self,
        mention: EventMention,
        previous: EventMention | None = None,
        story: str = "",
        story_gap: str = " ",
        sequel: str = "",
        report: str = "",
    ) -> None:
        """`previous` is the report's event before this one, `story` the text that tells this one, `story_gap`
        the text between the two events' sentences (before the first event: the report's opening), `sequel` the
        report from this event's sentence on, `report` the whole reporting text."""
        sentence = story[: mention.sentence.end - mention.sentence.start]
        other_side: Actor | None = None
        for role in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2"):
            text = getattr(mention, f"{role}_text")
            actor = self._actor(text, mention)
            if actor is None or (mention.country is None and self._country_invented(text, actor)):
                continue
            named = community_militias(self.actors, actor, text, sentence, country=mention.country, **when(mention))
            if named:
                actor, other_side = named[0], (named[1] if len(named) > 1 and role == "actor1" else None)
                mention.provenance[role] = f"{mention.provenance.get(role, 'rule:role')} + rule:militia-of-community"
            setattr(mention, role, actor.acled_name)
            mention.provenance[role] = f"{mention.provenance.get(role, 'rule:role')} + dictionary:actors"
            if role == "actor1":
                mention.actor1_category = actor.category
            elif role == "actor2":
                mention.actor2_category = actor.category
        if other_side is not None and mention.actor2 is None:
            # "Fellata and Rizeigat militias clashed": the second community is the other side.
            mention.actor2, mention.actor2_category = other_side.acled_name, other_side.category
            mention.provenance["actor2"] = "rule:militia-of-community"
        if mention.claim.claimed_by_text:
            claimant = self._actor(mention.claim.claimed_by_text, mention)
            mention.claimed_by = claimant.acled_name if claimant else mention.claim.claimed_by_text
            mention.provenance["claimed_by"] = (
                "rule:claim-channel-owner" if mention.claim.claim_channel else "rule:claimant"
            )
            perpetrator_unnamed = mention.actor1 is None or self._is_unidentified(mention.actor1)
            if perpetrator_unnamed and mention.claim.claimed and could_have_done(mention, claimant):
                # ACLED attributes an attack nobody in the text is seen doing to the group that claims it.
                mention.actor1, mention.actor1_category = mention.claimed_by, claimant.category if claimant else None
                mention.provenance["actor1"] = "rule:perpetrator-from-claim"
        if mention.claim.blamed_on and (mention.actor1 is None or self._is_unidentified(mention.actor1)):
            suspect = self._actor(mention.claim.blamed_on, mention)
            if suspect is not None and not unidentified(suspect):
                mention.actor1, mention.actor1_category = suspect.acled_name, suspect.category
                mention.provenance["actor1"] = "rule:perpetrator-named-by-sources + dictionary:actors"
        apply_actor_conventions(self.actors, mention, previous, story, story_gap, sequel)
        self._police_named_in_report(mention, report)
        if mention.actor1 and mention.actor1 == mention.actor2:
            mention.actor2, mention.actor2_category = None, None
        if mention.target_type is None and mention.attack_type:
            _target_from_the_sides(mention, previous)
        perpetrator = gtd_perpetrator(self.actors, mention, **when(mention))
        if perpetrator is not None:
            mention.gtd_perpetrator, mention.provenance["gtd_perpetrator"] = perpetrator
        if mention.target_type is None and mention.attack_type:
            # GTD: an attack on a town or a street, or one whose report names no narrower target, hits the public.
            mention.target_type = "Private Citizens & Property"
            mention.provenance["target_type"] = "rule:gtd-target-the-public-by-default"


def _set_place(mention: EventMention, place: ResolvedPlace, rule: str = "") -> None:
    mention.country, mention.admin1, mention.admin2 = place.country, place.admin1, place.admin2
    mention.location, mention.latitude, mention.longitude = place.location, place.latitude, place.longitude
    mention.geo_precision = place.geo_precision
    for name in ("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision"):
        if getattr(mention, name) is not None:
            mention.provenance[name] = rule + place.provenance


def _story_of(document: Document, mentions: Sequence[EventMention], index: int) -> str:
    """The part of the report that tells one event: from its sentence to the next event's."""
    start = mentions[index].sentence.start
    end = mentions[index + 1].sentence.start if index + 1 < len(mentions) else len(document.text)
    return document.text[start : max(start, end)]


def _countryless_role(actor: Actor) -> bool:
    """A role named the way ACLED names it when no country is known: "Unidentified Armed Group", "Civilians
    (International)". A named group without a country ("Islamic State") is left as it is."""
    return actor.country is None and (unidentified(actor) or actor.acled_name.endswith("(International)"))


def _take_place_of(mention: EventMention, earlier: EventMention) -> None:
    """A report sets its scene once: an event whose own places resolve to nothing ("the main roads into the
    city centre", a street) happened where the report last placed one, at best near it (precision 2)."""
    mention.take_place_of(earlier, "rule:place-of-another-event-in-report", at_best=2)


def _target_from_the_sides(mention: EventMention, previous: EventMention | None) -> None:
    """With no target in the words, who was on the other side says it ("Afghan soldiers": military). Forces of the
    state hitting back ("troops returned fire, killing two gunmen") make no target of the gunmen: GTD records
    attacks by non-state actors, and the target is that of the attack they answered, the report's event before."""
    state_hits_back = mention.actor1_category == "state_forces" and mention.actor2_category != "state_forces"
    if state_hits_back:
        if previous is not None and previous.target_type:
            mention.target_type = previous.target_type
            mention.provenance["target_type"] = "rule:target-of-the-attack-the-state-hit-back-at"
        return
    target = TARGET_TYPE_OF_CATEGORY.get(mention.actor2_category or "")
    if target:
        mention.target_type = target
        mention.provenance["target_type"] = "rule:target-from-actor2-category"

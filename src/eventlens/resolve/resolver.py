"""The `resolve` stage: dates against the publication date, places against the gazetteer, actors against
the dictionary. Places come before actors because an actor's ACLED name depends on the country
("Military Forces of Syria (2000-)")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from eventlens.resolve.actors import Actor, ActorDictionary
from eventlens.resolve.actors.perpetrator import gtd_perpetrator
from eventlens.resolve.actors.story import armed_actor_named_in, doer_named_in
from eventlens.resolve.dates import resolve_mention_dates
from eventlens.resolve.places import (
    Gazetteer,
    ResolvedPlace,
    country_of_report,
    place_events_placed_only_in_a_country,
    reporting_text,
)
from eventlens.types import Document, EventMention, PlaceMention
from eventlens.types.vocab import TARGET_TYPE_OF_CATEGORY

# Event types whose perpetrator ACLED always names, as "Unidentified Armed Group (Country)" when the report
# names none.
_NEEDS_PERPETRATOR = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_UNIDENTIFIED = "unidentified_armed_group"
# Only states fly war planes here: an air strike nobody names is coded to unidentified military forces.
_UNIDENTIFIED_STATE = "unidentified_military_forces"
_STATE_ONLY = frozenset({"Air/drone strike"})
# ACLED's "Unidentified Gang": an unnamed perpetrator whose violence bears the marks of organised crime (a
# drive-by shooting, a body found bound or mutilated, a rivalry between gangs or cartels). Beheadings are left
# out: insurgents behead too.
_UNIDENTIFIED_GANG = "unidentified_gang"
_GANG_HALLMARKS = re.compile(
    r"\bdrive-?by\b|\bgangs?\b(?!-?rap)|\bcartels?\b|\bcriminal (?:group|organi[sz]ation|gang)s?\b|\bdrug[- ]traffick|"
    r"\bexecution[- ]style\b|\b(?:hands|feet|legs)\b[\w ,]{0,20}\b(?:tied|bound)\b|\b(?:tied|bound) (?:hands|feet)\b|"
    r"\bsigns of torture\b|\bdismembered\b|\bmutilated\b|\bnarco",
    re.I,
)
# Events of a war's front line whose sides a report may not name: fighting and fire from afar.
_FRONTLINE_EVENTS = frozenset({"Battles", "Explosions/Remote violence"})
_CROWD_OF_EVENT = {"Protests": "protesters", "Riots": "rioters"}
_CROWD_CATEGORIES = frozenset({"civilians", "protesters", "rioters"})
# Protests where ACLED codes the forces that stepped in as actor2, the police when the report names nobody.
_STATE_INTERVENES = frozenset({"Protest with intervention", "Excessive force against protesters"})
_POLICE = "police_forces"
# Sub-events whose other side, when the report names none, is civilians: who is arrested, whose goods are
# looted or destroyed, whom a mob attacks.
_CIVILIANS_UNLESS_NAMED = frozenset({"Arrests", "Looting/property destruction", "Mob violence"})


class Resolver:
    def __init__(self, actors: ActorDictionary, gazetteer: Gazetteer) -> None:
        self.actors = actors
        self.gazetteer = gazetteer

    def resolve(self, document: Document, mentions: Sequence[EventMention]) -> None:
        """Fills the canonical fields of each mention in place."""
        resolve_mention_dates(mentions, document.published)
        report = reporting_text(document)
        country = country_of_report(self.gazetteer, mentions, report)
        for mention in mentions:
            self._place(mention, country)
        place_events_placed_only_in_a_country(
            mentions,
            country,
            lambda where: self.gazetteer.place_in_headline(document.title, where),
            lambda where: self.gazetteer.place_most_named_in_report(report, where),
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
                mention.provenance["country"] = "rule:country-of-report"
            if mention.country is not None:
                placed = mention
            gap = document.text[previous.sentence.end if previous else 0 : mention.sentence.start]
            self._actors(
                mention, previous, _story_of(document, mentions, index), gap, document.text[mention.sentence.start :]
            )
            previous = mention

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
        actor = self.actors.resolve(text, country=mention.country, **_when(mention))
        if actor is not None and _countryless_role(actor) and mention.country:
            # "An unidentified armed group" in a report placed in Syria is Syria's.
            placed = self.actors.actor_by_id(actor.canonical_id, country=mention.country, **_when(mention))
            if placed is not None and placed.country == mention.country:
                return placed
        return actor

    def _country_invented(self, text: str, actor: Actor) -> bool:
        """A role ("rebels", "police") names an actor only in a known country: "Syrian troops" says which,
        "rebels" alone does not, and none is invented for it."""
        if "@" not in actor.canonical_id:
            return False
        return not any(self.gazetteer.country_of(word) == actor.country for word in text.replace("'s", "").split())

    def _is_unidentified(self, name: str) -> bool:
        actor = self.actors.resolve(name)
        return actor is not None and _unidentified(actor)

    def _actors(
        self,
        mention: EventMention,
        previous: EventMention | None = None,
        story: str = "",
        story_gap: str = " ",
        sequel: str = "",
    ) -> None:
        """`previous` is the report's event before this one, `story` the text that tells this one, `story_gap`
        the text between the two events' sentences (before the first event: the report's opening), `sequel` the
        report from this event's sentence on."""
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
            if perpetrator_unnamed and mention.claim.claimed and _could_have_done(mention, claimant):
                # ACLED attributes an attack nobody in the text is seen doing to the group that claims it.
                mention.actor1, mention.actor1_category = mention.claimed_by, claimant.category if claimant else None
                mention.provenance["actor1"] = "rule:perpetrator-from-claim"
        if mention.claim.blamed_on and (mention.actor1 is None or self._is_unidentified(mention.actor1)):
            suspect = self._actor(mention.claim.blamed_on, mention)
            if suspect is not None and not _unidentified(suspect):
                mention.actor1, mention.actor1_category = suspect.acled_name, suspect.category
                mention.provenance["actor1"] = "rule:perpetrator-named-by-sources + dictionary:actors"
        if mention.actor1 is None and previous is not None and not story_gap.strip():
            _same_perpetrator_as(mention, previous)
        # What comes before the report's first event sets its scene; before a later one, it tells the last.
        scene_and_story = story if previous else story_gap + story
        if mention.actor1 is None and mention.event_type in _NEEDS_PERPETRATOR:
            self._perpetrator_named_in_story(mention, scene_and_story)
        if mention.actor1 is None and mention.event_type == "Strategic developments":
            self._doer_named_in_story(mention, scene_and_story)
        if mention.actor1 is None and mention.event_type in _FRONTLINE_EVENTS:
            self._sides_of_frontline(mention)
        if mention.actor1 is None and mention.event_type in _NEEDS_PERPETRATOR and mention.country:
            unnamed = _unnamed_perpetrator(mention, sequel or story)
            actor = self.actors.actor_by_id(unnamed, country=mention.country, **_when(mention))
            if actor is not None:
                mention.actor1, mention.actor1_category = actor.acled_name, actor.category
                mention.provenance["actor1"] = "rule:acled-unidentified-perpetrator"
        elif mention.country and _GANG_HALLMARKS.search(story) and self._is_armed_group_role(mention):
            # "Armed men carried out a drive-by shooting": the gunmen the report names are a gang.
            gang = self.actors.actor_by_id(_UNIDENTIFIED_GANG, country=mention.country, **_when(mention))
            if gang is not None:
                mention.actor1, mention.actor1_category = gang.acled_name, gang.category
                mention.provenance["actor1"] = f"{mention.provenance.get('actor1', 'rule:role')} + rule:gang-hallmarks"
        self._crowd_conventions(mention, story)
        self._civilians_as_victims(mention)
        if mention.actor1 and mention.actor1 == mention.actor2:
            mention.actor2, mention.actor2_category = None, None
        if mention.target_type is None and mention.attack_type:
            _target_from_the_sides(mention, previous)
        perpetrator = gtd_perpetrator(self.actors, mention, **_when(mention))
        if perpetrator is not None:
            mention.gtd_perpetrator, mention.provenance["gtd_perpetrator"] = perpetrator
        if mention.target_type is None and mention.attack_type:
            # GTD: an attack on a town or a street, or one whose report names no narrower target, hits the public.
            mention.target_type = "Private Citizens & Property"
            mention.provenance["target_type"] = "rule:gtd-target-the-public-by-default"

    def _perpetrator_named_in_story(self, mention: EventMention, text: str) -> None:
        """Nobody acts in the event's sentence, but its story names an armed group ("Al Shabaab claimed the
        attack"), or for a fight the forces that went in ("Police raided the area. A shoot-out broke out")."""
        others = {name for name in (mention.actor2, mention.assoc_actor_2) if name}
        actor = armed_actor_named_in(
            self.actors,
            text,
            country=mention.country,
            **_when(mention),
            others=others,
            state_forces=mention.event_type == "Battles",
        )
        if actor is not None and _could_have_done(mention, actor):
            mention.actor1, mention.actor1_category = actor.acled_name, actor.category
            mention.provenance["actor1"] = "rule:armed-actor-named-in-story + dictionary:actors"

    def _doer_named_in_story(self, mention: EventMention, story: str) -> None:
        """A strategic development always has its actor: the first one its story names ("Turkish and Russian
        forces patrolled...", "the governor imposed a curfew")."""
        others = {name for name in (mention.actor2, mention.assoc_actor_2) if name}
        actor = doer_named_in(self.actors, story, country=mention.country, **_when(mention), others=others)
        if actor is not None:
            mention.actor1, mention.actor1_category = actor.acled_name, actor.category
            mention.provenance["actor1"] = "rule:actor-named-in-story-of-development + dictionary:actors"

    def _sides_of_frontline(self, mention: EventMention) -> None:
        """Fire nobody is named for, on a known front line ("explosions were recorded near X", "an exchange of fire
        in both directions"): a clash is between the front's two sides, shelling is the first side's."""
        sides = self.actors.frontline_sides(mention.country, mention.admin1, **_when(mention))
        if sides is None:
            return
        first, second = sides
        if mention.actor2 == first.acled_name:
            first, second = second, first
        mention.actor1, mention.actor1_category = first.acled_name, first.category
        mention.provenance["actor1"] = "rule:side-of-frontline + dictionary:actors"
        if mention.event_type == "Battles" and mention.actor2 is None:
            mention.actor2, mention.actor2_category = second.acled_name, second.category
            mention.provenance["actor2"] = "rule:side-of-frontline + dictionary:actors"

    def _crowd_conventions(self, mention: EventMention, story: str = "") -> None:
        """ACLED's protests and riots: the crowd is always actor1 (residents who block a road are protesters, who
        riot rioters). A party or union that brought the crowd out is its associated actor; forces that acted
        ("police dispersed the protesters") are the other side. A peaceful protest has no other side: whom
        it protests against is not an actor."""
        crowd = _CROWD_OF_EVENT.get(mention.event_type or "")
        if not crowd or not mention.country:
            return
        actor = self.actors.role_actor(crowd, mention.country, **_when(mention))
        if actor is None:
            return
        if mention.actor1 and mention.actor1_category == "state_forces" and not _is_government(mention.actor1):
            if mention.actor2 is None or mention.actor2_category in _CROWD_CATEGORIES:
                mention.actor2, mention.actor2_category = mention.actor1, mention.actor1_category
                mention.provenance["actor2"] = "rule:forces-facing-crowd + dictionary:actors"
        elif mention.actor1 and mention.actor1_category not in _CROWD_CATEGORIES and not _is_government(mention.actor1):
            mention.assoc_actor_1 = mention.assoc_actor_1 or mention.actor1
            mention.provenance["assoc_actor_1"] = "rule:organiser-of-crowd + dictionary:actors"
        mention.actor1, mention.actor1_category = actor.acled_name, actor.category
        mention.provenance["actor1"] = f"rule:crowd-in-{crowd}-event + dictionary:actors"
        if mention.actor2 is not None and (
            _is_government(mention.actor2)
            or (mention.sub_event_type == "Peaceful protest" and mention.actor2_category != "protesters")
        ):
            mention.actor2, mention.actor2_category = None, None
            mention.provenance.pop("actor2", None)
        if mention.actor2 is None and mention.sub_event_type != "Peaceful protest":
            # "Workers blocked the highway. Police fired tear gas": the forces the report names face the crowd.
            forces = self._forces_named_in(story, mention)
            if forces is not None:
                mention.actor2, mention.actor2_category = forces.acled_name, forces.category
                mention.provenance["actor2"] = "rule:forces-named-in-report-of-crowd + dictionary:actors"
        if mention.actor2 is None and mention.sub_event_type in _STATE_INTERVENES:
            # An intervention nobody names is the police's: ACLED's "Protest with intervention".
            police = self.actors.actor_by_id(_POLICE, country=mention.country, **_when(mention))
            if police is not None:
                mention.actor2, mention.actor2_category = police.acled_name, police.category
                mention.provenance["actor2"] = "rule:acled-police-intervene-in-protest"

    def _is_armed_group_role(self, mention: EventMention) -> bool:
        """Whether actor1 is ACLED's "Unidentified Armed Group" of the event's country ("gunmen", "armed men")."""
        group = self.actors.actor_by_id(_UNIDENTIFIED, country=mention.country, **_when(mention))
        return group is not None and mention.actor1 == group.acled_name

    def _forces_named_in(self, story: str, mention: EventMention) -> Actor | None:
        """The first state force (not a government) a report names, in the event's country."""
        for _, _, actor in self.actors.find(story, country=mention.country, **_when(mention)):
            if actor.category == "state_forces" and not _is_government(actor.acled_name):
                return actor
        return None

    def _civilians_as_victims(self, mention: EventMention) -> None:
        """ACLED's violence against civilians has civilians on the other side by definition: an off-duty
        soldier or a named official who is attacked is coded Civilians, with who they are as the associated
        actor. Arrests, lootings and mob attacks whose other side the report does not name befall civilians."""
        if not mention.country or mention.actor2_category == "civilians":
            return
        always = mention.event_type == "Violence against civilians"
        if not always and not (mention.actor2 is None and mention.sub_event_type in _CIVILIANS_UNLESS_NAMED):
            return
        civilians = self.actors.role_actor("civilians", mention.country, **_when(mention))
        if civilians is None or civilians.acled_name == mention.actor1:
            return
        if mention.actor2 is not None and mention.assoc_actor_2 is None:
            mention.assoc_actor_2 = mention.actor2
            mention.provenance["assoc_actor_2"] = mention.provenance.get("actor2", "rule:role")
        mention.actor2, mention.actor2_category = civilians.acled_name, civilians.category
        rule = "acled-civilians-in-violence-against-civilians" if always else "acled-civilians-when-no-other-side-named"
        mention.provenance["actor2"] = f"rule:{rule} + dictionary:actors"


def _is_government(name: str) -> bool:
    """ "Government of India (2014-)": whom a crowd protests against, never a side in the street."""
    return name.startswith("Government of")


def _unnamed_perpetrator(mention: EventMention, story: str) -> str:
    """The id of ACLED's unidentified actor for a perpetrator the report does not name."""
    if mention.sub_event_type in _STATE_ONLY:
        return _UNIDENTIFIED_STATE
    return _UNIDENTIFIED_GANG if _GANG_HALLMARKS.search(story) else _UNIDENTIFIED


def _story_of(document: Document, mentions: Sequence[EventMention], index: int) -> str:
    """The part of the report that tells one event: from its sentence to the next event's."""
    start = mentions[index].sentence.start
    end = mentions[index + 1].sentence.start if index + 1 < len(mentions) else len(document.text)
    return document.text[start : max(start, end)]


def _same_perpetrator_as(mention: EventMention, previous: EventMention) -> None:
    """ "Forces shelled the town. Shells also hit the road, killing three": an act of the same kind told in the
    very next sentence after one whose perpetrator is named, with nobody named acting, is that perpetrator's."""
    if previous.sub_event_type != mention.sub_event_type or previous.actor1 is None:
        return
    if _unidentified_name(previous.actor1):
        return
    if previous.country != mention.country:
        return
    mention.actor1, mention.actor1_category = previous.actor1, previous.actor1_category
    mention.provenance["actor1"] = "rule:perpetrator-of-previous-event-in-report"


def _could_have_done(mention: EventMention, claimant: Actor | None) -> bool:
    """An air strike is a state's or a foreign force's: a rebel group's claim to it is not taken."""
    if mention.sub_event_type not in _STATE_ONLY:
        return True
    return claimant is not None and claimant.category in {"state_forces", "external_other"}


def _countryless_role(actor: Actor) -> bool:
    """A role named the way ACLED names it when no country is known: "Unidentified Armed Group", "Civilians
    (International)". A named group without a country ("Islamic State") is left as it is."""
    return actor.country is None and (_unidentified(actor) or actor.acled_name.endswith("(International)"))


def _unidentified(actor: Actor) -> bool:
    return _unidentified_name(actor.acled_name)


def _unidentified_name(name: str) -> bool:
    """ACLED's names for an actor nobody identified: "Unidentified Armed Group (Mali)", "... Military Forces"."""
    return name.startswith("Unidentified")


def _when(mention: EventMention) -> dict[str, int | None]:
    """The year and month actor names are dated by ("Military Forces of Syria (2000-)" vs "(2024-)"; a regime
    that began in June 2020 does not name an event of May 2020)."""
    if not mention.event_date:
        return {"year": None, "month": None}
    month = mention.event_date[5:7]
    return {"year": int(mention.event_date[:4]), "month": int(month) if month.isdigit() else None}


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

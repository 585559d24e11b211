"""ACLED's actor conventions, for sides a report leaves unnamed: the crowd of a protest or riot and the forces
facing it, civilians on the other side of violence against them, the two sides of a known front line, a
perpetrator named elsewhere in the story (or in the sentence before), and ACLED's unidentified actors (armed group,
military forces, gang) for the rest."""

from __future__ import annotations

import re

from eventlens.resolve.actors.dictionary import ActorDictionary, HeldFront
from eventlens.resolve.actors.frontlines import FIRE_SUB_EVENTS, WIDE_AREAS
from eventlens.resolve.actors.model import Actor
from eventlens.resolve.actors.story import GENERIC_POLICE, armed_actor_named_in, doer_named_in
from eventlens.types import EventMention

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
# Sub-events whose other side, when the report names none, is civilians: who is arrested, whose goods are
# looted or destroyed, whom a mob attacks.
_CIVILIANS_UNLESS_NAMED = frozenset({"Arrests", "Looting/property destruction", "Mob violence"})


def apply_actor_conventions(
    actors: ActorDictionary,
    mention: EventMention,
    previous: EventMention | None,
    story: str,
    story_gap: str,
    sequel: str,
) -> None:
    """Fills the sides the report leaves unnamed. `previous` is the report's event before this one, `story` the text
    that tells this one, `story_gap` the text between the two events' sentences (before the first event: the
    report's opening), `sequel` the report from this event's sentence on."""
    if mention.actor1 is None and previous is not None and not story_gap.strip():
        _same_perpetrator_as(mention, previous)
    # What comes before the report's first event sets its scene; before a later one, it tells the last.
    scene_and_story = story if previous else story_gap + story
    if mention.actor1 is None and mention.event_type in _NEEDS_PERPETRATOR:
        _perpetrator_named_in_story(actors, mention, scene_and_story)
    if mention.actor1 is None and mention.event_type == "Strategic developments":
        _doer_named_in_story(actors, mention, scene_and_story)
    if mention.actor1 is None and mention.event_type in _FRONTLINE_EVENTS:
        _sides_of_frontline(actors, mention)
    if mention.actor1 is None and mention.event_type in _NEEDS_PERPETRATOR and mention.country:
        unnamed = _unnamed_perpetrator(mention, sequel or story)
        actor = actors.actor_by_id(unnamed, country=mention.country, **when(mention))
        if actor is not None:
            mention.actor1, mention.actor1_category = actor.acled_name, actor.category
            mention.provenance["actor1"] = "rule:acled-unidentified-perpetrator"
    elif mention.country and _GANG_HALLMARKS.search(story) and _is_armed_group_role(actors, mention):
        # "Armed men carried out a drive-by shooting": the gunmen the report names are a gang.
        gang = actors.actor_by_id(_UNIDENTIFIED_GANG, country=mention.country, **when(mention))
        if gang is not None:
            mention.actor1, mention.actor1_category = gang.acled_name, gang.category
            mention.provenance["actor1"] = f"{mention.provenance.get('actor1', 'rule:role')} + rule:gang-hallmarks"
    _crowd_conventions(actors, mention, story)
    _civilians_as_victims(actors, mention)


def _perpetrator_named_in_story(actors: ActorDictionary, mention: EventMention, text: str) -> None:
    """Nobody acts in the event's sentence, but its story names an armed group ("Al Shabaab claimed the
    attack"), or for a fight the forces that went in ("Police raided the area. A shoot-out broke out")."""
    others = {name for name in (mention.actor2, mention.assoc_actor_2) if name}
    actor = armed_actor_named_in(
        actors,
        text,
        country=mention.country,
        **when(mention),
        others=others,
        state_forces=mention.event_type == "Battles",
    )
    if actor is not None and could_have_done(mention, actor):
        mention.actor1, mention.actor1_category = actor.acled_name, actor.category
        mention.provenance["actor1"] = "rule:armed-actor-named-in-story + dictionary:actors"


def _doer_named_in_story(actors: ActorDictionary, mention: EventMention, story: str) -> None:
    """A strategic development always has its actor: the first one its story names ("Turkish and Russian
    forces patrolled...", "the governor imposed a curfew")."""
    others = {name for name in (mention.actor2, mention.assoc_actor_2) if name}
    actor = doer_named_in(actors, story, country=mention.country, **when(mention), others=others)
    if actor is not None:
        mention.actor1, mention.actor1_category = actor.acled_name, actor.category
        mention.provenance["actor1"] = "rule:actor-named-in-story-of-development + dictionary:actors"


def _sides_of_frontline(actors: ActorDictionary, mention: EventMention) -> None:
    """Fire nobody is named for, on a known front line ("explosions were recorded near X", "an exchange of fire
    in both directions"): a clash is between the front's two sides, shelling is the first side's."""
    if _side_facing_a_held_place(actors, mention):
        return
    sides = actors.frontline_sides(mention.country, mention.admin1, **when(mention))
    if sides is None:
        return
    _fire_between(mention, *sides, rule="rule:side-of-frontline")


def _fire_between(mention: EventMention, first: Actor, second: Actor, *, rule: str) -> None:
    """Unattributed fire between two known sides: `first` fired (the sides swap when the report names `first` as
    the one hit); a clash with no other side named is against `second`."""
    if mention.actor2 == first.acled_name:
        first, second = second, first
    mention.actor1, mention.actor1_category = first.acled_name, first.category
    mention.provenance["actor1"] = f"{rule} + dictionary:actors"
    if mention.event_type == "Battles" and mention.actor2 is None:
        mention.actor2, mention.actor2_category = second.acled_name, second.category
        mention.provenance["actor2"] = f"{rule} + dictionary:actors"


def _side_facing_a_held_place(actors: ActorDictionary, mention: EventMention) -> bool:
    """Fire recorded near a place one side of the front holds ("explosions near <a separatist-held village>") is
    the other side's: ACLED codes it to the side facing the place, and a clash there facing side first."""
    if mention.sub_event_type not in FIRE_SUB_EVENTS:
        return False
    held = held_place_of(actors, mention)
    if held is None:
        return False
    _fire_between(mention, held.facing, held.holder, rule="rule:side-facing-held-place")
    return True


def _crowd_conventions(actors: ActorDictionary, mention: EventMention, story: str = "") -> None:
    """ACLED's protests and riots: the crowd is always actor1 (residents who block a road are protesters, who
    riot rioters). A party or union that brought the crowd out is its associated actor; forces that acted
    ("police dispersed the protesters") are the other side. A peaceful protest has no other side: whom
    it protests against is not an actor."""
    crowd = _CROWD_OF_EVENT.get(mention.event_type or "")
    if not crowd or not mention.country:
        return
    actor = actors.role_actor(crowd, mention.country, **when(mention))
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
        forces = _forces_named_in(actors, story, mention)
        if forces is not None:
            mention.actor2, mention.actor2_category = forces.acled_name, forces.category
            mention.provenance["actor2"] = "rule:forces-named-in-report-of-crowd + dictionary:actors"
    if mention.actor2 is None and mention.sub_event_type in _STATE_INTERVENES:
        # An intervention nobody names is the police's: ACLED's "Protest with intervention".
        police = actors.actor_by_id(GENERIC_POLICE, country=mention.country, **when(mention))
        if police is not None:
            mention.actor2, mention.actor2_category = police.acled_name, police.category
            mention.provenance["actor2"] = "rule:acled-police-intervene-in-protest"


def _is_armed_group_role(actors: ActorDictionary, mention: EventMention) -> bool:
    """Whether actor1 is ACLED's "Unidentified Armed Group" of the event's country ("gunmen", "armed men")."""
    group = actors.actor_by_id(_UNIDENTIFIED, country=mention.country, **when(mention))
    return group is not None and mention.actor1 == group.acled_name


def _forces_named_in(actors: ActorDictionary, story: str, mention: EventMention) -> Actor | None:
    """The first state force (not a government) a report names, in the event's country."""
    for _, _, actor in actors.find(story, country=mention.country, **when(mention)):
        if actor.category == "state_forces" and not _is_government(actor.acled_name):
            return actor
    return None


def _civilians_as_victims(actors: ActorDictionary, mention: EventMention) -> None:
    """ACLED's violence against civilians has civilians on the other side by definition: an off-duty
    soldier or a named official who is attacked is coded Civilians, with who they are as the associated
    actor. Arrests, lootings and mob attacks whose other side the report does not name befall civilians."""
    if not mention.country or mention.actor2_category == "civilians":
        return
    always = mention.event_type == "Violence against civilians"
    if not always and not (mention.actor2 is None and mention.sub_event_type in _CIVILIANS_UNLESS_NAMED):
        return
    civilians = actors.role_actor("civilians", mention.country, **when(mention))
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


def could_have_done(mention: EventMention, claimant: Actor | None) -> bool:
    """An air strike is a state's or a foreign force's: a rebel group's claim to it is not taken."""
    if mention.sub_event_type not in _STATE_ONLY:
        return True
    return claimant is not None and claimant.category in {"state_forces", "external_other"}


def unidentified(actor: Actor) -> bool:
    return _unidentified_name(actor.acled_name)


def _unidentified_name(name: str) -> bool:
    """ACLED's names for an actor nobody identified: "Unidentified Armed Group (Mali)", "... Military Forces"."""
    return name.startswith("Unidentified")


def held_place_of(actors: ActorDictionary, mention: EventMention) -> HeldFront | None:
    """The front-line place one side held, among the towns (not the regions) the mention names, at its date."""
    towns = [place.text for place in mention.places if place.kind not in WIDE_AREAS]
    return actors.held_place(towns, mention.country, **when(mention))


def when(mention: EventMention) -> dict[str, int | None]:
    """The year and month actor names are dated by ("Military Forces of Syria (2000-)" vs "(2024-)"; a regime
    that began in June 2020 does not name an event of May 2020)."""
    if not mention.event_date:
        return {"year": None, "month": None}
    month = mention.event_date[5:7]
    return {"year": int(mention.event_date[:4]), "month": int(month) if month.isdigit() else None}

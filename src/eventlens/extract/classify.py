"""Decides the ACLED sub-event type and the GTD attack and weapon types of one event sentence.

The order of the rules is the order of ACLED's own precedence: the weapon that makes an event
distinctive (chemical, suicide, air, artillery, explosive) outranks what it did, and violence outranks
the demonstration around it."""

from __future__ import annotations

from dataclasses import dataclass

from eventlens.extract.cues import Cue
from eventlens.extract.gtd_types import attack_type, weapon_type
from eventlens.extract.who import Participants
from eventlens.types.vocab import ACLED_EVENT_TYPE_OF

ARMED = {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_other"}
STATE = {"state_forces"}


@dataclass(frozen=True)
class Classification:
    sub_event_type: str
    event_type: str
    attack_type: str | None
    weapon_type: str | None
    rule: str
    cue: Cue  # the cue that decided the type; its words are the event's trigger
    strength: float  # how clearly the sentence reports an event of this kind, 0–1


_CROWDS = frozenset({"civilians", "rioters", "protesters"})
_VIOLENT_CUES = (Cue.CLASH, Cue.ATTACK, Cue.SHOOTING, Cue.MELEE, Cue.ASSASSINATION, Cue.KILLING)


def _sub_event_type(cues: set[Cue], who: Participants) -> tuple[str, str, float, Cue] | None:
    """(sub-event type, rule, strength, the cue that decided it)."""
    armed_patient = who.patient_category in ARMED
    state_agent = who.agent_category in STATE
    if Cue.CHEMICAL in cues:
        return "Chemical weapon", "cue:chemical", 0.9, Cue.CHEMICAL
    if Cue.SUICIDE in cues:
        return "Suicide bomb", "cue:suicide", 0.9, Cue.SUICIDE
    if Cue.PROTEST in cues or (Cue.RIOT in cues and Cue.MOB not in cues):
        if Cue.PROTEST_FORCE in cues:
            return "Excessive force against protesters", "cue:protest+lethal-force", 0.85, Cue.PROTEST
        if Cue.RIOT in cues or (Cue.PROTEST in cues and cues & {Cue.CLASH, Cue.ARSON, Cue.VANDALISM}):
            return "Violent demonstration", "cue:riot", 0.8, Cue.RIOT if Cue.RIOT in cues else Cue.PROTEST
        if Cue.PROTEST_INTERVENTION in cues:
            return "Protest with intervention", "cue:protest+intervention", 0.8, Cue.PROTEST
        if Cue.PROTEST in cues and not (cues & {Cue.AIR, Cue.SHELLING, Cue.EXPLOSIVE, Cue.CLASH}):
            return "Peaceful protest", "cue:protest", 0.75, Cue.PROTEST
    if Cue.DISRUPTED in cues and not who.casualties:
        return "Disrupted weapons use", "cue:defused-or-intercepted", 0.8, Cue.DISRUPTED
    if Cue.AIR in cues:
        return "Air/drone strike", "cue:air", 0.85, Cue.AIR
    if Cue.SHELLING in cues:
        if cues & {Cue.CLASH, Cue.SHOOTING}:
            # ACLED: artillery fired in an exchange, or alongside small arms, is a battle, not a shelling.
            return (
                "Armed clash",
                "cue:artillery+exchange-or-small-arms",
                0.8,
                Cue.CLASH if Cue.CLASH in cues else Cue.SHOOTING,
            )
        return "Shelling/artillery/missile attack", "cue:artillery", 0.85, Cue.SHELLING
    if Cue.GRENADE in cues:
        return "Grenade", "cue:grenade", 0.85, Cue.GRENADE
    if Cue.EXPLOSIVE in cues:
        return "Remote explosive/landmine/IED", "cue:explosive", 0.85, Cue.EXPLOSIVE
    if Cue.MOB in cues:
        return "Mob violence", "cue:mob", 0.75, Cue.MOB
    if Cue.SEXUAL in cues:
        return "Sexual violence", "cue:sexual-violence", 0.8, Cue.SEXUAL
    if Cue.ABDUCTION in cues:
        return "Abduction/forced disappearance", "cue:abduction", 0.8, Cue.ABDUCTION
    if Cue.TERRITORY_TAKEN in cues:
        if state_agent:
            return "Government regains territory", "cue:territory+state-agent", 0.75, Cue.TERRITORY_TAKEN
        return "Non-state actor overtakes territory", "cue:territory+non-state-agent", 0.7, Cue.TERRITORY_TAKEN
    if Cue.TERRITORY_HANDED in cues and not (cues & {Cue.CLASH, Cue.KILLING}):
        return "Non-violent transfer of territory", "cue:withdrawal", 0.7, Cue.TERRITORY_HANDED
    violent = cues.intersection(_VIOLENT_CUES)
    if violent:
        violent_cue = next(cue for cue in _VIOLENT_CUES if cue in violent)
        if who.agent_category in _CROWDS and Cue.SHOOTING not in cues:
            # Residents, villagers, a crowd: violence by people who are no armed group is mob violence.
            return "Mob violence", "cue:violence-by-a-crowd", 0.7, violent_cue
        if Cue.CLASH in cues or armed_patient:
            return "Armed clash", "cue:clash", 0.75, violent_cue
        if who.civilian_victims or who.patient_category == "civilians" or Cue.KILLING in cues or who.named_victim:
            return "Attack", "cue:violence+civilian-victims", 0.75, violent_cue
        return "Armed clash", "cue:attack", 0.55, violent_cue
    if Cue.ARREST in cues:
        return "Arrests", "cue:arrest", 0.65, Cue.ARREST
    if cues & {Cue.LOOTING, Cue.ARSON, Cue.VANDALISM}:
        return (
            "Looting/property destruction",
            "cue:looting",
            0.65,
            next(c for c in (Cue.LOOTING, Cue.ARSON, Cue.VANDALISM) if c in cues),
        )
    if Cue.AGREEMENT in cues:
        return "Agreement", "cue:agreement", 0.6, Cue.AGREEMENT
    if Cue.HEADQUARTERS in cues:
        return "Headquarters or base established", "cue:base-established", 0.55, Cue.HEADQUARTERS
    if Cue.OPERATION in cues:
        return "Other", "cue:operation", 0.55, Cue.OPERATION
    if Cue.GROUP_CHANGE in cues:
        return "Change to group/activity", "cue:group-change", 0.45, Cue.GROUP_CHANGE
    return None


def classify(cues: set[Cue], who: Participants) -> Classification | None:
    decided = _sub_event_type(cues, who)
    if decided is None:
        return None
    sub_event_type, rule, strength, cue = decided
    weapon = weapon_type(cues, sub_event_type)
    attack = attack_type(cues, sub_event_type, weapon, who)
    if attack is None:
        weapon = None
    return Classification(
        sub_event_type=sub_event_type,
        event_type=ACLED_EVENT_TYPE_OF[sub_event_type],
        attack_type=attack,
        weapon_type=weapon,
        rule=rule,
        cue=cue,
        strength=strength,
    )

"""Decides the ACLED sub-event type and the GTD attack and weapon types of one event sentence.

The order of the rules is the order of ACLED's own precedence: the weapon that makes an event
distinctive (chemical, suicide, air, artillery, explosive) outranks what it did, and violence outranks
the demonstration around it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventlens.extract.cues import Cue, find_cues
from eventlens.extract.gtd_types import gtd_attack_and_weapon
from eventlens.extract.who import Participants
from eventlens.types import EventMention, Span
from eventlens.types.vocab import ACLED_EVENT_TYPE_OF

ARMED = {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_other"}
STATE = {"state_forces"}
_NON_STATE_ARMED = ARMED - STATE


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
_VIOLENT_CUES = (
    Cue.CLASH,
    Cue.AMBUSH,
    Cue.ATTACK,
    Cue.SHOOTING,
    Cue.MELEE,
    Cue.ASSASSINATION,
    Cue.KILLING,
    Cue.CROWD_VIOLENCE,
    # A car driven into people is an attack on them even when no other weapon is named.
    Cue.VEHICLE_RAMMING,
)
# Harm done to property: a railway wrecked on purpose (sabotage) is damage like fire or looting.
_DAMAGE = (Cue.LOOTING, Cue.ARSON, Cue.VANDALISM, Cue.SABOTAGE)
_RIOTOUS = frozenset({Cue.RIOT, Cue.CLASH, Cue.ARSON, Cue.VANDALISM})
_DISTINCTIVE_WEAPONS = frozenset({Cue.AIR, Cue.SHELLING, Cue.EXPLOSIVE, Cue.CLASH})

Decision = tuple[str, str, float, Cue]  # (sub-event type, rule, strength, the cue that decided it)


def _crowd_set_upon_the_forces(cues: set[Cue], who: Participants) -> bool:
    """ "Police officers were attacked at the road block", "some of the demonstrators attacked the agents with
    machetes": a demonstration whose people attacked the police or soldiers facing it turned violent (ACLED)."""
    return bool(cues & {Cue.ATTACK, Cue.MELEE}) and who.armed_victims and who.agent_category not in ARMED


def _demonstration(cues: set[Cue], who: Participants) -> Decision | None:
    """Protests and riots. ACLED: a demonstration that turns violent is a violent demonstration; violence by a
    crowd with no demonstration or stated demand behind it is mob violence."""
    # A crowd dispersed while it made a demand protested, whatever the report called the gathering.
    demonstrating = Cue.PROTEST in cues or {Cue.DEMAND, Cue.PROTEST_INTERVENTION} <= cues
    if demonstrating and Cue.PROTEST_FORCE in cues:
        return "Excessive force against protesters", "cue:protest+lethal-force", 0.85, Cue.PROTEST
    if Cue.RIOT in cues and Cue.MOB not in cues:
        if demonstrating or Cue.DEMAND in cues:
            return "Violent demonstration", "cue:riot", 0.8, Cue.RIOT
        return "Mob violence", "cue:riot-without-demonstration", 0.75, Cue.RIOT
    if not demonstrating:
        return None
    if cues & _RIOTOUS or _crowd_set_upon_the_forces(cues, who):
        return "Violent demonstration", "cue:protest+violence", 0.8, Cue.PROTEST
    if Cue.PROTEST_INTERVENTION in cues:
        return "Protest with intervention", "cue:protest+intervention", 0.8, Cue.PROTEST
    if not cues & _DISTINCTIVE_WEAPONS:
        return "Peaceful protest", "cue:protest", 0.75, Cue.PROTEST
    return None


def _remote_violence(cues: set[Cue], who: Participants) -> Decision | None:
    """Explosions/Remote violence by the weapon, most distinctive first."""
    if (
        Cue.DISRUPTED in cues
        and not who.casualties
        and not cues & {Cue.CLASH, Cue.SMALL_ARMS}
        and not _raided(cues, who)
    ):
        # A suicide attack foiled is no suicide bombing; weapons seized in the course of a fight are the fight.
        return "Disrupted weapons use", "cue:defused-or-intercepted", 0.8, Cue.DISRUPTED
    if Cue.CHEMICAL in cues:
        return "Chemical weapon", "cue:chemical", 0.9, Cue.CHEMICAL
    if Cue.SUICIDE in cues:
        if Cue.BOMBERS_KILLED in cues:
            # ACLED: forces who kill suicide bombers on their way fight them; whatever blew up, it was a battle.
            return "Armed clash", "cue:suicide-bombers-killed", 0.75, Cue.BOMBERS_KILLED
        return "Suicide bomb", "cue:suicide", 0.9, Cue.SUICIDE
    if Cue.MISFIRE in cues:
        return "Disrupted weapons use", "cue:premature-detonation", 0.8, Cue.MISFIRE
    if Cue.WAR_REMNANT in cues and not cues & {Cue.AIR, Cue.CLASH, Cue.ATTACK, Cue.SHOOTING}:
        return "Other", "cue:war-remnant-exploded", 0.6, Cue.WAR_REMNANT
    if Cue.AIR in cues:
        if Cue.FIRE_SUPPORT in cues:
            # ACLED: air strikes in support of a ground battle are part of the battle.
            return "Armed clash", "cue:air-support-of-ground-fighting", 0.8, Cue.FIRE_SUPPORT
        return "Air/drone strike", "cue:air", 0.85, Cue.AIR
    if Cue.SHELLING in cues:
        if cues & {Cue.CLASH, Cue.SMALL_ARMS, Cue.FIRE_SUPPORT}:
            # ACLED: artillery fired in an exchange, alongside small-arms fire or in support of a ground fight, is
            # a battle, not a shelling.
            fight = next(c for c in (Cue.CLASH, Cue.SMALL_ARMS, Cue.FIRE_SUPPORT) if c in cues)
            return "Armed clash", "cue:artillery+exchange-or-small-arms", 0.8, fight
        return "Shelling/artillery/missile attack", "cue:artillery", 0.85, Cue.SHELLING
    if _guns_with_explosives(cues) and who.agent_category not in STATE and (ground_fight := _violence(cues, who)):
        # ACLED: grenades or explosives used alongside gunfire ("attacked the patrol with grenades and firearms")
        # are one ground fight, typed by who was hit: a battle against armed men, an attack on civilians.
        return ground_fight
    if Cue.GRENADE in cues:
        return "Grenade", "cue:grenade", 0.85, Cue.GRENADE
    if Cue.EXPLOSIVE in cues:
        return "Remote explosive/landmine/IED", "cue:explosive", 0.85, Cue.EXPLOSIVE
    return None


def _raided(cues: set[Cue], who: Participants) -> bool:
    """ "Gunmen raided the group's headquarters and seized weapons": arms an armed group carries off in its attack are
    its loot, no weapons use the authorities disrupted."""
    return Cue.ATTACK in cues and who.agent_category in _NON_STATE_ARMED


def _guns_with_explosives(cues: set[Cue]) -> bool:
    """Grenades or a bomb with small-arms fire, and no car bomb: a bomb driven to its target stays the bombing.
    Troops who open fire on bombers and set off their bomb foil the bombing: the caller checks who fired."""
    return bool(cues & {Cue.GRENADE, Cue.EXPLOSIVE}) and Cue.SMALL_ARMS in cues and Cue.VEHICLE_BOMB not in cues


def _violence(cues: set[Cue], who: Participants) -> Decision | None:
    """Battles, violence against civilians and mob violence, by who fought whom."""
    violent = cues.intersection(_VIOLENT_CUES)
    if not violent:
        return None
    violent_cue = next(cue for cue in _VIOLENT_CUES if cue in violent)
    if _by_a_crowd(cues, who):
        # Residents, villagers, two groups of people: violence by people who are no armed group is mob violence.
        return "Mob violence", "cue:violence-by-a-crowd", 0.7, violent_cue
    civilian_target = who.civilian_victims or who.patient_category == "civilians"
    if _civilians_hit_by_name_confusion(cues, who):
        # "Armed men in police uniforms shot dead three men": a force named only to describe the attackers is
        # no side that was hit when the people hit are civilians and no armed person was.
        return "Attack", "cue:violence+civilian-victims", 0.7, violent_cue
    if (
        who.patient_category in ARMED
        or who.armed_victims
        or Cue.CLASH in cues
        or (Cue.AMBUSH in cues and not civilian_target)
    ):
        return "Armed clash", "cue:clash", 0.75, violent_cue
    if civilian_target or Cue.KILLING in cues or who.named_victim:
        return "Attack", "cue:violence+civilian-victims", 0.75, violent_cue
    if cues & {Cue.RAID_ON_CIVILIANS, Cue.FIRED_ON_CIVILIAN_PROPERTY} and who.agent_category not in STATE:
        # ACLED: an armed group attacking a village, homes or travellers, or shooting at a house or a car, attacks
        # civilians; the state's raids on houses are mostly operations against suspects, left to the default.
        return "Attack", "cue:raid-on-civilians", 0.6, violent_cue
    return "Armed clash", "cue:attack", 0.55, violent_cue


def _by_a_crowd(cues: set[Cue], who: Participants) -> bool:
    """Violence done by a crowd, not an armed group. Firearms make it an armed group's, unless the parse found the
    crowd itself acting ("residents attacked the police after gunmen killed two children"). A crowd on one side
    of a fight without firearms riots even against an armed side (ACLED: rioters against police, or against a
    party's militia)."""
    firearms = bool(cues & {Cue.SHOOTING, Cue.SMALL_ARMS})
    if who.agent_category in _CROWDS and Cue.CROWD_VIOLENCE in cues:
        return True
    if Cue.CLASH in cues and not firearms and _fought_as_a_crowd(cues):
        return True
    if Cue.CROWD_VIOLENCE not in cues and who.agent_category not in _CROWDS:
        return False
    if who.agent_category in ARMED:
        return Cue.CLASH in cues and not firearms
    return not firearms


def _fought_as_a_crowd(cues: set[Cue]) -> bool:
    """ACLED: sides that fight with machetes, knives, sticks or stones, or that the police disperse and nobody is
    killed ("they clashed with police who tried to disperse them"), riot; armed groups trade fire."""
    return bool(cues & {Cue.MELEE, Cue.BLUNT_FORCE}) or (Cue.PROTEST_INTERVENTION in cues and Cue.KILLING not in cues)


def _civilians_hit_by_name_confusion(cues: set[Cue], who: Participants) -> bool:
    return (
        who.civilian_victims
        and not who.armed_victims
        and who.patient_category in ARMED
        and who.agent_category not in ARMED
        and Cue.CLASH not in cues
    )


def _property_destruction(cues: set[Cue], who: Participants) -> Decision | None:
    """An attack on buildings or goods (an arson attack, a raid to loot) that hurt nobody: ACLED's looting/property
    destruction, not an attack on people."""
    damage = next((c for c in _DAMAGE if c in cues), None)
    people_attacked = who.casualties or who.civilian_victims or who.patient_category is not None
    if damage is None or people_attacked or cues.intersection(_VIOLENT_CUES) - {Cue.ATTACK}:
        return None
    if Cue.ATTACK in cues and who.agent_category in ARMED:
        # ACLED: an armed group attacking a village, a home or an office, burning or looting it, attacks civilians.
        return "Attack", "cue:armed-attack-on-property", 0.7, Cue.ATTACK
    return "Looting/property destruction", "cue:attack-on-property", 0.7, damage


def _displacement(cues: set[Cue], who: Participants) -> Decision | None:
    """People who fled fighting, with nobody hurt in the sentence: ACLED records the displacement as "Other"."""
    if Cue.DISPLACEMENT in cues and not who.casualties and not cues.intersection(_VIOLENT_CUES) - {Cue.CLASH}:
        return "Other", "cue:displacement", 0.6, Cue.DISPLACEMENT
    return None


def _territory(cues: set[Cue], who: Participants) -> Decision | None:
    if Cue.TERRITORY_TAKEN in cues and Cue.UNCONTESTED in cues and not (cues & {Cue.CLASH, Cue.KILLING}):
        return "Non-violent transfer of territory", "cue:territory-taken-without-a-fight", 0.75, Cue.TERRITORY_TAKEN
    if Cue.TERRITORY_TAKEN in cues:
        if who.agent_category in STATE:
            return "Government regains territory", "cue:territory+state-agent", 0.75, Cue.TERRITORY_TAKEN
        return "Non-state actor overtakes territory", "cue:territory+non-state-agent", 0.7, Cue.TERRITORY_TAKEN
    if Cue.TERRITORY_HANDED in cues and not (cues & {Cue.CLASH, Cue.KILLING}):
        return "Non-violent transfer of territory", "cue:withdrawal", 0.7, Cue.TERRITORY_HANDED
    return None


def _strategic_development(cues: set[Cue], who: Participants) -> Decision | None:
    if Cue.AID_HANDOUT in cues and _NON_STATE_ARMED & {who.agent_category, who.patient_category}:
        # A cartel or militia handing out food courts the people it controls: ACLED's change to group/activity. Its
        # name may be parsed as an object ("a video showing members of the cartel delivering food").
        return "Change to group/activity", "cue:armed-group-hands-out-aid", 0.5, Cue.AID_HANDOUT
    if Cue.SEIZURE in cues:
        return "Looting/property destruction", "cue:goods-seized", 0.6, Cue.SEIZURE
    if Cue.ARREST in cues:
        if who.agent_category in _NON_STATE_ARMED:
            # ACLED: only a state arrests; people a rebel group or militia "arrests" are abducted.
            return "Abduction/forced disappearance", "cue:arrest-by-non-state-group", 0.65, Cue.ARREST
        return "Arrests", "cue:arrest", 0.65, Cue.ARREST
    if damage := next((c for c in _DAMAGE if c in cues), None):
        return "Looting/property destruction", "cue:looting", 0.65, damage
    if Cue.AGREEMENT in cues:
        return "Agreement", "cue:agreement", 0.6, Cue.AGREEMENT
    if Cue.HEADQUARTERS in cues:
        return "Headquarters or base established", "cue:base-established", 0.55, Cue.HEADQUARTERS
    if Cue.OPERATION in cues:
        return "Other", "cue:operation", 0.55, Cue.OPERATION
    if Cue.RELEASE in cues:
        return "Other", "cue:prisoners-released", 0.45, Cue.RELEASE
    if Cue.WARNING_SHOTS in cues:
        return "Other", "cue:warning-shots", 0.45, Cue.WARNING_SHOTS
    if Cue.GROUP_CHANGE in cues:
        return "Change to group/activity", "cue:group-change", 0.45, Cue.GROUP_CHANGE
    return None


def _sub_event_type(cues: set[Cue], who: Participants) -> Decision | None:
    """ACLED's precedence: chemical and suicide attacks and weapons disrupted before use first, then
    demonstrations (violence outranks the demonstration around it), the weapon, violence by who fought whom,
    territory, and strategic developments."""
    remote = _remote_violence(cues, who)
    if remote and cues & {Cue.CHEMICAL, Cue.SUICIDE, Cue.DISRUPTED}:
        return remote
    if decided := _demonstration(cues, who) or remote:
        return decided
    if Cue.CUSTODY_ABUSE in cues:
        # ACLED: a captive beaten or tortured, whoever holds them and whatever side they were on, is attacked.
        return "Attack", "cue:abuse-in-custody", 0.75, Cue.CUSTODY_ABUSE
    if Cue.MOB in cues:
        return "Mob violence", "cue:mob", 0.75, Cue.MOB
    if Cue.SEXUAL in cues:
        return "Sexual violence", "cue:sexual-violence", 0.8, Cue.SEXUAL
    if Cue.HIJACKING in cues and Cue.CLASH not in cues:
        # A bus, a ship or a plane seized with the people aboard: they are held by force (ACLED's abduction).
        return "Abduction/forced disappearance", "cue:hijacking", 0.8, Cue.HIJACKING
    if Cue.ABDUCTION in cues:
        if Cue.CLASH in cues or who.armed_victims:
            # ACLED: fighters captured or carried off in a battle are part of the battle, not a disappearance.
            # The trigger is the fighting's word when the sentence has one, else the abduction's own.
            return "Armed clash", "cue:abduction-in-battle", 0.75, Cue.CLASH if Cue.CLASH in cues else Cue.ABDUCTION
        return "Abduction/forced disappearance", "cue:abduction", 0.8, Cue.ABDUCTION
    return (
        _territory(cues, who)
        or _property_destruction(cues, who)
        or _displacement(cues, who)
        or _violence(cues, who)
        or _strategic_development(cues, who)
    )


_PEACEFUL_PROTEST = frozenset({"Peaceful protest", "Protest with intervention"})
# Remote violence answered with fire ("soldiers returned fire") is a battle (ACLED); clashes elsewhere in the
# report are not an answer.
_FOUGHT_BACK = frozenset({"Shelling/artillery/missile attack", "Grenade", "Remote explosive/landmine/IED"})
_FIRE_RETURNED = re.compile(
    r"\b(?:returned fire|fired back|respond(?:ed|ing) with|reacted with|retaliated with|in response|"
    r"exchang(?:ed|ing) fire|exchanges? of fire|ensuing (?:clash|clashes|gunfight|firefight|fighting)|"
    r"respond(?:ed|ing) to (?:\S+ ){0,3}(?:fire|shelling|attack)|"
    # Monitors who count fire "in both directions" across a front line saw an exchange.
    r"(?:fire|firing|shelling|shots|projectiles|explosions|bursts)\b(?:\S* ){0,5}in both directions)\b",
    re.IGNORECASE,
)
# Air defences that fired on the strike ("the missiles were intercepted by air defences"): the attacking air force and
# the defenders exchanged fire, a battle (ACLED).
_AIR_DEFENCE = re.compile(
    r"\b(?:air[- ]defen[cs]es?|anti-aircraft (?:fire|guns?|missiles?|batteries))\b", re.IGNORECASE
)
# "The victim was armed", "the victim had charges for drug trafficking": ACLED counts a gang's armed men and its
# traffickers as an armed side, so their shooting is a clash between gangs, not an attack on a civilian.
_VICTIM_OF_A_GANG = re.compile(
    r"\b(?:victims?|deceased|dead man)\b(?: (?:was|were|had been) (?:also )?armed\b|(?:\s+\S+){0,8}?\s+(?:drug[- ]"
    r"(?:traffick\w*|deal\w*)|gang members?|members? of (?:a|the) (?:\S+ )?(?:gang|cartel)))",
    re.IGNORECASE,
)
# "Troops repelled the assault", "the attack was repulsed": an attack told, then fought off, is a battle (ACLED).
_ATTACK_REPELLED = re.compile(
    r"\b(?:(?:repelled|repulsed|foiled|thwarted|fended off|fought off|beat back|pushed back) (?:the|this|that) "
    r"(?:\w+ )?(?:attack|assault|raid|attackers|assailants|gunmen|militants|raiders)|(?:attack|assault|raid)s? "
    r"(?:was|were) (?:\w+ )?(?:repelled|repulsed|foiled|thwarted|fought off|beaten back|pushed back))\b",
    re.IGNORECASE,
)
# "No one was arrested", "did not intervene": a sentence saying something did not happen escalates nothing.
_NEGATED = re.compile(
    r"\b(?:no|not|never|without|nobody|none|n't)\b(?:\W+\w+){0,3}?\W+(?:arrest|detain|dispers|interven|clash|"
    r"violen|tear|shot|shoot|fir|fight|demonstrat|protest|demand)",
    re.IGNORECASE,
)


def escalation(previous_sub_event_type: str | None, text: str) -> tuple[str, str] | None:
    """(sub-event type, rule) that a later sentence of the report gives the event it tells more of: ACLED types
    the whole event. Police dispersing a protest make it a protest with intervention, demonstrators burning
    tyres a violent demonstration, clashes or small-arms fire around a shelling a battle. A sentence about
    what the crowd demands ("the release of those arrested") changes nothing."""
    if _NEGATED.search(text):
        return None
    cues = find_cues(text)
    if previous_sub_event_type in _PEACEFUL_PROTEST:
        if Cue.PROTEST_FORCE in cues:
            return "Excessive force against protesters", "cue:follow-up:lethal-force"
        if cues & _RIOTOUS:
            return "Violent demonstration", "cue:follow-up:demonstrators-turned-violent"
        intervention = Cue.PROTEST_INTERVENTION in cues and Cue.DEMAND not in cues
        if previous_sub_event_type == "Peaceful protest" and intervention:
            return "Protest with intervention", "cue:follow-up:protest-dispersed-or-arrested"
    if previous_sub_event_type == "Mob violence" and cues & {Cue.PROTEST, Cue.DEMAND}:
        return "Violent demonstration", "cue:follow-up:violence-of-a-demonstration"
    if previous_sub_event_type in _FOUGHT_BACK and _FIRE_RETURNED.search(text):
        return "Armed clash", "cue:follow-up:exchange-of-fire"
    if previous_sub_event_type in _FOUGHT_BACK and Cue.SMALL_ARMS in cues and Cue.KILLING not in cues:
        # ACLED: shelling or a blast that small-arms fire goes with ("monitors also counted shots from small arms",
        # "gunfire followed the blast") is one battle. Gunfire that killed someone is told as its own killing
        # ("a child was killed by a sniper's gunfire"), maybe of a civilian: no exchange.
        return "Armed clash", "cue:follow-up:small-arms-alongside"
    if previous_sub_event_type == "Air/drone strike" and _AIR_DEFENCE.search(text):
        return "Armed clash", "cue:follow-up:air-defence-fired"
    if previous_sub_event_type == "Attack" and _ATTACK_REPELLED.search(text):
        return "Armed clash", "cue:follow-up:attack-repelled"
    if previous_sub_event_type == "Attack" and _VICTIM_OF_A_GANG.search(text):
        return "Armed clash", "cue:follow-up:victim-armed-or-a-trafficker"
    return None


def escalate(mention: EventMention, text: str, evidence: Span, document_text: str) -> bool:
    """Retypes `mention` when the later sentence `text` (at `evidence`) escalates it; True when it did. Only a
    sentence of the same paragraph does: a later paragraph of a long report tells of other fighting."""
    if "\n" in document_text[mention.sentence.end : evidence.start]:
        return False
    escalated = escalation(mention.sub_event_type, text)
    if escalated is None:
        return False
    mention.sub_event_type, rule = escalated
    mention.event_type = ACLED_EVENT_TYPE_OF[mention.sub_event_type]
    mention.provenance["event_type"] = mention.provenance["sub_event_type"] = f"rule:{rule}"
    mention.evidence.append(evidence)
    return True


def classify(cues: set[Cue], who: Participants) -> Classification | None:
    decided = _sub_event_type(cues, who)
    if decided is None:
        return None
    sub_event_type, rule, strength, cue = decided
    attack, weapon = gtd_attack_and_weapon(cues, sub_event_type, who)
    return Classification(
        sub_event_type=sub_event_type,
        event_type=ACLED_EVENT_TYPE_OF[sub_event_type],
        attack_type=attack,
        weapon_type=weapon,
        rule=rule,
        cue=cue,
        strength=strength,
    )

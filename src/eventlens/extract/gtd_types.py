"""GTD attack and weapon types, decided from the cues and the ACLED sub-type already chosen.

GTD codes the tactic (attack type) and the means (weapon type) separately. When several tactics apply, its
codebook takes the highest of Assassination > Hijacking > Kidnapping > Barricade incident > Bombing/Explosion >
Armed Assault > Unarmed Assault > Facility/Infrastructure Attack > Unknown; `attack_type` asks in that order.
The weapon is what the sentence names; when it names none, the one the tactic is carried out with."""

from __future__ import annotations

import re

from eventlens.extract.cues import CUE_PATTERNS, Cue
from eventlens.extract.gtd_cues import PROMINENT_ROLE
from eventlens.extract.who import Participants
from eventlens.types.vocab import GTD_VEHICLE_WEAPON

VEHICLE = GTD_VEHICLE_WEAPON

_EXPLOSIVE_SUB_TYPES = frozenset(
    {"Suicide bomb", "Remote explosive/landmine/IED", "Grenade", "Shelling/artillery/missile attack"}
)

# Sub-types that are no attack at all: GTD has no record for them.
_NOT_ATTACKS = frozenset(
    {"Peaceful protest", "Protest with intervention", "Agreement", "Arrests", "Change to group/activity",
     "Headquarters or base established", "Non-violent transfer of territory", "Other"}
)  # fmt: skip

# Weapons that do not pick out one person: a named victim of shelling is not an assassination target.
_NOT_AIMED_AT_ONE_PERSON = frozenset(
    {"Air/drone strike", "Shelling/artillery/missile attack", "Abduction/forced disappearance", "Sexual violence"}
)

# The weapon a tactic is carried out with when the report does not say: kidnappers, hijackers, hostage
# takers and armed assailants act at gunpoint (GTD's most frequent coding for each by far). An assassination
# is as often a bomb, a knife or a blow as a gun: unnamed, its weapon is unknown.
_USUAL_WEAPON: dict[str, str] = {
    "Hijacking": "Firearms",
    "Hostage Taking (Kidnapping)": "Firearms",
    "Hostage Taking (Barricade Incident)": "Firearms",
    "Bombing/Explosion": "Explosives",
    "Armed Assault": "Firearms",
}


def gtd_attack_and_weapon(cues: set[Cue], sub_event_type: str, who: Participants) -> tuple[str | None, str | None]:
    """(attack type, weapon type); both None when the event is no attack GTD would record."""
    named_weapon = weapon_named(cues, sub_event_type)
    attack = attack_type(cues, sub_event_type, named_weapon, who)
    if attack is None:
        return None, None
    if attack in {"Bombing/Explosion", "Armed Assault"} and _guns_and_grenades(cues):
        # GTD: explosives used alongside firearms still make an armed assault; the explosive is the weapon recorded.
        return "Armed Assault", "Explosives"
    return attack, named_weapon or _USUAL_WEAPON.get(attack, "Unknown")


def _guns_and_grenades(cues: set[Cue]) -> bool:
    """Guns with grenades, RPGs or mortars, and no bomb or blast: an assault, not a bombing."""
    return Cue.GUNS in cues and Cue.THROWN_OR_FIRED_EXPLOSIVES in cues and not cues & {Cue.EXPLOSIVE, Cue.SUICIDE}


def weapon_named(cues: set[Cue], sub_event_type: str) -> str | None:
    """The weapon the sentence names (through its cues or the ACLED sub-type), None when it names none."""
    if sub_event_type == "Chemical weapon" or cues & {Cue.CHEMICAL, Cue.POISON}:
        return "Chemical"
    if sub_event_type == "Air/drone strike":
        return _air_weapon(cues)
    if Cue.FIREBOMB in cues and not cues & {Cue.GRENADE, Cue.SUICIDE, Cue.THROWN_OR_FIRED_EXPLOSIVES}:
        # A petrol bomb or a Molotov cocktail burns: GTD's incendiary weapon, whatever ACLED calls the throwing.
        return "Incendiary"
    if sub_event_type in _EXPLOSIVE_SUB_TYPES or cues & {Cue.EXPLOSIVE, Cue.GRENADE}:
        return "Explosives"
    if sub_event_type == "Disrupted weapons use" and cues & {Cue.SHELLING, Cue.DRONE, Cue.AIR}:
        # A rocket, missile or drone shot down: the explosive it carried is the weapon of the attack that failed.
        return "Explosives"
    if cues & {Cue.SHOOTING, Cue.SMALL_ARMS} and not _only_the_attacker_shot(cues):
        return "Firearms"
    if Cue.ARSON in cues:
        return "Incendiary"
    if cues & {Cue.MELEE, Cue.BLUNT_FORCE, Cue.BLADE}:
        return "Melee"
    if Cue.VEHICLE_RAMMING in cues:
        return VEHICLE
    if Cue.SABOTAGE in cues:
        return "Sabotage Equipment"
    if Cue.AMBUSH_SPRUNG in cues:
        # "Militants ambushed a convoy": news tells an ambush with no other weapon as one sprung with guns.
        return "Firearms"
    return None


def _only_the_attacker_shot(cues: set[Cue]) -> bool:
    """ "A soldier shot dead the assailant who tried to stab him": the gunfire stopped an attack by other means."""
    return Cue.ATTACKER_SHOT in cues and bool(cues & {Cue.MELEE, Cue.BLADE, Cue.BLUNT_FORCE, Cue.VEHICLE_RAMMING})


def _air_weapon(cues: set[Cue]) -> str:
    """Gunmen firing at an air base or a helicopter are no air strike: the guns are the weapon."""
    if cues & {Cue.SHOOTING, Cue.SMALL_ARMS} and not cues & {Cue.DRONE, Cue.EXPLOSIVE, Cue.SHELLING}:
        return "Firearms"
    return "Explosives"


def attack_type(cues: set[Cue], sub_event_type: str, weapon: str | None, who: Participants) -> str | None:
    """GTD's attack type, by its hierarchy; `weapon` is what `weapon_named` found (None when nothing)."""
    if sub_event_type in _NOT_ATTACKS:
        return None
    if Cue.PROMINENT_TARGET in cues and sub_event_type != "Abduction/forced disappearance":
        # A governor's convoy, a judge's house: even a bomb or a foiled bomb aimed at one prominent person
        # is an assassination attempt, which GTD ranks above the bombing.
        return "Assassination"
    if sub_event_type == "Disrupted weapons use":
        # GTD codes a defused bomb or a downed explosive drone as the bombing it was meant to be.
        return "Bombing/Explosion" if weapon == "Explosives" else None
    if Cue.ASSASSINATION in cues or _named_person_singled_out(cues, sub_event_type, who):
        return "Assassination"
    if Cue.HIJACKING in cues:
        return "Hijacking"
    if _takes_hostages(cues, sub_event_type):
        return "Hostage Taking (Barricade Incident)" if Cue.BARRICADE in cues else "Hostage Taking (Kidnapping)"
    if sub_event_type == "Air/drone strike":
        return _air_attack(cues, weapon, who)
    if weapon == "Explosives":
        aimed = Cue.PROMINENT_VICTIM in cues and Cue.OFFICER_AMONG_THE_TROOPS not in cues
        return "Assassination" if aimed else "Bombing/Explosion"
    if weapon == "Incendiary" and Cue.FIREBOMB_AT_FORCES in cues:
        # A firebomb thrown at police or soldiers or the post they man is aimed at the people: an armed assault.
        return "Armed Assault"
    if Cue.INFRASTRUCTURE in cues and weapon in {None, "Incendiary", "Sabotage Equipment"}:
        # GTD: an attack whose aim is to damage a power line, a pipeline or a railway, not to hurt people.
        return "Facility/Infrastructure Attack"
    if weapon in {"Chemical", VEHICLE} or Cue.BLUNT_FORCE in cues:
        # GTD: harm by anything but explosives, firearms, fire or blades, chemicals included, is unarmed.
        return "Unarmed Assault"
    if (sub_event_type == "Looting/property destruction" or Cue.ARSON in cues) and not who.casualties:
        # Property burnt or wrecked with nobody hurt; fire that kills or wounds is an armed assault.
        return "Facility/Infrastructure Attack"
    if weapon in {"Firearms", "Melee", "Incendiary"} or _assault_on_civilians(cues, who):
        return "Armed Assault"
    if sub_event_type == "Sexual violence":
        return "Unarmed Assault"
    return "Unknown"


# What was done to the person: a bare "attacked X" names a place the tagger took for a person as often as a person.
_HARM_TO_A_PERSON = frozenset(
    {Cue.SHOOTING, Cue.SMALL_ARMS, Cue.KILLING, Cue.MELEE, Cue.BLADE, Cue.EXPLOSIVE, Cue.GRENADE, Cue.ARSON}
)


def _named_person_singled_out(cues: set[Cue], sub_event_type: str, who: Participants) -> bool:
    """A person named as the one shot, stabbed or bombed, who is no farmer, driver or soldier: GTD's assassination
    of a specific person. A named captive is a kidnapping's target, and shelling picks out nobody."""
    return (
        who.named_victim
        and sub_event_type not in _NOT_AIMED_AT_ONE_PERSON
        and Cue.ABDUCTION not in cues
        and Cue.ORDINARY_PERSON not in cues
        and bool(cues & _HARM_TO_A_PERSON)
    )


def _takes_hostages(cues: set[Cue], sub_event_type: str) -> bool:
    """The abduction itself decides, not only ACLED's sub-type: ACLED codes fighters carried off in a battle as
    the battle, GTD as a kidnapping. A beheading is the killing of people held captive, which GTD codes as
    the hostage taking it ends."""
    return (
        sub_event_type == "Abduction/forced disappearance"
        # Women carried off and raped: ACLED types the sexual violence, GTD ranks the kidnapping above the assault.
        or (Cue.ABDUCTION in cues and sub_event_type in {"Armed clash", "Sexual violence"})
        or Cue.BEHEADING in cues
    )


def _air_attack(cues: set[Cue], weapon: str | None, who: Participants) -> str:
    """Armed groups' drones and rockets are bombings; warplanes and air strikes are states' and GTD has no
    tactic for them."""
    if weapon == "Firearms":
        return "Armed Assault"
    if cues & {Cue.DRONE, Cue.SHELLING} and who.agent_category != "state_forces":
        return "Bombing/Explosion"
    return "Unknown"


def _assault_on_civilians(cues: set[Cue], who: Participants) -> bool:
    """Assailants who fall on villagers, travellers, a village or homes, or on someone they name: GTD's armed
    assault even when the report does not name the weapon. An attack on soldiers or a post without a weapon
    stays unknown, and so does a vague "attack" that killed people the sentence does not call civilians."""
    return (
        who.civilian_victims
        or who.patient_category == "civilians"
        or Cue.RAID_ON_CIVILIANS in cues
        or (who.place_attacked and not who.armed_victims)
        or (who.named_victim and not who.armed_victims)
    )


def tactic_given_victims(attack: str | None, weapon: str | None, victims: str | None) -> tuple[str, str] | None:
    """A later sentence counts the dead or wounded of an attack ("At least 20 villagers were killed in the
    attack"). Assailants falling on civilians is GTD's armed assault, at gunpoint unless said otherwise; fire
    set to a building that kills or wounds is one too (GTD ranks armed assault above a facility attack).
    `victims` is the event's target type, else the one the casualties' words name (an attack on a post whose
    toll counts "people" stays unknown). None: no change."""
    if attack == "Unknown" and victims == "Private Citizens & Property":
        return "Armed Assault", weapon if weapon not in {None, "Unknown"} else "Firearms"
    if attack == "Facility/Infrastructure Attack" and weapon in {"Incendiary", "Firearms"}:
        return "Armed Assault", weapon
    return None


# Tactics whose toll can show who they were aimed at: a bomb that killed a governor was meant for him.
_AIMED_BY_ITS_TOLL = frozenset({"Bombing/Explosion"})


def tactic_given_prominent_victim(
    attack: str | None, weapon: str | None, text: str, sub_event_type: str | None = None
) -> tuple[str, str] | None:
    """A later sentence counts a prominent person among the victims ("the deputy head of the provincial council
    was killed in the blast"): the bombing was an attempt on that person, GTD's assassination. Not when shells or
    an air strike hit them (aimed at nobody in particular), nor when the person is an officer counted among the
    troops hit ("four soldiers, including a commander"): one of the force attacked. None: no change."""
    if attack not in _AIMED_BY_ITS_TOLL or not weapon or sub_event_type in _NOT_AIMED_AT_ONE_PERSON:
        return None
    if CUE_PATTERNS[Cue.PROMINENT_VICTIM].search(text) and not CUE_PATTERNS[Cue.OFFICER_AMONG_THE_TROOPS].search(text):
        return "Assassination", weapon
    return None


def tactic_given_fire_set(attack: str | None, anyone_hurt: bool) -> tuple[str, str] | None:
    """A later sentence tells of fire set in an attack whose means the report did not name ("... and the station
    was set on fire"): with people killed or wounded, GTD's armed assault (ranked above a facility attack), the
    fire not being what hurt them, so at gunpoint as usual; with nobody hurt, a facility attack by fire.
    None: no change."""
    if attack != "Unknown":
        return None
    return ("Armed Assault", "Firearms") if anyone_hurt else ("Facility/Infrastructure Attack", "Incendiary")


# The tactic a weapon named only in a later sentence shows, for an attack whose means were unknown.
_TACTIC_OF_A_LATER_WEAPON = {"Firearms": "Armed Assault", "Melee": "Armed Assault", "Explosives": "Bombing/Explosion"}


def tactic_given_later_weapon(attack: str | None, later_weapon: str | None) -> tuple[str, str] | None:
    """The event's own sentence named no weapon ("militants attacked a checkpoint") and a later one does ("two
    policemen were shot dead", "a bomb planted at the gate went off during the assault"): that weapon is the
    attack's, and it tells the tactic GTD could not tell before. None: no change."""
    if attack is None or later_weapon is None:
        return None
    if attack == "Unknown":
        return _TACTIC_OF_A_LATER_WEAPON.get(later_weapon, attack), later_weapon
    return attack, later_weapon


_CAPTIVE_KILLED = re.compile(
    r"\b(?:was|were) (?:later |then |subsequently )?(?:shot and killed|shot dead|killed|executed|murdered|beheaded)\b|"
    r"\b(?:bod(?:y|ies)) (?:\S+ ){0,6}?(?:was|were) (?:found|discovered|recovered)\b",
    re.IGNORECASE,
)


def tactic_given_captive_killed(attack: str | None, weapon: str | None, text: str, told: str) -> tuple[str, str] | None:
    """A person holding an office, carried off and then killed ("the council chairman was abducted ... his body was
    found the next day"): GTD ranks assassination above the kidnapping that carried it out. `text` is the later
    sentence, `told` the kidnapping's own. None: no change."""
    if attack != "Hostage Taking (Kidnapping)" or not _CAPTIVE_KILLED.search(text):
        return None
    if PROMINENT_ROLE.search(text) or PROMINENT_ROLE.search(told):
        return "Assassination", weapon or "Unknown"
    return None


# Tactics aimed at the person the report names as the one attacked ("gunmen opened fire on Karim Saleh").
_AIMED_AT_THE_NAMED = frozenset({"Armed Assault", "Bombing/Explosion"})


def tactic_given_named_victims_role(attack: str | None, weapon: str | None, role: str) -> tuple[str, str] | None:
    """A later sentence says what the person attacked by name is ("Saleh, a district councillor, died of his
    wounds"): an attack on one named person who holds a public office is GTD's assassination, whatever the
    weapon; a named farmer or driver was no prominent target, and their killing is an armed assault. `role` is
    what the report calls that person. None: no change."""
    if not weapon:
        return None
    if attack in _AIMED_AT_THE_NAMED and PROMINENT_ROLE.search(role):
        return "Assassination", weapon
    ordinary = CUE_PATTERNS[Cue.ORDINARY_PERSON].search(f"a {role.removeprefix('a ').removeprefix('an ')}")
    if attack == "Assassination" and ordinary and not PROMINENT_ROLE.search(role):
        return "Armed Assault", weapon
    return None


# Tactics GTD ranks below hostage taking: an attack that also carried people off is coded a kidnapping.
_BELOW_KIDNAPPING = frozenset(
    {"Bombing/Explosion", "Armed Assault", "Unarmed Assault", "Facility/Infrastructure Attack", "Unknown"}
)


def tactic_given_follow_up(attack: str | None, weapon: str | None, follow_up: str | None) -> tuple[str, str] | None:
    """A later sentence of the same attack tells of people carried off ("four officers were kidnapped in the
    raid"): by GTD's hierarchy the attack is a kidnapping. `follow_up` is that sentence's GTD attack type."""
    if follow_up == "Hostage Taking (Kidnapping)" and attack in _BELOW_KIDNAPPING:
        # The weapon stays the attack's: hostages taken in an assault nobody saw do not name a gun.
        return "Hostage Taking (Kidnapping)", weapon or "Unknown"
    return None

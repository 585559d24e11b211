"""GTD attack and weapon types, decided from the cues and the ACLED sub-type already chosen.

GTD codes the tactic (attack type) and the means (weapon type) separately; both follow from what the
sentence says was used and against whom."""

from __future__ import annotations

from eventlens.extract.cues import Cue
from eventlens.extract.who import Participants


def weapon_type(cues: set[Cue], sub_event_type: str) -> str | None:
    if sub_event_type == "Chemical weapon":
        return "Chemical"
    if sub_event_type in {
        "Suicide bomb",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Shelling/artillery/missile attack",
    }:
        return "Explosives"
    if sub_event_type == "Air/drone strike":
        return "Explosives"
    if Cue.EXPLOSIVE in cues or Cue.GRENADE in cues:
        return "Explosives"
    if Cue.SHOOTING in cues:
        return "Firearms"
    if Cue.ARSON in cues:
        return "Incendiary"
    if Cue.MELEE in cues:
        return "Melee"
    if Cue.VEHICLE_RAMMING in cues:
        return "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"
    if Cue.SABOTAGE in cues:
        return "Sabotage Equipment"
    return "Unknown"


# Weapons that do not pick out one person: a named victim of shelling is not an assassination target.
_NOT_AIMED_AT_ONE_PERSON = frozenset(
    {"Air/drone strike", "Shelling/artillery/missile attack", "Abduction/forced disappearance", "Sexual violence"}
)


def attack_type(cues: set[Cue], sub_event_type: str, weapon: str | None, who: Participants) -> str | None:
    if sub_event_type == "Disrupted weapons use":
        # GTD codes a defused bomb or a downed explosive drone as the bombing it was meant to be.
        return "Bombing/Explosion" if weapon == "Explosives" else None
    if sub_event_type in {"Peaceful protest", "Protest with intervention", "Agreement", "Arrests",
                          "Change to group/activity", "Headquarters or base established",
                          "Non-violent transfer of territory", "Other"}:  # fmt: skip
        return None
    if Cue.HIJACKING in cues:
        return "Hijacking"
    if sub_event_type == "Abduction/forced disappearance":
        return "Hostage Taking (Barricade Incident)" if Cue.BARRICADE in cues else "Hostage Taking (Kidnapping)"
    if Cue.ASSASSINATION in cues or (who.named_victim and sub_event_type not in _NOT_AIMED_AT_ONE_PERSON):
        return "Assassination"
    if weapon in {"Explosives", "Chemical"} and sub_event_type != "Air/drone strike":
        return "Bombing/Explosion" if weapon == "Explosives" else "Unarmed Assault"
    if sub_event_type == "Looting/property destruction" or (Cue.ARSON in cues and not who.casualties):
        return "Facility/Infrastructure Attack"
    if weapon in {"Firearms", "Melee"} or Cue.CLASH in cues:
        return "Armed Assault"
    if Cue.MELEE in cues or sub_event_type == "Sexual violence":
        return "Unarmed Assault"
    return "Unknown"

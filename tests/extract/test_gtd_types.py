"""GTD attack and weapon types from a sentence's cues, its ACLED sub-type and who it names."""

from __future__ import annotations

import pytest

from eventlens.extract.cues import find_cues
from eventlens.extract.gtd_types import (
    VEHICLE,
    gtd_attack_and_weapon,
    tactic_given_captive_killed,
    tactic_given_fire_set,
    tactic_given_follow_up,
    tactic_given_later_weapon,
    tactic_given_named_victims_role,
    tactic_given_prominent_victim,
    tactic_given_victims,
)
from eventlens.extract.who import Participants
from eventlens.types.vocab import GTD_ATTACK_TYPES, GTD_WEAPON_TYPES

NOBODY = Participants()
CIVILIANS_HURT = Participants(patient_category="civilians", civilian_victims=True, casualties=True)


def _types(text: str, sub_event_type: str, who: Participants = NOBODY) -> tuple[str | None, str | None]:
    return gtd_attack_and_weapon(find_cues(text), sub_event_type, who)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "who", "attack", "weapon"),
    [
        # Armed groups' explosive drones and rockets are bombings; gunfire at an air base is no air strike.
        ("Rebels flew two explosive-laden drones into the airport.", "Air/drone strike",
         Participants(agent_category="rebel_group"), "Bombing/Explosion", "Explosives"),
        ("Gunmen opened fire on an air force base outside the city.", "Air/drone strike", NOBODY,
         "Armed Assault", "Firearms"),
        # A prominent person singled out outranks the bomb that was used.
        ("A bomb went off under the car of the provincial governor.", "Remote explosive/landmine/IED", NOBODY,
         "Assassination", "Explosives"),
        ("Police defused a bomb planted outside the home of a senior judge.", "Disrupted weapons use", NOBODY,
         "Assassination", "Explosives"),
        ("Militants fired a rocket at the house of a tribal elder.", "Shelling/artillery/missile attack", NOBODY,
         "Assassination", "Explosives"),
        ("Gunmen shot and wounded a local journalist outside his office.", "Attack", NOBODY,
         "Assassination", "Firearms"),
        # The office can follow the name as an appositive.
        ("A bomb hidden under the car of Ali Rahimi, the head of the provincial council, went off.",
         "Remote explosive/landmine/IED", NOBODY, "Assassination", "Explosives"),
        # A long name between the car and the office still singles the candidate out.
        ("A grenade went off near the car of Ravi Kumar Singh, a ruling party election candidate, on the highway.",
         "Grenade", NOBODY, "Assassination", "Explosives"),
        # Assailants falling on villagers are an armed assault at gunpoint, even with no weapon named.
        ("Assailants raided the village and killed eleven residents.", "Attack", CIVILIANS_HURT,
         "Armed Assault", "Firearms"),
        # An attack on a post with no weapon named: GTD knows neither tactic nor weapon.
        ("Insurgents attacked an army outpost near the border.", "Armed clash",
         Participants(patient_category="state_forces"), "Unknown", "Unknown"),
        # Kidnappers act at gunpoint unless the report says otherwise.
        ("Bandits abducted nine travellers on the highway.", "Abduction/forced disappearance", NOBODY,
         "Hostage Taking (Kidnapping)", "Firearms"),
        # The abduction decides GTD's tactic even when ACLED codes the battle it happened in.
        ("Militants seized two soldiers as hostages after the clashes.", "Armed clash",
         Participants(patient_category="state_forces"), "Hostage Taking (Kidnapping)", "Firearms"),
        ("A mob beat a suspected thief to death.", "Mob violence", CIVILIANS_HURT, "Unarmed Assault", "Melee"),
        ("A man drove a car into pedestrians on the promenade.", "Attack", CIVILIANS_HURT, "Unarmed Assault", VEHICLE),
        ("Attackers stabbed two worshippers with a knife.", "Attack", CIVILIANS_HURT, "Armed Assault", "Melee"),
        # A beheading kills people held captive: GTD codes the hostage taking it ends.
        ("Militants beheaded three farmers near the river.", "Attack", CIVILIANS_HURT,
         "Hostage Taking (Kidnapping)", "Melee"),
        ("Raiders armed with sharp weapons killed two herders.", "Attack", CIVILIANS_HURT, "Armed Assault", "Melee"),
        # Fire with nobody hurt is a facility attack; fire that kills is an armed assault.
        ("Arsonists set fire to a polling station overnight.", "Looting/property destruction", NOBODY,
         "Facility/Infrastructure Attack", "Incendiary"),
        ("Attackers torched houses in the village, killing four people.", "Attack", CIVILIANS_HURT,
         "Armed Assault", "Incendiary"),
        ("Gunmen hijacked a passenger bus on the main road.", "Abduction/forced disappearance", NOBODY,
         "Hijacking", "Firearms"),
    ],
)  # fmt: skip
def test_attack_and_weapon(text: str, sub_event_type: str, who: Participants, attack: str, weapon: str) -> None:
    assert _types(text, sub_event_type, who) == (attack, weapon)


def test_answers_are_gtd_vocabulary() -> None:
    attack, weapon = _types("Gunmen opened fire on a bus, killing six passengers.", "Attack", CIVILIANS_HURT)
    assert attack in GTD_ATTACK_TYPES
    assert weapon in GTD_WEAPON_TYPES


def test_state_air_strikes_are_no_terrorist_bombing() -> None:
    attack, weapon = _types("Warplanes struck a market in the north.", "Air/drone strike")
    assert attack == "Unknown"
    assert weapon == "Explosives"


def test_non_attacks_have_no_gtd_types() -> None:
    assert _types("Police arrested five suspected militants.", "Arrests") == (None, None)


def test_a_source_named_after_the_toll_is_no_victim() -> None:
    # "officials" is who said it, not who was shot: the gap words cannot cross the comma.
    attack, _ = _types("Gunmen killed three farmers, officials said.", "Attack", CIVILIANS_HURT)
    assert attack == "Armed Assault"


def test_an_ordinary_word_is_no_title() -> None:
    # "general" the adjective is no general the officer.
    attack, _ = _types("Gunmen opened fire in the general area of the market.", "Attack", CIVILIANS_HURT)
    assert attack == "Armed Assault"


@pytest.mark.parametrize(
    ("attack", "weapon", "victims", "expected"),
    [
        ("Unknown", "Unknown", "Private Citizens & Property", ("Armed Assault", "Firearms")),
        ("Facility/Infrastructure Attack", "Incendiary", "Police", ("Armed Assault", "Incendiary")),
        # Soldiers killed at their post say nothing new of the tactic.
        ("Unknown", "Unknown", "Military", None),
        ("Bombing/Explosion", "Explosives", "Private Citizens & Property", None),
    ],
)
def test_tactic_given_victims(attack: str, weapon: str, victims: str, expected: tuple[str, str] | None) -> None:
    assert tactic_given_victims(attack, weapon, victims) == expected


def test_a_relative_of_an_official_is_no_assassination_target() -> None:
    # The brother was the one attacked; the official only says whose brother he was.
    attack, _ = _types("Gunmen shot dead the brother of a district police chief.", "Attack", CIVILIANS_HURT)
    assert attack == "Armed Assault"


@pytest.mark.parametrize(
    ("attack", "weapon", "follow_up", "expected"),
    [
        ("Armed Assault", "Firearms", "Hostage Taking (Kidnapping)", ("Hostage Taking (Kidnapping)", "Firearms")),
        ("Unknown", "Unknown", "Hostage Taking (Kidnapping)", ("Hostage Taking (Kidnapping)", "Unknown")),
        # GTD ranks an assassination above a kidnapping; a toll sentence changes no tactic.
        ("Assassination", "Firearms", "Hostage Taking (Kidnapping)", None),
        ("Armed Assault", "Firearms", "Armed Assault", None),
    ],
)
def test_hostages_taken_in_the_attack_make_it_a_kidnapping(
    attack: str, weapon: str, follow_up: str, expected: tuple[str, str] | None
) -> None:
    assert tactic_given_follow_up(attack, weapon, follow_up) == expected


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("An insider poisoned the food of a police unit, killing nine officers.", "Armed clash"),
        ("A driver tried to run over soldiers at the checkpoint.", "Armed clash"),
    ],
)
def test_harm_without_arms_is_an_unarmed_assault(text: str, sub_event_type: str) -> None:
    attack, weapon = _types(text, sub_event_type, Participants(patient_category="state_forces", casualties=True))
    assert attack == "Unarmed Assault"
    assert weapon in {"Chemical", VEHICLE}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided the village at dawn.",
        "Armed men attacked travellers on the road to the market town.",
        "Fighters stormed a farming community near the border.",
    ],
)
def test_a_raid_on_a_village_or_on_civilians_is_an_armed_assault(text: str) -> None:
    # No weapon named and nobody counted: falling on a village or on travellers is still GTD's armed assault.
    assert _types(text, "Attack") == ("Armed Assault", "Firearms")


def test_a_named_farmer_is_no_assassination_target() -> None:
    # GTD keeps assassination for prominent people; a farmer shot by name is an armed assault.
    who = Participants(named_victim=True, casualties=True)
    assert _types("Gunmen shot dead Musa Bello, a farmer, on his way home.", "Attack", who) == (
        "Armed Assault",
        "Firearms",
    )


def test_a_named_object_of_a_bare_attack_is_no_assassination_target() -> None:
    # "Attacked X" with nothing done to a person: X is as often a village the tagger took for a person.
    who = Participants(named_victim=True)
    assert _types("Insurgents attacked Kamboru overnight.", "Attack", who) == ("Armed Assault", "Firearms")


def test_a_named_person_shot_is_still_an_assassination() -> None:
    who = Participants(named_victim=True, casualties=True)
    assert _types("Gunmen shot dead Ahmed Karimi outside his home.", "Attack", who)[0] == "Assassination"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Militants attacked the power lines feeding the city.", "Armed clash"),
        ("Saboteurs derailed a freight train near the junction.", "Looting/property destruction"),
        ("Insurgents attacked a mobile phone mast outside the town.", "Armed clash"),
    ],
)
def test_an_attack_on_infrastructure_is_a_facility_attack(text: str, sub_event_type: str) -> None:
    assert _types(text, sub_event_type)[0] == "Facility/Infrastructure Attack"


def test_a_bomb_under_a_pipeline_stays_a_bombing() -> None:
    assert _types("A bomb exploded under the oil pipeline.", "Remote explosive/landmine/IED")[0] == "Bombing/Explosion"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire and threw grenades at the police station.",
        "Militants armed with rifles and rocket-propelled grenades attacked an army post.",
    ],
)
def test_guns_and_grenades_make_an_armed_assault_with_explosives(text: str) -> None:
    # GTD: explosives used in addition to firearms still make an armed assault; the explosive is the weapon.
    assert _types(text, "Armed clash", Participants(patient_category="state_forces")) == ("Armed Assault", "Explosives")


def test_a_bomb_and_gunfire_stay_a_bombing() -> None:
    text = "A car bomb exploded at the gate and gunmen opened fire on the guards."
    assert _types(text, "Remote explosive/landmine/IED")[0] == "Bombing/Explosion"


def test_a_bomb_that_killed_a_governor_in_the_same_sentence_was_meant_for_him() -> None:
    text = "A roadside bomb exploded in the district; the district governor was killed."
    assert _types(text, "Remote explosive/landmine/IED") == ("Assassination", "Explosives")


@pytest.mark.parametrize(
    ("attack", "text", "expected"),
    [
        ("Bombing/Explosion", "A district council chairman was killed in the explosion.", "Assassination"),
        ("Bombing/Explosion", "Four people, including a tribal elder, were wounded.", "Assassination"),
        ("Bombing/Explosion", "Three soldiers were killed in the blast.", None),
        # An officer counted among the troops hit is one of the force attacked; a general stands out.
        ("Bombing/Explosion", "Three policemen, including a district commander, were killed in the blast.", None),
        (
            "Bombing/Explosion",
            "Two soldiers, including a brigadier general, were killed in the blast.",
            "Assassination",
        ),
        # A gunfight's dead say nothing of whom it was aimed at.
        ("Armed Assault", "A police commander was killed in the ensuing clash.", None),
    ],
)
def test_a_prominent_victim_makes_a_bombing_an_assassination(attack: str, text: str, expected: str | None) -> None:
    tactic = tactic_given_prominent_victim(attack, "Explosives", text)
    assert (tactic[0] if tactic else None) == expected


@pytest.mark.parametrize("sub_event_type", ["Shelling/artillery/missile attack", "Air/drone strike"])
def test_a_prominent_victim_of_shells_or_drones_was_not_singled_out(sub_event_type: str) -> None:
    text = "Five people, including a district governor, were wounded in the attack."
    assert tactic_given_prominent_victim("Bombing/Explosion", "Explosives", text, sub_event_type) is None


def test_an_officer_among_the_troops_a_bomb_killed_makes_no_assassination() -> None:
    text = "A roadside bomb struck an army truck, and four soldiers, including a deputy commander, were killed."
    assert _types(text, "Remote explosive/landmine/IED") == ("Bombing/Explosion", "Explosives")


@pytest.mark.parametrize(
    "text",
    ["Air defences intercepted two rockets fired at the city.", "The army shot down an explosive-laden drone."],
)
def test_an_intercepted_rocket_or_drone_is_a_bombing(text: str) -> None:
    # GTD records the attack that failed as the bombing it was meant to be.
    assert _types(text, "Disrupted weapons use") == ("Bombing/Explosion", "Explosives")


@pytest.mark.parametrize(
    ("attack", "role", "expected"),
    [
        ("Armed Assault", "a district council member", "Assassination"),
        ("Armed Assault", "the deputy mayor of the town", "Assassination"),
        ("Bombing/Explosion", "a local radio journalist", "Assassination"),
        ("Armed Assault", "a shopkeeper in the market", None),
        ("Hostage Taking (Kidnapping)", "a district councillor", None),
        ("Assassination", "a water board employee", "Armed Assault"),
        ("Assassination", "the provincial governor", None),
    ],
)
def test_the_role_of_a_named_victim_decides_an_assassination(attack: str, role: str, expected: str | None) -> None:
    # An office makes the named victim the target; a trade makes their killing an armed assault.
    tactic = tactic_given_named_victims_role(attack, "Firearms", role)
    assert (tactic[0] if tactic else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot and killed Ali Rahimi, a state electricity company employee, in Herat.",
        "Attackers shot dead Musa Kanu, a local land registry (LR) clerk, near his home.",
    ],
)
def test_a_named_employee_with_a_long_employer_is_no_assassination_target(text: str) -> None:
    who = Participants(named_victim=True, casualties=True)
    assert _types(text, "Attack", who)[0] == "Armed Assault"


@pytest.mark.parametrize(
    ("attack", "hurt", "expected"),
    [
        ("Unknown", True, ("Armed Assault", "Firearms")),
        ("Unknown", False, ("Facility/Infrastructure Attack", "Incendiary")),
        # Means already known stay: a bombing that also set a car alight is still a bombing.
        ("Bombing/Explosion", True, None),
    ],
)
def test_fire_set_in_an_attack_of_unnamed_means(attack: str, hurt: bool, expected: tuple[str, str] | None) -> None:
    assert tactic_given_fire_set(attack, hurt) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead an attacker who tried to stab two guards at the gate.",
        "A man armed with a machete wounded a guard before the assailant was shot by police.",
        "Raiders with sharp-edged weapons killed six villagers.",
    ],
)
def test_a_blade_stopped_by_gunfire_is_still_the_weapon(text: str) -> None:
    # The gunfire that stopped the attacker is the defence's; the attack was made with a blade.
    assert _types(text, "Attack", CIVILIANS_HURT)[1] == "Melee"


def test_an_attacker_shot_does_not_hide_the_gunmen_of_the_attack() -> None:
    text = "Gunmen opened fire on a market, and police shot one attacker."
    assert _types(text, "Attack", CIVILIANS_HURT)[1] == "Firearms"


@pytest.mark.parametrize(
    ("attack", "later", "expected"),
    [
        ("Unknown", "Firearms", ("Armed Assault", "Firearms")),
        ("Unknown", "Explosives", ("Bombing/Explosion", "Explosives")),
        # The tactic already known stays; only the weapon it was assumed to use changes.
        ("Armed Assault", "Melee", ("Armed Assault", "Melee")),
        ("Unknown", None, None),
    ],
)
def test_a_weapon_named_in_a_later_sentence(attack: str, later: str | None, expected: tuple[str, str] | None) -> None:
    assert tactic_given_later_weapon(attack, later) == expected


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        # The report names no weapon: an assassination is as often a bomb or a knife as a gun.
        ("Attackers killed the district governor near his office.", "Unknown"),
        ("Gunmen shot dead the district governor near his office.", "Firearms"),
    ],
)
def test_an_assassination_by_unnamed_means_has_an_unknown_weapon(text: str, weapon: str) -> None:
    assert _types(text, "Attack", CIVILIANS_HURT) == ("Assassination", weapon)


@pytest.mark.parametrize(
    ("text", "told", "expected"),
    [
        ("The hostages were shot dead hours later.", "Gunmen abducted a district council chairman and his aide.", True),
        ("His body was found in a river two days later.", "Rebels seized the village headman near his farm.", True),
        # Captives who hold no office: the kidnapping stays.
        ("The hostages were shot dead hours later.", "Gunmen abducted three traders on the highway.", False),
        ("The chairman was released unharmed.", "Gunmen abducted a district council chairman.", False),
    ],
)
def test_a_prominent_captive_killed_makes_the_kidnapping_an_assassination(text: str, told: str, expected: bool) -> None:
    tactic = tactic_given_captive_killed("Hostage Taking (Kidnapping)", "Firearms", text, told)
    assert (tactic == ("Assassination", "Firearms")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Youths threw petrol bombs at a tax office overnight; nobody was hurt.",
            ("Facility/Infrastructure Attack", "Incendiary"),
        ),
        ("Attackers hurled a Molotov cocktail at the party office.", ("Facility/Infrastructure Attack", "Incendiary")),
        # A grenade is an explosive even when a petrol bomb was thrown too.
        ("Militants threw a grenade and a petrol bomb at the checkpoint.", ("Bombing/Explosion", "Explosives")),
    ],
)
def test_a_petrol_bomb_burns(text: str, expected: tuple[str, str]) -> None:
    assert _types(text, "Remote explosive/landmine/IED") == expected


@pytest.mark.parametrize(
    ("text", "attack", "weapon"),
    [
        # An ambush with no other weapon named is sprung with guns: GTD's armed assault with firearms.
        ("Insurgents ambushed an army convoy on the road to the airport.", "Armed Assault", "Firearms"),
        # A weapon the report names still decides.
        ("Militants ambushed a patrol with a roadside bomb near the border.", "Bombing/Explosion", "Explosives"),
    ],
)
def test_an_ambush_is_sprung_with_guns_unless_told_otherwise(text: str, attack: str, weapon: str) -> None:
    assert _types(text, "Armed clash", Participants(patient_category="state_forces")) == (attack, weapon)


def test_an_incursion_names_no_weapon() -> None:
    assert _types("Rebels made an incursion into the valley.", "Armed clash") == ("Unknown", "Unknown")


def test_a_town_attacked_with_no_weapon_named_is_an_armed_assault() -> None:
    who = Participants(place_attacked=True)
    assert _types("Jihadists attacked Dikwa on Sunday.", "Armed clash", who) == ("Armed Assault", "Firearms")
    assert _types("Jihadists attacked Dikwa on Sunday.", "Armed clash") == ("Unknown", "Unknown")


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        # A firebomb thrown at police or soldiers, or at the post they man, is aimed at the people.
        ("Youths hurled petrol bombs at a police station in the old town overnight.", "Armed Assault"),
        ("Rioters threw Molotov cocktails at soldiers guarding the bridge.", "Armed Assault"),
        # Thrown at an office, a petrol station or a parked car, it is aimed at property.
        ("Attackers threw a petrol bomb at a petrol station on the ring road.", "Facility/Infrastructure Attack"),
        ("Vandals threw a firebomb at police vehicles parked outside the station.", "Facility/Infrastructure Attack"),
    ],
)
def test_a_firebomb_aimed_at_police_or_soldiers_is_an_armed_assault(text: str, attack: str) -> None:
    assert _types(text, "Looting/property destruction") == (attack, "Incendiary")


def test_women_abducted_and_raped_are_a_kidnapping_for_gtd() -> None:
    text = "Gunmen abducted twelve women from the village and raped several of them."
    assert _types(text, "Sexual violence", CIVILIANS_HURT) == ("Hostage Taking (Kidnapping)", "Firearms")

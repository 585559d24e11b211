"""ACLED sub-event type and GTD attack/weapon type of one event sentence."""

from __future__ import annotations

import pytest

from eventlens.extract.classify import Classification, Participants, classify
from eventlens.extract.cues import find_cues
from eventlens.types.vocab import ACLED_EVENT_TYPE_OF, GTD_ATTACK_TYPES, GTD_WEAPON_TYPES

NOBODY = Participants()
STATE = Participants(agent_category="state_forces")
REBELS = Participants(agent_category="rebel_group")


def _classify(text: str, who: Participants = NOBODY) -> Classification:
    found = classify(find_cues(text), who)
    assert found is not None, f"no event type for {text!r}"
    return found


@pytest.mark.parametrize(
    ("text", "who", "sub_event_type"),
    [
        ("Government aircraft dropped barrels of chlorine gas on a rebel-held suburb.", NOBODY, "Chemical weapon"),
        ("A suicide bomber blew himself up at a wedding hall.", NOBODY, "Suicide bomb"),
        ("Warplanes bombed a market in the north of the province.", NOBODY, "Air/drone strike"),
        ("A drone strike hit a car carrying two commanders.", NOBODY, "Air/drone strike"),
        ("Artillery shells landed on a residential area.", NOBODY, "Shelling/artillery/missile attack"),
        ("Rebels fired mortars at an army post.", NOBODY, "Shelling/artillery/missile attack"),
        ("A roadside bomb hit a military convoy.", NOBODY, "Remote explosive/landmine/IED"),
        ("Two landmines exploded under a bus.", NOBODY, "Remote explosive/landmine/IED"),
        ("An attacker threw a hand grenade into a crowded cafe.", NOBODY, "Grenade"),
        ("Thousands of students marched through the capital to demand accountability.", NOBODY, "Peaceful protest"),
        ("Police fired tear gas to disperse protesters outside the governorate.", NOBODY, "Protest with intervention"),
        (
            "Security forces opened fire on protesters, killing three demonstrators.",
            STATE,
            "Excessive force against protesters",
        ),
        ("Rioters threw stones at police and torched cars.", NOBODY, "Violent demonstration"),
        ("An angry mob lynched two suspected thieves.", NOBODY, "Mob violence"),
        ("Soldiers raped two women in the village.", NOBODY, "Sexual violence"),
        ("Gunmen abducted 20 farmers from their fields.", NOBODY, "Abduction/forced disappearance"),
        ("Police arrested five suspected militants.", NOBODY, "Arrests"),
        ("The warring parties signed an agreement to exchange prisoners.", NOBODY, "Agreement"),
        ("The army recaptured the town from the insurgents.", STATE, "Government regains territory"),
        ("Rebels seized control of the town after a short siege.", REBELS, "Non-state actor overtakes territory"),
        ("Government troops withdrew from the base, handing it over to the militia.", NOBODY,
         "Non-violent transfer of territory"),
        ("Soldiers defused a bomb planted near a school.", NOBODY, "Disrupted weapons use"),
        ("Air defences shot down a drone over the city.", NOBODY, "Disrupted weapons use"),
        ("The army set up a new base near the border.", NOBODY, "Headquarters or base established"),
        ("Looters plundered shops in the city centre.", NOBODY, "Looting/property destruction"),
        ("The militia announced its dissolution.", NOBODY, "Change to group/activity"),
        ("The army launched a security operation in the district.", NOBODY, "Other"),
        ("Government troops clashed with rebels near the river.", STATE, "Armed clash"),
        (
            "Armed men attacked a village, killing 12 residents.",
            Participants(civilian_victims=True, casualties=True),
            "Attack",
        ),
    ],
)  # fmt: skip
def test_sub_event_type(text: str, who: Participants, sub_event_type: str) -> None:
    found = _classify(text, who)
    assert found.sub_event_type == sub_event_type
    assert found.event_type == ACLED_EVENT_TYPE_OF[sub_event_type]
    assert 0 < found.strength <= 1
    assert found.rule


def test_the_same_capture_is_government_or_non_state_by_who_took_it() -> None:
    text = "Fighters took control of the town after the garrison fled."
    assert _classify(text, STATE).sub_event_type == "Government regains territory"
    assert _classify(text, REBELS).sub_event_type == "Non-state actor overtakes territory"


def test_distinctive_weapon_outranks_what_it_did() -> None:
    # A suicide bomber who kills civilians is a suicide bomb, not an attack on civilians.
    who = Participants(civilian_victims=True, casualties=True)
    assert _classify("A suicide bomber killed nine worshippers.", who).sub_event_type == "Suicide bomb"


def test_violence_outranks_the_demonstration_around_it() -> None:
    assert _classify("Protesters set fire to tyres and threw stones at police.").event_type == "Riots"


def test_defused_bomb_that_hurt_people_is_not_a_disrupted_weapon() -> None:
    text = "A bomb exploded while engineers tried to defuse it."
    who = Participants(casualties=True)
    assert _classify(text, who).sub_event_type == "Remote explosive/landmine/IED"


def test_violence_against_armed_patient_is_a_clash() -> None:
    who = Participants(agent_category="rebel_group", patient_category="state_forces")
    assert _classify("Gunmen attacked a checkpoint.", who).sub_event_type == "Armed clash"


def test_killing_of_civilians_is_an_attack() -> None:
    who = Participants(patient_category="civilians", civilian_victims=True, casualties=True)
    assert _classify("Gunmen killed three farmers.", who).event_type == "Violence against civilians"


def test_no_event_words_no_classification() -> None:
    assert classify(find_cues("The minister visited the port on Monday."), NOBODY) is None


@pytest.mark.parametrize(
    ("text", "who", "attack_type", "weapon_type"),
    [
        ("A roadside bomb hit a military convoy.", NOBODY, "Bombing/Explosion", "Explosives"),
        ("A suicide bomber blew himself up at a checkpoint.", NOBODY, "Bombing/Explosion", "Explosives"),
        ("An attacker threw a grenade into a bar.", NOBODY, "Bombing/Explosion", "Explosives"),
        ("Rebels fired mortars at an army post.", NOBODY, "Bombing/Explosion", "Explosives"),
        ("Militants dropped chlorine gas on the town.", NOBODY, "Unarmed Assault", "Chemical"),
        ("Gunmen opened fire on a bus, killing six passengers.",
         Participants(civilian_victims=True, casualties=True), "Armed Assault", "Firearms"),
        ("Gunmen kidnapped a priest from his church.", NOBODY, "Hostage Taking (Kidnapping)", "Firearms"),
        ("Gunmen seized two hostages and barricaded themselves inside the bank.", NOBODY,
         "Hostage Taking (Barricade Incident)", "Firearms"),
        ("Gunmen assassinated the district governor outside his home.", NOBODY, "Assassination", "Firearms"),
        ("Insurgents set fire to a school at night.", NOBODY, "Facility/Infrastructure Attack", "Incendiary"),
        ("Attackers stabbed two people with knives, killing one.",
         Participants(civilian_victims=True, casualties=True), "Armed Assault", "Melee"),
        ("A man rammed a truck into shoppers, killing five.",
         Participants(civilian_victims=True, casualties=True), None,
         "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"),
        ("Gunmen hijacked a bus and killed the driver.", Participants(casualties=True), "Hijacking", None),
    ],
)  # fmt: skip
def test_gtd_attack_and_weapon_types(text: str, who: Participants, attack_type: str | None, weapon_type: str) -> None:
    found = _classify(text, who)
    if attack_type is not None:
        assert found.attack_type == attack_type
    if weapon_type is not None:
        assert found.weapon_type == weapon_type
    assert found.attack_type in GTD_ATTACK_TYPES
    assert found.weapon_type in GTD_WEAPON_TYPES


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students marched through the capital.",
        "Police arrested five suspected militants.",
        "The two sides agreed to a ceasefire.",
        "Troops withdrew from the base without a fight.",
    ],
)
def test_non_attacks_have_no_gtd_types(text: str) -> None:
    found = _classify(text)
    assert found.attack_type is None
    assert found.weapon_type is None


def test_a_defused_bomb_is_the_bombing_it_was_meant_to_be_for_gtd() -> None:
    found = _classify("Soldiers defused a bomb planted near a school.")
    assert found.sub_event_type == "Disrupted weapons use"
    assert (found.attack_type, found.weapon_type) == ("Bombing/Explosion", "Explosives")


def test_air_strikes_are_not_coded_as_terrorist_bombings() -> None:
    found = _classify("Warplanes bombed a market in the north.")
    assert found.sub_event_type == "Air/drone strike"
    assert found.attack_type != "Bombing/Explosion"
    assert found.weapon_type == "Explosives"


def test_the_deciding_cue_is_reported() -> None:
    found = _classify("A roadside bomb hit a military convoy.")
    assert found.cue.value == "explosive"

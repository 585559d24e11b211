"""Who was hit: civilian and armed victims, armed people hit as civilians, umbrellas who act first."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract.participants import ActorFinder
from tests.extract.participants.reading import read


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five villagers in Zamfara.",
        # The people right after "killing" are its victims, however the parser attached them.
        "Jets struck a market in the town on Monday, killing at least nine people, medics and a witness said.",
        # Workers named by their trade.
        "A roadside bomb killed two engineers from the water company near Marib.",
        # The person word closing a short phrase after a verb of violence, however the parser read it.
        "Gunmen on motorbikes shot three motor taxi drivers near the terminal.",
        # Kin of the person targeted, and people held or at work, are civilians.
        "Unknown men shot dead a retired judge and his daughter outside the mosque.",
        "Masked men broke into the cooperative and beat the manager.",
        "A detainee was wounded when gunmen fired at the prison van.",
    ],
)
def test_civilian_victims(nlp: Language, finder: ActorFinder, text: str) -> None:
    _, roles = read(nlp, finder, text)
    assert roles.civilian_victims is True


def test_no_civilian_victims_when_soldiers_are_hit(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Gunmen killed five soldiers near the base.")
    assert roles.civilian_victims is False
    assert roles.armed_victims is True


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("A traffic policeman was shot dead at a junction in the old town.", True),
        ("Two rangers were wounded when poachers fired on their patrol.", True),
        ("Insurgents shot a village guard's son outside the mosque.", False),
        ("Four militia members were killed in the raid.", True),
        # The subject of a passive reporting verb acted; it was not hit.
        ("Rebels were reported to have beaten and robbed residents of the village.", False),
        # The fighters who did it are no victims.
        ("Militants killed three farmers near the river.", False),
        # ACLED: a soldier attacked off duty, at home, is a civilian.
        ("An off-duty soldier was stabbed at his home.", False),
        # Organised crime's own people are an armed side.
        ("A drug dealer was shot dead by rival gunmen in the market.", True),
        ("Two members of a local cartel were gunned down outside a bar.", True),
        ("A car dealer was shot dead outside his showroom.", False),
    ],
)
def test_armed_victims(nlp: Language, finder: ActorFinder, text: str, armed: bool) -> None:
    _, roles = read(nlp, finder, text)
    assert roles.armed_victims is armed


def test_forces_acting_under_a_named_operation_put_it_first(nlp: Language, finder: ActorFinder) -> None:
    text = "Turkish soldiers and allied rebels operating under Operation Peace Spring shelled the village of Tal Tamr."
    _, roles = read(nlp, finder, text, country="Syria")
    assert [a.text for a in roles.agents][:2] == ["Operation Peace Spring", "Turkish soldiers"]


def test_a_place_under_an_armed_groups_control_is_no_umbrella(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Army artillery pounded villages under the control of the SDF.", country="Syria")
    assert "SDF" not in [a.text for a in roles.agents]


def test_a_soldier_shot_off_duty_counts_as_a_civilian(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Al-Shabaab gunmen shot dead an off-duty soldier near his home in Afgoye.")
    assert [(a.text, a.category) for a in roles.patients] == [("soldier", "civilians")]


def test_a_party_leader_attacked_is_a_civilian(nlp: Language, finder: ActorFinder) -> None:
    text = "A local leader of the Awami League was hacked to death by unknown attackers in Comilla."
    _, roles = read(nlp, finder, text, country="Bangladesh")
    assert [a.category for a in roles.patients] == ["civilians"]


def test_fighters_hit_on_duty_stay_armed(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Taliban fighters attacked an army checkpoint in Kunduz, killing three soldiers.")
    assert [a.category for a in roles.patients] == ["state_forces", "state_forces"]


def test_a_name_loose_after_under_is_still_the_umbrella(nlp: Language, finder: ActorFinder) -> None:
    text = "Looting: On 3 June, rebel factions under OPS looted the harvest of farmers in a village near Tal Abyad."
    _, roles = read(nlp, finder, text, country="Syria")
    assert roles.agents[0].text == "OPS"


def test_party_workers_beaten_by_rivals_are_civilians(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Congress supporters beat up two BJP workers in Meerut on Sunday.", country="India")
    assert [(a.text, a.category, a.unarmed) for a in roles.patients] == [("BJP workers", "civilians", True)]


def test_supporters_of_an_armed_group_beaten_are_civilians(nlp: Language, finder: ActorFinder) -> None:
    text = "Two supporters of the SPLM-IO were beaten by soldiers at a market in Yei."
    _, roles = read(nlp, finder, text, country="South Sudan")
    assert [a.category for a in roles.patients] == ["civilians"]


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("Police shot two armed men at a checkpoint outside the town.", True),
        ("One of the armed men was wounded in the exchange.", True),
        ("Armed men shot a trader in the market.", False),
    ],
)
def test_armed_men_hit_are_armed(nlp: Language, finder: ActorFinder, text: str, armed: bool) -> None:
    _, roles = read(nlp, finder, text)
    assert roles.armed_victims is armed


@pytest.mark.parametrize(
    ("text", "civilians"),
    [
        ("Soldiers opened fire at a Palestinian near the checkpoint.", True),
        ("Border guards beat two Afghans who tried to cross the river.", True),
        ("Troops fired on Syrians waiting at the crossing.", True),
        # A nationality naming other people, or a place the parser took for one, is no victim.
        ("Gunmen shot two Afghan soldiers at the gate.", False),
        ("Artillery shelled the village of Kafr Nabl overnight.", False),
    ],
)
def test_people_named_only_by_nationality_are_civilians(
    nlp: Language, finder: ActorFinder, text: str, civilians: bool
) -> None:
    _, roles = read(nlp, finder, text)
    assert roles.civilian_victims is civilians


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("Traffic police who stopped a car were shot and wounded.", True),
        ("Gunmen fired at the convoy, wounding a member of the minister's escort.", True),
        # Uniforms or a station of the police are no police officers hit.
        ("Men wearing police uniforms shot dead two farmers.", False),
    ],
)
def test_the_police_and_an_escort_hit_are_armed(nlp: Language, finder: ActorFinder, text: str, armed: bool) -> None:
    _, roles = read(nlp, finder, text)
    assert roles.armed_victims is armed


def test_people_of_the_attack_avenged_were_not_hit(nlp: Language, finder: ActorFinder) -> None:
    text = "Soldiers killed nine herders near the river in revenge for an attack on a soldier last week."
    _, roles = read(nlp, finder, text)
    assert roles.armed_victims is False
    assert roles.civilian_victims is True


def test_the_families_of_an_armed_group_are_civilians(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Gunmen attacked Taliban families near the market.")
    assert roles.patients
    assert all(a.category == "civilians" for a in roles.patients)

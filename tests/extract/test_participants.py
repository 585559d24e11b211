"""Who acted and who was hit: actor names from the lexicon, roles from the dependency parse."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract.participants import (
    ActorFinder,
    ActorMemory,
    ActorSpan,
    RoleAssignment,
    assign_roles,
    find_actors,
    remember,
)


def _read(
    nlp: Language, finder: ActorFinder, text: str, memory: ActorMemory | None = None, country: str | None = None
) -> tuple[list[ActorSpan], RoleAssignment]:
    sentence = next(iter(nlp(text).sents))
    actors = find_actors(sentence, finder, country, memory or ActorMemory())
    return actors, assign_roles(sentence, actors)


def _roles(actors: list[ActorSpan]) -> dict[str, str | None]:
    return {a.text: a.role for a in actors}


def test_subject_is_agent_object_is_patient(nlp: Language, finder: ActorFinder) -> None:
    actors, roles = _read(nlp, finder, "Islamic State fighters attacked a Federal Police patrol in Kirkuk.")
    assert _roles(actors) == {"Islamic State fighters": "agent", "Federal Police": "patient"}
    assert [a.text for a in roles.agents] == ["Islamic State fighters"]
    assert [a.text for a in roles.patients] == ["Federal Police"]
    assert roles.civilian_victims is False


def test_categories_come_from_the_lexicon(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = _read(nlp, finder, "Government troops clashed with Taliban fighters in Ghazni.")
    categories = {a.text: a.category for a in actors}
    assert categories["Government troops"] == "state_forces"
    assert categories["Taliban fighters"] == "rebel_group"


def test_passive_by_phrase_is_the_agent(nlp: Language, finder: ActorFinder) -> None:
    actors, roles = _read(nlp, finder, "Three villagers were killed by Boko Haram militants in Borno.")
    assert _roles(actors)["Boko Haram militants"] == "agent"
    assert roles.civilian_victims is True


def test_the_subject_of_a_reporting_verb_is_no_agent(nlp: Language, finder: ActorFinder) -> None:
    actors, roles = _read(nlp, finder, "The army said that al-Shabaab militants attacked a base.")
    assert [a.text for a in roles.agents] == ["al-Shabaab militants"]
    assert _roles(actors)["army"] is None


def test_an_ally_named_after_with_is_no_patient(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = _read(nlp, finder, "Al-Shabaab fighters, together with clan militias, attacked the village of Bula.")
    assert _roles(actors).get("clan militias") != "patient"


def test_the_people_right_after_killing_are_its_victims(nlp: Language, finder: ActorFinder) -> None:
    text = "Jets struck a market in the town on Monday, killing at least nine people, medics and a witness said."
    _, roles = _read(nlp, finder, text)
    assert roles.civilian_victims is True


def test_civilian_victims(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Gunmen killed five villagers in Zamfara.")
    assert roles.civilian_victims is True


def test_no_civilian_victims_when_soldiers_are_hit(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Gunmen killed five soldiers near the base.")
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
    ],
)
def test_armed_victims(nlp: Language, finder: ActorFinder, text: str, armed: bool) -> None:
    _, roles = _read(nlp, finder, text)
    assert roles.armed_victims is armed


def test_back_reference_to_the_last_armed_group(nlp: Language, finder: ActorFinder) -> None:
    memory = ActorMemory()
    _, roles = _read(nlp, finder, "Boko Haram fighters attacked a village in Borno.", memory)
    remember(memory, roles.agents)
    assert memory.last_armed_group == "Boko Haram fighters"
    later, _ = _read(nlp, finder, "The terrorist group later attacked a checkpoint.", memory)
    assert [(a.text, a.role) for a in later] == [("Boko Haram fighters", "agent")]


def test_state_forces_are_not_remembered_as_the_armed_group(nlp: Language, finder: ActorFinder) -> None:
    memory = ActorMemory()
    _, roles = _read(nlp, finder, "Government troops attacked a rebel camp.", memory)
    remember(memory, roles.agents)
    assert memory.last_armed_group is None
    later, _ = _read(nlp, finder, "The militant group later attacked a checkpoint.", memory)
    assert later == []


def test_a_groups_own_forces_are_not_a_second_actor(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = _read(nlp, finder, "The SDF's security forces arrested two men in Raqqa.")
    assert len(actors) == 1
    assert "SDF" in actors[0].text


def test_channels_are_not_actors(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = _read(nlp, finder, "Amaq said the fighters attacked the base.")
    assert all("Amaq" not in a.text for a in actors)


def test_token_spans_cover_the_name(nlp: Language, finder: ActorFinder) -> None:
    text = "Government troops clashed with Taliban fighters in Ghazni."
    doc = nlp(text)
    actors = find_actors(next(iter(doc.sents)), finder, None, ActorMemory())
    for actor in actors:
        assert doc[actor.start : actor.end].text == actor.text


def test_between_x_and_y_are_opponents(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Clashes broke out between the SDF and Turkish-backed rebels near Manbij.")
    assert len(roles.agents) == 1
    assert len(roles.patients) == 1


def test_those_who_died_are_not_agents(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Two civilians died when a shell hit their house in Donetsk.")
    assert roles.civilian_victims is True
    assert roles.agents == []


def test_a_pronoun_reporting_its_own_act_is_the_speaker(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "The Taliban said they killed 20 soldiers in an attack on a base in Helmand.")
    assert [a.text for a in roles.agents] == ["Taliban"]


def test_a_pronoun_with_no_named_speaker_stays_nobody(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Witnesses said they saw smoke rising over the market.")
    assert roles.agents == []


def test_the_nation_whose_air_strikes_killed_is_the_agent(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Eleven civilians were killed in Russian air strikes on a market near Ariha.")
    assert len(roles.agents) == 1 and roles.agents[0].text.startswith("Russian")
    assert roles.agents[0].category == "state_forces"


def test_the_group_holding_a_town_is_not_the_one_who_struck_it(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Shells hit the town of al-Bab, which is held by the Islamic State group.")
    assert roles.agents == []


def test_by_after_an_attack_noun_names_the_attacker(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Three policemen died after an ambush by Taliban fighters near Ghazni on Sunday.")
    assert [a.text for a in roles.agents] == ["Taliban fighters"]
    assert [a.text for a in roles.patients] == ["policemen"]


def test_those_who_repel_an_attack_defend_and_the_attackers_act(nlp: Language, finder: ActorFinder) -> None:
    actors, roles = _read(nlp, finder, "Afghan soldiers repelled an attack by Taliban fighters in Kunduz overnight.")
    assert _roles(actors) == {"Afghan soldiers": "patient", "Taliban fighters": "agent"}
    assert [a.text for a in roles.agents] == ["Taliban fighters"]


def test_an_attack_repulsed_by_troops_is_not_the_troops_act(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = _read(nlp, finder, "The assault was repulsed by Nigerian troops outside Monguno.")
    assert _roles(actors)["Nigerian troops"] == "patient"


def test_the_group_that_planted_a_bomb_is_the_agent(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "A police officer was killed by a Taliban-planted mine in Kandahar city.")
    assert [a.text for a in roles.agents] == ["Taliban"]


def test_a_coalition_whose_air_raids_struck_is_the_agent(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Saudi-led coalition air raids hit a farm in Hajjah, killing two farmers.")
    assert [(a.text, a.category) for a in roles.agents] == [("Saudi-led coalition", "external_other")]


def test_air_in_air_raids_is_no_nation(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Air raids hit a market in Maarat al-Numan, killing five people.")
    assert roles.agents == []


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("A gendarme shot and killed a motorbike taxi driver in Bafoussam after an argument.", "gendarme"),
        ("The military forces engaged in a gun battle with Ambazonian separatists in Bafut.", "military forces"),
    ],
)
def test_a_subject_the_parser_strands_still_acts(nlp: Language, finder: ActorFinder, text: str, agent: str) -> None:
    _, roles = _read(nlp, finder, text)
    assert [a.text for a in roles.agents] == [agent]


def test_a_name_after_the_victims_is_not_taken_for_the_subject(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Two soldiers wounded near Kismayo, a town held by Al-Shabaab until 2012.")
    assert roles.agents == []


def test_two_subjects_who_clash_are_the_two_sides(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = _read(nlp, finder, "GNA and LNA forces clashed near Tripoli airport on Saturday.", country="Libya")
    assert _roles(actors) == {"GNA": "agent", "LNA forces": "patient"}


def test_two_subjects_who_clash_with_a_third_fought_together(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = _read(
        nlp, finder, "Syrian troops and allied militias clashed with Islamic State fighters near Palmyra."
    )
    assert _roles(actors)["Islamic State fighters"] == "patient"
    assert all(role == "agent" for name, role in _roles(actors).items() if name != "Islamic State fighters")


def test_a_name_the_parser_split_into_a_verb_still_acts(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "IS militants planted a bomb targeting an army patrol near Tarmiyah.")
    assert [a.text for a in roles.agents] == ["IS militants"]


def test_workers_named_by_their_trade_are_civilian_victims(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "A roadside bomb killed two engineers from the water company near Marib.")
    assert roles.civilian_victims is True


def test_a_name_the_parser_split_into_a_verb_after_an_act_was_hit(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Iraqi troops ambushed and killed four IS militants near Rutba on Monday.")
    assert [a.text for a in roles.agents] == ["Iraqi troops"]
    assert [a.text for a in roles.patients] == ["IS militants"]


def test_forces_acting_under_a_named_operation_put_it_first(nlp: Language, finder: ActorFinder) -> None:
    text = "Turkish soldiers and allied rebels operating under Operation Peace Spring shelled the village of Tal Tamr."
    _, roles = _read(nlp, finder, text, country="Syria")
    assert [a.text for a in roles.agents][:2] == ["Operation Peace Spring", "Turkish soldiers"]


def test_a_place_under_an_armed_groups_control_is_no_umbrella(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Army artillery pounded villages under the control of the SDF.", country="Syria")
    assert "SDF" not in [a.text for a in roles.agents]


def test_a_soldier_shot_off_duty_counts_as_a_civilian(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Al-Shabaab gunmen shot dead an off-duty soldier near his home in Afgoye.")
    assert [(a.text, a.category) for a in roles.patients] == [("soldier", "civilians")]


def test_a_party_leader_attacked_is_a_civilian(nlp: Language, finder: ActorFinder) -> None:
    text = "A local leader of the Awami League was hacked to death by unknown attackers in Comilla."
    _, roles = _read(nlp, finder, text, country="Bangladesh")
    assert [a.category for a in roles.patients] == ["civilians"]


def test_fighters_hit_on_duty_stay_armed(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Taliban fighters attacked an army checkpoint in Kunduz, killing three soldiers.")
    assert [a.category for a in roles.patients] == ["state_forces", "state_forces"]


def test_forces_of_two_countries_that_exchange_fire_are_two_sides(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = _read(nlp, finder, "The armies of India and Pakistan exchanged fire along the Line of Control.")
    assert _roles(actors) == {"armies of India": "agent", "Pakistan forces": "patient"}


def test_a_name_loose_after_under_is_still_the_umbrella(nlp: Language, finder: ActorFinder) -> None:
    text = "Looting: On 3 June, rebel factions under OPS looted the harvest of farmers in a village near Tal Abyad."
    _, roles = _read(nlp, finder, text, country="Syria")
    assert roles.agents[0].text == "OPS"


def test_who_claims_to_have_struck_is_the_agent(nlp: Language, finder: ActorFinder) -> None:
    text = "Southern Resistance fighters claimed to have shelled Houthi positions near Qatabah."
    actors, _ = _read(nlp, finder, text, country="Yemen")
    assert _roles(actors)["Southern Resistance fighters"] == "agent"


def test_party_workers_beaten_by_rivals_are_civilians(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Congress supporters beat up two BJP workers in Meerut on Sunday.", country="India")
    assert [(a.text, a.category, a.unarmed) for a in roles.patients] == [("BJP workers", "civilians", True)]


def test_fighters_of_a_group_named_with_for_act_as_that_group(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(
        nlp,
        finder,
        "Fighters of the Group for the Support of Islam and Muslims (JNIM) seized the town on Sunday, "
        "two days after the army left its camp.",
    )
    assert "Support of Islam" in roles.agents[0].text


def test_a_subject_after_a_long_opening_of_places_acts(nlp: Language, finder: ActorFinder) -> None:
    # A run of places before the subject can leave the parser rooting the sentence on "On".
    text = (
        "On 7 June, near Hti Hpoe village, Luthaw Township, Hpapun District, Karen State, Myanmar military from "
        "two battalions clashed with KNU fighters."
    )
    actors, roles = _read(nlp, finder, text, country="Myanmar")
    assert [a.text for a in roles.agents] == ["Myanmar military"]
    assert _roles(actors)["KNU fighters"] == "patient"


def test_a_name_before_a_passive_verb_is_not_the_one_who_acted(nlp: Language, finder: ActorFinder) -> None:
    text = "On 2 June, on the road out of Iguala, Guerrero, a police officer from Huitzuco was attacked."
    _, roles = _read(nlp, finder, text, country="Mexico")
    assert roles.agents == []

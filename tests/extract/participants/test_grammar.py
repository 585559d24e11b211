"""Roles from the dependency parse: who acted, who was acted on, who only describes."""

from __future__ import annotations

from spacy.language import Language

from eventlens.extract.participants import ActorFinder
from tests.extract.participants.reading import read, roles_of


def test_subject_is_agent_object_is_patient(nlp: Language, finder: ActorFinder) -> None:
    actors, roles = read(nlp, finder, "Islamic State fighters attacked a Federal Police patrol in Kirkuk.")
    assert roles_of(actors) == {"Islamic State fighters": "agent", "Federal Police": "patient"}
    assert [a.text for a in roles.agents] == ["Islamic State fighters"]
    assert [a.text for a in roles.patients] == ["Federal Police"]
    assert roles.civilian_victims is False


def test_passive_by_phrase_is_the_agent(nlp: Language, finder: ActorFinder) -> None:
    actors, roles = read(nlp, finder, "Three villagers were killed by Boko Haram militants in Borno.")
    assert roles_of(actors)["Boko Haram militants"] == "agent"
    assert roles.civilian_victims is True


def test_the_subject_of_a_reporting_verb_is_no_agent(nlp: Language, finder: ActorFinder) -> None:
    actors, roles = read(nlp, finder, "The army said that al-Shabaab militants attacked a base.")
    assert [a.text for a in roles.agents] == ["al-Shabaab militants"]
    assert roles_of(actors)["army"] is None


def test_an_ally_named_after_with_is_no_patient(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = read(nlp, finder, "Al-Shabaab fighters, together with clan militias, attacked the village of Bula.")
    assert roles_of(actors).get("clan militias") != "patient"


def test_those_who_died_are_not_agents(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Two civilians died when a shell hit their house in Donetsk.")
    assert roles.civilian_victims is True
    assert roles.agents == []


def test_the_group_holding_a_town_is_not_the_one_who_struck_it(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Shells hit the town of al-Bab, which is held by the Islamic State group.")
    assert roles.agents == []


def test_by_after_an_attack_noun_names_the_attacker(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Three policemen died after an ambush by Taliban fighters near Ghazni on Sunday.")
    assert [a.text for a in roles.agents] == ["Taliban fighters"]
    assert [a.text for a in roles.patients] == ["policemen"]


def test_those_who_repel_an_attack_defend_and_the_attackers_act(nlp: Language, finder: ActorFinder) -> None:
    actors, roles = read(nlp, finder, "Afghan soldiers repelled an attack by Taliban fighters in Kunduz overnight.")
    assert roles_of(actors) == {"Afghan soldiers": "patient", "Taliban fighters": "agent"}
    assert [a.text for a in roles.agents] == ["Taliban fighters"]


def test_an_attack_repulsed_by_troops_is_not_the_troops_act(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = read(nlp, finder, "The assault was repulsed by Nigerian troops outside Monguno.")
    assert roles_of(actors)["Nigerian troops"] == "patient"


def test_the_group_that_planted_a_bomb_is_the_agent(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "A police officer was killed by a Taliban-planted mine in Kandahar city.")
    assert [a.text for a in roles.agents] == ["Taliban"]


def test_two_subjects_who_clash_are_the_two_sides(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = read(nlp, finder, "GNA and LNA forces clashed near Tripoli airport on Saturday.", country="Libya")
    assert roles_of(actors) == {"GNA": "agent", "LNA forces": "patient"}


def test_two_subjects_who_clash_with_a_third_fought_together(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = read(nlp, finder, "Syrian troops and allied militias clashed with Islamic State fighters near Palmyra.")
    assert roles_of(actors)["Islamic State fighters"] == "patient"
    assert all(role == "agent" for name, role in roles_of(actors).items() if name != "Islamic State fighters")


def test_who_claims_to_have_struck_is_the_agent(nlp: Language, finder: ActorFinder) -> None:
    text = "Southern Resistance fighters claimed to have shelled Houthi positions near Qatabah."
    actors, _ = read(nlp, finder, text, country="Yemen")
    assert roles_of(actors)["Southern Resistance fighters"] == "agent"


def test_fighters_of_a_group_named_with_for_act_as_that_group(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(
        nlp,
        finder,
        "Fighters of the Group for the Support of Islam and Muslims (JNIM) seized the town on Sunday, "
        "two days after the army left its camp.",
    )
    assert "Support of Islam" in roles.agents[0].text


def test_the_dead_counted_in_a_rising_toll_do_not_act(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "The number of civilians killed by the coalition air strike on Raqqa has risen to 20.")
    assert "civilians" not in " ".join(a.text.lower() for a in roles.agents)

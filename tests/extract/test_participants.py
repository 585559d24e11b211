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
from eventlens.nlp import load_language
from eventlens.resolve.actors import ActorDictionary


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_language()


@pytest.fixture(scope="module")
def finder(actor_dictionary: ActorDictionary) -> ActorFinder:
    def find(text: str, country: str | None = None) -> list[tuple[int, int, str]]:
        return [(start, end, actor.category) for start, end, actor in actor_dictionary.find(text, country=country)]

    return find


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


def test_civilian_victims(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Gunmen killed five villagers in Zamfara.")
    assert roles.civilian_victims is True


def test_no_civilian_victims_when_soldiers_are_hit(nlp: Language, finder: ActorFinder) -> None:
    _, roles = _read(nlp, finder, "Gunmen killed five soldiers near the base.")
    assert roles.civilian_victims is False


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

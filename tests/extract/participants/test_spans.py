"""Finding the actors a sentence names: lexicon names, pronouns, nations behind weapons, stranded subjects."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract.participants import ActorFinder, ActorMemory, find_actors
from tests.extract.participants.reading import read, roles_of


def test_categories_come_from_the_lexicon(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = read(nlp, finder, "Government troops clashed with Taliban fighters in Ghazni.")
    categories = {a.text: a.category for a in actors}
    assert categories["Government troops"] == "state_forces"
    assert categories["Taliban fighters"] == "rebel_group"


def test_a_groups_own_forces_are_not_a_second_actor(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = read(nlp, finder, "The SDF's security forces arrested two men in Raqqa.")
    assert len(actors) == 1
    assert "SDF" in actors[0].text


def test_channels_are_not_actors(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = read(nlp, finder, "Amaq said the fighters attacked the base.")
    assert all("Amaq" not in a.text for a in actors)


def test_token_spans_cover_the_name(nlp: Language, finder: ActorFinder) -> None:
    text = "Government troops clashed with Taliban fighters in Ghazni."
    doc = nlp(text)
    actors = find_actors(next(iter(doc.sents)), finder, None, ActorMemory())
    for actor in actors:
        assert doc[actor.start : actor.end].text == actor.text


def test_between_x_and_y_are_opponents(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Clashes broke out between the SDF and Turkish-backed rebels near Manbij.")
    assert len(roles.agents) == 1
    assert len(roles.patients) == 1


def test_a_pronoun_reporting_its_own_act_is_the_speaker(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "The Taliban said they killed 20 soldiers in an attack on a base in Helmand.")
    assert [a.text for a in roles.agents] == ["Taliban"]


def test_a_pronoun_with_no_named_speaker_stays_nobody(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Witnesses said they saw smoke rising over the market.")
    assert roles.agents == []


def test_the_nation_whose_air_strikes_killed_is_the_agent(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Eleven civilians were killed in Russian air strikes on a market near Ariha.")
    assert len(roles.agents) == 1 and roles.agents[0].text.startswith("Russian")
    assert roles.agents[0].category == "state_forces"


def test_a_coalition_whose_air_raids_struck_is_the_agent(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Saudi-led coalition air raids hit a farm in Hajjah, killing two farmers.")
    assert [(a.text, a.category) for a in roles.agents] == [("Saudi-led coalition", "external_other")]


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes by Turkey killed nine civilians in a village near Afrin.",
        "Raids carried out by the United States destroyed a depot near Idlib.",
        "Russia bombed a hospital in the south of the province on Sunday.",
    ],
)
def test_a_country_that_strikes_is_its_armed_forces(nlp: Language, finder: ActorFinder, text: str) -> None:
    _, roles = read(nlp, finder, text)
    assert [a.category for a in roles.agents] == ["state_forces"]
    assert roles.agents[0].text.endswith(" forces")


def test_a_country_that_only_speaks_or_hosts_is_no_agent(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Turkey said it hosts four million refugees from the war.")
    assert roles.agents == []


def test_the_government_whose_air_strikes_killed_is_the_agent(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "In Douma, government air strikes killed twelve civilians on Tuesday.")
    assert [a.category for a in roles.agents] == ["state_forces"]


def test_those_counted_among_the_dead_in_a_headline_did_not_act(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Civilians among 14 dead in army raid on Idlib village")
    assert all(a.category != "civilians" for a in roles.agents)


def test_air_in_air_raids_is_no_nation(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Air raids hit a market in Maarat al-Numan, killing five people.")
    assert roles.agents == []


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("A gendarme shot and killed a motorbike taxi driver in Bafoussam after an argument.", "gendarme"),
        ("The military forces engaged in a gun battle with Ambazonian separatists in Bafut.", "military forces"),
    ],
)
def test_a_subject_the_parser_strands_still_acts(nlp: Language, finder: ActorFinder, text: str, agent: str) -> None:
    _, roles = read(nlp, finder, text)
    assert [a.text for a in roles.agents] == [agent]


def test_a_name_after_the_victims_is_not_taken_for_the_subject(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Two soldiers wounded near Kismayo, a town held by Al-Shabaab until 2012.")
    assert roles.agents == []


def test_a_name_the_parser_split_into_a_verb_still_acts(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "IS militants planted a bomb targeting an army patrol near Tarmiyah.")
    assert [a.text for a in roles.agents] == ["IS militants"]


def test_a_name_the_parser_split_into_a_verb_after_an_act_was_hit(nlp: Language, finder: ActorFinder) -> None:
    _, roles = read(nlp, finder, "Iraqi troops ambushed and killed four IS militants near Rutba on Monday.")
    assert [a.text for a in roles.agents] == ["Iraqi troops"]
    assert [a.text for a in roles.patients] == ["IS militants"]


def test_forces_of_two_countries_that_exchange_fire_are_two_sides(nlp: Language, finder: ActorFinder) -> None:
    actors, _ = read(nlp, finder, "The armies of India and Pakistan exchanged fire along the Line of Control.")
    assert roles_of(actors) == {"armies of India": "agent", "Pakistan forces": "patient"}


def test_a_subject_after_a_long_opening_of_places_acts(nlp: Language, finder: ActorFinder) -> None:
    # A run of places before the subject can leave the parser rooting the sentence on "On".
    text = (
        "On 7 June, near Hti Hpoe village, Luthaw Township, Hpapun District, Karen State, Myanmar military from "
        "two battalions clashed with KNU fighters."
    )
    actors, roles = read(nlp, finder, text, country="Myanmar")
    assert [a.text for a in roles.agents] == ["Myanmar military"]
    assert roles_of(actors)["KNU fighters"] == "patient"


def test_a_name_before_a_passive_verb_is_not_the_one_who_acted(nlp: Language, finder: ActorFinder) -> None:
    text = "On 2 June, on the road out of Iguala, Guerrero, a police officer from Huitzuco was attacked."
    _, roles = read(nlp, finder, text, country="Mexico")
    assert roles.agents == []

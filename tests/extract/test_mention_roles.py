"""From roles in a sentence to the actor fields of an event mention."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract.classify import Classification
from eventlens.extract.cues import Cue
from eventlens.extract.mention_roles import attacks_a_place, names_a_victim, set_participants
from eventlens.extract.participants import ActorFinder, ActorMemory, assign_roles, find_actors
from eventlens.types import EventMention, Span

_CLASH = Classification("Armed clash", "Battles", "Armed Assault", "Firearms", "cue:clash", Cue.CLASH, 0.9)


def _participants(nlp: Language, finder: ActorFinder, text: str) -> EventMention:
    sentence = next(iter(nlp(text).sents))
    actors = find_actors(sentence, finder, None, ActorMemory())
    mention = EventMention(doc_id="d", index=0, sentence=Span(0, len(text)))
    set_participants(mention, sentence, sentence.root, assign_roles(sentence, actors), actors, _CLASH, {})
    return mention


def test_those_killed_in_clashes_with_a_force_were_fought_by_it(nlp: Language, finder: ActorFinder) -> None:
    mention = _participants(nlp, finder, "Nine Taliban fighters were killed in clashes with ANDSF forces in Ghazni.")
    assert (mention.actor1_text, mention.actor2_text) == ("ANDSF", "Taliban fighters")
    assert mention.provenance["actor1"] == "rule:agent-of-event-verb"


def test_attackers_whose_assault_was_repulsed_are_actor1(nlp: Language, finder: ActorFinder) -> None:
    text = "Six Taliban fighters were killed when Afghan soldiers repulsed their attack on a checkpoint."
    mention = _participants(nlp, finder, text)
    assert (mention.actor1_text, mention.actor2_text) == ("Taliban fighters", "Afghan soldiers")


def test_whoever_fought_an_unnamed_victim_is_actor1(nlp: Language, finder: ActorFinder) -> None:
    text = "A suspected smuggler was killed after exchanging fire with border police near Zahedan."
    mention = _participants(nlp, finder, text)
    assert mention.actor1_text == "police"


def test_an_ally_after_with_is_not_the_other_side(nlp: Language, finder: ActorFinder) -> None:
    text = "A roadside bomb wounded a tribal elder who had sided with the army near Quneitra."
    mention = _participants(nlp, finder, text)
    assert mention.actor1_text is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Gunmen shot dead Ahmad Karimi, a shopkeeper, outside his home.", True),
        # A village the tagger takes for a person is followed by its district: no one singled out.
        ("Militiamen raided Kyabohe, Irumu, Ituri, before dawn.", False),
    ],
)
def test_a_named_victim_is_a_person_not_a_village(nlp: Language, finder: ActorFinder, text: str, named: bool) -> None:
    sentence = next(iter(nlp(text).sents))
    actors = find_actors(sentence, finder, None, ActorMemory())
    assert names_a_victim(sentence, assign_roles(sentence, actors)) is named


def test_an_unarmed_side_in_a_clash_still_names_the_other_side(nlp: Language, finder: ActorFinder) -> None:
    mention = _participants(nlp, finder, "Police clashed with BJP workers outside the party office in Meerut.")
    assert mention.actor2_text == "BJP workers"


def test_a_fighter_of_the_first_side_is_not_the_second(nlp: Language, finder: ActorFinder) -> None:
    text = "An NPA fighter died in Masbate in a gunfight between the NPA and the army on Sunday."
    mention = _participants(nlp, finder, text)
    assert (mention.actor1_text, mention.actor2_text) == ("NPA", "army")


def test_a_later_sentence_says_who_the_named_victim_was(nlp: Language, finder: ActorFinder) -> None:
    text = "Gunmen opened fire on the car of Karim Saleh near Kirkuk. Saleh, the mayor of the town, was not hurt."
    mention = _participants(nlp, finder, text)
    assert mention.target_type == "Government (General)"
    assert mention.provenance["target_type"] == "rule:target-from-role-of-named-victim"


def test_a_force_is_known_by_its_whole_name(nlp: Language, finder: ActorFinder) -> None:
    text = "Jihadists ambushed Volunteers for the Defense of the Homeland near Djibo."
    assert _participants(nlp, finder, text).target_type == "Military"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A town named as what armed men fell on: a raid on the people living there.
        ("Jihadist fighters attacked Dikwa, Borno, on Sunday evening.", True),
        ("Rebels raided Kamango near the border overnight.", True),
        # A district is an area whose attack is on its seat of government; a base is a facility.
        ("Insurgents attacked Obe district in the west of the country.", False),
        ("Insurgents attacked an army base near Kamango.", False),
    ],
)
def test_a_town_named_as_the_one_attacked(nlp: Language, text: str, place: bool) -> None:
    assert attacks_a_place(next(iter(nlp(text).sents))) is place

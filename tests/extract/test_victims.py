"""Victims counted from the parse: the people a verb or noun of killing or wounding names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract.victims import Harm, VictimGroup, victim_groups
from eventlens.nlp import load_language


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_language()


def _groups(nlp: Language, text: str) -> list[VictimGroup]:
    return victim_groups(next(iter(nlp(text).sents)))


def _killed(nlp: Language, text: str) -> list[int | None]:
    return [g.count for g in _groups(nlp, text) if g.harm is Harm.KILLED]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Unknown gunmen assassinated a tribal elder near the market.", [1]),
        ("Gunmen killed Ahmed Karimi, a local councillor, in his car.", [1]),
        ("The man died of his wounds in hospital.", [1]),
        ("The shopkeeper and his son were killed in the raid.", [2]),
        ("Both teachers were killed when the bus was hit.", [2]),
        ("Militants killed four soldiers at the checkpoint.", [4]),
        ("The blast caused the death of a shepherd.", [1]),
    ],
)
def test_people_named_as_killed(nlp: Language, text: str, counts: list[int]) -> None:
    assert _killed(nlp, text) == counts


def test_a_plural_without_a_figure_is_an_unknown_count(nlp: Language) -> None:
    assert _killed(nlp, "Troops killed militants in the hills.") == [None]


def test_a_group_noun_is_no_single_person(nlp: Language) -> None:
    assert _killed(nlp, "The strike killed a family in the north of the town.") == [None]


def test_attempts_and_denials_are_no_victims(nlp: Language) -> None:
    assert _killed(nlp, "The attackers tried to kill the governor.") == []
    assert _killed(nlp, "The governor was not killed in the attack.") == []


def test_wounded_are_counted_apart(nlp: Language) -> None:
    groups = _groups(nlp, "A policeman was injured and two civilians were killed.")
    assert [(g.harm, g.count) for g in groups] == [(Harm.WOUNDED, 1), (Harm.KILLED, 2)]


def test_people_in_general_mark_a_total(nlp: Language) -> None:
    (group,) = _groups(nlp, "Eleven people were killed in the blast.")
    assert group.total and group.count == 11


def test_the_span_covers_verb_and_victims(nlp: Language) -> None:
    text = "Gunmen shot dead a shop owner on Friday."
    (group,) = _groups(nlp, text)
    assert "a shop owner" in text[group.span.start : group.span.end]


def test_a_full_name_ending_in_s_is_one_person(nlp: Language) -> None:
    assert _killed(nlp, "Gunmen shot and killed councillor Agustin Aragones in the town.") == [1]


def test_the_other_of_two_is_one_person(nlp: Language) -> None:
    assert _killed(nlp, "One man was injured and the other died.") == [1]


def test_a_place_after_the_victim_is_no_second_victim(nlp: Language) -> None:
    assert _killed(nlp, "Gunmen shot and killed a bank clerk in District 2, Ghazni city, Ghazni.") == [1]


def test_them_counts_as_the_plural_it_stands_for(nlp: Language) -> None:
    assert _killed(nlp, "Guards opened fire on the two bombers, killing them before they reached the gate.") == [2]
    assert _killed(nlp, "Soldiers surrounded the fighters and killed them.") == [None]

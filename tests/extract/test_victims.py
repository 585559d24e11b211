"""Victims counted from the parse: the people a verb or noun of killing or wounding names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract.victims import Harm, VictimGroup, victim_groups


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


def test_them_reaches_past_a_plural_without_a_figure(nlp: Language) -> None:
    text = "Police fired at the three raiders, setting off their grenade belts and killing them."
    assert _killed(nlp, text) == [3]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a passive verb joined to an active one: the subject of the clause
        ("The four gunmen stormed the post and were killed by the guards.", 4),
        # "before being shot": the subject of the clause the gerund hangs on
        ("Five farmers were bound before being shot and killed near the river.", 5),
        ("The two clerks were tied up and driven to a field before being shot and killed an hour later.", 2),
    ],
)
def test_a_verb_without_its_own_subject_takes_its_clauses(nlp: Language, text: str, count: int) -> None:
    assert _killed(nlp, text) == [count]


def test_groups_joined_around_an_including_clause_add_up(nlp: Language) -> None:
    text = "At least six policemen, including two officers, and four attackers were killed in the fighting."
    assert _killed(nlp, text) == [10]


def test_a_title_between_commas_is_no_second_person(nlp: Language) -> None:
    assert _killed(nlp, "Ahmed Karimi, the district mayor, and Ali Haidari, the local judge, were both killed.") == [2]
    assert _killed(nlp, "Colonel Rahimi, the police commander, and his driver were killed in the ambush.") == [2]


def test_another_of_a_noun_is_another_group(nlp: Language) -> None:
    groups = _groups(nlp, "One guard was killed and another guard was wounded in the raid.")
    assert [g.noun for g in groups] == ["guard", "other guard"]


def _killed_in_last_sentence(nlp: Language, text: str) -> list[int | None]:
    last = list(nlp(text).sents)[-1]
    return [g.count for g in victim_groups(last) if g.harm is Harm.KILLED]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen seized three truck drivers on the highway. The drivers were found shot dead the next day.", 3),
        ("Rebels kidnapped two nurses near the clinic. The hostages were killed a week later.", 2),
        ("Militants attacked a farmer and his three daughters. The victims were later killed.", 4),
    ],
)
def test_a_definite_plural_counts_the_group_told_before(nlp: Language, text: str, count: int) -> None:
    assert _killed_in_last_sentence(nlp, text) == [count]


def test_victims_of_an_attack_on_a_place_stay_uncounted(nlp: Language) -> None:
    assert _killed_in_last_sentence(nlp, "Gunmen attacked a village. The victims were later killed.") == [None]


def test_a_breakdown_in_brackets_is_no_more_people(nlp: Language) -> None:
    text = "Six villagers (three men, two women and a boy) were killed when the shell hit their house."
    assert _killed(nlp, text) == [6]


def test_the_attacking_side_is_a_group_of_its_own(nlp: Language) -> None:
    [attackers] = _groups(nlp, "Two of the gunmen were shot dead by the guards.")
    [victims] = _groups(nlp, "Gunmen killed three guards at the gate.")
    assert (attackers.perpetrators, victims.perpetrators) == (True, False)


def test_a_name_with_two_titles_is_one_person(nlp: Language) -> None:
    text = "Gunmen shot and killed Maria Lopez, a teacher and former council candidate, outside her home."
    assert _killed(nlp, text) == [1]

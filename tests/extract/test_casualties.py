"""Killed, wounded and combined counts in one sentence (the record contract's rules)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract.casualties import find_casualties


def _parsed(nlp: Language, text: str) -> tuple[int | None, int | None, int | None]:
    """Counts with the parse, as the extractor calls it."""
    found = find_casualties(text, 0, next(iter(nlp(text).sents)))
    return found.fatalities, found.wounded, found.killed_or_wounded


def _counts(text: str) -> tuple[int | None, int | None, int | None]:
    found = find_casualties(text)
    return found.fatalities, found.wounded, found.killed_or_wounded


def test_killing_and_injuring_is_a_combined_count_never_a_death_toll() -> None:
    assert _counts("Gunmen opened fire on a minibus, killing and injuring four passengers.") == (None, None, 4)


def test_killed_or_wounded_given_as_one_figure() -> None:
    fatalities, _, combined = _counts("Nine people were killed or wounded in the blast.")
    assert combined == 9
    assert fatalities != 9


def test_casualties_as_one_figure() -> None:
    assert _counts("The shelling caused 15 casualties in the market.")[2] == 15


def test_separate_killed_and_wounded_figures() -> None:
    assert _counts("Two soldiers were killed and five wounded in the ambush near the border.") == (2, 5, None)


def test_killed_and_wounded_after_the_verb() -> None:
    assert _counts("The explosion killed three soldiers and wounded seven others.") == (3, 7, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of villagers were killed in the raid.", 12),
        ("At least 12 civilians were killed in the shelling.", 12),
        ("Several people died in the attack on the market.", 10),
        ("Four SDF fighters were killed near the dam.", 4),
        ("Twenty-one worshippers were killed in the mosque.", 21),
        ("A police officer was shot dead at a checkpoint.", 1),
    ],
)
def test_death_tolls(text: str, expected: int) -> None:
    assert find_casualties(text).fatalities == expected


def test_the_wounded_who_died_are_no_longer_wounded(nlp: Language) -> None:
    text = "The toll rose to nine on Thursday after four of the wounded died in the district hospital."
    assert _parsed(nlp, text)[:2] == (9, None)


def test_a_sentence_that_tells_no_harm_has_no_toll() -> None:
    # "Leaving thousands stranded" counts no victims, whatever number it gives.
    assert _counts("The stalled deal left thousands of families stranded in two besieged towns.") == (0, 0, None)


def test_several_wounded() -> None:
    assert _counts("Several villagers were wounded by the blast.") == (0, 10, None)


@pytest.mark.parametrize(
    "text",
    [
        "The bomb went off near a market, but no one was hurt.",
        "The rocket landed in an empty field without causing any casualties.",
        "Nobody was injured when the device exploded.",
        "There were no reports of casualties after the mortar attack.",
    ],
)
def test_explicitly_no_casualties_is_zero_zero(text: str) -> None:
    assert _counts(text) == (0, 0, None)


@pytest.mark.parametrize(
    "text",
    [
        "Civilians were killed in the strike, but the toll is not yet known.",
        "The attack left people dead on both sides of the road.",
        "Bodies were found in the ruins of the school.",
    ],
)
def test_deaths_indicated_without_a_number_are_none(text: str) -> None:
    assert find_casualties(text).fatalities is None


def test_wounds_indicated_without_a_number_are_none() -> None:
    assert find_casualties("Residents said many homes were damaged and children were injured.").wounded is None


def test_nothing_indicated_is_zero() -> None:
    assert _counts("Rebels shelled the outskirts of the town on Monday.") == (0, 0, None)


def test_killing_one_named_victim() -> None:
    assert find_casualties("The gunmen stopped the car and killed him on the spot.").fatalities == 1


def test_shot_him_dead_is_one_death() -> None:
    assert find_casualties("Gunmen shot him dead outside his home.").fatalities == 1


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Four militants killed two soldiers near the base.", 2),
        ("Three gunmen killed a farmer near the village.", 1),
        ("Two gunmen shot him dead outside his home.", 1),
    ],
)
def test_the_attackers_are_not_the_dead(text: str, dead: int) -> None:
    assert find_casualties(text).fatalities == dead


def test_the_attackers_are_not_the_wounded() -> None:
    assert find_casualties("Five attackers wounded a guard at the gate.").wounded == 1


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from the bombing rose to 31 on Sunday.",
        "The death toll has risen to 31.",
        "The number of dead climbed to 31.",
    ],
)
def test_rising_toll(text: str) -> None:
    assert find_casualties(text).fatalities == 31


@pytest.mark.parametrize(
    "text",
    [
        "23 people were treated for wounds at the local hospital.",
        "Twenty-three people were treated for wounds at the local hospital.",
        "23 people were hospitalised with injuries after the blast.",
    ],
)
def test_treated_for_wounds_counts_as_wounded(text: str) -> None:
    assert _counts(text) == (0, 23, None)


def test_victim_and_companions_are_added() -> None:
    assert find_casualties("The militants killed a commander and his two bodyguards.").fatalities == 3


def test_time_units_are_not_counts() -> None:
    # "two days" must not be read as two dead.
    assert find_casualties("Two days after the raid, the bodies of five men were found.").fatalities == 5


def test_largest_figure_wins_within_a_sentence() -> None:
    text = "Three soldiers were killed at first, and later 11 people were killed in a second blast."
    assert find_casualties(text).fatalities == 11


def test_evidence_spans_are_offset_into_the_document() -> None:
    sentence = "Two soldiers were killed and five wounded in the ambush."
    prefix = "An earlier sentence. "
    found = find_casualties(sentence, offset=len(prefix))
    document = prefix + sentence
    texts = [document[span.start : span.end] for span in found.evidence]
    assert any("Two soldiers were killed" in t for t in texts)
    assert any("five wounded" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The shopkeeper was killed in the attack.", 1),
        ("Omar Hassan, a local councillor, and two other officials were killed in the blast.", 3),
        ("Three soldiers, including a captain and his driver, were killed near the base.", 3),
        ("The wounded commander later succumbed to his injuries.", 1),
    ],
)
def test_deaths_written_without_a_plain_count(text: str, dead: int) -> None:
    assert find_casualties(text).fatalities == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Mortar shells hit the market, claiming the lives of seven civilians.", 7),
        ("The blast resulted in the deaths of four workers.", 4),
        ("A helicopter came down, killing all six people on board.", 6),
        ("The car bomb exploded near the square, claiming nine and injuring 30.", 9),
    ],
)
def test_deaths_told_as_lives_claimed(text: str, dead: int) -> None:
    assert find_casualties(text).fatalities == dead


def test_claiming_responsibility_is_not_a_toll() -> None:
    assert find_casualties("The group is claiming responsibility for the attack.").fatalities == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An air raid hit the farm, injuring two shepherds, with no report of fatalities.", (0, 2, None)),
        ("Rockets struck the depot but did not result in any fatalities.", (0, 0, None)),
        ("Neither deaths nor injuries were reported after the shelling.", (0, 0, None)),
        ("The guard was killed, and there were no other reported casualties.", (1, 0, None)),
    ],
)
def test_a_denial_covers_only_the_harm_it_names(nlp: Language, text: str, expected: tuple[int, int, None]) -> None:
    assert _parsed(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen shot and killed the deputy mayor outside his home.", 1),
        ("The police chief and his driver were killed in the ambush.", 2),
        ("Both brothers died in the attack on their shop.", 2),
        ("A suspect was shot and died on the way to hospital.", 1),
        ("Three soldiers were killed, while eight attackers were killed as troops repelled the raid.", 11),
        ("Two guards and five attackers were killed in the assault.", 7),
    ],
)
def test_victims_counted_from_the_parse(nlp: Language, text: str, dead: int) -> None:
    assert _parsed(nlp, text)[0] == dead


def test_one_child_killed_and_another_wounded(nlp: Language) -> None:
    assert _parsed(nlp, "One child was killed and another was wounded when the shell landed.") == (1, 1, None)


def test_killing_animals_kills_nobody(nlp: Language) -> None:
    assert _parsed(nlp, "Artillery fire hit the village, killing livestock and damaging homes.")[0] == 0


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("In addition to the bomber, at least six people were killed at the checkpoint.", 7),
        ("Besides the two attackers, four police officers were killed.", 6),
        ("In addition to the truck driver, 12 other fighters died in the explosion.", 13),
        ("Apart from the village chief, three of his guards were killed.", 4),
    ],
)
def test_the_attacker_named_apart_is_one_more_dead(text: str, dead: int) -> None:
    assert find_casualties(text).fatalities == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the person set apart is hurt or killed elsewhere in the report, not here
        ("In addition to the mayor, two bystanders were injured in the shooting.", 0),
        # an event, or an unknown number, is nobody to add
        ("In addition to the bombing, three people were killed in a shooting.", 3),
        ("In addition to an unknown number of attackers, five soldiers were killed.", 5),
    ],
)
def test_only_people_set_apart_from_the_dead_add_to_them(text: str, dead: int) -> None:
    assert find_casualties(text).fatalities == dead


def test_the_bodies_of_the_remaining_hostages_are_dead() -> None:
    assert find_casualties("The bodies of the remaining nine hostages were recovered.").fatalities == 9


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The clash left one fatality, police said.", 1),
        ("Between 10 and 15 people were killed in the raid.", 10),
        ("Troops killed an unknown number of militants.", None),
    ],
)
def test_counts_in_other_forms(text: str, dead: int | None) -> None:
    assert find_casualties(text).fatalities == dead


def test_a_death_threat_is_no_death() -> None:
    assert find_casualties("The journalist had received one death threat after another.").fatalities == 0


def test_an_animal_killed_is_no_death(nlp: Language) -> None:
    assert _parsed(nlp, "A cow was killed when the mine went off.")[0] == 0


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("In Tarime, Mara region, a trader was killed by two men on a motorbike.", 1),
        ("In the capital, a driver was beaten to death by a mob.", 1),
        ("Near the border crossing, a man was found dead.", 1),
        ("Soldiers shot a farmer near the fence, resulting in his death.", 1),
    ],
)
def test_one_victim_after_a_dateline(nlp: Language, text: str, dead: int) -> None:
    assert _parsed(nlp, text)[0] == dead


def test_no_resulting_injuries_or_fatalities(nlp: Language) -> None:
    assert _parsed(nlp, "Gunmen shot at an ambulance, with no resulting injuries or fatalities.") == (0, 0, None)


def test_others_are_added_not_a_total(nlp: Language) -> None:
    text = "Two soldiers were killed at the gate, while three others were killed inside the base."
    assert _parsed(nlp, text)[0] == 5


def test_the_same_victims_told_twice_count_once(nlp: Language) -> None:
    # Headline and first line run together, as scraped pages often give them.
    text = "Air raids kill 12 civilians in Aleppo Monitor AFP Saturday At least 12 civilians were killed in air raids."
    assert _parsed(nlp, text)[0] == 12


@pytest.mark.parametrize(
    "text",
    [
        "The UN says the war has killed more than 300,000 people since it began.",
        "More than 900 civilians have been killed in the province since 2015.",
        "In the past three months at least 400 people have been killed in the region.",
    ],
)
def test_a_running_toll_is_background(nlp: Language, text: str) -> None:
    assert _parsed(nlp, text) == (0, 0, None)


def test_the_year_of_a_date_line_is_no_count() -> None:
    assert find_casualties("Published March 3 2016 Four nurses were killed in the strike.").fatalities == 4


def test_the_toll_of_the_event_answered_is_not_this_ones(nlp: Language) -> None:
    text = "The group fired rockets at the town in retaliation for a raid that killed 12 of its fighters."
    assert _parsed(nlp, text) == (0, 0, None)


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # a toll told for linked events is shared evenly among them (ACLED's fatality guidance)
        ("Eight soldiers were killed and four wounded across both attacks.", 4, 2),
        ("At least 30 villagers died in the three raids, officials said.", 10, 0),
        # one death across two attacks belongs to one of them: never split below a whole person
        ("A guard was killed across both attacks.", 1, 0),
        # a count of clashes that is no back-reference leaves the toll whole
        ("Two rebels were killed during two clashes with troops.", 2, 0),
    ],
)
def test_a_toll_across_linked_events_is_shared(text: str, dead: int, hurt: int) -> None:
    result = find_casualties(text)
    assert (result.fatalities, result.wounded) == (dead, hurt)


def test_the_number_of_linked_events_may_come_from_the_report(nlp: Language) -> None:
    doc = nlp(
        "Gunmen raided a police post in the north. It was one of three coordinated attacks that night. "
        "Nine policemen were killed across the attacks."
    )
    last = list(doc.sents)[-1]
    assert find_casualties(last.text, last.start_char, last).fatalities == 3


def test_a_toll_over_months_is_a_running_toll() -> None:
    assert find_casualties("The town has been shelled since mid-March, which has killed 80 civilians.").fatalities == 0
    assert find_casualties("It was the deadliest attack since June, killing nine people.").fatalities == 9

"""Sentences that tell more of an event already found are folded into it, as a report is read."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract import Extractor, ExtractorConfig
from eventlens.nlp import analyze_documents
from eventlens.types import Document, EventMention


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(ExtractorConfig(find_actors=lambda text, country=None: [], channels={}, outlets=frozenset()))


def _mentions(nlp: Language, extractor: Extractor, text: str) -> list[EventMention]:
    document = Document(doc_id="d", text=text)
    [analyzed] = list(analyze_documents([document], nlp))
    return extractor.extract(document, analyzed.doc)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # "also ... in the attack": one more victim of the event already told
        ("Gunmen shot dead a judge outside his house in Herat. His bodyguard was also killed in the attack.", 2),
        # "in addition": more dead on top of those counted
        ("Militants attacked an army post in Kunar, killing three soldiers. In addition, a shepherd died.", 4),
        # the attackers' dead and their victims' are different people
        ("Gunmen stormed a police post in Kirkuk, killing four policemen. The bodies of two attackers were found.", 6),
    ],
)
def test_a_later_toll_of_other_people_adds_to_the_event(
    nlp: Language, extractor: Extractor, text: str, dead: int
) -> None:
    mentions = _mentions(nlp, extractor, text)
    assert [m.casualties.fatalities for m in mentions] == [dead]
    assert mentions[0].provenance["fatalities"].startswith("rule:casualty-patterns")


def test_a_victim_of_a_second_blast_is_a_second_event(nlp: Language, extractor: Extractor) -> None:
    text = "A bomb exploded at a market in Kirkuk, killing four people. Two policemen were killed in a second blast."
    assert [m.casualties.fatalities for m in _mentions(nlp, extractor, text)] == [4, 2]


def test_the_same_dead_told_again_are_not_added(nlp: Language, extractor: Extractor) -> None:
    text = "Gunmen killed four policemen at a checkpoint in Kirkuk. The four policemen were killed in the attack."
    assert [m.casualties.fatalities for m in _mentions(nlp, extractor, text)] == [4]


def test_dead_set_apart_in_a_later_sentence_are_counted_once(nlp: Language, extractor: Extractor) -> None:
    text = (
        "Gunmen shot dead a guard at the bank in Herat. In addition to the guard, one gunman was killed in the attack."
    )
    assert [m.casualties.fatalities for m in _mentions(nlp, extractor, text)] == [2]


def test_the_same_figure_for_the_other_side_is_the_same_dead(nlp: Language, extractor: Extractor) -> None:
    text = (
        "Troops kill 35 insurgents in an ambush near Homs. Soldiers killed 35 insurgents in the ambush, the army said."
    )
    assert next(m.casualties.fatalities for m in _mentions(nlp, extractor, text)) == 35


def test_police_among_the_dead_make_a_security_post_a_police_target(nlp: Language, extractor: Extractor) -> None:
    text = "Taliban fighters attacked a security post in Baghlan. Three police officers were killed in the attack."
    [mention] = _mentions(nlp, extractor, text)
    assert mention.target_type == "Police"
    assert "rule:target-words-of-the-victims" in mention.provenance["target_type"]


def test_soldiers_among_the_dead_leave_a_security_post_military(nlp: Language, extractor: Extractor) -> None:
    text = "Taliban fighters attacked a security post in Baghlan. Three soldiers were killed in the attack."
    [mention] = _mentions(nlp, extractor, text)
    assert mention.target_type == "Military"


def test_what_a_later_sentence_says_the_victim_was_is_the_target(nlp: Language, extractor: Extractor) -> None:
    text = "Gunmen abducted Ahmed Karimi near Kidal on Sunday. Karimi, a municipal councilor, was released a day later."
    [mention] = _mentions(nlp, extractor, text)
    assert mention.target_type == "Government (General)"
    assert mention.provenance["target_type"] == "rule:target-from-role-of-named-victim"


def test_people_carried_off_in_a_later_toll_make_the_attack_a_kidnapping(nlp: Language, extractor: Extractor) -> None:
    # The toll counts the dead and the abducted of the attack already told: one event, a kidnapping (GTD).
    text = "Gunmen attacked farmers near Gusau on Sunday. Two farmers were killed and five others were abducted."
    mentions = _mentions(nlp, extractor, text)
    assert len(mentions) == 1
    assert mentions[0].attack_type == "Hostage Taking (Kidnapping)"
    assert mentions[0].provenance["attack_type"] == "rule:gtd-hostages-taken-in-the-attack"


def test_a_prominent_person_in_a_later_toll_makes_the_bombing_an_assassination(
    nlp: Language, extractor: Extractor
) -> None:
    text = "A bomb exploded near a car in Kandahar on Monday. A provincial council member was killed in the blast."
    mentions = _mentions(nlp, extractor, text)
    assert [(m.attack_type, m.weapon_type) for m in mentions] == [("Assassination", "Explosives")]
    assert mentions[0].provenance["attack_type"] == "rule:gtd-prominent-person-among-the-victims"


def test_a_named_victim_later_said_to_hold_an_office_makes_the_attack_an_assassination(
    nlp: Language, extractor: Extractor
) -> None:
    # The tagger takes the lone name for an organisation; the opening apposition still says who she is.
    text = "Assailants opened fire on Daw Khin Nwe in Bago, Myanmar. Khin Nwe, a ward administrator, was injured."
    mentions = _mentions(nlp, extractor, text)
    assert [m.attack_type for m in mentions] == ["Assassination"]
    assert mentions[0].provenance["attack_type"] == "rule:gtd-role-of-the-named-victim"


def test_a_named_victim_later_said_to_be_a_shopkeeper_was_no_prominent_target(
    nlp: Language, extractor: Extractor
) -> None:
    text = (
        "Assailants opened fire on Gure Warsame in Afgooye, Somalia. Warsame, a shopkeeper, was killed in the assault."
    )
    mentions = _mentions(nlp, extractor, text)
    assert [m.attack_type for m in mentions] == ["Armed Assault"]
    assert mentions[0].provenance["attack_type"] == "rule:gtd-role-of-the-named-victim"


@pytest.mark.parametrize(
    ("text", "tactic"),
    [
        (
            "Militants attacked a police post in Kunduz on Friday. Two officers were killed and the post was burned down.",
            ("Armed Assault", "Firearms"),
        ),
    ],
)
def test_fire_set_in_an_attack_of_unnamed_means_decides_its_tactic(
    nlp: Language, extractor: Extractor, text: str, tactic: tuple[str, str]
) -> None:
    mentions = _mentions(nlp, extractor, text)
    assert [(m.attack_type, m.weapon_type) for m in mentions] == [tactic]
    assert mentions[0].provenance["attack_type"] == "rule:gtd-fire-set-in-the-attack"


@pytest.mark.parametrize(
    ("text", "tactic"),
    [
        (
            "Militants attacked a police checkpoint in Kunduz on Friday. Two policemen were shot dead in the attack.",
            ("Armed Assault", "Firearms"),
        ),
        (
            "Militants attacked villagers near Palma on Friday. Four of them were hacked to death in the attack.",
            ("Armed Assault", "Melee"),
        ),
    ],
)
def test_a_weapon_named_only_in_a_later_sentence_is_the_attacks(
    nlp: Language, extractor: Extractor, text: str, tactic: tuple[str, str]
) -> None:
    mentions = _mentions(nlp, extractor, text)
    assert [(m.attack_type, m.weapon_type) for m in mentions] == [tactic]


def test_an_attacker_shot_by_the_guards_names_no_weapon_of_the_attack(nlp: Language, extractor: Extractor) -> None:
    text = "Militants attacked a police checkpoint in Kunduz on Friday. One attacker was shot dead by the guards."
    assert _mentions(nlp, extractor, text)[0].weapon_type == "Unknown"


def test_fire_the_attackers_set_after_their_attack_takes_its_tactic(nlp: Language, extractor: Extractor) -> None:
    # ACLED may keep the burning as an event of its own; GTD records one armed assault.
    text = "Gunmen opened fire on villagers near Beni on Friday. In addition, the assailants set fire to ten houses."
    mentions = _mentions(nlp, extractor, text)
    assert {(m.attack_type, m.weapon_type) for m in mentions} == {("Armed Assault", "Firearms")}


def test_fire_set_by_others_keeps_its_own_tactic(nlp: Language, extractor: Extractor) -> None:
    text = "Gunmen opened fire on villagers near Beni on Friday. On Sunday, youths set fire to a police station."
    mentions = _mentions(nlp, extractor, text)
    assert mentions[-1].attack_type == "Facility/Infrastructure Attack"


def test_captives_counted_in_addition_belong_to_the_attack_told(nlp: Language, extractor: Extractor) -> None:
    # "In addition" adds people carried off to the attack already told; it is no new incident.
    text = "Militants attacked a police post in Kunduz on Friday. In addition, three officers were taken hostage."
    mentions = _mentions(nlp, extractor, text)
    assert [m.attack_type for m in mentions] == ["Hostage Taking (Kidnapping)"]


def test_police_dispersing_the_riot_just_told_are_part_of_it(nlp: Language, extractor: Extractor) -> None:
    # ACLED types the whole event: the answer to a riot is no new protest met with intervention.
    text = (
        "Rioters demanding lower bread prices hurled stones at soldiers in the capital on Monday. "
        "Police fired tear gas to disperse the crowd."
    )
    assert [m.sub_event_type for m in _mentions(nlp, extractor, text)] == ["Violent demonstration"]


def test_the_toll_of_clashes_told_after_a_fight_of_crowds_is_its_toll(nlp: Language, extractor: Extractor) -> None:
    text = (
        "Supporters of two rival parties clashed with sticks and stones in the market town. "
        "Two men were killed over two days of clashes."
    )
    mentions = _mentions(nlp, extractor, text)
    assert [(m.sub_event_type, m.casualties.fatalities) for m in mentions] == [("Mob violence", 2)]


def test_a_bystander_hit_by_a_stray_bullet_is_the_fights_toll(nlp: Language, extractor: Extractor) -> None:
    text = "Troops clashed with bandits near the market on Friday. A schoolgirl was killed by a stray bullet."
    mentions = _mentions(nlp, extractor, text)
    assert [(m.sub_event_type, m.casualties.fatalities) for m in mentions] == [("Armed clash", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a police patrol in Kirkuk, killing an officer. Another officer was wounded and later "
        "succumbed to his injuries on Friday.",
        "Militants ambushed an army convoy in Kunar. One soldier was killed and another was wounded.",
    ],
)
def test_another_victim_in_a_toll_is_no_new_incident(nlp: Language, extractor: Extractor, text: str) -> None:
    assert len(_mentions(nlp, extractor, text)) == 1


def test_meanwhile_a_toll_elsewhere_is_still_a_new_incident(nlp: Language, extractor: Extractor) -> None:
    text = "Militants ambushed an army convoy in Kunar. Meanwhile, another soldier was killed in Kabul."
    assert len(_mentions(nlp, extractor, text)) == 2


def test_a_captive_found_dead_on_a_later_date_belongs_to_the_kidnapping(nlp: Language, extractor: Extractor) -> None:
    text = (
        "Gunmen abducted a local journalist near Sonoyta on May 1. He was shot and killed, and his body was found "
        "on May 3."
    )
    [kidnapping] = _mentions(nlp, extractor, text)
    # An office holder carried off and killed: GTD ranks the assassination above the kidnapping.
    assert kidnapping.attack_type == "Assassination"


def test_bodies_found_in_a_separate_village_are_told_apart(nlp: Language, extractor: Extractor) -> None:
    text = "Gunmen abducted a trader near Sonoyta on May 1. Two bodies were found on May 3 in a separate village."
    assert len(_mentions(nlp, extractor, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # People carried off "in the ensuing clash": the sentence names the event told, and tells it took hostages.
        "Militants stormed a police post in Kunar. Two officers were killed while three others were abducted in the "
        "ensuing clash.",
        # A clause of the present after the abduction ("their fate is unknown") does not make it a general statement.
        "Militants stormed an army base in Kunar. In addition, twelve soldiers were abducted in the attack; their fate "
        "is unknown.",
        "Rebels attacked an army column near the river. Nine soldiers were taken prisoner in the attack.",
    ],
)
def test_troops_carried_off_in_the_attack_make_it_a_kidnapping(nlp: Language, extractor: Extractor, text: str) -> None:
    [attack] = _mentions(nlp, extractor, text)
    assert attack.attack_type == "Hostage Taking (Kidnapping)"


def test_a_claim_of_the_event_told_is_its_claim_whatever_place_its_reasons_name(
    nlp: Language, extractor: Extractor
) -> None:
    text = (
        "Soldiers intercepted an explosives-laden drone targeting Najran, Najran, Saudi Arabia. "
        "The Houthis claimed responsibility for the incident and said that the attack was in response to the siege "
        "of Yemen."
    )
    mentions = _mentions(nlp, extractor, text)
    assert len(mentions) == 1
    assert mentions[0].claim.claimed


def test_a_claim_whose_reasons_recall_a_dated_killing_does_not_fold_that_toll(
    nlp: Language, extractor: Extractor
) -> None:
    text = (
        "Arsonists burned two lorries in Ercilla, Araucania, Chile. "
        "A militant group claimed responsibility for the attack, citing an activist killed by police in 2018."
    )
    assert _mentions(nlp, extractor, text)[0].casualties.fatalities in (None, 0)

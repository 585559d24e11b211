"""The words naming what an attack hit, read from the parse around its verb."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from eventlens.extract.target_phrase import roles_of_named_people, roles_of_people, target_phrases


def _sentence(nlp: Language, text: str) -> Span:
    return next(iter(nlp(text).sents))


def _phrases(nlp: Language, text: str, verb: str) -> list[str]:
    sentence = _sentence(nlp, text)
    trigger = next(t for t in sentence if t.text == verb)
    return list(target_phrases(sentence, trigger))


@pytest.mark.parametrize(
    ("text", "verb", "named"),
    [
        # the object of the verb, or of the verb it shares a subject with
        ("Gunmen shot and killed a village chief in Kidal on Sunday.", "shot", "village chief"),
        # where the blow landed
        ("A bomb exploded near a revenue office in Bago.", "exploded", "revenue office"),
        ("Militants fired mortar shells at the presidential palace.", "fired", "presidential palace"),
        # what the device was meant for
        ("A bomb attached to the car of a judge exploded in Kabul.", "exploded", "car of a judge"),
    ],
)
def test_the_phrase_names_what_was_hit(nlp: Language, text: str, verb: str, named: str) -> None:
    assert any(named in phrase for phrase in _phrases(nlp, text, verb))


def test_the_setting_is_not_part_of_the_target(nlp: Language) -> None:
    phrases = _phrases(nlp, "Gunmen killed a court clerk in Police District 2 of Ghazni.", "killed")
    assert phrases and all("Police" not in phrase for phrase in phrases)


def test_a_place_attacked_is_not_a_target_phrase(nlp: Language) -> None:
    assert _phrases(nlp, "Militants attacked Kabul on Monday.", "attacked") == []


def test_what_a_named_person_is(nlp: Language) -> None:
    sentence = _sentence(nlp, "Ahmed Karimi, the district governor, was not harmed.")
    assert any("district governor" in role for role in roles_of_people(sentence))


def test_a_weapon_named_as_trigger_reads_its_verb(nlp: Language) -> None:
    phrases = _phrases(nlp, "Militants fired rockets at an army base near Gao.", "rockets")
    assert any("army base" in phrase for phrase in phrases)


def test_the_target_may_sit_in_another_clause_of_the_sentence(nlp: Language) -> None:
    phrases = _phrases(nlp, "A car bomb exploded as gunmen opened fire at an army checkpoint in Mogadishu.", "exploded")
    assert any("army checkpoint" in phrase for phrase in phrases)


def test_roles_are_told_with_the_name_they_belong_to(nlp: Language) -> None:
    sentence = _sentence(nlp, "Saleh, the mayor of the town, was not hurt.")
    assert [name for name, role in roles_of_named_people(sentence) if "mayor" in role] == ["Saleh"]

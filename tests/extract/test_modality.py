"""Is a sentence reporting an event that happened? Forecasts, hypotheticals, questions, negations and
assessments mention events without reporting one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlens.extract.modality import non_event_reason


def _reason(nlp: Language, text: str, trigger: str) -> str | None:
    """Why `text` reports no event with the word `trigger`, or None when it reports one."""
    sentence = next(iter(nlp(text).sents))
    token = next(t for t in sentence if t.lower_ == trigger.lower())
    return non_event_reason(sentence, token)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Militants attacked a checkpoint near Kirkuk on Tuesday.", "attacked"),
        ("A roadside bomb exploded near a police patrol, killing two officers.", "bomb"),
        ("Government troops recaptured the town after heavy fighting.", "recaptured"),
        ("Two soldiers were killed when rebels ambushed their convoy.", "ambushed"),
        ("Police arrested five suspects in the old city on Sunday.", "arrested"),
        ("Thousands of students marched through Belgrade.", "marched"),
        # "IS" in capitals is the group, not the verb "is".
        ("On 7 May, troops killed two IS suicide bombers near the mountains.", "suicide"),
        ("Militia rockets struck IS hideouts behind the old bridge.", "rockets"),
    ],
)
def test_past_tense_reports_are_events(nlp: Language, text: str, trigger: str) -> None:
    assert _reason(nlp, text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The militants will likely attack more checkpoints this winter.", "attack"),
        ("Insurgents will attack the city once the army withdraws.", "attack"),
        ("Analysts fear that militants may attack polling stations.", "attack"),
        ("The group threatened to attack the city.", "attack"),
        ("Rebels plan to launch an offensive next week.", "offensive"),
        ("Gunmen probably attacked the convoy.", "attacked"),
    ],
)
def test_forecasts_and_threats_are_not_events(nlp: Language, text: str, trigger: str) -> None:
    assert _reason(nlp, text, trigger) is not None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels would attack the capital if the talks failed.", "attack"),
        ("If the army withdraws, the militants will seize the town.", "seize"),
    ],
)
def test_hypotheticals_are_not_events(nlp: Language, text: str, trigger: str) -> None:
    assert _reason(nlp, text, trigger) is not None


def test_if_clause_with_could_is_hypothetical(nlp: Language) -> None:
    assert _reason(nlp, "If the talks fail, rebels could attack the capital.", "attack") is not None


def test_questions_are_not_events(nlp: Language) -> None:
    assert _reason(nlp, "Did militants attack the convoy?", "attack") == "question"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Militants did not attack the convoy.", "attack"),
        ("The army has not recaptured the town.", "recaptured"),
    ],
)
def test_negated_events_are_not_events(nlp: Language, text: str, trigger: str) -> None:
    assert _reason(nlp, text, trigger) == "negated"


def test_denials_are_not_events(nlp: Language) -> None:
    assert _reason(nlp, "The Taliban denied attacking the base.", "attacking") == "denial"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("These attacks show that the group remains active in the province.", "attacks"),
        ("The bombings demonstrate the weakness of the security forces.", "bombings"),
        ("Such attacks are common in the province.", "attacks"),
    ],
)
def test_assessments_are_not_events(nlp: Language, text: str, trigger: str) -> None:
    assert _reason(nlp, text, trigger) in {"assessment", "general statement"}


def test_habitual_present_is_a_general_statement(nlp: Language) -> None:
    assert _reason(nlp, "The militants often attack army posts in the province.", "attack") == "general statement"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The region has seen fighting for more than a decade.", "fighting"),
        ("Clashes have occurred in the area since 2014.", "clashes"),
        ("Both armies have shelled the valley for several years.", "shelled"),
    ],
)
def test_long_duration_background_is_not_an_event(nlp: Language, text: str, trigger: str) -> None:
    assert _reason(nlp, text, trigger) == "background"


def test_background_in_a_relative_clause_does_not_make_the_event_background(nlp: Language) -> None:
    text = "Protesters rallied outside the court against ministers who have run the ministry since 1998."
    assert _reason(nlp, text, "rallied") is None


def test_for_years_without_a_count_is_background(nlp: Language) -> None:
    assert _reason(nlp, "The two clans have fought over the wells for years.", "fought") == "background"


def test_a_confirmation_sources_an_earlier_event(nlp: Language) -> None:
    assert _reason(nlp, "Tigris Watch confirmed the explosion.", "explosion") == "sourcing of an earlier event"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Heavy clashes were reported between the two militias on the edge of the town.", "clashes"),
        ("An air strike was reported on a hillside west of the city.", "strike"),
        ("The rebels claimed an attack on a convoy near the border.", "attack"),
    ],
)
def test_an_incident_first_told_by_a_sourcing_verb_is_an_event(nlp: Language, text: str, trigger: str) -> None:
    """Only an incident already named ("the explosion", "both attacks") is being sourced."""
    assert _reason(nlp, text, trigger) is None


def test_reporting_verb_over_an_event_does_not_make_it_a_non_event(nlp: Language) -> None:
    assert _reason(nlp, "Officials said gunmen attacked a bus on Monday.", "attacked") is None


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("No shot was fired when the rebels entered the town, residents said.", "shot", "negated"),
        ("Residents said they heard gunfire until dawn.", "gunfire", "witness account"),
        ("Police posts in the south have come under repeated attack this year.", "attack", "general statement"),
        ("Families took shelter in basements from the artillery fire.", "fire", "circumstance of flight"),
        ("UN investigators later concluded that government aircraft had dropped the sarin.", "dropped", "sourcing of an earlier event"),
        ("Funerals for the dead were held quietly on Wednesday.", "dead", "reference to a known event"),
    ],
)  # fmt: skip
def test_sentences_about_an_incident_are_not_new_incidents(nlp: Language, text: str, trigger: str, reason: str) -> None:
    assert _reason(nlp, text, trigger) == reason


@pytest.mark.parametrize(
    ("text", "trigger", "reason"),
    [
        ("The war began in early 2011, and the army has shelled the town since March 2012.", "shelled", "background"),
        ("Rescuers stopped their work in fear of further air strikes.", "strikes", "forecast or hypothetical"),
        ("Residents showed the damage from this attack on Tuesday.", "attack", "reference to a known event"),
    ],
)
def test_history_future_violence_and_back_references_are_not_new_incidents(
    nlp: Language, text: str, trigger: str, reason: str
) -> None:
    assert _reason(nlp, text, trigger) == reason


def test_no_casualties_does_not_negate_the_event(nlp: Language) -> None:
    text = (
        "On 5 May, rebels reportedly shelled army posts near the town, wounding soldiers with no fatalities reported."
    )
    assert _reason(nlp, text, "shelled") is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # An attempt made is an attack GTD and ACLED record, failed or not.
        ("A man tried to stab a soldier at the bus station on Friday.", "stab"),
        ("Two gunmen tried to storm the police station before dawn.", "storm"),
    ],
)
def test_an_attempt_made_is_an_event(nlp: Language, text: str, trigger: str) -> None:
    assert _reason(nlp, text, trigger) is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Militants are trying to attack the city from the north.", "attack"),
        ("The rebels will try to attack the airport again.", "attack"),
    ],
)
def test_an_attempt_still_to_come_is_no_event(nlp: Language, text: str, trigger: str) -> None:
    assert _reason(nlp, text, trigger) is not None

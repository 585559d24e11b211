"""The lexicon rules on comments written for these tests: each rule fires on its phrasing and not on plain talk."""

from __future__ import annotations

import pytest

from eventlens.comments import lexicon


def _said(spans: list[tuple[int, int]], text: str) -> list[str]:
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(
    "text",
    [
        "Those cockroaches in the camps breed and breed.",
        "Somalis are a plague on this country.",
        "they are vermin, nothing more",
        "The Arabs are animals, every one of them.",
    ],
)
def test_dehumanizing_words_said_of_people(text: str) -> None:
    assert lexicon.dehumanizing(text)


@pytest.mark.parametrize(
    "text",
    [
        "The disease spread through the camp after the floods.",
        "Rats were found in the hospital kitchen.",
        "Kurdish fighters took the town on Tuesday.",
    ],
)
def test_no_dehumanizing_without_people(text: str) -> None:
    assert not lexicon.dehumanizing(text)


def test_identity_attack_is_a_group_next_to_an_insult() -> None:
    text = "Typical of the Turks, liars and thieves the lot."
    assert _said(lexicon.identity_attack(text), text) == ["Turks, liars"]


def test_a_slur_alone_is_an_identity_attack() -> None:
    assert lexicon.identity_attack("send the ragheads home")


def test_naming_a_group_is_no_attack() -> None:
    assert not lexicon.identity_attack("Yazidis returned to Sinjar after the offensive ended.")
    assert not lexicon.identity_attack("Gunmen shot two Christians near the church.")


@pytest.mark.parametrize(
    "text",
    [
        "Good riddance to the lot of them.",
        "hope they all die in the next one",
        "They deserved it after what they did.",
        "Great news, twelve of them dead!",
    ],
)
def test_cheering_deaths(text: str) -> None:
    assert lexicon.celebrates_violence(text)


def test_good_news_without_violence_is_no_cheering() -> None:
    assert not lexicon.celebrates_violence("Great news that the road to the airport reopened.")


@pytest.mark.parametrize(
    "text",
    [
        "No source cited anywhere in this piece.",
        "Where is the evidence for any of this?",
        "According to whom? Anonymous sources again.",
        "I don't see a single named source here.",
        "They printed the governor's claim without evidence.",
    ],
)
def test_sourcing_disputes(text: str) -> None:
    assert lexicon.disputes_sourcing(text)


@pytest.mark.parametrize(
    "text",
    [
        "These numbers are clearly inflated by the ministry.",
        "The death toll looks exaggerated to me.",
        "How many of the dead were actually fighters?",
        "Nobody will ever publish the real toll.",
    ],
)
def test_casualty_disputes(text: str) -> None:
    assert lexicon.disputes_casualties(text)


@pytest.mark.parametrize(
    "text",
    [
        "How do we know it was the Taliban at all?",
        "Smells like a false flag to me.",
        "Probably local bandits and not Boko Haram.",
        "Is anyone sure the gunmen were al-Shabaab?",
        "The whole market scene was staged for the cameras.",
        "This channel always blames the rebels without any proof.",
    ],
)
def test_attribution_disputes(text: str) -> None:
    assert lexicon.disputes_attribution(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 14 people were killed in the blast.",
        "Thanks for the detailed report, the map helps a lot.",
        "Daesh claimed the attack through its usual channels.",
        "Teachers staged a sit-in outside the ministry on Monday.",
        "Villagers blamed the militia for the fire at the market.",
    ],
)
def test_plain_comments_dispute_nothing(text: str) -> None:
    for rule in (lexicon.disputes_sourcing, lexicon.disputes_casualties, lexicon.disputes_attribution):
        assert not rule(text), rule.__name__

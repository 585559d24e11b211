"""Scores of whole comments: the rules and the packaged model joined, labels at 0.5, evidence spans."""

from __future__ import annotations

import pytest

from eventlens.comments import CommentScorer, score_comment
from eventlens.comments.linear import default_model

RULES = CommentScorer(use_default_model=False)
REPORT = "Gunmen attacked a police checkpoint near Kirkuk on Sunday, killing three officers, the ministry said."


def test_dehumanizing_a_people_is_hate_and_toxic() -> None:
    scores = RULES.score("Those Chechens are vermin, good riddance to every one of them.")
    assert {"toxic", "identity_attack", "dehumanizing", "celebrates_violence"} <= set(scores.labels)


def test_evidence_points_into_the_comment() -> None:
    text = "No source given, as usual."
    scores = RULES.score(text)
    (start, end), *_ = scores.evidence["disputes_sourcing"]
    assert text[start:end] == "No source"


def test_a_calm_question_about_the_toll_is_a_dispute_not_toxic() -> None:
    scores = RULES.score("How many of the three killed were actually officers?", REPORT)
    assert scores.labels == ["disputes_casualties"]


def test_comment_on_something_else_is_off_topic() -> None:
    scores = RULES.score("Anyone know a decent pizza place downtown that delivers late?", REPORT)
    assert scores.off_topic >= 0.5
    assert RULES.score("The checkpoint near Kirkuk gets hit every month.", REPORT).off_topic < 0.5


def test_no_report_means_no_off_topic_score() -> None:
    assert RULES.score("Anyone know a decent pizza place downtown that delivers late?").off_topic == 0.0


def test_packaged_model_flags_abuse() -> None:
    if default_model() is None:
        pytest.skip("no packaged comment model: run python -m eventlens.comments.train")
    assert "toxic" in score_comment("you are a worthless disgusting piece of trash").labels


def test_packaged_model_passes_plain_talk() -> None:
    # The tweet-trained model gives some plain news sentences near even odds of toxic; the scorer's cut keeps
    # this one, a plain report of repairs, below it.
    assert "toxic" not in score_comment("The bridge reopened this morning after repairs.").labels


class _FixedModel:
    """A model that gives every comment the same hate probability."""

    def __init__(self, hate: float) -> None:
        self.hate = hate

    def probabilities(self, text: str) -> dict[str, float]:
        return {"toxic": self.hate, "identity_attack": self.hate}


@pytest.mark.parametrize(("hate", "expected"), [(0.6, 0.45), (0.8, 0.8)])
def test_hate_without_a_named_target_needs_a_sure_model(hate: float, expected: float) -> None:
    # No people, religion, gender or slur named: an insult to one person is no identity attack unless the model
    # is very sure.
    assert CommentScorer(_FixedModel(hate)).score("You are the worst writer on this site.").identity_attack == expected


def test_a_named_target_lets_the_model_speak() -> None:
    assert CommentScorer(_FixedModel(0.6)).score("The Albanians on this site again.").identity_attack == 0.6


def test_a_slur_alone_is_an_identity_attack() -> None:
    assert "identity_attack" in RULES.score("Typical muzrats, nothing more to say.").labels


class _Loose:
    """A plugged-in model that gives what it was given as its toxic probability."""

    def __init__(self, value: object) -> None:
        self.value = value

    def probabilities(self, text: str) -> dict[str, object]:
        return {"toxic": self.value, "identity_attack": 0.0}


@pytest.mark.parametrize("value", [float("nan"), 1.7, -0.1, "0.9", None, True])
def test_a_model_giving_no_probability_is_refused_saying_what_it_gave(value: object) -> None:
    scorer = CommentScorer(_Loose(value))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"the comment model gave toxic=.*must return numbers from 0 to 1"):
        scorer.score("Nice weather today.")


def test_a_model_giving_an_integer_or_numpy_probability_is_taken() -> None:
    import numpy

    assert CommentScorer(_Loose(1)).score("Nice weather today.").toxic == 1.0  # type: ignore[arg-type]
    assert CommentScorer(_Loose(numpy.float32(0.25))).score("Nice weather today.").toxic == 0.25  # type: ignore[arg-type]

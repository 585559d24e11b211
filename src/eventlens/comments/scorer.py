"""Scores a comment: the trained model's toxic and hate probabilities joined with the lexicon rules."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from functools import cache
from numbers import Real
from typing import Protocol

from eventlens import __version__
from eventlens.comments import lexicon
from eventlens.comments.linear import default_model, packaged_weights
from eventlens.comments.topic import content_words, off_topic
from eventlens.types import CommentScores

# A rule that fires is strong evidence; these are the scores it gives (above the 0.5 label line).
RULE_SCORE = {
    "dehumanizing": 0.9,
    "identity_attack": 0.85,
    "insult": 0.75,
    "celebrates_violence": 0.85,
    "disputes_attribution": 0.8,
    "disputes_sourcing": 0.8,
    "disputes_casualties": 0.8,
}
UNTARGETED_HATE_CAP = 0.45
# A model this sure of hate is trusted without a named target: posts name their targets in ways no lexicon lists
# (on HateXplain, capping every untargeted post cost 0.4 F1 points with the slur list, 4 without it).
UNTARGETED_HATE_BAR = 0.7
# A slur alone is an identity attack only if the model sees some hate too: in posts, slurs are often used within
# the group or as plain swearing (HateXplain codes those offensive, not hate; a slur rule that overrode the model
# cost 4 F1 points there). Still toxic and an insult.
SLUR_MODEL_FLOOR = 0.4
# The rules but identity attacks, which `_join` weighs against the model.
RULES: dict[str, Callable[[str], list[tuple[int, int]]]] = {
    "dehumanizing": lexicon.dehumanizing,
    "insult": lexicon.insults,
    "celebrates_violence": lexicon.celebrates_violence,
    "disputes_attribution": lexicon.disputes_attribution,
    "disputes_sourcing": lexicon.disputes_sourcing,
    "disputes_casualties": lexicon.disputes_casualties,
}


class CommentModel(Protocol):
    """What a plugged-in model offers (`comments/plugin.py` loads one)."""

    def probabilities(self, text: str) -> dict[str, float]: ...


class CommentScorer:
    """`model` defaults to the packaged one; None scores with the rules alone. A stronger model can be plugged
    in as any object with `probabilities(text) -> {"toxic": p, "identity_attack": p}`."""

    def __init__(self, model: CommentModel | None = None, use_default_model: bool = True) -> None:
        self.model = model if model is not None or not use_default_model else default_model()

    @property
    def name(self) -> str:
        """What scores: the model (the packaged one by its weights' digest, a plugged-in one by its `name` or
        class) and the rules (by eventlens's version). Kept with stored scores, so a store tells which comments an
        older model scored."""
        rules = f"rules-{__version__}"
        if self.model is None:
            return rules
        if self.model is default_model():
            return f"linear-{packaged_digest()}+{rules}"
        return f"{getattr(self.model, 'name', type(self.model).__name__)}+{rules}"

    def failure(self, error: Exception) -> str:
        """Why comments are left unscored when this scorer (a plugged-in model, say) failed on them."""
        return f"comments not scored by {self.name} ({type(error).__name__}: {error})"

    def score(self, text: str, report: str | None = None) -> CommentScores:
        return self.score_with_words(text, content_words(report) if report else set())

    def score_with_words(self, text: str, report_words: set[str]) -> CommentScores:
        """As `score`, with the report's content words computed once for all its comments."""
        return self._join(
            text, _checked(self.model.probabilities(text)) if self.model is not None else {}, report_words
        )

    def score_many(self, texts: Sequence[str], report_words: set[str]) -> list[CommentScores]:
        """As `score_with_words` for each text; a model with `probabilities_many(texts)` scores them in one batch
        (an embedding model encodes a batch much faster than one text at a time)."""
        many = getattr(self.model, "probabilities_many", None)
        if many is None or not texts:
            return [self.score_with_words(text, report_words) for text in texts]
        found = many(list(texts))
        return [self._join(text, _checked(model), report_words) for text, model in zip(texts, found, strict=True)]

    def _join(self, text: str, model: dict[str, float], report_words: set[str]) -> CommentScores:
        """The rules' scores joined with the model's probabilities."""
        evidence = {name: spans for name, rule in RULES.items() if (spans := rule(text))}
        attacks, slurs = lexicon.group_attacks(text), lexicon.slurs(text)
        if slurs and not attacks and model and model.get("identity_attack", 0.0) < SLUR_MODEL_FLOOR:
            slurs = []
        if slurs or attacks:
            evidence["identity_attack"] = slurs + attacks
        scores = {name: (RULE_SCORE[name] if name in evidence else 0.0) for name in RULE_SCORE}
        # The model's hate score is an identity attack when the comment names whom it attacks: a people, a
        # religion, a gender or a slur, or when the model is very sure (else it stays under the label line: an
        # insult to one person is not one).
        hate = model.get("identity_attack", 0.0)
        if hate < UNTARGETED_HATE_BAR and not lexicon.names_a_target(text):
            hate = min(hate, UNTARGETED_HATE_CAP)
        scores["identity_attack"] = max(scores["identity_attack"], hate)
        toxic_rules = max(scores["identity_attack"], scores["dehumanizing"], scores["insult"])
        scores["toxic"] = max(model.get("toxic", 0.0), toxic_rules, scores["celebrates_violence"] * 0.8)
        scores["insult"] = max(scores["insult"], 0.6 * model.get("toxic", 0.0))
        scores["off_topic"] = off_topic(text, report_words)
        return CommentScores(**{name: round(value, 3) for name, value in scores.items()}, evidence=evidence)


_MODEL_SCORES = ("toxic", "identity_attack")  # what a model gives; the rules give the rest


def _checked(found: dict[str, float]) -> dict[str, float]:
    """A model's probabilities, checked: a plugged-in model's NaN, string or 1.7 would otherwise be stored as a
    score (and NaN is no JSON PostgreSQL takes)."""
    checked: dict[str, float] = {}
    for name in _MODEL_SCORES:
        value = found.get(name, 0.0)
        if isinstance(value, bool) or not isinstance(value, Real) or not 0.0 <= value <= 1.0:  # numpy's too
            raise ValueError(
                f"the comment model gave {name}={value!r}: probabilities(text) must return numbers from 0 to 1"
            )
        checked[name] = float(value)
    return checked


@cache
def packaged_digest() -> str:
    return hashlib.sha256(packaged_weights() or b"").hexdigest()[:12]


_DEFAULT: CommentScorer | None = None


def score_comment(text: str, report: str | None = None) -> CommentScores:
    """Scores with the packaged model, loaded once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = CommentScorer()
    return _DEFAULT.score(text, report)

"""A linear text classifier read from exported weights: TF-IDF (sublinear tf, l2 per block) and logistic
regression, in pure Python so the default install needs no scikit-learn. `train.py` writes the file.

A target may have several heads (weight columns over the same features, e.g. a plain and a naive-Bayes-scaled
logistic regression): its probability is the mean of its heads' sigmoids."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from eventlens.comments.features import char_ngrams, lexicon_tokens, normalise, word_ngrams

Analyzer = Callable[[str], list[str]]
ANALYZERS: dict[str, Analyzer] = {"word": word_ngrams, "char": char_ngrams, "lexicon": lexicon_tokens}


@dataclass(frozen=True)
class Block:
    """One vectoriser's vocabulary: term -> its row; each row's idf and one weight per head (a matrix, so a comment's
    terms are weighed in one product rather than term by term); `l2` when its vector is normalised."""

    analyzer: Analyzer
    rows: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray
    l2: bool = True

    @classmethod
    def from_terms(cls, analyzer: Analyzer, terms: dict[str, list[float]], l2: bool = True) -> Block:
        """From the file's form: term -> [idf, weight of head 1, weight of head 2, ...]."""
        table = np.array(list(terms.values()), dtype=np.float64) if terms else np.zeros((0, 1))
        return cls(analyzer, {term: row for row, term in enumerate(terms)}, table[:, 0].copy(), table[:, 1:].copy(), l2)

    def add_to(self, totals: np.ndarray, text: str) -> None:
        """Adds this block's share of each head's logit for a (normalised) text."""
        find = self.rows.get
        known = [row for term in self.analyzer(text) if (row := find(term)) is not None]
        if not known:
            return
        rows, counts = np.unique(np.array(known), return_counts=True)
        values = (1.0 + np.log(counts)) * self.idf[rows]
        if self.l2:
            values /= math.sqrt(float(values @ values))
        totals += values @ self.weights[rows]


@dataclass(frozen=True)
class LinearModel:
    targets: list[str]
    blocks: list[Block]
    intercepts: list[float]
    thresholds: list[float]
    head_targets: list[int]  # which target each weight column (head) scores

    def probabilities(self, text: str) -> dict[str, float]:
        """Each target's probability, rescaled so that the target's chosen threshold maps to 0.5."""
        raw = self.raw_probabilities(text)
        return {
            target: calibrated(raw[target], threshold)
            for target, threshold in zip(self.targets, self.thresholds, strict=True)
        }

    def raw_probabilities(self, text: str) -> dict[str, float]:
        """Each target's mean of its heads' probabilities, before the threshold is mapped to 0.5 (what a blend
        with another model averages, as training did)."""
        normalised = normalise(text)
        totals = np.array(self.intercepts, dtype=np.float64)
        for block in self.blocks:
            block.add_to(totals, normalised)
        sums, counts = [0.0] * len(self.targets), [0] * len(self.targets)
        for target, total in zip(self.head_targets, totals.tolist(), strict=True):
            sums[target] += _sigmoid(total)
            counts[target] += 1
        return {target: total / count for target, total, count in zip(self.targets, sums, counts, strict=True)}


def _sigmoid(value: float) -> float:
    if value < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-value))


def calibrated(probability: float, threshold: float) -> float:
    """Piecewise-linear map sending the decision threshold to 0.5, so `labels` (>= 0.5) apply the tuned cut."""
    if probability < threshold:
        return 0.5 * probability / threshold
    return 0.5 + 0.5 * (probability - threshold) / (1.0 - threshold)


def from_json(data: dict[str, object]) -> LinearModel:
    blocks = [
        Block.from_terms(ANALYZERS[str(block["analyzer"])], block["terms"], bool(block.get("l2", True)))
        for block in data["blocks"]  # type: ignore[attr-defined]
    ]
    targets = list(data["targets"])  # type: ignore[call-overload]
    return LinearModel(
        targets=targets,
        blocks=blocks,
        intercepts=list(data["intercepts"]),  # type: ignore[call-overload]
        thresholds=list(data["thresholds"]),  # type: ignore[call-overload]
        # A file without heads has one per target, in order.
        head_targets=list(data.get("head_targets", range(len(targets)))),  # type: ignore[call-overload]
    )


@cache
def packaged_weights() -> bytes | None:
    """The packaged model file as it is (its digest names the model beside stored scores), or None."""
    resource = resources.files("eventlens") / "data" / "comments" / "model.json"
    return resource.read_bytes() if resource.is_file() else None


@cache
def default_model() -> LinearModel | None:
    """The packaged model, or None when it has not been trained (the lexicon rules still score)."""
    weights = packaged_weights()
    return from_json(json.loads(weights)) if weights is not None else None

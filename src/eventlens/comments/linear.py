"""A linear text classifier read from exported weights: TF-IDF (sublinear tf, l2 per block) and logistic
regression, in pure Python so the default install needs no scikit-learn. `train.py` writes the file.

A target may have several heads (weight columns over the same features, e.g. a plain and a naive-Bayes-scaled
logistic regression): its probability is the mean of its heads' sigmoids."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from eventlens.comments.features import char_ngrams, lexicon_tokens, normalise, word_ngrams

Analyzer = Callable[[str], list[str]]
ANALYZERS: dict[str, Analyzer] = {"word": word_ngrams, "char": char_ngrams, "lexicon": lexicon_tokens}


@dataclass(frozen=True)
class Block:
    """One vectoriser's vocabulary: term -> (idf, one weight per head); `l2` when its vector is normalised."""

    analyzer: Analyzer
    terms: dict[str, tuple[float, list[float]]]
    l2: bool = True


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
        totals = list(self.intercepts)
        for block in self.blocks:
            weighted: list[tuple[float, list[float]]] = []
            norm = 0.0
            for term, count in Counter(block.analyzer(normalised)).items():
                entry = block.terms.get(term)
                if entry is None:
                    continue
                value = (1.0 + math.log(count)) * entry[0]
                norm += value * value
                weighted.append((value, entry[1]))
            if not weighted:
                continue
            scale = 1.0 / math.sqrt(norm) if block.l2 else 1.0
            for value, weights in weighted:
                for i, weight in enumerate(weights):
                    totals[i] += value * scale * weight
        sums, counts = [0.0] * len(self.targets), [0] * len(self.targets)
        for target, total in zip(self.head_targets, totals, strict=True):
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


def load(path: Path) -> LinearModel:
    return from_json(json.loads(path.read_text(encoding="utf-8")))


def from_json(data: dict[str, object]) -> LinearModel:
    blocks = [
        Block(
            ANALYZERS[str(block["analyzer"])],
            {term: (entry[0], entry[1:]) for term, entry in block["terms"].items()},
            bool(block.get("l2", True)),
        )
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
def default_model() -> LinearModel | None:
    """The packaged model, or None when it has not been trained (the lexicon rules still score)."""
    resource = resources.files("eventlens") / "data" / "comments" / "model.json"
    if not resource.is_file():
        return None
    return from_json(json.loads(resource.read_text(encoding="utf-8")))

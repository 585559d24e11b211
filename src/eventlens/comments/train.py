"""Trains the comment model on HateXplain and reports cross-validated F1; writes the weights as JSON.

    python -m eventlens.comments.train ../shared/data/dev/hatexplain_dev.csv \\
        --reporting ../shared/data/dev/fakes_dev.csv:article_content \\
        --reporting ../shared/data/dev/gtd_2021h1_dev.csv:summary \\
        --reporting ../shared/data/dev/acled_may2020_dev.csv:notes \\
        -o src/eventlens/data/comments/model.json

Needs scikit-learn (`pip install -e .[train]`); scoring does not. Targets: `identity_attack` = hate (category 1)
vs the rest, `toxic` = hate or offensive (1, 2) vs normal (0); category 3 (no majority) is left out. Each target
has two heads over the same features, a logistic regression and one over naive-Bayes-scaled features (NB-LR),
whose probabilities are averaged. Each target's decision threshold is chosen on training folds only (an inner
3-fold split), never on the test fold.

`--reporting FILE:COLUMN` adds sentences of news reporting as normal posts to every training set: the posts are
tweets and Gab posts, and a model of them alone finds the words of conflict reporting ("Kurdish fighters",
"Sunni rebels", "terrorists killed") toxic, while the comments it must read sit under such reports and quote
them. They are never in a test fold; the false-positive rate on reporting sentences held out of training is
reported beside the F1."""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventlens.comments.features import char_ngrams, lexicon_tokens, normalise, word_ngrams
from eventlens.comments.lexicon import names_a_target

SEED = 13
DEPLOYED_MIN_CUT = 0.5
C = 1.0
MAX_FEATURES = {"word": 20000, "char": 30000}
TARGETS = {"identity_attack": {1}, "toxic": {1, 2}}
REPORTING_PER_FILE = 500
REPORTING_HELD_OUT = 500
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SENTENCE_LENGTH = (40, 400)


def read_posts(path: Path) -> tuple[list[str], list[int]]:
    texts, categories = [], []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["category"] in {"0", "1", "2"}:
                texts.append(normalise(row["text"]))
                categories.append(int(row["category"]))
    return texts, categories


def read_reporting(spec: str, per_file: int, held_out: int) -> tuple[list[str], list[str]]:
    """(training, held-out) sentences of `FILE:COLUMN`, a seeded sample of each, normalised like the posts."""
    path, _, column = spec.rpartition(":")
    if not path or not column:
        raise SystemExit(f"--reporting takes FILE:COLUMN, not {spec!r}")
    csv.field_size_limit(1 << 30)
    low, high = _SENTENCE_LENGTH
    sentences = []
    with Path(path).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if column not in row:
                raise SystemExit(f"{path} has no column {column!r}")
            sentences += [s for s in _SENTENCE_END.split(row[column] or "") if low < len(s) < high]
    random.Random(SEED).shuffle(sentences)
    normalised = [normalise(sentence) for sentence in sentences]
    return normalised[:per_file], normalised[per_file : per_file + held_out]


def _vectorisers() -> list[tuple[str, Any]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    blocks = [
        (name, TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=2, max_features=MAX_FEATURES[name]))
        for name, analyzer in (("word", word_ngrams), ("char", char_ngrams))
    ]
    # The lexicon's hits as counts (1 + log), neither weighted by rarity nor normalised.
    lexicon = TfidfVectorizer(analyzer=lexicon_tokens, sublinear_tf=True, use_idf=False, norm=None)
    return [*blocks, ("lexicon", lexicon)]


def _matrix(vectorisers: list[tuple[str, Any]], texts: list[str], fit: bool = False) -> Any:
    from scipy.sparse import hstack

    return hstack([v.fit_transform(texts) if fit else v.transform(texts) for _, v in vectorisers]).tocsr()


def _nb_ratios(matrix: Any, labels: Any) -> Any:
    """Log-count ratio of each feature's presence in positive vs negative posts (Wang and Manning 2012)."""
    import numpy as np

    present = matrix > 0
    positive = np.asarray(present[labels == 1].sum(axis=0)).ravel() + 1.0
    negative = np.asarray(present[labels == 0].sum(axis=0)).ravel() + 1.0
    return np.log((positive / positive.sum()) / (negative / negative.sum()))


@dataclass
class Heads:
    """A target's two logistic regressions; `nb_coef` already includes the naive-Bayes scaling."""

    coef: Any
    intercept: float
    nb_coef: Any
    nb_intercept: float

    def probabilities(self, matrix: Any) -> Any:
        from scipy.special import expit

        return (expit(matrix @ self.coef + self.intercept) + expit(matrix @ self.nb_coef + self.nb_intercept)) / 2


def _heads(matrix: Any, labels: Any) -> Heads:
    from scipy.sparse import diags
    from sklearn.linear_model import LogisticRegression

    def fit(features: Any) -> Any:
        return LogisticRegression(C=C, class_weight="balanced", max_iter=3000, random_state=SEED).fit(features, labels)

    ratios = _nb_ratios(matrix, labels)
    plain, scaled = fit(matrix), fit(matrix @ diags(ratios))
    return Heads(plain.coef_[0], float(plain.intercept_[0]), scaled.coef_[0] * ratios, float(scaled.intercept_[0]))


def _fit(texts: list[str], labels: Any, reporting: list[str]) -> tuple[list[tuple[str, Any]], Heads]:
    """Vectorisers and heads fitted on the posts plus the reporting sentences (all normal)."""
    import numpy as np

    vectorisers = _vectorisers()
    matrix = _matrix(vectorisers, texts + reporting, fit=True)
    return vectorisers, _heads(matrix, np.concatenate([labels, np.zeros(len(reporting), dtype=int)]))


def _predict(fitted: tuple[list[tuple[str, Any]], Heads], texts: list[str]) -> Any:
    vectorisers, heads = fitted
    return heads.probabilities(_matrix(vectorisers, texts))


@dataclass(frozen=True)
class Choice:
    """What the training folds chose: the cut (a learner with several scores also says how to join them)."""

    cut: float

    def scores(self, predicted: Any) -> Any:
        return predicted


@dataclass(frozen=True)
class Learner:
    """How a model is fitted on (texts, labels, reporting sentences as normal posts), how it scores texts, and
    how its settings (at least the cut) are chosen from out-of-fold scores of training posts."""

    fit: Callable[[list[str], Any, list[str]], Any]
    predict: Callable[[Any, list[str]], Any]
    choose: Callable[[Any, Any], Choice]


def best_cut(labels: Any, scores: Any) -> tuple[float, float]:
    """The cut maximising F1 of these scores, and that F1."""
    import numpy as np
    from sklearn.metrics import f1_score

    cuts = np.arange(0.2, 0.8, 0.01)
    found = [f1_score(labels, scores >= cut) for cut in cuts]
    best = int(np.argmax(found))
    return float(cuts[best]), float(found[best])


LINEAR = Learner(_fit, _predict, lambda labels, scores: Choice(best_cut(labels, scores)[0]))


def out_of_fold(texts: list[str], labels: Any, reporting: list[str], folds: int, learner: Learner) -> Any:
    """Each (training) post scored by a model fitted on the other folds."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    scores: Any = None
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=SEED + 1).split(texts, labels):
        fitted = learner.fit([texts[i] for i in train], labels[train], reporting)
        predicted = np.asarray(learner.predict(fitted, [texts[i] for i in test]))
        if scores is None:
            scores = np.zeros((len(texts), *predicted.shape[1:]))
        scores[test] = predicted
    return scores


def _best_threshold(texts: list[str], labels: Any, reporting: list[str], folds: int) -> float:
    """The cut maximising F1 on out-of-fold predictions of these (training) posts."""
    return LINEAR.choose(labels, out_of_fold(texts, labels, reporting, folds, LINEAR)).cut


@dataclass
class Validation:
    """Mean over outer folds of: F1 at the cut chosen inside the training folds; F1 at the scorer's cut (no less
    than 0.5); that with the scorer's target gate (identity attack only); and the share of held-out reporting
    sentences scored at or above the scorer's cut."""

    tuned: float
    deployed: float
    gated: float
    reporting_flagged: float


def cross_validate(
    texts: list[str],
    labels: Any,
    reporting: list[str],
    held_out: list[str],
    gate: Any = None,
    folds: int = 5,
) -> Validation:
    return cross_validate_choices(texts, labels, reporting, held_out, gate, folds, LINEAR, {"": LINEAR.choose})[""]


def cross_validate_choices(
    texts: list[str],
    labels: Any,
    reporting: list[str],
    held_out: list[str],
    gate: Any,
    folds: int,
    learner: Learner,
    choosers: dict[str, Callable[[Any, Any], Choice]],
) -> dict[str, Validation]:
    """Outer folds; in each, every chooser picks its settings on out-of-fold scores of the training folds (an inner
    3-fold split) and is measured on the test fold. Several choosers share the fits (e.g. a blend and its parts)."""
    import numpy as np
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    found: dict[str, list[list[float]]] = {name: [[], [], [], []] for name in choosers}
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=SEED).split(texts, labels):
        train_texts = [texts[i] for i in train]
        inner = out_of_fold(train_texts, labels[train], reporting, 3, learner)
        fitted = learner.fit(train_texts, labels[train], reporting)
        predicted = learner.predict(fitted, [texts[i] for i in test])
        predicted_held_out = learner.predict(fitted, held_out) if held_out else None
        for name, choose in choosers.items():
            choice = choose(labels[train], inner)
            tuned, deployed, gated, flagged = found[name]
            scores, scorer_cut = choice.scores(predicted), max(choice.cut, DEPLOYED_MIN_CUT)
            tuned.append(f1_score(labels[test], scores >= choice.cut))
            deployed.append(f1_score(labels[test], scores >= scorer_cut))
            if gate is not None:
                gated.append(f1_score(labels[test], (scores >= scorer_cut) & gate[test]))
            if predicted_held_out is not None:
                flagged.append(float(np.mean(choice.scores(predicted_held_out) >= scorer_cut)))
    return {name: Validation(*(_mean(values) for values in lists)) for name, lists in found.items()}


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def export(texts: list[str], categories: list[int], reporting: list[str]) -> dict[str, Any]:
    """One vocabulary for both targets (fitted once), two weight columns (heads) per target."""
    import numpy as np

    vectorisers = _vectorisers()
    matrix = _matrix(vectorisers, texts + reporting, fit=True)
    columns, intercepts, head_targets, f1_cuts = [], [], [], []
    for index, positive in enumerate(TARGETS.values()):
        labels = np.array([int(c in positive) for c in categories])
        heads = _heads(matrix, np.concatenate([labels, np.zeros(len(reporting), dtype=int)]))
        columns += [heads.coef, heads.nb_coef]
        intercepts += [round(heads.intercept, 5), round(heads.nb_intercept, 5)]
        head_targets += [index, index]
        f1_cuts.append(round(_best_threshold(texts, labels, reporting, 3), 3))
    blocks, offset = [], 0
    for name, vectoriser in vectorisers:
        terms = {}
        for term, column in vectoriser.vocabulary_.items():
            weights = [round(float(coef[offset + column]), 4) for coef in columns]
            idf = float(vectoriser.idf_[column]) if vectoriser.use_idf else 1.0
            terms[term] = [round(idf, 4), *weights]
        blocks.append({"analyzer": name, "terms": dict(sorted(terms.items())), "l2": vectoriser.norm == "l2"})
        offset += len(vectoriser.vocabulary_)
    # HateXplain's posts are 59% toxic and 30% hate; news comments far less, so the cut that maximises F1 there
    # labels plain sentences here. The scorer labels at no less than even odds (the classes were balanced).
    thresholds = [max(cut, DEPLOYED_MIN_CUT) for cut in f1_cuts]
    return {"targets": list(TARGETS), "head_targets": head_targets, "intercepts": intercepts,
            "thresholds": thresholds, "f1_thresholds": f1_cuts, "blocks": blocks}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventlens.comments.train", description=__doc__.split("\n")[0])
    parser.add_argument("csv", type=Path, help="HateXplain-style CSV: text, category (0 normal, 1 hate, 2 offensive)")
    parser.add_argument("-o", "--output", type=Path, help="where to write the model JSON")
    parser.add_argument("--reporting", action="append", default=[], metavar="FILE:COLUMN",
                        help="a CSV of news reporting and its text column, sentences added as normal posts "
                             "(repeatable)")  # fmt: skip
    parser.add_argument("--reporting-per-file", type=int, default=REPORTING_PER_FILE,
                        help=f"sentences taken from each --reporting file (default {REPORTING_PER_FILE})")  # fmt: skip
    parser.add_argument("--no-cv", action="store_true", help="skip the 5-fold cross-validation report")
    args = parser.parse_args(argv)
    import numpy as np

    texts, categories = read_posts(args.csv)
    reporting: list[str] = []
    held_out: list[str] = []
    for spec in args.reporting:
        train, held = read_reporting(spec, args.reporting_per_file, REPORTING_HELD_OUT)
        reporting += train
        held_out += held
    print(f"{len(texts)} posts (category 3 left out), {len(reporting)} reporting sentences "
          f"({len(held_out)} held out)", file=sys.stderr)  # fmt: skip
    if not args.no_cv:
        gate = np.array([names_a_target(text) for text in texts])
        for target, positive in TARGETS.items():
            labels = np.array([int(c in positive) for c in categories])
            found = cross_validate(texts, labels, reporting, held_out, gate if target == "identity_attack" else None)
            extra = f", {found.gated:.4f} with the target gate" if target == "identity_attack" else ""
            flagged = f"; held-out reporting sentences flagged {found.reporting_flagged:.1%}" if held_out else ""
            print(f"{target}: 5-fold F1 {found.tuned:.4f} (threshold chosen on training folds), "
                  f"{found.deployed:.4f} at the scorer's cut (>= 0.5){extra}{flagged}", flush=True)  # fmt: skip
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        model = export(texts, categories, reporting)
        args.output.write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
        print(f"model written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

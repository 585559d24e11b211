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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventlens.comments.features import char_ngrams, lexicon_tokens, normalise, word_ngrams
from eventlens.comments.linear import calibrated

SEED = 13
# The scorer labels at the F1 cut, no lower than this: a guard against a cut the posts' high share of hate (59%
# toxic, 30% hate; news comments far less) would pull down. Trained with news reporting as normal posts, the model
# gives held-out reporting sentences toxic probabilities under 0.31 (99.9th percentile), so a cut near 0.45 is safe.
DEPLOYED_MIN_CUT = 0.4
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


def training_labels(categories: Any, target: str, reporting: int) -> Any:
    """A target's labels of the posts, then a 0 for each reporting sentence."""
    import numpy as np

    return np.concatenate([target_labels(categories, target).astype(int), np.zeros(reporting, dtype=int)])


@dataclass
class Fitted:
    """One vocabulary (fitted once) and each target's heads."""

    vectorisers: list[tuple[str, Any]]
    heads: dict[str, Heads]

    def probabilities(self, texts: list[str]) -> dict[str, Any]:
        matrix = _matrix(self.vectorisers, texts)
        return {target: heads.probabilities(matrix) for target, heads in self.heads.items()}


def _fit(texts: list[str], categories: Any, reporting: list[str]) -> Fitted:
    """Vectorisers and heads fitted on the posts plus the reporting sentences (all normal)."""
    vectorisers = _vectorisers()
    matrix = _matrix(vectorisers, texts + reporting, fit=True)
    heads = {target: _heads(matrix, training_labels(categories, target, len(reporting))) for target in TARGETS}
    return Fitted(vectorisers, heads)


def best_cut(labels: Any, scores: Any) -> tuple[float, float]:
    """The cut maximising F1 of these scores, and that F1."""
    import numpy as np
    from sklearn.metrics import f1_score

    cuts = np.arange(0.2, 0.8, 0.01)
    found = [f1_score(labels, scores >= cut) for cut in cuts]
    best = int(np.argmax(found))
    return float(cuts[best]), float(found[best])


def inner_folds(categories: Any, folds: int = 3) -> Any:
    """The split of training posts whose out-of-fold scores choose the cuts (never the outer test fold)."""
    from sklearn.model_selection import StratifiedKFold

    return StratifiedKFold(folds, shuffle=True, random_state=SEED + 1).split(categories, categories)


def outer_folds(categories: Any, folds: int = 5) -> Any:
    """The cross-validation's split of the posts."""
    from sklearn.model_selection import StratifiedKFold

    return StratifiedKFold(folds, shuffle=True, random_state=SEED).split(categories, categories)


def target_labels(categories: Any, target: str) -> Any:
    import numpy as np

    return np.isin(categories, list(TARGETS[target]))


def _best_thresholds(texts: list[str], categories: Any, reporting: list[str]) -> dict[str, float]:
    """Each target's cut maximising F1 on out-of-fold predictions of these (training) posts."""
    import numpy as np

    scores = {target: np.zeros(len(texts)) for target in TARGETS}
    for train, test in inner_folds(categories):
        found = _fit([texts[i] for i in train], categories[train], reporting).probabilities([texts[i] for i in test])
        for target in TARGETS:
            scores[target][test] = found[target]
    return {target: best_cut(target_labels(categories, target), scores[target])[0] for target in TARGETS}


class FoldModel:
    """A fold's model as the scorer sees it: each test post's probabilities, mapped so the fold's cut is 0.5."""

    name = "fold"

    def __init__(self, texts: list[str], probabilities: dict[str, Any], cuts: dict[str, float]) -> None:
        self.by_text = {
            text: {target: calibrated(float(probabilities[target][i]), cuts[target]) for target in TARGETS}
            for i, text in enumerate(texts)
        }

    def probabilities(self, text: str) -> dict[str, float]:
        return self.by_text[text]


@dataclass
class Validation:
    """Mean over outer folds of: F1 at the cut chosen inside the training folds; F1 at the scorer's cut (no less
    than `DEPLOYED_MIN_CUT`); F1 of the labels `eventlens comments` gives (the fold's model joined with the lexicon rules and the
    target gate by `CommentScorer`); and the share of held-out reporting sentences scored at or above the cut."""

    tuned: float
    deployed: float
    scorer: float
    reporting_flagged: float


def cross_validate(
    texts: list[str], categories: Any, reporting: list[str], held_out: list[str], folds: int = 5
) -> dict[str, Validation]:
    import numpy as np
    from sklearn.metrics import f1_score

    from eventlens.comments.scorer import CommentScorer

    found: dict[str, dict[str, list[float]]] = {target: {} for target in TARGETS}
    for train, test in outer_folds(categories, folds):
        train_texts, test_texts = [texts[i] for i in train], [texts[i] for i in test]
        cuts = _best_thresholds(train_texts, categories[train], reporting)
        fitted = _fit(train_texts, categories[train], reporting)
        scores = fitted.probabilities(test_texts)
        flagged = fitted.probabilities(held_out) if held_out else {}
        scorer_cuts = {target: max(cut, DEPLOYED_MIN_CUT) for target, cut in cuts.items()}
        scorer = CommentScorer(FoldModel(test_texts, scores, scorer_cuts))
        labels = [set(scorer.score(text).labels) for text in test_texts]
        for target in TARGETS:
            gold = target_labels(categories[test], target)
            scorer_cut = scorer_cuts[target]
            results = found[target]
            results.setdefault("tuned", []).append(f1_score(gold, scores[target] >= cuts[target]))
            results.setdefault("deployed", []).append(f1_score(gold, scores[target] >= scorer_cut))
            results.setdefault("scorer", []).append(f1_score(gold, [target in given for given in labels]))
            if held_out:
                results.setdefault("flagged", []).append(float(np.mean(flagged[target] >= scorer_cut)))
    return {
        target: Validation(*(_mean(results.get(name, [])) for name in ("tuned", "deployed", "scorer", "flagged")))
        for target, results in found.items()
    }


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def export(texts: list[str], categories: Any, reporting: list[str]) -> dict[str, Any]:
    """One vocabulary for both targets, two weight columns (heads) per target."""
    fitted = _fit(texts, categories, reporting)
    columns, intercepts, head_targets = [], [], []
    for index, heads in enumerate(fitted.heads.values()):
        columns += [heads.coef, heads.nb_coef]
        intercepts += [round(heads.intercept, 5), round(heads.nb_intercept, 5)]
        head_targets += [index, index]
    f1_cuts = _best_thresholds(texts, categories, reporting)
    blocks, offset = [], 0
    for name, vectoriser in fitted.vectorisers:
        terms = {}
        for term, column in vectoriser.vocabulary_.items():
            weights = [round(float(coef[offset + column]), 4) for coef in columns]
            idf = float(vectoriser.idf_[column]) if vectoriser.use_idf else 1.0
            terms[term] = [round(idf, 4), *weights]
        blocks.append({"analyzer": name, "terms": dict(sorted(terms.items())), "l2": vectoriser.norm == "l2"})
        offset += len(vectoriser.vocabulary_)
    cuts = [round(f1_cuts[target], 3) for target in TARGETS]
    return {"targets": list(TARGETS), "head_targets": head_targets, "intercepts": intercepts,
            "thresholds": [max(cut, DEPLOYED_MIN_CUT) for cut in cuts], "f1_thresholds": cuts,
            "blocks": blocks}  # fmt: skip


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
        for target, found in cross_validate(texts, np.array(categories), reporting, held_out).items():
            flagged = f"; held-out reporting sentences flagged {found.reporting_flagged:.1%}" if held_out else ""
            print(f"{target}: 5-fold F1 {found.tuned:.4f} (threshold chosen on training folds), {found.deployed:.4f} "
                  f"at the scorer's cut (>= {DEPLOYED_MIN_CUT}), {found.scorer:.4f} as `eventlens comments` labels "
                  f"(rules joined){flagged}", flush=True)  # fmt: skip
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        model = export(texts, np.array(categories), reporting)
        args.output.write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
        print(f"model written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

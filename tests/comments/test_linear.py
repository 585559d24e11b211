"""The pure-Python scorer of exported weights: tf-idf with sublinear counts, l2 per block, a sigmoid."""

from __future__ import annotations

import math

from eventlens.comments.linear import from_json


def _model(l2: bool = True) -> dict[str, object]:
    return {
        "targets": ["toxic"],
        "intercepts": [-1.0],
        "thresholds": [0.5],
        "blocks": [{"analyzer": "word", "l2": l2, "terms": {"awful": [2.0, 3.0], "day": [1.0, 0.0]}}],
    }


def test_weights_apply_to_the_normalised_tfidf_vector() -> None:
    model = from_json(_model())
    # "awful" twice: tf 1 + log 2, times idf 2; "day" once: 1; unknown words are ignored.
    awful = (1 + math.log(2)) * 2.0
    expected = 1 / (1 + math.exp(-(-1.0 + 3.0 * awful / math.sqrt(awful**2 + 1))))
    assert math.isclose(model.probabilities("An awful, awful day")["toxic"], expected)


def test_text_without_known_terms_scores_the_intercept() -> None:
    model = from_json(_model())
    assert math.isclose(model.probabilities("nothing here")["toxic"], 1 / (1 + math.e))


def test_threshold_maps_to_one_half() -> None:
    data = _model()
    data["thresholds"] = [1 / (1 + math.e)]
    assert math.isclose(from_json(data).probabilities("nothing here")["toxic"], 0.5)


def test_a_target_with_two_heads_scores_the_mean_of_their_probabilities() -> None:
    data = _model()
    data["blocks"] = [{"analyzer": "word", "l2": False, "terms": {"awful": [1.0, 2.0, -1.0]}}]
    data["intercepts"] = [0.0, 0.0]
    data["head_targets"] = [0, 0]
    expected = (1 / (1 + math.exp(-2.0)) + 1 / (1 + math.exp(1.0))) / 2
    assert math.isclose(from_json(data).probabilities("awful")["toxic"], expected)

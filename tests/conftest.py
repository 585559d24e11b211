"""Shared fixtures: the real pipeline (built once per session) and the path to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = REPO / "tests" / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test with a clear message when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared data beside the repo); absent here")
    return path


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from eventlens.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def actor_dictionary():  # type: ignore[no-untyped-def]
    from eventlens.resolve.actors import ActorDictionary

    return ActorDictionary.default()

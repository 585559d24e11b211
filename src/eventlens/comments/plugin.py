"""A comment model the user plugs in instead of the packaged one: a model file written by
`python -m eventlens.comments.train` (trained on their own moderation data, say), or any Python object with
`probabilities(text) -> {"toxic": p, "identity_attack": p}` named as `module:attribute` (a class or function is
called with no arguments): a bigger local model, or a client of an LLM endpoint the user runs."""

from __future__ import annotations

import hashlib
import importlib
import json
from pathlib import Path
from typing import Any

from eventlens.comments.linear import from_json
from eventlens.comments.scorer import CommentModel, CommentScorer


class CommentModelError(ValueError):
    """The model named cannot be used; the message says what to do."""


class _NamedModel:
    """A model file known by its file name and the digest of its weights (kept beside stored scores)."""

    def __init__(self, path: Path) -> None:
        raw = path.read_bytes()
        self.model = from_json(json.loads(raw))
        self.name = f"linear-{path.stem}-{hashlib.sha256(raw).hexdigest()[:12]}"

    def probabilities(self, text: str) -> dict[str, float]:
        return self.model.probabilities(text)


def load_comment_model(spec: str) -> CommentModel:
    """`spec` is a model JSON file or `module:attribute`."""
    if spec.endswith(".json"):
        path = Path(spec)
        if not path.is_file():
            raise CommentModelError(f"no comment model file {spec}: train one with python -m eventlens.comments.train")
        try:
            return _NamedModel(path)
        except (ValueError, KeyError, TypeError) as error:
            message = f"{spec} is not a comment model written by eventlens.comments.train ({error})"
            raise CommentModelError(message) from error
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise CommentModelError(f"give a model as FILE.json or module:attribute, not {spec!r}")
    try:
        found: Any = getattr(importlib.import_module(module_name), attribute)
    except (ImportError, AttributeError) as error:
        raise CommentModelError(f"cannot load comment model {spec}: {error}") from error
    # A class, or a factory function, is called to make the model; an object that has the method is the model.
    model = found
    if isinstance(found, type) or (callable(found) and not hasattr(found, "probabilities")):
        try:
            model = found()
        except CommentModelError:
            raise  # already says what to do (e.g. which extra to install)
        except Exception as error:
            raise CommentModelError(f"{spec} failed to start: {type(error).__name__}: {error}") from error
    if not callable(getattr(model, "probabilities", None)):
        raise CommentModelError(f"{spec} has no probabilities(text) method returning toxic and identity_attack")
    return model


def comment_scorer(spec: str | None = None, rules_only: bool = False) -> CommentScorer:
    """The scorer a command asks for: a plugged-in model, the rules alone, or the packaged model."""
    if spec and rules_only:
        raise CommentModelError("give a comment model or --rules-only, not both")
    if spec:
        return CommentScorer(load_comment_model(spec))
    return CommentScorer(use_default_model=not rules_only)

"""What the app's routes share: the open store, the token, and the pipeline (loaded on the first ingest)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fastapi import Request

from eventlens.store import EventStore

if TYPE_CHECKING:  # spaCy loads with the pipeline: reading needs none of it
    from eventlens.pipeline import Pipeline


def default_pipeline() -> Pipeline:
    from eventlens.pipeline import Pipeline

    return Pipeline()


@dataclass
class Services:
    store: EventStore
    make_pipeline: Callable[[], Pipeline] = default_pipeline
    _pipeline: Pipeline | None = None
    # One ingest at a time: the pipeline is not shared between threads, and the store merges one document after
    # another anyway.
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)

    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = self.make_pipeline()
        return self._pipeline


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found

"""The real gazetteer index, built once per session into a temp dir, and distances for place tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventlens.resolve.geo import index
from eventlens.resolve.places import Gazetteer, ResolvedPlace
from eventlens.types.geo import haversine_km


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache dir holding the default index; EVENTLENS_CACHE points at it for the session."""
    cache = tmp_path_factory.mktemp("eventlens-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVENTLENS_CACHE", str(cache))
        index.ensure_index(quiet=True)
        yield cache


@pytest.fixture(scope="session")
def gz(cache_dir: Path) -> Iterator[Gazetteer]:
    g = Gazetteer()
    yield g
    g.close()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return haversine_km((lat1, lon1), (lat2, lon2))


def dist_to(r: ResolvedPlace, point: tuple[float, float]) -> float:
    assert r.latitude is not None and r.longitude is not None
    return km(r.latitude, r.longitude, *point)

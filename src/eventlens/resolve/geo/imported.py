"""Places a user imported: a GeoNames dump (`eventlens gazetteer import`) or a file of their own places
(`eventlens gazetteer add-file`), on top of the packaged index.

How they persist: each import is one SQLite file, `<cache dir>/imported-places/<NAME>.sqlite`, apart from
the packaged index. The packaged index is rebuilt whenever its code or data change; imported files are never
touched by that, so an import is done once. They hold GeoNames' admin codes ("SY.04"), not the packaged
index's row ids, so they stay valid across rebuilds. Each file is written under a temporary name and renamed
into place only once complete: an import that fails or is interrupted leaves every earlier import as it was,
and importing NAME again replaces that file whole. `eventlens gazetteer remove NAME` deletes it. While it is
written, the names are staged in SQLite's temporary storage ($SQLITE_TMPDIR, else /tmp: about as much again as
the finished file) and sorted into the file in one pass at the end.

Tables of one file:
- meta(key, value): name, kind ("geonames" or "own"), file (what was imported), added (UTC), places, skipped
- place(ref, name, cc, admin1, admin2, lat, lon, pop, kind)
      ref = GeoNames id (own places: their line number); admin1/admin2 = GeoNames codes "SY.04",
      "SY.04.172956" (None when unknown); kind = GeoNames feature ("P.PPL") or the user's kind ("camp")
- name(key, ref, rank), loose(loose, ref, rank): as the packaged index's (`build`), places only
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventlens.resolve.geo import index, normalize

KIND_GEONAMES, KIND_OWN = "geonames", "own"
_NAME_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_BATCH = 20_000

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE place(ref INTEGER PRIMARY KEY, name TEXT NOT NULL, cc TEXT NOT NULL, admin1 TEXT, admin2 TEXT,
                   lat REAL NOT NULL, lon REAL NOT NULL, pop INTEGER NOT NULL, kind TEXT NOT NULL);
CREATE TABLE name(key TEXT NOT NULL, ref INTEGER NOT NULL, rank INTEGER NOT NULL,
                  PRIMARY KEY(key, ref)) WITHOUT ROWID;
CREATE TABLE loose(loose TEXT NOT NULL, ref INTEGER NOT NULL, rank INTEGER NOT NULL,
                   PRIMARY KEY(loose, ref)) WITHOUT ROWID;
CREATE TEMP TABLE name_in(key TEXT, ref INTEGER, rank INTEGER);
CREATE TEMP TABLE loose_in(loose TEXT, ref INTEGER, rank INTEGER);
"""


class SourceError(Exception):
    """An import that cannot be done at all (bad name, unreadable file); nothing was changed."""


def default_dir() -> Path:
    return index.cache_dir() / "imported-places"


def check_name(name: str) -> str:
    if not _NAME_OK.match(name):
        raise SourceError(f"{name!r} is no good as a source name: use letters, digits, '.', '_' or '-'")
    return name


def source_files(directory: Path) -> list[Path]:
    """The imported files, in name order (the order their places are offered in)."""
    return sorted(directory.glob("*.sqlite")) if directory.is_dir() else []


@dataclass(frozen=True)
class SourceInfo:
    name: str
    kind: str
    file: str  # what was imported
    added: str
    places: int
    skipped: int
    path: Path  # the SQLite file
    size: int


def read_info(path: Path) -> SourceInfo:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    return SourceInfo(
        name=meta.get("name", path.stem),
        kind=meta.get("kind", "?"),
        file=meta.get("file", "?"),
        added=meta.get("added", "?"),
        places=int(meta.get("places", 0)),
        skipped=int(meta.get("skipped", 0)),
        path=path,
        size=path.stat().st_size,
    )


def list_sources(directory: Path | None = None) -> list[SourceInfo]:
    """The imported sources; a file that is no readable import (a disk error, a stray file) is named on stderr
    and left out, so it cannot stop a run."""
    found = []
    for path in source_files(directory or default_dir()):
        try:
            found.append(read_info(path))
        except sqlite3.Error as error:
            print(f"eventlens: warning: {path} left out, not a readable import ({error})", file=sys.stderr)
    return found


def remove_source(name: str, directory: Path | None = None) -> bool:
    path = (directory or default_dir()) / f"{check_name(name)}.sqlite"
    if not path.exists():
        return False
    path.unlink()
    return True


def name_rows(texts: Iterable[tuple[str, int]]) -> dict[str, int]:
    """A place's exact keys with their best rank (Latin-script names only, as the packaged index)."""
    keys: dict[str, int] = {}
    seen: dict[str, int] = {}
    for text, rank in texts:
        if seen.get(text, 9) <= rank:  # GeoNames' name, its ASCII form and ours are often one
            continue
        seen[text] = rank
        key = normalize.name_key(text)
        if normalize.is_latin_key(key) and not key.isdigit() and rank < keys.get(key, 9):
            keys[key] = rank
    return keys


class SourceWriter:
    """Writes one import to a temp file in `directory`; `commit` renames it to NAME.sqlite, and leaving the
    `with` block without committing (an error, Ctrl-C) deletes it."""

    def __init__(self, directory: Path, name: str) -> None:
        self.target = directory / f"{check_name(name)}.sqlite"
        self.name = name
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=directory)
        os.close(fd)
        self.tmp = Path(tmp)
        self.con = sqlite3.connect(self.tmp, isolation_level=None)
        # A temp file renamed into place only when whole: no journal needed.
        self.con.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;")
        self.con.executescript(SCHEMA)
        self.con.execute("BEGIN")
        self.places: list[tuple[object, ...]] = []
        self.names: list[tuple[str, int, int]] = []
        self.loose: list[tuple[str, int, int]] = []
        self.count = 0
        self.committed = False

    def add(self, place: tuple[object, ...], keys: dict[str, int]) -> None:
        """`place` as the place table's row (ref first); `keys` from `name_rows`."""
        ref = int(place[0])  # type: ignore[call-overload]
        self.places.append(place)
        loose: dict[str, int] = {}
        for key, rank in keys.items():
            self.names.append((key, ref, rank))
            lk = normalize.loose_key(key)
            if len(lk) >= 3 and rank < loose.get(lk, 9):
                loose[lk] = rank
        self.loose.extend((lk, ref, rank) for lk, rank in loose.items())
        self.count += 1
        if len(self.places) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        self.con.executemany("INSERT OR REPLACE INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.places)
        self.con.executemany("INSERT INTO name_in VALUES (?, ?, ?)", self.names)
        self.con.executemany("INSERT INTO loose_in VALUES (?, ?, ?)", self.loose)
        self.places.clear()
        self.names.clear()
        self.loose.clear()

    def commit(self, kind: str, file: Path, skipped: int) -> SourceInfo:
        self.flush()
        # Keys go in sorted, in one pass: far faster than growing the B-trees row by row.
        self.con.execute("INSERT INTO name SELECT key, ref, min(rank) FROM name_in GROUP BY key, ref ORDER BY key, ref")
        self.con.execute(
            "INSERT INTO loose SELECT loose, ref, min(rank) FROM loose_in GROUP BY loose, ref ORDER BY loose, ref"
        )
        places = self.con.execute("SELECT count(*) FROM place").fetchone()[0]
        meta = {
            "name": self.name,
            "kind": kind,
            "file": str(file),
            "added": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "places": str(places),
            "skipped": str(skipped),
        }
        self.con.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        self.con.execute("COMMIT")
        self.con.execute("DROP TABLE name_in")
        self.con.execute("DROP TABLE loose_in")
        self.con.execute("ANALYZE")
        self.con.close()
        os.chmod(self.tmp, 0o644)
        os.replace(self.tmp, self.target)
        self.committed = True
        return read_info(self.target)

    def __enter__(self) -> SourceWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.committed:
            with contextlib.suppress(sqlite3.Error):
                self.con.close()
            self.tmp.unlink(missing_ok=True)

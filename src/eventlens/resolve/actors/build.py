"""Building the dictionary's indexes from the tables: merging user rows over bundled ones, checking them, and
the country lookups."""

from __future__ import annotations

from dataclasses import replace

from eventlens.resolve.actors.model import Country, Entry
from eventlens.resolve.actors.tables import NONE_MARK, TableError
from eventlens.resolve.actors.text import name_key
from eventlens.resolve.actors.trie import PhraseTrie


def merge(entries: list[Entry], countries: dict[str, Country]) -> list[Entry]:
    """Rows with their countries spelled as ACLED does; a later row with the same id and countries replaces an
    earlier one in place; a variant row's empty cells come from its actor's first row."""
    merged: dict[tuple[str, tuple[str, ...]], Entry] = {}
    for entry in entries:
        spelled = tuple(countries[name_key(c)].name if name_key(c) in countries else c for c in entry.countries)
        merged[(entry.id, spelled)] = replace(entry, countries=spelled)
    firsts: dict[str, Entry] = {}
    out = []
    for entry in merged.values():
        first = firsts.setdefault(entry.id, entry)
        if entry is not first:
            entry = replace(
                entry,
                gtd=entry.gtd or first.gtd,
                category=entry.category or first.category,
                kind=entry.kind or first.kind,
                parent=entry.parent or first.parent,
                no_country=entry.no_country or first.no_country,
            )
        out.append(replace(entry, kind=entry.kind or "group"))
    return out


def check(entries: list[Entry], ids: set[str], countries: dict[str, Country]) -> None:
    for entry in entries:
        if not entry.category:
            raise TableError(f"{entry.origin}: no category for {entry.id!r}")
        if entry.parent and entry.parent != NONE_MARK and entry.parent not in ids:
            raise TableError(f"{entry.origin}: parent {entry.parent!r} is no actor id")
        if "{regime}" in entry.acled and not entry.templated:
            raise TableError(f"{entry.origin}: {{regime}} needs {{country}} or {{the_country}} in the same name")
        unknown = [c for c in entry.countries if name_key(c) not in countries]
        if unknown:
            raise TableError(f"{entry.origin}: unknown countries {unknown}")


def country_index(countries: list[Country]) -> dict[str, Country]:
    index: dict[str, Country] = {}
    for country in countries:
        for name in (country.name, *country.names):
            index[name_key(name)] = country
    return index


def nation_trie(countries: list[Country]) -> PhraseTrie[Country]:
    """Countries by name and demonym, for "Syrian troops" and "forces of Azerbaijan"."""
    trie: PhraseTrie[Country] = PhraseTrie()
    for country in countries:
        for name in (country.name, *country.names, *country.demonyms):
            trie.add(name, country)
    return trie

"""eventlens' own name tables (in `eventlens/data/places/`), read at index-build time.

- `acled_names.tsv`   geonameid → the name ACLED writes for it (country, admin1, admin2 or location),
                      learned from ACLED's dev export by `build_acled_names`.
- `curated_names.tsv` geonameid, name, role: `acled` = ACLED's spelling (wins over the learned one)
                      and a name that resolves to it; `alias` = a spelling news uses, lookup only.
- `demonyms.tsv`      ISO alpha-2 → demonyms ("Syrian", "Nigerian"), for `country_of`.
- `seats.tsv`         admin geonameid → the geonameid of its seat, where the builder's guess (the
                      place named like the division, else the largest) is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventlens.resolve.geo import sources

ACLED_TABLE = "acled_names.tsv"
CURATED_TABLE = "curated_names.tsv"
DEMONYM_TABLE = "demonyms.tsv"
SEAT_TABLE = "seats.tsv"
TABLES = (ACLED_TABLE, CURATED_TABLE, DEMONYM_TABLE, SEAT_TABLE)


@dataclass
class NameTables:
    output_name: dict[int, str] = field(default_factory=dict)  # geonameid → the name to write
    aliases: dict[int, list[str]] = field(default_factory=dict)  # geonameid → extra names to resolve
    demonyms: dict[str, list[str]] = field(default_factory=dict)  # ISO alpha-2 → demonyms
    seats: dict[int, int] = field(default_factory=dict)  # admin geonameid → seat geonameid


def load_tables(acled: dict[int, str] | None = None) -> NameTables:
    """The tables as shipped; `acled` replaces the learned ACLED table (held-out measurement)."""
    t = NameTables()
    if acled is None:
        acled = {int(row[0]): row[1] for row in sources.read_name_table(ACLED_TABLE)}
    t.output_name.update(acled)
    for row in sources.read_name_table(CURATED_TABLE):
        gid, name, role = int(row[0]), row[1], row[2] if len(row) > 2 else "alias"
        if role == "acled":
            previous = t.output_name.get(gid)
            if previous and previous != name:  # the learned spelling still resolves
                t.aliases.setdefault(gid, []).append(previous)
            t.output_name[gid] = name
        else:
            t.aliases.setdefault(gid, []).append(name)
    for row in sources.read_name_table(DEMONYM_TABLE):
        t.demonyms[row[0]] = [d for d in row[1].split("|") if d]
    for row in sources.read_name_table(SEAT_TABLE):
        t.seats[int(row[0])] = int(row[1])
    return t

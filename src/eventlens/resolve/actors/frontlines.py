"""Front lines: provinces where two known sides have fought a long war, so that an exchange of fire there that a
report attributes to nobody is still theirs ("monitors recorded 40 explosions near the contact line").

ACLED never codes such an event to an unidentified armed group: a clash on the front is between its two sides,
and shelling there is coded to one of them. Rows live in `data/actors/frontlines.tsv`."""

from __future__ import annotations

from dataclasses import dataclass

FRONTLINE_COLUMNS = ("frontline", "country", "provinces", "from", "to", "first_side", "second_side")
HELD_PLACE_COLUMNS = ("frontline", "held_by", "province", "places")
# Fire across a front line: what monitors record near a place ("explosions", "shots") is a clash or shelling. A
# bomb or a mine near a front-line town is no fire from the other side.
FIRE_SUB_EVENTS = frozenset({"Armed clash", "Shelling/artillery/missile attack"})
# Kinds of place wider than a town: "the Donetsk region" is not the city of Donetsk that one side holds.
WIDE_AREAS = frozenset({"province", "governorate", "region", "state", "county", "department", "prefecture"})


@dataclass(frozen=True)
class Frontline:
    name: str
    country: str
    provinces: frozenset[str]
    start: tuple[int, int]  # (year, month), inclusive
    end: tuple[int, int] | None  # (year, month), inclusive; None = still open
    first_side: str  # actor id, as in groups.tsv / generic.tsv ("military_forces", "naf")
    second_side: str

    def open_at(self, year: int | None, month: int | None) -> bool:
        """Whether the front was open at this date (an unknown year is not)."""
        if year is None:
            return False
        when = (year, month or 1)
        return self.start <= when and (self.end is None or when <= self.end)

    def holds(self, country: str | None, province: str | None, year: int | None, month: int | None) -> bool:
        """Whether an event in this country and province, at this date, lies on this front."""
        return country == self.country and province in self.provinces and self.open_at(year, month)


@dataclass(frozen=True)
class HeldPlace:
    """A place one side of a front line holds: fire nobody is named for near it comes from the other side."""

    frontline: str
    holder: str  # actor id of the side holding it
    province: str  # ACLED admin1 name
    name: str


def frontline_from_cells(cells: list[str], where: str) -> Frontline:
    """One table row: name, country, provinces ("|"-separated), from and to (YYYY-MM; empty `to` = open), sides."""
    if len(cells) < len(FRONTLINE_COLUMNS):
        raise ValueError(f"{where}: a front line needs {len(FRONTLINE_COLUMNS)} cells")
    name, country, provinces, start, end, first, second = cells[: len(FRONTLINE_COLUMNS)]
    return Frontline(
        name=name,
        country=country,
        provinces=frozenset(p.strip() for p in provinces.split("|") if p.strip()),
        start=_year_month(start, where),
        end=_year_month(end, where) if end else None,
        first_side=first,
        second_side=second,
    )


def held_places_from_cells(cells: list[str], where: str) -> list[HeldPlace]:
    """One table row: front line, holding side, province, and the places ("|"-separated)."""
    if len(cells) < len(HELD_PLACE_COLUMNS):
        raise ValueError(f"{where}: a row of held places needs {len(HELD_PLACE_COLUMNS)} cells")
    front, holder, province, places = cells[: len(HELD_PLACE_COLUMNS)]
    return [HeldPlace(front, holder, province, p.strip()) for p in places.split("|") if p.strip()]


def _year_month(text: str, where: str) -> tuple[int, int]:
    year, _, month = text.partition("-")
    if not year.isdigit() or (month and not month.isdigit()):
        raise ValueError(f"{where}: {text!r} is not YYYY-MM")
    return int(year), int(month) if month else 1

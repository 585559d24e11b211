"""Front lines: provinces where two known sides have fought a long war, so that an exchange of fire there that a
report attributes to nobody is still theirs ("monitors recorded 40 explosions near the contact line").

ACLED never codes such an event to an unidentified armed group: a clash on the front is between its two sides,
and shelling there is coded to one of them. Rows live in `data/actors/frontlines.tsv`."""

from __future__ import annotations

from dataclasses import dataclass

FRONTLINE_COLUMNS = ("frontline", "country", "provinces", "from", "to", "first_side", "second_side")


@dataclass(frozen=True)
class Frontline:
    name: str
    country: str
    provinces: frozenset[str]
    start: tuple[int, int]  # (year, month), inclusive
    end: tuple[int, int] | None  # (year, month), inclusive; None = still open
    first_side: str  # actor id, as in groups.tsv / generic.tsv ("military_forces", "naf")
    second_side: str

    def holds(self, country: str | None, province: str | None, year: int | None, month: int | None) -> bool:
        """Whether an event in this country and province, at this date, lies on this front."""
        if country != self.country or province not in self.provinces or year is None:
            return False
        when = (year, month or 1)
        return self.start <= when and (self.end is None or when <= self.end)


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


def _year_month(text: str, where: str) -> tuple[int, int]:
    year, _, month = text.partition("-")
    if not year.isdigit() or (month and not month.isdigit()):
        raise ValueError(f"{where}: {text!r} is not YYYY-MM")
    return int(year), int(month) if month else 1

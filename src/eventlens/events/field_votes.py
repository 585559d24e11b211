"""Votes across reports: which value of a field the most outlets back.

An outlet is one vote, however many of its reports the store holds; a less specific value backs the more specific
one it holds (a month the day in it, an unnamed attacker the group another outlet names, GTD's "Unknown" any known
type); ties go to the more specific value, then to the more confident record, then to the first in sort order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eventlens.events.cross_certainty import outlet_key
from eventlens.events.incident_match import UNNAMED_PREFIX, period
from eventlens.types import EventRecord, MentionRef
from eventlens.types.incident import FieldScalar

Member = tuple[MentionRef, EventRecord]

_PRECISION_RANK = {"day": 3, "week": 2, "month": 1, "year": 0}
_GTD_UNKNOWN = ("Unknown", "Other")


@dataclass(frozen=True)
class Vote:
    """Who stands behind one value of a field."""

    value: FieldScalar
    outlets: frozenset[str]
    of: int  # outlets that give the field any value
    confidence: float


def outlet_of(ref: MentionRef, record: EventRecord) -> str:
    """The outlet a report is one vote of: its publisher, else the first source it names, else the document."""
    return ref.outlet or (record.sources[0] if record.sources else f"doc:{ref.doc_id}")


def arrival(member: Member) -> tuple[bool, dt.date, str, str]:
    """The order reports are taken in, whatever order they came in: by publication (undated last), then document
    and event ids."""
    ref = member[0]
    return ref.published is None, ref.published or dt.date.min, ref.doc_id, ref.event_id


def ordered(members: Sequence[Member]) -> list[Member]:
    return sorted(members, key=arrival)


def vote(
    members: Sequence[Member],
    field: str,
    *,
    supports: Callable[[FieldScalar, FieldScalar], bool] | None = None,
    specificity: Callable[[FieldScalar], float] | None = None,
) -> Vote | None:
    """The best-supported value of `field`: most outlets (`supports(other, value)` lets a less specific value count
    for a more specific one), then the more specific, then the more confident, then the first in sort order."""
    given = [(getattr(record, field), outlet_key(outlet_of(ref, record)), record.confidence) for ref, record in members]
    given = [item for item in given if item[0] is not None]
    if not given:
        return None
    candidates: dict[FieldScalar, Vote] = {}
    everyone = frozenset(outlet for _, outlet, _ in given)
    for value, _, _ in given:
        if value in candidates:
            continue
        backers = [
            (outlet, confidence)
            for other, outlet, confidence in given
            if other == value or (supports is not None and supports(other, value))
        ]
        own = max(confidence for other, _, confidence in given if other == value)
        candidates[value] = Vote(value, frozenset(outlet for outlet, _ in backers), len(everyone), own)
    return min(
        candidates.values(),
        key=lambda v: (-len(v.outlets), -(specificity(v.value) if specificity else 0.0), -v.confidence, str(v.value)),
    )


def provenance_of(chosen: Vote) -> str:
    return f"incident:vote({len(chosen.outlets)} of {chosen.of} outlets)"


def dated(value: FieldScalar) -> tuple[str, str | None]:
    """A date vote's value is "date/precision": the same "2022-07-05" names a day or the week up to it."""
    date, _, precision = str(value).partition("/")
    return date, precision or None


def date_supports(other: FieldScalar, value: FieldScalar) -> bool:
    """A period holding the day backs it: "in July", or the week a report without a date is published in."""
    (wide, wide_precision), (narrow, narrow_precision) = dated(other), dated(value)
    first, last = period(wide, wide_precision)
    first_narrow, last_narrow = period(narrow, narrow_precision)
    return (
        other != value
        and first <= first_narrow
        and last_narrow <= last
        and (first, last) != (first_narrow, last_narrow)
    )


def date_specificity(value: FieldScalar) -> float:
    _, precision = dated(value)
    return _PRECISION_RANK.get(precision or "", -1)


def _unnamed(value: FieldScalar) -> bool:
    """ACLED's "Unidentified Armed Group (Syria)": someone nobody named. "Civilians (Syria)" is a side of its own."""
    return isinstance(value, str) and value.startswith(UNNAMED_PREFIX)


def name_supports(other: FieldScalar, value: FieldScalar) -> bool:
    """An unnamed side backs whichever group another report names."""
    return _unnamed(other) and not _unnamed(value)


def named_first(value: FieldScalar) -> float:
    return 0.0 if _unnamed(value) else 1.0


def _gtd_supports(other: FieldScalar, value: FieldScalar) -> bool:
    return other in _GTD_UNKNOWN and value not in _GTD_UNKNOWN


def _gtd_known_first(value: FieldScalar) -> float:
    return 0.0 if value in _GTD_UNKNOWN else 1.0


# Fields where one value is "nobody knows" and backs any known one.
NAMED_OR_KNOWN = (
    ("attack_type", _gtd_supports, _gtd_known_first),
    ("weapon_type", _gtd_supports, _gtd_known_first),
    ("target_type", _gtd_supports, _gtd_known_first),
    ("gtd_perpetrator", _gtd_supports, _gtd_known_first),
    ("claimed_by", name_supports, named_first),
)

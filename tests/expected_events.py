"""Compares pipeline output with a hand-coded expected file (the seed's format).

A value is exact unless written {"any_of": [...]} or {"includes": [...]}; actor names compare alias-aware;
evidence must overlap; the notes a coder left are not compared. Coordinates are {"latitude", "longitude",
"max_km"} (within that distance) or {"near": {"latitude", "longitude"}, "max_km", "direction"} (within that
distance of the point named and on that side of it); other forms (the seed's "inside" prose) are checked by
the test that knows them."""

from __future__ import annotations

import math
from typing import Any

from eventlens.resolve.actors import ActorDictionary
from eventlens.types import EventRecord
from eventlens.types.geo import haversine_km

SKIPPED = {"id", "evidence"}
_BEARINGS = {"north": 0, "north-east": 45, "east": 90, "south-east": 135, "south": 180, "south-west": 225,
             "west": 270, "north-west": 315}  # fmt: skip


def bearing_degrees(start: tuple[float, float], end: tuple[float, float]) -> float:
    """Initial bearing from `start` to `end`, degrees clockwise from north."""
    phi1, phi2 = math.radians(start[0]), math.radians(end[0])
    dlam = math.radians(end[1] - start[1])
    y = math.sin(dlam) * math.cos(phi2)
    x = math.cos(phi1) * math.sin(phi2) - math.sin(phi1) * math.cos(phi2) * math.cos(dlam)
    return math.degrees(math.atan2(y, x)) % 360


def on_side(point: tuple[float, float], reference: tuple[float, float], direction: str) -> bool:
    """Does `point` lie on the `direction` side of `reference` (within 67.5 degrees of that bearing)?"""
    difference = abs(bearing_degrees(reference, point) - _BEARINGS[direction]) % 360
    return min(difference, 360 - difference) <= 67.5


def coordinate_problem(want: dict[str, Any], record: EventRecord) -> str | None:
    """Why the record's point does not satisfy the expected coordinates, or None when it does."""
    reference = want.get("near", want)
    if "latitude" not in reference:
        return None
    if record.latitude is None or record.longitude is None:
        return "no coordinates"
    point = (record.latitude, record.longitude)
    km = haversine_km(point, (reference["latitude"], reference["longitude"]))
    if km > want["max_km"]:
        return f"{km:.1f} km away, more than {want['max_km']}"
    if "direction" in want and not on_side(point, (reference["latitude"], reference["longitude"]), want["direction"]):
        return f"not {want['direction']} of the reference point"
    return None


# Where a coder also pointed at supporting text ("count_evidence", "denial_evidence"); the records carry it
# among their evidence spans, which the overlap check covers.
SUPPORTING_EVIDENCE_SUFFIX = "_evidence"
ACTOR_FIELDS = {"actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "claimed_by"}


def _same(field: str, expected: Any, actual: Any, actors: ActorDictionary) -> bool:
    if field in ACTOR_FIELDS and isinstance(expected, str) and isinstance(actual, str):
        return actors.same_actor(expected, actual)
    if isinstance(expected, list) and isinstance(actual, list):
        return [e.casefold() for e in expected] == [a.casefold() for a in actual]
    return bool(expected == actual)


def field_mismatches(expected: dict[str, Any], record: EventRecord, actors: ActorDictionary) -> list[str]:
    problems = []
    for field, want in expected.items():
        if field in SKIPPED or field.endswith(("_note", SUPPORTING_EVIDENCE_SUFFIX)):
            continue
        if field == "coordinates":
            if want is not None and (problem := coordinate_problem(want, record)):
                problems.append(f"{expected.get('id')}.coordinates: {problem}")
            continue
        got = getattr(record, field)
        if isinstance(want, dict) and "any_of" in want:
            ok = any(_same(field, option, got, actors) for option in want["any_of"])
        elif isinstance(want, dict) and "includes" in want:
            ok = all(any(_same(field, item, g, actors) for g in got) for item in want["includes"])
        else:
            ok = _same(field, want, got, actors)
        if not ok:
            problems.append(f"{expected.get('id')}.{field}: expected {want!r}, got {got!r}")
    return problems


def overlap(record: EventRecord, start: int, end: int) -> int:
    return max((min(end, e.end) - max(start, e.start) for e in record.evidence), default=0)


def match_events(
    expected_events: list[dict[str, Any]], records: list[EventRecord]
) -> list[tuple[dict[str, Any], EventRecord | None]]:
    """Each expected event with the record whose evidence overlaps its evidence most."""
    pairs = []
    for event in expected_events:
        span = event["evidence"]
        best = max(records, key=lambda r: overlap(r, span["start"], span["end"]), default=None)
        if best is not None and overlap(best, span["start"], span["end"]) < 0.5 * (span["end"] - span["start"]):
            best = None
        pairs.append((event, best))
    return pairs

"""Compares pipeline output with a hand-coded expected file (the seed's format).

A value is exact unless written {"any_of": [...]} or {"includes": [...]}; actor names compare alias-aware;
coordinates, geo-precision and the notes a coder left are not compared; evidence must overlap."""

from __future__ import annotations

from typing import Any

from eventlens.resolve.actors import ActorDictionary
from eventlens.types import EventRecord

SKIPPED = {"id", "evidence", "coordinates", "geo_precision"}
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

"""Interim same-incident test and consolidation, so the store can be built and tested before the incidents
helper's module lands; `git merge main` replaces this file with the real one (same names, same signatures)."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Sequence

from eventlens.types import Correction, EventRecord, FieldValue, Incident, MentionRef
from eventlens.types.incident import FieldScalar, Review

_KM_BY_PRECISION = {1: 10.0, 2: 25.0, 3: 75.0}
_VOTED = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location")
_VOTED_NUMBERS = ("fatalities", "wounded")


def _span(record: EventRecord) -> tuple[dt.date, dt.date] | None:
    if not record.event_date:
        return None
    parts = [int(p) for p in record.event_date.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    day = dt.date(*parts)
    slack = 3 if record.date_precision == "week" else 0
    return day - dt.timedelta(days=slack), day + dt.timedelta(days=slack)


def _km(a: EventRecord, b: EventRecord) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _compatible(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x.casefold() == y.casefold()


def same_incident(a: EventRecord, b: EventRecord) -> bool:
    if a.doc_id == b.doc_id or not _compatible(a.event_type, b.event_type) or not _compatible(a.country, b.country):
        return False
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None or sa[1] < sb[0] or sb[1] < sa[0]:
        return False
    km = _km(a, b)
    limit = max(_KM_BY_PRECISION.get(a.geo_precision or 3, 75.0), _KM_BY_PRECISION.get(b.geo_precision or 3, 75.0))
    if km is not None and km > limit:
        return False
    if km is None and not _compatible(a.location, b.location):
        return False
    return _compatible(a.actor1, b.actor1)


def incident_id_for(first: MentionRef) -> str:
    return "inc-" + hashlib.sha1(f"{first.doc_id}\x1f{first.event_id}".encode()).hexdigest()[:12]


def _vote(field: str, members: Sequence[tuple[MentionRef, EventRecord]]) -> tuple[FieldScalar, list[FieldValue]]:
    counts: Counter[FieldScalar] = Counter()
    docs: dict[FieldScalar, list[str]] = {}
    outlets: dict[FieldScalar, list[str]] = {}
    for ref, record in members:
        value = getattr(record, field)
        if value is None:
            continue
        counts[value] += 1
        docs.setdefault(value, []).append(ref.doc_id)
        if ref.outlet:
            outlets.setdefault(value, []).append(ref.outlet)
    if not counts:
        return None, []
    best = min(counts, key=lambda v: (-counts[v], str(v)))
    values = [FieldValue(value=v, doc_ids=sorted(docs[v]), sources=sorted(set(outlets.get(v, [])))) for v in counts]
    return best, sorted(values, key=lambda v: str(v.value)) if len(values) > 1 else []


def consolidate(
    incident_id: str, members: Sequence[tuple[MentionRef, EventRecord]], corrections: Sequence[Correction] = ()
) -> Incident:
    ordered = sorted(members, key=lambda m: (m[0].doc_id, m[0].event_id))
    update: dict[str, object] = {"event_id": incident_id}
    disagreements: dict[str, list[FieldValue]] = {}
    for field in _VOTED + _VOTED_NUMBERS:
        update[field], values = _vote(field, ordered)
        if values:
            disagreements[field] = values
    update["sources"] = sorted({ref.outlet for ref, _ in ordered if ref.outlet})
    review: Review = "unreviewed"
    for correction in sorted(corrections, key=lambda c: c.at):
        if correction.action == "edit" and correction.field:
            update[correction.field] = correction.value
        elif correction.action in ("confirm", "reject"):
            review = "confirmed" if correction.action == "confirm" else "rejected"
    record = ordered[0][1].model_copy(update=update)
    return Incident(
        incident_id=incident_id,
        record=record,
        mentions=[ref for ref, _ in ordered],
        disagreements=disagreements,
        corrections=list(corrections),
        review=review,
    )

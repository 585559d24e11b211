"""One incident's record from the records of every report that tells it.

Each field takes the value the most outlets support (an outlet is one vote, however many of its reports the store
holds); a less specific value supports the more specific one it holds (a month the day in it, an unnamed attacker
the group another outlet names, GTD's "Unknown" any known type). Ties go to the more specific value, then to the
more confident record. Tolls follow ACLED's rule for conflicting reports instead (`tolls.py`). Every field the
reports tell differently is kept in `disagreements`; analysts' corrections go on top, last, in time order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eventlens.events.cross_certainty import certainty_across, outlet_key, unique_outlets
from eventlens.events.incident_match import UNNAMED_PREFIX, period, place_key
from eventlens.events.notes import write_note
from eventlens.events.tolls import conservative_toll
from eventlens.types import Correction, EventRecord, FieldValue, Incident, MentionRef
from eventlens.types.incident import FieldScalar, Review

Member = tuple[MentionRef, EventRecord]

# Fields whose different values across reports are kept as disagreements.
DISPUTABLE_FIELDS = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "fatalities",
    "wounded",
    "claimed_by",
    "gtd_perpetrator",
    "attack_type",
    "weapon_type",
    "target_type",
)
# Where a place's fields come from: one report's place, whole, never a town from one and a province from another.
_PLACE_FIELDS = ("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision")
_PRECISION_RANK = {"day": 3, "week": 2, "month": 1, "year": 0}
_GTD_UNKNOWN = ("Unknown", "Other")


@dataclass(frozen=True)
class _Vote:
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
) -> _Vote | None:
    """The best-supported value of `field`: most outlets (`supports(other, value)` lets a less specific value count
    for a more specific one), then the more specific, then the more confident, then the first in sort order."""
    given = [(getattr(record, field), outlet_key(outlet_of(ref, record)), record.confidence) for ref, record in members]
    given = [item for item in given if item[0] is not None]
    if not given:
        return None
    candidates: dict[FieldScalar, _Vote] = {}
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
        candidates[value] = _Vote(value, frozenset(outlet for outlet, _ in backers), len(everyone), own)
    return min(
        candidates.values(),
        key=lambda v: (-len(v.outlets), -(specificity(v.value) if specificity else 0.0), -v.confidence, str(v.value)),
    )


def _provenance(chosen: _Vote) -> str:
    return f"incident:vote({len(chosen.outlets)} of {chosen.of} outlets)"


def _dated(value: FieldScalar) -> tuple[str, str | None]:
    """A date vote's value is "date/precision": the same "2022-07-05" names a day or the week up to it."""
    date, _, precision = str(value).partition("/")
    return date, precision or None


def _date_supports(other: FieldScalar, value: FieldScalar) -> bool:
    """A period holding the day backs it: "in July", or the week a report without a date is published in."""
    (wide, wide_precision), (narrow, narrow_precision) = _dated(other), _dated(value)
    first, last = period(wide, wide_precision)
    first_narrow, last_narrow = period(narrow, narrow_precision)
    return (
        other != value
        and first <= first_narrow
        and last_narrow <= last
        and (first, last) != (first_narrow, last_narrow)
    )


def _date_specificity(value: FieldScalar) -> float:
    _, precision = _dated(value)
    return _PRECISION_RANK.get(precision or "", -1)


def _unnamed(value: FieldScalar) -> bool:
    """ACLED's "Unidentified Armed Group (Syria)": someone nobody named. "Civilians (Syria)" is a side of its own."""
    return isinstance(value, str) and value.startswith(UNNAMED_PREFIX)


def _name_supports(other: FieldScalar, value: FieldScalar) -> bool:
    """An unnamed side backs whichever group another report names."""
    return _unnamed(other) and not _unnamed(value)


def _named_first(value: FieldScalar) -> float:
    return 0.0 if _unnamed(value) else 1.0


def _gtd_supports(other: FieldScalar, value: FieldScalar) -> bool:
    return other in _GTD_UNKNOWN and value not in _GTD_UNKNOWN


def _gtd_known_first(value: FieldScalar) -> float:
    return 0.0 if value in _GTD_UNKNOWN else 1.0


# Fields where one value is "nobody knows" and backs any known one.
_NAMED_OR_KNOWN = (
    ("attack_type", _gtd_supports, _gtd_known_first),
    ("weapon_type", _gtd_supports, _gtd_known_first),
    ("target_type", _gtd_supports, _gtd_known_first),
    ("gtd_perpetrator", _gtd_supports, _gtd_known_first),
    ("claimed_by", _name_supports, _named_first),
)


def _chosen_date(members: Sequence[Member], fields: dict[str, object], provenance: dict[str, str]) -> None:
    keyed = [
        (ref, record.model_copy(update={"event_date": f"{record.event_date}/{record.date_precision or ''}"}))
        for ref, record in members
        if record.event_date
    ]
    chosen = vote(keyed, "event_date", supports=_date_supports, specificity=_date_specificity)
    if chosen is None:
        return
    fields["event_date"], fields["date_precision"] = _dated(chosen.value)
    provenance["event_date"] = provenance["date_precision"] = _provenance(chosen)


def _chosen_place(members: Sequence[Member], fields: dict[str, object], provenance: dict[str, str]) -> None:
    """The place most outlets name (spellings that differ only in case, spaces and hyphens are one), told by its
    most precise report."""
    keyed = [
        (ref, record.model_copy(update={"location": place_key(record.location)}))
        for ref, record in members
        if record.location
    ]
    finest: dict[FieldScalar, int] = {}
    for _, record in keyed:
        finest[record.location] = min(finest.get(record.location, 4), record.geo_precision or 4)
    # On a tie the town (precision 1) beats the region (3).
    chosen = vote(keyed, "location", specificity=lambda v: -finest.get(v, 4))
    if chosen is None:
        country = vote(members, "country")
        if country is not None:
            fields["country"], provenance["country"] = country.value, _provenance(country)
        return
    told = [record for _, record in members if record.location and place_key(record.location) == chosen.value]
    best = min(told, key=lambda r: (r.geo_precision or 4, -r.confidence, r.doc_id, r.event_id))
    for name in _PLACE_FIELDS:
        fields[name] = getattr(best, name)
        provenance[name] = _provenance(chosen)
    if best.country is None:
        country = vote(members, "country")
        if country is not None:
            fields["country"], provenance["country"] = country.value, _provenance(country)


def _chosen_sides(members: Sequence[Member], fields: dict[str, object], provenance: dict[str, str]) -> None:
    for side in ("1", "2"):
        chosen = vote(members, f"actor{side}", supports=_name_supports, specificity=_named_first)
        if chosen is None:
            continue
        fields[f"actor{side}"], provenance[f"actor{side}"] = chosen.value, _provenance(chosen)
        # The associated actor of the report that names this side as chosen, the most confident of them.
        associated = [r for _, r in members if getattr(r, f"actor{side}") == chosen.value]
        best = max(associated, key=lambda r: (r.confidence, r.doc_id))
        fields[f"assoc_actor_{side}"] = getattr(best, f"assoc_actor_{side}")


def _chosen_plain(members: Sequence[Member], fields: dict[str, object], provenance: dict[str, str]) -> None:
    chosen_type = vote(members, "event_type")
    if chosen_type is not None:
        fields["event_type"], provenance["event_type"] = chosen_type.value, _provenance(chosen_type)
        same_type = [m for m in members if m[1].event_type == chosen_type.value]
        sub = vote(same_type, "sub_event_type")
        if sub is not None:
            fields["sub_event_type"], provenance["sub_event_type"] = sub.value, _provenance(sub)
    for name, supports, specificity in _NAMED_OR_KNOWN:
        chosen = vote(members, name, supports=supports, specificity=specificity)
        if chosen is not None:
            fields[name], provenance[name] = chosen.value, _provenance(chosen)
    for name in ("civilian_targeting", "claim_channel", "sublocation"):
        chosen = vote(members, name)
        if chosen is not None:
            fields[name], provenance[name] = chosen.value, _provenance(chosen)
    claims = [record.claimed for _, record in members if record.claimed is not None]
    if claims:
        # One report of a claim is a claim made, whatever the reports that did not hear of it say.
        fields["claimed"], provenance["claimed"] = any(claims), "incident:any-report-of-a-claim"


def disagreements(members: Sequence[Member]) -> dict[str, list[FieldValue]]:
    """Every field the reports give more than one value for, each value with the reports and outlets behind it,
    the best-backed first."""
    out: dict[str, list[FieldValue]] = {}
    for name in DISPUTABLE_FIELDS:
        backing: dict[FieldScalar, tuple[set[str], dict[str, str]]] = {}
        for ref, record in members:
            value = getattr(record, name)
            if value is None:
                continue
            docs, outlets = backing.setdefault(value, (set(), {}))
            docs.add(ref.doc_id)
            outlet = outlet_of(ref, record)
            outlets.setdefault(outlet_key(outlet), outlet)
        if len(backing) < 2:
            continue
        values = [
            FieldValue(value=value, doc_ids=sorted(docs), sources=sorted(outlets.values(), key=str.casefold))
            for value, (docs, outlets) in backing.items()
        ]
        out[name] = sorted(values, key=lambda v: (-len(v.sources), -len(v.doc_ids), str(v.value)))
    return out


def apply_corrections(record: EventRecord, corrections: Sequence[Correction]) -> tuple[EventRecord, Review]:
    """Analysts' word, last and in time order: an edit sets its field (a later edit of the same field wins), a
    confirmation or a rejection sets the review. Never undone by a later merge: `consolidate` reapplies them."""
    review: Review = "unreviewed"
    fields = record.model_dump()
    for correction in sorted(corrections, key=lambda c: c.at):
        if correction.action == "confirm":
            review = "confirmed"
        elif correction.action == "reject":
            review = "rejected"
        elif correction.field is not None:
            if correction.field not in EventRecord.model_fields:
                raise ValueError(f"no field {correction.field!r} in the event record")
            fields[correction.field] = correction.value
            fields["provenance"][correction.field] = f"analyst:{correction.author}"
            if correction.field == "event_date" and isinstance(correction.value, str):
                fields["date_precision"] = {10: "day", 7: "month", 4: "year"}.get(len(correction.value))
                fields["provenance"]["date_precision"] = f"analyst:{correction.author}"
    return EventRecord.model_validate(fields), review


def consolidate(incident_id: str, members: Sequence[Member], corrections: Sequence[Correction] = ()) -> Incident:
    """The incident its members tell: best-supported values, disagreements, every source, certainty across the
    reports, then the analysts' corrections. The same members in any order give the same incident. Its record's
    `event_id` is the incident's id and its `doc_id` the first report's; its evidence is every report's, each span
    an offset into its own report (`mentions` say which)."""
    if not members:
        raise ValueError("an incident needs at least one report")
    members = ordered(members)
    fields: dict[str, object] = {}
    provenance: dict[str, str] = {}
    _chosen_date(members, fields, provenance)
    _chosen_place(members, fields, provenance)
    _chosen_sides(members, fields, provenance)
    _chosen_plain(members, fields, provenance)
    for count in ("fatalities", "wounded", "killed_or_wounded"):
        toll, rule = conservative_toll(members, count)
        fields[count], provenance[count] = toll, rule
    certainty, rule = certainty_across(members)
    provenance["certainty"] = rule
    provenance["sources"] = "incident:every-outlet-of-every-report"
    record = EventRecord(
        doc_id=members[0][0].doc_id,
        event_id=incident_id,
        sources=unique_outlets(
            [name for ref, r in members for name in [*([ref.outlet] if ref.outlet else []), *r.sources]]
        ),
        corroborated_by=unique_outlets([name for _, r in members for name in r.corroborated_by]),
        certainty=certainty,
        confidence=max(r.confidence for _, r in members),
        evidence=[evidence for _, r in members for evidence in r.evidence],
        provenance=provenance,
        **fields,
    )
    record.notes = write_note(record)
    record, review = apply_corrections(record, corrections)
    if corrections and not any(c.field == "notes" for c in corrections):
        record.notes = write_note(record)  # the note tells the corrected record
    return Incident(
        incident_id=incident_id,
        record=record,
        mentions=[ref for ref, _ in members],
        disagreements=disagreements(members),
        corrections=sorted(corrections, key=lambda c: c.at),
        review=review,
    )

"""One incident's record from the records of every report that tells it.

Each field takes the value the most outlets back (`field_votes.py`); a place comes whole from one report. Tolls
follow ACLED's rule for conflicting reports instead (`tolls.py`), certainty is judged across the reports
(`cross_certainty.py`), analysts' corrections go on last, in time order (`corrections.py`). Every field the
reports tell differently is kept in `disagreements`."""

from __future__ import annotations

from collections.abc import Sequence

from eventlens.events.corrections import apply_corrections
from eventlens.events.cross_certainty import certainty_across, outlet_key, unique_outlets
from eventlens.events.field_votes import (
    NAMED_OR_KNOWN,
    Member,
    date_specificity,
    date_supports,
    dated,
    name_supports,
    named_first,
    ordered,
    outlet_of,
    provenance_of,
    vote,
)
from eventlens.events.incident_match import place_key
from eventlens.events.notes import write_note
from eventlens.events.tolls import conservative_toll
from eventlens.types import Correction, EventRecord, FieldValue, Incident
from eventlens.types.incident import FieldScalar

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


def _chosen_date(members: Sequence[Member], fields: dict[str, object], provenance: dict[str, str]) -> None:
    keyed = [
        (ref, record.model_copy(update={"event_date": f"{record.event_date}/{record.date_precision or ''}"}))
        for ref, record in members
        if record.event_date
    ]
    chosen = vote(keyed, "event_date", supports=date_supports, specificity=date_specificity)
    if chosen is None:
        return
    fields["event_date"], fields["date_precision"] = dated(chosen.value)
    provenance["event_date"] = provenance["date_precision"] = provenance_of(chosen)


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
            fields["country"], provenance["country"] = country.value, provenance_of(country)
        return
    told = [record for _, record in members if record.location and place_key(record.location) == chosen.value]
    best = min(told, key=lambda r: (r.geo_precision or 4, -r.confidence, r.doc_id, r.event_id))
    for name in _PLACE_FIELDS:
        fields[name] = getattr(best, name)
        provenance[name] = provenance_of(chosen)
    if best.country is None:
        country = vote(members, "country")
        if country is not None:
            fields["country"], provenance["country"] = country.value, provenance_of(country)


def _chosen_sides(members: Sequence[Member], fields: dict[str, object], provenance: dict[str, str]) -> None:
    for side in ("1", "2"):
        chosen = vote(members, f"actor{side}", supports=name_supports, specificity=named_first)
        if chosen is None:
            continue
        fields[f"actor{side}"], provenance[f"actor{side}"] = chosen.value, provenance_of(chosen)
        # The associated actor of the report that names this side as chosen, the most confident of them.
        associated = [r for _, r in members if getattr(r, f"actor{side}") == chosen.value]
        best = max(associated, key=lambda r: (r.confidence, r.doc_id))
        fields[f"assoc_actor_{side}"] = getattr(best, f"assoc_actor_{side}")


def _chosen_plain(members: Sequence[Member], fields: dict[str, object], provenance: dict[str, str]) -> None:
    chosen_type = vote(members, "event_type")
    if chosen_type is not None:
        fields["event_type"], provenance["event_type"] = chosen_type.value, provenance_of(chosen_type)
        same_type = [m for m in members if m[1].event_type == chosen_type.value]
        sub = vote(same_type, "sub_event_type")
        if sub is not None:
            fields["sub_event_type"], provenance["sub_event_type"] = sub.value, provenance_of(sub)
    for name, supports, specificity in NAMED_OR_KNOWN:
        chosen = vote(members, name, supports=supports, specificity=specificity)
        if chosen is not None:
            fields[name], provenance[name] = chosen.value, provenance_of(chosen)
    for name in ("civilian_targeting", "claim_channel", "sublocation"):
        chosen = vote(members, name)
        if chosen is not None:
            fields[name], provenance[name] = chosen.value, provenance_of(chosen)
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

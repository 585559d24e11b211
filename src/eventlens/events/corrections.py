"""Analysts' corrections on an incident's record: applied last, in time order, on every consolidation, so no
later ingest or re-merge undoes them."""

from __future__ import annotations

from collections.abc import Sequence

from eventlens.types import Correction, EventRecord
from eventlens.types.incident import Review


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

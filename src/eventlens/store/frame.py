"""Incidents as a pandas DataFrame, for notebooks (pandas is the optional extra `eventlens[notebook]`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from eventlens.store.database import StoreError
from eventlens.types import EventRecord, Incident

if TYPE_CHECKING:
    import pandas

# Per-field detail a table cannot show well; the Incident objects keep it.
_LEFT_OUT = frozenset({"evidence", "provenance", "doc_id", "event_id"})
RECORD_COLUMNS = tuple(name for name in EventRecord.model_fields if name not in _LEFT_OUT)
COLUMNS = ("incident_id", "review", "mentions", "disagreements", *RECORD_COLUMNS)


def _row(incident: Incident) -> dict[str, Any]:
    record = incident.record
    row: dict[str, Any] = {
        "incident_id": incident.incident_id,
        "review": incident.review,
        "mentions": len(incident.mentions),
        "disagreements": sorted(incident.disagreements),
    }
    row.update({name: getattr(record, name) for name in RECORD_COLUMNS})
    return row


def incidents_frame(incidents: Iterable[Incident]) -> pandas.DataFrame:
    """One row per incident: its id, review, number of reports, the fields reports disagree on, and the
    consolidated record's fields (lists such as `sources` stay lists)."""
    try:
        import pandas
    except ImportError as error:
        raise StoreError("a DataFrame needs pandas: pip install 'eventlens[notebook]'") from error
    frame = pandas.DataFrame([_row(incident) for incident in incidents], columns=list(COLUMNS))
    # A date at month or year precision stays a string; the parsed column makes day-level dates plottable.
    frame["date"] = pandas.to_datetime(frame["event_date"], format="%Y-%m-%d", errors="coerce")
    return frame

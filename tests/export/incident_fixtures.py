"""Incidents built for the export tests: short made-up events, as the store would hand them out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventlens.types.incident import Correction, FieldValue, Incident, MentionRef
from eventlens.types.record import EventRecord

_BASE: dict[str, Any] = {
    "event_date": "2021-03-14",
    "date_precision": "day",
    "event_type": "Explosions/Remote violence",
    "sub_event_type": "Remote explosive/landmine/IED",
    "actor1": "Islamic State (Iraq)",
    "country": "Iraq",
    "admin1": "Kirkuk",
    "admin2": "Kirkuk",
    "location": "Kirkuk",
    "latitude": 35.46806,
    "longitude": 44.39222,
    "geo_precision": 1,
    "fatalities": 2,
    "sources": ["Reuters", "Tigris Courier"],
    "notes": "A roadside bomb hit a patrol in Kirkuk; two died.",
}


def incident(incident_id: str = "inc-a1", *, mentions: int = 2, **fields: Any) -> Incident:
    """An incident whose record is the base event with `fields` changed; `mentions` reports tell it."""
    record = EventRecord(doc_id=f"{incident_id}.doc", event_id=incident_id, **(_BASE | fields))
    refs = [
        MentionRef(doc_id=f"report-{n}", event_id=f"e{n}", outlet=f"Outlet {n}", published=dt.date(2021, 3, 14 + n))
        for n in range(mentions)
    ]
    return Incident(incident_id=incident_id, record=record, mentions=refs)


def disputed_incident() -> Incident:
    """An incident whose reports disagree on the toll, confirmed by an analyst."""
    base = incident("inc-d4", fatalities=4)
    correction = Correction(action="confirm", author="analyst", at=dt.datetime(2021, 3, 20, 9, 30), note="checked")
    return base.model_copy(
        update={
            "disagreements": {
                "fatalities": [
                    FieldValue(value=4, doc_ids=["report-0"], sources=["Outlet 0"]),
                    FieldValue(value=6, doc_ids=["report-1"], sources=["Outlet 1"]),
                ]
            },
            "corrections": [correction],
            "review": "confirmed",
        }
    )

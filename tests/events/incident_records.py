"""Records of one car bombing as different reports tell it, for the incident tests: a base record each test
changes only where its rule looks."""

from __future__ import annotations

import datetime as dt

from eventlens.types import EventRecord, MentionRef

# A market in a provincial capital on the Euphrates, and places at known distances from it.
TOWN = (35.336, 40.141)
FIVE_KM_EAST = (35.336, 40.196)
TEN_KM_EAST = (35.336, 40.251)
TWENTY_KM_EAST = (35.336, 40.361)
FORTY_KM_EAST = (35.336, 40.581)


def record(doc: str, **fields: object) -> EventRecord:
    """The base report of the bombing from document `doc`, with `fields` changed."""
    values: dict[str, object] = {
        "doc_id": doc,
        "event_id": f"{doc}-e1",
        "event_date": "2022-07-05",
        "date_precision": "day",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED",
        "actor1": "Unidentified Armed Group (Syria)",
        "actor2": "Civilians (Syria)",
        "country": "Syria",
        "admin1": "Deir-ez-Zor",
        "location": "Deir-ez-Zor",
        "latitude": TOWN[0],
        "longitude": TOWN[1],
        "geo_precision": 1,
        "fatalities": 12,
        "wounded": 0,
        "attack_type": "Bombing/Explosion",
        "weapon_type": "Explosives",
        "target_type": "Private Citizens & Property",
        "gtd_perpetrator": "Unknown",
        "sources": [f"Outlet {doc}"],
        "certainty": "reported",
        "confidence": 0.9,
    }
    values.update(fields)
    return EventRecord.model_validate(values)


def member(
    doc: str, outlet: str | None = None, published: dt.date | None = None, **fields: object
) -> tuple[MentionRef, EventRecord]:
    """A (MentionRef, EventRecord) pair: the report `doc` of `outlet`, published on `published`."""
    outlet = outlet or f"Outlet {doc}"
    fields.setdefault("sources", [outlet])
    rec = record(doc, **fields)
    ref = MentionRef(doc_id=doc, event_id=rec.event_id, outlet=outlet, published=published or dt.date(2022, 7, 6))
    return ref, rec

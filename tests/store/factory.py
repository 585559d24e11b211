"""Records and documents for the store's tests, in our own words: a clash at a town, told by several outlets."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventlens.pipeline import DocumentResult
from eventlens.types import Correction, Document, EventRecord

PUBLISHED = dt.date(2024, 3, 6)

# (town, admin1, country, latitude, longitude)
TOWNS = (
    ("Saraqib", "Idlib", "Syria", 35.862, 36.804),
    ("Maarat al-Numan", "Idlib", "Syria", 35.643, 36.671),
    ("Konduga", "Borno", "Nigeria", 11.653, 13.419),
    ("Gwoza", "Borno", "Nigeria", 11.083, 13.691),
    ("Tal Afar", "Ninewa", "Iraq", 36.377, 42.449),
    ("Beni", "North Kivu", "Democratic Republic of Congo", 0.491, 29.473),
)


def record(doc_id: str, event_id: str, town: int = 0, **fields: Any) -> EventRecord:
    name, admin1, country, lat, lon = TOWNS[town]
    values: dict[str, Any] = {
        "doc_id": doc_id,
        "event_id": event_id,
        "event_date": "2024-03-05",
        "date_precision": "day",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Syria (2000-)",
        "actor2": "Hayat Tahrir al-Sham",
        "country": country,
        "admin1": admin1,
        "location": name,
        "latitude": lat,
        "longitude": lon,
        "geo_precision": 1,
        "fatalities": 12,
        "notes": f"Clashes near {name} left 12 dead.",
    }
    values.update(fields)
    return EventRecord(**values)


def result(
    doc_id: str,
    text: str,
    records: list[EventRecord] | None = None,
    *,
    url: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = PUBLISHED,
    title: str | None = None,
) -> DocumentResult:
    document = Document(doc_id=doc_id, text=text, title=title, url=url, source=outlet, published=published)
    return DocumentResult(document, list(records or []))


def report(doc_id: str, outlet: str, fatalities: int = 12, town: int = 0, **fields: Any) -> DocumentResult:
    """One outlet's report of the clash (its own URL and words), giving one record."""
    words = f"{outlet} ({doc_id}): fighting at {TOWNS[town][0]} killed {fatalities} people on Tuesday."
    return result(
        doc_id,
        words,
        [record(doc_id, f"{doc_id}-e1", town, fatalities=fatalities, **fields)],
        url=f"https://{outlet.lower().replace(' ', '')}.example/{doc_id}",
        outlet=outlet,
    )


def correction(action: str, field: str | None = None, value: Any = None, note: str = "checked") -> Correction:
    return Correction(
        action=action,  # type: ignore[arg-type]
        field=field,
        value=value,
        author="analyst",
        at=dt.datetime(2024, 3, 8, 9, 30, tzinfo=dt.UTC),
        note=note,
    )

"""A synthetic stream of already-extracted reports, for the crash test and the benchmark: incidents at towns
across four countries, each told by two to three outlets, some articles later updated (the toll rose).
Our own words and made-up outlets; no spaCy needed to replay it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventlens.pipeline import DocumentResult
from eventlens.types import Document, EventRecord

_TOWNS = (
    ("Saraqib", "Idlib", "Syria", 35.862, 36.804),
    ("Ariha", "Idlib", "Syria", 35.813, 36.609),
    ("Tal Rifaat", "Aleppo", "Syria", 36.470, 37.097),
    ("Konduga", "Borno", "Nigeria", 11.653, 13.419),
    ("Gwoza", "Borno", "Nigeria", 11.083, 13.691),
    ("Damboa", "Borno", "Nigeria", 11.155, 12.756),
    ("Tal Afar", "Ninewa", "Iraq", 36.377, 42.449),
    ("Tuz Khurmatu", "Salah al-Din", "Iraq", 34.886, 44.635),
    ("Beni", "North Kivu", "Democratic Republic of Congo", 0.491, 29.473),
    ("Butembo", "North Kivu", "Democratic Republic of Congo", 0.142, 29.291),
)
_OUTLETS = ("Wire One", "Wire Two", "Radio North", "Local Monitor", "Daily Courier")
_FIRST_DAY = dt.date(2024, 1, 1)
REPORTS_PER_INCIDENT = 3
UPDATE_EVERY = 10  # every tenth document is a later version of an article already sent


def _record(doc_id: str, index: int, incident: int, fatalities: int) -> EventRecord:
    town, admin1, country, lat, lon = _TOWNS[incident % len(_TOWNS)]
    # Incidents at one town are a week apart: never within one another's date window.
    day = _FIRST_DAY + dt.timedelta(days=7 * (incident // len(_TOWNS)))
    kind = ("Battles", "Armed clash") if index == 0 else ("Protests", "Peaceful protest")
    return EventRecord(
        doc_id=doc_id,
        event_id=f"{doc_id}-{index}",
        event_date=day.isoformat(),
        date_precision="day",
        event_type=kind[0],
        sub_event_type=kind[1],
        actor1="Unidentified Armed Group" if index == 0 else "Protesters",
        country=country,
        admin1=admin1,
        location=town,
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        fatalities=fatalities if index == 0 else 0,
        notes=f"Fighting at {town}.",
    )


def _report(number: int, incident: int, fatalities: int, outlet: str) -> DocumentResult:
    doc_id = f"report-{number:05d}"
    town = _TOWNS[incident % len(_TOWNS)][0]
    text = f"{outlet}: gunmen and soldiers fought at {town}; {fatalities} people were killed (incident {incident})."
    records = [_record(doc_id, 0, incident, fatalities)]
    if number % 7 == 0:  # some reports also tell a protest the day of the fighting
        text += f" Residents of {town} later marched against the violence."
        records.append(_record(doc_id, 1, incident, 0))
    url = f"https://{outlet.lower().replace(' ', '-')}.example/{incident}/{number}"
    document = Document(doc_id=doc_id, text=text, url=url, source=outlet, published=_FIRST_DAY)
    return DocumentResult(document, records)


def synthetic_results(count: int) -> Iterator[DocumentResult]:
    sent: list[tuple[int, int, str]] = []  # (number, incident, outlet) of the articles sent so far
    for number in range(count):
        if number % UPDATE_EVERY == UPDATE_EVERY - 1 and sent:
            # A later version of an article already sent: same URL, the toll rose by four.
            first, incident, outlet = sent[(number * 7) % len(sent)]
            updated = _report(first, incident, 10 + incident % 9 + 4, outlet)
            yield updated
            continue
        incident = number // REPORTS_PER_INCIDENT
        outlet = _OUTLETS[(number + incident) % len(_OUTLETS)]
        sent.append((number, incident, outlet))
        yield _report(number, incident, 10 + incident % 9, outlet)


def write_results(results: Iterable[DocumentResult], path: Path) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for result in results:
            document = result.document
            line = {
                "document": {
                    "doc_id": document.doc_id,
                    "text": document.text,
                    "url": document.url,
                    "source": document.source,
                    "published": document.published.isoformat() if document.published else None,
                },
                "records": [record.model_dump(mode="json") for record in result.records],
            }
            stream.write(json.dumps(line) + "\n")


def read_results(path: Path) -> Iterator[DocumentResult]:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            data = json.loads(line)
            fields = data["document"]
            published = dt.date.fromisoformat(fields.pop("published")) if fields["published"] else None
            document = Document(**fields, published=published)
            yield DocumentResult(document, [EventRecord.model_validate(r) for r in data["records"]])

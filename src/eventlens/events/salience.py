"""Which event a report is about. A headline names the place of its incident ("Suicide bomber kills 10 at
Konduga market"); the older incidents, the second strike elsewhere and the background come after it. When the
headline names the place of some records, the others lose a little confidence, so the document's most
confident record, its main event, is one the headline is about.

Measured on the FA-KES development articles, the place is the headline's one reliable pointer: weighing
records by all the headline's words moved the main event to keyword lines and lost more than it won."""

from __future__ import annotations

import re

from eventlens.types import EventRecord

# What a record whose place the headline does not name gives up when it names another record's place.
NOT_IN_HEADLINE_PENALTY = 0.04


def named_in_headline(record: EventRecord, title: str) -> bool:
    places = (name for name in (record.location, record.sublocation) if name)
    return any(re.search(rf"\b{re.escape(name)}\b", title, re.I) for name in places)


def weigh_by_headline(records: list[EventRecord], title: str | None) -> None:
    if not title or len(records) < 2:
        return
    named = [named_in_headline(record, title) for record in records]
    if not any(named) or all(named):
        return
    for record, in_headline in zip(records, named, strict=True):
        if not in_headline:
            record.confidence = round(max(0.0, record.confidence - NOT_IN_HEADLINE_PENALTY), 3)

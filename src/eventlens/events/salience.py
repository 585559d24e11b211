"""Which event a report is about. A headline names the place of its incident ("Suicide bomber kills 10 at
Konduga market") and gives its toll in figures; the older incidents, the second strike elsewhere and the
background come after it. When the headline names the place, or the toll, of some records, the others lose
confidence, so the document's most confident record, its main event, is one the headline is about.

Measured on the FA-KES development articles, the place and the toll are the headline's reliable pointers:
weighing records by all the headline's words moved the main event to keyword lines and lost more than it won."""

from __future__ import annotations

import re
from collections.abc import Callable

from eventlens.types import EventRecord

# What a record whose place the headline does not name gives up when it names another record's place.
NOT_IN_HEADLINE_PENALTY = 0.04
# What a record gives up when the headline's figure is another record's toll: a toll is a sharper pointer
# than a place, which several incidents of one report often share.
NOT_THE_HEADLINE_TOLL_PENALTY = 0.15


def named_in_headline(record: EventRecord, title: str) -> bool:
    places = (name for name in (record.location, record.sublocation) if name)
    return any(re.search(rf"\b{re.escape(name)}\b", title, re.I) for name in places)


def headline_gives_toll(record: EventRecord, title: str) -> bool:
    """ "Air strikes kill 17 in Ashara": headlines write counts in figures, so the record's death toll appears
    as a whole number (not part of "2017" or "1,170"; "kill 17, wound 30" still gives 17)."""
    if not record.fatalities:
        return False
    return re.search(rf"(?<!\d)(?<!\d[,.]){record.fatalities}(?!\d|[,.]\d)", title) is not None


def _favour(
    records: list[EventRecord], title: str | None, points_to: Callable[[EventRecord, str], bool], penalty: float
) -> None:
    """Lower the records the headline does not point to, when it points to some but not all of them."""
    if not title or len(records) < 2:
        return
    pointed = [points_to(record, title) for record in records]
    if not any(pointed) or all(pointed):
        return
    for record, is_pointed in zip(records, pointed, strict=True):
        if not is_pointed:
            record.confidence = round(max(0.0, record.confidence - penalty), 3)


def weigh_by_headline(records: list[EventRecord], title: str | None) -> None:
    _favour(records, title, named_in_headline, NOT_IN_HEADLINE_PENALTY)
    _favour(records, title, headline_gives_toll, NOT_THE_HEADLINE_TOLL_PENALTY)

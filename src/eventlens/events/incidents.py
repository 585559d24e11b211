"""Incidents across reports: which records of different documents tell one real-world incident, and what the
incident is once every report is heard. The event store calls these for every document it ingests; batch users
call `group_incidents`. Both decide membership by the same rule (`best_match`).

- `same_incident` (`incident_match.py`): compatible types, overlapping dates, nearby places, details that agree;
- `consolidate` (`consolidate.py`): best-supported values, disagreements, sources, certainty
  (`cross_certainty.py`), tolls (`tolls.py`), then analysts' corrections."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from eventlens.events.consolidate import consolidate
from eventlens.events.field_votes import arrival
from eventlens.events.incident_match import best_match, same_incident
from eventlens.types import EventRecord, Incident, MentionRef

__all__ = ["best_match", "consolidate", "group_incidents", "incident_id_for", "same_incident"]


def incident_id_for(first: MentionRef) -> str:
    """A stable short id from the first report's document and event ids."""
    key = f"{first.doc_id}\x1f{first.event_id}"
    return "inc-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def group_incidents(pairs: Iterable[tuple[MentionRef, EventRecord]]) -> list[Incident]:
    """Records of many reports grouped into incidents, greedily, as a store ingesting them one by one in
    publication order would: each joins the incident whose members best match it (`best_match`), or starts one.
    Sorting first makes the result independent of the order given."""
    groups: list[list[tuple[MentionRef, EventRecord]]] = []
    by_country: dict[str | None, list[int]] = defaultdict(list)  # groups a member of that country is in
    for pair in sorted(pairs, key=arrival):
        country = pair[1].country
        # Another country is never the same incident: only groups of this country, or of none, are asked.
        indices = range(len(groups)) if country is None else sorted({*by_country[country], *by_country[None]})
        index = best_match(pair[1], [[record for _, record in groups[i]] for i in indices])
        if index is None:
            groups.append([pair])
            chosen = len(groups) - 1
        else:
            chosen = indices[index]
            groups[chosen].append(pair)
        if chosen not in by_country[country]:
            by_country[country].append(chosen)
    return [consolidate(incident_id_for(group[0][0]), group) for group in groups]

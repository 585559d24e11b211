"""Query parameters shared by the events list, GeoJSON and statistics: the store's `EventFilter`, and paging."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Query

from eventlens.api.errors import ApiError
from eventlens.types import Claim, EventFilter
from eventlens.types.record import Certainty

MAX_LIMIT = 2000
_TEXT = 200  # longest text criterion taken: a filter is a name or a few words


def event_filter(
    since: Annotated[dt.date | None, Query(description="incidents on or after this date (YYYY-MM-DD)")] = None,
    until: Annotated[dt.date | None, Query(description="incidents on or before this date (YYYY-MM-DD)")] = None,
    country: Annotated[str | None, Query(max_length=_TEXT, description="country, as ACLED names it")] = None,
    admin1: Annotated[str | None, Query(max_length=_TEXT, description="first-level division")] = None,
    actor: Annotated[str | None, Query(max_length=_TEXT, description="part of an actor's name, either side")] = None,
    type: Annotated[str | None, Query(max_length=_TEXT, description='ACLED event type, e.g. "Battles"')] = None,
    sub_type: Annotated[str | None, Query(max_length=_TEXT, description="ACLED sub-event type")] = None,
    certainty: Annotated[Certainty | None, Query(description="how well the incident is corroborated")] = None,
    text: Annotated[str | None, Query(max_length=_TEXT, description="words in places, actors, notes, evidence")] = None,
    include_rejected: Annotated[bool, Query(description="also incidents an analyst rejected")] = False,
    disputed: Annotated[
        Claim | Literal["any"] | None,
        Query(description="incidents whose reports' readers dispute this claim (any: any claim); not a source"),
    ] = None,
) -> EventFilter:
    if since is not None and until is not None and since > until:
        raise ApiError(400, f"since ({since}) is after until ({until})")

    def given(value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    return EventFilter(
        since=since,
        until=until,
        country=given(country),
        admin1=given(admin1),
        actor=given(actor),
        event_type=given(type),
        sub_event_type=given(sub_type),
        certainty=certainty,
        text=given(text),
        include_rejected=include_rejected,
        disputed=disputed,
    )


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"at most this many (1-{MAX_LIMIT})")] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="skip this many first")] = 0,
) -> Page:
    return Page(limit, offset)

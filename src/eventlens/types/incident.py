"""An incident: one real-world event as every report that tells it tells it. The event store's unit.

A document gives `EventRecord`s, one per event it tells; the store folds the records of one incident from many
reports into an `Incident` (`events/incidents.py` decides what is the same incident and which value of each
field is best supported), keeps where the reports disagree, and lays analysts' corrections on top.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from eventlens.types.comment_summary import Claim
from eventlens.types.record import Certainty, EventRecord

FieldScalar = str | int | float | bool | None
CorrectionAction = Literal["edit", "confirm", "reject"]
Review = Literal["unreviewed", "confirmed", "rejected"]


class MentionRef(BaseModel):
    """One report's record of the incident: which document, which of its records, and who published it."""

    model_config = ConfigDict(frozen=True)

    doc_id: str
    event_id: str = Field(description="The `EventRecord.event_id` the document gave.")
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None


class FieldValue(BaseModel):
    """One value the reports give a field, and which reports give it."""

    model_config = ConfigDict(frozen=True)

    value: FieldScalar
    doc_ids: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="Outlets behind those reports.")


class Correction(BaseModel):
    """An analyst's word on an incident, kept with who, when and why. No later ingest or re-merge overrides it."""

    model_config = ConfigDict(frozen=True)

    action: CorrectionAction
    field: str | None = Field(None, description="The record field an edit sets; none for confirm and reject.")
    value: FieldScalar = None
    author: str
    at: dt.datetime
    note: str = ""


class Incident(BaseModel):
    """A merged event. `record` holds the best-supported value of each field across the reports (its `event_id`
    is the incident's id, its `sources` every outlet, its `certainty` judged across reports), with analysts'
    edits applied; `disagreements` lists every field the reports give different values for."""

    incident_id: str
    record: EventRecord
    mentions: list[MentionRef] = Field(default_factory=list)
    disagreements: dict[str, list[FieldValue]] = Field(default_factory=dict)
    corrections: list[Correction] = Field(default_factory=list)
    review: Review = "unreviewed"


@dataclass(frozen=True)
class EventFilter:
    """Which incidents a query, an export or the dashboard wants. Every criterion left at None admits all.
    Text criteria match case-insensitively; `actor` matches either side or an associated actor."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    certainty: Certainty | None = None
    text: str | None = None
    include_rejected: bool = False
    # Incidents some of whose reports' readers dispute this claim ("any": any claim). Comments are not sources:
    # this narrows a list, it says nothing of the incident's certainty.
    disputed: Claim | Literal["any"] | None = None

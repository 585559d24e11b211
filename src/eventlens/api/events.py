"""/api/events: the incidents a filter admits (a page of summaries, or GeoJSON), one incident in full with its
reports' evidence, and an analyst's correction of it."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from eventlens.api.errors import ApiError
from eventlens.api.params import Page, event_filter, page
from eventlens.api.security import require_token
from eventlens.api.state import Services, services
from eventlens.api.views import feature_collection, summary
from eventlens.store.documents import IncidentReport, ReaderDispute, reader_disputes
from eventlens.store.stats import IncidentStats
from eventlens.types import Correction, EventFilter, Incident
from eventlens.types.incident import FieldScalar

router = APIRouter(prefix="/api")
IncidentId = Annotated[str, Path(max_length=80, description="the incident's id")]


class EventDetail(Incident):
    """The incident (merged record, its reports, disagreements, corrections), each report's evidence and comment
    summary, and the claims its reports' readers dispute: apart from the record's certainty (comments are not
    sources)."""

    reports: list[IncidentReport] = Field(default_factory=list)
    reader_disputes: list[ReaderDispute] = Field(default_factory=list)


class CorrectionRequest(BaseModel):
    action: Literal["edit", "confirm", "reject"]
    field: str | None = Field(None, max_length=64, description="the record field an edit sets")
    value: FieldScalar = None
    note: str = Field(min_length=1, max_length=4000, description="why: the source or reasoning")
    author: str = Field("api", min_length=1, max_length=200, description="who corrects")


@router.get("/events", summary="Incidents the filter admits, in date order")
def list_events(
    where: Annotated[EventFilter, Depends(event_filter)],
    paging: Annotated[Page, Depends(page)],
    found: Annotated[Services, Depends(services)],
    format: Annotated[Literal["json", "geojson"], Query(description="geojson: a FeatureCollection")] = "json",
) -> dict[str, Any]:
    incidents = list(found.store.incidents(where, limit=paging.limit, offset=paging.offset))
    total = found.store.count(where)
    if format == "geojson":
        unplaced = sum(1 for i in incidents if i.record.latitude is None or i.record.longitude is None)
        return feature_collection(incidents, total, unplaced)
    events = [summary(incident) for incident in incidents]
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "events": events}


@router.get("/events/{incident_id}", summary="One incident in full, with every report's evidence")
def get_event(incident_id: IncidentId, found: Annotated[Services, Depends(services)]) -> EventDetail:
    incident = found.store.incident(incident_id)
    if incident is None:
        raise ApiError(404, f"no incident {incident_id!r}")
    reports = found.store.reports(incident_id)
    return EventDetail(**incident.model_dump(), reports=reports, reader_disputes=reader_disputes(reports))


@router.post(
    "/events/{incident_id}/corrections",
    summary="Confirm, reject or edit an incident, with a note (token)",
    dependencies=[Depends(require_token)],
)
def correct_event(
    incident_id: IncidentId, body: CorrectionRequest, found: Annotated[Services, Depends(services)]
) -> Incident:
    if found.store.incident(incident_id) is None:
        raise ApiError(404, f"no incident {incident_id!r}")
    if body.action == "edit" and not body.field:
        raise ApiError(400, "an edit names the field it sets")
    correction = Correction(
        action=body.action,
        field=body.field,
        value=body.value,
        author=body.author,
        at=dt.datetime.now(dt.UTC),
        note=body.note,
    )
    return found.store.correct(incident_id, correction)


@router.get("/stats", summary="Counts by week and type, type, admin1 and actor, under the same filters")
def stats(
    where: Annotated[EventFilter, Depends(event_filter)],
    found: Annotated[Services, Depends(services)],
    top: Annotated[int, Query(ge=1, le=200, description="how many admin1s and actors to list")] = 20,
) -> IncidentStats:
    return found.store.stats(where, top)

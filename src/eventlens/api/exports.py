"""/api/export: the incidents a filter admits as a file, in the formats `eventlens export` writes (ACLED's CSV,
ACLED's aggregated CSV, GeoJSON, JSON Lines; `eventlens.export`). The file is written to a spooled temporary file
(in memory while small, on disk beyond) and streamed from there, so a whole export never sits in memory."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from eventlens.api.params import event_filter
from eventlens.api.state import Services, services
from eventlens.export import write_incidents
from eventlens.types import EventFilter

router = APIRouter(prefix="/api")
ExportFormat = Literal["acled-csv", "acled-aggregated-csv", "geojson", "jsonl"]
_MEDIA = {"geojson": "application/geo+json", "jsonl": "application/x-ndjson"}
_EXTENSION = {"acled-csv": "csv", "acled-aggregated-csv": "csv"}
_IN_MEMORY = 4 << 20  # bytes an export keeps in memory before the spool moves to disk
_CHUNK = 64 << 10


def _written(found: Services, where: EventFilter, kind: str) -> Iterator[bytes]:
    with tempfile.SpooledTemporaryFile(max_size=_IN_MEMORY) as spool:
        text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
        write_incidents(kind, found.store.incidents(where), text)
        text.flush()
        spool.seek(0)
        while chunk := spool.read(_CHUNK):
            yield chunk
        text.detach()


@router.get("/export", summary="The filtered incidents as a file: ACLED CSV, ACLED aggregated CSV, GeoJSON or JSONL")
def export(
    where: Annotated[EventFilter, Depends(event_filter)],
    found: Annotated[Services, Depends(services)],
    format: Annotated[ExportFormat, Query(description="the file's format")] = "acled-csv",
) -> StreamingResponse:
    extension = _EXTENSION.get(format, format)
    headers = {"Content-Disposition": f'attachment; filename="eventlens-{format}.{extension}"'}
    media = _MEDIA.get(format, "text/csv; charset=utf-8")
    return StreamingResponse(_written(found, where, format), media_type=media, headers=headers)

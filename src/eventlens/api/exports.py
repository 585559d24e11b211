"""/api/export: the incidents a filter admits as a file, one merged record per incident, streamed (a whole
export never sits in memory), in the formats `eventlens extract` writes (`eventlens.export`)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from eventlens.api.params import event_filter
from eventlens.api.state import Services, services
from eventlens.export import open_writer
from eventlens.export.writers import CSV_COLUMNS, CsvWriter, RecordWriter, flat
from eventlens.types import EventFilter, EventRecord

router = APIRouter(prefix="/api")
MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson", "geojson": "application/geo+json"}
_CHUNK = 200  # records per piece sent


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defused(cell: str) -> str:
    """A cell a spreadsheet would run as a formula ("=HYPERLINK(...)" in an article quoted as evidence) starts
    with an apostrophe, which shows it as text; numbers ("-3.5") stay numbers."""
    if not cell.startswith(_FORMULA_START):
        return cell
    try:
        float(cell)
    except ValueError:
        return "'" + cell
    return cell


class SpreadsheetSafeCsv(CsvWriter):
    """The CSV `eventlens extract` writes, for a download an analyst opens in a spreadsheet: document text in
    it is hostile, so no cell can start a formula."""

    def write(self, record: EventRecord) -> None:
        data = record.model_dump()
        self.writer.writerow({name: defused(flat(data[name])) for name in CSV_COLUMNS})


def _writer(kind: str, stream: io.StringIO) -> RecordWriter:
    return SpreadsheetSafeCsv(stream) if kind == "csv" else open_writer(kind, stream)


def _pieces(found: Services, where: EventFilter, kind: str) -> Iterator[str]:
    buffer = io.StringIO()
    writer = _writer(kind, buffer)
    for number, incident in enumerate(found.store.incidents(where), start=1):
        writer.write(incident.record)
        if number % _CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    writer.close()
    yield buffer.getvalue()


@router.get("/export", summary="The filtered incidents as a file: csv (ACLED-style columns), jsonl or geojson")
def export(
    where: Annotated[EventFilter, Depends(event_filter)],
    found: Annotated[Services, Depends(services)],
    format: Annotated[Literal["csv", "jsonl", "geojson"], Query(description="the file's format")] = "csv",
) -> StreamingResponse:
    headers = {"Content-Disposition": f'attachment; filename="eventlens-incidents.{format}"'}
    return StreamingResponse(_pieces(found, where, format), media_type=MEDIA[format], headers=headers)

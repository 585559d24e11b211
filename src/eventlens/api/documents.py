"""/api/documents: one stored document (its text, its comments apart, its records' evidence), and ingest of
new documents through the pipeline into the store (token)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from eventlens.api.errors import ApiError
from eventlens.api.security import require_token
from eventlens.api.state import Services, services
from eventlens.ingest import IngestOptions
from eventlens.ingest.tabular import document_from_record
from eventlens.store.comments import reporting_end
from eventlens.store.documents import StoredDocument
from eventlens.types import Document, InputError

router = APIRouter(prefix="/api")
MAX_DOCUMENTS = 100  # per request: an ingest answers when every document of it is stored


class DocumentIn(BaseModel):
    """A report, as a line of a .jsonl input is (`eventlens ingest` reads the same fields)."""

    id: str | None = Field(None, max_length=300, description="the document's id (default: api:N)")
    text: str = Field(description="the report's text; reader comments after it are told apart")
    title: str | None = Field(None, max_length=2000)
    published: dt.date | None = None
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=300, description="the outlet")


class IngestRequest(BaseModel):
    documents: list[DocumentIn] = Field(min_length=1, max_length=MAX_DOCUMENTS)


class IngestResult(BaseModel):
    doc_id: str
    status: str = Field(description="added, unchanged, updated, skipped or failed")
    incident_ids: list[str] = Field(default_factory=list)
    reason: str | None = None


class DocumentView(StoredDocument):
    """The stored document, and where its reporting ends: `body[:reporting_end]` is the article; reader
    comments kept inside the body (plain-text input) lie after it and are shown only from `comments`."""

    reporting_end: int


@router.get("/documents/{doc_id}", summary="A stored document: text, comments apart, its records' evidence")
def get_document(
    doc_id: Annotated[str, Path(max_length=300)], found: Annotated[Services, Depends(services)]
) -> DocumentView:
    document = found.store.document(doc_id)
    if document is None:
        raise ApiError(404, f"no document {doc_id!r}")
    end = reporting_end(document.body, [comment.start for comment in document.comments])
    return DocumentView(**document.model_dump(), reporting_end=end)


def _documents(request: IngestRequest) -> list[Document | InputError]:
    out = []
    for number, item in enumerate(request.documents, start=1):
        fields: dict[str, Any] = item.model_dump(mode="json", exclude_none=True)
        fields.setdefault("id", f"api:{number}")
        out.append(document_from_record(fields, name="api", origin="request", line=number, options=IngestOptions()))
    return out


def _ingest(found: Services, request: IngestRequest) -> list[IngestResult]:
    read = _documents(request)
    results: dict[int, IngestResult] = {}
    documents = []
    for number, item in enumerate(read):
        if isinstance(item, InputError):
            status = "skipped" if item.skipped else "failed"
            doc_id = request.documents[number].id or f"api:{number + 1}"
            results[number] = IngestResult(doc_id=doc_id, status=status, reason=item.reason)
        else:
            documents.append((number, item))
    with found.ingest_lock:
        processed = found.pipeline().process(document for _, document in documents)
        for (number, _), result in zip(documents, processed, strict=True):
            if result.error is not None:
                results[number] = IngestResult(doc_id=result.document.doc_id, status="failed", reason=result.error)
                continue
            outcome = found.store.ingest(result)
            results[number] = IngestResult(
                doc_id=outcome.doc_id, status=outcome.status, incident_ids=list(outcome.incident_ids)
            )
    return [results[number] for number in range(len(read))]


@router.post(
    "/documents",
    summary="Ingest reports through the pipeline into the store (token)",
    dependencies=[Depends(require_token)],
)
async def ingest_documents(
    request: IngestRequest, found: Annotated[Services, Depends(services)]
) -> dict[str, list[IngestResult]]:
    return {"results": await run_in_threadpool(_ingest, found, request)}

"""`EventStore`: the Python API over the database, for the command line and for notebooks.

with EventStore.open("eventlens.db") as store:          # or "postgresql://user@host/events"
    for result in Pipeline().process(documents):
        store.ingest(result)                              # one transaction per document
    for incident in store.incidents(EventFilter(country="Syria")):
        ...
    frame = store.dataframe(EventFilter(since=dt.date(2018, 6, 1)))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from eventlens.comments import CommentScorer
from eventlens.store.comments import rescore, to_rescore
from eventlens.store.consolidation import consolidated, reconsolidate
from eventlens.store.corrections import checked_correction
from eventlens.store.database import StoreError, create_store_engine, current_revision, database_url, upgrade
from eventlens.store.documents import IncidentReport, StoredDocument, incident_reports, stored_document
from eventlens.store.frame import incidents_frame
from eventlens.store.ingest import IngestOutcome, ingest_document, stored_unchanged
from eventlens.store.models import IncidentDataRow, IncidentRow
from eventlens.store.queries import count_query, incidents_query
from eventlens.store.rows import correction_row
from eventlens.store.stats import IncidentStats, incident_stats
from eventlens.types import Correction, Document, EventFilter, Incident

if TYPE_CHECKING:
    import pandas

    from eventlens.pipeline import DocumentResult

# Every ingest and correction takes this lock on PostgreSQL (SQLite has one writer anyway): two writers each
# placing a report of the same new incident would otherwise each make it, unseen by the other; and an ingest and
# a correction re-consolidating one incident at once would each write it without the other's change.
_INGEST_LOCK = 0x6576_6C6E  # "evln"
_STREAM_BATCH = 500
_RESCORE_BATCH = 200  # documents per transaction: a stopped re-scoring keeps what it did
EVERYTHING = EventFilter()


class EventStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._writer = engine.execution_options(writer=True)  # see database.py: _sqlite_begin

    @classmethod
    def open(cls, url_or_path: str) -> EventStore:
        """A path or sqlite:// URL (created if absent) or a postgresql:// URL; brings the schema up to date."""
        engine = create_store_engine(database_url(url_or_path))
        try:
            upgrade(engine)
        except OperationalError as error:
            engine.dispose()
            raise StoreError(f"cannot open the store {engine.url.render_as_string()}: {error.orig}") from error
        return cls(engine)

    @property
    def url(self) -> str:
        return self._engine.url.render_as_string(hide_password=True)

    def schema_revision(self) -> str | None:
        """The migration the database is at (`open` has brought it to the newest)."""
        return current_revision(self._engine)

    def __enter__(self) -> EventStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._engine.dispose()

    def _write(self) -> Session:
        return Session(self._writer, expire_on_commit=False)

    def _lock(self, session: Session) -> None:
        """Serialises writers on PostgreSQL until the transaction ends (SQLite's writers begin IMMEDIATE)."""
        if not self._sqlite:
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _INGEST_LOCK})

    def ingest(self, result: DocumentResult) -> IngestOutcome:
        """Stores a document and its records, merges them into incidents, in one transaction: a crash leaves
        the document wholly stored or not at all. The same document again changes nothing."""
        if result.error is not None:
            raise StoreError(f"{result.document.doc_id} was not processed ({result.error}); nothing to store")
        try:
            return self._ingest(result)
        except IntegrityError:
            # Another writer stored the same document between our look and our insert: it is there now.
            return self._ingest(result)

    def is_unchanged(self, document: Document) -> bool:
        """Whether `ingest` would find this document stored already (same URL and text, an earlier version of it,
        or its text under another URL): a caller can then skip extracting it."""
        with Session(self._engine) as session:
            return stored_unchanged(session, document)

    def _ingest(self, result: DocumentResult) -> IngestOutcome:
        with self._write() as session, session.begin():
            self._lock(session)
            return ingest_document(session, result, dt.datetime.now(dt.UTC))

    def incidents(
        self, where: EventFilter = EVERYTHING, limit: int | None = None, offset: int = 0, newest_first: bool = False
    ) -> Iterator[Incident]:
        """The incidents the filter admits, in date order (or newest first: what an analyst looks at, with a
        limit, is the latest), streamed (a whole export never sits in memory)."""
        query = incidents_query(where, limit, offset, newest_first)
        with Session(self._engine) as session:
            rows = session.execute(query.execution_options(yield_per=_STREAM_BATCH))
            for (data,) in rows:
                yield Incident.model_validate(data)

    def count(self, where: EventFilter = EVERYTHING) -> int:
        with Session(self._engine) as session:
            return session.scalar(count_query(where)) or 0

    def incident(self, incident_id: str) -> Incident | None:
        with Session(self._engine) as session:
            row = session.get(IncidentDataRow, incident_id)
            return Incident.model_validate(row.data) if row is not None else None

    def reports(self, incident_id: str) -> list[IncidentReport]:
        """Every report of an incident with the evidence its record came from (empty for an unknown id)."""
        with Session(self._engine) as session:
            return incident_reports(session, incident_id)

    def stats(self, where: EventFilter = EVERYTHING, top: int = 20) -> IncidentStats:
        """Counts of the incidents the filter admits by week and type, type, admin1 and actor (`top` of each)."""
        with Session(self._engine) as session:
            return incident_stats(session, where, top)

    def document(self, doc_id: str) -> StoredDocument | None:
        """A stored document's current version: text, comments apart, and the evidence of its records."""
        with Session(self._engine) as session:
            return stored_document(session, doc_id)

    def rescore_comments(self, scorer: CommentScorer | None = None, stale: bool = True) -> int:
        """Scores stored comments no model scored (a store from before revision 0003, or ingested unscored) and,
        with `stale`, those an older model or rules' version scored. Returns how many documents were re-scored; a
        StoreError, after the others are scored and kept, names the documents the scorer failed on."""
        scorer = scorer or CommentScorer()
        with Session(self._engine) as session:
            pending = to_rescore(session, scorer.name, stale)
        done = 0
        failed: list[str] = []
        for first in range(0, len(pending), _RESCORE_BATCH):
            try:
                with self._write() as session, session.begin():
                    self._lock(session)
                    done += rescore(session, scorer, pending[first : first + _RESCORE_BATCH], stale, failed)
            except DBAPIError as error:  # a read-only file or role, a full disk: said in one line, not a trace
                raise StoreError(
                    f"cannot write re-scored comments to {self.url} ({error.orig}); {done} of {len(pending)} "
                    "document(s) re-scored: run it again as a user who may write to the store"
                ) from error
        if failed:
            more = f" and {len(failed) - 1} more" if len(failed) > 1 else ""
            raise StoreError(
                f"re-scored the comments of {done} document(s), but {scorer.name} failed on {len(failed)}, left as "
                f"they were: {failed[0]}{more}; run it again once the model works (what is done is kept)"
            )
        return done

    def correct(self, incident_id: str, correction: Correction, *more: Correction) -> Incident:
        """Keeps an analyst's edit, confirmation or rejection (or several, all or none: one bad value keeps
        nothing) and re-consolidates the incident with them."""
        with self._write() as session, session.begin():
            self._lock(session)
            row = session.get(IncidentRow, incident_id)
            if row is None:
                raise StoreError(f"no incident {incident_id!r} in the store")
            current = consolidated(session, incident_id)
            assert current is not None  # an incident row always has members (reconsolidate deletes empty ones)
            checked = [checked_correction(current.record, each) for each in (correction, *more)]
            session.add_all(correction_row(incident_id, each) for each in checked)
            session.flush()
            reconsolidate(session, [incident_id], dt.datetime.now(dt.UTC))
            return Incident.model_validate(row.data)

    def dataframe(self, where: EventFilter = EVERYTHING) -> pandas.DataFrame:
        return incidents_frame(self.incidents(where))

"""The store's tables (SQLAlchemy 2 typed declarative). The migrations in `migrations/versions` create them;
a change here needs a new migration (tests/store/test_database.py checks they build the same schema).

Records are kept whole as JSON (the contract is `EventRecord`, not a column list); beside them sit the few
columns a query filters or a candidate search narrows on. Text filter columns hold casefolded values (filters
match case-insensitively, the same way in SQLite and PostgreSQL, for any script); the record's own spelling is
in the JSON."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

Json = Any  # what a JSON column holds: dicts and lists of plain values


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    """The current version of each document. `doc_key` is what makes a document the same document again:
    its normalised URL, else its normalised text (`store/keys.py`)."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_key: Mapped[str] = mapped_column(String(80), unique=True)
    doc_id: Mapped[str] = mapped_column(Text, unique=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    outlet: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(Text)
    comments: Mapped[Json] = mapped_column(JSON)  # each with its scores, labels, evidence and model (store/comments.py)
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    # The comments summed up, for queries: counts, and the claims readers dispute ("attribution|casualties"). A
    # document with comments and no `comments_model` has them unscored (hateful and toxic NULL), never "clean".
    comments_hash: Mapped[str | None] = mapped_column(String(64))
    comments_count: Mapped[int] = mapped_column(Integer, server_default="0")
    comments_hateful: Mapped[int | None] = mapped_column(Integer)
    comments_toxic: Mapped[int | None] = mapped_column(Integer)
    comments_disputed: Mapped[str | None] = mapped_column(String(64), index=True)
    comments_model: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class DocumentVersionRow(Base):
    """An earlier version of a document, kept when a newer one replaced it, with the records it gave."""

    __tablename__ = "document_versions"
    __table_args__ = (UniqueConstraint("document_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text)
    comments: Mapped[Json] = mapped_column(JSON)
    text_hash: Mapped[str] = mapped_column(String(64))
    records: Mapped[Json] = mapped_column(JSON)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    superseded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class IncidentRow(Base):
    """A merged event: its record's filter columns, and (in `incident_data`, a row of its own) the consolidated
    `Incident` as JSON, rewritten whenever a member or a correction changes. The JSON is kept apart so that a
    filter no index answers scans these narrow rows, not hundreds of megabytes of JSON; a page reads the JSON of
    its own rows only."""

    __tablename__ = "incidents"
    __table_args__ = (
        Index("ix_incidents_country_dates", "country", "date_start"),
        Index("ix_incidents_dates", "date_start", "date_end"),
        # The order every list is in (undated last, then by date and id): a page of the first rows walks it. With
        # the date range's other end and the review state in it, a row those rule out costs no table read.
        Index("ix_incidents_order", "undated", "date_start", "incident_id", "date_end", "review"),
    )

    incident_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    event_date: Mapped[str | None] = mapped_column(String(10))
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    undated: Mapped[bool] = mapped_column(Boolean, server_default=false())
    country: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(Text, index=True)
    actor1: Mapped[str | None] = mapped_column(Text)
    actor2: Mapped[str | None] = mapped_column(Text)
    actors: Mapped[str] = mapped_column(Text)
    event_type: Mapped[str | None] = mapped_column(Text, index=True)
    sub_event_type: Mapped[str | None] = mapped_column(Text)
    certainty: Mapped[str | None] = mapped_column(String(16), index=True)
    review: Mapped[str] = mapped_column(String(16), index=True)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    mention_count: Mapped[int] = mapped_column(Integer)
    # The claims its reports' readers dispute, joined in `CLAIMS` order ("attribution|sourcing"), else NULL: the
    # `disputed` filter's column. Comments are not sources: the record and its certainty never read it.
    comments_disputed: Mapped[str | None] = mapped_column(String(64), index=True)
    search_text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    body: Mapped[IncidentDataRow | None] = relationship(cascade="all, delete-orphan", passive_deletes=True)

    @property
    def data(self) -> Json:
        """The consolidated `Incident` as JSON."""
        return self.body.data if self.body is not None else None

    @data.setter
    def data(self, value: Json) -> None:
        if self.body is None:  # a new incident
            self.body = IncidentDataRow(data=value)
        else:
            self.body.data = value


class IncidentDataRow(Base):
    """The consolidated `Incident` of an incidents row, as JSON (1:1)."""

    __tablename__ = "incident_data"

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.incident_id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[Json] = mapped_column(JSON)


class MentionRow(Base):
    """One record a document gave (its current version), and the incident it belongs to: membership is this
    row's `incident_id`, so a record is in exactly one incident. Date window, country and point are what the
    candidate search narrows on."""

    __tablename__ = "mentions"
    __table_args__ = (
        UniqueConstraint("document_id", "event_id"),
        Index("ix_mentions_country_dates", "country", "date_start", "date_end"),
        Index("ix_mentions_dates", "date_start", "date_end"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.incident_id"), index=True)
    event_id: Mapped[str] = mapped_column(Text)
    record: Mapped[Json] = mapped_column(JSON)
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    country: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(Text)
    event_type: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)


class CorrectionRow(Base):
    """An analyst's edit, confirmation or rejection of an incident, with who, when and why. Never rewritten
    by an ingest: every consolidation of the incident reads them and lays them on top."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.incident_id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[Json] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    note: Mapped[str] = mapped_column(Text)

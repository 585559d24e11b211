"""The first schema: documents and their earlier versions, mention records, incidents and corrections.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("doc_key", sa.String(80), nullable=False, unique=True),
        sa.Column("doc_id", sa.Text(), nullable=False, unique=True),
        sa.Column("url", sa.Text()),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("outlet", sa.Text()),
        sa.Column("language", sa.String(16)),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("comments", sa.JSON(), nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("ingested_at", _STAMP, nullable=False),
        sa.Column("updated_at", _STAMP, nullable=False),
    )
    op.create_index("ix_documents_text_hash", "documents", ["text_hash"])

    op.create_table(
        "document_versions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("comments", sa.JSON(), nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("records", sa.JSON(), nullable=False),
        sa.Column("ingested_at", _STAMP, nullable=False),
        sa.Column("superseded_at", _STAMP, nullable=False),
        sa.UniqueConstraint("document_id", "version"),
    )
    op.create_index("ix_document_versions_document_id", "document_versions", ["document_id"])

    op.create_table(
        "incidents",
        sa.Column("incident_id", sa.String(80), primary_key=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("event_date", sa.String(10)),
        sa.Column("date_start", sa.Date()),
        sa.Column("date_end", sa.Date()),
        sa.Column("country", sa.Text()),
        sa.Column("admin1", sa.Text()),
        sa.Column("actor1", sa.Text()),
        sa.Column("actor2", sa.Text()),
        sa.Column("actors", sa.Text(), nullable=False),
        sa.Column("event_type", sa.Text()),
        sa.Column("sub_event_type", sa.Text()),
        sa.Column("certainty", sa.String(16)),
        sa.Column("review", sa.String(16), nullable=False),
        sa.Column("fatalities", sa.Integer()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("mention_count", sa.Integer(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", _STAMP, nullable=False),
        sa.Column("updated_at", _STAMP, nullable=False),
    )
    op.create_index("ix_incidents_country_dates", "incidents", ["country", "date_start"])
    op.create_index("ix_incidents_dates", "incidents", ["date_start", "date_end"])
    op.create_index("ix_incidents_admin1", "incidents", ["admin1"])
    op.create_index("ix_incidents_event_type", "incidents", ["event_type"])
    op.create_index("ix_incidents_certainty", "incidents", ["certainty"])

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("incident_id", sa.String(80), sa.ForeignKey("incidents.incident_id"), nullable=False),
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("date_start", sa.Date()),
        sa.Column("date_end", sa.Date()),
        sa.Column("country", sa.Text()),
        sa.Column("admin1", sa.Text()),
        sa.Column("event_type", sa.Text()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.UniqueConstraint("document_id", "event_id"),
    )
    op.create_index("ix_mentions_country_dates", "mentions", ["country", "date_start", "date_end"])
    op.create_index("ix_mentions_dates", "mentions", ["date_start", "date_end"])
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"])
    op.create_index("ix_mentions_incident_id", "mentions", ["incident_id"])

    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "incident_id",
            sa.String(80),
            sa.ForeignKey("incidents.incident_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("field", sa.String(64)),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("at", _STAMP, nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index("ix_corrections_incident_id", "corrections", ["incident_id"])


def downgrade() -> None:
    for table in ("corrections", "mentions", "incidents", "document_versions", "documents"):
        op.drop_table(table)

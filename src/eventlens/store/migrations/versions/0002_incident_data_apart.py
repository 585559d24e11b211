"""The incidents' JSON in a table of its own (`incident_data`, 1:1), an `undated` column and an index in list
order, and an index on the review state: a filter no index answers scans narrow rows instead of every incident's
JSON, and a page reads the JSON of its own rows only. The data is kept: each incident's JSON moves over.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incident_data",
        sa.Column(
            "incident_id",
            sa.String(80),
            sa.ForeignKey("incidents.incident_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("data", sa.JSON(), nullable=False),
    )
    op.execute("INSERT INTO incident_data (incident_id, data) SELECT incident_id, data FROM incidents")
    # Not in a batch (SQLite would copy the table, and dropping the old one would cascade to the corrections):
    # SQLite 3.35+ and PostgreSQL drop a column in place.
    op.execute("ALTER TABLE incidents DROP COLUMN data")
    op.add_column("incidents", sa.Column("undated", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.execute("UPDATE incidents SET undated = (date_start IS NULL)")
    op.create_index("ix_incidents_order", "incidents", ["undated", "date_start", "incident_id", "date_end", "review"])
    op.create_index("ix_incidents_review", "incidents", ["review"])


def downgrade() -> None:
    op.drop_index("ix_incidents_review", "incidents")
    op.drop_index("ix_incidents_order", "incidents")
    op.execute("ALTER TABLE incidents DROP COLUMN undated")
    op.add_column("incidents", sa.Column("data", sa.JSON(), nullable=True))
    op.execute(
        "UPDATE incidents SET data = (SELECT d.data FROM incident_data d WHERE d.incident_id = incidents.incident_id)"
    )
    op.drop_table("incident_data")

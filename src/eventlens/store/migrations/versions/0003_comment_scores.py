"""Reader comments keep their scores: each document gets its comments' summary in columns a query filters on
(count, hateful, toxic, the claims readers dispute, the model that scored them, a digest of the comments so an
update of the comments alone is seen), and each incident the claims its reports' readers dispute.

Comments stored before this revision have no scores: they stay unscored (no `comments_model`, hateful and toxic
NULL), which the API and the dashboard show as "not scored", never as clean. `eventlens db upgrade` scores them
after migrating (`EventStore.rescore_comments`); a migration does not run the scorer, whose rules change with
the code.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_DOCUMENT_COLUMNS = (
    sa.Column("comments_hash", sa.String(64)),
    sa.Column("comments_count", sa.Integer(), server_default="0", nullable=False),
    sa.Column("comments_hateful", sa.Integer()),
    sa.Column("comments_toxic", sa.Integer()),
    sa.Column("comments_disputed", sa.String(64)),
    sa.Column("comments_model", sa.Text()),
)


def upgrade() -> None:
    # Added in place, not in a batch: SQLite would copy the tables, and dropping the old ones would cascade.
    for column in _DOCUMENT_COLUMNS:
        op.add_column("documents", column)
    # json_array_length: the same function in SQLite and PostgreSQL (the column is `json` there).
    op.execute("UPDATE documents SET comments_count = json_array_length(comments)")
    op.create_index("ix_documents_comments_disputed", "documents", ["comments_disputed"])
    op.add_column("incidents", sa.Column("comments_disputed", sa.String(64)))
    op.create_index("ix_incidents_comments_disputed", "incidents", ["comments_disputed"])


def downgrade() -> None:
    op.drop_index("ix_incidents_comments_disputed", "incidents")
    op.execute("ALTER TABLE incidents DROP COLUMN comments_disputed")
    op.drop_index("ix_documents_comments_disputed", "documents")
    for column in reversed(_DOCUMENT_COLUMNS):
        op.execute(f"ALTER TABLE documents DROP COLUMN {column.name}")

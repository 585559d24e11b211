"""Alembic's entry point. The store runs migrations itself, on a connection it passes in
(`store/database.py: upgrade`); there is no alembic.ini."""

from __future__ import annotations

from alembic import context

from eventlens.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

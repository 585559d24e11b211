"""Alembic migrations of the store's schema, run by `EventStore.open` (and `eventlens db upgrade`)."""

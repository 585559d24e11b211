"""One file per schema revision; alembic reads them in order of their `down_revision`."""

"""The event store: documents, the records they give, and incidents merged across reports, in SQLite or
PostgreSQL. `EventStore` is the whole API; see ARCHITECTURE.md (Store)."""

from eventlens.store.corrections import EDITABLE_FIELDS, CorrectionError, parse_value
from eventlens.store.database import StoreError
from eventlens.store.event_store import EventStore
from eventlens.store.ingest import IngestOutcome

__all__ = ["EDITABLE_FIELDS", "CorrectionError", "EventStore", "IngestOutcome", "StoreError", "parse_value"]

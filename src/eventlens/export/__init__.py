"""Writers for event records (JSON Lines, CSV, GeoJSON) and for the event store's incidents (ACLED CSV, ACLED's
aggregated CSV, GeoJSON, JSON Lines)."""

from eventlens.export.incidents import INCIDENT_FORMATS, write_incidents
from eventlens.export.writers import FORMATS, RecordWriter, open_writer

__all__ = ["FORMATS", "INCIDENT_FORMATS", "RecordWriter", "open_writer", "write_incidents"]

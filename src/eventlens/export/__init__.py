"""Writers for event records: JSON Lines (default), ACLED-style CSV, GeoJSON."""

from eventlens.export.writers import FORMATS, RecordWriter, open_writer

__all__ = ["FORMATS", "RecordWriter", "open_writer"]

"""The `events` stage: resolved mentions to event records with sources, certainty and notes."""

from eventlens.events.build import build_records
from eventlens.events.merge import merge_same_incident

__all__ = ["build_records", "merge_same_incident"]

"""The `events` stage: resolved mentions to event records with sources, certainty and notes."""

from eventlens.events.build import build_records

__all__ = ["build_records"]

"""The HTTP API and the dashboard over an event store (`eventlens serve`). See ARCHITECTURE.md (API and dashboard)."""

from eventlens.api.app import create_app

__all__ = ["create_app"]

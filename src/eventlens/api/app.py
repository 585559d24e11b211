"""`create_app`: the API and the dashboard over one event store.

Reading is open; writing (ingest, corrections) needs the operator's token. The dashboard and the API docs are
static files of this package (their front-end libraries vendored at build time, `tools/vendor_assets.py`):
nothing is loaded from another host, and the Content-Security-Policy says so to the browser."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from eventlens import __version__
from eventlens.api import documents, events, exports
from eventlens.api.errors import install_handlers
from eventlens.api.security import BodyLimit, SecurityHeaders, content_security_policy
from eventlens.api.state import Services, default_pipeline
from eventlens.store import EventStore

if TYPE_CHECKING:
    from eventlens.pipeline import Pipeline

STATIC = Path(__file__).parent / "static"
MAX_BODY_BYTES = 8 * 1024 * 1024  # a request of 100 long reports fits; more is refused before it is read


def create_app(
    store_url: str,
    token: str | None = None,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    pipeline_factory: Callable[[], Pipeline] | None = None,
    online_tiles: str | None = None,
) -> FastAPI:
    """The app over the store at `store_url` (opened now, closed at shutdown). `token`: what writes must send
    as `Authorization: Bearer`; without one the app is read-only. `pipeline_factory` makes the pipeline on
    the first ingest (a test passes its own). `online_tiles`: an https tile URL template the dashboard may switch
    on (off by default; the page works without it); the policy then lets images come from that host only."""
    policy = content_security_policy(online_tiles)  # a bad template fails before the store is opened
    store = EventStore.open(store_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="eventlens",
        version=__version__,
        description="Conflict events merged across reports, with the sentences they came from.",
        docs_url=None,  # served below from the package's own copy of Swagger UI, not from a CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.services = Services(store, pipeline_factory or default_pipeline)
    app.state.token = token or None
    install_handlers(app)
    app.include_router(events.router)
    app.include_router(documents.router)
    app.include_router(exports.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/api/config", summary="What the dashboard may offer: the online tile layer, if the operator set one")
    def config() -> dict[str, str | None]:
        return {"online_tiles": online_tiles}

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")

    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders, policy=policy)
    return app

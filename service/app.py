"""The FastAPI application: the API under ``/api/v1`` and the web UI at ``/``.

``create_app(settings)`` wires storage, the database (migrated on startup) and the job
runner (embedded Dask ``LocalCluster`` by default; unfinished jobs are resumed on start).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI

from service import model_jobs
from service.api import (
    audit_log,
    auth,
    clues,
    documents,
    exports,
    labels,
    models_api,
    reviews,
    stats,
    uploads,
    users,
)
from service.db.engine import make_engine, make_session_factory, migrate
from service.processing.runner import Analyzer, JobRunner
from service.processing.tasks import analyze_file
from service.settings import ServiceSettings
from service.storage import FileStore

API_PREFIX = "/api/v1"


def api_router() -> APIRouter:
    router = APIRouter(prefix=API_PREFIX)
    for module in (auth, users, uploads, documents, clues, reviews, exports, stats, audit_log, models_api, labels):
        router.include_router(module.router)
    return router


SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def add_security_headers(app: FastAPI) -> None:
    """Every response: no framing, no MIME sniffing, only this server's scripts and images."""

    @app.middleware("http")
    async def security_headers(request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def create_app(settings: ServiceSettings | None = None, *, analyze: Analyzer = analyze_file,
               start_runner: bool = True) -> FastAPI:
    settings = settings or ServiceSettings()
    engine = make_engine(settings)
    migrate(engine)
    sessions = make_session_factory(engine)
    store = FileStore(settings.files_dir)
    runner = JobRunner(settings, sessions, store, analyze=analyze)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if start_runner:
            await asyncio.to_thread(runner.start)
            await asyncio.to_thread(model_jobs.resume_unfinished, _app)  # interrupted re-scores continue
        try:
            yield
        finally:
            await asyncio.to_thread(runner.close)
            engine.dispose()

    app = FastAPI(title="LeadMiner", version="0.1.0", lifespan=lifespan,
                  openapi_url=f"{API_PREFIX}/openapi.json", docs_url=None, redoc_url=None)  # Swagger UI loads from a CDN
    app.state.settings, app.state.engine, app.state.sessions = settings, engine, sessions
    app.state.store, app.state.runner = store, runner
    app.include_router(api_router())
    add_security_headers(app)
    from service.web import routes as web_routes

    web_routes.mount(app)
    return app

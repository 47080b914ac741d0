"""Jobs: written to the database before they run, executed inline or on Dask, resumed on start.

``JobRunner.enqueue(job_id)`` marks the job running and hands the stored bytes to the
executor; the result (analysis records) is persisted by the service, never by the worker.
On start every job still ``queued`` or ``running`` (the service stopped mid-way) is
enqueued again; Dask itself re-runs a task whose worker was lost (``retries``). A job is
idempotent: its documents are keyed by sha256, so running it twice stores nothing twice.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, ThreadPoolExecutor
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from service import shadow
from service.db.engine import session_scope
from service.db.models import Dossier, Job, StoredFile, utcnow
from service.processing import linking
from service.processing.persist import store_record
from service.processing.tasks import analyze_file, warm_up
from service.settings import ServiceSettings
from service.storage import FileStore

log = logging.getLogger("leadminer.jobs")

Analyzer = Callable[[bytes, str], list[dict]]


class JobRunner:
    def __init__(self, settings: ServiceSettings, sessions: sessionmaker[Session], store: FileStore,
                 analyze: Analyzer = analyze_file) -> None:
        self.settings = settings
        self.sessions = sessions
        self.store = store
        self.analyze = analyze
        self.client: Any = None
        self.cluster: Any = None
        self._finisher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="leadminer-persist")
        self._pending: dict[int, Any] = {}
        self.warmed: Any = None
        self._lock = threading.Lock()

    # lifecycle ---------------------------------------------------------------------------
    def start(self) -> None:
        if self.settings.executor == "dask":
            self._start_dask()
            if self.analyze is analyze_file:  # load models on the workers before the first upload
                self.warmed = self.client.submit(warm_up, pure=False)
        self.resume()

    def _start_dask(self) -> None:
        from distributed import Client, LocalCluster

        if self.settings.dask_scheduler:
            self.client = Client(self.settings.dask_scheduler)
            return
        self.cluster = LocalCluster(n_workers=self.settings.dask_workers, processes=False,
                                    threads_per_worker=self.settings.dask_threads_per_worker,
                                    dashboard_address=None)
        self.client = Client(self.cluster)

    def close(self) -> None:
        self._finisher.shutdown(wait=True)
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def resume(self) -> list[int]:
        """Enqueue every job left unfinished (a restart or a crash interrupted it)."""
        with session_scope(self.sessions) as session:
            job_ids = list(session.scalars(select(Job.id).where(Job.state.in_(("queued", "running")))
                                           .order_by(Job.id)))
        for job_id in job_ids:
            self.enqueue(job_id)
        return job_ids

    # execution ---------------------------------------------------------------------------
    def enqueue(self, job_id: int) -> None:
        with session_scope(self.sessions) as session:
            job = session.get(Job, job_id)
            if job is None or job.state == "done":
                return
            stored = session.get(StoredFile, job.file_sha256)
            job.state, job.attempts, job.started_at, job.error = "running", job.attempts + 1, utcnow(), None
            sha256, name, attempt = stored.sha256, stored.name, job.attempts
        data = self.store.get(sha256)
        if self.client is None:
            self._finish(job_id, lambda: self.analyze(data, name))
            return
        future = self.client.submit(self.analyze, data, name, key=f"analyze-{sha256}-{attempt}",
                                    retries=self.settings.task_retries, pure=False)
        with self._lock:
            self._pending[job_id] = future
        future.add_done_callback(lambda done: self._finisher.submit(self._finish_future, job_id, done))

    def _finish_future(self, job_id: int, future: Any) -> None:
        with self._lock:
            self._pending.pop(job_id, None)
        self._finish(job_id, future.result)

    def _finish(self, job_id: int, result: Callable[[], list[dict]]) -> None:
        try:
            records = result()
        except (asyncio.CancelledError, CancelledError):  # the cluster went away, not the task
            log.warning("job %s was cancelled; it stays queued and resumes on the next start", job_id)
            self._mark_queued(job_id)
            return
        except Exception as error:  # a task failure is recorded on the job, not raised
            log.exception("job %s failed", job_id)
            self._mark_failed(job_id, f"{type(error).__name__}: {error}")
            return
        with session_scope(self.sessions) as session:
            job = session.get(Job, job_id)
            dossier = session.get(Dossier, job.dossier_id)
            records = linking.link_batch(session, records)
            stored = [store_record(session, record, dossier=dossier, file_sha256=job.file_sha256)
                      for record in records]
            job.documents = sum(1 for document in stored if document is not None)
            shadow.score_quietly(session, self.settings.models_dir, [d for d in stored if d is not None])
            job.state, job.finished_at = "done", utcnow()

    def _mark_queued(self, job_id: int) -> None:
        with session_scope(self.sessions) as session:
            session.get(Job, job_id).state = "queued"

    def _mark_failed(self, job_id: int, message: str) -> None:
        with session_scope(self.sessions) as session:
            job = session.get(Job, job_id)
            job.state, job.error, job.finished_at = "failed", message[:2000], utcnow()

    def wait(self, timeout: float = 120.0) -> None:
        """Block until every submitted job has been persisted (tests, demo, benchmarks)."""
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                pending = list(self._pending.values())
            if not pending:
                break
            time.sleep(0.05)
        self._finisher.submit(lambda: None).result(timeout=max(deadline - time.monotonic(), 1))

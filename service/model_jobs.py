"""Admin model actions shared by the API and the web UI: promote, roll back (each followed by a
background re-score of the stored corpus), name a shadow candidate, retrain.

Jobs run on one background thread of the service (inline with ``executor="sync"``) and report
their state in ``model_jobs``. Retraining calls ``leadminer train`` as a subprocess with the
reviewer labels exported to a temporary folder, so a long training never blocks the service
process and the new versions appear in the registry (nothing is promoted by it).
"""

from __future__ import annotations

import logging
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from analysis.errors import ConfigError
from analysis.labels import write_jsonl
from analysis.models import ModelRegistry, default_models_dir
from service import labels, rescore
from service.db.engine import session_scope
from service.db.models import ModelJob, User, utcnow
from service.processing.tasks import reset_pipeline

log = logging.getLogger("leadminer.model_jobs")
_pools: dict[int, ThreadPoolExecutor] = {}
_pools_lock = threading.Lock()


def submit(app: FastAPI, work: Callable[[], Any]) -> None:
    """Run ``work`` in the background (inline when the service runs jobs synchronously)."""
    if app.state.settings.executor == "sync":
        work()
        return
    with _pools_lock:
        pool = _pools.setdefault(id(app), ThreadPoolExecutor(max_workers=1, thread_name_prefix="leadminer-models"))
    pool.submit(work)


def _reset_everywhere(app: FastAPI) -> None:
    reset_pipeline()
    client = getattr(app.state.runner, "client", None)
    if client is not None:  # workers of an external cluster build their pipeline afresh too
        try:
            client.run(reset_pipeline)
        except Exception:  # an unreachable worker rebuilds at its next start anyway
            log.exception("could not reset the pipeline on the workers")


def change_version(app: FastAPI, session: Session, user: User, name: str, version: str | None) -> ModelJob:
    """Promote ``name/version`` (rollback when ``version`` is None), then queue a re-score."""
    models_dir = Path(app.state.settings.models_dir).resolve()
    if models_dir != default_models_dir().resolve():  # the pipeline would not see the change
        raise ConfigError("E903", f"服务的模型目录（{models_dir}）与分析流程使用的目录（{default_models_dir()}）不同，"
                                  "请用 LEADMINER_MODELS_DIR 统一设置后再发布。", detail=str(models_dir))
    registry = ModelRegistry(models_dir)
    previous = registry.promoted(name)
    changed = registry.rollback(name) if version is None else registry.promote(name, version)
    action = "rollback" if version is None else "promote"
    job = rescore.start_job(session, "rescore", reason=f"{action} {changed.ref}", user=user.username,
                            detail={"model": name, "from": previous, "to": changed.version})
    return job


def queue_rescore(app: FastAPI, job_id: int) -> None:
    state = app.state

    def work() -> None:
        rescore.run_rescore(state.sessions, state.store, state.runner.analyze, job_id,
                            reset=lambda: _reset_everywhere(app))

    submit(app, work)


RETRAIN_JOBS = 2  # the same parallel path as ``leadminer train``: NER beside sklearn, analysis in 2 processes


def retrain_command(labeled_dir: Path, models_dir: Path, options: dict[str, Any]) -> list[str]:
    command = [sys.executable, "-m", "service.cli.main", "train", "--labeled", str(labeled_dir),
               "--models", str(models_dir), "--n", str(int(options.get("n", 3000)))]
    command.append("--with-spacy-textcat" if options.get("spacy") else "--no-spacy")
    command.append("--ner" if options.get("ner") else "--no-ner")
    command += ["--jobs", str(int(options.get("jobs", RETRAIN_JOBS)))]
    return command


def queue_retrain(app: FastAPI, job_id: int, options: dict[str, Any]) -> None:
    state = app.state

    def work() -> None:
        with session_scope(state.sessions) as session:
            job = session.get(ModelJob, job_id)
            job.state = "running"
            documents = labels.labeled_documents(session)
        with tempfile.TemporaryDirectory(prefix="leadminer-labels-") as folder:
            count = write_jsonl(Path(folder) / "review.jsonl", documents)
            command = retrain_command(Path(folder), state.settings.models_dir, options)
            try:
                done = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
                state_name = "done" if done.returncode == 0 else "failed"
                output, error = done.stdout[-4000:], (done.stderr[-4000:] if done.returncode else None)
            except (OSError, subprocess.TimeoutExpired) as failure:
                state_name, output, error = "failed", "", f"{type(failure).__name__}: {failure}"
        with session_scope(state.sessions) as session:
            job = session.get(ModelJob, job_id)
            job.state, job.finished_at, job.error = state_name, utcnow(), error
            job.detail = {**(job.detail or {}), "labels": count, "output": output}

    submit(app, work)


def resume_unfinished(app: FastAPI) -> list[int]:
    """At service start: queue again every re-score a previous process left queued or running
    (it continues after its persisted cursor); a retrain whose subprocess died with the
    service is marked failed, since its output was lost. Returns the re-score job ids."""
    with session_scope(app.state.sessions) as session:
        job_ids = rescore.unfinished_jobs(session)
        for job in session.scalars(select(ModelJob).where(ModelJob.kind == "retrain",
                                                          ModelJob.state.in_(("queued", "running")))):
            job.state, job.finished_at, job.error = "failed", utcnow(), "服务重启，训练任务中断，请重新发起。"
    for job_id in job_ids:
        queue_rescore(app, job_id)
    return job_ids


def job_dict(job: ModelJob) -> dict[str, Any]:
    return {"id": job.id, "kind": job.kind, "state": job.state, "reason": job.reason,
            "requested_by": job.requested_by, "created_at": job.created_at.isoformat(timespec="seconds"),
            "finished_at": job.finished_at.isoformat(timespec="seconds") if job.finished_at else None,
            "detail": job.detail, "error": job.error}

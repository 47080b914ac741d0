"""Model versions: the cards, the registry (promote, roll back: admin only, audited, followed by
a background re-score), the shadow candidate and its comparison, retraining, model jobs."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import select

from analysis.errors import ConfigError
from analysis.models import ModelRegistry
from service import audit, model_jobs, shadow
from service.api.deps import DB, Admin, CurrentUser, client_address
from service.db.models import ModelJob
from service.model_cards import model_cards

router = APIRouter(prefix="/models", tags=["models"])


@router.get("")
def list_models(request: Request, _user: CurrentUser) -> list[dict]:
    return model_cards(request.app.state.settings.models_dir)


@router.get("/registry")
def registry_state(request: Request, session: DB, _user: CurrentUser) -> dict:
    """Every version with the promoted one marked, each name's promotion history, the shadow candidate."""
    registry = ModelRegistry(request.app.state.settings.models_dir)
    return {"versions": registry.list(), "history": {name: registry.history(name) for name in registry.names()},
            "shadow": shadow.candidate(session)}


class PromoteIn(BaseModel):
    version: str


def _change(request: Request, session: DB, user: Admin, name: str, version: str | None) -> dict:
    app = request.app
    try:
        job = model_jobs.change_version(app, session, user, name, version)
    except ConfigError as error:
        missing = version is not None and error.detail == f"{name}/{version}"
        raise HTTPException(404 if missing else 409, str(error)) from error
    audit.record(session, action="model.rollback" if version is None else "model.promote", user=user,
                 target=name, detail=job.detail, client=client_address(request))
    session.commit()  # the job row must be visible to the background thread
    model_jobs.queue_rescore(app, job.id)
    session.refresh(job)
    return model_jobs.job_dict(job)


@router.post("/{name}/promote", status_code=202)
def promote(name: str, body: PromoteIn, request: Request, session: DB, user: Admin) -> dict:
    return _change(request, session, user, name, body.version)


@router.post("/{name}/rollback", status_code=202)
def rollback(name: str, request: Request, session: DB, user: Admin) -> dict:
    return _change(request, session, user, name, None)


class ShadowIn(BaseModel):
    name: str | None = "lead-scorer"
    version: str | None = None


@router.put("/shadow")
def set_shadow(body: ShadowIn, request: Request, session: DB, user: Admin) -> dict:
    """Name the candidate version that also scores new documents (``name: null`` clears it)."""
    try:
        chosen = shadow.set_candidate(session, request.app.state.settings.models_dir, body.name, body.version)
    except ConfigError as error:
        raise HTTPException(404, str(error)) from error
    except ValueError as error:
        raise HTTPException(422, str(error)) from error
    audit.record(session, action="model.shadow", user=user, target=(chosen or {}).get("ref"),
                 client=client_address(request))
    return {"shadow": chosen}


@router.get("/shadow/compare")
def compare_shadow(session: DB, _user: CurrentUser, candidate: str | None = None) -> dict:
    return shadow.compare(session, candidate)


class RetrainIn(BaseModel):
    n: int = 3000
    spacy: bool = False
    ner: bool = True  # the issue: the admin retrain covers the classifier, the NER and the lead scorer


@router.post("/retrain", status_code=202)
def retrain(request: Request, session: DB, user: Admin, body: RetrainIn | None = None) -> dict:
    options = (body or RetrainIn()).model_dump()
    job = ModelJob(kind="retrain", state="queued", reason="retrain", requested_by=user.username, detail=options)
    session.add(job)
    audit.record(session, action="model.retrain", user=user, detail=options, client=client_address(request))
    session.commit()
    model_jobs.queue_retrain(request.app, job.id, options)
    session.refresh(job)
    return model_jobs.job_dict(job)


@router.get("/jobs")
def list_jobs(session: DB, _user: Admin, limit: int = 20) -> list[dict]:
    jobs = session.scalars(select(ModelJob).order_by(ModelJob.id.desc()).limit(min(limit, 200)))
    return [model_jobs.job_dict(job) for job in jobs]


@router.get("/jobs/{job_id}")
def get_job(job_id: int, session: DB, _user: Admin) -> dict:
    job = session.get(ModelJob, job_id)
    if job is None:
        raise HTTPException(404, "任务不存在")
    return model_jobs.job_dict(job)

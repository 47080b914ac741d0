"""Web pages and form actions for learning from reviewers: correct an extracted field on the
clue page; on the model versions page (admin) promote, roll back, name the shadow candidate,
retrain; and the shadow comparison page. The work is the same as the API's."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from analysis.errors import ConfigError
from analysis.models import ModelRegistry
from service import access, audit, labels, model_jobs, shadow
from service.api import clues as clue_api
from service.api.deps import DB, client_address
from service.db.models import ModelJob
from service.web.routes import PageUser, forbid_unless, render


def models_context(request: Request, session: DB) -> dict[str, Any]:
    """Promoted versions, the shadow candidate and the recent model jobs for models.html."""
    registry = ModelRegistry(request.app.state.settings.models_dir)
    promoted = {name: registry.promoted(name) for name in registry.names()}
    rollback = {name for name in registry.names() if len(registry.history(name)) >= 2}
    jobs = [model_jobs.job_dict(job) for job in
            session.scalars(select(ModelJob).order_by(ModelJob.id.desc()).limit(10))]
    return {"promoted": promoted, "can_rollback": rollback, "shadow": shadow.candidate(session), "jobs": jobs}


def _float(value: str) -> float | None:
    try:
        return float(value.replace(",", "")) if value.strip() else None
    except ValueError:
        return None


def clue_correct(clue_id: int, request: Request, session: DB, user: PageUser,
                 field: Annotated[str, Form()], index: Annotated[int, Form()], value: Annotated[str, Form()] = "",
                 role: Annotated[str, Form()] = "", law: Annotated[str, Form()] = "",
                 article: Annotated[str, Form()] = "") -> Response:
    forbid_unless(user, access.CAN_REVIEW)
    clue = clue_api.visible_clue(session, user, clue_id)
    try:
        body = labels.Correction(field=field, index=index, value=_float(value), role=role or None,
                                 law=law.strip() or None, article=int(article) if article.strip().isdigit() else None)
        change = labels.apply_correction(clue.document, body)
    except ValueError as error:
        raise HTTPException(422, str(error)) from error
    labels.label_correction(session, clue, user, change, body)
    audit.record(session, action="field.correct", user=user, target=f"clue:{clue_id}",
                 detail={"field": field, "index": index, **change}, client=client_address(request))
    return RedirectResponse(f"/clues/{clue_id}#fields", status_code=303)


def _change(request: Request, session: DB, user: PageUser, name: str, version: str | None) -> Response:
    forbid_unless(user, access.CAN_MANAGE_USERS)
    try:
        job = model_jobs.change_version(request.app, session, user, name, version)
    except ConfigError as error:
        raise HTTPException(409, str(error)) from error
    audit.record(session, action="model.rollback" if version is None else "model.promote", user=user,
                 target=name, detail=job.detail, client=client_address(request))
    session.commit()
    model_jobs.queue_rescore(request.app, job.id)
    return RedirectResponse("/models", status_code=303)


def model_promote(name: str, request: Request, session: DB, user: PageUser,
                  version: Annotated[str, Form()]) -> Response:
    return _change(request, session, user, name, version)


def model_rollback(name: str, request: Request, session: DB, user: PageUser) -> Response:
    return _change(request, session, user, name, None)


def model_shadow(request: Request, session: DB, user: PageUser, name: Annotated[str, Form()] = "",
                 version: Annotated[str, Form()] = "") -> Response:
    forbid_unless(user, access.CAN_MANAGE_USERS)
    try:
        chosen = shadow.set_candidate(session, request.app.state.settings.models_dir, name or None, version or None)
    except (ConfigError, ValueError) as error:
        raise HTTPException(422, str(error)) from error
    audit.record(session, action="model.shadow", user=user, target=(chosen or {}).get("ref"),
                 client=client_address(request))
    return RedirectResponse("/models/shadow", status_code=303)


def model_retrain(request: Request, session: DB, user: PageUser) -> Response:
    forbid_unless(user, access.CAN_MANAGE_USERS)
    options = {"n": 3000, "spacy": False, "ner": True}
    job = ModelJob(kind="retrain", state="queued", reason="retrain", requested_by=user.username, detail=options)
    session.add(job)
    audit.record(session, action="model.retrain", user=user, detail=options, client=client_address(request))
    session.commit()
    model_jobs.queue_retrain(request.app, job.id, options)
    return RedirectResponse("/models", status_code=303)


def shadow_page(request: Request, session: DB, user: PageUser) -> HTMLResponse:
    return render(request, "shadow.html", user, report=shadow.compare(session), shadow=shadow.candidate(session))


ROUTES = [
    ("/clues/{clue_id}/correct", clue_correct, ["POST"]),
    ("/models/shadow", shadow_page, ["GET"]),
    ("/models/shadow", model_shadow, ["POST"]),
    ("/models/retrain", model_retrain, ["POST"]),
    ("/models/{name}/promote", model_promote, ["POST"]),
    ("/models/{name}/rollback", model_rollback, ["POST"]),
]

"""Upload dossiers (multipart: single files or ZIPs) and follow their jobs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, File, Form, HTTPException, Request, UploadFile
from sqlalchemy import func, select

from service import audit
from service.access import upload_agency
from service.api.deps import DB, DocumentReader, Uploader, client_address
from service.db.models import Document, Dossier, DossierFile, Job, User
from service.intake import Upload, receive_dossier

router = APIRouter(tags=["uploads"])


@router.post("/uploads", status_code=202)
async def upload(request: Request, session: DB, user: Uploader, background: BackgroundTasks,
                 files: Annotated[list[UploadFile], File(description="files or ZIP dossiers")],
                 agency: Annotated[str | None, Form()] = None,
                 name: Annotated[str | None, Form()] = None) -> dict:
    settings = request.app.state.settings
    uploads, total = [], 0
    for item in files:
        data = await item.read()
        total += len(data)
        if total > settings.max_upload_bytes:
            raise HTTPException(413, "上传文件过大")
        uploads.append(Upload(name=item.filename or "upload", data=data, media_type=item.content_type))
    if not uploads:
        raise HTTPException(422, "没有收到文件")
    dossier, job_ids = receive_dossier(session, request.app.state.store, uploads,
                                       agency=upload_agency(user, agency), user=user, name=name)
    audit.record(session, action="upload", user=user, target=f"dossier:{dossier.id}",
                 detail={"files": [u.name for u in uploads]}, client=client_address(request))
    session.commit()
    runner = request.app.state.runner
    for job_id in job_ids:
        background.add_task(runner.enqueue, job_id)
    return dossier_progress(session, dossier)


def _visible_dossier(session: DB, user: User, dossier_id: int) -> Dossier:
    dossier = session.get(Dossier, dossier_id)
    if dossier is None or (user.role == "agency_clerk" and dossier.agency != user.agency):
        raise HTTPException(404, "案卷不存在")
    return dossier


def dossier_progress(session: DB, dossier: Dossier) -> dict:
    files = list(session.scalars(select(DossierFile).where(DossierFile.dossier_id == dossier.id)))
    jobs = {job.file_sha256: job for job in session.scalars(
        select(Job).where(Job.file_sha256.in_([f.file_sha256 for f in files])))}
    entries = []
    for item in files:
        job = jobs.get(item.file_sha256)
        entries.append({"name": item.name, "sha256": item.file_sha256, "duplicate": item.duplicate,
                        "job": job_dict(job) if job else None})
    states = [entry["job"]["state"] for entry in entries if entry["job"]]
    documents = session.scalar(select(func.count(Document.id)).where(
        Document.file_sha256.in_([f.file_sha256 for f in files]))) or 0
    finished = sum(1 for state in states if state in ("done", "failed"))
    return {"id": dossier.id, "name": dossier.name, "agency": dossier.agency,
            "created_at": dossier.created_at.isoformat(timespec="seconds"), "files": entries,
            "progress": {"files": len(states), "finished": finished,
                         "failed": states.count("failed"), "documents": int(documents),
                         "fraction": round(finished / len(states), 3) if states else 1.0}}


def job_dict(job: Job) -> dict:
    return {"id": job.id, "state": job.state, "attempts": job.attempts, "documents": job.documents,
            "error": job.error, "sha256": job.file_sha256,
            "started_at": job.started_at.isoformat(timespec="seconds") if job.started_at else None,
            "finished_at": job.finished_at.isoformat(timespec="seconds") if job.finished_at else None}


@router.get("/dossiers")
def list_dossiers(session: DB, user: DocumentReader, limit: int = 50) -> list[dict]:
    statement = select(Dossier).order_by(Dossier.id.desc()).limit(min(limit, 500))
    if user.role == "agency_clerk":
        statement = statement.where(Dossier.agency == user.agency)
    return [dossier_progress(session, dossier) for dossier in session.scalars(statement)]


@router.get("/dossiers/{dossier_id}")
def get_dossier(dossier_id: int, session: DB, user: DocumentReader) -> dict:
    dossier = _visible_dossier(session, user, dossier_id)
    progress = dossier_progress(session, dossier)
    documents = session.scalars(select(Document).where(Document.file_sha256.in_(
        [f["sha256"] for f in progress["files"]])).order_by(Document.id))
    progress["documents"] = [{"document_id": d.document_id, "name": d.name, "member": d.member,
                              "status": d.status, "clue_id": d.clue.id if d.clue else None,
                              "priority": d.clue.priority if d.clue else None} for d in documents]
    return progress


@router.get("/jobs/{job_id}")
def get_job(job_id: int, session: DB, user: DocumentReader) -> dict:
    job = session.get(Job, job_id)
    if job is None:
        raise HTTPException(404, "任务不存在")
    _visible_dossier(session, user, job.dossier_id)
    return job_dict(job)

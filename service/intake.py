"""Intake of uploads: store every file content-addressed, then write the dossier and its jobs.

The bytes reach the disk before any row or job exists, so nothing uploaded is ever lost to a
crash; a file whose sha256 is already stored is a duplicate and gets no second job.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.db.models import Dossier, DossierFile, Job, StoredFile, User
from service.storage import FileStore


@dataclass
class Upload:
    name: str
    data: bytes
    media_type: str | None = None


def receive_dossier(session: Session, store: FileStore, uploads: list[Upload], *, agency: str | None,
                    user: User | None, name: str | None = None) -> tuple[Dossier, list[int]]:
    """Store files and create the dossier; return it and the ids of the jobs to run."""
    stored = [(upload, *store.put(upload.data)) for upload in uploads]
    dossier = Dossier(name=name or (uploads[0].name if uploads else "dossier"), agency=agency,
                      uploaded_by=user.id if user else None)
    session.add(dossier)
    session.flush()
    new_jobs: list[int] = []
    for upload, sha256, _on_disk in stored:
        known = session.get(StoredFile, sha256)
        if known is None:
            media_type = upload.media_type or mimetypes.guess_type(upload.name)[0] or "application/octet-stream"
            session.add(StoredFile(sha256=sha256, name=upload.name, media_type=media_type,
                                   size=len(upload.data)))
            session.flush()
        job = session.scalar(select(Job).where(Job.file_sha256 == sha256))
        session.add(DossierFile(dossier_id=dossier.id, file_sha256=sha256, name=upload.name,
                                duplicate=job is not None))
        if job is None:
            job = Job(file_sha256=sha256, dossier_id=dossier.id)
            session.add(job)
            session.flush()
            new_jobs.append(job.id)
        elif job.state == "failed":
            job.state = "queued"
            new_jobs.append(job.id)
    return dossier, new_jobs

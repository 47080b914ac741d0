"""Re-score the stored corpus after a promotion or rollback (a background model job).

The job re-runs the analyzer (ingest + the default ``Pipeline()``, built afresh so it loads the
promoted versions) on every stored original file, links each file's records with the stored
ones as at upload, and writes the new scores, classification, findings and provenance onto the
stored record and clue. The fields a prosecutor corrected are kept. Every clue's priority before
and after is kept as a ``ClueMove``, so the queue can show what moved in the last re-score.
Re-scoring is a function of the stored files and the promoted versions only, so a promotion
followed by a rollback restores the previous scores exactly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from service.db.engine import session_scope
from service.db.models import ClueMove, Document, FindingRow, ModelJob, StoredFile, utcnow
from service.processing import linking
from service.processing.persist import clue_values, finding_rows
from service.storage import FileStore

log = logging.getLogger("leadminer.rescore")

Analyzer = Callable[[bytes, str], list[dict]]
RESCORED_KEYS = ("scores", "classification", "findings", "provenance")


def start_job(session: Session, kind: str, *, reason: str, user: str | None, detail: dict | None = None) -> ModelJob:
    job = ModelJob(kind=kind, state="queued", reason=reason, requested_by=user, detail=detail or {})
    session.add(job)
    session.flush()
    return job


def _update_document(session: Session, document: Document, new: dict[str, Any]) -> tuple[float, float]:
    """Write the new scores onto the stored record, its findings and its clue (review state kept)."""
    clue = document.clue
    old_priority = clue.priority
    record = dict(document.record or {})
    for key in RESCORED_KEYS:
        record[key] = new.get(key)
    document.record = record
    session.execute(delete(FindingRow).where(FindingRow.document_pk == document.id))
    for name, value in clue_values(record).items():
        setattr(clue, name, value)
    session.add_all(finding_rows(document.id, record))
    session.flush()
    return old_priority, clue.priority


def rescore_file(session: Session, store: FileStore, analyze: Analyzer, sha256: str) -> list[tuple[int, float, float]]:
    """Re-run the analyzer on one stored file; (clue id, old, new priority) per stored document."""
    stored = session.get(StoredFile, sha256)
    records = analyze(store.get(sha256), stored.name)
    records = linking.link_batch(session, records)
    moves = []
    for new in records:
        document = session.scalar(select(Document).where(Document.document_id == new.get("document_id")))
        if document is None or document.clue is None:
            continue
        clue_id = document.clue.id
        old, updated = _update_document(session, document, new)
        moves.append((clue_id, old, updated))
    return moves


def pending_files(session: Session, after: int) -> list[tuple[str, int]]:
    """(file, its first document id) of every stored file past the cursor ``after``, in
    upload order. Keyed by the first document id, so files uploaded later sort last and a
    file deleted meanwhile does not shift the others."""
    first = func.min(Document.id)
    return [(sha256, first_id) for sha256, first_id in session.execute(
        select(Document.file_sha256, first).group_by(Document.file_sha256)
        .having(first > after).order_by(first))]


def run_rescore(sessions: sessionmaker[Session], store: FileStore, analyze: Analyzer, job_id: int,
                reset: Callable[[], Any] | None = None) -> None:
    """The job body: every stored file in upload order, one transaction per file.

    Progress is persisted with each file's transaction: the job's ``detail`` keeps ``cursor``
    (the first document id of the last file done) and the running counts. A job interrupted
    by a dying service is picked up by ``resume_unfinished`` and continues after the cursor,
    so no file is re-scored twice within the job and every ``ClueMove`` keeps the priority
    from before the job (a clue already moved by the job is not recorded again)."""
    if reset is not None:
        reset()
    with session_scope(sessions) as session:
        job = session.get(ModelJob, job_id)
        if job.state in ("done", "failed"):
            return
        detail = dict(job.detail or {})
        job.state = "running"
        job.detail = {**detail, "resumed": int(detail.get("resumed", 0)) + int("cursor" in detail)}
        cursor = int(detail.get("cursor", 0))
        files = pending_files(session, cursor)
    counts = {"documents": int(detail.get("documents", 0)), "changed": int(detail.get("changed", 0))}
    try:
        for sha256, first_id in files:
            with session_scope(sessions) as session:
                _rescore_one(session, store, analyze, job_id, sha256, counts)
                job = session.get(ModelJob, job_id)
                job.detail = {**(job.detail or {}), **counts, "cursor": first_id}
    except Exception as error:  # recorded on the job, never raised into the service
        log.exception("re-score %s failed", job_id)
        _finish(sessions, job_id, "failed", counts, f"{type(error).__name__}: {error}")
        return
    _finish(sessions, job_id, "done", counts, None)


def _rescore_one(session: Session, store: FileStore, analyze: Analyzer, job_id: int, sha256: str,
                 counts: dict[str, int]) -> None:
    """Re-score one file inside the caller's transaction and record what moved (once per clue)."""
    moves = rescore_file(session, store, analyze, sha256)
    moved_before = set(session.scalars(select(ClueMove.clue_id).where(
        ClueMove.job_id == job_id, ClueMove.clue_id.in_([clue_id for clue_id, _, _ in moves]))))
    for clue_id, old, new in moves:
        if clue_id in moved_before:
            continue
        session.add(ClueMove(job_id=job_id, clue_id=clue_id, old_priority=old, new_priority=new))
        moved_before.add(clue_id)
        counts["documents"] += 1
        counts["changed"] += int(abs(new - old) > 1e-9)


def unfinished_jobs(session: Session) -> list[int]:
    """Re-score jobs a previous service process queued or started but did not finish."""
    return list(session.scalars(select(ModelJob.id).where(ModelJob.kind == "rescore",
                                                          ModelJob.state.in_(("queued", "running")))
                                .order_by(ModelJob.id)))


def _finish(sessions: sessionmaker[Session], job_id: int, state: str, counts: dict, error: str | None) -> None:
    with session_scope(sessions) as session:
        job = session.get(ModelJob, job_id)
        job.state, job.finished_at, job.error = state, utcnow(), error
        job.detail = {**(job.detail or {}), **counts}


def last_moves(session: Session) -> dict[int, tuple[float, float]]:
    """Clue id → (old, new) priority of the newest finished re-score (empty when none)."""
    job_id = session.scalar(select(ModelJob.id).where(ModelJob.kind == "rescore", ModelJob.state == "done")
                            .order_by(ModelJob.id.desc()).limit(1))
    if job_id is None:
        return {}
    rows = session.execute(select(ClueMove.clue_id, ClueMove.old_priority, ClueMove.new_priority)
                           .where(ClueMove.job_id == job_id))
    return {clue_id: (old, new) for clue_id, old, new in rows}


def annotate_moves(session: Session, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``moved`` = {"old", "new"} priority of the last re-score to queue rows (None when unchanged)."""
    moves = last_moves(session)
    for row in rows:
        old_new = moves.get(row["id"])
        changed = old_new is not None and abs(old_new[1] - old_new[0]) > 1e-9
        row["moved"] = {"old": round(old_new[0], 4), "new": round(old_new[1], 4)} if changed else None
    return rows

"""Reviewer labels over the API: correct an extracted field, export and import labels.

``GET /labels/export`` writes JSONL in the ``analysis.labels`` format (``?label_studio=true``
for Label Studio task JSON); ``POST /labels/import`` takes Label Studio tasks; ``GET /labels/queue`` is the 待标注 queue
(the least certain unlabeled documents plus a random share).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Body, HTTPException, Query, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from analysis.labels import from_label_studio, to_label_studio
from service import audit, labels, to_label
from service.api.clues import visible_clue
from service.api.deps import DB, Admin, Exporter, Reviewer, client_address
from service.db.models import LabelRow

router = APIRouter(tags=["labels"])


@router.post("/clues/{clue_id}/corrections", status_code=201)
def correct_field(clue_id: int, body: labels.Correction, request: Request, session: DB, user: Reviewer) -> dict:
    """Fix a wrong amount (value/role) or statute (law/article); the fix becomes a label."""
    clue = visible_clue(session, user, clue_id)
    try:
        change = labels.apply_correction(clue.document, body)
    except ValueError as error:
        raise HTTPException(422, str(error)) from error
    row = labels.label_correction(session, clue, user, change, body)
    audit.record(session, action="field.correct", user=user, target=f"clue:{clue_id}",
                 detail={"field": body.field, "index": body.index, **change}, client=client_address(request))
    return {"label_id": row.id, **change}


@router.get("/labels")
def label_summary(session: DB, _user: Exporter) -> dict:
    rows = session.execute(select(LabelRow.kind, func.count()).group_by(LabelRow.kind)).all()
    return {"counts": {kind: count for kind, count in rows},
            "documents": session.scalar(select(func.count(func.distinct(LabelRow.document_id)))) or 0}


@router.get("/labels/queue")
def label_queue(session: DB, _user: Reviewer, size: int = Query(20, ge=1, le=500),
                random_share: float = Query(0.2, ge=0.0, le=1.0), kind: str = "priority",
                seed: int = 0) -> dict:
    """Documents to label next: uncertain ones (score near 0.5) and a random share."""
    try:
        items = to_label.queue(session, size=size, random_share=random_share, kind=kind, seed=seed)
    except ValueError as error:
        raise HTTPException(422, str(error)) from error
    return {"size": size, "random_share": random_share, "kind": kind, "items": items}


@router.get("/labels/export")
def export_labels(request: Request, session: DB, user: Exporter, label_studio: bool = False,
                  history: bool = False) -> Response:
    documents = labels.labeled_documents(session, history=history)
    audit.record(session, action="labels.export", user=user, detail={"count": len(documents),
                 "label_studio": label_studio}, client=client_address(request))
    if label_studio:
        tasks = [to_label_studio(doc, task_id=i + 1) for i, doc in enumerate(documents)]
        return Response(json.dumps(tasks, ensure_ascii=False), media_type="application/json")
    body = "".join(doc.to_json() + "\n" for doc in documents)
    return Response(body, media_type="application/x-ndjson",
                    headers={"Content-Disposition": 'attachment; filename="labels.jsonl"'})


@router.post("/labels/import", status_code=201)
def import_labels(request: Request, session: DB, user: Admin,
                  tasks: list[dict[str, Any]] = Body(...)) -> dict:
    """Label Studio tasks (a JSON list) into the label store."""
    try:
        documents = [from_label_studio(task) for task in tasks]
    except (KeyError, ValueError, TypeError) as error:
        raise HTTPException(422, f"无法读取 Label Studio 任务：{error}") from error
    count = labels.import_labels(session, documents, annotator=user.username)
    audit.record(session, action="labels.import", user=user, detail={"count": count},
                 client=client_address(request))
    return {"imported": count}

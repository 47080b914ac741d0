"""Clues: the ranked queue with filters and Chinese full-text search, and one clue in full."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from sqlalchemy.orm import Session

from service import audit, evidence, queries, rescore
from service.access import may_see_document
from service.api.deps import DB, ClueReader, client_address
from service.db.models import Clue, User
from service.processing.linking import related_documents

router = APIRouter(prefix="/clues", tags=["clues"])


def queue_filter(kind: str | None = None, domain: str | None = None, agency: str | None = None,
                 date_from: date | None = None, date_to: date | None = None,
                 min_score: Annotated[float | None, Query(ge=0, le=1)] = None,
                 status: str | None = None, assignee_id: int | None = None,
                 q: Annotated[str | None, Query(description="全文检索（中文分词）")] = None,
                 only_findings: bool = False) -> queries.QueueFilter:
    return queries.QueueFilter(kind=kind, domain=domain, agency=agency, date_from=date_from,
                               date_to=date_to, min_score=min_score, status=status,
                               assignee_id=assignee_id, q=q, only_findings=only_findings)


Filter = Annotated[queries.QueueFilter, Depends(queue_filter)]


@router.get("")
def ranked_queue(session: DB, user: ClueReader, flt: Filter,
                 limit: Annotated[int, Query(ge=1, le=500)] = 50,
                 offset: Annotated[int, Query(ge=0)] = 0, with_total: bool = False) -> dict:
    rows, _ = queries.ranked_queue(session, user, flt, limit=limit, offset=offset)
    result: dict[str, Any] = {"items": rescore.annotate_moves(session, rows),
                              "limit": limit, "offset": offset}
    if with_total:
        result["total"] = queries.count_queue(session, user, flt)
    return result


def visible_clue(session: Session, user: User, clue_id: int) -> Clue:
    clue = session.get(Clue, clue_id)
    if clue is None or not may_see_document(user, clue.document):
        raise HTTPException(404, "线索不存在")
    return clue


def clue_detail(session: Session, clue: Clue) -> dict[str, Any]:
    record = clue.document.record
    findings = []
    for finding in record.get("findings") or []:
        findings.append({**finding, "kind_label": queries.KIND_LABELS.get(finding.get("kind"), "")})
    related = related_documents(session, clue.document.id)
    return {
        **queries.clue_summary_by_id(session, clue.id),
        "status_label": queries.STATUS_LABELS.get(clue.status, clue.status),
        "fields": record.get("fields") or {}, "classification": record.get("classification"),
        "findings": findings, "evidence": evidence.finding_evidence(record),
        "pages": evidence.page_geometry(record), "media_type": clue.document.media_type,
        "errors": record.get("errors") or [],
        "reviews": [queries.review_dict(review) for review in queries.clue_reviews(session, clue.id)],
        "related": [{"document_id": d.document_id, "name": d.name, "decision_number": d.decision_number,
                     "clue_id": d.clue.id if d.clue else None} for d in related],
    }


@router.get("/{clue_id}")
def get_clue(clue_id: int, request: Request, session: DB, user: ClueReader) -> dict:
    clue = visible_clue(session, user, clue_id)
    audit.record(session, action="document.view", user=user, target=clue.document.document_id,
                 detail={"clue": clue_id}, client=client_address(request))
    return clue_detail(session, clue)

"""Read models shared by the API and the web UI: the ranked queue, a clue, the statistics."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, joinedload

from service import search
from service.access import scope_documents
from service.db.models import DISPOSITIONS, Clue, Document, FindingRow, Review, User

KIND_LABELS = {
    "criminal_transfer": "涉嫌犯罪（以罚代刑）",
    "public_interest": "公益诉讼",
    "enforcement_irregularity": "执法不规范",
    "repeat_offender": "多次违法",
}
STATUS_LABELS = {"new": "待审查", "assigned": "已分配", "in_review": "审查中", "disposed": "已处理"}


@dataclass
class QueueFilter:
    kind: str | None = None
    domain: str | None = None
    agency: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    min_score: float | None = None
    status: str | None = None
    assignee_id: int | None = None
    q: str | None = None
    only_findings: bool = False


def queue_statement(session: Session, user: User, flt: QueueFilter) -> Select:
    statement = select(Clue).join(Document, Clue.document_pk == Document.id)
    statement = scope_documents(statement, user)
    if flt.kind:
        statement = statement.where(Clue.kinds.contains(flt.kind))
    if flt.domain:
        statement = statement.where(Clue.domain == flt.domain)
    if flt.agency:
        statement = statement.where(Clue.agency == flt.agency)
    if flt.date_from:
        statement = statement.where(Clue.decision_date >= flt.date_from)
    if flt.date_to:
        statement = statement.where(Clue.decision_date <= flt.date_to)
    if flt.min_score is not None:
        statement = statement.where(Clue.priority >= flt.min_score)
    if flt.status:
        statement = statement.where(Clue.status == flt.status)
    if flt.assignee_id is not None:
        statement = statement.where(Clue.assignee_id == flt.assignee_id)
    if flt.only_findings:
        statement = statement.where(Clue.finding_count > 0)
    return search.apply_search(statement, session, flt.q)


def ranked_queue(session: Session, user: User, flt: QueueFilter, *, limit: int = 50,
                 offset: int = 0) -> tuple[list[Clue], int | None]:
    """One page of the queue, highest priority first; the total only when it is cheap."""
    statement = queue_statement(session, user, flt)
    rows = list(session.scalars(statement.options(joinedload(Clue.document).load_only(
        Document.document_id, Document.name, Document.decision_number, Document.title,
        Document.issuing_agency, Document.status), joinedload(Clue.assignee))
        .order_by(Clue.priority.desc(), Clue.id.desc()).limit(limit).offset(offset)))
    return rows, None


def count_queue(session: Session, user: User, flt: QueueFilter) -> int:
    statement = queue_statement(session, user, flt).with_only_columns(func.count(Clue.id))
    return int(session.scalar(statement) or 0)


def clue_summary(clue: Clue) -> dict[str, Any]:
    document = clue.document
    return {
        "id": clue.id, "document_id": document.document_id, "name": document.name,
        "title": document.title, "decision_number": document.decision_number,
        "issuing_agency": document.issuing_agency, "agency": clue.agency,
        "decision_date": clue.decision_date.isoformat() if clue.decision_date else None,
        "domain": clue.domain, "kinds": [kind for kind in clue.kinds.split(",") if kind],
        "finding_count": clue.finding_count, "priority": round(clue.priority, 4),
        "scores": {"criminal_transfer": clue.criminal_transfer, "public_interest": clue.public_interest,
                   "enforcement_irregularity": clue.enforcement_irregularity},
        "status": clue.status, "disposition": clue.disposition,
        "assignee": clue.assignee.username if clue.assignee else None,
    }


def review_dict(review: Review) -> dict[str, Any]:
    return {
        "id": review.id, "action": review.action, "disposition": review.disposition,
        "disposition_label": DISPOSITIONS.get(review.disposition or ""), "reason": review.reason,
        "note": review.note, "assignee": review.assignee.username if review.assignee else None,
        "user": review.user.username, "created_at": review.created_at.isoformat(timespec="seconds"),
    }


def clue_reviews(session: Session, clue_id: int) -> list[Review]:
    return list(session.scalars(select(Review).where(Review.clue_id == clue_id)
                                .options(joinedload(Review.user), joinedload(Review.assignee))
                                .order_by(Review.id)))


def clue_findings(session: Session, document_pk: int) -> list[FindingRow]:
    return list(session.scalars(select(FindingRow).where(FindingRow.document_pk == document_pk)
                                .order_by(FindingRow.confidence.desc())))

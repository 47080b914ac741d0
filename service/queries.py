"""Read models shared by the API and the web UI: the ranked queue, a clue, the statistics."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Integer, Select, func, literal_column, select
from sqlalchemy.orm import Session, joinedload

from service import search
from service.db.models import DISPOSITIONS, Clue, Document, FindingRow, Review, User

KIND_LABELS = {
    "criminal_transfer": "涉嫌犯罪（以罚代刑）",
    "public_interest": "公益诉讼",
    "enforcement_irregularity": "执法不规范",
    "repeat_offender": "多次违法",
}
DOMAIN_LABELS = {
    "environment": "生态环境", "market": "市场秩序", "land": "土地", "intellectual_property": "知识产权",
    "mining": "矿产资源", "tax": "税务", "forestry": "林业", "customs": "海关走私", "wildlife": "野生动物",
    "work_safety": "安全生产", "fishery": "渔业", "health": "卫生健康", "water": "水利", "tobacco": "烟草专卖",
    "food_safety": "食品安全", "transport": "交通运输", "drugs": "药品医疗器械", "public_security": "治安",
    "product_quality": "产品质量", "finance": "金融监管", "agriculture": "农资", "construction": "住建城管",
    "culture_tourism": "文化旅游", "other": "其他",
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


SUMMARY_COLUMNS = (
    Clue.id, Clue.priority, Clue.criminal_transfer, Clue.public_interest, Clue.enforcement_irregularity,
    Clue.kinds, Clue.finding_count, Clue.domain, Clue.agency, Clue.decision_date, Clue.status,
    Clue.disposition, Document.document_id, Document.name, Document.title, Document.decision_number,
    Document.issuing_agency, User.username.label("assignee"))


def queue_statement(session: Session, user: User, flt: QueueFilter) -> Select:
    """The ids of the clues ``user`` may see that pass ``flt``; touches only the clues table
    (and the full-text index), so the priority indexes answer it without sorting."""
    statement = select(Clue.id)
    if user.role == "agency_clerk":  # clues.agency is the document's agency
        statement = statement.where(Clue.agency == user.agency)
    conditions = [
        (flt.kind, lambda: Clue.kinds.contains(flt.kind)),
        (flt.domain, lambda: Clue.domain == flt.domain),
        (flt.agency, lambda: Clue.agency == flt.agency),
        (flt.date_from, lambda: Clue.decision_date >= flt.date_from),
        (flt.date_to, lambda: Clue.decision_date <= flt.date_to),
        (flt.min_score is not None, lambda: Clue.priority >= flt.min_score),
        (flt.status, lambda: Clue.status == flt.status),
        (flt.assignee_id is not None, lambda: Clue.assignee_id == flt.assignee_id),
        (flt.only_findings, lambda: Clue.finding_count > 0),
    ]
    for wanted, condition in conditions:
        if wanted:
            statement = statement.where(condition())
    document_pk: Any = Clue.document_pk
    if session.get_bind().dialect.name == "sqlite":
        # "+column" keeps SQLite from driving the query through the document_pk index: it walks
        # the queue in priority order (ix_clues_search) and tests each clue against the
        # materialized set of matching documents, stopping after one page instead of sorting
        # every match.
        document_pk = literal_column("+clues.document_pk", Integer)
    return search.apply_search(statement, session, flt.q, document_pk)


def ranked_queue(session: Session, user: User, flt: QueueFilter, *, limit: int = 50,
                 offset: int = 0) -> tuple[list[dict[str, Any]], None]:
    """One page of the queue, highest priority first, as summary dicts.

    Two steps: the page's clue ids from the clues table alone, then their summary columns
    (a join on 50 rows), so the cost does not grow with the number of matching documents."""
    ids = list(session.scalars(queue_statement(session, user, flt)
                               .order_by(Clue.priority.desc(), Clue.id.desc()).limit(limit).offset(offset)))
    if not ids:
        return [], None
    rows = session.execute(summary_statement().where(Clue.id.in_(ids)))
    by_id = {row.id: row_summary(row) for row in rows}
    return [by_id[clue_id] for clue_id in ids if clue_id in by_id], None


def summary_statement() -> Select:
    return (select(*SUMMARY_COLUMNS).join(Document, Clue.document_pk == Document.id)
            .outerjoin(User, Clue.assignee_id == User.id))


def count_queue(session: Session, user: User, flt: QueueFilter) -> int:
    statement = queue_statement(session, user, flt).with_only_columns(func.count(Clue.id))
    return int(session.scalar(statement) or 0)


def row_summary(row: Any) -> dict[str, Any]:
    return {
        "id": row.id, "document_id": row.document_id, "name": row.name, "title": row.title,
        "decision_number": row.decision_number, "issuing_agency": row.issuing_agency, "agency": row.agency,
        "decision_date": row.decision_date.isoformat() if row.decision_date else None,
        "domain": row.domain, "kinds": [kind for kind in (row.kinds or "").split(",") if kind],
        "finding_count": row.finding_count, "priority": round(row.priority, 4),
        "scores": {"criminal_transfer": row.criminal_transfer, "public_interest": row.public_interest,
                   "enforcement_irregularity": row.enforcement_irregularity},
        "status": row.status, "disposition": row.disposition, "assignee": row.assignee,
    }


def clue_summary_by_id(session: Session, clue_id: int) -> dict[str, Any]:
    return row_summary(session.execute(summary_statement().where(Clue.id == clue_id)).one())


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

"""Reviews: dispositions, notes and assignment of a clue; the whole history is kept."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from service import audit, labels, queries
from service.api.clues import visible_clue
from service.api.deps import DB, ClueReader, Reviewer, client_address
from service.db.models import DISPOSITIONS, Clue, Review, User, utcnow

router = APIRouter(prefix="/clues", tags=["reviews"])


class ReviewIn(BaseModel):
    action: Literal["disposition", "note", "assign"]
    disposition: str | None = None
    reason: str | None = None
    note: str | None = None
    assignee: str | None = None


def apply_review(session: Session, clue: Clue, user: User, body: ReviewIn) -> Review:
    """Validate and apply one review action; raises ValueError with a message for the user."""
    review = Review(clue_id=clue.id, user_id=user.id, action=body.action, note=(body.note or None))
    if body.action == "disposition":
        if body.disposition not in DISPOSITIONS:
            raise ValueError("未知的处理结果：" + str(body.disposition))
        if body.disposition == "no_action" and not (body.reason or "").strip():
            raise ValueError("不予处理必须填写理由")
        review.disposition, review.reason = body.disposition, (body.reason or "").strip() or None
        clue.disposition = body.disposition
        if body.disposition == "further_investigation":
            clue.status, clue.disposed_at = "in_review", None
        else:
            clue.status, clue.disposed_at = "disposed", utcnow()
    elif body.action == "assign":
        assignee = session.scalar(select(User).where(User.username == (body.assignee or "")))
        if assignee is None or assignee.role not in ("prosecutor", "admin"):
            raise ValueError("只能分配给检察官")
        review.assignee_id = assignee.id
        clue.assignee_id = assignee.id
        if clue.status == "new":
            clue.status = "assigned"
    else:
        if not review.note:
            raise ValueError("备注不能为空")
        if clue.status in ("new", "assigned"):
            clue.status = "in_review"
    session.add(review)
    session.flush()
    labels.label_review(session, clue, review, user)  # a disposition is a label (issue 7)
    return review


@router.post("/{clue_id}/reviews", status_code=201)
def add_review(clue_id: int, body: ReviewIn, request: Request, session: DB, user: Reviewer) -> dict:
    clue = visible_clue(session, user, clue_id)
    try:
        review = apply_review(session, clue, user, body)
    except ValueError as error:
        raise HTTPException(422, str(error)) from error
    audit.record(session, action=f"review.{body.action}", user=user, target=f"clue:{clue_id}",
                 detail=body.model_dump(exclude_none=True), client=client_address(request))
    session.refresh(review)
    return queries.review_dict(review)


@router.get("/{clue_id}/reviews")
def list_reviews(clue_id: int, session: DB, user: ClueReader) -> list[dict]:
    visible_clue(session, user, clue_id)
    return [queries.review_dict(review) for review in queries.clue_reviews(session, clue_id)]

"""The audit log, read-only, for auditors and administrators."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from service.api.deps import DB, AuditReader
from service.db.models import AuditEntry

router = APIRouter(prefix="/audit", tags=["audit"])


def entry_dict(entry: AuditEntry) -> dict:
    return {"id": entry.id, "at": entry.at.isoformat(timespec="seconds"), "username": entry.username,
            "action": entry.action, "target": entry.target, "detail": entry.detail, "client": entry.client}


@router.get("")
def read_audit(session: DB, _user: AuditReader, action: str | None = None, username: str | None = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 100,
               before_id: int | None = None) -> list[dict]:
    statement = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if action:
        statement = statement.where(AuditEntry.action == action)
    if username:
        statement = statement.where(AuditEntry.username == username)
    if before_id:
        statement = statement.where(AuditEntry.id < before_id)
    return [entry_dict(entry) for entry in session.scalars(statement)]

"""The append-only audit log: logins, document views, exports and every review action."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from service.db.models import AuditEntry, User


def record(session: Session, *, action: str, user: User | None = None, username: str | None = None,
           target: str | None = None, detail: dict[str, Any] | None = None,
           client: str | None = None) -> None:
    session.add(AuditEntry(action=action, user_id=user.id if user else None,
                           username=user.username if user else username, target=target,
                           detail=detail, client=client))

"""Who may do what. A clerk sees and uploads only for their own agency."""

from __future__ import annotations

from sqlalchemy import Select

from service.db.models import Document, User

CAN_UPLOAD = ("admin", "prosecutor", "agency_clerk")
CAN_READ_DOCUMENTS = ("admin", "prosecutor", "agency_clerk", "auditor")
CAN_READ_CLUES = ("admin", "prosecutor", "auditor")
CAN_REVIEW = ("admin", "prosecutor")
CAN_EXPORT = ("admin", "prosecutor", "auditor")
CAN_READ_STATS = ("admin", "prosecutor", "auditor")
CAN_READ_AUDIT = ("admin", "auditor")
CAN_MANAGE_USERS = ("admin",)


def scope_documents(statement: Select, user: User) -> Select:
    """Restrict a statement over ``Document`` to what ``user`` may see."""
    if user.role == "agency_clerk":
        return statement.where(Document.agency == user.agency)
    return statement


def may_see_document(user: User, document: Document) -> bool:
    return user.role != "agency_clerk" or document.agency == user.agency


def upload_agency(user: User, requested: str | None) -> str | None:
    """The agency an upload is filed under: a clerk's own, whatever they asked for."""
    if user.role == "agency_clerk":
        return user.agency
    return requested or None

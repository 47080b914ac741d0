"""User accounts (admin only)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy import select

from service import audit, security
from service.api.auth import user_dict
from service.api.deps import DB, Admin, ClueReader, client_address
from service.db.models import User

router = APIRouter(prefix="/users", tags=["users"])


class NewUser(BaseModel):
    username: str
    password: str
    role: str
    agency: str | None = None
    display_name: str = ""


@router.get("")
def list_users(session: DB, _user: ClueReader) -> list[dict]:
    return [user_dict(user) for user in session.scalars(select(User).order_by(User.username))]


@router.post("", status_code=201)
def create_user(body: NewUser, request: Request, session: DB, admin: Admin) -> dict:
    if session.scalar(select(User.id).where(User.username == body.username)):
        raise HTTPException(409, "用户名已存在")
    try:
        user = security.create_user(session, username=body.username, password=body.password,
                                    role=body.role, agency=body.agency, display_name=body.display_name)
    except ValueError as error:
        raise HTTPException(422, str(error)) from error
    audit.record(session, action="user.create", user=admin, target=user.username,
                 detail={"role": user.role, "agency": user.agency}, client=client_address(request))
    return user_dict(user)

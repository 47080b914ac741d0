"""Dependencies of the API and the UI: database session, the signed-in user, CSRF, roles.

A request is authenticated by a bearer token (API clients) or by the session cookie (the web
UI). Cookie-authenticated requests that change something must carry the session's CSRF
token, as the ``X-CSRF-Token`` header or a ``csrf_token`` form field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlalchemy.orm import Session

from service import access, security
from service.db.engine import session_scope
from service.db.models import User

SESSION_COOKIE = "leadminer_session"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def get_session(request: Request) -> Iterator[Session]:
    with session_scope(request.app.state.sessions) as session:
        yield session


DB = Annotated[Session, Depends(get_session, scope="function")]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def _csrf_from_request(request: Request) -> str | None:
    header = request.headers.get("x-csrf-token")
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get("csrf_token")
        return value if isinstance(value, str) else None
    return None


async def optional_user(request: Request, session: DB) -> User | None:
    authorization = request.headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        user = security.user_for_api_token(session, authorization[7:].strip())
        if user is None:
            raise HTTPException(401, "无效的访问令牌")
        return user
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    web = security.session_for(session, token)
    if web is None:
        return None
    if request.method not in SAFE_METHODS and await _csrf_from_request(request) != web.csrf_token:
        raise HTTPException(403, "CSRF 校验失败，请刷新页面后重试")
    request.state.csrf_token = web.csrf_token
    return web.user


async def current_user(user: Annotated[User | None, Depends(optional_user)]) -> User:
    if user is None:
        raise HTTPException(401, "请先登录", headers={"WWW-Authenticate": "Bearer"})
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def require(*roles: str) -> Callable[[User], User]:
    def check(user: CurrentUser) -> User:
        if user.role not in roles:
            raise HTTPException(403, "您的角色无权进行此操作")
        return user

    return check


Uploader = Annotated[User, Depends(require(*access.CAN_UPLOAD))]
DocumentReader = Annotated[User, Depends(require(*access.CAN_READ_DOCUMENTS))]
ClueReader = Annotated[User, Depends(require(*access.CAN_READ_CLUES))]
Reviewer = Annotated[User, Depends(require(*access.CAN_REVIEW))]
Exporter = Annotated[User, Depends(require(*access.CAN_EXPORT))]
StatsReader = Annotated[User, Depends(require(*access.CAN_READ_STATS))]
AuditReader = Annotated[User, Depends(require(*access.CAN_READ_AUDIT))]
Admin = Annotated[User, Depends(require(*access.CAN_MANAGE_USERS))]

"""Sign in and out (session cookie + CSRF token), API tokens, the current user."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response
from pydantic import BaseModel

from service import audit, security
from service.api.deps import DB, SESSION_COOKIE, CurrentUser, client_address
from service.db.models import User

router = APIRouter(prefix="/auth", tags=["auth"])


class Credentials(BaseModel):
    username: str
    password: str


class TokenRequest(BaseModel):
    name: str = ""


def user_dict(user: User) -> dict:
    return {"id": user.id, "username": user.username, "display_name": user.display_name,
            "role": user.role, "agency": user.agency}


def sign_in(request: Request, session: DB, username: str, password: str) -> tuple[User, str, str]:
    """Check the password under throttling; return the user, session token and CSRF token."""
    settings = request.app.state.settings
    client = client_address(request)
    if security.is_throttled(session, username=username, client=client,
                             max_failures=settings.login_max_failures,
                             window_seconds=settings.login_window_seconds):
        audit.record(session, action="login.throttled", username=username, client=client)
        session.commit()
        raise HTTPException(429, "登录失败次数过多，请稍后再试")
    user = security.authenticate(session, username=username, password=password, client=client)
    if user is None:
        audit.record(session, action="login.failed", username=username, client=client)
        session.commit()
        raise HTTPException(401, "用户名或密码错误")
    token, csrf = security.start_session(session, user, settings.session_hours)
    audit.record(session, action="login", user=user, client=client)
    return user, token, csrf


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    settings = request.app.state.settings
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict",
                        secure=settings.cookie_secure, max_age=int(settings.session_hours * 3600))


@router.post("/login")
def login(credentials: Credentials, request: Request, response: Response, session: DB) -> dict:
    user, token, csrf = sign_in(request, session, credentials.username, credentials.password)
    set_session_cookie(request, response, token)
    return {"user": user_dict(user), "csrf_token": csrf}


@router.post("/logout")
def logout(request: Request, response: Response, session: DB, user: CurrentUser) -> dict:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        security.end_session(session, token)
    audit.record(session, action="logout", user=user, client=client_address(request))
    response.delete_cookie(SESSION_COOKIE)
    return {"ok": True}


@router.post("/tokens")
def create_token(body: TokenRequest, request: Request, session: DB, user: CurrentUser) -> dict:
    token = security.issue_api_token(session, user, body.name)
    audit.record(session, action="token.create", user=user, target=body.name,
                 client=client_address(request))
    return {"token": token, "token_type": "bearer"}


@router.get("/me")
def me(user: CurrentUser) -> dict:
    return user_dict(user)

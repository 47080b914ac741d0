"""Passwords (argon2), web sessions with CSRF tokens, bearer API tokens, login throttling.

Only hashes of session and API tokens are stored, so a database leak does not hand out
live credentials. Throttling counts failed logins per user name and per client address in
a sliding window.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from service.db.models import ROLES, ApiToken, LoginAttempt, User, WebSession, utcnow

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_password() -> str:
    return secrets.token_urlsafe(12)


def create_user(session: Session, *, username: str, password: str, role: str,
                agency: str | None = None, display_name: str = "") -> User:
    if role not in ROLES:
        raise ValueError(f"未知角色 {role!r}，可选：{', '.join(ROLES)}")
    if role == "agency_clerk" and not agency:
        raise ValueError("行政机关录入员（agency_clerk）必须填写所属单位（--agency）")
    if len(password) < 8:
        raise ValueError("密码至少需要 8 个字符")
    user = User(username=username, password_hash=hash_password(password), role=role,
                agency=agency, display_name=display_name or username)
    session.add(user)
    session.flush()
    return user


def is_throttled(session: Session, *, username: str, client: str, max_failures: int,
                 window_seconds: int) -> bool:
    since = utcnow() - timedelta(seconds=window_seconds)
    failures = session.scalar(
        select(func.count()).select_from(LoginAttempt).where(
            LoginAttempt.success.is_(False), LoginAttempt.at >= since,
            (LoginAttempt.username == username) | (LoginAttempt.client == client)))
    return (failures or 0) >= max_failures


def authenticate(session: Session, *, username: str, password: str, client: str) -> User | None:
    user = session.scalar(select(User).where(User.username == username))
    ok = bool(user and user.active and verify_password(user.password_hash, password))
    session.add(LoginAttempt(username=username, client=client, success=ok))
    return user if ok else None


def start_session(session: Session, user: User, hours: float) -> tuple[str, str]:
    """Return (session token for the cookie, CSRF token for forms and headers)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.add(WebSession(token_hash=token_digest(token), csrf_token=csrf, user_id=user.id,
                           expires_at=utcnow() + timedelta(hours=hours)))
    return token, csrf


def session_for(session: Session, token: str) -> WebSession | None:
    web = session.scalar(select(WebSession).where(WebSession.token_hash == token_digest(token)))
    if web is None or web.expires_at < utcnow() or not web.user.active:
        return None
    return web


def end_session(session: Session, token: str) -> None:
    web = session.scalar(select(WebSession).where(WebSession.token_hash == token_digest(token)))
    if web is not None:
        web.expires_at = datetime(1970, 1, 1)


def issue_api_token(session: Session, user: User, name: str = "") -> str:
    token = "lm_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=token_digest(token), name=name))
    return token


def user_for_api_token(session: Session, token: str) -> User | None:
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == token_digest(token),
                                                ApiToken.revoked.is_(False)))
    return row.user if row is not None and row.user.active else None

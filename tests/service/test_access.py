"""Accounts and access: clerk isolation, CSRF on cookie sessions, login throttling, audit log."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from tests.service.conftest import PASSWORD, add_user, bearer, decision, login, upload


def test_clerk_sees_and_uploads_only_for_own_agency(make_client):
    client = make_client()
    clerk_a = bearer(client, "clerk_a", "agency_clerk", "甲区市场监管局")
    clerk_b = bearer(client, "clerk_b", "agency_clerk", "乙区生态环境局")
    prosecutor = bearer(client, "li", "prosecutor")
    dossier = upload(client, clerk_a, [("a.txt", decision(1))], agency="乙区生态环境局")
    assert dossier["agency"] == "甲区市场监管局"  # a clerk cannot file under another agency
    document_id = client.get("/api/v1/documents", headers=clerk_a).json()[0]["document_id"]

    assert client.get("/api/v1/documents", headers=clerk_b).json() == []
    assert client.get(f"/api/v1/documents/{document_id}", headers=clerk_b).status_code == 404
    assert client.get(f"/api/v1/documents/{document_id}/original", headers=clerk_b).status_code == 404
    assert client.get(f"/api/v1/dossiers/{dossier['id']}", headers=clerk_b).status_code == 404
    assert client.get("/api/v1/dossiers", headers=clerk_b).json() == []
    assert client.get(f"/api/v1/documents/{document_id}", headers=clerk_a).status_code == 200
    assert client.get("/api/v1/clues", headers=clerk_a).status_code == 403
    assert client.get("/api/v1/clues", headers=prosecutor).json()["items"][0]["agency"] == "甲区市场监管局"


def test_cookie_session_requires_csrf_token_but_bearer_does_not(make_client):
    client = make_client()
    add_user(client, "li", "prosecutor")
    csrf = login(client, "li")
    files = [("files", ("a.txt", decision(1), "text/plain"))]
    assert client.post("/api/v1/uploads", files=files).status_code == 403
    assert client.post("/api/v1/uploads", files=files, headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert client.post("/api/v1/uploads", files=files, headers={"X-CSRF-Token": csrf}).status_code == 202
    # the web form carries the token as a field
    clue_id = client.get("/api/v1/clues").json()["items"][0]["id"]
    form = {"action": "note", "note": "表单备注"}
    assert client.post(f"/clues/{clue_id}/review", data=form, follow_redirects=False).status_code == 403
    posted = client.post(f"/clues/{clue_id}/review", data={**form, "csrf_token": csrf}, follow_redirects=False)
    assert posted.status_code == 303
    assert client.get(f"/api/v1/clues/{clue_id}/reviews").json()[0]["note"] == "表单备注"

    other = make_client()
    token = bearer(other, "wang", "prosecutor")
    assert other.post("/api/v1/uploads", files=files, headers=token).status_code == 202


def test_login_is_throttled_after_repeated_failures(make_client, settings):
    client = make_client()
    add_user(client, "li", "prosecutor")
    for _ in range(settings.login_max_failures):
        response = client.post("/api/v1/auth/login", json={"username": "li", "password": "wrong password"})
        assert response.status_code == 401
    blocked = client.post("/api/v1/auth/login", json={"username": "li", "password": PASSWORD})
    assert blocked.status_code == 429
    auditor = bearer(client, "zhao", "auditor")
    actions = [entry["action"] for entry in client.get("/api/v1/audit", headers=auditor).json()]
    assert actions.count("login.failed") == settings.login_max_failures and "login.throttled" in actions


def test_unauthenticated_requests_are_refused_and_pages_redirect(make_client):
    client = make_client()
    assert client.get("/api/v1/clues").status_code == 401
    assert client.get("/api/v1/clues", headers={"Authorization": "Bearer nope"}).status_code == 401
    page = client.get("/queue", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")


def test_web_login_sets_cookie_and_shows_queue(make_client):
    client = make_client()
    add_user(client, "li", "prosecutor")
    failed = client.post("/login", data={"username": "li", "password": "nope", "next": "/queue"})
    assert "用户名或密码错误" in failed.text
    response = client.post("/login", data={"username": "li", "password": PASSWORD, "next": "/queue"},
                           follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    queue = client.get("/queue")
    assert "线索队列" in queue.text
    assert "default-src 'self'" in queue.headers["content-security-policy"]
    assert queue.headers["x-frame-options"] == "DENY"


def test_audit_log_and_review_history_are_append_only(make_client):
    client = make_client()
    login_headers = bearer(client, "li", "prosecutor")
    assert client.get("/api/v1/auth/me", headers=login_headers).json()["role"] == "prosecutor"
    client.post("/api/v1/auth/login", json={"username": "li", "password": PASSWORD})
    engine = client.app.state.engine
    with pytest.raises(DatabaseError), engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET action = 'nothing'"))
    with pytest.raises(DatabaseError), engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log"))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_log WHERE action = 'login'")).scalar() == 1


def test_admin_creates_a_clerk_in_the_web_ui(make_client):
    client = make_client()
    add_user(client, "root", "admin")
    csrf = login(client, "root")
    form = {"username": "clerk9", "password": "short", "role": "agency_clerk", "agency": "丙局", "csrf_token": csrf}
    assert "密码至少需要 8 个字符" in client.post("/users", data=form).text
    created = client.post("/users", data={**form, "password": PASSWORD}, follow_redirects=False)
    assert created.status_code == 303
    other = make_client()
    assert login(other, "clerk9")
    assert other.get("/api/v1/auth/me").json() == {"id": 2, "username": "clerk9", "display_name": "clerk9",
                                                   "role": "agency_clerk", "agency": "丙局"}
    assert other.get("/users").status_code == 403

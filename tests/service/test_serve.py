"""``leadminer serve`` start-up: the first admin account and the screened demo dossier."""

from __future__ import annotations

from sqlalchemy import func, select

from service import security
from service.cli.serve import ensure_admin, load_demo
from service.db.engine import session_scope
from service.db.models import Clue, Job, User


def test_first_start_creates_admin_once_and_screens_the_demo(make_client, settings):
    client = make_client()
    sessions, store = client.app.state.sessions, client.app.state.store
    password = ensure_admin(sessions)
    assert password and ensure_admin(sessions) is None
    with session_scope(sessions) as session:
        admin = session.scalar(select(User).where(User.username == "admin"))
        assert admin.role == "admin" and security.verify_password(admin.password_hash, password)

    dossier_id = load_demo(settings, sessions, store)
    assert dossier_id is not None and load_demo(settings, sessions, store) is None
    with session_scope(sessions) as session:
        assert session.scalar(select(Job.state).where(Job.dossier_id == dossier_id)) == "done"
        assert session.scalar(select(func.count(Clue.id))) == 12
    response = client.post("/api/v1/auth/login", json={"username": "admin", "password": password})
    queue = client.get("/api/v1/clues").json()["items"]
    assert response.status_code == 200 and len(queue) == 12
    assert queue[0]["priority"] >= queue[-1]["priority"]

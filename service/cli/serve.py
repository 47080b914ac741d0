"""``leadminer serve``: the web UI and the API on one port, with SQLite and an embedded cluster.

On the first start it creates an ``admin`` account and prints its password once; ``--demo``
adds a demo dossier (screened in the background as soon as the server is up) when the
database holds no document yet.
"""

from __future__ import annotations

from typing import Annotated

import typer


def ensure_admin(sessions) -> str | None:
    """Create the first admin when there is no user; return its password (shown once)."""
    from sqlalchemy import func, select

    from service import security
    from service.db.engine import session_scope
    from service.db.models import User

    with session_scope(sessions) as session:
        if session.scalar(select(func.count(User.id))):
            return None
        password = security.new_password()
        security.create_user(session, username="admin", password=password, role="admin",
                             display_name="系统管理员")
        return password


def load_demo(settings, sessions, store) -> int | None:
    """Store and screen the demo dossier (inline, before the server starts, so the queue is
    not empty on the first visit) when no dossier exists yet; return its dossier id."""
    from sqlalchemy import func, select

    from service.db.engine import session_scope
    from service.db.models import Dossier
    from service.demo import demo_dossier
    from service.intake import Upload, receive_dossier

    with session_scope(sessions) as session:
        if session.scalar(select(func.count(Dossier.id))):
            return None
        dossier, jobs = receive_dossier(session, store, [Upload("演示案卷.zip", demo_dossier())],
                                        agency="演示单位", user=None, name="演示案卷")
    from service.processing.runner import JobRunner

    inline = JobRunner(settings.model_copy(update={"executor": "sync"}), sessions, store)
    for job_id in jobs:
        inline.enqueue(job_id)
    inline.close()
    return dossier.id


def serve(host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="port")] = 8000,
          demo: Annotated[bool, typer.Option("--demo", help="load a demo dossier on first start")] = False) -> None:
    """Serve the web UI at / and the API under /api/v1 (OpenAPI at /api/v1/openapi.json)."""
    import uvicorn

    from service.app import create_app
    from service.settings import ServiceSettings

    settings = ServiceSettings()
    app = create_app(settings)
    password = ensure_admin(app.state.sessions)
    if password:
        typer.echo("=" * 60)
        typer.echo(f"已创建管理员账号  用户名: admin  密码: {password}")
        typer.echo("（密码只显示这一次，请妥善保存）")
        typer.echo("=" * 60)
    if demo:
        typer.echo("正在筛查演示案卷……")
        if load_demo(settings, app.state.sessions, app.state.store):
            typer.echo("演示案卷已筛查完毕，线索队列中可以看到结果。")
    typer.echo(f"LeadMiner: http://{host}:{port}/  API: http://{host}:{port}/api/v1/openapi.json")
    uvicorn.run(app, host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    app.command()(serve)

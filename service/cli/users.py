"""``leadminer users create NAME --role ROLE [--agency NAME]`` (password from standard input)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

users_app = typer.Typer(help="用户账号管理。", no_args_is_help=True)


@users_app.command("create")
def create(name: Annotated[str, typer.Argument(help="user name")],
           role: Annotated[str, typer.Option(help="admin | prosecutor | agency_clerk | auditor")],
           agency: Annotated[str | None, typer.Option(help="the clerk's agency")] = None) -> None:
    """Create a user; the password is read from standard input (one line)."""
    from sqlalchemy import select

    from service import security
    from service.db.engine import make_engine, make_session_factory, migrate, session_scope
    from service.db.models import User
    from service.settings import ServiceSettings

    password = sys.stdin.readline().rstrip("\r\n")
    engine = make_engine(ServiceSettings())
    migrate(engine)
    with session_scope(make_session_factory(engine)) as session:
        if session.scalar(select(User.id).where(User.username == name)):
            typer.echo(f"user {name!r} exists", err=True)
            raise typer.Exit(1)
        try:
            security.create_user(session, username=name, password=password, role=role, agency=agency)
        except ValueError as error:
            typer.echo(str(error), err=True)
            raise typer.Exit(2) from error
    engine.dispose()
    typer.echo(f"created {role} {name}" + (f" ({agency})" if agency else ""))


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")

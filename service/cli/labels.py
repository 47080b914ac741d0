"""``leadminer labels export --out FILE.jsonl [--label-studio] [--history]`` and
``leadminer labels import FILE``: the service's reviewer labels as files.

Export writes the newest final label per document (``--history``: every row) in the
``analysis.labels`` JSONL format, or as Label Studio task JSON. Import reads Label Studio task
JSON (a list of tasks) or labels JSONL into the label store. The database is the service's
(``LEADMINER_DATA_DIR`` / ``LEADMINER_DATABASE_URL``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

labels_app = typer.Typer(help="审查标注：导出、导入（Label Studio）。", no_args_is_help=True)


def _sessions():
    from service.db.engine import make_engine, make_session_factory, migrate
    from service.settings import ServiceSettings

    engine = make_engine(ServiceSettings())
    migrate(engine)
    return engine, make_session_factory(engine)


@labels_app.command("export")
def export(out: Annotated[Path, typer.Option(help="output file (.jsonl, or .json with --label-studio)")],
           label_studio: Annotated[bool, typer.Option("--label-studio", help="Label Studio task JSON")] = False,
           history: Annotated[bool, typer.Option("--history", help="every label row, not the newest")] = False) -> None:
    """Write the reviewer labels."""
    from analysis.labels import write_jsonl, write_label_studio
    from service.db.engine import session_scope
    from service.labels import labeled_documents

    engine, sessions = _sessions()
    with session_scope(sessions) as session:
        documents = labeled_documents(session, history=history)
    engine.dispose()
    out.parent.mkdir(parents=True, exist_ok=True)
    count = write_label_studio(out, documents) if label_studio else write_jsonl(out, documents)
    typer.echo(f"已导出 {count} 条标注到 {out}")


@labels_app.command("import")
def import_(file: Annotated[Path, typer.Argument(help="Label Studio task JSON or labels JSONL")],
            annotator: Annotated[str | None, typer.Option(help="annotator when the file names none")] = None) -> None:
    """Read labels into the store."""
    from analysis.labels import read_jsonl, read_label_studio
    from service.db.engine import session_scope
    from service.labels import import_labels

    text = file.read_text(encoding="utf-8").lstrip()
    try:
        documents = read_label_studio(file) if text.startswith("[") else list(read_jsonl(file))
    except (KeyError, TypeError, ValueError, json.JSONDecodeError) as error:
        typer.echo(f"无法读取标注文件：{error}", err=True)
        raise typer.Exit(2) from error
    engine, sessions = _sessions()
    with session_scope(sessions) as session:
        count = import_labels(session, documents, annotator=annotator)
    engine.dispose()
    typer.echo(f"已导入 {count} 条标注")


def register(app: typer.Typer) -> None:
    app.add_typer(labels_app, name="labels")

"""``leadminer labels export --out FILE.jsonl [--label-studio] [--history]`` and
``leadminer labels import FILE``: the service's reviewer labels as files;
``leadminer labels simulate --gold FILE``: how fast reviewers reading in model order find the
gold leads, against random order (recall after 5/10/20/50% screened, WSS@95).

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


SCREENED = (0.05, 0.1, 0.2, 0.5)
SCORE_KINDS = ("priority", "criminal_transfer", "public_interest", "enforcement_irregularity")


def gold_scores(rows: list, kind: str = "priority") -> dict[str, float]:
    """Analyse each gold row's text with the screening pipeline (linked, learned scorer) and
    return the stored ``scores.<kind>`` per gold document id."""
    from analysis.ingest import ingest_bytes
    from analysis.pipeline import Pipeline
    from analysis.scoring.screening import finish, screen_component_names

    pipeline = Pipeline(names=screen_component_names())
    analysed = []
    for row in rows:
        ingested = list(ingest_bytes(row.text.encode("utf-8"), f"{row.document_id}.txt", pipeline.settings))
        if ingested:
            analysed.append((row.document_id, pipeline(ingested[0])))
    finish([record for _, record in analysed])  # scores the records in place
    return {doc_id: float(getattr(record.scores, kind)) if record.scores else 0.0
            for doc_id, record in analysed}


def relevant_documents(rows: list, kind: str = "priority") -> set[str]:
    """Gold documents carrying any lead (``priority``) or a lead of ``kind``."""
    return {row.document_id for row in rows
            if any(kind == "priority" or lead.kind == kind for lead in row.gold.leads)}


def format_simulation(curves: dict, documents: int, relevant: int) -> str:
    """A small table: recall after each screened share, WSS@95, share screened for 95% recall."""
    head = "".join(f"{f:>8.0%}" for f in SCREENED)
    lines = [f"文书 {documents} 份，其中有线索 {relevant} 份；召回率 = 按该顺序查阅前 x% 后找到的线索比例",
             f"{'查阅':<6}{head}{'WSS@95':>9}{'95%召回需查阅':>12}"]
    for name, label in (("model", "模型排序"), ("random", "随机顺序")):
        curve = curves[name]
        recalls = "".join(f"{curve.recall_at[f]:>8.1%}" for f in SCREENED)
        lines.append(f"{label:<4}{recalls}{curve.wss_at_95:>9.3f}{curve.screened_for_95:>17.1%}")
    return "\n".join(lines)


@labels_app.command("simulate")
def simulate(gold: Annotated[Path, typer.Option(help="标注/金标准 JSONL（analysis.labels 格式）")],
             kind: Annotated[str, typer.Option(help="priority（任一线索）或某一线索类型")] = "priority",
             repeats: Annotated[int, typer.Option(help="随机顺序的重复次数")] = 20,
             seed: Annotated[int, typer.Option(help="随机种子")] = 0) -> None:
    """Recall after 5/10/20/50% screened and WSS@95: model order against random order."""
    from analysis.labels import read_jsonl
    from analysis.learning.active import simulate as run_simulation

    if kind not in SCORE_KINDS:
        typer.echo(f"未知的评分类型：{kind}（可选：{'、'.join(SCORE_KINDS)}）", err=True)
        raise typer.Exit(2)
    try:
        rows = list(read_jsonl(gold))
    except (OSError, ValueError) as error:
        typer.echo(f"无法读取标注文件：{error}", err=True)
        raise typer.Exit(2) from error
    relevant = relevant_documents(rows, kind)
    if not rows or not relevant:
        typer.echo("标注文件中没有文书或没有带线索的文书，无法模拟。", err=True)
        raise typer.Exit(1)
    scores = gold_scores(rows, kind)
    curves = run_simulation(scores, relevant & set(scores), seed=seed, repeats=repeats)
    typer.echo(format_simulation(curves, len(scores), len(relevant & set(scores))))


def register(app: typer.Typer) -> None:
    app.add_typer(labels_app, name="labels")

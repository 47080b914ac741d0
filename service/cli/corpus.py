"""``leadminer corpus generate``: a synthetic labeled corpus of penalty decisions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

corpus_app = typer.Typer(help="合成语料：生成带标注的行政处罚决定书。", no_args_is_help=True)


@corpus_app.command("generate")
def generate_command(
    n: Annotated[int, typer.Option("--n", help="number of decisions")] = 300,
    seed: Annotated[int, typer.Option("--seed", help="random seed (same seed, same corpus)")] = 0,
    out: Annotated[Path, typer.Option("--out", help="output folder")] = Path("corpus"),
    formats: Annotated[str, typer.Option("--formats", help="comma list: txt,docx,pdf-text,pdf-scan,png,jpeg,tiff,ofd,html,zip")]
    = "txt,docx,pdf-text,pdf-scan,png,jpeg,tiff,ofd,html,zip",
    scan_share: Annotated[float, typer.Option("--scan-share", help="share of scanned documents")] = 0.1,
    max_scans: Annotated[int, typer.Option("--max-scans", help="cap on scanned documents (each scan takes seconds to render)")] = 60,
    workers: Annotated[int, typer.Option("--workers", help="rendering processes")] = 2,
    lead_share: Annotated[float | None, typer.Option(
        "--lead-share", min=0.0, max=1.0,
        help="share of documents with a lead (e.g. 0.05; real platforms ~0.01); default: the natural mix (~0.4)")] = None,
) -> None:
    """Write decisions in a mix of formats, gold.jsonl and manifest.json into OUT."""
    from corpora.generator.corpus import ALL_FORMATS, write_corpus

    wanted = tuple(f.strip() for f in formats.split(",") if f.strip())
    unknown = [f for f in wanted if f not in ALL_FORMATS]
    if unknown:
        raise typer.BadParameter(f"unknown formats {unknown}; known: {', '.join(ALL_FORMATS)}", param_hint="--formats")
    with typer.progressbar(length=n, label="generating") as bar:
        manifest = write_corpus(out, n, seed, wanted, scan_share, max_scans=max_scans, workers=workers,
                                progress=bar.update, lead_share=lead_share)
    summary = {k: manifest[k] for k in ("documents", "files", "seconds", "by_format", "by_split", "documents_with_leads",
                                        "lead_documents")}
    typer.echo(json.dumps(summary, ensure_ascii=False))


@corpus_app.command("to-label-studio")
def to_label_studio_command(
    gold: Annotated[Path, typer.Argument(help="labeled JSONL (gold.jsonl)")],
    out: Annotated[Path, typer.Option("--out", help="Label Studio tasks JSON")] = Path("tasks.json"),
    split: Annotated[str | None, typer.Option("--split", help="only this split (train/dev/test)")] = None,
    as_prediction: Annotated[bool, typer.Option("--as-prediction/--as-annotation",
                                                help="pre-annotations for analysts to correct")] = True,
) -> None:
    """Export labeled documents as Label Studio tasks (spans, domain and lead choices)."""
    from analysis.labels import read_jsonl, write_label_studio

    docs = [d for d in read_jsonl(gold) if split is None or d.split == split]
    typer.echo(f"{write_label_studio(out, docs, as_prediction=as_prediction)} tasks -> {out}")


@corpus_app.command("from-label-studio")
def from_label_studio_command(
    tasks: Annotated[Path, typer.Argument(help="Label Studio export (JSON list of tasks)")],
    out: Annotated[Path, typer.Option("--out", help="labeled JSONL")] = Path("labeled.jsonl"),
) -> None:
    """Import annotated Label Studio tasks into the labeled-data format."""
    from analysis.labels import read_label_studio, write_jsonl

    typer.echo(f"{write_jsonl(out, read_label_studio(tasks))} documents -> {out}")


def register(app: typer.Typer) -> None:
    app.add_typer(corpus_app, name="corpus")

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
    = "txt,docx,pdf-text,pdf-scan,png,tiff,ofd,html,zip",
    scan_share: Annotated[float, typer.Option("--scan-share", help="share of scanned documents")] = 0.1,
    max_scans: Annotated[int, typer.Option("--max-scans", help="cap on scanned documents (each scan takes seconds to render)")] = 60,
    workers: Annotated[int, typer.Option("--workers", help="rendering processes")] = 2,
) -> None:
    """Write decisions in a mix of formats, gold.jsonl and manifest.json into OUT."""
    from corpora.generator.corpus import ALL_FORMATS, write_corpus

    wanted = tuple(f.strip() for f in formats.split(",") if f.strip())
    unknown = [f for f in wanted if f not in ALL_FORMATS]
    if unknown:
        raise typer.BadParameter(f"unknown formats {unknown}; known: {', '.join(ALL_FORMATS)}", param_hint="--formats")
    with typer.progressbar(length=n, label="generating") as bar:
        manifest = write_corpus(out, n, seed, wanted, scan_share, max_scans=max_scans, workers=workers,
                                progress=bar.update)
    summary = {k: manifest[k] for k in ("documents", "files", "seconds", "by_format", "by_split", "documents_with_leads")}
    typer.echo(json.dumps(summary, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    app.add_typer(corpus_app, name="corpus")

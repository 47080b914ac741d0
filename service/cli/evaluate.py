"""``leadminer evaluate``: the evaluation group; ``extraction`` here, the others plug in.

Other modules add their command to this group through ``register(evaluate_app)``:
``service.cli.evaluate_classification`` and ``service.cli.evaluate_ranking`` when present.
"""

from __future__ import annotations

import importlib
import itertools
import json
from pathlib import Path
from typing import Annotated

import typer

PLUGINS = ("service.cli.evaluate_classification", "service.cli.evaluate_ranking")


def extraction(
    gold: Annotated[Path, typer.Option(help="gold JSONL (corpus gold.jsonl or labeled rows)")],
    docs: Annotated[Path | None, typer.Option(help="folder holding the documents named by rows without text")] = None,
    split: Annotated[str | None, typer.Option(help="only rows of this split, e.g. test")] = None,
    output: Annotated[Path | None, typer.Option("--json", help="write the figures as JSON here")] = None,
    max_errors: Annotated[int, typer.Option(help="errors to list")] = 40,
    from_files: Annotated[bool, typer.Option(help="ingest each rendered file (OCR for scans) even when the row has text")] = False,
    limit: Annotated[int | None, typer.Option(help="evaluate only the first N rows")] = None,
) -> None:
    """Per-field precision/recall/F1 (exact and normalized), per format, and errors with spans."""
    from analysis.evaluation.extraction import evaluate_extraction, format_report
    from analysis.evaluation.gold import load_gold

    documents = load_gold(gold, docs, split)
    if limit is not None:
        documents = itertools.islice(documents, limit)
    report = evaluate_extraction(documents, from_files=from_files)
    if not report["documents"]:
        typer.echo("没有可评估的标注文书（gold 文件为空或没有该 split）。", err=True)
        raise typer.Exit(1)
    if output:
        output.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    typer.echo(format_report(report, max_errors=max_errors))


def evaluate_group(app: typer.Typer) -> typer.Typer:
    """The root's ``evaluate`` group, created on first use."""
    for info in app.registered_groups:
        if info.name == "evaluate" and info.typer_instance is not None:
            return info.typer_instance
    group = typer.Typer(help="评估：抽取、分类与排序的准确率（对照标注数据）。", no_args_is_help=True)
    app.add_typer(group, name="evaluate")
    return group


def register(app: typer.Typer) -> None:
    group = evaluate_group(app)
    if not any(command.name == "extraction" for command in group.registered_commands):
        group.command("extraction")(extraction)
    for name in PLUGINS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        plugin = getattr(module, "register", None)
        if plugin is not None:
            plugin(group)

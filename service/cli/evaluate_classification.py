"""``leadminer evaluate classification --gold FILE``: domain and violation-type evaluation."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def classification(
    gold: Annotated[Path, typer.Option(help="gold JSONL (corpus gold.jsonl or labeled rows), or a folder")],
    version: Annotated[str | None, typer.Option(help="domain-clf version (default: the promoted one)")] = None,
    models: Annotated[Path | None, typer.Option(help="model registry folder")] = None,
    split: Annotated[str | None, typer.Option(help="only rows of this split, e.g. test")] = None,
    output: Annotated[Path | None, typer.Option(help="write the full report as JSON here")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of Markdown")] = False,
) -> None:
    """Per-domain precision/recall/F1, macro-F1, confusion matrix, violation accuracy, errors."""
    from analysis.classify.data import load_gold
    from analysis.classify.domain_model import DOMAIN_MODEL_NAME, DomainModel
    from analysis.evaluation.classification import evaluate_classification, format_report
    from analysis.models import ModelRegistry

    examples = load_gold(gold)
    if split:
        examples = [e for e in examples if e.split == split]
    if not examples:
        typer.echo("没有可评估的标注文书（gold 文件为空或没有该 split）。", err=True)
        raise typer.Exit(1)
    model = DomainModel(ModelRegistry(models).get(DOMAIN_MODEL_NAME, version))
    domains, violations = model.predict([e.text for e in examples])
    report = evaluate_classification(examples, domains, violations,
                                     violation_labels=model.violation_labels)
    report["model"] = model.ref
    if output:
        output.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        typer.echo(format_report(report, title=f"Classification — {model.ref} on {gold.name}"))


def register(app: typer.Typer) -> None:
    """Add ``classification`` to the ``evaluate`` group.

    ``service/cli/evaluate.py`` may call this with its ``evaluate`` group; the CLI's automatic
    registration calls it with the root app, and then the command goes into the root's
    ``evaluate`` group (created when no other module made one). Registering twice is a no-op.
    """
    group = _evaluate_group(app)
    if any(command.name == "classification" for command in group.registered_commands):
        return
    group.command("classification")(classification)


def _evaluate_group(app: typer.Typer) -> typer.Typer:
    for info in app.registered_groups:
        if info.name == "evaluate" and info.typer_instance is not None:
            return info.typer_instance
    root = getattr(sys.modules.get("service.cli.main"), "app", None)
    if app is root:
        group = typer.Typer(help="评估：抽取与分类的准确率（对照标注数据）。", no_args_is_help=True)
        app.add_typer(group, name="evaluate")
        return group
    return app

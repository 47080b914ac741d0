"""``leadminer evaluate ranking --gold FILE``: lead precision/recall, ranking and calibration."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer


def ranking(gold: Annotated[Path, typer.Option(help="gold.jsonl（或语料文件夹）")],
            docs: Annotated[Path | None, typer.Option(help="存放文书文件的文件夹（默认与 gold 同目录）")] = None,
            split: Annotated[str | None, typer.Option(help="只评估该 split，如 test")] = None,
            records: Annotated[Path | None, typer.Option(help="已分析的记录 JSONL（不再重新分析）")] = None,
            output: Annotated[Path | None, typer.Option("--json", help="把指标写成 JSON")] = None) -> None:
    """Screen the gold documents together (so cross-document leads count), then measure."""
    from analysis.evaluation.ranking import evaluate_ranking, format_report
    from analysis.record import DocumentRecord
    from analysis.scoring.screening import records_for_gold
    from analysis.scoring.training import load_rows

    rows = load_rows(gold)
    if records is not None:
        analysed = [DocumentRecord.model_validate_json(line) for line in records.read_text("utf-8").splitlines()
                    if line.strip()]
    else:
        base = gold if gold.is_dir() else gold.parent
        analysed = records_for_gold(rows, base, docs, progress=_progress)
    wanted = [row for row in rows if split is None or row.split == split]
    report = evaluate_ranking(analysed, wanted)
    if not report["documents"]:
        typer.echo("没有可评估的标注文书（gold 为空、split 不存在或文书未找到）。", err=True)
        raise typer.Exit(1)
    if output:
        output.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    typer.echo(format_report(report))


def _progress(items):
    from tqdm import tqdm

    return tqdm(items, desc="分析", unit="份", file=sys.stderr)


def register(evaluate_app: typer.Typer) -> None:
    """Called by ``service.cli.evaluate`` with the ``evaluate`` group."""
    if not any(command.name == "ranking" for command in evaluate_app.registered_commands):
        evaluate_app.command("ranking")(ranking)

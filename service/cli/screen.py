"""``leadminer screen PATH --out report.xlsx|.csv|.html``: the batch screening job."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from analysis.report.writers import FORMATS


def screen(paths: Annotated[list[Path], typer.Argument(help="文件夹、ZIP 卷宗或单个文件")],
           out: Annotated[Path, typer.Option("--out", "-o", help="报告文件：.xlsx、.csv 或 .html")],
           ocr_engine: Annotated[str | None, typer.Option(help="rapidocr | tesseract")] = None,
           progress: Annotated[bool, typer.Option(help="在标准错误输出显示进度条")] = True,
           workers: Annotated[int, typer.Option(help="并行分析的进程数（0 = CPU核数）")] = 1) -> None:
    """Analyse and link every document, then write the ranked clue report."""
    from tqdm import tqdm

    from analysis.report import write_report
    from analysis.scoring.screening import screen as run_screen
    from analysis.settings import AnalysisSettings

    if out.suffix.lower() not in FORMATS:
        raise typer.BadParameter("报告文件须以 .xlsx、.csv 或 .html 结尾", param_hint="--out")
    settings = AnalysisSettings(**({"ocr_engine": ocr_engine} if ocr_engine else {}))
    started = time.perf_counter()
    bar = (lambda files: tqdm(files, desc="筛查", unit="份", file=sys.stderr)) if progress else None
    workers = workers or os.cpu_count() or 1
    records = run_screen(paths, settings=settings, progress=bar, workers=workers)
    write_report(records, out)
    flagged = sum(1 for record in records if record.findings)
    failed = sum(1 for record in records if record.status == "failed")
    typer.echo(f"已筛查 {len(records)} 份文书（{failed} 份无法处理），{flagged} 份有线索，"
               f"用时 {time.perf_counter() - started:.1f} 秒；报告：{out}", err=True)




def train_scorer(gold: Annotated[Path, typer.Option(help="生成语料的 gold.jsonl（或其文件夹）")],
                 labeled: Annotated[Path | None, typer.Option(help="含复核标注（origin=review）的 JSONL 文件夹")] = None,
                 models: Annotated[Path | None, typer.Option(help="模型仓库文件夹（默认 models/）")] = None,
                 promote: Annotated[bool, typer.Option(help="训练后立即发布该版本")] = True) -> None:
    """Train the lead scorer (calibrated, skops) on a corpus and reviewed labels."""
    from tqdm import tqdm

    from analysis.evaluation.ranking import pair_records
    from analysis.models.registry import ModelRegistry
    from analysis.scoring.screening import records_for_gold
    from analysis.scoring.training import load_rows, train_lead_scorer

    rows = load_rows(gold, labeled)
    base = gold if gold.is_dir() else gold.parent
    records = records_for_gold(rows, base, progress=lambda items: tqdm(items, desc="分析", file=sys.stderr))
    pairs = [(pair.record, pair.gold) for pair in pair_records(records, rows)]
    version, card = train_lead_scorer(pairs, registry=ModelRegistry(models), promote=promote, source=str(gold))
    typer.echo(f"已训练 {version.ref}：{card['label_counts']}；留出集指标 {card['headline_metrics']}")


def register(app: typer.Typer) -> None:
    app.command()(screen)
    app.command("train-scorer")(train_scorer)

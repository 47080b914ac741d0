"""``leadminer screen PATH --out report.xlsx|.csv|.html``: the batch screening job."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from analysis.report.writers import FORMATS


def screen(paths: Annotated[list[Path], typer.Argument(help="文件夹、ZIP 卷宗或单个文件")],
           out: Annotated[Path, typer.Option("--out", "-o", help="报告文件：.xlsx、.csv 或 .html")],
           ocr_engine: Annotated[str | None, typer.Option(help="rapidocr | tesseract")] = None,
           progress: Annotated[bool, typer.Option(help="在标准错误输出显示进度条")] = True) -> None:
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
    records = run_screen(paths, settings=settings, progress=bar)
    write_report(records, out)
    flagged = sum(1 for record in records if record.findings)
    failed = sum(1 for record in records if record.status == "failed")
    typer.echo(f"已筛查 {len(records)} 份文书（{failed} 份无法处理），{flagged} 份有线索，"
               f"用时 {time.perf_counter() - started:.1f} 秒；报告：{out}", err=True)


def register(app: typer.Typer) -> None:
    app.command()(screen)

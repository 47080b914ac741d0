"""``leadminer ingest`` and ``leadminer analyze``: records as JSON lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from analysis.pipeline import Pipeline
from analysis.settings import AnalysisSettings


def _emit(record_dict: dict) -> None:
    sys.stdout.write(json.dumps(record_dict, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def ingest(paths: Annotated[list[Path], typer.Argument(help="files, folders or ZIP dossiers")],
           ocr_engine: Annotated[str | None, typer.Option(help="rapidocr | tesseract")] = None,
           units: Annotated[bool, typer.Option(help="include character/word boxes")] = True) -> None:
    """Read files, folders and ZIPs; print one ingest record per document as JSON lines."""
    from analysis.ingest import ingest_path

    settings = AnalysisSettings(**({"ocr_engine": ocr_engine} if ocr_engine else {}))
    for path in paths:
        for record in ingest_path(path, settings):
            _emit(record.to_json_dict(with_units=units))


def analyze(paths: Annotated[list[Path], typer.Argument(help="files, folders or ZIP dossiers")],
            format: Annotated[str, typer.Option("--format", help="jsonl")] = "jsonl",
            ocr_engine: Annotated[str | None, typer.Option(help="rapidocr | tesseract")] = None,
            units: Annotated[bool, typer.Option(help="include character/word boxes")] = False) -> None:
    """Print the analysis record (leadminer.analysis/1) of every document as JSON lines."""
    if format != "jsonl":
        raise typer.BadParameter("only jsonl is supported", param_hint="--format")
    settings = AnalysisSettings(**({"ocr_engine": ocr_engine} if ocr_engine else {}))
    pipeline = Pipeline(settings=settings)
    for record in pipeline.analyze_paths(paths):
        _emit(record.to_json_dict(with_units=units))


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(analyze)

"""Batch screening: analyse every document of a folder or ZIP, link them, rank them.

Used by ``leadminer screen`` and by the ranking evaluation. Documents go through the
analysis pipeline one by one (ingest → normalize → extract → classify → rules); then the
whole batch is linked (repeat offenders, 化整为零) and scored at once by the learned scorer,
so cross-document findings weigh in the ranking.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from analysis.pipeline import COMPONENTS, DEFAULT_COMPONENTS, Pipeline
from analysis.record import DocumentRecord
from analysis.settings import AnalysisSettings

# The screening pipeline when the lead's DEFAULT_COMPONENTS is not wired yet; components whose
# module is not installed are left out (the record's provenance lists what ran).
SCREEN_MODULES = ("analysis.text.normalize", "analysis.extract.component", "analysis.extract",
                  "analysis.classify.component", "analysis.scoring.rules", "analysis.scoring.learned")
SCREEN_COMPONENTS = ("normalize.text.v1", "extract.fields.v1", "classify.domain.v1", "score.rules.v1")
SKIPPED_FILES = {"gold.jsonl", "manifest.json"}


def screen_component_names() -> list[str]:
    """DEFAULT_COMPONENTS without the learned scorer (it runs over the linked batch), or
    the screening list restricted to registered components."""
    for module in SCREEN_MODULES:
        try:
            importlib.import_module(module)
        except ImportError:
            continue
    wanted = DEFAULT_COMPONENTS or SCREEN_COMPONENTS
    names = [COMPONENTS.resolve_name(name) for name in wanted if name in COMPONENTS]
    names = [name for name in names if not name.startswith("score.learned")]
    if not any(name.startswith("score.rules") for name in names):
        names.append("score.rules.v1")
    return names


def document_files(path: Path) -> list[Path]:
    """The files to screen: the file itself, or every file under a folder (no gold/hidden files)."""
    path = Path(path)
    if not path.is_dir():
        return [path]
    return sorted(child for child in path.rglob("*") if child.is_file() and child.name not in SKIPPED_FILES
                  and not any(part.startswith(".") for part in child.relative_to(path).parts))


def analyze_files(files: Iterable[Path], pipeline: Pipeline) -> Iterator[DocumentRecord]:
    from analysis.ingest import ingest_path

    for file in files:
        for record in ingest_path(file, pipeline.settings):
            yield pipeline(record)


def screen(paths: Iterable[Path], *, settings: AnalysisSettings | None = None,
           progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
           stored: Iterable[DocumentRecord] = (), workers: int = 1) -> list[DocumentRecord]:
    """Analyse, link and score every document under ``paths``; records ranked by priority.

    ``workers > 1`` analyses chunks of files in that many processes (linking and scoring still
    run once over the whole batch); the progress bar then counts chunks."""
    files = [file for path in paths for file in document_files(Path(path))]
    if workers > 1 and len(files) > 2 * CHUNK:
        records = _analyze_parallel(files, settings, progress, workers)
    else:
        pipeline = Pipeline(names=screen_component_names(), settings=settings)
        records = list(analyze_files(progress(files) if progress else files, pipeline))
    return finish(records, stored)


CHUNK = 25
_WORKER_PIPELINE: Pipeline | None = None


def _analyze_chunk(files: list[Path], settings: AnalysisSettings | None) -> list[DocumentRecord]:
    """Worker side: one pipeline per process, reused for every chunk it gets."""
    global _WORKER_PIPELINE
    if _WORKER_PIPELINE is None:
        _WORKER_PIPELINE = Pipeline(names=screen_component_names(), settings=settings)
    return list(analyze_files(files, _WORKER_PIPELINE))


def _analyze_parallel(files: list[Path], settings: AnalysisSettings | None,
                      progress: Callable[[Iterable], Iterable] | None, workers: int) -> list[DocumentRecord]:
    """Analyse chunks of files in worker processes; records come back in file order."""
    from concurrent.futures import ProcessPoolExecutor

    chunks = [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]
    records: list[DocumentRecord] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(_analyze_chunk, chunks, [settings] * len(chunks))
        for chunk, analysed in zip(progress(chunks) if progress else chunks, results, strict=True):
            records.extend(analysed)
            del chunk
    return records


def finish(records: list[DocumentRecord], stored: Iterable[DocumentRecord] = ()) -> list[DocumentRecord]:
    """Link the batch, score it with the learned scorer, rank it."""
    from analysis.scoring.learned import LearnedScorer
    from analysis.scoring.linking import link_records

    usable = [record for record in records if record.status != "failed"]
    link_records(usable, stored)
    LearnedScorer().score(usable)
    return sorted(records, key=lambda r: -(r.scores.priority if r.scores else -1.0))


def records_for_gold(rows: list, base: Path, docs_dir: Path | None = None, *,
                     settings: AnalysisSettings | None = None,
                     progress: Callable[[Iterable], Iterable] | None = None) -> list[DocumentRecord]:
    """Analyse the documents of gold rows (their file beside the gold file or under
    ``docs_dir``, else their ``text``), link them all and score them."""
    pipeline = Pipeline(names=screen_component_names(), settings=settings)
    records = []
    for row in progress(rows) if progress else rows:
        records.extend(analyse_gold_row(pipeline, row, base, docs_dir))
    return finish(records)


def analyse_gold_row(pipeline: Pipeline, row, base: Path, docs_dir: Path | None = None) -> list[DocumentRecord]:
    """The analysed record of one gold row (none or one): its file if present, else its text."""
    from analysis.ingest import ingest_bytes, ingest_path

    file = _gold_file(row, base, docs_dir)
    if file is not None:
        ingested = list(ingest_path(file, pipeline.settings))
        if row.member:
            ingested = [r for r in ingested if r.source.member == row.member] or ingested
    else:
        ingested = list(ingest_bytes(row.text.encode("utf-8"), f"{row.document_id}.txt", pipeline.settings))
    return [pipeline(record) for record in ingested[:1]]


def _gold_file(row, base: Path, docs_dir: Path | None) -> Path | None:
    if not row.file:
        return None
    for folder in (docs_dir, base):
        if folder is not None and (Path(folder) / row.file).is_file():
            return Path(folder) / row.file
    return None

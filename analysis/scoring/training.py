"""Train the lead scorer from gold rows (generator corpus) and reviewed labels; write a
model version with its card through the model registry.

Labels are document-level: a kind is positive when the gold row carries a lead of that kind.
Reviewed rows (``origin="review"``) always go to training. Held-out metrics are measured on
the dev and test splits of the generated corpus, on records scored by the new model.
"""

from __future__ import annotations

import hashlib
import json
import platform
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from analysis.record import DocumentRecord
from analysis.scoring.features import KINDS, model_input
from analysis.scoring.learned import MODEL_NAME, LeadScorer, LearnedScorer, save_scorer


def label_row(row: Any) -> list[int]:
    kinds = {lead.kind for lead in row.gold.leads}
    return [int(kind in kinds) for kind in KINDS]


def data_hash(pairs: list[tuple[DocumentRecord, Any]]) -> str:
    digest = hashlib.sha256()
    for record, row in sorted(pairs, key=lambda pair: pair[1].document_id):
        digest.update(f"{row.document_id}:{label_row(row)}:{row.split}:{len(record.findings)}\n".encode())
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    import scipy
    import sklearn
    import skops

    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "skops": skops.__version__, "numpy": np.__version__, "scipy": scipy.__version__}


def label_counts(pairs: list[tuple[DocumentRecord, Any]]) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter] = {}
    for _, row in pairs:
        split = "review" if row.origin == "review" else (row.split or "none")
        counter = counts.setdefault(split, Counter())
        counter["documents"] += 1
        for kind, positive in zip(KINDS, label_row(row), strict=True):
            counter[kind] += positive
    return {split: dict(counter) for split, counter in sorted(counts.items())}


def split_pairs(pairs: list[tuple[DocumentRecord, Any]]) -> tuple[list, list]:
    train = [p for p in pairs if p[1].origin == "review" or p[1].split in ("train", None)]
    held_out = [p for p in pairs if p[1].origin != "review" and p[1].split in ("dev", "test")]
    return train, held_out


def fit_scorer(train: list[tuple[DocumentRecord, Any]], **params: Any) -> LeadScorer:
    samples = [model_input(record) for record, _ in train]
    labels = np.array([label_row(row) for _, row in train])
    return LeadScorer(**params).fit(samples, labels)


def train_lead_scorer(pairs: list[tuple[DocumentRecord, Any]], *, registry: Any = None, promote: bool = True,
                      source: str = "", **params: Any) -> tuple[Any, dict[str, Any]]:
    """Fit on train (+review), measure on dev/test, save with skops and a card; promote."""
    from analysis.evaluation.ranking import evaluate_ranking
    from analysis.models.registry import ModelRegistry

    train, held_out = split_pairs(pairs)
    scorer = fit_scorer(train, **params)
    registry = registry or ModelRegistry()
    version = registry.new_version(MODEL_NAME)
    save_scorer(scorer, version.path)
    promoted = registry.promoted(MODEL_NAME)
    metrics = held_out_metrics(version.path, held_out, evaluate_ranking)
    headline = headline_metrics(metrics)
    comparison = None
    if promoted is not None and held_out:
        before = headline_metrics(held_out_metrics(registry.get(MODEL_NAME, promoted).path, held_out,
                                                   evaluate_ranking))
        comparison = {"promoted": {"version": promoted, **before},
                      "delta": {key: _delta(headline[key], before[key]) for key in headline}}
    card = {"backend": "sklearn-calibrated-logreg", "data_hash": data_hash(pairs), "data_source": source,
            "label_counts": label_counts(pairs), "held_out": "dev+test", "metrics": metrics,
            "headline_metrics": headline, "comparison_with_promoted": comparison,
            "libraries": library_versions(), "config": {**scorer.get_params(), "kinds": list(KINDS)},
            "features": "rule findings + extracted fields + char n-gram TF-IDF", "format": "skops"}
    registry.write_card(version, json.loads(json.dumps(card, default=str)))
    if promote:
        registry.promote(MODEL_NAME, version.version)
    return version, card


def held_out_metrics(folder: Path, held_out: list[tuple[DocumentRecord, Any]], evaluate: Any) -> dict[str, Any]:
    """Ranking metrics of the scorer in ``folder`` on copies of the held-out records."""
    if not held_out:
        return {}
    records = [record.model_copy(deep=True) for record, _ in held_out]
    LearnedScorer(folder=folder).score(records)
    report = evaluate(records, [row for _, row in held_out])
    return {"per_kind": report["per_kind"], "ranking": report["ranking"], "near_miss": report["near_miss"]}


def headline_metrics(metrics: dict[str, Any]) -> dict[str, Any]:
    ranking = metrics.get("ranking", {})
    return {"brier_priority": ranking.get("brier", {}).get("priority"),
            "recall_at_20%": ranking.get("recall_at", {}).get("20%")}


def _delta(new: Any, old: Any) -> float | None:
    if isinstance(new, int | float) and isinstance(old, int | float):
        return round(new - old, 4)
    return None


def train_from_rows(rows: list[Any], *, registry: Any = None, base: Path | None = None, promote: bool = False,
                    source: str = "", progress: Any = None, executor: Any = None,
                    timings: dict[str, float] | None = None,
                    analysis: list[Any] | None = None) -> tuple[Any, dict[str, Any]]:
    """Analyse the documents of gold rows (files under ``base`` or their text), then train a
    new lead-scorer version on them (the path ``leadminer train`` uses; no promotion by default).

    With an ``executor`` (a process pool) the per-document analysis runs in chunks in its
    worker processes (or ``analysis``, the futures of ``submit_analysis`` started earlier, is
    collected); linking and scoring still run once over the whole batch, in row order, so the
    records equal the serial ones. ``timings`` receives ``lead_scorer_analysis_cpu`` (the CPU
    seconds of the analysis, all processes)."""
    from analysis.evaluation.ranking import pair_records
    from analysis.scoring.screening import finish, records_for_gold

    if analysis is None and executor is not None:
        analysis = submit_analysis(rows, base or Path("."), executor)
    if analysis is None:
        cpu = time.process_time()
        records = records_for_gold(rows, base or Path("."), progress=progress)
        analysis_cpu = time.process_time() - cpu
    else:
        analysed, analysis_cpu = collect_analysis(analysis)
        records = finish(analysed)
    if timings is not None:
        timings["lead_scorer_analysis_cpu"] = round(analysis_cpu, 2)
    pairs = [(pair.record, pair.gold) for pair in pair_records(records, rows)]
    return train_lead_scorer(pairs, registry=registry, promote=promote, source=source)


ANALYSIS_CHUNK = 50
_WORKER_PIPELINE: Any = None


def analyse_rows(rows: list[Any], base: Path) -> tuple[list[DocumentRecord], float]:
    """Worker side: the per-document part of ``records_for_gold`` (ingest + screening pipeline,
    no linking or scoring) for a chunk of rows, with the CPU seconds it took; one pipeline per
    process, reused for every chunk."""
    from analysis.pipeline import Pipeline
    from analysis.scoring.screening import analyse_gold_row, screen_component_names

    global _WORKER_PIPELINE
    started = time.process_time()
    if _WORKER_PIPELINE is None:
        _WORKER_PIPELINE = Pipeline(names=screen_component_names())
    pipeline, records = _WORKER_PIPELINE, []
    for row in rows:
        records.extend(analyse_gold_row(pipeline, row, base))
    return records, time.process_time() - started


def submit_analysis(rows: list[Any], base: Path, executor: Any) -> list[Any]:
    """Start analysing every row in chunks on ``executor``; the futures, in row order."""
    chunks = [rows[i:i + ANALYSIS_CHUNK] for i in range(0, len(rows), ANALYSIS_CHUNK)]
    return [executor.submit(analyse_rows, chunk, base) for chunk in chunks]


def collect_analysis(futures: list[Any]) -> tuple[list[DocumentRecord], float]:
    """The records of ``submit_analysis`` in row order and the summed CPU seconds."""
    records: list[DocumentRecord] = []
    cpu = 0.0
    for future in futures:
        analysed, seconds = future.result()
        records.extend(analysed)
        cpu += seconds
    return records, cpu


def load_rows(gold: Path, labeled_dir: Path | None = None) -> list[Any]:
    """Gold rows of a corpus (``gold.jsonl`` or its folder) plus reviewed rows of ``labeled_dir``."""
    from analysis.labels import read_jsonl

    path = gold / "gold.jsonl" if gold.is_dir() else gold
    rows = list(read_jsonl(path))
    if labeled_dir is not None and labeled_dir.is_dir():
        for file in sorted(labeled_dir.glob("*.jsonl")):
            rows.extend(row for row in read_jsonl(file) if row.origin == "review")
    return rows

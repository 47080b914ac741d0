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
    metrics: dict[str, Any] = {}
    if held_out:
        records = [record.model_copy(deep=True) for record, _ in held_out]
        LearnedScorer(folder=version.path).score(records)
        report = evaluate_ranking(records, [row for _, row in held_out])
        metrics = {"per_kind": report["per_kind"], "ranking": report["ranking"], "near_miss": report["near_miss"]}
    card = {"backend": "sklearn-calibrated-logreg", "data_hash": data_hash(pairs), "data_source": source,
            "label_counts": label_counts(pairs), "held_out": "dev+test", "metrics": metrics,
            "headline_metrics": {"brier_priority": metrics.get("ranking", {}).get("brier", {}).get("priority"),
                                 "recall_at_20%": metrics.get("ranking", {}).get("recall_at", {}).get("20%")},
            "libraries": library_versions(), "config": {**scorer.get_params(), "kinds": list(KINDS)},
            "features": "rule findings + extracted fields + char n-gram TF-IDF", "format": "skops"}
    registry.write_card(version, json.loads(json.dumps(card, default=str)))
    if promote:
        registry.promote(MODEL_NAME, version.version)
    return version, card


def load_rows(gold: Path, labeled_dir: Path | None = None) -> list[Any]:
    """Gold rows of a corpus (``gold.jsonl`` or its folder) plus reviewed rows of ``labeled_dir``."""
    from analysis.labels import read_jsonl

    path = gold / "gold.jsonl" if gold.is_dir() else gold
    rows = list(read_jsonl(path))
    if labeled_dir is not None and labeled_dir.is_dir():
        for file in sorted(labeled_dir.glob("*.jsonl")):
            rows.extend(row for row in read_jsonl(file) if row.origin == "review")
    return rows

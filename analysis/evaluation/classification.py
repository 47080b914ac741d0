"""Evaluation of the domain and violation classifiers against gold labels.

Per-domain precision, recall and F1, macro-F1, the confusion matrix, violation-type accuracy,
calibration of the confidences (Brier score and expected calibration error over 10 bins) and
the misclassified documents listed with a snippet, so a developer can read the errors.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.metrics import precision_recall_fscore_support

from analysis.classify.baseline import Prediction
from analysis.classify.data import LabeledText


def per_label_scores(gold: Sequence[str], predicted: Sequence[str],
                     labels: Sequence[str]) -> dict[str, dict[str, float]]:
    precision, recall, f1, support = precision_recall_fscore_support(
        gold, predicted, labels=list(labels), zero_division=0)
    return {label: {"precision": round(float(p), 4), "recall": round(float(r), 4),
                    "f1": round(float(f), 4), "support": int(s)}
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)}


def confusion(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, dict[str, int]]:
    """gold label → predicted label → count (only non-zero cells)."""
    table: dict[str, dict[str, int]] = {}
    for truth, guess in zip(gold, predicted, strict=True):
        row = table.setdefault(truth, {})
        row[guess] = row.get(guess, 0) + 1
    return {k: dict(sorted(v.items())) for k, v in sorted(table.items())}


def calibration(correct: Sequence[bool], confidences: Sequence[float], bins: int = 10) -> dict[str, Any]:
    """Top-label Brier score and ECE, with the reliability table (bin → mean conf, accuracy, n)."""
    hits = np.asarray(correct, dtype=float)
    conf = np.clip(np.asarray(confidences, dtype=float), 0.0, 1.0)
    if len(conf) == 0:
        return {"brier": None, "ece": None, "bins": []}
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(conf, edges[1:-1]), 0, bins - 1)
    table, ece = [], 0.0
    for b in range(bins):
        mask = index == b
        if mask.any():
            gap = abs(conf[mask].mean() - hits[mask].mean())
            ece += mask.mean() * gap
            table.append({"low": round(float(edges[b]), 2), "high": round(float(edges[b + 1]), 2),
                          "confidence": round(float(conf[mask].mean()), 4),
                          "accuracy": round(float(hits[mask].mean()), 4), "n": int(mask.sum())})
    return {"brier": round(float(np.mean((conf - hits) ** 2)), 4), "ece": round(float(ece), 4),
            "bins": table}


def multiclass_brier(gold: Sequence[str], predictions: Sequence[Prediction]) -> float | None:
    """Mean squared error of the full probability vector against the one-hot gold label."""
    scores = []
    for truth, prediction in zip(gold, predictions, strict=True):
        if not prediction.probabilities:
            return None
        total = sum((p - float(label == truth)) ** 2 for label, p in prediction.probabilities.items())
        if truth not in prediction.probabilities:
            total += 1.0
        scores.append(total)
    return round(float(np.mean(scores)), 4) if scores else None


def evaluate_classification(examples: Sequence[LabeledText], domains: Sequence[Prediction],
                            violations: Sequence[Prediction] | None = None, *,
                            violation_labels: Sequence[str] | None = None,
                            max_errors: int = 50) -> dict[str, Any]:
    """The full report for predictions aligned with ``examples``."""
    gold = [e.domain for e in examples]
    guessed = [p.label for p in domains]
    labels = sorted(set(gold) | set(guessed))
    per_domain = per_label_scores(gold, guessed, labels)
    present = [label for label in labels if per_domain[label]["support"] > 0]
    correct = [g == p for g, p in zip(gold, guessed, strict=True)]
    report: dict[str, Any] = {
        "n": len(examples),
        "accuracy": round(float(np.mean(correct)), 4) if correct else 0.0,
        "macro_f1": round(float(np.mean([per_domain[k]["f1"] for k in present])), 4) if present else 0.0,
        "per_domain": per_domain,
        "confusion": confusion(gold, guessed),
        "calibration": {**calibration(correct, [p.confidence for p in domains]),
                        "brier_multiclass": multiclass_brier(gold, domains)},
        "errors": domain_errors(examples, domains, max_errors),
    }
    if violations is not None:
        report["violation"] = violation_report(examples, violations, violation_labels)
    return report


def violation_report(examples: Sequence[LabeledText], violations: Sequence[Prediction],
                     known: Sequence[str] | None = None) -> dict[str, Any]:
    """Violation-type accuracy; with ``known`` labels also over gold types the model knows."""
    pairs = [(e.violation, p) for e, p in zip(examples, violations, strict=True) if e.violation]
    correct = [truth == p.label for truth, p in pairs]
    in_vocabulary = [truth == p.label for truth, p in pairs if known is None or truth in set(known)]
    return {"n": len(pairs), "accuracy": round(float(np.mean(correct)), 4) if pairs else None,
            "n_known": len(in_vocabulary),
            "accuracy_known": round(float(np.mean(in_vocabulary)), 4) if in_vocabulary else None,
            "calibration": calibration(correct, [p.confidence for _, p in pairs]),
            "errors": [{"gold": truth, "predicted": p.label, "confidence": round(p.confidence, 4)}
                       for truth, p in pairs if truth != p.label][:50]}


def domain_errors(examples: Sequence[LabeledText], domains: Sequence[Prediction],
                  limit: int) -> list[dict[str, Any]]:
    errors = []
    for example, prediction in zip(examples, domains, strict=True):
        if example.domain != prediction.label:
            errors.append({"doc_id": example.doc_id, "gold": example.domain,
                           "predicted": prediction.label, "confidence": round(prediction.confidence, 4),
                           "snippet": _snippet(example.text)})
    errors.sort(key=lambda error: -error["confidence"])
    return errors[:limit]


def _snippet(text: str, size: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[:size] + "…"


def format_report(report: dict[str, Any], title: str = "Classification") -> str:
    """The report as Markdown: summary, per-domain table, calibration, errors."""
    lines = [f"## {title}", "", f"- documents: {report['n']}", f"- accuracy: {report['accuracy']:.4f}",
             f"- domain macro-F1: {report['macro_f1']:.4f}",
             f"- Brier (top label): {report['calibration']['brier']}, "
             f"ECE: {report['calibration']['ece']}, "
             f"Brier (multiclass): {report['calibration']['brier_multiclass']}"]
    if "violation" in report:
        v = report["violation"]
        lines.append(f"- violation-type accuracy: {v['accuracy']} (n={v['n']}); on types the model "
                     f"knows: {v['accuracy_known']} (n={v['n_known']})")
    lines += ["", "| domain | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for label, s in report["per_domain"].items():
        lines.append(f"| {label} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['support']} |")
    confused = [(g, p, n) for g, row in report["confusion"].items() for p, n in row.items() if g != p]
    if confused:
        lines += ["", "Confusions (gold → predicted: count): " + "; ".join(
            f"{g} → {p}: {n}" for g, p, n in sorted(confused, key=lambda c: -c[2])[:20])]
    if report["errors"]:
        lines += ["", "| document | gold | predicted | confidence | text |", "|---|---|---|---|---|"]
        for error in report["errors"][:20]:
            lines.append(f"| {error['doc_id']} | {error['gold']} | {error['predicted']} | "
                         f"{error['confidence']:.2f} | {error['snippet']} |")
    return "\n".join(lines) + "\n"

"""Train the domain/violation classifier and the party NER, compare, write registry versions.

``train_models`` fits the scikit-learn baseline and (optionally) the spaCy ``textcat`` on the
``train`` split (spaCy selects its best epoch on ``dev``), measures both on the held-out
``test`` split, keeps the one with the higher domain macro-F1 as the new ``domain-clf``
version, measures the currently promoted version on the same test split for the card's
comparison, and trains the spaCy NER as a new ``party-ner`` version. Nothing is promoted
here: promotion is a separate, deliberate step (``leadminer models promote``).
"""

from __future__ import annotations

import hashlib
import platform
import shutil
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.classify.baseline import TextClassifier
from analysis.classify.data import LabeledText, by_split, data_hash, label_counts
from analysis.classify.domain_model import DOMAIN_MODEL_NAME, NER_MODEL_NAME, DomainModel
from analysis.evaluation.classification import evaluate_classification
from analysis.models import ModelRegistry, ModelVersion


@dataclass
class TrainOptions:
    """What to train. ``compare_spacy`` (opt-in) also trains the spaCy textcat for the
    comparison with the sklearn classifier: on the generated corpora both reach domain
    macro-F1 1.0 and sklearn is kept on a tie, so by default retraining skips its 3–4 CPU
    minutes. ``executor`` (a process pool) trains the NER in one of its workers while this
    process fits the sklearn classifier."""

    compare_spacy: bool = False
    train_ner: bool = True
    executor: Any = None
    baseline_params: dict[str, Any] = field(default_factory=dict)
    spacy_overrides: dict[str, Any] = field(default_factory=dict)
    ner_overrides: dict[str, Any] = field(default_factory=dict)


@dataclass
class TrainResult:
    domain: ModelVersion
    ner: ModelVersion | None
    card: dict[str, Any]
    timings: dict[str, float]


@contextmanager
def timed(timings: dict[str, float], part: str) -> Iterator[None]:
    """Wall seconds under ``part`` and CPU seconds of this process under ``part_cpu``."""
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    timings[part] = round(time.perf_counter() - wall, 2)
    timings[f"{part}_cpu"] = round(time.process_time() - cpu, 2)


def library_versions() -> dict[str, str]:
    import jieba
    import numpy
    import sklearn
    import skops
    import spacy

    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "skops": skops.__version__, "spacy": spacy.__version__, "numpy": numpy.__version__,
            "jieba": jieba.__version__}


def splits(examples: Sequence[LabeledText]) -> tuple[list, list, list]:
    """train, dev, test; without a dev or test split, every 10th training document is held out."""
    train = by_split(examples, "train")
    dev, test = by_split(examples, "dev"), by_split(examples, "test")
    if not test:
        test, train = train[::10], [e for i, e in enumerate(train) if i % 10]
    if not dev:
        dev, train = train[::10], [e for i, e in enumerate(train) if i % 10]
    return train, dev, test


def _fit_baseline(train: Sequence[LabeledText], params: dict) -> tuple[TextClassifier, TextClassifier | None]:
    texts = [e.text for e in train]
    domain = TextClassifier(params).fit(texts, [e.domain for e in train])
    with_violation = [e for e in train if e.violation]
    violation = None
    if len({e.violation for e in with_violation}) >= 2:
        violation = TextClassifier(params).fit([e.text for e in with_violation],
                                               [e.violation for e in with_violation])
    return domain, violation


def _headline(report: dict[str, Any]) -> dict[str, Any]:
    return {"macro_f1": report["macro_f1"], "accuracy": report["accuracy"],
            "ece": report["calibration"]["ece"], "brier": report["calibration"]["brier"],
            "violation_accuracy": report.get("violation", {}).get("accuracy")}


def start_ner(examples: Sequence[LabeledText], registry: ModelRegistry, options: TrainOptions, *,
              source: str = "") -> Any:
    """The NER part of retraining: a future of ``train_ner_version`` on ``options.executor``
    (or its result when serial); None when the NER is not trained or there are no entities."""
    if not options.train_ner or not any(e.entities for e in splits(examples)[0]):
        return None
    args = (registry.root, list(examples), options.ner_overrides, source)
    if options.executor is None:
        return train_ner_version(*args)
    return options.executor.submit(train_ner_version, *args)


def train_models(examples: Sequence[LabeledText], registry: ModelRegistry | None = None,
                 options: TrainOptions | None = None, *, source: str = "", ner_job: Any = None) -> TrainResult:
    """Classifier (and NER) training; ``ner_job`` is the NER already started by ``start_ner``."""
    registry = registry or ModelRegistry()
    options = options or TrainOptions()
    train, dev, test = splits(examples)
    timings: dict[str, float] = {}
    test_texts = [e.text for e in test]
    if ner_job is None:
        ner_job = start_ner(examples, registry, options, source=source)

    with timed(timings, "sklearn"):
        domain_clf, violation_clf = _fit_baseline(train + dev, options.baseline_params)
    violations = violation_clf.predict(test_texts) if violation_clf else None
    reports = {"sklearn": evaluate_classification(test, domain_clf.predict(test_texts), violations)}

    version = registry.new_version(DOMAIN_MODEL_NAME)
    backend = "sklearn"
    if options.compare_spacy:
        backend = _compare_spacy(train, dev, test, violations, reports, version, timings, options)
    if backend == "sklearn":
        domain_clf.save(version.path / "domain.skops")
    if violation_clf is not None:
        violation_clf.save(version.path / "violation.skops")
    promoted = _measure_promoted(registry, test)
    card = _domain_card(examples, train, dev, test, reports, backend, promoted, timings, options, source)
    registry.write_card(version, card)

    ner_version = None
    if ner_job is not None:
        ner_number, ner_timings = ner_job if isinstance(ner_job, tuple) else ner_job.result()
        timings.update(ner_timings)
        ner_version = registry.get(NER_MODEL_NAME, ner_number)
    return TrainResult(version, ner_version, card, timings)


def _compare_spacy(train, dev, test, violations, reports, version, timings, options) -> str:
    from analysis.classify.spacy_models import SpacyTextClassifier, train_textcat

    with tempfile.TemporaryDirectory(prefix="leadminer-textcat-") as tmp:
        with timed(timings, "spacy_textcat"):
            nlp = train_textcat(train, dev, Path(tmp) / "textcat", options.spacy_overrides)
        predicted = SpacyTextClassifier(nlp).predict([e.text for e in test])
        reports["spacy"] = evaluate_classification(test, predicted, violations)
        if reports["spacy"]["macro_f1"] > reports["sklearn"]["macro_f1"]:
            shutil.copytree(Path(tmp) / "textcat", version.path / "textcat")
            return "spacy"
    return "sklearn"


def _measure_promoted(registry: ModelRegistry, test: Sequence[LabeledText]) -> dict[str, Any] | None:
    if registry.promoted(DOMAIN_MODEL_NAME) is None:
        return None
    model = DomainModel(registry.get(DOMAIN_MODEL_NAME))
    domains, violations = model.predict([e.text for e in test])
    return {"ref": model.ref, **_headline(evaluate_classification(test, domains, violations))}


def _config_digest(name: str) -> str:
    from analysis.classify.spacy_models import CONFIG_DIR

    return hashlib.sha256((CONFIG_DIR / f"{name}.cfg").read_bytes()).hexdigest()[:16]


def _domain_card(examples, train, dev, test, reports, backend, promoted, timings, options,
                 source) -> dict[str, Any]:
    chosen = reports["spacy" if backend == "spacy" else "sklearn"]
    headline = _headline(chosen)
    comparison = None
    if promoted is not None:
        comparison = {"promoted": promoted,
                      "delta_macro_f1": round(headline["macro_f1"] - promoted["macro_f1"], 4)}
    from analysis.classify.baseline import DEFAULT_PARAMS

    return {
        "kind": "domain and violation-type classifier", "backend": backend, "source": source,
        "data_hash": data_hash(examples),
        "splits": {"train": len(train), "dev": len(dev), "test": len(test)},
        "labels": {"domain": sorted({e.domain for e in train}),
                   "violation": sorted({e.violation for e in train if e.violation})},
        "label_counts": {"domain": label_counts(train), "violation": label_counts(train, "violation"),
                         "origin": label_counts(examples, "origin")},
        "headline_metrics": headline,
        "metrics": {name: {k: v for k, v in report.items() if k != "errors"}
                    for name, report in reports.items()},
        "candidates": {name: _headline(report) for name, report in reports.items()},
        "comparison_with_promoted": comparison,
        "config": {"baseline": {**DEFAULT_PARAMS, **options.baseline_params},
                   "spacy_config": "analysis/nlp/config/domain.cfg",
                   "spacy_config_sha256": _config_digest("domain"),
                   "spacy_overrides": options.spacy_overrides},
        "timings_seconds": timings, "libraries": library_versions(),
    }


def ner_scores(nlp, examples: Sequence[LabeledText]) -> dict[str, Any]:
    """Exact-span precision/recall/F1 per label over whole decisions."""
    from analysis.classify.spacy_models import extract_entities

    tallies: dict[str, list[int]] = {}
    for example in examples:
        gold = set(example.entities)
        found = set(extract_entities(nlp, example.text))
        for label in {s[2] for s in gold | found}:
            g = {s for s in gold if s[2] == label}
            f = {s for s in found if s[2] == label}
            tally = tallies.setdefault(label, [0, 0, 0])
            tally[0] += len(g & f)
            tally[1] += len(f)
            tally[2] += len(g)
    return {label: _prf(*tally) for label, tally in sorted(tallies.items())} | {
        "all": _prf(*[sum(t[i] for t in tallies.values()) for i in range(3)])}


def _prf(hit: int, found: int, gold: int) -> dict[str, float]:
    precision = hit / found if found else 0.0
    recall = hit / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "support": gold}


def train_ner_version(root: Path, examples: Sequence[LabeledText], overrides: dict[str, Any],
                      source: str) -> tuple[str, dict[str, float]]:
    """Train and evaluate the NER as a new ``party-ner`` version of the registry at ``root``;
    returns its version number and timings. Takes only picklable arguments, so it can run in a worker
    process beside the classifier training."""
    from analysis.classify.spacy_models import train_ner

    registry = ModelRegistry(root)
    train, dev, test = splits(examples)
    timings: dict[str, float] = {}
    version = registry.new_version(NER_MODEL_NAME)
    with timed(timings, "spacy_ner"):
        nlp = train_ner(train, dev, version.path / "pipeline", overrides)
    scores = ner_scores(nlp, test)
    registry.write_card(version, {
        "kind": "party and agency NER", "backend": "spacy", "source": source,
        "data_hash": data_hash(examples), "labels": sorted(nlp.get_pipe("ner").labels),
        "label_counts": {label: sum(1 for e in train for s in e.entities if s[2] == label)
                         for label in ("ORG_PARTY", "PERSON_PARTY", "AGENCY")},
        "headline_metrics": {"ents_f1": scores["all"]["f1"]}, "metrics": scores,
        "config": {"spacy_config": "analysis/nlp/config/ner.cfg",
                   "spacy_config_sha256": _config_digest("ner"), "overrides": overrides},
        "timings_seconds": {"train": timings["spacy_ner"], "train_cpu": timings["spacy_ner_cpu"]},
        "libraries": library_versions()})
    return version.version, timings


def format_training_report(result: TrainResult, *, documents: int, wall_seconds: float,
                           generation_seconds: float | None = None) -> str:
    """Markdown benchmark of one training run: data size, time per part, held-out metrics."""
    import os

    card = result.card
    lines = ["# Training benchmark", "",
             f"- command: `leadminer train` → {result.domain.ref}"
             + (f", {result.ner.ref}" if result.ner else ""),
             f"- documents: {documents} (train {card['splits']['train']}, dev {card['splits']['dev']}, "
             f"test {card['splits']['test']})",
             f"- machine: {os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}",
             f"- wall time (training and evaluation, without corpus generation): {wall_seconds:.1f} s"]
    if generation_seconds is not None:
        lines.append(f"- corpus generation: {generation_seconds:.1f} s")
    lines += ["", "| part | wall seconds | CPU seconds (all threads) |", "|---|---|---|"]
    lines += [f"| {part} | {seconds} | {result.timings.get(part + '_cpu', '')} |"
              for part, seconds in result.timings.items() if not part.endswith("_cpu")]
    lines += [f"| {part[:-4]} (CPU only, all processes) | — | {seconds} |"
              for part, seconds in result.timings.items()
              if part.endswith("_cpu") and part[:-4] not in result.timings]
    lines += ["", "| candidate | domain macro-F1 | accuracy | ECE | Brier | violation accuracy |",
              "|---|---|---|---|---|---|"]
    for name, m in card["candidates"].items():
        lines.append(f"| {name} | {m['macro_f1']} | {m['accuracy']} | {m['ece']} | {m['brier']} | "
                     f"{m['violation_accuracy']} |")
    lines += ["", f"Kept as default: **{card['backend']}** (spaCy only when its domain macro-F1 on the test "
              "split is strictly higher; a tie keeps the smaller, faster scikit-learn model)."]
    if result.ner is not None:
        ner_card = result.ner.card()
        per_label = ", ".join(f"{label} {scores['f1']}" for label, scores in ner_card["metrics"].items())
        lines.append(f"NER exact-span F1 on the test split: {ner_card['headline_metrics']['ents_f1']} "
                     f"({per_label}).")
    return "\n".join(lines) + "\n"

"""The pipeline component ``classify.domain.v1`` fills the record's classification."""

from __future__ import annotations

import analysis.classify.component  # noqa: F401 - registers the component
from analysis.classify.data import load_gold
from analysis.pipeline import Pipeline
from analysis.record import DocumentRecord, Source


def _record(text: str) -> DocumentRecord:
    return DocumentRecord(document_id="t", source=Source(name="t.txt"), text=text)


def test_component_fills_classification_from_promoted_model(trained_registry, small_corpus, monkeypatch):
    registry, result = trained_registry
    monkeypatch.setenv("LEADMINER_MODELS_DIR", str(registry.root))
    example = small_corpus[0]
    record = Pipeline(names=["classify.domain"])(_record(example.text))
    classification = record.classification
    assert classification is not None
    assert classification.producer == result.domain.ref == record.provenance.models["domain"]
    assert classification.domain in result.card["labels"]["domain"]
    assert 0.0 < classification.confidence <= 1.0
    assert classification.violation in result.card["labels"]["violation"]
    assert 0.0 < classification.violation_confidence <= 1.0


def test_component_classifies_hand_written_food_decision(trained_registry, monkeypatch):
    registry, _ = trained_registry
    monkeypatch.setenv("LEADMINER_MODELS_DIR", str(registry.root))
    from pathlib import Path

    food = next(e for e in load_gold(Path(__file__).parent / "data" / "handwritten.jsonl")
                if e.doc_id == "hw-food-1")
    record = Pipeline(names=["classify.domain.v1"])(_record(food.text))
    assert record.classification.domain == "food_safety"


def test_missing_model_is_recorded_not_raised(tmp_path, monkeypatch):
    monkeypatch.setenv("LEADMINER_MODELS_DIR", str(tmp_path))
    record = Pipeline(names=["classify.domain.v1"])(_record("某某市场监督管理局行政处罚决定书"))
    assert record.classification is None
    assert [e.code for e in record.errors] == ["E903"]
    assert record.status == "partial"

"""Training on generated decisions: beats chance, calibrated, persisted and compared."""

from __future__ import annotations

import numpy as np

from analysis.classify.baseline import TextClassifier
from analysis.classify.domain_model import DomainModel
from analysis.classify.training import TrainOptions, splits, train_models


def test_tiny_model_beats_chance_by_a_wide_margin(trained_registry):
    _, result = trained_registry
    metrics = result.card["headline_metrics"]
    n_domains = len(result.card["labels"]["domain"])
    assert n_domains >= 10
    assert metrics["macro_f1"] > 0.6 > 5 / n_domains
    assert metrics["violation_accuracy"] > 0.5


def test_confidences_are_probabilities(trained_registry, small_corpus):
    registry, _ = trained_registry
    model = DomainModel(registry.get("domain-clf"))
    _, _, test = splits(small_corpus)
    domains, violations = model.predict([e.text for e in test])
    for prediction in domains + violations:
        assert 0.0 <= prediction.confidence <= 1.0
        assert abs(sum(prediction.probabilities.values()) - 1.0) < 1e-6
    calibration = registry.get("domain-clf").card()["metrics"]["sklearn"]["calibration"]
    assert 0.0 <= calibration["ece"] <= 1.0 and 0.0 <= calibration["brier"] <= 1.0


def test_card_records_data_labels_metrics_and_versions(trained_registry, small_corpus):
    registry, result = trained_registry
    card = registry.get("domain-clf").card()
    assert card["data_hash"] and len(card["data_hash"]) == 64
    assert sum(card["label_counts"]["domain"].values()) == card["splits"]["train"]
    assert set(card["libraries"]) >= {"scikit-learn", "spacy", "skops"}
    assert card["backend"] == "sklearn"
    assert "per_domain" in card["metrics"]["sklearn"]
    assert card["comparison_with_promoted"] is None


def test_skops_round_trip_gives_identical_probabilities(small_corpus, tmp_path):
    train = small_corpus[:150]
    model = TextClassifier().fit([e.text for e in train], [e.domain for e in train])
    model.save(tmp_path / "domain.skops")
    loaded = TextClassifier.load(tmp_path / "domain.skops")
    texts = [e.text for e in small_corpus[150:]]
    assert loaded.labels == model.labels
    assert np.array_equal(loaded.predict_proba(texts), model.predict_proba(texts))


def test_promotion_then_rollback_restores_previous_scores_exactly(trained_registry, small_corpus):
    registry, result = trained_registry
    texts = [e.text for e in small_corpus[:30]]
    before = [p.probabilities for p in DomainModel(registry.get("domain-clf")).predict(texts)[0]]
    newer = train_models(small_corpus[:160], registry, TrainOptions(
        compare_spacy=False, train_ner=False, baseline_params={"C": 0.05}), source="test-2")
    assert newer.card["comparison_with_promoted"]["promoted"]["ref"] == result.domain.ref
    registry.promote("domain-clf", newer.domain.version)
    after = [p.probabilities for p in DomainModel(registry.get("domain-clf")).predict(texts)[0]]
    assert after != before
    registry.rollback("domain-clf")
    restored = [p.probabilities for p in DomainModel(registry.get("domain-clf")).predict(texts)[0]]
    assert restored == before

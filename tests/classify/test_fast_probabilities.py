"""The vectorised calibrated probabilities equal sklearn's own ``predict_proba`` exactly."""

from __future__ import annotations

import numpy as np

from analysis.classify.baseline import TextClassifier
from analysis.classify.domain_model import DomainModel
from analysis.classify.training import splits


def test_domain_and_violation_probabilities_equal_sklearns(trained_registry, small_corpus):
    registry, _ = trained_registry
    model = DomainModel(registry.get("domain-clf"))
    _, _, test = splits(small_corpus)
    texts = [e.text for e in test]
    for classifier in (model.domain, model.violation):
        fast = classifier.predict_proba(texts)
        assert fast.shape == (len(texts), len(classifier.labels))
        np.testing.assert_allclose(fast, classifier.predict_proba_sklearn(texts), rtol=0, atol=1e-12)
        single = np.vstack([classifier.predict_proba([text]) for text in texts[:5]])
        np.testing.assert_allclose(single, fast[:5], rtol=0, atol=1e-12)


def test_two_label_classifier_probabilities_equal_sklearns(small_corpus):
    texts = [e.text for e in small_corpus[:80]]
    labels = ["food" if e.domain == small_corpus[0].domain else "other" for e in small_corpus[:80]]
    labels[:6] = ["food"] * 3 + ["other"] * 3  # both labels present at least cv times
    classifier = TextClassifier({"cv": 3}).fit(texts, labels)
    fast = classifier.predict_proba(texts[:20])
    np.testing.assert_allclose(fast, classifier.predict_proba_sklearn(texts[:20]), rtol=0, atol=1e-12)
    np.testing.assert_allclose(fast.sum(axis=1), 1.0)

"""Classification metrics on small cases worked out by hand."""

from __future__ import annotations

import pytest

from analysis.classify.baseline import Prediction
from analysis.classify.data import LabeledText
from analysis.evaluation.classification import calibration, evaluate_classification, format_report


def _examples(domains, violations=None):
    violations = violations or [None] * len(domains)
    return [LabeledText(doc_id=f"d{i}", text=f"文书{i}", domain=d, violation=v)
            for i, (d, v) in enumerate(zip(domains, violations, strict=True))]


def test_per_domain_scores_macro_f1_and_confusion():
    examples = _examples(["tax", "tax", "land", "land"], ["偷税", "虚开发票", "非法占地", "非法占地"])
    domains = [Prediction("tax", 0.9, {}), Prediction("land", 0.6, {}),
               Prediction("land", 0.8, {}), Prediction("land", 0.7, {})]
    violations = [Prediction("偷税", 0.9, {}), Prediction("偷税", 0.5, {}),
                  Prediction("非法占地", 0.9, {}), Prediction("非法占地", 0.9, {})]
    report = evaluate_classification(examples, domains, violations)
    # tax: P=1, R=0.5, F1=2/3; land: P=2/3, R=1, F1=0.8
    assert report["per_domain"]["tax"]["f1"] == pytest.approx(0.6667, abs=1e-4)
    assert report["per_domain"]["land"]["precision"] == pytest.approx(0.6667, abs=1e-4)
    assert report["macro_f1"] == pytest.approx((2 / 3 + 0.8) / 2, abs=1e-4)
    assert report["accuracy"] == 0.75
    assert report["confusion"] == {"land": {"land": 2}, "tax": {"land": 1, "tax": 1}}
    assert report["violation"]["accuracy"] == 0.75
    assert [e["doc_id"] for e in report["errors"]] == ["d1"]
    text = format_report(report)
    assert "macro-F1: 0.7333" in text and "tax → land: 1" in text


def test_calibration_of_perfect_and_overconfident_predictions():
    perfect = calibration([True, False, True, False], [1.0, 0.0, 1.0, 0.0])
    assert perfect["brier"] == 0.0 and perfect["ece"] == 0.0
    overconfident = calibration([True, False], [0.95, 0.95])
    assert overconfident["ece"] == pytest.approx(0.45, abs=1e-4)
    assert overconfident["brier"] == pytest.approx((0.05**2 + 0.95**2) / 2, abs=1e-4)


def test_multiclass_brier_uses_the_full_probability_vector():
    examples = _examples(["tax"])
    report = evaluate_classification(examples, [Prediction("tax", 0.5, {"tax": 0.5, "land": 0.5})])
    assert report["calibration"]["brier_multiclass"] == pytest.approx(0.5)

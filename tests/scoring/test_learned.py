"""The learned scorer: estimator contract, calibrated scores, skops round trip, component."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.scoring.features import KINDS, model_input
from analysis.scoring.knowledge import load_knowledge
from analysis.scoring.learned import LeadScorer, LearnedScorer, load_scorer, save_scorer
from analysis.scoring.rules import run_rules
from tests.scoring.builders import make_record


def _record(i: int, sales: float, harm: bool):
    text = (f"第{i}号。经查，当事人销售不符合食品安全标准的食品，销售金额{sales:g}元。"
            + ("责令改正，当事人逾期未改正。" if harm else "当事人已改正。") + "决定罚款3000元。")
    record = make_record(text, name=f"{i}.txt", domain="food_safety", decision_date="2023-05-10",
                         amounts=[(f"{sales:g}元", "sales_amount", sales), ("3000元", "fine", 3000)])
    record.findings = run_rules(record, load_knowledge())
    return record


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(0)
    records, labels = [], []
    for i in range(60):
        sales = float(rng.choice([8000, 20000, 45000, 60000, 90000, 150000]))
        harm = bool(rng.random() < 0.4)
        records.append(_record(i, sales, harm))
        labels.append([int(sales >= 50000), int(harm), int(sales >= 50000)])
    return records, np.array(labels)


def test_fit_returns_self_and_scores_are_calibrated_probabilities(data):
    records, labels = data
    scorer = LeadScorer(max_features=2000)
    assert scorer.fit([model_input(r) for r in records], labels) is scorer
    probabilities = scorer.predict_proba([model_input(r) for r in records])
    assert probabilities.shape == (60, len(KINDS))
    assert ((probabilities >= 0) & (probabilities <= 1)).all()
    positive, negative = probabilities[labels[:, 0] == 1, 0], probabilities[labels[:, 0] == 0, 0]
    assert positive.mean() > 0.7 > 0.3 > negative.mean()


def test_skops_round_trip(data, tmp_path):
    records, labels = data
    scorer = LeadScorer(max_features=2000).fit([model_input(r) for r in records], labels)
    save_scorer(scorer, tmp_path)
    assert (tmp_path / "model.skops").read_bytes()[:2] == b"PK"  # a skops zip, not a pickle
    loaded = load_scorer(tmp_path)
    samples = [model_input(r) for r in records[:10]]
    np.testing.assert_allclose(loaded.predict_proba(samples), scorer.predict_proba(samples))


def test_component_uses_model_and_keeps_rule_floor(data, tmp_path):
    records, labels = data
    save_scorer(LeadScorer(max_features=2000).fit([model_input(r) for r in records], labels), tmp_path)
    scored = LearnedScorer(folder=tmp_path).score([_record(99, 120000, True)])[0]
    assert scored.scores.criminal_transfer > 0.5 and scored.scores.priority >= scored.scores.criminal_transfer
    assert scored.provenance.models["lead-scorer"] == f"lead-scorer/{tmp_path.name}"


def test_component_without_model_falls_back_to_rules_with_note():
    scored = LearnedScorer(rules_only=True).score([_record(1, 60000, False)])[0]
    assert scored.scores.criminal_transfer == max(f.confidence for f in scored.findings
                                                  if f.kind == "criminal_transfer")
    assert scored.provenance.models["lead-scorer"] == "rules-only" and scored.provenance.config["lead-scorer"]

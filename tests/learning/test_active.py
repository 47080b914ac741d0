import pytest

from analysis.learning.active import screening_curve, simulate, to_label_queue, uncertainty


def test_uncertainty_peaks_at_a_coin_toss():
    assert uncertainty(0.5) == pytest.approx(1.0)
    assert uncertainty(0.99) < 0.1 and uncertainty(0.01) < 0.1


def test_queue_mixes_uncertain_and_a_fixed_share_of_random():
    scores = {f"d{i:03d}": i / 100 for i in range(100)}
    queue = to_label_queue(scores, size=20, random_share=0.25, seed=1)
    reasons = [reason for _, reason in queue]
    assert len(queue) == 20 and reasons.count("random") == 5
    uncertain = [doc for doc, reason in queue if reason == "uncertain"]
    assert all(abs(scores[doc] - 0.5) <= 0.08 for doc in uncertain)
    assert len({doc for doc, _ in queue}) == 20
    assert to_label_queue(scores, size=20, random_share=0.25, seed=1) == queue


def test_perfect_order_saves_work_and_random_does_not():
    relevant = {f"d{i:03d}" for i in range(10)}
    order = [f"d{i:03d}" for i in range(100)]
    curve = screening_curve(order, relevant)
    assert curve.recall_at[0.1] == 1.0
    assert curve.wss_at_95 == pytest.approx(0.85)
    scores = {doc: (1.0 if doc in relevant else 0.0) for doc in order}
    result = simulate(scores, relevant, repeats=30)
    assert result["model"].wss_at_95 > result["random"].wss_at_95 + 0.5
    assert result["random"].wss_at_95 < 0.2

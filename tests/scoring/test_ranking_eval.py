"""Ranking evaluation against LabeledDocument gold rows."""

from __future__ import annotations

from analysis.evaluation.ranking import evaluate_ranking, format_report
from analysis.labels import Flags, Gold, LabeledDocument, Lead
from analysis.record import Evidence, Finding, Scores
from tests.scoring.builders import make_record


def _pair(i: int, gold_kinds: list[str], found_kinds: list[str], priority: float, near_miss: bool = False):
    record = make_record(f"第{i}号决定书。", name=f"{i}.txt")
    record.findings = [Finding(kind=kind, rule="threshold.numeric.v1", explanation="说明", source="依据",
                               evidence=[Evidence(start=0, end=2, page=1)], confidence=priority,
                               threshold_id="food-143-substandard") for kind in found_kinds]
    record.scores = Scores(criminal_transfer=priority if "criminal_transfer" in found_kinds else 0.0,
                           priority=priority)
    leads = [Lead(kind=kind, rule="threshold.numeric", threshold_id="food-143-substandard") for kind in gold_kinds]
    row = LabeledDocument(document_id=record.document_id, text=record.text, split="test",
                          gold=Gold(leads=leads, flags=Flags(near_miss=near_miss)))
    return record, row


def test_metrics_from_known_pairs():
    pairs = [_pair(1, ["criminal_transfer"], ["criminal_transfer"], 0.9),
             _pair(2, ["criminal_transfer"], [], 0.2),
             _pair(3, [], ["criminal_transfer"], 0.8, near_miss=True),
             _pair(4, [], [], 0.1, near_miss=True)] + [_pair(10 + i, [], [], 0.05) for i in range(6)]
    report = evaluate_ranking([r for r, _ in pairs], [g for _, g in pairs])
    kind = report["per_kind"]["criminal_transfer"]
    assert (kind["tp"], kind["fp"], kind["fn"]) == (1, 1, 1) and kind["precision"] == 0.5
    assert report["near_miss"] == {"near_miss_documents": 2, "flagged": 1, "rate": 0.5}
    assert report["ranking"]["relevant"] == 2 and report["ranking"]["recall_at"]["10%"] == 0.5
    assert report["ranking"]["precision_at"]["2"] == 0.5  # top 20% of 10 documents
    assert report["per_threshold"]["food-143-substandard"]["tp"] == 1
    assert report["completeness"]["share"] == 1.0
    brier = report["ranking"]["brier"]["priority"]
    assert 0 < brier < 0.25
    text = format_report(report)
    assert "移送线索召回率" in text and "| criminal_transfer | 0.5 |" in text

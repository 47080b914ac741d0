"""Ranking and lead evaluation against gold (``analysis.labels.LabeledDocument`` rows).

Given analysed records and their gold rows (matched by ``document_id``, else by file name):

- per kind (criminal_transfer, public_interest, enforcement_irregularity, repeat_offender):
  document-level precision, recall and F1 of "the record has a finding of this kind";
- per rule and per threshold id: precision and recall of findings against gold leads;
- the ranking: precision@k, recall after 5/10/20% of the queue screened, WSS@95, and the
  Brier score of each kind's score and of ``priority`` (any lead);
- near misses: share of near-miss documents flagged with a kind their gold does not carry;
- completeness: share of findings with an explanation, a legal source and an evidence span;
- the issue's targets with pass/fail.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.learning.active import screening_curve
from analysis.record import DocumentRecord, Finding

TARGET_KINDS = ("criminal_transfer", "public_interest", "enforcement_irregularity")
ALL_KINDS = (*TARGET_KINDS, "repeat_offender")
FRACTIONS = (0.05, 0.1, 0.2)


@dataclass
class Pair:
    record: DocumentRecord
    gold: Any  # LabeledDocument

    def gold_kinds(self) -> set[str]:
        return {lead.kind for lead in self.gold.gold.leads}

    def found_kinds(self) -> set[str]:
        return {finding.kind for finding in self.record.findings}


def pair_records(records: Iterable[DocumentRecord], gold_rows: Iterable[Any]) -> list[Pair]:
    """Records joined to gold rows by document id, else by file/member name."""
    by_id, by_name = {}, {}
    for row in gold_rows:
        by_id[row.document_id] = row
        for name in (row.member, row.file, f"{row.document_id}.txt"):
            if name:
                by_name[Path(name).name] = row
    pairs = []
    for record in records:
        row = by_id.get(record.document_id) or by_name.get(Path(record.source.member or record.source.name).name)
        if row is not None:
            pairs.append(Pair(record, row))
    return pairs


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn}


def per_kind(pairs: list[Pair]) -> dict[str, dict[str, float]]:
    result = {}
    for kind in ALL_KINDS:
        tp = sum(1 for p in pairs if kind in p.found_kinds() and kind in p.gold_kinds())
        fp = sum(1 for p in pairs if kind in p.found_kinds() and kind not in p.gold_kinds())
        fn = sum(1 for p in pairs if kind not in p.found_kinds() and kind in p.gold_kinds())
        result[kind] = _prf(tp, fp, fn)
    return result


# Rule families: the engine's versioned rule names and the generator's gold rule names
# (``threshold.<threshold id>``, ``irregularity.fine_out_of_range`` ...) map to one family.
RULE_FAMILIES = {
    "threshold.numeric": "threshold", "threshold": "threshold", "threshold.trigger": "trigger", "trigger": "trigger",
    "aggregate.split": "aggregate.split", "repeat_offender": "repeat", "repeat.within_two_years": "repeat",
    "public_interest": "public_interest", "pil.continuing_harm": "public_interest",
    "irregularity.criminal_only_fined": "irregularity.criminal_only_fined",
    "irregularity.criminal_facts_fined_only": "irregularity.criminal_only_fined",
    "irregularity.fine_range": "irregularity.fine_range", "irregularity.fine_out_of_range": "irregularity.fine_range",
    "irregularity.no_hearing": "irregularity.no_hearing", "irregularity.no_hearing_notice": "irregularity.no_hearing",
    "irregularity.missing_article": "irregularity.missing_article",
    "irregularity.nonexistent_article": "irregularity.missing_article",
    "irregularity.time_limit": "irregularity.time_limit", "irregularity.past_time_limit": "irregularity.time_limit",
}


def rule_base(name: str | None) -> str:
    """The rule family of an engine rule name or a gold rule name."""
    base = re.sub(r"\.v\d+$", "", name or "")
    if base.startswith(("threshold.", "trigger.")) and base not in RULE_FAMILIES:
        base = base.split(".")[0]
    return RULE_FAMILIES.get(base, base)


def offense_id(threshold_id: str | None) -> str | None:
    """``env-338-pollution/9`` or ``env-338-pollution@2017`` → ``env-338-pollution`` (gold names a
    threshold item; the engine names the standard's version)."""
    return re.split(r"[/@]", threshold_id)[0] if threshold_id else None


# 刑法第一百四十九条第一款: goods that reach no narrower offence's own element are 生产、销售伪劣产品罪.
# A finding on a narrower offence's fallback item (销售金额（兜底适用第140条）) names that offence too.
FALLBACK_OFFENCE = "product-140-fake-inferior"


@lru_cache(maxsize=1)
def _fallback_items() -> frozenset[str]:
    from analysis.knowledge.thresholds import load_thresholds

    return frozenset(item.id for rule in load_thresholds() for item in rule.thresholds if "兜底" in (item.label or ""))


def finding_offences(finding: Finding) -> set[str | None]:
    offences = {offense_id(finding.threshold_id)}
    if getattr(finding, "threshold_item", None) in _fallback_items():
        offences.add(FALLBACK_OFFENCE)
    return offences


def _matches(finding: Finding, lead: Any) -> bool:
    if finding.kind != lead.kind:
        return False
    if finding.threshold_id and lead.threshold_id and finding.kind == "criminal_transfer":
        lead_offences = {offense_id(lead.threshold_id)}
        if lead.threshold_id in _fallback_items():  # a gold fallback item names 第一百四十条 as well
            lead_offences.add(FALLBACK_OFFENCE)
        return bool(lead_offences & finding_offences(finding))
    return rule_base(finding.rule) == rule_base(lead.rule)


def per_key(pairs: list[Pair], key: str) -> dict[str, dict[str, float]]:
    """Precision/recall per rule (``key="rule"``) or per threshold id (``key="threshold_id"``)."""
    counts: dict[str, Counter] = {}
    for pair in pairs:
        leads, findings = list(pair.gold.gold.leads), list(pair.record.findings)
        for finding in findings:
            name = rule_base(finding.rule) if key == "rule" else offense_id(finding.threshold_id)
            if name:
                hit = any(_matches(finding, lead) for lead in leads)
                counts.setdefault(name, Counter())["tp" if hit else "fp"] += 1
        for lead in leads:
            name = rule_base(lead.rule) if key == "rule" else offense_id(lead.threshold_id)
            if name and not any(_matches(finding, lead) for finding in findings):
                counts.setdefault(name, Counter())["fn"] += 1
    return {name: _prf(c["tp"], c["fp"], c["fn"]) for name, c in sorted(counts.items())}


def _score(record: DocumentRecord, kind: str) -> float:
    return getattr(record.scores, kind) if record.scores else 0.0


def ranking(pairs: list[Pair]) -> dict[str, Any]:
    order = sorted(pairs, key=lambda p: (-_score(p.record, "priority"), p.record.document_id))
    ids = [p.record.document_id for p in order]
    relevant = {p.record.document_id for p in pairs if p.gold_kinds() & set(TARGET_KINDS)}
    curve = screening_curve(ids, relevant, FRACTIONS)
    precision_at = {}
    for k in (10, 50, 100, max(1, math.ceil(0.2 * len(ids)))):
        if k <= len(ids):
            precision_at[str(k)] = round(sum(doc in relevant for doc in ids[:k]) / k, 4)
    brier = {kind: _brier([_score(p.record, kind) for p in pairs], [kind in p.gold_kinds() for p in pairs])
             for kind in TARGET_KINDS}
    brier["priority"] = _brier([_score(p.record, "priority") for p in pairs],
                               [p.record.document_id in relevant for p in pairs])
    return {"documents": len(ids), "relevant": len(relevant), "precision_at": precision_at,
            "recall_at": {f"{int(f * 100)}%": round(v, 4) for f, v in curve.recall_at.items()},
            "wss_at_95": curve.wss_at_95, "screened_for_95": round(curve.screened_for_95, 4), "brier": brier}


def _brier(scores: list[float], labels: list[bool]) -> float:
    if not scores:
        return 0.0
    return round(sum((s - float(y)) ** 2 for s, y in zip(scores, labels, strict=True)) / len(scores), 4)


def near_miss_rate(pairs: list[Pair]) -> dict[str, float]:
    near = [p for p in pairs if p.gold.gold.flags.near_miss]
    flagged = [p for p in near if (p.found_kinds() - p.gold_kinds()) & set(TARGET_KINDS)]
    return {"near_miss_documents": len(near), "flagged": len(flagged),
            "rate": round(len(flagged) / len(near), 4) if near else 0.0}


def completeness(pairs: list[Pair]) -> dict[str, float]:
    findings = [f for p in pairs for f in p.record.findings]
    complete = [f for f in findings if f.explanation and f.source and f.evidence
                and all(e.end > e.start for e in f.evidence)]
    return {"findings": len(findings), "complete": len(complete),
            "share": round(len(complete) / len(findings), 4) if findings else 1.0}


def targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    kinds = report["per_kind"]
    rows = [
        ("移送线索召回率 ≥ 0.95", kinds["criminal_transfer"]["recall"], 0.95),
        ("移送线索精确率 ≥ 0.85", kinds["criminal_transfer"]["precision"], 0.85),
        ("公益诉讼 F1 ≥ 0.85", kinds["public_interest"]["f1"], 0.85),
        ("执法不规范 F1 ≥ 0.85", kinds["enforcement_irregularity"]["f1"], 0.85),
        ("前20%队列覆盖真实线索 ≥ 0.95", report["ranking"]["recall_at"].get("20%", 0.0), 0.95),
        ("每条线索有说明、依据、证据 = 1.0", report["completeness"]["share"], 1.0),
    ]
    result = [{"target": name, "measured": value, "met": value >= goal} for name, value, goal in rows]
    rate = report["near_miss"]["rate"]
    result.append({"target": "近似阴性误报率 ≤ 0.10", "measured": rate, "met": rate <= 0.10})
    return result


def evaluate_ranking(records: Iterable[DocumentRecord], gold_rows: Iterable[Any]) -> dict[str, Any]:
    pairs = pair_records(records, gold_rows)
    report = {"documents": len(pairs), "per_kind": per_kind(pairs), "per_rule": per_key(pairs, "rule"),
              "per_threshold": per_key(pairs, "threshold_id"), "ranking": ranking(pairs),
              "near_miss": near_miss_rate(pairs), "completeness": completeness(pairs)}
    report["targets"] = targets(report)
    return report


def format_report(report: dict[str, Any]) -> str:
    """The figures as a Markdown text for the terminal and docs."""
    lines = [f"# 排序与线索评估（{report['documents']} 份文书）", "", "| 类型 | P | R | F1 | TP | FP | FN |",
             "|---|---|---|---|---|---|---|"]
    for kind, m in report["per_kind"].items():
        lines.append(f"| {kind} | {m['precision']} | {m['recall']} | {m['f1']} | {m['tp']} | {m['fp']} | {m['fn']} |")
    rank = report["ranking"]
    share = rank["relevant"] / rank["documents"] if rank.get("documents") else 0.0
    lines += ["", f"- documents with a lead: {rank.get('relevant', 0)}/{rank.get('documents', 0)} = {share:.1%}"
              f" (recall after 20% of the queue is bounded by {min(1.0, 0.2 / share) if share else 1.0:.2f})",
              f"- precision@k: {rank['precision_at']}", f"- recall after screening: {rank['recall_at']}",
              f"- WSS@95: {rank['wss_at_95']} (95% of leads after {rank['screened_for_95']:.1%} of the queue)",
              f"- Brier: {rank['brier']}",
              f"- near misses flagged: {report['near_miss']['flagged']}/{report['near_miss']['near_miss_documents']}"
              f" = {report['near_miss']['rate']}",
              f"- findings with explanation+source+evidence: {report['completeness']['share']}", "",
              "| 目标 | 实测 | 达成 |", "|---|---|---|"]
    lines += [f"| {t['target']} | {t['measured']} | {'是' if t['met'] else '否'} |" for t in report["targets"]]
    lines += ["", "| 规则 | P | R | TP | FP | FN |", "|---|---|---|---|---|---|"]
    for name, m in report["per_rule"].items():
        lines.append(f"| {name} | {m['precision']} | {m['recall']} | {m['tp']} | {m['fp']} | {m['fn']} |")
    return "\n".join(lines)

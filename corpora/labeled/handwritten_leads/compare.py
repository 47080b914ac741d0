"""Per-document comparison of the screening with the hand-written lead labels.

``leadminer evaluate ranking`` gives the figures; this lists, for every decision, each finding
(``ok`` when it matches a gold lead the way the evaluator matches, else ``FP``) and each gold lead
nothing matched (``MISS``), with the row's legal reason, so every error can be routed.

Run from the repository root: ``.venv/bin/python corpora/labeled/handwritten_leads/compare.py``.
"""

from __future__ import annotations

from pathlib import Path

from analysis.evaluation.ranking import _matches, pair_records
from analysis.labels import read_jsonl
from analysis.scoring.screening import records_for_gold

HERE = Path(__file__).resolve().parent


def report_lines(pairs) -> list[str]:
    lines = []
    for pair in sorted(pairs, key=lambda p: p.gold.file):
        leads, findings = pair.gold.gold.leads, pair.record.findings
        priority = pair.record.scores.priority if pair.record.scores else 0.0
        lines.append(f"{pair.gold.file} priority={priority:.2f} gold={[lead.rule for lead in leads]}")
        lines.append(f"   reason: {pair.gold.meta.get('reason', '')}")
        for found in findings:
            tag = "ok" if any(_matches(found, lead) for lead in leads) else "FP"
            lines.append(f"   {tag} {found.rule} {found.threshold_id or ''} :: {found.explanation[:160]}")
        for lead in leads:
            if not any(_matches(found, lead) for found in findings):
                lines.append(f"   MISS {lead.rule} {lead.threshold_id or ''}")
    return lines


def main() -> None:
    rows = list(read_jsonl(HERE / "gold.jsonl"))
    pairs = pair_records(records_for_gold(rows, HERE), rows)
    print("\n".join(report_lines(pairs)))


if __name__ == "__main__":
    main()

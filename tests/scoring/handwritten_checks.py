"""Checks shared by the tests of the hand-written lead sets (corpora/labeled/handwritten_*).

They validate the labels, never the screening: a row points at its decision file by name and
sha256, quotes its evidence exactly, names threshold ids the knowledge base has and rule names the
evaluator understands, carries a legal reason, and ``gold.jsonl`` is what ``make_gold.py`` writes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

from analysis.evaluation.ranking import RULE_FAMILIES, rule_base
from analysis.knowledge.thresholds import load_thresholds
from analysis.labels import LabeledDocument

FIELDS = {"ecology_resources", "food_drug_safety", "state_assets", "state_land_transfer", "work_safety",
          "personal_information", "minors", "heroes_martyrs", "cultural_relics", "other"}


def row_id(row: LabeledDocument) -> str:
    return row.file or row.document_id


def check_row_file(row: LabeledDocument, set_dir: Path) -> None:
    data = (set_dir / row.file).read_bytes()
    assert row.document_id == hashlib.sha256(data).hexdigest()
    assert row.text == data.decode("utf-8")
    assert (row.split, row.origin, row.annotator) == ("test", "import", "lead-team")
    assert len(row.meta.get("reason", "")) >= 10


def check_spans(row: LabeledDocument) -> None:
    for label, start, end, recorded in row.spans():
        assert 0 <= start < end <= len(row.text), label
        assert row.text[start:end] == recorded, label


def check_leads(row: LabeledDocument, rows: list[LabeledDocument], *, observed_reaches: bool = False) -> None:
    """Known rule families and threshold ids, fields and groups; with ``observed_reaches`` a
    criminal lead's observed figure is at least its threshold."""
    known = {item.id for rule in load_thresholds() for item in rule.thresholds}
    for lead in row.gold.leads:
        family = rule_base(lead.rule)
        assert family in set(RULE_FAMILIES.values()) | {"threshold", "trigger"}, lead.rule
        assert lead.evidence, lead.rule
        if lead.kind == "criminal_transfer":
            assert lead.threshold_id in known, lead.threshold_id
            assert lead.offense and lead.criminal_law_article
            if observed_reaches and lead.observed is not None and lead.threshold is not None:
                assert lead.observed >= lead.threshold, lead.threshold_id
        if lead.kind == "public_interest":
            assert lead.field in FIELDS
        if lead.scope == "group":
            group = lead.group
            assert group and group in (row.gold.flags.split_group, row.gold.flags.repeat_group)
            assert sum(group in (r.gold.flags.split_group, r.gold.flags.repeat_group) for r in rows) >= 2


def check_regenerated(set_dir: Path, module_name: str, monkeypatch) -> None:
    """gold.jsonl is what make_gold.py writes: the reviewable script is the truth."""
    spec = importlib.util.spec_from_file_location(module_name, set_dir / "make_gold.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, module_name, module)
    spec.loader.exec_module(module)
    rebuilt = [module.labeled(doc).to_json() for doc in module.DOCS]
    stored = (set_dir / "gold.jsonl").read_text("utf-8").splitlines()
    assert rebuilt == stored

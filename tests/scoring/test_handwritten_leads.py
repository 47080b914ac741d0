"""The hand-written lead-labelled set (corpora/labeled/handwritten_leads) is well formed.

Validates the labels, not the screening: every row parses in the labels schema, points at its
decision file by name and sha256, quotes its evidence exactly, names threshold ids the knowledge
base has and rule names the evaluator understands, and carries a legal reason.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

import pytest

from analysis.evaluation.ranking import RULE_FAMILIES, rule_base
from analysis.knowledge.thresholds import load_thresholds
from analysis.labels import LabeledDocument, read_jsonl

SET_DIR = Path(__file__).resolve().parents[2] / "corpora" / "labeled" / "handwritten_leads"
ROWS = list(read_jsonl(SET_DIR / "gold.jsonl"))
FIELDS = {"ecology_resources", "food_drug_safety", "state_assets", "state_land_transfer", "work_safety",
          "personal_information", "minors", "heroes_martyrs", "cultural_relics", "other"}


def _ids(row: LabeledDocument) -> str:
    return row.file or row.document_id


def test_set_has_every_kind_and_its_near_misses():
    kinds = Counter(lead.kind for row in ROWS for lead in row.gold.leads)
    assert len(ROWS) >= 40
    assert {"criminal_transfer", "public_interest", "enforcement_irregularity", "repeat_offender"} <= set(kinds)
    negatives = [row for row in ROWS if not row.gold.leads]
    assert sum(row.gold.flags.near_miss for row in negatives) >= 10
    assert len({row.file for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_row_points_at_its_file_and_is_labelled_for_test(row: LabeledDocument):
    data = (SET_DIR / row.file).read_bytes()
    assert row.document_id == hashlib.sha256(data).hexdigest()
    assert row.text == data.decode("utf-8")
    assert (row.split, row.origin, row.annotator) == ("test", "import", "lead-team")
    assert len(row.meta.get("reason", "")) >= 10


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_every_span_quotes_the_text(row: LabeledDocument):
    for label, start, end, recorded in row.spans():
        assert 0 <= start < end <= len(row.text), label
        assert row.text[start:end] == recorded, label


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_leads_use_known_rules_and_thresholds(row: LabeledDocument):
    known = {item.id for rule in load_thresholds() for item in rule.thresholds}
    for lead in row.gold.leads:
        family = rule_base(lead.rule)
        assert family in set(RULE_FAMILIES.values()) | {"threshold", "trigger"}, lead.rule
        assert lead.evidence, lead.rule
        if lead.kind == "criminal_transfer":
            assert lead.threshold_id in known, lead.threshold_id
            assert lead.offense and lead.criminal_law_article
        if lead.kind == "public_interest":
            assert lead.field in FIELDS
        if lead.scope == "group":
            group = lead.group
            assert group and group in (row.gold.flags.split_group, row.gold.flags.repeat_group)
            assert sum(group in (r.gold.flags.split_group, r.gold.flags.repeat_group) for r in ROWS) >= 2


def test_regenerating_the_labels_gives_the_stored_file(monkeypatch):
    """gold.jsonl is what make_gold.py writes: the reviewable script is the truth."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_gold", SET_DIR / "make_gold.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_gold", module)
    spec.loader.exec_module(module)
    rebuilt = [module.labeled(doc).to_json() for doc in module.DOCS]
    stored = (SET_DIR / "gold.jsonl").read_text("utf-8").splitlines()
    assert rebuilt == stored

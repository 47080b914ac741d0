"""The held-out hand-written lead set (corpora/labeled/handwritten_heldout) is well formed.

Validates the labels only, never the screening (the set must stay unseen by the rules): every row
parses in the labels schema, points at its decision file by name and sha256, quotes its evidence
exactly, names threshold ids the knowledge base has and rule names the evaluator understands,
carries a legal reason, and ``gold.jsonl`` is exactly what ``make_gold.py`` writes. The same
checks as tests/scoring/test_handwritten_leads.py, plus independence from that first set.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from analysis.evaluation.ranking import RULE_FAMILIES, rule_base
from analysis.knowledge.thresholds import load_thresholds
from analysis.labels import LabeledDocument, read_jsonl

LABELED = Path(__file__).resolve().parents[2] / "corpora" / "labeled"
SET_DIR = LABELED / "handwritten_heldout"
FIRST_SET = LABELED / "handwritten_leads"
ROWS = list(read_jsonl(SET_DIR / "gold.jsonl"))
FIELDS = {"ecology_resources", "food_drug_safety", "state_assets", "state_land_transfer", "work_safety",
          "personal_information", "minors", "heroes_martyrs", "cultural_relics", "other"}
KINDS = {"criminal_transfer", "public_interest", "enforcement_irregularity", "repeat_offender"}


def _ids(row: LabeledDocument) -> str:
    return row.file or row.document_id


def test_set_has_every_kind_and_hard_negatives():
    kinds = Counter(lead.kind for row in ROWS for lead in row.gold.leads)
    assert len(ROWS) >= 40
    assert set(kinds) >= KINDS
    negatives = [row for row in ROWS if not row.gold.leads]
    assert len(negatives) >= 15
    assert sum(row.gold.flags.near_miss for row in negatives) >= 12
    assert {"transferred", "police_declined"} <= {row.gold.flags.scenario for row in negatives}
    assert len({row.file for row in ROWS}) == len(ROWS)
    assert sorted(path.name for path in SET_DIR.glob("*.txt")) == sorted(row.file for row in ROWS)


def test_set_is_independent_of_the_first_set():
    """No decision is shared with handwritten_leads (by bytes or by file name)."""
    first = {hashlib.sha256(path.read_bytes()).hexdigest() for path in FIRST_SET.glob("*.txt")}
    assert first, "the first hand-written set is missing"
    assert not first & {row.document_id for row in ROWS}
    assert all(row.file.startswith("hh") for row in ROWS)


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
            if lead.observed is not None and lead.threshold is not None:
                assert lead.observed >= lead.threshold, lead.threshold_id
        if lead.kind == "public_interest":
            assert lead.field in FIELDS
        if lead.scope == "group":
            group = lead.group
            assert group and group in (row.gold.flags.split_group, row.gold.flags.repeat_group)
            assert sum(group in (r.gold.flags.split_group, r.gold.flags.repeat_group) for r in ROWS) >= 2


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_document_criminal_leads_carry_the_fined_only_irregularity(row: LabeledDocument):
    """Corpus convention: a document-scope criminal lead in a decision that only fines is also 以罚代刑."""
    criminal = [lead for lead in row.gold.leads if lead.kind == "criminal_transfer" and lead.scope == "document"]
    fined_only = [lead for lead in row.gold.leads if lead.rule == "irregularity.criminal_facts_fined_only"]
    assert bool(criminal) == bool(fined_only)


def test_regenerating_the_labels_gives_the_stored_file(monkeypatch):
    """gold.jsonl is what make_gold.py writes: the reviewable script is the truth."""
    spec = importlib.util.spec_from_file_location("make_gold_heldout", SET_DIR / "make_gold.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_gold_heldout", module)
    spec.loader.exec_module(module)
    rebuilt = [module.labeled(doc).to_json() for doc in module.DOCS]
    stored = (SET_DIR / "gold.jsonl").read_text("utf-8").splitlines()
    assert rebuilt == stored

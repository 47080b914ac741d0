"""The third hand-written lead set (corpora/labeled/handwritten_third) is well formed.

Validates the labels only, never the screening (the set is the new unseen held-out test): every
row parses in the labels schema, points at its decision file by name and sha256, quotes its
evidence exactly, names threshold ids the knowledge base has and rule names the evaluator
understands, carries a legal reason, and ``gold.jsonl`` is exactly what ``make_gold.py`` writes.
The same checks as tests/scoring/test_handwritten_heldout.py, plus independence from BOTH earlier
sets. ``irregularity.time_limit`` (a decision past the 行政处罚法第六十条 time limit) is not yet a
family of ``RULE_FAMILIES``; its leads are checked here on their own.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from analysis.labels import LabeledDocument, read_jsonl
from tests.scoring.handwritten_checks import (
    check_leads,
    check_regenerated,
    check_row_file,
    check_spans,
    row_id,
)

LABELED = Path(__file__).resolve().parents[2] / "corpora" / "labeled"
SET_DIR = LABELED / "handwritten_third"
EARLIER_SETS = (LABELED / "handwritten_leads", LABELED / "handwritten_heldout")
ROWS = list(read_jsonl(SET_DIR / "gold.jsonl"))
KINDS = {"criminal_transfer", "public_interest", "enforcement_irregularity", "repeat_offender"}
TIME_LIMIT = "irregularity.time_limit"

_ids = row_id


def test_set_has_every_kind_and_hard_negatives():
    kinds = Counter(lead.kind for row in ROWS for lead in row.gold.leads)
    assert len(ROWS) >= 48
    assert set(kinds) >= KINDS
    negatives = [row for row in ROWS if not row.gold.leads]
    assert len(negatives) >= 16
    assert sum(row.gold.flags.near_miss for row in negatives) >= 13
    assert {"transferred", "police_declined"} <= {row.gold.flags.scenario for row in negatives}
    criminal = {row.file for row in ROWS for lead in row.gold.leads
                if lead.kind == "criminal_transfer" and lead.scope == "document"}
    assert len(criminal) >= 14
    assert len({row.file for row in ROWS}) == len(ROWS)
    assert sorted(path.name for path in SET_DIR.glob("*.txt")) == sorted(row.file for row in ROWS)


def test_set_is_independent_of_both_earlier_sets():
    """No decision is shared with handwritten_leads or handwritten_heldout (by bytes or by file name)."""
    for earlier in EARLIER_SETS:
        seen = {hashlib.sha256(path.read_bytes()).hexdigest() for path in earlier.glob("*.txt")}
        assert seen, f"{earlier.name} is missing"
        assert not seen & {row.document_id for row in ROWS}
        assert not {path.name for path in earlier.glob("*.txt")} & {row.file for row in ROWS}
    assert all(row.file.startswith("ht") for row in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_row_points_at_its_file_and_is_labelled_for_test(row: LabeledDocument):
    check_row_file(row, SET_DIR)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_every_span_quotes_the_text(row: LabeledDocument):
    check_spans(row)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_leads_use_known_rules_and_thresholds(row: LabeledDocument):
    others = row.model_copy(deep=True)
    others.gold.leads = [lead for lead in row.gold.leads if lead.rule != TIME_LIMIT]
    check_leads(others, ROWS, observed_reaches=True)
    for lead in row.gold.leads:
        if lead.rule == TIME_LIMIT:
            assert lead.kind == "enforcement_irregularity" and lead.evidence and lead.scope == "document"
            assert "time_limit" in row.gold.flags.irregularities


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_document_criminal_leads_carry_the_fined_only_irregularity(row: LabeledDocument):
    """Corpus convention: a document-scope criminal lead in a decision that only fines is also 以罚代刑."""
    criminal = [lead for lead in row.gold.leads if lead.kind == "criminal_transfer" and lead.scope == "document"]
    fined_only = [lead for lead in row.gold.leads if lead.rule == "irregularity.criminal_facts_fined_only"]
    assert bool(criminal) == bool(fined_only)


def test_groups_have_their_members():
    """The 化整为零 group has three members and the repeat pair two, each named split-ht-/repeat-ht-."""
    splits = Counter(row.gold.flags.split_group for row in ROWS if row.gold.flags.split_group)
    repeats = Counter(row.gold.flags.repeat_group for row in ROWS if row.gold.flags.repeat_group)
    assert list(splits.values()) == [3] and all(name.startswith("split-ht-") for name in splits)
    assert list(repeats.values()) == [2] and all(name.startswith("repeat-ht-") for name in repeats)


def test_regenerating_the_labels_gives_the_stored_file(monkeypatch):
    """gold.jsonl is what make_gold.py writes: the reviewable script is the truth."""
    check_regenerated(SET_DIR, "make_gold_third", monkeypatch)

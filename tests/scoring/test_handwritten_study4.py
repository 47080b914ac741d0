"""The fourth hand-written STUDY lead set (corpora/labeled/handwritten_study4) is well formed.

Validates the labels only, never the screening: the set is written for the lead to study (run the
screening on it, read the misses, fix the rules), but its labels come from the law, so this test
must not depend on what the rules say. Every row parses in the labels schema, points at its decision
file by name and sha256, quotes its evidence exactly, names threshold ids the knowledge base has and
rule names the evaluator understands, carries a legal reason, and ``gold.jsonl`` is exactly what
``make_gold.py`` writes. The same checks as tests/scoring/test_handwritten_study.py, plus
independence from every other hand-written set (by sha256 of every ``corpora/labeled/*/*.txt``).
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
SET_DIR = LABELED / "handwritten_study4"
OTHER_DECISIONS = [path for path in LABELED.glob("*/*.txt") if path.parent != SET_DIR]
ROWS = list(read_jsonl(SET_DIR / "gold.jsonl"))
KINDS = {"criminal_transfer", "public_interest", "enforcement_irregularity", "repeat_offender"}
# The engine's rule for a decision made past 行政处罚法第六十条's time limit (irregularity.time_limit.v1);
# ranking.RULE_FAMILIES has no alias for it, its family is its own name.
TIME_LIMIT = "irregularity.time_limit"

_ids = row_id


def _other_leads(row: LabeledDocument) -> LabeledDocument:
    """The row without its time-limit leads, for the shared family check."""
    copy = row.model_copy(deep=True)
    copy.gold.leads = [lead for lead in copy.gold.leads if lead.rule != TIME_LIMIT]
    return copy


def test_set_has_every_kind_and_hard_negatives():
    kinds = Counter(lead.kind for row in ROWS for lead in row.gold.leads)
    assert len(ROWS) >= 40
    assert set(kinds) >= KINDS
    criminal_docs = [row for row in ROWS if any(
        lead.kind == "criminal_transfer" and lead.scope == "document" for lead in row.gold.leads)]
    assert len(criminal_docs) >= 12
    assert sum(any(lead.kind == "public_interest" for lead in row.gold.leads) for row in ROWS) >= 6
    negatives = [row for row in ROWS if not row.gold.leads]
    assert len(negatives) >= 14
    assert sum(row.gold.flags.near_miss for row in negatives) >= 11
    assert {"transferred", "police_declined", "paid_after_notice"} <= {row.gold.flags.scenario for row in negatives}
    assert len({row.file for row in ROWS}) == len(ROWS)
    assert sorted(path.name for path in SET_DIR.glob("*.txt")) == sorted(row.file for row in ROWS)


def test_split_and_repeat_groups_are_complete():
    splits = Counter(row.gold.flags.split_group for row in ROWS if row.gold.flags.split_group)
    repeats = Counter(row.gold.flags.repeat_group for row in ROWS if row.gold.flags.repeat_group)
    assert list(splits.values()) == [3] and all(name.startswith("split-hx-") for name in splits)
    assert list(repeats.values()) == [2] and all(name.startswith("repeat-hx-") for name in repeats)


def test_set_is_independent_of_the_other_sets():
    """No decision is shared with any other corpora/labeled/*/ set (by bytes or by file name prefix)."""
    assert OTHER_DECISIONS, "the other hand-written sets are missing"
    hashes = {hashlib.sha256(path.read_bytes()).hexdigest() for path in OTHER_DECISIONS}
    assert not hashes & {row.document_id for row in ROWS}
    assert all(row.file.startswith("hx") for row in ROWS)
    assert not {path.name for path in OTHER_DECISIONS} & {row.file for row in ROWS}


def test_irregularities_cover_every_kind():
    """Fine outside the clause, missing hearing notice, nonexistent article and time limit all occur."""
    rules = Counter(lead.rule for row in ROWS for lead in row.gold.leads if lead.kind == "enforcement_irregularity"
                    and lead.rule != "irregularity.criminal_facts_fined_only")
    assert sum(rules.values()) >= 8
    assert {"irregularity.fine_out_of_range", "irregularity.no_hearing_notice", "irregularity.nonexistent_article",
            TIME_LIMIT} <= set(rules)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_row_points_at_its_file_and_is_labelled_for_test(row: LabeledDocument):
    check_row_file(row, SET_DIR)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_every_span_quotes_the_text(row: LabeledDocument):
    check_spans(row)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_leads_use_known_rules_and_thresholds(row: LabeledDocument):
    check_leads(_other_leads(row), ROWS, observed_reaches=True)
    for lead in row.gold.leads:
        if lead.rule == TIME_LIMIT:
            assert lead.kind == "enforcement_irregularity" and lead.evidence and lead.scope == "document"


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_document_criminal_leads_carry_the_fined_only_irregularity(row: LabeledDocument):
    """Corpus convention: a document-scope criminal lead in a decision that only fines is also 以罚代刑."""
    criminal = [lead for lead in row.gold.leads if lead.kind == "criminal_transfer" and lead.scope == "document"]
    fined_only = [lead for lead in row.gold.leads if lead.rule == "irregularity.criminal_facts_fined_only"]
    assert bool(criminal) == bool(fined_only)


def test_regenerating_the_labels_gives_the_stored_file(monkeypatch):
    """gold.jsonl is what make_gold.py writes: the reviewable script is the truth."""
    check_regenerated(SET_DIR, "make_gold_study4", monkeypatch)

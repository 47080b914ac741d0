"""The hand-written lead-labelled set (corpora/labeled/handwritten_leads) is well formed.

Validates the labels, not the screening: every row parses in the labels schema, points at its
decision file by name and sha256, quotes its evidence exactly, names threshold ids the knowledge
base has and rule names the evaluator understands, and carries a legal reason.
"""

from __future__ import annotations

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

SET_DIR = Path(__file__).resolve().parents[2] / "corpora" / "labeled" / "handwritten_leads"
ROWS = list(read_jsonl(SET_DIR / "gold.jsonl"))

_ids = row_id


def test_set_has_every_kind_and_its_near_misses():
    kinds = Counter(lead.kind for row in ROWS for lead in row.gold.leads)
    assert len(ROWS) >= 40
    assert {"criminal_transfer", "public_interest", "enforcement_irregularity", "repeat_offender"} <= set(kinds)
    negatives = [row for row in ROWS if not row.gold.leads]
    assert sum(row.gold.flags.near_miss for row in negatives) >= 10
    assert len({row.file for row in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_row_points_at_its_file_and_is_labelled_for_test(row: LabeledDocument):
    check_row_file(row, SET_DIR)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_every_span_quotes_the_text(row: LabeledDocument):
    check_spans(row)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_leads_use_known_rules_and_thresholds(row: LabeledDocument):
    check_leads(row, ROWS)


def test_regenerating_the_labels_gives_the_stored_file(monkeypatch):
    """gold.jsonl is what make_gold.py writes: the reviewable script is the truth."""
    check_regenerated(SET_DIR, "make_gold", monkeypatch)

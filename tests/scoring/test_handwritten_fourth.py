"""The fourth hand-written lead set (corpora/labeled/handwritten_fourth) is well formed.

Validates the labels only, never the screening (the set is the new unseen held-out test): every
row parses in the labels schema, points at its decision file by name and sha256, quotes its
evidence exactly, names threshold ids the knowledge base has and rule names the evaluator
understands (``irregularity.time_limit`` included), carries a legal reason, and ``gold.jsonl`` is
exactly what ``make_gold.py`` writes. The set weighs public interest: leads in all nine statutory
fields and look-alike negatives. It shares no decision with any other hand-written set.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from analysis.labels import LabeledDocument, read_jsonl
from tests.scoring.handwritten_checks import (
    FIELDS,
    check_leads,
    check_regenerated,
    check_row_file,
    check_spans,
    row_id,
)

LABELED = Path(__file__).resolve().parents[2] / "corpora" / "labeled"
SET_DIR = LABELED / "handwritten_fourth"
OTHER_SETS = tuple(path for path in sorted(LABELED.iterdir())
                   if path.is_dir() and path != SET_DIR and any(path.glob("*.txt")))
ROWS = list(read_jsonl(SET_DIR / "gold.jsonl"))
KINDS = {"criminal_transfer", "public_interest", "enforcement_irregularity", "repeat_offender"}

_ids = row_id


def test_set_has_every_kind_and_hard_negatives():
    kinds = Counter(lead.kind for row in ROWS for lead in row.gold.leads)
    assert len(ROWS) >= 45
    assert set(kinds) >= KINDS
    negatives = [row for row in ROWS if not row.gold.leads]
    assert len(negatives) >= 14
    assert sum(row.gold.flags.near_miss for row in negatives) >= 11
    assert {"transferred", "police_declined", "pil_remedied"} <= {row.gold.flags.scenario for row in negatives}
    criminal = {row.file for row in ROWS for lead in row.gold.leads
                if lead.kind == "criminal_transfer" and lead.scope == "document"}
    assert len(criminal) >= 10
    irregular = {row.file for row in ROWS for lead in row.gold.leads
                 if lead.kind == "enforcement_irregularity" and lead.rule != "irregularity.criminal_facts_fined_only"}
    assert len(irregular) >= 8
    assert len({row.file for row in ROWS}) == len(ROWS)
    assert sorted(path.name for path in SET_DIR.glob("*.txt")) == sorted(row.file for row in ROWS)


def test_public_interest_leads_cover_all_nine_fields():
    fields = Counter(lead.field for row in ROWS for lead in row.gold.leads if lead.kind == "public_interest")
    assert sum(fields.values()) >= 12
    assert set(fields) == FIELDS - {"other"}
    assert all(row.gold.flags.continuing_harm for row in ROWS
               if any(lead.kind == "public_interest" for lead in row.gold.leads))


def test_set_is_independent_of_every_other_set():
    """No decision is shared with any other labelled set (by bytes or by file name)."""
    assert OTHER_SETS
    ours = {row.document_id for row in ROWS}
    for other in OTHER_SETS:
        seen = {hashlib.sha256(path.read_bytes()).hexdigest() for path in other.glob("*.txt")}
        assert not seen & ours, other.name
        assert not {path.name for path in other.glob("*.txt")} & {row.file for row in ROWS}, other.name
    assert all(row.file.startswith("hz") for row in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_row_points_at_its_file_and_is_labelled_for_test(row: LabeledDocument):
    check_row_file(row, SET_DIR)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_every_span_quotes_the_text(row: LabeledDocument):
    check_spans(row)


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_leads_use_known_rules_and_thresholds(row: LabeledDocument):
    check_leads(row, ROWS, observed_reaches=True)
    for lead in row.gold.leads:
        if lead.rule == "irregularity.time_limit":
            assert lead.scope == "document" and "time_limit" in row.gold.flags.irregularities


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_document_criminal_leads_carry_the_fined_only_irregularity(row: LabeledDocument):
    """Corpus convention: a document-scope criminal lead in a decision that only fines is also 以罚代刑."""
    criminal = [lead for lead in row.gold.leads if lead.kind == "criminal_transfer" and lead.scope == "document"]
    fined_only = [lead for lead in row.gold.leads if lead.rule == "irregularity.criminal_facts_fined_only"]
    assert bool(criminal) == bool(fined_only)


def test_groups_have_their_members():
    """The 化整为零 group has three members and the repeat pair two, each named split-hz-/repeat-hz-."""
    splits = Counter(row.gold.flags.split_group for row in ROWS if row.gold.flags.split_group)
    repeats = Counter(row.gold.flags.repeat_group for row in ROWS if row.gold.flags.repeat_group)
    assert list(splits.values()) == [3] and all(name.startswith("split-hz-") for name in splits)
    assert list(repeats.values()) == [2] and all(name.startswith("repeat-hz-") for name in repeats)


def test_regenerating_the_labels_gives_the_stored_file(monkeypatch):
    """gold.jsonl is what make_gold.py writes: the reviewable script is the truth."""
    check_regenerated(SET_DIR, "make_gold_fourth", monkeypatch)

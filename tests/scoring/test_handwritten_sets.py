"""The hand-written lead sets of session 4 (corpora/labeled/handwritten_study*, _third, _fourth) are well formed.

Validates the labels only, never the screening: held-out sets must stay unseen by the rules, and a
study set's labels come from the law, not from what the rules say. For every set: its size and mix
(every lead kind, hard negatives with their scenarios), its independence from every other folder's
decisions (by sha256), and for every row: it points at its decision file by name and sha256, quotes
its evidence exactly, names threshold ids the knowledge base has and rule names the evaluator
understands, carries a legal reason, a document-scope criminal lead in a
fine-only decision comes with its 以罚代刑 irregularity, groups have all their members, and
``gold.jsonl`` is exactly what ``make_gold.py`` writes. (handwritten_leads and handwritten_heldout
keep their own tests.)
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from analysis.labels import LabeledDocument, read_jsonl
from tests.scoring.handwritten_checks import check_leads, check_regenerated, check_row_file, check_spans

LABELED = Path(__file__).resolve().parents[2] / "corpora" / "labeled"
KINDS = {"criminal_transfer", "public_interest", "enforcement_irregularity", "repeat_offender"}
NEGATIVE_SCENARIOS = {"transferred", "police_declined"}


@dataclass(frozen=True)
class SetSpec:
    """What a set promised to hold (the minimums its writer was asked for)."""

    prefix: str
    documents: int
    criminal: int
    public_interest: int
    negatives: int
    near_misses: int


SETS = {
    "handwritten_study": SetSpec("hs", 45, 14, 7, 15, 12),
    "handwritten_study2": SetSpec("hv", 45, 14, 7, 15, 12),
    "handwritten_study3": SetSpec("hw", 45, 14, 7, 15, 12),
    "handwritten_study4": SetSpec("hx", 40, 12, 6, 14, 11),
    "handwritten_study5": SetSpec("hy", 40, 12, 6, 14, 11),
    "handwritten_third": SetSpec("ht", 48, 14, 7, 16, 13),
    "handwritten_fourth": SetSpec("hz", 45, 10, 12, 14, 11),
    "handwritten_fifth": SetSpec("hf", 40, 16, 5, 12, 10),
    "handwritten_sixth": SetSpec("hq", 53, 22, 7, 14, 11),
    "handwritten_seventh": SetSpec("hr", 51, 21, 7, 14, 12),
    "handwritten_eighth": SetSpec("he", 51, 21, 7, 14, 11),
    "handwritten_ninth": SetSpec("hn", 58, 23, 8, 17, 14),
    "handwritten_tenth": SetSpec("hk", 56, 24, 7, 16, 13),
    "handwritten_eleventh": SetSpec("hm", 54, 23, 7, 15, 13),
    "handwritten_twelfth": SetSpec("hp", 54, 22, 7, 15, 13),
    "handwritten_thirteenth": SetSpec("hj", 54, 23, 7, 15, 13),
    "handwritten_fourteenth": SetSpec("hd", 52, 22, 7, 14, 11),
    "handwritten_fifteenth": SetSpec("hg", 53, 21, 7, 15, 13),
    "handwritten_seventeenth": SetSpec("hc", 54, 22, 8, 15, 12),
    "handwritten_sixteenth": SetSpec("hb", 54, 23, 7, 15, 11),
    "handwritten_eighteenth": SetSpec("ha", 48, 19, 6, 13, 11),
    "handwritten_nineteenth": SetSpec("hi", 48, 19, 6, 12, 11),
    "handwritten_twentysecond": SetSpec("ja", 51, 20, 6, 15, 12),
    "handwritten_twentyfirst": SetSpec("hu", 53, 21, 6, 16, 15),
    "handwritten_twentieth": SetSpec("ho", 50, 20, 6, 14, 12),
    "handwritten_twentythird": SetSpec("jb", 50, 20, 6, 14, 12),
    "handwritten_twentyfourth": SetSpec("jc", 52, 21, 6, 15, 13),
    "handwritten_twentysixth": SetSpec("je", 53, 22, 6, 15, 14),
    "handwritten_twentyseventh": SetSpec("jf", 51, 20, 6, 15, 13),
    "handwritten_twentyfifth": SetSpec("jd", 51, 20, 6, 15, 12),
    "handwritten_twentyninth": SetSpec("jh", 50, 20, 6, 14, 12),
    "handwritten_twentyeighth": SetSpec("jg", 52, 21, 6, 15, 13),
    "handwritten_thirtyfirst": SetSpec("jj", 52, 21, 6, 15, 13),
    "handwritten_thirtieth": SetSpec("ji", 52, 21, 6, 15, 13),
    "handwritten_thirtyfourth": SetSpec("jm", 51, 21, 6, 14, 12),
    "handwritten_thirtysecond": SetSpec("jk", 52, 21, 6, 15, 13),
    "handwritten_thirtythird": SetSpec("jl", 51, 20, 6, 15, 13),
    "handwritten_thirtyfifth": SetSpec("jn", 51, 20, 6, 15, 13),
    "handwritten_thirtyninth": SetSpec("jr", 52, 21, 6, 15, 12),
    "handwritten_thirtyeighth": SetSpec("jq", 50, 19, 6, 14, 12),
    "handwritten_thirtysixth": SetSpec("jo", 51, 20, 6, 15, 13),
    "handwritten_thirtyseventh": SetSpec("jp", 52, 22, 6, 14, 12),
    "handwritten_fortieth": SetSpec("js", 51, 20, 6, 15, 13),
    "handwritten_fortysecond": SetSpec("ju", 50, 20, 6, 14, 13),
    "handwritten_fortyfirst": SetSpec("jt", 52, 21, 6, 15, 12),
    "handwritten_fortythird": SetSpec("jv", 51, 20, 7, 14, 12),
    "handwritten_fortyseventh": SetSpec("jz", 51, 20, 6, 15, 13),
    "handwritten_fortyfourth": SetSpec("jw", 53, 20, 6, 17, 15),
    "handwritten_fortyfifth": SetSpec("jx", 49, 20, 6, 13, 11),
    "handwritten_fortysixth": SetSpec("jy", 51, 21, 6, 14, 12),
    "handwritten_fortyninth": SetSpec("kb", 51, 20, 6, 15, 13),
    "handwritten_fortyeighth": SetSpec("ka", 52, 21, 6, 15, 13),
    "handwritten_fiftyfirst": SetSpec("kd", 49, 19, 6, 14, 12),
    "handwritten_fiftieth": SetSpec("kc", 51, 20, 6, 15, 13),
    "handwritten_fiftythird": SetSpec("kf", 50, 20, 6, 14, 12),
    "handwritten_fiftysecond": SetSpec("ke", 52, 20, 6, 16, 14),
    "handwritten_fiftyfifth": SetSpec("kh", 52, 21, 6, 15, 14),
    "handwritten_fiftyfourth": SetSpec("kg", 51, 21, 6, 14, 13),
    "handwritten_fiftysixth": SetSpec("ki", 51, 20, 6, 15, 13),
    "handwritten_fiftyseventh": SetSpec("kj", 52, 21, 6, 14, 13),
    "handwritten_fiftyeighth": SetSpec("kk", 51, 21, 6, 13, 12),
    "handwritten_fiftyninth": SetSpec("kl", 51, 20, 6, 16, 15),
    "handwritten_sixtieth": SetSpec("km", 51, 21, 6, 14, 13),
    "handwritten_sixtyfirst": SetSpec("kn", 51, 21, 6, 14, 12),
    "handwritten_sixtythird": SetSpec("kp", 54, 21, 7, 16, 14),
    "handwritten_sixtysecond": SetSpec("ko", 53, 21, 6, 16, 14),
    "handwritten_sixtyfourth": SetSpec("kq", 50, 20, 6, 14, 13),
    "handwritten_sixtysixth": SetSpec("ks", 51, 20, 6, 15, 12),
    "handwritten_sixtyfifth": SetSpec("kr", 53, 22, 6, 15, 13),
    "handwritten_sixtyseventh": SetSpec("kt", 56, 20, 6, 20, 19),
    "handwritten_sixtyninth": SetSpec("kv", 51, 20, 6, 15, 13),
    "handwritten_sixtyeighth": SetSpec("ku", 51, 20, 6, 14, 13),
    "handwritten_seventieth": SetSpec("kw", 51, 20, 6, 15, 13),
    "handwritten_seventyfirst": SetSpec("kx", 55, 20, 6, 19, 18),
}
SETS = {name: spec for name, spec in SETS.items() if (LABELED / name / "gold.jsonl").exists()}
ROWS = {name: list(read_jsonl(LABELED / name / "gold.jsonl")) for name in SETS}
ROW_CASES = [(name, row) for name, rows in ROWS.items() for row in rows]


def _case_id(case: tuple[str, LabeledDocument]) -> str:
    return f"{case[0]}/{case[1].file or case[1].document_id}"


def _documents_with(rows: list[LabeledDocument], kind: str, scope: str | None = None) -> int:
    return sum(any(lead.kind == kind and (scope is None or lead.scope == scope) for lead in row.gold.leads)
               for row in rows)


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_has_every_kind_and_hard_negatives(name: str):
    spec, rows = SETS[name], ROWS[name]
    assert len(rows) >= spec.documents
    assert {lead.kind for row in rows for lead in row.gold.leads} >= KINDS
    assert _documents_with(rows, "criminal_transfer", "document") >= spec.criminal
    assert _documents_with(rows, "public_interest") >= spec.public_interest
    negatives = [row for row in rows if not row.gold.leads]
    assert len(negatives) >= spec.negatives
    assert sum(row.gold.flags.near_miss for row in negatives) >= spec.near_misses
    assert {row.gold.flags.scenario for row in negatives} >= NEGATIVE_SCENARIOS
    files = [row.file for row in rows]
    assert len(set(files)) == len(files) and all(file.startswith(spec.prefix) for file in files)
    assert sorted(path.name for path in (LABELED / name).glob("*.txt")) == sorted(files)


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_shares_no_decision_with_any_other_folder(name: str):
    others = {hashlib.sha256(path.read_bytes()).hexdigest()
              for path in LABELED.glob("*/*.txt") if path.parent.name != name}
    assert len({path.parent for path in LABELED.glob("*/*.txt")}) >= 3, "the other sets are missing"
    assert not others & {row.document_id for row in ROWS[name]}


@pytest.mark.parametrize("name", sorted(SETS))
def test_split_and_repeat_groups_are_complete(name: str):
    groups = Counter(group for row in ROWS[name]
                     for group in (row.gold.flags.split_group, row.gold.flags.repeat_group) if group)
    assert groups and all(count >= 2 for count in groups.values())


@pytest.mark.parametrize("case", ROW_CASES, ids=_case_id)
def test_row_is_a_well_formed_label_of_its_file(case: tuple[str, LabeledDocument]):
    name, row = case
    check_row_file(row, LABELED / name)
    check_spans(row)
    check_leads(row, ROWS[name], observed_reaches=True)


@pytest.mark.parametrize("case", ROW_CASES, ids=_case_id)
def test_document_criminal_leads_carry_the_fined_only_irregularity(case: tuple[str, LabeledDocument]):
    """Corpus convention: a document-scope criminal lead in a decision that only fines is also 以罚代刑."""
    _, row = case
    criminal = [lead for lead in row.gold.leads if lead.kind == "criminal_transfer" and lead.scope == "document"]
    fined_only = [lead for lead in row.gold.leads if lead.rule == "irregularity.criminal_facts_fined_only"]
    assert bool(criminal) == bool(fined_only)


@pytest.mark.parametrize("name", sorted(SETS))
def test_regenerating_the_labels_gives_the_stored_file(name: str, monkeypatch):
    """gold.jsonl is what make_gold.py writes: the reviewable script is the truth."""
    check_regenerated(LABELED / name, f"make_gold_{name}", monkeypatch)

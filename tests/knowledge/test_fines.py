"""Fine clauses of penalty provisions in structured form."""

from __future__ import annotations

import math

from analysis.knowledge.fines import FineClause, parse_fine_clauses


def test_fixed_range_with_condition():
    (clause,) = parse_fine_clauses("货值金额不足一万元的，并处五万元以上十万元以下罚款", paragraph=1)
    assert (clause.kind, clause.min_amount, clause.max_amount, clause.paragraph) == ("fixed", 50000, 100000, 1)
    assert clause.condition.role == "goods_value" and clause.condition.below == 10000


def test_upper_bound_only():
    (clause,) = parse_fine_clauses("由市场监督管理部门责令改正，处二千元以下罚款。")
    assert clause.min_amount is None and clause.max_amount == 2000
    assert clause.allowed_range() == (0.0, 2000)


def test_no_gains_or_small_gains_condition():
    clauses = parse_fine_clauses(
        "没收违法所得，违法所得五万元以上的，并处违法所得一倍以上五倍以下罚款；"
        "没有违法所得或者违法所得不足五万元的，可以并处二十五万元以下罚款"
    )
    multiple, fixed = clauses
    assert multiple.base_role == "illegal_gains" and multiple.condition.at_least == 50000
    assert multiple.allowed_range({"illegal_gains": 60000}) == (60000, 300000)
    assert fixed.condition.or_none and fixed.applies({"illegal_gains": 0})
    assert fixed.applies({"illegal_gains": 20000}) and not fixed.applies({"illegal_gains": 50000})
    assert fixed.applies({}) is None


def test_percent_multiple_of_tax():
    (clause,) = parse_fine_clauses("处不缴或者少缴的税款百分之五十以上五倍以下的罚款")
    assert clause.base_role == "tax_evaded" and (clause.min_multiple, clause.max_multiple) == (0.5, 5)


def test_arabic_amounts_and_open_upper_bound():
    (clause,) = parse_fine_clauses("处1万元以上5万元以下罚款")
    assert (clause.min_amount, clause.max_amount) == (10000, 50000)
    (clause,) = parse_fine_clauses("处十万元以上罚款")
    assert clause.allowed_range() == (100000, math.inf)


def test_bare_fine_has_no_clause():
    assert parse_fine_clauses("依法处以罚款") == []


def test_round_trip():
    (clause,) = parse_fine_clauses("违法所得不足一万元的，处五万元以下罚款", paragraph=2, item=3)
    assert FineClause.from_dict(clause.to_dict()) == clause

"""Fine clauses of penalty provisions in structured form."""

from __future__ import annotations

import math

import pytest

from analysis.knowledge.fines import FineClause, parse_fine_clauses
from analysis.knowledge.statutes import StatuteKB


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


def test_exact_amounts_and_dash_ranges():
    (exact,) = parse_fine_clauses("由地方工商行政管理部门责令改正，处十万元罚款。")
    assert (exact.min_amount, exact.max_amount) == (100000, 100000)
    (dash,) = parse_fine_clauses("没收渔获物和违法所得，可以并处三千元至五万元罚款。")
    assert (dash.min_amount, dash.max_amount) == (3000, 50000)
    (multiple,) = parse_fine_clauses("没收违法所得，并处违法所得3倍的罚款")
    assert (multiple.min_multiple, multiple.max_multiple, multiple.base_role) == (3, 3, "illegal_gains")


def test_range_stated_after_the_word_fine():
    (clause,) = parse_fine_clauses("依照《矿山安全法》第四十三条规定处以罚款的，罚款幅度为5万元以上10万元以下。")
    assert (clause.min_amount, clause.max_amount) == (50000, 100000)
    (clause,) = parse_fine_clauses("处以罚款的，罚款幅度为1000元以上、1万元以下。")
    assert (clause.min_amount, clause.max_amount) == (1000, 10000)


def test_per_unit_fines_have_no_total_range():
    (clause,) = parse_fine_clauses("按照受侵害的劳动者每人1000元以上5000元以下的标准计算，处以罚款")
    assert clause.per_unit == "人" and clause.allowed_range() is None


def test_fines_on_responsible_persons_are_marked():
    party, persons = parse_fine_clauses(
        "并处十万元以上一百万元以下罚款，对直接负责的主管人员和其他责任人员处一万元以上十万元以下罚款"
    )
    assert party.target is None and persons.target == "persons"
    assert (persons.min_amount, persons.max_amount) == (10000, 100000)


def test_equal_value_lower_bound_and_parenthetical_notes():
    (clause,) = parse_fine_clauses(
        "没收违法生产、销售的产品，并处违法生产、销售产品（包括已售出和未售出的产品，下同）货值金额等值以上三倍以下的罚款"
    )
    assert (clause.base_role, clause.min_multiple, clause.max_multiple) == ("goods_value", 1, 3)
    (clause,) = parse_fine_clauses("没收采集物，处实际损失价值二倍以上至五倍以下的罚款")
    assert (clause.base_text, clause.base_role, clause.min_multiple, clause.max_multiple) == ("实际损失价值", "damage", 2, 5)


def test_fine_for_items_of_the_previous_paragraph():
    fixed, multiple = parse_fine_clauses(
        "有前款第一项、第二项、第五项至第七项行为之一，处十万元以上一百万元以下的罚款；"
        "有前款第三项、第四项行为之一，处所需处置费用三倍以上五倍以下的罚款",
        paragraph=2,
    )
    assert fixed.applies_to_paragraph == 1 and fixed.applies_to_items == (1, 2, 5, 6, 7)
    assert fixed.covers(1, 6) and not fixed.covers(1, 3) and not fixed.covers(2, None)
    assert multiple.applies_to_items == (3, 4) and multiple.covers(1, 3)
    assert FineClause.from_dict(multiple.to_dict()) == multiple


FAKE_DRUG = ("生产、销售假药的，没收违法生产、销售的药品和违法所得，并处违法生产、销售的药品（包括已售出和未售出的药品，"
             "下同）货值金额十五倍以上三十倍以下的罚款；货值金额不足十万元的，按十万元计算；情节严重的，吊销许可证。")
SUBSTANDARD_DRUG = ("生产、销售劣药的，没收违法生产、销售的药品和违法所得，并处违法生产、销售的药品货值金额十倍以上二十倍以下"
                    "的罚款；违法生产、批发的药品货值金额不足十万元的，按十万元计算，违法零售的药品货值金额不足一万元的，"
                    "按一万元计算。")


@pytest.mark.parametrize(("goods", "expected"), [(30000, (1_500_000, 3_000_000)), (100000, (1_500_000, 3_000_000)),
                                                 (200000, (3_000_000, 6_000_000))])
def test_minimum_base_of_a_multiple_fine(goods, expected):
    """药品管理法第一百一十六条: 货值金额不足十万元的按十万元计算, so 150万元 on 3万元 of goods is lawful."""
    (clause,) = parse_fine_clauses(FAKE_DRUG)
    assert clause.base_floor == 100000
    assert clause.allowed_range({"goods_value": goods}) == expected


def test_two_minimum_bases_bound_the_range_conservatively():
    """第一百一十七条: 批发 按十万元, 零售 按一万元: lawful under either reading = 10万 to 200万元."""
    (clause,) = parse_fine_clauses(SUBSTANDARD_DRUG)
    assert (clause.base_floor, clause.base_floor_max) == (10000, 100000)
    assert clause.allowed_range({"goods_value": 5000}) == (100000, 2_000_000)


def test_stored_statute_applies_the_floor():
    kb = StatuteKB.load()
    (clause,) = kb.fine_clauses(kb.resolve_law("药品管理法").id, 116, "2024-01-01")
    low, high = clause.allowed_range({"goods_value": 30000})
    assert low <= 1_500_000 <= high

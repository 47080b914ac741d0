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
    assert fixed.applies({}) is True  # a decision that names no gains has none (没有违法所得)
    assert multiple.applies({}) is None


@pytest.mark.parametrize("text, base, low, high", [
    ("处建设工程造价百分之五以上百分之十以下的罚款", "建设工程造价", 0.05, 0.1),  # 城乡规划法第六十四条
    ("处以违法经营总额20%以上50%以下的罚款", "违法经营总额", 0.2, 0.5),  # 烟草专卖法实施条例第五十七条
    ("处工程合同价款1%以上2%以下的罚款", "工程合同价款", 0.01, 0.02),  # 建设工程质量管理条例第五十七条
    ("超越批准的矿区范围采矿的，处以违法所得30%以下的罚款", "违法所得", None, 0.3),  # 矿产资源法实施细则第四十二条
    ("影响国家税款征收的，处漏缴税款30%以上2倍以下罚款", "漏缴税款", 0.3, 2.0),  # 海关行政处罚实施条例第十五条
    ("依照《土地管理法》第七十四条的规定处以罚款的，罚款额为违法所得的10%以上50%以下。", "违法所得", 0.1, 0.5),
    ("可以并处走私货物、物品等值以下罚款", "物品", None, 1.0),
])
def test_percentages_of_a_base_are_multiples(text, base, low, high):
    (clause,) = parse_fine_clauses(text)
    assert clause.kind == "multiple" and clause.base_text == base
    assert (clause.min_multiple, clause.max_multiple) == (low, high)


def test_unstated_condition_of_a_multiple_is_the_complement_of_its_sibling():
    """野生动物保护法: the multiple applies only where the 不足二千元 clause does not."""
    multiple, fixed = parse_fine_clauses(
        "并处猎获物价值一倍以上十倍以下罚款；没有猎获物或者猎获物价值不足二千元的，并处二千元以上二万元以下罚款。")
    assert fixed.applies({"goods_value": 652}) and not multiple.applies({"goods_value": 652})
    assert multiple.applies({"goods_value": 3000}) and not fixed.applies({"goods_value": 3000})
    assert fixed.applies({}) and multiple.applies({}) is False


def test_over_and_none_only_conditions():
    over, small = parse_fine_clauses(
        "违法所得超过2万元的，没收违法所得，处违法所得2倍以上10倍以下的罚款；"
        "没有违法所得或者违法所得不足2万元的，处1万元以上10万元以下的罚款")
    assert over.condition.at_least == 20000 and not over.applies({"illegal_gains": 872})
    gains, none = parse_fine_clauses("由公安机关没收违法所得，并处违法所得一倍以上十倍以下罚款，没有违法所得的，处一百万元以下罚款。")
    assert none.condition.none_only and not none.applies({"illegal_gains": 267}) and none.applies({})
    assert gains.applies({"illegal_gains": 267}) and gains.applies({}) is False


def test_condition_with_an_alternative_before_the_amount():
    (_, fixed) = parse_fine_clauses(
        "违法经营额五万元以上的，可以并处违法经营额一倍以上五倍以下的罚款；"
        "没有违法经营额、违法经营额难以计算或者不足五万元的，可以并处二十五万元以下的罚款")
    assert fixed.condition.below == 50000 and fixed.condition.or_none
    assert not fixed.applies({"sales_amount": 80000})


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

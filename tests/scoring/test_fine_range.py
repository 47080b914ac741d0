"""``irregularity.fine_range.v1`` against the statute knowledge base's fine clauses."""

from __future__ import annotations

from analysis.scoring.knowledge import load_knowledge
from analysis.scoring.rules import run_rules
from tests.scoring.builders import make_record

BASIS = "《中华人民共和国食品安全法》第一百二十四条第一款"


def decision(goods: float, fine: float, extra: str = ""):
    text = (f"经查，当事人经营超范围使用食品添加剂的食品，货值金额{goods:g}元。依据{BASIS}，"
            f"决定没收违法所得并处罚款{fine:g}元。{extra}")
    record = make_record(text, domain="food_safety", decision_date="2023-05-10",
                         amounts=[(f"{goods:g}元", "goods_value", goods), (f"罚款{fine:g}元", "fine", fine)],
                         statutes=[(BASIS, "中华人民共和国食品安全法", 124, "basis")])
    record.fields.statutes[0].paragraph = 1
    return record


def fine_findings(record):
    return [f for f in run_rules(record, load_knowledge()) if f.rule == "irregularity.fine_range.v1"]


def test_fixed_range_fine_below_minimum():
    found = fine_findings(decision(goods=5000, fine=20000))
    assert found and found[0].threshold == 50000 and "低于法定下限" in found[0].explanation
    assert "5万元至10万元" in found[0].explanation and found[0].source.startswith("《中华人民共和国食品安全法》")


def test_multiple_of_goods_value():
    assert not fine_findings(decision(goods=20000, fine=300000))
    over = fine_findings(decision(goods=20000, fine=500000))
    assert over and over[0].threshold == 400000 and "超过法定上限" in over[0].explanation
    assert fine_findings(decision(goods=20000, fine=100000))


def test_mitigated_fine_below_minimum_is_not_flagged():
    assert not fine_findings(decision(goods=5000, fine=20000, extra="鉴于当事人主动消除违法后果，依法减轻处罚。"))


WASTE = "《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（四）项"


def waste_decision(cost: float, fine: float):
    text = (f"经查，当事人将危险废物委托给无许可证的单位处置，所需处置费用{cost:g}元。依据{WASTE}，"
            f"决定处罚款{fine:g}元。")
    record = make_record(text, domain="environment", decision_date="2024-06-10",
                         amounts=[(f"所需处置费用{cost:g}元", "other", cost), (f"罚款{fine:g}元", "fine", fine)],
                         statutes=[(WASTE, "中华人民共和国固体废物污染环境防治法", 112, "basis")])
    record.fields.statutes[0].paragraph, record.fields.statutes[0].item = 1, 4
    return record


def test_multiple_of_a_cost_below_its_floor_is_taken_of_the_floor():
    """第一百一十二条第二款: 处置费用不足二十万元的，按二十万元计算 — 3–5 times 20万 = 60万–100万."""
    assert not fine_findings(waste_decision(cost=5430, fine=630000))
    over = fine_findings(waste_decision(cost=5430, fine=1200000))
    assert over and over[0].threshold == 1000000
    below = fine_findings(waste_decision(cost=5430, fine=300000))
    assert below and below[0].threshold == 600000


AD = "《中华人民共和国广告法》第五十五条第一款"


def ad_decision(fee: float, fine: float, total: float):
    text = (f"经查，当事人发布虚假广告，广告费用{fee:g}元。依据{AD}，决定罚款{fine:g}元。罚没款合计{total:g}元。")
    record = make_record(text, domain="market", decision_date="2024-06-10",
                         amounts=[(f"{fee:g}元", "other", fee), (f"罚款{fine:g}元", "fine", fine),
                                  (f"{total:g}元", "other", total)],
                         statutes=[(AD, "中华人民共和国广告法", 55, "basis")])
    record.fields.statutes[0].paragraph = 1
    return record


def test_an_untyped_base_is_the_amount_the_text_names_with_it():
    """广告费用三倍以上五倍以下: the base is the 广告费用, not the larger 罚没款合计."""
    assert not fine_findings(ad_decision(fee=6300, fine=18940, total=41040))
    below = fine_findings(ad_decision(fee=6300, fine=9000, total=50000))
    assert below and below[0].threshold == 18900

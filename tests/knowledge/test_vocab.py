"""Units are converted to the knowledge base's canonical units before any comparison."""

from __future__ import annotations

import pytest

from analysis.knowledge.thresholds import rule_by_id
from analysis.knowledge.vocab import convert, to_canonical


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [(3500, "公斤", (3500, "千克")), (2.5, "万元", (25000, "元")), (10, "斤", (5, "千克")),
     (3, "t", (3, "吨")), (12, "棵", (12, "株")), (8, "方", (8, "立方米"))],
)
def test_to_canonical(value, unit, expected):
    assert to_canonical(value, unit) == pytest.approx(expected)


def test_convert_across_units_of_one_dimension_only():
    assert convert(3500, "公斤", "吨") == pytest.approx(3.5)
    assert convert(2, "公顷", "亩") == pytest.approx(30)
    assert convert(3, "吨", "亩") is None
    assert to_canonical(1, "箱") is None


def test_business_amount_takes_the_larger_of_sales_and_goods_value():
    trademark = rule_by_id("ip-213-counterfeit-trademark").thresholds[0]
    assert trademark.measure.subject == "非法经营数额"
    assert trademark.measure.value_of({"sales_amount": 20000, "goods_value": 60000}) == 60000
    assert trademark.measure.value_of({"fine": 60000}) is None
    assert trademark.measure.accepts_role("goods_value") and not trademark.measure.accepts_role("fine")

"""Amounts with roles; law-quoted ranges and unit prices are not case amounts."""

from __future__ import annotations

from tests.extract.helpers import amounts, extract, handwritten


def test_roles_from_surrounding_words():
    fields = extract("经查，当事人销售上述产品货值金额共计12,000元，违法所得3,000元。"
                     "本局决定：没收违法所得人民币叁仟元整，并处罚款人民币伍万贰仟元整。")
    assert amounts(fields) == {("goods_value", 12000.0), ("illegal_gains", 3000.0),
                               ("confiscated_gains", 3000.0), ("fine", 52000.0)}


def test_law_quoted_range_and_conditions_are_not_case_amounts():
    fields = extract("依据该条规定，货值金额不足一万元的，并处五万元以上十万元以下罚款。"
                     "本局决定对当事人处以5.2万元罚款。")
    assert amounts(fields) == {("fine", 52000.0)}


def test_amounts_inside_quoted_law_text_are_skipped():
    text = handwritten("02_env_hazwaste.txt")
    assert 200000.0 not in {a.value for a in extract(text).amounts}


def test_unit_prices_are_excluded():
    fields = extract("当事人以每瓶80元的价格销售共计420瓶，销售金额33,600元；另按500元/吨收取处置费。"
                     "对非法占用的土地按每平方米20元处以罚款，共计罚款人民币160,320元。")
    assert amounts(fields) == {("sales_amount", 33600.0), ("fine", 160320.0)}


def test_repeated_amount_in_parentheses_counts_once():
    fields = extract("罚款人民币柒万贰仟柒佰伍拾元整（72,750元）。")
    assert [(a.role, a.value) for a in fields.amounts] == [("fine", 72750.0)]


def test_tax_and_customs_roles():
    fields = extract(handwritten("07_tax_evasion.txt"))
    roles = amounts(fields)
    assert ("tax_evaded", 2056015.79) in roles and ("fine", 1028007.9) in roles
    assert ("sales_amount", 6832415.2) in roles
    customs = amounts(extract(handwritten("08_customs_misdeclare.txt")))
    assert customs == {("goods_value", 486500.0), ("tax_evaded", 63245.0), ("fine", 38000.0)}


def test_amount_spans_point_at_the_original_text():
    text = "决定：罚款 人民币 伍 万 元 整。"
    amount = extract(text).amounts[0]
    assert amount.value == 50000.0
    assert text[amount.start:amount.end] == amount.text
    assert amount.producer == "extract.amounts.v1"


def test_wage_compensation_is_not_a_fine():
    """加付赔偿金 (劳动保障监察条例第二十六条) is owed to the workers: neither a 罚款 nor a hearing threshold."""
    fields = extract("经查，你单位拖欠36名员工工资共计144000元。本局决定：一、责令支付拖欠工资；二、加付赔偿金7.31万元。")
    assert ("fine", 73100.0) not in amounts(fields) and ("other", 73100.0) in amounts(fields)

"""Negation in the facts the rules read: a negation word must negate the fact, not be the first
character of a word (非法, 无证, 未经, 不特定, 非食用) that describes it."""

from __future__ import annotations

import pytest

from analysis.scoring.facts import find_keywords, negated
from tests.scoring.test_rules_offence import analyse


@pytest.mark.parametrize(("text", "keyword"), [
    ("构成非法出售公民个人信息的违法行为", "个人信息"),
    ("经复查，被非法处置的危险废物至今未清运", "危险废物"),
    ("当事人无证经营危险废物3.5吨", "危险废物"),
    ("当事人未经批准非法占用耕地", "耕地"),
    ("在腌菜中添加非食用物质硼砂", "硼砂"),
])
def test_words_beginning_with_a_negation_character_negate_nothing(text, keyword):
    assert find_keywords(text, (keyword,))


@pytest.mark.parametrize(("text", "keyword"), [
    ("经检测未检出有毒有害物质", "有毒有害"),
    ("涉案物品不属于危险废物", "危险废物"),
    ("当事人无危险废物经营许可证", "危险废物"),
    ("涉案动物非国家重点保护野生动物", "国家重点保护"),
    ("当事人没有在禁渔期捕捞", "禁渔期"),
])
def test_real_negations_still_cancel_the_keyword(text, keyword):
    assert negated(text, text.index(keyword))


PERSONAL_DATA = """某市公安局
行政处罚决定书
某公（网）行罚决字〔2024〕12号
当事人：某某数据科技有限公司
经查，当事人于2024年1月起向他人提供其收集的公民个人信息，构成非法出售公民个人信息的违法行为。经复查，当事人至今未删除其存储的公民个人信息。
依据《中华人民共和国个人信息保护法》第六十六条的规定，决定没收违法所得，并处罚款50万元。
某市公安局
2024年5月1日
"""


def test_illegal_sale_of_personal_data_is_the_personal_information_field():
    """个人信息保护 is a statutory public-interest field (个人信息保护法第七十条); the 非 of 非法出售
    does not hide it, and harm that goes on (至今未删除) makes the decision a clue."""
    found = [f for f in analyse(PERSONAL_DATA).findings if f.kind == "public_interest"]
    assert found and found[0].field == "personal_information"


LAND_PREMIUM = """某市自然资源和规划局
行政处罚决定书
某自然资罚〔2024〕9号
当事人：某置业有限公司
经查，当事人于2021年取得某地块国有建设用地使用权，截至目前，当事人仍未缴纳剩余土地出让金2300万元，土地闲置至今。
依据《闲置土地处置办法》第十四条的规定，决定征缴土地闲置费。
某市自然资源和规划局
2024年6月1日
"""


def test_unpaid_land_premium_is_the_state_land_transfer_field():
    """仍未缴纳土地出让金 is the harm of 国有土地使用权出让 (行政诉讼法第二十五条第四款), not a denial
    of the field: 未 before the field's word does not move the clue to 生态环境和资源保护."""
    found = [f for f in analyse(LAND_PREMIUM).findings if f.kind == "public_interest"]
    assert found and found[0].field == "state_land_transfer"
    denied = analyse(LAND_PREMIUM.replace("当事人仍未缴纳剩余土地出让金2300万元", "本案不涉及土地出让金，当事人至今未开工"))
    assert all(f.field != "state_land_transfer" for f in denied.findings if f.kind == "public_interest")

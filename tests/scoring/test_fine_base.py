"""The base a fine was computed on, read back from the fine (``analysis.scoring.rules.fine_base``):
the agency's own figure where the facts leave the reader to add or subtract."""

from __future__ import annotations

from analysis.scoring.rules.fine_base import _read_bases
from tests.scoring.test_rules_neighbours import criminal, observed
from tests.scoring.test_rules_offence import analyse

TAX_OWED_LESS_PAID = """国家税务总局青州市税务局稽查局
税务行政处罚决定书
青税稽罚〔2025〕17号

青州某粮油贸易有限公司：
    经我局2025年2月10日至2025年4月2日对你单位2024年度纳税情况进行检查，你单位存在违法事实及处罚决定如下：
    你单位2024年度通过股东个人银行账户收取小麦销售货款，未计入账簿，未申报纳税。经核实，你单位2024年度应纳增值税402,600.00元、企业所得税171,300.00元，合计应纳税额573,900.00元；当年已申报缴纳增值税221,400.00元、企业所得税64,900.00元。少缴税款已由我局另行作出税务处理决定书追缴，限期缴清，截至本决定作出之日，你单位未缴纳上述税款及滞纳金。
    你单位的上述行为属于《中华人民共和国税收征收管理法》第六十三条第一款所称的偷税，根据该条规定，对你单位处少缴税款百分之六十的罚款，计人民币{fine}元。
    （本局已于2025年4月10日送达税务行政处罚事项告知书，告知听证权利。）

国家税务总局青州市税务局稽查局
2025年4月28日
"""

BIRDS_PRICED_IN_ROWS = """永福县林业局
行政处罚决定书
永林罚决字〔2025〕第023号

被处罚人：韦某平，男，1979年8月出生，住广西壮族自治区永福县罗锦镇某村。

    2025年4月2日，我局执法人员在罗锦镇集市巡查时，发现被处罚人摆卖笼养鸟类。经查，被处罚人自2025年2月起从山区村民处收购野外捕捉的鸟类加价出售。扣押及已售鸟类经清点如下：
    画眉  {count}只  每只评估价值1,100元
    红嘴相思鸟  7只  每只评估价值600元
    2025年4月15日，鉴定机构出具鉴定意见：送检鸟类均属野外来源。上述两个物种均已列入《国家重点保护野生动物名录》，保护级别为国家二级。
    被处罚人的行为违反了《中华人民共和国野生动物保护法》第二十八条第一款的规定。依据该法第五十二条的规定，本局决定：没收鸟类，并处野生动物价值二倍罚款，计人民币{fine}。

永福县林业局
2025年4月30日
"""



def test_tax_evaded_is_the_fine_divided_by_its_share():
    """法释〔2024〕4号第一条: 少缴 573,900 − 286,300 = 287,600元 ≥ 10万元 and 50%; 60% of it is 172,560元."""
    record = analyse(TAX_OWED_LESS_PAID.format(fine="172,560.00"))
    assert observed(record, "tax-201") == 287600
    found = next(f for f in record.findings if (f.threshold_id or "").startswith("tax-201"))
    assert "百分之六十" in found.explanation and found.evidence[0].text.endswith("172,560.00元")
    # a fine of 45,000元 is 60% of 75,000元: under the line
    assert "tax-201-evasion" not in criminal(analyse(TAX_OWED_LESS_PAID.format(fine="45,000.00")))


def test_goods_value_written_in_capitals_is_read_back_from_the_fine():
    """法释〔2022〕12号第六条: 国家二级 2万元; 14 × 1,100 + 7 × 600 = 19,600元, fined twice: 39,200元."""
    over = analyse(BIRDS_PRICED_IN_ROWS.format(count="16", fine="肆万贰仟伍佰元整"))  # 21,250元 read back
    assert observed(over, "wildlife-341-1") >= 20000
    under = analyse(BIRDS_PRICED_IN_ROWS.format(count="14", fine="叁万玖仟贰佰元整"))
    assert "wildlife-341-1-endangered" not in criminal(under)


def test_the_base_words_say_which_measure():
    text = "依据该条例第五十七条，处违法经营额百分之三十的罚款，计人民币伍仟叁佰壹拾元。"
    assert [(role, base.value) for role, base in _read_bases(text)] == [("business_volume", 17700.0)]
    text = "依据该法，按违法所得的2倍处以罚款12,840元。"
    assert [(role, base.value) for role, base in _read_bases(text)] == [("illegal_gains", 6420.0)]


def test_costs_floors_and_ranges_are_no_base():
    """所需处置费用 is an order, a base raised to its floor is the law's figure, a range is the statute."""
    assert _read_bases("处所需处置费用三倍的罚款，计人民币陆拾万元。") == []
    assert _read_bases("货值金额不足一万元的，按一万元计算，处货值金额十五倍的罚款，计人民币十五万元。") == []
    assert _read_bases("处货值金额五倍以上十倍以下的罚款。") == []

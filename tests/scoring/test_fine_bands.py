"""Fine bands read through the whole pipeline: a fine outside the only band of its provision when
the decision does not state the band's circumstance, a 拒不改正 band opened by a later check that
finds the conduct again, and an article cited as 依据第…条 on a line of its own."""

from __future__ import annotations

from tests.scoring.test_rules_offence import analyse

FACTORY = """南阳市卧龙区市场监督管理局
行政处罚决定书
宛卧市监罚〔2025〕52号

当事人：南阳市卧龙区香满园食品厂
统一社会信用代码：92411303MA9K7C2X1U

经查，2025年3月至4月，当事人生产的豆腐干共6个批次出厂前未按规定进行检验。{later}

当事人的行为违反了《中华人民共和国食品安全法》第五十二条。依据《中华人民共和国食品安全法》第一百二十六条第一款第（一）项，本局决定：给予警告，并处罚款人民币{fine}。

南阳市卧龙区市场监督管理局
2025年5月22日
"""

KTV = """衡阳市文化市场综合行政执法支队
行政处罚决定书
衡文执罚〔2025〕17号

当事人：衡阳市蒸湘区星光娱乐有限公司
统一社会信用代码：91430408MA4T6RKM30

经查：2025年4月12日晚，本支队执法人员检查时在当事人的3个包厢内发现7名未成年人饮酒、唱歌，当事人未查验身份证件。本支队当场责令改正并予警告。{later}

当事人的行为违反了《中华人民共和国未成年人保护法》第五十八条。依据该法第一百二十三条，本支队决定：对当事人处罚款人民币拾万元整。

本支队已告知当事人享有陈述、申辩和要求听证的权利，当事人未提出。

衡阳市文化市场综合行政执法支队
2025年6月3日
"""

NITRITE = """宜昌市西陵区市场监督管理局
行政处罚决定书
西市监罚〔2025〕33号

当事人：宜昌市西陵区老张卤菜店
统一社会信用代码：92420502MA4F5LQ274

当事人经营亚硝酸盐含量超过食品安全标准限量的卤肉，货值金额1,860元，违反《中华人民共和国食品安全法》第三十四条第（二）项，依据第一百二十四条第一款第（一）项，鉴于当事人配合调查，决定从轻处罚：没收违法所得1,150元，罚款人民币{fine}
当事人应自收到本决定书之日起十五日内缴纳罚款。

宜昌市西陵区市场监督管理局
2025年7月1日
"""


def fine_findings(record) -> list:
    return [f for f in record.findings if f.rule == "irregularity.fine_range.v1"]


def test_a_fine_above_the_only_band_is_out_of_range_even_with_its_circumstance_unstated():
    """食品安全法第一百二十六条: 警告；拒不改正的，处五千元以上五万元以下罚款."""
    over = fine_findings(analyse(FACTORY.format(later="", fine="捌万元")))
    assert over and "超过法定上限" in over[0].explanation and "文书未认定“拒不改正”" in over[0].explanation
    assert not fine_findings(analyse(FACTORY.format(later="", fine="叁万元")))
    refused = analyse(FACTORY.format(later="经责令改正，当事人拒不改正。", fine="叁万元"))
    assert not fine_findings(refused)


def test_a_later_check_that_finds_the_conduct_again_opens_the_refusal_band():
    """未成年人保护法第一百二十三条: 五万元以下；拒不改正或者情节严重的，五万元以上五十万元以下."""
    again = analyse(KTV.format(later="2025年5月3日晚再次检查，复查发现当事人依然接纳未成年人。"))
    assert not fine_findings(again)
    corrected = analyse(KTV.format(later="2025年5月3日晚复查，当事人已在入口设置身份查验登记。"))
    assert fine_findings(corrected) and "超过法定上限" in fine_findings(corrected)[0].explanation


def test_an_article_cited_with_no_law_is_checked_when_payment_follows_on_the_next_line():
    found = fine_findings(analyse(NITRITE.format(fine="贰万元整")))
    assert found and found[0].explanation.startswith("罚款2万元，低于法定下限：《中华人民共和国食品安全法》第一百二十四条")
    assert not fine_findings(analyse(NITRITE.format(fine="伍万元整")))

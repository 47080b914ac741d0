"""Wordings met in the round-6 hand-written sets, read through the whole screening pipeline: a
暗管 discharge of pickling liquor (a hazardous waste) or of zinc-bearing water, a denial denied
(不属于不知道), the levels of a pyramid scheme (五个层级), a 虚开 of 专用发票 only (no 刑法第二百零五条之一),
a risk of 盗掘 that is no act, a campaign's name that states no fact, and an item of 文物保护法第八十三条
whose fine is not its second paragraph's."""

from __future__ import annotations

from tests.scoring.round6_texts import CAMPAIGN, INVOICES, PIPE, PYRAMID, SOCKETS, TOMBS
from tests.scoring.test_rules_neighbours import criminal
from tests.scoring.test_rules_offence import analyse


def rules(record) -> set[str]:
    return {f.rule for f in record.findings}


def test_a_hidden_pipe_discharging_pickling_liquor_or_zinc_is_pollution():
    """法释〔2023〕7号第一条第（四）项 and 第十七条: 废酸 is a hazardous waste, zinc a listed heavy metal."""
    assert "env-338-pollution" in criminal(analyse(PIPE.format(liquid="酸洗废液")))
    assert "env-338-pollution" in criminal(analyse(PIPE.format(liquid="含锌废水，经监测总锌浓度为41.2mg/L")))
    assert "env-338-pollution" not in criminal(analyse(PIPE.format(liquid="车间地面冲洗水")))


def test_a_denied_lack_of_knowledge_is_knowledge():
    """刑法第二百一十四条 needs 明知: 不属于不知道是侵权商品的情形 finds it; 确不知道 denies it."""
    knew = analyse(SOCKETS.format(knowledge="当事人进货价格明显偏低，不属于不知道是侵权商品的情形。"))
    assert "ip-214-sell-counterfeit" in criminal(knew)
    unknown = analyse(SOCKETS.format(knowledge="经查，当事人确不知道是侵权商品，并能说明提供者。"))
    assert "ip-214-sell-counterfeit" not in criminal(unknown)


def test_the_levels_of_a_pyramid_scheme_count_in_any_wording():
    """立案追诉标准（二）第七十条: thirty members and three levels."""
    assert "market-224-1-pyramid" in criminal(analyse(PYRAMID.format(levels="形成五个层级")))
    assert "market-224-1-pyramid" in criminal(analyse(PYRAMID.format(levels="发展下线共四层")))
    assert "market-224-1-pyramid" not in criminal(analyse(PYRAMID.format(levels="形成两个层级")))


def test_special_vat_invoices_alone_are_no_ordinary_invoice_offence():
    """刑法第二百零五条之一 is about invoices 第二百零五条 does not cover."""
    special = analyse(INVOICES.format(invoice="增值税专用发票"))
    assert criminal(special) == {"tax-205-vat-invoice"}
    ordinary = analyse(INVOICES.format(invoice="增值税普通发票"))
    assert "tax-205-1-ordinary-invoice" in criminal(ordinary)
    assert "tax-205-vat-invoice" not in criminal(ordinary)


def test_a_risk_of_tomb_robbing_is_no_tomb_robbing():
    """刑法第三百二十八条 is 盗掘; a road dug through a 古墓葬 is 文物保护法第八十三条."""
    risk = analyse(TOMBS.format(after="开挖断面至今未回填，暴露的墓葬仍面临被盗掘的危险。"))
    assert "relics-326-328-trafficking-tomb-robbing" not in criminal(risk)
    robbed = analyse(TOMBS.format(after="当事人另雇人夜间盗掘墓葬，取走随葬铜镜等器物。"))
    assert "relics-326-328-trafficking-tomb-robbing" in criminal(robbed)


def test_the_fine_of_an_item_is_its_own_paragraphs():
    """文物保护法（2024）第八十三条第（一）项: 造成文物损坏的，对单位处五十万元以上五百万元以下; the
    second paragraph's 五百元以下 is for 损毁…保护标志."""
    record = analyse(TOMBS.format(after="开挖断面至今未回填。"))
    assert "irregularity.fine_range.v1" not in rules(record)


def test_a_campaigns_name_states_no_fact():
    """法释〔2021〕24号 needs the substance found: a screen that finds none clears it, and the
    campaign's name (“保健食品非法添加”专项) is no finding."""
    cleared = analyse(CAMPAIGN.format(result="检验结论为所检项目均未检出"))
    assert "food-144-toxic" not in criminal(cleared)
    found = analyse(CAMPAIGN.format(result="检出西地那非，含量为12.6mg/g"))
    assert "food-144-toxic" in criminal(found)

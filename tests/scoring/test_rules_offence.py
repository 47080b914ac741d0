"""Which offence a fact is read against: the cited provision and the offence's own elements
decide, not the figure that happens to be the highest (generated decision texts, analysed by the
screening pipeline: extraction and classification included)."""

from __future__ import annotations

from functools import lru_cache

from analysis.ingest import ingest_bytes
from analysis.pipeline import Pipeline
from analysis.scoring.screening import screen_component_names
from tests.scoring.test_rules_law import criminal, fake_products


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    return Pipeline(names=screen_component_names())


def analyse(text: str):
    record = next(iter(ingest_bytes(text.encode("utf-8"), "decision.txt", _pipeline().settings)))
    return _pipeline()(record)


def offences(record) -> set[str]:
    return {(f.threshold_id or "").split("@")[0] for f in record.findings if f.rule == "threshold.numeric.v1"}


TRADEMARK = """宜宾市市场监督管理局
行政处罚决定书
宜市监执处[2024]15号
姓名:毛建燕
住址:四川省宜宾市南溪区经济开发区创业大道484号
我局于2024年4月25日接到群众举报，反映当事人涉嫌违法，经核查后于当日立案调查。
经调查，当事人于2023年10月31日至2024年1月2日期间销售标有“耐克”运动鞋商标的商品999个，经商标权利人鉴定均为侵权商品，违法经营额99100元。当事人上述行为违反了中华人民共和国商标法第五十七条第{item}项的规定{name}。
依照该法第六十条第二款的规定，我局决定对当事人作出如下行政处罚：
一、没收、销毁侵权商品；
二、并处罚款四万元。
宜宾市市场监督管理局
2024年5月31日
"""


def test_selling_infringing_goods_is_the_selling_offence():
    """商标法第五十七条第三项 (销售侵犯注册商标专用权的商品) is 刑法第二百一十四条, not 第二百一十三条
    (using the mark), even where the violation's name contains 侵犯注册商标专用权."""
    named = analyse(TRADEMARK.format(item="三", name="，构成销售侵犯注册商标专用权的商品的违法行为"))
    assert offences(named) == {"ip-214-sell-counterfeit"}
    unnamed = analyse(TRADEMARK.format(item="三", name=""))
    assert offences(unnamed) == {"ip-214-sell-counterfeit"}
    using = analyse(TRADEMARK.format(item="一", name="").replace("销售标有", "在其生产的运动鞋上使用"))
    assert offences(using) == {"ip-213-counterfeit-trademark"}


HUNT = """杭州市林业和草原局
行政处罚决定书
杭林草罚〔2024〕12号
姓名：杨伟
住址：浙江省杭州市桐庐县幸福路328号
我局于二〇二四年六月三日接到群众举报，反映当事人涉嫌违法，经核查后于当日立案调查。
当事人于2023年12月19日在新区镇使用弹弓猎捕{animal}6只，经鉴定价值贰万捌仟玖佰元。
以上行为违反了《中华人民共和国野生动物保护法》第24条第一款的规定。
依据《野生动物保护法》第四十九条第一款第三项的规定，决定没收猎获物和猎捕工具，处以罚款39700元。
杭州市林业和草原局
2024年7月1日
"""


def test_hunting_common_wildlife_is_not_the_endangered_species_offence():
    """刑法第三百四十一条第一款 (二万元) is for 国家重点保护 animals (法释〔2022〕12号第二条); hunting
    a 环颈雉 with forbidden tools (野生动物保护法第二十四条第一款) is 非法狩猎罪 (第二款, 一万元)."""
    assert offences(analyse(HUNT.format(animal="环颈雉"))) == {"wildlife-341-2-illegal-hunting"}
    protected = analyse(HUNT.format(animal="国家二级保护野生动物白鹇"))
    assert "wildlife-341-1-endangered" in offences(protected)


LAND = """枣强县自然资源和规划局
行政处罚决定书
枣自然资罚〔2024〕8号
当事人：枣强县宏达养殖有限公司
统一社会信用代码:91131121766CJQKC8F
经调查，当事人在未办理农用地转用审批手续的情况下，于2023年10月22日开始在河西村建设养殖场，经测绘，占用土地24060.12平方米，地类为耕地（水田、旱地）。
当事人的上述行为违反了《中华人民共和国土地管理法》第四十四条第一款的规定。
依据《中华人民共和国土地管理法》第七十七条第一款的规定，决定责令退还非法占用的土地，并处罚款481202.4元。
枣强县自然资源和规划局
2024年3月1日
"""


def test_party_occupying_farmland_is_not_the_officials_illegal_approval():
    """刑法第四百一十条 is the 国家机关工作人员's 非法批准; the occupier of 36 亩 of 耕地 reaches
    非法占用农用地罪 (刑法第三百四十二条, 其他耕地十亩, 法释〔2000〕14号第三条)."""
    assert offences(analyse(LAND)) == {"land-342-cultivated"}


EXPIRED = """岳阳市市场监督管理局
行政处罚决定书
岳市监罚〔2025〕31号
当事人：龚鹏
经查，你从陆某处购进速冻水饺后未按规定查验保质期，于2024年12月18日至2025年2月8日期间将超过保质期的速冻水饺对外销售，销售金额人民币壹拾壹万叁仟壹佰元整，获利壹万捌仟柒佰元整（￥18,700.00）。
你的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。
依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，决定没收违法所得，并处罚款1417763.13元。
岳阳市市场监督管理局
2025年9月30日
"""


def test_selling_expired_food_is_not_illegal_business():
    """食品领域的非法经营罪 (法释〔2021〕24号第十六条至第十八条) is the trade in 非食品原料、禁用农药
    or 私设屠宰场; expired food sold for 11.31万元 falls back to 刑法第一百四十条 through 第一百四十九条."""
    assert offences(analyse(EXPIRED)) == {"food-143-substandard"}


def test_value_of_stock_and_sold_goods_is_not_the_unsold_value():
    """公通字〔2008〕36号第十六条: 已销售金额×3 + 尚未销售的货值 ≥ 15万. 库存及已售货值 covers the
    goods sold: the unsold part is 48917 − 46800, far under the figure; 库存货值 alone is unsold."""
    assert not criminal(fake_products(46800, 48917, "库存及已售"), "product-140")
    stock = criminal(fake_products(46800, 48917, "库存"), "product-140")
    assert stock and stock[0].observed == 3 * 46800 + 48917


CABLE = """上海市松江区市场监督管理局
行政处罚决定书
沪松市监处〔2024〕72号
当事人：上海松宏电器有限公司
统一社会信用代码：9131011769UQTJK77M
经查明，当事人生产的电线电缆经抽样检验不合格，当事人仍以合格产品对外销售，自2024年03月03日起共销售壹拾贰万玖仟伍佰元，货值金额16.13万元，违法所得34,300.00元。
当事人的上述行为违反了《中华人民共和国产品质量法》第三十二条的规定。
依据《中华人民共和国产品质量法》第五十条的规定，决定没收违法销售的产品，没收违法所得34300元，并处罚款114.66万元。
上海市松江区市场监督管理局
2024年11月20日
"""


def test_unsafe_goods_passed_off_as_good_are_the_fake_products_offence():
    """以不合格产品冒充合格产品 (产品质量法第三十二条) is a mode of 刑法第一百四十条; 电线电缆 alone does
    not make it 第一百四十六条, which needs 严重后果 (its 销售金额 figure is only 第一百四十九条's fallback)."""
    assert offences(analyse(CABLE)) == {"product-140-fake-inferior"}


INFERIOR_DRUG = """成都市郫都区市场监督管理局
行政处罚决定书
成市监药罚[2024]46号
当事人姓名:戴英俊
本局于2024年3月20日接到群众举报，反映你涉嫌违法，经核查后于当日立案调查。
经查，当事人于2024年01月07日至二〇二四年三月二十日期间将已过有效期的复方甘草片在其零售药店对外零售，销售金额49,000.00元，违法所得5,240.00元，库存涉案药品货值人民币伍万柒仟壹佰元整（￥57100元）。
当事人的上述行为违反了《药品管理法》第九十八条第三款第(五)项的规定，构成销售劣药的违法行为。
依据《药品管理法》第一百一十七条第一款的规定，本局决定对当事人作出如下行政处罚：
（一）没收违法所得5,240.00元；
（二）没收违法销售的药品；
（三）并处罚款808,600.00元。
成都市郫都区市场监督管理局
二〇二四年六月十八日
"""


def test_inferior_drugs_under_the_sales_figure_reach_the_attempt_formula():
    """劣药 without 严重危害 (刑法第一百四十二条) falls back to 第一百四十条 (第一百四十九条), whose
    figure includes 已销售金额×3 + 尚未销售货值 ≥ 15万 (公通字〔2008〕36号第十六条): 4.9万 × 3 + 5.71万."""
    found = [f for f in analyse(INFERIOR_DRUG).findings if f.rule == "threshold.numeric.v1"]
    assert [f.threshold_id for f in found] == ["product-140-fake-inferior"]
    assert found[0].observed == 3 * 49000 + 57100


PESTICIDE = """苏州市农业农村局
行政处罚决定书
苏农罚〔2023〕4号
当事人：苏州永康农资有限公司
经抽样检测，当事人销售的百草枯未检出标签标注的有效成分，属假农药。经查，当事人自二〇二三年九月四日起共销售该农药59400元，库存及已售货值人民币63500元，违法获利14363.56元。
以上行为违反了《农药管理条例》第四十四条第1款的规定。
根据《农药管理条例》第五十五条第一款第（二）项的规定，我局决定对当事人作出如下行政处罚：
1.没收违法所得14363.56元；
2.没收违法经营的农药；
3.并处罚款人民币317500元。
罚没款合计331863.56元。
苏州市农业农村局
2023年11月27日
"""


def test_one_fact_is_one_lead_and_the_total_of_penalties_is_no_fact():
    """The sales of a 假农药 read by 刑法第一百四十七条 and by the 第一百四十条 formula are one fact:
    one lead, with the sales as evidence — never the 罚没款合计 of the decision."""
    found = [f for f in analyse(PESTICIDE).findings if f.rule == "threshold.numeric.v1"]
    assert [f.threshold_id for f in found] == ["product-147-agri-inputs"]
    assert found[0].evidence[0].text.startswith("59400")


HAZWASTE = """某市生态环境局
行政处罚决定书
某环罚〔2024〕9号
当事人：某化工有限公司
经查，当事人于2024年2月将废矿物油（HW08）共计5.2吨非法处置，交由无危险废物经营许可证的个人倾倒。{tail}
依据《中华人民共和国固体废物污染环境防治法》第一百一十二条的规定，决定罚款20万元。
某市生态环境局
2024年6月1日
"""


def test_a_named_kind_of_hazardous_waste_is_weighed_against_the_tonnage():
    """废矿物油 (国家危险废物名录 HW08) 5.2吨 is 危险废物 over 三吨 (法释〔2023〕7号第一条第二项); the
    decision names the kind, not the class. The police's 不予立案 still silences the lead."""
    found = [f for f in analyse(HAZWASTE.format(tail="")).findings if f.rule == "threshold.numeric.v1"]
    assert found and found[0].observed == 5.2 and found[0].unit == "吨"
    declined = analyse(HAZWASTE.format(tail="本局已将案件移送公安机关，公安机关审查后认为不构成犯罪，决定不予立案。"))
    assert not [f for f in declined.findings if f.kind == "criminal_transfer"]


TAMPERING = """某市生态环境局
行政处罚决定书
某环罚〔2024〕11号
当事人：某热电有限公司
经查，当事人作为重点排污单位，通过修改自动监测设备参数的方式{act}，排放二氧化硫、氮氧化物。
依据《中华人民共和国大气污染防治法》第九十九条的规定，决定罚款20万元。
某市生态环境局
2024年6月1日
"""


def test_tampering_with_automatic_monitoring_data_is_a_pollution_trigger():
    """法释〔2023〕7号第一条第七项: a 重点排污单位 that 篡改、伪造自动监测数据 or 干扰自动监测设施 and
    discharges 二氧化硫、氮氧化物 commits 污染环境罪 whatever the amounts."""
    for act in ("篡改自动监测数据", "干扰自动监测设施"):
        found = [f for f in analyse(TAMPERING.format(act=act)).findings if f.rule == "threshold.trigger.v1"]
        assert [f.threshold_id for f in found] == ["env-338-pollution"]


WHOLESALE = """文山壮族苗族自治州市场监督管理局
行政处罚决定书
文市监药罚【2025】132号
被处罚单位：文山壮族顺发医药有限责任公司
经查，该公司于2024年5月10日至2024年5月29日期间将已过有效期的复方甘草片向下游医药企业批发销售，销售金额8,515.06元。该公司曾于2023年3月和2023年9月两次因销售劣药受到行政处罚。
该公司的上述行为违反了《中华人民共和国药品管理法》第九十八条第三款第（五）项的规定，构成销售劣药的违法行为。
依据《药品管理法》第117条第一款的规定，本局决定罚款十万元。
文山壮族苗族自治州市场监督管理局
2025年01月01日
"""


def test_a_trigger_word_inside_another_word_is_no_trigger():
    """下游医药企业 contains 游医 but names no 非法行医 (刑法第三百三十六条): two prior penalties for
    selling 劣药 are not the 非法行医 figure (法释〔2016〕27号第二条第五项)."""
    found = analyse(WHOLESALE).findings
    assert not [f for f in found if (f.threshold_id or "").startswith("health-336")]


PIPE_CLEANER = """某市生态环境局
行政处罚决定书
某环罚〔2024〕21号
当事人：某市暗管检测技术有限公司
经查，当事人作为重点排污单位，未按规定公开排放污染物的名称、排放方式和排放浓度等环境信息。
依据《中华人民共和国环境保护法》第六十二条的规定，决定责令公开，罚款3万元。
某市生态环境局
2024年6月1日
"""


def test_a_party_name_states_no_fact():
    """A company named 暗管检测技术有限公司 has not discharged through a 暗管 (法释〔2023〕7号第一条第四项)."""
    record = analyse(PIPE_CLEANER)
    assert record.fields.parties and record.classification.domain == "environment"
    assert not [f for f in record.findings if f.kind == "criminal_transfer"]


WAGES = """北京市人力资源和社会保障局
行政处罚决定书
京人社监罚〔2025〕25号
当事人：北京瑞丰人力资源有限公司
经查，当事人拖欠13名建筑工人2025年5月11日以来的工资合计9,580.00元，{after}。
以上行为违反了《劳动保障监察条例》第二十六条第一项的规定。
依据《劳动保障监察条例》第二十六条第一项的规定，本局决定对当事人作出如下行政处罚：责令支付拖欠工资，加付赔偿金人民币5670元。
北京市人力资源和社会保障局
二〇二五年九月二十六日
"""


def test_an_order_to_pay_wages_is_not_a_refusal_to_pay():
    """拒不支付劳动报酬罪 (刑法第二百七十六条之一, 法释〔2013〕3号第四条) needs 责令支付后仍不支付:
    the decision's own 责令支付 order is not the refusal, and the 加付赔偿金 it imposes is no 拖欠数额."""
    paid = analyse(WAGES.format(after="收到《劳动保障监察限期改正指令书》后，当事人已支付部分工资"))
    assert not [f for f in paid.findings if f.kind == "criminal_transfer"]
    refused = analyse(WAGES.format(after="经本局下达《劳动保障监察限期改正指令书》责令限期支付后，当事人仍拒不支付"))
    assert [f for f in refused.findings if (f.threshold_id or "").startswith("labor-276-1")]
    assert all(f.observed != 5670 for f in refused.findings if f.rule == "threshold.numeric.v1")

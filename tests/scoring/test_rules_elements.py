"""Elements an offence needs besides its words, read through the whole screening pipeline:
禁渔期 with a 禁用方法, 苗种/保护区 for the 1,000-元 item, sea waters for the marine standard,
有毒物质 for 暗管 discharge, the 刑法第二百零一条第四款 exemption, 刑法第四百一十条 wording,
and a denial that reaches across its clause (渔获物中无…苗种)."""

from __future__ import annotations

from tests.scoring.test_rules_offence import analyse

FISHING = """{agency}
行政处罚决定书
当事人：刘某，男，住址：湖北省荆州市沙市区江津路12号。
经查，2024年5月10日，当事人{act}，现场查获渔获物{kg}千克，价值{value}元。{extra}
当事人的行为违反了《中华人民共和国渔业法》第三十条第一款的规定。
依据《中华人民共和国渔业法》第三十八条第一款的规定，本局决定：没收渔获物，并处罚款3000元。
{agency}
2024年6月2日
"""


def fishing(act: str, kg: float, value: float, extra: str = "", agency: str = "荆州市农业农村局"):
    return analyse(FISHING.format(agency=agency, act=act, kg=kg, value=value, extra=extra))


def criminal(record) -> set[str]:
    return {(f.threshold_id or "").split("@")[0] for f in record.findings if f.kind == "criminal_transfer"}


def test_closed_season_alone_is_no_trigger_but_with_a_forbidden_method_it_is():
    plain = fishing("在禁渔期内于长江荆州段使用三层刺网捕捞", 46, 920, "经测量，网具网目尺寸符合规定，不属于禁用渔具。")
    assert "fishery-340-inland" not in criminal(plain)
    electric = fishing("在禁渔期内于长江荆州段使用电鱼器具捕捞", 46, 920)
    assert criminal(electric) == {"fishery-340-inland"}
    assert "fishery-340-marine" not in criminal(electric)  # a river is no sea


def test_thousand_yuan_item_needs_fry_or_a_protected_zone():
    """468千克、9,360元 in the closed season: under 500千克/1万元; no 苗种 (denied across the clause)."""
    record = fishing("在禁渔期内于长江荆州段使用三层刺网捕捞", 468, 9360,
                     "捕捞水域不属于水产种质资源保护区，渔获物中无重要经济价值的水生动物苗种、怀卵亲体。")
    assert "fishery-340-inland" not in criminal(record)
    fry = fishing("在禁渔期内于长江荆州段水产种质资源保护区内使用三层刺网捕捞鱼苗", 60, 1200)
    assert "fishery-340-inland" in criminal(fry)


PIPE = """湖州市生态环境局
行政处罚决定书
当事人：湖州某某生猪养殖有限公司，统一社会信用代码：91330500MA2B3C4D5E。
经查，2024年3月6日，当事人通过暗管将养殖废水排入附近河道。经监测，废水中化学需氧量、氨氮超标，{found}
当事人的行为违反了《中华人民共和国水污染防治法》第三十九条的规定。
依据《中华人民共和国水污染防治法》第八十三条第（三）项的规定，本局决定：责令改正，处罚款100000元。
湖州市生态环境局
2024年4月20日
"""


def test_hidden_pipe_needs_a_toxic_substance():
    clean = analyse(PIPE.format(found="未检出重金属等有毒物质，不含抗生素原料药等有毒有害物质。"))
    assert "env-338-pollution" not in criminal(clean)
    toxic = analyse(PIPE.format(found="并检出含镉、含铅的重金属废水。"))
    assert "env-338-pollution" in criminal(toxic)


TAX = """国家税务总局佛山市税务局第三稽查局
税务行政处罚决定书
佛山市某某家具有限公司（纳税人识别号：91440606MA4W3EK80R）：
一、违法事实
你单位2022年度通过隐匿销售收入的方式进行虚假纳税申报，少缴税款人民币423,200元，占该年度应纳税额的18.4%。{paid}
二、处罚依据及决定
你单位的上述行为违反了《中华人民共和国税收征收管理法》第六十三条第一款的规定，我局决定处少缴税款百分之五十的罚款211,600元。
国家税务总局佛山市税务局第三稽查局
2024年5月9日
"""


def test_tax_paid_back_after_the_recovery_notice_is_exempt():
    """刑法第二百零一条第四款: 补缴税款、缴纳滞纳金、已受行政处罚的，不予追究刑事责任."""
    paid = analyse(TAX.format(paid="经下达追缴通知，你单位已于2024年4月26日全额补缴上述税款，并缴纳滞纳金51,716元。"))
    assert "tax-201-evasion" not in criminal(paid)
    unpaid = analyse(TAX.format(paid="经下达追缴通知，你单位至今未补缴。"))
    assert "tax-201-evasion" in criminal(unpaid)


LAND = """南京市自然资源和规划局
行政处罚决定书
当事人：南京某某置业有限公司，统一社会信用代码：91320115MA1X2Y3Z4W。
经查明：当事人竞得NO.2022G47地块国有建设用地使用权，合同约定土地出让价款1.46亿元，截至本决定作出之日尚欠出让价款7,300万元未缴纳，经多次书面催缴仍未缴纳。当事人于2023年8月擅自占用该地块开工建设，占用土地共计8,920平方米。
当事人的行为违反了《中华人民共和国土地管理法》第四十四条第一款的规定。
依据《中华人民共和国土地管理法实施条例》第五十七条第一款的规定，本局决定：按每平方米150元处以罚款，计人民币1,338,000元。
南京市自然资源和规划局
2024年5月20日
"""


def test_unpaid_transfer_fee_is_no_officials_low_price_transfer():
    """刑法第四百一十条 is the official's 低价出让; a buyer's unpaid 出让价款 is a public-interest matter."""
    assert "land-410-low-price-transfer" not in criminal(analyse(LAND))


FOREST = """大田县林业局
林业行政处罚决定书
被处罚人：张某福，男，住址：福建省三明市大田县均溪镇许思坑村8号。
违法事实：2024年1月，被处罚人持有林木采伐许可证（采伐蓄积量25立方米），但超出许可地点范围采伐杉木268株，经现场勘测，立木蓄积{volume}立方米，价值人民币21,360元。
被处罚人的行为违反了《中华人民共和国森林法》第五十六条第一款的规定，构成滥伐林木。
依据《中华人民共和国森林法》第七十六条第二款的规定，本局决定：处滥伐林木价值三倍的罚款，计人民币64,080元。
大田县林业局
2024年3月22日
"""


def test_permitted_volume_is_not_the_felled_volume():
    """滥伐 20立方米 (法释〔2023〕8号): the permit's 25立方米 is what was allowed, 17.8 what was cut."""
    assert "forest-345-2-overcutting" not in criminal(analyse(FOREST.format(volume="17.8")))
    assert "forest-345-2-overcutting" in criminal(analyse(FOREST.format(volume="21.5")))


PRACTICE = """广州市白云区卫生健康局
行政处罚决定书
当事人：邓某芳，女，住址：广州市白云区太和镇大源村北八巷14号。
经查：2024年4月9日，当事人在其住所一楼擅自开展诊疗活动，为患者静脉输液。当事人不具有医师资格。另查明，当事人曾于2022年5月19日（穗云卫医罚〔2022〕088号）和2023年6月2日（穗云卫医罚〔2023〕117号）两次因擅自执业被我局给予行政处罚。
当事人的行为违反了《中华人民共和国基本医疗卫生与健康促进法》第三十八条第一款的规定。
依据《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款的规定，我局决定：没收违法所得2860元，罚款人民币80000元。
广州市白云区卫生健康局
2024年5月20日
"""


def test_two_recited_prior_penalties_of_a_person_without_a_physician_qualification():
    """法释〔2016〕27号第二条第（四）项: 非法行医被卫生行政部门行政处罚两次以后，再次非法行医."""
    assert "health-336-illegal-medical-practice" in criminal(analyse(PRACTICE))


WAGES = """衡水市冀州区人力资源和社会保障局
劳动保障监察行政处罚决定书
当事人：衡水某某建筑劳务有限公司，统一社会信用代码：91131181MA0A1B2C3D。
经查，该公司自2022年11月6日起拖欠61名工人工资共计贰万玖仟伍佰元整，收到《劳动保障监察限期改正指令书》后，{after}
以上行为违反了《劳动保障监察条例》第二十六条第一项的规定，构成拒不支付劳动抱酬的违法行为。
依据同法第二十六条第一项的规定，本局决定对该公司作出如下行政处罚：责令支付拖欠工资，加付赔偿金人民币18800元。
衡水市冀州区人力资源和社会保障局
2023年10月27日
"""


def test_the_violations_name_is_no_refusal_to_pay():
    """刑法第二百七十六条之一 needs 仍不支付 after the order; 构成拒不支付劳动抱酬的违法行为 (a typo of the
    violation's name) and the decision's own 责令支付 are not it."""
    assert "labor-276-1-wage-refusal" not in criminal(analyse(WAGES.format(after="该公司已支付部分工资。")))
    refused = analyse(WAGES.format(after="该公司逾期仍不支付。"))
    assert "labor-276-1-wage-refusal" in criminal(refused)


def test_paid_in_full_with_late_fees_is_the_exemption_too():
    paid = analyse(TAX.format(paid="经下达税务处理决定，你单位已于2024年4月26日全额缴纳税款423,200元及滞纳金人民币51,716元。"))
    assert "tax-201-evasion" not in criminal(paid)


MONITOR = """湖州市生态环境局
行政处罚决定书
当事人：湖州某某印染有限公司，统一社会信用代码：91330500MA2B3C4D5E，系水环境重点排污单位。
经查，当事人废水总排口安装化学需氧量自动监测设备并联网。经询问，当事人承认按生产副总经理安排，篡改化学需氧量自动监测数据，以规避超标报警。
当事人的行为违反了《中华人民共和国水污染防治法》第三十九条的规定。
依据《中华人民共和国水污染防治法》第八十三条第（三）项的规定，本局决定：责令改正，处罚款300000元。
湖州市生态环境局
2025年6月20日
"""


def test_tampered_monitoring_data_named_between_verb_and_noun():
    """法释〔2023〕7号第一条第七项: 篡改、伪造自动监测数据 — 篡改化学需氧量自动监测数据 says it too."""
    assert "env-338-pollution" in criminal(analyse(MONITOR))
    assert "env-338-pollution" not in criminal(analyse(MONITOR.replace("篡改", "校准")))


MEAT = """某县市场监督管理局
行政处罚决定书
当事人：王某，男，住址：某县城关镇东街5号。
经查，当事人于2025年1月收购死亡生猪3头屠宰后销售。经县农业农村局认定，上述生猪系因病死亡，涉案猪肉系病死猪肉，销售金额2,300元。
当事人的行为违反了《中华人民共和国食品安全法》第三十四条第（七）项的规定。
依据《中华人民共和国食品安全法》第一百二十三条第一款的规定，本局决定：没收违法所得2300元，并处罚款100000元。
某县市场监督管理局
2025年3月10日
"""


def test_meat_of_animals_that_died_of_disease_is_the_food_offence_whatever_the_amount():
    """法释〔2021〕24号第一条第（二）项: 病死、死因不明的畜禽肉类 — 足以造成严重食物中毒."""
    assert "food-143-substandard" in criminal(analyse(MEAT))


WASTE = """某市生态环境局
行政处罚决定书
当事人：某市某某机械制造有限公司，统一社会信用代码：91330500MA2B3C4D5E。
经查，当事人在厂区露天堆放危险废物和一般工业固体废物。经称重核实，露天堆放的危险废物共计{haz}千克，一般工业固体废物约14吨。
当事人的行为违反了《中华人民共和国固体废物污染环境防治法》第七十九条的规定。
依据《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（六）项的规定，本局决定：责令改正，处罚款100000元。
某市生态环境局
2024年6月20日
"""


def test_ordinary_waste_beside_hazardous_waste_is_not_weighed_as_hazardous():
    """法释〔2023〕7号第一条第二项: 危险废物三吨 — 一般工业固体废物14吨 is not."""
    assert not {"env-338-pollution", "env-hazwaste-unlicensed"} & criminal(analyse(WASTE.format(haz="2,860")))
    assert {"env-338-pollution", "env-hazwaste-unlicensed"} & criminal(analyse(WASTE.format(haz="3,260")))


RELIC = """某县文化和旅游局
行政处罚决定书
当事人：某县某某置业有限公司，统一社会信用代码：91330500MA2B3C4D5E。
经查，当事人在未经批准的情况下擅自对{level}某某祠堂进行修缮，拆除部分原有木构件，造成文物本体损毁。
当事人的行为违反了《中华人民共和国文物保护法》第二十一条的规定。
依据《中华人民共和国文物保护法》第六十六条第一款第（四）项的规定，本局决定：责令改正，处罚款200000元。
某县文化和旅游局
2024年6月20日
"""


def test_relic_damage_offence_needs_a_national_or_provincial_protection_unit():
    """法释〔2015〕23号第三条: 全国重点、省级文物保护单位; a county-level unit is no 324 lead."""
    assert "relics-324-damage" not in criminal(analyse(RELIC.format(level="县级文物保护单位")))
    assert "relics-324-damage" in criminal(analyse(RELIC.format(level="省级文物保护单位")))


def public_interest_field(text: str, domain: str) -> str | None:
    from analysis.scoring.knowledge import load_knowledge
    from analysis.scoring.rules import run_rules
    from tests.scoring.builders import make_record

    found = [f for f in run_rules(make_record(text, domain=domain, decision_date="2024-08-10"), load_knowledge())
             if f.kind == "public_interest"]
    return found[0].field if found else None


def test_unpaid_water_resource_fee_is_a_state_asset_clue():
    text = ("经复查，当事人已停止取水，但逾期未缴纳水资源费，经催缴至本决定作出时仍拒不缴纳，"
            "应缴的国有水资源费人民币126,000元持续处于流失状态。")
    assert public_interest_field(text, "water") == "state_assets"


def test_selling_cigarettes_to_minors_still_going_on_is_a_minors_clue():
    text = ("当事人在小学周边80米设置烟草销售网点并向未成年人出售卷烟。截至本决定作出时，"
            "当事人仍在该店铺继续经营卷烟零售。")
    assert public_interest_field(text, "tobacco") == "minors"
    assert public_interest_field("当事人在小学周边设置烟草销售网点并向未成年人出售卷烟，现已停业。", "tobacco") is None


SELLER = """某市市场监督管理局
行政处罚决定书
当事人：某市某某鞋业商行（个体工商户），统一社会信用代码：92441900MA5H7TQ23R。
经查，当事人购进假冒注册商标的运动鞋对外销售，已销售金额44,200元，库存未销售的侵权商品货值92,000元。
当事人的行为属于《中华人民共和国商标法》第五十七条第（三）项规定的销售侵犯注册商标专用权的商品的行为。
依据《中华人民共和国商标法》第六十条第二款的规定，本局决定：没收侵权商品，并处罚款66,300元。
某市市场监督管理局
2025年6月20日
"""


def test_a_sellers_goods_value_is_not_the_makers_illegal_business_amount():
    """商标法第五十七条第（三）项 is selling (刑法第二百一十四条: 销售金额五万元, 货值十五万元): 44,200元 sold
    and 92,000元 in stock reach neither; 第二百一十三条's 非法经营数额 is the maker's."""
    assert not {"ip-213-counterfeit-trademark", "ip-214-sell-counterfeit"} & criminal(analyse(SELLER))

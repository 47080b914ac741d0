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

"""Wordings met in the round-7 hand-written sets, read through the whole screening pipeline:
sales and taxes given in plain-text tables and lists (单价（元）, 单位：人民币元, 直接财产损失如下：),
sales and stock each priced in their own sentence, evaded taxes listed by kind, costs listed under
one heading, casualties in words, areas in a table column, records counted by month with no noun of
their own, and continuing harm written as 复查…仍进入 / 未清理."""

from __future__ import annotations

from tests.scoring.round7_texts import (
    ACCIDENT,
    ALARM,
    CUSTOMS_TAXES,
    FARM,
    GRASSLAND,
    INVOICE_TABLE,
    LOSSES,
    RECORDS,
    SALES_TABLE,
    SOLD_AND_STOCK,
)
from tests.scoring.test_rules_neighbours import criminal, kinds
from tests.scoring.test_rules_offence import analyse


def _table(rows: list[tuple[str, int, int]]) -> str:
    lines = ["款式         数量（双）   单价（元）"]
    lines += [f"{name}     {count}          {price}" for name, count, price in rows]
    return "\n".join(lines)


def test_a_table_of_counts_and_unit_prices_gives_the_sales():
    """刑法第二百一十四条, 销售金额五万元: 620×46 + 380×58 + 410×32 = 63,680元."""
    over = analyse(SALES_TABLE.format(table=_table([("迅翼·疾风", 620, 46), ("迅翼·云跑", 380, 58), ("迅翼·童款", 410, 32)])))
    assert "ip-214-sell-counterfeit" in criminal(over)
    under = analyse(SALES_TABLE.format(table=_table([("迅翼·疾风", 420, 46), ("迅翼·云跑", 280, 58), ("迅翼·童款", 310, 32)])))
    assert "ip-214-sell-counterfeit" not in criminal(under)  # 45,400元


def test_the_goods_sold_and_the_stock_each_priced_make_the_business_volume():
    """法释〔2004〕19号第十二条: 非法经营数额 counts the goods sold and the goods seized."""
    over = analyse(SOLD_AND_STOCK.format(april=214, stock=186))  # 550箱 × 110元 = 60,500元
    assert "ip-213-counterfeit-trademark" in criminal(over)
    under = analyse(SOLD_AND_STOCK.format(april=100, stock=50))  # 300箱 × 110元 = 33,000元
    assert "ip-213-counterfeit-trademark" not in criminal(under)


def test_evaded_taxes_listed_by_kind_are_added():
    """法释〔2014〕10号第二十四条: a unit's 偷逃应缴税额二十万元."""
    over = analyse(CUSTOMS_TAXES.format(taxes="关税人民币68,500元、进口环节增值税人民币142,300元、消费税人民币32,800元"))
    assert "customs-153-ordinary-goods" in criminal(over)
    split = analyse(CUSTOMS_TAXES.format(taxes="关税人民币68,500元；进口环节增值税人民币142,300元"))
    assert "customs-153-ordinary-goods" in criminal(split)
    under = analyse(CUSTOMS_TAXES.format(taxes="关税人民币48,500元、进口环节增值税人民币92,300元、消费税人民币22,800元"))
    assert "customs-153-ordinary-goods" not in criminal(under)


def test_costs_listed_under_one_heading_are_one_loss():
    """法释〔2023〕7号第一条第（十一）项、第十七条: 公私财产损失三十万元 counts clean-up and monitoring."""
    assert "env-338-pollution" in criminal(analyse(LOSSES.format(cleanup="186,000")))
    assert "env-338-pollution" not in criminal(analyse(LOSSES.format(cleanup="150,000")))


def test_casualties_written_in_words_count():
    """刑法第一百三十四条第一款, 立案追诉标准: 死亡一人或者重伤三人."""
    died = analyse(ACCIDENT.format(outcome="砸中地面作业人员韩某某，韩某某经送医院抢救无效，于当日死亡"))
    assert "safety-134-1-major-liability" in criminal(died)
    injured = analyse(ACCIDENT.format(outcome="砸伤三名工人，经司法鉴定，三人损伤程度均为重伤二级"))
    assert "safety-134-1-major-liability" in criminal(injured)
    two = analyse(ACCIDENT.format(outcome="砸伤两名工人，经司法鉴定，二人损伤程度均为重伤二级"))
    assert "safety-134-1-major-liability" not in criminal(two)
    spared = analyse(ACCIDENT.format(outcome="砸坏地面设备，未造成人员死亡"))
    assert "safety-134-1-major-liability" not in criminal(spared)


def test_areas_in_a_table_column_are_added():
    """法释〔2012〕15号第二条: 开垦草原二十亩 with the vegetation seriously destroyed."""
    assert "land-342-grassland" in criminal(analyse(GRASSLAND.format(first="8.6")))  # 22.7亩
    assert "land-342-grassland" not in criminal(analyse(GRASSLAND.format(first="4.6")))  # 18.7亩


def test_records_counted_by_month_are_the_records_the_sentence_before_names():
    """法释〔2017〕10号第五条第一款第（四）项: 住宿信息五百条."""
    assert "pi-253-1-personal-information" in criminal(analyse(RECORDS.format(february=208)))
    assert "pi-253-1-personal-information" not in criminal(analyse(RECORDS.format(february=50)))


def test_harm_found_again_at_a_later_check_is_continuing_harm():
    agency = "宁乡市生态环境局"
    going_on = analyse(FARM.format(agency=agency, after="2025年4月15日复查，猪粪水经明沟溢流仍进入小河港支流，"
                                                        "河段淤积的粪渣未清理。"))
    assert "public_interest" in kinds(going_on)
    cleared = analyse(FARM.format(agency=agency, after="2025年4月15日复查，排污管已封堵，河段已清理完毕。"))
    assert "public_interest" not in kinds(cleared)


def test_invoice_amounts_in_a_table_named_by_their_other_columns_are_added():
    """法释〔2024〕4号, 虚开发票罪 (刑法第二百零五条之一): 票面金额五十万元."""
    assert "tax-205-1-ordinary-invoice" in criminal(analyse(INVOICE_TABLE.format(first="186,420.00")))  # 530,370元
    assert "tax-205-1-ordinary-invoice" not in criminal(analyse(INVOICE_TABLE.format(first="96,420.00")))


def test_a_leak_found_with_the_alarm_switched_off_is_the_danger_of_dangerous_operation():
    """刑法第一百三十四条之一第（一）项: 关闭报警设备, 具有发生重大伤亡事故的现实危险."""
    leaking = analyse(ALARM.format(finding="执法人员在储罐区阀组处测得氨气浓度为286ppm，存在泄漏，而控制器未发出任何报警。"))
    assert "safety-134-1a-dangerous-operation" in criminal(leaking)
    tight = analyse(ALARM.format(finding="执法人员在储罐区阀组处检测，未检出氨气泄漏。"))
    assert "safety-134-1a-dangerous-operation" not in criminal(tight)


def test_a_table_whose_cells_carry_their_units_gives_the_sales():
    """型号　销售数量　销售单价, then 326副　129元: the units are in the cells, not the header."""
    rows = [("迅翼·疾风", "326副", "129元"), ("迅翼·云跑", "214副", "89元"), ("迅翼·童款", "97副", "59元")]
    table = "\n".join(["型号        销售数量    销售单价"] + [f"{a}     {b}       {c}" for a, b, c in rows])
    record = analyse(SALES_TABLE.format(table=table))  # 66,823元
    assert "ip-214-sell-counterfeit" in criminal(record)
    assert not [a for a in record.fields.amounts if a.value in (129.0, 89.0, 59.0)]  # a price is no amount

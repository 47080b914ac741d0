"""Wordings met in the round-15 hand-written sets: corals priced by the piece (块), pangolin scales
carried across the border (the smuggling offence takes the support of the home offence it
replaces), yew carvings read as a protected plant (刑法第三百四十四条), not an animal, the tax paid back in time in words without 已 (刑法第二百零一条第四款), the kinds of
a 漏缴 tax listed apart, a table of 销售量 × 销售单价, and the bases of 加付赔偿金 and of a fine on 不缴 tax."""

from __future__ import annotations

from analysis.scoring.rules.fine_base import _read_bases
from tests.scoring.round15_texts import (
    ARREARS_FINED,
    CATCH_UNDER_A_BAN,
    CHECKUP_RESULTS_SOLD,
    CORALS_BY_THE_PIECE,
    CREWS_OWED,
    DEATH_AFTER_INFUSION,
    FALCONS_VALUED_IN_CAPITALS,
    FARMLAND_NAMED_AFTER,
    FERTILIZER_SALES_TABLE,
    GAS_OVER_LIMIT_WORKED_ON,
    GOLD_AT_THE_MARKET_PRICE,
    INVOICES_BY_MONTH,
    NANMU_LISTED_IN_2021,
    QUARRY_WITH_TOOLS,
    RELICS_RENTED_OUT,
    SAMPLE_TUBE_IN_TAP_WATER,
    SCALES_BY_POST,
    TAX_PAID_IN_TIME,
    TOMB_DUG_INTO,
    WAYBILLS_SENT_THRICE,
    WINE_TWO_CONTRACTS,
    YEW_CARVINGS,
)
from tests.scoring.test_rules_neighbours import criminal, observed
from tests.scoring.test_rules_offence import analyse


def test_corals_priced_by_the_piece_are_added():
    """法释〔2022〕12号第六条: 国家二级 2万元; 36 × 360 + 20 × 420 = 21,360元 (30块: 19,200元)."""
    assert observed(analyse(CORALS_BY_THE_PIECE.format(first="36")), "wildlife-341-1") == 21360
    assert "wildlife-341-1-endangered" not in criminal(analyse(CORALS_BY_THE_PIECE.format(first="30")))


def test_scales_from_abroad_are_smuggling_not_a_protected_plant():
    """刑法第一百五十一条第二款 (法释〔2022〕12号第二条): 2万元; 800克 × 30元 = 24,000元."""
    found = criminal(analyse(SCALES_BY_POST.format(grams="800")))
    assert "wildlife-151-2-smuggling" in found and "forest-344-protected-plants" not in found
    assert not criminal(analyse(SCALES_BY_POST.format(grams="600")))


def test_tax_paid_within_the_time_limit_is_exempted():
    paid = "你单位于2024年8月7日在规定期限内全额缴纳了上述税款及滞纳金。"
    assert "tax-201-evasion" not in criminal(analyse(TAX_PAID_IN_TIME.format(paid=paid)))
    ordered = "限你单位于2024年8月30日前全额缴纳上述税款及滞纳金。截至本决定作出之日，你单位未缴纳。"
    assert "tax-201-evasion" in criminal(analyse(TAX_PAID_IN_TIME.format(paid=ordered)))


def test_a_protected_plant_named_with_no_animal_is_no_wildlife_offence():
    """法释〔2023〕8号第二条: 国家一级保护植物制品 2万元; 9,800 + 7,600 + 6,900 + 4,300 = 28,600元."""
    found = criminal(analyse(YEW_CARVINGS.format(first="9,800")))
    assert "forest-344-protected-plants" in found and "wildlife-341-1-endangered" not in found
    assert not criminal(analyse(YEW_CARVINGS.format(first="800")))


def test_the_kinds_of_a_tax_left_unpaid_are_one_evaded_tax():
    """法释〔2014〕10号第二十四条: 单位 20万元; 70,100 + 56,200 + 80,400 = 206,700元 (60,100: 196,700元)."""
    assert observed(analyse(WINE_TWO_CONTRACTS.format(first="70,100.00")), "customs-153") == 206700
    assert "customs-153-ordinary-goods" not in criminal(analyse(WINE_TWO_CONTRACTS.format(first="60,100.00")))


def test_a_table_of_tons_sold_times_the_price_per_ton_is_the_sales():
    """刑法第一百四十九条、第一百四十条: 销售金额 5万元; 10.5 × 2,600 + 11 × 2,400 = 53,700元 (9.5吨: 51,100; 8吨: 47,200)."""
    assert observed(analyse(FERTILIZER_SALES_TABLE.format(first="10.5")), "product-14") == 53700
    assert not criminal(analyse(FERTILIZER_SALES_TABLE.format(first="8.0")))


def test_compensation_and_unpaid_withheld_tax_give_their_bases():
    """劳动合同法第八十五条: 加付赔偿金 at 50% of the wages owed; 征管法第六十三条第二款: 不缴已扣税款."""
    text = "二、责令你单位按应付金额百分之五十向上述劳动者加付赔偿金，计人民币肆万叁仟陆佰柒拾伍元。"
    assert [(role, base.value) for role, base in _read_bases(text)] == [("wages_owed", 87350.0)]
    text = "你公司不缴已扣税款，对你公司处不缴税款一倍的罚款，计人民币壹拾壹万贰仟捌佰陆拾元。"
    assert [(role, base.value) for role, base in _read_bases(text)] == [("tax_evaded", 112860.0)]


def test_a_patients_death_is_illegal_medical_practice_not_a_work_accident():
    """刑法第三百三十六条第一款 (法释〔2016〕27号第三条): 造成就诊人死亡; 重大责任事故罪 needs 生产、作业."""
    died = criminal(analyse(DEATH_AFTER_INFUSION.format(outcome="抢救无效，于当日死亡，死亡证明载明死亡原因为过敏性休克")))
    assert "health-336-illegal-medical-practice" in died and "safety-134-1-major-liability" not in died
    healed = criminal(analyse(DEATH_AFTER_INFUSION.format(outcome="救治后于次日康复出院")))
    assert "safety-134-1-major-liability" not in healed


def test_relics_rented_out_are_neither_sold_nor_damaged():
    """刑法第三百二十六条 is 出售 (or buying to sell); 第三百二十四条 is 损毁 of 五件以上三级文物: renting out is neither."""
    assert not criminal(analyse(RELICS_RENTED_OUT.format(count="9", act="出租")))
    assert not criminal(analyse(RELICS_RENTED_OUT.format(count="9", act="出借")))


def test_the_tools_value_is_no_value_of_the_ore():
    """法释〔2016〕25号第三条: 10万元; 2,320吨 × 40元 = 92,800元 (3,000吨: 12万元); the machines are tools."""
    assert "mining-343-1-illegal" not in criminal(analyse(QUARRY_WITH_TOOLS.format(tons="2,320")))
    assert observed(analyse(QUARRY_WITH_TOOLS.format(tons="3,000")), "mining-343-1") == 120000


def test_land_named_permanent_farmland_later_is_not_other_farmland():
    """法释〔2000〕14号第三条: 永久基本农田 5亩; 0.38公顷 = 5.7亩 (0.3公顷 = 4.5亩)."""
    assert observed(analyse(FARMLAND_NAMED_AFTER.format(area="0.38")), "land-342-cultivated") == 5.7
    assert not criminal(analyse(FARMLAND_NAMED_AFTER.format(area="0.30")))


def test_the_date_of_a_cited_list_is_not_the_date_of_the_act():
    """法释〔2023〕8号 (in force from 2023-08-15) reads 2024's felling: 国家二级保护植物 2株; 3株."""
    assert "forest-344-protected-plants" in criminal(analyse(NANMU_LISTED_IN_2021.format(count="3")))
    assert not criminal(analyse(NANMU_LISTED_IN_2021.format(count="1")))


def test_checkup_results_are_health_information():
    """法释〔2017〕10号第五条第一款第（四）项: 健康生理信息 500条; 860条 (420条 is under)."""
    assert observed(analyse(CHECKUP_RESULTS_SOLD.format(count="860")), "pi-253-1") == 860
    assert "pi-253-1-personal-information" not in criminal(analyse(CHECKUP_RESULTS_SOLD.format(count="420")))


def test_a_tomb_dug_into_in_a_police_decision_is_a_lead():
    """刑法第三百二十八条 (盗掘古墓葬, a conduct offence): 盗洞已贯通墓室; a tomb only threatened is none."""
    assert "relics-326-328-trafficking-tomb-robbing" in criminal(analyse(TOMB_DUG_INTO.format(dug="盗洞已贯通墓室")))
    assert not criminal(analyse(TOMB_DUG_INTO.format(dug="尚未挖至墓室即被巡查人员制止，墓葬面临被盗掘的危险")))


def test_a_sample_tube_in_tap_water_interferes_with_the_monitoring():
    """法释〔2023〕7号第一条第（七）项: 重点排污单位 干扰自动监测设施 (the sample diluted)."""
    dipped = "被人为从总排口采样井拔出，插入一只装有自来水的塑料桶内"
    assert "env-338-pollution" in criminal(analyse(SAMPLE_TUBE_IN_TAP_WATER.format(found=dipped)))
    assert not criminal(analyse(SAMPLE_TUBE_IN_TAP_WATER.format(found="因冬季结冰堵塞，运维单位未及时疏通")))


def test_working_on_past_a_stop_order_with_gas_over_the_limit_is_dangerous_operation():
    """刑法第一百三十四条之一第（二）项: 责令停止作业 refused, with the gas over its limit (现实危险)."""
    refused = "该矿在未排除隐患、未经验收的情况下，每班组织二十余名工人进入8105工作面割煤。"
    assert "safety-134-1a-dangerous-operation" in criminal(analyse(GAS_OVER_LIMIT_WORKED_ON.format(after=refused)))
    complied = "该工作面已停止作业，隐患已排除并经验收合格。"
    assert not criminal(analyse(GAS_OVER_LIMIT_WORKED_ON.format(after=complied)))


def test_tax_left_unpaid_after_the_order_is_no_evasion():
    """征管法第六十八条 (欠税): 处不缴税款百分之五十 is no 逃税 base; withheld tax kept (第六十三条第二款) is."""
    assert "tax-201-evasion" not in criminal(analyse(ARREARS_FINED))


def test_crews_owed_per_head_are_added():
    """法释〔2013〕3号第三条: 18 × 18,600 + 14 × 16,200 = 561,600元 owed and still unpaid after the order."""
    assert observed(analyse(CREWS_OWED.format(heads="18")), "labor-276-1") == 561600


def test_the_date_a_ban_took_effect_is_not_the_date_of_the_catch():
    """法释〔2022〕12号第三条 (in force for 2025's catch): 500公斤 or 1万元; 476公斤 and 6,120元 are under."""
    assert not criminal(analyse(CATCH_UNDER_A_BAN.format(kilos="476")))


def test_batches_whose_records_hold_personal_details_are_personal_information():
    """法释〔2017〕10号第五条第一款第（五）项: 5,000条; 2,860 + 1,950 + 1,420 = 6,230条 (1,460: 4,830条)."""
    assert observed(analyse(WAYBILLS_SENT_THRICE.format(first="2,860")), "pi-253-1") == 6230
    assert "pi-253-1-personal-information" not in criminal(analyse(WAYBILLS_SENT_THRICE.format(first="1,460")))


def test_a_value_per_head_in_capitals_with_wan_is_read_whole():
    """法释〔2022〕12号第六条: 国家一级 2万元; 3 × 壹万贰仟元 = 36,000元 (1只: 12,000元)."""
    assert observed(analyse(FALCONS_VALUED_IN_CAPITALS.format(count="3")), "wildlife-341-1") == 36000
    assert not criminal(analyse(FALCONS_VALUED_IN_CAPITALS.format(count="1")))


def test_a_market_purchase_price_the_agency_values_at_is_the_value():
    """法释〔2016〕25号第三条: 10万元; 412克 × 380元 = 156,560元 (200克: 76,000元)."""
    assert observed(analyse(GOLD_AT_THE_MARKET_PRICE.format(grams="412")), "mining-343-1") == 156560
    assert not criminal(analyse(GOLD_AT_THE_MARKET_PRICE.format(grams="200")))


def test_rows_named_alike_with_close_figures_are_all_added():
    """法释〔2024〕4号第十一条: 10万元; 38,610 + 47,320 + 38,470 = 124,400元 (the first and last differ by 140元);
    with 20,320元 in the middle: 97,400元."""
    assert observed(analyse(INVOICES_BY_MONTH.format(second="47,320")), "tax-205") == 124400
    assert "tax-205-vat-invoice" not in criminal(analyse(INVOICES_BY_MONTH.format(second="20,320")))

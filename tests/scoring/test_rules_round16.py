"""Wordings met in the round-16 hand-written sets, each at a figure over the line and one under:
a monitoring table whose header cell holds a space inside its brackets, stock at its marked price
in a combined measure, drums counted in the sentence before their weight, a protected plant
valued at the local purchase price by grade, a crop loss of area × loss per mu × price, customs
duties as dutiable value × rate, and the kinds of a smuggled tax under a heading without 偷逃;
and the qualitative acts said in other words (a buried pipe, a shaft into a tomb, gas stored
under homes, a tanker run after the stop order, payments taken without the licence)."""

from __future__ import annotations

import pytest

from analysis.extract.tables import split_cells
from tests.scoring.round16_texts import (
    FAKE_SEEDS_CROP_LOSS,
    GAS_IN_A_GARAGE,
    GOODS_AT_DUTIABLE_PRICES,
    GRADED_HERBS,
    MONITORING_TABLE,
    PAYMENTS_WITHOUT_A_LICENCE,
    PIPE_UNDER_THE_FLOOR,
    SHOES_AT_THE_MARKED_PRICE,
    TANKER_KEPT_RUNNING,
    TAXES_LISTED_UNDER_A_HEADING,
    TOMB_SHAFT,
    WASTE_OIL_BY_THE_DRUM,
)
from tests.scoring.test_rules_neighbours import criminal, observed
from tests.scoring.test_rules_offence import analyse


def test_a_space_inside_brackets_is_no_cell_break():
    cells = split_cells("  监测项目   监测值   排放限值(GB 21900-2008表2)")
    assert [cell for cell, _ in cells] == ["监测项目", "监测值", "排放限值(GB 21900-2008表2)"]


def test_the_exceedance_is_read_from_a_table_whose_header_has_a_space():
    """法释〔2023〕7号第一条第（四）项: 镉 over three times its limit; 0.27 / 0.05 − 1 = 4.4."""
    assert observed(analyse(MONITORING_TABLE.format(cadmium="0.27")), "env-338-pollution") == pytest.approx(4.4)
    assert "env-338-pollution" not in criminal(analyse(MONITORING_TABLE.format(cadmium="0.18")))


def test_unsold_stock_at_its_marked_price_counts_in_the_combined_measure():
    """已销售金额＋未销售货值 十五万元: 300 × 426 + 150 × 188 = 156,000元; 280双: 147,480元."""
    assert observed(analyse(SHOES_AT_THE_MARKED_PRICE.format(shoes="300")), "ip-214") == 156000
    assert "ip-214-sell-counterfeit" not in criminal(analyse(SHOES_AT_THE_MARKED_PRICE.format(shoes="280")))


def test_drums_counted_in_the_sentence_before_their_weight_are_weighed():
    """危险废物三吨: (31 + 26 + 17) × 0.05 = 3.7吨; × 0.04 = 2.96吨."""
    assert observed(analyse(WASTE_OIL_BY_THE_DRUM.format(weight="0.05")), "env-338-pollution") == pytest.approx(3.7)
    assert "env-338-pollution" not in criminal(analyse(WASTE_OIL_BY_THE_DRUM.format(weight="0.04")))


def test_a_local_purchase_price_values_a_protected_plant():
    """法释〔2023〕8号: 国家二级保护植物 二万元; 90 × 120 + 150 × 65 = 20,550元; 80千克: 19,350元."""
    assert observed(analyse(GRADED_HERBS.format(first="90")), "forest-344") == 20550
    assert "forest-344-protected-plants" not in criminal(analyse(GRADED_HERBS.format(first="80")))


def test_a_crop_loss_is_area_times_loss_per_mu_times_price():
    """刑法第一百四十七条 使生产遭受损失二万元: 80亩 × 110公斤 × 2.3元 = 20,240元; 78亩: 19,734元."""
    assert observed(analyse(FAKE_SEEDS_CROP_LOSS.format(area="80")), "product-147") == pytest.approx(20240)
    assert "product-147-agri-inputs" not in criminal(analyse(FAKE_SEEDS_CROP_LOSS.format(area="78")))


def test_duties_are_dutiable_value_times_rate():
    """法释〔2014〕10号第十六条: 个人偷逃税款十万元; 390,000 × 20% + 90,000 × 20% + 25,000 × 50% = 108,500元."""
    over = analyse(GOODS_AT_DUTIABLE_PRICES.format(total="505,000", watches="390,000"))
    assert observed(over, "customs-153") == pytest.approx(108500)
    under = analyse(GOODS_AT_DUTIABLE_PRICES.format(total="455,000", watches="340,000"))
    assert "customs-153-ordinary-goods" not in criminal(under)  # 68,000 + 18,000 + 12,500 = 98,500元


def test_smuggled_taxes_listed_under_a_heading_are_added_for_a_company():
    """单位偷逃应缴税额二十万元: 102,000 + 61,300 + 38,200 = 201,500元; 关税98,000元: 197,500元."""
    assert observed(analyse(TAXES_LISTED_UNDER_A_HEADING.format(duty="102,000")), "customs-153") == 201500
    assert "customs-153-ordinary-goods" not in criminal(analyse(TAXES_LISTED_UNDER_A_HEADING.format(duty="98,000")))


def test_payments_taken_without_the_licence_are_the_payment_offence():
    """法释〔2019〕1号第四条: 违法所得十万元."""
    assert "finance-225-payment-settlement" in criminal(analyse(PAYMENTS_WITHOUT_A_LICENCE.format(gains="12.6")))
    assert "finance-225-payment-settlement" not in criminal(analyse(PAYMENTS_WITHOUT_A_LICENCE.format(gains="8.6")))


def test_a_tanker_run_after_the_stop_order_is_dangerous_operation():
    """刑法第一百三十四条之一第（二）项, decided by a transport agency."""
    ran = "在收到上述通知书后拒不执行，仍安排驾驶员使用该车辆运输甲苯共9趟次"
    assert "safety-134-1a-dangerous-operation" in criminal(analyse(TANKER_KEPT_RUNNING.format(after=ran)))
    stopped = "在收到上述通知书后将该车辆停放于停车场，未再使用，已于2月20日完成维修并通过检验"
    assert "safety-134-1a-dangerous-operation" not in criminal(analyse(TANKER_KEPT_RUNNING.format(after=stopped)))


def test_a_buried_pipe_out_of_the_works_is_the_hidden_pipe():
    """法释〔2023〕7号第一条第（四）项: 暗管 with toxic substances, whatever the pipe is called."""
    out = "经厂区围墙下方通至厂外雨水沟，检查时管道正在排水"
    assert "env-338-pollution" in criminal(analyse(PIPE_UNDER_THE_FLOOR.format(leads=out)))
    works = "连接厂区污水处理站调节池，处理后经在线监测的规范排放口排放"
    assert "env-338-pollution" not in criminal(analyse(PIPE_UNDER_THE_FLOOR.format(leads=works)))


def test_a_shaft_into_a_tomb_with_objects_taken_is_tomb_robbing():
    """刑法第三百二十八条: a conduct offence, no figure."""
    robbed = "竖井系当事人夜间使用洛阳铲、卷扬机开挖，当事人从墓内取出陶罐3件（已追回）"
    assert "relics-326-328-trafficking-tomb-robbing" in criminal(analyse(TOMB_SHAFT.format(how=robbed)))
    building = "竖井系当事人建房施工中挖到墓室后停工报告，未取出任何物品"
    assert "relics-326-328-trafficking-tomb-robbing" not in criminal(analyse(TOMB_SHAFT.format(how=building)))


def test_gas_stored_without_the_licence_under_homes_is_dangerous_operation():
    """刑法第一百三十四条之一第（三）项 needs the present danger stated."""
    homes = "；车库上方为居民住宅，无通风及可燃气体报警装置"
    assert "safety-134-1a-dangerous-operation" in criminal(analyse(GAS_IN_A_GARAGE.format(danger=homes)))
    assert "safety-134-1a-dangerous-operation" not in criminal(analyse(GAS_IN_A_GARAGE.format(danger="")))

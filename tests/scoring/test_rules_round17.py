"""Wordings met in the round-17 hand-written sets, each at a figure over the line and one under:
the taxes of the goods after 上述货物偷逃, a duty table of 完税价格 and rates, catches weighed hold by
hold under a caption's unit, steps named only by their ordinals, land classes and later statements
of the kind of land, records per vehicle, stumps counted as trees, the 三有 status denied, the
rest of a lot denied protection, a monitoring range changed, and 刑法第二百零一条第四款's proviso."""

from __future__ import annotations

import pytest

from analysis.text.numbers import cn_to_int
from tests.scoring.round17_texts import (
    CATCH_BY_THE_HOLD,
    DRYLAND_PLOTS,
    DUTY_TABLE,
    PLANTS_MOSTLY_UNPROTECTED,
    PLOTS_OF_FARMLAND,
    RANGE_CHANGED,
    STUMPS_COUNTED,
    TAXES_OF_THE_GOODS,
    TWICE_PUNISHED_EVADER,
    VEHICLES_LOCATED,
    WAYBILLS_BY_ORDINAL,
    WILD_BOAR_MEAT,
)
from tests.scoring.test_rules_neighbours import criminal, observed
from tests.scoring.test_rules_offence import analyse


def test_a_zero_between_places_keeps_the_ten():
    assert cn_to_int("九万八千零十二") == 98012
    assert cn_to_int("一千零五") == 1005


def test_taxes_of_the_goods_named_back_are_added():
    """单位偷逃应缴税额二十万元: 45,000 + 70,120.40 + 88,310.60 = 203,431元; 关税40,000元: 198,431元."""
    assert observed(analyse(TAXES_OF_THE_GOODS.format(duty="45,000.00")), "customs-153") == pytest.approx(203431)
    assert "customs-153-ordinary-goods" not in criminal(analyse(TAXES_OF_THE_GOODS.format(duty="40,000.00")))


def test_a_duty_table_gives_duty_and_import_vat():
    """关税 + (完税价格 + 关税) × 增值税税率: 620,000 × 0.199 + 360,000 × 0.2208 = 202,868元; 590,000: 196,898元."""
    assert observed(analyse(DUTY_TABLE.format(first="620,000")), "customs-153") == pytest.approx(202868)
    assert "customs-153-ordinary-goods" not in criminal(analyse(DUTY_TABLE.format(first="590,000")))


def test_catches_weighed_hold_by_hold_take_the_captions_unit():
    """法释〔2016〕17号第四条: 海洋 一万公斤; 3,100 + 2,400 + 2,900 + 1,700 = 10,100公斤; 2,900: 9,900."""
    assert observed(analyse(CATCH_BY_THE_HOLD.format(first="3,100")), "fishery-340-marine") == 10100
    assert "fishery-340-marine" not in criminal(analyse(CATCH_BY_THE_HOLD.format(first="2,900")))


def test_steps_named_only_by_their_ordinals_are_added():
    """法释〔2017〕10号第五条: 其他个人信息五千条; 1,900 + 1,700 + 1,500 = 5,100条; 1,700: 4,900条."""
    assert observed(analyse(WAYBILLS_BY_ORDINAL.format(first="1,900")), "pi-253-1") == 5100
    assert "pi-253-1-personal-information" not in criminal(analyse(WAYBILLS_BY_ORDINAL.format(first="1,700")))


def test_the_kind_of_land_stated_in_a_later_section_qualifies_every_plot():
    """永久基本农田五亩: 1,400 + 1,050 + 960 = 3,410平方米 = 5.1亩; 1,300: 4.97亩."""
    assert observed(analyse(PLOTS_OF_FARMLAND.format(first="1,400")), "land-342-cultivated") == pytest.approx(5.115)
    assert "land-342-cultivated" not in criminal(analyse(PLOTS_OF_FARMLAND.format(first="1,300")))


def test_dry_land_is_farmland():
    """其他耕地十亩: 旱地 is 耕地 (GB/T 21010); 3.0 + 3.8 + 3.4 = 10.2亩; 2.7: 9.9亩."""
    assert observed(analyse(DRYLAND_PLOTS.format(first="3.0")), "land-342-cultivated") == pytest.approx(10.2)
    assert "land-342-cultivated" not in criminal(analyse(DRYLAND_PLOTS.format(first="2.7")))


def test_tax_paid_back_does_not_exempt_one_punished_twice_before():
    """刑法第二百零一条第四款但书: 92,015 + 26,000 = 118,015元 (13.4%)."""
    twice = ("你公司曾因隐匿收入少缴税款，于2021年10月被处以少缴税款百分之五十的罚款（某税罚〔2021〕66号），"
             "于2023年5月被处以少缴税款一倍的罚款（某税罚〔2023〕19号），均已执行。")
    assert "tax-201-evasion" in criminal(analyse(TWICE_PUNISHED_EVADER.format(history=twice)))
    never = "你公司此前未因逃避缴纳税款受过刑事处罚或者行政处罚。"
    assert "tax-201-evasion" not in criminal(analyse(TWICE_PUNISHED_EVADER.format(history=never)))


def test_records_per_vehicle_are_counted():
    """行踪轨迹信息五十条: 15 + 20 + 16 = 51条; 13台: 49条."""
    assert observed(analyse(VEHICLES_LOCATED.format(first="15")), "pi-253-1") == 51
    assert "pi-253-1-personal-information" not in criminal(analyse(VEHICLES_LOCATED.format(first="13")))


def test_stumps_are_trees_felled():
    """法释〔2023〕8号第四条: 幼树二百株; 75 + 70 + 60 = 205株; 65: 195株."""
    assert observed(analyse(STUMPS_COUNTED.format(first="75")), "forest-345-1") == 205
    assert "forest-345-1-theft" not in criminal(analyse(STUMPS_COUNTED.format(first="65")))


def test_the_lower_line_needs_the_status_stated_not_denied():
    """刑法第三百四十一条第三款: 1,300公斤 × 36元 = 46,800元 is over 一万 (三有、地方重点) and under 五万."""
    denied = "经核查，野猪不属于国家重点保护野生动物，亦不在《有重要生态、科学、社会价值的陆生野生动物名录》之内。"
    assert "wildlife-341-3-terrestrial-food" not in criminal(analyse(WILD_BOAR_MEAT.format(status=denied)))
    local = "经核查，涉案野猪属于本省地方重点保护野生动物。"
    assert "wildlife-341-3-terrestrial-food" in criminal(analyse(WILD_BOAR_MEAT.format(status=local)))


def test_the_rest_denied_protection_is_left_out_of_the_count():
    """法释〔2023〕8号第二条: 国家二级保护植物二株; 48 − 45 = 3株; 46 − 45 = 1株."""
    assert "forest-344-protected-plants" in criminal(analyse(PLANTS_MOSTLY_UNPROTECTED.format(total="48", protected="3")))
    assert "forest-344-protected-plants" not in criminal(
        analyse(PLANTS_MOSTLY_UNPROTECTED.format(total="46", protected="1")))


def test_a_monitoring_range_changed_to_pass_is_tampering():
    """法释〔2023〕7号第一条第（七）项、第十一条 (修改参数)."""
    changed = "将二氧化硫分析仪的量程上限由500mg/m³修改为100mg/m³，致使上传数据长期显示达标"
    assert "env-338-pollution" in criminal(analyse(RANGE_CHANGED.format(what=changed)))
    calibrated = "对二氧化硫分析仪进行了例行校准，校准记录完整，监测数据与手工比对结果一致"
    assert "env-338-pollution" not in criminal(analyse(RANGE_CHANGED.format(what=calibrated)))

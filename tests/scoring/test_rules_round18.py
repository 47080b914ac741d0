"""Wordings met in the round-18 hand-written sets, each at a figure over the line and one under or a
near miss: crews × monthly wage × months, 应纳 − 已缴 by tax kind, a tax table whose figures follow
their rates, one dutiable value with the rates stated after it, a table of measured values whose
limits a sentence gives, stumps × the volume of one tree, pits valued at an appraised price, the
occupied land named again, persons covered as records, and the qualitative acts in other words
(a sealed workshop reopened, alarms switched off with ammonia in the air, waste poured into a pit
to soak away); and the figures that are no measure (a tool's value 合计, a right holder's claim,
a crowd that was not harmed, an electric-fishing catch after the ban season)."""

from __future__ import annotations

import pytest

from tests.scoring.round18_texts import (
    ALARMS_OFF,
    CREWS_BY_MONTH,
    CROWDED_NOT_HARMED,
    DUE_LESS_PAID,
    ELECTRIC_FISHING,
    MEASURED_COLUMN_ONLY,
    OCCUPIED_LAND_NAMED_AGAIN,
    PERSONS_COVERED,
    PITS_APPRAISED,
    POURED_INTO_A_PIT,
    RATED_TAX_ROWS,
    RIGHT_HOLDERS_CLAIM,
    SEALED_WORKSHOP,
    STUMPS_BY_VOLUME,
    VALUE_AND_RATES,
    WRONG_MEASURES,
)
from tests.scoring.test_rules_neighbours import criminal, observed
from tests.scoring.test_rules_offence import analyse


def test_crews_times_monthly_wage_times_months():
    """6 × 7,000 × 3 + 4 × 8,000 × 3 + 3 × 5,000 × 2 = 252,000元."""
    record = analyse(CREWS_BY_MONTH.format(carpenters="6"))
    assert observed(record, "labor-276-1") == 252000
    assert "labor-276-1-wage-refusal" in criminal(record)


def test_tax_due_less_tax_paid_by_kind():
    """逃税十万元: (215,000 − 150,000) + (80,000 − 40,000) = 105,000元; 205,000: 95,000元."""
    over = analyse(DUE_LESS_PAID.format(vat_due="215,000.00", total_due="295,000.00"))
    assert observed(over, "tax-201") == 105000
    under = analyse(DUE_LESS_PAID.format(vat_due="205,000.00", total_due="285,000.00"))
    assert "tax-201-evasion" not in criminal(under)


def test_tax_figures_after_their_rates_are_the_evaded_tax():
    """单位二十万元: 63,000 + 60,000 + 78,000 = 201,000元; 60,200: 198,200元."""
    assert observed(analyse(RATED_TAX_ROWS.format(base="450,000", duty="63,000.00")), "customs-153") == 201000
    assert "customs-153-ordinary-goods" not in criminal(analyse(RATED_TAX_ROWS.format(base="430,000", duty="60,200.00")))


def test_one_dutiable_value_with_its_rates():
    """个人十万元: 420,000 × (10% + 1.1 × 13%) = 102,060元; 400,000: 97,200元."""
    assert observed(analyse(VALUE_AND_RATES.format(value="420,000")), "customs-153") == pytest.approx(102060)
    assert "customs-153-ordinary-goods" not in criminal(analyse(VALUE_AND_RATES.format(value="400,000")))


def test_measured_values_against_limits_a_sentence_gives():
    """超标三倍: 2.2 / 0.5 − 1 = 3.4倍; 1.9: 2.8倍."""
    assert observed(analyse(MEASURED_COLUMN_ONLY.format(chromium="2.2")), "env-338") == pytest.approx(3.4)
    assert "env-338-pollution" not in criminal(analyse(MEASURED_COLUMN_ONLY.format(chromium="1.9")))


def test_stumps_times_the_volume_of_one_tree():
    """盗伐五立方米: 18 × 0.2 + 10 × 0.15 = 5.1立方米; 17: 4.9立方米."""
    assert observed(analyse(STUMPS_BY_VOLUME.format(firs="18")), "forest-345-1") == pytest.approx(5.1)
    assert "forest-345-1-theft" not in criminal(analyse(STUMPS_BY_VOLUME.format(firs="17")))


def test_an_appraised_selling_price_values_the_ore_not_the_sales_ledger():
    """矿产品价值十万元: (2,400 + 3,000 + 1,400) × 15 = 102,000元 beside 收款6万; 2,200: 99,000元."""
    assert observed(analyse(PITS_APPRAISED.format(first="2,400")), "mining-343-1") == 102000
    assert "mining-343-1-illegal" not in criminal(analyse(PITS_APPRAISED.format(first="2,200")))


def test_the_occupied_land_named_again_gives_its_kind():
    """公益林地五亩: 1,900 + 1,500 = 3,400平方米 = 5.1亩; 1,800: 4.95亩."""
    assert observed(analyse(OCCUPIED_LAND_NAMED_AGAIN.format(first="1,900")), "land-342-forest") == pytest.approx(5.1)
    assert "land-342-forest" not in criminal(analyse(OCCUPIED_LAND_NAMED_AGAIN.format(first="1,800")))


def test_persons_covered_are_records():
    """财产信息五十条: 52 persons; 48."""
    assert observed(analyse(PERSONS_COVERED.format(persons="52")), "pi-253-1") == 52
    assert "pi-253-1-personal-information" not in criminal(analyse(PERSONS_COVERED.format(persons="48")))


def test_a_sealed_workshop_reopened_is_dangerous_operation():
    reopened = "发现车间封条已被揭除，反应釜处于投料运行状态，现场有作业人员5名"
    assert "safety-134-1a-dangerous-operation" in criminal(analyse(SEALED_WORKSHOP.format(found=reopened)))
    sealed = "车间封条完好，反应釜均处于停机状态，现场无人员作业"
    assert "safety-134-1a-dangerous-operation" not in criminal(analyse(SEALED_WORKSHOP.format(found=sealed)))


def test_alarms_switched_off_need_the_danger_stated():
    smell = "；检查时机房内可闻到明显氨味，检测仪读数为40ppm"
    assert "safety-134-1a-dangerous-operation" in criminal(analyse(ALARMS_OFF.format(smell=smell)))
    assert "safety-134-1a-dangerous-operation" not in criminal(analyse(ALARMS_OFF.format(smell="")))


def test_waste_poured_into_a_pit_to_soak_away_is_a_seepage_pit():
    pit = "由工人夜间抬到后山空地倒入一处土坑，让其自然下渗"
    assert "env-338-pollution" in criminal(analyse(POURED_INTO_A_PIT.format(where=pit)))
    licensed = "交由有危险废物经营许可证的单位运输处置，转移联单齐全"
    assert "env-338-pollution" not in criminal(analyse(POURED_INTO_A_PIT.format(where=licensed)))


def test_electric_fishing_after_the_ban_season_is_no_ban_season_offence():
    during = analyse(ELECTRIC_FISHING.format(date="2025年6月20日", setting="本案发生在禁渔期内。"))
    assert "fishery-340-inland" in criminal(during)
    after = analyse(ELECTRIC_FISHING.format(date="2025年8月23日",
                                            setting="本案发生时已过禁渔期，该河段亦不属于划定的禁渔区。"))
    assert "fishery-340-inland" not in criminal(after)


def test_figures_that_are_no_measure():
    assert not criminal(analyse(WRONG_MEASURES.format(loads="70")))  # 挖掘机…价值合计32万元 is a tool's
    assert "ip-214-sell-counterfeit" not in criminal(analyse(RIGHT_HOLDERS_CLAIM))  # 权利人称…539.4万元
    assert not criminal(analyse(CROWDED_NOT_HARMED))  # 在场人数…300人 are not the dead

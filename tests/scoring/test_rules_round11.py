"""Wordings met in the round-11 hand-written sets, read through the whole screening pipeline: steps
of one act told in sentences each opened by its ordinal, the kind said of them in a later paragraph
(上述资料…属于住宿信息), a colon that announces its parts (由两块组成：), a count column named by its
unit (条数), prices that each name their kind, a price in words after a note on the unit, a
monthly wage times the months unpaid, prices in capital numerals, a middle row that is no total,
and back taxes paid in other words."""

from __future__ import annotations

from tests.scoring.round11_texts import (
    FOREST_TWO_PLOTS,
    GLOVE_ROWS,
    LIMESTONE_IN_WORDS,
    LODGING_STEPS,
    MONTHLY_TABLE,
    MONTHLY_WAGE,
    PRICED_KINDS,
    TAX_PAID_BACK,
    TWO_STYLES,
    WIRE_IN_WORDS,
)
from tests.scoring.test_rules_neighbours import criminal, observed
from tests.scoring.test_rules_offence import analyse

LODGING = "属于住宿信息"



def test_steps_told_by_ordinals_add_up_and_a_later_paragraph_names_their_kind():
    """法释〔2017〕10号第五条第一款第（四）项: 住宿信息 of 500条; 第一次 284 + 第二次 236 = 520条."""
    record = analyse(LODGING_STEPS.format(first="284", kind=LODGING))
    assert observed(record, "pi-253-1") == 520
    assert "pi-253-1-personal-information" not in criminal(analyse(LODGING_STEPS.format(first="254", kind=LODGING)))


def test_a_later_paragraph_that_denies_the_kind_names_none():
    """一般个人信息 counts against 5,000条: 520条 of it is no lead."""
    denied = LODGING_STEPS.format(first="284", kind="不属于住宿信息，系一般个人信息")
    assert "pi-253-1-personal-information" not in criminal(analyse(denied))


def test_a_colon_that_announces_two_plots_lists_parts_to_add():
    """法释〔2023〕8号第一条: 公益林地 of 5亩; 2,150 + 1,290 = 3,440平方米 = 5.16亩."""
    record = analyse(FOREST_TWO_PLOTS.format(first="2,150"))
    assert round(observed(record, "land-342-forest"), 2) == 5.16
    assert "land-342-forest" not in criminal(analyse(FOREST_TWO_PLOTS.format(first="1,950")))  # 4.86亩


def test_a_count_column_named_by_its_unit_is_read_and_added():
    """住宿信息 of 500条 by month: 62 + 151 + 168 + 139 = 520条; the kind said after the table."""
    kind = "上述表格所载内容为旅馆住宿信息。"
    assert observed(analyse(MONTHLY_TABLE.format(first="62", kind=kind)), "pi-253-1") == 520
    assert "pi-253-1-personal-information" not in criminal(analyse(MONTHLY_TABLE.format(first="32", kind=kind)))


def test_prices_that_name_their_kind_value_the_count_of_that_kind():
    """法释〔2022〕12号第六条: 2万元; 盘羊头骨 3副 × 4,300 + 马鹿角 2副 × 4,900 = 22,700元."""
    record = analyse(PRICED_KINDS.format(first="3"))
    assert observed(record, "wildlife-341-1") == 22700
    assert "wildlife-341-1-endangered" not in criminal(analyse(PRICED_KINDS.format(first="2")))  # 18,400元


def test_a_price_in_words_after_a_note_on_the_unit_values_the_sales():
    """立案追诉标准（一）第十六条: 销售金额 5万元; 1,200卷 × 四十五元 = 54,000元 (1,000卷: 45,000元)."""
    assert "product-140-fake-inferior" in criminal(analyse(WIRE_IN_WORDS.format(first="1,200")))
    assert "product-140-fake-inferior" not in criminal(analyse(WIRE_IN_WORDS.format(first="1,000")))


def test_a_monthly_wage_times_the_months_unpaid_is_the_sum_owed():
    """法释〔2013〕3号第三条: one worker's wages of 五千元至二万元以上 (the KB's 5,000元 line); 4,600 × 5 = 23,000元."""
    record = analyse(MONTHLY_WAGE.format(wage="4,600"))
    assert observed(record, "labor-276-1") == 23000
    assert "labor-276-1-wage-refusal" not in criminal(analyse(MONTHLY_WAGE.format(wage="900")))  # 4,500元


def test_a_price_in_capital_numerals_with_jiao_values_the_ore():
    """法释〔2016〕25号第三条: 矿产品价值 10万元 (the province's lowest line); 12,000吨 × 捌元伍角 = 102,000元."""
    assert "mining-343-1-illegal" in criminal(analyse(LIMESTONE_IN_WORDS.format(tons="12,000")))
    assert "mining-343-1-illegal" not in criminal(analyse(LIMESTONE_IN_WORDS.format(tons="11,000")))  # 93,500元


def test_each_style_at_its_own_selling_price_makes_the_sales():
    """ip-214 (2025): 销售金额 5万元; 1,260 × 29.8 + 540 × 33.5 = 55,638元: the second price sells too."""
    record = analyse(TWO_STYLES.format(first="1,260"))
    assert observed(record, "ip-214") == 55638
    assert "ip-214-sell-counterfeit" not in criminal(analyse(TWO_STYLES.format(first="1,000")))  # 47,890元


def test_a_middle_row_that_happens_to_equal_the_others_is_no_total():
    """One row (M号 29,260元) is about the sum of the other two (29,190元): a row, not the table's
    total. 销售金额 5万元 (刑法第149条 fallback): 16,170 + 29,260 + 13,020 = 58,450元."""
    record = analyse(GLOVE_ROWS.format(first="420"))
    assert observed(record, "product-145") == 58450


def test_tax_paid_back_in_other_words_is_exempt():
    """刑法第二百零一条第四款: the tax and 滞纳金 paid back after the 处理决定, first offence."""
    for paid in ("你单位已于2025年7月15日将上述税款及滞纳金共计人民币191,377.40元全部缴纳入库。",
                 "你单位已于2025年7月15日缴清上述全部税款及滞纳金。"):
        assert "tax-201-evasion" not in criminal(analyse(TAX_PAID_BACK.format(paid=paid)))
    assert "tax-201-evasion" in criminal(analyse(TAX_PAID_BACK.format(paid="你单位逾期未缴纳。")))

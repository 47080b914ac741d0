"""Wordings met in the round-11 hand-written sets, read through the whole screening pipeline: steps
of one act told in sentences each opened by its ordinal, the kind said of them in a later paragraph
(上述资料…属于住宿信息), a colon that announces its parts (由两块组成：), a count column named by its
unit (条数), prices that each name their kind, a price in words after a note on the unit, and a
monthly wage times the months unpaid."""

from __future__ import annotations

from tests.scoring.round11_texts import (
    FOREST_TWO_PLOTS,
    LODGING_STEPS,
    MONTHLY_TABLE,
    MONTHLY_WAGE,
    PRICED_KINDS,
    WIRE_IN_WORDS,
)
from tests.scoring.test_rules_neighbours import criminal
from tests.scoring.test_rules_offence import analyse

LODGING = "属于住宿信息"


def _observed(record, family: str) -> float | None:
    finding = next((f for f in record.findings if (f.threshold_id or "").startswith(family)), None)
    return finding.observed if finding else None


def test_steps_told_by_ordinals_add_up_and_a_later_paragraph_names_their_kind():
    """法释〔2017〕10号第五条第一款第（四）项: 住宿信息 of 500条; 第一次 284 + 第二次 236 = 520条."""
    record = analyse(LODGING_STEPS.format(first="284", kind=LODGING))
    assert _observed(record, "pi-253-1") == 520
    assert "pi-253-1-personal-information" not in criminal(analyse(LODGING_STEPS.format(first="254", kind=LODGING)))


def test_a_later_paragraph_that_denies_the_kind_names_none():
    """一般个人信息 counts against 5,000条: 520条 of it is no lead."""
    denied = LODGING_STEPS.format(first="284", kind="不属于住宿信息，系一般个人信息")
    assert "pi-253-1-personal-information" not in criminal(analyse(denied))


def test_a_colon_that_announces_two_plots_lists_parts_to_add():
    """法释〔2023〕8号第一条: 公益林地 of 5亩; 2,150 + 1,290 = 3,440平方米 = 5.16亩."""
    record = analyse(FOREST_TWO_PLOTS.format(first="2,150"))
    assert round(_observed(record, "land-342-forest"), 2) == 5.16
    assert "land-342-forest" not in criminal(analyse(FOREST_TWO_PLOTS.format(first="1,950")))  # 4.86亩


def test_a_count_column_named_by_its_unit_is_read_and_added():
    """住宿信息 of 500条 by month: 62 + 151 + 168 + 139 = 520条; the kind said after the table."""
    kind = "上述表格所载内容为旅馆住宿信息。"
    assert _observed(analyse(MONTHLY_TABLE.format(first="62", kind=kind)), "pi-253-1") == 520
    assert "pi-253-1-personal-information" not in criminal(analyse(MONTHLY_TABLE.format(first="32", kind=kind)))


def test_prices_that_name_their_kind_value_the_count_of_that_kind():
    """法释〔2022〕12号第六条: 2万元; 盘羊头骨 3副 × 4,300 + 马鹿角 2副 × 4,900 = 22,700元."""
    record = analyse(PRICED_KINDS.format(first="3"))
    assert _observed(record, "wildlife-341-1") == 22700
    assert "wildlife-341-1-endangered" not in criminal(analyse(PRICED_KINDS.format(first="2")))  # 18,400元


def test_a_price_in_words_after_a_note_on_the_unit_values_the_sales():
    """立案追诉标准（一）第十六条: 销售金额 5万元; 1,200卷 × 四十五元 = 54,000元 (1,000卷: 45,000元)."""
    assert "product-140-fake-inferior" in criminal(analyse(WIRE_IN_WORDS.format(first="1,200")))
    assert "product-140-fake-inferior" not in criminal(analyse(WIRE_IN_WORDS.format(first="1,000")))


def test_a_monthly_wage_times_the_months_unpaid_is_the_sum_owed():
    """法释〔2013〕3号第三条: one worker's wages of 五千元至二万元以上 (the KB's 5,000元 line); 4,600 × 5 = 23,000元."""
    record = analyse(MONTHLY_WAGE.format(wage="4,600"))
    assert _observed(record, "labor-276-1") == 23000
    assert "labor-276-1-wage-refusal" not in criminal(analyse(MONTHLY_WAGE.format(wage="900")))  # 4,500元

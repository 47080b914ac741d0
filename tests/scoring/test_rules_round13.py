"""Wordings met in the round-14 hand-written sets, read through the whole screening pipeline: a
table drawn in markdown bars with a count column named 导出条数, the land's kind after a numbered
evidence list, what was sent named again (朱某发送的资料…属于住宿信息), a row's own tax amount under a
heading that speaks of sales, a screening test the laboratory clears, an excavator's value, and pork from a private
slaughterhouse."""

from __future__ import annotations

from tests.scoring.round13_texts import (
    FARMLAND_AFTER_NUMBERED_EVIDENCE,
    GUESTS_SENT,
    INVOICES_NUMBERED,
    LAMB_SCREENED,
    PRIVATE_SLAUGHTERHOUSE,
    SAND_EXCAVATOR,
    TRACKS_MARKDOWN_TABLE,
)
from tests.scoring.test_rules_neighbours import criminal, observed
from tests.scoring.test_rules_offence import analyse


def test_a_markdown_table_with_a_count_column_is_read_and_added():
    """法释〔2017〕10号第五条第一款第（三）项: 行踪轨迹 50条; 22 + 19 + 17 = 58条 (12 + 19 + 17 = 48)."""
    assert observed(analyse(TRACKS_MARKDOWN_TABLE.format(first="22")), "pi-253-1") == 58
    assert "pi-253-1-personal-information" not in criminal(analyse(TRACKS_MARKDOWN_TABLE.format(first="12")))


def test_the_land_kind_after_a_numbered_evidence_list_names_the_plots():
    """永久基本农田 5亩: 1,862 + 1,594 = 3,456平方米 = 5.18亩."""
    assert "land-342-cultivated" in criminal(analyse(FARMLAND_AFTER_NUMBERED_EVIDENCE.format(first="1,862")))
    assert "land-342-cultivated" not in criminal(analyse(FARMLAND_AFTER_NUMBERED_EVIDENCE.format(first="1,662")))


def test_what_was_sent_named_again_states_its_kind():
    """住宿信息 500条: 186 + 223 + 147 = 556条; called 一般个人信息, no lead."""
    assert observed(analyse(GUESTS_SENT.format(first="186", kind="属于住宿信息")), "pi-253-1") == 556
    assert "pi-253-1-personal-information" not in criminal(analyse(GUESTS_SENT.format(first="186", kind="系一般个人信息")))


def test_each_rows_own_tax_amount_keeps_its_name_under_a_heading_about_sales():
    """法释〔2024〕4号第十一条: 税额 41,230 + 38,760 + 27,415 = 107,405元 ≥ 10万元."""
    assert observed(analyse(INVOICES_NUMBERED.format(first="41,230.00")), "tax-205") == 107405
    assert "tax-205-vat-invoice" not in criminal(analyse(INVOICES_NUMBERED.format(first="31,230.00")))


def test_a_screening_test_the_laboratory_clears_finds_nothing():
    """刑法第144条: the 快速检测 is cleared by the confirmation (液相色谱-串联质谱法 … 均未检出)."""
    cleared = "采用液相色谱-串联质谱法检测，克伦特罗、莱克多巴胺、沙丁胺醇均未检出，检验结论为合格。"
    assert "food-144-toxic" not in criminal(analyse(LAMB_SCREENED.format(confirmation=cleared)))
    confirmed = "采用液相色谱-串联质谱法检测，检出克伦特罗，含量为3.1μg/kg。"
    assert "food-144-toxic" in criminal(analyse(LAMB_SCREENED.format(confirmation=confirmed)))


def test_an_excavators_value_is_no_mineral_value():
    """法释〔2016〕25号: 3,980立方米 × 24元 = 95,520元 < 10万元, whatever the excavator is worth."""
    assert "mining-343-1-illegal" not in criminal(analyse(SAND_EXCAVATOR.format(value="26")))


def test_pork_from_a_private_slaughterhouse_is_read_as_illegal_business_alone():
    """法释〔2021〕24号第十七条: 私设生猪屠宰厂 with 非法经营数额 10万元; (46 + 52 + 39)头 × 2,100 = 287,700元.
    The products offences (刑法第一百四十条) do not read the same meat again."""
    found = criminal(analyse(PRIVATE_SLAUGHTERHOUSE.format(first="46")))
    assert found == {"food-225-illegal-business"}

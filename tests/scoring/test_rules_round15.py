"""Wordings met in the round-15 hand-written sets: corals priced by the piece (块), pangolin scales
carried across the border (the smuggling offence takes the support of the home offence it
replaces), yew carvings read as a protected plant (刑法第三百四十四条), not an animal, the tax paid back in time in words without 已 (刑法第二百零一条第四款), the kinds of
a 漏缴 tax listed apart, a table of 销售量 × 销售单价, and the bases of 加付赔偿金 and of a fine on 不缴 tax."""

from __future__ import annotations

from analysis.scoring.rules.fine_base import _read_bases
from tests.scoring.round15_texts import (
    CORALS_BY_THE_PIECE,
    FERTILIZER_SALES_TABLE,
    SCALES_BY_POST,
    TAX_PAID_IN_TIME,
    WINE_TWO_CONTRACTS,
    YEW_CARVINGS,
)
from tests.scoring.test_rules_neighbours import criminal
from tests.scoring.test_rules_offence import analyse


def _observed(record, family: str) -> float | None:
    found = next((f for f in record.findings if (f.threshold_id or "").startswith(family)), None)
    return found.observed if found else None


def test_corals_priced_by_the_piece_are_added():
    """法释〔2022〕12号第六条: 国家二级 2万元; 36 × 360 + 20 × 420 = 21,360元 (30块: 19,200元)."""
    assert _observed(analyse(CORALS_BY_THE_PIECE.format(first="36")), "wildlife-341-1") == 21360
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
    assert _observed(analyse(WINE_TWO_CONTRACTS.format(first="70,100.00")), "customs-153") == 206700
    assert "customs-153-ordinary-goods" not in criminal(analyse(WINE_TWO_CONTRACTS.format(first="60,100.00")))


def test_a_table_of_tons_sold_times_the_price_per_ton_is_the_sales():
    """刑法第一百四十九条、第一百四十条: 销售金额 5万元; 10.5 × 2,600 + 11 × 2,400 = 53,700元 (9.5吨: 51,100; 8吨: 47,200)."""
    assert _observed(analyse(FERTILIZER_SALES_TABLE.format(first="10.5")), "product-14") == 53700
    assert not criminal(analyse(FERTILIZER_SALES_TABLE.format(first="8.0")))


def test_compensation_and_unpaid_withheld_tax_give_their_bases():
    """劳动合同法第八十五条: 加付赔偿金 at 50% of the wages owed; 征管法第六十三条第二款: 不缴已扣税款."""
    text = "二、责令你单位按应付金额百分之五十向上述劳动者加付赔偿金，计人民币肆万叁仟陆佰柒拾伍元。"
    assert [(role, base.value) for role, base in _read_bases(text)] == [("wages_owed", 87350.0)]
    text = "对你公司处不缴税款一倍的罚款，计人民币壹拾壹万贰仟捌佰陆拾元。"
    assert [(role, base.value) for role, base in _read_bases(text)] == [("tax_evaded", 112860.0)]

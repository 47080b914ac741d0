"""Wordings met in the round-9 hand-written sets, read through the whole screening pipeline: an
exceedance computed from a monitoring table, unsold kinds each priced in their own clause, areas in
a box-drawn table, parallel clauses (东地块…；西地块…) as parts of one area and a denied land kind,
and evaded taxes in a table whose 小计 row is its total."""

from __future__ import annotations

from tests.scoring.round9_texts import BOXED_AREAS, MONITORING, STOCK_KINDS, TAX_TABLE, TWO_PLOTS
from tests.scoring.test_rules_neighbours import criminal
from tests.scoring.test_rules_offence import analyse


def test_a_monitoring_table_gives_the_exceedance():
    """法释〔2023〕7号第一条第（三）项: 镉 over three times the standard; 0.27 against 0.05 is 4.4 times over."""
    assert "env-338-pollution" in criminal(analyse(MONITORING.format(cadmium="0.27")))
    assert "env-338-pollution" not in criminal(analyse(MONITORING.format(cadmium="0.18")))  # 2.6 times


def test_unsold_kinds_each_priced_in_their_own_clause_are_added():
    """刑法第二百一十四条: 已销售金额与未销售货值合计十五万元; 32,000 + 2,800×27 + 2,600×19.4 = 158,040元."""
    assert "ip-214-sell-counterfeit" in criminal(analyse(STOCK_KINDS.format(shampoo="2,800")))
    assert "ip-214-sell-counterfeit" not in criminal(analyse(STOCK_KINDS.format(shampoo="1,800")))  # 131,040元


def test_areas_in_a_box_drawn_table_are_added():
    """法释〔2012〕15号第二条: 开垦草原二十亩; 0.60 + 0.55 + 0.38 = 1.53公顷 = 22.95亩."""
    assert "land-342-grassland" in criminal(analyse(BOXED_AREAS.format(first="0.60")))
    assert "land-342-grassland" not in criminal(analyse(BOXED_AREAS.format(first="0.30")))  # 18.45亩


def test_parallel_plots_are_one_area_and_a_denied_land_kind_is_none():
    """法释〔2000〕14号第三条: 永久基本农田五亩; 2,160.5 + 1,378.2 = 3,538.7平方米 = 5.31亩."""
    inside = analyse(TWO_PLOTS.format(east="2,160.5", kind="位于已划定的永久基本农田范围内"))
    assert "land-342-cultivated" in criminal(inside)
    outside = analyse(TWO_PLOTS.format(east="2,160.5", kind="不在永久基本农田保护红线范围内，属一般耕地"))
    assert "land-342-cultivated" not in criminal(outside)


def test_a_tax_table_is_added_once_by_its_subtotal_row():
    """法释〔2014〕10号第十六条: 偷逃应缴税额十万元; 50,920 + 29,790 + 23,170 = 103,880元."""
    over = analyse(TAX_TABLE.format(beef="33,500", beef_total="50,920"))
    finding = next(f for f in over.findings if (f.threshold_id or "").startswith("customs-153"))
    assert finding.observed == 103880
    under = analyse(TAX_TABLE.format(beef="29,500", beef_total="46,920"))  # 99,880元
    assert "customs-153-ordinary-goods" not in criminal(under)

"""Wordings met in the round-12 hand-written sets, read through the whole screening pipeline: a
table drawn with bars, a list of taxes named before their colons, the land's kind stated after the
evidence list, rows of a plain list that share the kind stated below them, a colon that announces
two kinds, a name list as personal information, what was tested for, wages paid when ordered, the
value of the party's own boat, and a kind its own sentence denies."""

from __future__ import annotations

from tests.scoring.round12_texts import (
    BATTERIES_IN_WORDS,
    BIRDS_NEST_BY_THE_GRAM,
    CIGARETTES_BY_MONTH,
    DETERGENT_SAME_PRICE,
    FARMLAND_AFTER_EVIDENCE,
    FOSSIL_REPLICAS,
    GPS_BATCHES,
    GRASSLAND_ROWS,
    INVOICE_BARS,
    IVORY_AT_THE_AIRPORT,
    LAMB_TESTED,
    LODGING_BY_MONTH,
    OWNERS_LIST,
    RAPTORS_LISTED,
    SAND_BOAT,
    SHOES_BY_STYLE,
    TAX_KINDS,
    TWO_KINDS_OF_WASTE,
    WAGES_PAID_ON_TIME,
)
from tests.scoring.test_rules_neighbours import criminal, observed
from tests.scoring.test_rules_offence import analyse


def test_a_table_drawn_with_bars_is_read_cell_by_cell():
    """法释〔2024〕4号第十一条: 虚开的税款数额 10万元; 42,300 + 37,850 + 28,640 = 108,790元. The bars
    between digits are cell borders, not the OCR confusion of | for 1."""
    assert round(observed(analyse(INVOICE_BARS.format(first="42,300.00")), "tax-205"), 2) == 108790
    assert "tax-205-vat-invoice" not in criminal(analyse(INVOICE_BARS.format(first="32,300.00")))  # 98,790元


def test_taxes_named_before_their_colons_under_one_heading_are_one_evasion():
    """法释〔2024〕4号第一条: 10万元 and 10%; 48,200 + 3,374 + 38,950 + 47,550 = 138,074元."""
    assert "tax-201-evasion" in criminal(analyse(TAX_KINDS.format(first="48,200.00")))
    assert "tax-201-evasion" not in criminal(analyse(TAX_KINDS.format(first="8,200.00")))  # 98,074元


def test_the_land_kind_stated_after_the_evidence_list_names_the_plots():
    """法释〔2000〕14号第三条: 永久基本农田 5亩; 2,140.6 + 1,386.4 = 3,527平方米 = 5.29亩."""
    kind = "在永久基本农田保护红线范围内"
    assert "land-342-cultivated" in criminal(analyse(FARMLAND_AFTER_EVIDENCE.format(first="2,140.6", kind=kind)))
    assert "land-342-cultivated" not in criminal(analyse(FARMLAND_AFTER_EVIDENCE.format(first="1,740.6", kind=kind)))
    general = "不在永久基本农田保护红线范围内"  # 一般耕地: the 10亩 line
    assert "land-342-cultivated" not in criminal(analyse(FARMLAND_AFTER_EVIDENCE.format(first="2,140.6", kind=general)))


def test_rows_of_a_plain_list_share_the_kind_stated_below_them():
    """法释〔2012〕15号第二条: 草原 20亩; 9,800 + 4,100 + 1,700 = 15,600平方米 = 23.4亩."""
    assert round(observed(analyse(GRASSLAND_ROWS.format(first="9,800")), "land-342-grassland"), 1) == 23.4
    assert "land-342-grassland" not in criminal(analyse(GRASSLAND_ROWS.format(first="6,800")))  # 18.9亩


def test_a_colon_that_announces_two_kinds_lists_parts_to_add():
    """法释〔2023〕7号第一条第（二）项: 危险废物 3吨; 1.8 + 1.45 = 3.25吨 (HW08, HW49 said below)."""
    assert observed(analyse(TWO_KINDS_OF_WASTE.format(first="1.8")), "env-338") == 3.25
    assert "env-338-pollution" not in criminal(analyse(TWO_KINDS_OF_WASTE.format(first="1.5")))  # 2.95吨


def test_an_owners_name_list_is_personal_information():
    """法释〔2017〕10号第五条第一款第（五）项: 5,000条; 2,300 + 1,900 + 1,120 = 5,320条 (column 条数)."""
    assert observed(analyse(OWNERS_LIST.format(first="2,300")), "pi-253-1") == 5320


def test_substances_named_as_what_was_tested_for_are_no_finding():
    """刑法第144条 needs the substance found; 检验…等项目 then 均未检出 finds none."""
    cleared = analyse(LAMB_TESTED.format(result="三个批次样品均未检出上述物质，所检项目符合标准要求。"))
    assert "food-144-toxic" not in criminal(cleared)
    found = analyse(LAMB_TESTED.format(result="其中一个批次样品检出克伦特罗，含量为2.6μg/kg。"))
    assert "food-144-toxic" in criminal(found)


def test_wages_paid_in_full_when_ordered_are_no_refusal():
    """法释〔2013〕3号: 经责令支付仍不支付; paid before the deadline is no crime, refused after it is."""
    paid = "2025年7月22日，被处罚单位通过银行代发方式将86,300元工资全部支付至19名劳动者本人账户。"
    assert "labor-276-1-wage-refusal" not in criminal(analyse(WAGES_PAID_ON_TIME.format(after=paid)))
    refused = "期限届满，被处罚单位仍未支付，法定代表人失联。"
    assert "labor-276-1-wage-refusal" in criminal(analyse(WAGES_PAID_ON_TIME.format(after=refused)))


def test_the_value_of_the_partys_own_boat_is_no_mineral_value():
    """法释〔2016〕25号: 矿产品价值 10万元; 2,950吨 × 32元 = 94,400元, whatever the boat is worth."""
    assert "mining-343-1-illegal" not in criminal(analyse(SAND_BOAT.format(boat="28")))


def test_a_figure_whose_own_sentence_denies_its_kind_counts_nothing():
    """刑法第151条第三款: 古生物化石 items; replicas that 不属于古生物化石 are none."""
    replicas = FOSSIL_REPLICAS.format(finding="人工雕刻并经染色做旧的仿制品，不属于古生物化石")
    assert "customs-151-3-prohibited-goods" not in criminal(analyse(replicas))
    fossils = FOSSIL_REPLICAS.format(finding="鱼类化石，属于国家重点保护古生物化石")
    assert "customs-151-3-prohibited-goods" in criminal(analyse(fossils))


def test_batches_named_by_ordinals_are_added_even_when_one_equals_the_others():
    """法释〔2017〕10号第五条第一款第（三）项: 行踪轨迹 50条; 38 + 21 + 17 = 76条 (38 = 21 + 17 by chance)."""
    assert observed(analyse(GPS_BATCHES.format(first="38")), "pi-253-1") == 76


def test_the_kind_said_before_a_lists_heading_names_its_rows():
    """住宿信息 of 500条: 168 + 205 + 177 = 550条; 一般个人信息 of the same count is no lead."""
    lodging = LODGING_BY_MONTH.format(kind="属于住宿信息", first="168")
    assert observed(analyse(lodging), "pi-253-1") == 550
    general = LODGING_BY_MONTH.format(kind="系一般个人信息", first="168")
    assert "pi-253-1-personal-information" not in criminal(analyse(general))


def test_a_count_after_its_code_and_a_space_is_a_count():
    """款号A 112双 is 112双 (A112双 would be a code); 112 × 198 + 86 × 265 + 95 × 148 = 59,026元 ≥ 5万."""
    assert observed(analyse(SHOES_BY_STYLE.format(first="112")), "ip-214") == 59026


def test_a_list_after_its_colon_is_counted_and_equal_counts_are_two_items():
    """法释〔2022〕12号第六条: 2万元; (4 + 3 + 2 + 2)只 × 3,000 = 33,000元; (2 + 3 + 2 + 2) × 3,000 = 27,000."""
    assert observed(analyse(RAPTORS_LISTED.format(first="4")), "wildlife-341-1") == 33000


def test_a_colon_list_goes_on_across_its_semicolons():
    """法释〔2010〕7号: 非法经营数额 5万元; six months of receipts add to 56,310元."""
    assert observed(analyse(CIGARETTES_BY_MONTH.format(first="8,460")), "tobacco-225") == 56310
    assert "tobacco-225-illegal-business" not in criminal(analyse(CIGARETTES_BY_MONTH.format(first="1,460")))


def test_weights_written_as_decimals_in_capital_numerals_are_read():
    """法释〔2023〕7号: 危险废物 3吨; 壹点肆叁 + 壹点零陆 + 零点捌捌 = 3.37吨 (零点玖叁: 2.87吨)."""
    assert "env-338-pollution" in criminal(analyse(BATTERIES_IN_WORDS.format(first="壹点肆叁")))
    assert "env-338-pollution" not in criminal(analyse(BATTERIES_IN_WORDS.format(first="零点玖叁")))


def test_stock_valued_at_the_same_price_adds_to_the_sales():
    """法释〔2004〕19号第十二条: 非法经营数额 5万元; (2,340 + 600)箱 × 19.5元 = 57,330元."""
    record = analyse(DETERGENT_SAME_PRICE.format(first="2,340"))
    assert observed(record, "ip-213") == 57330
    assert "ip-213-counterfeit-trademark" not in criminal(analyse(DETERGENT_SAME_PRICE.format(first="1,900")))  # 48,750元


def test_precious_animal_products_carried_across_the_border_are_smuggled():
    """法释〔2022〕12号第二条, 刑法第一百五十一条第二款: CITES 附录I goods carried in, 2万元; not their
    purchase at home (第三百四十一条). 2 × 7,800 + 5 × 1,460 = 22,900元."""
    found = criminal(analyse(IVORY_AT_THE_AIRPORT.format(bangle="7,800")))
    assert "wildlife-151-2-smuggling" in found and "wildlife-341-1-endangered" not in found
    assert "wildlife-151-2-smuggling" not in criminal(analyse(IVORY_AT_THE_AIRPORT.format(bangle="5,800")))  # 18,900元


def test_a_price_per_gram_values_kilograms():
    """销售金额 5万元 (刑法第149条 fallback of 143/140): 4.32千克 × 15元/克 = 64,800元."""
    assert observed(analyse(BIRDS_NEST_BY_THE_GRAM.format(kilos="4.32")), "food-143") == 64800

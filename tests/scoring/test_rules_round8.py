"""Wordings met in the round-8 hand-written sets, read through the whole screening pipeline:
containers counted and one weighed (箱数　每箱净重; 15瓶，每瓶…5克), two cells of a table never read as
one figure, a catch at sea read against the marine standard, weights with no noun of their own in a
decision about one coded hazardous waste, prior penalties recited after 另查明 (a denied one is
none), and counts named only by their order (第一次…条)."""

from __future__ import annotations

from tests.scoring.round8_texts import CATCH_TABLE, CLINIC_PRIORS, RAT_POISON, RECORDS_BY_TIMES, WASTE_OIL
from tests.scoring.test_rules_neighbours import criminal
from tests.scoring.test_rules_offence import analyse


def test_boxes_counted_and_one_weighed_make_a_marine_catch():
    """法释〔2016〕17号第四条: 海洋 catch of 一万公斤 in 伏季休渔; 312×18+146×20+98×15+61×12 = 10,738千克."""
    over = analyse(CATCH_TABLE.format(first="312"))
    assert criminal(over) == {"fishery-340-marine"}  # at sea: not the inland standard
    assert not [q for q in over.fields.quantities if q.value == 31218]  # 312 and 18千克 are two cells
    under = analyse(CATCH_TABLE.format(first="212"))  # 8,938千克
    assert not criminal(under)


def test_bottles_counted_and_one_weighed_make_the_poison_weight():
    """法释〔2003〕14号第一条: 毒鼠强五十克."""
    found = analyse(RAT_POISON.format(bottles=15, result="检出四亚甲基二砜四胺（俗称毒鼠强）"))
    assert "safety-125-2-dangerous-substances" in criminal(found)  # 75克
    few = analyse(RAT_POISON.format(bottles=8, result="检出四亚甲基二砜四胺（俗称毒鼠强）"))
    assert "safety-125-2-dangerous-substances" not in criminal(few)  # 40克
    cleared = analyse(RAT_POISON.format(bottles=15, result="未检出毒鼠强、氟乙酰胺等禁用剧毒成分，检出溴敌隆"))
    assert "safety-125-2-dangerous-substances" not in criminal(cleared)


def test_weights_with_no_noun_are_the_one_coded_waste():
    """法释〔2023〕7号第一条第（二）项: 危险废物三吨."""
    assert "env-338-pollution" in criminal(analyse(WASTE_OIL.format(first="1.26")))  # 3.65吨
    assert "env-338-pollution" not in criminal(analyse(WASTE_OIL.format(first="0.46")))  # 2.85吨


def test_prior_penalties_recited_after_another_finding_count():
    """法释〔2016〕27号第二条: 非法行医被卫生行政部门行政处罚两次以后，再次非法行医."""
    twice = analyse(CLINIC_PRIORS.format(
        priors="另查明：当事人于2023年5月16日因擅自开展诊疗活动，被本委以宛卫医罚〔2023〕第031号行政处罚决定书处以罚款；"
               "2024年2月28日又因擅自开展诊疗活动，被本委以宛卫医罚〔2024〕第009号行政处罚决定书处以罚款。"))
    assert "health-336-illegal-medical-practice" in criminal(twice)
    once = analyse(CLINIC_PRIORS.format(
        priors="经查询执法档案，当事人曾于2023年8月因非医师行医被给予行政处罚（宛卫医罚〔2023〕第15号），"
               "此外未发现其他因非法行医受到行政处罚的记录。"))
    assert "health-336-illegal-medical-practice" not in criminal(once)


def test_counts_named_by_their_order_are_added_and_named_by_the_next_sentence():
    """法释〔2017〕10号第五条第一款第（四）项: 住宿信息五百条; 210 + 185 + 245 = 640条."""
    assert "pi-253-1-personal-information" in criminal(analyse(RECORDS_BY_TIMES.format(first=210)))
    assert "pi-253-1-personal-information" not in criminal(analyse(RECORDS_BY_TIMES.format(first=60)))  # 490条

"""Facts an offence turns on that a decision states across sentences or in its own words, read
through the whole screening pipeline: the kind of land or information named in the next sentence
(上述…, 所占土地…), the refusal of an order to stop work over a 重大事故隐患, prior penalties listed
by date or decision number, a party named alone on its line, a tax repaid in other words, an
order to pay wages owed, and a "not yet" that only says why a figure is unknown."""

from __future__ import annotations

from tests.scoring.neighbours_texts import (
    CLINIC,
    CUSTOMERS,
    GPS_RECORDS,
    LAND,
    MINE,
    OATS,
    SOLVENTS,
    TABLETS,
    TAX_REPAID,
    WAGES,
)
from tests.scoring.test_rules_offence import analyse


def criminal(record) -> set[str]:
    return {(f.threshold_id or "").split("@")[0] for f in record.findings if f.kind == "criminal_transfer"}


def observed(record, family: str) -> float | None:
    """The figure of the first finding whose threshold id starts with ``family``."""
    found = next((f for f in record.findings if (f.threshold_id or "").startswith(family)), None)
    return found.observed if found else None


def kinds(record) -> set[str]:
    return {f.kind for f in record.findings}


def test_the_land_kind_stated_in_the_next_sentence_qualifies_the_area():
    """法释〔2000〕14号第三条: 永久基本农田 five mu, whichever sentence says the land is 永久基本农田."""
    stated = analyse(LAND.format(area="0.42公顷", kind="经套合，所占土地全部位于永久基本农田保护红线内，现状为水田"))
    assert "land-342-cultivated" in criminal(stated)
    under = analyse(LAND.format(area="0.30公顷", kind="经套合，所占土地全部位于永久基本农田保护红线内，现状为水田"))
    assert "land-342-cultivated" not in criminal(under)  # 4.5亩 < 5亩
    denied = analyse(LAND.format(area="0.42公顷", kind="经套合，所占土地不涉及永久基本农田，现状为荒地"))
    assert "land-342-cultivated" not in criminal(denied)


def test_a_neighbour_sentence_with_its_own_figure_speaks_of_that_figure():
    other = analyse(LAND.format(area="0.42公顷", kind="经套合，其中0.05公顷位于永久基本农田保护红线内"))
    assert "land-342-cultivated" not in criminal(other)


def test_records_called_tracks_in_the_next_sentence_are_sensitive_information():
    """法释〔2017〕10号第五条第一款第（三）项: 行踪轨迹信息 fifty records."""
    tracks = analyse(GPS_RECORDS.format(count="63", nature="经调查，上述记录系租车人的行踪轨迹信息"))
    assert "pi-253-1-personal-information" in criminal(tracks)
    few = analyse(GPS_RECORDS.format(count="43", nature="经调查，上述记录系租车人的行踪轨迹信息"))
    assert "pi-253-1-personal-information" not in criminal(few)
    # a renter's car's 实时位置 is 行踪轨迹 in other words (法释〔2017〕10号第五条第一款第（三）项), named or not
    unnamed = analyse(GPS_RECORDS.format(count="63", nature="经调查，当事人已删除全部截图"))
    assert "pi-253-1-personal-information" in criminal(unnamed)


def test_work_carried_on_after_an_order_to_stop_over_a_major_hazard_is_dangerous_operation():
    """刑法第一百三十四条之一第（二）项, 法释〔2022〕19号第三条."""
    refused = analyse(MINE.format(order="责令该矿3号采区停止作业、撤出人员",
                                  after="于4月10日、11日仍组织31名工人进入3号采区进行采煤作业"))
    assert "safety-134-1a-dangerous-operation" in criminal(refused)
    finding = next(f for f in refused.findings if (f.threshold_id or "").startswith("safety-134-1a"))
    assert "仍组织31名工人进入3号采区进行采煤作业" in finding.explanation
    obeyed = analyse(MINE.format(order="责令该矿3号采区停止作业、撤出人员", after="该矿已停止3号采区作业并撤出全部人员"))
    assert "safety-134-1a-dangerous-operation" not in criminal(obeyed)
    # an order to put the hazard right within a time limit is not an order to stop (限期整改)
    deadline = analyse(MINE.format(order="责令该矿限期20日整改", after="3号采区仍在三班倒生产"))
    assert "safety-134-1a-dangerous-operation" not in criminal(deadline)


def test_prior_penalties_listed_by_date_count_for_illegal_medical_practice():
    """法释〔2016〕27号第二条第（五）项: punished twice for 非法行医, then practising again."""
    twice = analyse(CLINIC.format(prior="分别于2023年8月9日、2024年6月17日被我局作出行政处罚"
                                        "（吴利卫罚〔2023〕第31号、吴利卫罚〔2024〕第22号）"))
    assert "health-336-illegal-medical-practice" in criminal(twice)
    once = analyse(CLINIC.format(prior="于2024年6月17日被我局作出行政处罚（吴利卫罚〔2024〕第22号）"))
    assert "health-336-illegal-medical-practice" not in criminal(once)


def test_a_party_named_alone_on_its_line_is_read_with_its_code():
    record = analyse(SOLVENTS)
    assert [(p.name, p.credit_code) for p in record.fields.parties] == [("淄博齐鲁润华化工有限公司", "91370305MA3L2P7W7M")]


def test_tax_repaid_in_other_words_exempts_the_first_evasion():
    """刑法第二百零一条第四款: 补缴全部税款及滞纳金 after the first treatment."""
    repaid = analyse(TAX_REPAID.format(paid="已于2025年8月12日补缴全部税款及滞纳金"))
    assert "tax-201-evasion" not in criminal(repaid)
    unpaid = analyse(TAX_REPAID.format(paid="至今未补缴税款及滞纳金"))
    assert "tax-201-evasion" in criminal(unpaid)


def test_an_order_to_pay_wages_owed_is_no_fine_and_the_owed_sum_is_the_figure():
    record = analyse(WAGES)
    assert "labor-276-1-wage-refusal" in criminal(record)
    assert not [a for a in record.fields.amounts if a.role == "fine" and a.value == 416000]
    assert not [f for f in record.findings if f.rule.startswith("irregularity.no_hearing")]


def test_not_yet_harvested_that_explains_unknown_gains_is_no_continuing_harm():
    assert "public_interest" not in kinds(analyse(OATS.format(note="违法所得因燕麦尚未收获，无法计算")))
    assert "public_interest" in kinds(analyse(OATS.format(note="复查时当事人至今未恢复草原植被")))


def test_a_complaint_states_nothing_and_a_result_for_all_items_clears_them():
    """举报称…添加了西地那非 is an allegation; 三个批次均未检出西地那非… clears the substance."""
    cleared = analyse(TABLETS.format(result="检验结果显示，三个批次均未检出西地那非、他达拉非、伐地那非等非法添加物质。"))
    assert "food-144-toxic" not in criminal(cleared)
    found = analyse(TABLETS.format(result="检验结果显示，三个批次均检出西地那非。"))
    assert "food-144-toxic" in criminal(found)


def test_a_denied_list_of_kinds_names_none_of_them():
    """法释〔2017〕10号第五条: 住宿信息 five hundred records, but not when the decision says the records hold none."""
    denied = analyse(CUSTOMERS.format(kind="不包含行踪轨迹、通信内容、征信、财产、住宿、通信记录、健康生理、交易信息"))
    assert "pi-253-1-personal-information" not in criminal(denied)
    lodging = analyse(CUSTOMERS.format(kind="系酒店住宿信息"))
    assert "pi-253-1-personal-information" in criminal(lodging)

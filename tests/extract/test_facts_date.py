"""The facts date is the date of the conduct: not a recited earlier penalty, not a step of procedure.

It chooses the law in force (行政处罚法第三十七条), the threshold version and the order of acts
when decisions are linked, so a procedural date taken for it moves a case across a law change.
"""

from __future__ import annotations

from tests.extract.helpers import extract

HEAD = "某市卫生健康委员会\n行政处罚决定书\n某卫罚〔2025〕28号\n当事人：龚某，男，住址：某市解放路416号。\n"
TAIL = ("当事人的上述行为违反了《医师法》第十三条第四款的规定。\n本委决定：罚款人民币5万元。\n"
        "如不服本处罚决定，可申请行政复议。\n某市卫生健康委员会\n2025年8月10日")


def facts_date(body: str) -> str | None:
    field = extract(HEAD + body + "\n" + TAIL).facts_date
    return field.value if field else None


def test_a_recital_of_earlier_penalties_is_not_the_act():
    body = ("本委于2025年07月03日立案调查。经查，当事人曾于2024年3月28日和二〇二四年十二月十九日两次因非法行医"
            "受到卫生健康行政部门行政处罚，当事人未取得医师执业证书，于2024年11月29日起在自家住宅内为他人提供诊疗服务。")
    assert facts_date(body) == "2024-11-29"


def test_a_recital_with_no_other_date_leaves_none():
    body = "经查，当事人曾于2022年7月14日和2023年4月16日两次因非法行医受到行政处罚，当事人仍在自家住宅内为他人提供诊疗服务。"
    assert facts_date(body) is None


def test_an_earlier_penalty_recited_without_ceng_is_not_the_act():
    body = "当事人于2023年6月29日因同类违法行为被本委给予行政处罚。2024年5月2日起，当事人在自家住宅内为他人提供诊疗服务。"
    assert facts_date(body) == "2024-05-02"


def test_the_inspection_that_opened_the_case_is_not_the_act():
    body = ("2024年7月5日，本委执法人员依法对当事人进行现场检查，发现涉嫌违法行为，经批准立案调查。"
            "当事人自2023年10月18日起在其住宅内为他人提供诊疗服务。")
    assert facts_date(body) == "2023-10-18"


def test_steps_of_procedure_alone_give_no_facts_date():
    body = ("2024年08月06日，本委执法人员依法对当事人进行现场检查，发现涉嫌违法行为，经批准立案调查。"
            "当事人在自家住宅内为他人提供诊疗服务。本委于2024年9月30日向当事人送达了《行政处罚事先告知书》。")
    assert facts_date(body) is None


def test_the_agency_investigation_date_is_procedure():
    body = ("本委于2025年2月7日对你（单位）进行了调查，发现你（单位）实施了以下违法行为：经查明，二〇二四年八月十九日，"
            "执法人员巡查发现你在自家住宅内为他人提供诊疗服务。")
    assert facts_date(body) == "2024-08-19"
    alone = "本委于2025年2月7日对你（单位）进行了调查，发现你（单位）实施了以下违法行为：当事人为他人提供诊疗服务。"
    assert facts_date(alone) is None


def test_an_inspection_that_found_the_conduct_dates_it_when_nothing_else_does():
    body = "我委执法人员于2023年6月12日对你进行现场检查，发现你在自家住宅内为他人提供静脉输液等诊疗服务。"
    assert facts_date(body) == "2023-06-12"


def test_a_chinese_numeral_date_in_a_document_without_sections():
    text = ("某县自然资源局\n某自然资罚〔2024〕3号\n张某：\n你在未取得采矿许可证的情况下，于二〇二三年十二月十九日至"
            "二〇二四年一月五日期间擅自开采砂石。\n罚款人民币2万元。\n某县自然资源局\n二〇二四年三月一日")
    field = extract(text).facts_date
    assert field is not None and field.value == "2023-12-19"
    assert text[field.start:field.end] == "二〇二三年十二月十九日"


def test_the_period_start_is_taken_where_the_case_source_comes_first():
    body = ("根据上级交办线索，本委于二〇二五年六月三日对你涉嫌违法一案立案调查。现查明：当事人于2024年9月4日至"
            "2024年12月1日期间在自家住宅内为他人提供诊疗服务。")
    assert facts_date(body) == "2024-09-04"


def test_words_of_the_conduct_are_not_procedure():
    """未经…批准, 注册商标, 有效期 and 出具 describe the act, not a step of the proceedings."""
    assert facts_date("经调查核实，当事人自2024年9月30日起未经主管部门批准，在自家住宅内为他人提供诊疗服务。") == "2024-09-30"
    assert facts_date("2023年04月03日，执法人员在当事人仓库内查获标注注册商标的药品29件。") == "2023-04-03"
    assert facts_date("经查，当事人于2023年5月26日起将已过有效期的药品用于诊疗。") == "2023-05-26"
    assert facts_date("经查，当事人于2024年3月5日为他人出具虚假的诊断证明。") == "2024-03-05"


def test_a_facts_date_after_a_cited_number_further_down_is_still_found():
    """A 告知书 number in the text is no header: the facts before it are read."""
    text = ("某省监管局行政处罚决定书[2023]8号\n某有限公司：\n经查明，你单位于2023年7月24日至2023年11月4日期间发生关联交易"
            "事项，未按规定披露。我局于2023年12月18日以《行政处罚告知书》（[2023]8号）告知你单位拟作出行政处罚。\n"
            "依照《证券法》第一百九十七条的规定，决定如下：罚款50万元。\n某省监管局\n2023年12月29日")
    assert extract(text).facts_date.value == "2023-07-24"


def test_an_inspection_dates_the_act_unless_the_facts_date_the_conduct_before_it():
    """The conduct an inspection found may be dated further on (always before the inspection);
    a later date after it (a remedy, a deadline) is no act."""
    found = ("2025年5月14日，我委执法人员对当事人进行突击检查，发现其诊疗记录于2025年3月2日被人为修改。")
    assert facts_date(found) == "2025-03-02"
    remedied = ("2025年2月26日，我委执法人员对当事人进行现场检查，发现当事人在自家住宅内为他人提供诊疗服务。"
                "当事人于2025年3月24日停止诊疗并提交书面陈述意见。")
    assert facts_date(remedied) == "2025-02-26"


def test_deadlines_orders_and_acceptances_are_no_act():
    body = ("本委于2024年12月5日责令当事人停止执业并于2025年3月31日前完成整改。经2025年4月15日复查，当事人逾期未改正。"
            "2025年4月18日，本委组织现场验收。当事人已于2025年4月20日全额缴纳罚没款。")
    assert facts_date(body) is None

"""Wordings met in the round-10 hand-written sets, read through the whole screening pipeline: a
list after its colon (具体为：…；…；…), rows whose cells are one space apart, a suspicion that the
investigation clears, the evidence list that states no fact, and back taxes paid in other words."""

from __future__ import annotations

from tests.scoring.round10_texts import (
    BUYERS,
    CAFE,
    CATCH_ROWS,
    MONITORING_SUSPECTED,
    RECORD_BATCHES,
    RECORDS_DUTY,
    TAX_REPAID,
    WAGES_LIST,
)
from tests.scoring.test_rules_neighbours import criminal, kinds
from tests.scoring.test_rules_offence import analyse


def test_amounts_listed_after_a_colon_are_one_figure():
    """法释〔2013〕3号: 拒不支付十名以上劳动者 three sums of wages owed, listed by crew, are one debt."""
    record = analyse(WAGES_LIST.format(first="147,600"))
    finding = next(f for f in record.findings if (f.threshold_id or "").startswith("labor-276-1"))
    assert finding.observed == 331300


def test_rows_one_space_apart_are_a_list():
    """法释〔2022〕12号第三条: 禁捕水域 catch of 500千克; 212.5 + 186 + 81.5 + 49 = 529千克."""
    assert "fishery-340-inland" in criminal(analyse(CATCH_ROWS.format(first="212.5")))
    assert "fishery-340-inland" not in criminal(analyse(CATCH_ROWS.format(first="172.5")))  # 489千克


def test_a_suspicion_the_investigation_clears_is_no_tampering():
    """法释〔2023〕7号第一条第（七）项 needs the tampering done, not suspected."""
    cleared = analyse(MONITORING_SUSPECTED.format(
        finding="经调查，未发现当事人及运维单位人为干扰、篡改、伪造自动监测数据的行为，系伴热带故障所致。"))
    assert "env-338-pollution" not in criminal(cleared)


def test_back_taxes_paid_in_other_words_exempt_a_first_evasion():
    """刑法第二百零一条第四款."""
    paid = analyse(TAX_REPAID.format(paid="你公司已于2025年1月10日将全部税款人民币182,730元及滞纳金人民币21,860元缴入国库。"))
    assert "tax-201-evasion" not in criminal(paid)
    unpaid = analyse(TAX_REPAID.format(paid="截至本决定作出之日，你公司未缴纳上述税款及滞纳金。"))
    assert "tax-201-evasion" in criminal(unpaid)


def test_batches_named_by_the_next_sentence_are_lodging_records():
    """法释〔2017〕10号第五条第一款第（四）项: 住宿信息五百条; 216 + 189 + 247 = 652条, the kind in 每条资料包含…."""
    assert "pi-253-1-personal-information" in criminal(analyse(RECORD_BATCHES.format(first=216)))
    assert "pi-253-1-personal-information" not in criminal(analyse(RECORD_BATCHES.format(first=16)))  # 452条


def test_records_sold_to_enumerated_buyers_are_added():
    """法释〔2017〕10号第五条第一款第（五）项: 其他个人信息五千条; 4,200 + 650 + 380 = 5,230条."""
    assert "pi-253-1-personal-information" in criminal(analyse(BUYERS.format(first="4,200")))
    assert "pi-253-1-personal-information" not in criminal(analyse(BUYERS.format(first="2,200")))  # 3,230条


def test_minors_admitted_again_after_the_order_is_continuing_harm_and_a_record_duty_is_not():
    """未成年人保护 (行政诉讼法第二十五条第四款): harm found again at the later checks; a 进货查验记录 not kept
    harms no one by itself."""
    again = analyse(CAFE.format(after="2025年3月8日、3月22日两次检查，发现当事人仍接纳未成年人进入上网。"))
    assert "public_interest" in kinds(again)
    stopped = analyse(CAFE.format(after="2025年3月8日、3月22日两次检查，未发现接纳未成年人的情况。"))
    assert "public_interest" not in kinds(stopped)
    assert "public_interest" not in kinds(analyse(RECORDS_DUTY))

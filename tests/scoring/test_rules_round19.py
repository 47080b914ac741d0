"""Wordings met in the round-19 hand-written sets (measured once, then read in part): wages per head
with the months owed in the crew's own clause, records sent to someone (向他人发送), drums counted in
the paragraph above their weight, tax paid back under the order in a long sentence (刑法第二百零一条
第四款), work carried on after an order given as 要求…停止, detectors unplugged and muted, and a fine at
its floor that is no loss."""

from __future__ import annotations

import pytest

from tests.scoring.round19_texts import (
    DETECTORS_UNPLUGGED,
    DRUMS_COUNTED_ABOVE,
    FINE_AT_THE_FLOOR,
    LOCATIONS_SENT,
    PAID_BACK_UNDER_THE_ORDER,
    PAINTING_AFTER_THE_ORDER,
    WAGES_PER_HEAD_AND_MONTHS,
)
from tests.scoring.test_rules_neighbours import criminal, observed
from tests.scoring.test_rules_offence import analyse


def test_wages_per_head_with_the_months_in_each_crews_clause():
    """8 × 7,000 × 3 + 5 × 4,000 × 2 = 208,000元."""
    record = analyse(WAGES_PER_HEAD_AND_MONTHS.format(seniors="8"))
    assert observed(record, "labor-276-1") == 208000


def test_records_sent_to_someone_are_provided():
    """法释〔2017〕10号第五条: 行踪轨迹五十条; 22 + 19 + 16 = 57条 sent, none when kept."""
    sent = "分三次通过QQ向他人发送车辆定位数据"
    assert "pi-253-1-personal-information" in criminal(analyse(LOCATIONS_SENT.format(how=sent)))
    kept = "分三次将车辆定位数据下载保存在个人电脑中，未对外提供"
    assert "pi-253-1-personal-information" not in criminal(analyse(LOCATIONS_SENT.format(how=kept)))


def test_drums_counted_in_the_paragraph_above_their_weight():
    """危险废物三吨: 17 × 0.2 = 3.4吨; × 0.17 = 2.89吨."""
    assert observed(analyse(DRUMS_COUNTED_ABOVE.format(weight="0.2")), "env-338-pollution") == pytest.approx(3.4)
    assert "env-338-pollution" not in criminal(analyse(DRUMS_COUNTED_ABOVE.format(weight="0.17")))


def test_tax_paid_back_under_the_order_exempts():
    paid = "你单位已于2025年3月26日按《税务处理决定书》（某税三稽处〔2025〕41号）补缴全部税款及滞纳金，并于同日缴纳本决定罚款。"
    assert "tax-201-evasion" not in criminal(analyse(PAID_BACK_UNDER_THE_ORDER.format(paid=paid)))
    unpaid = "截至本决定作出之日，你单位未按《税务处理决定书》缴纳税款及滞纳金。"
    assert "tax-201-evasion" in criminal(analyse(PAID_BACK_UNDER_THE_ORDER.format(paid=unpaid)))


def test_work_carried_on_after_an_order_to_stop():
    """刑法第一百三十四条之一第（二）项; a resumption the agency allowed is no refusal."""
    painting = "排风系统仍未修复，车间内有6名工人手持喷枪进行喷漆，流水线正常运转"
    assert "safety-134-1a-dangerous-operation" in criminal(analyse(PAINTING_AFTER_THE_ORDER.format(found=painting)))
    allowed = "确认排风系统已修复并经检测合格，本局同意当事人恢复生产"
    assert "safety-134-1a-dangerous-operation" not in criminal(analyse(PAINTING_AFTER_THE_ORDER.format(found=allowed)))


def test_detectors_unplugged_and_muted_with_the_danger_stated():
    """刑法第一百三十四条之一第（一）项."""
    leaking = "。检查时储罐呼吸阀正在泄放，现场可闻到明显甲醇气味"
    assert "safety-134-1a-dangerous-operation" in criminal(analyse(DETECTORS_UNPLUGGED.format(danger=leaking)))
    assert "safety-134-1a-dangerous-operation" not in criminal(analyse(DETECTORS_UNPLUGGED.format(danger="")))


def test_a_fine_at_its_floor_is_no_loss():
    """处所需处置费用三倍的罚款，…按二十万元计算，计人民币陆拾万元 is the fine, not 公私财产损失."""
    assert not criminal(analyse(FINE_AT_THE_FLOOR))

"""The procedure-rules knowledge base loads with sources, dates and typed parameters."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.knowledge.procedure import in_force, load_procedure_rules, procedure_rule, rules_for_category

RULES = load_procedure_rules()


def test_all_reference_rules_load():
    assert len(RULES) == 38
    assert len({r.id for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_source_and_date(rule):
    assert rule.source.strip() and rule.rule.strip()
    assert isinstance(rule.effective_from, dt.date)
    for parameter in rule.parameters:
        if parameter.value is not None:
            assert parameter.unit, parameter.id


def test_transfer_time_limits_are_numbers():
    rule = procedure_rule("ord310-5-transfer-time-limits")
    assert rule.parameter("审批期限").value == 3 and rule.parameter("审批期限").unit == "日"
    assert rule.parameter("移送期限").unit == "小时"
    assert rule in rules_for_category("time_limit")
    assert in_force(rule, "2021-01-01") and not in_force(rule, "2019-01-01")

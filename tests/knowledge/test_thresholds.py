"""The thresholds knowledge base: every rule loads, cites a source and a date, and every numeric
threshold is reached exactly from its minimum (以上 is inclusive)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re

import pytest

from analysis.knowledge.numerals import NUMBER, parse_number
from analysis.knowledge.thresholds import (
    Threshold,
    in_force,
    load_thresholds,
    rule_by_id,
    rule_versions,
    rules_for_domain,
    rules_in_force,
)
from analysis.knowledge.vocab import AMOUNT_ROLES, CANONICAL_UNITS, DOMAINS, PIL_FIELD_IDS

RULES = load_thresholds()
NUMERIC = [(rule.id, t) for rule in RULES for t in rule.numeric_thresholds]


def _others_at_minimum(threshold: Threshold) -> dict[str, float]:
    return {c.measure.key: c.min_value for c in threshold.all_of if c.min_value is not None}


def test_every_reference_entry_is_encoded():
    assert len({rule.family for rule in RULES}) == 78
    assert len({rule.id for rule in RULES}) == len(RULES)
    assert all(rule.effective_to is None for rule in RULES if "@" not in rule.id)


def test_standard_in_force_is_selected_by_date():
    def evasion(date):
        (rule,) = [r for r in rules_in_force(date, "tax") if r.family == "tax-201-evasion"]
        return rule.thresholds[0]

    assert evasion("2015-06-01").min_value == 50_000
    assert evasion("2023-01-01").min_value == 100_000
    assert evasion("2024-03-20").min_value == 100_000 and evasion(None).id == "tax-201-evasion/1"
    pollution = [r.id for r in rules_in_force("2020-05-01", "environment")]
    assert "env-338-pollution@2017" in pollution and "env-338-pollution" not in pollution
    assert "env-229-false-eia-certificate" not in pollution  # no standard before 2023-08-15 encoded
    versions = rule_versions("tax-201-evasion")
    assert [v.effective_from.year for v in versions] == [2010, 2022, 2024]
    for family in {rule.family for rule in RULES}:
        chain = rule_versions(family)
        assert chain[-1].effective_to is None
        assert all(a.effective_to and a.effective_to < b.effective_from for a, b in zip(chain, chain[1:], strict=False))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_source_date_and_valid_vocabulary(rule):
    assert rule.source.strip()
    assert isinstance(rule.effective_from, dt.date)
    assert rule.confidence in {"high", "medium", "low"}
    assert rule.domain in DOMAINS
    assert set(rule.pil_fields) <= set(PIL_FIELD_IDS)
    assert 100 <= rule.criminal_law_article <= 452
    assert str(rule.criminal_law_article) in rule.criminal_law_article_text
    assert rule.thresholds


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_measures_are_machine_readable(rule):
    for threshold in rule.thresholds:
        for condition in (threshold, *threshold.all_of):
            measure = condition.measure
            if measure.kind == "amount":
                assert measure.role in AMOUNT_ROLES
                assert set(measure.also) <= set(AMOUNT_ROLES)
            elif measure.kind in {"quantity", "ratio"}:
                assert measure.subject and measure.unit in CANONICAL_UNITS
                assert measure.keywords, "cue words identify the quantity in a decision"
            else:
                assert measure.kind == "trigger" and measure.keywords, condition.text
                assert condition.min_value is None


@pytest.mark.parametrize(("rule_id", "threshold"), NUMERIC, ids=[t.id for _, t in NUMERIC])
def test_numeric_threshold_edges(rule_id, threshold):
    others = _others_at_minimum(threshold)
    minimum = threshold.min_value
    step = max(minimum * 1e-3, 0.01)
    assert threshold.reached(minimum, others), "at the threshold (以上 is inclusive)"
    assert threshold.reached(minimum + step, others), "just over"
    assert not threshold.reached(minimum - step, others), "just under"
    assert not threshold.reached(None, others)


def _numbers_in(text: str) -> set[float]:
    text = text.replace("千克", "公斤")  # 二千克 is 2 kg, not 2000
    found = set()
    for match in re.finditer(NUMBER, text):
        with contextlib.suppress(ValueError):
            found.add(parse_number(match.group(0)))
    return found


@pytest.mark.parametrize(("rule_id", "threshold"), NUMERIC, ids=[t.id for _, t in NUMERIC])
def test_min_value_is_the_figure_stated_in_the_text(rule_id, threshold):
    """Guards the encoding: the number in min_value is written in the provision's wording
    (an implicit 1 — 曾因…受过行政处罚, 倒卖三级文物的 — is allowed)."""
    for condition in (threshold, *threshold.all_of):
        if condition.min_value is None or condition.min_value == 1:
            continue
        stated = _numbers_in(condition.text) | _numbers_in(threshold.text)
        assert condition.min_value in stated, (condition.min_value, condition.text)


def test_all_of_conditions_must_hold_together():
    rule = rule_by_id("tax-201-evasion")
    amount = next(t for t in rule.thresholds if t.all_of)
    ratio = amount.all_of[0]
    assert amount.measure.role == "tax_evaded" and ratio.measure.kind == "ratio"
    assert amount.reached(120_000, {ratio.measure.key: 12.0})
    assert not amount.reached(120_000, {ratio.measure.key: 9.0})
    assert not amount.reached(120_000, {})


def test_amount_roles_are_distinguished():
    fake = rule_by_id("product-140-fake-inferior")
    by_role = {t.measure.role for t in fake.numeric_thresholds}
    assert {"sales_amount", "goods_value"} <= by_role
    combined = next(t for t in fake.numeric_thresholds if t.measure.combine)
    assert combined.measure.value_of({"sales_amount": 40_000, "goods_value": 30_000}) == 150_000
    assert combined.reached(combined.measure.value_of({"sales_amount": 40_000, "goods_value": 30_000}))


def test_units_are_converted_before_comparison():
    waste = rule_by_id("env-338-pollution").thresholds[0]
    assert waste.measure.unit == "吨"
    assert waste.reached(waste.measure.normalize(3500, "公斤"))
    assert not waste.reached(waste.measure.normalize(2900, "千克"))
    assert waste.measure.normalize(3, "亩") is None


def test_rules_for_domain_and_in_force():
    pollution = rule_by_id("env-338-pollution")
    assert pollution in rules_for_domain("environment")
    assert all(rule.domain == "food_safety" for rule in rules_for_domain("food_safety"))
    assert in_force(pollution, "2023-08-15")
    assert not in_force(pollution, dt.date(2023, 8, 14))
    assert in_force(pollution, None)

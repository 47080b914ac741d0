"""Decision dates respect 行政处罚法第六十条 unless the plan intends an irregularity.

A 化整为零 group is one scheme (shared facts date) but each decision is its own case: each is
filed (立案) within 90 days before its own decision, so a later member is not silently late.
"""

from __future__ import annotations

from corpora.generator.plan import DECISION_DEADLINE_DAYS, Planner


def _plans(seed: int, n: int = 3000):
    return Planner(seed).plans(n)


def test_every_decision_is_made_within_ninety_days_of_filing():
    for seed in (31, 33):
        for plan in _plans(seed):
            days = (plan.decision_date - plan.opened).days
            assert 0 < days <= DECISION_DEADLINE_DAYS, (plan.case_group, plan.scenario, days)


def test_the_facts_come_before_the_filing():
    for plan in _plans(41):
        assert plan.fact_date < plan.opened <= plan.decision_date, plan.case_group


def test_split_members_share_the_facts_but_not_a_stale_filing_date():
    groups: dict[str, list] = {}
    for plan in _plans(33):
        if plan.split_group:
            groups.setdefault(plan.split_group, []).append(plan)
    assert groups
    spread = [max(p.decision_date for p in g) - min(p.decision_date for p in g) for g in groups.values()]
    assert max(d.days for d in spread) > DECISION_DEADLINE_DAYS  # the groups span more than the limit
    for members in groups.values():
        assert len({p.fact_date for p in members}) == 1

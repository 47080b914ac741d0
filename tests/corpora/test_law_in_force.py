"""The generator's decisions are right in law: the text of the law in force on the date of the
act (citations, quoted clause, fine range), no fine irregularity against a clause that sets no
fine or an article that does not exist, statutory public-interest fields with harm wording,
the 劣药 fine floor of the sales channel, and no decision dated in the future."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from analysis.knowledge.statutes import StatuteKB
from corpora.generator import _decision, generate
from corpora.generator.gold import STATUTORY_PIL_FIELDS
from corpora.generator.plan import DEFAULT_LAST_DAY, CasePlan, Planner, choose_scenario, fill_case, set_dates
from corpora.generator.specs import lawful_fine_range, load_laws, load_specs, spec_by_id


@pytest.fixture(scope="module")
def kb() -> StatuteKB:
    return StatuteKB.load()


@pytest.fixture(scope="module")
def many_plans() -> list[CasePlan]:
    return Planner(7001).plans(5000)


def draw(spec_id: str, n: int, seed: int = 11) -> list[CasePlan]:
    """``n`` plans of one violation type, drawn as ``Planner.single`` draws them."""
    planner = Planner(seed)
    spec = spec_by_id(spec_id)
    plans = []
    for _ in range(n):
        probe = planner.single()[0]  # a place, agency, party and decision date as the planner draws them
        plan = planner._plan(spec, "plain", probe.party, probe.place, probe.decision_date)
        if spec.party == "ind" and plan.party.kind != "individual" or spec.party == "org" and plan.party.kind != "organization":
            continue
        set_dates(plan, planner.rng)
        plan.scenario = choose_scenario(spec, plan.party.kind, planner.rng, plan)
        fill_case(plan, planner.rng)
        plans.append(plan)
    return plans


def _grid(first: dt.date = dt.date(2020, 6, 1), last: dt.date = DEFAULT_LAST_DAY):
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=15)


def test_every_citation_is_the_text_in_force_on_the_day_of_the_act(kb):
    laws, wrong = load_laws(), Counter()
    for day in _grid():
        for spec in load_specs():
            if spec.since and day < spec.since:
                continue
            shown = spec.in_force(day)
            for role in ("violated", "basis", "basis2"):
                cited = getattr(shown, role)
                if cited is None:
                    continue
                law = kb.resolve_law(laws[cited.law].full)
                version = kb.version_in_force(law.id, day)
                if version is None or str(version.date) != (cited.version or laws[cited.law].version):
                    wrong[(spec.id, role, str(version.date) if version else None)] += 1
                elif kb.article(law.id, cited.article, day) is None:
                    wrong[(spec.id, role, f"no article {cited.article}")] += 1
                elif (cited.articles or laws[cited.law].articles) != version.last_article:
                    wrong[(spec.id, role, f"last article {version.last_article}")] += 1
    assert not wrong, wrong


FIGURE = re.compile(r"[零一二两三四五六七八九十百千万\d%.]+(?:元|倍)")


def _normal(text: str) -> str:
    return text.replace("％", "%").replace("的罚款", "罚款")


def test_quoted_clause_figures_are_in_the_cited_articles_of_that_text(kb):
    laws, missing = load_laws(), {}
    for spec in load_specs():
        days = [DEFAULT_LAST_DAY] + [dt.date.fromisoformat(str(v["from"])) if v.get("from")
                                     else dt.date.fromisoformat(str(v["before"])) - dt.timedelta(days=1)
                                     for v in spec.versions]
        for day in days:
            shown = spec.in_force(day)
            texts = []
            for cited in (shown.basis, shown.basis2):
                if cited is not None:
                    law = kb.resolve_law(laws[cited.law].full)
                    texts.append(_normal(kb.article_text(law.id, cited.article, day) or ""))
            lost = [f for f in FIGURE.findall(_normal(shown.clause)) if not any(f in t for t in texts)]
            if lost:
                missing[(spec.id, day.isoformat())] = lost
    assert not missing, missing


def test_wildlife_hunting_before_2023_05_01_is_judged_by_the_2018_text():
    old = spec_by_id("wildlife_hunt").in_force(dt.date(2023, 4, 30))
    new = spec_by_id("wildlife_hunt").in_force(dt.date(2023, 5, 1))
    assert (old.basis.article, old.basis.paragraph, old.basis.item, old.basis.version) == (46, 1, None, "2018-10-26")
    assert (new.basis.article, new.basis.paragraph, new.basis.item) == (49, 1, 3)
    assert lawful_fine_range(old, {"game_value": 1500.0}) == (1500.0, 7500.0)  # 一倍以上五倍以下, no 二千元 floor
    assert lawful_fine_range(new, {"game_value": 1500.0}) == (2000.0, 20000.0)
    sell = spec_by_id("wildlife_sell").in_force(dt.date(2022, 12, 1))
    assert (sell.basis.article, sell.violated.article, sell.fine["mult"]) == (48, 27, [2, 10])


def test_generated_wildlife_decisions_cite_the_text_of_the_act_date():
    seen = Counter()
    for plan in draw("wildlife_hunt", 120):
        doc = _decision(plan, 11).gold
        basis = next(s for s in doc.gold.fields.statutes if s.role == "basis")
        old = plan.fact_date < dt.date(2023, 5, 1)
        seen[old] += 1
        assert basis.article == (46 if old else 49) or basis.exists is False
        value = plan.values["game_value"]
        expected = (value, 5 * value) if old else lawful_fine_range(spec_by_id("wildlife_hunt"), plan.values)
        assert tuple(doc.meta["fine_range"]) == pytest.approx(expected)
    assert seen[True] > 5 and seen[False] > 5


def test_wage_compensation_is_no_fine_and_has_no_fine_irregularity():
    plans = draw("other_wages", 500)
    found = Counter(name for plan in plans for name in plan.irregularities)
    assert plans and found["fine_out_of_range"] == 0 and found["no_hearing_notice"] == 0
    assert all(plan.fine_range[0] <= plan.fine <= plan.fine_range[1] for plan in plans)
    row = _decision(plans[0], 0).gold
    roles = {amount.role for amount in row.gold.fields.amounts if "赔偿金" in row.text[amount.start - 8:amount.end]}
    assert roles == {"other"}  # owed to the workers: no 罚款 in the gold fields either


def test_no_fine_range_irregularity_against_an_article_that_does_not_exist(many_plans):
    both = [p for p in many_plans if {"nonexistent_article", "fine_out_of_range"} <= set(p.irregularities)]
    wrong = [p.spec.id for p in both if p.spec.basis2 is None]
    nonexistent = [p for p in many_plans if p.nonexistent_article]
    assert len(nonexistent) > 50 and not wrong
    for plan in nonexistent:
        last = max(load_laws()[plan.spec.basis.law].articles, plan.spec.basis.articles or 0)
        assert plan.nonexistent_article > last


def test_no_decision_after_the_last_day(many_plans):
    assert max(p.decision_date for p in many_plans) <= DEFAULT_LAST_DAY
    early = Planner(7002, last_day=dt.date(2025, 3, 31)).plans(1500)
    assert max(p.decision_date for p in early) <= dt.date(2025, 3, 31)
    assert sum(bool(p.repeat_group) for p in early) > 50
    with pytest.raises(ValueError):
        Planner(1, last_day=dt.date(2023, 1, 1))


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def test_no_date_in_a_decision_is_after_its_decision_date():
    late = []
    for d in generate(500, seed=7003):
        decided = d.plan.decision_date
        for match in DATE.finditer(d.text):
            day = dt.date(*map(int, match.groups()))
            if day > decided:
                late.append((d.gold.meta["index"], match.group(0), decided.isoformat()))
    assert not late, late[:5]


HARM_CUES = ("未恢复", "逾期未", "未缴", "不特定", "至今", "仍", "持续", "尚未", "未履行", "去向不明")


def test_public_interest_leads_have_a_statutory_field_and_harm_wording():
    fields = Counter()
    for d in generate(1500, seed=7004):
        for lead in d.gold.gold.leads:
            if lead.kind != "public_interest":
                continue
            fields[lead.field] += 1
            assert lead.field in STATUTORY_PIL_FIELDS, (d.plan.spec.id, lead.field)
            shown = " ".join(d.text[s.start:s.end] for s in lead.evidence)
            assert any(cue in shown for cue in HARM_CUES), (d.plan.spec.id, shown)
    assert fields["ecology_resources"] > 10 and "other" not in fields


def test_harm_sentences_carry_harm_wording_and_remedied_ones_none():
    for spec in load_specs():
        if spec.pil:
            assert all(any(cue in s for cue in HARM_CUES) for s in spec.pil["present"]), spec.id
            assert not any(cue in s for s in spec.pil.get("absent") or () for cue in HARM_CUES), spec.id


def test_planning_violations_are_no_public_interest_lead():
    plans = [p for p in draw("con_planning", 200) if p.harm]
    assert plans
    for plan in plans:
        doc = _decision(plan, 11)
        assert "违法建筑至今未拆除" in doc.text
        assert not [lead for lead in doc.gold.gold.leads if lead.kind == "public_interest"]


def test_substandard_drug_fine_floor_follows_the_sales_channel():
    channels = Counter()
    for plan in draw("drug_inferior", 200):
        doc = _decision(plan, 11)
        channels[plan.channel] += 1
        goods = plan.values["goods_value"]
        floor = 100000.0 if plan.channel == "批发" else 10000.0
        assert plan.fine_range == pytest.approx((10 * max(goods, floor), 20 * max(goods, floor)))
        assert plan.spec.channels[plan.channel] in doc.text
        if plan.party.kind == "individual":
            assert plan.channel == "零售"
    assert channels["批发"] > 20 and channels["零售"] > 20


def test_gambling_detention_and_fine_is_the_serious_tier():
    for plan in draw("ps_gambling", 60):
        doc = _decision(plan, 11)
        days = re.search(r"行政拘留(十五|十二|十|五|三)日", doc.text).group(1)
        assert days in ("十", "十二", "十五") and "情节严重" in doc.text
        assert plan.fine_range == (500.0, 3000.0)


def test_late_filing_fine_range_is_the_basic_tier():
    assert all(plan.fine_range == (0.0, 2000.0) for plan in draw("tax_late", 30))


@pytest.mark.parametrize("spec_id", ["drug_inferior", "agri_vet", "agri_pesticide", "food_expired"])
def test_sales_under_5w_with_unsold_goods_reach_the_combined_140_standard(spec_id):
    """刑法第149条: 劣药, 过期食品, 假农药/兽药 not proven harmful are 第140条 by their sales;
    追诉标准第十六条(三): 销售金额×3 + 尚未销售货值 ≥ 15万元 (库存…货值 is all unsold; 货值金额 and
    库存及已售货值 cover the goods sold too)."""
    checked = 0
    for plan in draw(spec_id, 400, seed=12):
        doc = _decision(plan, 12)
        sold = plan.values["sales_amount"]
        if sold >= 50000 or plan.scenario in ("transferred", "declined"):
            continue
        goods = next((a for a in doc.gold.gold.fields.amounts if a.role == "goods_value"), None)
        if goods is None:
            continue
        named = doc.text[max(0, goods.start - 12):goods.start].split("，")[-1]
        stock = "库存" in named and "已售" not in named
        combined = 3 * sold + (goods.value if stock else max(0.0, goods.value - sold))
        rules = {lead.rule for lead in doc.gold.gold.leads}
        assert ("threshold.product-140-fake-inferior/3" in rules) == (combined >= 150000), (sold, goods.value, stock)
        checked += combined >= 150000
    assert checked > 3


def test_a_warning_only_where_the_clause_provides_it():
    for d in generate(600, seed=7005):
        spec = d.plan.spec
        warnings = [p for p in d.gold.gold.fields.penalties if p.kind == "warning"]
        if warnings:
            assert "警告" in spec.clause or any("警告" in order for order in spec.orders), spec.id
            assert len(warnings) == 1, spec.id


def test_mitigation_states_the_ground_of_the_item_it_cites():
    """行政处罚法第三十二条第（一）项 is 主动消除或者减轻违法行为危害后果 (应当从轻或者减轻)."""
    cited = 0
    for d in generate(300, seed=7006):
        for statute in d.gold.gold.fields.statutes:
            if statute.article == 32 and "行政处罚法" in statute.law:
                sentence = d.text[max(0, statute.start - 40):statute.end + 20]
                assert "消除违法行为危害后果" in sentence and "应当从轻" in sentence, sentence
                cited += 1
    assert cited > 20


def test_generate_and_lead_share_keep_the_last_day():
    last = dt.date(2025, 1, 31)
    assert max(d.plan.decision_date for d in generate(300, seed=7007, last_day=last)) <= last
    assert max(d.plan.decision_date for d in generate(200, seed=7007, lead_share=0.3, last_day=last)) <= last


def test_hearing_thresholds_of_tax_and_public_security_rules():
    """税务: 听证 from 2000元 (公民) / 1万元 (组织); 治安管理处罚法第九十八条: from 2000元."""
    flagged = Counter()
    for spec_id, kind, limit in (("tax_late", "individual", 2000.0), ("tax_invoice", "organization", 10000.0),
                                 ("ps_gambling", "individual", 2000.0)):
        plans = [p for p in draw(spec_id, 150, seed=13) if p.party.kind == kind]
        missing = [p for p in plans if p.fine >= limit and not p.hearing_notice]
        assert all("no_hearing_notice" in p.irregularities for p in missing)
        assert all("no_hearing_notice" not in p.irregularities for p in plans if p.fine < limit or p.hearing_notice)
        flagged[spec_id] = len(missing)
    assert flagged["ps_gambling"] and flagged["tax_invoice"], flagged


def test_no_act_under_a_law_text_the_knowledge_base_does_not_hold(many_plans):
    late = [(p.spec.id, p.fact_date) for p in many_plans if p.spec.until and p.fact_date >= p.spec.until]
    assert not late
    assert spec_by_id("ps_gambling").until == dt.date(2026, 1, 1)


def test_a_lighter_text_in_force_at_the_decision_applies():
    """行政处罚法第三十七条但书: 未经许可客运 with 违法所得不足2万元, act before and decision after
    2023-07-20: 1万元以上10万元以下 (the 2023 text), not 3万元以上."""
    cut = dt.date(2023, 7, 20)
    both = 0
    for plan in draw("transport_permit", 2000, seed=14):
        if plan.fact_date < cut <= plan.decision_date and plan.values["illegal_gains"] < 20000:
            assert plan.spec.basis.item == 2 and plan.fine_range == (10000.0, 100000.0)
            both += 1
        elif plan.fact_date < cut:
            assert plan.spec.basis.item is None
    assert both
    old = spec_by_id("wildlife_hunt").in_force(dt.date(2023, 1, 1))  # the old text is lighter: it stays
    assert all(p.spec.basis.article == 46 for p in draw("wildlife_hunt", 400, seed=14) if p.fact_date < dt.date(2023, 5, 1))
    assert old.basis.article == 46

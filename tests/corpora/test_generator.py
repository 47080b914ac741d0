"""The decision generator: determinism, valid identifiers, exact spans, coverage, lead truth."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from corpora.generator import DOMAINS, generate
from corpora.generator.identifiers import credit_code_valid, id_number_valid
from corpora.generator.specs import load_laws, load_specs


@pytest.fixture(scope="module")
def docs():
    return list(generate(300, seed=5))


def test_same_seed_same_corpus_and_other_seed_differs():
    first = [(d.text, d.gold.model_dump()) for d in generate(40, seed=9)]
    again = [(d.text, d.gold.model_dump()) for d in generate(40, seed=9)]
    other = [d.text for d in generate(40, seed=10)]
    assert first == again
    assert [t for t, _ in first] != other


def test_every_domain_is_present(docs):
    domains = Counter(d.gold.gold.classification.domain for d in docs)
    assert set(domains) == set(DOMAINS)
    assert all(d.gold.gold.classification.violation for d in docs)


def test_every_gold_span_is_the_text_it_claims(docs):
    for d in docs:
        for label, start, end, recorded in d.gold.spans():
            assert 0 <= start < end <= len(d.text), label
            assert d.text[start:end] == recorded, (label, recorded)


def test_first_three_lines_are_agency_title_number(docs):
    for d in docs:
        fields = d.gold.gold.fields
        lines = d.text.split("\n")
        assert lines[0] == fields.agency.value
        assert lines[1].replace(" ", "") in ("行政处罚决定书", "税务行政处罚决定书")
        assert lines[2] == fields.decision_number.value
        assert re.search(r"\d{4}.*\d+.*号", lines[2])


def test_credit_codes_and_id_numbers_have_valid_check_digits(docs):
    codes = ids = 0
    for d in docs:
        party = d.gold.gold.fields.parties[0]
        if party.credit_code:
            assert credit_code_valid(party.credit_code), party.credit_code
            codes += 1
        full = d.gold.meta.get("id_full")
        if full:
            assert id_number_valid(full), full
            shown = party.id_number
            if shown:
                assert len(shown) == 18 and all(a == b or a == "*" for a, b in zip(shown, full, strict=True))
            ids += 1
    assert codes > 50 and ids > 30


def test_known_check_digits():
    assert credit_code_valid("91350100M000100Y43")
    assert not credit_code_valid("91350100M000100Y44")
    assert id_number_valid("11010519491231002X")
    assert not id_number_valid("110105194912310021")


def test_gold_amount_values_match_their_text(docs):
    from analysis.knowledge.numerals import parse_money

    for d in docs:
        for amount in d.gold.gold.fields.amounts:
            # the shared parser (analysis.knowledge.numerals) drops a trailing 零X分 today: allow < 1 yuan there
            tolerance = 1.0 if amount.text.endswith("分") else 0.01
            assert parse_money(amount.text) == pytest.approx(amount.value, abs=tolerance), amount.text


def test_criminal_leads_agree_with_thresholds(docs):
    """Over the threshold in force on the facts date and only fined → lead; under, transferred
    or declined → no numeric lead. Quantities are judged as the text shows them."""
    from corpora.generator.specs import thresholds_on

    specs = {s.id: s for s in load_specs()}
    over = under = 0
    for d in docs:
        spec = specs[d.gold.meta["violation_id"]]
        flags = d.gold.gold.flags
        numeric = {lead.threshold_id for lead in d.gold.gold.leads
                   if lead.kind == "criminal_transfer" and lead.rule.startswith("threshold.")}
        for t in thresholds_on(spec, d.gold.meta["party_kind"], d.gold.meta["threshold_date"]):
            value_spec = spec.values[t.value]
            if value_spec.kind == "quantity":
                value = next(q.normalized_value for q in d.gold.gold.fields.quantities if q.subject == value_spec.subject)
            else:
                value = d.gold.meta["values"][t.value]
            if flags.transferred or flags.police_declined or value < t.min:
                assert t.id not in numeric, (t.id, value)
                under += value < t.min
            else:
                assert t.id in numeric, (t.id, value)
                over += 1
        assert not (flags.near_miss and numeric)
    assert over > 10 and under > 10


def test_threshold_ids_follow_the_standard_in_force():
    from corpora.generator.specs import threshold_in_force

    assert threshold_in_force("forest-345-2-overcutting/1", "2022-06-01") == ("forest-345-2-overcutting@2000/1", 10.0)
    assert threshold_in_force("forest-345-2-overcutting/1", "2024-06-01") == ("forest-345-2-overcutting/1", 20.0)
    assert threshold_in_force("tax-201-evasion/1", "2023-06-01")[0] == "tax-201-evasion@2022/1"


def test_lead_truth_covers_every_kind_and_flag(docs):
    kinds = Counter(lead.kind for d in docs for lead in d.gold.gold.leads)
    assert set(kinds) == {"criminal_transfer", "public_interest", "enforcement_irregularity", "repeat_offender"}
    flags = [d.gold.gold.flags for d in docs]
    assert any(f.near_miss for f in flags) and any(f.transferred for f in flags)
    assert any(f.police_declined for f in flags) and any(f.split_group for f in flags)
    assert any(f.repeat_group for f in flags)
    rules = {lead.rule for d in docs for lead in d.gold.gold.leads}
    for rule in ("irregularity.fine_out_of_range", "irregularity.no_hearing_notice", "aggregate.split",
                 "pil.continuing_harm", "repeat.within_two_years"):
        assert rule in rules


def test_split_groups_are_each_under_and_sum_over(docs):
    groups: dict[str, list] = {}
    for d in docs:
        if d.gold.gold.flags.split_group:
            groups.setdefault(d.gold.gold.flags.split_group, []).append(d)
    assert groups
    specs = {s.id: s for s in load_specs()}
    for members in groups.values():
        from corpora.generator.specs import thresholds_on

        spec = specs[members[0].gold.meta["violation_id"]]
        meta = members[0].gold.meta
        t = next(t for t in thresholds_on(spec, meta["party_kind"], meta["threshold_date"]) if t.value == spec.measure)
        values = [m.gold.meta["values"][t.value] for m in members]
        assert all(v < t.min for v in values)
        has_lead = any(lead.rule == "aggregate.split" for lead in members[0].gold.gold.leads)
        assert has_lead == (sum(values) >= t.min)


def test_repeat_groups_share_the_party_and_respect_two_years(docs):
    groups: dict[str, list] = {}
    for d in docs:
        if d.gold.gold.flags.repeat_group:
            groups.setdefault(d.gold.gold.flags.repeat_group, []).append(d)
    assert groups
    for members in groups.values():
        parties = {(m.gold.gold.fields.parties[0].name, m.gold.meta.get("id_full") or m.plan.party.credit_code)
                   for m in members}
        assert len(parties) == 1
        for position, later in enumerate(members):
            act = later.plan.fact_date
            within = any(0 < (act - m.plan.decision_date).days <= 730 for m in members[:position])
            assert any(lead.kind == "repeat_offender" for lead in later.gold.gold.leads) == within
            if position:
                assert act > members[position - 1].plan.decision_date


def test_nonexistent_articles_are_beyond_the_law(docs):
    laws = {law.full: law for law in load_laws().values()}
    flagged = 0
    for d in docs:
        for statute in d.gold.gold.fields.statutes:
            assert statute.exists == (statute.article <= laws[statute.law].articles)
            flagged += not statute.exists
    assert flagged


def test_spec_thresholds_exist_in_the_knowledge_base():
    from analysis.knowledge.thresholds import load_thresholds

    kb = {t.id: t for rule in load_thresholds() if "@" not in rule.id for t in rule.thresholds}
    for spec in load_specs():
        for t in spec.thresholds:
            assert t.id in kb, t.id
            assert kb[t.id].min_value == t.min
            value = spec.values[t.value]
            if kb[t.id].measure.kind == "quantity":
                assert value.kind == "quantity" and value.unit == kb[t.id].measure.unit, t.id
            else:
                assert value.kind == "amount", t.id
        if spec.trigger:
            assert spec.trigger["id"] in kb


def test_every_fact_template_shows_the_values_the_lead_truth_needs():
    for spec in load_specs():
        for template in spec.facts:
            for t in spec.thresholds:
                assert f"{{A:{t.value}}}" in template or f"{{Q:{t.value}}}" in template, (spec.id, t.id)
            if spec.trigger:
                assert "{T}" in template, spec.id
            for _kind, name in re.findall(r"\{([AQ]):(\w+)\}", template):
                assert name in spec.values, (spec.id, name)


def test_cited_articles_and_fine_ceilings_agree_with_the_statute_kb():
    from analysis.knowledge.statutes import StatuteKB

    kb = StatuteKB.load()
    laws = load_laws()
    compared = 0
    for spec in load_specs():
        for citation in (spec.violated, spec.basis, spec.basis2):
            if citation is None:
                continue
            info = kb.resolve_law(laws[citation.law].full)
            assert info is not None, citation.law
            assert kb.article_exists(info.id, citation.article, "2024-06-01"), (spec.id, citation)
        info = kb.resolve_law(laws[spec.basis.law].full)
        clauses = kb.fine_clauses(info.id, spec.basis.article, "2024-06-01", spec.basis.paragraph, spec.basis.item)
        if not clauses:
            continue
        ceilings = {c.max_amount for c in clauses} | {c.max_multiple for c in clauses}
        rule = spec.fine
        top = rule["range"][1] if "range" in rule else rule["mult"][1]
        assert float(top) in ceilings, (spec.id, top, ceilings)
        compared += 1
    assert compared > 30


def test_sections_are_disjoint_spans_of_the_text(docs):
    for d in docs:
        sections = sorted(d.gold.gold.fields.sections.items(), key=lambda kv: kv[1][0])
        assert {"header", "party", "facts", "decision", "signature"} <= {name for name, _ in sections}
        previous_end = 0
        for _name, (start, end) in sections:
            assert previous_end <= start < end <= len(d.text)
            previous_end = end

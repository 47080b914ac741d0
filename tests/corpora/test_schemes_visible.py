"""What the gold groups, the text lets a reader group: every decision of a 化整为零 scheme prints
what ties it to the others (the same party, or a nominee under the same legal representative or
of the same household), a shared date of the facts ties no one; unrelated parties never share a
name; and a scheme's sum names the offence it reaches (刑法第149条 → 第140条)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from corpora.generator import _decision, generate
from corpora.generator.plan import Planner
from corpora.generator.specs import spec_by_id


def _split_groups(seeds: range) -> list[list]:
    groups = []
    for seed in seeds:
        planner = Planner(seed)
        plans = planner.split_group()
        if plans and plans[0].split_group:
            groups.append([_decision(plan, seed) for plan in plans])
    return groups


@pytest.fixture(scope="module")
def split_groups() -> list[list]:
    return _split_groups(range(400, 520))


def _shown(decision) -> tuple[str, str | None, str | None]:
    party = decision.gold.gold.fields.parties[0]
    return party.name, party.legal_representative, party.address


def _components(members: list) -> int:
    """Connected parts of a group tied only by what the texts print: the party name, the legal
    representative or the address (never the date of the facts)."""
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    shown = [_shown(m) for m in members]
    for i, left in enumerate(shown):
        for j in range(i + 1, len(shown)):
            right = shown[j]
            if any(a and a == b for a, b in zip(left, right, strict=True)):
                parent[find(i)] = find(j)
    return len({find(i) for i in range(len(members))})


def test_every_split_decision_prints_what_ties_it_to_its_scheme(split_groups):
    assert len(split_groups) > 60
    nominees = [group for group in split_groups if len({_shown(m)[0] for m in group}) > 1]
    assert len(nominees) > 20  # schemes with more than one name are drawn and checked
    for group in split_groups:
        assert _components(group) == 1, [(_shown(m), m.gold.meta["index"]) for m in group]


def test_nominee_ties_are_printed_in_the_party_block(split_groups):
    """A nominee company names the scheme's legal representative, a nominee person the
    household's address, in the text itself (not only in the plan)."""
    for group in split_groups:
        for member in group:
            plan = member.plan
            tie = plan.party.legal_representative if plan.party.kind == "organization" else plan.party.address
            assert tie and tie in member.text, member.text[:300]


def test_unrelated_parties_never_share_a_name():
    """One name in one corpus is one party (one credit code or ID number), and a legal
    representative's name belongs to one scheme's companies only."""
    identities: dict[str, set[str]] = defaultdict(set)
    representatives: dict[str, set[str]] = defaultdict(set)
    for decision in generate(1500, seed=43, lead_share=0.05):
        party = decision.plan.party
        identities[party.name].add(party.credit_code or party.id_full or "")
        if party.legal_representative:
            representatives[party.legal_representative].add(decision.gold.case_group or party.name)
    assert {name: ids for name, ids in identities.items() if len(ids) > 1} == {}
    shared = {rep: owners for rep, owners in representatives.items()
              if len(owners) > 1 and not all(owner.startswith("split-") for owner in owners)}
    assert shared == {}
    assert len({owner for owners in representatives.values() for owner in owners if owner.startswith("split-")}) > 0
    assert not set(identities) & set(representatives)


@pytest.mark.parametrize("spec_id", ["drug_inferior", "agri_vet", "agri_pesticide", "food_expired"])
def test_a_split_sum_over_the_sales_threshold_of_149_names_the_offence_of_140(spec_id):
    """劣药 or 假兽药/假农药 sold for 5万元 in all, with no 严重危害 or 较大损失: the offence reached
    is 生产、销售伪劣产品罪 (刑法第140条 through 第149条), named by its own threshold."""
    spec = spec_by_id(spec_id)
    found = []
    for seed in range(40):
        planner = Planner(seed)
        planner._spec = lambda *args, **kwargs: spec  # noqa: B023 - every draw is this violation type
        for decision in (_decision(plan, seed) for plan in planner.split_group()):
            found += [lead for lead in decision.gold.gold.leads if lead.rule == "aggregate.split"]
    assert found
    assert {(lead.threshold_id, lead.criminal_law_article, lead.offense) for lead in found} == {
        ("product-140-fake-inferior/1", 140, "生产、销售伪劣产品罪")}

"""A deterministic generator of administrative penalty decisions (行政处罚决定书) with gold labels.

``generate(n, seed)`` yields ``GeneratedDecision`` objects: ``.text`` (the decision; first line
the agency, second the title, third the decision number) and ``.gold`` (an
``analysis.labels.LabeledDocument`` whose spans index ``.text``). The same seed always
yields the same decisions. ``corpora.generator.corpus.write_corpus`` renders them to files.

``lead_share`` (e.g. 0.05) draws case plans until the corpus holds that share of lead
documents (a gold lead of a kind the ranking is judged on) — real platforms see about 1%
(8,880 decisions → 95 clues), the unconstrained mix about 40%. Case groups (repeat offenders,
化整为零 splits) are kept or dropped whole, so cross-document truth stays intact.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from analysis.labels import LabeledDocument
from corpora.generator.compose import write_document
from corpora.generator.gold import VERSION, build_document
from corpora.generator.plan import DEFAULT_LAST_DAY, DOMAINS, CasePlan, Planner

GENERATOR_VERSION = VERSION


@dataclass
class GeneratedDecision:
    text: str
    gold: LabeledDocument
    plan: CasePlan


LEAD_KINDS = ("criminal_transfer", "public_interest", "enforcement_irregularity")


def generate(n: int, seed: int = 0, lead_share: float | None = None,
             last_day: date = DEFAULT_LAST_DAY) -> Iterator[GeneratedDecision]:
    """``n`` decisions for ``seed``; groups (repeat offenders, splits) share parties and dates.
    ``lead_share`` fixes the share of lead documents (None: the planner's natural mix); no
    decision is dated after ``last_day`` (a fixed default, so a seed reproduces on any day)."""
    if lead_share is not None:
        yield from _with_lead_share(n, seed, lead_share, last_day)
        return
    planner = Planner(seed, last_day)
    for plan in planner.plans(n):
        yield _decision(plan, seed)


def _decision(plan: CasePlan, seed: int) -> GeneratedDecision:
    rng = random.Random(f"{seed}:{plan.index}")
    writer = write_document(plan, rng)
    document = build_document(writer, seed)
    return GeneratedDecision(text=document.text, gold=document, plan=plan)


def is_lead(decision: GeneratedDecision) -> bool:
    """A document the ranking must surface: a gold lead of a target kind (any scope)."""
    return any(lead.kind in LEAD_KINDS for lead in decision.gold.gold.leads)


def _with_lead_share(n: int, seed: int, share: float, last_day: date = DEFAULT_LAST_DAY) -> Iterator[GeneratedDecision]:
    """Whole case groups drawn in plan order, kept while their lead and non-lead documents
    still fit the wanted counts; the kept decisions come out in plan order."""
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"lead_share must be within [0, 1], got {share}")
    want_leads = round(share * n)
    want_plain = n - want_leads
    planner = Planner(seed, last_day)
    kept: list[GeneratedDecision] = []
    leads = plain = 0
    for _ in range(200 * max(n, 1)):
        if leads + plain >= n:
            break
        batch = [_decision(plan, seed) for plan in planner.batch()]
        group_leads = sum(is_lead(d) for d in batch)
        if leads + group_leads <= want_leads and plain + len(batch) - group_leads <= want_plain:
            kept += batch
            leads, plain = leads + group_leads, plain + len(batch) - group_leads
    yield from kept


__all__ = ["DOMAINS", "GENERATOR_VERSION", "LEAD_KINDS", "GeneratedDecision", "generate", "is_lead"]

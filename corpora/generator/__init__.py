"""A deterministic generator of administrative penalty decisions (行政处罚决定书) with gold labels.

``generate(n, seed)`` yields ``GeneratedDecision`` objects: ``.text`` (the decision; first line
the agency, second the title, third the decision number) and ``.gold`` (an
``analysis.labels.LabeledDocument`` whose spans index ``.text``). The same seed always
yields the same decisions. ``corpora.generator.corpus.write_corpus`` renders them to files.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from analysis.labels import LabeledDocument
from corpora.generator.compose import write_document
from corpora.generator.gold import VERSION, build_document
from corpora.generator.plan import DOMAINS, CasePlan, Planner

GENERATOR_VERSION = VERSION


@dataclass
class GeneratedDecision:
    text: str
    gold: LabeledDocument
    plan: CasePlan


def generate(n: int, seed: int = 0) -> Iterator[GeneratedDecision]:
    """``n`` decisions for ``seed``; groups (repeat offenders, splits) share parties and dates."""
    planner = Planner(seed)
    for plan in planner.plans(n):
        rng = random.Random(f"{seed}:{plan.index}")
        writer = write_document(plan, rng)
        document = build_document(writer, seed)
        yield GeneratedDecision(text=document.text, gold=document, plan=plan)


__all__ = ["DOMAINS", "GENERATOR_VERSION", "GeneratedDecision", "generate"]

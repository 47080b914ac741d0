"""The rule contract: a registry of versioned rules, each a function of a ``RuleContext``.

A rule reads the record (text, extracted fields, classification) and the knowledge base and
returns ``Finding``s. Every finding carries a Chinese explanation (fact, threshold, gap), the
legal source it rests on and at least one evidence span mapped to a page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from analysis.record import DocumentRecord, Evidence, Fields, Finding
from analysis.registry import Registry
from analysis.scoring.facts import TransferStatus, evidence_for, facts_date, transfer_status
from analysis.scoring.knowledge import KnowledgeBase


@dataclass
class Observation:
    """A fact compared with a threshold: value in the threshold's unit, with its evidence."""

    value: float
    unit: str
    label: str
    evidence: list[Evidence]
    confidence: float = 1.0
    prefix: str = ""  # e.g. "二年内累计" for facts computed across documents
    implied: bool = False  # read back from the fine (``fine_base``), not stated as a fact


@dataclass
class RuleContext:
    """What every rule sees for one document."""

    record: DocumentRecord
    knowledge: KnowledgeBase
    facts_date: date | None = None
    transfer: TransferStatus | None = None
    criminal_findings: list[Finding] = field(default_factory=list)
    overrides: dict[str, Observation] = field(default_factory=dict)
    cache: dict[Any, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, record: DocumentRecord, knowledge: KnowledgeBase) -> RuleContext:
        return cls(record=record, knowledge=knowledge, facts_date=facts_date(record),
                   transfer=transfer_status(record.text))

    @property
    def text(self) -> str:
        return self.record.text

    @property
    def fields(self) -> Fields:
        return self.record.fields or Fields()

    @property
    def domain(self) -> str:
        classification = self.record.classification
        return classification.domain if classification else "other"

    def evidence(self, start: int, end: int) -> Evidence:
        return evidence_for(self.record, start, end)


Rule = Callable[[RuleContext], list[Finding]]

RULES: Registry[Rule] = Registry("scoring rule")

# The order rules run in: criminal thresholds first, since irregularity.criminal_only_fined
# reads their findings from the context.
RULE_ORDER: tuple[str, ...] = (
    "threshold.numeric.v1", "threshold.trigger.v1", "public_interest.v1",
    "irregularity.fine_range.v1", "irregularity.no_hearing.v1", "irregularity.missing_article.v1",
    "irregularity.criminal_only_fined.v1", "irregularity.time_limit.v1",
)


def finding(kind: str, rule: str, explanation: str, source: str, evidence: list[Evidence],
            confidence: float, **extra: Any) -> Finding:
    return Finding(kind=kind, rule=rule, explanation=explanation, source=source, evidence=evidence,
                   confidence=round(max(0.0, min(1.0, confidence)), 3), **extra)

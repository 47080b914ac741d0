"""Criminal prosecution thresholds (立案追诉标准) as typed records.

Read from ``corpora/knowledge/thresholds.yaml`` (built by scripts/build_thresholds_kb.py from the
reference research data). A :class:`ThresholdRule` is one offence with its legal source and
effective dates; each :class:`Threshold` is one way of reaching it (ANY threshold of a rule is
enough; the conditions in ``all_of`` must hold together with their threshold). The rule engine
decides which case fact feeds which :class:`Measure`; this module only knows the law.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml

from analysis.knowledge.vocab import CANONICAL_UNITS, convert

KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "corpora" / "knowledge"
THRESHOLDS_FILE = KNOWLEDGE_DIR / "thresholds.yaml"

MeasureKind = Literal["amount", "quantity", "ratio", "trigger"]


@dataclass(frozen=True)
class Measure:
    """What a threshold counts.

    - ``amount``: money in 元; ``role`` is the OUTPUT.md amount role (``sales_amount``,
      ``goods_value``, ``illegal_gains``, ``damage``, ``tax_evaded``, ``other``), ``also`` lists
      roles that count toward it too (非法经营数额 ← sales_amount/goods_value), ``combine`` a linear
      formula over roles (已销售金额×3+未销售货值 → {sales_amount: 3, goods_value: 1});
    - ``quantity``: ``subject`` (危险废物, 立木蓄积 …) in the canonical ``unit``;
    - ``ratio``: a percentage (逃税额占应纳税额比例);
    - ``trigger``: qualitative, evidenced by ``keywords``.

    For quantities and ratios ``keywords`` are the cue words that identify the counted thing
    near a number in a decision (危险废物 → 危废, 废矿物油 …; 立木蓄积 → 蓄积, 林木).
    """

    kind: MeasureKind
    role: str | None = None
    subject: str | None = None
    unit: str | None = None
    also: tuple[str, ...] = ()
    combine: Mapping[str, float] | None = None
    keywords: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Stable name of the measured fact, used to pass values for ``all_of`` conditions."""
        if self.kind == "amount":
            return f"amount:{self.subject or self.role}"
        if self.kind == "trigger":
            return f"trigger:{'|'.join(self.keywords)}"
        return f"{self.kind}:{self.subject}:{self.unit}"

    @property
    def numeric(self) -> bool:
        return self.kind != "trigger"

    @property
    def canonical_unit(self) -> str | None:
        return "元" if self.kind == "amount" else self.unit

    def accepts_role(self, role: str) -> bool:
        """True when a case amount with OUTPUT.md ``role`` measures this threshold directly."""
        return self.kind == "amount" and (role == self.role or role in self.also)

    def value_of(self, roles: Mapping[str, float]) -> float | None:
        """This measure computed from case amounts by role (combined formulas included)."""
        if self.kind != "amount":
            return None
        if self.combine:
            if not any(role in roles for role in self.combine):
                return None
            return sum(coef * roles.get(role, 0.0) for role, coef in self.combine.items())
        # 非法经营数额 ← sales amount or goods value: the larger one (a decision may state the
        # goods value including what was sold; adding them could count a sale twice)
        values = [roles[role] for role in (self.role, *self.also) if role in roles and role != "other"]
        return max(values) if values else None

    def normalize(self, value: float, unit: str) -> float | None:
        """``value`` written in ``unit`` (公斤, 万元, 公顷 …) in this measure's unit, or None."""
        target = self.canonical_unit
        return None if target is None else convert(value, unit, target)

    @classmethod
    def from_dict(cls, data: Mapping) -> Measure:
        return cls(
            kind=data["kind"],
            role=data.get("role"),
            subject=data.get("subject"),
            unit=data.get("unit"),
            also=tuple(data.get("also") or ()),
            combine=dict(data["combine"]) if data.get("combine") else None,
            keywords=tuple(data.get("keywords") or ()),
        )


@dataclass(frozen=True)
class Condition:
    """One measured condition: ``measure`` reaches ``min_value`` (inclusive, 以上 includes it)."""

    label: str
    text: str
    measure: Measure
    min_value: float | None

    def reached(self, value: float | None) -> bool:
        if self.min_value is None or value is None:
            return False
        return value >= self.min_value - 1e-9

    def gap(self, value: float) -> float | None:
        """How far ``value`` is over (positive) or under (negative) the threshold, as a fraction."""
        if not self.min_value:
            return None
        return (value - self.min_value) / self.min_value

    @classmethod
    def from_dict(cls, data: Mapping) -> Condition:
        return cls(
            label=data["label"],
            text=data["text"],
            measure=Measure.from_dict(data["measure"]),
            min_value=None if data.get("min_value") is None else float(data["min_value"]),
        )


@dataclass(frozen=True)
class Threshold(Condition):
    """One way of reaching the rule; ``all_of`` conditions must hold together with it."""

    id: str = ""
    # ``element``: a prerequisite of the other items (责令支付后仍不支付), never a lead on its own
    tier: Literal["base", "aggravated", "element"] = "base"
    all_of: tuple[Condition, ...] = ()
    window_years: int | None = None  # for counts of prior penalties: the look-back window
    prior_penalty_window_years: int | None = None  # the threshold also needs prior penalties

    def reached(self, value: float | None, others: Mapping[str, float] | None = None) -> bool:
        """True when ``value`` (in the canonical unit) reaches the threshold and every ``all_of``
        condition is reached by ``others[condition.measure.key]``. A qualitative threshold is
        never reached by a number: the rule engine decides triggers from keywords."""
        if not super().reached(value):
            return False
        others = others or {}
        return all(c.reached(others.get(c.measure.key)) for c in self.all_of if c.measure.numeric)

    @classmethod
    def from_dict(cls, data: Mapping) -> Threshold:
        base = Condition.from_dict(data)
        return cls(
            label=base.label,
            text=base.text,
            measure=base.measure,
            min_value=base.min_value,
            id=data["id"],
            tier=data.get("tier", "base"),
            all_of=tuple(Condition.from_dict(c) for c in data.get("all_of") or ()),
            window_years=data.get("window_years"),
            prior_penalty_window_years=data.get("prior_penalty_window_years"),
        )


@dataclass(frozen=True)
class ThresholdRule:
    """One offence (or offence variant) with its thresholds and legal source."""

    id: str
    offense: str
    criminal_law_article: int
    criminal_law_article_text: str
    domain: str
    pil_fields: tuple[str, ...]
    source: str
    effective_from: dt.date
    confidence: Literal["high", "medium", "low"]
    thresholds: tuple[Threshold, ...]
    triggers: tuple[str, ...] = ()
    criminal_law_articles: tuple[int, ...] = ()
    effective_to: dt.date | None = None
    found_in: str | None = None
    notes: str = ""
    reference_domain: str = ""
    family: str = ""  # the offence's id shared by its successive standards (env-338-pollution@2017 → env-338-pollution)
    requires_trigger: bool = False  # a catch-all offence: its own trigger words must name it, the domain is not enough

    @property
    def numeric_thresholds(self) -> tuple[Threshold, ...]:
        return tuple(t for t in self.thresholds if t.measure.numeric and t.min_value is not None)

    @property
    def qualitative_thresholds(self) -> tuple[Threshold, ...]:
        return tuple(t for t in self.thresholds if not t.measure.numeric and t.tier != "element")

    @classmethod
    def from_dict(cls, data: Mapping) -> ThresholdRule:
        return cls(
            id=data["id"],
            offense=data["offense"],
            criminal_law_article=int(data["criminal_law_article"]),
            criminal_law_article_text=data["criminal_law_article_text"],
            domain=data["domain"],
            pil_fields=tuple(data.get("pil_fields") or ()),
            source=data["source"],
            effective_from=_date(data["effective_from"]),
            effective_to=_date(data["effective_to"]) if data.get("effective_to") else None,
            confidence=data["confidence"],
            thresholds=tuple(Threshold.from_dict(t) for t in data["thresholds"]),
            triggers=tuple(data.get("triggers") or ()),
            criminal_law_articles=tuple(data.get("criminal_law_articles") or (data["criminal_law_article"],)),
            found_in=data.get("found_in"),
            notes=data.get("notes") or "",
            reference_domain=data.get("reference_domain") or "",
            family=data.get("family") or data["id"].split("@")[0],
            requires_trigger=bool(data.get("requires_trigger")),
        )


def _date(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[ThresholdRule, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(ThresholdRule.from_dict(entry) for entry in data)


def load_thresholds(path: Path | None = None) -> list[ThresholdRule]:
    """All threshold rules of the knowledge base (parsed once, cached)."""
    return list(_load(path or THRESHOLDS_FILE))


def rules_for_domain(domain: str, path: Path | None = None) -> list[ThresholdRule]:
    """Rules whose OUTPUT.md domain is ``domain`` (every standard, past ones included; see
    :func:`rules_in_force` for the one applying on a date)."""
    return [rule for rule in load_thresholds(path) if rule.domain == domain]


def rule_by_id(rule_id: str, path: Path | None = None) -> ThresholdRule | None:
    return next((rule for rule in load_thresholds(path) if rule.id == rule_id), None)


def rule_versions(family: str, path: Path | None = None) -> list[ThresholdRule]:
    """Successive standards of one offence, oldest first (current one last)."""
    rules = [rule for rule in load_thresholds(path) if rule.family == family]
    return sorted(rules, key=lambda rule: rule.effective_from)


def rules_in_force(date: dt.date | str | None, domain: str | None = None, path: Path | None = None) -> list[ThresholdRule]:
    """For each offence, the standard in force on ``date`` (the current one for an unknown date),
    optionally only for ``domain``. An offence whose only standard took effect after ``date``
    is left out."""
    chosen: dict[str, ThresholdRule] = {}
    for rule in load_thresholds(path):
        if domain is not None and rule.domain != domain:
            continue
        if date is None:
            if rule.effective_to is None:
                chosen[rule.family] = rule
        elif in_force(rule, date):
            previous = chosen.get(rule.family)
            if previous is None or rule.effective_from > previous.effective_from:
                chosen[rule.family] = rule
    return list(chosen.values())


def in_force(rule: ThresholdRule, date: dt.date | str | None) -> bool:
    """True when ``rule`` applies to facts on ``date``. Facts before the governing source took
    effect are judged by the older standard, which this knowledge base may not hold, so they
    do not match; an unknown date (None) counts as in force (screening errs toward review)."""
    if date is None:
        return True
    date = _date(date)
    if date < rule.effective_from:
        return False
    return rule.effective_to is None or date <= rule.effective_to


__all__ = [
    "CANONICAL_UNITS",
    "Condition",
    "Measure",
    "Threshold",
    "ThresholdRule",
    "in_force",
    "load_thresholds",
    "rule_by_id",
    "rule_versions",
    "rules_for_domain",
    "rules_in_force",
]
